/** The decision record's interface, shared by the SQLite (embedded) and PostgreSQL (production) stores. */
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { DecisionLog, DecisionRecord } from '../types.js';
import { entryOf, type Row, type Verification } from './chain.js';

export type { Verification } from './chain.js';

/** One entry as the record holds it: the audit entry, its place in the unit's chain and its hashes. */
export interface StoredRecord {
  unitId: string;
  lifetime: string;
  position: number;
  entry: AuditEntry;
  payload: unknown;
  payloadDigest: string;
  prevHash: string;
  hash: string;
  /** when the record was written (the purge counts from the later of this and `entry.at`) */
  recordedAt: string;
}

/** Filters, all optional and ANDed; `from` inclusive, `to` exclusive, both on `entry.at`. */
export interface RecordFilter {
  unitId?: string;
  ruleId?: string;
  from?: number;
  to?: number;
  /** at most this many (default 500, at most 5000) */
  limit?: number;
  /** the `next` cursor of the previous page */
  after?: string;
}

/** A page in chain order for one unit, in time order (then unit, position) across units. */
export interface RecordPage {
  records: StoredRecord[];
  /** pass as `after` for the next page; null on the last */
  next: string | null;
}

export interface PurgeResult {
  /** records made before this instant (and older than the retention) were eligible */
  cutoff: string;
  removed: number;
  units: number;
  /** units whose chain is broken are not purged (that would hide the break) */
  skipped: { unitId: string; reason: string }[];
}

export type AppendOutcome = 'inserted' | 'duplicate';

/** An append-only, idempotent, hash-chained log of decisions (O-14, T-10, O-21, E-DCU-11). */
export interface DecisionStore extends DecisionLog {
  readonly dialect: 'sqlite' | 'postgres';
  readonly retentionMonths: number;
  append(record: DecisionRecord): Promise<void>;
  /** `append`, telling whether the entry was new or a retry's duplicate */
  put(record: DecisionRecord): Promise<AppendOutcome>;
  records(filter: RecordFilter): Promise<RecordPage>;
  /** walks the unit's chain; the first broken entry (changed or removed) when there is one */
  verify(unitId: string): Promise<Verification>;
  /** removes what is older than the retention, keeping a checkpoint so verification still holds */
  purge(now?: number): Promise<PurgeResult>;
  close(): Promise<void>;
}

export const DEFAULT_PAGE = 500;
export const MAX_PAGE = 5000;

export function pageSize(limit: number | undefined): number {
  if (limit === undefined) return DEFAULT_PAGE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE) throw new RangeError(`limit must be 1–${MAX_PAGE}`);
  return limit;
}

/** the sort key a cursor resumes after: [position] for one unit, [atMs, unitId, position] across units */
export type Cursor = [number] | [number, string, number];

export function encodeCursor(row: Row, perUnit: boolean): string {
  const key: Cursor = perUnit ? [row.position] : [row.atMs, row.unitId, row.position];
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export class BadCursor extends Error {
  override name = 'BadCursor';
}

export function decodeCursor(after: string | undefined, perUnit: boolean): Cursor | null {
  if (after === undefined) return null;
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
  } catch {
    throw new BadCursor('after: not a cursor of this listing');
  }
  const ok = Array.isArray(key) && (perUnit ? key.length === 1 && Number.isInteger(key[0]) : key.length === 3 && Number.isInteger(key[0]) && typeof key[1] === 'string' && Number.isInteger(key[2]));
  if (!ok) throw new BadCursor('after: not a cursor of this listing');
  return key as Cursor;
}

export function storedOf(row: Row): StoredRecord {
  return {
    unitId: row.unitId,
    lifetime: row.lifetime,
    position: row.position,
    entry: entryOf(row),
    payload: JSON.parse(row.payload),
    payloadDigest: row.payloadDigest,
    prevHash: row.prevHash,
    hash: row.hash,
    recordedAt: new Date(row.recordedMs).toISOString(),
  };
}

/** SQL shared by both dialects: the filter's WHERE and ORDER BY, with `?` placeholders. */
export function filterSql(filter: RecordFilter): { where: string; order: string; params: unknown[]; perUnit: boolean } {
  const perUnit = filter.unitId !== undefined;
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, ...values: unknown[]): void => {
    clauses.push(sql);
    params.push(...values);
  };
  if (filter.unitId !== undefined) add('unit_id = ?', filter.unitId);
  if (filter.ruleId !== undefined) add('rule_id = ?', filter.ruleId);
  if (filter.from !== undefined) add('at_ms >= ?', filter.from);
  if (filter.to !== undefined) add('at_ms < ?', filter.to);
  const cursor = decodeCursor(filter.after, perUnit);
  if (cursor?.length === 1) add('position > ?', cursor[0]);
  if (cursor?.length === 3) add('(at_ms > ? OR (at_ms = ? AND (unit_id > ? OR (unit_id = ? AND position > ?))))', cursor[0], cursor[0], cursor[1], cursor[1], cursor[2]);
  return {
    where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '',
    order: perUnit ? 'ORDER BY position' : 'ORDER BY at_ms, unit_id, position',
    params,
    perUnit,
  };
}

/** a page from `limit + 1` rows */
export function pageOf(rows: Row[], limit: number, perUnit: boolean): RecordPage {
  const more = rows.length > limit;
  const shown = more ? rows.slice(0, limit) : rows;
  return { records: shown.map(storedOf), next: more ? encodeCursor(shown[shown.length - 1]!, perUnit) : null };
}

export const COLUMNS = 'unit_id, lifetime, seq, position, at, at_ms, kind, actor, command, from_phase, to_phase, rule_id, outcome, reason, request_id, policy, payload, payload_digest, prev_hash, hash, recorded_ms';

/** a row's values in COLUMNS order */
export function rowValues(r: Row): unknown[] {
  return [r.unitId, r.lifetime, r.seq, r.position, r.at, r.atMs, r.kind, r.actor, r.command, r.from, r.to, r.ruleId, r.outcome, r.reason, r.requestId, r.policy, r.payload, r.payloadDigest, r.prevHash, r.hash, r.recordedMs];
}

/** a database row (snake_case; PostgreSQL's bigint arrives as a string) → Row */
export function rowOf(r: Record<string, unknown>): Row {
  return {
    unitId: r.unit_id as string,
    lifetime: r.lifetime as string,
    seq: Number(r.seq),
    position: Number(r.position),
    at: r.at as string,
    atMs: Number(r.at_ms),
    kind: r.kind as Row['kind'],
    actor: r.actor as string,
    command: r.command as string,
    from: r.from_phase as string,
    to: r.to_phase as string,
    ruleId: r.rule_id as string,
    outcome: r.outcome as Row['outcome'],
    reason: (r.reason as string | null) ?? null,
    requestId: (r.request_id as string | null) ?? null,
    policy: (r.policy as string | null | undefined) ?? null,
    payload: r.payload as string,
    payloadDigest: r.payload_digest as string,
    prevHash: r.prev_hash as string,
    hash: r.hash as string,
    recordedMs: Number(r.recorded_ms),
  };
}

export function headOf(r: Record<string, unknown> | undefined): { lifetime: string; seq: number; position: number; hash: string } | null {
  return r ? { lifetime: r.lifetime as string, seq: Number(r.seq), position: Number(r.position), hash: r.hash as string } : null;
}
