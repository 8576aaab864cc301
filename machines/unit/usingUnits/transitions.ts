/**
 * Using units (P-UU-*, O-27, T-17, Q-28): their commands and deadlines go to their memberships;
 * a B-rated authorized builder's flow data (E-AUTH-4) is kept here.
 */
import { assign } from 'xstate';
import * as builder from './builderFlow.js';
import * as memberships from './memberships.js';
import type { UnitContext } from '../context.js';
import type { UnitEvent } from '../events.js';
import type { Notice } from '../../notice.js';
import type { UsingUnitCommand } from '../../schemas/usingUnits.js';
import { when } from '../guards.js';
import { unitSetup } from '../setup.js';

/** The notices of the membership's own step (its chart's `notify` actions), forwarded. */
function membershipNotices({ context, event }: { context: UnitContext; event: UnitEvent }): { notices: Notice[] } {
  const e = memberships.usingUnitEventOf(event);
  return { notices: e ? memberships.stepCommand(context, e).notices : [] };
}

/**
 * P-UU-*: a using-unit command goes to its membership's chart; the unit chart adds the DCU's own
 * conditions (E-UU-10) and forwards the membership's notices. `rule` is the rule that makes the
 * command legal; the membership's chart names the path it took (`ruleFromMembership`, engine.ts).
 */
function toMembership(rule: string) {
  return {
    guard: when('authorized', 'newUsingUnitsAllowed', 'membershipAllows'),
    meta: { rule, ruleFromMembership: true },
    actions: [{ type: 'notifyAll' as const, params: membershipNotices }, 'stepMembership' as const],
  };
}

/** Every using-unit command with the rule that makes it legal (rules.md §8). */
const usingUnitTransitions = {
  INVITE_USING_UNIT: toMembership('P-UU-01'),
  ACCEPT_INVITATION: toMembership('P-UU-01'),
  APPLY_FOR_AUTHORIZATION: toMembership('P-UU-02'),
  CONSENT_TO_USING_UNIT: toMembership('P-UU-02'),
  DECLINE_USING_UNIT: toMembership('P-UU-02'),
  APPROVE_USING_UNIT: toMembership('P-UU-01'),
  RETURN_USING_UNIT: toMembership('P-UU-01'),
  RESUBMIT_USE_REQUEST: toMembership('P-UU-01'),
  REMOVE_USING_UNIT: toMembership('P-UU-06'),
  SUBMIT_FLOW_DATA: toMembership('O-27'),
} satisfies Record<UsingUnitCommand['type'], unknown>;

export const usingUnitTransitionsOn = unitSetup.createStateConfig({
  on: {
    ...usingUnitTransitions,
    SUBMIT_FLOW_DATA: [
      {
        // E-AUTH-4, O-27: the authorized builder's own flow data (it is no membership)
        guard: when('authorized', 'builderOwes'),
        meta: { rule: 'O-27' },
        actions: [assign({ builderFlow: ({ context, event }) => builder.submitBuilderFlow(context, event) })],
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
          { type: 'notifyAll', params: ({ context, event }) => ({ notices: memberships.stepDeadline(context, event).notices as Notice[] }) },
          assign({ memberships: ({ context, event }) => ({ ...context.memberships, [event.ref!]: memberships.stepDeadline(context, event).state }) }),
        ],
      },
      {
        // E-AUTH-4, O-27, T-17: the builder's flow data reminded at the period's end, overdue after its 15th day
        guard: { type: 'due', params: { what: 'builderFlowData' as const } },
        meta: { rule: 'O-27', ruleFromDeadline: true },
        actions: [
          'markDone',
          assign({ builderFlow: ({ context, event }) => builder.builderFlowDeadlineFired(context, event) }),
          {
            type: 'notify',
            params: ({ context, event }) => {
              const e = event;
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
