/**
 * One typed template per `NoticeTemplate` id: the facts it needs (a zod schema over the chart's
 * `facts`) and what it says, in Simplified Chinese and English — what happened, what each
 * audience must do and by which CST date. The layout (HTML, text, language order) is render.ts.
 * Adding a notice kind to the chart without a template here is a type error.
 */
import { z } from 'zod';
import { addDays, CalendarDate, cstDate } from '../../machines/calendar.js';
import type { Audience, NoticeTemplate } from '../../machines/notice.js';
import { atInstant, onDate } from './dates.js';
import { CASE_TEMPLATES } from './caseTemplates.js';
import { LIFECYCLE_TEMPLATES } from './lifecycleTemplates.js';
import { MEMBERSHIP_TEMPLATES } from './membershipTemplates.js';
import type { Action, NoticeContent, NoticeContext, TemplateDef } from './templateDef.js';
import { bi, LABELS, type Bilingual } from './text.js';

export type { Action, NoticeContent, NoticeContext, TemplateDef } from './templateDef.js';

const template = <S extends z.ZodType>(facts: S, render: (facts: z.output<S>, context: NoticeContext) => NoticeContent): TemplateDef<S> => ({ facts, render });

// fact kinds: the chart passes null where a value is not known yet
const day = CalendarDate.nullish().transform((v) => v ?? null);
const text = z.string().nullish().transform((v) => v ?? null);
const count = z.number().nullish().transform((v) => v ?? null);
const instant = z.iso.datetime({ offset: true }).nullish().transform((v) => v ?? null);
const yesNo = z.enum(['yes', 'no']).nullish().transform((v) => v ?? null);

const dash = LABELS.none;
const dayOr = (d: string | null): Bilingual => (d ? onDate(d) : dash);
const textOr = (s: string | null): Bilingual => (s ? bi(s, s) : dash);
const numberOr = (n: number | null): Bilingual => (n === null ? dash : bi(String(n), String(n)));
/** the first instant without service after the last day `d` */
const endsAt = (d: string): Bilingual => {
  const next = onDate(addDays(d, 1));
  return bi(next.zh.replace('（北京时间）', ' 00:00（北京时间）'), next.en.replace(' (CST)', ', 00:00 (CST)'));
};

const termDetails = (startsOn: string | null, endsOn: string | null) => [
  { label: bi('接入期限起', 'Term starts'), value: dayOr(startsOn) },
  { label: bi('接入期限止（含当日）', 'Term ends (last day)'), value: dayOr(endsOn) },
];

/** the late-renewal consequence, shared by the reminders and the ladder */
const renewNow = (endsOn: string | null): Action => ({
  what: endsOn
    ? bi(
        `请立即在乐企平台发起延期请求。接入期限于 ${onDate(endsOn).zh}届满，届满时仍未提交的，乐企接入资格将于 ${endsAt(endsOn).zh}终止。`,
        `Submit your renewal request on the Leqi platform now. Your term ends on ${onDate(endsOn).en}; if no request has been submitted by then, your Leqi access qualification ends at ${endsAt(endsOn).en}.`,
      )
    : bi('请立即在乐企平台发起延期请求。', 'Submit your renewal request on the Leqi platform now.'),
  by: endsOn,
});

const serviceEnded = (unit: Bilingual): Partial<Record<Audience, Action>> => ({
  unit: {
    what: bi(
      '请停止通过乐企自用系统调用平台服务，告知贵单位的使用单位，并按要求留存相关记录。记录办结后方可重新发起接入请求。',
      'Stop calling platform services from your self-use system, tell your using units, and keep the required records. A new access request is possible once the record is closed.',
    ),
    by: null,
  },
  usingUnits: {
    what: bi(
      `贵单位不能再通过直连单位“${unit.zh}”的自用系统使用乐企服务；如需继续使用，请另行安排接入。`,
      `You can no longer use Leqi services through the self-use system of ${unit.en}; arrange another connection if you need to continue.`,
    ),
    by: null,
  },
  officer: {
    what: bi('无需操作；终止满六个月后记录自动办结，也可提前归档（ARCHIVE）。', 'No action needed; the record closes six months after termination, or earlier when you archive it (ARCHIVE).'),
    by: null,
  },
});

