/**
 * Bounded carried state, with figures (dev server, real time): a unit with many using units
 * driven through thousands of commands — updates with request ids and rejected signals — and
 * several continue-as-new keeps answering; what travels across continue-as-new and the largest
 * single payload grow with the number of using units, not with the number of commands.
 * LEQI_SIZE_USING_UNITS / LEQI_SIZE_COMMANDS change the scale: `npm test` runs 200 using units
 * through 400 commands (minutes on two shared cores); `npm run size` runs the full 200 × 5,000.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationWith } from '../../bench/size.js';
import { eventSignal } from '../../contract/index.js';
import { approve, freshUscc, officer, send, startHarness, state, submit, type Harness } from '../support/harness.js';

const USING_UNITS = Number(process.env.LEQI_SIZE_USING_UNITS ?? 200);
const COMMANDS = Number(process.env.LEQI_SIZE_COMMANDS ?? 400);
const LIMIT = 512 * 1024;

let h: Harness;
beforeAll(async () => {
  // forced continue-as-new as well as Temporal's own suggestion, so every size is crossed several times
  h = await startHarness({ continueAsNewAfterEvents: COMMANDS >= 4000 ? 2000 : 300 }, { devServer: true });
});
afterAll(async () => {
  await h.close();
});

/** every run of a workflow (visibility lists continued-as-new runs too), with the size of its start input */
async function carriedInputs(workflowId: string): Promise<{ runId: string; bytes: number }[]> {
  const runs: { runId: string; bytes: number }[] = [];
  for await (const run of h.env.client.workflow.list({ query: `WorkflowId = "${workflowId}"` })) {
    const page = await h.env.client.workflowService.getWorkflowExecutionHistory({ namespace: 'default', execution: { workflowId, runId: run.runId }, maximumPageSize: 1 });
    const input = page.history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data?.length ?? 0;
    runs.push({ runId: run.runId, bytes: input });
  }
  return runs;
}

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

describe('bounded carried state', () => {
  it(`contract/durability: ${USING_UNITS} using units through ${COMMANDS} commands (half rejected signals) and several continue-as-new keep answering; carried input and payloads stay under 512 KB`, async () => {
    const uscc = freshUscc();
    const { handle, state: submitted } = await submit(h, uscc, applicationWith(USING_UNITS, uscc));
    expect(submitted.phase).toBe('underReview');
    let largestAnswer = JSON.stringify(await approve(handle)).length;
    let answered = 0;
    let sizeAtHalf = 0;
    const started = Date.now();
    for (let i = 0; i < COMMANDS; i += 10) {
      // 5 rejected signals (REQUEST_RENEWAL is the unit's, not the officer's: Forbidden), then 5 updates
      await Promise.all(Array.from({ length: 5 }, (_, k) => handle.signal(eventSignal, { type: 'REQUEST_RENEWAL', actor: officer, requestId: `sig-${i + k}` })));
      for (let k = 5; k < 10; k++) {
        const answer = await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 50 + ((i + k) % 50), reason: `负载 ${i + k}`, requestId: `set-${i + k}` });
        largestAnswer = Math.max(largestAnswer, JSON.stringify(answer).length);
        answered++;
      }
      if (i + 10 === COMMANDS / 2) sizeAtHalf = Math.max(...(await carriedInputs(handle.workflowId)).map((r) => r.bytes));
    }
    const s = await state(h.env.client.workflow.getHandle(handle.workflowId) as typeof handle);
    expect(s.concurrency.limit).toBe(50 + ((COMMANDS - 1) % 50));
    expect(answered).toBe(COMMANDS / 2);
    const runs = await carriedInputs(handle.workflowId);
    const largestCarried = Math.max(...runs.map((r) => r.bytes));
    console.log(`size: ${USING_UNITS} using units, ${COMMANDS} commands in ${((Date.now() - started) / 1000).toFixed(0)} s, ${runs.length} runs; largest carried input ${kb(largestCarried)} (${kb(sizeAtHalf)} after half the commands); largest answer ${kb(largestAnswer)}`);
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(largestCarried).toBeLessThan(LIMIT);
    expect(largestAnswer).toBeLessThan(LIMIT);
    // bounded by the windows (1,000 audit entries, 1,000 request ids), not by the number of commands: once
    // they are full (after 2,000 commands) only the backlog of effects not yet performed (decision-record
    // entries waiting for their activity) still varies, with the command rate, not the count
    if (COMMANDS >= 4000) expect(largestCarried).toBeLessThan(sizeAtHalf * 1.5);
  }, Math.max(180_000, COMMANDS * 400));
});
