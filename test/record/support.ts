/**
 * The decision-record tests run on both stores: SQLite (in memory) and a real PostgreSQL server
 * named by LEQI_TEST_POSTGRES_URL (.ci/run starts one). Locally without that variable the
 * PostgreSQL half is skipped; with CI=true a missing or unreachable server fails the run.
 */
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { expect, it } from 'vitest';
import { PostgresDecisionStore, SqliteDecisionStore, type DecisionStore } from '../../activities/record/index.js';
import type { DecisionRecord } from '../../activities/types.js';

export const PG_URL = process.env.LEQI_TEST_POSTGRES_URL;
export const IN_CI = process.env.CI === 'true' || process.env.CI === '1';

export interface Backend {
  name: 'sqlite' | 'postgres';
  /** a fresh, empty store (PostgreSQL: a schema of its own, dropped by `drop`) */
  open(options?: { now?: () => number; retentionMonths?: number }): Promise<DecisionStore>;
  /** runs SQL as someone with direct database access would, append-only triggers switched off */
  tamper(store: DecisionStore, sql: string, params?: unknown[]): Promise<number>;
  /** plain SQL, triggers on */
  exec(store: DecisionStore, sql: string, params?: unknown[]): Promise<number>;
  drop(store: DecisionStore): Promise<void>;
}

const sqlite: Backend = {
  name: 'sqlite',
  async open(options = {}) {
    return new SqliteDecisionStore({ path: ':memory:', ...options });
  },
  async tamper(store, sql, params = []) {
    const db = (store as SqliteDecisionStore).db;
    db.exec('DROP TRIGGER decision_records_no_update; DROP TRIGGER decision_records_no_delete;');
    try {
      return db.prepare(sql).run(...params).changes;
    } finally {
      // put them back, as a careless intruder would not; the chain must catch it either way
      db.exec("CREATE TRIGGER decision_records_no_update BEFORE UPDATE ON decision_records BEGIN SELECT RAISE(ABORT, 'decision_records is append-only (UPDATE refused)'); END;");
      db.exec("CREATE TRIGGER decision_records_no_delete BEFORE DELETE ON decision_records WHEN NOT EXISTS (SELECT 1 FROM record_purge_permit WHERE unit_id = OLD.unit_id) BEGIN SELECT RAISE(ABORT, 'decision_records is append-only (DELETE refused outside the retention purge)'); END;");
    }
  },
  async exec(store, sql, params = []) {
    return (store as SqliteDecisionStore).db.prepare(sql).run(...params).changes;
  },
  async drop(store) {
    await store.close();
  },
};

const schemas = new WeakMap<DecisionStore, string>();

const postgres: Backend = {
  name: 'postgres',
  async open(options = {}) {
    const schema = `leqi_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
    const store = await PostgresDecisionStore.open({ url: PG_URL!, schema, max: 4, ...options });
    schemas.set(store, schema);
    return store;
  },
  async tamper(store, sql, params = []) {
    const c = await (store as PostgresDecisionStore).pool.connect();
    try {
      await c.query('BEGIN');
      await c.query('ALTER TABLE decision_records DISABLE TRIGGER decision_records_append_only');
      const r = await c.query(pgParams(sql), params);
      await c.query('ALTER TABLE decision_records ENABLE TRIGGER decision_records_append_only');
      await c.query('COMMIT');
      return r.rowCount ?? 0;
    } catch (err) {
      await c.query('ROLLBACK');
      throw err;
    } finally {
      c.release();
    }
  },
  async exec(store, sql, params = []) {
    return (await (store as PostgresDecisionStore).pool.query(pgParams(sql), params)).rowCount ?? 0;
  },
  async drop(store) {
    const schema = schemas.get(store);
    await store.close();
    if (!schema) return;
    const client = new pg.Client({ connectionString: PG_URL! });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await client.end();
  },
};

/** `?` → `$n`, so one SQL text serves both dialects */
function pgParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

/** the backends this run exercises: SQLite always; PostgreSQL when configured (always in CI) */
export const backends: Backend[] = PG_URL || IN_CI ? [sqlite, postgres] : [sqlite];

/** In CI, a missing PostgreSQL is a failure, never a silent skip. */
export function requirePostgresInCi(): void {
  it.runIf(IN_CI)('CI: a real PostgreSQL server is configured (LEQI_TEST_POSTGRES_URL) and reachable', async () => {
    expect(PG_URL, 'LEQI_TEST_POSTGRES_URL must be set in CI (.ci/run starts a server)').toBeTruthy();
    const client = new pg.Client({ connectionString: PG_URL!, connectionTimeoutMillis: 5000 });
    await client.connect();
    expect((await client.query('SELECT 1 AS one')).rows[0].one).toBe(1);
    await client.end();
  });
  if (!PG_URL && !IN_CI) it.skip('PostgreSQL: set LEQI_TEST_POSTGRES_URL to run the PostgreSQL half (CI always does)', () => {});
}

/** a record of `unitId` as the workflow would send it */
export function rec(unitId: string, lifetime: string, seq: number, over: Partial<DecisionRecord['entry']> = {}, payload: unknown = null): DecisionRecord {
  return {
    unitId,
    lifetime,
    entry: {
      seq,
      at: `2027-03-15T10:00:${String(seq % 60).padStart(2, '0')}+08:00`,
      kind: payload === null ? 'deadline' : 'command',
      actor: payload === null ? { role: 'system', id: 'clock' } : { role: 'officer', id: 'officer-chen', authority: '15101000000' },
      command: payload === null ? 'DEADLINE:renewalReminder' : 'SET_CONCURRENCY',
      from: 'active',
      to: 'active',
      ruleId: 'T-02',
      outcome: 'applied',
      ...over,
    },
    payload,
  };
}
