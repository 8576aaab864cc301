/**
 * The chart's deadlines as data: a pure projection of the context to absolute CST instants.
 * The workflow sleeps until the earliest and feeds it back as a `DEADLINE` event; the chart's
 * `due` guard accepts only a deadline this projection lists, so a stale timer changes nothing.
 */
import { addDays, addMonths, cstDate, endOf, startOf } from '../calendar.js';
import type { UnitContext } from './context.js';
import { offsetDate } from './term.js';
import { membershipDeadlineList } from './memberships.js';
import { escalatesAt, pendingDecisions } from './pending.js';
import { builderFlowDeadlines } from './builderFlow.js';

export type DeadlineKind =
  | 'renewalReminder'
  | 'throttleStep'
  | 'termEnd'
  | 'renewalUndecided'
  | 'closeTerminated'
  | 'caseFeedbackDue'
  | 'caseWindowWarning'
  | 'caseWindowEnd'
  | 'obligationReminder'
  | 'obligationDue'
  | 'networkFilingReminder'
  | 'networkFilingExpiry'
  | 'terminationEffective'
  | 'membership'
  | 'decisionAgeing'
  | 'builderFlowData';

export interface Deadline {
  /** unique within a term; a fired or skipped key is never due again */
  key: string;
  what: DeadlineKind;
  /** the instant it takes effect, `…T00:00:00+08:00` */
  at: string;
  ruleId: string;
  /** for throttle steps: which step of the policy ladder */
  step?: number;
  /** the case or obligation (or, for a membership, the using unit's USCC) the deadline belongs to */
  ref?: string;
  /** a membership's own deadline kind (Q-28 lapse, T-17/O-27 flow data, T-08 end) */
  sub?: string;
  period?: string;
}

/** Every deadline still ahead for this context, earliest first. */
export function deadlines(context: UnitContext): Deadline[] {
  const list = context.termination ? terminatedDeadlines(context) : [...termDeadlines(context), ...caseDeadlines(context), ...obligationDeadlines(context), ...networkDeadlines(context), ...filingDeadlines(context), ...membershipDeadlineList(context), ...builderFlowDeadlines(context), ...ageingDeadlines(context)];
  return list.filter((d) => !context.done.includes(d.key)).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}

function termDeadlines({ term, policy }: UnitContext): Deadline[] {
  if (!term) return [];
  const list: Deadline[] = [];
  if (term.renewal === 'notRequested') {
    for (const reminder of policy.renewalReminders) {
      const on = offsetDate(term, reminder);
      list.push({ key: `T-02:reminder:${on}`, what: 'renewalReminder', at: startOf(on), ruleId: 'T-02' });
    }
    policy.ladder.forEach((step, index) => {
      const on = offsetDate(term, step);
      list.push({ key: `T-04:step${index + 1}:${on}`, what: 'throttleStep', at: startOf(on), ruleId: 'S-03', step: index });
    });
  }
  list.push({ key: `T-03:termEnd:${term.endsOn}`, what: 'termEnd', at: endOf(term.endsOn), ruleId: term.renewal === 'approved' ? 'T-05' : 'T-03' });
  if (term.renewal === 'requested' && term.escalatedOn) {
    const on = addDays(term.escalatedOn, policy.undecidedEscalationEveryDays);
    list.push({ key: `T-03:undecided:${on}`, what: 'renewalUndecided', at: startOf(on), ruleId: 'T-03' });
  }
  return list;
}

