/** Shared pieces of the client tests: tokens, an HTTP helper, the CLI in-process, a worker on the dev server. */
import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { inject } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { makePolicy } from '../../machines/policy.js';
import type { Hono } from 'hono';
import type { TokenFile } from '../../client/api/auth.js';
import { fileSecurityLog } from '../../client/api/securityLog.js';
import { securitySinks } from '../../worker/securitySinks.js';
import { main } from '../../client/cli/main.js';
import { conformingCliOutput, conformingHttpAnswer } from '../support/contract.js';
import { LeqiClient } from '../../client/client.js';
import { createDevEnv } from '../support/temporal.js';

export const TOKENS = {
  officer: 'test-officer-token-000001',
  system: 'test-system-token-0000001',
  auditor: 'test-auditor-token-000001',
  unitA: 'test-unit-a-token-0000001',
  usingA: 'test-using-a-token-000001',
  unitB: 'test-unit-b-token-0000001',
} as const;

/** officer, system and auditor see every unit; the unit tokens see `a` (and the matrix unit) or `b` */
export function tokenFile(a: string[], b: string[]): TokenFile {
  return {
    tokens: [
      { token: TOKENS.officer, role: 'officer', id: 'officer-chen', authority: '15101000000' },
      { token: TOKENS.system, role: 'system', id: 'monitoring' },
      { token: TOKENS.auditor, role: 'auditor', id: 'auditor-li' },
      { token: TOKENS.unitA, role: 'unit', id: 'unit-a-admin', units: a },
      { token: TOKENS.usingA, role: 'usingUnit', id: '91510107MA6CEXB02D', units: a },
      { token: TOKENS.unitB, role: 'unit', id: 'unit-b-admin', units: b },
    ],
  };
}

export interface Reply {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

/**
 * One in-process request (`app.request`), JSON in and out; the answer must conform to the published
 * JSON Schema of its route (or ApiError for an error status), else this throws (test/support/contract.ts).
 */
export async function call(app: Hono<any>, method: string, path: string, { token, authorization, body, raw, contentType = 'application/json' }: { token?: string; authorization?: string; body?: unknown; raw?: string; contentType?: string | null } = {}): Promise<Reply> {
  const headers: Record<string, string> = {};
  if (token) headers.authorization = `Bearer ${token}`;
  if (authorization) headers.authorization = authorization;
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined && contentType) headers['content-type'] = contentType;
  const res = await app.request(path, { method, headers, ...(payload !== undefined ? { body: payload } : {}) });
  const text = await res.text();
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: fails its schema below
  }
  conformingHttpAnswer(method, path, res.status, parsed);
  return { status: res.status, body: parsed, text, headers: res.headers };
}

/** Runs the CLI in-process; stdout and stderr are captured; a `--json` output must conform to its published schema (test/support/contract.ts). */
export async function cli(argv: string[]): Promise<{ code: number; stdout: string; stderr: string; json: () => any }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), env: {} });
  const stdout = out.join('\n');
  conformingCliOutput(argv, code, stdout);
  return { code, stdout, stderr: err.join('\n'), json: () => JSON.parse(stdout) };
}

/** A worker with the bundled workflows on any environment (the dev server's, for listing tests). */
export async function startWorker(env: TestWorkflowEnvironment): Promise<{ taskQueue: string; stop(): Promise<void> }> {
  const taskQueue = `test-${randomUUID()}`;
  const activities = createActivities({
    policy: makePolicy(),
    mailer: { transport: nodemailer.createTransport({ jsonTransport: true }), from: 'noreply@leqi.invalid' },
    officerMailbox: 'officer@tax.invalid',
    gateway: async () => {},
  });
  const security = fileSecurityLog(join(mkdtempSync(join(tmpdir(), 'leqi-client-security-')), 'security.log'));
  const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { codePath: inject('workflowBundlePath') }, activities, sinks: securitySinks(security) });
  const running = worker.run();
  return {
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
    },
  };
}

/** Polls until `check` passes (listing is eventually consistent). */
export async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (check(value)) return value;
    if (Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** A dev server (visibility), a worker on it and a typed client: what fan-out and listing tests start from; `stop` ends all. */
export async function devClient(): Promise<{ env: TestWorkflowEnvironment; leqi: LeqiClient; stop(): Promise<void> }> {
  const env = await createDevEnv();
  const worker = await startWorker(env);
  return {
    env,
    leqi: new LeqiClient({ client: env.client, taskQueue: worker.taskQueue }),
    async stop() {
      await worker.stop();
      await env.teardown();
    },
  };
}
