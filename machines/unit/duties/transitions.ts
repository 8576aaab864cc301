/**
 * Chapters 4–5: capabilities (P-CAP-*, S-02, E-UU-8), change reports (P-CHG-*, T-06), platform
 * upgrades (T-07), the network filing (T-14) and termination filings (T-08, P-TRM-01), with their deadlines.
 */
import { assertEvent, assign } from 'xstate';
import type { UnitContext } from '../context.js';
import type { Notice } from '../../notice.js';
import * as changes from './reducers.js';
import type { UnitEvent } from '../events.js';
import { cstDate } from '../../calendar.js';
import { obligationNotice } from '../compliance/notices.js';
import { when } from '../guards.js';
import { unitSetup } from '../setup.js';

/** P-CHG-01, T-06, P-CHG-02: a reported change is acknowledged under the rule of its kind. */
const changeNotice = {
  type: 'notify' as const,
  params: ({ context, event }: { context: UnitContext; event: UnitEvent }): Notice => {
    assertEvent(event, 'REPORT_CHANGE');
    const ruleId = event.kind === 'relationship' ? 'T-06' : event.kind === 'legalRepresentative' ? 'P-CHG-02' : 'P-CHG-01';
    return { template: 'changeRecorded', ruleId, to: ['officer', 'unit'], facts: { kind: event.kind, effectiveOn: event.effectiveOn, late: context.changes.at(-1)?.late ? 'yes' : 'no', usingUnit: event.usingUnit ?? null } };
  },
};

