/**
 * The worker's log (issue 14, finding 7): structured JSON lines (pino) from the SDK's logger, with
 * activity task tokens never written — a task token lets anyone holding it complete or fail the
 * activity, so it is a credential, not a diagnostic.
 */
import { DefaultLogger, type LogEntry, type LogLevel } from '@temporalio/worker';
import pino from 'pino';

/** log attributes that are credentials */
export const REDACTED_KEYS = ['taskToken', 'base64TaskToken'] as const;

/** the attributes of a log entry without credentials */
export function redactLogMeta(meta: Record<string, unknown> | undefined): Record<string, unknown> {
  if (!meta) return {};
  return Object.fromEntries(Object.entries(meta).filter(([k]) => !(REDACTED_KEYS as readonly string[]).includes(k)));
}

const levels: Record<LogLevel, 'trace' | 'debug' | 'info' | 'warn' | 'error'> = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' };

/** The SDK logger of the worker's Runtime: JSON lines to `destination` (stdout by default), task tokens removed. */
export function workerLogger(destination: pino.DestinationStream = pino.destination(1), level: LogLevel = 'INFO'): DefaultLogger {
  const out = pino({ level: 'trace', base: null, timestamp: pino.stdTimeFunctions.isoTime }, destination);
  return new DefaultLogger(level, (entry: LogEntry) => out[levels[entry.level]](redactLogMeta(entry.meta), entry.message));
}
