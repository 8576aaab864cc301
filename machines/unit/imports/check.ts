/**
 * Issue 18 item 5: the facts of an imported unit checked as strictly as the commands that would
 * have produced them. Every fact no sequence of legal commands could produce is one unmet condition
 * with the rule it breaks (the rejection's `unmet`); states the rules allow — an undecided renewal
 * past its term end, a late request with the ladder stopped at its step — pass. Pure.
 */
import { addDays, addMonths, addYears, cstDate } from '../../calendar.js';
import { checkEligibility } from '../../eligibility.js';
import { lastDay, type Policy } from '../../policy.js';
import type { UnmetCondition } from '../../rejection.js';
import { initialTermEndsOn, offsetDate, renewalDueOn } from '../term/dates.js';
import { newTerm } from '../term/dates.js';
import type { ImportedCase, UnitFacts } from './facts.js';
import { qualifies } from '../duties/capabilities.js';

const CASE_RULE: Record<ImportedCase['kind'], string> = { riskWarning: 'S-04', nonCompliance: 'S-05', securityThreat: 'S-06', obligationBreach: 'S-07' };

/** The current term the facts describe: its first and last day (T-01 for the initial term, T-05 for a renewed one). */
export function importedTermDays(policy: Policy, facts: UnitFacts): { startsOn: string; endsOn: string } {
  const startsOn = facts.term.startsOn ?? facts.approval.on;
  return { startsOn, endsOn: facts.term.endsOn ?? initialTermEndsOn(policy, facts.approval.on) };
}

/**
 * S-03, T-04: the late-renewal ladder step in force on `today` (0: none) — the steps whose day has come
 * while no request was made; a late request stops the ladder at the step of its day; an on-time
 * request, an officer's level that replaces the ladder, or officer-only mode leaves none.
 */
export function expectedLadderStep(policy: Policy, facts: UnitFacts, today: string): number {
  const { startsOn, endsOn } = importedTermDays(policy, facts);
  if (policy.ladderMode !== 'automatic' || facts.concurrency.officerLevel?.replacesLadder) return 0;
  const term = newTerm(policy, facts.term.number, startsOn, endsOn);
  const { status, requestedOn } = facts.renewal;
  if (status !== 'notRequested' && (!requestedOn || requestedOn <= term.renewalDueOn)) return 0;
  if (status === 'requested' && policy.lateRequest === 'liftOnRequest') return 0;
  if (status === 'approved') return 0;
  const until = status === 'notRequested' ? today : (requestedOn ?? today);
  return policy.ladder.filter((step) => offsetDate(term, step) <= until).length;
}

