/** The term domain's slice of the unit context: the term and its renewal (T-01…T-05) and the concurrency model (T-04, S-03, S-06). */
import type { Policy } from '../../policy.js';

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

export interface TermSlice {
  term: Term | null;
  concurrency: { base: number; restrictions: Restriction[] };
}

export function initialTerm(policy: Policy): TermSlice {
  return { term: null, concurrency: { base: policy.baseConcurrency, restrictions: [] } };
}
