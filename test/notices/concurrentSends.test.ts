/**
 * The sent-notice record under concurrency (issue 13, finding 5): three real workers on one task
 * queue share one SQLite sent-notice file, ten clients drive ten units at once through the real
 * workflow, and every notice reaches a real SMTP server exactly once per recipient, with no activity
 * failure in any history. Then ten activity instances (ten store connections) send the same notice at
 * the same moment: one sends each copy, the others are told it is being sent (a retryable deferral),
 * none fails otherwise and nothing goes out twice.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WithStartWorkflowOperation } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { NativeConnection, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createActivities } from '../../activities/index.js';
import { TRANSIENT_DELIVERY_FAILURE } from '../../activities/mail.js';
import { sqliteSentNotices, type SentNotices } from '../../activities/sentNotices.js';
import type { NoticeRequest } from '../../activities/types.js';
import { auditQuery, dispatchUpdate, unitWorkflowId, WORKFLOW_TYPE } from '../../contract/index.js';
import { makePolicy } from '../../machines/policy.js';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { unitLifecycle } from '../../workflows/unitLifecycle.js';
import { registerSearchAttributes } from '../../worker/searchAttributes.js';
import { applicationFor, freshUscc, officer, unitActor } from '../support/harness.js';
import { createTestEnv } from '../support/temporal.js';
import { startSmtp, type TestSmtp } from './support/smtpServer.js';

const CLIENTS = 10;
const WORKERS = 3;
const OFFICER = 'officer.chen@sc-tax.example.cn';

let env: TestWorkflowEnvironment;
let smtp: TestSmtp;
let dir: string;
const stores: SentNotices[] = [];

/** activities with their own connection to the shared sent-notice file, mail to the test's SMTP server */
function activitiesOnSharedFile() {
  const sentNotices = sqliteSentNotices({ path: join(dir, 'sent.sqlite') });
  stores.push(sentNotices);
  return createActivities({
    sentNotices,
    policy: makePolicy({}),
    mailer: { transport: nodemailer.createTransport(smtp.url), from: 'noreply@leqi.invalid' },
    officerMailbox: OFFICER,
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leqi-sends-'));
  smtp = await startSmtp();
  env = await createTestEnv();
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
});
afterAll(async () => {
  await env?.teardown();
  await smtp?.close();
  await Promise.all(stores.map((s) => s.close()));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the sent-notice record under concurrency', () => {
  it('P-ONB-02/T-01: 10 clients, 3 workers on one SQLite record — every copy sent once, no activity failure', async () => {
    const taskQueue = `sends-${randomUUID()}`;
    // three workers, each with its own connection (as three processes would have)
    const connections = await Promise.all(Array.from({ length: WORKERS }, () => NativeConnection.connect({ address: env.address })));
    const workers = await Promise.all(connections.map((connection) => Worker.create({ connection, taskQueue, workflowBundle: { codePath: inject('workflowBundlePath') }, activities: activitiesOnSharedFile() })));
    const running = workers.map((w) => w.run());
    try {
      // ten clients at once: each submits a unit (P-ONB-02 notice) and approves it (T-01 notice; P-ONB-08: one use request to each of its two using units' own authorities)
      const units = await Promise.all(
        Array.from({ length: CLIENTS }, async () => {
          const uscc = freshUscc();
          const startWorkflowOperation = new WithStartWorkflowOperation<typeof unitLifecycle>(WORKFLOW_TYPE, { workflowId: unitWorkflowId(uscc), taskQueue, args: [{ unitId: uscc }], workflowIdConflictPolicy: 'USE_EXISTING' });
          await env.client.workflow.executeUpdateWithStart(dispatchUpdate, { args: [{ type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(uscc) }], startWorkflowOperation });
          const handle = await startWorkflowOperation.workflowHandle();
          await handle.executeUpdate(dispatchUpdate, { args: [{ type: 'APPROVE_APPLICATION', actor: officer, opinion: '材料齐全，同意接入' }] });
          return env.client.workflow.getHandle(handle.workflowId);
        }),
      );
      // the effects finish before the clock moves a second (the time-skipping server waits for them)
      let notices: AuditEntry[] = [];
      for (let i = 0; i < 20; i++) {
        await env.sleep(1000);
        notices = (await Promise.all(units.map((u) => u.query(auditQuery)))).flat().filter((e) => e.kind === 'notice');
        if (notices.length >= CLIENTS * 4) break;
      }
      const histories = await Promise.all(units.map((u) => u.fetchHistory()));
      const activityFailures = histories.flatMap((hh) => hh.events ?? []).filter((e) => e.activityTaskFailedEventAttributes || e.activityTaskTimedOutEventAttributes);
      const ids = smtp.caught.map((c) => c.mail.messageId);
      const duplicated = ids.length - new Set(ids).size;
      console.log(`concurrent sends: ${CLIENTS} clients, ${WORKERS} workers on one SQLite record → ${notices.length} notices audited, ${ids.length} copies received, ${duplicated} duplicated, ${activityFailures.length} activity failures`);
      expect(notices.length).toBe(CLIENTS * 4);
      expect(notices.every((e) => e.outcome === 'applied')).toBe(true);
      expect(activityFailures).toHaveLength(0);
      expect(duplicated).toBe(0);
      expect(ids.length).toBeGreaterThanOrEqual(CLIENTS * 4);
    } finally {
      workers.forEach((w) => w.shutdown());
      await Promise.all(running);
      await Promise.all(connections.map((c) => c.close()));
    }
  });

  it('P-ONB-02: the same notice sent by 10 activity instances at once goes out once per recipient; the rest are deferred, none errs', async () => {
    const uscc = freshUscc();
    const request: NoticeRequest = {
      noticeId: `unit:${uscc}/0000beef/1.1`,
      unitId: uscc,
      unitName: '并发测试单位',
      template: 'applicationReceived',
      ruleId: 'P-ONB-02',
      audience: ['officer'],
      recipients: [],
      facts: {},
      at: '2027-03-15T10:00:00+08:00',
      authority: null,
    };
    const before = smtp.caught.length;
    const outcomes = await Promise.all(
      Array.from({ length: CLIENTS }, () =>
        activitiesOnSharedFile()
          .sendNotice(request)
          .then(
            () => 'sent' as const,
            (err: { type?: string }) => (err.type === TRANSIENT_DELIVERY_FAILURE ? ('deferred' as const) : err),
          ),
      ),
    );
    const copies = smtp.caught.slice(before);
    console.log(`same notice, ${CLIENTS} concurrent activity instances: ${outcomes.filter((o) => o === 'sent').length} sent, ${outcomes.filter((o) => o === 'deferred').length} deferred, ${copies.length} copies received`);
    expect(outcomes.filter((o) => o !== 'sent' && o !== 'deferred')).toEqual([]);
    expect(outcomes.filter((o) => o === 'sent')).toHaveLength(1);
    expect(copies).toHaveLength(1);
    // a later attempt (a retry) finds it sent and sends nothing
    await activitiesOnSharedFile().sendNotice(request);
    expect(smtp.caught.length - before).toBe(1);
  });
});
