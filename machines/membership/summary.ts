/** A membership as the unit summary publishes it (`state().usingUnits`): stable names, no chart ids beyond its status. */
import { endOf } from '../calendar.js';
import { membershipDeadlines } from './deadlines.js';
import type { MembershipState, MembershipValue } from './state.js';

export type MembershipStatus = Exclude<MembershipValue, 'none'>;

export interface UsingUnitSummary {
  uscc: string;
  name: string;
  status: MembershipStatus;
  path: 'invitation' | 'application' | 'simultaneous' | null;
  relationship: string | null;
  competentAuthority: string | null;
  rating: string | null;
  /** E-UU-11 */
  countedInInitialThresholds: boolean;
  activeSince: string | null;
  suspendedBy: string[];
  /** T-08: the first day without service, when a filing names it */
  endsOn: string | null;
  ended: { at: string; reason: string; ruleId: string } | null;
  /** O-27 */
  flowData: { period: string; dueOn: string; dueAt: string; status: string }[];
  /** E-UU findings of the last request, for the deciding authority */
  forOfficer: string[];
  returns: number;
  nextDeadlines: { at: string; what: string; ruleId: string }[];
  /** the membership's own history: every transition with its rule (what a using unit reads of its trail) */
  history: { at: string; what: string; ruleId: string; by: string }[];
}

export function summarizeMembership(state: MembershipState): UsingUnitSummary {
  const c = state.context;
  return {
    uscc: c.uscc,
    name: c.name,
    status: state.value === 'none' ? 'invited' : state.value,
    path: c.path,
    relationship: c.facts?.relationship ?? c.invitation?.relationship ?? null,
    competentAuthority: c.facts?.competentTaxAuthority ?? null,
    rating: c.facts?.creditRating ?? null,
    countedInInitialThresholds: c.countedInInitialThresholds,
    activeSince: c.activeSince,
    suspendedBy: c.suspendedBy,
    endsOn: c.scheduledEnd?.effectiveOn ?? null,
    ended: c.ended && { at: c.ended.at, reason: c.ended.reason, ruleId: c.ended.ruleId },
    flowData: c.flowData.map((d) => ({ period: d.period, dueOn: d.dueOn, dueAt: endOf(d.dueOn), status: d.status })),
    forOfficer: (c.eligibility?.forOfficer ?? []).map((f) => `${f.ruleId}: ${f.message}`),
    returns: c.returns.length,
    nextDeadlines: membershipDeadlines(state).map(({ at, what, ruleId }) => ({ at, what, ruleId })),
    history: c.history,
  };
}
