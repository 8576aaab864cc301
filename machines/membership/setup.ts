/**
 * The membership chart's vocabulary (issue 11: the chart is no longer one config object): its
 * context, events and input types, its named actions (reducers over the membership's context) and
 * its guards (guards.ts). The chart (machine.ts) says where each applies.
 */
import { assertEvent, assign, setup } from 'xstate';
import { addDays, cstDate } from '../calendar.js';
import { FRESH_ADMISSION, type MembershipContext, type MembershipFacts, type MembershipSetup } from './context.js';
import type { MembershipEvent } from './events.js';
import * as flow from './flowData.js';
import { closeEntry, noteChange, openEntry } from './ledger.js';
import type { MembershipNotice } from './notices.js';
import { membershipGuards } from './guards.js';
import { requestedFacts, requestFindings } from './request.js';
import { checkUsingUnit } from '../eligibility.js';
import type { RequestedUsingUnit } from '../schemas/forms.js';

/** A deadline's period (flow data), or '' for any other event. */
export const periodOf = (event: MembershipEvent): string => (event.type === 'DEADLINE' ? (event.period ?? '') : '');
/** The case a suspension, restoration or end names, if the event names one. */
export const caseIdOf = (event: MembershipEvent): string | undefined => ('caseId' in event ? event.caseId : undefined);

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

/** P-ONB-08: a fresh membership of a unit declared with the DCU's application, its facts the form's */
function declared(context: MembershipContext, unit: RequestedUsingUnit) {
  const facts: MembershipFacts = {
    competentTaxAuthority: unit.competentTaxAuthority,
    relationship: unit.relationship,
    contact: unit.contact ?? null,
    creditRating: unit.creditRating,
    inPilotScope: unit.inPilotScope,
    hasMajorTaxViolation3y: unit.hasMajorTaxViolation3y,
    canProvideTaxData: unit.canProvideTaxData,
    ...(unit.relationshipProofRef !== undefined ? { relationshipProofRef: unit.relationshipProofRef } : {}),
    ...(unit.exemptSector !== undefined ? { exemptSector: unit.exemptSector } : {}),
  };
  return { ...context, ...fresh, name: unit.name, path: 'simultaneous' as const, facts, countedInInitialThresholds: true };
}

export function endReason(event: MembershipEvent): string {
  if (event.type === 'REMOVE_USING_UNIT' || event.type === 'END_MEMBERSHIP') return event.reason;
  if (event.type === 'DEADLINE') return 'termination filing effective (T-08)';
  return event.type;
}

/** the rule an event names itself (cases, cascade), or the transition's */
export function ruleOfEvent(event: MembershipEvent, fallback: string): string {
  return 'ruleId' in event && typeof event.ruleId === 'string' && event.type !== 'DEADLINE' ? event.ruleId : fallback;
}

export const membershipSetup = setup({
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
      const ctx = declared(context, unit);
      return { ...ctx, activeSince: at, ledger: admitted(ctx, ctx.facts, at, 'P-ONB-08'), flowData: dutiesAtAdmission(ctx, unit.creditRating, at) };
    }),
    /** P-ONB-08, G3.1(2)1: declared with the DCU's application, it waits for its own authority with the application's facts and findings */
    awaitOwnAuthority: assign(({ context, event }) => {
      assertEvent(event, 'AWAIT_OWN_AUTHORITY');
      const ctx = declared(context, event.unit);
      return { ...ctx, eligibility: checkUsingUnit(event.unit, { uscc: ctx.uscc, name: ctx.name, dcuUscc: ctx.dcuUscc }, ctx.rules, cstDate(event.at)) };
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
        // E-UU-3, O-27, T-17: B or M owes flow data from the next period; A waives it; C or D leaves it as it is (a proposed case decides, E-DCU-14)
        flowData: context.rules.usingUnitRatings.includes(e.rating) ? flow.afterRating(context.flowData, flow.flowDataRequired(e.rating), e.at, context.rules, 'next') : context.flowData,
        ledger: noteChange(context.ledger, { at: e.at, change: 'rating', ruleId: 'E-UU-3', details: `credit rating ${e.rating}` }),
      };
    }),
  },
  guards: membershipGuards,
});
