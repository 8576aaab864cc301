/**
 * Issue 18 item 5: the context an imported unit starts from — what the chart would hold after the
 * commands that produced the facts, built with the chart's own reducers (the approval, the case
 * reducers, the grant and obligation reducers), and with every deadline already past at the import
 * instant skipped, never fired (pastKeys, as a term set late skips its past ladder steps).
 *
 * The periodic duties (monitoring run O-16, flow data O-27/T-17) are owed from the current period on.
 * The rule for the late-renewal ladder: the step the facts name is in force from its own day; the
 * steps after it are scheduled from the ladder as usual and fire when due; the term's end follows.
 * An undecided renewal past its term end (T-03) is escalated to the officer daily from the day after
 * the import. No notice is sent for the import itself: the unit and its officer already know the
 * unit; the first notices are those of deadlines due from now on.
 */
import { addDays, cstDate, startOf } from '../../calendar.js';
import { checkEligibility } from '../../eligibility.js';
import { firstMonitoringObligation } from '../../obligations.js';
import { firstDuties } from '../../membership/flowData.js';
import { firstBuilderDuties } from '../usingUnits/builderFlow.js';
import type { Imported, UnitContext } from '../context.js';
import { pastKeys } from '../deadlines.js';
import { approvalChange } from '../onboarding/approval.js';
import { applyMeasures, issueRiskWarning, reportSecurityThreat, suspendForNoncompliance } from '../compliance/reducers.js';
import { acceptGrant, authorizeCapability, detectRelationshipChange, provideQualification, publishUpgrade } from '../duties/reducers.js';
import { OFFICER_LEVEL, RENEWAL_LADDER, restrict } from '../term/concurrency.js';
import { ladderLimit, newTerm, offsetDate } from '../term/dates.js';
import { canonicalJson, digest } from '../requests.js';
import type { Actor } from '../../schemas/actor.js';
import type { ImportedCase, ImportUnit, UnitFacts } from './facts.js';
import { importedTermDays } from './check.js';
import { isLegacy, type Gate } from '../gates.js';

/** IMPORT_UNIT as the chart sees it (stamped with the workflow's clock) */
export type ImportEvent = ImportUnit & { at: string; legacy?: readonly Gate[] };


/** The fingerprint of an import's facts (the source and the sender do not count). */
export function factsFingerprint(facts: unknown): string {
  return digest(canonicalJson(facts));
}

/** Is this raw command an import of exactly the facts this unit was imported from? */
export function alreadyImported(context: Pick<UnitContext, 'imported'>, input: unknown): boolean {
  if (!context.imported || typeof input !== 'object' || input === null) return false;
  const { type, facts } = input as { type?: unknown; facts?: unknown };
  return type === 'IMPORT_UNIT' && factsFingerprint(facts) === context.imported.fingerprint;
}

/** The unit's context from its facts, at the import instant `e.at`. */
export function importedContext(context: UnitContext, e: ImportEvent): UnitContext {
  const { facts } = e;
  const { policy } = context;
  const approvedAt = startOf(facts.approval.on);
  const officer: Actor = { role: 'officer', id: facts.approval.officer, ...(facts.approval.authority ? { authority: facts.approval.authority } : {}) };
  const submission = facts.submission;
  let c: UnitContext = {
    ...context,
    submission,
    eligibility: checkEligibility(submission, policy, { requestMonth: facts.approval.on.slice(0, 7), today: facts.approval.on }),
    review: { submittedAt: approvedAt, pendingSince: null, returns: [], decidedAt: approvedAt, opinion: facts.approval.opinion },
  };
  // the approval as APPROVE_APPLICATION applies it; the using units listed are in service (all admitted)
  const { startsOn, endsOn } = importedTermDays(policy, facts);
  c = { ...c, ...approvalChange(c, { at: approvedAt, opinion: facts.approval.opinion, termEndsOn: endsOn, baseConcurrency: facts.concurrency.base }, true) };
  // O-16, O-27/T-17: the periodic duties owed are the current period's (the facts do not say which earlier ones were met)
  const rules = { flowDataCadence: policy.flowDataCadence, periodGraceDays: policy.periodGraceDays };
  const memberships = Object.fromEntries(Object.entries(c.memberships).map(([uscc, m]) => [uscc, m.context.flowData.length ? { ...m, context: { ...m.context, flowData: firstDuties(e.at, rules) } } : m]));
  // histories recorded before the gate kept the flow-data duties of the approval's period
  const duties = isLegacy(e, 'import-current-duties') ? {} : { memberships, builderFlow: firstBuilderDuties(c, e.at) };
  c = { ...c, obligations: [firstMonitoringObligation(cstDate(e.at), policy)], ...duties };
  c = { ...c, term: termOf(c, facts, startsOn, endsOn, e.at), concurrency: concurrencyOf(c, facts, e.at) };
  for (const kase of facts.cases ?? []) c = withCase(c, kase, officer);
  c = withDuties(c, facts);
  const imported: Imported = { source: e.source, at: e.at, fingerprint: factsFingerprint(facts) };
  return { ...c, imported, done: pastKeys({ ...c, done: [] }, e.at) };
}

