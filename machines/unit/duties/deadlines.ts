/** The duties domain's deadlines: the temporary network filing (T-14) and filed terminations (T-08, P-TRM-01). */
import { addDays, endOf, startOf } from '../../calendar.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';

/** T-14, N-25: a temporary filing is reminded before it ends and expires after its last day. */
export function networkDeadlines({ network, policy }: UnitContext): Deadline[] {
  if (!network || network.status !== 'open' || network.filing.validity.type !== 'temporary') return [];
  const endsOn = network.filing.validity.endsOn;
  const remindOn = addDays(endsOn, -policy.networkFilingReminderDaysBefore);
  return [
    { key: `T-14:reminder:${endsOn}`, what: 'networkFilingReminder', at: startOf(remindOn), ruleId: 'T-14' },
    { key: `T-14:expiry:${endsOn}`, what: 'networkFilingExpiry', at: endOf(endsOn), ruleId: 'T-14' },
  ];
}

/** T-08, P-TRM-01: a filing takes effect at 00:00 CST of its effectiveOn (the first day without service). */
export function filingDeadlines({ terminationFilings }: UnitContext): Deadline[] {
  return terminationFilings
    .filter((f) => f.status === 'scheduled')
    .map((f) => ({ key: `T-08:${f.id}:${f.effectiveOn}`, what: 'terminationEffective' as const, at: startOf(f.effectiveOn), ruleId: f.usingUnits ? 'P-TRM-01' : 'T-08', ref: f.id }));
}

