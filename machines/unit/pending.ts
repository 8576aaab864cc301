/**
 * Requests waiting for an officer (T-18, T-25): an application under review, a renewal request,
 * a capability test report, a using unit's use request, a proposed case or termination. Each shows
 * its age; past the policy's threshold it escalates to the supervisor once (decisions.md).
 */
import { addDays, cstDate, daysBetween, endOf, startOf } from '../calendar.js';
import type { UnitContext } from './context.js';

export interface PendingDecision {
  /** stable per request: what waits and since when */
  key: string;
  what: 'application' | 'renewal' | 'capabilityReport' | 'useRequest' | 'proposedCase' | 'proposedTermination';
  /** the rule under which the officer decides */
  ruleId: string;
  subject: string;
  since: string;
}

const lastAt = (history: readonly { at: string }[]): string => history[history.length - 1]?.at ?? '';

export function pendingDecisions(context: UnitContext): PendingDecision[] {
  if (context.termination) return [];
  const list: PendingDecision[] = [];
  const add = (what: PendingDecision['what'], ruleId: string, subject: string, since: string) => list.push({ key: `${what}:${subject}:${since}`, what, ruleId, subject, since });
  if (context.review?.pendingSince) add('application', 'P-ONB-04', context.unitId, context.review.pendingSince);
  if (context.term?.renewal === 'requested' && context.term.requestedAt) add('renewal', 'T-05', `term ${context.term.number}`, context.term.requestedAt);
  // T-03, Q-14 (officerConfirms): no request at term end; the termination waits for the officer from the term's end
  if (context.term?.renewal === 'notRequested' && context.term.escalatedOn && context.policy.noRequestAtTermEnd === 'officerConfirms') add('proposedTermination', 'T-03', `term ${context.term.number}`, endOf(context.term.endsOn));
  for (const c of context.capabilities) if (c.status === 'reportSubmitted') add('capabilityReport', 'P-CAP-05', c.code, lastAt(c.history));
  for (const m of Object.values(context.memberships)) if (m.value === 'awaitingAuthority') add('useRequest', 'P-UU-04', m.context.uscc, lastAt(m.context.history));
  for (const c of context.cases) {
    if (c.status === 'proposed' && !c.terminationProposed) add('proposedCase', 'E-DCU-14', c.id, lastAt(c.history));
    if (c.terminationProposed && c.status !== 'closed') add('proposedTermination', 'S-06', c.id, lastAt(c.history));
  }
  return list.sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
}

/** The instant a request has waited past the threshold: 00:00 CST after the threshold's last day. */
export function escalatesAt(context: UnitContext, since: string): string {
  return startOf(addDays(cstDate(since), context.policy.pendingDecisionEscalationDays + 1));
}

/** Whole days a request has waited, counted in CST calendar days. */
export function ageInDays(since: string, now: string): number {
  return Math.max(0, daysBetween(cstDate(since), cstDate(now)));
}
