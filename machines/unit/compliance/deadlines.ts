/** The compliance domain's deadlines: case feedback and windows (S-04…S-07, T-09) and standing duties (O-16, T-06, T-07, P-CHG-02). */
import { addDays, endOf, startOf } from '../../calendar.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';

/** S-04 feedback, S-05/S-07 warning and window end (T-09), S-06 observation end. */
export function caseDeadlines({ cases, policy }: UnitContext): Deadline[] {
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
export function obligationDeadlines({ obligations }: UnitContext): Deadline[] {
  return obligations
    .filter((o) => o.status === 'open')
    .flatMap((o) => [
      ...(o.remindOn && !o.reminded ? [{ key: `${o.ruleId}:${o.id}:reminder:${o.remindOn}`, what: 'obligationReminder' as const, at: startOf(o.remindOn), ruleId: o.ruleId, ref: o.id }] : []),
      { key: `${o.ruleId}:${o.id}:${o.dueOn}`, what: 'obligationDue' as const, at: endOf(o.dueOn), ruleId: o.ruleId, ref: o.id },
    ]);
}

