/**
 * Term, renewal and concurrency (T-01…T-05, S-03, T-04, M-TERMINATE) while the unit is live,
 * and the term's deadlines: reminders, the late-renewal ladder, term end, undecided escalation.
 */
import { assign } from 'xstate';
import * as compliance from '../compliance/reducers.js';
import { cstDate, daysBetween, endOf } from '../../calendar.js';
import { ladderLimit, newTerm } from './dates.js';
import { lift, OFFICER_LEVEL, RENEWAL_LADDER, restrict } from './concurrency.js';
import { withTerm } from './startTerm.js';
import { when } from '../guards.js';
import { isLegacy } from '../gates.js';
import { unitSetup } from '../setup.js';
import type { UnitContext } from '../context.js';
import type { Notice } from '../../notice.js';

export const termTransitions = unitSetup.createStateConfig({
  on: {
    REQUEST_RENEWAL: [
      {
        guard: when('authorized', 'renewalOpen', 'withinTerm', 'onTime'),
        meta: { rule: 'P-REN-01' },
        actions: [
          assign({ term: ({ context, event }) => context.term && { ...context.term, renewal: 'requested', requestedAt: event.at, late: false } }),
          { type: 'notify', params: ({ context }) => ({ template: 'renewalRequested', ruleId: 'T-02', to: ['unit', 'officer'], facts: { endsOn: context.term?.endsOn ?? null, late: 'no' } }) },
        ],
      },
      {
        // Q-15 reading a: a request after the due date but before term end is accepted;
        // the throttle stays until the officer decides (or lifts now, per policy)
        guard: when('authorized', 'renewalOpen', 'withinTerm'),
        meta: { rule: 'P-REN-02' },
        actions: [
          assign(({ context, event }) => ({
            term: context.term && { ...context.term, renewal: 'requested' as const, requestedAt: event.at, late: true },
            concurrency: context.policy.lateRequest === 'liftOnRequest' ? lift(context.concurrency, RENEWAL_LADDER) : context.concurrency,
          })),
          { type: 'notify', params: ({ context }) => ({ template: 'renewalRequested', ruleId: 'T-03', to: ['unit', 'officer'], facts: { endsOn: context.term?.endsOn ?? null, late: 'yes' } }) },
        ],
      },
    ],
    APPROVE_RENEWAL: [
      {
        // approved after the old term ended (the request was undecided at term end): the new term runs now
        guard: when('authorized', 'renewalRequested', 'extendsBeyondTerm', 'pastTermEnd'),
        meta: { rule: 'T-05' },
        actions: [
          assign(({ context, event }) => {
            const old = context.term!;
            return withTerm(context, newTerm(context.policy, old.number + 1, endOf(old.endsOn).slice(0, 10), event.extendsTo), event.at);
          }),
          { type: 'notify', params: ({ context }) => ({ template: 'renewalApproved', ruleId: 'T-05', to: ['unit'], facts: { startsOn: context.term?.startsOn ?? null, endsOn: context.term?.endsOn ?? null, renewalDueOn: context.term?.renewalDueOn ?? null } }) },
        ],
      },
      {
        guard: when('authorized', 'renewalRequested', 'extendsBeyondTerm'),
        meta: { rule: 'T-05' },
        actions: [
          assign(({ context, event }) => ({
            term: context.term && { ...context.term, renewal: 'approved' as const, extendsTo: event.extendsTo },
            concurrency: lift(context.concurrency, RENEWAL_LADDER),
          })),
          { type: 'notify', params: ({ context }) => ({ template: 'renewalApproved', ruleId: 'T-05', to: ['unit'], facts: { startsOn: context.term ? endOf(context.term.endsOn).slice(0, 10) : null, endsOn: context.term?.extendsTo ?? null } }) },
        ],
      },
    ],
    REJECT_RENEWAL: [
      {
        // A2.R3, decisions.md "Renewal rejected after the term ended": the unit terminates at once
        guard: when('authorized', 'renewalRequested', 'rejectedAfterTermEnd'),
        target: 'terminated',
        meta: { rule: 'T-03' },
        actions: [
          assign(({ context, event }) => ({
            term: context.term && { ...context.term, renewal: 'rejected' as const },
            termination: { reason: `renewal rejected after the term ended: ${event.opinion}`, ruleId: 'T-03', at: event.at },
          })),
          { type: 'notify', params: ({ context, event }) => ({ template: 'renewalRejected', ruleId: 'T-03', to: ['unit'], facts: { opinion: event.opinion, endsOn: context.term?.endsOn ?? null } }) },
          { type: 'notify', params: ({ context }) => ({ template: 'termEnded', ruleId: 'T-03', to: ['unit', 'officer', 'usingUnits'], facts: { endsOn: context.term?.endsOn ?? null, renewal: 'rejected' } }) },
        ],
      },
      {
        // before the last day: the term end (a deadline) terminates the unit the day after its last day
        guard: when('authorized', 'renewalRequested'),
        meta: { rule: 'T-03' },
        actions: [
          assign({ term: ({ context }) => context.term && { ...context.term, renewal: 'rejected' } }),
          { type: 'notify', params: ({ context, event }) => ({ template: 'renewalRejected', ruleId: 'T-03', to: ['unit'], facts: { opinion: event.opinion, endsOn: context.term?.endsOn ?? null } }) },
        ],
      },
    ],
    SET_CONCURRENCY: {
      guard: 'authorized',
      meta: { rule: 'T-04' },
      actions: [
        assign(({ context, event }) => {
          // one more restriction, the minimum wins; only `replacesLadder: true` replaces the ladder (decisions.md)
          const level = { id: OFFICER_LEVEL, ruleId: 'T-04', limit: event.limit, since: event.at, reason: event.replacesLadder ? `${event.reason} (replaces the late-renewal ladder)` : event.reason };
          if (!event.replacesLadder) return { concurrency: restrict(context.concurrency, level) };
          return { concurrency: restrict(lift(context.concurrency, RENEWAL_LADDER), level), term: context.term && { ...context.term, ladderByOfficer: true } };
        }),
        { type: 'notify', params: ({ event }) => ({ template: 'concurrencySet', ruleId: 'T-04', to: ['unit'], facts: { limit: event.limit, reason: event.reason } }) },
      ],
    },
    TERMINATE: [
      {
        // confirms a proposed termination of a using unit's membership (S-06 recurrence); the DCU stays
        guard: when('authorized', 'terminationCase', 'targetsUsingUnit'),
        meta: { rule: 'M-TERMINATE' },
        actions: [
          assign(({ context, event }) => compliance.confirmTermination(context, event)),
          { type: 'notify', params: ({ event }) => ({ template: 'caseClosed', ruleId: event.ruleId, to: ['unit', 'officer', 'usingUnits'], facts: { caseId: event.caseId ?? null, outcome: 'terminated', reason: event.reason } }) },
        ],
      },
      {
        guard: when('authorized', 'terminationCase'),
        target: 'terminated',
        meta: { rule: 'M-TERMINATE' },
        actions: [
          assign(({ context, event }) => compliance.confirmTermination(context, event)),
          { type: 'notify', params: ({ event }) => ({ template: 'terminated', ruleId: event.ruleId, to: ['unit', 'officer', 'usingUnits'], facts: { reason: event.reason, on: cstDate(event.at), caseId: event.caseId ?? null } }) },
        ],
      },
    ],
    DEADLINE: [
      {
        guard: { type: 'due', params: { what: 'renewalReminder' as const } },
        meta: { rule: 'T-02' },
        actions: [
          'markDone',
          { type: 'notify', params: ({ context }) => ({ template: 'renewalDue', ruleId: 'T-02', to: ['unit'], facts: { renewalDueOn: context.term?.renewalDueOn ?? null, endsOn: context.term?.endsOn ?? null } }) },
        ],
      },
      {
        guard: when({ type: 'due', params: { what: 'throttleStep' as const } }, 'automaticLadder'),
        meta: { rule: 'S-03' },
        actions: [
          'markDone',
          assign({
            concurrency: ({ context, event }) => {
              const step = context.policy.ladder[event.step ?? 0]!;
              const limit = ladderLimit(context.concurrency.base, step.fraction);
              return restrict(context.concurrency, { id: RENEWAL_LADDER, ruleId: 'S-03', limit, since: event.at, reason: `renewal not requested by ${context.term?.renewalDueOn} (T-04 step ${(event.step ?? 0) + 1})` });
            },
          }),
          {
            type: 'notify',
            params: ({ context, event }) => {
              const step = event.step ?? 0;
              const limit = context.concurrency.restrictions.find((r) => r.id === RENEWAL_LADDER)?.limit ?? null;
              return { template: step === 0 ? 'renewalOverdueThrottle' : 'throttleStep', ruleId: step === 0 ? 'S-03' : 'T-04', to: ['unit'], facts: { step: step + 1, limit, renewalDueOn: context.term?.renewalDueOn ?? null, endsOn: context.term?.endsOn ?? null } };
            },
          },
        ],
      },
      {
        // officer-only mode, or an officer set the level: the step only reminds (S-03)
        guard: { type: 'due', params: { what: 'throttleStep' as const } },
        meta: { rule: 'S-03' },
        actions: [
          'markDone',
          { type: 'notify', params: ({ context, event }) => ({ template: 'renewalOverdueThrottle', ruleId: 'S-03', to: ['unit', 'officer'], facts: { step: (event.step ?? 0) + 1, limit: null, renewalDueOn: context.term?.renewalDueOn ?? null, endsOn: context.term?.endsOn ?? null } }) },
        ],
      },
      {
        guard: when({ type: 'due', params: { what: 'termEnd' as const } }, 'renewalApproved'),
        meta: { rule: 'T-05' },
        actions: [
          assign(({ context, event }) => {
            const old = context.term!;
            return withTerm(context, newTerm(context.policy, old.number + 1, cstDate(event.at), old.extendsTo!), event.at);
          }),
          { type: 'notify', params: ({ context }) => ({ template: 'newTermStarted', ruleId: 'T-05', to: ['unit'], facts: { startsOn: context.term?.startsOn ?? null, endsOn: context.term?.endsOn ?? null, renewalDueOn: context.term?.renewalDueOn ?? null } }) },
        ],
      },
      {
        guard: when({ type: 'due', params: { what: 'termEnd' as const } }, 'terminatesAtTermEnd'),
        target: 'terminated',
        meta: { rule: 'T-03' },
        actions: [
          'markDone',
          assign({
            termination: ({ context, event }) => ({
              reason: context.term?.renewal === 'rejected' ? 'renewal rejected; term ended' : 'no renewal request by the end of the term',
              ruleId: 'T-03',
              at: event.at,
            }),
          }),
          { type: 'notify', params: ({ context }) => ({ template: 'termEnded', ruleId: 'T-03', to: ['unit', 'officer', 'usingUnits'], facts: { endsOn: context.term?.endsOn ?? null, renewal: context.term?.renewal ?? null } }) },
        ],
      },
      {
        // a request undecided at term end, or reading b (officer confirms): the unit stays, the officer is told daily
        guard: { type: 'due', params: { what: 'termEnd' as const } },
        meta: { rule: 'T-03' },
        actions: ['markDone', assign({ term: ({ context, event }) => context.term && { ...context.term, escalatedOn: cstDate(event.at) } }), { type: 'notify', params: ({ context, event }) => undecidedNotice(context, event.at) }],
      },
      {
        guard: { type: 'due', params: { what: 'renewalUndecided' as const } },
        meta: { rule: 'T-03' },
        actions: ['markDone', assign({ term: ({ context, event }) => context.term && { ...context.term, escalatedOn: cstDate(event.at) } }), { type: 'notify', params: ({ context, event }) => undecidedNotice(context, event.at) }],
      },
    ],
  },
}).on;

/** T-03: the daily escalation after the term end: an undecided request, or (officerConfirms) no request at all. */
function undecidedNotice(context: UnitContext, at: string): Notice {
  const daysWaiting = context.term ? daysBetween(context.term.endsOn, cstDate(at)) : 0;
  const endsOn = context.term?.endsOn ?? null;
  if (context.term?.renewal === 'requested') return { template: 'renewalUndecided', ruleId: 'T-03', to: ['officer'], facts: { endsOn, requestedAt: context.term.requestedAt, daysWaiting } };
  // a run written before the gate told the officer of an undecided renewal whatever the request (gates.ts)
  if (isLegacy(context, 'officer-confirms-daily')) return { template: 'renewalUndecided', ruleId: 'T-03', to: ['officer'], facts: { endsOn, requestedAt: context.term?.requestedAt ?? null, daysWaiting } };
  return { template: 'noRequestAtTermEnd', ruleId: 'T-03', to: ['officer'], facts: { endsOn, daysWaiting } };
}
