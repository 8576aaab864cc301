/**
 * Delivery through Temporal: the real unit workflow, the real activities, a real SMTP server.
 * A 451 is retried by Temporal (one delivery per recipient); a 550 is not retried, nothing is
 * delivered, the audit records the notice as failed and the officer is told (deliveryFailed).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditOf, freshUscc, startHarness, submit, type Harness, type UnitHandle } from '../support/harness.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const OFFICER = 'officer.chen@sc-tax.example.cn';
const CONTACTS = ['zhang.wei@example.com', 'emily.chen@example.com', OFFICER];

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
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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
