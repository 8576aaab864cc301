import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { atInstant, enDate, zhDate } from '../../activities/notices/dates.js';
import { renderNotice, type NoticeFacts } from '../../activities/notices/render.js';
import { clauseOf, isCitedRule, RULE_CLAUSES } from '../../activities/notices/rules.js';
import { TEMPLATES } from '../../activities/notices/templates.js';
import type { Audience, NoticeTemplate } from '../../machines/notice.js';

const UNIT = { unitId: '91510100MA6CEXA01F', unitName: '四川示例科技集团有限公司' };
/** what every membership notice carries (`base(context)` in machines/membership/machine.ts) */
const UU = { usingUnit: '91510100MA6CEXB02G', name: '成都示例物流有限公司' };

interface Fixture {
  ruleId: string;
  facts: NoticeFacts['facts'];
  at: string;
  /** who must act, and by which CST date (null: no deadline) */
  reader: Audience;
  dueOn: string | null;
  /** text each language must contain */
  zh: string[];
  en: string[];
}

// real data from the late-renewal scenario (approved 2027-03-15, reading C) and the case rules;
// a Record, so a new template id without a fixture is a type error here too
const FIXTURES: Record<NoticeTemplate, Fixture> = {
  applicationReceived: { ruleId: 'P-ONB-02', facts: { eligible: 'yes' }, at: '2027-03-10T09:30:00+08:00', reader: 'officer', dueOn: null, zh: ['接入请求已受理', '2027-03-10 09:30（北京时间）', '符合接入条件'], en: ['Access request received', '10 Mar 2027 09:30 (CST)'] },
  applicationReturned: { ruleId: 'P-ONB-04', facts: { opinion: '项目报告缺少安全方案', reasons: 'P-ONB-03' }, at: '2027-03-12T10:00:00+08:00', reader: 'unit', dueOn: null, zh: ['接入请求已退回', '项目报告缺少安全方案'], en: ['Access request returned', 'resubmit'] },
  applicationApproved: { ruleId: 'P-ONB-04', facts: { opinion: '材料齐全，同意接入', startsOn: '2027-03-15', endsOn: '2029-03-15', renewalDueOn: '2028-12-15' }, at: '2027-03-15T10:00:00+08:00', reader: 'unit', dueOn: '2028-12-15', zh: ['2027-03-15（北京时间）', '2029-03-15（北京时间）'], en: ['15 Mar 2027 (CST)', '15 Mar 2029 (CST)'] },
  renewalDue: { ruleId: 'T-02', facts: { renewalDueOn: '2028-12-15', endsOn: '2029-03-15' }, at: '2028-11-15T00:00:00+08:00', reader: 'unit', dueOn: '2028-12-15', zh: ['2029-03-15（北京时间）届满', '2028-12-16 00:00（北京时间）起'], en: ['ends on 15 Mar 2029 (CST)', 'from 16 Dec 2028, 00:00 (CST)'] },
  renewalRequested: { ruleId: 'T-03', facts: { endsOn: '2029-03-15', late: 'yes' }, at: '2029-01-20T11:00:00+08:00', reader: 'officer', dueOn: '2029-03-15', zh: ['逾期发起'], en: ['late'] },
  renewalApproved: { ruleId: 'T-05', facts: { startsOn: '2029-03-16', endsOn: '2031-03-15', renewalDueOn: '2030-12-15' }, at: '2029-02-01T10:00:00+08:00', reader: 'unit', dueOn: '2030-12-15', zh: ['2029-03-16（北京时间）起至 2031-03-15（北京时间）止'], en: ['from 16 Mar 2029 (CST) to 15 Mar 2031 (CST)'] },
  renewalRejected: { ruleId: 'T-03', facts: { opinion: '运营监控存在风险', endsOn: '2029-03-15' }, at: '2029-01-10T10:00:00+08:00', reader: 'unit', dueOn: '2029-03-15', zh: ['不予延续', '2029-03-16 00:00（北京时间）终止'], en: ['rejected', 'ends at 16 Mar 2029, 00:00 (CST)'] },
  renewalOverdueThrottle: { ruleId: 'S-03', facts: { step: 1, limit: 50, renewalDueOn: '2028-12-15', endsOn: '2029-03-15' }, at: '2028-12-16T00:00:00+08:00', reader: 'unit', dueOn: '2029-03-15', zh: ['限制为 50', '2028-12-15（北京时间）前'], en: ['limited to 50', 'by 15 Dec 2028 (CST)'] },
  throttleStep: { ruleId: 'T-04', facts: { step: 2, limit: 25, renewalDueOn: '2028-12-15', endsOn: '2029-03-15' }, at: '2029-01-15T00:00:00+08:00', reader: 'unit', dueOn: '2029-03-15', zh: ['降低为 25（第 2 步）', '2029-01-15 00:00（北京时间）'], en: ['lowered to 25 (step 2)', '15 Jan 2029 00:00 (CST)'] },
  renewalUndecided: { ruleId: 'T-03', facts: { endsOn: '2029-03-15', requestedAt: '2029-02-20T09:00:00+08:00', daysWaiting: 2 }, at: '2029-03-17T00:00:00+08:00', reader: 'officer', dueOn: '2029-03-17', zh: ['2029-02-20 09:00（北京时间）', '已过 2 日'], en: ['20 Feb 2029 09:00 (CST)', '2 days ago'] },
  noRequestAtTermEnd: { ruleId: 'T-03', facts: { endsOn: '2029-03-15', daysWaiting: 3 }, at: '2029-03-19T00:00:00+08:00', reader: 'officer', dueOn: '2029-03-19', zh: ['2029-03-15（北京时间）届满', '已过 3 日', 'T-03'], en: ['ended on 15 Mar 2029 (CST)', '3 days ago', 'TERMINATE'] },
  newTermStarted: { ruleId: 'T-05', facts: { startsOn: '2029-03-16', endsOn: '2031-03-15', renewalDueOn: '2030-12-15' }, at: '2029-03-16T00:00:00+08:00', reader: 'unit', dueOn: '2030-12-15', zh: ['2029-03-16（北京时间）起生效'], en: ['took effect on 16 Mar 2029 (CST)'] },
  concurrencySet: { ruleId: 'T-04', facts: { limit: 30, reason: '运营监控' }, at: '2029-01-05T15:00:00+08:00', reader: 'unit', dueOn: null, zh: ['设定为 30', '运营监控'], en: ['set your business-processing concurrency to 30'] },
  termEnded: { ruleId: 'T-03', facts: { endsOn: '2029-03-15', renewal: 'notRequested' }, at: '2029-03-16T00:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['期满仍未提交延续请求', '2029-03-16 00:00（北京时间）起', '不能再通过直连单位'], en: ['No renewal request was submitted', 'at 16 Mar 2029, 00:00 (CST)', 'no longer use Leqi services'] },
  terminated: { ruleId: 'S-08', facts: { reason: '虚开发票', on: '2028-06-01' }, at: '2028-06-01T14:00:00+08:00', reader: 'unit', dueOn: null, zh: ['自 2028-06-01（北京时间）起生效', '虚开发票'], en: ['effective 1 Jun 2028 (CST)'] },
  archived: { ruleId: 'T-10', facts: {}, at: '2029-09-16T00:00:00+08:00', reader: 'officer', dueOn: null, zh: ['已归档办结'], en: ['archived and closed'] },
  caseOpened: { ruleId: 'S-05', facts: { caseId: 'C-1', kind: 'nonCompliance', dueOn: '2028-09-01', measures: 'suspendAccess; interview', details: '信用等级降为 C' }, at: '2028-06-01T10:00:00+08:00', reader: 'unit', dueOn: '2028-09-01', zh: ['案件 C-1（不符合接入条件）', '暂停接入服务、约谈', '2028-09-01（北京时间）前完成整改'], en: ['case C-1 (access conditions not met)', 'by 1 Sep 2028 (CST)'] },
  caseUpdated: { ruleId: 'S-07', facts: { caseId: 'C-2', kind: 'obligationBreach', dueOn: '2028-08-31', details: '约谈已完成' }, at: '2028-06-10T10:00:00+08:00', reader: 'unit', dueOn: '2028-08-31', zh: ['约谈已完成'], en: ['updated'] },
  caseEscalated: { ruleId: 'S-04', facts: { caseId: 'C-3', kind: 'riskWarning', dueOn: null, details: '反馈逾期' }, at: '2028-06-17T00:00:00+08:00', reader: 'officer', dueOn: null, zh: ['升级'], en: ['escalated'] },
  caseDueSoon: { ruleId: 'T-09', facts: { caseId: 'C-1', kind: 'nonCompliance', dueOn: '2028-09-01' }, at: '2028-08-25T00:00:00+08:00', reader: 'unit', dueOn: '2028-09-01', zh: ['2028-09-02（北京时间）终止接入服务'], en: ['terminated on 2 Sep 2028 (CST)'] },
  caseClosed: { ruleId: 'M-RESTORE', facts: { caseId: 'C-1', kind: 'nonCompliance', outcome: 'restored' }, at: '2028-07-20T10:00:00+08:00', reader: 'unit', dueOn: null, zh: ['恢复正常服务'], en: ['service restored'] },
  terminationProposed: { ruleId: 'S-06', facts: { caseId: 'C-4', kind: 'securityThreat', details: '再次发现异常请求' }, at: '2028-07-01T10:00:00+08:00', reader: 'officer', dueOn: null, zh: ['TERMINATE'], en: ['TERMINATE'] },
  eligibilityProposed: { ruleId: 'E-DCU-14', facts: { details: 'rating → C' }, at: '2028-05-01T10:00:00+08:00', reader: 'officer', dueOn: null, zh: ['CONFIRM_PROPOSED_CASE'], en: ['DISMISS_PROPOSED_CASE'] },
  obligationOverdue: { ruleId: 'O-16', facts: { obligation: 'monitoringRun', subject: '2028-Q2', dueOn: '2028-07-15' }, at: '2028-07-16T00:00:00+08:00', reader: 'officer', dueOn: null, zh: ['义务已逾期：发票数据风险监测', '2028-Q2 期间的发票数据风险监测尚未登记', '2028-07-15（北京时间）', 'S-07'], en: ['Duty overdue: invoice-data risk monitoring run', 'for 2028-Q2 has not been recorded', '15 Jul 2028 (CST)'] },
  securityIncident: { ruleId: 'P-SEC-01', facts: { occurredOn: '2028-04-02', details: '接口密钥泄露' }, at: '2028-04-02T18:00:00+08:00', reader: 'provincialBureau', dueOn: null, zh: ['发生于 2028-04-02（北京时间）', '接口密钥泄露'], en: ['occurred on 2 Apr 2028 (CST)'] },
  capabilityUpdated: { ruleId: 'P-CAP-05', facts: { code: 'INVOICE_ISSUE', status: 'open', validTo: '2029-03-15' }, at: '2027-05-10T10:00:00+08:00', reader: 'unit', dueOn: null, zh: ['能力 INVOICE_ISSUE 已于 2027-05-10 10:00（北京时间）开通', '有效期至 2029-03-15（北京时间）', 'AUTHORIZE_CAPABILITY'], en: ['capability INVOICE_ISSUE of', 'valid to 15 Mar 2029 (CST)'] },
  capabilityGranted: { ruleId: 'P-CAP-06', facts: { code: 'INVOICE_ISSUE', usingUnit: '91510100MA6CEXB02G', status: 'offered' }, at: '2027-06-01T09:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['向使用单位 91510100MA6CEXB02G 发起能力 INVOICE_ISSUE 的能力授权', 'ACCEPT_CAPABILITY_AUTHORIZATION', '行业资质'], en: ['authorized using unit 91510100MA6CEXB02G to use capability INVOICE_ISSUE', 'E-UU-8'] },
  changeRecorded: { ruleId: 'T-06', facts: { kind: 'relationship', effectiveOn: '2028-03-01', late: 'yes', usingUnit: '91510100MA6CEXB02G' }, at: '2028-03-06T10:00:00+08:00', reader: 'officer', dueOn: null, zh: ['变更事项已报送（逾期报备）', '变更日 2028-03-01（北京时间），涉及使用单位 91510100MA6CEXB02G', '晚于变动后 3 日'], en: ['Change reported (late)', 'changed on 1 Mar 2028 (CST), concerning using unit 91510100MA6CEXB02G'] },
  obligationDue: { ruleId: 'T-07', facts: { obligation: 'versionUpgrade', subject: '3.2.0', dueOn: '2028-07-31' }, at: '2028-07-24T00:00:00+08:00', reader: 'unit', dueOn: '2028-07-31', zh: ['待办义务：版本升级系统改造与对接测试', '版本 3.2.0 的系统改造与对接测试', '请不晚于 2028-07-31（北京时间）'], en: ['version 3.2.0', 'No later than 31 Jul 2028 (CST)'] },
  upgradePublished: { ruleId: 'T-07', facts: { obligation: 'versionUpgrade', subject: '3.2.0', dueOn: '2028-07-31' }, at: '2028-07-01T09:00:00+08:00', reader: 'unit', dueOn: '2028-07-31', zh: ['乐企平台版本升级通知', '版本 3.2.0 的升级通知', '不晚于 2028-07-31（北京时间）'], en: ['Leqi platform version-upgrade notice', 'by 31 Jul 2028 (CST)'] },
  networkFilingUpdated: { ruleId: 'P-CHG-05', facts: { action: 'change' }, at: '2028-02-10T10:00:00+08:00', reader: 'provincialBureau', dueOn: null, zh: ['网络地址备案已提交（变更）', '省局受理人'], en: ['Network address filing submitted (change)'] },
  networkFilingExpiring: { ruleId: 'T-14', facts: { endsOn: '2028-06-30' }, at: '2028-06-15T00:00:00+08:00', reader: 'unit', dueOn: '2028-06-30', zh: ['将于 2028-06-30（北京时间）届满', '自 2028-07-01 00:00（北京时间）起网络准入终止'], en: ['ends on 30 Jun 2028 (CST)', 'network admission ends at 1 Jul 2028, 00:00 (CST)'] },
  networkFilingExpired: { ruleId: 'T-14', facts: { endsOn: '2028-06-30' }, at: '2028-07-01T00:00:00+08:00', reader: 'unit', dueOn: null, zh: ['临时网络地址备案已到期', '已于 2028-06-30（北京时间）届满', 'FILE_NETWORK_ADDRESS'], en: ['Temporary network filing expired', 'ended at 1 Jul 2028, 00:00 (CST)'] },
  terminationFiled: { ruleId: 'P-TRM-01', facts: { effectiveOn: '2028-10-01', reason: '业务调整', usingUnits: '91510100MA6CEXB02G, 91510100MA6CEXC03H' }, at: '2028-08-20T10:00:00+08:00', reader: 'usingUnits', dueOn: '2028-09-30', zh: ['自 2028-10-01 00:00（北京时间）起终止向使用单位 91510100MA6CEXB02G, 91510100MA6CEXC03H', '最后服务日 2028-09-30（北京时间）', '业务调整', '未列入的使用单位不受影响'], en: ['using units 91510100MA6CEXB02G, 91510100MA6CEXC03H, from 1 Oct 2028, 00:00 (CST)', 'last day of service 30 Sep 2028 (CST)'] },
  terminationWithdrawn: { ruleId: 'P-TRM-01', facts: { effectiveOn: '2028-10-01' }, at: '2028-09-05T10:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['终止服务备案已撤回', '原定自 2028-10-01（北京时间）起生效'], en: ['withdrew its termination filing that was to take effect on 1 Oct 2028 (CST)'] },
  usingUnitsEnded: { ruleId: 'P-TRM-01', facts: { usingUnits: '91510100MA6CEXB02G', on: '2028-10-01' }, at: '2028-10-01T00:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['自 2028-10-01（北京时间）起', '不再向使用单位 91510100MA6CEXB02G 提供', '能力授权已关闭'], en: ['from 1 Oct 2028 (CST)', 'to using units 91510100MA6CEXB02G'] },
  deliveryFailed: { ruleId: 'T-02', facts: { template: 'renewalDue', noticeId: 'unit:91510100MA6CEXA01F/12.1', rejected: 'zhang.wei@example.cn', dropped: 'usingUnits: no address' }, at: '2028-11-15T00:00:00+08:00', reader: 'officer', dueOn: null, zh: ['通知未能送达', '通知 unit:91510100MA6CEXA01F/12.1（renewalDue）', 'zhang.wei@example.cn'], en: ['Notice not delivered', 'did not reach every recipient: zhang.wei@example.cn; usingUnits: no address'] },
  decisionAgeing: { ruleId: 'T-18', facts: { what: 'renewal', subject: 'term 1', since: '2028-10-01', decisionRuleId: 'T-05', days: 15 }, at: '2028-10-17T00:00:00+08:00', reader: 'supervisor', dueOn: null, zh: ['待办事项超期未决', '延续请求', '已超过 15 日'], en: ['Decision overdue', 'renewal request', 'more than 15 days'] },
  // using-unit memberships (machines/membership/machine.ts): invited 2027-06-01, Q-28 30 days
  usingUnitInvited: { ruleId: 'P-UU-01', facts: { ...UU, relationship: 'GROUP_MEMBER', lastDay: '2027-07-01', message: '请尽快确认' }, at: '2027-06-01T09:00:00+08:00', reader: 'usingUnits', dueOn: '2027-07-01', zh: ['邀请使用单位“成都示例物流有限公司”（统一社会信用代码：91510100MA6CEXB02G）成为其乐企自用的使用单位', '同一集团企业成员单位', '附言：请尽快确认', '邀请自 2027-07-02 00:00（北京时间）起失效', 'ACCEPT_INVITATION'], en: ['invited using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G)', 'member of the same enterprise group', 'lapses at 2 Jul 2027, 00:00 (CST)'] },
  authorizationApplied: { ruleId: 'P-UU-02', facts: { ...UU, relationship: 'EQUITY_CONTROL', rating: 'B' }, at: '2027-06-02T10:00:00+08:00', reader: 'unit', dueOn: null, zh: ['使用单位“成都示例物流有限公司”（统一社会信用代码：91510100MA6CEXB02G）于 2027-06-02 10:00（北京时间）通过乐企平台向直连单位“四川示例科技集团有限公司”发起授权申请', '具备相互股权控制关系', 'B 级', 'CONSENT_TO_USING_UNIT', 'DECLINE_USING_UNIT'], en: ['applied through the Leqi platform to the direct-connect unit 四川示例科技集团有限公司', 'mutual equity control', 'rated B, so once admitted it must periodically provide goods-flow'] },
  authorizationDecided: { ruleId: 'P-UU-02', facts: { ...UU, decision: 'declined', opinion: '关联关系证明不足' }, at: '2027-06-05T10:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['直连单位未同意授权申请', '未同意使用单位“成都示例物流有限公司”', '理由：关联关系证明不足', 'APPLY_FOR_AUTHORIZATION'], en: ['declined the authorization application of using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G)'] },
  useRequestSubmitted: { ruleId: 'P-UU-01', facts: { ...UU, kind: 'resubmitted', competentAuthority: '15101040000', relationship: 'HEAD_BRANCH', proof: null, exemptSector: 'RAILWAY', rating: 'M', forOfficer: 2 }, at: '2027-06-10T09:00:00+08:00', reader: 'officer', dueOn: null, zh: ['（经直连单位邀请）向其主管税务机关（15101040000）重新提交了使用请求', '免于提供关联关系证明（铁路，E-UU-7）', 'M 级', '其中 2 项条件需人工核实', 'APPROVE_USING_UNIT'], en: ['resubmitted (on the direct-connect unit’s invitation) a use request to its competent tax authority (15101040000)', 'no relationship proof needed (railway, E-UU-7)', 'RETURN_USING_UNIT'] },
  useRequestDecided: { ruleId: 'P-UU-02', facts: { ...UU, decision: 'returned', opinion: '关联关系证明已过期', reasons: 'E-UU-7; E-UU-2', authority: '15101040000', on: '2027-06-20' }, at: '2027-06-20T15:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['使用请求已退回', '主管税务机关（15101040000）于 2027-06-20（北京时间）退回了使用单位“成都示例物流有限公司”', '退回原因：E-UU-7; E-UU-2', 'RESUBMIT_USE_REQUEST'], en: ['On 20 Jun 2027 (CST) the competent tax authority (15101040000) returned the use request', 'reasons: E-UU-7; E-UU-2'] },
  invitationLapsed: { ruleId: 'Q-28', facts: { ...UU, invitedOn: '2027-06-01', lastDay: '2027-07-01' }, at: '2027-07-02T00:00:00+08:00', reader: 'unit', dueOn: null, zh: ['于 2027-06-01（北京时间）向使用单位“成都示例物流有限公司”', '截至 2027-07-01（北京时间）（含当日）未获确认，已于 2027-07-02 00:00（北京时间）失效', 'INVITE_USING_UNIT'], en: ['not accepted by 1 Jul 2027 (CST) (last day included) and lapsed at 2 Jul 2027, 00:00 (CST)'] },
  membershipSuspended: { ruleId: 'S-05', facts: { ...UU, caseId: 'C-7', since: '2028-06-01' }, at: '2028-06-01T10:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['因合规案件 C-7，主管税务机关自 2028-06-01（北京时间）起暂停使用单位“成都示例物流有限公司”', '最长不超过 3 个月'], en: ['Because of compliance case C-7, from 1 Jun 2028 (CST)', 'using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G)'] },
  membershipRestored: { ruleId: 'M-RESTORE', facts: { ...UU, caseId: 'C-7', on: '2028-07-20' }, at: '2028-07-20T10:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['合规案件 C-7 已结案', '自 2028-07-20（北京时间）起恢复'], en: ['from 20 Jul 2028 (CST) using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G) may again use Leqi services'] },
  membershipEnding: { ruleId: 'T-08', facts: { ...UU, effectiveOn: '2028-10-01', reason: '关联关系解除' }, at: '2028-08-20T10:00:00+08:00', reader: 'usingUnits', dueOn: '2028-09-30', zh: ['自 2028-10-01 00:00（北京时间）起终止向使用单位“成都示例物流有限公司”', '最后服务日为 2028-09-30（北京时间）', '原因：关联关系解除'], en: ['from 1 Oct 2028, 00:00 (CST); the last day of service is 30 Sep 2028 (CST)'] },
  membershipEnded: { ruleId: 'P-TRM-04', facts: { ...UU, on: '2029-03-16', reason: 'term ended without renewal', caseId: null }, at: '2029-03-16T00:00:00+08:00', reader: 'usingUnits', dueOn: null, zh: ['其使用单位的使用随之终止', '使用单位“成都示例物流有限公司”（统一社会信用代码：91510100MA6CEXB02G）自 2029-03-16（北京时间）起不再通过'], en: ['its using units’ service ends with it. Using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G) no longer uses', 'from 16 Mar 2029 (CST)'] },
  flowDataDue: { ruleId: 'T-17', facts: { ...UU, period: '2028-Q2', dueOn: '2028-07-15', rating: 'B' }, at: '2028-07-01T00:00:00+08:00', reader: 'usingUnits', dueOn: '2028-07-15', zh: ['纳税信用等级为 B 级', '2028 年第 2 季度已结束', '请不晚于 2028-07-15（北京时间）通过乐企平台提交', 'SUBMIT_FLOW_DATA'], en: ['Using unit 成都示例物流有限公司 (USCC 91510100MA6CEXB02G) is rated B', 'Q2 2028 has ended', 'No later than 15 Jul 2028 (CST)'] },
  flowDataOverdue: { ruleId: 'O-27', facts: { ...UU, period: '2028-Q2', dueOn: '2028-07-15', rating: 'B' }, at: '2028-07-16T00:00:00+08:00', reader: 'officer', dueOn: null, zh: ['货物流、资金流、现金流数据逾期未提交', '2028 年第 2 季度的货物流、资金流、现金流的有关数据未在 2028-07-15（北京时间）（含当日）前提交', 'APPLY_MEASURES'], en: ['Flow data overdue', 'for Q2 2028 was due by 15 Jul 2028 (CST)'] },
};

function render(template: NoticeTemplate, language: 'zh' | 'en', reader = FIXTURES[template].reader) {
  const f = FIXTURES[template];
  return renderNotice({ noticeId: `unit:${UNIT.unitId}/7.1`, ...UNIT, template, ruleId: f.ruleId, facts: f.facts, at: f.at }, { name: language === 'zh' ? '张伟' : 'Emily Chen', language, audience: reader });
}

describe('N-05, N-08…N-14, N-24: every notice kind renders with its unit, rule, clause, facts and due date', () => {
  const ids = Object.keys(TEMPLATES) as NoticeTemplate[];

  it('has one template per NoticeTemplate id and one fixture per template', () => {
    expect(Object.keys(FIXTURES).sort()).toEqual([...ids].sort());
  });

  describe.each(ids)('%s', (template) => {
    const f = FIXTURES[template];
    const zh = render(template, 'zh');
    const en = render(template, 'en');
    const clause = clauseOf(f.ruleId);

    it('names the unit (name and USCC) and the rule with its clause, in both languages', () => {
      for (const r of [zh, en]) {
        for (const body of [r.text, r.html]) {
          expect(body).toContain(UNIT.unitName);
          expect(body).toContain(UNIT.unitId);
          expect(body).toContain(f.ruleId);
        }
        expect(r.text).toContain(clause.clause.zh);
        expect(r.text).toContain(clause.clause.en);
        expect(r.subject).toContain(f.ruleId);
        expect(r.subject).toContain(UNIT.unitName);
      }
      expect(isCitedRule(f.ruleId)).toBe(true);
    });

    it('says what happened, with the facts, in Chinese and English', () => {
      for (const r of [zh, en]) {
        for (const s of f.zh) expect(r.text).toContain(s);
        for (const s of f.en) expect(r.text).toContain(s);
      }
    });

    it('gives the reader what to do and the CST due date in both languages', () => {
      expect(zh.dueOn).toBe(f.dueOn);
      if (f.dueOn) {
        for (const r of [zh, en]) {
          expect(r.text).toContain(`办理期限：${zhDate(f.dueOn)}`);
          expect(r.text).toContain(`Due by: ${enDate(f.dueOn)}`);
        }
      } else {
        expect(zh.text).toContain('办理期限：无期限要求');
        expect(en.text).toContain('Due by: No deadline');
      }
    });

    it('puts the reader’s language first: zh readers get 中文 then English, en readers the reverse', () => {
      const zhFirst = (t: string) => t.indexOf('直连单位：') < t.indexOf('Direct-connect unit:');
      expect(zhFirst(zh.text)).toBe(true);
      expect(zhFirst(en.text)).toBe(false);
      expect(zh.subject.startsWith('[乐企 ')).toBe(true);
      expect(en.subject.startsWith('[Leqi ')).toBe(true);
      expect(zh.html.indexOf('lang="zh-CN" style')).toBeLessThan(zh.html.indexOf('lang="en" style'));
      expect(en.html.indexOf('lang="en" style')).toBeLessThan(en.html.indexOf('lang="zh-CN" style'));
    });
  });

  it('tells each audience its own action: the officer decides, the unit waits (T-03 late request)', () => {
    const officer = render('renewalRequested', 'zh', 'officer');
    const unit = render('renewalRequested', 'zh', 'unit');
    expect(officer.text).toContain('请审核该延期请求');
    expect(officer.dueOn).toBe('2029-03-15');
    expect(unit.text).toContain('请等待主管税务机关');
    expect(unit.dueOn).toBeNull();
    expect(render('archived', 'en', 'unit').text).toContain('For your information; no action is required.');
  });

  it('tells apart notices the chart sends with the same facts by their rule (S-02 return vs P-CAP-05 retest), and each capability step', () => {
    const returned = (ruleId: string) => renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'capabilityUpdated', ruleId, facts: { code: 'FUEL_INVOICE', status: 'returned', opinion: '行业不符' }, at: '2027-05-10T10:00:00+08:00' }, { name: null, language: 'zh', audience: 'unit' });
    expect(returned('S-02').text).toContain('订阅已关闭');
    expect(returned('S-02').text).toContain('the subscription is closed');
    expect(returned('P-CAP-05').text).toContain('回到测试阶段');
    expect(returned('P-CAP-05').text).toContain('SUBMIT_CAPABILITY_TEST_REPORT');
    const step = (status: string, audience: Audience) => renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'capabilityUpdated', ruleId: 'P-CAP-04', facts: { code: 'INVOICE_ISSUE', status }, at: '2027-05-01T10:00:00+08:00' }, { name: null, language: 'en', audience }).text;
    expect(step('testing', 'unit')).toContain('run the joint tests in the Test Center');
    expect(step('reportSubmitted', 'officer')).toContain('CONFIRM_CAPABILITY');
    expect(render('capabilityGranted', 'en', 'unit').text).toContain('For your information; no action is required.');
  });

  it('T-08: a filing for the whole unit ends its access; the unit acts by the last day of service', () => {
    const r = renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'terminationFiled', ruleId: 'T-08', facts: { effectiveOn: '2028-10-01', reason: '业务调整', usingUnits: null }, at: '2028-08-20T10:00:00+08:00' }, { name: null, language: 'zh', audience: 'unit' });
    expect(r.dueOn).toBe('2028-09-30');
    expect(r.text).toContain('自 2028-10-01 00:00（北京时间）起终止乐企服务');
    expect(r.text).toContain('能力订阅、能力授权及网络地址备案随之关闭');
    expect(r.text).toContain('its access qualification and the service agreement end then');
  });

  it('duties: a detected relationship change names the using unit and its change day; a re-signed agreement its change day', () => {
    const due = (obligation: string, subject: string, ruleId: string) => renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'obligationDue', ruleId, facts: { obligation, subject, dueOn: '2028-03-04' }, at: '2028-03-01T10:00:00+08:00' }, { name: null, language: 'zh', audience: 'unit' });
    const rel = due('relationshipReport', '91510100MA6CEXB02G 2028-03-01', 'T-06');
    expect(rel.text).toContain('使用单位 91510100MA6CEXB02G，变动日 2028-03-01（北京时间）');
    expect(rel.text).toContain('REPORT_CHANGE');
    expect(rel.dueOn).toBe('2028-03-04');
    const agreement = due('signedAgreement', 'legal representative changed 2028-02-01', 'P-CHG-02');
    expect(agreement.text).toContain('法定代表人于 2028-02-01（北京时间）变更');
    expect(agreement.text).toContain('SUBMIT_SIGNED_AGREEMENT');
  });

  it('membership notices: the other branch of each decision, and an end by a filing or a case', () => {
    const one = (template: NoticeTemplate, ruleId: string, facts: NoticeFacts['facts'], audience: Audience) =>
      renderNotice({ noticeId: 'n/1.1', ...UNIT, template, ruleId, facts: { ...UU, ...facts }, at: '2027-06-05T10:00:00+08:00' }, { name: null, language: 'zh', audience });
    const consented = one('authorizationDecided', 'P-UU-02', { decision: 'consented', opinion: null }, 'usingUnits');
    expect(consented.text).toContain('使用请求已提交使用单位主管税务机关确认');
    expect(consented.text).toContain('the use request has gone to the using unit');
    const approved = one('useRequestDecided', 'P-UU-01', { decision: 'approved', opinion: '同意', reasons: null, authority: '15101040000', on: '2027-06-20' }, 'unit');
    expect(approved.text).toContain('确认了使用单位“成都示例物流有限公司”（统一社会信用代码：91510100MA6CEXB02G）的使用请求');
    expect(approved.text).toContain('P-UU-04');
    expect(approved.text).not.toContain('退回原因');
    const filed = one('membershipEnded', 'P-UU-06', { on: '2028-10-01', reason: 'termination filing effective (T-08)', caseId: null }, 'unit');
    expect(filed.text).toContain('终止服务备案生效（T-08）');
    expect(filed.text).toContain('Reason: the termination filing took effect (T-08)');
    const sanctioned = one('membershipEnded', 'S-08', { on: '2028-06-01', reason: '虚开发票', caseId: 'C-9' }, 'usingUnits');
    expect(sanctioned.text).toContain('经合规案件 C-9 处理，使用单位“成都示例物流有限公司”');
    expect(sanctioned.text).toContain('Following compliance case C-9, using unit 成都示例物流有限公司');
    const monthly = one('flowDataDue', 'T-17', { period: '2028-05', dueOn: '2028-06-15', rating: 'M' }, 'unit');
    expect(monthly.text).toContain('2028 年 5 月已结束');
    expect(monthly.text).toContain('May 2028 has ended');
    expect(monthly.dueOn).toBe('2028-06-15');
    const proof = one('useRequestSubmitted', 'P-UU-02', { kind: 'submitted', competentAuthority: '15101040000', relationship: 'GROUP_MEMBER', proof: 'doc:proof-1', exemptSector: null, rating: 'A', forOfficer: 0 }, 'officer');
    expect(proof.text).toContain('经直连单位同意授权申请');
    expect(proof.text).toContain('关联关系证明材料：doc:proof-1');
    expect(proof.text).not.toContain('需人工核实；');
  });

  it('deliveryFailed also reads the one-line `missed` the workflow sends', () => {
    const r = renderNotice({ noticeId: 'n/1.1.failed', ...UNIT, template: 'deliveryFailed', ruleId: 'T-02', facts: { template: 'renewalDue', noticeId: 'n/1.1', missed: 'a@example.cn; usingUnits' }, at: '2028-11-15T00:00:00+08:00' }, { name: null, language: 'en', audience: 'officer' });
    expect(r.text).toContain('did not reach every recipient: a@example.cn; usingUnits');
    expect(r.text).toContain('未能送达全部收件人：a@example.cn; usingUnits');
  });

  it('escapes what people typed (an opinion) in the HTML', () => {
    const r = renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'applicationReturned', ruleId: 'P-ONB-04', facts: { opinion: '<script>alert(1)</script> & "quotes"', reasons: null }, at: '2027-03-12T10:00:00+08:00' }, { name: null, language: 'zh', audience: 'unit' });
    expect(r.html).not.toContain('<script>');
    expect(r.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(r.text).toContain('<script>alert(1)</script>');
  });

  it('refuses facts that do not fit the template (a date that is not YYYY-MM-DD)', () => {
    expect(() => renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'renewalDue', ruleId: 'T-02', facts: { renewalDueOn: '15/12/2028', endsOn: '2029-03-15' }, at: '2028-11-15T00:00:00+08:00' }, { name: null, language: 'zh', audience: 'unit' })).toThrow(/renewalDueOn/);
  });

  it('still sends a notice citing a rule the table does not know, pointing to the catalogue', () => {
    const r = renderNotice({ noticeId: 'n/1.1', ...UNIT, template: 'terminated', ruleId: 'X-99', facts: { reason: 'test', on: '2028-06-01' }, at: '2028-06-01T10:00:00+08:00' }, { name: null, language: 'en', audience: 'unit' });
    expect(r.text).toContain('See rule X-99 in the rules catalogue.');
  });
});

