/**
 * The chart's deadlines as data: a pure projection of the context to absolute CST instants.
 * The workflow sleeps until the earliest and feeds it back as a `DEADLINE` event; the chart's
 * `due` guard accepts only a deadline this projection lists, so a stale timer changes nothing.
 */
import type { UnitContext } from './context.js';
import type { Deadline } from './deadline.js';
import { caseDeadlines, obligationDeadlines } from './compliance/deadlines.js';
import { filingDeadlines, networkDeadlines } from './duties/deadlines.js';
import { termDeadlines, terminatedDeadlines } from './term/deadlines.js';
import { membershipDeadlineList } from './usingUnits/memberships.js';
import { escalatesAt, pendingDecisions } from './pending.js';
import { builderFlowDeadlines } from './usingUnits/builderFlow.js';

export type { Deadline, DeadlineKind } from './deadline.js';

/** Every deadline still ahead for this context, earliest first. */
export function deadlines(context: UnitContext): Deadline[] {
  const list = context.termination ? terminatedDeadlines(context) : [...termDeadlines(context), ...caseDeadlines(context), ...obligationDeadlines(context), ...networkDeadlines(context), ...filingDeadlines(context), ...membershipDeadlineList(context), ...builderFlowDeadlines(context), ...ageingDeadlines(context)];
  return adopted(context, list.filter((d) => !context.done.includes(d.key))).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

/**
 * Issue 18 (policyPreview.ts states the rule): after ADOPT_POLICY, a deadline the new values place
 * before the adoption instant fires at that instant, unless the same deadline (its key up to the
 * date) already fired under the old values. Units that never adopted a policy are untouched.
 */
function adopted(context: UnitContext, list: Deadline[]): Deadline[] {
  const from = context.policyFrom;
  if (!from) return list;
  const fromMs = Date.parse(from);
  return list.flatMap((d) => {
    if (Date.parse(d.at) >= fromMs) return [d];
    const dated = /^(.*:)\d{4}-\d{2}-\d{2}$/.exec(d.key);
    if (dated && context.done.some((k) => k.startsWith(dated[1]!))) return [];
    return [{ ...d, at: from }];
  });
}

/** T-18, T-25: a request waiting for an officer past the threshold escalates once. */
function ageingDeadlines(context: UnitContext): Deadline[] {
  return pendingDecisions(context).map((p) => ({ key: `T-18:${p.key}`, what: 'decisionAgeing' as const, at: escalatesAt(context, p.since), ruleId: 'T-18', ref: p.key }));
}

/** Keys of the deadlines already past at `now`: skipped, never applied retroactively. */
export function pastKeys(context: UnitContext, now: string): string[] {
  return deadlines(context)
    .filter((d) => Date.parse(d.at) <= Date.parse(now))
    .map((d) => d.key);
}

/** "What happens next" (T-18 audit view): what a deadline will do if nothing happens before it, in words. */
export function effectOf(context: UnitContext, d: Deadline): string {
  const { term, policy } = context;
  const c = d.ref ? context.cases.find((x) => x.id === d.ref) : undefined;
  const o = d.ref ? context.obligations.find((x) => x.id === d.ref) : undefined;
  switch (d.what) {
    case 'renewalReminder':
      return `reminds the unit to request renewal by ${term?.renewalDueOn}`;
    case 'throttleStep': {
      const step = policy.ladder[d.step ?? 0];
      const automatic = policy.ladderMode === 'automatic' && !term?.ladderByOfficer;
      return automatic && step ? `limits concurrency to ${Math.round(step.fraction * 100)}% of the base (late renewal, step ${(d.step ?? 0) + 1}) and reminds the unit` : 'reminds the unit that renewal is overdue (the officer sets the level)';
    }
    case 'termEnd':
      if (term?.renewal === 'approved') return `starts the renewed term, to ${term.extendsTo}`;
      if (term?.renewal === 'requested') return 'keeps the unit and escalates the undecided renewal to the officer';
      if (term?.renewal === 'rejected') return 'terminates the unit: renewal rejected';
      return policy.noRequestAtTermEnd === 'officerConfirms' ? 'keeps the unit and asks the officer, daily, to confirm its termination (no renewal request)' : 'terminates the unit: no renewal request';
    case 'renewalUndecided':
      return term?.renewal === 'requested' ? 'escalates the undecided renewal request to the officer again' : 'asks the officer again to confirm the termination (no renewal request at term end)';
    case 'closeTerminated':
      return 'closes the terminated unit’s record; the workflow completes';
    case 'caseFeedbackDue':
      return `escalates risk warning ${d.ref} to the officer unless feedback arrives`;
    case 'caseWindowWarning':
      return `warns that case ${d.ref} ends on ${c?.dueOn} unless the officer confirms rectification`;
    case 'caseWindowEnd':
      if (c?.kind === 'securityThreat') return `restores service: case ${d.ref}'s limit is lifted`;
      return c?.target ? `ends using unit ${c.target.usingUnit}'s membership unless rectified (case ${d.ref})` : `terminates the unit unless rectification of case ${d.ref} is confirmed`;
    case 'obligationReminder':
      return `reminds the unit of ${o?.kind} ${o?.subject}, due ${o?.dueOn}`;
    case 'obligationDue':
      return `marks ${o?.kind} ${o?.subject} overdue and escalates it to the officer`;
    case 'networkFilingReminder':
      return 'reminds the unit that its temporary network filing ends';
    case 'networkFilingExpiry':
      return 'expires the temporary network filing';
    case 'terminationEffective':
      return d.ruleId === 'T-08' ? 'terminates the unit as filed' : 'ends the service of the using units named in the filing';
    case 'membership':
      return `${d.sub} for using unit ${d.ref}`;
    case 'builderFlowData':
      return `${d.sub} for the authorized builder ${d.ref} (${d.period})`;
    case 'decisionAgeing':
      return `escalates the request waiting for the officer (${d.ref?.split(':')[0]}) to the supervisor`;
  }
}
