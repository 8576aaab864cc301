/**
 * Using units (P-UU-*, O-27, T-17, Q-28): their commands and deadlines go to their memberships;
 * a B-rated authorized builder's flow data (E-AUTH-4) is kept here.
 */
import { assign } from 'xstate';
import * as builder from './builderFlow.js';
import * as memberships from './memberships.js';
import type { Notice } from '../../notice.js';
import type { UnitContext } from '../context.js';
import type { DeadlineEvent, UnitEvent } from '../events.js';
import { governingRuleUU, usingUnitSchemas, type UsingUnitCommand } from '../../schemas/usingUnits.js';
import { when } from '../guards.js';
import { unitSetup } from '../setup.js';

type Of<T extends UnitEvent['type']> = Extract<UnitEvent, { type: T }>;

type UsingUnitEvent = UsingUnitCommand & { at: string };

/**
 * P-UU-*: every using-unit command goes to its membership's chart; the unit chart adds the DCU's
 * own conditions (E-UU-10) and forwards the membership's notices and rule.
 */
const usingUnitTransitions = Object.fromEntries(
  usingUnitSchemas.map((schema) => {
    const type = schema.shape.type.value;
    return [
      type,
      {
        guard: when('authorized', 'newUsingUnitsAllowed', 'membershipAllows'),
        meta: { rule: governingRuleUU[type], ruleFromMembership: true },
        actions: [
          { type: 'notifyAll', params: ({ context, event }: { context: UnitContext; event: UnitEvent }) => ({ notices: memberships.stepCommand(context, event as UsingUnitEvent).notices as Notice[] }) },
          assign(({ context, event }: { context: UnitContext; event: UnitEvent }) => {
            const e = event as UsingUnitEvent;
            return { memberships: { ...context.memberships, [e.usingUnit]: memberships.stepCommand(context, e).state } };
          }),
        ],
      },
    ];
  }),
) as Record<UsingUnitCommand['type'], never>;

export const usingUnitTransitionsOn = unitSetup.createStateConfig({
  on: {
    ...usingUnitTransitions,
    SUBMIT_FLOW_DATA: [
      {
        // E-AUTH-4, O-27: the authorized builder's own flow data (it is no membership)
        guard: when('authorized', 'builderOwes'),
        meta: { rule: 'O-27' },
        actions: [assign({ builderFlow: ({ context, event }) => builder.submitBuilderFlow(context, event as Of<'SUBMIT_FLOW_DATA'>) })],
      },
      usingUnitTransitions.SUBMIT_FLOW_DATA,
    ],
    DEADLINE: [
      {
        // a membership's own deadline: invitation lapse, flow data (T-17, O-27), a filed end (T-08)
        guard: { type: 'due', params: { what: 'membership' as const } },
        meta: { rule: 'T-17', ruleFromMembership: true },
        actions: [
          'markDone',
          { type: 'notifyAll', params: ({ context, event }) => ({ notices: memberships.stepDeadline(context, event as DeadlineEvent).notices as Notice[] }) },
          assign({ memberships: ({ context, event }) => ({ ...context.memberships, [(event as DeadlineEvent).ref!]: memberships.stepDeadline(context, event as DeadlineEvent).state }) }),
        ],
      },
      {
        // E-AUTH-4, O-27, T-17: the builder's flow data reminded at the period's end, overdue after its 15th day
        guard: { type: 'due', params: { what: 'builderFlowData' as const } },
        meta: { rule: 'O-27', ruleFromDeadline: true },
        actions: [
          'markDone',
          assign({ builderFlow: ({ context, event }) => builder.builderFlowDeadlineFired(context, event as DeadlineEvent) }),
          {
            type: 'notify',
            params: ({ context, event }) => {
              const e = event as DeadlineEvent;
              const duty = context.builderFlow.find((d) => d.period === e.period);
              const overdue = e.sub === 'flowDataOverdue';
              return { template: overdue ? 'flowDataOverdue' : 'flowDataDue', ruleId: e.ruleId, to: overdue ? ['officer', 'unit'] : ['unit'], facts: { usingUnit: e.ref ?? null, name: context.submission?.application.authorizedUnit?.name ?? null, period: e.period ?? null, dueOn: duty?.dueOn ?? null, rating: 'B' } };
            },
          },
        ],
      },
    ],
  },
}).on;
