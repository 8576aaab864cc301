/**
 * Standing duties with a cadence (O-16, T-11): the invoice-risk monitoring run, due the 15th day
 * after each period ends; a missed one is overdue and escalated to the officer (S-12).
 */
import { addDays, addMonths, daysInMonth } from '../calendar.js';
import type { Policy } from '../policy.js';

export type ObligationStatus = 'open' | 'fulfilled' | 'overdue' | 'waived';

export interface Obligation {
  id: string;
  kind: 'monitoringRun';
  ruleId: string;
  /** `YYYY-MM` or `YYYY-Qn` */
  period: string;
  /** the last day to fulfil it (inclusive) */
  dueOn: string;
  status: ObligationStatus;
  fulfilledAt: string | null;
}

/** The period (per cadence) that contains `date`. */
export function periodOf(date: string, cadence: Policy['monitoringCadence']): string {
  const [y, m] = [date.slice(0, 4), Number(date.slice(5, 7))];
  return cadence === 'monthly' ? date.slice(0, 7) : `${y}-Q${Math.ceil(m / 3)}`;
}

/** The last day of a period. */
export function periodEnd(period: string): string {
  const year = Number(period.slice(0, 4));
  const month = period.includes('Q') ? Number(period.slice(6)) * 3 : Number(period.slice(5, 7));
  return `${period.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

export function nextPeriod(period: string, cadence: Policy['monitoringCadence']): string {
  return periodOf(addDays(periodEnd(period), 1), cadence);
}

export function monitoringObligation(period: string, policy: Policy, index: number): Obligation {
  return {
    id: `O-${index}`,
    kind: 'monitoringRun',
    ruleId: 'O-16',
    period,
    dueOn: addDays(periodEnd(period), policy.periodGraceDays),
    status: 'open',
    fulfilledAt: null,
  };
}

/** The first run is owed for the period in which service opened. */
export function firstMonitoringObligation(openedOn: string, policy: Policy): Obligation {
  return monitoringObligation(periodOf(openedOn, policy.monitoringCadence), policy, 1);
}

/** After one period's duty is settled (fulfilled or overdue), the next period's is owed. */
export function followingObligation(all: Obligation[], settled: Obligation, policy: Policy): Obligation[] {
  const next = nextPeriod(settled.period, policy.monitoringCadence);
  if (all.some((o) => o.kind === settled.kind && o.period === next)) return all;
  return [...all, monitoringObligation(next, policy, all.length + 1)];
}

export { addMonths };
