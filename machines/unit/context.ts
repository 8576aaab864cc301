/** What the unit chart remembers: everything the rules need, with absolute CST dates. */
import type { Policy } from '../policy.js';
import type { EligibilityFindings } from '../eligibility.js';
import type { ApplicationSubmission } from '../schemas/forms.js';
import type { Case } from './cases.js';
import type { Obligation } from './obligations.js';
import type { MembershipState } from '../membership/state.js';
import type { FlowDuty } from '../membership/flowData.js';
import type { Grant, Subscription } from './capabilities.js';
import type { ChangeReport, NetworkState, TerminationFiling } from './changes.js';

export type RenewalStatus = 'notRequested' | 'requested' | 'approved' | 'rejected';

export interface Term {
  /** 1 for the initial term, then one more per renewal */
  number: number;
  startsOn: string;
  /** the last day of the term (inclusive) */
  endsOn: string;
  /** T-02: the last day to request renewal on time (inclusive) */
  renewalDueOn: string;
  renewal: RenewalStatus;
  requestedAt: string | null;
  /** the request came after renewalDueOn (T-03, Q-15) */
  late: boolean;
  /** T-05: the renewed term's last day, once the officer approved */
  extendsTo: string | null;
  /** T-04: an officer's explicit level replaced the automatic ladder for this term */
  ladderByOfficer: boolean;
  /** T-03: the last day on which an undecided request was escalated */
  escalatedOn: string | null;
}

/** One reason the unit's concurrency is limited; the effective limit is the minimum. */
export interface Restriction {
  id: string;
  ruleId: string;
  limit: number;
  since: string;
  reason: string;
}

export interface Review {
  submittedAt: string;
  /** T-18, T-25: since when the application waits for the officer (null while returned or decided) */
  pendingSince: string | null;
  returns: { at: string; opinion: string; reasons: string[] }[];
  decidedAt: string | null;
  opinion: string | null;
}

export interface Termination {
  reason: string;
  ruleId: string;
  at: string;
}

export interface UnitContext {
  unitId: string;
  policy: Policy;
  submission: ApplicationSubmission | null;
  eligibility: EligibilityFindings | null;
  review: Review | null;
  term: Term | null;
  concurrency: { base: number; restrictions: Restriction[] };
  /** keys of the deadlines of this term already fired or skipped */
  done: string[];
  termination: Termination | null;
  /** compliance cases, open and closed (S-04…S-08, E-DCU-14) */
  cases: Case[];
  /** standing duties with due dates (O-16, …) */
  obligations: Obligation[];
  /** P-SEC-01, N-23: data-security incidents reported and forwarded */
  incidents: { at: string; occurredOn: string; details: string }[];
  /** capability subscriptions (P-CAP-*) and grants to using units (P-CAP-06) */
  capabilities: Subscription[];
  grants: Grant[];
  /** change reports (P-CHG-*, T-06) */
  changes: ChangeReport[];
  /** the network address filing (Annex 3, T-14) */
  network: NetworkState | null;
  /** termination filings (T-08, P-TRM-01): the whole DCU or some using units */
  terminationFilings: TerminationFiling[];
  /** the using units' memberships, by USCC (P-UU-*, O-03); kept after they end */
  memberships: Record<string, MembershipState>;
  /** E-AUTH-4, O-27: a B-rated builder's flow-data duties */
  builderFlow: FlowDuty[];
}

export interface UnitInput {
  unitId: string;
  policy: Policy;
}

export function initialContext({ unitId, policy }: UnitInput): UnitContext {
  return {
    unitId,
    policy,
    submission: null,
    eligibility: null,
    review: null,
    term: null,
    concurrency: { base: policy.baseConcurrency, restrictions: [] },
    done: [],
    termination: null,
    cases: [],
    obligations: [],
    incidents: [],
    capabilities: [],
    grants: [],
    changes: [],
    network: null,
    terminationFilings: [],
    memberships: {},
    builderFlow: [],
  };
}
