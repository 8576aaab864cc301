/**
 * What each compliance command and case deadline does to the context (S-04…S-08, E-DCU-14,
 * T-09, O-16, P-SEC-01). Pure reducers; the chart decides when each is legal and cites its rule.
 */
import type { CommandEvent, DeadlineEvent } from '../events.js';
import type { Termination, UnitContext } from '../context.js';
import { findCase, liftCase, note, openCase, securityLevel, updateCase, withCaseRestriction } from './cases.js';
import { addMonths, cstDate } from '../../calendar.js';
import { lastDay } from '../../policy.js';
import type { Case } from './slice.js';
import { followingObligation, fulfil } from '../../obligations.js';
import { applyDerived } from '../usingUnits/memberships.js';
import { isLegacy } from '../gates.js';

type Of<T extends CommandEvent['type']> = Extract<CommandEvent, { type: T }>;
type Change = Partial<UnitContext>;

const who = (e: CommandEvent): string => `${e.actor.role}:${e.actor.id}`;

/** Adds a case and applies its measure: on the DCU, its concurrency (suspension 0, S-06 level); on a using unit, its membership. */
function add(context: UnitContext, c: Case, limit?: number): Change {
  return { cases: [...context.cases, c], concurrency: withCaseRestriction(context, c, limit), memberships: suspendTarget(context, c) };
}

/** S-05/S-07 with a target: only that membership is suspended (decisions.md, sanction target). */
function suspendTarget(context: UnitContext, c: Case): UnitContext['memberships'] {
  if (!c.target || !c.measures.includes('suspendAccess')) return context.memberships;
  return applyDerived(context.memberships, c.target.usingUnit, { type: 'SUSPEND_MEMBERSHIP', caseId: c.id, ruleId: c.ruleId, at: c.openedAt });
}

/** M-RESTORE on a target: its membership is active again once no other case suspends it. */
function restoreTarget(context: UnitContext, c: Case, at: string): UnitContext['memberships'] {
  if (!c.target) return context.memberships;
  return applyDerived(context.memberships, c.target.usingUnit, { type: 'RESTORE_MEMBERSHIP', caseId: c.id, ruleId: 'M-RESTORE', at });
}

/** S-08, an expired window or a confirmed termination on a target: that membership ends (M-TERMINATE). */
function endTarget(context: UnitContext, c: Case, at: string, ruleId: string, reason: string): UnitContext['memberships'] {
  if (!c.target) return context.memberships;
  return applyDerived(context.memberships, c.target.usingUnit, { type: 'END_MEMBERSHIP', ruleId, reason, at, caseId: c.id });
}

/** S-04: a warning pushed to the unit (and its using units); feedback due in the policy's days. */
export function issueRiskWarning(context: UnitContext, e: Of<'ISSUE_RISK_WARNING'>): Change {
  return add(context, openCase(context, { kind: 'riskWarning', at: e.at, by: who(e), details: `${e.indicator}: ${e.details}`, measures: [], months: null, days: context.policy.riskFeedbackDays, target: e.target }));
}

/** S-04 (N-12): the unit's rectification feedback; S-05/S-07: its rectification report. */
export function submitFeedback(context: UnitContext, e: Of<'SUBMIT_RECTIFICATION_FEEDBACK'>): Change {
  return { cases: updateCase(context, e.caseId, (c) => note({ ...c, feedback: e.feedback }, e.at, 'feedback submitted', who(e))) };
}

/** M-RISK-MEASURE: the officer records the measure taken after the feedback; the warning closes. */
export function recordRiskMeasure(context: UnitContext, e: Of<'RECORD_RISK_MEASURE'>): Change {
  return { cases: updateCase(context, e.caseId, (c) => note({ ...c, status: 'closed', outcome: 'measureRecorded' }, e.at, `measure: ${e.measure}`, who(e), 'M-RISK-MEASURE')) };
}

/** S-05: access suspended at once, an interview, a rectification window of 1–3 months. */
export function suspendForNoncompliance(context: UnitContext, e: Of<'SUSPEND_FOR_NONCOMPLIANCE'>): Change {
  const c = openCase(context, { kind: 'nonCompliance', at: e.at, by: who(e), details: e.findings, measures: ['suspendAccess', 'interview'], months: e.rectificationMonths, target: e.target });
  return add(context, e.interview ? note(c, e.at, `interview on ${e.interview.on}`, who(e), 'M-INTERVIEW') : c);
}