function termOf(c: UnitContext, facts: UnitFacts, startsOn: string, endsOn: string, at: string): UnitContext['term'] {
  const { policy } = c;
  const { status, requestedOn, extendsTo } = facts.renewal;
  const term = newTerm(policy, facts.term.number, startsOn, endsOn);
  const today = cstDate(at);
  // T-03: an undecided request (or, officerConfirms, none) past the last day: the officer is escalated daily from tomorrow
  const awaitsOfficer = status === 'requested' || (status === 'notRequested' && policy.noRequestAtTermEnd === 'officerConfirms');
  return {
    ...term,
    renewal: status,
    requestedAt: requestedOn ? startOf(requestedOn) : null,
    late: requestedOn !== undefined && requestedOn > term.renewalDueOn,
    extendsTo: extendsTo ?? null,
    ladderByOfficer: facts.concurrency.officerLevel?.replacesLadder ?? false,
    escalatedOn: awaitsOfficer && today > endsOn ? addDays(today, 1 - policy.undecidedEscalationEveryDays) : null,
  };
}

/** T-04, S-03: the base, the ladder step in force (from its own day) and the officer's level. */
function concurrencyOf(c: UnitContext, facts: UnitFacts, at: string): UnitContext['concurrency'] {
  let concurrency = { ...c.concurrency, restrictions: [] as UnitContext['concurrency']['restrictions'] };
  const index = facts.concurrency.ladderStep - 1;
  const step = c.policy.ladder[index];
  if (step && c.term) {
    const on = offsetDate(c.term, step);
    concurrency = restrict(concurrency, { id: RENEWAL_LADDER, ruleId: 'S-03', limit: ladderLimit(concurrency.base, step.fraction), since: startOf(on), reason: `renewal not requested by ${c.term.renewalDueOn} (T-04 step ${index + 1}; imported ${cstDate(at)})` });
  }
  const level = facts.concurrency.officerLevel;
  if (level) {
    const reason = level.replacesLadder ? `${level.reason} (replaces the late-renewal ladder)` : level.reason;
    concurrency = restrict(concurrency, { id: OFFICER_LEVEL, ruleId: 'T-04', limit: level.limit, since: startOf(level.setOn), reason });
  }
  return concurrency;
}

/** An open case, opened by its own command's reducer on its day, with its current window. */
function withCase(c: UnitContext, kase: ImportedCase, actor: Actor): UnitContext {
  const at = startOf(kase.openedOn);
  const target = kase.target ? { target: kase.target } : {};
  const change =
    kase.kind === 'riskWarning'
      ? issueRiskWarning(c, { type: 'ISSUE_RISK_WARNING', actor, indicator: 'imported', details: kase.details, at, ...target })
      : kase.kind === 'nonCompliance'
        ? suspendForNoncompliance(c, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor, findings: kase.details, rectificationMonths: 1, at, ...target })
        : kase.kind === 'securityThreat'
          ? reportSecurityThreat(c, { type: 'REPORT_SECURITY_THREAT', actor, details: kase.details, observationMonths: 1, at, ...target, ...(kase.limit !== undefined ? { limit: kase.limit } : {}) })
          : applyMeasures(c, { type: 'APPLY_MEASURES', actor, findings: kase.details, measures: kase.measures ?? ['reminder'], rectificationMonths: 1, at, ...target });
  const next = { ...c, ...change };
  const id = next.cases.at(-1)!.id;
  // the window as it stands now (an extension, ADJUST_CASE_WINDOW, counts from the same first day)
  return { ...next, cases: next.cases.map((x) => (x.id === id ? { ...x, dueOn: kase.dueOn } : x)) };
}

/** Capabilities, grants and open obligations, each by its own command's reducer on its day. */
function withDuties(c: UnitContext, facts: UnitFacts): UnitContext {
  let next = c;
  for (const cap of facts.capabilities ?? []) {
    const at = startOf(cap.openedOn);
    next = { ...next, capabilities: [...next.capabilities, { code: cap.code, public: false, status: 'open', qualification: cap.qualification ?? null, reportRef: null, requestedAt: at, openedAt: at, history: [{ at, what: 'open (imported)', ruleId: 'P-CAP-05' }] }] };
  }
  const unit: Actor = { role: 'unit', id: c.unitId };
  for (const g of facts.grants ?? []) {
    const at = startOf(g.on);
    next = { ...next, ...authorizeCapability(next, { type: 'AUTHORIZE_CAPABILITY', actor: unit, code: g.code, usingUnit: g.usingUnit, at }) };
    if (g.qualification) next = { ...next, ...provideQualification(next, { type: 'PROVIDE_QUALIFICATION', actor: { role: 'usingUnit', id: g.usingUnit }, code: g.code, usingUnit: g.usingUnit, qualification: g.qualification, at }) };
    if (g.status === 'accepted') next = { ...next, ...acceptGrant(next, { type: 'ACCEPT_CAPABILITY_AUTHORIZATION', actor: { role: 'usingUnit', id: g.usingUnit }, code: g.code, usingUnit: g.usingUnit, at }) };
  }
  for (const o of facts.obligations ?? []) {
    const system: Actor = { role: 'system', id: 'import' };
    if (o.kind === 'versionUpgrade') next = { ...next, ...publishUpgrade(next, { type: 'PUBLISH_VERSION_UPGRADE', actor: system, version: o.version, publishedOn: o.publishedOn, at: startOf(o.publishedOn) }) };
    else next = { ...next, ...detectRelationshipChange(next, { type: 'DETECT_RELATIONSHIP_CHANGE', actor: system, effectiveOn: o.effectiveOn, details: 'imported', ...(o.usingUnit ? { usingUnit: o.usingUnit } : {}), at: startOf(o.effectiveOn) }) };
  }
  return next;
}
