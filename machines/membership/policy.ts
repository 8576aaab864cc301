/** The policy values a membership lives by, taken from the unit's policy when it is created. */
import type { Policy } from '../policy.js';
import type { CreditRating, ExemptSector } from '../schemas/forms.js';

/** E-UU-7: the sectors named in G3.1(2)2(1); the provincial bureau may designate others (OTHER_DESIGNATED) */
export const DEFAULT_EXEMPT_SECTORS: readonly ExemptSector[] = ['RAILWAY', 'CIVIL_AVIATION', 'HIGHWAY'];

export interface MembershipPolicy {
  /** days before an invitation lapses */
  invitationExpiryDays: number;
  /** O-27, T-17: days after a period ends to submit its flow data */
  periodGraceDays: number;
  /** O-27, T-17: quarterly by default (decisions.md) */
  flowDataCadence: 'monthly' | 'quarterly';
  /** E-UU-3 */
  usingUnitRatings: readonly CreditRating[];
  /** E-UU-7: sectors designated at provincial level or above */
  exemptSectors: readonly ExemptSector[];
  /** T-08: minimum lead time of a termination filing */
  terminationLeadDays: number;
}

/**
 * The membership's share of the unit policy. `exemptSectors` and `flowDataCadence` are not policy
 * fields yet; pass `policy.exemptSectors` / `policy.flowDataCadence` once they exist.
 */
export function membershipPolicy(
  policy: Policy,
  extra: { exemptSectors?: readonly ExemptSector[]; flowDataCadence?: 'monthly' | 'quarterly' } = {},
): MembershipPolicy {
  return {
    invitationExpiryDays: policy.invitationExpiryDays,
    periodGraceDays: policy.periodGraceDays,
    flowDataCadence: extra.flowDataCadence ?? 'quarterly',
    usingUnitRatings: policy.usingUnitRatings,
    exemptSectors: extra.exemptSectors ?? DEFAULT_EXEMPT_SECTORS,
    terminationLeadDays: policy.terminationLeadDays,
  };
}
