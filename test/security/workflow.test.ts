/**
 * Issue 14 on a real Temporal server (time-skipping): the authority check covers every client, the
 * Temporal CLI's raw update and signal too (finding 1), and a flood of illegal signals cannot grow
 * a unit's audit and decision record without bound (finding 4).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventSignal } from '../../contract/index.js';
import { auditOf, officer, rejection, send, settle, startHarness, state, submit, freshUscc, approve, type Harness } from '../support/harness.js';

const CAP = 5;
let h: Harness;

beforeAll(async () => {
  h = await startHarness({ rejectedSignalsPerDay: CAP });
});
afterAll(async () => {
  await h?.close();
});

describe('finding 1: authority in the workflow, for the Temporal CLI as for every client', () => {
  it('P-ONB-04/T-04: an officer of another authority, or without one, is Forbidden by update and rejected by signal; nothing applies', async () => {
    const { handle } = await submit(h, freshUscc());
    for (const actor of [{ role: 'officer', id: 'officer-x', authority: '15199999999' }, { role: 'officer', id: 'officer-y' }]) {
      const refused = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor, opinion: '同意' }));
      expect(refused.type).toBe('Forbidden');
      expect(refused.message).toContain('P-ONB-04');
    }
    expect((await state(handle)).phase).toBe('underReview');
    await approve(handle);
    await handle.signal(eventSignal, { type: 'SET_CONCURRENCY', actor: { role: 'officer', id: 'officer-x', authority: '15199999999' }, limit: 3, reason: '越权' });
    await settle(h);
    expect((await state(handle)).concurrency.limit).toBe(100);
    const entry = (await auditOf(handle)).find((e) => e.command === 'SET_CONCURRENCY');
    expect(entry).toMatchObject({ outcome: 'rejected', ruleId: 'T-04' });
    expect(entry?.reason).toMatch(/^Forbidden: .*not of 15199999999/);
    // the DCU's own officer still decides
    expect((await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载' })).concurrency.limit).toBe(80);
  });
});

describe('finding 4: a per-unit cap on rejected signals recorded in full', () => {
  it('O-14: beyond the cap, one counted summary entry per day; the audit and the record stay bounded', async () => {
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await settle(h);
    const before = (await auditOf(handle)).length;
    const flood = 40;
    for (let i = 0; i < flood; i++) await handle.signal(eventSignal, { type: 'APPROVE_APPLICATION', actor: { role: 'unit', id: 'unit-admin' }, opinion: `flood ${i}` });
    await settle(h);
    const added = (await auditOf(handle)).slice(before).filter((e) => e.outcome === 'rejected');
    expect(added.filter((e) => e.command === 'APPROVE_APPLICATION')).toHaveLength(CAP);
    const summaries = added.filter((e) => e.command === 'REJECTED_SIGNALS');
    expect(summaries).toHaveLength(1);
    expect(summaries[0]!.reason).toMatch(new RegExp(`^${flood - CAP} further rejected signal\\(s\\) on \\d{4}-\\d{2}-\\d{2} beyond ${CAP} a day`));
    // the decision record holds the entries recorded in full and the one summary, not one per signal
    const stored = await h.decisions.records({ unitId: handle.workflowId.slice('unit:'.length) });
    expect(stored.records.filter((r) => r.entry.outcome === 'rejected')).toHaveLength(CAP + 1);
  });
});
