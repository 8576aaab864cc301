import { ApplicationFailure } from '@temporalio/common';
import { afterEach, describe, expect, it } from 'vitest';
import { GENESIS, purgeCutoff, type DecisionStore } from '../../activities/record/index.js';
import { toCstInstant } from '../../machines/calendar.js';
import { backends, rec, requirePostgresInCi } from './support.js';

requirePostgresInCi();

const U = '91510100MA6CEXA01F';
const V = '91510100MA6CEXC03H';

async function failure(promise: Promise<unknown>): Promise<ApplicationFailure> {
  try {
    await promise;
  } catch (err) {
    expect(err).toBeInstanceOf(ApplicationFailure);
    return err as ApplicationFailure;
  }
  throw new Error('expected a failure');
}

async function count(store: DecisionStore, unitId: string): Promise<number> {
  return (await store.records({ unitId, limit: 5000 })).records.length;
}

describe.each(backends)('decision record on $name', (backend) => {
  let store: DecisionStore;
  afterEach(async () => {
    await backend.drop(store);
  });

  async function seed(n: number, unitId = U, lifetime = 'run-1'): Promise<void> {
    for (let seq = 1; seq <= n; seq++) await store.append(rec(unitId, lifetime, seq, {}, seq % 2 ? { type: 'SET_CONCURRENCY', limit: seq, reason: '测试' } : null));
  }

  it('O-14: appends chain per unit, from the genesis hash, and verify walks the chain', async () => {
    store = await backend.open();
    await seed(5);
    await seed(2, V);
    const { records } = await store.records({ unitId: U });
    expect(records.map((r) => [r.entry.seq, r.position])).toEqual([1, 2, 3, 4, 5].map((n) => [n, n]));
    expect(records[0]!.prevHash).toBe(GENESIS);
    for (let i = 1; i < records.length; i++) expect(records[i]!.prevHash).toBe(records[i - 1]!.hash);
    expect(records[0]!.payload).toEqual({ type: 'SET_CONCURRENCY', limit: 1, reason: '测试' });
    expect(records[0]!.entry).toEqual(rec(U, 'run-1', 1, {}, {}).entry);
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 5, head: { lifetime: 'run-1', seq: 5, position: 5, hash: records[4]!.hash }, purgedUpTo: 0 });
    expect(await store.verify(V)).toMatchObject({ ok: true, count: 2 });
    expect(await store.verify('91510100MA6CEXD04J')).toEqual({ ok: true, count: 0, head: null, purgedUpTo: 0 });
  });

  it('a retried append writes no duplicate; different content under the same key is refused for good', async () => {
    store = await backend.open();
    await seed(3);
    expect(await store.put(rec(U, 'run-1', 2))).toBe('duplicate');
    expect(await store.put(rec(U, 'run-1', 3, {}, { type: 'SET_CONCURRENCY', limit: 3, reason: '测试' }))).toBe('duplicate');
    // key order of the payload does not matter (canonical JSON)
    expect(await store.put(rec(U, 'run-1', 3, {}, { reason: '测试', limit: 3, type: 'SET_CONCURRENCY' }))).toBe('duplicate');
    expect(await count(store, U)).toBe(3);
    const changed = await failure(store.append(rec(U, 'run-1', 2, { ruleId: 'T-04' })));
    expect(changed).toMatchObject({ type: 'RecordConflict', nonRetryable: true });
    const otherPayload = await failure(store.append(rec(U, 'run-1', 3, {}, { type: 'SET_CONCURRENCY', limit: 99, reason: '测试' })));
    expect(otherPayload.type).toBe('RecordConflict');
    expect(await count(store, U)).toBe(3);
    expect((await store.verify(U)).ok).toBe(true);
  });

  it('an entry whose predecessor is not stored yet is refused for now (retryable), then accepted in order', async () => {
    store = await backend.open();
    await seed(2);
    const early = await failure(store.append(rec(U, 'run-1', 4)));
    expect(early).toMatchObject({ type: 'RecordOutOfOrder', nonRetryable: false });
    expect(early.message).toContain('arrived before seq 3');
    await failure(store.append(rec(V, 'run-9', 2))); // nothing of V yet
    await store.append(rec(U, 'run-1', 3));
    expect(await store.put(rec(U, 'run-1', 4))).toBe('inserted');
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 4 });
  });

  it('T-10: a new lifetime (a new application after ARCHIVE) continues the unit’s chain from seq 1', async () => {
    store = await backend.open();
    await seed(3, U, 'run-1');
    await seed(2, U, 'run-2');
    const { records } = await store.records({ unitId: U });
    expect(records.map((r) => `${r.lifetime}#${r.entry.seq}@${r.position}`)).toEqual(['run-1#1@1', 'run-1#2@2', 'run-1#3@3', 'run-2#1@4', 'run-2#2@5']);
    expect(records[3]!.prevHash).toBe(records[2]!.hash);
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 5 });
  });

  it('rows are append-only: a plain UPDATE or DELETE is refused by the database', async () => {
    store = await backend.open();
    await seed(2);
    await expect(backend.exec(store, "UPDATE decision_records SET reason = 'x' WHERE unit_id = ?", [U])).rejects.toThrow(/append-only/);
    await expect(backend.exec(store, 'DELETE FROM decision_records WHERE unit_id = ?', [U])).rejects.toThrow(/append-only/);
    expect(await count(store, U)).toBe(2);
  });

  it('a tampered entry (changed in SQL) is found by verify, at its seq', async () => {
    store = await backend.open();
    await seed(6);
    expect(await backend.tamper(store, "UPDATE decision_records SET rule_id = 'S-07', outcome = 'rejected' WHERE unit_id = ? AND seq = 4", [U])).toBe(1);
    expect(await store.verify(U)).toMatchObject({ ok: false, count: 3, at: { lifetime: 'run-1', seq: 4, position: 4 }, reason: expect.stringContaining('changed') });
  });

  it('a tampered payload is found by its digest', async () => {
    store = await backend.open();
    await seed(3);
    await backend.tamper(store, `UPDATE decision_records SET payload = '{"type":"SET_CONCURRENCY","limit":100,"reason":"测试"}' WHERE unit_id = ? AND seq = 3`, [U]);
    expect(await store.verify(U)).toMatchObject({ ok: false, at: { seq: 3 }, reason: expect.stringContaining('payload changed') });
  });

  it('an entry rewritten with a freshly computed hash is found: its successor chained to the old one', async () => {
    store = await backend.open();
    await seed(4);
    // the intruder recomputes row 2's hash after changing it; row 3 still names the old one
    const { hashOf } = await import('../../activities/record/chain.js');
    const { rowOf } = await import('../../activities/record/store.js');
    const raw = await rawRow(store, 2);
    const forged = { ...rowOf(raw), ruleId: 'S-08' };
    const { hash: _h, ...unhashed } = forged;
    await backend.tamper(store, 'UPDATE decision_records SET rule_id = ?, hash = ? WHERE unit_id = ? AND seq = 2', ['S-08', hashOf(unhashed), U]);
    expect(await store.verify(U)).toMatchObject({ ok: false, at: { seq: 2, position: 2 }, reason: expect.stringContaining('rewritten') });
  });

  it('a deleted entry is found, named by its lifetime and seq; a deleted tail is found against the unit’s head', async () => {
    store = await backend.open();
    await seed(5);
    await backend.tamper(store, 'DELETE FROM decision_records WHERE unit_id = ? AND seq = 3', [U]);
    expect(await store.verify(U)).toMatchObject({ ok: false, count: 2, at: { lifetime: 'run-1', seq: 3, position: 3 }, reason: expect.stringContaining('missing (removed)') });

    await seed(2, V);
    await backend.tamper(store, 'DELETE FROM decision_records WHERE unit_id = ? AND seq = 2', [V]);
    expect(await store.verify(V)).toMatchObject({ ok: false, count: 1, at: { lifetime: 'run-1', seq: 2, position: 2 }, reason: expect.stringContaining('missing (removed)') });
    // a retry of the removed entry does not paper over the hole
    expect(await failure(store.append(rec(V, 'run-1', 2)))).toMatchObject({ type: 'RecordConflict' });
  });

  it('queries by unit, by period (from inclusive, to exclusive), by rule id, across units, page by page', async () => {
    store = await backend.open();
    for (let seq = 1; seq <= 6; seq++) await store.append(rec(U, 'run-1', seq, { at: `2027-0${seq}-10T09:00:00+08:00`, ruleId: seq % 2 ? 'T-02' : 'T-04' }));
    for (let seq = 1; seq <= 3; seq++) await store.append(rec(V, 'run-7', seq, { at: `2027-0${seq * 2}-10T09:00:00+08:00`, ruleId: 'T-04' }));
    const seqs = (page: { records: { unitId: string; entry: { seq: number } }[] }) => page.records.map((r) => `${r.unitId === U ? 'U' : 'V'}${r.entry.seq}`);
    expect(seqs(await store.records({ unitId: U, ruleId: 'T-04' }))).toEqual(['U2', 'U4', 'U6']);
    expect(seqs(await store.records({ unitId: U, from: Date.parse('2027-02-10T09:00:00+08:00'), to: Date.parse('2027-04-10T09:00:00+08:00') }))).toEqual(['U2', 'U3']);
    expect(seqs(await store.records({ ruleId: 'T-04', from: Date.parse('2027-04-01T00:00:00+08:00') }))).toEqual(['U4', 'V2', 'U6', 'V3']);
    const first = await store.records({ ruleId: 'T-04', limit: 3 });
    expect(seqs(first)).toEqual(['U2', 'V1', 'U4']);
    expect(first.next).not.toBeNull();
    const second = await store.records({ ruleId: 'T-04', limit: 3, after: first.next! });
    expect(seqs(second)).toEqual(['V2', 'U6', 'V3']);
    expect(second.next).toBeNull();
    const p1 = await store.records({ unitId: U, limit: 4 });
    expect(seqs(await store.records({ unitId: U, limit: 4, after: p1.next! }))).toEqual(['U5', 'U6']);
    await expect(store.records({ after: 'nonsense' })).rejects.toThrow(/cursor/);
  });

  it('T-10/O-14: the retention job spares records younger than 6 months, removes older ones, and verification still passes', async () => {
    let clock = Date.parse('2025-01-31T10:00:00+08:00');
    store = await backend.open({ now: () => clock });
    const at = (ms: number) => toCstInstant(ms);
    // U: three entries on 2025-01-31, two on 2025-03-01; V: one on 2025-01-31
    for (let seq = 1; seq <= 3; seq++) await store.append(rec(U, 'run-1', seq, { at: at(clock) }));
    await store.append(rec(V, 'run-5', 1, { at: at(clock) }));
    clock = Date.parse('2025-03-01T10:00:00+08:00');
    for (let seq = 4; seq <= 5; seq++) await store.append(rec(U, 'run-1', seq, { at: at(clock) }));

    // kept through 2025-07-31 (T-10's example): nothing goes on that day
    const kept = await store.purge(Date.parse('2025-07-31T23:59:59+08:00'));
    expect(kept).toMatchObject({ removed: 0, units: 0, skipped: [] });
    expect(await count(store, U)).toBe(5);

    clock = Date.parse('2025-08-01T00:00:00+08:00');
    const purged = await store.purge();
    expect(purged).toMatchObject({ cutoff: '2025-02-01T00:00:00+08:00', removed: 4, units: 2, skipped: [] });
    expect((await store.records({ unitId: U })).records.map((r) => r.entry.seq)).toEqual([4, 5]);
    expect(await count(store, V)).toBe(0);
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 2, purgedUpTo: 3, head: { seq: 5, position: 5 } });
    expect(await store.verify(V)).toMatchObject({ ok: true, count: 0, purgedUpTo: 1, head: { seq: 1 } });

    // the chain goes on after a purge; a late retry of a purged entry is a no-op
    await store.append(rec(U, 'run-1', 6, { at: at(clock) }));
    expect(await store.put(rec(U, 'run-1', 2, { at: '2025-01-31T10:00:00+08:00' }))).toBe('duplicate');
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 3 });

    // a change next to the checkpoint is still found
    await backend.tamper(store, "UPDATE decision_records SET reason = 'edited' WHERE unit_id = ? AND seq = 4", [U]);
    expect(await store.verify(U)).toMatchObject({ ok: false, at: { seq: 4 } });
    // and a unit whose chain is broken is not purged (that would hide the break)
    const later = await store.purge(Date.parse('2026-01-01T00:00:00+08:00'));
    expect(later.skipped).toEqual([{ unitId: U, reason: expect.stringContaining('changed') }]);
    expect(await count(store, U)).toBe(3);
  });

  it('T-10: a retention under 6 months is refused', async () => {
    store = await backend.open();
    await expect(backend.open({ retentionMonths: 5 })).rejects.toThrow(/at least 6/);
    expect(() => purgeCutoff(Date.now(), 3)).toThrow(/at least 6/);
  });

  it('issue 18/O-14: the policy version an entry names is recorded, returned and covered by the hash', async () => {
    store = await backend.open();
    await store.append(rec(U, 'run-1', 1));
    await store.append(rec(U, 'run-1', 2, { policy: 'sc-2027-01' }));
    const { records } = await store.records({ unitId: U });
    expect(records.map((r) => r.entry.policy)).toEqual([undefined, 'sc-2027-01']);
    expect(await store.put(rec(U, 'run-1', 2, { policy: 'sc-2027-01' }))).toBe('duplicate');
    expect(await failure(store.append(rec(U, 'run-1', 2, { policy: 'sc-2028-01' })))).toMatchObject({ type: 'RecordConflict' });
    expect(await store.verify(U)).toMatchObject({ ok: true, count: 2 });
    await backend.tamper(store, "UPDATE decision_records SET policy = 'default' WHERE unit_id = ? AND seq = 2", [U]);
    expect(await store.verify(U)).toMatchObject({ ok: false, at: { seq: 2 }, reason: expect.stringContaining('changed') });
  });

  async function rawRow(s: DecisionStore, seq: number): Promise<Record<string, unknown>> {
    const { COLUMNS } = await import('../../activities/record/store.js');
    if (backend.name === 'sqlite') return (s as import('../../activities/record/index.js').SqliteDecisionStore).db.prepare(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = ? AND seq = ?`).get(U, seq) as Record<string, unknown>;
    return (await (s as import('../../activities/record/index.js').PostgresDecisionStore).pool.query(`SELECT ${COLUMNS} FROM decision_records WHERE unit_id = $1 AND seq = $2`, [U, seq])).rows[0];
  }
});

describe('T-10: the purge cutoff', () => {
  it('keeps a record 6 calendar months (month-end clamped) and at least 180 days, to the end of the CST day', () => {
    const cut = (now: string, months = 6) => toCstInstant(purgeCutoff(Date.parse(now), months));
    // made 2025-01-31: kept through 2025-07-31
    expect(cut('2025-07-31T23:59:59+08:00')).toBe('2025-01-31T00:00:00+08:00');
    expect(cut('2025-08-01T00:00:00+08:00')).toBe('2025-02-01T00:00:00+08:00');
    // made 2024-08-31: 6 months end 2025-02-28 (clamped), 180 days 2025-02-27; kept through the later
    expect(cut('2025-03-01T00:00:00+08:00')).toBe('2024-09-01T00:00:00+08:00');
    expect(cut('2026-01-01T00:00:00+08:00', 12)).toBe('2025-01-01T00:00:00+08:00');
  });
});

describe('issue 18/O-14: a SQLite record made before policy versions', () => {
  it('gains the policy column when opened; its old rows still verify and new entries carry their version', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { SqliteDecisionStore } = await import('../../activities/record/index.js');
    const dir = mkdtempSync(join(tmpdir(), 'leqi-record-'));
    try {
      const path = join(dir, 'record.db');
      const old = new SqliteDecisionStore({ path });
      for (let seq = 1; seq <= 3; seq++) await old.append(rec(U, 'run-1', seq));
      // the shape of a record written before this change: no policy column
      old.db.exec('ALTER TABLE decision_records DROP COLUMN policy');
      await old.close();
      const reopened = new SqliteDecisionStore({ path });
      expect(await reopened.verify(U)).toMatchObject({ ok: true, count: 3 });
      await reopened.append(rec(U, 'run-1', 4, { policy: 'sc-2027-01' }));
      expect((await reopened.records({ unitId: U })).records.map((r) => r.entry.policy ?? null)).toEqual([null, null, null, 'sc-2027-01']);
      expect(await reopened.verify(U)).toMatchObject({ ok: true, count: 4 });
      await reopened.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('issue 19/O-14: a batch of entries in one SQLite transaction (appendAll, one recordDecisions)', () => {
  it('appends in order as one transaction; an entry refused for good is reported and the rest go in; a retry appends nothing twice; an out-of-order batch rolls back whole', async () => {
    const { SqliteDecisionStore } = await import('../../activities/record/index.js');
    const store = new SqliteDecisionStore({ path: ':memory:' });
    try {
      expect(await store.appendAll([1, 2, 3].map((seq) => rec(U, 'run-1', seq)))).toEqual([]);
      expect((await store.records({ unitId: U })).records.map((r) => r.entry.seq)).toEqual([1, 2, 3]);
      expect(await store.verify(U)).toMatchObject({ ok: true, count: 3 });

      // seq 2 again with other content (RecordConflict, for good), seq 3 again as it was (a retry), 4 and 5 new
      const refused = await store.appendAll([rec(U, 'run-1', 2, { ruleId: 'T-04' }), rec(U, 'run-1', 3), rec(U, 'run-1', 4), rec(U, 'run-1', 5)]);
      expect(refused).toEqual([{ seq: 2, error: expect.stringContaining('already recorded with different content') }]);
      expect((await store.records({ unitId: U })).records.map((r) => r.entry.seq)).toEqual([1, 2, 3, 4, 5]);

      // 8 while 7 is missing: retryable, and nothing of the batch stays (one transaction: 6 is not written either)
      await expect(store.appendAll([rec(U, 'run-1', 6), rec(U, 'run-1', 8)])).rejects.toMatchObject({ type: 'RecordOutOfOrder', nonRetryable: false });
      expect((await store.records({ unitId: U })).records.map((r) => r.entry.seq)).toEqual([1, 2, 3, 4, 5]);
      expect(await store.verify(U)).toMatchObject({ ok: true, count: 5 });
    } finally {
      await store.close();
    }
  });
});
