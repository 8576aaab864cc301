/**
 * The pure core of the decision record: canonical rows, the per-unit hash chain, the append
 * plan (idempotent by unit, lifetime and sequence) and the verifier. Both stores share it.
 */
import { createHash } from 'node:crypto';
import { ApplicationFailure } from '@temporalio/common';
import type { DecisionRecord } from '../types.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';

/** prevHash of a unit's first entry */
export const GENESIS = '0'.repeat(64);

/** JSON with object keys sorted at every level and no whitespace: one text per value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sorted(value)) ?? 'null';
}

function sorted(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return sorted((value as { toJSON(): unknown }).toJSON());
  if (Array.isArray(value)) return value.map((v) => (v === undefined ? null : sorted(v)));
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) {
    const v = (value as Record<string, unknown>)[key];
    if (v !== undefined) out[key] = sorted(v);
  }
  return out;
}

export const sha256 = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** One stored entry, column for column (the same in SQLite and PostgreSQL). */
export interface Row {
  unitId: string;
  lifetime: string;
  seq: number;
  /** the entry's place in its unit's chain, 1, 2, … across lifetimes; never reused after a purge */
  position: number;
  at: string;
  atMs: number;
  kind: AuditEntry['kind'];
  /** canonical JSON of the actor */
  actor: string;
  command: string;
  from: string;
  to: string;
  ruleId: string;
  outcome: AuditEntry['outcome'];
  reason: string | null;
  requestId: string | null;
  /** issue 18: the policy version the unit followed (null for entries made before versions) */
  policy: string | null;
  /** canonical JSON of the payload ('null' for deadlines and notices) */
  payload: string;
  payloadDigest: string;
  prevHash: string;
  hash: string;
  recordedMs: number;
}

/** The last entry of a unit's chain (kept after a purge, so a removed tail is detected). */
export interface Head {
  lifetime: string;
  seq: number;
  position: number;
  hash: string;
}

/** Where verification starts after a purge: the last purged entry's place and hash. */
export type Checkpoint = Head;

/** What an entry says, without its place in the chain: equal contents make a retry a no-op. */
function content(row: Omit<Row, 'position' | 'prevHash' | 'hash' | 'recordedMs'>): Record<string, unknown> {
  return {
    unitId: row.unitId,
    lifetime: row.lifetime,
    seq: row.seq,
    at: row.at,
    kind: row.kind,
    actor: JSON.parse(row.actor),
    command: row.command,
    from: row.from,
    to: row.to,
    ruleId: row.ruleId,
    outcome: row.outcome,
    reason: row.reason,
    requestId: row.requestId,
    // absent rather than null, so the hashes of rows written before policy versions stay valid
    ...(row.policy !== null ? { policy: row.policy } : {}),
    payloadDigest: row.payloadDigest,
  };
}

/** hash = sha256(prevHash + canonical JSON of the row, payload by its digest) */
export function hashOf(row: Omit<Row, 'hash'>): string {
  return sha256(row.prevHash + canonicalJson({ ...content(row), position: row.position, recordedMs: row.recordedMs }));
}

/** The audit entry a row holds. */
export function entryOf(row: Row): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    kind: row.kind,
    actor: JSON.parse(row.actor) as AuditEntry['actor'],
    command: row.command,
    from: row.from,
    to: row.to,
    ruleId: row.ruleId,
    outcome: row.outcome,
    ...(row.reason !== null ? { reason: row.reason } : {}),
    ...(row.requestId !== null ? { requestId: row.requestId } : {}),
    ...(row.policy !== null ? { policy: row.policy } : {}),
  };
}

export type AppendPlan = { kind: 'duplicate' } | { kind: 'insert'; row: Row; head: Head };

/** What the record already holds around a new entry, read inside the append's transaction. */
export interface AppendContext {
  existing: Row | null;
  head: Head | null;
  checkpoint: Checkpoint | null;
  now: number;
}

/**
 * Decides an append: a retry with the same content is a duplicate (no-op); different content under
 * an existing key is refused for good (it would rewrite the record); an entry whose predecessor in
 * its lifetime is not stored yet is refused for now (retryable: the workflow sends in order).
 */
export function planAppend(record: DecisionRecord, ctx: AppendContext): AppendPlan {
  const { entry, unitId, lifetime } = record;
  if (!Number.isInteger(entry.seq) || entry.seq < 1) throw conflict(`seq must be a positive integer, got ${entry.seq}`);
  const atMs = Date.parse(entry.at);
  if (Number.isNaN(atMs)) throw conflict(`at is not an instant: ${entry.at}`);
  const payload = canonicalJson(record.payload ?? null);
  const fields = {
    unitId,
    lifetime,
    seq: entry.seq,
    at: entry.at,
    atMs,
    kind: entry.kind,
    actor: canonicalJson(entry.actor),
    command: entry.command,
    from: entry.from,
    to: entry.to,
    ruleId: entry.ruleId,
    outcome: entry.outcome,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
    policy: entry.policy ?? null,
    payload,
    payloadDigest: sha256(payload),
  };
  const key = `${unitId} lifetime ${lifetime} seq ${entry.seq}`;
  if (ctx.existing) {
    if (canonicalJson(content(ctx.existing)) === canonicalJson(content(fields))) return { kind: 'duplicate' };
    throw conflict(`${key} is already recorded with different content; the record is append-only`);
  }
  const { head } = ctx;
  if (head && head.lifetime === lifetime && head.seq >= entry.seq) {
    // the key is gone though the chain went past it: purged (a very late retry) or removed
    const cp = ctx.checkpoint;
    if (cp && cp.lifetime === lifetime && cp.seq >= entry.seq) return { kind: 'duplicate' };
    throw conflict(`${key} is missing from the record although later entries exist (removed?); run verify`);
  }
  const follows = entry.seq === 1 || (head !== null && head.lifetime === lifetime && head.seq === entry.seq - 1);
  if (!follows) {
    const where = head ? `lifetime ${head.lifetime} seq ${head.seq}` : 'nothing';
    throw ApplicationFailure.create({
      type: 'RecordOutOfOrder',
      message: `${key} arrived before seq ${entry.seq - 1}; the unit's record ends at ${where}`,
      nonRetryable: false,
    });
  }
  const position = (head?.position ?? 0) + 1;
  const unhashed = { ...fields, position, prevHash: head?.hash ?? GENESIS, recordedMs: ctx.now };
  const row: Row = { ...unhashed, hash: hashOf(unhashed) };
  return { kind: 'insert', row, head: { lifetime, seq: entry.seq, position, hash: row.hash } };
}

