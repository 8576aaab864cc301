/**
 * Contract: request ids and the start argument. A repeated requestId is applied once and answered
 * `replayed: true` with the current summary; the same id for another command is `RequestIdReused`;
 * a workflow started with a bad argument fails at once with `InvalidStart`.
 */
import { WorkflowFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprint, judgeRequest, prune, remember, type RequestRecord } from '../../machines/unit/requests.js';
import { eventSignal, WORKFLOW_TYPE } from '../../contract/index.js';
import { unpack } from '../../workflows/pack.js';
import { advanceTo, approve, auditOf, freshUscc, officer, rejection, send, settle, startHarness, state, submit, unitActor, type Harness } from '../support/harness.js';

// Queries go to settled units only: on the time-skipping server a query that reaches a run while
// its continue-as-new task is in flight is never answered (docs/testing.md).
let h: Harness;
beforeAll(async () => {
  h = await startHarness({ continueAsNewAfterEvents: 30 });
});
afterAll(async () => {
  await h.close();
});

describe('contract: requestId', () => {
  it('RequestIdReused: an id already used for APPROVE_APPLICATION is refused for SET_CONCURRENCY, and nothing is applied', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle, { requestId: 'bo-1' });
    await settle(h);
    const before = await state(handle);
    const reused = await rejection(send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 20, reason: '调整', requestId: 'bo-1' }));
    expect(reused.type).toBe('RequestIdReused');
    expect(reused.message).toContain('APPROVE_APPLICATION');
    await settle(h);
    expect(await state(handle)).toEqual(before);
    // the same command from another actor, or with another body, is another command too
    expect((await rejection(approve(handle, { requestId: 'bo-1', actor: { ...officer, id: 'officer-li' } }))).type).toBe('RequestIdReused');
    expect((await rejection(approve(handle, { requestId: 'bo-1', opinion: '另一意见' }))).type).toBe('RequestIdReused');
    // the identical command replays: nothing applied, the current summary, marked
    const replay = await approve(handle, { requestId: 'bo-1' });
    expect(replay).toEqual({ ...before, replayed: true });
    await settle(h);
    expect((await auditOf(handle)).filter((e) => e.command === 'APPROVE_APPLICATION')).toHaveLength(1);
  });

  it('RequestIdReused as a signal: recorded as rejected, nothing applied', async () => {
    await advanceTo(h, '2027-03-16T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle, { requestId: 'bo-2' });
    await handle.signal(eventSignal, { type: 'SET_CONCURRENCY', actor: officer, limit: 20, reason: '调整', requestId: 'bo-2' });
    await settle(h);
    const entry = (await auditOf(handle)).find((e) => e.command === 'SET_CONCURRENCY');
    expect(entry).toMatchObject({ outcome: 'rejected', requestId: 'bo-2' });
    expect(entry?.reason).toMatch(/^RequestIdReused:/);
    expect((await state(handle)).concurrency.limit).toBe(100);
  });

  it('replayed: request ids are remembered across continue-as-new (compact records, not stored answers)', async () => {
    await advanceTo(h, '2027-03-17T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    for (let i = 0; i < 15; i++) await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 90 - i, reason: `调整 ${i}`, requestId: `set-${i}` });
    const runs = await h.env.client.workflow.getHandle(handle.workflowId).describe();
    expect(runs.runId).not.toBe(runs.raw.workflowExecutionInfo?.firstRunId);
    const replay = await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 90, reason: '调整 0', requestId: 'set-0' });
    expect(replay.replayed).toBe(true);
    expect(replay.concurrency.limit).toBe(76);
    expect((await rejection(send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 5, reason: 'x', requestId: 'set-3' }))).type).toBe('RequestIdReused');
    // the carried input (packed) holds no summary: only compact records
    const history = await h.env.client.workflow.getHandle(handle.workflowId).fetchHistory();
    const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
    const input = JSON.parse(Buffer.from(started!.input!.payloads![0]!.data!).toString('utf8'));
    const carried = unpack<{ answers?: unknown; requests: unknown[] }>(input.carried.packed);
    expect(carried.answers).toBeUndefined();
    expect(carried.requests[0]).toEqual({ requestId: 'set-0', fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), type: 'SET_CONCURRENCY', outcome: 'applied', ruleId: expect.any(String), seq: expect.any(Number), at: expect.any(String) });
  });

  it('the window keeps the last N requests and none older than its days (pure)', () => {
    const records = new Map<string, RequestRecord>();
    const window = { count: 3, days: 90 };
    const at = (day: number) => new Date(Date.UTC(2027, 0, day)).toISOString().replace('Z', '+00:00');
    for (let i = 1; i <= 5; i++) remember(records, { requestId: `r${i}`, fingerprint: fingerprint({ type: 'X', i }), type: 'X', outcome: 'applied', ruleId: 'T-01', seq: i, at: at(i) }, window);
    expect([...records.keys()]).toEqual(['r3', 'r4', 'r5']);
    prune(records, at(5 + 90), window);
    expect([...records.keys()]).toEqual(['r5']);
    expect(judgeRequest(records, { type: 'X', i: 5, requestId: 'r5' }).kind).toBe('replay');
    expect(judgeRequest(records, { type: 'X', i: 6, requestId: 'r5' }).kind).toBe('reused');
    expect(judgeRequest(records, { type: 'X', i: 6, requestId: 'r6' }).kind).toBe('new');
    // key order does not change the fingerprint
    expect(fingerprint({ type: 'X', actor: { id: 'a', role: 'officer' }, a: 1, b: { c: 2, d: 3 } })).toBe(fingerprint({ b: { d: 3, c: 2 }, a: 1, actor: { role: 'officer', id: 'a' }, type: 'X' }));
  });
});

describe('contract: InvalidStart', () => {
  async function startFailure(workflowId: string, arg: unknown): Promise<ApplicationFailure> {
    const handle = await h.env.client.workflow.start(WORKFLOW_TYPE, { workflowId, taskQueue: h.taskQueue, args: [arg] });
    const err = await handle.result().then(() => null, (e: unknown) => e);
    expect(err).toBeInstanceOf(WorkflowFailedError);
    const cause = (err as WorkflowFailedError).cause;
    expect(cause).toBeInstanceOf(ApplicationFailure);
    return cause as ApplicationFailure;
  }

  it('InvalidStart: an empty argument, a bad USCC or an id that is not unit:<unitId> fails the workflow at once', async () => {
    const uscc = freshUscc();
    const empty = await startFailure(`unit:${uscc}`, {});
    expect(empty).toMatchObject({ type: 'InvalidStart', nonRetryable: true });
    expect(empty.message).toContain('unitId');
    expect((await startFailure('unit:MISMATCH', { unitId: uscc })).message).toContain('unit:MISMATCH');
    expect((await startFailure(`unit:${uscc}x`, { unitId: `${uscc}x` })).message).toContain('USCC');
    const other = freshUscc();
    expect((await startFailure(`unit:${other}`, { unitId: uscc })).type).toBe('InvalidStart');
    // a good start still runs and answers
    const { state: s } = await submit(h, freshUscc());
    expect(s.phase).toBe('underReview');
  });
});
