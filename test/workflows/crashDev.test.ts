/**
 * Issue 13 item 4, the dev-server variant: real processes on loopback — a Temporal dev server on its
 * SQLite file (its own free port), `npm run worker` as a child process, a local SMTP server counting
 * Message-IDs. While units receive commands (each one a limit change and a T-04 notice), the server
 * is stopped and started again on the same file with commands in flight, and the worker is killed
 * (SIGKILL) mid-command and restarted. A command whose answer was lost is sent again with the same
 * request id, as a back-office would: it must be answered as a replay, never applied twice.
 *
 * Then every unit's audit holds each command exactly once (nothing lost, nothing applied twice), in
 * sequence order, and every notice reached the SMTP server exactly once: the sent-notice record
 * (activities/sentNotices.ts) is claimed before and written after each send. The window that
 * remains: a worker killed after the SMTP server accepted a copy and before the record was written
 * sends that copy again once the claim's lease ends (1.5 × the notice activity's start-to-close),
 * with the same Message-ID (activities/mail.ts `copyMessageIdOf`), so a mail client shows it once.
 * The test prints how many were sent again that way (and asserts that any was the same Message-ID).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client, Connection, WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { auditQuery, dispatchUpdate, unitWorkflowId, WORKFLOW_TYPE } from '../../contract/index.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { unitLifecycle } from '../../workflows/unitLifecycle.js';
import { applicationFor, freshUscc, officer, unitActor } from '../support/harness.js';
import { createDevEnv } from '../support/temporal.js';
import { countingSmtpServer, spawned, WorkerProcess } from '../support/workerProcess.js';

const UNITS = 3;
const COMMANDS = 8;

let env: TestWorkflowEnvironment | null = null;
let smtp: Awaited<ReturnType<typeof countingSmtpServer>>;
let dir: string;
let port = 0;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port: p } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return p;
}

/** the dev server on this file's SQLite file and port (a restart keeps both) */
async function startServer(): Promise<TestWorkflowEnvironment> {
  env = await createDevEnv({ port, dbFilename: join(dir, 'temporal.db'), extraArgs: ['--log-level', 'never', '--ip', '127.0.0.1'] });
  return env;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leqi-crash-dev-'));
  // short timeouts: an attempt cut off by a kill is retried within seconds (the claim lease is 1.5 × 5 s)
  writeFileSync(join(dir, 'policy.json'), JSON.stringify({ effectTimeoutSeconds: 5, noticeTimeoutSeconds: 5 }));
  smtp = await countingSmtpServer();
  port = await freePort();
  await startServer();
});
afterAll(async () => {
  for (const child of spawned) child.kill('SIGKILL');
  await env?.teardown();
  await smtp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const t0 = Date.now();
const progress = (what: string): void => console.log(`[crash-dev] ${Math.round((Date.now() - t0) / 1000)} s: ${what}`);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** An update; one the restart or the kill cut off is sent again with the same request id (bounded). */
async function dispatch(client: () => Client, workflowId: string, command: Record<string, unknown>, resent: { count: number }): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      // a call whose connection the restart closed never settles: each attempt is given up after a while
      const call = client().workflow.getHandle(workflowId).executeUpdate(dispatchUpdate, { args: [command] });
      call.catch(() => {});
      await Promise.race([call, sleep(8000).then(() => Promise.reject(new Error('no answer within 8 s')))]);
      return;
    } catch (err) {
      if (err instanceof WorkflowUpdateFailedError || attempt >= 30) throw err;
      resent.count++;
      progress(`${workflowId} ${String(command.requestId)} sent again after ${(err as Error).message.slice(0, 80)}`);
      await sleep(1000);
    }
  }
}

