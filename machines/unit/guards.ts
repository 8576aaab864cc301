/**
 * The unit chart's guards, composed from its domains (each guard with its predicate, rule and
 * refusal side by side, guard.ts), and `when`, the one chart guard that requires several of them
 * in order. The chart (chart.ts and the domains' transitions) says where each applies; a refused
 * command is told the refusal of the guard that failed (refusal.ts).
 */
import { assertEvent } from 'xstate';
import { complianceGuards } from './compliance/guards.js';
import type { UnitContext } from './context.js';
import { deadlines, type DeadlineKind } from './deadlines.js';
import { dutyGuards } from './duties/guards.js';
import { allowedRoles, isAuthorized, type UnitEvent } from './events.js';
import { eventRule, guard, type Guard, type GuardArgs } from './guard.js';
import { onboardingGuards } from './onboarding/guards.js';
import { termGuards } from './term/guards.js';
import { usingUnitGuards } from './usingUnits/guards.js';
import { ADOPTION_RULE, adoptionRefusal } from './policyCommands.js';

const commonGuards = {
  /** the sender's role may send the command (events.ts `allowedRoles`; checked first by `check`, kept here as the chart's own floor) */
  authorized: guard({
    rule: eventRule,
    test: ({ event }) => isAuthorized(event),
    refuse: ({ event }) => {
      assertEvent(event, Object.keys(allowedRoles) as (keyof typeof allowedRoles)[]);
      return `${event.type} may be sent only by ${allowedRoles[event.type].join(' or ')}, not by ${event.actor.role}`;
    },
  }),
  /** a deadline the projection (deadlines.ts) lists as due at the event's instant */
  due: guard<{ what: DeadlineKind }>({
    rule: eventRule,
    test: ({ context, event }, params) => event.type === 'DEADLINE' && event.what === params.what && deadlines(context).some((d) => d.key === event.key && Date.parse(d.at) <= Date.parse(event.at)),
    refuse: ({ event }, params) => (event.type === 'DEADLINE' ? `deadline ${event.key} is not a due ${params.what}` : `${event.type} is no deadline`),
  }),
  /** issue 18: a new policy version, on or after its effective date (policyCommands.ts) */
  policyAdoptable: guard({
    rule: ADOPTION_RULE,
    test: ({ context, event }) => event.type === 'ADOPT_POLICY' && adoptionRefusal(context, event.policy, event.at) === null,
    refuse: ({ context, event }) => (event.type === 'ADOPT_POLICY' ? (adoptionRefusal(context, event.policy, event.at) ?? '') : `${event.type} is no policy adoption`),
  }),
};

/** Every guard of the unit chart by name. */
export const guardTable = { ...commonGuards, ...onboardingGuards, ...termGuards, ...complianceGuards, ...dutyGuards, ...usingUnitGuards };

export type GuardName = keyof typeof guardTable;
type ParamsOf<N extends GuardName> = Parameters<(typeof guardTable)[N]['test']>[1];
/** A guard as a transition names it: by name, or with its params. */
export type GuardRef = { [N in GuardName]: ParamsOf<N> extends undefined ? N : { type: N; params: ParamsOf<N> } }[GuardName];

/** The guard a reference names and the params it passes. */
export function resolve(ref: GuardRef): { name: GuardName; guard: Guard<unknown>; params: unknown } {
  const name = typeof ref === 'string' ? ref : ref.type;
  return { name, guard: guardTable[name] as Guard<unknown>, params: typeof ref === 'string' ? undefined : ref.params };
}

/** The first of the references whose guard returns false, or undefined when all hold. */
export function firstFailing(refs: readonly GuardRef[], args: GuardArgs): ReturnType<typeof resolve> | undefined {
  return refs.map(resolve).find(({ guard: g, params }) => !g.test(args, params));
}

/** The chart's guard that requires every named guard, in order: `guard: when('authorized', 'feedbackOpen')`. */
export function when(...guards: GuardRef[]) {
  return { type: 'when' as const, params: { guards } };
}

type Args = { context: UnitContext; event: UnitEvent };

/** The guards as the chart's setup takes them: each predicate by name, and `when`. */
export const unitGuards = {
  ...(Object.fromEntries(Object.entries(guardTable).map(([name, g]) => [name, (args: Args, params: unknown) => (g as Guard<unknown>).test(args, params)])) as {
    [N in GuardName]: (args: Args, params: ParamsOf<N>) => boolean;
  }),
  when: (args: Args, params: { guards: readonly GuardRef[] }) => firstFailing(params.guards, args) === undefined,
};
