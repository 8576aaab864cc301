/**
 * The direct-connect unit's lifetime (直连单位), assembled from its states: onboarding, the live
 * unit (term, compliance, duties, using units) and the terminated record. The only place that says
 * which transition is legal; every transition cites its rule in `meta.rule`. Pure: instants
 * arrive in events (`at`). The vocabulary (actions, guards) is in setup.ts.
 */
import { cstDate } from '../calendar.js';
import { initialContext } from './context.js';
import { pendingDecisions } from './pending.js';
import { unitSetup } from './setup.js';
import { complianceTransitions } from './compliance/transitions.js';
import { dutyTransitions } from './duties/transitions.js';
import { prospect, returned, underReview } from './onboarding/transitions.js';
import { closed, terminated } from './term/terminated.js';
import { termTransitions } from './term/transitions.js';
import { usingUnitTransitionsOn } from './usingUnits/transitions.js';
import { assign, not } from 'xstate';
import { when } from './guards.js';
import { adoptPolicy } from './policyCommands.js';

export const unitMachine = unitSetup.createMachine({
  id: 'unit',
  initial: 'prospect',
  context: ({ input }) => initialContext(input),
  on: {
    // issue 18: a new policy version applies from the adoption instant on (policyCommands.ts, policyPreview.ts)
    ADOPT_POLICY: {
      guard: when('authorized', 'policyAdoptable'),
      meta: { rule: 'P-VER-02' },
      actions: [assign(({ context, event }) => (event.type === 'ADOPT_POLICY' ? adoptPolicy(context, event.policy, event.at) : {}))],
    },
    DEADLINE: {
      // T-18, T-25: a request waiting for an officer past the threshold goes to the supervisor, once
      guard: { type: 'due', params: { what: 'decisionAgeing' as const } },
      meta: { rule: 'T-18' },
      actions: [
        'markDone',
        {
          type: 'notify',
          params: ({ context, event }) => {
            const p = pendingDecisions(context).find((x) => x.key === event.ref);
            return { template: 'decisionAgeing', ruleId: 'T-18', to: ['supervisor', 'officer'], facts: { what: p?.what ?? null, subject: p?.subject ?? null, since: p ? cstDate(p.since) : null, decisionRuleId: p?.ruleId ?? null, days: context.policy.pendingDecisionEscalationDays } };
          },
        },
      ],
    },
  },
  states: {
    prospect,
    underReview,
    returned,
    live: {
      initial: 'active',
      states: {
        // M-SUSPEND-ACCESS / M-RESTORE follow the open cases: suspended while one suspends access;
        // a filed termination of the whole unit (T-08) shows until it takes effect or is withdrawn
        active: {
          always: [
            { guard: 'accessSuspended', target: 'suspended', meta: { rule: 'M-SUSPEND-ACCESS' } },
            { guard: 'unitTerminationFiled', target: 'terminationScheduled', meta: { rule: 'T-08' } },
          ],
        },
        terminationScheduled: {
          always: [
            { guard: 'accessSuspended', target: 'suspended', meta: { rule: 'M-SUSPEND-ACCESS' } },
            { guard: not('unitTerminationFiled'), target: 'active', meta: { rule: 'P-TRM-01' } },
          ],
        },
        suspended: { always: { guard: not('accessSuspended'), target: 'active', meta: { rule: 'M-RESTORE' } } },
      },
      on: {
        ...termTransitions,
        ...complianceTransitions,
        ...dutyTransitions,
        ...usingUnitTransitionsOn,
        DEADLINE: [...termTransitions.DEADLINE, ...complianceTransitions.DEADLINE, ...dutyTransitions.DEADLINE, ...usingUnitTransitionsOn.DEADLINE],
      },
    },
    terminated,
    closed,
  },
});

export type UnitMachine = typeof unitMachine;
