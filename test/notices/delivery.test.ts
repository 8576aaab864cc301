import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApplicationFailure } from '@temporalio/common';
import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyMessageIdOf, messageIdOf, PERMANENT_DELIVERY_FAILURE, sendNoticeMail, TRANSIENT_DELIVERY_FAILURE, type MailDeps } from '../../activities/mail.js';
import { resolveRecipients } from '../../activities/notices/recipients.js';
import { memorySentNotices, sqliteSentNotices, type SentNotices } from '../../activities/sentNotices.js';
import type { NoticeRequest } from '../../activities/types.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const OFFICER = 'officer.chen@sc-tax.example.cn';

const request = (over: Partial<NoticeRequest> = {}): NoticeRequest => ({
  noticeId: 'unit:91510100MA6CEXA01F/4.1',
  unitId: '91510100MA6CEXA01F',
  unitName: '四川示例科技集团有限公司',
  template: 'renewalDue',
  ruleId: 'T-02',
  audience: ['unit', 'officer'],
  recipients: [
    { name: '张伟', email: 'zhang.wei@example.com', language: 'zh' },
    { name: 'Emily Chen', email: 'emily.chen@example.com', language: 'en' },
  ],
  facts: { renewalDueOn: '2028-12-15', endsOn: '2029-03-15' },
  at: '2028-11-15T00:00:00+08:00',
  ...over,
});

function deps(smtp: TestSmtp, sentNotices: SentNotices = memorySentNotices()): MailDeps {
  return {
    mailer: { transport: nodemailer.createTransport({ url: smtp.url }), from: 'Leqi 乐企 <noreply@leqi.invalid>' },
    mailboxes: { officer: { email: OFFICER, language: 'zh' } },
    sentNotices,
  };
}

async function failureOf(p: Promise<unknown>): Promise<ApplicationFailure> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(ApplicationFailure);
    return err as ApplicationFailure;
  }
  throw new Error('expected a failure');
}

describe('recipients', () => {
  it('takes the contacts given with the application, adds the officer mailbox for `officer`, drops bad addresses and repeats', () => {
    const { to, dropped } = resolveRecipients(
      {
        audience: ['unit', 'officer'],
        recipients: [
          { name: '张伟', email: ' zhang.wei@example.com ', language: 'zh' },
          { name: 'Bad', email: 'not-an-address', language: 'en' },
          { name: 'Injected', email: 'x@example.com\r\nBcc: all@example.com', language: 'en' },
          { name: 'Again', email: 'ZHANG.WEI@example.com', language: 'en' },
          { name: 'Emily Chen', email: 'emily.chen@example.com', language: 'en' },
        ],
      },
      { officer: { email: OFFICER, language: 'zh' } },
    );
    expect(to).toEqual([
      { name: '张伟', email: 'zhang.wei@example.com', language: 'zh', audience: 'unit' },
      { name: 'Emily Chen', email: 'emily.chen@example.com', language: 'en', audience: 'unit' },
      { name: null, email: OFFICER, language: 'zh', audience: 'officer' },
    ]);
    expect(dropped.map((d) => d.email)).toEqual(['not-an-address', 'x@example.com\r\nBcc: all@example.com']);
  });

  it('sends nothing to the officer unless the notice is for the officer; reports an office without a mailbox', () => {
    expect(resolveRecipients({ audience: ['unit'], recipients: [] }, { officer: { email: OFFICER, language: 'zh' } }).to).toEqual([]);
    const r = resolveRecipients({ audience: ['provincialBureau'], recipients: [] }, { officer: { email: OFFICER, language: 'zh' } });
    expect(r.dropped).toEqual([{ email: '', audience: 'provincialBureau', reason: 'no provincialBureau mailbox configured' }]);
  });
});

