/**
 * T-10, O-14: each record is kept at least `months` calendar months (CST, month-end clamped) and
 * at least 180 days after the day it was made, whichever is longer; never fewer than 6 months.
 */
import { addDays, addMonths, cstDate, ms, startOf } from '../../machines/calendar.js';

/** the legal floor (T-10: "不少于六个月") */
export const MIN_RETENTION_MONTHS = 6;

/** may a record made on CST day `day` be purged on CST day `today`? */
export function purgeable(day: string, today: string, months: number): boolean {
  return addMonths(day, months) < today && addDays(day, 180) < today;
}

/**
 * The instant before which a record may be purged on `now`: a record made on 2025-01-31 may go
 * from 2025-08-01 00:00 CST (kept through 2025-07-31), never earlier.
 */
export function purgeCutoff(now: number, months: number): number {
  if (!Number.isInteger(months) || months < MIN_RETENTION_MONTHS) throw new Error(`retention must be a whole number of months, at least ${MIN_RETENTION_MONTHS}; got ${months}`);
  const today = cstDate(now);
  let day = addMonths(today, -months);
  while (!purgeable(day, today, months)) day = addDays(day, -1);
  while (purgeable(addDays(day, 1), today, months)) day = addDays(day, 1);
  return ms(startOf(addDays(day, 1)));
}
