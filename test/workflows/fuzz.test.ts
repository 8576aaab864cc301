/**
 * Fuzzing through the workflow (time-skipping server, real worker): generated commands — valid,
 * invalid, illegal, wrong role, repeated and reused request ids — sent as updates and signals,
 * interleaved, to real units. Asserts 0 workflow-task failures (every run's history is read), 0
 * state change from a rejected update, and every rejection (update or audited signal) a contract
 * failure type. LEQI_FUZZ_COMMANDS (default 1,000) and LEQI_FUZZ_SEED change the run;
 * `npm run fuzz` runs 10,000.
 */
import { WorkflowUpdateFailedError } from '@temporalio/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rejectionTypes } from '../../machines/rejection.js';
import { eventSignal } from '../../contract/index.js';
import { generate, random, type FuzzKind } from '../support/fuzz.js';
import type { StateSummary } from '../../machines/unit/summary.js';
import { advanceTo, approve, auditOf, freshUscc, officer, send, settle, startHarness, submit, type Harness, type UnitHandle } from '../support/harness.js';

const COMMANDS = Number(process.env.LEQI_FUZZ_COMMANDS ?? 1000);
const SEED = Number(process.env.LEQI_FUZZ_SEED ?? 20261130);
const UNITS = 4;

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ continueAsNewAfterEvents: 400 });
});
afterAll(async () => {
  await h.close();
});

interface Tally {
  sent: Record<FuzzKind, number>;
  updates: number;
  signals: number;
  rejected: Record<string, number>;
  replayed: number;
}

/** the contract failure type of a rejected update, or null if it was answered */
async function outcome(p: Promise<unknown>): Promise<{ type: string | null; answer: unknown }> {
  try {
    return { type: null, answer: await p };
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) return { type: (err.cause as { type?: string }).type ?? 'unknown', answer: null };
    throw err;
  }
}

/** the approval each fuzzed unit got, by request id: sent again, it is answered `replayed` with the current summary */
const approval = (seed: number) => ({ type: 'APPROVE_APPLICATION', actor: officer, opinion: '材料齐全，同意接入', requestId: `fz-approve-${seed}` });

/**
 * The unit's state, read by replaying its approval (an update) rather than by the `state` query:
 * on the time-skipping server a query that reaches a run while its continue-as-new task is in
 * flight is never answered and that task's completion is refused (the run is left closed without
 * its ContinuedAsNew event, and the server's clock stays locked) — see docs/testing.md.
 */
async function read(handle: UnitHandle, seed: number): Promise<StateSummary> {
  const { replayed, ...summary } = await send(handle, approval(seed));
  expect(replayed).toBe(true);
  return summary;
}

async function fuzzUnit(handle: UnitHandle, count: number, seed: number, tally: Tally): Promise<void> {
  const commands = generate(count, random(seed), `fz${seed}`);
  let signalled = false;
  for (const c of commands) {
    tally.sent[c.kind]++;
    if (c.via === 'signal') {
      tally.signals++;
      await handle.signal(eventSignal, c.body);
      signalled = true;
      continue;
    }
    tally.updates++;
    // the state before a command meant to be refused (a valid or repeated one may change it)
    const expectRefusal = c.kind !== 'valid' && c.kind !== 'repeat';
    // a barrier first: an update the validator refuses is judged after every earlier signal was processed
    if (expectRefusal && signalled) expect((await outcome(send(handle, {} as never))).type).toBe('InvalidCommand');
    signalled = false;
    const before = expectRefusal ? await read(handle, seed) : null;
    const { type, answer } = await outcome(send(handle, c.body as Record<string, unknown>));
    if (type === null) {
      if ((answer as { replayed?: boolean }).replayed) tally.replayed++;
      continue;
    }
    tally.rejected[type] = (tally.rejected[type] ?? 0) + 1;
    expect(rejectionTypes, `${c.kind} ${JSON.stringify(c.body)}`).toContain(type);
    if (before) expect(await read(handle, seed), `state changed by a rejected ${c.kind} update`).toEqual(before);
  }
}

