/** The using-units domain's guards (P-UU-*, E-UU-10, O-27): each with its rule and its own refusal (guard.ts). */
import { assertEvent } from 'xstate';
import { addsUsingUnit, isUsingUnitCommand } from '../../membership/index.js';
import { newUsingUnitsStopped } from '../compliance/cases.js';
import { eventRule, guard, type GuardArgs } from '../guard.js';
import { builderOwes } from './builderFlow.js';
import { membershipAllows, membershipRefusal } from './memberships.js';

/** The using-unit command the guard sees, or null for any other event. */
function usingUnitEvent({ event }: GuardArgs) {
  return event.type !== 'DEADLINE' && isUsingUnitCommand(event) ? event : null;
}

export const usingUnitGuards = {
  /** the membership's own chart allows the command (its state, its E-UU eligibility, Q-28, T-17); refused with the refusal of the membership's guard that failed */
  membershipAllows: guard({
    rule: (args) => {
      const e = usingUnitEvent(args);
      return e ? membershipRefusal(args.context, e).ruleId : eventRule(args);
    },
    test: (args) => {
      const e = usingUnitEvent(args);
      return e !== null && membershipAllows(args.context, e);
    },
    refuse: (args) => {
      const e = usingUnitEvent(args);
      return e ? membershipRefusal(args.context, e).reason : `${args.event.type} is no using-unit command`;
    },
    unmet: (args) => {
      const e = usingUnitEvent(args);
      return e ? membershipRefusal(args.context, e).unmet : [];
    },
  }),
  /** E-UU-10: no new using unit while the DCU is suspended or under stopNewUsingUnits */
  newUsingUnitsAllowed: guard({
    rule: 'E-UU-10',
    test: ({ context, event }) => !addsUsingUnit(event, context.policy.newUsingUnitGate) || !newUsingUnitsStopped(context),
    refuse: () => 'no new using units while the unit is suspended or under stopNewUsingUnits (E-UU-10)',
  }),
  /** E-AUTH-4, O-27: the authorized builder owes this period's flow data */
  builderOwes: guard({
    rule: 'O-27',
    test: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_FLOW_DATA');
      return builderOwes(context, event);
    },
    refuse: () => 'the sender is not the authorized builder, or it owes no flow data for the period (O-27)',
  }),
};