function conflict(message: string): ApplicationFailure {
  return ApplicationFailure.create({ type: 'RecordConflict', message, nonRetryable: true });
}

/** The first broken entry: its lifetime and sequence (of the missing one, when it can be told) and place. */
export interface BrokenAt {
  lifetime: string | null;
  seq: number | null;
  position: number;
}

export type Verification =
  | { ok: true; count: number; head: Head | null; purgedUpTo: number }
  | { ok: false; count: number; at: BrokenAt; reason: string };

/** Walks one unit's chain in position order; feed every row, then `finish()`. */
export class ChainVerifier {
  private prev: { lifetime: string; seq: number; position: number; hash: string } | null;
  private broken: { at: BrokenAt; reason: string } | null = null;
  private count = 0;

  constructor(
    private readonly checkpoint: Checkpoint | null,
    private readonly head: Head | null,
  ) {
    this.prev = checkpoint;
  }

  /** false once a break is found (the rest need not be read) */
  step(row: Row): boolean {
    if (this.broken) return false;
    const prev = this.prev;
    const expected = (prev?.position ?? 0) + 1;
    if (row.position > expected) {
      const sameLifetime = prev !== null && prev.lifetime === row.lifetime;
      return this.fail(
        { lifetime: sameLifetime ? row.lifetime : null, seq: sameLifetime ? prev.seq + 1 : null, position: expected },
        `entry at position ${expected}${row.position - expected > 1 ? `–${row.position - 1}` : ''} is missing (removed); the next stored entry is lifetime ${row.lifetime} seq ${row.seq}`,
      );
    }
    const at = { lifetime: row.lifetime, seq: row.seq, position: row.position };
    if (row.position < expected) return this.fail(at, `position ${row.position} is out of order (expected ${expected})`);
    let stored: unknown;
    try {
      stored = JSON.parse(row.payload);
    } catch {
      return this.fail(at, 'payload changed: not JSON');
    }
    if (sha256(canonicalJson(stored)) !== row.payloadDigest) return this.fail(at, 'payload changed: its digest does not match');
    if (Date.parse(row.at) !== row.atMs) return this.fail(at, 'entry changed: at_ms does not match at');
    const { hash, ...unhashed } = row;
    if (hashOf(unhashed) !== hash) return this.fail(at, 'entry changed: its hash does not match its content');
    if (row.prevHash !== (prev?.hash ?? GENESIS)) {
      if (!prev) return this.fail(at, 'entry changed: the first entry does not start the chain');
      const what = this.count === 0 && this.checkpoint ? 'the purge checkpoint changed' : 'entry changed: it was rewritten with a new hash';
      return this.fail({ lifetime: prev.lifetime, seq: prev.seq, position: prev.position }, `${what} (the next entry chained to another hash)`);
    }
    if (prev && prev.lifetime === row.lifetime ? row.seq !== prev.seq + 1 : row.seq !== 1) {
      return this.fail(at, `sequence broken: seq ${row.seq} follows ${prev ? `lifetime ${prev.lifetime} seq ${prev.seq}` : 'nothing'}`);
    }
    this.prev = { lifetime: row.lifetime, seq: row.seq, position: row.position, hash: row.hash };
    this.count++;
    return true;
  }

  finish(): Verification {
    if (!this.broken) {
      const prev = this.prev;
      const head = this.head;
      if (!head && prev) this.fail({ lifetime: prev.lifetime, seq: prev.seq, position: prev.position }, "the unit's head is missing");
      else if (head && (!prev || prev.position < head.position)) {
        const sameLifetime = prev !== null && prev.lifetime === head.lifetime;
        this.fail(
          { lifetime: sameLifetime ? head.lifetime : null, seq: sameLifetime ? prev.seq + 1 : null, position: (prev?.position ?? 0) + 1 },
          `entries after position ${prev?.position ?? 0} up to ${head.position} are missing (removed); the record ended at lifetime ${head.lifetime} seq ${head.seq}`,
        );
      } else if (head && prev && (prev.position !== head.position || prev.hash !== head.hash)) {
        this.fail({ lifetime: prev.lifetime, seq: prev.seq, position: prev.position }, "entry changed: the last entry's hash differs from the unit's head");
      }
    }
    if (this.broken) return { ok: false, count: this.count, ...this.broken };
    return { ok: true, count: this.count, head: this.head, purgedUpTo: this.checkpoint?.position ?? 0 };
  }

  private fail(at: BrokenAt, reason: string): false {
    this.broken = { at, reason };
    return false;
  }
}
