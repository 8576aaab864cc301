/** Readable output of the CLI: small aligned tables and a state summary at a glance. */
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { StateSummary } from '../../machines/unit/summary.js';
import type { FanOutResult, UnitListing } from '../client.js';
import type { CalendarReport } from './calendar.js';
import type { ImportReport } from '../imports.js';
import type { PolicyPreview } from '../policy.js';

/** Aligns rows under a header; empty cells print as `-`. */
export function table(header: string[], rows: (string | number | null | undefined)[][]): string {
  const cells = [header, ...rows.map((r) => r.map((c) => (c === null || c === undefined || c === '' ? '-' : String(c))))];
  const widths = header.map((_, i) => Math.max(...cells.map((r) => width(r[i] ?? ''))));
  return cells.map((r) => r.map((c, i) => (i === r.length - 1 ? c : c + ' '.repeat(widths[i]! - width(c)))).join('  ')).join('\n');
}

// CJK characters take two columns in a terminal
const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1), 0);

export function formatState(s: StateSummary): string {
  const lines = [
    `unit          ${s.unitId}`,
    `phase         ${s.phase}${s.closed ? ' (record closed)' : ''}`,
    `term          ${s.term ? `#${s.term.number} ${s.term.startsOn} → ${s.term.endsOn}, renewal due ${s.term.renewalDueOn} (${s.term.renewal}${s.term.late ? ', late' : ''})` : '-'}`,
    `concurrency   ${s.concurrency.limit} of base ${s.concurrency.base}${s.concurrency.restrictions.map((r) => `; ${r.ruleId} ${r.limit} since ${r.since}`).join('')}`,
  ];
  if (s.review) lines.push(`review        submitted ${s.review.submittedAt}, ${s.review.returns} return(s)${s.review.lastOpinion ? `, last opinion: ${s.review.lastOpinion}` : ''}`);
  if (s.eligibility) lines.push(`eligibility   ${s.eligibility.eligible ? 'eligible' : 'NOT eligible'}; ${s.eligibility.unmet.length} unmet, ${s.eligibility.forOfficer.length} for the officer`);
  if (s.termination) lines.push(`termination   ${s.termination.at} ${s.termination.ruleId}: ${s.termination.reason}`);
  if (s.cases.length) lines.push('', 'cases', table(['id', 'kind', 'rule', 'status', 'opened', 'due', 'measures'], s.cases.map((c) => [c.id, c.kind, c.ruleId, c.status, c.openedAt, c.dueAt, c.measures.join(',')])));
  if (s.obligations.length) lines.push('', 'obligations', table(['kind', 'rule', 'due', 'status'], s.obligations.map((o) => [o.kind, o.ruleId, o.dueAt, o.status])));
  if (s.usingUnits.length) lines.push('', 'using units', table(['uscc', 'status'], s.usingUnits.map((u) => [u.uscc, u.status])));
  if (s.nextDeadlines.length) lines.push('', 'next deadlines', table(['at', 'what', 'rule'], s.nextDeadlines.map((d) => [d.at, d.what, d.ruleId])));
  return lines.join('\n');
}

export function formatAudit(entries: AuditEntry[]): string {
  return table(
    ['#', 'at', 'actor', 'command', 'from → to', 'rule', 'outcome', 'reason'],
    entries.map((e) => [e.seq, e.at, `${e.actor.role}:${e.actor.id}`, e.command, `${e.from} → ${e.to}`, e.ruleId, e.outcome, e.reason]),
  );
}

export function formatList(units: UnitListing[]): string {
  if (units.length === 0) return '(no units)';
  return `${table(
    ['unit', 'phase', 'next deadline', 'term ends', 'limit', 'open cases', 'status'],
    units.map((u) => [u.unitId, u.phase, u.nextDeadline, u.termEndsAt, u.concurrencyLimit, u.openCases, u.status]),
  )}\n${units.length} unit(s)`;
}

export function formatFanOut(results: FanOutResult[]): string {
  const rows = results.map((r) => [r.unitId, r.outcome, r.outcome === 'rejected' ? `${r.type}: ${r.message}` : r.outcome === 'applied' ? `now ${r.phase}` : '']);
  const count = (o: string): number => results.filter((r) => r.outcome === o).length;
  return `${results.length ? table(['unit', 'outcome', 'detail'], rows) : '(no units matched)'}\n${count('applied')} applied, ${count('rejected')} rejected, ${count('skipped')} skipped`;
}

/** `leqi calendar`: the runs of rest days and where a last day in each moves. */
export function formatCalendar(r: CalendarReport): string {
  const head = `${r.year}: ${r.restDays.length} rest days (${r.source})${r.covered ? '' : ' — NOT COVERED'}`;
  const lines = [head, '', table(['rest days', 'days', 'why', 'a last day here moves to'], r.runs.map((x) => [x.from === x.to ? x.from : `${x.from} … ${x.to}`, x.days, x.reason, x.movesTo]))];
  if (r.moves) {
    lines.push('', r.moves.length ? `live units' deadlines whose last day is a rest day (${r.moves.length}):` : 'no live unit has a deadline whose last day is one of these rest days');
    if (r.moves.length) lines.push(table(['unit', 'deadline', 'rule', 'last day', 'moves to'], r.moves.map((m) => [m.unitId, m.what, m.ruleId, m.lastDay, m.movesTo])));
  }
  return lines.join('\n');
}

/** `leqi policy preview`: one row per change (unit, what, before → after, rule), then the counts. */
export function formatPreview(p: PolicyPreview): string {
  const rows = p.units.flatMap((u) => (u.refused ? [[u.unitId, u.phase, '(not adopted)', u.refused, '-', '-']] : u.rows.map((r) => [u.unitId, u.phase, r.ref ? `${r.what} ${r.ref}` : r.what, `${r.before ?? '(none)'} → ${r.after ?? '(none)'}`, r.ruleId, r.note])));
  const s = p.summary;
  const counts = Object.entries(s.byWhat).map(([w, n]) => `${w} ${n}`).join(', ');
  return [
    `policy ${p.version}${p.effectiveOn ? ` (effective ${p.effectiveOn})` : ''}, as of ${p.now}`,
    '',
    table(['unit', 'phase', 'what', 'before → after', 'rule', 'note'], rows),
    '',
    `${s.units} units, ${s.unitsChanged} changed, ${s.refused} refused; ${s.rows} changes (${counts || 'none'}); ${s.firesAtAdoption} fire at adoption`,
  ].join('\n');
}

/** `leqi import`: the rejected rows (row, USCC, rules, reason), then the counts. */
export function formatImport(r: ImportReport, reportPath: string): string {
  const rejected = r.rows.filter((x) => x.outcome === 'rejected');
  const rows = rejected.map((x) => [x.row, x.uscc ?? '-', x.type ?? '', (x.ruleIds ?? []).join(' ') || '-', x.reason ?? '']);
  const head = `${r.file}: ${r.total} row(s): ${r.imported} imported, ${r.alreadyImported} already imported, ${r.rejected} rejected`;
  return rejected.length ? `${table(['row', 'unit', 'type', 'rules', 'reason'], rows)}
${head} (report: ${reportPath})` : head;
}