describe('sent-notice record (SQLite, atomic check-and-set)', () => {
  const entry = (noticeId: string, to: string) => ({ noticeId, to, messageId: '<m>', unitId: 'u', template: 'renewalDue', ruleId: 'T-02', sentAt: '2028-11-15T00:00:00Z', response: '250 OK' });

  it('persists across instances (a restarted worker), keyed by notice id and address, case-insensitively', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leqi-sent-')), 'sub', 'sent.sqlite');
    const a = sqliteSentNotices({ path });
    const claim = await a.claim('n/1.1', 'A@example.com');
    expect(claim.kind).toBe('claimed');
    await a.record(entry('n/1.1', 'A@example.com'), (claim as { token: string }).token);
    const b = sqliteSentNotices({ path });
    expect(await b.find('n/1.1', 'a@example.com')).toMatchObject({ messageId: '<m>' });
    expect(await b.claim('n/1.1', 'a@example.com')).toMatchObject({ kind: 'sent' });
    expect(await b.find('n/1.1', 'b@example.com')).toBeUndefined();
    await a.close();
    await b.close();
  });

  it('a claim blocks other attempts until released or its lease ends; then another may take it', async () => {
    let clock = 0;
    const path = join(mkdtempSync(join(tmpdir(), 'leqi-sent-')), 'sent.sqlite');
    const a = sqliteSentNotices({ path, leaseMs: 1000, now: () => clock });
    const b = sqliteSentNotices({ path, leaseMs: 1000, now: () => clock });
    const first = await a.claim('n/1', 'x@example.com');
    expect(first.kind).toBe('claimed');
    expect((await b.claim('n/1', 'x@example.com')).kind).toBe('busy');
    await a.release('n/1', 'x@example.com', (first as { token: string }).token);
    const second = await b.claim('n/1', 'x@example.com');
    expect(second.kind).toBe('claimed');
    // a worker that died holding the claim: after the lease another attempt takes over
    clock = 1001;
    expect((await a.claim('n/1', 'x@example.com')).kind).toBe('claimed');
    await a.close();
    await b.close();
  });

  it('of 10 concurrent claimers on one file (several workers), exactly one takes each copy', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'leqi-sent-')), 'sent.sqlite');
    const stores = Array.from({ length: 10 }, () => sqliteSentNotices({ path }));
    const keys = Array.from({ length: 100 }, (_, i) => [`unit:X/${i}.1`, `c${i % 7}@example.com`] as const);
    const results = await Promise.all(stores.flatMap((s) => keys.map(([id, to]) => s.claim(id, to).then((c) => ({ id, to, c })))));
    const claimed = results.filter((r) => r.c.kind === 'claimed');
    console.log(`sent-notice record: ${results.length} concurrent claims on ${keys.length} copies by ${stores.length} connections → ${claimed.length} taken, ${results.length - claimed.length} busy`);
    expect(claimed).toHaveLength(keys.length);
    expect(new Set(claimed.map((r) => `${r.id} ${r.to}`)).size).toBe(keys.length);
    await Promise.all(stores.map((s) => s.close()));
  });
});

