/**
 * Issue 19: a long life stays bounded by continue-as-new. Ten terms, each renewed on time
 * (REQUEST_RENEWAL four months before its end, APPROVE_RENEWAL two more years, P-REN-01/T-05), the
 * last left to run out (T-02 reminder, S-03 ladder, T-03 termination): a 20-year life on the
 * time-skipping server with the real worker and activities. Each new term starts a fresh run, so
 * no run's history grows with the life; the audit runs on unbroken across the runs.
 */
import type { temporal } from '@temporalio/proto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, approvedUnit, auditOf, latestRun, officer, send, startHarness, state, unitActor, type Harness } from '../support/harness.js';

const TERMS = 10;
/** issue 19's bound on one term's history */
const EVENTS_PER_TERM = 300;
const DAY = 86_400_000;

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

describe('issue 19: a 20-year life', () => {
  it(`P-REN-01/T-05/T-03: ${TERMS} terms renewed on time run as ${TERMS} runs (continue-as-new at each new term), none over ${EVENTS_PER_TERM} history events, the audit unbroken`, async () => {
    const handle = await approvedUnit(h, '2027-03-15T10:00:00+08:00');
    const firstRun = (await handle.describe()).runId;
    for (let term = 1; term < TERMS; term++) {
      const { endsOn } = (await state(handle)).term!;
      const lastDay = Date.parse(`${endsOn}T09:00:00+08:00`);
      await advanceTo(h, new Date(lastDay - 120 * DAY).toISOString());
      await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, reason: '继续使用' });
      await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意延续', extendsTo: `${Number(endsOn.slice(0, 4)) + 2}${endsOn.slice(4)}` });
      await advanceTo(h, new Date(lastDay + DAY).toISOString());
      expect((await state(handle)).term).toMatchObject({ number: term + 1, renewal: 'notRequested' });
    }
    // the last term runs out: reminder, ladder, termination the day after its last day
    const { endsOn } = (await state(handle)).term!;
    await advanceTo(h, new Date(Date.parse(`${endsOn}T09:00:00+08:00`) + 31 * DAY).toISOString());
    expect((await state(handle)).phase).toBe('terminated');

    // every run of the life, first to last
    const sizes: number[] = [];
    let runId: string | undefined = firstRun;
    while (runId) {
      const history = await h.env.client.workflow.getHandle(handle.workflowId, runId).fetchHistory();
      const events: temporal.api.history.v1.IHistoryEvent[] = history.events ?? [];
      sizes.push(events.length);
      runId = events.find((e) => e.workflowExecutionContinuedAsNewEventAttributes)?.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    }
    console.log(`20-year life: ${sizes.length} runs, history events per run ${sizes.join(', ')}`);
    expect(sizes).toHaveLength(TERMS);
    for (const size of sizes) expect(size).toBeLessThanOrEqual(EVENTS_PER_TERM);
    expect((await latestRun(h, handle).describe()).runId).not.toBe(firstRun);
    const audit = await auditOf(handle);
    expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => i + 1));
    expect(audit.filter((e) => e.command === 'DEADLINE:termEnd' && e.ruleId === 'T-05')).toHaveLength(TERMS - 1);
  }, 240_000);
});
