/**
 * Compliance cases (S-04…S-08, E-DCU-14, T-09, M-*), standing duties (O-16, S-12) and security
 * incidents (P-SEC-01) while the unit is live, with the case and duty deadlines.
 */
import { assign } from 'xstate';
import * as compliance from './reducers.js';
import { caseNotice, lastCaseId } from './notices.js';
import { cstDate } from '../../calendar.js';
import { findCase } from './cases.js';
import { when } from '../guards.js';
import { isLegacy } from '../gates.js';
import { unitSetup } from '../setup.js';
import type { UnitContext } from '../context.js';
import type { Notice } from '../../notice.js';

export const complianceTransitions = unitSetup.createStateConfig({
  on: {
    ISSUE_RISK_WARNING: {
      guard: when('authorized', 'knownTarget'),
      meta: { rule: 'S-04' },
      actions: [
        assign(({ context, event }) => compliance.issueRiskWarning(context, event)),
        { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-04', ['unit', 'usingUnits', 'officer']) },
      ],
    },
    SUBMIT_RECTIFICATION_FEEDBACK: {
      guard: when('authorized', 'feedbackOpen'),
      meta: { rule: 'S-04' },
      actions: [
        assign(({ context, event }) => compliance.submitFeedback(context, event)),
        { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseUpdated', 'S-04', ['officer']) },
      ],
    },
    RECORD_RISK_MEASURE: {
      guard: when('authorized', { type: 'caseIs', params: { kinds: ['riskWarning'] as const, status: 'open' as const } }),
      meta: { rule: 'M-RISK-MEASURE' },
      actions: [
        assign(({ context, event }) => compliance.recordRiskMeasure(context, event)),
        { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseClosed', 'M-RISK-MEASURE', ['unit', 'usingUnits']) },
      ],
    },
    SUSPEND_FOR_NONCOMPLIANCE: {
      guard: when('authorized', 'knownTarget'),
      meta: { rule: 'S-05' },
      actions: [
        assign(({ context, event }) => compliance.suspendForNoncompliance(context, event)),
        { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-05', ['unit', 'officer', 'usingUnits']) },
      ],
    },
    REPORT_SECURITY_THREAT: [
      {
        // S-06, T-21: throttled at once, termination proposed; the one at fault (and the DCU) are told
        guard: when('authorized', 'knownTarget', 'securityRecurrence'),
        meta: { rule: 'S-06' },
        actions: [
          assign(({ context, event }) => compliance.securityRecurrence(context, event)),
          {
            type: 'notifyAll',
            params: ({ context, event }) => {
              const id = compliance.priorSecurityCase(context, event.target?.usingUnit ?? null)!.id;
              const proposed = caseNotice(context, id, 'terminationProposed', 'S-06', ['officer']);
              // a history written before the gate told the officer alone (gates.ts)
              if (isLegacy(event, 'recurrence-throttles')) return { notices: [proposed] };
              return { notices: [proposed, caseNotice(context, id, 'caseUpdated', 'S-06', toldOfCase(context, id))] };
            },
          },
        ],
      },
      {
        guard: when('authorized', 'knownTarget'),
        meta: { rule: 'S-06' },
        actions: [
          assign(({ context, event }) => compliance.reportSecurityThreat(context, event)),
          { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-06', toldOfCase(context, lastCaseId(context))) },
        ],
      },
    ],
    APPLY_MEASURES: {
      guard: when('authorized', 'knownTarget'),
      meta: { rule: 'S-07' },
      actions: [
        assign(({ context, event }) => compliance.applyMeasures(context, event)),
        { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseOpened', 'S-07', ['unit', 'officer', 'usingUnits']) },
      ],
    },
    RECORD_INTERVIEW: {
      guard: when('authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach'] as const, status: 'open' as const } }),
      meta: { rule: 'M-INTERVIEW' },
      actions: [assign(({ context, event }) => compliance.recordInterview(context, event))],
    },
    CONFIRM_RECTIFIED: {
      guard: when('authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach'] as const, status: 'open' as const } }),
      meta: { rule: 'M-RESTORE' },
      actions: [
        assign(({ context, event }) => compliance.confirmRectified(context, event)),
        { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseClosed', 'M-RESTORE', ['unit', 'officer', 'usingUnits']) },
      ],
    },
    ADJUST_CASE_WINDOW: {
      guard: when('authorized', { type: 'caseIs', params: { kinds: ['nonCompliance', 'securityThreat', 'obligationBreach', 'riskWarning'] as const, status: 'open' as const } }, 'withinCap'),
      meta: { rule: 'T-09' },
      actions: [
        assign(({ context, event }) => compliance.adjustCaseWindow(context, event)),
        { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseUpdated', 'T-09', ['unit', 'officer']) },
      ],
    },
    REPORT_SERIOUS_VIOLATION: [
      {
        // a using unit's serious violation ends only that membership; the DCU's joint liability is recorded (S-11)
        guard: when('authorized', 'knownTarget', 'targetsUsingUnit'),
        meta: { rule: 'S-08' },
        actions: [
          assign(({ context, event }) => compliance.reportSeriousViolation(context, event)),
          { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'caseClosed', 'S-08', ['unit', 'officer', 'usingUnits']) },
        ],
      },
      {
        guard: when('authorized', 'knownTarget'),
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
        guard: when('authorized', 'knownTarget', 'eligibilityFails'),
        meta: { rule: 'E-DCU-14' },
        actions: [
          assign(({ context, event }) => compliance.proposeEligibilityCase(context, event)),
          { type: 'notify', params: ({ context }) => caseNotice(context, lastCaseId(context), 'eligibilityProposed', 'E-DCU-14', ['officer']) },
        ],
      },
      // E-UU-3, O-27, T-17: a using unit rated A, B or M: its membership's rating, and the flow-data duty from the next period for B or M
      { guard: when('authorized', 'knownTarget', 'ratesUsingUnit'), meta: { rule: 'E-UU-3' }, actions: [assign(({ context, event }) => compliance.rerateUsingUnit(context, event))] },
      // a change that keeps the conditions met is recorded in the audit, nothing more
      { guard: when('authorized', 'knownTarget'), meta: { rule: 'E-DCU-14' }, actions: ['recordOnly'] },
    ],
    CONFIRM_PROPOSED_CASE: {
      guard: when('authorized', { type: 'caseIs', params: { kinds: ['eligibility'] as const, status: 'proposed' as const } }),
      meta: { rule: 'S-05' },
      actions: [
        assign(({ context, event }) => compliance.confirmProposedCase(context, event)),
        { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseOpened', 'S-05', ['unit', 'officer', 'usingUnits']) },
      ],
    },
    DISMISS_PROPOSED_CASE: [
      {
        // S-06, T-21: the officer declines a proposed termination; a new observation window opens
        guard: when('authorized', { type: 'caseIs', params: { kinds: ['securityThreat'] as const, status: 'proposed' as const } }, 'observationGiven'),
        meta: { rule: 'S-06' },
        actions: [
          assign(({ context, event }) => compliance.declineTermination(context, event)),
          { type: 'notify', params: ({ context, event }) => caseNotice(context, event.caseId, 'caseUpdated', 'S-06', toldOfCase(context, event.caseId)) },
        ],
      },
      {
        guard: when('authorized', { type: 'caseIs', params: { kinds: ['eligibility'] as const, status: 'proposed' as const } }),
        meta: { rule: 'E-DCU-14' },
        actions: [assign(({ context, event }) => compliance.dismissProposedCase(context, event))],
      },
    ],
    RECORD_MONITORING_RUN: {
      guard: when('authorized', 'periodOwed'),
      meta: { rule: 'O-16' },
      actions: [assign(({ context, event }) => compliance.recordMonitoringRun(context, event))],
    },
    REPORT_SECURITY_INCIDENT: {
      guard: 'authorized',
      meta: { rule: 'P-SEC-01' },
      actions: [
        assign(({ context, event }) => compliance.reportSecurityIncident(context, event)),
        { type: 'notify', params: ({ event }) => ({ template: 'securityIncident', ruleId: 'P-SEC-01', to: ['provincialBureau', 'officer'], facts: { occurredOn: event.occurredOn, details: event.details } }) },
      ],
    },
    DEADLINE: [
      {
        guard: { type: 'due', params: { what: 'caseFeedbackDue' as const } },
        meta: { rule: 'S-04' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.feedbackOverdue(context, event)),
          { type: 'notify', params: ({ context, event }) => caseNotice(context, event.ref!, 'caseEscalated', 'S-04', ['officer']) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'caseWindowWarning' as const } },
        meta: { rule: 'T-09' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.windowWarned(context, event)),
          { type: 'notify', params: ({ context, event }) => caseNotice(context, event.ref!, 'caseDueSoon', 'T-09', ['unit', 'officer']) },
        ],
      },
      {
        guard: when({ type: 'due', params: { what: 'caseWindowEnd' as const } }, { type: 'caseRefIs', params: { kinds: ['securityThreat'] as const } }),
        meta: { rule: 'S-06' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.observationPassed(context, event)),
          { type: 'notify', params: ({ context, event }) => caseNotice(context, event.ref!, 'caseClosed', 'M-RESTORE', ['unit', 'officer']) },
        ],
      },
      {
        // a using unit's window ended unconfirmed: that membership ends, the DCU stays (decisions.md)
        guard: when({ type: 'due', params: { what: 'caseWindowEnd' as const } }, 'targetsUsingUnit'),
        meta: { rule: 'T-09' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.windowExpired(context, event)),
          { type: 'notify', params: ({ context, event }) => caseNotice(context, event.ref!, 'caseClosed', 'M-TERMINATE', ['unit', 'officer', 'usingUnits']) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'caseWindowEnd' as const } },
        target: 'terminated',
        meta: { rule: 'T-09' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.windowExpired(context, event)),
          { type: 'notify', params: ({ context, event }) => ({ template: 'terminated', ruleId: findCase(context, event.ref!)?.ruleId ?? 'T-09', to: ['unit', 'officer', 'usingUnits'], facts: { reason: context.termination?.reason ?? null, on: cstDate(event.at), caseId: event.ref ?? null } }) },
        ],
      },
      {
        guard: { type: 'due', params: { what: 'obligationDue' as const } },
        meta: { rule: 'S-12' },
        actions: [
          'markDone',
          assign(({ context, event }) => compliance.obligationOverdue(context, event)),
          {
            type: 'notify',
            params: ({ context, event }) => {
              const o = context.obligations.find((x) => x.id === event.ref);
              return { template: 'obligationOverdue', ruleId: o?.ruleId ?? 'O-16', to: ['unit', 'officer'], facts: { obligation: o?.kind ?? null, subject: o?.subject ?? null, dueOn: o?.dueOn ?? null } };
            },
          },
        ],
      },
    ],
  },
}).on;

/** Who is told of a case: the DCU and the officer, and the using unit at fault when the case targets one (S-05…S-08, Q-21). */
function toldOfCase(context: UnitContext, caseId: string): Notice['to'] {
  return findCase(context, caseId)?.target ? ['unit', 'officer', 'usingUnits'] : ['unit', 'officer'];
}