describe('fuzzing through the workflow', () => {
  it(`contract: ${COMMANDS} generated commands (valid, invalid, illegal, wrong role, repeated and reused ids; updates and signals) → 0 workflow-task failures, rejected updates change nothing, every rejection a contract type`, async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const units: UnitHandle[] = [];
    for (let i = 0; i < UNITS; i++) {
      const { handle } = await submit(h, freshUscc());
      await approve(handle, { requestId: approval(SEED + i).requestId });
      units.push(handle);
    }
    const tally: Tally = { sent: { valid: 0, invalid: 0, illegal: 0, wrongRole: 0, repeat: 0, reuse: 0 }, updates: 0, signals: 0, rejected: {}, replayed: 0 };
    await Promise.all(units.map((u, i) => fuzzUnit(u, Math.ceil(COMMANDS / UNITS), SEED + i, tally)));
    // the last effects (and any continue-as-new they lead to) finish before the units are queried
    await settle(h);

    let runs = 0;
    let failedTasks = 0;
    let signalRaces = 0;
    let rejectedSignals = 0;
    for (const u of units) {
      const audit = await auditOf(h.env.client.workflow.getHandle(u.workflowId) as UnitHandle);
      for (const e of audit.filter((x) => x.kind === 'command' && x.outcome === 'rejected')) {
        expect(e.from).toBe(e.to);
        // beyond the policy's rejected signals a day, one REJECTED_SIGNALS entry counts the rest (issue 14)
        if (e.command === 'REJECTED_SIGNALS') continue;
        rejectedSignals++;
        expect(rejectionTypes as readonly string[]).toContain(e.reason?.split(':')[0]);
      }
      // every run of the unit, following continue-as-new
      let runId: string | undefined = (await u.describe()).raw.workflowExecutionInfo?.firstRunId ?? undefined;
      while (runId) {
        const history = await h.env.client.workflow.getHandle(u.workflowId, runId).fetchHistory();
        runs++;
        const failed = history.events?.filter((e) => e.workflowTaskFailedEventAttributes) ?? [];
        // UNHANDLED_COMMAND is the server refusing a continue-as-new because a signal arrived meanwhile:
        // the task runs again with the signal (nothing lost, no code fault); anything else is a failure
        const raced = failed.filter((e) => String(e.workflowTaskFailedEventAttributes?.cause) === 'WORKFLOW_TASK_FAILED_CAUSE_UNHANDLED_COMMAND' || e.workflowTaskFailedEventAttributes?.cause === 1);
        signalRaces += raced.length;
        failed.filter((e) => !raced.includes(e)).forEach((e) => console.error(`workflow task failed in ${u.workflowId}: ${JSON.stringify(e.workflowTaskFailedEventAttributes)}`));
        failedTasks += failed.length - raced.length;
        runId = history.events?.[history.events.length - 1]?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
      }
      expect((await h.env.client.workflow.getHandle(u.workflowId).describe()).status.name).toBe('RUNNING');
    }
    console.log(`fuzz: seed ${SEED}, ${COMMANDS} commands to ${UNITS} units (${tally.updates} updates, ${tally.signals} signals; ${JSON.stringify(tally.sent)}); rejected updates ${JSON.stringify(tally.rejected)}, replayed ${tally.replayed}, rejected signals audited ${rejectedSignals}; ${runs} runs, ${failedTasks} workflow-task failures (+${signalRaces} continue-as-new retried because a signal arrived: UNHANDLED_COMMAND)`);
    expect(failedTasks).toBe(0);
    expect(runs).toBeGreaterThan(UNITS);
    expect(tally.rejected.RequestIdReused ?? 0).toBeGreaterThan(0);
  }, Math.max(300_000, COMMANDS * 900));
});
