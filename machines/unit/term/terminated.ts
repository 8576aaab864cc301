/**
 * A terminated unit (T-10, P-TRM-04): the cascade on entry; the record closes on ARCHIVE or
 * after closeTerminatedAfterMonths.
 */
import { assign } from 'xstate';
import * as changes from '../duties/reducers.js';
import { unitSetup } from '../setup.js';
import { terminatedLimit } from './concurrency.js';

export const terminated = unitSetup.createStateConfig({
  // P-TRM-04: subscriptions, grants, the network filing and open duties end with the unit; its limit is 0 (the shown state is the true one)
  entry: assign(({ context }) => ({ ...changes.cascadeTermination(context), concurrency: terminatedLimit(context) })),
  on: {
    ARCHIVE: {
      guard: 'authorized',
      target: 'closed',
      meta: { rule: 'T-10' },
      actions: [{ type: 'notify', params: { template: 'archived', ruleId: 'T-10', to: ['officer'], facts: {} } }],
    },
    DEADLINE: {
      guard: { type: 'due', params: { what: 'closeTerminated' as const } },
      target: 'closed',
      meta: { rule: 'T-10' },
      actions: ['markDone'],
    },
  },
});

export const closed = unitSetup.createStateConfig({type: 'final' });
