/**
 * A unit under test: a real time-skipping Temporal server, a real worker with the bundled
 * workflows and the real activities (mail through nodemailer's JSON transport unless a test
 * brings an SMTP server), and helpers to move the clock to exact CST instants.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type WorkflowHandle } from '@temporalio/client';
import type { PayloadCodec } from '@temporalio/common';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { inject } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { SqliteDecisionStore, type DecisionStore } from '../../activities/record/index.js';
import type { ConcurrencyChange, NoticeBatch, NoticeRequest } from '../../activities/types.js';
import { makePolicy, type PolicyOverrides } from '../../machines/policy.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { StateSummary } from '../../machines/unit/summary.js';
import { usccWithCheck } from '../../machines/uscc.js';
import { auditQuery, dispatchUpdate, stateQuery, unitWorkflowId, WORKFLOW_TYPE } from '../../contract/index.js';
import type { unitLifecycle } from '../../workflows/unitLifecycle.js';
import { registerSearchAttributes } from '../../worker/searchAttributes.js';
import { securitySinks } from '../../worker/securitySinks.js';
import { fileSecurityLog, type SecurityLog } from '../../client/api/securityLog.js';
import { conforms } from './contract.js';
import { createDevEnv, createTestEnv } from './temporal.js';

export const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));

export const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;
/** decisions.md "Who decides": platform-wide commands (version upgrades) come from the provincial bureau */
export const provincialOfficer = { role: 'officer', id: 'officer-sc', authority: '15100000000' } as const;
export const unitActor = { role: 'unit', id: 'unit-admin' } as const;

let counter = 0;
/** a fresh valid USCC per test, so workflow ids never collide */
export function freshUscc(): string {
  counter += 1;
  const body = `91510100MA${String(Date.now() % 1_000_000).padStart(6, '0')}${counter % 10}`;
  return usccWithCheck(body.slice(0, 17));
}

/** an example (examples/<name>.json), re-addressed to `uscc` */
export function exampleFor(name: string, uscc: string) {
  const text = readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8');
  return JSON.parse(text.replaceAll(example.application.dcuUscc, uscc));
}

/** the example application, re-addressed to `uscc` */
export function applicationFor(uscc: string) {
  return JSON.parse(JSON.stringify(example).replaceAll(example.application.dcuUscc, uscc));
}

export interface Harness {
  env: TestWorkflowEnvironment;
  notices: NoticeRequest[];
  limits: ConcurrencyChange[];
  /** the decision record the activities write to (a fresh in-memory SQLite store unless given) */
  decisions: DecisionStore;
  taskQueue: string;
  /** stops the worker (an outage); commands and timers wait on the server meanwhile */
  stopWorker(): Promise<void>;
  /** starts a fresh worker on the same task queue (with `maxCachedWorkflows: 0` it replays each unit from its history) */
  startWorker(): Promise<void>;
  close(): Promise<void>;
}

let runtimeInstalled = false;

export interface HarnessOptions {
  /** send notices through this SMTP server (a real one the test runs); JSON transport otherwise */
  smtpUrl?: string;
  officerMailbox?: string;
  /** the decision record (e.g. a PostgreSQL store); the test closes it. Absent: in-memory SQLite, closed with the harness */
  decisions?: DecisionStore;
  /** encrypt payloads with this codec, in the worker and the test's client */
  codec?: PayloadCodec;
  /** a real dev server (no time skipping) instead of the time-skipping test server */
  devServer?: boolean;
  /** the worker's workflow cache (LEQI_MAX_CACHED_WORKFLOWS); `0` for outage tests on the time-skipping server */
  maxCachedWorkflows?: number;
  /** the security log the worker's sink writes updates refused by the validator to (worker/securitySinks.ts); absent: one in a temporary directory */
  security?: SecurityLog;
}