export const dutyTransitions = unitSetup.createStateConfig({
  on: {
    SUBSCRIBE_CAPABILITY: {
      guard: when('authorized', 'inCatalogue', 'notSubscribed', 'industryQualified', 'capabilitiesAllowed', 'notSuspended'),
      meta: { rule: 'P-CAP-02' },
      actions: [
        assign(({ context, event }) => changes.subscribe(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-02', to: ['unit', 'officer'], facts: { code: event.code, status: 'testing' } }) },
      ],
    },
    SUBMIT_CAPABILITY_TEST_REPORT: {
      guard: when('authorized', { type: 'subscriptionIs', params: { status: ['testing'] as const } }),
      meta: { rule: 'P-CAP-04' },
      actions: [
        assign(({ context, event }) => changes.submitTestReport(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-04', to: ['officer'], facts: { code: event.code, status: 'reportSubmitted' } }) },
      ],
    },
    CONFIRM_CAPABILITY: {
      guard: when('authorized', { type: 'subscriptionIs', params: { status: ['reportSubmitted'] as const } }),
      meta: { rule: 'P-CAP-05' },
      actions: [
        assign(({ context, event }) => changes.confirmCapability(context, event)),
        { type: 'notify', params: ({ context, event }) => ({ template: 'capabilityUpdated', ruleId: 'P-CAP-05', to: ['unit'], facts: { code: event.code, status: 'open', validTo: context.term?.endsOn ?? null } }) },
      ],
    },
    RETURN_CAPABILITY: {
      guard: when('authorized', { type: 'subscriptionIs', params: { status: ['testing', 'reportSubmitted'] as const } }),
      meta: { rule: 'P-CAP-05' },
      actions: [
        assign(({ context, event }) => changes.returnCapability(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'capabilityUpdated', ruleId: event.reason === 'industry' ? 'S-02' : 'P-CAP-05', to: ['unit'], facts: { code: event.code, status: 'returned', opinion: event.opinion } }) },
      ],
    },
    AUTHORIZE_CAPABILITY: {
      guard: when('authorized', { type: 'subscriptionIs', params: { status: ['open'] as const } }, 'capabilitiesAllowed', 'usingUnitActive', 'notGranted'),
      meta: { rule: 'P-CAP-06' },
      actions: [
        assign(({ context, event }) => changes.authorizeCapability(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'capabilityGranted', ruleId: 'P-CAP-06', to: ['usingUnits'], facts: { code: event.code, usingUnit: event.usingUnit, status: 'offered' } }) },
      ],
    },
    PROVIDE_QUALIFICATION: {
      guard: when('authorized', 'grantOffered', 'grantQualificationFits'),
      meta: { rule: 'E-UU-8' },
      actions: [assign(({ context, event }) => changes.provideQualification(context, event))],
    },
    ACCEPT_CAPABILITY_AUTHORIZATION: {
      guard: when('authorized', 'grantAcceptable', 'capabilitiesAllowed'),
      meta: { rule: 'P-CAP-06' },
      actions: [
        assign(({ context, event }) => changes.acceptGrant(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'capabilityGranted', ruleId: 'P-CAP-06', to: ['unit'], facts: { code: event.code, usingUnit: event.usingUnit, status: 'accepted' } }) },
      ],
    },
    REPORT_CHANGE: [
      // T-06: a relationship change, on time within 3 calendar days or recorded as late
      { guard: when('authorized', 'changeSubjectKnown', { type: 'changeKindIs', params: { kinds: ['relationship'] as const } }), meta: { rule: 'T-06' }, actions: [assign(({ context, event }) => changes.reportChange(context, event)), changeNotice] },
      // P-CHG-02: a new legal representative owes a re-signed agreement
      { guard: when('authorized', 'changeSubjectKnown', { type: 'changeKindIs', params: { kinds: ['legalRepresentative'] as const } }), meta: { rule: 'P-CHG-02' }, actions: [assign(({ context, event }) => changes.reportChange(context, event)), changeNotice] },
      { guard: when('authorized', 'changeSubjectKnown'), meta: { rule: 'P-CHG-01' }, actions: [assign(({ context, event }) => changes.reportChange(context, event)), changeNotice] },
    ],
    DETECT_RELATIONSHIP_CHANGE: [
      { guard: when('authorized', 'changeSubjectKnown', 'alreadyReported'), meta: { rule: 'T-06' }, actions: ['recordOnly'] },
      {
        guard: when('authorized', 'changeSubjectKnown'),
        meta: { rule: 'T-06' },
        actions: [
          assign(({ context, event }) => changes.detectRelationshipChange(context, event)),
          { type: 'notify', params: ({ context }) => obligationNotice(context, context.obligations.at(-1)!.id, 'obligationDue', ['unit']) },
        ],
      },
    ],
    SUBMIT_SIGNED_AGREEMENT: {
      guard: when('authorized', 'agreementOwed'),
      meta: { rule: 'P-CHG-02' },
      actions: [assign(({ context, event }) => changes.submitSignedAgreement(context, event))],
    },
    PUBLISH_VERSION_UPGRADE: {
      guard: when('authorized', 'newVersion'),
      meta: { rule: 'T-07' },
      actions: [
        assign(({ context, event }) => changes.publishUpgrade(context, event)),
        { type: 'notify', params: ({ context }) => obligationNotice(context, context.obligations.at(-1)!.id, 'upgradePublished', ['unit', 'usingUnits']) },
      ],
    },
    COMPLETE_VERSION_UPGRADE: {
      guard: when('authorized', 'upgradeOwed'),
      meta: { rule: 'T-07' },
      actions: [assign(({ context, event }) => changes.completeUpgrade(context, event))],
    },
    FILE_NETWORK_ADDRESS: {
      guard: when('authorized', 'networkActionFits'),
      meta: { rule: 'P-CHG-05' },
      actions: [
        assign(({ context, event }) => changes.fileNetworkAddress(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'networkFilingUpdated', ruleId: 'P-CHG-05', to: ['unit', 'provincialBureau'], facts: { action: event.filing.action } }) },
      ],
    },
    FILE_TERMINATION: {
      guard: when('authorized', 'leadTime', 'filingScopeValid'),
      meta: { rule: 'T-08' },
      actions: [
        assign(({ context, event }) => changes.fileTermination(context, event)),
        {
          type: 'notify',
          params: ({ event }) => {
            const e = event;
            return { template: 'terminationFiled', ruleId: e.usingUnits ? 'P-TRM-01' : 'T-08', to: ['unit', 'officer', 'usingUnits'], facts: { effectiveOn: e.effectiveOn, reason: e.reason, usingUnits: e.usingUnits?.join(', ') ?? null } };
          },
        },
      ],
    },
    WITHDRAW_TERMINATION: {
      guard: when('authorized', 'filingScheduled'),
      meta: { rule: 'P-TRM-01' },
      actions: [
        { type: 'notify', params: ({ context }) => ({ template: 'terminationWithdrawn', ruleId: 'P-TRM-01', to: ['unit', 'officer', 'usingUnits'], facts: { effectiveOn: changes.scheduledFilings(context).at(-1)?.effectiveOn ?? null } }) },
        assign(({ context, event }) => changes.withdrawTermination(context, event.at)),
      ],
    },
    DEADLINE: [
      {
        guard: { type: 'due', params: { what: 'obligationReminder' as const } },
        // the duty's own rule (T-06, T-07, P-CHG-02): carried by the deadline
        meta: { rule: 'T-07', ruleFromDeadline: true },
        actions: [
          'markDone',
          assign({ obligations: ({ context, event }) => context.obligations.map((o) => (o.id === event.ref ? { ...o, reminded: true } : o)) }),
          { type: 'notify', params: ({ context, event }) => obligationNotice(context, event.ref!, 'obligationDue', ['unit']) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'networkFilingReminder' as const } },
        meta: { rule: 'T-14' },
        actions: [
          'markDone',
          assign(({ context, event }) => changes.networkReminded(context, event)),
          { type: 'notify', params: ({ context }) => ({ template: 'networkFilingExpiring', ruleId: 'T-14', to: ['unit'], facts: { endsOn: context.network?.filing.validity.type === 'temporary' ? context.network.filing.validity.endsOn : null } }) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'networkFilingExpiry' as const } },
        meta: { rule: 'T-14' },
        actions: [
          'markDone',
          assign(({ context, event }) => changes.networkExpired(context, event)),
          { type: 'notify', params: ({ context }) => ({ template: 'networkFilingExpired', ruleId: 'T-14', to: ['unit', 'officer'], facts: { endsOn: context.network?.filing.validity.type === 'temporary' ? context.network.filing.validity.endsOn : null } }) },
        ],
      },
      {
        // some using units: their service ends, the DCU stays (P-TRM-01)
        guard: when({ type: 'due', params: { what: 'terminationEffective' as const } }, 'filingForUsingUnits'),
        meta: { rule: 'P-TRM-01' },
        actions: [
          'markDone',
          assign(({ context, event }) => changes.filingTakesEffect(context, event)),
          { type: 'notify', params: ({ context, event }) => ({ template: 'usingUnitsEnded', ruleId: 'P-TRM-01', to: ['unit', 'officer', 'usingUnits'], facts: { usingUnits: context.terminationFilings.find((f) => f.id === event.ref)?.usingUnits?.join(', ') ?? null, on: cstDate(event.at) } }) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'terminationEffective' as const } },
        target: 'terminated',
        meta: { rule: 'T-08' },
        actions: [
          'markDone',
          assign(({ context, event }) => changes.filingTakesEffect(context, event)),
          { type: 'notify', params: ({ context, event }) => ({ template: 'terminated', ruleId: 'T-08', to: ['unit', 'officer', 'usingUnits'], facts: { reason: context.termination?.reason ?? null, on: cstDate(event.at) } }) },
        ],
      },
    ],
  },
}).on;
