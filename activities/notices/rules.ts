/**
 * The rules notices cite, each with its clause in words: the seed's own Chinese text (quoted,
 * with its section and line numbers in `000_5c10d7fdddb2d7cd.txt`) and an English rendering.
 * A notice whose rule id is not listed here still goes out, citing the id alone.
 */
import { bi, type Bilingual } from './text.js';

export interface RuleClause {
  /** where the clause is in the seed (rules.md §0 codes, L = line) */
  source: string;
  clause: Bilingual;
}

export const RULE_CLAUSES = {
  'P-ONB-02': {
    source: 'G3.1(1) L163–167',
    clause: bi(
      '按照属地化管理原则，符合要求的直连单位通过电子税务局中乐企平台向其主管税务机关发起接入请求，并提交相关材料。',
      'Under territorial management, a qualifying direct-connect unit submits its access request, with the required materials, to its competent tax authority through the Leqi module of the e-tax bureau.',
    ),
  },
  'P-ONB-04': {
    source: 'G3.2 L226–228; A2.R1 L464–466',
    clause: bi(
      '发起请求的企业可以在乐企平台中查询税务机关发送的确认结果及相关意见；对不符合相关接入条件的单位提交的请求，税务机关有权予以退回。',
      'The requesting enterprise can see the tax authority’s confirmation result and opinions on the Leqi platform; the tax authority may return a request from a unit that does not meet the access conditions.',
    ),
  },
  'T-01': {
    source: 'G5.3 L314',
    clause: bi('乐企自用的初次接入时间为 2 个自然年度。', 'The initial access term of a Leqi self-use system is two natural years.'),
  },
  'T-02': {
    source: 'G5.3 L314–316; A2.D3 L545–546',
    clause: bi(
      '需延续使用的，应在到期前 3 个月发起延期请求；税务机关对资格延续等管理事项及时发送提醒。',
      'A unit that wishes to continue must request renewal no later than three months before its term ends; the tax authority sends timely reminders about the continuation of the qualification.',
    ),
  },
  'T-03': {
    source: 'G5.3 L320–322; A2.R3 L480–482',
    clause: bi(
      '到期仍未提交延续请求的，税务机关将终止平台乐企接入资格。',
      'If no renewal request has been submitted when the term ends, the tax authority terminates the unit’s Leqi platform access qualification.',
    ),
  },
  'T-04': {
    source: 'A2.R3 L478–482',
    clause: bi(
      '若经提醒仍不发起延期请求的，甲方可以进一步降低并发量，直至终止乐企平台接入资格。',
      'If, after a reminder, the unit still does not request renewal, the tax authority may lower its concurrency further, up to terminating its Leqi platform access qualification.',
    ),
  },
  'T-05': {
    source: 'A2.R3 L474–476; A2.D1 L533–537',
    clause: bi(
      '对于乙方发起的延期请求，甲方有权根据运营监控情况，确定延续期限，并将结果通过乐企平台反馈。',
      'For a renewal request, the tax authority sets the renewed term according to operational monitoring and returns the result through the Leqi platform.',
    ),
  },
  'T-10': {
    source: 'A3.O4(3) L633–635; decisions.md (closing a terminated unit)',
    clause: bi(
      '相关记录留存不少于六个月；终止后满六个月（或经税务机关归档），该单位的记录办结。',
      'Records are kept for at least six months; six months after termination (or on the tax authority’s archiving) the unit’s record is closed.',
    ),
  },
  'P-REN-01': {
    source: 'G5.3 L312–316',
    clause: bi('需延续使用的，应在到期前 3 个月发起延期请求。', 'A unit that wishes to continue must request renewal no later than three months before its term ends.'),
  },
  'P-REN-02': {
    source: 'G5.3 L316–320; A2.R3 L476–482',
    clause: bi(
      '若乐企自用未在规定期限内发起延期请求的，税务机关将发送提醒并限制平台业务处理并发量。',
      'If no renewal request is made within the prescribed period, the tax authority sends a reminder and limits the unit’s business-processing concurrency on the platform.',
    ),
  },
  'S-03': {
    source: 'G5.3 L316–320; A2.R3 L476–478',
    clause: bi(
      '若乐企自用未在规定期限内发起延期请求的，税务机关将发送提醒并限制平台业务处理并发量。',
      'If no renewal request is made within the prescribed period, the tax authority sends a reminder and limits the unit’s business-processing concurrency on the platform.',
    ),
  },
  'S-04': {
    source: 'A2.R4 L484–490',
    clause: bi(
      '甲方有权通过设置监控指标，对乙方及其使用单位进行日常运行监控，根据其监测产生的风险预警信息将推送给乙方及其使用单位，要求其整改并反馈结果，甲方根据反馈后的处理结果采取不同的风险防范措施。',
      'The tax authority monitors the unit and its using units through indicators, pushes the resulting risk warnings to them, requires rectification with feedback, and takes risk measures according to the result.',
    ),
  },
  'E-DCU-14': {
    source: 'A1 L453–458; A3.O1 L590–592; A2.R5 L492',
    clause: bi(
      '乙方在协议期间应持续符合《规范指引》的接入条件，并确保其使用单位符合接入要求。',
      'Throughout the agreement the unit must keep meeting the Guideline’s access conditions and ensure its using units meet them too.',
    ),
  },
  'T-09': {
    source: 'A2.R5–R7 L494–523',
    clause: bi('整改期限最长不超过 3 个月。', 'The rectification period is at most three months.'),
  },
  'M-RESTORE': {
    source: 'A2.R5 L496–498; A2.R6 L505–507; A2.R7 L521–523',
    clause: bi('经过整改符合要求的，重新恢复接入服务 / 恢复正常服务。', 'Once rectified as required, access (normal service) is restored.'),
  },
  'O-16': {
    source: 'A3.O5(3) L654–660',
    clause: bi(
      '（按月、季度）开展发票数据风险监测，发现数据安全缺陷、漏洞等风险时，立即采取补救措施；发生数据安全事件时，立即采取处置措施，按照规定及时告知用户并向试点省税务局报告。',
      'Run invoice-data risk monitoring (monthly or quarterly); remedy defects and vulnerabilities at once; on a data-security incident, act at once, inform users promptly and report to the pilot provincial tax bureau.',
    ),
  },
  'T-11': {
    source: 'A3.O5(3) L654',
    clause: bi('（按月、季度）开展发票数据风险监测。', 'Run invoice-data risk monitoring monthly or quarterly, as the agreement says.'),
  },
  'P-SEC-01': {
    source: 'A3.O5(3) L656–660',
    clause: bi(
      '发生数据安全事件时，立即采取处置措施，按照规定及时告知用户并向试点省税务局报告。',
      'On a data-security incident, act at once, inform users promptly and report to the pilot provincial tax bureau.',
    ),
  },
  'T-06': {
    source: 'G5.1 L300–304',
    clause: bi(
      '如总分机构、母子公司、控股关系等关联关系发生变动，直连单位需在变动后 3 日内向主管税务机关报备。',
      'If a head-branch, parent-subsidiary, holding or other relationship changes, the direct-connect unit must report it to its competent tax authority within three days of the change.',
    ),
  },
  'T-07': {
    source: 'G5.2 L308–310; A2.D2 L539–543',
    clause: bi(
      '在乐企平台发生功能升级时，税务机关将发布版本升级通知，直连单位应在 30 日内同步完成系统改造与对接测试。',
      'When the Leqi platform is upgraded, the tax authority publishes a version-upgrade notice; the direct-connect unit must complete its system changes and integration tests within 30 days.',
    ),
  },
  'P-CHG-02': {
    source: 'G5.1 L296–300',
    clause: bi(
      '如直连单位的法定代表人等信息发生变更，直连单位需重新签订并提交《乐企直连服务协议书》等相关协议。',
      'If the direct-connect unit’s legal representative or similar information changes, the unit must re-sign and submit the Leqi direct-connect service agreement and related agreements.',
    ),
  },
  'M-RISK-MEASURE': {
    source: 'A2.R4 L488–490',
    clause: bi('甲方根据反馈后的处理结果采取不同的风险防范措施。', 'The tax authority takes risk-prevention measures according to the result of the feedback.'),
  },
  'S-05': {
    source: 'A2.R5 L492–498',
    clause: bi(
      '甲方发现乙方及其使用单位不符合接入条件后，有权立即暂停其接入服务，并对其进行约谈；在整改期限（最长不超过 3 个月）内经过整改符合要求的，重新恢复接入服务；未达到整改要求的，终止其接入服务。',
      'A unit found not to meet the access conditions may have its access suspended at once and be interviewed; if it complies within the rectification period (at most three months) service is restored, otherwise its access is terminated.',
    ),
  },
  'S-06': {
    source: 'A2.R6 L500–509',
    clause: bi(
      '若发现乙方或其使用单位存在对乐企平台直连网络、电子发票服务平台造成攻击或威胁等安全隐患的情况，甲方有权立即限制其业务处理并发量，并进行约谈；再次发现存在上述行为的，甲方有权终止其接入服务。',
      'A unit that attacks or threatens the platform’s direct-connect network or the e-invoice service platform may have its concurrency limited at once and be interviewed; if it happens again, its access may be terminated.',
    ),
  },
  'S-07': {
    source: 'A2.R7 L511–523',
    clause: bi(
      '乙方不履行协议义务或其使用单位违反乐企平台直连规范的，甲方有权视情况严重性采取提醒、约谈、暂停新增使用单位、暂停使用乐企能力、暂停接入服务等措施；经整改后仍未符合要求的，终止其接入服务。',
      'If the unit breaches its obligations or a using unit breaks the direct-connect rules, the tax authority may, by severity, remind, interview, stop new using units, suspend capabilities or suspend access; if rectification fails, access is terminated.',
    ),
  },
  'S-08': {
    source: 'A2.R8 L525–527',
    clause: bi(
      '若乙方及其使用单位存在虚开发票等严重违法行为的，甲方有权立即终止其接入服务，并依法追究法律责任。',
      'If the unit or its using units commit serious violations such as false invoicing, the tax authority may terminate their access at once and pursue legal liability.',
    ),
  },
  'M-TERMINATE': {
    source: 'G5.3 L322; A2.R3 L482; A2.R5–R8 L498–527',
    clause: bi(
      '税务机关依协议终止接入服务 / 终止平台乐企接入资格；协议自乐企服务终止之日废止（第四条）。',
      'The tax authority terminates the access service (the Leqi platform access qualification) under the agreement; the agreement ends on the day Leqi service ends (Article 4).',
    ),
  },
  'P-TRM-01': {
    source: 'G5.4 L326–330',
    clause: bi(
      '乐企自用所有者终止向其使用单位提供数电票等涉税服务的，应当至少提前 30 日向直连单位主管税务机关进行终止服务备案。',
      'An owner that stops providing digital e-invoice and other tax services to its using units must file the termination with its competent tax authority at least 30 days in advance.',
    ),
  },
  'P-TRM-04': {
    source: 'G1.2 L44–48; G4.4 L277–279; A4 L713 (derived cascade)',
    clause: bi(
      '使用单位是指通过乐企自用使用相关乐企服务的使用者；本协议至乐企服务终止之日废止。直连单位终止时，其能力订阅、能力授权、网络地址备案及使用单位的使用随之终止（派生规则）。',
      'Using units use Leqi services only through the self-use system, and the agreement ends on the day Leqi service ends; when the unit ends, its capability subscriptions and grants, its network filing and its using units’ service end with it (derived).',
    ),
  },
  'T-08': {
    source: 'G5.4 L326–330',
    clause: bi(
      '乐企自用所有者终止向其使用单位提供数电票等涉税服务的，应当至少提前 30 日向直连单位主管税务机关进行终止服务备案。',
      'An owner that stops providing digital e-invoice and other tax services to its using units must file the termination with its competent tax authority at least 30 days in advance.',
    ),
  },
  'P-CAP-02': {
    source: 'G4.1 L247–253; A3.R4 L572–574',
    clause: bi(
      '企业开通乐企服务后，直连单位可通过乐企平台能力中心查看相关能力开通状态及有效期，并对未开通的能力发起能力订阅请求。',
      'Once its Leqi service is open, the direct-connect unit can see each capability’s status and validity in the Leqi Capability Center and request the capabilities not yet opened.',
    ),
  },
  'P-CAP-04': {
    source: 'G4.2 L255–265',
    clause: bi(
      '直连单位发起能力订阅请求后，乐企平台测试中心为直连单位提供能力使用的仿真测试环境。直连单位参考乐企平台提供的能力说明文档完成乐企自用开发后，进入乐企平台测试中心进行能力使用联调测试，通过测试后生成测试报告，确认无误后可提交税务机关确认。',
      'After a subscription request, the Leqi Test Center provides a simulation environment; the unit develops against the capability documentation, runs the joint tests in the Test Center, and once they pass submits the generated test report, checked, to the tax authority for confirmation.',
    ),
  },
  'P-CAP-05': {
    source: 'G4.3 L267–271; A3.R4 L572–574',
    clause: bi(
      '直连单位提交的能力测试报告经税务机关确认通过后，即可开通对应的能力。',
      'Once the tax authority confirms the unit’s capability test report, the capability is opened.',
    ),
  },
  'S-02': {
    source: 'A2.R2 L468–472',
    clause: bi(
      '甲方有权对乙方提交的能力订阅请求进行确认，对于乙方所在行业不具备能力适用条件的情形，可退回其能力订阅请求。',
      'The tax authority confirms the unit’s capability subscription requests and may return a request when the unit’s industry does not meet the capability’s applicability conditions.',
    ),
  },
  'P-CAP-06': {
    source: 'G4.4 L273–279',
    clause: bi(
      '直连单位可向使用单位发起能力授权，邀请对方使用本乐企自用已开通的能力。使用单位确认授权后，即可以通过该乐企自用使用该能力。',
      'The direct-connect unit may authorize a using unit to use a capability opened for its self-use system; once the using unit accepts, it can use the capability through that system.',
    ),
  },
  'E-UU-8': {
    source: 'G4.4 L281–283',
    clause: bi(
      '对于部分针对特殊行业或用途的能力，使用单位应按照相关法律法规提供相应行业资质等证明资料。',
      'For capabilities aimed at special industries or purposes, the using unit must provide the industry qualification and other proof required by law.',
    ),
  },
  'P-CHG-01': {
    source: 'G5.1 L288–297; A3.O1 L590–593',
    clause: bi(
      '如直连单位或使用单位的法定代表人或财务负责人、项目负责人身份、联系方式、机构地址等重要登记信息发生变更，需及时通过电子税务局中乐企平台提交至主管税务机关。',
      'If the legal representative, financial officer or project lead, their contact details, the institution address or other important registration information of the unit or a using unit changes, it must be submitted promptly to the competent tax authority through the Leqi platform of the e-tax bureau.',
    ),
  },
  'P-CHG-05': {
    source: 'F3 L731–764',
    clause: bi(
      '乐企直连服务网络地址备案表：备案事项为开通、变更或关闭，并载明使用有效期（长期 / 临时）、企业端生产环境 IP 地址、服务协议及端口号。',
      'Leqi direct-connect network address filing (Annex 3): the unit files the opening, change or closure of its network access, with the validity (long-term or temporary), its production IP addresses, protocol and ports.',
    ),
  },
  'T-14': {
    source: 'F3 L760',
    clause: bi(
      '乐企直连服务网络地址备案表“使用有效期”：长期，或临时（年 月 日至 年 月 日）；临时备案的有效期届满后网络准入终止（派生规则）。',
      'Network address filing, validity: long-term, or temporary from one date to another; a temporary filing admits the network only until its last day (derived).',
    ),
  },
  'S-12': {
    source: 'A3.O1 L590–593; A2.R7 L511–523 (derived mapping)',
    clause: bi(
      '乙方应确保自身及其使用单位符合《规范指引》的接入要求，同时做好变更事项报送、版本更新、资格延续、终止管理等相关维护保障工作；未按期履行的，按不履行协议义务处理（S-07）。',
      'The unit must keep itself and its using units within the Guideline’s access requirements and handle change reports, version updates, renewal and termination; a duty not met on time is treated as a breach of the agreement (S-07).',
    ),
  },
  'P-UU-01': {
    source: 'G3.1(2)1(1) L200–206; A3.R2 L562–566',
    clause: bi(
      '由直连单位邀请的，使用单位收到邀请通知，通过电子税务局中乐企平台确认邀请信息并填写主管税务机关、与直连单位的关系，向使用单位主管税务机关发起使用请求。',
      'When invited by the direct-connect unit, the using unit receives the invitation notice, confirms it on the Leqi platform of the e-tax bureau, fills in its competent tax authority and its relationship with the direct-connect unit, and submits a use request to its own competent tax authority.',
    ),
  },
  'P-ONB-08': {
    source: 'G2.1(1)3–4 L86–98; G3.1(2)1 L200–212; F1 L357–372',
    clause: bi(
      '同时请求成为直连单位使用单位的企业，其营业收入和发票量计入直连单位接入条件；其使用请求由使用单位主管税务机关确认。',
      'Units requesting to become using units at the same time as the direct-connect unit count towards its access thresholds; their use request is confirmed by the using unit’s own competent tax authority.',
    ),
  },
  'P-UU-02': {
    source: 'G3.1(2)1(2) L208–212; A3.R2 L562–566',
    clause: bi(
      '由使用单位申请授权的，使用单位通过电子税务局中乐企平台向直连单位发起授权申请，取得直连单位同意后再向使用单位主管税务机关发起使用请求。',
      'When the using unit applies, it sends an authorization application to the direct-connect unit through the Leqi platform of the e-tax bureau and, once the direct-connect unit consents, submits a use request to its own competent tax authority.',
    ),
  },
  'P-UU-04': {
    source: 'G1.3 L54–56; A3.O1 L586–590',
    clause: bi(
      '直连单位负责对接乐企平台，邀请或授权使用单位接入乐企平台并及时维护与使用单位的关联关系台账。',
      'The direct-connect unit connects to the Leqi platform, invites or authorizes its using units to join it, and keeps its ledger of relationships with the using units up to date.',
    ),
  },
  'P-UU-06': {
    source: 'rules.md §3.2 (derived); G5.4 L326–330; A2.R5–R8 L492–527',
    clause: bi(
      '《规范指引》未规定使用单位自行退出的程序；使用单位因直连单位终止服务备案、不再符合接入条件、税务机关采取的处理措施或直连单位终止而终止使用乐企服务（派生规则）。',
      'The Guideline has no exit procedure of the using unit’s own; a using unit’s service ends through the direct-connect unit’s termination filing, loss of eligibility, a tax-authority measure, or the end of the direct-connect unit (derived).',
    ),
  },
  'Q-28': {
    source: 'G3.1(2)1(1) L200–206; decisions.md (invitation expiry)',
    clause: bi(
      '使用单位收到邀请通知，通过电子税务局中乐企平台确认邀请信息并发起使用请求；《规范指引》未规定邀请有效期，按政策设定：在规定期限内（默认 30 日）未确认的，邀请失效（政策值，非规范原文）。',
      'The using unit confirms the invitation on the Leqi platform and submits its use request; the Guideline sets no expiry, so by policy an invitation not confirmed within the set period (30 days by default) lapses (a policy value, not the text).',
    ),
  },
  'E-UU-3': {
    source: 'G2.2(1)3 L142–143',
    clause: bi(
      '纳税信用等级为 A、B、M 级（B、M 级纳税人需要定期提供货物流、资金流、现金流的有关数据）。',
      'The tax credit rating is A, B or M (B- and M-rated taxpayers must periodically provide goods-flow, funds-flow and cash-flow data).',
    ),
  },
  'E-UU-7': {
    source: 'G3.1(2)2(1) L216–220',
    clause: bi(
      '使用单位应提供能够证明与直连单位关联关系的相关材料。使用单位为省级及以上税务机关确定的铁路、民航、公路等隶属于统一政府业务监管部门的，无需提供。',
      'The using unit must provide material proving its relationship with the direct-connect unit; units in railway, civil aviation, highway and similar sectors under a unified government business-supervision department, as designated by a tax authority at provincial level or above, need not.',
    ),
  },
  'O-27': {
    source: 'G2.2(1)3 L142–143; F4.3(1)2 L806–808',
    clause: bi(
      '使用单位纳税信用等级为 A、B、M 级（B、M 级纳税人需要定期提供货物流、资金流、现金流的有关数据）；被授权单位纳税信用等级为 A、B 级（B 级纳税人需要定期提供货物流、资金流、现金流的有关数据）。',
      'A using unit is rated A, B or M, and B- and M-rated using units must periodically provide goods-flow, funds-flow and cash-flow data; an authorized builder is rated A or B, and a B-rated one must provide the same data.',
    ),
  },
  'T-18': {
    source: 'A2.D1 L533–537 (甲方义务1); decisions.md (pending officer decisions)',
    clause: bi(
      '税务机关对乙方提交的请求及时受理确认并反馈结果；“及时”无具体时限，按政策设定：等待税务机关处理超过 15 日的事项提醒督办（政策值，非规范原文）。',
      'The tax authority accepts, confirms and answers Party B’s requests "in a timely manner"; the text sets no number, so by policy a request waiting more than 15 days is escalated to the supervisor (a policy value, not the text).',
    ),
  },
  'T-17': {
    source: 'G2.2(1)3 L142–143; F4.3(1)2 L806–808; decisions.md (flow-data duty)',
    clause: bi(
      'B、M 级纳税人需要定期提供货物流、资金流、现金流的有关数据；《规范指引》未规定频次，按政策设定：默认按季度提供，最后期限为期间结束后第 15 日（政策值，非规范原文）。',
      'B- and M-rated taxpayers must periodically provide goods-flow, funds-flow and cash-flow data; the Guideline sets no frequency, so by policy it is quarterly by default, due on the 15th day after the period ends (a policy value, not the text).',
    ),
  },
} as const satisfies Record<string, RuleClause>;

export type CitedRule = keyof typeof RULE_CLAUSES;

export function isCitedRule(ruleId: string): ruleId is CitedRule {
  return Object.hasOwn(RULE_CLAUSES, ruleId);
}

/** the clause of `ruleId`, or a pointer to the catalogue for an id this table does not know */
export function clauseOf(ruleId: string): RuleClause {
  if (isCitedRule(ruleId)) return RULE_CLAUSES[ruleId];
  return { source: 'rules.md', clause: bi(`详见规则目录 ${ruleId}。`, `See rule ${ruleId} in the rules catalogue.`) };
}
