/**
 * Issue 18: `leqi calendar <year>` — the rest days of a year and where a last day on each moves
 * (Civil Code art. 203 roll-over), from the official calendar (config/holidays.ts) or from a policy
 * file's snapshot (`--policy`). A year the data do not cover is a warning, never an empty list.
 */
import { OFFICIAL_CALENDAR_SOURCE, officialRestDays } from '../../config/holidays.js';
import { cstDate, endOf, rollRestDay } from '../../machines/calendar.js';
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
  /** with `--units`: the live units' next deadlines whose last day falls on one of the rest days, and where each moves */
  moves?: MovedDeadline[];
}

/** One unit's deadline whose last day is a rest day of the report, and where the roll-over (art. 203) puts it. */
export interface MovedDeadline {
  unitId: string;
  what: string;
  ruleId: string;
  /** the deadline's instant now (00:00 CST of the day after its last day) */
  at: string;
  /** its last day (CST), a rest day */
  lastDay: string;
  /** the working day it moves to, and the instant it would then take effect */
  movesTo: string;
  movedAt: string;
}

/**
 * The deadlines that end a last day (art. 203 rolls those; reminders, ladder steps and warnings are
 * dated from a last day and follow it): a term's end, a case window's end, a risk warning's feedback
 * day, an obligation's due day.
 */
export const LAST_DAY_DEADLINES: readonly string[] = ['termEnd', 'caseWindowEnd', 'caseFeedbackDue', 'obligationDue'];

/**
 * Which of the units' next deadlines a year's rest days move: those whose last day (the day before
 * `at`) is one of `report.restDays`, each with the working day it rolls to. Pure; sorted by instant.
 */
export function movedDeadlines(report: Pick<CalendarReport, 'restDays'>, units: readonly { unitId: string; nextDeadlines: readonly { at: string; what: string; ruleId: string }[] }[]): MovedDeadline[] {
  const rest = new Set(report.restDays);
  return units
    .flatMap((u) =>
      u.nextDeadlines.flatMap((d) => {
        const lastDay = cstDate(Date.parse(d.at) - 1);
        if (!LAST_DAY_DEADLINES.includes(d.what) || !rest.has(lastDay)) return [];
        const movesTo = rollRestDay(lastDay, report.restDays);
        return [{ unitId: u.unitId, what: d.what, ruleId: d.ruleId, at: d.at, lastDay, movesTo, movedAt: endOf(movesTo) }];
      }),
    )
    .sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.unitId.localeCompare(b.unitId));
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
