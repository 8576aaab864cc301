/**
 * The sent-notice record: one row per copy of a notice, keyed by notice id and address, that
 * keeps a retried notice (an activity retry, a restarted worker, several workers) from being sent
 * twice. Sending is an atomic check-and-set: `claim` takes the copy (or reports it sent, or taken
 * by another attempt) in one statement, the SMTP send follows, and `record` marks it sent.
 *
 * The window that remains: a worker that dies after the mail server accepted a copy and before
 * `record` leaves a claim that expires after the lease (the activity's start-to-close and a half,
 * the unit's policy `noticeTimeoutSeconds`: 3 minutes by default; 3 minutes outside an activity);
 * the retry then sends that copy again, with the same Message-ID, so mail clients show it once.
 */
import { mkdirSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

export interface SentNotice {
  noticeId: string;
  to: string;
  messageId: string;
  unitId: string;
  template: string;
  ruleId: string;
  /** the instant the server accepted it (host clock, ISO) */
  sentAt: string;
  /** the server's reply, e.g. `250 OK: queued` */
  response: string;
}

/** `claimed`: send it, then `record` (or `release` on failure); `sent`: skip; `busy`: another attempt holds it, retry later */
export type Claim = { kind: 'claimed'; token: string } | { kind: 'sent'; entry: SentNotice } | { kind: 'busy'; since: string };

export interface SentNotices {
  /**
   * atomically takes a copy for sending (address compared case-insensitively); `leaseMs` (default:
   * the store's) is how long the claim blocks other attempts without a `record`
   */
  claim(noticeId: string, to: string, leaseMs?: number): Promise<Claim>;
  /** marks a claimed copy sent */
  record(entry: SentNotice, token: string): Promise<void>;
  /** gives a claim back after a failed send, so a retry may take it at once */
  release(noticeId: string, to: string, token: string): Promise<void>;
  find(noticeId: string, to: string): Promise<SentNotice | undefined>;
  close(): Promise<void>;
}

/** how long a claim without a `record` blocks other attempts (ms); longer than sendNotice's start-to-close */
export const DEFAULT_CLAIM_LEASE_MS = 3 * 60_000;

const keyOf = (noticeId: string, to: string): string => `${noticeId}\n${to.toLowerCase()}`;

/** In memory: tests, and activities built without a store. */
export function memorySentNotices(leaseMs = DEFAULT_CLAIM_LEASE_MS, now: () => number = Date.now): SentNotices {
  const rows = new Map<string, { token: string; claimedMs: number; entry: SentNotice | null }>();
  return {
    async claim(noticeId, to, lease = leaseMs) {
      const key = keyOf(noticeId, to);
      const row = rows.get(key);
      if (row?.entry) return { kind: 'sent', entry: row.entry };
      if (row && row.claimedMs > now() - lease) return { kind: 'busy', since: new Date(row.claimedMs).toISOString() };
      const token = randomUUID();
      rows.set(key, { token, claimedMs: now(), entry: null });
      return { kind: 'claimed', token };
    },
    async record(entry, token) {
      rows.set(keyOf(entry.noticeId, entry.to), { token, claimedMs: now(), entry });
    },
    async release(noticeId, to, token) {
      const key = keyOf(noticeId, to);
      if (rows.get(key)?.token === token && !rows.get(key)?.entry) rows.delete(key);
    },
    async find(noticeId, to) {
      return rows.get(keyOf(noticeId, to))?.entry ?? undefined;
    },
    async close() {},
  };
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sent_notices (
  notice_id TEXT NOT NULL, address TEXT NOT NULL, status TEXT NOT NULL CHECK (status IN ('sending', 'sent')),
  token TEXT NOT NULL, claimed_ms INTEGER NOT NULL, entry TEXT,
  PRIMARY KEY (notice_id, address)
);`;

export interface SqliteSentNoticesOptions {
  /** a file path (several workers on one host may share it), or ':memory:' */
  path: string;
  leaseMs?: number;
  now?: () => number;
}

/**
 * The record in SQLite (better-sqlite3, WAL): the primary key makes the claim atomic across
 * connections and processes. Opening it creates the directory, so a bad path fails at start-up.
 */
export function sqliteSentNotices({ path, leaseMs = DEFAULT_CLAIM_LEASE_MS, now = Date.now }: SqliteSentNoticesOptions): SentNotices {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('busy_timeout = 10000');
  if (path !== ':memory:') db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const insert = db.prepare(`INSERT INTO sent_notices (notice_id, address, status, token, claimed_ms) VALUES (?, ?, 'sending', ?, ?) ON CONFLICT DO NOTHING`);
  // takes over a claim whose lease ran out: compare-and-set on the old token
  const takeOver = db.prepare(`UPDATE sent_notices SET token = ?, claimed_ms = ? WHERE notice_id = ? AND address = ? AND status = 'sending' AND token = ? AND claimed_ms <= ?`);
  const read = db.prepare<[string, string], { status: string; token: string; claimed_ms: number; entry: string | null }>(`SELECT status, token, claimed_ms, entry FROM sent_notices WHERE notice_id = ? AND address = ?`);
  const markSent = db.prepare(`INSERT INTO sent_notices (notice_id, address, status, token, claimed_ms, entry) VALUES (?, ?, 'sent', ?, ?, ?)
    ON CONFLICT (notice_id, address) DO UPDATE SET status = 'sent', entry = excluded.entry, claimed_ms = excluded.claimed_ms`);
  const remove = db.prepare(`DELETE FROM sent_notices WHERE notice_id = ? AND address = ? AND token = ? AND status = 'sending'`);

  function claim(noticeId: string, to: string, lease: number): Claim {
    const address = to.toLowerCase();
    const token = randomUUID();
    const at = now();
    if (insert.run(noticeId, address, token, at).changes === 1) return { kind: 'claimed', token };
    const row = read.get(noticeId, address);
    if (!row) return claim(noticeId, to, lease); // released meanwhile
    if (row.status === 'sent') return { kind: 'sent', entry: JSON.parse(row.entry!) as SentNotice };
    if (takeOver.run(token, at, noticeId, address, row.token, at - lease).changes === 1) return { kind: 'claimed', token };
    return { kind: 'busy', since: new Date(row.claimed_ms).toISOString() };
  }

  return {
    async claim(noticeId, to, lease = leaseMs) {
      return claim(noticeId, to, lease);
    },
    async record(entry, token) {
      markSent.run(entry.noticeId, entry.to.toLowerCase(), token, now(), JSON.stringify(entry));
    },
    async release(noticeId, to, token) {
      remove.run(noticeId, to.toLowerCase(), token);
    },
    async find(noticeId, to) {
      const row = read.get(noticeId, to.toLowerCase());
      return row?.status === 'sent' ? (JSON.parse(row.entry!) as SentNotice) : undefined;
    },
    async close() {
      db.close();
    },
  };
}
