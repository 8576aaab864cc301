/** Who a membership's `usingUnits` notice reaches: its own contact (the use request's, else the invitation's). */
import type { Contact } from '../schemas/forms.js';
import type { MembershipState } from './state.js';

/** null for a unit declared with the application, which gave no contact: send to the DCU instead */
export function usingUnitContact(state: MembershipState): Contact | null {
  return state.context.facts?.contact ?? state.context.invitation?.contact ?? null;
}
