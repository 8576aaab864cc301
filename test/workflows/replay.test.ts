/**
 * Determinism: every history the workflow writes must replay against the current code. The
 * histories committed under test/fixtures/histories/ were written by earlier versions (the
 * `lifetime-*` files predate request-id records, the catch-up and the packed carried state); a
 * change that breaks one of them needs `patched()`. `npm run histories` rewrites the scenario
 * fixtures below from today's code (do it when behaviour changes on purpose; keep the old files).
 * The `gate-*` files were written on a878ab0 (main before issue 12's faults 1, 4 and 11 were fixed)
 * by lives that meet those changes — a renewal rejected after the term ended, a security recurrence
 * (in and after its window), `noRequestAtTermEnd: officerConfirms` (no request, a late request, a
 * rejection before the last day); they failed with a nondeterminism error until the gates of
 * machines/unit/gates.ts (`rejected-after-term-ends-unit`, `recurrence-throttles`, run gate
 * `officer-confirms-daily`) kept their old path.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import proto from '@temporalio/proto';
import { Worker } from '@temporalio/worker';
import { afterEach, beforeEach, describe, expect, it, inject } from 'vitest';
import { usccWithCheck } from '../../machines/uscc.js';
import { example } from '../support/harness.js';
import { advanceTo, approve, exampleFor, freshUscc, importUnit, officer, send, startHarness, submit, unitActor, type Harness, type UnitHandle } from '../support/harness.js';

const FIXTURES = new URL('../fixtures/histories/', import.meta.url).pathname;
const WRITE = process.env.LEQI_WRITE_HISTORIES === '1';
/** written histories are named `<prefix><scenario>-run<i>.json`: a new prefix keeps the earlier files (LEQI_HISTORY_PREFIX, e.g. `batched-`) */
const PREFIX = process.env.LEQI_HISTORY_PREFIX ?? '';
const replayOptions = () => ({ workflowBundle: { codePath: inject('workflowBundlePath') } });

