import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventSignal } from '../../contract/index.js';
import { advanceTo, applicationFor, approve, auditOf, freshUscc, latestRun, officer, rejection, send, settle, startHarness, state, submit, unitActor, type Harness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ continueAsNewAfterEvents: 40 });
});
afterEach(async () => {
  await h.close();
});

const APPROVED = '2027-03-15T10:00:00+08:00';

describe('contract: bad commands are rejected and change nothing', () => {
  it('InvalidCommand lists every bad field; Forbidden names the role; IllegalTransition names the phase and rule', async () => {
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, freshUscc());
    const before = await state(handle);

    const invalid = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: officer, termEndsOn: '2029-02-30', baseConcurrency: -5, extra: 1 }));
    expect(invalid.type).toBe('InvalidCommand');
    for (const field of ['opinion', 'termEndsOn', 'baseConcurrency', 'extra']) expect(invalid.message).toContain(field);

    const unknown = await rejection(send(handle, { type: 'MAKE_COFFEE', actor: officer }));
    expect(unknown).toMatchObject({ type: 'InvalidCommand' });
    expect(unknown.message).toContain('unknown command type');

    const forbidden = await rejection(send(handle, { type: 'APPROVE_APPLICATION', actor: unitActor, opinion: '自己批准' }));
    expect(forbidden.type).toBe('Forbidden');
    expect(forbidden.message).toContain('officer');

    const illegal = await rejection(send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor }));
    expect(illegal.type).toBe('IllegalTransition');
    expect(illegal.message).toContain('underReview');
    expect(illegal.message).toContain('P-REN-01');

    const pastEnd = await rejection(approve(handle, { termEndsOn: '2027-03-01' }));
    expect(pastEnd.type).toBe('IllegalTransition');
    expect(pastEnd.message).toContain('2027-03-01');

    // a resubmission of the same application to a unit under review is illegal, not a new unit
    const twice = await rejection(send(handle, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(before.unitId) }));
    expect(twice.type).toBe('IllegalTransition');

    // rejected updates leave no trace: same state, no new audit entry, the workflow runs on
    expect(await state(handle)).toEqual(before);
    expect((await auditOf(handle)).filter((e) => e.kind === 'command')).toHaveLength(1);
    expect((await latestRun(h, handle).describe()).status.name).toBe('RUNNING');
  });

  it('contract: an illegal signal is recorded in the audit as rejected and changes nothing', async () => {
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, freshUscc());
    const before = await state(handle);
    await handle.signal(eventSignal, { type: 'APPROVE_RENEWAL', actor: officer, opinion: 'x', extendsTo: '2031-01-01' });
    await handle.signal(eventSignal, { nonsense: true });
    await settle(h);
    const rejected = (await auditOf(handle)).filter((e) => e.outcome === 'rejected');
    expect(rejected.map((e) => [e.command, e.reason?.split(':')[0]])).toEqual([
      ['APPROVE_RENEWAL', 'IllegalTransition'],
      ['(no type)', 'InvalidCommand'],
    ]);
    expect(await state(handle)).toEqual(before);
    // a legal signal is applied like the update
    await handle.signal(eventSignal, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
    await settle(h);
    expect((await state(handle)).phase).toBe('active');
  });

  it('contract: a repeated requestId is applied once and answered replayed: true with the current summary', async () => {
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await advanceTo(h, '2028-10-01T09:00:00+08:00');
    const first = await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, requestId: 'bo-42' });
    await advanceTo(h, '2028-10-02T09:00:00+08:00');
    const again = await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, requestId: 'bo-42' });
    expect(first.replayed).toBeUndefined();
    // the current summary (its decision ages counted at the answer's instant), marked
    const { replayed, pendingDecisions, ...current } = again;
    expect(replayed).toBe(true);
    expect(pendingDecisions.map((p) => p.ageDays)).toEqual([1]);
    const { pendingDecisions: _, ...queried } = await state(handle);
    expect(current).toEqual(queried);
    const applied = (await auditOf(handle)).filter((e) => e.command === 'REQUEST_RENEWAL');
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ requestId: 'bo-42', ruleId: 'P-REN-01' });
    // without the requestId the same command is now illegal
    expect((await rejection(send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor }))).type).toBe('IllegalTransition');
  });
});

describe('durability: continue-as-new in the middle of a term', () => {
  it('loses no deadline and no audit entry (policy continueAsNewAfterEvents forces it)', async () => {
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    const runs = new Set<string>();
    runs.add((await latestRun(h, handle).describe()).runId);
    // many commands in the middle of the term push the history past the policy's limit
    for (let i = 0; i < 12; i++) {
      await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 90 - i, reason: `调整 ${i}` });
      runs.add((await latestRun(h, handle).describe()).runId);
    }
    expect(runs.size).toBeGreaterThan(1);

    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    const s = await state(handle);
    expect(s.phase).toBe('terminated');
    const audit = await auditOf(handle);
    expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => i + 1));
    expect(audit.filter((e) => e.command === 'SET_CONCURRENCY')).toHaveLength(12);
    // the officer's level replaced the ladder, so its steps only remind; every deadline fired on its date
    expect(audit.filter((e) => e.kind === 'deadline' && ['DEADLINE:renewalReminder', 'DEADLINE:throttleStep', 'DEADLINE:termEnd', 'DEADLINE:renewalUndecided'].includes(e.command)).map((e) => [e.command, e.at])).toEqual([
      ['DEADLINE:renewalReminder', '2028-11-15T00:00:00+08:00'],
      ['DEADLINE:renewalReminder', '2028-12-08T00:00:00+08:00'],
      ['DEADLINE:throttleStep', '2028-12-16T00:00:00+08:00'],
      ['DEADLINE:throttleStep', '2029-01-15T00:00:00+08:00'],
      ['DEADLINE:throttleStep', '2029-02-15T00:00:00+08:00'],
      ['DEADLINE:termEnd', '2029-03-16T00:00:00+08:00'],
    ]);
    expect(s.termination).toMatchObject({ ruleId: 'T-03' });
  });
});

describe('T-10, contract: a closed record and a new application', () => {
  it('ARCHIVE completes the run with its final summary; the enterprise may then apply again under the same id, as a new lifetime', async () => {
    await advanceTo(h, APPROVED);
    const uscc = freshUscc();
    const { handle } = await submit(h, uscc);
    await approve(handle);
    await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开' });
    const refused = await rejection(send(handle, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(uscc) }));
    expect(refused.type).toBe('IllegalTransition');
    expect(refused.message).toContain('ARCHIVE');
    const firstRun = (await latestRun(h, handle).describe()).runId;
    await send(handle, { type: 'ARCHIVE', actor: officer, reason: '已归档' });
    const final = await latestRun(h, handle).result();
    expect(final).toMatchObject({ phase: 'terminated', closed: true, termination: { ruleId: 'S-08' } });

    const again = await submit(h, uscc);
    expect(again.state.phase).toBe('underReview');
    expect((await latestRun(h, handle).describe()).runId).not.toBe(firstRun);
    // the new lifetime's audit starts afresh; its notice ids are scoped to it
    expect((await auditOf(latestRun(h, handle) as never)).filter((e) => e.kind === 'command').map((e) => e.command)).toEqual(['SUBMIT_APPLICATION']);
    await settle(h);
    const ids = h.notices.filter((n) => n.template === 'applicationReceived').map((n) => n.noticeId);
    expect(new Set(ids).size).toBe(2);
  });
});
