/**
 * Dates as notices print them: CST calendar days from `YYYY-MM-DD` strings, in both languages.
 * Pure string arithmetic (machines/calendar), so neither the host time zone nor its locale data
 * can move a date.
 */
import { cstDate, toCstInstant } from '../../machines/calendar.js';
import type { Bilingual } from './text.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [string, number, number] {
  const m = DATE.exec(date);
  const month = m ? Number(m[2]) : 0;
  if (!m || month < 1 || month > 12) throw new TypeError(`not a calendar date YYYY-MM-DD: ${JSON.stringify(date)}`);
  return [m[1]!, month, Number(m[3])];
}

/** `2028-12-15` → `2028-12-15（北京时间）` */
export function zhDate(date: string): string {
  parts(date);
  return `${date}（北京时间）`;
}

/** `2028-12-15` → `15 Dec 2028 (CST)` */
export function enDate(date: string): string {
  const [year, month, day] = parts(date);
  return `${day} ${MONTHS[month - 1]} ${year} (CST)`;
}

/** a CST calendar day in both languages */
export function onDate(date: string): Bilingual {
  return { zh: zhDate(date), en: enDate(date) };
}

/** an instant (ISO with offset) as its CST day and time, e.g. `2028-12-16 00:00（北京时间）` */
export function atInstant(instant: string): Bilingual {
  const ms = Date.parse(instant);
  if (Number.isNaN(ms)) throw new TypeError(`not an instant: ${JSON.stringify(instant)}`);
  const day = cstDate(ms);
  const time = toCstInstant(ms).slice(11, 16);
  return { zh: `${day} ${time}（北京时间）`, en: `${enDate(day).replace(' (CST)', '')} ${time} (CST)` };
}
