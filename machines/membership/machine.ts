/**
 * One using unit's membership of a DCU (使用单位, rules.md §8(b)): both admission paths
 * (P-UU-01 invitation, P-UU-02 application), the using unit's own competent authority's
 * decision, suspension by a case aimed at it, and its end. Every transition cites its rule in
 * `meta.rule`; events carrying a `ruleId` (cases, cascade) name their own. Pure: instants arrive
 * in events (`at`), policy values in the context (`rules`).
 */
import { assertEvent, and, assign, not, setup } from 'xstate';
import { addDays, cstDate, endOf } from '../calendar.js';
import { allowedRolesUU } from '../schemas/usingUnits.js';
import { FRESH_ADMISSION, initialMembershipContext, type MembershipContext, type MembershipFacts, type MembershipSetup } from './context.js';
import { deadlinesFor, type DeadlinePhase } from './deadlines.js';
import type { MembershipEvent, MembershipDeadlineKind } from './events.js';
import * as flow from './flowData.js';
import { closeEntry, noteChange, openEntry } from './ledger.js';
import { notice, type MembershipNotice } from './notices.js';
import { requestedFacts, requestFindings } from './request.js';


/** A deadline's period (flow data), or '' for any other event. */
const periodOf = (event: MembershipEvent): string => (event.type === 'DEADLINE' ? (event.period ?? '') : '');
/** The case a suspension, restoration or end names, if the event names one. */
const caseIdOf = (event: MembershipEvent): string | undefined => ('caseId' in event ? event.caseId : undefined);
type Args = { context: MembershipContext; event: MembershipEvent };

const UU = ['usingUnits'] as const;

function base(context: MembershipContext): Record<string, string> {
  return { usingUnit: context.uscc, name: context.name };
}

/** the ledger row's facts at admission */
function admitted(context: MembershipContext, facts: MembershipFacts | null, at: string, ruleId: string): MembershipContext['ledger'] {
  const path = context.path ?? 'invitation';
  const entry = openEntry(
    {
      uscc: context.uscc,
      name: context.name,
      relationship: facts?.relationship ?? 'NONE',
      relationshipSince: facts?.relationshipSince ?? null,
      proofRef: facts?.relationshipProofRef ?? null,
      exemptSector: facts?.relationshipProofRef ? null : (facts?.exemptSector ?? null),
      competentAuthority: facts?.competentTaxAuthority ?? null,
      path,
      effectiveFrom: cstDate(at),
    },
    at,
    ruleId,
  );
  return [...context.ledger, entry];
}

function dutiesAtAdmission(context: MembershipContext, rating: MembershipFacts['creditRating'] | undefined, at: string): flow.FlowDuty[] {
  if (!rating || !flow.flowDataRequired(rating)) return context.flowData;
  return flow.afterRating(context.flowData, true, at, context.rules);
}

const fresh = FRESH_ADMISSION;

const endedNotice = ({ context, event }: Args): MembershipNotice =>
  notice('membershipEnded', ruleOfEvent(event, event.type === 'DEADLINE' ? 'T-08' : 'P-UU-06'), ['unit', 'officer', ...UU], {
    ...base(context),
    on: cstDate(event.at),
    reason: endReason(event),
    caseId: caseIdOf(event) ?? null,
  });

function endReason(event: MembershipEvent): string {
  if (event.type === 'REMOVE_USING_UNIT' || event.type === 'END_MEMBERSHIP') return event.reason;
  if (event.type === 'DEADLINE') return 'termination filing effective (T-08)';
  return event.type;
}

/** the rule an event names itself (cases, cascade), or the transition's */
export function ruleOfEvent(event: MembershipEvent, fallback: string): string {
  return 'ruleId' in event && typeof event.ruleId === 'string' && event.type !== 'DEADLINE' ? event.ruleId : fallback;
}

