/**
 * The membership chart's guards (issue 11), each one named thing with its predicate, the rule it
 * enforces and its own refusal side by side (machines/guard.ts), and `when`, the one chart guard
 * that requires several of them in order. The chart (machine.ts) says where each applies; a refused
 * event is told the refusal of the guard that failed in the membership's state (refusal.ts).
 */
import { assertEvent } from 'xstate';
import { addDays, cstDate, endOf } from '../calendar.js';
import type { GuardOf } from '../guard.js';
import { allowedRolesUU, governingRuleUU, type UsingUnitCommandType } from '../schemas/usingUnits.js';
import type { MembershipContext } from './context.js';
import { deadlinesFor, type DeadlinePhase } from './deadlines.js';
import type { MembershipDeadlineKind, MembershipEvent } from './events.js';
import * as flow from './flowData.js';
import { requestFindings } from './request.js';
import { unmetRefusal } from '../eligibility.js';

/** what the refused use request can do instead (the one rule of admission decisions, eligibility.ts `unmetRefusal`) */
const INSTEAD = 'the use request may be sent again with corrected facts once every condition is met (P-UU-01, P-UU-02)';

/** What a membership guard sees: the membership's context and the event. */
export interface MembershipGuardArgs {
  context: MembershipContext;
  event: MembershipEvent;
}

type Guard<P = undefined> = GuardOf<MembershipGuardArgs, P>;
const guard = <P = undefined>(g: Guard<P>): Guard<P> => g;

/** The rule the event itself is governed by: a command's (P-UU-*), or the one a derived event or deadline names. */
export function eventRuleOf(event: MembershipEvent): string {
  if (event.type in governingRuleUU) return governingRuleUU[event.type as UsingUnitCommandType];
  if ('ruleId' in event) return event.ruleId;
  return event.type === 'ADMIT_FROM_APPLICATION' ? 'P-ONB-08' : event.type === 'UPDATE_RATING' ? 'E-UU-3' : 'T-08';
}
const eventRule = ({ event }: MembershipGuardArgs): string => eventRuleOf(event);
const caseOf = (event: MembershipEvent): string => ('caseId' in event ? (event.caseId ?? '') : '');

