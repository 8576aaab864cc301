/**
 * The late-renewal scenario (T-02, S-03, T-04, T-03), read from the e-mails themselves: a
 * time-skipping run of the real unit workflow whose notices go through nodemailer to a real SMTP
 * server; each step is exactly one e-mail per recipient, with the right dates in both languages.
 * Other notices of the same years (the O-16 monitoring duty) may come too; each also exactly once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { advanceTo, approve, auditOf, example, freshUscc, startHarness, submit, type Harness } from '../support/harness.js';
import { startSmtp, type Caught, type TestSmtp } from './support/smtpServer.js';

const OFFICER = 'officer.chen@sc-tax.example.cn';
const ZH = 'zhang.wei@example.com';
const EN = 'emily.chen@example.com';
// approved 2027-03-15 → last day 2029-03-15 (T-01 reading C); renewal due 2028-12-15 (T-02)
const APPROVED = '2027-03-15T10:00:00+08:00';

let smtp: TestSmtp;
let h: Harness;
beforeAll(async () => {
  smtp = await startSmtp();
  h = await startHarness({}, { smtpUrl: smtp.url, officerMailbox: OFFICER });
});
afterAll(async () => {
  await h?.close();
  await smtp?.close();
});

interface Step {
  template: string;
  ruleId: string;
  /** the notice's instant: the Date header of every copy */
  at: string;
  /** a notice of a command carries the command's own instant, read from the audit (the test server's clock runs on between `advanceTo` and the command) */
  command?: string;
  to: string[];
  /** what both languages must say (each copy carries both) */
  says: string[];
  dueOn: string | null;
}

const STEPS: Step[] = [
  { template: 'applicationReceived', ruleId: 'P-ONB-02', at: APPROVED, command: 'SUBMIT_APPLICATION', to: [ZH, EN, OFFICER], says: ['接入请求已受理', 'Access request received'], dueOn: null },
  { template: 'applicationApproved', ruleId: 'P-ONB-04', at: APPROVED, command: 'APPROVE_APPLICATION', to: [ZH, EN], says: ['2029-03-15（北京时间）止', 'to 15 Mar 2029 (CST)', '不晚于 2028-12-15（北京时间）', 'no later than 15 Dec 2028 (CST)'], dueOn: '2028-12-15' },
  { template: 'renewalDue', ruleId: 'T-02', at: '2028-11-15T00:00:00+08:00', to: [ZH, EN], says: ['不晚于 2028-12-15（北京时间）', 'no later than 15 Dec 2028 (CST)', '自 2028-12-16 00:00（北京时间）起', 'from 16 Dec 2028, 00:00 (CST)'], dueOn: '2028-12-15' },
  { template: 'renewalDue', ruleId: 'T-02', at: '2028-12-08T00:00:00+08:00', to: [ZH, EN], says: ['不晚于 2028-12-15（北京时间）', 'no later than 15 Dec 2028 (CST)'], dueOn: '2028-12-15' },
  { template: 'renewalOverdueThrottle', ruleId: 'S-03', at: '2028-12-16T00:00:00+08:00', to: [ZH, EN], says: ['未在 2028-12-15（北京时间）前发起', '自 2028-12-16 00:00（北京时间）起，平台业务处理并发量限制为 50', 'limited to 50', '2029-03-16 00:00（北京时间）终止', 'ends at 16 Mar 2029, 00:00 (CST)'], dueOn: '2029-03-15' },
  { template: 'throttleStep', ruleId: 'T-04', at: '2029-01-15T00:00:00+08:00', to: [ZH, EN], says: ['自 2029-01-15 00:00（北京时间）起', '降低为 25（第 2 步）', 'lowered to 25 (step 2)', 'From 15 Jan 2029 00:00 (CST)'], dueOn: '2029-03-15' },
  { template: 'throttleStep', ruleId: 'T-04', at: '2029-02-15T00:00:00+08:00', to: [ZH, EN], says: ['降低为 10（第 3 步）', 'lowered to 10 (step 3)', 'From 15 Feb 2029 00:00 (CST)'], dueOn: '2029-03-15' },
  { template: 'termEnded', ruleId: 'T-03', at: '2029-03-16T00:00:00+08:00', to: [ZH, EN, OFFICER], says: ['已于 2029-03-15（北京时间）届满', '自 2029-03-16 00:00（北京时间）起终止', 'ended on 15 Mar 2029 (CST)', 'at 16 Mar 2029, 00:00 (CST)'], dueOn: null },
];