describe('T-02 notice through a real SMTP server', () => {
  let smtp: TestSmtp;
  beforeEach(async () => {
    smtp = await startSmtp();
  });
  afterEach(async () => {
    await smtp.close();
  });

  it('sends one copy per recipient, each in its language first, with the due date, rule and a deterministic Message-ID', async () => {
    const receipt = await sendNoticeMail(deps(smtp), request());
    expect(receipt.accepted).toEqual(['zhang.wei@example.com', 'emily.chen@example.com', OFFICER]);
    expect(receipt.messageId).toBe('<unit.91510100MA6CEXA01F.4.1@leqi-lifecycle>');
    const caught = await smtp.waitFor(3);
    expect(caught.map((c) => c.rcptTo)).toEqual([['zhang.wei@example.com'], ['emily.chen@example.com'], [OFFICER]]);

    const [zh, en, officer] = caught as [(typeof caught)[0], (typeof caught)[0], (typeof caught)[0]];
    expect(zh.mail.messageId).toBe(copyMessageIdOf('unit:91510100MA6CEXA01F/4.1', 'zhang.wei@example.com'));
    expect(zh.mail.messageId).toMatch(/^<unit\.91510100MA6CEXA01F\.4\.1\.[0-9a-f]{10}@leqi-lifecycle>$/);
    expect(zh.header('references')).toContain(messageIdOf('unit:91510100MA6CEXA01F/4.1'));
    expect(zh.mail.to).toMatchObject({ value: [{ address: 'zhang.wei@example.com', name: '张伟' }] });
    expect(zh.mail.subject).toBe('[乐企 T-02] 请发起资格延续（延期）请求 | Renewal request due — 四川示例科技集团有限公司');
    expect(en.mail.subject).toBe('[Leqi T-02] Renewal request due | 请发起资格延续（延期）请求 — 四川示例科技集团有限公司');
    expect(zh.header('x-leqi-due-on')).toBe('2028-12-15');
    expect(zh.mail.date?.toISOString()).toBe('2028-11-14T16:00:00.000Z');
    for (const c of caught) {
      for (const body of [c.mail.text ?? '', String(c.mail.html)]) {
        expect(body).toContain('2028-12-15（北京时间）');
        expect(body).toContain('15 Dec 2028 (CST)');
        expect(body).toContain('91510100MA6CEXA01F');
        expect(body).toContain('需延续使用的，应在到期前 3 个月发起延期请求');
        expect(body).toContain('no later than three months before its term ends');
      }
    }
    expect(zh.mail.text!.indexOf('办理期限')).toBeLessThan(zh.mail.text!.indexOf('Due by'));
    expect(en.mail.text!.indexOf('Due by')).toBeLessThan(en.mail.text!.indexOf('办理期限'));
    expect(officer.mail.text).toContain('办理期限');
  });

  it('N-08, N-29: every copy names the catalogue notices its template is (X-Leqi-Notice-Ids)', async () => {
    await sendNoticeMail(deps(smtp), request());
    const caught = await smtp.waitFor(3);
    for (const c of caught) expect(c.header('x-leqi-notice-ids')).toBe('N-08, N-29');
  });

  it('does not send again what a previous attempt delivered (the sent-notice record)', async () => {
    const store = memorySentNotices();
    await sendNoticeMail(deps(smtp, store), request());
    const again = await sendNoticeMail(deps(smtp, store), request());
    expect(again.deliveries.map((d) => d.status)).toEqual(['alreadySent', 'alreadySent', 'alreadySent']);
    expect(smtp.attempts).toHaveLength(3);
  });

  it('451: the copy is deferred and the activity throws a retryable failure; the retry sends only that copy', async () => {
    smtp.answer = (n) => (n === 1 ? 451 : 250);
    const store = memorySentNotices();
    const failure = await failureOf(sendNoticeMail(deps(smtp, store), request()));
    expect(failure.type).toBe(TRANSIENT_DELIVERY_FAILURE);
    expect(failure.nonRetryable).toBe(false);
    const retry = await sendNoticeMail(deps(smtp, store), request());
    expect(retry.deliveries.map((d) => [d.to, d.status])).toEqual([
      ['zhang.wei@example.com', 'sent'],
      ['emily.chen@example.com', 'alreadySent'],
      [OFFICER, 'alreadySent'],
    ]);
    expect(smtp.caught.map((c) => c.rcptTo[0]).sort()).toEqual(['emily.chen@example.com', OFFICER, 'zhang.wei@example.com'].sort());
  });

  it('550 for everyone: nothing is delivered or recorded and the failure is non-retryable', async () => {
    smtp.rcptAnswer = 550;
    const store = memorySentNotices();
    const failure = await failureOf(sendNoticeMail(deps(smtp, store), request()));
    expect(failure.type).toBe(PERMANENT_DELIVERY_FAILURE);
    expect(failure.nonRetryable).toBe(true);
    expect(failure.message).toContain('550');
    expect(smtp.caught).toEqual([]);
    expect(await store.find('unit:91510100MA6CEXA01F/4.1', 'zhang.wei@example.com')).toBeUndefined();
  });

  it('an invalid address is never sent to and shows in the receipt; if nobody valid is left, it is a permanent failure', async () => {
    const receipt = await sendNoticeMail(deps(smtp), request({ audience: ['unit'], recipients: [{ name: 'x', email: 'x@@example', language: 'zh' }, { name: '张伟', email: 'zhang.wei@example.com', language: 'zh' }] }));
    expect(receipt.accepted).toEqual(['zhang.wei@example.com']);
    expect(receipt.dropped).toEqual([{ email: 'x@@example', audience: 'unit', reason: 'not a valid e-mail address' }]);
    const failure = await failureOf(sendNoticeMail(deps(smtp), request({ noticeId: 'n/9.1', audience: ['unit'], recipients: [{ name: 'x', email: 'x@@example', language: 'zh' }] })));
    expect(failure.type).toBe(PERMANENT_DELIVERY_FAILURE);
    expect(smtp.attempts).toHaveLength(1);
  });

  it('a server that cannot be reached is transient (retried), not permanent', async () => {
    const port = Number(new URL(smtp.url).port);
    await smtp.close();
    const d = deps(smtp);
    d.mailer.transport = nodemailer.createTransport({ host: '127.0.0.1', port, connectionTimeout: 2000 });
    const failure = await failureOf(sendNoticeMail(d, request()));
    expect(failure.type).toBe(TRANSIENT_DELIVERY_FAILURE);
    smtp = await startSmtp();
  });
});