/** Every guard of the membership chart by name. */
export const membershipGuardTable = {
  /** the command's sender has a role that may send it (an event from the unit chart has no actor) */
  role: guard({
    rule: eventRule,
    test: ({ event }) => !('actor' in event) || (allowedRolesUU[event.type as UsingUnitCommandType] ?? []).includes(event.actor.role),
    refuse: ({ event }) => {
      const roles = allowedRolesUU[event.type as UsingUnitCommandType] ?? [];
      return `${event.type} may be sent only by ${roles.join(' or ')}, not by ${'actor' in event ? event.actor.role : 'the unit chart'}`;
    },
  }),
  /** E-UU-1…7 hold for the facts the event brings */
  eligible: guard({
    rule: (args) => {
      const findings = requestFindings(args.context, args.event);
      return findings ? unmetRefusal(findings, args.context.uscc, INSTEAD).ruleId : eventRule(args);
    },
    test: ({ context, event }) => requestFindings(context, event)?.eligible === true,
    refuse: ({ context, event }) => {
      const findings = requestFindings(context, event);
      return findings ? unmetRefusal(findings, context.uscc, INSTEAD).reason : `${event.type} brings no use-request facts to judge`;
    },
    unmet: ({ context, event }) => requestFindings(context, event)?.unmet ?? [],
  }),
  /** E-UU-2: SELF is the DCU itself, and the DCU is only ever SELF */
  selfConsistent: guard({
    rule: 'E-UU-2',
    test: ({ context, event }) => {
      assertEvent(event, 'INVITE_USING_UNIT');
      return (event.relationship === 'SELF') === (event.usingUnit === context.dcuUscc);
    },
    refuse: ({ context, event }) =>
      'relationship' in event && event.relationship === 'SELF'
        ? `SELF is only for the DCU itself (${context.dcuUscc}), not ${context.uscc} (E-UU-2)`
        : `the DCU itself (${context.uscc}) may only be its own using unit as SELF (E-UU-2)`,
  }),
  /** Q-28: before 00:00 CST after the invitation's last day */
  beforeLapse: guard({
    rule: 'Q-28',
    test: ({ context, event }) => context.invitation !== null && Date.parse(event.at) < Date.parse(endOf(context.invitation.lastDay)),
    refuse: ({ context }) =>
      `the invitation's last day was ${context.invitation?.lastDay} (${context.rules.invitationExpiryDays} days, Q-28); it lapsed at ${endOf(context.invitation?.lastDay ?? '')}`,
  }),
  /** G3.1(2)1: only the using unit's own competent tax authority decides its use request */
  competentAuthority: guard({
    rule: eventRule,
    test: ({ context, event }) => 'actor' in event && context.facts !== null && event.actor.authority === context.facts.competentTaxAuthority,
    refuse: ({ context, event }) =>
      `the use request of ${context.uscc} is decided by its competent tax authority ${context.facts?.competentTaxAuthority ?? '—'}, not ${('actor' in event && event.actor.authority) || 'an officer without an authority'} (G3.1(2)1)`,
  }),
  /** P-UU-01: the membership came by invitation */
  viaInvitation: guard({
    rule: 'P-UU-01',
    test: ({ context }) => context.path === 'invitation',
    refuse: ({ context }) => `${context.uscc} came by application (P-UU-02), not by invitation`,
  }),
  /** P-UU-02: the membership came by the using unit's application */
  viaApplication: guard({
    rule: 'P-UU-02',
    test: ({ context }) => context.path !== 'invitation',
    refuse: ({ context }) => `${context.uscc} came by invitation (P-UU-01), not by application`,
  }),
  /** a deadline this membership still lists, its instant reached (a stale timer changes nothing) */
  isDue: guard<{ what: MembershipDeadlineKind; phase: DeadlinePhase }>({
    rule: eventRule,
    test: ({ context, event }, params) =>
      event.type === 'DEADLINE' && event.what === params.what && deadlinesFor(context, params.phase).some((d) => d.key === event.key && Date.parse(d.at) <= Date.parse(event.at)),
    refuse: ({ context, event }, params) => {
      if (event.type !== 'DEADLINE') return `${event.type} is no deadline`;
      const d = deadlinesFor(context, params.phase).find((x) => x.key === event.key);
      if (!d) return `deadline ${event.key} is not one of ${context.uscc}'s (${params.phase})`;
      return d.what === params.what ? `deadline ${event.key} is due at ${d.at}, not yet` : `deadline ${event.key} is a ${d.what}, not a ${params.what}`;
    },
  }),
  /** O-27, T-17: the period's flow data is owed and its period has ended */
  flowOwed: guard({
    rule: 'O-27',
    test: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_FLOW_DATA');
      return flow.owedDuty(context.flowData, event.period, event.at) !== undefined;
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_FLOW_DATA');
      const uu = context.uscc;
      const owed = context.flowData.filter((d) => d.status === 'open' || d.status === 'overdue');
      if (owed.length === 0) return `no flow data is owed by ${uu} (rating ${context.facts?.creditRating ?? '—'}; only B and M owe it, O-27)`;
      const duty = context.flowData.find((d) => d.period === event.period);
      if (duty && owed.includes(duty)) {
        return `period ${event.period} ends on ${flow.periodEnd(event.period)}; its data can be submitted from ${addDays(flow.periodEnd(event.period), 1)} (T-17)`;
      }
      return `period ${event.period} is not owed by ${uu}${duty ? ` (${duty.status})` : ''}; owed: ${owed.map((d) => `${d.period} (due ${d.dueOn})`).join(', ')}`;
    },
  }),
  /** S-05/S-07: the case does not already suspend the membership */
  newCase: guard({
    rule: eventRule,
    test: ({ context, event }) => !context.suspendedBy.includes(caseOf(event)),
    refuse: ({ context, event }) => `case ${caseOf(event)} already suspends ${context.uscc}`,
  }),
  /** M-RESTORE: the case being closed is one that suspends the membership */
  suspendedByCase: guard({
    rule: 'M-RESTORE',
    test: ({ context, event }) => context.suspendedBy.includes(caseOf(event)),
    refuse: ({ context, event }) => `case ${caseOf(event)} does not suspend ${context.uscc} (suspended by ${context.suspendedBy.join(', ') || 'no case'})`,
  }),
  /** M-RESTORE: no other case still suspends the membership */
  lastSuspension: guard({
    rule: 'M-RESTORE',
    test: ({ context, event }) => context.suspendedBy.every((id) => id === caseOf(event)),
    refuse: ({ context, event }) => `${context.uscc} stays suspended by ${context.suspendedBy.filter((id) => id !== caseOf(event)).join(', ')}`,
  }),
  /** T-08: at least the lead time ahead, and not already scheduled */
  leadTime: guard({
    rule: 'T-08',
    test: ({ context, event }) => {
      assertEvent(event, 'SCHEDULE_MEMBERSHIP_END');
      return context.scheduledEnd === null && event.effectiveOn >= addDays(cstDate(event.at), context.rules.terminationLeadDays);
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'SCHEDULE_MEMBERSHIP_END');
      if (context.scheduledEnd) return `${context.uscc} already ends on ${context.scheduledEnd.effectiveOn}`;
      return `effectiveOn ${event.effectiveOn} is less than ${context.rules.terminationLeadDays} days ahead; the earliest is ${addDays(cstDate(event.at), context.rules.terminationLeadDays)} (T-08)`;
    },
  }),
  /** T-08: a termination filing ends the membership */
  endScheduled: guard({
    rule: 'T-08',
    test: ({ context }) => context.scheduledEnd !== null,
    refuse: ({ context }) => `no termination filing ends ${context.uscc}`,
  }),
};

