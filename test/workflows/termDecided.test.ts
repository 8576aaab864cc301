/**
 * Issue 12, faults 1 and 8 through the real workflow under time skipping. The test server's clock
 * starts today and only moves forward, so the dates are shifted by the same term: approved
 * 2027-03-15 (term ends 2029-03-15, renewal due 2028-12-15), default policy. The pure engine tests
 * (test/machines/term.test.ts) use the issue's own dates.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, approvedUnit, auditOf, officer, rejection, send, settle, state, unitActor, type Harness, startHarness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const APPROVED = '2027-03-15T10:00:00+08:00';

describe('issue 12 fault 1 (workflow): a unit that must end ends', () => {
  it('T-03, A2.R3: a request undecided at term end, rejected 4 days after the last day → terminated at once, limit 0', async () => {
    const handle = await approvedUnit(h, APPROVED);
    await advanceTo(h, '2028-12-01T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    await advanceTo(h, '2029-03-19T09:00:00+08:00');
    expect((await state(handle)).phase).toBe('active');
    expect(h.notices.filter((n) => n.template === 'renewalUndecided').map((n) => n.at)).toEqual(['2029-03-16T00:00:00+08:00', '2029-03-17T00:00:00+08:00', '2029-03-18T00:00:00+08:00', '2029-03-19T00:00:00+08:00']);
    const rejected = await send(handle, { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期' });
    // old main: phase 'active' with no deadline, still active in 2030
    expect(rejected.phase).toBe('terminated');
    expect(rejected.termination).toMatchObject({ ruleId: 'T-03', at: '2029-03-19T09:00:00+08:00' });
    expect(rejected.concurrency.limit).toBe(0);
    expect((await auditOf(handle)).find((e) => e.command === 'REJECT_RENEWAL')).toMatchObject({ ruleId: 'T-03', from: 'active', to: 'terminated' });
    expect((await rejection(send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor }))).type).toBe('IllegalTransition');
    await settle(h);
    expect(h.limits.map((l) => l.limit)).toEqual([100, 0]);
    // the visibility index shows it too (issue 12 fault 12: LeqiConcurrencyLimit was 100)
    const described = await h.env.client.workflow.getHandle(handle.workflowId).describe();
    expect(described.searchAttributes.LeqiConcurrencyLimit).toEqual([0]);
  });
});

describe('issue 12 fault 8 (workflow): an officer’s level does not switch the ladder off', () => {
  it('T-04, S-03: SET_CONCURRENCY 80 (平台负载), no request → 50, 25, 10 on the ladder’s days (2028-12-16, 2029-01-15, 02-15)', async () => {
    const handle = await approvedUnit(h, APPROVED);
    await advanceTo(h, '2027-05-15T09:00:00+08:00');
    expect((await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载' })).concurrency.limit).toBe(80);
    const limits: number[] = [];
    for (const day of ['2028-12-16', '2029-01-15', '2029-02-15']) {
      await advanceTo(h, `${day}T00:00:01+08:00`);
      limits.push((await state(handle)).concurrency.limit);
    }
    // old main: 80, 80, 80
    expect(limits).toEqual([50, 25, 10]);
    expect(h.limits.map((l) => l.limit)).toEqual([100, 80, 50, 25, 10]);
  });
});
