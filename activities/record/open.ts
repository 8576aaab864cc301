/** Configuration of the decision record (environment variables) and the store it names. */
import { resolve } from 'node:path';
import { z } from 'zod';
import { MIN_RETENTION_MONTHS } from './retention.js';
import type { DecisionStore } from './store.js';

export const RecordEnv = z.object({
  /** `sqlite:<path>` (embedded, relative to the working directory; `sqlite::memory:` for tests) or `postgres://…` */
  LEQI_RECORD_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'expected sqlite:<path> or postgres://user:password@host:port/database')
    .default('sqlite:.data/decisions.sqlite'),
  /** T-10: months every record is kept at least (never fewer than 6) */
  LEQI_RECORD_RETENTION_MONTHS: z.coerce.number().int().min(MIN_RETENTION_MONTHS, `the seed keeps records at least ${MIN_RETENTION_MONTHS} months (T-10, O-14)`).default(MIN_RETENTION_MONTHS),
});
export type RecordEnv = z.infer<typeof RecordEnv>;

export interface RecordConfig {
  url: string;
  retentionMonths: number;
}

export const recordConfigOf = (e: RecordEnv): RecordConfig => ({ url: e.LEQI_RECORD_URL, retentionMonths: e.LEQI_RECORD_RETENTION_MONTHS });

/** Opens (and creates when missing) the store a URL names. */
export async function openDecisionStore({ url, retentionMonths }: RecordConfig, extra: { now?: () => number } = {}): Promise<DecisionStore> {
  if (url.startsWith('sqlite:')) {
    const { SqliteDecisionStore } = await import('./sqlite.js');
    const path = url.slice('sqlite:'.length);
    return new SqliteDecisionStore({ path: path === ':memory:' ? path : resolve(path), retentionMonths, ...extra });
  }
  const { PostgresDecisionStore } = await import('./postgres.js');
  return PostgresDecisionStore.open({ url, retentionMonths, ...extra });
}

/** where a URL points, without its password (for logs) */
export function describeRecordUrl(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
}
