/**
 * Delivery through Temporal: the real unit workflow, the real activities, a real SMTP server.
 * A 451 is retried by Temporal (one delivery per recipient); a 550 is not retried, nothing is
 * delivered, the audit records the notice as failed and the officer is told (deliveryFailed).
 *
 * Issue 19, notices as local activities (workflows/effects.ts, patch 'notices-local'): a batch's
 * notices go first as one local attempt inside the workflow task, bounded by
 * `localNoticeTimeoutMs`. A mail server slower than that must not hold every update behind it: the
 * attempt runs out, the batch goes to the ordinary `sendNotices` activity (retried outside the
 * task), every copy still arrives exactly once (the sent-notice claim outlives the abandoned local
 * send), and for `SLOW_MAIL_MS` of workflow time the next notices go as activities straight away.
 */
import type { temporal } from '@temporalio/proto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localNoticeTimeoutMs, SLOW_MAIL_MS } from '../../workflows/effects.js';
import { advanceUntil, approve, auditOf, freshUscc, officer, send, startHarness, submit, type Harness, type UnitHandle } from '../support/harness.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const OFFICER = 'officer.chen@sc-tax.example.cn';
const CONTACTS = ['zhang.wei@example.com', 'emily.chen@example.com', OFFICER];
/** a slow mail server: each message answered this late */
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
const until = (done: () => Promise<boolean>, what: string) => advanceUntil(h, done, what);

const noticeEntries = async (handle: UnitHandle) => (await auditOf(handle)).filter((e) => e.kind === 'notice');

describe('P-ONB-02 application-received notice (N-05) through Temporal', () => {
  it('451 then 250: Temporal retries the activity and every recipient gets exactly one copy', async () => {
    smtp.answer = (n) => (n === 1 ? 451 : 250);
    const { handle } = await submit(h, freshUscc());
    await until(async () => (await noticeEntries(handle)).length > 0, 'the notice audit entry');

    const entries = await noticeEntries(handle);
    expect(entries).toEqual([expect.objectContaining({ command: 'NOTICE:applicationReceived', ruleId: 'P-ONB-02', outcome: 'applied' })]);
    expect(smtp.attempts.map((a) => a.answer)).toEqual([451, 250, 250, 250]);
    expect(smtp.caught.map((c) => c.rcptTo[0]).sort()).toEqual([...CONTACTS].sort());
    const ids = smtp.caught.map((c) => c.mail.messageId);
    expect(new Set(ids).size).toBe(3);
    const firstRun = (await handle.describe()).runId.slice(0, 8);
    for (const c of smtp.caught) expect(c.header('x-leqi-notice-id')).toBe(`${handle.workflowId}/${firstRun}/1.1`);
  });

  it('550: no retry, nothing delivered, and the notice is audited as failed', async () => {
    smtp.rcptAnswer = 550;
    const { handle } = await submit(h, freshUscc());
    await until(async () => (await noticeEntries(handle)).length > 0, 'the notice audit entry');

    // the failure is escalated to the officer (deliveryFailed); here the officer's address is refused too, and that is where it stops
    await until(async () => (await noticeEntries(handle)).length > 1, 'the escalation audit entry');
    const [entry, escalation] = await noticeEntries(handle);
    expect(entry).toMatchObject({ command: 'NOTICE:applicationReceived', outcome: 'failed' });
    expect(entry?.reason).toContain('reached nobody');
    expect(escalation).toMatchObject({ command: 'NOTICE:deliveryFailed', ruleId: 'P-ONB-02', outcome: 'failed' });
    expect(await noticeEntries(handle)).toHaveLength(2);
    expect(smtp.caught).toEqual([]);
    expect(smtp.attempts).toEqual([]); // refused at RCPT TO, once per recipient, never retried
    expect(h.notices).toEqual([]);
  });
});

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

const entriesOf = async (handle: UnitHandle, command: string) => (await auditOf(handle)).filter((e) => e.command === command);

describe('issue 19: notices as local activities, and a slow mail server', () => {
  it(`N-05/P-ONB-02: a server ${SLOW_MS / 1000} s late per message: the local attempt gives up, an activity delivers every copy exactly once, the next notices go as activities for ${SLOW_MAIL_MS / 60_000} minutes, then locally again`, async () => {
    expect(localNoticeTimeoutMs(1)).toBeLessThan(SLOW_MS);
    smtp.delayMs = SLOW_MS;
    const { handle } = await submit(h, freshUscc());
    await advanceUntil(h, async () => (await entriesOf(handle, 'NOTICE:applicationReceived')).length > 0, 'the notice audit entry', { pauseMs: 200 });

    // P-ONB-02's notice: one audit entry, one copy per recipient, whatever attempt sent it
    const entries = await entriesOf(handle, 'NOTICE:applicationReceived');
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
    await advanceUntil(h, async () => (await entriesOf(handle, 'NOTICE:applicationApproved')).length > 0, 'the approval notice', { pauseMs: 200 });
    const slow = await noticePaths(handle);
    expect(slow).toMatchObject({ local: 0, localFailed: 1 });
    expect(slow.activities).toBeGreaterThanOrEqual(2);

    // after SLOW_MAIL_MS the next batch tries locally again, and succeeds
    await h.env.sleep(SLOW_MAIL_MS + 60_000);
    await send(handle, { type: 'SET_CONCURRENCY', actor: officer, limit: 60, reason: '试运行' });
    await advanceUntil(h, async () => (await entriesOf(handle, 'NOTICE:concurrencySet')).length > 0, 'the concurrency notice', { pauseMs: 200 });
    const after = await noticePaths(handle);
    expect(after).toMatchObject({ localFailed: 1, activities: slow.activities });
    expect(after.local).toBeGreaterThanOrEqual(1);
    expect((await auditOf(handle)).filter((e) => e.kind === 'notice').every((e) => e.outcome === 'applied')).toBe(true);
  }, 180_000);
});
