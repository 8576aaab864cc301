/** The term domain's deadlines: renewal reminders (T-02), the late-renewal ladder (S-03, T-04), the term's end (T-03, T-05) and the terminated record's closing (T-10). */
import { addDays, addMonths, cstDate, endOf, startOf } from '../../calendar.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';
import { offsetDate } from './dates.js';

export function termDeadlines({ term, policy }: UnitContext): Deadline[] {
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

export function terminatedDeadlines({ termination, policy }: UnitContext): Deadline[] {
  if (!termination) return [];
  const on = addMonths(cstDate(termination.at), policy.closeTerminatedAfterMonths);
  return [{ key: `T-10:close:${on}`, what: 'closeTerminated', at: startOf(on), ruleId: 'T-10' }];
}