describe('T-02/S-03/T-04/T-03 late renewal, read from the e-mails', () => {
  it('sends exactly one e-mail per step and recipient, on the step’s date, with its dates in Chinese and English', async () => {
    expect(example.contacts.map((c: { email: string }) => c.email)).toEqual([ZH, EN]);
    const uscc = freshUscc();
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, uscc);
    await approve(handle);
    const commandAt = new Map((await auditOf(handle)).filter((e) => e.kind === 'command').map((e) => [e.command, e.at]));
    await advanceTo(h, '2029-03-16T00:00:01+08:00');

    // the last step's copies, then a moment for anything that should not come
    const deadline = Date.now() + 30_000;
    while (smtp.caught.filter((c) => c.header('x-leqi-template') === 'termEnded').length < 3) {
      if (Date.now() > deadline) throw new Error('the termEnded notice did not arrive');
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise((r) => setTimeout(r, 500));
    const caught = smtp.caught;
    expect(smtp.attempts.every((a) => a.answer === 250)).toBe(true);

    // exactly one copy of every notice per recipient, this scenario's or not (e.g. O-16 reminders)
    const copies = caught.map((c) => `${c.header('x-leqi-notice-id')} → ${c.rcptTo.join(',')}`);
    expect(new Set(copies).size).toBe(copies.length);
    expect(caught.every((c) => c.rcptTo.length === 1)).toBe(true);

    // the late-renewal steps, grouped by notice, in the order the unit lived them
    const ladder = new Set(STEPS.map((s) => s.template));
    const byNotice = new Map<string, Caught[]>();
    for (const c of caught.filter((x) => ladder.has(x.header('x-leqi-template')))) {
      byNotice.set(c.header('x-leqi-notice-id'), [...(byNotice.get(c.header('x-leqi-notice-id')) ?? []), c]);
    }
    const notices = [...byNotice.values()];
    expect(notices.map((copies) => copies[0]!.header('x-leqi-template'))).toEqual(STEPS.map((s) => s.template));

    notices.forEach((copies, i) => {
      const step = STEPS[i]!;
      const label = `${step.template} at ${step.at}`;
      expect(copies.map((c) => c.rcptTo).flat().sort(), label).toEqual([...step.to].sort());
      expect(new Set(copies.map((c) => c.mail.messageId)).size, label).toBe(copies.length);
      for (const c of copies) {
        expect(c.header('x-leqi-notice-id'), label).toMatch(new RegExp(`^unit:${uscc}/[0-9a-f]{8}/\\d+\\.\\d+$`));
        expect(c.header('x-leqi-rule'), label).toBe(step.ruleId);
        expect(c.mail.subject, label).toContain(`${step.ruleId}]`);
        expect(c.mail.subject, label).toContain(example.application.dcuName);
        const at = step.command ? commandAt.get(step.command) : step.at;
        expect(at, label).toBeDefined();
        expect(c.mail.date?.getTime(), label).toBe(Date.parse(at!));
        expect(c.header('x-leqi-due-on') || null, label).toBe(c.rcptTo[0] === OFFICER ? null : step.dueOn);
        const text = c.mail.text ?? '';
        for (const s of step.says) expect(text, label).toContain(s);
        expect(String(c.mail.html), label).toContain(step.says[0]!);
        expect(text, label).toContain(uscc);
        // the reader's language first
        const zhFirst = text.indexOf('直连单位：') < text.indexOf('Direct-connect unit:');
        expect(zhFirst, `${label} → ${c.rcptTo[0]}`).toBe(c.rcptTo[0] !== EN);
      }
    });
  });
});