export type MembershipGuardName = keyof typeof membershipGuardTable;
type ParamsOf<N extends MembershipGuardName> = Parameters<(typeof membershipGuardTable)[N]['test']>[1];
/** A guard as a transition names it: by name, or with its params. */
export type MembershipGuardRef = { [N in MembershipGuardName]: ParamsOf<N> extends undefined ? N : { type: N; params: ParamsOf<N> } }[MembershipGuardName];

/** The guard a reference names and the params it passes. */
export function resolveMembershipGuard(ref: MembershipGuardRef): { name: MembershipGuardName; guard: GuardOf<MembershipGuardArgs, unknown>; params: unknown } {
  const name = typeof ref === 'string' ? ref : ref.type;
  return { name, guard: membershipGuardTable[name] as GuardOf<MembershipGuardArgs, unknown>, params: typeof ref === 'string' ? undefined : ref.params };
}

/** The chart's guard that requires every named guard, in order: `guard: when('role', 'eligible')`. */
export function when(...guards: MembershipGuardRef[]) {
  return { type: 'when' as const, params: { guards } };
}

/** The guards as the chart's setup takes them: each predicate by name, and `when`. */
export const membershipGuards = {
  ...(Object.fromEntries(
    Object.entries(membershipGuardTable).map(([name, g]) => [name, (args: MembershipGuardArgs, params: unknown) => (g as GuardOf<MembershipGuardArgs, unknown>).test(args, params)]),
  ) as { [N in MembershipGuardName]: (args: MembershipGuardArgs, params: ParamsOf<N>) => boolean }),
  when: (args: MembershipGuardArgs, params: { guards: readonly MembershipGuardRef[] }) =>
    params.guards.map(resolveMembershipGuard).every(({ guard: g, params: p }) => g.test(args, p)),
};
