/**
 * Compliance cases (S-04…S-08, E-DCU-14): several may be open at once, each with its rule,
 * measures, window and outcome. Pure helpers over the context; the chart decides when they run.
 */
import { addDays, addMonths, cstDate } from '../../calendar.js';
import { lastDay } from '../../policy.js';
import type { Measure, Target } from './commands.js';
import type { Case, CaseKind, CaseStatus } from './slice.js';
import type { UnitContext } from '../context.js';
import { lift, restrict } from '../term/concurrency.js';
import { ladderLimit } from '../term/dates.js';

const KIND_RULE: Record<CaseKind, string> = {
  riskWarning: 'S-04',
  nonCompliance: 'S-05',
  securityThreat: 'S-06',
  obligationBreach: 'S-07',
  seriousViolation: 'S-08',
  eligibility: 'E-DCU-14',
};

export interface NewCase {
  kind: CaseKind;
  at: string;
  by: string;
  details: string;
  measures: Measure[];
  months: number | null;
  days?: number;
  target: Target | undefined;
  status?: CaseStatus;
  ruleId?: string;
}

/** Opens a case: id `C-<n>`, window from the day the measure is imposed (T-09). */
export function openCase(context: UnitContext, spec: NewCase): Case {
  const today = cstDate(spec.at);
  const raw = spec.months !== null ? addMonths(today, spec.months) : spec.days !== undefined ? addDays(today, spec.days) : null;
  const dueOn = raw && lastDay(context.policy, raw);
  const ruleId = spec.ruleId ?? KIND_RULE[spec.kind];
  return {
    id: `C-${context.cases.length + 1}`,
    kind: spec.kind,
    ruleId,
    status: spec.status ?? 'open',
    openedAt: spec.at,
    dueOn,
    windowFrom: dueOn ? today : null,
    measures: spec.measures,
    target: spec.target ?? null,
    details: spec.details,
    outcome: null,
    feedback: null,
    escalated: false,
    warned: false,
    terminationProposed: false,
    legalReferral: spec.kind === 'seriousViolation',
    jointLiability: spec.target !== undefined,
    history: [{ at: spec.at, what: spec.status === 'proposed' ? 'proposed' : 'opened', ruleId, by: spec.by }],
  };
}

export function findCase(context: UnitContext, id: string): Case | undefined {
  return context.cases.find((c) => c.id === id);
}

export function updateCase(context: UnitContext, id: string, change: (c: Case) => Case): Case[] {
  return context.cases.map((c) => (c.id === id ? change(c) : c));
}

export function note(c: Case, at: string, what: string, by: string, ruleId = c.ruleId): Case {
  return { ...c, history: [...c.history, { at, what, ruleId, by }] };
}

const onDcu = (c: Case): boolean => c.target === null;
const inForce = (c: Case): boolean => c.status === 'open';

/** M-SUSPEND-ACCESS on the DCU itself: an open S-05 case, or an S-07 case with suspendAccess. */
export function accessSuspended(context: UnitContext): boolean {
  return context.cases.some((c) => inForce(c) && onDcu(c) && c.measures.includes('suspendAccess'));
}

/** M-SUSPEND-NEW-UU in force on the DCU (E-UU-10): no new using units. */
export function newUsingUnitsStopped(context: UnitContext): boolean {
  return accessSuspended(context) || context.cases.some((c) => inForce(c) && onDcu(c) && c.measures.includes('stopNewUsingUnits'));
}

/** M-SUSPEND-CAP in force on the DCU: no capability use, no new grants. */
export function capabilitiesStopped(context: UnitContext): boolean {
  return accessSuspended(context) || context.cases.some((c) => inForce(c) && onDcu(c) && c.measures.includes('stopCapabilities'));
}

const onUsingUnit = (c: Case, uscc: string): boolean => c.target?.usingUnit === uscc;

/** M-SUSPEND-CAP on one using unit (S-05, S-07 with its `target`, decisions.md "Sanction target"): its grants are suspended, no new grant to it. */
export function capabilitiesStoppedFor(context: UnitContext, uscc: string): boolean {
  return context.cases.some((c) => inForce(c) && onUsingUnit(c, uscc) && (c.measures.includes('stopCapabilities') || c.measures.includes('suspendAccess')));
}

/** S-06 on one using unit: the lowest level its security cases impose, or null (its service is otherwise the DCU's). */
export function usingUnitLimit(context: UnitContext, uscc: string): number | null {
  const levels = context.cases.filter((c) => c.status !== 'closed' && onUsingUnit(c, uscc) && typeof c.limit === 'number').map((c) => c.limit as number);
  return levels.length ? Math.min(...levels) : null;
}

/** S-06: the default level of a security case (decisions.md: a fraction of the base). */
export function securityLevel(context: UnitContext, limit: number | undefined): number {
  return limit ?? ladderLimit(context.concurrency.base, context.policy.securityThrottleFraction);
}

/** The restriction id a case's concurrency measure carries. */
export const caseRestriction = (id: string): string => `case:${id}`;

/** Applies a case's concurrency effect on the DCU: 0 while access is suspended, the S-06 level while limited. */
export function withCaseRestriction(context: UnitContext, c: Case, limit: number | undefined): UnitContext['concurrency'] {
  if (!onDcu(c)) return context.concurrency;
  if (c.measures.includes('suspendAccess')) {
    return restrict(context.concurrency, { id: caseRestriction(c.id), ruleId: c.ruleId, limit: 0, since: c.openedAt, reason: `access suspended (${c.ruleId}, case ${c.id})` });
  }
  if (c.kind === 'securityThreat') {
    return restrict(context.concurrency, { id: caseRestriction(c.id), ruleId: 'S-06', limit: c.limit ?? securityLevel(context, limit), since: c.openedAt, reason: `security threat (case ${c.id})` });
  }
  return context.concurrency;
}

/** M-RESTORE: lifts this case's measures and nothing else. */
export function liftCase(context: UnitContext, id: string): UnitContext['concurrency'] {
  return lift(context.concurrency, caseRestriction(id));
}

/** T-09: the latest last day a case window may have (3 calendar months from the day the measure was imposed). */
export function windowCap(context: UnitContext, c: Case): string | null {
  return c.windowFrom ? lastDay(context.policy, addMonths(c.windowFrom, context.policy.caseWindowMonths.max)) : null;
}

export function openCases(context: UnitContext): Case[] {
  return context.cases.filter((c) => c.status !== 'closed');
}

