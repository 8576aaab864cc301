/**
 * The console's words, Simplified Chinese first, English on request, and CST dates. Every date the
 * console shows is a CST calendar day (YYYY-MM-DD) or a CST time (YYYY-MM-DD HH:mm CST).
 */
import { cstDate, toCstInstant } from '../../machines/calendar.js';

/** the console's languages; `zh` (Simplified Chinese) is the default */
export const langs = ['zh', 'en'] as const;
export type Lang = (typeof langs)[number];

const zh = {
  title: '乐企直连单位管理台',
  signIn: '登录',
  signOut: '退出',
  token: '访问令牌',
  tokenHint: '使用 API 令牌登录（开发令牌由 npm start 打印）',
  badToken: '令牌无效，或该角色不能使用管理台（仅限税务机关人员与审计人员）',
  inbox: '待办',
  units: '直连单位',
  language: 'English',
  languageLabel: '切换语言',
  signedInAs: '当前用户',
  role_officer: '税务机关人员',
  role_auditor: '审计人员（只读）',
  role_system: '系统',
  authority: '主管税务机关',
  readOnly: '只读：审计人员不能执行操作',
  item_application: '接入申请待审核',
  item_renewal: '续期申请待决定',
  item_capabilityReport: '能力测试报告待确认',
  item_useRequest: '使用单位申请待审核',
  item_proposedCase: '拟立案待决定',
  item_proposedTermination: '拟终止待决定',
  item_feedback: '整改反馈待确认',
  item_overdueObligation: '义务已逾期',
  item_undecidedAtTermEnd: '期满未决的续期申请',
  all: '全部',
  filter: '筛选',
  kind: '类别',
  unit: '单位',
  rule: '规则',
  arrived: '到达日期',
  age: '已等待',
  days: '天',
  due: '办理期限',
  overdue: '已超期',
  supervisorThreshold: '督办阈值（T-18/T-25）：等待超过 {days} 天即上报分管领导',
  escalated: '已上报督办',
  nothingWaiting: '没有待办事项',
  count: '共 {n} 项',
  phase: '阶段',
  phase_prospect: '未申请',
  phase_underReview: '审核中',
  phase_returned: '已退回',
  phase_active: '正常',
  phase_suspended: '已暂停',
  phase_terminationScheduled: '待终止',
  phase_terminated: '已终止',
  termEnd: '期满日',
  nextDeadline: '下一期限',
  concurrency: '有效并发',
  openCases: '未结案件',
  search: '按统一社会信用代码或名称搜索',
  searchButton: '搜索',
  includeClosed: '含已关闭记录',
  previous: '上一页',
  next: '下一页',
  page: '第 {page} 页，共 {pages} 页',
  noUnits: '没有符合条件的单位',
  name: '名称',
  notFound: '未找到该单位',
  term: '资格期',
  termNumber: '第 {n} 期',
  startsOn: '起始日',
  endsOn: '期满日',
  renewalDueOn: '续期申请截止日',
  renewal: '续期',
  renewal_notRequested: '未申请',
  renewal_requested: '已申请，待决定',
  renewal_approved: '已批准',
  renewal_rejected: '已驳回',
  late: '逾期申请',
  base: '基准',
  restrictions: '限制',
  noRestrictions: '无限制',
  since: '起',
  cases: '案件',
  obligations: '义务',
  window: '期限',
  status: '状态',
  usingUnits: '使用单位',
  capabilities: '能力',
  network: '网络地址备案',
  none: '无',
  timeline: '时间线',
  timelineDesc: '过去的事件（审计记录）与将来的期限（接下来会发生什么），今天已标出',
  today: '今天',
  chart: '状态图',
  chartDesc: '由 XState 定义生成，当前状态高亮',
  audit: '审计记录',
  at: '时间',
  actor: '操作人',
  command: '命令',
  outcome: '结果',
  temporalUi: '在 Temporal Web UI 中查看工作流',
  actions: '操作',
  chooseAction: '选择操作',
  send: '提交',
  applied: '已执行',
  refused: '被拒绝',
  reason: '原因',
  invalidField: '此字段有误',
  whatNext: '接下来会发生什么',
  effect: '后果',
  pendingDecisions: '待决定事项',
  optional: '可选',
  onePerLine: '每行一项',
  json: 'JSON',
  skip: '跳到主要内容',
  cstNote: '所有日期均为北京时间（CST，UTC+8）',
  opinion: '意见',
} as const;

type Words = Record<keyof typeof zh, string>;

