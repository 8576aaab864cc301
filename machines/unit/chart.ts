/**
 * The direct-connect unit's lifetime (直连单位): onboarding, a term, renewal, the late-renewal
 * ladder and termination. The only place that says which transition is legal; every
 * transition cites its rule in `meta.rule`. Pure: instants arrive in events (`at`).
 */
import { and, assign, not, setup } from 'xstate';
import { cstDate, daysBetween, endOf } from '../calendar.js';
import { checkEligibility } from '../eligibility.js';
import type { ApplicationSubmission } from '../schemas/forms.js';
import { initialContext, type UnitContext, type UnitInput } from './context.js';
import { lift, OFFICER_LEVEL, RENEWAL_LADDER, restrict } from './concurrency.js';
import { pastKeys } from './deadlines.js';
import type { CommandEvent, DeadlineEvent, UnitEvent } from './events.js';
import type { Notice } from './notice.js';
import { findCase } from './cases.js';
import * as compliance from './compliance.js';
import * as changes from './changes.js';
import { pendingDecisions } from './pending.js';
import * as memberships from './memberships.js';
import * as builder from './builderFlow.js';
import { governingRuleUU, usingUnitSchemas, type UsingUnitCommand } from '../schemas/usingUnits.js';
import { firstMonitoringObligation } from './obligations.js';
import { initialTermEndsOn, ladderLimit, newTerm } from './term.js';
import { unitGuards } from './guards.js';
import { caseNotice, lastCaseId, obligationNotice } from './noticeFacts.js';

type Of<T extends UnitEvent['type']> = Extract<UnitEvent, { type: T }>;

function submissionOf(event: Of<'SUBMIT_APPLICATION'>): ApplicationSubmission {
  const { type: _type, actor: _actor, requestId: _requestId, at: _at, ...submission } = event;
  return submission;
}

/** Starts a term and skips the deadlines already past when it is set (decisions.md, T-04). */
function withTerm(context: UnitContext, term: UnitContext['term'], at: string): Partial<UnitContext> {
  const next = { ...context, term, done: [] };
  return { term, done: pastKeys(next, at), concurrency: lift(context.concurrency, RENEWAL_LADDER) };
}

type UsingUnitEvent = UsingUnitCommand & { at: string };

/**
 * P-UU-*: every using-unit command goes to its membership's chart; the unit chart adds the DCU's
 * own conditions (E-UU-10) and forwards the membership's notices and rule.
 */
const usingUnitTransitions = Object.fromEntries(
  usingUnitSchemas.map((schema) => {
    const type = schema.shape.type.value;
    return [
      type,
      {
        guard: and(['authorized', 'newUsingUnitsAllowed', 'membershipAllows']),
        meta: { rule: governingRuleUU[type], ruleFromMembership: true },
        actions: [
          { type: 'notifyAll', params: ({ context, event }: { context: UnitContext; event: UnitEvent }) => ({ notices: memberships.stepCommand(context, event as UsingUnitEvent).notices as Notice[] }) },
          assign(({ context, event }: { context: UnitContext; event: UnitEvent }) => {
            const e = event as UsingUnitEvent;
            return { memberships: { ...context.memberships, [e.usingUnit]: memberships.stepCommand(context, e).state } };
          }),
        ],
      },
    ];
  }),
) as Record<UsingUnitCommand['type'], never>;

