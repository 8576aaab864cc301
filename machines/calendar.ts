/**
 * Calendar maths in China Standard Time (UTC+8), the zone of every deadline.
 *
 * Dates are `YYYY-MM-DD` strings (a CST calendar day); instants are ISO strings with `+08:00`.
 * Periods follow the Civil Code arts. 201–203 convention (decisions.md): the start day is not
 * counted, a month ends on the corresponding day or the month end where there is none, and a
 * day ends at 24:00 CST. Pure and deterministic: no clock, no host time zone.
 */
import { z } from 'zod';

export const CST_OFFSET = '+08:00';
const CST_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** a CST calendar day, `YYYY-MM-DD`, that exists in the calendar */
export const CalendarDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')
  .refine((s) => isRealDate(s), 'no such calendar day');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** an instant with an explicit offset */
export const Instant = z.iso.datetime({ offset: true });
export type Instant = z.infer<typeof Instant>;

function parts(date: string): [number, number, number] {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return [y, m, d];
}

function isRealDate(date: string): boolean {
  const [y, m, d] = parts(date);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function format(y: number, m: number, d: number): string {
  return `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `date` plus `n` calendar days (n may be negative). */
export function addDays(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const t = new Date(Date.UTC(y, m - 1, d) + n * DAY_MS);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The corresponding day `n` months later (or earlier), clamped to the month end. */
export function addMonths(date: string, n: number): string {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return format(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addYears(date: string, n: number): string {
  return addMonths(date, 12 * n);
}

/** 00:00 CST at the start of `date`, as an ISO instant. */
export function startOf(date: string): string {
  return `${date}T00:00:00${CST_OFFSET}`;
}

/** The instant a last day ends: 00:00 CST of the following day (contract: `…On` → `…At`). */
export function endOf(date: string): string {
  return startOf(addDays(date, 1));
}

/** The CST calendar day on which an instant (ms since epoch or ISO) falls. */
export function cstDate(instant: number | string): string {
  const ms = typeof instant === 'number' ? instant : Date.parse(instant);
  const t = new Date(ms + CST_OFFSET_MS);
  return format(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** An instant rendered in CST with its offset, e.g. `2027-03-15T09:30:00+08:00`. */
export function toCstInstant(ms: number): string {
  const t = new Date(ms + CST_OFFSET_MS);
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  return `${cstDate(ms)}T${time}${CST_OFFSET}`;
}

export function ms(instant: string): number {
  return Date.parse(instant);
}

/** Whole calendar days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  const [ya, ma, da] = parts(a);
  const [yb, mb, db] = parts(b);
  return Math.round((Date.UTC(yb, mb - 1, db) - Date.UTC(ya, ma - 1, da)) / DAY_MS);
}

/**
 * Rolls a last day that falls on a rest day to the next working day (Civil Code art. 203),
 * when a holiday calendar is configured; identity otherwise.
 */
export function rollRestDay(date: string, restDays: readonly string[]): string {
  let day = date;
  while (restDays.includes(day)) day = addDays(day, 1);
  return day;
}
