/**
 * The unit chart's guards: pure predicates over the context and the event, by name. The chart
 * (chart.ts) says where each applies; a refused command names the failing condition (engine.ts).
 */
import { cstDate, endOf } from '../calendar.js';
import { addsUsingUnit, isUsingUnitCommand } from '../membership/index.js';
import type { UsingUnitCommand } from '../schemas/usingUnits.js';
import * as builder from './usingUnits/builderFlow.js';
import { catalogueEntry, liveGrant, qualifies, subscription } from './duties/capabilities.js';
import { accessSuspended, capabilitiesStopped, findCase, newUsingUnitsStopped, windowCap } from './compliance/cases.js';
import type { Case } from './compliance/slice.js';
import * as changes from './duties/reducers.js';
import * as compliance from './compliance/reducers.js';
import type { UnitContext } from './context.js';
import { deadlines, type DeadlineKind } from './deadlines.js';
import { isAuthorized, type DeadlineEvent, type UnitEvent } from './events.js';
import * as memberships from './usingUnits/memberships.js';
import { usingUnitStatus } from './usingUnits/status.js';

type Args = { context: UnitContext; event: UnitEvent };
type Of<T extends UnitEvent['type']> = Extract<UnitEvent, { type: T }>;
type UsingUnitEvent = UsingUnitCommand & { at: string };