/** The latest security case for the same target, if any (a recurrence is judged against it). */
export function priorSecurityCase(context: UnitContext, target: string | null): Case | undefined {
  return [...context.cases].reverse().find((c) => c.kind === 'securityThreat' && (c.target?.usingUnit ?? null) === target);
}

/** S-06: concurrency limited at once, an interview, an observation window of 1–3 months. */
export function reportSecurityThreat(context: UnitContext, e: Of<'REPORT_SECURITY_THREAT'>): Change {
  const c = openCase(context, { kind: 'securityThreat', at: e.at, by: who(e), details: e.details, measures: ['interview'], months: e.observationMonths, target: e.target });
  return add(context, { ...c, limit: securityLevel(context, e.limit) });
}

/**
 * S-06, T-21 ("立即限制…再次发现…有权终止"): found again during or after the window → the target is
 * throttled at once and termination is proposed to the officer; a threat reported while the
 * termination is proposed is recorded on the case and applies its lower limit.
 */
export function securityRecurrence(context: UnitContext, e: Of<'REPORT_SECURITY_THREAT'>): Change {
  const prior = priorSecurityCase(context, e.target?.usingUnit ?? null)!;
  // a history written before the gate: termination proposed, no new level, the case keeps its status (gates.ts)
  if (isLegacy(e, 'recurrence-throttles')) {
    return { cases: updateCase(context, prior.id, (c) => note({ ...c, status: c.status === 'closed' ? 'proposed' : c.status, terminationProposed: true }, e.at, `recurrence: ${e.details}; termination proposed`, who(e), 'S-06')) };
  }
  const asked = securityLevel(context, e.limit);
  const level = prior.status !== 'closed' && typeof prior.limit === 'number' ? Math.min(prior.limit, asked) : asked;
  const what = prior.terminationProposed && prior.status === 'proposed' ? `further threat: ${e.details}; level ${level}` : `recurrence: ${e.details}; level ${level}; termination proposed`;
  const proposed = note({ ...prior, status: 'proposed' as const, terminationProposed: true, outcome: null, limit: level }, e.at, what, who(e), 'S-06');
  const cases = context.cases.map((c) => (c.id === prior.id ? proposed : c));
  return { cases, concurrency: withCaseRestriction(context, { ...proposed, openedAt: e.at }, level) };
}

/** S-06, T-21: the officer declines a proposed termination with a reason: a new observation window of 1–3 months, the level kept. */
export function declineTermination(context: UnitContext, e: Of<'DISMISS_PROPOSED_CASE'>): Change {
  const today = cstDate(e.at);
  const dueOn = lastDay(context.policy, addMonths(today, e.observationMonths ?? 1));
  return {
    cases: updateCase(context, e.caseId, (c) =>
      note({ ...c, status: 'open', terminationProposed: false, windowFrom: today, dueOn, warned: false }, e.at, `termination declined: ${e.opinion}; observed until ${dueOn}`, who(e), 'S-06'),
    ),
  };
}

/** S-07: graduated measures chosen by severity, with a rectification window of 1–3 months. */
export function applyMeasures(context: UnitContext, e: Of<'APPLY_MEASURES'>): Change {
  const c = openCase(context, { kind: 'obligationBreach', at: e.at, by: who(e), details: e.dutyRuleId ? `${e.findings} (duty ${e.dutyRuleId}, S-12)` : e.findings, measures: e.measures, months: e.rectificationMonths, target: e.target });
  return add(context, e.interview ? note(c, e.at, `interview on ${e.interview.on}`, who(e), 'M-INTERVIEW') : c);
}

/** M-INTERVIEW: an interview held for an open case. */
export function recordInterview(context: UnitContext, e: Of<'RECORD_INTERVIEW'>): Change {
  return {
    cases: updateCase(context, e.caseId, (c) =>
      note({ ...c, measures: c.measures.includes('interview') ? c.measures : [...c.measures, 'interview'] }, e.at, `interview on ${e.interview.on}${e.interview.notes ? `: ${e.interview.notes}` : ''}`, who(e), 'M-INTERVIEW'),
    ),
  };
}

/** M-RESTORE: the officer confirms rectification; this case's measures are lifted, others stand. */
export function confirmRectified(context: UnitContext, e: Of<'CONFIRM_RECTIFIED'>): Change {
  return {
    memberships: restoreTarget(context, findCase(context, e.caseId)!, e.at),
    cases: updateCase(context, e.caseId, (c) => note({ ...c, status: 'closed', outcome: 'restored' }, e.at, `rectified: ${e.opinion}`, who(e), 'M-RESTORE')),
    concurrency: liftCase(context, e.caseId),
  };
}