let h: Harness;
beforeEach(async () => {
  h = await startHarness({ continueAsNewAfterEvents: 120 });
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

/** Replays every run of the unit; with LEQI_WRITE_HISTORIES=1 also writes them as `<LEQI_HISTORY_PREFIX><name>-run<i>.json`. */
async function replayAndKeep(handle: UnitHandle, name: string): Promise<number> {
  const runs = await allRuns(handle.workflowId);
  for (const { runId, history } of runs) {
    await expect(Worker.runReplayHistory(replayOptions(), history, handle.workflowId), `${name} run ${runId}`).resolves.toBeUndefined();
    // no workflow task failed, but for UNHANDLED_COMMAND: the server's refusal of a continue-as-new
    // because an update or signal arrived during that task (temporalio/temporal#1289); the SDK
    // retries the task with it, nothing is lost (test/workflows/fuzz.test.ts counts them likewise)
    const failed = (history.events ?? []).filter((e) => e.workflowTaskFailedEventAttributes && !/UNHANDLED_COMMAND/.test(String(e.workflowTaskFailedEventAttributes.cause)) && e.workflowTaskFailedEventAttributes.cause !== 1);
    expect(failed.map((e) => JSON.stringify(e.workflowTaskFailedEventAttributes).slice(0, 400))).toEqual([]);
  }
  if (WRITE) {
    mkdirSync(FIXTURES, { recursive: true });
    runs.forEach(({ history }, i) => {
      // proto3 JSON, as `temporal workflow show --output json` writes it
      const json = proto.temporal.api.history.v1.History.toObject(history as proto.temporal.api.history.v1.History, { longs: String, enums: String, bytes: String });
      writeFileSync(`${FIXTURES}${PREFIX}${name}-run${i + 1}.json`, JSON.stringify(json));
    });
  }
  return runs.length;
}

describe('replay', () => {
  it('the committed histories (earlier versions and today’s scenarios) replay against the current code, one after another in one worker whose units share the preloaded workflow module (issue 19: nothing leaks between units)', async () => {
    const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json'));
    if (!WRITE) for (const scenario of ['lifetime-', 'renewal-', 'members-', 'archived-', 'imported-', 'gate-rejected-', 'gate-security-', 'gate-officer-confirms-']) expect(files.some((f) => f.startsWith(scenario)), scenario).toBe(true);
    const histories = files.map((file) => ({ file, history: proto.temporal.api.history.v1.History.fromObject(JSON.parse(readFileSync(FIXTURES + file, 'utf8'))) }));
    // forward, then backward, in one replay worker (one reusable V8 context, workflows/index.ts
    // evaluated once for all of them): a unit's replay must not depend on the units replayed before it
    const order = [...histories.map((h) => ({ ...h, pass: 1 })), ...[...histories].reverse().map((h) => ({ ...h, pass: 2 }))];
    const failures: string[] = [];
    let replayed = 0;
    for await (const result of Worker.runReplayHistories(replayOptions(), order.map(({ file, history, pass }) => ({ workflowId: `${file}#${pass}`, history })))) {
      replayed++;
      if (result.error) failures.push(`${result.workflowId}: ${result.error.message}`);
    }
    expect(failures).toEqual([]);
    expect(replayed).toBe(2 * files.length);
    console.log(`replay: ${files.length} committed histories replayed twice in one worker`);
  });

  it('T-02/T-03/T-05: a full life with a late renewal, a second term, request ids and a termination filing replays run by run', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle, { requestId: 'bo-approve' });
    await approve(handle, { requestId: 'bo-approve' }); // replayed
    await advanceTo(h, '2028-12-20T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, requestId: 'bo-renew' });
    await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' });
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2029-05-01', reason: '停止' });
    await advanceTo(h, '2029-05-01T00:00:01+08:00');
    expect(await replayAndKeep(handle, 'renewal')).toBeGreaterThanOrEqual(2); // the renewed term is a new run
  });

  it('P-UU-01/P-CAP/S-05: a life with using units, capabilities and a compliance case replays run by run', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    const branch = example.application.usingUnits[0].uscc;
    const uu = usccWithCheck('91510105MA6DREPL1');
    await send(handle, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: uu, name: '回放示例公司', relationship: 'GROUP_MEMBER', contact: { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' } });
    await send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'RARE_EARTH_INVOICE', qualification: { industry: 'RARE_EARTH', licenceRef: 'lic:re' } });
    await send(handle, { type: 'SUBMIT_CAPABILITY_TEST_REPORT', actor: unitActor, code: 'RARE_EARTH_INVOICE', reportRef: 'test:re' });
    await send(handle, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '异常', details: '波动', target: { usingUnit: branch } });
    const suspended = await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '风险控制规则缺失', rectificationMonths: 1 });
    await advanceTo(h, '2027-04-01T09:00:00+08:00');
    const caseId = suspended.cases.find((c) => c.kind !== 'riskWarning')!.id;
    await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId, opinion: '已整改' });
    await advanceTo(h, '2027-06-01T09:00:00+08:00'); // the invitation lapses, a monitoring run falls due
    expect(await replayAndKeep(handle, 'members')).toBeGreaterThanOrEqual(1);
  });

  it('T-01/S-03/S-05: an imported unit (IMPORT_UNIT mid-ladder, with an open case) replays run by run', async () => {
    await advanceTo(h, '2029-01-20T10:00:00+08:00');
    const uscc = freshUscc();
    const facts = exampleFor('import-unit', uscc);
    const body = { ...facts, approval: { ...facts.approval, on: '2027-03-15' }, concurrency: { base: 100, ladderStep: 2 }, obligations: [], cases: [{ kind: 'nonCompliance', openedOn: '2029-01-05', dueOn: '2029-03-04', details: '风险控制规则缺失' }] };
    const { handle, state: imported } = await importUnit(h, uscc, body, 'units.jsonl#3');
    expect(imported.phase).toBe('suspended');
    expect((await importUnit(h, uscc, body, 'units.jsonl#3')).state.replayed).toBe(true);
    await advanceTo(h, '2029-02-15T09:00:00+08:00');
    await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: imported.cases[0]!.id, opinion: '已整改' });
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    expect(await replayAndKeep(handle, 'imported')).toBeGreaterThanOrEqual(1);
  });

  it('S-08/T-10: a terminated and archived life replays, its run completed', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开' });
    await send(handle, { type: 'ARCHIVE', actor: officer, reason: '已归档' });
    await h.env.client.workflow.getHandle(handle.workflowId).result();
    expect(await replayAndKeep(handle, 'archived')).toBe(1);
  });
});
