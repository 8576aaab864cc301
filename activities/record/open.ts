/** Configuration of the decision record (environment variables) and the store it names. */
import { resolve } from 'node:path';
import type { z } from 'zod';
import { LeqiEnv } from '../../config/env.js';
import type { DecisionStore } from './store.js';

/** the decision record's variables of the one configuration schema (config/env.ts) */
export const RecordEnv = LeqiEnv.pick({ LEQI_RECORD_URL: true, LEQI_RECORD_RETENTION_MONTHS: true });
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