const en: Words = {
  title: 'Leqi direct-connect console',
  signIn: 'Sign in',
  signOut: 'Sign out',
  token: 'Access token',
  tokenHint: 'Sign in with an API token (npm start prints the dev tokens)',
  badToken: 'The token is not valid, or its role cannot use the console (officers and auditors only)',
  inbox: 'Inbox',
  units: 'Units',
  language: '中文',
  languageLabel: 'Switch language',
  signedInAs: 'Signed in as',
  role_officer: 'Tax officer',
  role_auditor: 'Auditor (read-only)',
  role_system: 'System',
  authority: 'Competent authority',
  readOnly: 'Read-only: an auditor sends no commands',
  item_application: 'Application to review',
  item_renewal: 'Renewal request to decide',
  item_capabilityReport: 'Capability test report to confirm',
  item_useRequest: 'Using-unit request to review',
  item_proposedCase: 'Proposed case to decide',
  item_proposedTermination: 'Proposed termination to decide',
  item_feedback: 'Rectification feedback to confirm',
  item_overdueObligation: 'Obligation overdue',
  item_undecidedAtTermEnd: 'Renewal undecided at term end',
  all: 'All',
  filter: 'Filter',
  kind: 'Kind',
  unit: 'Unit',
  rule: 'Rule',
  arrived: 'Arrived',
  age: 'Age',
  days: 'days',
  due: 'Due',
  overdue: 'overdue',
  supervisorThreshold: 'Supervisor threshold (T-18/T-25): waiting more than {days} days escalates to the supervisor',
  escalated: 'escalated',
  nothingWaiting: 'Nothing waits for you',
  count: '{n} items',
  phase: 'Phase',
  phase_prospect: 'Prospect',
  phase_underReview: 'Under review',
  phase_returned: 'Returned',
  phase_active: 'Active',
  phase_suspended: 'Suspended',
  phase_terminationScheduled: 'Termination scheduled',
  phase_terminated: 'Terminated',
  termEnd: 'Term end',
  nextDeadline: 'Next deadline',
  concurrency: 'Effective concurrency',
  openCases: 'Open cases',
  search: 'Search by USCC or name',
  searchButton: 'Search',
  includeClosed: 'Include closed records',
  previous: 'Previous',
  next: 'Next',
  page: 'Page {page} of {pages}',
  noUnits: 'No unit matches',
  name: 'Name',
  notFound: 'Unit not found',
  term: 'Term',
  termNumber: 'term {n}',
  startsOn: 'Starts',
  endsOn: 'Ends',
  renewalDueOn: 'Renewal due',
  renewal: 'Renewal',
  renewal_notRequested: 'not requested',
  renewal_requested: 'requested, undecided',
  renewal_approved: 'approved',
  renewal_rejected: 'rejected',
  late: 'late request',
  base: 'Base',
  restrictions: 'Restrictions',
  noRestrictions: 'No restriction',
  since: 'since',
  cases: 'Cases',
  obligations: 'Obligations',
  window: 'Window',
  status: 'Status',
  usingUnits: 'Using units',
  capabilities: 'Capabilities',
  network: 'Network filing',
  none: 'none',
  timeline: 'Timeline',
  timelineDesc: 'Past events (audit) and future deadlines (what happens next), today marked',
  today: 'today',
  chart: 'Chart',
  chartDesc: 'Drawn from the XState definition; the current state is highlighted',
  audit: 'Audit trail',
  at: 'At',
  actor: 'Actor',
  command: 'Command',
  outcome: 'Outcome',
  temporalUi: 'Open the workflow in the Temporal Web UI',
  actions: 'Actions',
  chooseAction: 'Choose an action',
  send: 'Send',
  applied: 'Done',
  refused: 'Refused',
  reason: 'Reason',
  invalidField: 'This field is not valid',
  whatNext: 'What happens next',
  effect: 'Effect',
  pendingDecisions: 'Waiting for a decision',
  optional: 'optional',
  onePerLine: 'one per line',
  json: 'JSON',
  skip: 'Skip to the main content',
  cstNote: 'All dates are China Standard Time (CST, UTC+8)',
  opinion: 'Opinion',
};

/** The words of a language; `{name}` placeholders are filled from `vars`. */
export type T = (key: keyof typeof zh, vars?: Record<string, string | number>) => string;

export function translator(lang: Lang): T {
  const words: Words = lang === 'en' ? en : zh;
  return (key, vars = {}) => words[key].replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** a word for a dynamic key (phase, item kind, renewal), falling back to the key itself */
export function word(t: T, prefix: string, value: string): string {
  const key = `${prefix}_${value}` as keyof typeof zh;
  return key in zh ? t(key) : value;
}

/** the CST calendar day of an instant or a day: `2027-03-15` */
export function cstDay(value: string | null | undefined): string {
  if (!value) return '—';
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : cstDate(value);
}

/**
 * The last day before an instant that ends a day (`…At` = 00:00 CST after the last day, contract):
 * `2026-12-16T00:00:00+08:00` → `2026-12-15`; any other instant → its own CST day.
 */
export function cstLastDay(instant: string | null | undefined): string {
  if (!instant) return '—';
  const ms = Date.parse(instant);
  return toCstInstant(ms).slice(11, 19) === '00:00:00' ? cstDate(ms - 1) : cstDate(ms);
}

/** an instant in CST to the minute: `2027-03-15 09:30 CST` */
export function cstTime(value: string | null | undefined): string {
  if (!value) return '—';
  return `${toCstInstant(Date.parse(value)).slice(0, 16).replace('T', ' ')} CST`;
}

/** The language of a request: `?lang=` first, then the cookie, then Chinese. */
export function langOf(query: string | undefined, cookie: string | undefined): Lang {
  const pick = (v: string | undefined): Lang | null => ((langs as readonly string[]).includes(v ?? '') ? (v as Lang) : null);
  return pick(query) ?? pick(cookie) ?? 'zh';
}
