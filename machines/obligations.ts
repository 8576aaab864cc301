/**
 * Standing duties with a due date: the invoice-risk monitoring run each period (O-16, T-11),
 * a relationship-change report within 3 days (T-06), a platform upgrade within 30 days (T-07),
 * the re-signed agreement (P-CHG-02). A duty not met by its last day is overdue and escalated
 * to the officer (S-12); a periodic one is then owed for the next period.
 */
import { addDays, daysInMonth } from './calendar.js';
import { lastDay, type Policy } from './policy.js';

export type ObligationStatus = 'open' | 'fulfilled' | 'overdue' | 'waived';
export type ObligationKind = 'monitoringRun' | 'relationshipReport' | 'versionUpgrade' | 'signedAgreement';

export const OBLIGATION_RULE: Record<ObligationKind, string> = {
  monitoringRun: 'O-16',
  relationshipReport: 'T-06',
  versionUpgrade: 'T-07',
  signedAgreement: 'P-CHG-02',
};

export interface Obligation {
  id: string;
  kind: ObligationKind;
  ruleId: string;
  /** what it is about: the period (`YYYY-Qn`, `YYYY-MM`), the version, the using unit or the change */
  subject: string;
  /** the last day to fulfil it (inclusive) */
  dueOn: string;
  /** a reminder before the due date, if the rule has one */
  remindOn: string | null;
  reminded: boolean;
  status: ObligationStatus;
  fulfilledAt: string | null;
}

export function newObligation(all: Obligation[], kind: ObligationKind, subject: string, dueOn: string, remindOn: string | null = null): Obligation {
  return { id: `O-${all.length + 1}`, kind, ruleId: OBLIGATION_RULE[kind], subject, dueOn, remindOn, reminded: false, status: 'open', fulfilledAt: null };
}

/** The period (per cadence) that contains `date`. */
export function periodOf(date: string, cadence: Policy['monitoringCadence']): string {
  const month = Number(date.slice(5, 7));
  return cadence === 'monthly' ? date.slice(0, 7) : `${date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
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

function monitoringRun(all: Obligation[], period: string, policy: Policy): Obligation {
  return newObligation(all, 'monitoringRun', period, lastDay(policy, addDays(periodEnd(period), policy.periodGraceDays)));
}

/** O-16: the first run is owed for the period in which service opened. */
export function firstMonitoringObligation(openedOn: string, policy: Policy): Obligation {
  return monitoringRun([], periodOf(openedOn, policy.monitoringCadence), policy);
}

/** After a periodic duty is settled (fulfilled or overdue), the next period's is owed. */
export function followingObligation(all: Obligation[], settled: Obligation, policy: Policy): Obligation[] {
  if (settled.kind !== 'monitoringRun') return all;
  const next = nextPeriod(settled.subject, policy.monitoringCadence);
  if (all.some((o) => o.kind === settled.kind && o.subject === next)) return all;
  return [...all, monitoringRun(all, next, policy)];
}

export function fulfil(all: Obligation[], id: string, at: string): Obligation[] {
  return all.map((o) => (o.id === id ? { ...o, status: 'fulfilled' as const, fulfilledAt: at } : o));
}