describe('crash tests on a dev server of their own', { timeout: 240_000 }, () => {
  it('T-04/O-14: a server restarted on its SQLite file with commands in flight and a worker killed mid-command lose nothing and apply nothing twice', async () => {
    const worker = new WorkerProcess('crash-dev', true, { address: () => `127.0.0.1:${port}`, smtpPort: () => smtp.port, dir: () => dir, bundlePath: inject('workflowBundlePath') });
    await worker.start();
    // the back-office's own connection: it outlives the server's restart (gRPC reconnects), unlike the test environment's
    const connection = await Connection.connect({ address: `127.0.0.1:${port}` });
    const own = new Client({ connection });
    const client = (): Client => own;
    try {
      const units = await Promise.all(
        Array.from({ length: UNITS }, async () => {
          const uscc = freshUscc();
          const startWorkflowOperation = new WithStartWorkflowOperation<typeof unitLifecycle>(WORKFLOW_TYPE, { workflowId: unitWorkflowId(uscc), taskQueue: worker.taskQueue, args: [{ unitId: uscc }], workflowIdConflictPolicy: 'USE_EXISTING', workflowTaskTimeout: '5s' });
          await client().workflow.executeUpdateWithStart(dispatchUpdate, { args: [{ type: 'SUBMIT_APPLICATION', actor: unitActor, requestId: 'submit', ...applicationFor(uscc) }], startWorkflowOperation });
          await dispatch(client, unitWorkflowId(uscc), { type: 'APPROVE_APPLICATION', actor: officer, requestId: 'approve', opinion: '同意' }, { count: 0 });
          return uscc;
        }),
      );

      const resent = { count: 0 };
      let restarts = 0;
      let kills = 0;
      // every unit receives COMMANDS limit changes; the faults fall while they are in flight
      const sending = Promise.all(
        units.map(async (uscc) => {
          for (let i = 0; i < COMMANDS; i++) {
            await dispatch(client, unitWorkflowId(uscc), { type: 'SET_CONCURRENCY', actor: officer, limit: 50 + i, reason: `调整 ${i}`, requestId: `limit-${i}` }, resent);
            await sleep(150);
          }
        }),
      );
      await sleep(600);
      progress('server stops');
      // the server stops (its SQLite file stays) and starts again on the same file and port
      await env!.teardown();
      env = null;
      restarts++;
      await sleep(500);
      await startServer();
      progress('server started again');
      await sleep(800);
      // the worker dies mid-command, then comes back
      await worker.kill();
      kills++;
      await sleep(300);
      await worker.start();
      progress('worker started again');
      await sending;
      progress('every command answered');

      // the notices still owed go out (a killed attempt waits for its start-to-close and lease)
      const audits = new Map<string, AuditEntry[]>();
      for (let waited = 0; waited < 90; waited++) {
        for (const uscc of units) audits.set(uscc, (await client().workflow.getHandle(unitWorkflowId(uscc)).query(auditQuery)) as AuditEntry[]);
        const commands = [...audits.values()].flat().filter((e) => e.command === 'SET_CONCURRENCY').length;
        const notices = [...audits.values()].flat().filter((e) => e.command === 'NOTICE:concurrencySet').length;
        if (commands >= UNITS * COMMANDS && notices >= UNITS * COMMANDS) break;
        await sleep(1000);
      }

      let lost = 0;
      let twice = 0;
      for (const uscc of units) {
        const audit = audits.get(uscc)!;
        expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => audit[0]!.seq + i));
        for (let i = 0; i < COMMANDS; i++) {
          const applied = audit.filter((e) => e.command === 'SET_CONCURRENCY' && e.requestId === `limit-${i}` && e.outcome === 'applied').length;
          if (applied === 0) lost++;
          if (applied > 1) twice += applied - 1;
        }
      }
      const ours = [...smtp.received.entries()].filter(([id]) => units.some((u) => id.includes(u)));
      const duplicated = ours.reduce((n, [, count]) => n + count - 1, 0);
      console.log(`[crash-dev] units ${UNITS} × ${COMMANDS} commands, server restarts ${restarts}, worker kills ${kills}, updates sent again ${resent.count}; lost transitions ${lost}, applied twice ${twice}; mails ${ours.length} distinct Message-IDs, duplicated notices ${duplicated} (each resend in the SMTP-accepted-but-not-recorded window carries the same Message-ID)`);
      expect(restarts).toBe(1);
      expect(kills).toBe(1);
      expect(lost).toBe(0);
      expect(twice).toBe(0);
      expect(duplicated).toBe(0);
      expect(ours.length).toBeGreaterThanOrEqual(UNITS * COMMANDS);
    } finally {
      await worker.kill();
      await connection.close();
    }
  });
});
