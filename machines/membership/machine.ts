/**
 * One using unit's membership of a DCU (使用单位, rules.md §8(b)): both admission paths
 * (P-UU-01 invitation, P-UU-02 application), the using unit's own competent authority's
 * decision, suspension by a case aimed at it, and its end. Every transition cites its rule in
 * `meta.rule`; events carrying a `ruleId` (cases, cascade) name their own. Pure: instants arrive
 * in events (`at`), policy values in the context (`rules`). Its actions and guards are in setup.ts.
 */
import { assertEvent } from 'xstate';
import { cstDate } from '../calendar.js';
import { initialMembershipContext, type MembershipContext } from './context.js';
import type { MembershipEvent } from './events.js';
import { notice, type MembershipNotice } from './notices.js';
import { when } from './guards.js';
import { caseIdOf, endReason, membershipSetup, periodOf, ruleOfEvent } from './setup.js';


type Args = { context: MembershipContext; event: MembershipEvent };

const UU = ['usingUnits'] as const;

function base(context: MembershipContext): Record<string, string> {
  return { usingUnit: context.uscc, name: context.name };
}

const endedNotice = ({ context, event }: Args): MembershipNotice =>
  notice('membershipEnded', ruleOfEvent(event, event.type === 'DEADLINE' ? 'T-08' : 'P-UU-06'), ['unit', 'officer', ...UU], {
    ...base(context),
    on: cstDate(event.at),
    reason: endReason(event),
    caseId: caseIdOf(event) ?? null,
  });

/** P-UU-01 / P-UU-02: the events that open an admission */
const startTransitions = {
  INVITE_USING_UNIT: {
    guard: when('role', 'selfConsistent'),
    target: 'invited',
    meta: { rule: 'P-UU-01' },
    actions: ['invite', 'setLapse', { type: 'notify', params: ({ context }: Args) => invitedNotice(context) }],
  },
  APPLY_FOR_AUTHORIZATION: {
    guard: when('role', 'eligible'),
    target: 'applied',
    meta: { rule: 'P-UU-02' },
    actions: ['apply', 'takeFacts', { type: 'notify', params: ({ context }: Args) => notice('authorizationApplied', 'P-UU-02', ['unit'], { ...base(context), relationship: context.facts?.relationship ?? null, rating: context.facts?.creditRating ?? null }) }],
  },
} as const;

/** P-UU-06 and the unit chart's ends (cases, cascade): from any pending or serving state */
const endTransitions = {
  REMOVE_USING_UNIT: { guard: 'role', target: 'ended', meta: { rule: 'P-UU-06' }, actions: ['end', { type: 'notify', params: endedNotice }] },
  END_MEMBERSHIP: { target: 'ended', meta: { rule: 'P-UU-06' }, actions: ['end', { type: 'notify', params: endedNotice }] },
} as const;

/** what an active or suspended membership owes and undergoes alike: flow data, a filed end, a rating */
const servingTransitions = {
  SUBMIT_FLOW_DATA: { guard: when('role', 'flowOwed'), meta: { rule: 'O-27' }, actions: ['submitFlow'] },
  DEADLINE: [
    { guard: { type: 'isDue', params: { what: 'flowDataReminder', phase: 'serving' } }, meta: { rule: 'T-17' }, actions: ['remindFlow', { type: 'notify', params: flowNotice('flowDataDue') }] },
    { guard: { type: 'isDue', params: { what: 'flowDataOverdue', phase: 'serving' } }, meta: { rule: 'O-27' }, actions: [{ type: 'notify', params: flowNotice('flowDataOverdue') }, 'overdueFlow'] },
    { guard: { type: 'isDue', params: { what: 'membershipEnd', phase: 'serving' } }, target: 'ended', meta: { rule: 'T-08' }, actions: ['end', { type: 'notify', params: endedNotice }] },
  ],
  SCHEDULE_MEMBERSHIP_END: { guard: 'leadTime', meta: { rule: 'T-08' }, actions: ['schedule', { type: 'notify', params: ({ context }: Args) => endingNotice(context) }] },
  CANCEL_MEMBERSHIP_END: { guard: 'endScheduled', meta: { rule: 'T-08' }, actions: ['unschedule'] },
  UPDATE_RATING: { meta: { rule: 'E-UU-3' }, actions: ['rate'] },
} as const;

