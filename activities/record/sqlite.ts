/** The embedded decision record: one SQLite file (better-sqlite3), WAL, serialized appends. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { toCstInstant } from '../../machines/calendar.js';
import { ApplicationFailure } from '@temporalio/common';
import type { DecisionRecord, RecordRefusal } from '../types.js';
import { ChainVerifier, planAppend, type Row, type Verification } from './chain.js';
import { MIN_RETENTION_MONTHS, purgeCutoff } from './retention.js';
import { COLUMNS, filterSql, headOf, pageOf, pageSize, rowOf, rowValues, type AppendOutcome, type DecisionStore, type PurgeResult, type RecordFilter, type RecordPage } from './store.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS decision_records (
  unit_id TEXT NOT NULL, lifetime TEXT NOT NULL, seq INTEGER NOT NULL CHECK (seq > 0), position INTEGER NOT NULL,
  at TEXT NOT NULL, at_ms INTEGER NOT NULL, kind TEXT NOT NULL, actor TEXT NOT NULL, command TEXT NOT NULL,
  from_phase TEXT NOT NULL, to_phase TEXT NOT NULL, rule_id TEXT NOT NULL, outcome TEXT NOT NULL, reason TEXT, request_id TEXT, policy TEXT,
  payload TEXT NOT NULL, payload_digest TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, recorded_ms INTEGER NOT NULL,
  PRIMARY KEY (unit_id, lifetime, seq), UNIQUE (unit_id, position)
);
CREATE INDEX IF NOT EXISTS decision_records_rule ON decision_records (rule_id, at_ms);
CREATE INDEX IF NOT EXISTS decision_records_at ON decision_records (at_ms, unit_id, position);
CREATE TABLE IF NOT EXISTS record_heads (unit_id TEXT PRIMARY KEY, lifetime TEXT NOT NULL, seq INTEGER NOT NULL, position INTEGER NOT NULL, hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS record_checkpoints (
  unit_id TEXT NOT NULL, position INTEGER NOT NULL, lifetime TEXT NOT NULL, seq INTEGER NOT NULL, hash TEXT NOT NULL,
  purged INTEGER NOT NULL, purged_ms INTEGER NOT NULL, PRIMARY KEY (unit_id, position)
);
-- a row here, inside the purge's own transaction, is the only way a record row may be deleted
CREATE TABLE IF NOT EXISTS record_purge_permit (unit_id TEXT PRIMARY KEY);
CREATE TRIGGER IF NOT EXISTS decision_records_no_update BEFORE UPDATE ON decision_records
BEGIN SELECT RAISE(ABORT, 'decision_records is append-only (UPDATE refused)'); END;
CREATE TRIGGER IF NOT EXISTS decision_records_no_delete BEFORE DELETE ON decision_records
WHEN NOT EXISTS (SELECT 1 FROM record_purge_permit WHERE unit_id = OLD.unit_id)
BEGIN SELECT RAISE(ABORT, 'decision_records is append-only (DELETE refused outside the retention purge)'); END;
CREATE TRIGGER IF NOT EXISTS record_checkpoints_no_change BEFORE UPDATE ON record_checkpoints
BEGIN SELECT RAISE(ABORT, 'record_checkpoints is append-only'); END;
CREATE TRIGGER IF NOT EXISTS record_checkpoints_no_delete BEFORE DELETE ON record_checkpoints
BEGIN SELECT RAISE(ABORT, 'record_checkpoints is append-only'); END;
`;

export interface SqliteOptions {
  /** a file path, or ':memory:' */
  path: string;
  retentionMonths?: number;
  /** the clock of `recordedAt` and of the purge (tests move it) */
  now?: () => number;
}

export class SqliteDecisionStore implements DecisionStore {
  readonly dialect = 'sqlite' as const;
  readonly retentionMonths: number;
  /** the open database, for tests and tools that inspect it */
  readonly db: Database.Database;
  private readonly now: () => number;
  private readonly statements = new Map<string, Database.Statement>();
  private readonly putOne: Database.Transaction<(record: DecisionRecord) => AppendOutcome>;
  private readonly putAll: Database.Transaction<(records: DecisionRecord[]) => RecordRefusal[]>;