export const TEMPLATES = {
  applicationReceived: template(z.object({ eligible: yesNo, resubmitted: yesNo }), (f, { unit, at }) => ({
    title: f.resubmitted === 'yes' ? bi('接入请求已重新提交', 'Access request resubmitted') : bi('接入请求已受理', 'Access request received'),
    happened: bi(
      `“${unit.zh}”于 ${atInstant(at).zh}向主管税务机关${f.resubmitted === 'yes' ? '重新提交了' : '提交了'}乐企直连服务接入请求。`,
      `${unit.en} ${f.resubmitted === 'yes' ? 'resubmitted' : 'submitted'} its Leqi direct-connect access request to its competent tax authority on ${atInstant(at).en}.`,
    ),
    todo: {
      unit: { what: bi('请等待主管税务机关确认；确认结果及相关意见可在乐企平台查询，并将以邮件通知。', 'Wait for the competent tax authority to decide; the result and its opinion will be on the Leqi platform and sent to you by e-mail.'), by: null },
      officer: { what: bi('请及时受理并审核该接入请求，予以确认或退回（附意见）。', 'Review the access request promptly and confirm or return it, with your opinion.'), by: null },
    },
    details: [
      {
        label: bi('资格自检', 'Eligibility self-check'),
        value: f.eligible === 'yes' ? bi('符合接入条件', 'meets the access conditions') : f.eligible === 'no' ? bi('存在未满足的接入条件', 'some access conditions are not met') : dash,
      },
    ],
  })),

  applicationReturned: template(z.object({ opinion: text, reasons: text }), (f) => ({
    title: bi('接入请求已退回', 'Access request returned'),
    happened: bi(`主管税务机关退回了接入请求。意见：${f.opinion ?? '—'}`, `The competent tax authority returned the access request. Opinion: ${f.opinion ?? '—'}`),
    todo: {
      unit: { what: bi('请根据退回意见补正材料后，在乐企平台重新提交接入请求。', 'Correct the materials as the opinion asks and resubmit the access request on the Leqi platform.'), by: null },
    },
    details: [
      { label: bi('税务机关意见', 'Opinion'), value: textOr(f.opinion) },
      { label: bi('退回原因', 'Reasons'), value: textOr(f.reasons) },
    ],
  })),

  applicationApproved: template(z.object({ opinion: text, startsOn: day, endsOn: day, renewalDueOn: day }), (f) => ({
    title: bi('接入请求已确认，乐企服务开通', 'Access request approved: Leqi service open'),
    happened: bi(
      `主管税务机关已确认接入请求，乐企服务开通。接入期限自 ${dayOr(f.startsOn).zh}起至 ${dayOr(f.endsOn).zh}止（含当日）。`,
      `The competent tax authority approved the access request and Leqi service is open. The term runs from ${dayOr(f.startsOn).en} to ${dayOr(f.endsOn).en} (last day included).`,
    ),
    todo: {
      unit: {
        what: f.renewalDueOn
          ? bi(`如需在期满后继续使用，请不晚于 ${onDate(f.renewalDueOn).zh}在乐企平台发起延期请求。`, `To continue after the term, submit a renewal request on the Leqi platform no later than ${onDate(f.renewalDueOn).en}.`)
          : bi('如需在期满后继续使用，请在到期前 3 个月发起延期请求。', 'To continue after the term, request renewal no later than three months before it ends.'),
        by: f.renewalDueOn,
      },
    },
    details: [{ label: bi('税务机关意见', 'Opinion'), value: textOr(f.opinion) }, ...termDetails(f.startsOn, f.endsOn), { label: bi('延期请求期限', 'Renewal request due'), value: dayOr(f.renewalDueOn) }],
  })),

  renewalDue: template(z.object({ renewalDueOn: day, endsOn: day }), (f) => ({
    title: bi('请发起资格延续（延期）请求', 'Renewal request due'),
    happened: bi(`贵单位的乐企接入期限将于 ${dayOr(f.endsOn).zh}届满，尚未发起延期请求。`, `Your Leqi access term ends on ${dayOr(f.endsOn).en} and no renewal request has been made yet.`),
    todo: {
      unit: {
        what: f.renewalDueOn
          ? bi(
              `如需继续使用，请不晚于 ${onDate(f.renewalDueOn).zh}在乐企平台发起延期请求。逾期未发起的，自 ${endsAt(f.renewalDueOn).zh}起平台业务处理并发量将受到限制；期满仍未提交的，接入资格终止。`,
              `To continue, submit a renewal request on the Leqi platform no later than ${onDate(f.renewalDueOn).en}. Otherwise your business-processing concurrency is limited from ${endsAt(f.renewalDueOn).en}, and your access qualification ends with the term if no request has been made by then.`,
            )
          : bi('如需继续使用，请尽快在乐企平台发起延期请求。', 'To continue, submit a renewal request on the Leqi platform as soon as possible.'),
        by: f.renewalDueOn,
      },
    },
    details: [{ label: bi('延期请求期限', 'Renewal request due'), value: dayOr(f.renewalDueOn) }, { label: bi('接入期限止', 'Term ends'), value: dayOr(f.endsOn) }],
  })),

  renewalRequested: template(z.object({ endsOn: day, late: yesNo }), (f, { unit, at }) => ({
    title: bi('已收到资格延续请求', 'Renewal request received'),
    happened: bi(
      `“${unit.zh}”于 ${atInstant(at).zh}发起了延期请求${f.late === 'yes' ? '（逾期发起：晚于延期请求期限，早于期满）' : '（在期限内）'}。`,
      `${unit.en} requested renewal on ${atInstant(at).en}${f.late === 'yes' ? ' (late: after the renewal due date, before the term ends)' : ' (on time)'}.`,
    ),
    todo: {
      unit: { what: bi('请等待主管税务机关确定延续期限，结果将通过乐企平台及邮件通知。', 'Wait for the competent tax authority to set the renewed term; the result will be on the Leqi platform and sent by e-mail.'), by: null },
      officer: {
        what: bi('请审核该延期请求：同意并确定延续期限，或不予延续。期满仍未决定的，系统每日提醒。', 'Decide the renewal request: approve it with the renewed term end, or reject it. Undecided at term end, it is escalated to you daily.'),
        by: f.endsOn,
      },
    },
    details: [{ label: bi('接入期限止', 'Term ends'), value: dayOr(f.endsOn) }],
  })),

  renewalApproved: template(z.object({ startsOn: day, endsOn: day, renewalDueOn: day }), (f) => ({
    title: bi('资格延续已同意', 'Renewal approved'),
    happened: bi(
      `主管税务机关已同意延续。延续后的接入期限自 ${dayOr(f.startsOn).zh}起至 ${dayOr(f.endsOn).zh}止（含当日）。`,
      `The competent tax authority approved the renewal. The renewed term runs from ${dayOr(f.startsOn).en} to ${dayOr(f.endsOn).en} (last day included).`,
    ),
    todo: {
      unit: f.renewalDueOn
        ? { what: bi(`下一次延期请求请不晚于 ${onDate(f.renewalDueOn).zh}发起。`, `Submit the next renewal request no later than ${onDate(f.renewalDueOn).en}.`), by: f.renewalDueOn }
        : { what: bi('目前无需办理；新期限开始时将告知下一次延期请求期限。', 'Nothing to do now; the next renewal due date follows when the renewed term starts.'), by: null },
    },
    details: termDetails(f.startsOn, f.endsOn),
  })),

  renewalRejected: template(z.object({ opinion: text, endsOn: day }), (f) => ({
    title: bi('资格延续不予同意', 'Renewal rejected'),
    happened: bi(
      `主管税务机关不予延续。意见：${f.opinion ?? '—'}。接入期限于 ${dayOr(f.endsOn).zh}届满。`,
      `The competent tax authority rejected the renewal. Opinion: ${f.opinion ?? '—'}. The term ends on ${dayOr(f.endsOn).en}.`,
    ),
    todo: {
      unit: {
        what: f.endsOn
          ? bi(`请在 ${onDate(f.endsOn).zh}前做好停止使用乐企服务的安排并告知使用单位；接入资格将于 ${endsAt(f.endsOn).zh}终止。`, `Prepare to stop using Leqi services and tell your using units by ${onDate(f.endsOn).en}; your access qualification ends at ${endsAt(f.endsOn).en}.`)
          : bi('请做好停止使用乐企服务的安排并告知使用单位。', 'Prepare to stop using Leqi services and tell your using units.'),
        by: f.endsOn,
      },
    },
    details: [{ label: bi('税务机关意见', 'Opinion'), value: textOr(f.opinion) }, { label: bi('接入期限止', 'Term ends'), value: dayOr(f.endsOn) }],
  })),

  renewalOverdueThrottle: template(z.object({ step: count, limit: count, renewalDueOn: day, endsOn: day }), (f, { at }) => ({
    title: f.limit === null ? bi('逾期未发起延期请求', 'Renewal overdue') : bi('逾期未发起延期请求：限制并发量', 'Renewal overdue: concurrency limited'),
    happened:
      f.limit === null
        ? bi(`贵单位未在 ${dayOr(f.renewalDueOn).zh}前发起延期请求，税务机关将决定是否限制平台业务处理并发量。`, `No renewal request was made by ${dayOr(f.renewalDueOn).en}; the tax authority will decide whether to limit your business-processing concurrency.`)
        : bi(
            `贵单位未在 ${dayOr(f.renewalDueOn).zh}前发起延期请求。自 ${atInstant(at).zh}起，平台业务处理并发量限制为 ${f.limit}。`,
            `No renewal request was made by ${dayOr(f.renewalDueOn).en}. From ${atInstant(at).en} your business-processing concurrency is limited to ${f.limit}.`,
          ),
    todo: {
      unit: renewNow(f.endsOn),
      officer: { what: bi(`请决定是否限制该单位的并发量（第 ${f.step ?? 1} 步，SET_CONCURRENCY）。`, `Decide whether to limit the unit’s concurrency (step ${f.step ?? 1}, SET_CONCURRENCY).`), by: null },
    },
    details: [
      { label: bi('并发量上限', 'Concurrency limit'), value: numberOr(f.limit) },
      { label: bi('延期请求期限', 'Renewal request due'), value: dayOr(f.renewalDueOn) },
      { label: bi('接入期限止', 'Term ends'), value: dayOr(f.endsOn) },
    ],
  })),

  throttleStep: template(z.object({ step: count, limit: count, renewalDueOn: day, endsOn: day }), (f, { at }) => ({
    title: bi('仍未发起延期请求：进一步降低并发量', 'Still no renewal request: concurrency lowered further'),
    happened: bi(
      `经提醒，贵单位仍未发起延期请求。自 ${atInstant(at).zh}起，平台业务处理并发量进一步降低为 ${f.limit ?? '—'}（第 ${f.step ?? '—'} 步）。`,
      `After the reminder, still no renewal request has been made. From ${atInstant(at).en} your business-processing concurrency is lowered to ${f.limit ?? '—'} (step ${f.step ?? '—'}).`,
    ),
    todo: { unit: renewNow(f.endsOn) },
    details: [
      { label: bi('并发量上限', 'Concurrency limit'), value: numberOr(f.limit) },
      { label: bi('延期请求期限', 'Renewal request due'), value: dayOr(f.renewalDueOn) },
      { label: bi('接入期限止', 'Term ends'), value: dayOr(f.endsOn) },
    ],
  })),

  renewalUndecided: template(z.object({ endsOn: day, requestedAt: instant, daysWaiting: count }), (f, { unit, at }) => ({
    title: bi('延期请求待决定（已期满）', 'Renewal request undecided after the term ended'),
    happened: bi(
      `“${unit.zh}”${f.requestedAt ? `于 ${atInstant(f.requestedAt).zh}` : ''}发起的延期请求尚未决定；其接入期限已于 ${dayOr(f.endsOn).zh}届满（已过 ${f.daysWaiting ?? '—'} 日）。决定前该单位继续使用服务。`,
      `The renewal request of ${unit.en}${f.requestedAt ? ` made on ${atInstant(f.requestedAt).en}` : ''} is still undecided; its term ended on ${dayOr(f.endsOn).en} (${f.daysWaiting ?? '—'} days ago). The unit keeps its service until you decide.`,
    ),
    todo: {
      officer: { what: bi('请立即作出决定：同意延续并确定延续期限，或不予延续。', 'Decide now: approve the renewal with the renewed term end, or reject it.'), by: cstDate(at) },
    },
    details: [{ label: bi('接入期限止', 'Term ended'), value: dayOr(f.endsOn) }, { label: bi('已等待（日）', 'Days waiting'), value: numberOr(f.daysWaiting) }],
  })),

  noRequestAtTermEnd: template(z.object({ endsOn: day, daysWaiting: count }), (f, { unit, at }) => ({
    title: bi('期满未申请延期：待确认终止', 'No renewal request at term end: termination awaits your confirmation'),
    happened: bi(
      `“${unit.zh}”的接入期限已于 ${dayOr(f.endsOn).zh}届满（已过 ${f.daysWaiting ?? '—'} 日），期满前未发起延期请求。按本地政策，终止须由主管税务机关确认；确认前该单位继续使用服务，期满后的延期请求不予受理。`,
      `The term of ${unit.en} ended on ${dayOr(f.endsOn).en} (${f.daysWaiting ?? '—'} days ago) with no renewal request. Under the local policy the termination needs your confirmation; until then the unit keeps its service, and a renewal request after the last day is refused.`,
    ),
    todo: {
      officer: { what: bi('请立即确认终止（TERMINATE，规则 T-03）。', 'Confirm the termination now (TERMINATE, rule T-03).'), by: cstDate(at) },
    },
    details: [{ label: bi('接入期限止', 'Term ended'), value: dayOr(f.endsOn) }, { label: bi('已过（日）', 'Days since'), value: numberOr(f.daysWaiting) }],
  })),

  newTermStarted: template(z.object({ startsOn: day, endsOn: day, renewalDueOn: day }), (f) => ({
    title: bi('延续后的接入期限开始', 'Renewed term started'),
    happened: bi(`延续后的接入期限自 ${dayOr(f.startsOn).zh}起生效，至 ${dayOr(f.endsOn).zh}止（含当日）。`, `The renewed term took effect on ${dayOr(f.startsOn).en} and runs to ${dayOr(f.endsOn).en} (last day included).`),
    todo: {
      unit: f.renewalDueOn
        ? { what: bi(`如需继续使用，下一次延期请求请不晚于 ${onDate(f.renewalDueOn).zh}发起。`, `To continue after this term, request renewal no later than ${onDate(f.renewalDueOn).en}.`), by: f.renewalDueOn }
        : { what: bi('如需继续使用，请在到期前 3 个月发起延期请求。', 'To continue, request renewal no later than three months before the term ends.'), by: null },
    },
    details: [...termDetails(f.startsOn, f.endsOn), { label: bi('延期请求期限', 'Renewal request due'), value: dayOr(f.renewalDueOn) }],
  })),

  concurrencySet: template(z.object({ limit: count, reason: text }), (f, { at }) => ({
    title: bi('平台业务处理并发量已调整', 'Concurrency limit set'),
    happened: bi(
      `主管税务机关自 ${atInstant(at).zh}起将贵单位的平台业务处理并发量设定为 ${f.limit ?? '—'}。理由：${f.reason ?? '—'}。`,
      `From ${atInstant(at).en} the competent tax authority set your business-processing concurrency to ${f.limit ?? '—'}. Reason: ${f.reason ?? '—'}.`,
    ),
    todo: { unit: { what: bi('请按该并发量安排业务处理；如有异议，请联系主管税务机关。', 'Plan your processing within this limit; contact your competent tax authority if you disagree.'), by: null } },
    details: [{ label: bi('并发量上限', 'Concurrency limit'), value: numberOr(f.limit) }, { label: bi('理由', 'Reason'), value: textOr(f.reason) }],
  })),

  termEnded: template(z.object({ endsOn: day, renewal: text }), (f, { unit }) => ({
    title: bi('乐企接入资格已终止（期满未延续）', 'Leqi access ended: term over without renewal'),
    happened: bi(
      `${f.renewal === 'rejected' ? '延期请求未获同意' : '期满仍未提交延续请求'}，“${unit.zh}”的接入期限已于 ${dayOr(f.endsOn).zh}届满，乐企平台接入资格${f.endsOn ? `自 ${endsAt(f.endsOn).zh}起` : ''}终止，服务协议同时废止。`,
      `${f.renewal === 'rejected' ? 'The renewal was rejected' : 'No renewal request was submitted by the end of the term'}: the term of ${unit.en} ended on ${dayOr(f.endsOn).en} and its Leqi platform access qualification ended${f.endsOn ? ` at ${endsAt(f.endsOn).en}` : ''}; the service agreement ends with it.`,
    ),
    todo: serviceEnded(unit),
    details: [{ label: bi('接入期限止', 'Term ended'), value: dayOr(f.endsOn) }],
  })),

  terminated: template(z.object({ reason: text, on: day }), (f, { unit }) => ({
    title: bi('乐企接入服务已终止', 'Leqi access terminated'),
    happened: bi(
      `主管税务机关决定终止“${unit.zh}”的乐企接入服务，自 ${dayOr(f.on).zh}起生效，服务协议同时废止。理由：${f.reason ?? '—'}。`,
      `The competent tax authority terminated the Leqi access of ${unit.en}, effective ${dayOr(f.on).en}; the service agreement ends with it. Reason: ${f.reason ?? '—'}.`,
    ),
    todo: serviceEnded(unit),
    details: [{ label: bi('终止日期', 'Terminated on'), value: dayOr(f.on) }, { label: bi('理由', 'Reason'), value: textOr(f.reason) }],
  })),

  archived: template(z.object({}), (_f, { unit }) => ({
    title: bi('单位记录已归档', 'Unit record archived'),
    happened: bi(`“${unit.zh}”的记录已归档办结；该企业此后可重新发起接入请求。`, `The record of ${unit.en} is archived and closed; the enterprise may apply again.`),
    todo: {},
    details: [],
  })),

  ...CASE_TEMPLATES,
  ...LIFECYCLE_TEMPLATES,
  ...MEMBERSHIP_TEMPLATES,
} satisfies Record<NoticeTemplate, TemplateDef>;

/** the content of one notice; facts that do not fit the template throw (a chart/template mismatch) */
export function contentOf(templateId: NoticeTemplate, facts: unknown, context: NoticeContext): NoticeContent {
  const def: TemplateDef = TEMPLATES[templateId];
  const parsed = def.facts.safeParse(facts);
  if (!parsed.success) {
    throw new InvalidNoticeFacts(`notice ${templateId}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return def.render(parsed.data, context);
}

export class InvalidNoticeFacts extends Error {
  override name = 'InvalidNoticeFacts';
}