export const unitMachine = setup({
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
    markDone: assign({ done: ({ context, event }) => [...context.done, (event as DeadlineEvent).key] }),
  },
  guards: unitGuards,
}).createMachine({
  id: 'unit',
  initial: 'prospect',
  context: ({ input }) => initialContext(input),
  on: {
    DEADLINE: {
      // T-18, T-25: a request waiting for an officer past the threshold goes to the supervisor, once
      guard: { type: 'due', params: { what: 'decisionAgeing' as const } },
      meta: { rule: 'T-18' },
      actions: [
        'markDone',
        {
          type: 'notify',
          params: ({ context, event }) => {
            const p = pendingDecisions(context).find((x) => x.key === (event as DeadlineEvent).ref);
            return { template: 'decisionAgeing', ruleId: 'T-18', to: ['supervisor', 'officer'], facts: { what: p?.what ?? null, subject: p?.subject ?? null, since: p ? cstDate(p.since) : null, decisionRuleId: p?.ruleId ?? null, days: context.policy.pendingDecisionEscalationDays } };
          },
        },
      ],
    },
  },
  states: {
    prospect: {
      on: {
        SUBMIT_APPLICATION: {
          guard: and(['authorized', 'forThisUnit']),
          target: 'underReview',
          meta: { rule: 'P-ONB-02' },
          actions: [
            assign(({ context, event }) => {
              const submission = submissionOf(event);
              return {
                submission,
                eligibility: checkEligibility(submission, context.policy, { requestMonth: cstDate(event.at).slice(0, 7) }),
                review: { submittedAt: event.at, pendingSince: event.at, returns: [], decidedAt: null, opinion: null },
              };
            }),
            { type: 'notify', params: ({ context }) => ({ template: 'applicationReceived', ruleId: 'P-ONB-02', to: ['unit', 'officer'], facts: { eligible: context.eligibility?.eligible ? 'yes' : 'no' } }) },
          ],
        },
      },
    },
    underReview: {
      on: {
        APPROVE_APPLICATION: {
          guard: and(['authorized', 'termEndAfterApproval']),
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
            { type: 'notify', params: ({ context, event }) => ({ template: 'applicationApproved', ruleId: 'P-ONB-04', to: ['unit'], facts: { opinion: (event as Of<'APPROVE_APPLICATION'>).opinion, startsOn: context.term?.startsOn ?? null, endsOn: context.term?.endsOn ?? null, renewalDueOn: context.term?.renewalDueOn ?? null } }) },
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
            { type: 'notify', params: ({ event }) => ({ template: 'applicationReturned', ruleId: 'P-ONB-04', to: ['unit'], facts: { opinion: (event as Of<'RETURN_APPLICATION'>).opinion, reasons: (event as Of<'RETURN_APPLICATION'>).reasons.join('; ') } }) },
          ],
        },
      },
    },
    returned: {
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
                eligibility: checkEligibility(submission, context.policy, { requestMonth: cstDate(event.at).slice(0, 7) }),
                review: context.review && { ...context.review, pendingSince: event.at },
              };
            }),
            { type: 'notify', params: { template: 'applicationReceived', ruleId: 'P-ONB-04', to: ['unit', 'officer'], facts: { resubmitted: 'yes' } } },
          ],
        },
      },
    },
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
        REQUEST_RENEWAL: [
          {
            guard: and(['authorized', 'renewalOpen', 'onTime']),
            meta: { rule: 'P-REN-01' },
            actions: [
              assign({ term: ({ context, event }) => context.term && { ...context.term, renewal: 'requested', requestedAt: event.at, late: false } }),
              { type: 'notify', params: ({ context }) => ({ template: 'renewalRequested', ruleId: 'T-02', to: ['unit', 'officer'], facts: { endsOn: context.term?.endsOn ?? null, late: 'no' } }) },
            ],
          },
          {
            // Q-15 reading a: a request after the due date but before term end is accepted;
            // the throttle stays until the officer decides (or lifts now, per policy)
            guard: and(['authorized', 'renewalOpen']),
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
            guard: and(['authorized', 'renewalRequested', 'extendsBeyondTerm', 'pastTermEnd']),
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
            guard: and(['authorized', 'renewalRequested', 'extendsBeyondTerm']),
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
        REJECT_RENEWAL: {
          guard: and(['authorized', 'renewalRequested']),
          meta: { rule: 'T-03' },
          actions: [
            assign({ term: ({ context }) => context.term && { ...context.term, renewal: 'rejected' } }),
            { type: 'notify', params: ({ context, event }) => ({ template: 'renewalRejected', ruleId: 'T-03', to: ['unit'], facts: { opinion: (event as Of<'REJECT_RENEWAL'>).opinion, endsOn: context.term?.endsOn ?? null } }) },
          ],
        },
        SET_CONCURRENCY: {
          guard: 'authorized',
          meta: { rule: 'T-04' },
          actions: [
            assign(({ context, event }) => ({
              // an explicit level replaces the automatic ladder (decisions.md); other restrictions stand
              concurrency: restrict(lift(context.concurrency, RENEWAL_LADDER), { id: OFFICER_LEVEL, ruleId: 'T-04', limit: event.limit, since: event.at, reason: event.reason }),
              term: context.term && { ...context.term, ladderByOfficer: true },
            })),
            { type: 'notify', params: ({ event }) => ({ template: 'concurrencySet', ruleId: 'T-04', to: ['unit'], facts: { limit: (event as Of<'SET_CONCURRENCY'>).limit, reason: (event as Of<'SET_CONCURRENCY'>).reason } }) },
          ],
        },
        TERMINATE: [
          {
            // confirms a proposed termination of a using unit's membership (S-06 recurrence); the DCU stays
            guard: and(['authorized', 'terminationCase', 'targetsUsingUnit']),
            meta: { rule: 'M-TERMINATE' },
            actions: [
              assign(({ context, event }) => compliance.confirmTermination(context, event)),
              { type: 'notify', params: ({ event }) => ({ template: 'caseClosed', ruleId: (event as Of<'TERMINATE'>).ruleId, to: ['unit', 'officer', 'usingUnits'], facts: { caseId: (event as Of<'TERMINATE'>).caseId ?? null, outcome: 'terminated', reason: (event as Of<'TERMINATE'>).reason } }) },
            ],
          },
          {
            guard: and(['authorized', 'terminationCase']),
            target: 'terminated',
            meta: { rule: 'M-TERMINATE' },
            actions: [
              assign(({ context, event }) => compliance.confirmTermination(context, event)),
              { type: 'notify', params: ({ event }) => ({ template: 'terminated', ruleId: (event as Of<'TERMINATE'>).ruleId, to: ['unit', 'officer', 'usingUnits'], facts: { reason: (event as Of<'TERMINATE'>).reason, on: cstDate(event.at), caseId: (event as Of<'TERMINATE'>).caseId ?? null } }) },
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
            guard: and([{ type: 'due', params: { what: 'throttleStep' as const } }, 'automaticLadder']),
            meta: { rule: 'S-03' },
            actions: [
              'markDone',
              assign({
                concurrency: ({ context, event }) => {
                  const step = context.policy.ladder[(event as DeadlineEvent).step ?? 0]!;
                  const limit = ladderLimit(context.concurrency.base, step.fraction);
                  return restrict(context.concurrency, { id: RENEWAL_LADDER, ruleId: 'S-03', limit, since: event.at, reason: `renewal not requested by ${context.term?.renewalDueOn} (T-04 step ${((event as DeadlineEvent).step ?? 0) + 1})` });
                },
              }),
              {
                type: 'notify',
                params: ({ context, event }) => {
                  const step = (event as DeadlineEvent).step ?? 0;
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
              { type: 'notify', params: ({ context, event }) => ({ template: 'renewalOverdueThrottle', ruleId: 'S-03', to: ['unit', 'officer'], facts: { step: ((event as DeadlineEvent).step ?? 0) + 1, limit: null, renewalDueOn: context.term?.renewalDueOn ?? null, endsOn: context.term?.endsOn ?? null } }) },
            ],
          },
          {
            guard: and([{ type: 'due', params: { what: 'termEnd' as const } }, 'renewalApproved']),
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
            guard: and([{ type: 'due', params: { what: 'termEnd' as const } }, 'terminatesAtTermEnd']),
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
            actions: [
              'markDone',
              assign({ term: ({ context, event }) => context.term && { ...context.term, escalatedOn: cstDate(event.at) } }),
              { type: 'notify', params: ({ context, event }) => ({ template: 'renewalUndecided', ruleId: 'T-03', to: ['officer'], facts: { endsOn: context.term?.endsOn ?? null, requestedAt: context.term?.requestedAt ?? null, daysWaiting: context.term ? daysBetween(context.term.endsOn, cstDate(event.at)) : 0 } }) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'renewalUndecided' as const } },
            meta: { rule: 'T-03' },
            actions: [
              'markDone',
              assign({ term: ({ context, event }) => context.term && { ...context.term, escalatedOn: cstDate(event.at) } }),
              { type: 'notify', params: ({ context, event }) => ({ template: 'renewalUndecided', ruleId: 'T-03', to: ['officer'], facts: { endsOn: context.term?.endsOn ?? null, requestedAt: context.term?.requestedAt ?? null, daysWaiting: context.term ? daysBetween(context.term.endsOn, cstDate(event.at)) : 0 } }) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'caseFeedbackDue' as const } },
            meta: { rule: 'S-04' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.feedbackOverdue(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as DeadlineEvent).ref!, 'caseEscalated', 'S-04', ['officer']) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'caseWindowWarning' as const } },
            meta: { rule: 'T-09' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.windowWarned(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as DeadlineEvent).ref!, 'caseDueSoon', 'T-09', ['unit', 'officer']) },
            ],
          },
          {
            guard: and([{ type: 'due', params: { what: 'caseWindowEnd' as const } }, { type: 'caseRefIs', params: { kinds: ['securityThreat'] as const } }]),
            meta: { rule: 'S-06' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.observationPassed(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as DeadlineEvent).ref!, 'caseClosed', 'M-RESTORE', ['unit', 'officer']) },
            ],
          },
          {
            // a using unit's window ended unconfirmed: that membership ends, the DCU stays (decisions.md)
            guard: and([{ type: 'due', params: { what: 'caseWindowEnd' as const } }, 'targetsUsingUnit']),
            meta: { rule: 'T-09' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.windowExpired(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as DeadlineEvent).ref!, 'caseClosed', 'M-TERMINATE', ['unit', 'officer', 'usingUnits']) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'caseWindowEnd' as const } },
            target: 'terminated',
            meta: { rule: 'T-09' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.windowExpired(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => ({ template: 'terminated', ruleId: findCase(context, (event as DeadlineEvent).ref!)?.ruleId ?? 'T-09', to: ['unit', 'officer', 'usingUnits'], facts: { reason: context.termination?.reason ?? null, on: cstDate(event.at), caseId: (event as DeadlineEvent).ref ?? null } }) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'obligationReminder' as const } },
            // the duty's own rule (T-06, T-07, P-CHG-02): carried by the deadline
            meta: { rule: 'T-07', ruleFromDeadline: true },
            actions: [
              'markDone',
              assign({ obligations: ({ context, event }) => context.obligations.map((o) => (o.id === (event as DeadlineEvent).ref ? { ...o, reminded: true } : o)) }),
              { type: 'notify', params: ({ context, event }) => obligationNotice(context, (event as DeadlineEvent).ref!, 'obligationDue', ['unit']) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'networkFilingReminder' as const } },
            meta: { rule: 'T-14' },
            actions: [
              'markDone',
              assign(({ context, event }) => changes.networkReminded(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context }) => ({ template: 'networkFilingExpiring', ruleId: 'T-14', to: ['unit'], facts: { endsOn: context.network?.filing.validity.type === 'temporary' ? context.network.filing.validity.endsOn : null } }) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'networkFilingExpiry' as const } },
            meta: { rule: 'T-14' },
            actions: [
              'markDone',
              assign(({ context, event }) => changes.networkExpired(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context }) => ({ template: 'networkFilingExpired', ruleId: 'T-14', to: ['unit', 'officer'], facts: { endsOn: context.network?.filing.validity.type === 'temporary' ? context.network.filing.validity.endsOn : null } }) },
            ],
          },
          {
            // some using units: their service ends, the DCU stays (P-TRM-01)
            guard: and([{ type: 'due', params: { what: 'terminationEffective' as const } }, 'filingForUsingUnits']),
            meta: { rule: 'P-TRM-01' },
            actions: [
              'markDone',
              assign(({ context, event }) => changes.filingTakesEffect(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => ({ template: 'usingUnitsEnded', ruleId: 'P-TRM-01', to: ['unit', 'officer', 'usingUnits'], facts: { usingUnits: context.terminationFilings.find((f) => f.id === (event as DeadlineEvent).ref)?.usingUnits?.join(', ') ?? null, on: cstDate(event.at) } }) },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'terminationEffective' as const } },
            target: 'terminated',
            meta: { rule: 'T-08' },
            actions: [
              'markDone',
              assign(({ context, event }) => changes.filingTakesEffect(context, event as DeadlineEvent)),
              { type: 'notify', params: ({ context, event }) => ({ template: 'terminated', ruleId: 'T-08', to: ['unit', 'officer', 'usingUnits'], facts: { reason: context.termination?.reason ?? null, on: cstDate(event.at) } }) },
            ],
          },
          {
            // a membership's own deadline: invitation lapse, flow data (T-17, O-27), a filed end (T-08)
            guard: { type: 'due', params: { what: 'membership' as const } },
            meta: { rule: 'T-17', ruleFromMembership: true },
            actions: [
              'markDone',
              { type: 'notifyAll', params: ({ context, event }) => ({ notices: memberships.stepDeadline(context, event as DeadlineEvent).notices as Notice[] }) },
              assign({ memberships: ({ context, event }) => ({ ...context.memberships, [(event as DeadlineEvent).ref!]: memberships.stepDeadline(context, event as DeadlineEvent).state }) }),
            ],
          },
          {
            // E-AUTH-4, O-27, T-17: the builder's flow data reminded at the period's end, overdue after its 15th day
            guard: { type: 'due', params: { what: 'builderFlowData' as const } },
            meta: { rule: 'O-27', ruleFromDeadline: true },
            actions: [
              'markDone',
              assign({ builderFlow: ({ context, event }) => builder.builderFlowDeadlineFired(context, event as DeadlineEvent) }),
              {
                type: 'notify',
                params: ({ context, event }) => {
                  const e = event as DeadlineEvent;
                  const duty = context.builderFlow.find((d) => d.period === e.period);
                  const overdue = e.sub === 'flowDataOverdue';
                  return { template: overdue ? 'flowDataOverdue' : 'flowDataDue', ruleId: e.ruleId, to: overdue ? ['officer', 'unit'] : ['unit'], facts: { usingUnit: e.ref ?? null, name: context.submission?.application.authorizedUnit?.name ?? null, period: e.period ?? null, dueOn: duty?.dueOn ?? null, rating: 'B' } };
                },
              },
            ],
          },
          {
            guard: { type: 'due', params: { what: 'obligationDue' as const } },
            meta: { rule: 'S-12' },
            actions: [
              'markDone',
              assign(({ context, event }) => compliance.obligationOverdue(context, event as DeadlineEvent)),
              {
                type: 'notify',
                params: ({ context, event }) => {
                  const o = context.obligations.find((x) => x.id === (event as DeadlineEvent).ref);
                  return { template: 'obligationOverdue', ruleId: o?.ruleId ?? 'O-16', to: ['unit', 'officer'], facts: { obligation: o?.kind ?? null, subject: o?.subject ?? null, dueOn: o?.dueOn ?? null } };
                },
              },
            ],
          },
        ],
        ISSUE_RISK_WARNING: {
          guard: and(['authorized', 'knownTarget']),
          meta: { rule: 'S-04' },
          actions: [
            assign(({ context, event }) => compliance.issueRiskWarning(context, event)),
            { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-04', ['unit', 'usingUnits', 'officer']) },
          ],
        },
        SUBMIT_RECTIFICATION_FEEDBACK: {
          guard: and(['authorized', 'feedbackOpen']),
          meta: { rule: 'S-04' },
          actions: [
            assign(({ context, event }) => compliance.submitFeedback(context, event)),
            { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as Of<'SUBMIT_RECTIFICATION_FEEDBACK'>).caseId, 'caseUpdated', 'S-04', ['officer']) },
          ],
        },
        RECORD_RISK_MEASURE: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['riskWarning'] as const, status: 'open' as const } }]),
          meta: { rule: 'M-RISK-MEASURE' },
          actions: [
            assign(({ context, event }) => compliance.recordRiskMeasure(context, event)),
            { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as Of<'RECORD_RISK_MEASURE'>).caseId, 'caseClosed', 'M-RISK-MEASURE', ['unit', 'usingUnits']) },
          ],
        },
        SUSPEND_FOR_NONCOMPLIANCE: {
          guard: and(['authorized', 'knownTarget']),
          meta: { rule: 'S-05' },
          actions: [
            assign(({ context, event }) => compliance.suspendForNoncompliance(context, event)),
            { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-05', ['unit', 'officer', 'usingUnits']) },
          ],
        },
        REPORT_SECURITY_THREAT: [
          {
            guard: and(['authorized', 'knownTarget', 'securityRecurrence']),
            meta: { rule: 'S-06' },
            actions: [
              assign(({ context, event }) => compliance.securityRecurrence(context, event)),
              {
                type: 'notify',
                params: ({ context, event }) => caseNotice(context, compliance.priorSecurityCase(context, (event as Of<'REPORT_SECURITY_THREAT'>).target?.usingUnit ?? null)!.id, 'terminationProposed', 'S-06', ['officer']),
              },
            ],
          },
          {
            guard: and(['authorized', 'knownTarget']),
            meta: { rule: 'S-06' },
            actions: [
              assign(({ context, event }) => compliance.reportSecurityThreat(context, event)),
              { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-06', ['unit', 'officer']) },
            ],
          },
        ],
        APPLY_MEASURES: {
          guard: and(['authorized', 'knownTarget']),
          meta: { rule: 'S-07' },
          actions: [
            assign(({ context, event }) => compliance.applyMeasures(context, event)),
            { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-07', ['unit', 'officer', 'usingUnits']) },
          ],
        },
        RECORD_INTERVIEW: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach'] as const, status: 'open' as const } }]),
          meta: { rule: 'M-INTERVIEW' },
          actions: [assign(({ context, event }) => compliance.recordInterview(context, event))],
        },
        CONFIRM_RECTIFIED: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach'] as const, status: 'open' as const } }]),
          meta: { rule: 'M-RESTORE' },
          actions: [
            assign(({ context, event }) => compliance.confirmRectified(context, event)),
            { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as Of<'CONFIRM_RECTIFIED'>).caseId, 'caseClosed', 'M-RESTORE', ['unit', 'officer', 'usingUnits']) },
          ],
        },
        ADJUST_CASE_WINDOW: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach', 'riskWarning'] as const, status: 'open' as const } }, 'withinCap']),
          meta: { rule: 'T-09' },
          actions: [
            assign(({ context, event }) => compliance.adjustCaseWindow(context, event)),
            { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as Of<'ADJUST_CASE_WINDOW'>).caseId, 'caseUpdated', 'T-09', ['unit', 'officer']) },
          ],
        },
        REPORT_SERIOUS_VIOLATION: [
          {
            // a using unit's serious violation ends only that membership; the DCU's joint liability is recorded (S-11)
            guard: and(['authorized', 'knownTarget', 'targetsUsingUnit']),
            meta: { rule: 'S-08' },
            actions: [
              assign(({ context, event }) => compliance.reportSeriousViolation(context, event)),
              { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseClosed', 'S-08', ['unit', 'officer', 'usingUnits']) },
            ],
          },
          {
            guard: and(['authorized', 'knownTarget']),
            target: 'terminated',
            meta: { rule: 'S-08' },
            actions: [
              assign(({ context, event }) => compliance.reportSeriousViolation(context, event)),
              { type: 'notify', params: ({ context, event }) => ({ template: 'terminated', ruleId: 'S-08', to: ['unit', 'officer', 'usingUnits'], facts: { reason: context.termination?.reason ?? null, on: cstDate(event.at), caseId: lastCaseId(context) } }) },
            ],
          },
        ],
        REPORT_ELIGIBILITY_CHANGE: [
          {
            guard: and(['authorized', 'knownTarget', 'eligibilityFails']),
            meta: { rule: 'E-DCU-14' },
            actions: [
              assign(({ context, event }) => compliance.proposeEligibilityCase(context, event)),
              { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'eligibilityProposed', 'E-DCU-14', ['officer']) },
            ],
          },
          // a change that keeps the conditions met is recorded in the audit, nothing more
          { guard: and(['authorized', 'knownTarget']), meta: { rule: 'E-DCU-14' }, actions: ['recordOnly'] },
        ],
        CONFIRM_PROPOSED_CASE: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['eligibility'] as const, status: 'proposed' as const } }]),
          meta: { rule: 'S-05' },
          actions: [
            assign(({ context, event }) => compliance.confirmProposedCase(context, event)),
            { type: 'notify', params: ({ context, event }) => caseNotice(context, (event as Of<'CONFIRM_PROPOSED_CASE'>).caseId, 'caseOpened', 'S-05', ['unit', 'officer', 'usingUnits']) },
          ],
        },
        DISMISS_PROPOSED_CASE: {
          guard: and(['authorized', { type: 'caseIs', params: { kinds: ['eligibility'] as const, status: 'proposed' as const } }]),
          meta: { rule: 'E-DCU-14' },
          actions: [assign(({ context, event }) => compliance.dismissProposedCase(context, event))],
        },
        RECORD_MONITORING_RUN: {
          guard: and(['authorized', 'periodOwed']),
          meta: { rule: 'O-16' },
          actions: [assign(({ context, event }) => compliance.recordMonitoringRun(context, event))],
        },
        SUBSCRIBE_CAPABILITY: {
          guard: and(['authorized', 'inCatalogue', 'notSubscribed', 'industryQualified', 'capabilitiesAllowed', not('accessSuspended')]),
          meta: { rule: 'P-CAP-02' },
          actions: [
            assign(({ context, event }) => changes.subscribe(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-02', to: ['unit', 'officer'], facts: { code: (event as Of<'SUBSCRIBE_CAPABILITY'>).code, status: 'testing' } }) },
          ],
        },
        SUBMIT_CAPABILITY_TEST_REPORT: {
          guard: and(['authorized', { type: 'subscriptionIs', params: { status: ['testing'] as const } }]),
          meta: { rule: 'P-CAP-04' },
          actions: [
            assign(({ context, event }) => changes.submitTestReport(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-04', to: ['officer'], facts: { code: (event as Of<'SUBMIT_CAPABILITY_TEST_REPORT'>).code, status: 'reportSubmitted' } }) },
          ],
        },
        CONFIRM_CAPABILITY: {
          guard: and(['authorized', { type: 'subscriptionIs', params: { status: ['reportSubmitted'] as const } }]),
          meta: { rule: 'P-CAP-05' },
          actions: [
            assign(({ context, event }) => changes.confirmCapability(context, event)),
            { type: 'notify', params: ({ context, event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-05', to: ['unit'], facts: { code: (event as Of<'CONFIRM_CAPABILITY'>).code, status: 'open', validTo: context.term?.endsOn ?? null } }) },
          ],
        },
        RETURN_CAPABILITY: {
          guard: and(['authorized', { type: 'subscriptionIs', params: { status: ['testing', 'reportSubmitted'] as const } }]),
          meta: { rule: 'P-CAP-05' },
          actions: [
            assign(({ context, event }) => changes.returnCapability(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: (event as Of<'RETURN_CAPABILITY'>).reason === 'industry' ? 'S-02' : 'P-CAP-05', to: ['unit'], facts: { code: (event as Of<'RETURN_CAPABILITY'>).code, status: 'returned', opinion: (event as Of<'RETURN_CAPABILITY'>).opinion } }) },
          ],
        },
        AUTHORIZE_CAPABILITY: {
          guard: and(['authorized', { type: 'subscriptionIs', params: { status: ['open'] as const } }, 'capabilitiesAllowed', 'usingUnitActive', 'notGranted']),
          meta: { rule: 'P-CAP-06' },
          actions: [
            assign(({ context, event }) => changes.authorizeCapability(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'capabilityGranted', ruleId: 'P-CAP-06', to: ['usingUnits'], facts: { code: (event as Of<'AUTHORIZE_CAPABILITY'>).code, usingUnit: (event as Of<'AUTHORIZE_CAPABILITY'>).usingUnit, status: 'offered' } }) },
          ],
        },
        PROVIDE_QUALIFICATION: {
          guard: and(['authorized', 'grantOffered', 'grantQualificationFits']),
          meta: { rule: 'E-UU-8' },
          actions: [assign(({ context, event }) => changes.provideQualification(context, event))],
        },
        ACCEPT_CAPABILITY_AUTHORIZATION: {
          guard: and(['authorized', 'grantAcceptable', 'capabilitiesAllowed']),
          meta: { rule: 'P-CAP-06' },
          actions: [
            assign(({ context, event }) => changes.acceptGrant(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'capabilityGranted', ruleId: 'P-CAP-06', to: ['unit'], facts: { code: (event as Of<'ACCEPT_CAPABILITY_AUTHORIZATION'>).code, usingUnit: (event as Of<'ACCEPT_CAPABILITY_AUTHORIZATION'>).usingUnit, status: 'accepted' } }) },
          ],
        },
        REPORT_CHANGE: {
          guard: and(['authorized', 'changeSubjectKnown']),
          meta: { rule: 'P-CHG-01' },
          actions: [
            assign(({ context, event }) => changes.reportChange(context, event)),
            {
              type: 'notify',
              params: ({ context, event }) => {
                const e = event as Of<'REPORT_CHANGE'>;
                const ruleId = e.kind === 'relationship' ? 'T-06' : e.kind === 'legalRepresentative' ? 'P-CHG-02' : 'P-CHG-01';
                return { template: 'changeRecorded', ruleId, to: ['officer', 'unit'], facts: { kind: e.kind, effectiveOn: e.effectiveOn, late: context.changes.at(-1)?.late ? 'yes' : 'no', usingUnit: e.usingUnit ?? null } };
              },
            },
          ],
        },
        DETECT_RELATIONSHIP_CHANGE: [
          { guard: and(['authorized', 'changeSubjectKnown', 'alreadyReported']), meta: { rule: 'T-06' }, actions: ['recordOnly'] },
          {
            guard: and(['authorized', 'changeSubjectKnown']),
            meta: { rule: 'T-06' },
            actions: [
              assign(({ context, event }) => changes.detectRelationshipChange(context, event)),
              { type: 'notify', params: ({ context }) => obligationNotice(context, context.obligations.at(-1)!.id, 'obligationDue', ['unit']) },
            ],
          },
        ],
        SUBMIT_SIGNED_AGREEMENT: {
          guard: and(['authorized', 'agreementOwed']),
          meta: { rule: 'P-CHG-02' },
          actions: [assign(({ context, event }) => changes.submitSignedAgreement(context, event))],
        },
        PUBLISH_VERSION_UPGRADE: {
          guard: and(['authorized', 'newVersion']),
          meta: { rule: 'T-07' },
          actions: [
            assign(({ context, event }) => changes.publishUpgrade(context, event)),
            { type: 'notify', params: ({ context }) => obligationNotice(context, context.obligations.at(-1)!.id, 'upgradePublished', ['unit', 'usingUnits']) },
          ],
        },
        COMPLETE_VERSION_UPGRADE: {
          guard: and(['authorized', 'upgradeOwed']),
          meta: { rule: 'T-07' },
          actions: [assign(({ context, event }) => changes.completeUpgrade(context, event))],
        },
        FILE_NETWORK_ADDRESS: {
          guard: and(['authorized', 'networkActionFits']),
          meta: { rule: 'P-CHG-05' },
          actions: [
            assign(({ context, event }) => changes.fileNetworkAddress(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'networkFilingUpdated', ruleId: 'P-CHG-05', to: ['unit', 'provincialBureau'], facts: { action: (event as Of<'FILE_NETWORK_ADDRESS'>).filing.action } }) },
          ],
        },
        FILE_TERMINATION: {
          guard: and(['authorized', 'leadTime', 'filingScopeValid']),
          meta: { rule: 'T-08' },
          actions: [
            assign(({ context, event }) => changes.fileTermination(context, event)),
            {
              type: 'notify',
              params: ({ event }) => {
                const e = event as Of<'FILE_TERMINATION'>;
                return { template: 'terminationFiled', ruleId: e.usingUnits ? 'P-TRM-01' : 'T-08', to: ['unit', 'officer', 'usingUnits'], facts: { effectiveOn: e.effectiveOn, reason: e.reason, usingUnits: e.usingUnits?.join(', ') ?? null } };
              },
            },
          ],
        },
        WITHDRAW_TERMINATION: {
          guard: and(['authorized', 'filingScheduled']),
          meta: { rule: 'P-TRM-01' },
          actions: [
            { type: 'notify', params: ({ context }) => ({ template: 'terminationWithdrawn', ruleId: 'P-TRM-01', to: ['unit', 'officer', 'usingUnits'], facts: { effectiveOn: changes.scheduledFilings(context).at(-1)?.effectiveOn ?? null } }) },
            assign(({ context, event }) => changes.withdrawTermination(context, event.at)),
          ],
        },
        ...usingUnitTransitions,
        SUBMIT_FLOW_DATA: [
          {
            // E-AUTH-4, O-27: the authorized builder's own flow data (it is no membership)
            guard: and(['authorized', 'builderOwes']),
            meta: { rule: 'O-27' },
            actions: [assign({ builderFlow: ({ context, event }) => builder.submitBuilderFlow(context, event as Of<'SUBMIT_FLOW_DATA'>) })],
          },
          usingUnitTransitions.SUBMIT_FLOW_DATA,
        ],
        REPORT_SECURITY_INCIDENT: {
          guard: 'authorized',
          meta: { rule: 'P-SEC-01' },
          actions: [
            assign(({ context, event }) => compliance.reportSecurityIncident(context, event)),
            { type: 'notify', params: ({ event }) => ({ template: 'securityIncident', ruleId: 'P-SEC-01', to: ['provincialBureau', 'officer'], facts: { occurredOn: (event as Of<'REPORT_SECURITY_INCIDENT'>).occurredOn, details: (event as Of<'REPORT_SECURITY_INCIDENT'>).details } }) },
          ],
        },
      },
    },
    terminated: {
      // P-TRM-04: subscriptions, grants, the network filing and open duties end with the unit
      entry: assign(({ context }) => changes.cascadeTermination(context)),
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
    },
    closed: { type: 'final' },
  },
});

export type UnitMachine = typeof unitMachine;

export type { CommandEvent };
