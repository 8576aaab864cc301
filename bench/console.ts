/**
 * `npm run bench:console`: how long the officer console takes to render the inbox and the units
 * list with 1,000 units (LEQI_BENCH_UNITS) on a real Temporal dev server with a real worker: half
 * approved, half waiting for an officer. Each page is one visibility listing (LeqiInbox, LeqiUnitName
 * and the other search attributes) and a render: the `state` queries made are counted and printed (0).
 * Printed, never asserted (milliseconds on this machine; compare runs on one machine only).
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createActivities } from '../activities/index.js';
import { createApp } from '../client/api/app.js';
import { TokenTable } from '../client/api/auth.js';
import { LeqiClient } from '../client/client.js';
import { LeqiError } from '../client/errors.js';
import { makePolicy } from '../machines/policy.js';
import { usccWithCheck } from '../machines/uscc.js';
import { createDevEnv } from '../test/support/temporal.js';
import { workflowBundleOptions } from '../worker/createWorker.js';

const UNITS = Number(process.env.LEQI_BENCH_UNITS ?? 1000);
const ROUNDS = 5;
const TOKEN = 'bench-officer-token-00001';
const example = readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8');
const exampleUscc = JSON.parse(example).application.dcuUscc as string;
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

/** a loaded machine may time an update out; the request id makes the retry safe */
async function retried<T>(fn: () => Promise<T>, attempts = 5): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (err instanceof LeqiError || i >= attempts) throw err;
      await new Promise((r) => setTimeout(r, 1000 * i));
    }
  }
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('WARN') });
  const env = await createDevEnv();
  const taskQueue = `bench-${randomUUID()}`;
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions, logger: { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error } as never });
  const activities = createActivities({ policy: makePolicy(), mailer: { transport: nodemailer.createTransport({ jsonTransport: true }), from: 'noreply@leqi.invalid' }, officerMailbox: 'officer@tax.invalid', gateway: async () => {} });
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { code }, activities, maxCachedWorkflows: 200 });
  const running = worker.run();
  try {
    const leqi = new LeqiClient({ client: env.client, taskQueue });
    const units = Array.from({ length: UNITS }, (_, i) => usccWithCheck(`91510100MA${String(100000 + i).padStart(7, '0')}`));
    const t0 = performance.now();
    await pool(units, 4, async (uscc) => {
      await retried(() => leqi.submitApplication(uscc, JSON.parse(example.replaceAll(exampleUscc, uscc)), { role: 'unit', id: 'unit-admin' }, `bench-submit-${uscc}`));
      if (Number(uscc.slice(10, 17)) % 2 === 0) await retried(() => leqi.dispatch(uscc, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', requestId: `bench-approve-${uscc}` }));
    });
    console.log(`created ${UNITS} units (half approved) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // visibility is eventually consistent: wait until every unit is listed with its phase
    for (;;) {
      const listed = await leqi.list({ phase: 'active' });
      if (listed.length >= Math.floor(UNITS / 2)) break;
      await new Promise((r) => setTimeout(r, 500));
    }

    const app = createApp({ leqi, tokens: new TokenTable({ tokens: [{ token: TOKEN, role: 'officer', id: 'officer-chen', authority: '15101000000' }] }), log: () => {} });
    const login = await app.request('/console/login', { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://localhost' }, body: `token=${TOKEN}` });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const render = async (path: string): Promise<{ ms: number; bytes: number }> => {
      const start = performance.now();
      const res = await app.request(path, { headers: { cookie } });
      const body = await res.text();
      if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
      return { ms: performance.now() - start, bytes: body.length };
    };
    const list = async (): Promise<number> => {
      const start = performance.now();
      await leqi.list();
      return performance.now() - start;
    };

    let stateQueries = 0;
    const readState = leqi.state.bind(leqi);
    leqi.state = (uscc: string) => {
      stateQueries++;
      return readState(uscc);
    };
    const first = await render('/console/inbox');
    const rows: string[] = [`| what (${UNITS} units) | median ms | page size |`, '| --- | --- | --- |'];
    rows.push(`| inbox, first load after start | ${first.ms.toFixed(0)} | ${(first.bytes / 1024).toFixed(0)} KiB |`);
    for (const [name, path] of [
      ['inbox', '/console/inbox'],
      ['units list, page 1 of 50 rows', '/console/units'],
      ['units list, search by name', `/console/units?q=${encodeURIComponent('示例')}`],
    ] as const) {
      const runs: { ms: number; bytes: number }[] = [];
      for (let i = 0; i < ROUNDS; i++) runs.push(await render(path));
      rows.push(`| ${name} | ${median(runs.map((r) => r.ms)).toFixed(0)} | ${(runs[0]!.bytes / 1024).toFixed(0)} KiB |`);
    }
    const visibility: number[] = [];
    for (let i = 0; i < ROUNDS; i++) visibility.push(await list());
    rows.push(`| of which: the visibility list alone | ${median(visibility).toFixed(0)} | — |`);
    console.log(rows.join('\n'));
    console.log(`state queries made by these pages: ${stateQueries}`);
  } finally {
    worker.shutdown();
    await running;
    await env.teardown();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
