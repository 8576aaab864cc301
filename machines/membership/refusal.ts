/**
 * Why the membership chart refuses an event in the membership's state, built from the guard that
 * actually failed there (guards.ts, machines/guard.ts): the state's candidate transitions for the
 * event's type are tried and the first guard that returns false in the candidate that got furthest
 * names the reason and the rule. A state without any transition for the event says so, naming the
 * state and what it means.
 */
import { furthestFailure, guardRefsIn, isGuardRefIn } from '../guard.js';
import type { UnmetCondition } from '../rejection.js';
import type { MembershipEvent } from './events.js';
import { eventRuleOf, membershipGuardTable, resolveMembershipGuard, type MembershipGuardName, type MembershipGuardRef } from './guards.js';
import { membershipMachine } from './machine.js';
import type { MembershipState, MembershipValue } from './state.js';

/** A refusal: the failing guard's name (null: no transition for the event in this state), its rule and its reason. */
export interface MembershipRefusal {
  guard: MembershipGuardName | null;
  params?: unknown;
  ruleId: string;
  reason: string;
  /** every unmet access condition, when E-UU conditions refused (empty otherwise) */
  unmet: UnmetCondition[];
}

/** What each membership state means, as a refusal says it. */
const STATUS_TEXT: Record<MembershipValue, string> = {
  none: 'not a using unit of this DCU (no invitation, application or membership)',
  invited: 'invited',
  applied: 'applied, awaiting the DCU',
  awaitingAuthority: 'awaiting its competent tax authority',
  returned: 'returned by its competent tax authority',
  active: 'active',
  suspended: 'suspended',
  lapsed: 'an invitation that lapsed',
  declined: 'declined by the DCU',
  ended: 'ended',
};

const isRef = (x: unknown): x is MembershipGuardRef => isGuardRefIn(membershipGuardTable, x);

/** The guards a membership transition requires, in order, or null when it uses a guard this module cannot read. */
export function membershipGuardRefsOf(guard: unknown): MembershipGuardRef[] | null {
  return guardRefsIn(guard, isRef);
}

/** The membership chart's transitions for the event's type in this state. */
export function candidateTransitions(value: MembershipValue, type: MembershipEvent['type']) {
  return membershipMachine.root.states[value]?.transitions.get(type) ?? [];
}

/** The refusal of an event the membership chart does not take in this state (call it after `canMembership` returned false). */
export function membershipRefusal(state: MembershipState, event: MembershipEvent): MembershipRefusal {
  const candidates = candidateTransitions(state.value, event.type).flatMap((t) => {
    const refs = membershipGuardRefsOf(t.guard);
    return refs ? [refs.map(resolveMembershipGuard)] : [];
  });
  return (
    furthestFailure(candidates, { context: state.context, event }) ?? {
      guard: null,
      ruleId: eventRuleOf(event),
      reason: `no transition for ${event.type} in state ${state.value}: ${state.context.uscc} is ${STATUS_TEXT[state.value]}`,
      unmet: [],
    }
  );
}
