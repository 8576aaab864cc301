/** The state summary of the contract: a stable projection of the snapshot, never chart ids. */
import { cstDate, endOf } from '../calendar.js';
import { policyVersion, uncoveredYear } from '../policy.js';
import type { EligibilityFindings } from '../eligibility.js';
import type { Restriction, Termination } from './context.js';
import { effectiveLimit } from './term/concurrency.js';
import { deadlines, effectOf } from './deadlines.js';
import { ageInDays, escalatesAt, pendingDecisions } from './pending.js';
import type { UnitSnapshot } from './engine.js';
import { phaseOf, type Phase } from './phase.js';
import { builderOf, relationshipLedger, usingUnitsOf } from './usingUnits/status.js';
import { capabilitiesStopped, capabilitiesStoppedFor } from './compliance/cases.js';
import { authoritiesOf } from './authority.js';

export interface StateSummary {
  unitId: string;
  /** the competent tax authorities of the DCU and its using units, 11-digit codes (decisions.md "Who decides") */
  authorities: string[];
  /** contract: set on the answer to a repeated requestId (nothing was applied; this is the current summary) */
  replayed?: true;
  phase: Phase;
  /** the record is closed (T-10): the workflow has completed or is about to */
  closed: boolean;
  term: { number: number; startsOn: string; endsOn: string; endsAt: string; renewalDueOn: string; renewal: string; renewalRequestedAt: string | null; late: boolean; extendsTo: string | null } | null;
  concurrency: { base: number; limit: number; restrictions: Omit<Restriction, 'id'>[] };
  cases: {
    id: string;
    kind: string;
    ruleId: string;
    status: string;
    openedAt: string;
    dueAt: string | null;
    dueOn: string | null;
    measures: string[];
    target: { usingUnit: string } | null;
    outcome: string | null;
    terminationProposed: boolean;
    /** S-06: the concurrency level the case imposes on its target, or null */
    limit: number | null;
    legalReferral: boolean;
    jointLiability: boolean;
    feedback: string | null;
    escalated: boolean;
    history: { at: string; what: string; ruleId: string; by: string }[];
  }[];
  obligations: { id: string; kind: string; ruleId: string; subject: string; dueOn: string; dueAt: string; status: string; fulfilledAt: string | null }[];
  usingUnits: ReturnType<typeof usingUnitsOf>;
  /** O-03: every membership's relationship, proof or exemption, effective dates and changes */
  relationshipLedger: ReturnType<typeof relationshipLedger>;
  /** Annex 4: the authorized builder, if any */
  builder: ReturnType<typeof builderOf>;
  /** E-AUTH-4, O-27: a B-rated builder's flow-data duties */
  builderFlowData: { period: string; dueOn: string; status: string }[];
  capabilities: { code: string; public: boolean; status: string; validTo: string | null; grants: { usingUnit: string; status: string }[] }[];
  changes: UnitSnapshot['context']['changes'];
  network: { status: string; action: string; validity: unknown; updatedAt: string } | null;
  terminationFilings: UnitSnapshot['context']['terminationFilings'];
  /** what happens next if nothing else does: each deadline's instant, rule and effect */
  nextDeadlines: { at: string; what: string; ruleId: string; effect: string }[];
  /** issue 18: the policy version the unit follows, from which day, and where its rest days came from */
  policy: { version: string; effectiveOn: string | null; calendarSource: string | null };
  /**
   * issue 18: deadlines whose last day falls in a year the rest-day calendar does not cover while the
   * art. 203 option is on: they are not rolled over that year's holidays, and the officer must know
   */
  calendarWarnings: { at: string; what: string; ruleId: string; year: number; warning: string }[];
  /** T-18, T-25: what waits for an officer, oldest first, with its age */
  pendingDecisions: { what: string; ruleId: string; subject: string; since: string; ageDays: number | null; escalatesAt: string }[];
  termination: Termination | null;
  eligibility: EligibilityFindings | null;
  review: { submittedAt: string; returns: number; lastOpinion: string | null } | null;
  /** the applicant as it filed (Annex 1): its name and competent tax authority; null before an application */
  applicant: { name: string; competentTaxAuthority: string } | null;
  /** the chart's active state nodes, outermost first (`live`, `live.active`): for drawing the chart only, not a stable contract */
  chartStates: string[];
}

/** `{ live: 'active' }` → `['live', 'live.active']` */
export function activePaths(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return [`${prefix}${value}`];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...activePaths(v, `${prefix}${k}.`)]);
}

/** Issue 18: the deadlines in a year the rest-day calendar does not cover (the last day is the day before `at`). */
export function calendarWarnings(context: UnitSnapshot['context']): StateSummary['calendarWarnings'] {
  return deadlines(context).flatMap((d) => {
    const year = uncoveredYear(context.policy, cstDate(Date.parse(d.at) - 1));
    if (year === null) return [];
    return [{ at: d.at, what: d.what, ruleId: d.ruleId, year, warning: `the rest-day calendar does not cover ${year}: this deadline is not rolled over ${year}'s holidays (Civil Code art. 203); list them in the policy once published` }];
  });
}

