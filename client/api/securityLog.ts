/**
 * The security log (issue 14, finding 8; O-14, T-10: network operation and security events kept at
 * least six months): every authentication failure, authorization refusal, rate-limit hit and
 * command rejected at the edge, and every update the worker's validator refuses
 * (worker/securitySinks.ts), one structured JSON line (pino) each, appended to the file
 * `LEQI_SECURITY_LOG` (default `.data/security.log`). The auditor lists it by period
 * (`GET /v1/security-log?from=&to=`). Nothing is ever purged from it here; an operator's rotation
 * must keep at least the record's retention (`LEQI_RECORD_RETENTION_MONTHS`, never under 6 months).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';

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
  close(): Promise<void>;
}

/** The security log as JSON lines in a file (created with its directory). */
export function fileSecurityLog(path: string): SecurityLog {
  mkdirSync(dirname(path), { recursive: true });
  const destination = pino.destination({ dest: path, append: true, sync: true, mkdir: true });
  const out = pino({ base: null, timestamp: pino.stdTimeFunctions.isoTime, messageKey: 'event', formatters: { level: (label) => ({ level: label }) } }, destination);
  return {
    write(event) {
      const { event: kind, ...rest } = event;
      out.info(rest, kind);
    },
    list(from, to) {
      let text = '';
      try {
        text = readFileSync(path, 'utf8');
      } catch {
        return [];
      }
      const [f, t] = [Date.parse(from), Date.parse(to)];
      return text
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const { level: _level, ...event } = JSON.parse(line) as SecurityEvent & { level?: string };
          return event;
        })
        .filter((e) => Date.parse(e.time) >= f && Date.parse(e.time) < t);
    },
    async close() {
      destination.flushSync();
    },
  };
}
