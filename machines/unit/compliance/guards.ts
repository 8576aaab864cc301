/**
 * The compliance domain's guards (S-04…S-08, E-DCU-14, T-09, O-16, M-*): each with its rule and
 * its own refusal (guard.ts).
 */
import { assertEvent } from 'xstate';
import { cstDate } from '../../calendar.js';
import { eventRule, fieldOf, guard, targetOf, type GuardArgs } from '../guard.js';
import { isServing } from '../usingUnits/memberships.js';
import { accessSuspended, capabilitiesStopped, capabilitiesStoppedFor, findCase, windowCap } from './cases.js';
import { eligibilityFails, priorSecurityCase } from './reducers.js';
import type { Case } from './slice.js';

const caseOf = ({ context, event }: GuardArgs): Case | undefined => findCase(context, fieldOf(event, 'caseId') ?? fieldOf(event, 'ref') ?? '');

/** "case C-1 is riskWarning, closed", or "no case C-9" */
function caseText(args: GuardArgs): string {
  const id = fieldOf(args.event, 'caseId') ?? fieldOf(args.event, 'ref') ?? '—';
  const c = caseOf(args);
  return c ? `case ${id} is ${c.kind}, ${c.status}${c.feedback ? ', feedback already given' : ''}` : `no case ${id}`;
}

export const complianceGuards = {
  /** a case's `target` must be one of this unit's serving using units (contract) */
  knownTarget: guard({
    rule: eventRule,
    test: ({ context, event }) => {
      const target = targetOf(event);
      return target === undefined || isServing(context, target);
    },
    refuse: ({ event }) => `${targetOf(event)} is not a serving using unit of this unit`,
  }),
  /** the command names a case that exists and is of one of the given kinds, in the given status */
  caseIs: guard<{ kinds: readonly Case['kind'][]; status: Case['status'] }>({
    rule: eventRule,
    test: (args, params) => {
      const c = caseOf(args);
      return c !== undefined && c.status === params.status && params.kinds.includes(c.kind);
    },
    refuse: (args, params) => `${caseText(args)}; ${args.event.type} needs a ${params.kinds.join(' or ')} case that is ${params.status}`,
  }),
  /** S-04: feedback once, while the warning is open */
  feedbackOpen: guard({
    rule: 'S-04',
    test: (args) => {
      const c = caseOf(args);
      return c !== undefined && c.status === 'open' && c.feedback === null;
    },
    refuse: (args) => caseText(args),
  }),
  /** T-09: a new last day after today and within 3 months of the day the measure was imposed */
  withinCap: guard({
    rule: 'T-09',
    test: ({ context, event }) => {
      assertEvent(event, 'ADJUST_CASE_WINDOW');
      const c = findCase(context, event.caseId);
      const cap = c && windowCap(context, c);
      return cap !== null && cap !== undefined && event.dueOn > cstDate(event.at) && event.dueOn <= cap;
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'ADJUST_CASE_WINDOW');
      const c = findCase(context, event.caseId);
      return `dueOn ${event.dueOn} must be after today (${cstDate(event.at)}) and no later than ${(c && windowCap(context, c)) ?? '—'}, 3 months from ${c?.windowFrom ?? '—'} (T-09)`;
    },
  }),
  /** S-06: a security case for the same target already exists (open or closed) */
  securityRecurrence: guard({
    rule: 'S-06',
    test: ({ context, event }) => priorSecurityCase(context, targetOf(event) ?? null) !== undefined,
    refuse: ({ event }) => `no earlier security case for ${targetOf(event) ?? 'the unit'}: this is no recurrence (S-06)`,
  }),
  /** E-DCU-14: the reported change leaves a condition unmet */
  eligibilityFails: guard({
    rule: 'E-DCU-14',
    test: ({ context, event }) => {
      assertEvent(event, 'REPORT_ELIGIBILITY_CHANGE');
      return eligibilityFails(context, event);
    },
    refuse: () => 'the reported change leaves every condition met (E-DCU-14)',
  }),
  /** TERMINATE { caseId } confirms a proposed termination; without caseId the officer terminates outright */
  terminationCase: guard({
    rule: 'M-TERMINATE',
    test: (args) => fieldOf(args.event, 'caseId') === undefined || caseOf(args)?.terminationProposed === true,
    refuse: (args) => (caseOf(args) ? `case ${fieldOf(args.event, 'caseId')} has no proposed termination` : caseText(args)),
  }),
  /** S-06, T-21: declining a proposed termination names the new observation window (1–3 months) */
  observationGiven: guard({
    rule: 'S-06',
    test: ({ event }) => {
      assertEvent(event, 'DISMISS_PROPOSED_CASE');
      return event.observationMonths !== undefined;
    },
    refuse: () => 'declining a proposed termination needs observationMonths (1–3) for the new observation window (S-06, T-21)',
  }),
  /** the case at hand concerns a using unit only (the DCU stays) */
  targetsUsingUnit: guard({
    rule: eventRule,
    test: (args) => targetOf(args.event) !== undefined || caseOf(args)?.target != null,
    refuse: () => 'the case concerns the unit itself, not one of its using units',
  }),
  /** O-16: a monitoring run is owed for the period */
  periodOwed: guard({
    rule: 'O-16',
    test: ({ context, event }) => context.obligations.some((o) => o.kind === 'monitoringRun' && o.subject === fieldOf(event, 'period') && o.status !== 'fulfilled'),
    refuse: ({ event }) => `no monitoring run is owed for ${fieldOf(event, 'period')}`,
  }),
  /** a deadline's case is of one of the given kinds */
  caseRefIs: guard<{ kinds: readonly Case['kind'][] }>({
    rule: eventRule,
    test: (args, params) => {
      const c = caseOf(args);
      return c !== undefined && params.kinds.includes(c.kind);
    },
    refuse: (args, params) => `${caseText(args)}, not ${params.kinds.join(' or ')}`,
  }),
  /** M-SUSPEND-ACCESS: an open case suspends the unit's access */
  accessSuspended: guard({
    rule: 'M-SUSPEND-ACCESS',
    test: ({ context }) => accessSuspended(context),
    refuse: () => 'no open case suspends the unit (M-SUSPEND-ACCESS)',
  }),
  /** M-SUSPEND-ACCESS: no new subscriptions while suspended */
  notSuspended: guard({
    rule: 'M-SUSPEND-ACCESS',
    test: ({ context }) => !accessSuspended(context),
    refuse: () => 'the unit is suspended: no new subscriptions (M-SUSPEND-ACCESS)',
  }),
  /** M-SUSPEND-CAP (S-07) and suspension stop capability use and new grants */
  capabilitiesAllowed: guard({
    rule: 'M-SUSPEND-CAP',
    test: ({ context, event }) => {
      const usingUnit = fieldOf(event, 'usingUnit');
      return !capabilitiesStopped(context) && !(usingUnit !== undefined && capabilitiesStoppedFor(context, usingUnit));
    },
    refuse: ({ context, event }) => {
      const usingUnit = fieldOf(event, 'usingUnit');
      return capabilitiesStopped(context) || usingUnit === undefined
        ? 'capability use and new grants are stopped by a measure (M-SUSPEND-CAP)'
        : `capability use and new grants to ${usingUnit} are stopped by a measure on that using unit (M-SUSPEND-CAP)`;
    },
  }),
};