export const membershipMachine = membershipSetup.createMachine({
  id: 'membership',
  initial: 'none',
  context: ({ input }) => initialMembershipContext(input),
  states: {
    none: {
      on: {
        ...startTransitions,
        ADMIT_FROM_APPLICATION: { target: 'active', meta: { rule: 'P-ONB-08' }, actions: ['admitFromApplication'] },
        // G3.1(2)1: declared with the DCU's application, its own (different) authority decides it
        AWAIT_OWN_AUTHORITY: {
          target: 'awaitingAuthority',
          meta: { rule: 'P-ONB-08' },
          actions: ['awaitOwnAuthority', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-ONB-08', 'submitted') }],
        },
      },
    },
    invited: {
      on: {
        ACCEPT_INVITATION: {
          guard: when('role', 'beforeLapse', 'eligible'),
          target: 'awaitingAuthority',
          meta: { rule: 'P-UU-01' },
          actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-01', 'submitted') }],
        },
        DEADLINE: {
          guard: { type: 'isDue', params: { what: 'invitationLapse', phase: 'invited' } },
          target: 'lapsed',
          meta: { rule: 'Q-28' },
          actions: [{ type: 'notify', params: ({ context }) => notice('invitationLapsed', 'Q-28', ['unit', ...UU], { ...base(context), invitedOn: cstDate(context.invitation?.at ?? ''), lastDay: context.invitation?.lastDay ?? null }) }],
        },
        ...endTransitions,
      },
    },
    applied: {
      on: {
        CONSENT_TO_USING_UNIT: {
          guard: when('role', 'eligible'),
          target: 'awaitingAuthority',
          meta: { rule: 'P-UU-02' },
          actions: [
            'takeFacts',
            { type: 'notify', params: ({ context, event }) => notice('authorizationDecided', 'P-UU-02', [...UU], { ...base(context), decision: 'consented', opinion: event.opinion ?? null }) },
            { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-02', 'submitted') },
          ],
        },
        DECLINE_USING_UNIT: {
          guard: 'role',
          target: 'declined',
          meta: { rule: 'P-UU-02' },
          actions: [{ type: 'notify', params: ({ context, event }) => notice('authorizationDecided', 'P-UU-02', [...UU], { ...base(context), decision: 'declined', opinion: event.reason }) }],
        },
        ...endTransitions,
      },
    },
    awaitingAuthority: {
      on: {
        APPROVE_USING_UNIT: [
          {
            guard: when('role', 'competentAuthority', 'viaInvitation'),
            target: 'active',
            meta: { rule: 'P-UU-01' },
            actions: [{ type: 'admit', params: { ruleId: 'P-UU-01' } }, { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-01') }],
          },
          {
            guard: when('role', 'competentAuthority', 'viaApplication'),
            target: 'active',
            meta: { rule: 'P-UU-02' },
            actions: [{ type: 'admit', params: { ruleId: 'P-UU-02' } }, { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-02') }],
          },
          {
            guard: when('role', 'competentAuthority', 'viaDcuApplication'),
            target: 'active',
            meta: { rule: 'P-ONB-08' },
            actions: [{ type: 'admit', params: { ruleId: 'P-ONB-08' } }, { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-ONB-08') }],
          },
        ],
        RETURN_USING_UNIT: [
          {
            guard: when('role', 'competentAuthority', 'viaInvitation'),
            target: 'returned',
            meta: { rule: 'P-UU-01' },
            actions: ['recordReturn', { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-01') }],
          },
          {
            guard: when('role', 'competentAuthority', 'viaApplication'),
            target: 'returned',
            meta: { rule: 'P-UU-02' },
            actions: ['recordReturn', { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-02') }],
          },
          {
            guard: when('role', 'competentAuthority', 'viaDcuApplication'),
            target: 'returned',
            meta: { rule: 'P-ONB-08' },
            actions: ['recordReturn', { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-ONB-08') }],
          },
        ],
        ...endTransitions,
      },
    },
    returned: {
      on: {
        RESUBMIT_USE_REQUEST: [
          {
            guard: when('role', 'eligible', 'viaInvitation'),
            target: 'awaitingAuthority',
            meta: { rule: 'P-UU-01' },
            actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-01', 'resubmitted') }],
          },
          {
            guard: when('role', 'eligible', 'viaApplication'),
            target: 'awaitingAuthority',
            meta: { rule: 'P-UU-02' },
            actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-02', 'resubmitted') }],
          },
          {
            guard: when('role', 'eligible', 'viaDcuApplication'),
            target: 'awaitingAuthority',
            meta: { rule: 'P-ONB-08' },
            actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-ONB-08', 'resubmitted') }],
          },
        ],
        ...endTransitions,
      },
    },
    active: {
      on: {
        SUSPEND_MEMBERSHIP: {
          guard: 'newCase',
          target: 'suspended',
          meta: { rule: 'S-05' },
          actions: ['suspend', { type: 'notify', params: ({ context, event }) => notice('membershipSuspended', event.ruleId, ['unit', ...UU], { ...base(context), caseId: event.caseId, since: cstDate(event.at) }) }],
        },
        ...servingTransitions,
        ...endTransitions,
      },
    },
    suspended: {
      on: {
        SUSPEND_MEMBERSHIP: { guard: 'newCase', meta: { rule: 'S-05' }, actions: ['suspend'] },
        RESTORE_MEMBERSHIP: [
          {
            guard: when('suspendedByCase', 'lastSuspension'),
            target: 'active',
            meta: { rule: 'M-RESTORE' },
            actions: ['restore', { type: 'notify', params: ({ context, event }) => notice('membershipRestored', event.ruleId, ['unit', ...UU], { ...base(context), caseId: event.caseId, on: cstDate(event.at) }) }],
          },
          { guard: 'suspendedByCase', meta: { rule: 'M-RESTORE' }, actions: ['restore'] },
        ],
        ...servingTransitions,
        ...endTransitions,
      },
    },
    // a new admission after a lapse, a decline or an end; the ledger and history stay (O-03)
    lapsed: { on: { ...startTransitions } },
    declined: { on: { ...startTransitions } },
    ended: { on: { ...startTransitions } },
  },
});

function invitedNotice(context: MembershipContext): MembershipNotice {
  return notice('usingUnitInvited', 'P-UU-01', [...UU], {
    ...base(context),
    relationship: context.invitation?.relationship ?? null,
    lastDay: context.invitation?.lastDay ?? null,
    message: context.invitation?.message ?? null,
  });
}

function useRequestNotice(context: MembershipContext, ruleId: string, kind: 'submitted' | 'resubmitted'): MembershipNotice {
  return notice('useRequestSubmitted', ruleId, ['officer', 'unit'], {
    ...base(context),
    kind,
    competentAuthority: context.facts?.competentTaxAuthority ?? null,
    relationship: context.facts?.relationship ?? null,
    proof: context.facts?.relationshipProofRef ?? null,
    exemptSector: context.facts?.relationshipProofRef ? null : (context.facts?.exemptSector ?? null),
    rating: context.facts?.creditRating ?? null,
    forOfficer: context.eligibility?.forOfficer.length ?? 0,
  });
}

function decidedNotice(context: MembershipContext, event: MembershipEvent, ruleId: string): MembershipNotice {
  assertEvent(event, ['APPROVE_USING_UNIT', 'RETURN_USING_UNIT']);
  const e = event;
  return notice('useRequestDecided', ruleId, ['unit', ...UU], {
    ...base(context),
    decision: e.type === 'APPROVE_USING_UNIT' ? 'approved' : 'returned',
    opinion: e.opinion,
    reasons: e.type === 'RETURN_USING_UNIT' ? e.reasons.join('; ') : null,
    authority: context.facts?.competentTaxAuthority ?? null,
    on: cstDate(e.at),
  });
}

function endingNotice(context: MembershipContext): MembershipNotice {
  return notice('membershipEnding', 'T-08', ['unit', 'officer', ...UU], {
    ...base(context),
    effectiveOn: context.scheduledEnd?.effectiveOn ?? null,
    reason: context.scheduledEnd?.reason ?? null,
  });
}

function flowNotice(template: 'flowDataDue' | 'flowDataOverdue') {
  return ({ context, event }: Args): MembershipNotice => {
    const period = periodOf(event);
    const duty = context.flowData.find((d) => d.period === period);
    const to: MembershipNotice['to'] = template === 'flowDataDue' ? [...UU, 'unit'] : ['officer', 'unit', ...UU];
    return notice(template, template === 'flowDataDue' ? 'T-17' : 'O-27', to, {
      ...base(context),
      period,
      dueOn: duty?.dueOn ?? null,
      rating: context.facts?.creditRating ?? null,
    });
  };
}
