/**
 * Issue 18: China's official holiday calendar (国务院办公厅 holiday notices) from the maintained
 * `chinese-days` data package, snapshotted into a policy version.
 *
 * A rest day is a public holiday, or a Saturday or Sunday that is not an adjusted working day (调休
 * 上班日): the Civil Code art. 203 roll-over (decisions.md "Time zone and day boundaries") moves a last
 * day that falls on one to the next working day. The days are copied into the policy (`restDays`,
 * `restDayYears`, `calendarSource`) when the policy file is loaded, and a unit carries its policy:
 * a package update never moves a running unit's dates nor changes a replay. Runs outside the
 * workflow sandbox (worker start, CLI); machines/ only ever sees the snapshot.
 */
import { createRequire } from 'node:module';
import { addDays } from '../machines/calendar.js';

const require = createRequire(import.meta.url);

interface ChineseDays {
  /** date → "English,中文,days" */
  holidays: Record<string, string>;
  /** adjusted working days (weekend days that are worked) */
  workdays: Record<string, string>;
}

const data = require('chinese-days/dist/chinese-days.json') as ChineseDays;
const { version } = require('chinese-days/package.json') as { version: string };

/** where the snapshot's days come from, e.g. `chinese-days@1.5.7` */
export const OFFICIAL_CALENDAR_SOURCE = `chinese-days@${version}`;

/** The years the official data cover (those with a published holiday notice), ascending. */
export function officialYears(): number[] {
  return [...new Set(Object.keys(data.holidays).map((d) => Number(d.slice(0, 4))))].sort((a, b) => a - b);
}

/** One rest day of the official calendar, with its reason. */
export interface RestDay {
  /** CST calendar day */
  date: string;
  /** the holiday's name (`国庆节 National Day`), or `weekend` */
  reason: string;
}

function isWeekend(date: string): boolean {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 || day === 6;
}

/**
 * The rest days of a covered year, ascending; null for a year the data do not cover (never an empty
 * list that would silently mean "no holidays").
 */
export function officialRestDays(year: number): RestDay[] | null {
  if (!officialYears().includes(year)) return null;
  const days: RestDay[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = addDays(date, 1)) {
    const holiday = data.holidays[date];
    if (holiday) {
      const [en, zh] = holiday.split(',');
      days.push({ date, reason: `${zh} ${en}` });
    } else if (isWeekend(date) && !data.workdays[date]) days.push({ date, reason: 'weekend' });
  }
  return days;
}

/** The adjusted working days (调休上班日) of a year: weekend days that are worked. */
export function adjustedWorkdays(year: number): string[] {
  return Object.keys(data.workdays)
    .filter((d) => d.startsWith(`${year}-`))
    .sort();
}

/** The policy fields a snapshot of the official calendar sets, and the years it could not cover. */
export interface CalendarSnapshot {
  restDays: string[];
  restDayYears: number[];
  calendarSource: string;
  /** requested years the data do not cover yet: list their days by hand once published */
  uncovered: number[];
}

/**
 * Snapshots the official rest days of `years` (issue 18). Days already listed by hand (`extra`, e.g.
 * a year published after the package) are kept; their years count as covered only when named in
 * `extraYears`.
 */
export function snapshotCalendar(years: readonly number[], extra: readonly string[] = [], extraYears: readonly number[] = []): CalendarSnapshot {
  const covered = years.filter((y) => officialYears().includes(y));
  const days = covered.flatMap((y) => (officialRestDays(y) ?? []).map((d) => d.date));
  return {
    restDays: [...new Set([...days, ...extra])].sort(),
    restDayYears: [...new Set([...covered, ...extraYears])].sort((a, b) => a - b),
    calendarSource: OFFICIAL_CALENDAR_SOURCE,
    uncovered: years.filter((y) => !covered.includes(y) && !extraYears.includes(y)),
  };
}
