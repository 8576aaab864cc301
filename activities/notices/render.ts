/**
 * The layout of every notice: subject, plain text and HTML, with the reader's language first and
 * the other below it. Templates say what; this says how it looks.
 */
import type { Audience, NoticeTemplate } from '../../machines/notice.js';
import { atInstant, onDate } from './dates.js';
import { html, type Html } from './html.js';
import { clauseOf } from './rules.js';
import { contentOf, type Action, type NoticeContent } from './templates.js';
import { LABELS, languagesFor, type Bilingual, type Language } from './text.js';

/** what the renderer needs of a notice (a subset of `NoticeRequest`) */
export interface NoticeFacts {
  noticeId: string;
  unitId: string;
  unitName: string | null;
  template: NoticeTemplate;
  ruleId: string;
  facts: Record<string, string | number | null>;
  at: string;
}

/** who reads this copy */
export interface Reader {
  name: string | null;
  language: Language;
  /** which audience the reader belongs to: decides the "what you must do" paragraph */
  audience: Audience;
}

export interface RenderedNotice {
  subject: string;
  text: string;
  html: string;
  /** the date the reader's action is due (CST `YYYY-MM-DD`), if any */
  dueOn: string | null;
}

interface Section {
  lang: Language;
  title: string;
  greeting: string | null;
  unit: string;
  rule: string;
  clause: string;
  happened: string;
  todo: string;
  due: string;
  date: string;
  details: { label: string; value: string }[];
  footer: string;
}

function section(lang: Language, n: NoticeFacts, content: NoticeContent, action: Action | undefined, reader: Reader, unit: Bilingual): Section {
  const pick = (b: Bilingual): string => b[lang];
  const rule = clauseOf(n.ruleId);
  const greeting = reader.name ? (lang === 'zh' ? `${reader.name} ${LABELS.greeting.zh}` : `${LABELS.greeting.en} ${reader.name},`) : null;
  return {
    lang,
    title: pick(content.title),
    greeting,
    unit: lang === 'zh' ? `${unit.zh}（${LABELS.uscc.zh}：${n.unitId}）` : `${unit.en} (${LABELS.uscc.en} ${n.unitId})`,
    rule: lang === 'zh' ? `${n.ruleId}（${rule.source}）` : `${n.ruleId} (${rule.source})`,
    clause: pick(rule.clause),
    happened: pick(content.happened),
    todo: pick(action?.what ?? LABELS.noAction),
    due: action?.by ? pick(onDate(action.by)) : pick(LABELS.noDue),
    date: pick(atInstant(n.at)),
    details: content.details.map((d) => ({ label: pick(d.label), value: pick(d.value) })),
    footer: pick(LABELS.footer),
  };
}

function label(lang: Language, key: keyof typeof LABELS): string {
  return LABELS[key][lang];
}

function textOf(s: Section, noticeId: string): string {
  const colon = s.lang === 'zh' ? '：' : ': ';
  const lines = [
    `【${s.title}】`,
    ...(s.greeting ? ['', s.greeting] : []),
    '',
    `${label(s.lang, 'unit')}${colon}${s.unit}`,
    `${label(s.lang, 'rule')}${colon}${s.rule}`,
    `  ${s.clause}`,
    `${label(s.lang, 'date')}${colon}${s.date}`,
    '',
    `${label(s.lang, 'happened')}${colon}${s.happened}`,
    `${label(s.lang, 'todo')}${colon}${s.todo}`,
    `${label(s.lang, 'due')}${colon}${s.due}`,
    ...(s.details.length > 0 ? ['', `${label(s.lang, 'details')}${colon}`.trimEnd(), ...s.details.map((d) => `  - ${d.label}${colon}${d.value}`)] : []),
    '',
    `${label(s.lang, 'noticeId')}${colon}${noticeId}`,
    s.footer,
  ];
  return lines.join('\n');
}

function htmlOf(s: Section, noticeId: string): Html {
  const row = (key: keyof typeof LABELS, value: string | Html) => html`<tr><th style="text-align:left;vertical-align:top;padding:4px 12px 4px 0;white-space:nowrap">${label(s.lang, key)}</th><td style="padding:4px 0">${value}</td></tr>`;
  return html`<section lang="${s.lang === 'zh' ? 'zh-CN' : 'en'}" style="margin:0 0 32px">
<h2 style="font-size:18px;margin:0 0 12px">${s.title}</h2>
${s.greeting ? html`<p>${s.greeting}</p>` : null}
<table style="border-collapse:collapse;font-size:14px">
${row('unit', s.unit)}
${row('rule', html`<strong>${s.rule}</strong><br><span style="color:#555">${s.clause}</span>`)}
${row('date', s.date)}
${row('happened', s.happened)}
${row('todo', html`<strong>${s.todo}</strong>`)}
${row('due', html`<strong style="color:#b00">${s.due}</strong>`)}
</table>
${s.details.length > 0 ? html`<h3 style="font-size:14px;margin:16px 0 4px">${label(s.lang, 'details')}</h3><ul style="font-size:14px;margin:0;padding-left:20px">${s.details.map((d) => html`<li>${d.label}：${d.value}</li>`)}</ul>` : null}
<p style="font-size:12px;color:#777;margin-top:16px">${label(s.lang, 'noticeId')}: ${noticeId}<br>${s.footer}</p>
</section>`;
}

/** Renders one copy of a notice for one reader: their language first, the other below. */
export function renderNotice(n: NoticeFacts, reader: Reader): RenderedNotice {
  const unit = n.unitName ? { zh: n.unitName, en: n.unitName } : LABELS.unnamed;
  const content = contentOf(n.template, n.facts, { unit, at: n.at, ruleId: n.ruleId });
  const action = content.todo[reader.audience];
  const sections = languagesFor(reader.language).map((lang) => section(lang, n, content, action, reader, unit));
  const [first, second] = sections as [Section, Section];
  const tag = reader.language === 'zh' ? '乐企' : 'Leqi';
  const unitLabel = n.unitName ?? n.unitId;
  return {
    subject: `[${tag} ${n.ruleId}] ${first.title} | ${second.title} — ${unitLabel}`,
    text: [textOf(first, n.noticeId), '', '-'.repeat(60), '', textOf(second, n.noticeId), ''].join('\n'),
    html: html`<!doctype html><html lang="${reader.language === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${first.title}</title></head><body style="font-family:-apple-system,'PingFang SC','Microsoft YaHei',Helvetica,Arial,sans-serif;color:#222;max-width:720px;margin:0 auto;padding:16px">
${htmlOf(first, n.noticeId)}<hr style="border:none;border-top:1px solid #ccc;margin:24px 0">
${htmlOf(second, n.noticeId)}</body></html>`.value,
    dueOn: action?.by ?? null,
  };
}