/** P-UU-01 / P-UU-02: the events that open an admission */
const startTransitions = {
  INVITE_USING_UNIT: {
    guard: and(['role', 'selfConsistent']),
    target: 'invited',
    meta: { rule: 'P-UU-01' },
    actions: ['invite', 'setLapse', { type: 'notify', params: ({ context }: Args) => invitedNotice(context) }],
  },
  APPLY_FOR_AUTHORIZATION: {
    guard: and(['role', 'eligible']),
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
  SUBMIT_FLOW_DATA: { guard: and(['role', 'flowOwed']), meta: { rule: 'O-27' }, actions: ['submitFlow'] },
  DEADLINE: [
    { guard: { type: 'isDue', params: { what: 'flowDataReminder', phase: 'serving' } }, meta: { rule: 'T-17' }, actions: ['remindFlow', { type: 'notify', params: flowNotice('flowDataDue') }] },
    { guard: { type: 'isDue', params: { what: 'flowDataOverdue', phase: 'serving' } }, meta: { rule: 'O-27' }, actions: [{ type: 'notify', params: flowNotice('flowDataOverdue') }, 'overdueFlow'] },
    { guard: { type: 'isDue', params: { what: 'membershipEnd', phase: 'serving' } }, target: 'ended', meta: { rule: 'T-08' }, actions: ['end', { type: 'notify', params: endedNotice }] },
  ],
  SCHEDULE_MEMBERSHIP_END: { guard: 'leadTime', meta: { rule: 'T-08' }, actions: ['schedule', { type: 'notify', params: ({ context }: Args) => endingNotice(context) }] },
  CANCEL_MEMBERSHIP_END: { guard: 'endScheduled', meta: { rule: 'T-08' }, actions: ['unschedule'] },
  UPDATE_RATING: { meta: { rule: 'E-UU-3' }, actions: ['rate'] },
} as const;

export const membershipMachine = setup({
  types: {
    context: {} as MembershipContext,
    events: {} as MembershipEvent,
    input: {} as MembershipSetup & { uscc: string },
  },
  actions: {
    /** effect: the workflow sends the notice */
    notify: (_, _notice: MembershipNotice) => {},
    invite: assign(({ event }) => {
      assertEvent(event, 'INVITE_USING_UNIT');
      const e = event;
      return {
        ...fresh,
        name: e.name,
        path: 'invitation' as const,
        invitation: { at: e.at, by: e.actor.id, relationship: e.relationship, contact: e.contact, message: e.message ?? null, lastDay: '' },
      };
    }),
    /** the last day to accept, counted from the day after the invitation */
    setLapse: assign(({ context }) => ({
      invitation: context.invitation && { ...context.invitation, lastDay: addDays(cstDate(context.invitation.at), context.rules.invitationExpiryDays) },
    })),
    takeFacts: assign(({ context, event }) => ({
      facts: requestedFacts(context, event),
      eligibility: requestFindings(context, event),
    })),
    apply: assign(({ event }) => {
      assertEvent(event, 'APPLY_FOR_AUTHORIZATION');
      return { ...fresh, name: event.name, path: 'application' as const };
    }),
    admit: assign(({ context, event }, params: { ruleId: string }) => ({
      activeSince: event.at,
      ledger: admitted(context, context.facts, event.at, params.ruleId),
      flowData: dutiesAtAdmission(context, context.facts?.creditRating, event.at),
    })),
    admitFromApplication: assign(({ context, event }) => {
      assertEvent(event, 'ADMIT_FROM_APPLICATION');
      const { unit, at } = event;
      const facts: MembershipFacts = {
        competentTaxAuthority: unit.competentTaxAuthority,
        relationship: unit.relationship,
        contact: null,
        creditRating: unit.creditRating,
        inPilotScope: unit.inPilotScope,
        hasMajorTaxViolation3y: unit.hasMajorTaxViolation3y,
        canProvideTaxData: unit.canProvideTaxData,
        ...(unit.relationshipProofRef !== undefined ? { relationshipProofRef: unit.relationshipProofRef } : {}),
        ...(unit.exemptSector !== undefined ? { exemptSector: unit.exemptSector } : {}),
      };
      const ctx = { ...context, ...fresh, name: unit.name, path: 'simultaneous' as const, facts, countedInInitialThresholds: true };
      return { ...ctx, activeSince: at, ledger: admitted(ctx, facts, at, 'P-ONB-08'), flowData: dutiesAtAdmission(ctx, unit.creditRating, at) };
    }),
    recordReturn: assign(({ context, event }) => {
      assertEvent(event, 'RETURN_USING_UNIT');
      const e = event;
      return { returns: [...context.returns, { at: e.at, opinion: e.opinion, reasons: e.reasons }] };
    }),
    suspend: assign(({ context, event }) => {
      assertEvent(event, 'SUSPEND_MEMBERSHIP');
      const e = event;
      return {
        suspendedBy: [...context.suspendedBy, e.caseId],
        ledger: noteChange(context.ledger, { at: e.at, change: 'suspended', ruleId: e.ruleId, details: `case ${e.caseId}` }),
      };
    }),
    restore: assign(({ context, event }) => {
      assertEvent(event, 'RESTORE_MEMBERSHIP');
      const e = event;
      const suspendedBy = context.suspendedBy.filter((id) => id !== e.caseId);
      return {
        suspendedBy,
        ledger: suspendedBy.length ? context.ledger : noteChange(context.ledger, { at: e.at, change: 'restored', ruleId: e.ruleId, details: `case ${e.caseId}` }),
      };
    }),
    end: assign(({ context, event }) => {
      const ruleId = ruleOfEvent(event, event.type === 'DEADLINE' ? 'T-08' : 'P-UU-06');
      const reason = endReason(event);
      const by = 'actor' in event ? `${event.actor.role}:${event.actor.id}` : 'system';
      return {
        ended: { at: event.at, reason, ruleId, by, caseId: caseIdOf(event) ?? null },
        scheduledEnd: null,
        suspendedBy: [],
        ledger: closeEntry(context.ledger, event.at, ruleId, reason),
      };
    }),
    schedule: assign(({ context, event }) => {
      assertEvent(event, 'SCHEDULE_MEMBERSHIP_END');
      const e = event;
      return {
        scheduledEnd: { effectiveOn: e.effectiveOn, reason: e.reason, filedAt: e.at },
        ledger: noteChange(context.ledger, { at: e.at, change: 'endScheduled', ruleId: 'T-08', details: `ends ${e.effectiveOn}: ${e.reason}` }),
      };
    }),
    unschedule: assign(({ context, event }) => ({
      scheduledEnd: null,
      ledger: noteChange(context.ledger, { at: event.at, change: 'endWithdrawn', ruleId: 'T-08', details: 'termination filing withdrawn' }),
    })),
    submitFlow: assign(({ context, event }) => {
      assertEvent(event, 'SUBMIT_FLOW_DATA');
      const e = event;
      return { flowData: flow.submit(context.flowData, e.period, e.at, e.ref, context.rules) };
    }),
    remindFlow: assign(({ context, event }) => ({ flowData: flow.markReminded(context.flowData, periodOf(event)) })),
    overdueFlow: assign(({ context, event }) => ({ flowData: flow.markOverdue(context.flowData, periodOf(event), context.rules) })),
    rate: assign(({ context, event }) => {
      assertEvent(event, 'UPDATE_RATING');
      const e = event;
      return {
        facts: context.facts && { ...context.facts, creditRating: e.rating },
        flowData: flow.afterRating(context.flowData, flow.flowDataRequired(e.rating), e.at, context.rules),
        ledger: noteChange(context.ledger, { at: e.at, change: 'rating', ruleId: 'E-UU-3', details: `credit rating ${e.rating}` }),
      };
    }),
  },
  guards: {
    /** the command's sender has a role that may send it (an event from the unit chart has no actor) */
    role: ({ event }) => !('actor' in event) || (allowedRolesUU[event.type as keyof typeof allowedRolesUU] ?? []).includes(event.actor.role),
    /** E-UU-1…7 hold for the facts the event brings */
    eligible: ({ context, event }) => requestFindings(context, event)?.eligible === true,
    /** E-UU-2: SELF is the DCU itself, and the DCU is only ever SELF */
    selfConsistent: ({ context, event }) => {
      assertEvent(event, 'INVITE_USING_UNIT');
      const e = event;
      return (e.relationship === 'SELF') === (e.usingUnit === context.dcuUscc);
    },
    /** before 00:00 CST after the invitation's last day */
    beforeLapse: ({ context, event }) => context.invitation !== null && Date.parse(event.at) < Date.parse(endOf(context.invitation.lastDay)),
    /** G3.1(2)1: only the using unit's own competent tax authority decides its use request */
    competentAuthority: ({ context, event }) =>
      'actor' in event && context.facts !== null && event.actor.authority === context.facts.competentTaxAuthority,
    viaInvitation: ({ context }) => context.path === 'invitation',
    /** a deadline this membership still lists, its instant reached (a stale timer changes nothing) */
    isDue: ({ context, event }, params: { what: MembershipDeadlineKind; phase: DeadlinePhase }) =>
      event.type === 'DEADLINE' &&
      event.what === params.what &&
      deadlinesFor(context, params.phase).some((d) => d.key === event.key && Date.parse(d.at) <= Date.parse(event.at)),
    flowOwed: ({ context, event }) => {
      assertEvent(event, 'SUBMIT_FLOW_DATA');
      const e = event;
      return flow.owedDuty(context.flowData, e.period, e.at) !== undefined;
    },
    newCase: ({ context, event }) => !context.suspendedBy.includes(caseIdOf(event) ?? ''),
    suspendedByCase: ({ context, event }) => context.suspendedBy.includes(caseIdOf(event) ?? ''),
    lastSuspension: ({ context, event }) => context.suspendedBy.every((id) => id === caseIdOf(event)),
    /** T-08: at least the lead time ahead, and not already scheduled */
    leadTime: ({ context, event }) => {
      assertEvent(event, 'SCHEDULE_MEMBERSHIP_END');
      const e = event;
      return context.scheduledEnd === null && e.effectiveOn >= addDays(cstDate(e.at), context.rules.terminationLeadDays);
    },
    endScheduled: ({ context }) => context.scheduledEnd !== null,
  },
}).createMachine({
  id: 'membership',
  initial: 'none',
  context: ({ input }) => initialMembershipContext(input),
  states: {
    none: {
      on: {
        ...startTransitions,
        ADMIT_FROM_APPLICATION: { target: 'active', meta: { rule: 'P-ONB-08' }, actions: ['admitFromApplication'] },
      },
    },
    invited: {
      on: {
        ACCEPT_INVITATION: {
          guard: and(['role', 'beforeLapse', 'eligible']),
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
          guard: and(['role', 'eligible']),
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
            guard: and(['role', 'competentAuthority', 'viaInvitation']),
            target: 'active',
            meta: { rule: 'P-UU-01' },
            actions: [{ type: 'admit', params: { ruleId: 'P-UU-01' } }, { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-01') }],
          },
          {
            guard: and(['role', 'competentAuthority', not('viaInvitation')]),
            target: 'active',
            meta: { rule: 'P-UU-02' },
            actions: [{ type: 'admit', params: { ruleId: 'P-UU-02' } }, { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-02') }],
          },
        ],
        RETURN_USING_UNIT: [
          {
            guard: and(['role', 'competentAuthority', 'viaInvitation']),
            target: 'returned',
            meta: { rule: 'P-UU-01' },
            actions: ['recordReturn', { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-01') }],
          },
          {
            guard: and(['role', 'competentAuthority', not('viaInvitation')]),
            target: 'returned',
            meta: { rule: 'P-UU-02' },
            actions: ['recordReturn', { type: 'notify', params: ({ context, event }) => decidedNotice(context, event, 'P-UU-02') }],
          },
        ],
        ...endTransitions,
      },
    },
    returned: {
      on: {
        RESUBMIT_USE_REQUEST: [
          {
            guard: and(['role', 'eligible', 'viaInvitation']),
            target: 'awaitingAuthority',
            meta: { rule: 'P-UU-01' },
            actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-01', 'resubmitted') }],
          },
          {
            guard: and(['role', 'eligible', not('viaInvitation')]),
            target: 'awaitingAuthority',
            meta: { rule: 'P-UU-02' },
            actions: ['takeFacts', { type: 'notify', params: ({ context }) => useRequestNotice(context, 'P-UU-02', 'resubmitted') }],
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
            guard: and(['suspendedByCase', 'lastSuspension']),
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
