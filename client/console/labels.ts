/** Names of the officer commands and their fields in Chinese and English; the wire name is shown beside them. */
import type { Lang } from './i18n.js';

const commands: Record<string, [zh: string, en: string]> = {
  APPROVE_APPLICATION: ['批准接入申请', 'Approve the application'],
  RETURN_APPLICATION: ['退回接入申请', 'Return the application'],
  APPROVE_RENEWAL: ['批准续期', 'Approve the renewal'],
  REJECT_RENEWAL: ['驳回续期', 'Reject the renewal'],
  SET_CONCURRENCY: ['设定并发上限', 'Set the concurrency limit'],
  TERMINATE: ['终止直连资格', 'Terminate'],
  ARCHIVE: ['归档记录', 'Archive the record'],
  ISSUE_RISK_WARNING: ['发出风险提示', 'Issue a risk warning'],
  RECORD_RISK_MEASURE: ['记录风险处置措施', 'Record a risk measure'],
  SUSPEND_FOR_NONCOMPLIANCE: ['违规暂停', 'Suspend for non-compliance'],
  REPORT_SECURITY_THREAT: ['报告安全威胁', 'Report a security threat'],
  APPLY_MEASURES: ['采取管理措施', 'Apply measures'],
  RECORD_INTERVIEW: ['记录约谈', 'Record an interview'],
  CONFIRM_RECTIFIED: ['确认整改完成', 'Confirm rectification'],
  ADJUST_CASE_WINDOW: ['调整整改期限', 'Adjust a case window'],
  REPORT_SERIOUS_VIOLATION: ['报告严重违规', 'Report a serious violation'],
  REPORT_ELIGIBILITY_CHANGE: ['报告资格条件变化', 'Report an eligibility change'],
  CONFIRM_PROPOSED_CASE: ['确认拟立案', 'Confirm a proposed case'],
  DISMISS_PROPOSED_CASE: ['撤销拟立案', 'Dismiss a proposed case'],
  CONFIRM_CAPABILITY: ['确认能力开通', 'Confirm a capability'],
  RETURN_CAPABILITY: ['退回能力测试报告', 'Return a capability report'],
  PUBLISH_VERSION_UPGRADE: ['发布版本升级', 'Publish a version upgrade'],
  APPROVE_USING_UNIT: ['批准使用单位', 'Approve a using unit'],
  RETURN_USING_UNIT: ['退回使用单位申请', 'Return a using unit’s request'],
  REMOVE_USING_UNIT: ['移除使用单位', 'Remove a using unit'],
};

const fields: Record<string, [zh: string, en: string]> = {
  opinion: ['意见', 'Opinion'],
  reasons: ['原因', 'Reasons'],
  reason: ['原因', 'Reason'],
  termEndsOn: ['期满日', 'Term ends on'],
  baseConcurrency: ['基准并发', 'Base concurrency'],
  extendsTo: ['续期至', 'Extends to'],
  limit: ['并发上限', 'Limit'],
  ruleId: ['规则编号', 'Rule id'],
  caseId: ['案件编号', 'Case id'],
  indicator: ['风险指标', 'Indicator'],
  details: ['详情', 'Details'],
  target: ['对象（使用单位）', 'Target (using unit)'],
  measure: ['措施', 'Measure'],
  measures: ['措施', 'Measures'],
  findings: ['检查发现', 'Findings'],
  rectificationMonths: ['整改期限（月）', 'Rectification (months)'],
  observationMonths: ['观察期（月）', 'Observation (months)'],
  interview: ['约谈', 'Interview'],
  dutyRuleId: ['义务规则编号', 'Duty rule id'],
  dueOn: ['截止日', 'Due on'],
  kind: ['类别', 'Kind'],
  value: ['值', 'Value'],
  code: ['能力代码', 'Capability code'],
  version: ['版本', 'Version'],
  publishedOn: ['发布日', 'Published on'],
  notes: ['说明', 'Notes'],
  usingUnit: ['使用单位（统一社会信用代码）', 'Using unit (USCC)'],
};

/** a command's name in the language (its wire name when unknown) */
export const commandLabel = (lang: Lang, type: string): string => commands[type]?.[lang === 'zh' ? 0 : 1] ?? type;

/** a field's name in the language (its wire name when unknown) */
export const fieldLabel = (lang: Lang, name: string): string => fields[name]?.[lang === 'zh' ? 0 : 1] ?? name;