/** S-04 feedback, S-05/S-07 warning and window end (T-09), S-06 observation end. */
function caseDeadlines({ cases, policy }: UnitContext): Deadline[] {
  const list: Deadline[] = [];
  for (const c of cases) {
    if (c.status !== 'open' || !c.dueOn) continue;
    if (c.kind === 'riskWarning') {
      if (!c.feedback && !c.escalated) list.push({ key: `S-04:${c.id}:feedback:${c.dueOn}`, what: 'caseFeedbackDue', at: endOf(c.dueOn), ruleId: 'S-04', ref: c.id });
      continue;
    }
    if (c.kind === 'nonCompliance' || c.kind === 'obligationBreach' || c.kind === 'eligibility') {
      const warnOn = addDays(c.dueOn, -policy.windowWarningDaysBefore);
      if (!c.warned) list.push({ key: `${c.ruleId}:${c.id}:warning:${warnOn}`, what: 'caseWindowWarning', at: startOf(warnOn), ruleId: 'T-09', ref: c.id });
      list.push({ key: `${c.ruleId}:${c.id}:end:${c.dueOn}`, what: 'caseWindowEnd', at: endOf(c.dueOn), ruleId: c.ruleId, ref: c.id });
    }
    if (c.kind === 'securityThreat' && !c.terminationProposed) {
      list.push({ key: `S-06:${c.id}:end:${c.dueOn}`, what: 'caseWindowEnd', at: endOf(c.dueOn), ruleId: 'S-06', ref: c.id });
    }
  }
  return list;
}

/** O-16, T-06, T-07, P-CHG-02: each open duty is reminded (where it has a reminder) and due at the end of its last day. */
function obligationDeadlines({ obligations }: UnitContext): Deadline[] {
  return obligations
    .filter((o) => o.status === 'open')
    .flatMap((o) => [
      ...(o.remindOn && !o.reminded ? [{ key: `${o.ruleId}:${o.id}:reminder:${o.remindOn}`, what: 'obligationReminder' as const, at: startOf(o.remindOn), ruleId: o.ruleId, ref: o.id }] : []),
      { key: `${o.ruleId}:${o.id}:${o.dueOn}`, what: 'obligationDue' as const, at: endOf(o.dueOn), ruleId: o.ruleId, ref: o.id },
    ]);
}

/** T-14, N-25: a temporary filing is reminded before it ends and expires after its last day. */
function networkDeadlines({ network, policy }: UnitContext): Deadline[] {
  if (!network || network.status !== 'open' || network.filing.validity.type !== 'temporary') return [];
  const endsOn = network.filing.validity.endsOn;
  const remindOn = addDays(endsOn, -policy.networkFilingReminderDaysBefore);
  return [
    { key: `T-14:reminder:${endsOn}`, what: 'networkFilingReminder', at: startOf(remindOn), ruleId: 'T-14' },
    { key: `T-14:expiry:${endsOn}`, what: 'networkFilingExpiry', at: endOf(endsOn), ruleId: 'T-14' },
  ];
}

/** T-08, P-TRM-01: a filing takes effect at 00:00 CST of its effectiveOn (the first day without service). */
function filingDeadlines({ terminationFilings }: UnitContext): Deadline[] {
  return terminationFilings
    .filter((f) => f.status === 'scheduled')
    .map((f) => ({ key: `T-08:${f.id}:${f.effectiveOn}`, what: 'terminationEffective' as const, at: startOf(f.effectiveOn), ruleId: f.usingUnits ? 'P-TRM-01' : 'T-08', ref: f.id }));
}

/** T-18, T-25: a request waiting for an officer past the threshold escalates once. */
function ageingDeadlines(context: UnitContext): Deadline[] {
  return pendingDecisions(context).map((p) => ({ key: `T-18:${p.key}`, what: 'decisionAgeing' as const, at: escalatesAt(context, p.since), ruleId: 'T-18', ref: p.key }));
}

function terminatedDeadlines({ termination, policy }: UnitContext): Deadline[] {
  if (!termination) return [];
  const on = addMonths(cstDate(termination.at), policy.closeTerminatedAfterMonths);
  return [{ key: `T-10:close:${on}`, what: 'closeTerminated', at: startOf(on), ruleId: 'T-10' }];
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
      if (term?.renewal === 'requested' || policy.noRequestAtTermEnd === 'officerConfirms') return 'keeps the unit and escalates the undecided renewal to the officer';
      return term?.renewal === 'rejected' ? 'terminates the unit: renewal rejected' : 'terminates the unit: no renewal request';
    case 'renewalUndecided':
      return 'escalates the undecided renewal request to the officer again';
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
