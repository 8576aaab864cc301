/**
 * Issue 12 fault 14: names outside the Basic Multilingual Plane (𠮷, U+20BB7, a surrogate pair in
 * UTF-16) in every header that carries a name — Subject, the To and From display names — decode
 * to exactly that name, through a real SMTP server and mailparser. The character is put at every
 * position of a long name, so it lands at the start, in the middle, at the end and across every
 * 75-octet encoded-word boundary (RFC 2047) of the header. Old main (as reported): `成都��祥…`.
 */
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNoticeMail, type MailDeps } from '../../activities/mail.js';
import { memorySentNotices } from '../../activities/sentNotices.js';
import type { NoticeRequest } from '../../activities/types.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const RARE = '𠮷';
const BASE = '成都吉祥科技有限公司四川示例数据服务集团有限公司成都高新分公司';

/** the rare character at position k (in characters, not UTF-16 units) of the base name */
const nameWith = (k: number): string => {
  const chars = [...BASE];
  chars.splice(k, 0, RARE);
  return chars.join('');
};

describe('P-ONB-02/F1.2: a legal name outside the BMP in mail headers (issue 12 fault 14)', () => {
  let smtp: TestSmtp;
  let transport: ReturnType<typeof nodemailer.createTransport>;
  beforeAll(async () => {
    smtp = await startSmtp();
    transport = nodemailer.createTransport({ url: smtp.url, pool: true });
  });
  afterAll(async () => {
    transport.close();
    await smtp.close();
  });

  const send = async (name: string, i: number) => {
    const deps: MailDeps = {
      mailer: { transport, from: `"${name}" <noreply@leqi.invalid>` },
      mailboxes: { officer: { email: 'officer@sc-tax.example.cn', language: 'zh' } },
      sentNotices: memorySentNotices(),
    };
    const request: NoticeRequest = {
      noticeId: `unit:91510100MA6CEXA01F/9.${i}`,
      unitId: '91510100MA6CEXA01F',
      unitName: name,
      template: 'renewalDue',
      ruleId: 'T-02',
      audience: ['unit'],
      recipients: [
        { name, email: 'zh@example.com', language: 'zh' },
        { name, email: 'en@example.com', language: 'en' },
      ],
      facts: { renewalDueOn: '2028-12-15', endsOn: '2029-03-15' },
      at: '2028-11-15T00:00:00+08:00',
    };
    await sendNoticeMail(deps, request);
  };

  it('P-ONB-02: 成都𠮷祥科技有限公司 decodes exactly in Subject, To and From (old: 成都��祥…)', async () => {
    const name = '成都𠮷祥科技有限公司';
    await send(name, 0);
    const [zh, en] = await smtp.waitFor(2);
    expect(zh!.mail.subject).toBe(`[乐企 T-02] 请发起资格延续（延期）请求 | Renewal request due — ${name}`);
    expect(en!.mail.subject).toBe(`[Leqi T-02] Renewal request due | 请发起资格延续（延期）请求 — ${name}`);
    for (const c of [zh!, en!]) {
      expect(c.mail.subject).not.toContain('\uFFFD');
      expect(c.mail.to).toMatchObject({ value: [{ name }] });
      expect(c.mail.from).toMatchObject({ value: [{ name, address: 'noreply@leqi.invalid' }] });
    }
  });

  it('P-ONB-02: the rare character at every position (start, middle, every encoded-word boundary, end) decodes exactly', async () => {
    const positions = [...BASE].length + 1;
    const names = Array.from({ length: positions }, (_, k) => nameWith(k));
    const before = smtp.caught.length;
    for (const [i, name] of names.entries()) await send(name, i + 1);
    const caught = (await smtp.waitFor(before + names.length * 2)).slice(before);
    expect(caught).toHaveLength(names.length * 2);
    names.forEach((name, i) => {
      for (const c of [caught[2 * i]!, caught[2 * i + 1]!]) {
        expect(c.mail.subject?.endsWith(` — ${name}`), `position ${i}: ${c.mail.subject}`).toBe(true);
        expect(c.mail.to, `position ${i}`).toMatchObject({ value: [{ name }] });
        expect(c.mail.from, `position ${i}`).toMatchObject({ value: [{ name }] });
      }
    });
    // the raw headers really were split into several encoded-words (so the boundaries were crossed)
    expect(caught.some((c) => (c.header('subject').match(/=\?/g) ?? []).length > 1 || c.mail.headerLines.some((h) => h.key === 'subject' && (h.line.match(/=\?/g) ?? []).length > 1))).toBe(true);
  });
});