/** Every fact no legal sequence of commands could produce by `at` (the import instant), each with its rule; empty: importable. */
export function importProblems(policy: Policy, unitId: string, facts: UnitFacts, at: string): UnmetCondition[] {
  const today = cstDate(at);
  const problems: UnmetCondition[] = [];
  const no = (ruleId: string, message: string, subject = unitId): void => {
    problems.push({ ruleId, subject, message });
  };
  const notFuture = (date: string | undefined, what: string, ruleId: string): void => {
    if (date && date > today) no(ruleId, `${what} ${date} is in the future (today is ${today}): only what has happened can be imported`);
  };
  const { submission, approval, term, renewal, concurrency } = facts;
  const form = submission.application;
  const usingUnits = new Set(form.usingUnits.map((u) => u.uscc));

  // onboarding: the application is this unit's, approved by its competent authority (P-ONB-02, P-ONB-04, G3.1(1))
  if (form.dcuUscc !== unitId) no('P-ONB-02', `submission.application.dcuUscc ${form.dcuUscc} is not this unit, ${unitId}`);
  if (!approval.authority) no('P-ONB-04', 'an approval without a competent authority: approval.authority must name the DCU’s competent tax authority (decisions.md "Who decides")');
  else if (approval.authority !== form.competentTaxAuthority.trim()) no('P-ONB-04', `approval.authority ${approval.authority} is not the DCU’s competent tax authority ${form.competentTaxAuthority} (G3.1(1))`);
  notFuture(approval.on, 'approval.on', 'T-01');
  // P-ONB-04: APPROVE_APPLICATION is refused while a form-decidable condition is unmet (judged on the approval day)
  const eligibility = checkEligibility(submission, policy, { requestMonth: approval.on.slice(0, 7), today: approval.on });
  problems.push(...eligibility.unmet);

  // the term (T-01 initial, T-05 renewed)
  const { startsOn, endsOn } = importedTermDays(policy, facts);
  if (term.number === 1) {
    if (term.startsOn && term.startsOn !== approval.on) no('T-01', `term.startsOn ${term.startsOn}: the initial term starts on the approval day ${approval.on}`);
    const longest = initialTermEndsOn(policy, approval.on);
    if (endsOn > longest) no('T-01', `term.endsOn ${endsOn} is later than the policy allows for an approval on ${approval.on} (${longest}, ${policy.initialTermYears} years, reading ${policy.termEndReading})`);
  } else {
    if (!term.startsOn || !term.endsOn) no('T-05', `a renewed term (number ${term.number}) names its startsOn and endsOn (the officer’s extendsTo)`);
    if (startsOn <= approval.on) no('T-05', `term.startsOn ${startsOn}: a renewed term starts after the approval day ${approval.on}`);
    const longest = addYears(addDays(startsOn, -1), policy.initialTermYears);
    if (endsOn > longest) no('T-05', `term.endsOn ${endsOn} is later than the policy allows for a term from ${startsOn} (${longest})`);
    notFuture(term.startsOn, 'term.startsOn', 'T-05');
  }
  if (endsOn <= startsOn) no('T-01', `term.endsOn ${endsOn} is not after its first day ${startsOn}`);

  // the renewal (P-REN-01, T-02, T-03, T-05)
  const dueOn = renewalDueOn(policy, endsOn);
  const ended = today > endsOn;
  if (renewal.status === 'notRequested') {
    if (renewal.requestedOn || renewal.extendsTo) no('P-REN-01', 'renewal.requestedOn / extendsTo given, but the renewal is notRequested');
    if (ended && policy.noRequestAtTermEnd === 'terminate') no('T-03', `no renewal request and the term ended on ${endsOn}: the unit terminated at the end of that day (T-03); a terminated unit is not imported`);
  } else {
    if (!renewal.requestedOn) no('P-REN-01', `renewal ${renewal.status} without renewal.requestedOn`);
    else {
      notFuture(renewal.requestedOn, 'renewal.requestedOn', 'P-REN-01');
      if (renewal.requestedOn < startsOn || renewal.requestedOn > endsOn) no('T-03', `renewal.requestedOn ${renewal.requestedOn} is outside the term ${startsOn} – ${endsOn}: no request after its last day`);
    }
    if (renewal.status === 'approved') {
      if (!renewal.extendsTo || renewal.extendsTo <= endsOn) no('T-05', `an approved renewal names extendsTo after the term’s last day ${endsOn}`);
      if (ended) no('T-05', `the renewal was approved and the term ended on ${endsOn}: the renewed term has begun; import it as the current term (term.number ${term.number + 1})`);
    } else if (renewal.extendsTo) no('T-05', `renewal.extendsTo given, but the renewal is ${renewal.status}`);
    if (renewal.status === 'rejected' && ended) no('T-03', `the renewal was rejected and the term ended on ${endsOn}: the unit terminated (A2.R3); a terminated unit is not imported`);
  }

  // the concurrency (T-04, S-03)
  const step = expectedLadderStep(policy, facts, today);
  if (concurrency.ladderStep !== step) {
    const late = renewal.status === 'notRequested' ? `no request by ${dueOn}` : `request on ${renewal.requestedOn ?? '—'} (due by ${dueOn})`;
    no('S-03', `concurrency.ladderStep ${concurrency.ladderStep} does not match the days late: with ${late} the ladder stands at step ${step} on ${today} (T-04)`);
  }
  if (concurrency.officerLevel) {
    notFuture(concurrency.officerLevel.setOn, 'concurrency.officerLevel.setOn', 'T-04');
    if (concurrency.officerLevel.setOn < startsOn && term.number === 1) no('T-04', `concurrency.officerLevel.setOn ${concurrency.officerLevel.setOn} is before the approval ${approval.on}`);
  }

  // open cases (S-04…S-07, T-09)
  for (const [i, c] of (facts.cases ?? []).entries()) {
    const rule = CASE_RULE[c.kind];
    const what = `cases[${i}] (${c.kind})`;
    notFuture(c.openedOn, `${what} openedOn`, rule);
    if (c.openedOn < approval.on) no(rule, `${what} opened on ${c.openedOn}, before the approval ${approval.on}`);
    if (c.target && !usingUnits.has(c.target.usingUnit)) no(rule, `${what} targets ${c.target.usingUnit}, which is not a using unit of this DCU`, c.target.usingUnit);
    if (c.kind === 'obligationBreach' ? !c.measures : c.measures) no('S-07', `${what}: measures are chosen with APPLY_MEASURES (obligationBreach) only`);
    if (c.limit !== undefined && c.kind !== 'securityThreat') no('S-06', `${what}: a limit belongs to a security threat only`);
    if (c.kind === 'riskWarning') {
      const feedback = lastDay(policy, addDays(c.openedOn, policy.riskFeedbackDays));
      if (c.dueOn !== feedback) no('S-04', `${what}: the feedback is due ${policy.riskFeedbackDays} days after the warning, on ${feedback}, not ${c.dueOn}`);
      continue;
    }
    const cap = lastDay(policy, addMonths(c.openedOn, 3));
    if (c.dueOn > cap) no('T-09', `${what}: window ${c.openedOn} – ${c.dueOn} is longer than 3 months (last day at most ${cap})`);
    if (c.dueOn < lastDay(policy, addMonths(c.openedOn, 1))) no('T-09', `${what}: window ${c.openedOn} – ${c.dueOn} is shorter than 1 month`);
    if (c.dueOn < today) no('T-09', `${what}: its window ended on ${c.dueOn}, so the case has an outcome (restored or terminated); import the outcome, not an open case`);
  }

  // capabilities and grants (P-CAP-05, P-CAP-06)
  const catalogue = new Map(policy.capabilityCatalogue.map((e) => [e.code, e]));
  const open = new Set(policy.capabilityCatalogue.filter((e) => e.public).map((e) => e.code));
  for (const cap of facts.capabilities ?? []) {
    const entry = catalogue.get(cap.code);
    if (!entry) no('P-CAP-05', `capability ${cap.code} is not in the policy’s catalogue`);
    else if (entry.public) no('P-CAP-01', `capability ${cap.code} is public: it opens with the approval, it is not imported`);
    else if (!qualifies(entry, cap.qualification)) no('E-DCU-13', `capability ${cap.code} is for ${entry.industries.join(', ')}: the DCU’s qualification in one of them is required`);
    notFuture(cap.openedOn, `capability ${cap.code} openedOn`, 'P-CAP-05');
    open.add(cap.code);
  }
  for (const g of facts.grants ?? []) {
    if (!open.has(g.code)) no('P-CAP-06', `using unit ${g.usingUnit} is granted ${g.code}, a capability the DCU does not have open`, g.usingUnit);
    if (!usingUnits.has(g.usingUnit)) no('P-CAP-06', `grant of ${g.code} to ${g.usingUnit}, which is not a using unit of this DCU`, g.usingUnit);
    const entry = catalogue.get(g.code);
    if (g.status === 'accepted' && open.has(g.code) && entry && !qualifies(entry, g.qualification)) no('E-UU-8', `${g.usingUnit} accepted ${g.code}, a capability for ${entry.industries.join(', ')}, without its qualification in one of them`, g.usingUnit);
    notFuture(g.on, `grant ${g.code} to ${g.usingUnit} on`, 'P-CAP-06');
  }

  // open obligations (T-06, T-07)
  for (const o of facts.obligations ?? []) {
    if (o.kind === 'versionUpgrade') notFuture(o.publishedOn, `version upgrade ${o.version} publishedOn`, 'T-07');
    else {
      notFuture(o.effectiveOn, 'relationship change effectiveOn', 'T-06');
      if (o.usingUnit && !usingUnits.has(o.usingUnit)) no('T-06', `relationship change of ${o.usingUnit}, which is not a using unit of this DCU`, o.usingUnit);
    }
  }
  return problems;
}
