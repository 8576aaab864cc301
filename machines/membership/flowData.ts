/**
 * The periodic flow-data duty (O-27, T-17): a B- or M-rated using unit (and a B-rated builder)
 * submits goods-, funds- and cash-flow data each period; the last day is the grace-th day after
 * the period ends, overdue from the next day and escalated to the officer. Pure helpers.
 */
import { addDays, cstDate, endOf, startOf } from '../calendar.js';
import type { CreditRating } from '../schemas/forms.js';
import { nextPeriod, periodEnd, periodOf } from '../obligations.js';

export type FlowDutyStatus = 'open' | 'fulfilled' | 'overdue' | 'waived';

export interface FlowDuty {
  /** `YYYY-Qn` or `YYYY-MM` */
  period: string;
  /** the last day to submit (inclusive) */
  dueOn: string;
  status: FlowDutyStatus;
  /** N-30: the reminder at the period's end was sent */
  reminded: boolean;
  submittedAt: string | null;
  ref: string | null;
  /** submitted after the due day (an overdue duty fulfilled late) */
  late: boolean;
}

export interface FlowRules {
  flowDataCadence: 'monthly' | 'quarterly';
  periodGraceDays: number;
}

/** E-UU-3 (B, M) for using units; E-AUTH-4 (B) for builders. */
export function flowDataRequired(rating: CreditRating, subject: 'usingUnit' | 'builder' = 'usingUnit'): boolean {
  return subject === 'builder' ? rating === 'B' : rating === 'B' || rating === 'M';
}

export function flowDuty(period: string, rules: FlowRules): FlowDuty {
  return { period, dueOn: addDays(periodEnd(period), rules.periodGraceDays), status: 'open', reminded: false, submittedAt: null, ref: null, late: false };
}

/** The first duty: the period in which the duty began (admission or a rating change). */
export function firstDuties(startedAt: string, rules: FlowRules): FlowDuty[] {
  return [flowDuty(periodOf(cstDate(startedAt), rules.flowDataCadence), rules)];
}

/** After a period is settled (submitted or overdue), the next period is owed, once. */
function withNext(duties: FlowDuty[], settled: string, rules: FlowRules): FlowDuty[] {
  const next = nextPeriod(settled, rules.flowDataCadence);
  return duties.some((d) => d.period === next) ? duties : [...duties, flowDuty(next, rules)];
}

/** The duty for `period` that a submission at `at` may fulfil: owed, and the period has ended. */
export function owedDuty(duties: readonly FlowDuty[], period: string, at: string): FlowDuty | undefined {
  const d = duties.find((x) => x.period === period);
  return d && (d.status === 'open' || d.status === 'overdue') && cstDate(at) > periodEnd(period) ? d : undefined;
}

export function submit(duties: FlowDuty[], period: string, at: string, ref: string, rules: FlowRules): FlowDuty[] {
  const mapped = duties.map((d) =>
    d.period === period ? { ...d, status: 'fulfilled' as const, submittedAt: at, ref, late: d.status === 'overdue' } : d,
  );
  return withNext(mapped, period, rules);
}

export function markOverdue(duties: FlowDuty[], period: string, rules: FlowRules): FlowDuty[] {
  return withNext(
    duties.map((d) => (d.period === period && d.status === 'open' ? { ...d, status: 'overdue' as const } : d)),
    period,
    rules,
  );
}

export function markReminded(duties: FlowDuty[], period: string): FlowDuty[] {
  return duties.map((d) => (d.period === period ? { ...d, reminded: true } : d));
}

/**
 * A rating: open duties are waived when it no longer applies; the first is owed when it starts to,
 * for the period of `at` (an admission) or the period after it (a rating reported later: the duty
 * starts with the next period, decisions.md "Flow-data duty").
 */
export function afterRating(duties: FlowDuty[], required: boolean, at: string, rules: FlowRules, startsWith: 'current' | 'next' = 'current'): FlowDuty[] {
  if (!required) return duties.map((d) => (d.status === 'open' ? { ...d, status: 'waived' as const } : d));
  if (duties.some((d) => d.status === 'open')) return duties;
  const current = periodOf(cstDate(at), rules.flowDataCadence);
  const first = flowDuty(startsWith === 'next' ? nextPeriod(current, rules.flowDataCadence) : current, rules);
  return duties.some((d) => d.period === first.period) ? duties : [...duties, first];
}

export type FlowDeadlineKind = 'flowDataReminder' | 'flowDataOverdue';

export interface FlowDeadline {
  key: string;
  what: FlowDeadlineKind;
  at: string;
  ruleId: string;
  /** the subject's USCC */
  ref: string;
  period: string;
}

/** N-30 reminder at 00:00 CST after the period's last day; overdue at 00:00 CST after the due day (O-27, T-17). */
export function flowDeadlines(subject: string, duties: readonly FlowDuty[]): FlowDeadline[] {
  const list: FlowDeadline[] = [];
  for (const d of duties) {
    if (d.status !== 'open') continue;
    const periodOver = addDays(periodEnd(d.period), 1);
    if (!d.reminded) list.push({ key: `T-17:${subject}:${d.period}:reminder`, what: 'flowDataReminder', at: startOf(periodOver), ruleId: 'T-17', ref: subject, period: d.period });
    list.push({ key: `O-27:${subject}:${d.period}:overdue`, what: 'flowDataOverdue', at: endOf(d.dueOn), ruleId: 'O-27', ref: subject, period: d.period });
  }
  return list;
}

export { periodEnd, periodOf };
