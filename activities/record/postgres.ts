/** The production decision record: PostgreSQL (pg), appends serialized per unit by an advisory lock. */
import pg from 'pg';
import { toCstInstant } from '../../machines/calendar.js';
import type { DecisionRecord } from '../types.js';
import { ChainVerifier, planAppend, type Verification } from './chain.js';
import { MIN_RETENTION_MONTHS, purgeCutoff } from './retention.js';
import { COLUMNS, filterSql, headOf, pageOf, pageSize, rowOf, rowValues, type AppendOutcome, type DecisionStore, type PurgeResult, type RecordFilter, type RecordPage } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decision_records (
  unit_id text NOT NULL, lifetime text NOT NULL, seq integer NOT NULL CHECK (seq > 0), position bigint NOT NULL,
  at text NOT NULL, at_ms bigint NOT NULL, kind text NOT NULL, actor text NOT NULL, command text NOT NULL,
  from_phase text NOT NULL, to_phase text NOT NULL, rule_id text NOT NULL, outcome text NOT NULL, reason text, request_id text, policy text,
  payload text NOT NULL, payload_digest text NOT NULL, prev_hash text NOT NULL, hash text NOT NULL, recorded_ms bigint NOT NULL,
  PRIMARY KEY (unit_id, lifetime, seq), UNIQUE (unit_id, position)
);
-- issue 18: a record created before policy versions gains the column (its rows keep null, their hashes hold)
ALTER TABLE decision_records ADD COLUMN IF NOT EXISTS policy text;
CREATE INDEX IF NOT EXISTS decision_records_rule ON decision_records (rule_id, at_ms);
CREATE INDEX IF NOT EXISTS decision_records_at ON decision_records (at_ms, unit_id, position);
CREATE TABLE IF NOT EXISTS record_heads (unit_id text PRIMARY KEY, lifetime text NOT NULL, seq integer NOT NULL, position bigint NOT NULL, hash text NOT NULL);
CREATE TABLE IF NOT EXISTS record_checkpoints (
  unit_id text NOT NULL, position bigint NOT NULL, lifetime text NOT NULL, seq integer NOT NULL, hash text NOT NULL,
  purged integer NOT NULL, purged_ms bigint NOT NULL, PRIMARY KEY (unit_id, position)
);
-- a row here, inside the purge's own transaction, is the only way a record row may be deleted
CREATE TABLE IF NOT EXISTS record_purge_permit (unit_id text PRIMARY KEY);
CREATE OR REPLACE FUNCTION decision_records_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' AND TG_TABLE_NAME = 'decision_records' AND EXISTS (SELECT 1 FROM record_purge_permit WHERE unit_id = OLD.unit_id) THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only (% refused)', TG_TABLE_NAME, TG_OP;
END $$;
CREATE OR REPLACE TRIGGER decision_records_append_only BEFORE UPDATE OR DELETE ON decision_records
  FOR EACH ROW EXECUTE FUNCTION decision_records_append_only();
CREATE OR REPLACE TRIGGER record_checkpoints_append_only BEFORE UPDATE OR DELETE ON record_checkpoints
  FOR EACH ROW EXECUTE FUNCTION decision_records_append_only();