/** T-09: the officer shortens or extends a window within the 3-month cap, with a reason. */
export function adjustCaseWindow(context: UnitContext, e: Of<'ADJUST_CASE_WINDOW'>): Change {
  return { cases: updateCase(context, e.caseId, (c) => note({ ...c, dueOn: e.dueOn, warned: false }, e.at, `window now ends ${e.dueOn}: ${e.reason}`, who(e), 'T-09')) };
}

/** S-08: immediate termination of the one at fault and a referral for legal liability (M-LEGAL). */
export function reportSeriousViolation(context: UnitContext, e: Of<'REPORT_SERIOUS_VIOLATION'>): Change {
  const c = openCase(context, { kind: 'seriousViolation', at: e.at, by: who(e), details: `${e.kind}: ${e.details}`, measures: [], months: null, target: e.target });
  const closed = note({ ...c, status: 'closed', outcome: 'terminated' }, e.at, 'terminated; referred for legal liability', who(e), 'M-LEGAL');
  return { cases: [...context.cases, closed], memberships: endTarget(context, closed, e.at, 'S-08', `serious violation (${e.kind})`), ...(e.target ? {} : { termination: { reason: `serious violation (${e.kind}): ${e.details}`, ruleId: 'S-08', at: e.at } }) };
}

/** E-DCU-14 / E-UU: does a reported change break a continuing condition? */
export function eligibilityFails(context: UnitContext, e: Of<'REPORT_ELIGIBILITY_CHANGE'>): boolean {
  if (e.kind === 'rating') {
    const allowed = e.target ? context.policy.usingUnitRatings : context.policy.dcuRatings;
    return typeof e.value === 'string' && !allowed.includes(e.value);
  }
  if (e.kind === 'majorViolation') return e.value === true;
  return e.value === false;
}

/**
 * E-UU-3, O-27, T-17 (issue 12 fault 6): a rating reported for a using unit becomes its
 * membership's rating; B or M starts the quarterly flow-data duty with the next period.
 */
export function rerateUsingUnit(context: UnitContext, e: Of<'REPORT_ELIGIBILITY_CHANGE'>): Change {
  if (e.kind !== 'rating' || !e.target || typeof e.value !== 'string' || isLegacy(e, 'using-unit-rating')) return {};
  return { memberships: applyDerived(context.memberships, e.target.usingUnit, { type: 'UPDATE_RATING', rating: e.value, at: e.at }) };
}

/** E-DCU-14, O-04, T-24: a failed condition opens a *proposed* S-05 case for the officer. */
export function proposeEligibilityCase(context: UnitContext, e: Of<'REPORT_ELIGIBILITY_CHANGE'>): Change {
  const rule = e.target ? 'E-UU-3' : e.kind === 'rating' ? 'E-DCU-4' : e.kind === 'majorViolation' ? 'E-DCU-7' : 'E-DCU-3';
  const c = openCase(context, { kind: 'eligibility', at: e.at, by: who(e), details: `${e.kind} → ${String(e.value)} (${rule})${e.details ? `: ${e.details}` : ''}`, measures: [], months: null, target: e.target, status: 'proposed', ruleId: 'E-DCU-14' });
  return { cases: [...context.cases, c], ...rerateUsingUnit(context, e) };
}

/** E-DCU-14 → S-05: the officer confirms; access is suspended with a rectification window. */
export function confirmProposedCase(context: UnitContext, e: Of<'CONFIRM_PROPOSED_CASE'>): Change {
  const proposed = findCase(context, e.caseId)!;
  const opened = openCase(context, { kind: 'nonCompliance', at: e.at, by: who(e), details: proposed.details, measures: ['suspendAccess', 'interview'], months: e.rectificationMonths, target: proposed.target ?? undefined });
  const confirmed: Case = note({ ...opened, id: proposed.id, history: proposed.history }, e.at, `confirmed as S-05: ${e.opinion}`, who(e), 'S-05');
  const cases = context.cases.map((c) => (c.id === proposed.id ? confirmed : c));
  return { cases, concurrency: withCaseRestriction(context, confirmed, undefined), memberships: suspendTarget(context, confirmed) };
}

