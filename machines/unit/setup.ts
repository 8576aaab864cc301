/**
 * The unit chart's vocabulary: its context, events and input types, its named actions (the effects
 * the workflow gives meaning to) and its guards. The states (states/*.ts) are built from it.
 */
import { assertEvent, assign, setup } from 'xstate';
import type { UnitContext, UnitInput } from './context.js';
import type { UnitEvent } from './events.js';
import { unitGuards } from './guards.js';
import type { Notice } from '../notice.js';
import { stepCommand, usingUnitEventOf } from './usingUnits/memberships.js';

export const unitSetup = setup({
  types: {
    context: {} as UnitContext,
    events: {} as UnitEvent,
    input: {} as UnitInput,
  },
  actions: {
    /** effect: the workflow sends the notice through the `sendNotice` activity */
    notify: (_, _notice: Notice) => {},
    /** effect: several notices at once (a membership's) */
    notifyAll: (_, _params: { notices: Notice[] }) => {},
    /** the event is recorded in the audit and changes nothing else (an enabled, effect-free transition) */
    recordOnly: () => {},
    /** P-UU-*: a using-unit command's step of its membership's chart */
    stepMembership: assign(({ context, event }) => {
      const e = usingUnitEventOf(event);
      return e ? { memberships: { ...context.memberships, [e.usingUnit]: stepCommand(context, e).state } } : {};
    }),
    markDone: assign({
      done: ({ context, event }) => {
        assertEvent(event, 'DEADLINE');
        return [...context.done, event.key];
      },
    }),
  },
  guards: unitGuards,
});
