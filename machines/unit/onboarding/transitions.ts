/**
 * Onboarding (P-ONB-02, P-ONB-04, T-01): a prospect applies; the officer approves or returns;
 * a returned application is resubmitted.
 */
import { assign } from 'xstate';
import * as builder from '../usingUnits/builderFlow.js';
import * as memberships from '../usingUnits/memberships.js';
import type { ApplicationSubmission } from '../../schemas/forms.js';
import { checkEligibility } from '../../eligibility.js';
import { cstDate } from '../../calendar.js';
import { firstMonitoringObligation } from '../../obligations.js';
import { initialTermEndsOn, newTerm } from '../term/dates.js';
import * as changes from '../duties/reducers.js';
import { submissionOf, withTerm } from '../term/startTerm.js';
import { when } from '../guards.js';
import { unitSetup } from '../setup.js';

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
  },
});

export const underReview = unitSetup.createStateConfig({
  on: {
    APPROVE_APPLICATION: {
      guard: when('authorized', 'conditionsMet', 'termEndAfterApproval'),
      target: 'live',
      meta: { rule: 'T-01' },
      actions: [
        assign(({ context, event }) => {
          const approvedOn = cstDate(event.at);
          const endsOn = event.termEndsOn ?? initialTermEndsOn(context.policy, approvedOn);
          const base = event.baseConcurrency ?? context.concurrency.base;
          const review = context.review && { ...context.review, pendingSince: null, decidedAt: event.at, opinion: event.opinion };
          const withBase = { ...context, concurrency: { ...context.concurrency, base } };
          // O-16, T-11: the first monitoring run is owed for the period in which service opened
          return {
            review,
            obligations: [firstMonitoringObligation(approvedOn, context.policy)],
            ...changes.openService(context, event.at),
            // P-ONB-08: the using units requested with the application are members from today
            memberships: memberships.admitFromApplication(context, event.at),
            builderFlow: builder.firstBuilderDuties(context, event.at),
            ...withTerm(withBase, newTerm(context.policy, 1, approvedOn, endsOn), event.at),
          };
        }),
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