  constructor({ path, retentionMonths = MIN_RETENTION_MONTHS, now = Date.now }: SqliteOptions) {
    if (retentionMonths < MIN_RETENTION_MONTHS) throw new Error(`retention must be at least ${MIN_RETENTION_MONTHS} months`);
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    this.db = new Database(path);
    this.db.pragma('busy_timeout = 10000');
    if (path !== ':memory:') this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = FULL');
    this.db.exec(SCHEMA);
    // issue 18: a record created before policy versions gains the column (its rows keep null, their hashes hold)
    const columns = this.db.prepare("SELECT name FROM pragma_table_info('decision_records')").all() as { name: string }[];
    if (!columns.some((c) => c.name === 'policy')) this.db.exec('ALTER TABLE decision_records ADD COLUMN policy TEXT');
    this.retentionMonths = retentionMonths;
    this.now = now;
    // one entry (a savepoint when inside `putAll`)
    this.putOne = this.db.transaction((record: DecisionRecord): AppendOutcome => {
      const existing = this.stmt(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = ? AND lifetime = ? AND seq = ?`).get(record.unitId, record.lifetime, record.entry.seq) as Record<string, unknown> | undefined;
      const plan = planAppend(record, { existing: existing ? rowOf(existing) : null, head: this.head(record.unitId), checkpoint: this.checkpoint(record.unitId), now: this.now() });
      if (plan.kind === 'duplicate') return 'duplicate';
      this.stmt(`INSERT INTO decision_records (${COLUMNS}) VALUES (${COLUMNS.split(',').map(() => '?').join(', ')})`).run(...rowValues(plan.row));
      const h = plan.head;
      this.stmt('INSERT INTO record_heads (unit_id, lifetime, seq, position, hash) VALUES (?, ?, ?, ?, ?) ON CONFLICT (unit_id) DO UPDATE SET lifetime = excluded.lifetime, seq = excluded.seq, position = excluded.position, hash = excluded.hash').run(record.unitId, h.lifetime, h.seq, h.position, h.hash);
      return 'inserted';
    });

    this.putAll = this.db.transaction((records: DecisionRecord[]): RecordRefusal[] => {
      const refused: RecordRefusal[] = [];
      for (const record of records) {
        try {
          this.putOne(record);
        } catch (err) {
          if (!(err instanceof ApplicationFailure && err.nonRetryable)) throw err;
          refused.push({ seq: record.entry.seq, error: String(err) });
        }
      }
      return refused;
    });
  }

  async append(record: DecisionRecord): Promise<void> {
    await this.put(record);
  }

  async put(record: DecisionRecord): Promise<AppendOutcome> {
    // IMMEDIATE: two workers on one file serialize on the write lock, never on a stale read
    return this.putOne.immediate(record);
  }

  /**
   * Appends entries in the order given in one transaction, so a batch (one `recordDecisions`, a
   * workflow task's entries) costs one sync to disk instead of one per entry. Each entry is put as
   * `put` puts it, in its own savepoint: one the record refuses for good (`RecordConflict`) is
   * returned and the rest still go in; any other failure (e.g. `RecordOutOfOrder`) rolls the whole
   * batch back and is thrown, and the retry re-appends nothing twice.
   */
  async appendAll(records: DecisionRecord[]): Promise<RecordRefusal[]> {
    return this.putAll.immediate(records);
  }

  /** a prepared statement, compiled once per store */
  private stmt(sql: string): Database.Statement {
    let statement = this.statements.get(sql);
    if (!statement) this.statements.set(sql, (statement = this.db.prepare(sql)));
    return statement;
  }

  async records(filter: RecordFilter): Promise<RecordPage> {
    const limit = pageSize(filter.limit);
    const { where, order, params, perUnit } = filterSql(filter);
    const rows = this.db.prepare(`SELECT ${COLUMNS} FROM decision_records ${where} ${order} LIMIT ?`).all(...params, limit + 1) as Record<string, unknown>[];
    return pageOf(rows.map(rowOf), limit, perUnit);
  }

  async verify(unitId: string): Promise<Verification> {
    // one read transaction: a concurrent append never shows as a missing tail
    return this.db.transaction(() => {
      const verifier = new ChainVerifier(this.checkpoint(unitId), this.head(unitId));
      for (const raw of this.db.prepare(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = ? ORDER BY position`).iterate(unitId)) {
        if (!verifier.step(rowOf(raw as Record<string, unknown>))) break;
      }
      return verifier.finish();
    }).deferred();
  }

  async purge(now: number = this.now()): Promise<PurgeResult> {
    const cutoff = purgeCutoff(now, this.retentionMonths);
    const units = (this.db.prepare('SELECT DISTINCT unit_id FROM decision_records WHERE at_ms < ? AND recorded_ms < ?').all(cutoff, cutoff) as { unit_id: string }[]).map((r) => r.unit_id);
    const result: PurgeResult = { cutoff: toCstInstant(cutoff), removed: 0, units: 0, skipped: [] };
    for (const unitId of units) {
      const check = await this.verify(unitId);
      if (!check.ok) {
        result.skipped.push({ unitId, reason: check.reason });
        continue;
      }
      const removed = this.db.transaction(() => this.purgeUnit(unitId, cutoff, now)).immediate();
      if (removed > 0) {
        result.removed += removed;
        result.units++;
      }
    }
    return result;
  }

  async close(): Promise<void> {
    this.db.close();
  }

  /** removes the unit's oldest entries, a prefix of its chain, all older than the cutoff */
  private purgeUnit(unitId: string, cutoff: number, now: number): number {
    const young = this.db.prepare('SELECT MIN(position) AS p FROM decision_records WHERE unit_id = ? AND NOT (at_ms < ? AND recorded_ms < ?)').get(unitId, cutoff, cutoff) as { p: number | null };
    const upto = young.p !== null ? young.p - 1 : (this.db.prepare('SELECT MAX(position) AS p FROM decision_records WHERE unit_id = ?').get(unitId) as { p: number }).p;
    const last = this.db.prepare(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = ? AND position = ?`).get(unitId, upto) as Record<string, unknown> | undefined;
    if (!last) return 0;
    const row: Row = rowOf(last);
    this.db.prepare('INSERT INTO record_purge_permit (unit_id) VALUES (?)').run(unitId);
    const { changes } = this.db.prepare('DELETE FROM decision_records WHERE unit_id = ? AND position <= ?').run(unitId, upto);
    this.db.prepare('DELETE FROM record_purge_permit WHERE unit_id = ?').run(unitId);
    this.db.prepare('INSERT INTO record_checkpoints (unit_id, position, lifetime, seq, hash, purged, purged_ms) VALUES (?, ?, ?, ?, ?, ?, ?)').run(unitId, row.position, row.lifetime, row.seq, row.hash, changes, now);
    return changes;
  }

  private head(unitId: string) {
    return headOf(this.stmt('SELECT lifetime, seq, position, hash FROM record_heads WHERE unit_id = ?').get(unitId) as Record<string, unknown> | undefined);
  }

  private checkpoint(unitId: string) {
    return headOf(this.stmt('SELECT lifetime, seq, position, hash FROM record_checkpoints WHERE unit_id = ? ORDER BY position DESC LIMIT 1').get(unitId) as Record<string, unknown> | undefined);
  }
}

