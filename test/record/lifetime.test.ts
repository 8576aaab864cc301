import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionStore, StoredRecord } from '../../activities/record/index.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import { eventSignal } from '../../contract/index.js';
import { advanceTo, approve, auditOf, freshUscc, latestRun, officer, send, settle, startHarness, submit, unitActor, type Harness, type UnitHandle } from '../support/harness.js';
import { backends, requirePostgresInCi } from './support.js';

requirePostgresInCi();

/**
 * an audit entry as the record keeps it: without `addressedTo`, a read-scope tag (which using units'
 * tokens read a notice's entry, client/scope.ts); the record keeps who received it in `reason`
 */
function recorded({ addressedTo: _addressedTo, ...entry }: AuditEntry): AuditEntry {
  return entry;
}

/** every entry of the unit, once the record has caught up with the audit trail */
async function caughtUp(h: Harness, store: DecisionStore, handle: UnitHandle): Promise<StoredRecord[]> {
  for (let i = 0; ; i++) {
    const audit = await auditOf(latestRun(h, handle) as UnitHandle);
    const { records } = await store.records({ unitId: handle.workflowId.replace(/^unit:/, ''), limit: 5000 });
    if (records.length >= audit.length || i > 50) return records;
    await settle(h);
  }
}

describe.each(backends)('the decision record of a full lifetime, on $name', (backend) => {
  let h: Harness;
  let store: DecisionStore;
  beforeAll(async () => {
    store = await backend.open();
    h = await startHarness({}, { decisions: store });
  });
  afterAll(async () => {
    await h?.close();
    if (store) await backend.drop(store);
  });

  it('O-14/T-10: matches the audit query entry for entry, across continue-as-new, and verifies', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const uscc = freshUscc();
    const { handle } = await submit(h, uscc);
    const firstRun = (await handle.describe()).runId;
    await approve(handle, { requestId: 'approve-1' });
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '网络波动', requestId: 'limit-1' });
    // a repeated requestId is answered once and recorded once
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '网络波动', requestId: 'limit-1' });
    // an illegal signal is recorded as rejected, with the payload as sent
    await handle.signal(eventSignal, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '再次同意' });
    // deadlines fire: the renewal reminder (term end − 4 months) and the due-date reminder
    await advanceTo(h, '2028-12-10T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, reason: '继续使用' });
    await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意延续', extendsTo: '2031-03-15' });
    // the new term starts a new run (continue-as-new): same lifetime, the chain goes on
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    await settle(h);

    const audit = await auditOf(latestRun(h, handle) as UnitHandle);
    const records = await caughtUp(h, store, handle);
    expect(records.map((r) => r.entry)).toEqual(audit.map(recorded));
    expect(new Set(audit.map((e) => e.kind))).toEqual(new Set(['command', 'deadline', 'notice']));
    expect(audit.filter((e) => e.command === 'SET_CONCURRENCY')).toHaveLength(1);
    expect(audit.some((e) => e.outcome === 'rejected')).toBe(true);
    expect(audit.some((e) => e.command === 'DEADLINE:termEnd')).toBe(true);

    expect((await latestRun(h, handle).describe()).runId).not.toBe(firstRun);
    expect(new Set(records.map((r) => r.lifetime))).toEqual(new Set([firstRun]));
    expect(records.map((r) => r.position)).toEqual(audit.map((e) => e.seq));
    // commands carry their payload; deadlines and notices none
    const approval = records.find((r) => r.entry.command === 'APPROVE_RENEWAL')!;
    expect(approval.payload).toMatchObject({ type: 'APPROVE_RENEWAL', extendsTo: '2031-03-15', actor: officer });
    expect(records.filter((r) => r.entry.kind !== 'command').every((r) => r.payload === null)).toBe(true);
    const rejected = records.find((r) => r.entry.outcome === 'rejected')!;
    expect(rejected.payload).toMatchObject({ type: 'APPROVE_APPLICATION', opinion: '再次同意' });

    expect(await store.verify(uscc)).toMatchObject({ ok: true, count: audit.length, head: { lifetime: firstRun, seq: audit.length } });
    // by rule across units
    const t05 = await store.records({ ruleId: 'T-05' });
    expect(t05.records.map((r) => r.entry)).toEqual(audit.filter((e) => e.ruleId === 'T-05').map(recorded));
  });
});
