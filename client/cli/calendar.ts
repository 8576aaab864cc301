/**
 * Issue 18: `leqi calendar <year>` — the rest days of a year and where a last day on each moves
 * (Civil Code art. 203 roll-over), from the official calendar (config/holidays.ts) or from a policy
 * file's snapshot (`--policy`). A year the data do not cover is a warning, never an empty list.
 */
import { OFFICIAL_CALENDAR_SOURCE, officialRestDays } from '../../config/holidays.js';
import { rollRestDay } from '../../machines/calendar.js';
import { coveredYears, type Policy } from '../../machines/policy.js';

/** A run of consecutive rest days and the working day a last day inside it rolls to. */
export interface RestRun {
  /** first and last rest day of the run (CST) */
  from: string;
  to: string;
  days: number;
  /** the holiday names in the run, or `weekend` */
  reason: string;
  /** a deadline whose last day falls in the run moves to this working day */
  movesTo: string;
}

/** The answer of `leqi calendar`: the year's rest days, runs and coverage. */
export interface CalendarReport {
  year: number;
  source: string;
  covered: boolean;
  /** set when the year is not covered: deadlines in it are not rolled */
  warning: string | null;
  restDays: string[];
  runs: RestRun[];
}

/** The rest days of `year` from `policy`'s snapshot, or (no policy) from the official data. */
export function calendarReport(year: number, policy?: Pick<Policy, 'restDays' | 'restDayYears' | 'calendarSource'>): CalendarReport {
  const official = policy ? null : officialRestDays(year);
  const covered = policy ? coveredYears(policy).includes(year) : official !== null;
  const source = policy ? (policy.calendarSource ?? 'policy (listed by hand)') : OFFICIAL_CALENDAR_SOURCE;
  const reasons = new Map((official ?? []).map((d) => [d.date, d.reason]));
  const restDays = policy ? policy.restDays.filter((d) => d.startsWith(`${year}-`)) : (official ?? []).map((d) => d.date);
  const runs: RestRun[] = [];
  for (const day of restDays) {
    const movesTo = rollRestDay(day, policy?.restDays ?? restDays);
    const last = runs.at(-1);
    const reason = reasons.get(day) ?? 'rest day';
    if (last && last.movesTo === movesTo) {
      last.to = day;
      last.days++;
      if (!last.reason.split(' / ').includes(reason)) last.reason = `${last.reason} / ${reason}`;
    } else runs.push({ from: day, to: day, days: 1, reason, movesTo });
  }
  const warning = covered ? null : `${source} does not cover ${year}: deadlines whose last day falls in ${year} are NOT rolled over its holidays; list the year's rest days in the policy (restDays, restDayYears) once the State Council notice is published`;
  return { year, source, covered, warning, restDays, runs };
}
