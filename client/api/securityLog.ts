/**
 * The security log (issue 14, finding 8; O-14, T-10: network operation and security events kept at
 * least six months): every authentication failure, authorization refusal, rate-limit hit and
 * command rejected at the edge, and every update the worker's validator refuses
 * (worker/securitySinks.ts), one structured JSON line (pino) each. `LEQI_SECURITY_LOG` (default
 * `.data/security.log`) names it; the lines go to one file per CST month beside it,
 * `<LEQI_SECURITY_LOG>.<YYYY-MM>` (e.g. `.data/security.log.2026-11`), each line appended on its own
 * (`O_APPEND`), so the API and the worker of one host can share it. The auditor lists it by period
 * (`GET /v1/security-log?from=&to=`).
 *
 * Retention: the same rule as the decision record (activities/record/retention.ts: at least
 * `LEQI_RECORD_RETENTION_MONTHS`, never under 6 months, and 180 days). `purge` deletes a month's
 * file only when its last instant is older than the record's purge cutoff, so a line is kept at
 * least as long as a record made at the same instant (and at most one month longer); lines of a
 * single-file log written before the monthly files are purged line by line.
 */
import { appendFileSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import pino from 'pino';
import { MIN_RETENTION_MONTHS, purgeCutoff } from '../../activities/record/retention.js';
import { addMonths, cstDate, ms, startOf, toCstInstant } from '../../machines/calendar.js';

/**
 * what happened: at the edge (the HTTP API), or `updateRejected`: an update the worker's validator
 * refused (it leaves no history; whatever the client, the Temporal CLI and SDKs too)
 */
export type SecurityEventKind = 'authenticationFailed' | 'forbidden' | 'notVisible' | 'rateLimited' | 'commandRejected' | 'updateRejected';

/** one line of the security log */
export interface SecurityEvent {
  /** the instant, ISO-8601 UTC */
  time: string;
  event: SecurityEventKind;
  /** the HTTP status answered; null for `updateRejected` (no HTTP exchange) */
  status: number | null;
  /** the HTTP method; `update` for `updateRejected` */
  method: string;
  /** the HTTP path; the workflow id (`unit:<USCC>`) for `updateRejected` */
  path: string;
  /** the token's role and id (null when no token authenticated); for `updateRejected` the actor the command claims */
  principal: { role: string; id: string } | null;
  /** `updateRejected`: the command's type */
  command?: string;
  /** the rejection's type and rule (Forbidden, RequestIdReused, InvalidCommand, …) */
  type: string | null;
  ruleId: string | null;
  /** the client's address, when the server knows it */
  address: string | null;
}

export interface SecurityLog {
  write(event: Omit<SecurityEvent, 'time'>): void;
  /** the events with `from <= time < to` (ISO instants), oldest first */
  list(from: string, to: string): SecurityEvent[];
  /** deletes what the retention allows on `now` (default: the log's clock); never anything younger */
  purge(now?: number): SecurityLogPurge;
  close(): Promise<void>;
}

/** what a purge removed */
export interface SecurityLogPurge {
  /** lines older than this instant (CST) may go */
  cutoff: string;
  /** the monthly files deleted (names) */
  files: string[];
  /** the lines removed from a single-file log of an earlier version */
  lines: number;
}

export interface SecurityLogOptions {
  /** months kept at least (LEQI_RECORD_RETENTION_MONTHS; default and floor 6) */
  retentionMonths?: number;
  /** the clock (ms), for tests */
  now?: () => number;
}

/** `YYYY-MM`: the CST month of an instant (ms) */
const monthOf = (t: number): string => cstDate(t).slice(0, 7);

/** The security log as JSON lines in monthly files beside `path` (created with its directory). */
export function fileSecurityLog(path: string, { retentionMonths = MIN_RETENTION_MONTHS, now = Date.now }: SecurityLogOptions = {}): SecurityLog {
  if (!Number.isInteger(retentionMonths) || retentionMonths < MIN_RETENTION_MONTHS) throw new Error(`the security log is kept at least ${MIN_RETENTION_MONTHS} months; got ${retentionMonths}`);
  const dir = dirname(path);
  const base = basename(path);
  mkdirSync(dir, { recursive: true });
  const segment = (month: string): string => join(dir, `${base}.${month}`);
  /** the monthly files, oldest first: [month, path] */
  const segments = (): [string, string][] =>
    readdirSync(dir)
      .filter((name) => name.startsWith(`${base}.`) && /^\d{4}-\d{2}$/.test(name.slice(base.length + 1)))
      .sort()
      .map((name) => [name.slice(base.length + 1), join(dir, name)]);
  let target = '';
  // each line appended on its own (open, O_APPEND, close): a deleted or renamed file is never written through a stale descriptor
  const out = pino({ base: null, timestamp: false, messageKey: 'event', formatters: { level: (label) => ({ level: label }) } }, { write: (line: string) => appendFileSync(target, line) });
  const read = (file: string): SecurityEvent[] => {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => {
        const { level: _level, ...event } = JSON.parse(line) as SecurityEvent & { level?: string };
        return event;
      });
  };
  const monthEnd = (month: string): number => ms(startOf(addMonths(`${month}-01`, 1)));
  return {
    write(event) {
      const t = now();
      target = segment(monthOf(t));
      const { event: kind, ...rest } = event;
      out.info({ time: new Date(t).toISOString(), ...rest }, kind);
    },
    list(from, to) {
      const [f, t] = [Date.parse(from), Date.parse(to)];
      const files = [path, ...segments().filter(([month]) => ms(startOf(`${month}-01`)) < t && monthEnd(month) > f).map(([, file]) => file)];
      return files
        .flatMap(read)
        .filter((e) => Date.parse(e.time) >= f && Date.parse(e.time) < t)
        .sort((a, b) => Date.parse(a.time) - Date.parse(b.time));
    },
    purge(at = now()) {
      const cutoff = purgeCutoff(at, retentionMonths);
      const files: string[] = [];
      for (const [month, file] of segments()) {
        if (monthEnd(month) > cutoff) break;
        try {
          unlinkSync(file);
          files.push(basename(file));
        } catch {
          // another process (the API or a worker) purged it first
        }
      }
      const legacy = read(path);
      const kept = legacy.filter((e) => Date.parse(e.time) >= cutoff);
      if (kept.length < legacy.length) {
        const tmp = `${path}.purge-${process.pid}`;
        writeFileSync(tmp, kept.map((e) => `${JSON.stringify(e)}\n`).join(''));
        renameSync(tmp, path);
      }
      return { cutoff: toCstInstant(cutoff), files, lines: legacy.length - kept.length };
    },
    async close() {},
  };
}

const DAY_MS = 86_400_000;

/** The retention job of a process that writes the log (the API, the worker): a minute after start, then daily. */
export function purgeSecurityLogDaily(log: SecurityLog, report: (message: string) => void = console.log): void {
  const purge = (): void => {
    try {
      const r = log.purge();
      if (r.files.length > 0 || r.lines > 0) report(`security log: purged ${r.files.length ? r.files.join(', ') : ''}${r.files.length && r.lines ? ' and ' : ''}${r.lines ? `${r.lines} lines` : ''} older than ${r.cutoff}`);
    } catch (err) {
      report(`security log: retention purge failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  setTimeout(purge, 60_000).unref();
  setInterval(purge, DAY_MS).unref();
}
