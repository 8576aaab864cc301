/** `npm run mail` (scripts/mail-catcher.mjs): the catcher `npm start` runs receives notices and shows them on the web. */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNoticeMail } from '../../activities/mail.js';
import { memorySentNotices } from '../../activities/sentNotices.js';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

let child: ChildProcess;
let smtpPort: number;
let webPort: number;
beforeAll(async () => {
  [smtpPort, webPort] = [await freePort(), await freePort()];
  child = spawn(process.execPath, [new URL('../../scripts/mail-catcher.mjs', import.meta.url).pathname], {
    env: { ...process.env, LEQI_MAIL_SMTP_PORT: String(smtpPort), LEQI_MAIL_WEB_PORT: String(webPort), LEQI_MAIL_DIR: mkdtempSync(join(tmpdir(), 'leqi-mail-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => d.toString().includes('inbox at') && resolve());
    child.once('exit', (code) => reject(new Error(`mail catcher exited ${code}`)));
  });
});
afterAll(() => {
  child?.kill('SIGTERM');
});

describe('local mail catcher', () => {
  it('receives a notice over SMTP and lists and shows it on the web inbox', async () => {
    await sendNoticeMail(
      {
        mailer: { transport: nodemailer.createTransport({ url: `smtp://127.0.0.1:${smtpPort}` }), from: 'Leqi 乐企 <noreply@leqi.invalid>' },
        mailboxes: { officer: { email: 'officer@tax.invalid', language: 'zh' } },
        sentNotices: memorySentNotices(),
      },
      {
        noticeId: 'unit:91510100MA6CEXA01F/4.1',
        unitId: '91510100MA6CEXA01F',
        unitName: '四川示例科技集团有限公司',
        template: 'renewalDue',
        ruleId: 'T-02',
        audience: ['unit'],
        recipients: [{ name: '张伟', email: 'zhang.wei@example.com', language: 'zh' }],
        facts: { renewalDueOn: '2028-12-15', endsOn: '2029-03-15' },
        at: '2028-11-15T00:00:00+08:00',
      },
    );
    const list = (await (await fetch(`http://127.0.0.1:${webPort}/api/messages`)).json()) as { id: string; to: string[]; subject: string; text: string }[];
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ to: ['zhang.wei@example.com'], subject: expect.stringContaining('[乐企 T-02]') });
    expect(list[0]!.text).toContain('2028-12-15（北京时间）');
    const inbox = await (await fetch(`http://127.0.0.1:${webPort}/`)).text();
    expect(inbox).toContain('请发起资格延续（延期）请求');
    const page = await (await fetch(`http://127.0.0.1:${webPort}/messages/${list[0]!.id}`)).text();
    expect(page).toContain('15 Dec 2028 (CST)');
    const raw = await (await fetch(`http://127.0.0.1:${webPort}/messages/${list[0]!.id}.eml`)).text();
    expect(raw).toContain('Message-ID: <unit.91510100MA6CEXA01F.4.1.');
  });
});
