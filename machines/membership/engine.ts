/**
 * A membership's path through its chart, pure: create, ask, step, explain. The unit chart keeps
 * one `MembershipState` per using unit and calls these from its guards and actions.
 */
import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { addDays, cstDate, endOf } from '../calendar.js';
import type { RequestedUsingUnit } from '../schemas/forms.js';
import { allowedRolesUU, type UsingUnitCommandType } from '../schemas/usingUnits.js';
import type { MembershipSetup } from './context.js';
import { deadlinesFor } from './deadlines.js';
import { isStarter, type MembershipEvent } from './events.js';
import { owedDuty, periodEnd } from './flowData.js';
import { membershipMachine } from './machine.js';
import { ruleOfEvent } from './setup.js';
import type { MembershipNotice } from './notices.js';
import { requestFindings } from './request.js';
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

/** Is the event legal now (role, state, guards, authority)? */
export function canMembership(state: MembershipState, event: MembershipEvent): boolean {
  return resolve(state).can(event);
}

/** Applies a legal event; throws with the explanation if it is not. */
export function stepMembership(state: MembershipState, event: MembershipEvent): MembershipStep {
  const snapshot = resolve(state);
  if (!snapshot.can(event)) throw new Error(`${event.type} refused: ${explainMembership(state, event)}`);
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

/** Why the event is illegal now, every reason the membership knows (empty if it is legal). */
export function explainMembership(state: MembershipState, event: MembershipEvent): string {
  if (canMembership(state, event)) return '';
  const forbidden = forbiddenMembership(state, event);
  if (forbidden) return forbidden;
  const { value, context } = state;
  const uu = context.uscc;
  const status = `${uu} is ${STATUS_TEXT[value]}`;
  const unmet = (): string | null => {
    const findings = requestFindings(context, event);
    return findings && !findings.eligible ? `${uu} does not meet ${findings.unmet.map((f) => `${f.ruleId} (${f.message})`).join('; ')}` : null;
  };

  if (isStarter(event)) {
    if (!['none', 'lapsed', 'declined', 'ended'].includes(value)) return `${status}; it cannot be invited or apply again (duplicate using unit)`;
    if (event.type === 'INVITE_USING_UNIT') {
      return event.relationship === 'SELF'
        ? `SELF is only for the DCU itself (${context.dcuUscc}), not ${uu} (E-UU-2)`
        : `the DCU itself (${uu}) may only be its own using unit as SELF (E-UU-2)`;
    }
    return unmet() ?? status;
  }
  if (value === 'none') return status;

  switch (event.type) {
    case 'ACCEPT_INVITATION': {
      if (value !== 'invited') return `${status}; no open invitation to accept`;
      const lapseAt = endOf(context.invitation?.lastDay ?? '');
      if (Date.parse(event.at) >= Date.parse(lapseAt)) return `the invitation's last day was ${context.invitation?.lastDay} (${context.rules.invitationExpiryDays} days, Q-28); it lapsed at ${lapseAt}`;
      return unmet() ?? status;
    }
    case 'CONSENT_TO_USING_UNIT':
    case 'DECLINE_USING_UNIT':
      return value === 'applied' ? (unmet() ?? status) : `${status}; no application awaits the DCU's decision`;
    case 'APPROVE_USING_UNIT':
    case 'RETURN_USING_UNIT':
      return `${status}; no use request awaits a decision`;
    case 'RESUBMIT_USE_REQUEST':
      return value === 'returned' ? (unmet() ?? status) : `${status}; only a returned use request may be resubmitted`;
    case 'REMOVE_USING_UNIT':
    case 'END_MEMBERSHIP':
      return `${status}; nothing to end`;
    case 'SUBMIT_FLOW_DATA': {
      if (value !== 'active' && value !== 'suspended') return `${status}; no flow data is owed`;
      const owed = context.flowData.filter((d) => d.status === 'open' || d.status === 'overdue');
      if (owed.length === 0) return `no flow data is owed by ${uu} (rating ${context.facts?.creditRating ?? '—'}; only B and M owe it, O-27)`;
      const duty = context.flowData.find((d) => d.period === event.period);
      if (duty && owed.includes(duty) && !owedDuty(context.flowData, event.period, event.at)) {
        return `period ${event.period} ends on ${periodEnd(event.period)}; its data can be submitted from ${addDays(periodEnd(event.period), 1)} (T-17)`;
      }
      return `period ${event.period} is not owed by ${uu}${duty ? ` (${duty.status})` : ''}; owed: ${owed.map((d) => `${d.period} (due ${d.dueOn})`).join(', ')}`;
    }
    case 'SUSPEND_MEMBERSHIP':
      return value === 'active' || value === 'suspended' ? `case ${event.caseId} already suspends ${uu}` : `${status}; nothing to suspend`;
    case 'RESTORE_MEMBERSHIP':
      return `case ${event.caseId} does not suspend ${uu} (${value}${context.suspendedBy.length ? `, suspended by ${context.suspendedBy.join(', ')}` : ''})`;
    case 'SCHEDULE_MEMBERSHIP_END': {
      if (value !== 'active' && value !== 'suspended') return `${status}; only a serving membership can be ended by a termination filing`;
      if (context.scheduledEnd) return `${uu} already ends on ${context.scheduledEnd.effectiveOn}`;
      return `effectiveOn ${event.effectiveOn} is less than ${context.rules.terminationLeadDays} days ahead; the earliest is ${addDays(cstDate(event.at), context.rules.terminationLeadDays)} (T-08)`;
    }
    case 'CANCEL_MEMBERSHIP_END':
      return `no termination filing ends ${uu}`;
    case 'UPDATE_RATING':
      return `${status}; no rating to update`;
    case 'DEADLINE': {
      const listed = deadlinesFor(context, value === 'invited' ? 'invited' : value === 'active' || value === 'suspended' ? 'serving' : null);
      const d = listed.find((x) => x.key === event.key);
      return d ? `deadline ${event.key} is due at ${d.at}, not yet` : `deadline ${event.key} is not one of ${uu}'s (${value})`;
    }
    default:
      return status;
  }
}

export type { MembershipState, MembershipValue };