`;

/** `?` placeholders → `$1, $2, …` */
const numbered = (sql: string): string => {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
};

export interface PostgresOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  /** a schema of its own (created when missing); `public` by default */
  schema?: string;
  retentionMonths?: number;
  now?: () => number;
  /** pool size (default 5) */
  max?: number;
}

export class PostgresDecisionStore implements DecisionStore {
  readonly dialect = 'postgres' as const;
  readonly retentionMonths: number;
  /** the pool, for tests and tools that inspect the tables */
  readonly pool: pg.Pool;
  private readonly now: () => number;

  private constructor(pool: pg.Pool, retentionMonths: number, now: () => number) {
    this.pool = pool;
    this.retentionMonths = retentionMonths;
    this.now = now;
  }

  /** Connects and creates the tables (idempotent; concurrent workers serialize on a lock). */
  static async open({ url, schema, retentionMonths = MIN_RETENTION_MONTHS, now = Date.now, max = 5 }: PostgresOptions): Promise<PostgresDecisionStore> {
    if (retentionMonths < MIN_RETENTION_MONTHS) throw new Error(`retention must be at least ${MIN_RETENTION_MONTHS} months`);
    if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`invalid schema name ${schema}`);
    const pool = new pg.Pool({ connectionString: url, max, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
    pool.on('error', () => {}); // an idle client's lost connection is replaced on the next checkout
    const store = new PostgresDecisionStore(pool, retentionMonths, now);
    try {
      await store.tx(async (c) => {
        await c.query('SELECT pg_advisory_xact_lock(7254317021)');
        if (schema) await c.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
        await c.query(SCHEMA);
      });
    } catch (err) {
      await pool.end();
      throw err;
    }
    return store;
  }

  async append(record: DecisionRecord): Promise<void> {
    await this.put(record);
  }

  async put(record: DecisionRecord): Promise<AppendOutcome> {
    return this.tx(async (c) => {
      await lockUnit(c, record.unitId);
      const existing = await c.query(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = $1 AND lifetime = $2 AND seq = $3`, [record.unitId, record.lifetime, record.entry.seq]);
      const [head, checkpoint] = await Promise.all([this.head(c, record.unitId), this.checkpoint(c, record.unitId)]);
      const plan = planAppend(record, { existing: existing.rows[0] ? rowOf(existing.rows[0]) : null, head, checkpoint, now: this.now() });
      if (plan.kind === 'duplicate') return 'duplicate';
      await c.query(`INSERT INTO decision_records (${COLUMNS}) VALUES (${COLUMNS.split(',').map((_, i) => `$${i + 1}`).join(', ')})`, rowValues(plan.row));
      const h = plan.head;
      await c.query(
        'INSERT INTO record_heads (unit_id, lifetime, seq, position, hash) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (unit_id) DO UPDATE SET lifetime = excluded.lifetime, seq = excluded.seq, position = excluded.position, hash = excluded.hash',
        [record.unitId, h.lifetime, h.seq, h.position, h.hash],
      );
      return 'inserted';
    });
  }

  async records(filter: RecordFilter): Promise<RecordPage> {
    const limit = pageSize(filter.limit);
    const { where, order, params, perUnit } = filterSql(filter);
    const { rows } = await this.pool.query(numbered(`SELECT ${COLUMNS} FROM decision_records ${where} ${order} LIMIT ?`), [...params, limit + 1]);
    return pageOf(rows.map(rowOf), limit, perUnit);
  }

  async verify(unitId: string): Promise<Verification> {
    // REPEATABLE READ: one snapshot, so a concurrent append never shows as a missing tail
    return this.tx(async (c) => {
      await c.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const verifier = new ChainVerifier(await this.checkpoint(c, unitId), await this.head(c, unitId));
      let after = 0;
      for (;;) {
        const { rows } = await c.query(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = $1 AND position > $2 ORDER BY position LIMIT 1000`, [unitId, after]);
        let going = true;
        for (const raw of rows) {
          going = verifier.step(rowOf(raw));
          if (!going) break;
          after = Number(raw.position);
        }
        if (!going || rows.length < 1000) break;
      }
      return verifier.finish();
    });
  }

  async purge(now: number = this.now()): Promise<PurgeResult> {
    const cutoff = purgeCutoff(now, this.retentionMonths);
    const { rows } = await this.pool.query('SELECT DISTINCT unit_id FROM decision_records WHERE at_ms < $1 AND recorded_ms < $1', [cutoff]);
    const result: PurgeResult = { cutoff: toCstInstant(cutoff), removed: 0, units: 0, skipped: [] };
    for (const { unit_id: unitId } of rows as { unit_id: string }[]) {
      const check = await this.verify(unitId);
      if (!check.ok) {
        result.skipped.push({ unitId, reason: check.reason });
        continue;
      }
      const removed = await this.tx(async (c) => {
        await lockUnit(c, unitId);
        const young = await c.query('SELECT MIN(position) AS p FROM decision_records WHERE unit_id = $1 AND NOT (at_ms < $2 AND recorded_ms < $2)', [unitId, cutoff]);
        const upto = young.rows[0].p !== null ? Number(young.rows[0].p) - 1 : Number((await c.query('SELECT MAX(position) AS p FROM decision_records WHERE unit_id = $1', [unitId])).rows[0].p);
        const last = await c.query(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = $1 AND position = $2`, [unitId, upto]);
        if (!last.rows[0]) return 0;
        const row = rowOf(last.rows[0]);
        await c.query('INSERT INTO record_purge_permit (unit_id) VALUES ($1)', [unitId]);
        const deleted = await c.query('DELETE FROM decision_records WHERE unit_id = $1 AND position <= $2', [unitId, upto]);
        await c.query('DELETE FROM record_purge_permit WHERE unit_id = $1', [unitId]);
        await c.query('INSERT INTO record_checkpoints (unit_id, position, lifetime, seq, hash, purged, purged_ms) VALUES ($1, $2, $3, $4, $5, $6, $7)', [unitId, row.position, row.lifetime, row.seq, row.hash, deleted.rowCount ?? 0, now]);
        return deleted.rowCount ?? 0;
      });
      if (removed > 0) {
        result.removed += removed;
        result.units++;
      }
    }
    return result;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  private async tx<T>(body: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const result = await body(c);
      await c.query('COMMIT');
      return result;
    } catch (err) {
      await c.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      c.release();
    }
  }

  private async head(c: pg.PoolClient, unitId: string) {
    return headOf((await c.query('SELECT lifetime, seq, position, hash FROM record_heads WHERE unit_id = $1', [unitId])).rows[0]);
  }

  private async checkpoint(c: pg.PoolClient, unitId: string) {
    return headOf((await c.query('SELECT lifetime, seq, position, hash FROM record_checkpoints WHERE unit_id = $1 ORDER BY position DESC LIMIT 1', [unitId])).rows[0]);
  }
}

/** one writer per unit at a time, across workers (released at commit) */
async function lockUnit(c: pg.PoolClient, unitId: string): Promise<void> {
  await c.query("SELECT pg_advisory_xact_lock(hashtextextended('leqi-record:' || $1, 0))", [unitId]);
}
