/**
 * Determinism: every history the workflow writes must replay against the current code. The
 * histories committed under test/fixtures/histories/ were written by earlier versions; a change
 * that breaks one of them needs `patched()`. `LEQI_WRITE_HISTORIES=1 npx vitest run test/workflows/replay.test.ts`
 * adds today's to the fixtures.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterEach, beforeEach, describe, expect, it, inject } from 'vitest';
import { example } from '../support/harness.js';
import { advanceTo, approve, freshUscc, officer, send, startHarness, submit, unitActor, type Harness } from '../support/harness.js';

const FIXTURES = new URL('../fixtures/histories/', import.meta.url).pathname;
const replayOptions = () => ({ workflowBundle: { codePath: inject('workflowBundlePath') } });

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Every run of a unit's workflow, first to last, following continue-as-new. */
async function allRuns(workflowId: string) {
  const first = (await h.env.client.workflow.getHandle(workflowId).describe()).raw.workflowExecutionInfo?.firstRunId ?? undefined;
  const histories = [];
  let runId: string | undefined = first ?? undefined;
  while (runId) {
    const history = await h.env.client.workflow.getHandle(workflowId, runId).fetchHistory();
    histories.push({ runId, history });
    const last = history.events?.[history.events.length - 1];
    runId = last?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return histories;
}

describe('replay', () => {
  it('the committed histories of earlier versions replay against the current code', async () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const history = proto.temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(FIXTURES + file, 'utf8')));
      await expect(Worker.runReplayHistory(replayOptions(), history, file)).resolves.toBeUndefined();
    }
  });

  it('a lifetime through onboarding, using units, cases, late renewal and a renewed term replays run by run', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    const branch = example.application.usingUnits[0].uscc;
    await send(handle, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '异常', details: '波动', target: { usingUnit: branch } });
    await send(handle, { type: 'REPORT_SECURITY_THREAT', actor: officer, details: '扫描', observationMonths: 1 });
    await advanceTo(h, '2028-12-20T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' });
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2029-05-01', reason: '停止' });
    await advanceTo(h, '2029-05-01T00:00:01+08:00');

    const runs = await allRuns(handle.workflowId);
    expect(runs.length).toBeGreaterThanOrEqual(2); // the renewed term is a new run
    for (const { runId, history } of runs) {
      await expect(Worker.runReplayHistory(replayOptions(), history, `${handle.workflowId}/${runId}`)).resolves.toBeUndefined();
    }
    if (process.env.LEQI_WRITE_HISTORIES === '1') {
      mkdirSync(FIXTURES, { recursive: true });
      runs.forEach(({ history }, i) => {
        // proto3 JSON, as `temporal workflow show --output json` writes it
        const json = proto.temporal.api.history.v1.History.toObject(history as proto.temporal.api.history.v1.History, { longs: String, enums: String, bytes: String });
        writeFileSync(`${FIXTURES}lifetime-run${i + 1}.json`, JSON.stringify(json));
      });
    }
  });
});
