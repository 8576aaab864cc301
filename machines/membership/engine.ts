/**
 * A membership's path through its chart, pure: create, ask, step (a refused event is told why by refusal.ts). The unit chart keeps
 * one `MembershipState` per using unit and calls these from its guards and actions.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import type { RequestedUsingUnit } from '../schemas/forms.js';
import { allowedRolesUU, type UsingUnitCommandType } from '../schemas/usingUnits.js';
import type { MembershipSetup } from './context.js';
import type { MembershipEvent } from './events.js';
import { membershipMachine } from './machine.js';
import { membershipRefusal } from './refusal.js';
import { ruleOfEvent } from './setup.js';
import type { MembershipNotice } from './notices.js';
import type { MembershipState, MembershipValue } from './state.js';

type Snapshot = SnapshotFrom<typeof membershipMachine>;

export interface MembershipStep {
  state: MembershipState;
  notices: MembershipNotice[];
  /** the rule of the transition taken (an event's own `ruleId` for cases and the cascade) */
  ruleId: string;
  from: MembershipValue;
  to: MembershipValue;
}

function resolve(state: MembershipState): Snapshot {
  return membershipMachine.resolveState({ value: state.value, context: state.context });
}

function persist(snapshot: Snapshot): MembershipState {
  return { value: snapshot.value as MembershipValue, context: snapshot.context };
}

/** A membership before its first event (state `none`): what INVITE / APPLY start from. */
export function emptyMembership(uscc: string, setup: MembershipSetup): MembershipState {
  return persist(initialTransition(membershipMachine, { ...setup, uscc })[0]);
}

/** The membership an event is about: the stored one, or an empty one for a starter. */
export function membershipFor(existing: MembershipState | undefined, uscc: string, setup: MembershipSetup): MembershipState {
  return existing ?? emptyMembership(uscc, setup);
}

/** P-UU-01 / P-UU-02: a new membership from INVITE_USING_UNIT or APPLY_FOR_AUTHORIZATION (throws if illegal). */
export function startMembership(
  event: Extract<MembershipEvent, { type: 'INVITE_USING_UNIT' | 'APPLY_FOR_AUTHORIZATION' }>,
  setup: MembershipSetup,
): MembershipStep {
  return stepMembership(emptyMembership(event.usingUnit, setup), event);
}

/** P-ONB-08, E-UU-11: a using unit declared with the application, active from the DCU's approval. */
export function membershipFromApplication(unit: RequestedUsingUnit, approvedAt: string, setup: MembershipSetup): MembershipState {
  return stepMembership(emptyMembership(unit.uscc, setup), { type: 'ADMIT_FROM_APPLICATION', unit, at: approvedAt }).state;
}

/** P-ONB-08, G3.1(2)1: a unit declared with the DCU's application that waits, at the DCU's approval, for its own authority's decision (and the notice to it). */
export function membershipAwaitingAuthority(unit: RequestedUsingUnit, approvedAt: string, setup: MembershipSetup): MembershipStep {
  return stepMembership(emptyMembership(unit.uscc, setup), { type: 'AWAIT_OWN_AUTHORITY', unit, at: approvedAt });
}

/** Is the event legal now (role, state, guards, authority)? */
export function canMembership(state: MembershipState, event: MembershipEvent): boolean {
  return resolve(state).can(event);
}

/** Applies a legal event; throws with the explanation if it is not. */
export function stepMembership(state: MembershipState, event: MembershipEvent): MembershipStep {
  const snapshot = resolve(state);
  if (!snapshot.can(event)) throw new Error(`${event.type} refused: ${membershipRefusal(state, event).reason}`);
  const meta = membershipMachine.getTransitionData(snapshot, event)[0]?.meta as { rule?: string } | undefined;
  const ruleId = ruleOfEvent(event, meta?.rule ?? (event.type === 'DEADLINE' ? event.ruleId : 'P-UU-06'));
  const [next, actions] = transition(membershipMachine, snapshot, event);
  const notices = actions.filter((a) => a.type === 'notify').map((a) => a.params as MembershipNotice);
  const to = next.value as MembershipValue;
  const by = 'actor' in event ? `${event.actor.role}:${event.actor.id}` : 'system';
  const what = event.type === 'DEADLINE' ? `${event.what}${event.period ? ` ${event.period}` : ''}` : event.type;
  const context = { ...next.context, history: [...next.context.history, { at: event.at, what: state.value === to ? what : `${what}: ${state.value} → ${to}`, ruleId, by }] };
  return { state: { value: to, context }, notices, ruleId, from: state.value, to };
}

/** `Forbidden` (contract): the sender's role, or an officer not of the using unit's competent authority. */
export function forbiddenMembership(state: MembershipState, event: MembershipEvent): string | null {
  if (!('actor' in event)) return null;
  const type = event.type as UsingUnitCommandType;
  const roles = allowedRolesUU[type];
  if (!roles.includes(event.actor.role)) return `${type} may be sent only by ${roles.join(' or ')}, not by ${event.actor.role}`;
  if ((type === 'APPROVE_USING_UNIT' || type === 'RETURN_USING_UNIT') && state.value === 'awaitingAuthority') {
    const authority = state.context.facts?.competentTaxAuthority;
    if (event.actor.authority !== authority) {
      return `the use request of ${state.context.uscc} is decided by its competent tax authority ${authority ?? '—'}, not ${event.actor.authority ?? 'an officer without an authority'} (G3.1(2)1)`;
    }
  }
  return null;
}

export type { MembershipState, MembershipValue };
