/**
 * Templates of the compliance notices (cases S-04…S-08, E-DCU-14, incidents P-SEC-01). The case
 * notices read the facts of `caseNotice()` in machines/unit/chart.ts (`caseId`, `kind`,
 * `measures`, `dueOn`, `target`, `details`, `outcome`; `reason` from TERMINATE) and say nothing
 * they are not given. Overdue duties (obligationOverdue) are in lifecycleTemplates.ts.
 */
import { z } from 'zod';
import { addDays, CalendarDate } from '../../machines/calendar.js';
import { atInstant, onDate } from './dates.js';
import type { NoticeContent, NoticeContext, TemplateDef } from './templateDef.js';
import { bi, LABELS, type Bilingual } from './text.js';

const day = CalendarDate.nullish().transform((v) => v ?? null);
const text = z.union([z.string(), z.number()]).nullish().transform((v) => (v === null || v === undefined ? null : String(v)));

const CaseFacts = z.object({
  caseId: text,
  kind: text,
  dueOn: day,
  measures: text,
  details: text,
  outcome: text,
  opinion: text,
  /** the using unit a case is about, if not the unit itself */
  target: text,
  occurredOn: day,
  /** caseClosed from TERMINATE */
  reason: text,
});
type CaseFacts = z.output<typeof CaseFacts>;

const KIND: Record<string, Bilingual> = {
  riskWarning: bi('风险预警', 'risk warning'),
  nonCompliance: bi('不符合接入条件', 'access conditions not met'),
  securityThreat: bi('安全隐患', 'security threat'),
  obligationBreach: bi('未履行协议义务', 'breach of obligations'),
  seriousViolation: bi('严重违法行为', 'serious violation'),
  eligibility: bi('接入条件变化', 'change in eligibility'),
};

const MEASURE: Record<string, Bilingual> = {
  reminder: bi('提醒', 'reminder'),
  interview: bi('约谈', 'interview'),
  stopNewUsingUnits: bi('暂停新增使用单位', 'no new using units'),
  stopCapabilities: bi('暂停使用乐企能力', 'capabilities suspended'),
  suspendAccess: bi('暂停接入服务', 'access suspended'),
};

const OUTCOME: Record<string, Bilingual> = {
  restored: bi('恢复正常服务', 'service restored'),
  rectified: bi('整改完成', 'rectified'),
  measureRecorded: bi('已采取风险防范措施', 'risk measure recorded'),
  terminated: bi('终止接入服务', 'access terminated'),
  dismissed: bi('不予立案', 'dismissed'),
  confirmed: bi('已确认', 'confirmed'),
};

const words = (table: Record<string, Bilingual>, value: string | null): Bilingual => {
  if (!value) return LABELS.none;
  const parts = value.split(/[;,]\s*/).filter(Boolean).map((v) => table[v] ?? bi(v, v));
  return bi(parts.map((p) => p.zh).join('、'), parts.map((p) => p.en).join(', '));
};
const plain = (s: string | null): Bilingual => (s ? bi(s, s) : LABELS.none);
const caseName = (f: CaseFacts): Bilingual => {
  const kind = words(KIND, f.kind);
  return bi(`案件 ${f.caseId ?? '—'}（${kind.zh}）`, `case ${f.caseId ?? '—'} (${kind.en})`);
};
const caseDetails = (f: CaseFacts) => [
  { label: bi('案件', 'Case'), value: plain(f.caseId) },
  { label: bi('类型', 'Kind'), value: words(KIND, f.kind) },
  ...(f.target ? [{ label: bi('涉及使用单位', 'Using unit concerned'), value: plain(f.target) }] : []),
  { label: bi('措施', 'Measures'), value: words(MEASURE, f.measures) },
  { label: bi('期限（含当日）', 'Due (last day)'), value: f.dueOn ? onDate(f.dueOn) : LABELS.none },
  { label: bi('说明', 'Details'), value: plain(f.details) },
];
const rectifyBy = (f: CaseFacts) => ({
  what: f.dueOn
    ? bi(`请在 ${onDate(f.dueOn).zh}前完成整改，并通过乐企平台反馈整改结果。`, `Complete the rectification and report the result on the Leqi platform by ${onDate(f.dueOn).en}.`)
    : bi('请按主管税务机关的要求配合处理。', 'Cooperate as the competent tax authority requires.'),
  by: f.dueOn,
});

const caseTemplate = (render: (f: CaseFacts, c: NoticeContext) => NoticeContent): TemplateDef<typeof CaseFacts> => ({ facts: CaseFacts, render });

