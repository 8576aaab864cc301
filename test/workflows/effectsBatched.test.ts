/**
 * Issues 13 and 19, effects batched per workflow task (workflows/effects.ts, patch 'effects-batched'):
 * under a burst of commands the effects the unit still owes do not grow with the commands. The
 * decision record is written one batch per workflow task (a local `recordDecisions`), so what is
 * decided and not yet recorded stays within what one round of concurrent clients sends, the entries
 * arrive in sequence order, and the history holds far fewer effect activities than audit entries.
 *
 * Before the batching each entry was one `recordDecision` activity performed one at a time beside
 * the notices: on this burst the record fell behind by a number that grew with the commands.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SqliteDecisionStore } from '../../activities/record/index.js';
import { approve, advanceTo, auditOf, freshUscc, latestRun, officer, send, settle, startHarness, submit, type Harness } from '../support/harness.js';

const CLIENTS = 10;
const COMMANDS = 120;

let h: Harness;
let store: SqliteDecisionStore;
beforeEach(async () => {
  store = new SqliteDecisionStore({ path: ':memory:' });
  h = await startHarness({}, { decisions: store });
});
afterEach(async () => {
  await h.close();
  await store.close();
});

describe('effects batched per workflow task', () => {
  it(`O-14/T-04: a burst of ${COMMANDS} SET_CONCURRENCY from ${CLIENTS} clients: the record never falls behind by more than the clients' round, in sequence order, with far fewer writes than entries`, async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await settle(h);
    const unitId = handle.workflowId.slice('unit:'.length);
    const recorded = async (): Promise<number> => (await store.records({ unitId, limit: 5000 })).records.filter((r) => r.entry.command === 'SET_CONCURRENCY').length;

    // each client sends, and after each answer compares what was answered with what the record holds
    let answered = 0;
    const lags: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: CLIENTS }, async () => {
        while (next < COMMANDS) {
          const i = next++;
          await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 60 + (i % 2) * 10, reason: `突发 ${i}`, requestId: `burst-${i}` });
          answered++;
          lags.push(answered - (await recorded()));
        }
      }),
    );
    await settle(h);

    const audit = await auditOf(handle);
    const records = (await store.records({ unitId, limit: 5000 })).records;

    // the history of the run(s): how many record writes and notice activities the entries took
    let writes = 0;
    let noticeActivities = 0;
    let events = 0;
    let timersCancelled = 0;
    let runId: string | undefined = (await latestRun(h, handle).describe()).raw.workflowExecutionInfo?.firstRunId ?? undefined;
    while (runId) {
      const history = await h.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
      for (const e of history.events ?? []) {
        events++;
        const marker = e.markerRecordedEventAttributes;
        const details = Object.values(marker?.details ?? {}).flatMap((p) => p.payloads ?? []).map((p) => Buffer.from(p.data ?? []).toString('utf8')).join(' ');
        if (marker?.markerName === 'core_local_activity' && details.includes('recordDecisions')) writes++;
        // since 'notices-local' a batch's notices go first as one local attempt
        if (marker?.markerName === 'core_local_activity' && details.includes('sendNotices')) noticeActivities++;
        const type = e.activityTaskScheduledEventAttributes?.activityType?.name;
        if (type === 'recordDecision') writes++;
        if (type === 'sendNotice' || type === 'sendNotices') noticeActivities++;
        if (e.timerCanceledEventAttributes) timersCancelled++;
        runId = e.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? runId;
        if (e.workflowExecutionContinuedAsNewEventAttributes) break;
      }
      if (!history.events?.some((e) => e.workflowExecutionContinuedAsNewEventAttributes)) runId = undefined;
    }
    const maxLag = Math.max(...lags);
    console.log(`effects batched: ${COMMANDS} commands from ${CLIENTS} clients → ${audit.length} audit entries, ${writes} record writes, ${noticeActivities} notice activities, ${events} history events, ${timersCancelled} timers cancelled; record behind the answers by at most ${maxLag} command(s) (median ${[...lags].sort((a, b) => a - b)[Math.floor(lags.length / 2)]})`);
    console.log(`effects batched: ${records.length} of ${audit.length} audit entries in the record one virtual second after the burst`);
    // every entry recorded once, in the audit's order
    expect(records.map((r) => r.entry.seq)).toEqual(audit.map((e) => e.seq));
    expect(records.filter((r) => r.entry.command === 'SET_CONCURRENCY')).toHaveLength(COMMANDS);
    // bounded by the clients in flight, not by the commands sent
    expect(maxLag).toBeLessThanOrEqual(2 * CLIENTS);
    expect(writes).toBeLessThan(audit.length / 2);
    expect(noticeActivities).toBeLessThan(COMMANDS);
    // 'lean-clock': a command that leaves the earliest deadline where it was keeps its timer (only the
    // approval, which moved it, replaced one; before, every one of the 120 commands cancelled and restarted it)
    expect(timersCancelled).toBeLessThanOrEqual(1);
  }, 300_000);
});
