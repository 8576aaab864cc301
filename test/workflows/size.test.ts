/**
 * Bounded carried state, with figures (dev server, real time): a unit with many using units
 * driven through thousands of commands — updates with request ids and rejected signals — and
 * several continue-as-new keeps answering; what travels across continue-as-new and the largest
 * single payload grow with the number of using units, not with the number of commands.
 * It prints what the largest carried input holds, part by part. LEQI_SIZE_USING_UNITS /
 * LEQI_SIZE_COMMANDS change the scale: `npm test` runs 200 using units
 * through 400 commands (minutes on two shared cores); `npm run size` runs the full 200 × 5,000.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applicationWith } from '../../bench/size.js';
import { eventSignal } from '../../contract/index.js';
import { pack, unpack } from '../../workflows/pack.js';
import { AUDIT_CARRIED, type Carried } from '../../workflows/unit.js';
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

/** what a run's carried input holds, packed part by part (bytes), and its windows' lengths */
interface Breakdown {
  unit: number;
  audit: number;
  requests: number;
  pending: number;
  auditEntries: number;
  requestIds: number;
  pendingEffects: number;
}

/** every run of a workflow (visibility lists continued-as-new runs too), with the size of its start input and what it carried */
async function carriedInputs(workflowId: string): Promise<{ runId: string; bytes: number; parts: Breakdown | null }[]> {
  const runs: { runId: string; bytes: number; parts: Breakdown | null }[] = [];
  for await (const run of h.env.client.workflow.list({ query: `WorkflowId = "${workflowId}"` })) {
    const page = await h.env.client.workflowService.getWorkflowExecutionHistory({ namespace: 'default', execution: { workflowId, runId: run.runId }, maximumPageSize: 1 });
    const data = page.history?.events?.[0]?.workflowExecutionStartedEventAttributes?.input?.payloads?.[0]?.data;
    const packed = data ? (JSON.parse(Buffer.from(data).toString('utf8')) as { carried?: { packed?: string } }).carried?.packed : undefined;
    const carried = packed ? unpack<Carried>(packed) : null;
    const parts = carried && {
      unit: pack(carried.unit).length,
      audit: pack(carried.audit).length,
      requests: pack(carried.requests ?? []).length,
      pending: pack(carried.pending).length,
      auditEntries: carried.audit.length,
      requestIds: carried.requests?.length ?? 0,
      pendingEffects: carried.pending.length,
    };
    runs.push({ runId: run.runId, bytes: data?.length ?? 0, parts });
  }
  return runs;
}

/** the run that carried the most, and what it carried */
const largest = (runs: Awaited<ReturnType<typeof carriedInputs>>) => runs.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const shown = (p: Breakdown | null): string =>
  p ? `unit ${kb(p.unit)}, audit ${kb(p.audit)} (${p.auditEntries} entries), request ids ${kb(p.requests)} (${p.requestIds}), pending effects ${kb(p.pending)} (${p.pendingEffects})` : '(first run)';
/** what is bounded by the windows and the unit's size: everything but the backlog of effects not yet performed */
const windowed = (p: Breakdown | null): number => (p ? p.unit + p.audit + p.requests : 0);

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;

describe('bounded carried state', () => {
  it(`contract/durability: ${USING_UNITS} using units through ${COMMANDS} commands (half rejected signals) and several continue-as-new keep answering; carried input and payloads stay under 512 KB`, async () => {
    const uscc = freshUscc();
    const { handle, state: submitted } = await submit(h, uscc, applicationWith(USING_UNITS, uscc));
    expect(submitted.phase).toBe('underReview');
    let largestAnswer = JSON.stringify(await approve(handle)).length;
    let answered = 0;
    let halfRuns: Awaited<ReturnType<typeof carriedInputs>> = [];
    const started = Date.now();
    for (let i = 0; i < COMMANDS; i += 10) {
      // 5 rejected signals (REQUEST_RENEWAL is the unit's, not the officer's: Forbidden), then 5 updates
      await Promise.all(Array.from({ length: 5 }, (_, k) => handle.signal(eventSignal, { type: 'REQUEST_RENEWAL', actor: officer, requestId: `sig-${i + k}` })));
      for (let k = 5; k < 10; k++) {
        const answer = await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 50 + ((i + k) % 50), reason: `负载 ${i + k}`, requestId: `set-${i + k}` });
        largestAnswer = Math.max(largestAnswer, JSON.stringify(answer).length);
        answered++;
      }
      if (i + 10 === COMMANDS / 2) halfRuns = await carriedInputs(handle.workflowId);
    }
    const s = await state(h.env.client.workflow.getHandle(handle.workflowId) as typeof handle);
    expect(s.concurrency.limit).toBe(50 + ((COMMANDS - 1) % 50));
    expect(answered).toBe(COMMANDS / 2);
    const runs = await carriedInputs(handle.workflowId);
    const top = largest(runs);
    const atHalf = halfRuns.length ? largest(halfRuns) : null;
    const maxWindowed = (rs: typeof runs): number => Math.max(0, ...rs.map((r) => windowed(r.parts)));
    const largestCarried = top.bytes;
    console.log(
      `size: ${USING_UNITS} using units, ${COMMANDS} commands in ${((Date.now() - started) / 1000).toFixed(0)} s, ${runs.length} runs; largest answer ${kb(largestAnswer)}\n` +
        `  largest carried input ${kb(largestCarried)}: ${shown(top.parts)}\n` +
        `  after half the commands ${kb(atHalf?.bytes ?? 0)}: ${shown(atHalf?.parts ?? null)}\n` +
        `  bounded part (unit + audit + request ids), largest: ${kb(maxWindowed(halfRuns))} after half, ${kb(maxWindowed(runs))} at the end`,
    );
    expect(runs.length).toBeGreaterThanOrEqual(3);
    expect(largestCarried).toBeLessThan(LIMIT);
    expect(largestAnswer).toBeLessThan(LIMIT);
    // the windows: at most AUDIT_CARRIED audit entries and the policy's request ids travel, whatever the count
    for (const r of runs) {
      expect(r.parts?.auditEntries ?? 0).toBeLessThanOrEqual(AUDIT_CARRIED);
      expect(r.parts?.requestIds ?? 0).toBeLessThanOrEqual(1000);
    }
    // once both windows are full (1,000 audit entries, 1,000 request ids: after about 2,000 of these
    // commands) what travels stops growing with the count; the one part that varies is the backlog of
    // effects not yet performed (decision-record entries waiting for their activity), which follows
    // the command rate against the activities' pace, not the number of commands
    if (COMMANDS >= 4000) expect(maxWindowed(runs)).toBeLessThan(maxWindowed(halfRuns) * 1.1);
  }, Math.max(180_000, COMMANDS * 400));
});