export function dismissProposedCase(context: UnitContext, e: Of<'DISMISS_PROPOSED_CASE'>): Change {
  return { cases: updateCase(context, e.caseId, (c) => note({ ...c, status: 'closed', outcome: 'dismissed' }, e.at, `dismissed: ${e.opinion}`, who(e))) };
}

/** TERMINATE { caseId }: the officer confirms a proposed termination (S-06 recurrence). */
export function confirmTermination(context: UnitContext, e: Of<'TERMINATE'>): Change {
  const caseId = e.caseId;
  if (!caseId) return { termination: { reason: e.reason, ruleId: e.ruleId, at: e.at } };
  const c = findCase(context, caseId)!;
  const cases = updateCase(context, caseId, (x) => note({ ...x, status: 'closed', outcome: 'terminated' }, e.at, `terminated: ${e.reason}`, who(e), e.ruleId));
  return c.target ? { cases, concurrency: liftCase(context, caseId), memberships: endTarget(context, c, e.at, e.ruleId, e.reason) } : { cases, termination: { reason: e.reason, ruleId: e.ruleId, at: e.at } };
}

/** O-16, T-11: a monitoring run recorded for its period; the next period's duty follows. */
export function recordMonitoringRun(context: UnitContext, e: Of<'RECORD_MONITORING_RUN'>): Change {
  const owed = context.obligations.find((o) => o.kind === 'monitoringRun' && o.subject === e.period && o.status !== 'fulfilled')!;
  const obligations = fulfil(context.obligations, owed.id, e.at);
  return { obligations: owed.status === 'open' ? followingObligation(obligations, owed, context.policy) : obligations };
}

/** P-SEC-01, N-23: a data-security incident, recorded and forwarded to the provincial bureau. */
export function reportSecurityIncident(context: UnitContext, e: Of<'REPORT_SECURITY_INCIDENT'>): Change {
  return { incidents: [...context.incidents, { at: e.at, occurredOn: e.occurredOn, details: e.details }] };
}

// deadlines

/** S-04: feedback not in by the due date → escalated to the officer. */
export function feedbackOverdue(context: UnitContext, e: DeadlineEvent): Change {
  return { cases: updateCase(context, e.ref!, (c) => note({ ...c, escalated: true }, e.at, 'feedback overdue; escalated to the officer', 'system:clock', 'S-04')) };
}

/** T-09: the warning 7 days before an unconfirmed window ends. */
export function windowWarned(context: UnitContext, e: DeadlineEvent): Change {
  return { cases: updateCase(context, e.ref!, (c) => note({ ...c, warned: true }, e.at, `warning: ends ${c.dueOn}`, 'system:clock', 'T-09')) };
}

/** S-06: no recurrence by the end of the observation window → restored (M-RESTORE). */
export function observationPassed(context: UnitContext, e: DeadlineEvent): Change {
  return {
    cases: updateCase(context, e.ref!, (c) => note({ ...c, status: 'closed', outcome: 'restored' }, e.at, 'observation passed; restored', 'system:clock', 'M-RESTORE')),
    concurrency: liftCase(context, e.ref!),
  };
}

/** S-05/S-07, T-09: the window ended unconfirmed → the one at fault is terminated (M-TERMINATE). */
export function windowExpired(context: UnitContext, e: DeadlineEvent): Change {
  const c = findCase(context, e.ref!)!;
  const cases = updateCase(context, c.id, (x) => note({ ...x, status: 'closed', outcome: 'terminated' }, e.at, 'rectification not confirmed in the window; terminated', 'system:clock', 'M-TERMINATE'));
  if (c.target) return { cases, concurrency: liftCase(context, c.id), memberships: endTarget(context, c, e.at, c.ruleId, `rectification not confirmed by ${c.dueOn}`) };
  const termination: Termination = { reason: `rectification not confirmed by ${c.dueOn} (case ${c.id})`, ruleId: c.ruleId, at: e.at };
  return { cases, termination };
}

/** O-16, S-12: a duty not fulfilled by its last day is overdue; the officer is told; the next period is owed. */
export function obligationOverdue(context: UnitContext, e: DeadlineEvent): Change {
  const owed = context.obligations.find((o) => o.id === e.ref)!;
  const obligations = context.obligations.map((o) => (o.id === owed.id ? { ...o, status: 'overdue' as const } : o));
  return { obligations: followingObligation(obligations, owed, context.policy) };
}

