/** The onboarding domain's guards (P-ONB-02, T-01): each with its rule and its own refusal (guard.ts). */
import { assertEvent } from 'xstate';
import { cstDate } from '../../calendar.js';
import { guard } from '../guard.js';

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
};
