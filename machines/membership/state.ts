/** A membership as the unit context stores it and continue-as-new carries it: plain JSON. */
import type { MembershipContext } from './context.js';

/** the membership's state ids; `none` exists only before the first event */
export type MembershipValue =
  | 'none'
  | 'invited'
  | 'applied'
  | 'awaitingAuthority'
  | 'returned'
  | 'active'
  | 'suspended'
  | 'lapsed'
  | 'declined'
  | 'ended';

export interface MembershipState {
  value: MembershipValue;
  context: MembershipContext;
}
