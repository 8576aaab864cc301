/**
 * Onboarding (P-ONB-02, P-ONB-04, T-01): a prospect applies; the officer approves or returns;
 * a returned application is resubmitted.
 */
import { assign } from 'xstate';
import * as memberships from '../usingUnits/memberships.js';
import type { ApplicationSubmission } from '../../schemas/forms.js';
import { checkEligibility } from '../../eligibility.js';
import { cstDate } from '../../calendar.js';
import { submissionOf } from '../term/startTerm.js';
import { approvalChange } from './approval.js';
import { importedContext } from '../imports/build.js';
import { when } from '../guards.js';
import { unitSetup } from '../setup.js';
import { isLegacy } from '../gates.js';

export const prospect = unitSetup.createStateConfig({
  on: {
    SUBMIT_APPLICATION: {
      guard: when('authorized', 'forThisUnit'),
      target: 'underReview',
      meta: { rule: 'P-ONB-02' },
      actions: [
        assign(({ context, event }) => {
          const submission = submissionOf(event);
          return {
            submission,
            eligibility: checkEligibility(submission, context.policy, { requestMonth: cstDate(event.at).slice(0, 7), today: cstDate(event.at) }),
            review: { submittedAt: event.at, pendingSince: event.at, returns: [], decidedAt: null, opinion: null },
          };
        }),
        { type: 'notify', params: ({ context }) => ({ template: 'applicationReceived', ruleId: 'P-ONB-02', to: ['unit', 'officer'], facts: { eligible: context.eligibility?.eligible ? 'yes' : 'no' } }) },
      ],
    },
    // issue 18 item 5: a unit already in service, from its current facts (imports/); no notice of its own (imports/build.ts)
    IMPORT_UNIT: {
      guard: when('authorized', 'importable'),
      target: 'live',
      meta: { rule: 'T-01' },
      actions: [assign(({ context, event }) => importedContext(context, event))],
    },
  },
});

export const underReview = unitSetup.createStateConfig({
  on: {
    APPROVE_APPLICATION: {
      guard: when('authorized', 'conditionsMet', 'termEndAfterApproval'),
      target: 'live',
      meta: { rule: 'T-01' },
      actions: [
        assign(({ context, event }) => approvalChange(context, event, isLegacy(event, 'simultaneous-own-authority'))),
        // G3.1(2)1: each using unit that waits for its own authority: that authority is told (computed again from the application, pure)
        { type: 'notifyAll', params: ({ context, event }) => ({ notices: memberships.fromApplication(context, event.at, isLegacy(event, 'simultaneous-own-authority')).notices }) },
        { type: 'notify', params: ({ context, event }) => ({ template: 'applicationApproved', ruleId: 'P-ONB-04', to: ['unit'], facts: { opinion: event.opinion, startsOn: context.term?.startsOn ?? null, endsOn: context.term?.endsOn ?? null, renewalDueOn: context.term?.renewalDueOn ?? null } }) },
      ],
    },
    RETURN_APPLICATION: {
      guard: 'authorized',
      target: 'returned',
      meta: { rule: 'P-ONB-04' },
      actions: [
        assign({
          review: ({ context, event }) => context.review && { ...context.review, pendingSince: null, returns: [...context.review.returns, { at: event.at, opinion: event.opinion, reasons: event.reasons }] },
        }),
        { type: 'notify', params: ({ event }) => ({ template: 'applicationReturned', ruleId: 'P-ONB-04', to: ['unit'], facts: { opinion: event.opinion, reasons: event.reasons.join('; ') } }) },
      ],
    },
  },
});

export const returned = unitSetup.createStateConfig({
  on: {
    RESUBMIT_APPLICATION: {
      guard: 'authorized',
      target: 'underReview',
      meta: { rule: 'P-ONB-04' },
      actions: [
        assign(({ context, event }) => {
          const { type: _t, actor: _a, requestId: _r, at: _at, ...changes } = event;
          const submission = { ...context.submission!, ...changes } as ApplicationSubmission;
          return {
            submission,
            eligibility: checkEligibility(submission, context.policy, { requestMonth: cstDate(event.at).slice(0, 7), today: cstDate(event.at) }),
            review: context.review && { ...context.review, pendingSince: event.at },
          };
        }),
        { type: 'notify', params: { template: 'applicationReceived', ruleId: 'P-ONB-04', to: ['unit', 'officer'], facts: { resubmitted: 'yes' } } },
      ],
    },
  },
});
