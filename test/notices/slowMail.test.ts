/**
 * Issue 19, notices as local activities (workflows/effects.ts, patch 'notices-local'): a batch's
 * notices go first as one local attempt inside the workflow task, bounded by
 * `localNoticeTimeoutMs`. A mail server slower than that must not hold every update behind it: the
 * attempt runs out, the batch goes to the ordinary `sendNotices` activity (retried outside the
 * task), every copy still arrives exactly once (the sent-notice claim outlives the abandoned local
 * send), and for `SLOW_MAIL_MS` of workflow time the next notices go as activities straight away.
 * Real time-skipping server, real worker, a real SMTP server that answers each message 4 s late.
 */
import type { temporal } from '@temporalio/proto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localNoticeTimeoutMs, SLOW_MAIL_MS } from '../../workflows/effects.js';
import { approve, auditOf, freshUscc, officer, send, startHarness, submit, type Harness, type UnitHandle } from '../support/harness.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const OFFICER = 'officer.chen@sc-tax.example.cn';
const SLOW_MS = 4000;

let smtp: TestSmtp;
let h: Harness;
beforeEach(async () => {
  smtp = await startSmtp();
  h = await startHarness({}, { smtpUrl: smtp.url, officerMailbox: OFFICER });
});
afterEach(async () => {
  await h.close();
  await smtp.close();
});

/** moves the clock in small steps (retry backoff timers fire) until `done` holds */
async function until(done: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await done()) return;
    await h.env.sleep(5_000);
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** how the unit's notices went so far: local attempts (ok / failed) and ordinary `sendNotices` activities */
async function noticePaths(handle: UnitHandle): Promise<{ local: number; localFailed: number; activities: number }> {
  const history = await h.env.client.workflow.getHandle(handle.workflowId).fetchHistory();
  const counts = { local: 0, localFailed: 0, activities: 0 };
  for (const e of (history.events ?? []) as temporal.api.history.v1.IHistoryEvent[]) {
    const marker = e.markerRecordedEventAttributes;
    const details = Object.values(marker?.details ?? {}).flatMap((p) => p.payloads ?? []).map((p) => Buffer.from(p.data ?? []).toString('utf8')).join(' ');
    if (marker?.markerName === 'core_local_activity' && details.includes('sendNotices')) {
      if (marker.failure) counts.localFailed++;
      else counts.local++;
    }
    if (e.activityTaskScheduledEventAttributes?.activityType?.name === 'sendNotices') counts.activities++;
  }
  return counts;
}

const noticeEntries = async (handle: UnitHandle, command: string) => (await auditOf(handle)).filter((e) => e.command === command);

describe('issue 19: notices as local activities, and a slow mail server', () => {
  it(`N-05/P-ONB-02: a server ${SLOW_MS / 1000} s late per message: the local attempt gives up, an activity delivers every copy exactly once, the next notices go as activities for ${SLOW_MAIL_MS / 60_000} minutes, then locally again`, async () => {
    expect(localNoticeTimeoutMs(1)).toBeLessThan(SLOW_MS);
    smtp.delayMs = SLOW_MS;
    const { handle } = await submit(h, freshUscc());
    await until(async () => (await noticeEntries(handle, 'NOTICE:applicationReceived')).length > 0, 'the notice audit entry');

    // P-ONB-02's notice: one audit entry, one copy per recipient, whatever attempt sent it
    const entries = await noticeEntries(handle, 'NOTICE:applicationReceived');
    expect(entries).toEqual([expect.objectContaining({ ruleId: 'P-ONB-02', outcome: 'applied' })]);
    await smtp.waitFor(3);
    await new Promise((r) => setTimeout(r, SLOW_MS + 500)); // an abandoned send that would arrive late
    const ids = smtp.caught.map((c) => c.mail.messageId);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(await noticePaths(handle)).toEqual({ local: 0, localFailed: 1, activities: 1 });

    // T-01's notices while the server is known slow: an activity at once, no local attempt
    smtp.delayMs = 0;
    await approve(handle);
    await until(async () => (await noticeEntries(handle, 'NOTICE:applicationApproved')).length > 0, 'the approval notice');
    const slow = await noticePaths(handle);
    expect(slow).toMatchObject({ local: 0, localFailed: 1 });
    expect(slow.activities).toBeGreaterThanOrEqual(2);

    // after SLOW_MAIL_MS the next batch tries locally again, and succeeds
    await h.env.sleep(SLOW_MAIL_MS + 60_000);
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 60, reason: '试运行' });
    await until(async () => (await noticeEntries(handle, 'NOTICE:concurrencySet')).length > 0, 'the concurrency notice');
    const after = await noticePaths(handle);
    expect(after).toMatchObject({ localFailed: 1, activities: slow.activities });
    expect(after.local).toBeGreaterThanOrEqual(1);
    expect((await auditOf(handle)).filter((e) => e.kind === 'notice').every((e) => e.outcome === 'applied')).toBe(true);
  }, 180_000);
});