/** The summary; `now` (the workflow's clock) gives pending decisions their age. */
export function summarize(snapshot: UnitSnapshot, now?: string): StateSummary {
  const { context } = snapshot;
  const { term } = context;
  const summary: StateSummary = {
    unitId: context.unitId,
    authorities: authoritiesOf(context),
    phase: phaseOf(snapshot),
    closed: snapshot.status === 'done',
    term: term && {
      number: term.number,
      startsOn: term.startsOn,
      endsOn: term.endsOn,
      endsAt: endOf(term.endsOn),
      renewalDueOn: term.renewalDueOn,
      renewal: term.renewal,
      renewalRequestedAt: term.requestedAt,
      late: term.late,
      extendsTo: term.extendsTo,
    },
    concurrency: {
      base: context.concurrency.base,
      limit: effectiveLimit(context.concurrency),
      restrictions: context.concurrency.restrictions.map(({ id: _id, ...r }) => r),
    },
    cases: context.cases.map((c) => ({
      id: c.id,
      kind: c.kind,
      ruleId: c.ruleId,
      status: c.status,
      openedAt: c.openedAt,
      dueAt: c.dueOn ? endOf(c.dueOn) : null,
      dueOn: c.dueOn,
      measures: c.measures,
      target: c.target,
      outcome: c.outcome,
      terminationProposed: c.terminationProposed,
      limit: c.limit ?? null,
      legalReferral: c.legalReferral,
      jointLiability: c.jointLiability,
      feedback: c.feedback,
      escalated: c.escalated,
      history: c.history,
    })),
    obligations: context.obligations.map((o) => ({ id: o.id, kind: o.kind, ruleId: o.ruleId, subject: o.subject, dueOn: o.dueOn, dueAt: endOf(o.dueOn), status: o.status, fulfilledAt: o.fulfilledAt })),
    usingUnits: usingUnitsOf(context),
    relationshipLedger: relationshipLedger(context),
    builder: builderOf(context),
    builderFlowData: context.builderFlow.map((d) => ({ period: d.period, dueOn: d.dueOn, status: d.status })),
    capabilities: context.capabilities.map((c) => ({
      code: c.code,
      public: c.public,
      // M-SUSPEND-CAP: an open capability is suspended while a measure stops capability use
      status: c.status === 'open' && capabilitiesStopped(context) ? 'suspended' : c.status,
      // T-16: valid with the unit's term, extended on renewal
      validTo: c.status === 'open' ? (context.term?.endsOn ?? null) : null,
      // M-SUSPEND-CAP on one using unit (decisions.md "Sanction target"): its accepted grants are suspended
      grants: context.grants.filter((g) => g.code === c.code).map((g) => ({ usingUnit: g.usingUnit, status: g.status === 'accepted' && capabilitiesStoppedFor(context, g.usingUnit) ? 'suspended' : g.status })),
    })),
    changes: context.changes,
    network: context.network && { status: context.network.status, action: context.network.filing.action, validity: context.network.filing.validity, updatedAt: context.network.updatedAt },
    terminationFilings: context.terminationFilings,
    nextDeadlines: snapshot.status === 'done' ? [] : deadlines(context).map((d) => ({ at: d.at, what: d.what, ruleId: d.ruleId, effect: effectOf(context, d) })),
    policy: { version: policyVersion(context.policy), effectiveOn: context.policy.effectiveOn ?? null, calendarSource: context.policy.calendarSource ?? null },
    calendarWarnings: snapshot.status === 'done' ? [] : calendarWarnings(context),
    pendingDecisions: pendingDecisions(context).map((p) => ({ what: p.what, ruleId: p.ruleId, subject: p.subject, since: p.since, ageDays: null, escalatesAt: escalatesAt(context, p.since) })),
    termination: context.termination,
    eligibility: context.eligibility,
    review: context.review && {
      submittedAt: context.review.submittedAt,
      returns: context.review.returns.length,
      lastOpinion: context.review.opinion ?? context.review.returns.at(-1)?.opinion ?? null,
    },
    applicant: context.submission && { name: context.submission.application.dcuName, competentTaxAuthority: context.submission.application.competentTaxAuthority },
    chartStates: activePaths(snapshot.value),
  };
  return now ? agedAt(summary, now) : summary;
}

/** The summary with its pending decisions' ages as of `now` (CST instant): what `summarize(snapshot, now)` gives, from the summary without ages. */
export function agedAt(summary: StateSummary, now: string): StateSummary {
  return summary.pendingDecisions.length === 0 ? summary : { ...summary, pendingDecisions: summary.pendingDecisions.map((p) => ({ ...p, ageDays: ageInDays(p.since, now) })) };
}