export const unitGuards = {
    authorized: ({ event }: Args) => isAuthorized(event),
    /** the application is for the unit this chart runs (workflow id `unit:<USCC>`) */
    forThisUnit: ({ context, event }: Args) => (event as Of<'SUBMIT_APPLICATION'>).application.dcuUscc === context.unitId,
    due: ({ context, event }: Args, params: { what: DeadlineKind }) =>
      event.type === 'DEADLINE' &&
      event.what === params.what &&
      deadlines(context).some((d) => d.key === event.key && Date.parse(d.at) <= Date.parse(event.at)),
    termEndAfterApproval: ({ event }: Args) => {
      const e = event as Of<'APPROVE_APPLICATION'>;
      return e.termEndsOn === undefined || e.termEndsOn > cstDate(e.at);
    },
    renewalOpen: ({ context }: Args) =>
      context.term?.renewal === 'notRequested' ||
      (context.term?.renewal === 'rejected' && context.policy.afterRejection === 'allowNewRequest'),
    onTime: ({ context, event }: Args) => cstDate(event.at) <= (context.term?.renewalDueOn ?? ''),
    renewalRequested: ({ context }: Args) => context.term?.renewal === 'requested',
    renewalApproved: ({ context }: Args) => context.term?.renewal === 'approved',
    extendsBeyondTerm: ({ context, event }: Args) => {
      const e = event as Of<'APPROVE_RENEWAL'>;
      return context.term !== null && e.extendsTo > context.term.endsOn && e.extendsTo > cstDate(e.at);
    },
    /** the renewed term has already begun (approval after the old term ended, T-03 undecided) */
    pastTermEnd: ({ context, event }: Args) => context.term !== null && Date.parse(event.at) >= Date.parse(endOf(context.term.endsOn)),
    terminatesAtTermEnd: ({ context }: Args) =>
      context.term?.renewal !== 'requested' && context.policy.noRequestAtTermEnd === 'terminate',
    automaticLadder: ({ context }: Args) => context.policy.ladderMode === 'automatic' && !context.term?.ladderByOfficer,
    accessSuspended: ({ context }: Args) => accessSuspended(context),
    /** a case's `target` must be one of this unit's using units (contract) */
    knownTarget: ({ context, event }: Args) => {
      const target = (event as { target?: { usingUnit: string } }).target;
      return !target || memberships.isServing(context, target.usingUnit);
    },
    /** the membership's own chart allows the command (state, role, authority, E-UU eligibility) */
    membershipAllows: ({ context, event }: Args) => isUsingUnitCommand(event as { type: string }) && memberships.membershipAllows(context, event as UsingUnitEvent),
    /** E-UU-10: no new using unit while the DCU is suspended or under stopNewUsingUnits */
    newUsingUnitsAllowed: ({ context, event }: Args) => !addsUsingUnit(event as { type: string }, context.policy.newUsingUnitGate) || !newUsingUnitsStopped(context),
    /** the command names a case that exists and is in one of the given kinds and statuses */
    caseIs: ({ context, event }: Args, params: { kinds: readonly Case['kind'][]; status: Case['status'] }) => {
      const c = findCase(context, (event as { caseId?: string }).caseId ?? '');
      return c !== undefined && c.status === params.status && params.kinds.includes(c.kind);
    },
    feedbackOpen: ({ context, event }: Args) => {
      const c = findCase(context, (event as Of<'SUBMIT_RECTIFICATION_FEEDBACK'>).caseId);
      return c !== undefined && c.status === 'open' && c.feedback === null;
    },
    /** T-09: a new last day after today and within 3 months of the day the measure was imposed */
    withinCap: ({ context, event }: Args) => {
      const e = event as Of<'ADJUST_CASE_WINDOW'>;
      const c = findCase(context, e.caseId);
      const cap = c && windowCap(context, c);
      return cap !== null && cap !== undefined && e.dueOn > cstDate(e.at) && e.dueOn <= cap;
    },
    /** S-06: a security case for the same target already exists (open or closed) */
    securityRecurrence: ({ context, event }: Args) =>
      compliance.priorSecurityCase(context, (event as Of<'REPORT_SECURITY_THREAT'>).target?.usingUnit ?? null) !== undefined,
    eligibilityFails: ({ context, event }: Args) => compliance.eligibilityFails(context, event as Of<'REPORT_ELIGIBILITY_CHANGE'>),
    /** TERMINATE { caseId } confirms a proposed termination; without caseId the officer terminates outright */
    terminationCase: ({ context, event }: Args) => {
      const id = (event as Of<'TERMINATE'>).caseId;
      return id === undefined || findCase(context, id)?.terminationProposed === true;
    },
    /** the case at hand concerns a using unit only (the DCU stays) */
    targetsUsingUnit: ({ context, event }: Args) => {
      const e = event as { target?: unknown; caseId?: string; ref?: string };
      if (e.target !== undefined) return true;
      const c = findCase(context, e.caseId ?? e.ref ?? '');
      return c?.target != null;
    },
    periodOwed: ({ context, event }: Args) =>
      context.obligations.some((o) => o.kind === 'monitoringRun' && o.subject === (event as Of<'RECORD_MONITORING_RUN'>).period && o.status !== 'fulfilled'),
    inCatalogue: ({ context, event }: Args) => catalogueEntry(context, (event as { code: string }).code) !== undefined,
    notSubscribed: ({ context, event }: Args) => subscription(context, (event as { code: string }).code) === undefined,
    /** E-DCU-13, S-02: a non-public capability needs a qualification in an applicable industry */
    industryQualified: ({ context, event }: Args) => {
      const e = event as Of<'SUBSCRIBE_CAPABILITY'>;
      const entry = catalogueEntry(context, e.code);
      return entry !== undefined && qualifies(entry, e.qualification);
    },
    /** M-SUSPEND-CAP (S-07) and suspension stop capability use and new grants */
    capabilitiesAllowed: ({ context }: Args) => !capabilitiesStopped(context),
    subscriptionIs: ({ context, event }: Args, params: { status: readonly string[] }) => {
      const s = subscription(context, (event as { code: string }).code);
      return s !== undefined && params.status.includes(s.status);
    },
    usingUnitActive: ({ context, event }: Args) => usingUnitStatus(context, (event as { usingUnit: string }).usingUnit) === 'active',
    notGranted: ({ context, event }: Args) => liveGrant(context, (event as { code: string }).code, (event as { usingUnit: string }).usingUnit) === undefined,
    grantOffered: ({ context, event }: Args) => liveGrant(context, (event as { code: string }).code, (event as { usingUnit: string }).usingUnit)?.status === 'offered',
    /** E-UU-8: the using unit's qualification must be in one of the capability's industries */
    grantQualificationFits: ({ context, event }: Args) => {
      const e = event as Of<'PROVIDE_QUALIFICATION'>;
      const entry = catalogueEntry(context, e.code);
      return entry !== undefined && !entry.public && entry.industries.includes(e.qualification.industry);
    },
    grantAcceptable: ({ context, event }: Args) => changes.grantAcceptable(context, (event as { code: string }).code, (event as { usingUnit: string }).usingUnit),
    /** a change about a using unit must name one of this unit's using units */
    changeSubjectKnown: ({ context, event }: Args) => {
      const e = event as Of<'REPORT_CHANGE'>;
      if (e.kind === 'relationship' && e.usingUnit === undefined) return false;
      return e.usingUnit === undefined || usingUnitStatus(context, e.usingUnit) !== undefined;
    },
    alreadyReported: ({ context, event }: Args) => changes.alreadyReported(context, event as Of<'DETECT_RELATIONSHIP_CHANGE'>),
    agreementOwed: ({ context }: Args) => context.obligations.some((o) => o.kind === 'signedAgreement' && o.status !== 'fulfilled'),
    newVersion: ({ context, event }: Args) => {
      const e = event as Of<'PUBLISH_VERSION_UPGRADE'>;
      return e.publishedOn <= cstDate(e.at) && !context.obligations.some((o) => o.kind === 'versionUpgrade' && o.subject === e.version);
    },
    upgradeOwed: ({ context, event }: Args) =>
      context.obligations.some((o) => o.kind === 'versionUpgrade' && o.subject === (event as Of<'COMPLETE_VERSION_UPGRADE'>).version && o.status !== 'fulfilled'),
    /** P-ONB-06 / P-CHG-05: open only when nothing is in force, change or close only what is; for this unit; not already ended */
    networkActionFits: ({ context, event }: Args) => {
      const { filing } = event as Of<'FILE_NETWORK_ADDRESS'>;
      if (filing.unitUscc !== context.unitId) return false;
      if (filing.validity.type === 'temporary' && filing.validity.endsOn < cstDate(event.at)) return false;
      const inForce = context.network?.status === 'open';
      return filing.action === 'open' ? !inForce : context.network !== null && (filing.action === 'change' || inForce);
    },
    /** T-08: effectiveOn at least 30 days after the filing day */
    leadTime: ({ context, event }: Args) => (event as Of<'FILE_TERMINATION'>).effectiveOn >= changes.earliestEffectiveOn(context, event.at),
    /** the using units named are this unit's and still served; one filing for the whole unit at a time */
    filingScopeValid: ({ context, event }: Args) => {
      const e = event as Of<'FILE_TERMINATION'>;
      if (!e.usingUnits) return !changes.scheduledFilings(context).some((f) => f.usingUnits === null);
      return e.usingUnits.every((u) => ['active', 'suspended'].includes(usingUnitStatus(context, u) ?? ''));
    },
    filingScheduled: ({ context, event }: Args) => changes.scheduledFilings(context).some((f) => f.effectiveOn > cstDate(event.at)),
    unitTerminationFiled: ({ context }: Args) => changes.scheduledFilings(context).some((f) => f.usingUnits === null),
    filingForUsingUnits: ({ context, event }: Args) => context.terminationFilings.find((f) => f.id === (event as DeadlineEvent).ref)?.usingUnits != null,
    builderOwes: ({ context, event }: Args) => builder.builderOwes(context, event as Of<'SUBMIT_FLOW_DATA'>),
    caseRefIs: ({ context, event }: Args, params: { kinds: readonly Case['kind'][] }) => {
      const c = findCase(context, (event as DeadlineEvent).ref ?? '');
      return c !== undefined && params.kinds.includes(c.kind);
    },
};

