/** The state summary of the contract: a stable projection of the snapshot, never chart ids. */
import { endOf } from '../calendar.js';
import type { EligibilityFindings } from '../eligibility.js';
import type { Restriction, Termination } from './context.js';
import { effectiveLimit } from './concurrency.js';
import { deadlines } from './deadlines.js';
import type { UnitSnapshot } from './engine.js';
import { phaseOf, type Phase } from './phase.js';

export interface StateSummary {
  unitId: string;
  phase: Phase;
  /** the record is closed (T-10): the workflow has completed or is about to */
  closed: boolean;
  term: { number: number; startsOn: string; endsOn: string; endsAt: string; renewalDueOn: string; renewal: string; renewalRequestedAt: string | null; late: boolean; extendsTo: string | null } | null;
  concurrency: { base: number; limit: number; restrictions: Omit<Restriction, 'id'>[] };
  cases: { id: string; kind: string; ruleId: string; status: string; openedAt: string; dueAt: string | null; measures: string[] }[];
  obligations: { kind: string; ruleId: string; dueAt: string; status: string }[];
  usingUnits: { uscc: string; status: string }[];
  capabilities: { code: string; status: string }[];
  nextDeadlines: { at: string; what: string; ruleId: string }[];
  termination: Termination | null;
  eligibility: EligibilityFindings | null;
  review: { submittedAt: string; returns: number; lastOpinion: string | null } | null;
}

export function summarize(snapshot: UnitSnapshot): StateSummary {
  const { context } = snapshot;
  const { term } = context;
  return {
    unitId: context.unitId,
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
    cases: [],
    obligations: [],
    usingUnits: [],
    capabilities: [],
    nextDeadlines: snapshot.status === 'done' ? [] : deadlines(context).map(({ at, what, ruleId }) => ({ at, what, ruleId })),
    termination: context.termination,
    eligibility: context.eligibility,
    review: context.review && {
      submittedAt: context.review.submittedAt,
      returns: context.review.returns.length,
      lastOpinion: context.review.opinion ?? context.review.returns.at(-1)?.opinion ?? null,
    },
  };
}