export const CASE_TEMPLATES = {
  caseOpened: caseTemplate((f, { at }) => ({
    title: bi('合规案件已立案', 'Compliance case opened'),
    happened: bi(`${caseName(f).zh}已于 ${atInstant(at).zh}立案。措施：${words(MEASURE, f.measures).zh}。${f.details ?? ''}`, `${caseName(f).en} was opened on ${atInstant(at).en}. Measures: ${words(MEASURE, f.measures).en}. ${f.details ?? ''}`),
    todo: { unit: rectifyBy(f), usingUnits: rectifyBy(f), officer: { what: bi('请跟踪整改并在期限内确认结果。', 'Follow the rectification and confirm the result within the window.'), by: f.dueOn } },
    details: caseDetails(f),
  })),
  caseUpdated: caseTemplate((f, { at }) => ({
    title: bi('合规案件有新进展', 'Compliance case updated'),
    happened: bi(`${caseName(f).zh}于 ${atInstant(at).zh}更新。${f.details ?? ''}`, `${caseName(f).en} was updated on ${atInstant(at).en}. ${f.details ?? ''}`),
    todo: { unit: rectifyBy(f) },
    details: caseDetails(f),
  })),
  caseEscalated: caseTemplate((f, { at }) => ({
    title: bi('合规案件已升级，请税务机关处理', 'Compliance case escalated'),
    happened: bi(`${caseName(f).zh}于 ${atInstant(at).zh}升级（如反馈逾期）。${f.details ?? ''}`, `${caseName(f).en} was escalated on ${atInstant(at).en} (e.g. feedback overdue). ${f.details ?? ''}`),
    todo: { officer: { what: bi('请决定后续风险防范措施。', 'Decide the further risk measures.'), by: null }, unit: rectifyBy(f) },
    details: caseDetails(f),
  })),
  caseDueSoon: caseTemplate((f) => ({
    title: bi('整改期限即将届满', 'Rectification window ends soon'),
    happened: bi(`${caseName(f).zh}的整改期限将于 ${f.dueOn ? onDate(f.dueOn).zh : '—'}届满，整改结果尚未确认。`, `The rectification window of ${caseName(f).en} ends on ${f.dueOn ? onDate(f.dueOn).en : '—'} and the rectification is not confirmed yet.`),
    todo: {
      unit: f.dueOn
        ? { what: bi(`请在 ${onDate(f.dueOn).zh}前完成整改并反馈；未达到整改要求的，将于 ${onDate(addDays(f.dueOn, 1)).zh}终止接入服务。`, `Complete and report the rectification by ${onDate(f.dueOn).en}; otherwise access is terminated on ${onDate(addDays(f.dueOn, 1)).en}.`), by: f.dueOn }
        : rectifyBy(f),
      officer: { what: bi('如整改已符合要求，请在期限内确认（CONFIRM_RECTIFIED）。', 'If the rectification is satisfactory, confirm it within the window (CONFIRM_RECTIFIED).'), by: f.dueOn },
    },
    details: caseDetails(f),
  })),
  caseClosed: caseTemplate((f, { at }) => ({
    title: bi('合规案件已结案', 'Compliance case closed'),
    happened: bi(`${caseName(f).zh}已于 ${atInstant(at).zh}结案：${words(OUTCOME, f.outcome).zh}。${f.reason ?? f.opinion ?? ''}`, `${caseName(f).en} was closed on ${atInstant(at).en}: ${words(OUTCOME, f.outcome).en}. ${f.reason ?? f.opinion ?? ''}`),
    todo: {},
    details: [...caseDetails(f), { label: bi('结果', 'Outcome'), value: words(OUTCOME, f.outcome) }],
  })),
  terminationProposed: caseTemplate((f, { at }) => ({
    title: bi('拟终止接入服务（待确认）', 'Termination proposed (awaiting confirmation)'),
    happened: bi(`${caseName(f).zh}于 ${atInstant(at).zh}再次发现相关行为，系统建议终止接入服务。${f.details ?? ''}`, `In ${caseName(f).en} the behaviour recurred on ${atInstant(at).en}; termination of access is proposed. ${f.details ?? ''}`),
    todo: { officer: { what: bi('请确认终止（TERMINATE，附案件编号）或不予终止。', 'Confirm the termination (TERMINATE with the case id) or decline it.'), by: null } },
    details: caseDetails(f),
  })),
  eligibilityProposed: caseTemplate((f, { at }) => ({
    title: bi('接入条件变化：拟立案（待确认）', 'Eligibility change: case proposed'),
    happened: bi(`${atInstant(at).zh}收到接入条件变化报告，该单位可能不再符合接入条件：${f.details ?? '—'}`, `A change reported on ${atInstant(at).en} means the unit may no longer meet the access conditions: ${f.details ?? '—'}`),
    todo: { officer: { what: bi('请确认立案（CONFIRM_PROPOSED_CASE）或不予立案（DISMISS_PROPOSED_CASE）。', 'Confirm the case (CONFIRM_PROPOSED_CASE) or dismiss it (DISMISS_PROPOSED_CASE).'), by: null } },
    details: caseDetails(f),
  })),
  securityIncident: caseTemplate((f, { unit }) => ({
    title: bi('数据安全事件报告', 'Data-security incident report'),
    happened: bi(`“${unit.zh}”报告了一起数据安全事件${f.occurredOn ? `（发生于 ${onDate(f.occurredOn).zh}）` : ''}：${f.details ?? '—'}`, `${unit.en} reported a data-security incident${f.occurredOn ? ` (occurred on ${onDate(f.occurredOn).en})` : ''}: ${f.details ?? '—'}`),
    todo: {
      provincialBureau: { what: bi('请知悉并按数据安全管理要求处理。', 'Take note and handle it under the data-security rules.'), by: null },
      officer: { what: bi('请跟进该事件。', 'Follow up the incident.'), by: null },
    },
    details: [{ label: bi('发生日期', 'Occurred on'), value: f.occurredOn ? onDate(f.occurredOn) : LABELS.none }, { label: bi('说明', 'Details'), value: plain(f.details) }],
  })),
};
