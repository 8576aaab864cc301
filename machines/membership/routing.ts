/**
 * What the unit chart asks before it hands a command to a membership: which membership, whether
 * the command adds a using unit (E-UU-10), and what is wrong with a list of using units.
 */
import type { UsingUnitCommand, UsingUnitCommandType } from '../schemas/usingUnits.js';
import { usingUnitSchemas } from '../schemas/usingUnits.js';
import type { MembershipState } from './state.js';

export const usingUnitCommandTypes = usingUnitSchemas.map((s) => s.shape.type.value) as UsingUnitCommandType[];

/** Is this command one of the membership's (routed by its `usingUnit`)? */
export function isUsingUnitCommand(command: { type: string }): command is UsingUnitCommand {
  return (usingUnitCommandTypes as string[]).includes(command.type);
}

/**
 * E-UU-10 readings (rules.md §8(b)): (a) a suspended DCU, or one under stopNewUsingUnits, sends
 * no invitation and gives no consent; (b) it also lets no pending request complete.
 */
export type NewUsingUnitGate = 'invitationAndConsent' | 'wholeAdmission';

const GATED: Record<NewUsingUnitGate, readonly UsingUnitCommandType[]> = {
  invitationAndConsent: ['INVITE_USING_UNIT', 'CONSENT_TO_USING_UNIT'],
  wholeAdmission: ['INVITE_USING_UNIT', 'CONSENT_TO_USING_UNIT', 'APPLY_FOR_AUTHORIZATION', 'ACCEPT_INVITATION', 'RESUBMIT_USE_REQUEST', 'APPROVE_USING_UNIT'],
};

/** Does the command move a new using unit towards admission (refused under E-UU-10)? */
export function addsUsingUnit(command: { type: string }, gate: NewUsingUnitGate = 'invitationAndConsent'): boolean {
  return (GATED[gate] as readonly string[]).includes(command.type);
}

/** Memberships that serve now (the DCU's services reach them). */
export function serving(state: MembershipState): boolean {
  return state.value === 'active' || state.value === 'suspended';
}

/**
 * T-08, P-TRM-01: every problem with FILE_TERMINATION's `usingUnits` (unknown, repeated, not
 * serving); empty when the list is good.
 */
export function terminationScopeProblems(memberships: Readonly<Record<string, MembershipState>>, usingUnits: readonly string[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  usingUnits.forEach((uu, i) => {
    if (seen.has(uu)) problems.push(`usingUnits.${i}: ${uu} is listed twice`);
    seen.add(uu);
    const m = memberships[uu];
    if (!m) problems.push(`usingUnits.${i}: ${uu} is not a using unit of this DCU`);
    else if (!serving(m)) problems.push(`usingUnits.${i}: ${uu} is ${m.value}, not a serving using unit`);
  });
  return problems;
}

/** Every membership the DCU's own end reaches (P-TRM-04 cascade): all not yet lapsed, declined or ended. */
export function cascadeTargets(memberships: Readonly<Record<string, MembershipState>>): string[] {
  return Object.entries(memberships)
    .filter(([, m]) => !['none', 'lapsed', 'declined', 'ended'].includes(m.value))
    .map(([uu]) => uu);
}
