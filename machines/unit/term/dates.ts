/** Term arithmetic (T-01, T-02, T-04, T-05): pure CST calendar maths over the policy. */
import { addDays, addMonths, addYears } from '../../calendar.js';
import { lastDay, type LadderStep, type Policy, type RenewalReminder } from '../../policy.js';
import type { Term } from './slice.js';

/** T-01: the initial term's last day for an approval on `approvedOn`, per the policy's reading. */
export function initialTermEndsOn(policy: Policy, approvedOn: string): string {
  const year = Number(approvedOn.slice(0, 4));
  switch (policy.termEndReading) {
    case 'A':
      return `${year + policy.initialTermYears - 1}-12-31`;
    case 'B':
      return `${year + policy.initialTermYears}-12-31`;
    case 'C':
      return addYears(approvedOn, policy.initialTermYears);
  }
}

/** T-02 (reading a): the last day to request renewal, term end − N calendar months. */
export function renewalDueOn(policy: Policy, endsOn: string): string {
  return lastDay(policy, addMonths(endsOn, -policy.renewalDueMonthsBeforeEnd));
}

export function newTerm(policy: Policy, number: number, startsOn: string, endsOn: string): Term {
  return {
    number,
    startsOn,
    endsOn,
    renewalDueOn: renewalDueOn(policy, endsOn),
    renewal: 'notRequested',
    requestedAt: null,
    late: false,
    extendsTo: null,
    ladderByOfficer: false,
    escalatedOn: null,
  };
}

/** The day an offset (ladder step or reminder) falls on within a term. */
export function offsetDate(term: Term, offset: LadderStep | RenewalReminder): string {
  const anchor = offset.from === 'renewalDueOn' ? term.renewalDueOn : term.endsOn;
  return addDays(addMonths(anchor, offset.months), offset.days);
}

/** T-04, decisions.md: limit = max(1, floor(base × fraction)). */
export function ladderLimit(base: number, fraction: number): number {
  return Math.max(1, Math.floor(base * fraction));
}
