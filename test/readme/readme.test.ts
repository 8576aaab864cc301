/**
 * The README works as written: every ```sh block runs, in order, against a service started by
 * `npm start` (scripts/start.mjs) on free ports with its own data directory. A block preceded by
 * `<!-- doctest: skip (reason) -->` is not run (it starts or tests the whole system, needs Docker
 * or root). Before a block runs, the default ports it names (localhost:8080, :1080, :8233, :7233)
 * become the started service's; LEQI_TEMPORAL_PORT and friends are set as a user would set them.
 * Also: .ci/run runs the README's apt-get line and exactly its test command.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** one fenced shell block of the README: the heading it sits under, its text, whether it is skipped */
interface Block {
  heading: string;
  line: number;
  code: string;
  skip?: string;
}

/** Every ```sh block in order, with its heading and its skip marker if any. */
function shellBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let heading = '(top)';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const h = /^#{1,4} (.+)$/.exec(line);
    if (h) heading = h[1]!;
    if (!/^```(sh|bash|shell)\s*$/.test(line)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    const marker = /^<!-- doctest: skip \((.+)\) -->$/.exec(lines[start - 1] ?? '');
    blocks.push({ heading, line: start + 1, code: body.join('\n'), ...(marker ? { skip: marker[1]! } : {}) });
  }
  return blocks;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe('README: .ci/run and the prerequisites', () => {
  const ci = readFileSync(join(root, '.ci', 'run'), 'utf8');

  it('.ci/run runs the README’s one apt-get line and exactly its test command, on a fresh clone', () => {
    const apt = /apt-get install -y --no-install-recommends [^\n]+/.exec(readme)?.[0];
    expect(apt).toBeTruthy();
    expect(ci).toContain(apt!);
    const testCommand = /^npm test\b/m.exec(shellBlocks(readme)[0]!.code)?.[0];
    expect(testCommand).toBe('npm test');
    const commands = ci.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    expect(commands.at(-1)).toBe('npm test');
    // setup installs node_modules itself: CI must not do it first
    expect(ci).not.toMatch(/^\s*npm (ci|install)\b/m);
  });
});

describe('README: every shell block runs as written against `npm start`', () => {
  const blocks = shellBlocks(readme);
  const ports = { temporal: 0, ui: 0, smtp: 0, mail: 0, api: 0, metrics: 0 };
  let child: ChildProcess | undefined;
  let log = '';

  beforeAll(async () => {
    for (const k of Object.keys(ports) as (keyof typeof ports)[]) ports[k] = await freePort();
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NO_COLOR: '1',
      LEQI_TEMPORAL_PORT: String(ports.temporal),
      LEQI_TEMPORAL_UI_PORT: String(ports.ui),
      LEQI_MAIL_SMTP_PORT: String(ports.smtp),
      LEQI_MAIL_WEB_PORT: String(ports.mail),
      LEQI_API_PORT: String(ports.api),
      LEQI_METRICS_PORT: String(ports.metrics),
      LEQI_DATA_DIR: mkdtempSync(join(tmpdir(), 'leqi-readme-')),
    };
    for (const k of ['TEMPORAL_ADDRESS', 'SMTP_URL', 'LEQI_RECORD_URL', 'LEQI_SENT_NOTICES_PATH', 'LEQI_MAIL_DIR', 'LEQI_API_TOKENS']) delete env[k];
    const started = spawn(process.execPath, [join(root, 'scripts', 'start.mjs')], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    child = started;
    await new Promise<void>((resolve, reject) => {
      const seen = (d: Buffer): void => {
        log += d.toString();
        if (/all ready in \d+ s/.test(log)) resolve();
      };
      started.stdout!.on('data', seen);
      started.stderr!.on('data', seen);
      started.once('exit', (code) => reject(new Error(`npm start exited ${code} before it was ready:\n${log.slice(-3000)}`)));
    });
  }, 600_000);

  afterAll(async () => {
    if (!child?.pid || child.exitCode !== null) return;
    const exited = new Promise((r) => child!.once('exit', r));
    process.kill(child.pid, 'SIGINT');
    await exited;
  }, 60_000);

  it('npm start waits for real readiness and says where everything is, on the ports it was given', () => {
    const order = ['Temporal is up at', 'Mail catcher', 'Worker ready: polling leqi-lifecycle', 'HTTP API:', 'all ready in'].map((s) => log.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(log).toContain(`http://localhost:${ports.ui}`);
    expect(log).toContain(`http://localhost:${ports.api}`);
    expect(log).toContain(`Prometheus metrics http://127.0.0.1:${ports.metrics}/metrics`);
  });

  it('the worker exposes the SDK’s Prometheus metrics', async () => {
    const text = await (await fetch(`http://127.0.0.1:${ports.metrics}/metrics`)).text();
    expect(text).toMatch(/^temporal_worker_task_slots_available\{/m);
    expect(text).toMatch(/^temporal_num_pollers\{/m);
  });

  for (const block of blocks) {
    const name = `block at README.md:${block.line} (${block.heading})`;
    if (block.skip) {
      it.skip(`${name}: ${block.skip}`, () => {});
      continue;
    }
    it(name, () => {
      const code = block.code
        .replaceAll('localhost:8080', `localhost:${ports.api}`)
        .replaceAll('localhost:1080', `localhost:${ports.mail}`)
        .replaceAll('localhost:8233', `localhost:${ports.ui}`)
        .replaceAll('localhost:7233', `localhost:${ports.temporal}`);
      const env: NodeJS.ProcessEnv = {
        ...process.env,
        NO_COLOR: '1',
        LEQI_TEMPORAL_PORT: String(ports.temporal),
        LEQI_TEMPORAL_UI_PORT: String(ports.ui),
        LEQI_MAIL_WEB_PORT: String(ports.mail),
        LEQI_API_PORT: String(ports.api),
      };
      delete env.TEMPORAL_ADDRESS;
      const r = spawnSync('bash', ['-eo', 'pipefail', '-c', code], { cwd: root, env, encoding: 'utf8', timeout: 180_000 });
      expect(r.status, `README.md:${block.line} failed:\n${code}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`).toBe(0);
    }, 200_000);
  }
});
