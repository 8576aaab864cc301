/** The term domain's deadlines: renewal reminders (T-02), the late-renewal ladder (S-03, T-04), the term's end (T-03, T-05) and the terminated record's closing (T-10). */
import { addDays, addMonths, cstDate, endOf, startOf } from '../../calendar.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';
import { offsetDate } from './dates.js';
import { isLegacy } from '../gates.js';

export function termDeadlines(context: UnitContext): Deadline[] {
  const { term, policy } = context;
  if (!term) return [];
  // T-08: nothing of the term is scheduled at or after a filed termination of the whole unit
  const endsAt = scheduledEnd(context);
  return ownTermDeadlines(term, policy, isLegacy(context, 'officer-confirms-daily')).filter((d) => endsAt === null || Date.parse(d.at) < endsAt);
}

/** the instant a filed termination of the whole unit takes effect (T-08), if one is scheduled */
function scheduledEnd({ terminationFilings }: UnitContext): number | null {
  const instants = terminationFilings.filter((f) => f.status === 'scheduled' && !f.usingUnits).map((f) => Date.parse(startOf(f.effectiveOn)));
  return instants.length ? Math.min(...instants) : null;
}

function ownTermDeadlines(term: NonNullable<UnitContext['term']>, policy: UnitContext['policy'], legacy: boolean): Deadline[] {
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
  // T-03: an undecided request, or (officerConfirms) no request at all: the officer is escalated daily until deciding
  // (a run written before the gate escalated once only: gates.ts)
  const awaitsOfficer = term.renewal === 'requested' || (term.renewal === 'notRequested' && policy.noRequestAtTermEnd === 'officerConfirms' && !legacy);
  if (awaitsOfficer && term.escalatedOn) {
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