describe('rule clauses', () => {
  it('has a clause in both languages, with its source lines, for every rule id the unit chart cites in a notice', () => {
    // the chart and its domains' transitions (machines/unit/<domain>/*.ts)
    const unitDir = new URL('../../machines/unit/', import.meta.url);
    const domains = readdirSync(unitDir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => new URL(`${d.name}/`, unitDir));
    const chart = [readFileSync(new URL('chart.ts', unitDir), 'utf8'), ...domains.flatMap((dir) => readdirSync(dir).map((f) => readFileSync(new URL(f, dir), 'utf8')))].join('\n');
    const direct = [...chart.matchAll(/template: '\w+', ruleId: '([A-Z]+(?:-[A-Z]+)*-?\d*)'/g)].map((m) => m[1]!);
    const viaCaseNotice = [...chart.matchAll(/caseNotice\([^;]*?, '\w+', '([A-Z0-9-]+)'/g)].map((m) => m[1]!);
    const cited = new Set([...direct, ...viaCaseNotice]);
    expect(cited.size).toBeGreaterThan(5);
    for (const id of cited) expect(isCitedRule(id), id).toBe(true);
    for (const [id, { source, clause }] of Object.entries(RULE_CLAUSES)) {
      expect(source, id).toMatch(/L\d+|decisions/);
      expect(clause.zh, id).toMatch(/[\u4e00-\u9fff]/);
      expect(clause.en, id).toMatch(/^[\x20-\x7e’]+$/);
    }
  });
  it('has a clause for every rule id the membership chart names in a notice', () => {
    const chart = readFileSync(new URL('../../machines/membership/machine.ts', import.meta.url), 'utf8');
    const id = '([A-Z]+(?:-[A-Z]+)*-\\d+)';
    const cited = new Set(
      [
        new RegExp(`notice\\('\\w+', '${id}'`, 'g'),
        new RegExp(`ruleOfEvent\\(event, '${id}'\\)`, 'g'),
        new RegExp(`(?:useRequestNotice|decidedNotice)\\([^;]*?, '${id}'`, 'g'),
        new RegExp(`\\? '${id}' : '${id}'`, 'g'),
      ].flatMap((re) => [...chart.matchAll(re)].flatMap((m) => m.slice(1).filter((x): x is string => x !== undefined))),
    );
    expect([...cited]).toEqual(expect.arrayContaining(['P-UU-01', 'P-UU-02', 'P-UU-06', 'Q-28', 'T-08', 'T-17', 'O-27']));
    // and the ids the unit chart's events carry into a membership (suspension, restoration, ends)
    for (const id of [...cited, 'S-05', 'S-07', 'S-08', 'M-RESTORE', 'P-TRM-04', 'T-03', 'M-TERMINATE']) expect(isCitedRule(id), id).toBe(true);
  });
});

describe('dates (CST, from YYYY-MM-DD strings)', () => {
  it('formats calendar days in both languages without the host time zone', () => {
    expect(zhDate('2028-12-15')).toBe('2028-12-15（北京时间）');
    expect(enDate('2028-12-15')).toBe('15 Dec 2028 (CST)');
    expect(enDate('2028-02-29')).toBe('29 Feb 2028 (CST)');
    expect(enDate('2029-01-01')).toBe('1 Jan 2029 (CST)');
    expect(() => enDate('2028-13-01')).toThrow();
  });

  it('renders instants on their CST day: 16:30 UTC on 15 Dec is 00:30 on 16 Dec in Beijing', () => {
    expect(atInstant('2028-12-15T16:30:00Z')).toEqual({ zh: '2028-12-16 00:30（北京时间）', en: '16 Dec 2028 00:30 (CST)' });
    expect(atInstant('2028-12-16T00:00:00+08:00')).toEqual({ zh: '2028-12-16 00:00（北京时间）', en: '16 Dec 2028 00:00 (CST)' });
  });
});