export async function startHarness(policy: PolicyOverrides = {}, options: HarnessOptions = {}): Promise<Harness> {
  if (!runtimeInstalled) {
    // worker lifecycle chatter hides test output; warnings and errors still show
    Runtime.install({ logger: new DefaultLogger('WARN') });
    runtimeInstalled = true;
  }
  const dataConverter = options.codec ? { payloadCodecs: [options.codec] } : undefined;
  const envOptions = dataConverter ? { client: { dataConverter } } : {};
  const env = options.devServer ? await createDevEnv(envOptions) : await createTestEnv(envOptions);
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
  const notices: NoticeRequest[] = [];
  const limits: ConcurrencyChange[] = [];
  const taskQueue = `test-${randomUUID()}`;
  const decisions = options.decisions ?? new SqliteDecisionStore({ path: ':memory:' });
  const security = options.security ?? fileSecurityLog(join(mkdtempSync(join(tmpdir(), 'leqi-harness-security-')), 'security.log'));
  const activities = createActivities({
    decisions,
    policy: makePolicy(policy),
    mailer: { transport: options.smtpUrl ? nodemailer.createTransport(options.smtpUrl) : nodemailer.createTransport({ jsonTransport: true }), from: 'noreply@leqi.invalid' },
    officerMailbox: options.officerMailbox ?? 'officer@tax.invalid',
    provincialBureauMailbox: 'bureau@tax.invalid',
    supervisorMailbox: 'supervisor@tax.invalid',
    gateway: async (change) => {
      limits.push(change);
    },
  });
  const createWorker = () =>
    Worker.create({
      connection: env.nativeConnection,
      taskQueue,
      workflowBundle: { codePath: inject('workflowBundlePath') },
      ...(options.maxCachedWorkflows !== undefined ? { maxCachedWorkflows: options.maxCachedWorkflows } : {}),
      ...(dataConverter ? { dataConverter } : {}),
      sinks: securitySinks(security),
      activities: {
        ...activities,
        async sendNotice(request: NoticeRequest) {
          const receipt = await activities.sendNotice(request);
          notices.push(request);
          return receipt;
        },
        async sendNotices(batch: NoticeBatch) {
          const outcomes = await activities.sendNotices(batch);
          batch.requests.forEach((request, i) => {
            if (outcomes[i] && 'receipt' in outcomes[i]) notices.push(request);
          });
          return outcomes;
        },
      },
    });
  let worker: Worker | null = await createWorker();
  let running: Promise<void> | null = worker.run();
  const stopWorker = async (): Promise<void> => {
    if (!worker) return;
    worker.shutdown();
    await running;
    worker = null;
    running = null;
  };
  return {
    env,
    notices,
    limits,
    decisions,
    taskQueue,
    stopWorker,
    async startWorker() {
      if (worker) return;
      worker = await createWorker();
      running = worker.run();
    },
    async close() {
      await stopWorker();
      await env.teardown();
      if (!options.decisions) await decisions.close();
    },
  };
}

/** Moves the server's clock to `instant` (ISO with offset), firing every timer on the way. */
export async function advanceTo(h: Harness, instant: string): Promise<void> {
  const delta = Date.parse(instant) - (await h.env.currentTimeMs());
  if (delta > 0) await h.env.sleep(delta);
}

export type UnitHandle = WorkflowHandle<typeof unitLifecycle>;

/** Submits an application by update-with-start, as a back-office would. */
export async function submit(h: Harness, uscc: string, body: Record<string, unknown> = applicationFor(uscc)): Promise<{ handle: UnitHandle; state: StateSummary }> {
  return startWith(h, uscc, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...body });
}

/** Issue 18 item 5: imports a unit from its facts by update-with-start (IMPORT_UNIT, role system). */
export async function importUnit(h: Harness, uscc: string, facts: Record<string, unknown>, source = 'test'): Promise<{ handle: UnitHandle; state: StateSummary }> {
  return startWith(h, uscc, { type: 'IMPORT_UNIT', actor: { role: 'system', id: 'import' }, source, facts });
}

/** A command that starts the unit if it is not running (update-with-start, USE_EXISTING). */
async function startWith(h: Harness, uscc: string, command: Record<string, unknown>): Promise<{ handle: UnitHandle; state: StateSummary }> {
  const startOp = new WithStartWorkflowOperation<typeof unitLifecycle>(WORKFLOW_TYPE, {
    workflowId: unitWorkflowId(uscc),
    taskQueue: h.taskQueue,
    args: [{ unitId: uscc }],
    workflowIdConflictPolicy: 'USE_EXISTING',
  });
  const state = await h.env.client.workflow.executeUpdateWithStart(dispatchUpdate, { args: [command], startWorkflowOperation: startOp });
  return { handle: await startOp.workflowHandle(), state: conforms('StateSummary', state) };
}

