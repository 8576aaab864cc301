/** The onboarding domain's guards (P-ONB-02, P-ONB-04, T-01): each with its rule and its own refusal (guard.ts). */
import { assertEvent } from 'xstate';
import { cstDate } from '../../calendar.js';
import { unmetRefusal } from '../../eligibility.js';
import { guard, type GuardArgs } from '../guard.js';

/** P-ONB-04: what the officer does instead of approving an application that fails a condition */
const INSTEAD = 'return the application instead (RETURN_APPLICATION, P-ONB-04); conditions the form cannot decide stay the officer’s to confirm';

/** The application's refusal by its unmet conditions (the one rule of admission decisions, eligibility.ts). */
function applicationRefusal({ context }: GuardArgs) {
  return context.eligibility ? unmetRefusal(context.eligibility, `the application of ${context.unitId}`, INSTEAD) : null;
}

export const onboardingGuards = {
  /** P-ONB-02: the application is for the unit this chart runs (workflow id `unit:<USCC>`) */
  forThisUnit: guard({
    rule: 'P-ONB-02',
    test: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_APPLICATION');
      return event.application.dcuUscc === context.unitId;
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_APPLICATION');
      return `application.dcuUscc ${event.application.dcuUscc} is not this unit, ${context.unitId}`;
    },
  }),
  /** T-01: an officer's explicit term end lies after the approval day */
  termEndAfterApproval: guard({
    rule: 'T-01',
    test: ({ event }) => {
      assertEvent(event, 'APPROVE_APPLICATION');
      return event.termEndsOn === undefined || event.termEndsOn > cstDate(event.at);
    },
    refuse: ({ event }) => {
      assertEvent(event, 'APPROVE_APPLICATION');
      return `termEndsOn ${event.termEndsOn} is not after the approval date ${cstDate(event.at)}`;
    },
  }),
  /**
   * P-ONB-04, E-DCU-*, E-UU-*, E-AUTH-* (decisions.md "Approval and unmet conditions"): the
   * application meets every form-decidable condition of the DCU, each simultaneous using unit and
   * the builder; otherwise APPROVE_APPLICATION is refused, listing every unmet one with its rule id.
   */
  conditionsMet: guard({
    rule: (args) => applicationRefusal(args)?.ruleId ?? 'P-ONB-04',
    test: ({ context }) => context.eligibility === null || context.eligibility.eligible,
    refuse: (args) => applicationRefusal(args)?.reason ?? 'the application has not been checked',
    unmet: (args) => applicationRefusal(args)?.unmet ?? [],
  }),
};
