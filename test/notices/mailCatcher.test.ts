/**
 * `npm run mail` (scripts/mail.mjs): the catcher `npm start` runs is maildev (npm); the worker's
 * own pooled transport delivers notices to it, and its web inbox and REST API show them.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sendNoticeMail } from '../../activities/mail.js';
import { memorySentNotices } from '../../activities/sentNotices.js';
import { loadConfig } from '../../worker/config.js';
import { activityDeps } from '../../worker/createWorker.js';

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
  child = spawn(process.execPath, [new URL('../../scripts/mail.mjs', import.meta.url).pathname], {
    env: { ...process.env, LEQI_MAIL_SMTP_PORT: String(smtpPort), LEQI_MAIL_WEB_PORT: String(webPort), LEQI_MAIL_DIR: mkdtempSync(join(tmpdir(), 'leqi-mail-')) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  await new Promise<void>((resolve, reject) => {
    const seen = (d: Buffer): void => {
      out += d.toString();
      if (out.includes('SMTP Server running') && out.includes('webapp running')) resolve();
    };
    child.stdout!.on('data', seen);
    child.stderr!.on('data', seen);
    child.once('exit', (code) => reject(new Error(`mail catcher exited ${code}: ${out}`)));
  });
});
afterAll(() => {
  child?.kill('SIGTERM');
});

const notice = (n: number) => ({
  noticeId: `unit:91510100MA6CEXA01F/4.${n}`,
  unitId: '91510100MA6CEXA01F',
  unitName: '四川示例科技集团有限公司',
  template: 'renewalDue' as const,
  ruleId: 'T-02',
  audience: ['unit' as const],
  recipients: [{ name: '张伟', email: 'zhang.wei@example.com', language: 'zh' as const }],
  facts: { renewalDueOn: '2028-12-15', endsOn: '2029-03-15' },
  at: '2028-11-15T00:00:00+08:00',
});

describe('local mail catcher (maildev)', () => {
  it('T-02: receives notices from the worker’s own pooled SMTP transport and shows them in its web inbox and REST API', async () => {
    const deps = activityDeps(loadConfig({ LEQI_MAIL_SMTP_PORT: String(smtpPort), LEQI_SENT_NOTICES_PATH: join(mkdtempSync(join(tmpdir(), 'leqi-sent-')), 'sent.jsonl') }));
    const mail = { mailer: deps.mailer, mailboxes: { officer: { email: 'officer@tax.invalid', language: 'zh' as const } }, sentNotices: memorySentNotices() };
    for (const n of [1, 2, 3]) await sendNoticeMail(mail, notice(n));
    deps.mailer.transport.close();

    const list = (await (await fetch(`http://127.0.0.1:${webPort}/email`)).json()) as { id: string; to: { address: string }[]; subject: string; text: string; messageId: string }[];
    expect(list).toHaveLength(3);
    expect(list[0]).toMatchObject({ to: [{ address: 'zhang.wei@example.com' }], subject: expect.stringContaining('[乐企 T-02]') });
    expect(list[0]!.text).toContain('2028-12-15（北京时间）');
    expect(list.map((m) => m.messageId).sort()).toEqual([1, 2, 3].map((n) => expect.stringContaining(`unit.91510100MA6CEXA01F.4.${n}.`)));
    const html = await (await fetch(`http://127.0.0.1:${webPort}/email/${list[0]!.id}/html`)).text();
    expect(html).toContain('请发起资格延续（延期）请求');
    const raw = await (await fetch(`http://127.0.0.1:${webPort}/email/${list[0]!.id}/source`)).text();
    expect(raw).toContain('Message-ID: <unit.91510100MA6CEXA01F.4.');
    const inbox = await fetch(`http://127.0.0.1:${webPort}/`);
    expect(inbox.status).toBe(200);
    expect(await inbox.text()).toContain('MailDev');
  });
});