/** Sends a command by the update `dispatch`; the answer is checked against docs/schemas/StateSummary.json. */
export async function send(handle: UnitHandle, command: Record<string, unknown>): Promise<StateSummary> {
  return conforms('StateSummary', await handle.executeUpdate(dispatchUpdate, { args: [command] }));
}

/** the query `state`, checked against docs/schemas/StateSummary.json */
export const state = async (handle: UnitHandle): Promise<StateSummary> => conforms('StateSummary', await handle.query(stateQuery));
/** the query `audit`, checked against docs/schemas/AuditTrail.json */
export const auditOf = async (handle: UnitHandle): Promise<AuditEntry[]> => conforms('AuditTrail', await handle.query(auditQuery));

/** The rejection an update got: its contract failure type, message and first detail (the contract's Rejection object). */
export async function rejection(promise: Promise<unknown>): Promise<{ type: string; message: string; detail: unknown }> {
  try {
    await promise;
  } catch (err) {
    if (err instanceof WorkflowUpdateFailedError) {
      const cause = err.cause as { type?: string; message: string; details?: unknown[] };
      return { type: cause.type ?? 'unknown', message: cause.message, detail: conforms('Rejection', cause.details?.[0]) };
    }
    throw err;
  }
  throw new Error('expected the update to be rejected, but it was accepted');
}

/**
 * Approves a submitted unit at the harness's current time, then each simultaneous using unit that
 * waits for its own competent authority (P-ONB-08, G3.1(2)1) by an officer of that authority;
 * returns the last answer. Send APPROVE_APPLICATION yourself to see the using units waiting.
 */
export async function approve(handle: UnitHandle, extra: Record<string, unknown> = {}): Promise<StateSummary> {
  let summary = await send(handle, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '材料齐全，同意接入', ...extra });
  for (const u of summary.usingUnits.filter((x) => x.status === 'awaitingAuthority')) {
    summary = await send(handle, { type: 'APPROVE_USING_UNIT', actor: usingUnitOfficer(u.competentAuthority ?? ''), usingUnit: u.uscc, opinion: '同意使用' });
  }
  return summary;
}

/** an officer of a using unit's own competent authority (G3.1(2)1) */
export const usingUnitOfficer = (authority: string) => ({ role: 'officer', id: `officer-${authority.slice(-5)}`, authority }) as const;

/**
 * Lets the effects of the last command finish: the time-skipping server moves its clock only
 * when no activity is in flight, so one virtual second passes after the notices went out.
 */
export async function settle(h: Harness): Promise<void> {
  await h.env.sleep(1000);
}

/**
 * Moves the clock in small steps (`stepMs` of server time, each followed by `pauseMs` of real time,
 * so retry backoff timers fire and activities run) until `done` holds; fails after `steps` steps.
 */
export async function advanceUntil(h: Harness, done: () => Promise<boolean>, what: string, { stepMs = 5_000, pauseMs = 100, steps = 60 } = {}): Promise<void> {
  for (let i = 0; i < steps; i++) {
    if (await done()) return;
    await h.env.sleep(stepMs);
    await new Promise((r) => setTimeout(r, pauseMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** The latest run of a unit (a handle from update-with-start stays on its first run for describe). */
export function latestRun(h: Harness, handle: UnitHandle) {
  return h.env.client.workflow.getHandle(handle.workflowId);
}

/**
 * A unit whose example application was submitted and approved on `approvedAt` (T-01: its term
 * starts that day), with the clock then moved on to `then` if given.
 */
export async function approvedUnit(h: Harness, approvedAt: string, then?: string): Promise<UnitHandle> {
  await advanceTo(h, approvedAt);
  const { handle } = await submit(h, freshUscc());
  await approve(handle);
  if (then) await advanceTo(h, then);
  return handle;
}
