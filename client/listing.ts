/** Listing units with the contract's search attributes: a filter, and the visibility query it means. */
import { z } from 'zod';
import { addDays, CalendarDate, endOf, Instant } from '../machines/calendar.js';
import { phases } from '../machines/unit/phase.js';
import { Uscc } from '../machines/uscc.js';
import { unitWorkflowId, WORKFLOW_TYPE } from '../contract/index.js';

/** an instant with an offset, or a CST calendar day (meaning 00:00 CST of that day) */
export const InstantOrDate = z.union([Instant, CalendarDate]).meta({
  description: 'an instant with an offset (2027-03-15T00:00:00+08:00) or a CST day YYYY-MM-DD, meaning 00:00 CST of that day',
});

export const Phase = z.enum(phases);

/** a free query stays inside its own parentheses: they balance outside quoted strings, and quotes close */
function balanced(query: string): boolean {
  let depth = 0;
  let quote: string | null = null;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if (ch === '(') depth++;
    else if (ch === ')' && --depth < 0) return false;
  }
  return depth === 0 && quote === null;
}

/** What to list; every present field narrows the list (AND). */
export const ListFilter = z.strictObject({
  /** one phase or any of several (`LeqiPhase`) */
  phase: z.union([Phase, z.array(Phase).min(1)]).optional(),
  /** the next deadline is strictly before this instant (`LeqiNextDeadline <`) */
  deadlineBefore: InstantOrDate.optional(),
  /** the next deadline falls on or before this CST day: its instant is at most 00:00 CST of the day after (`LeqiNextDeadline < D+1 00:00:00.001+08:00`) */
  deadlineOnOrBefore: CalendarDate.optional(),
  /** the next deadline is at or after this instant (`LeqiNextDeadline >=`) */
  deadlineAfter: InstantOrDate.optional(),
  /** the term's end is strictly before this instant (`LeqiTermEndsOn <`) */
  termEndsBefore: InstantOrDate.optional(),
  /** the term's last day is on or before this CST day (`LeqiTermEndsOn < D+1 00:00:00.001+08:00`) */
  termEndsOnOrBefore: CalendarDate.optional(),
  /** at least this many open cases (`LeqiOpenCases >=`) */
  openCasesAtLeast: z.number().int().min(0).optional(),
  /** only units with a request waiting for an officer (`LeqiOldestPending`); listed oldest first (T-18) */
  waiting: z.boolean().optional(),
  /** only these units */
  unitIds: z.array(Uscc).optional(),
  /** only units where this 11-digit tax authority is competent, the DCU's or a using unit's (`LeqiAuthorities`) */
  authority: z.string().regex(/^\d{11}$/, 'an 11-digit tax-authority code').optional(),
  /** also closed records (completed workflows); by default only running ones */
  includeClosed: z.boolean().optional(),
  /** a further Temporal visibility query, ANDed (officers only at the HTTP edge) */
  query: z
    .string()
    .min(1)
    .max(2000)
    .refine(balanced, 'unbalanced parentheses or quotes: the query is ANDed with the scope and may not close it')
    .optional(),
});
export type ListFilter = z.infer<typeof ListFilter>;

const BARE_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * decisions.md "Bare dates in filters": a lower bound (`from`, `…After`, `…Before`) given as a bare
 * CST day means 00:00 CST of that day: `2027-03-15` → `2027-03-15T00:00:00+08:00`; instants pass through.
 */
export function toInstant(value: string): string {
  return BARE_DATE.test(value) ? `${value}T00:00:00+08:00` : value;
}

/**
 * decisions.md "Bare dates in filters": an upper bound `to` given as a bare CST day means 24:00 CST
 * of that day, so the day itself is included: `2027-03-15` → `2027-03-16T00:00:00+08:00`.
 */
export function toEndInstant(value: string): string {
  return BARE_DATE.test(value) ? endOf(value) : value;
}

/**
 * A period filter of the read interfaces (the audit records, the security log): `from` at or after,
 * `to` strictly before, each an instant with an offset or a bare CST day (decisions.md "Bare dates
 * in filters": a bare `from` is 00:00 CST of that day, a bare `to` 24:00 CST, so that day is
 * included). The one zod type of a filter instant is `InstantOrDate`; `periodBounds` reads it.
 */
export const PeriodQuery = z.strictObject({
  /** at or after; a bare CST day means 00:00 CST of that day */
  from: InstantOrDate.optional(),
  /** strictly before; a bare CST day means 24:00 CST of that day (the day included) */
  to: InstantOrDate.optional(),
});
export type PeriodQuery = z.infer<typeof PeriodQuery>;

/** the epoch-millisecond bounds of a parsed period (`from` inclusive, `to` exclusive; undefined when open) */
export function periodBounds(q: PeriodQuery): { from: number | undefined; to: number | undefined } {
  return { from: q.from === undefined ? undefined : Date.parse(toInstant(q.from)), to: q.to === undefined ? undefined : Date.parse(toEndInstant(q.to)) };
}

const quote = (s: string): string => JSON.stringify(s);

/**
 * The bound of "on or before CST day D" for a datetime search attribute (contract): a last day D is
 * stored as 00:00 CST of D + 1, and the dev server's SQLite visibility matches neither `=` nor `<=`
 * at an exact instant, so the query is `< D+1 00:00:00.001+08:00`.
 */
export function onOrBeforeBound(day: string): string {
  return `${addDays(day, 1)}T00:00:00.001+08:00`;
}

/** The Temporal visibility query of a filter (the filter is validated first; throws on a bad one). */
export function visibilityQuery(input: ListFilter): string {
  const filter = ListFilter.parse(input);
  const parts = [`WorkflowType = ${quote(WORKFLOW_TYPE)}`];
  if (!filter.includeClosed) parts.push(`ExecutionStatus = "Running"`);
  if (filter.phase !== undefined) {
    const list = Array.isArray(filter.phase) ? filter.phase : [filter.phase];
    parts.push(list.length === 1 ? `LeqiPhase = ${quote(list[0]!)}` : `LeqiPhase IN (${list.map(quote).join(', ')})`);
  }
  if (filter.deadlineBefore) parts.push(`LeqiNextDeadline < ${quote(toInstant(filter.deadlineBefore))}`);
  if (filter.deadlineOnOrBefore) parts.push(`LeqiNextDeadline < ${quote(onOrBeforeBound(filter.deadlineOnOrBefore))}`);
  if (filter.deadlineAfter) parts.push(`LeqiNextDeadline >= ${quote(toInstant(filter.deadlineAfter))}`);
  if (filter.termEndsBefore) parts.push(`LeqiTermEndsOn < ${quote(toInstant(filter.termEndsBefore))}`);
  if (filter.termEndsOnOrBefore) parts.push(`LeqiTermEndsOn < ${quote(onOrBeforeBound(filter.termEndsOnOrBefore))}`);
  if (filter.openCasesAtLeast !== undefined) parts.push(`LeqiOpenCases >= ${filter.openCasesAtLeast}`);
  if (filter.waiting) parts.push('LeqiOldestPending >= "1970-01-01T00:00:00Z"');
  if (filter.unitIds) {
    if (filter.unitIds.length === 0) parts.push('WorkflowId = ""');
    else parts.push(`WorkflowId IN (${filter.unitIds.map((u) => quote(unitWorkflowId(u))).join(', ')})`);
  }
  if (filter.authority) parts.push(`LeqiAuthorities = ${quote(filter.authority)}`);
  if (filter.query) parts.push(`(${filter.query})`);
  return parts.join(' AND ');
}
