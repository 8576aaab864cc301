/**
 * Issue 13, crash tests: the worker is a real process (`tsx worker/main.ts`, as `npm run worker`,
 * with LEQI_MAX_CACHED_WORKFLOWS=0) on this test's OWN time-skipping server, and it is killed with
 * SIGKILL at seeded random points while units live through an on-time renewal, a late renewal after
 * a ladder step (S-03, P-REN-02) and a compliance case (S-05, M-RESTORE). A control worker (another
 * process, another task queue, never killed) runs the same units in lock-step on the same clock.
 * Every crashed unit must end with the control unit's summary and audit (unit ids and the seconds
 * of command instants aside: the clock runs in real time between calls), no transition lost, and no
 * notice e-mailed twice (counted by Message-ID at a real SMTP server).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WithStartWorkflowOperation, WorkflowUpdateFailedError } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import { auditQuery, dispatchUpdate, stateQuery, unitWorkflowId, WORKFLOW_TYPE } from '../../contract/index.js';
import type { unitLifecycle } from '../../workflows/unitLifecycle.js';
import { registerSearchAttributes } from '../../worker/searchAttributes.js';
import { applicationFor, freshUscc, officer, unitActor, type UnitHandle } from '../support/harness.js';
import { createTestEnv } from '../support/temporal.js';
import { random } from '../support/fuzz.js';
import { countingSmtpServer, spawned, WorkerProcess } from '../support/workerProcess.js';

const SEED = Number(process.env.LEQI_CRASH_SEED ?? 20271001);
const KILLS = 3;
// the kill points are random but reproducible from LEQI_CRASH_SEED (the fuzz's seeded PRNG)
const rng = random;

let env: TestWorkflowEnvironment;
let smtp: Awaited<ReturnType<typeof countingSmtpServer>>;
let smtpPort = 0;
let dir: string;

const workerOptions = { address: () => env.address, smtpPort: () => smtpPort, dir: () => dir, bundlePath: inject('workflowBundlePath') };
const workerProcess = (taskQueue: string, cache: boolean): WorkerProcess => new WorkerProcess(taskQueue, cache, workerOptions);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'leqi-crash-'));
  // The time-skipping server stops skipping while an activity or workflow task is outstanding, so
  // an attempt cut off by a kill is waited out in real time: short start-to-close timeouts (and so a
  // short sent-notice lease) keep each kill to seconds. Control and crashed workers share the policy.
  writeFileSync(join(dir, 'policy.json'), JSON.stringify({ effectTimeoutSeconds: 5, noticeTimeoutSeconds: 5 }));
  smtp = await countingSmtpServer();
  smtpPort = smtp.port;
  // this file's own server: the crashes never stall the time-skipping server other tests use
  env = await createTestEnv();
  await registerSearchAttributes(env.connection, env.namespace ?? 'default');
});
afterAll(async () => {
  for (const child of spawned) child.kill('SIGKILL');
  await env?.teardown();
  await smtp?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function advanceTo(instant: string): Promise<void> {
  const delta = Date.parse(instant) - (await env.currentTimeMs());
  if (delta > 0) await env.sleep(delta);
}

type Role = 'renewing' | 'late' | 'compliance';
const ROLES: Role[] = ['renewing', 'late', 'compliance'];
interface Unit {
  role: Role;
  uscc: string;
  handle: UnitHandle;
}
/** one step of the units' lives: the clock moves to `at`, then each role's command (if any) is sent */
interface Step {
  at: string;
  commands: Partial<Record<Role, Record<string, unknown>>>;
}
const STEPS: Step[] = [
  { at: '2027-05-10T09:00:00+08:00', commands: { compliance: { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '风险控制规则缺失', rectificationMonths: 2 } } },
  { at: '2027-06-01T09:00:00+08:00', commands: { renewing: { type: 'REQUEST_RENEWAL', actor: unitActor, reason: '继续使用' }, compliance: { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '整改到位' } } },
  // 2027-07-01 00:00: the late unit's first ladder step (S-03); the compliance unit's too
  { at: '2027-07-05T09:00:00+08:00', commands: { renewing: { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意延续', extendsTo: '2029-09-30' }, late: { type: 'REQUEST_RENEWAL', actor: unitActor, reason: '逾期申请' } } },
  { at: '2027-07-20T09:00:00+08:00', commands: { late: { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2029-09-30' } } },
  // 2027-10-01 00:00: two new terms (continue-as-new), the compliance unit ends (T-03)
  { at: '2027-10-01T00:00:30+08:00', commands: {} },
];

const isUpdateLost = (err: unknown): boolean => err instanceof Error && !(err instanceof WorkflowUpdateFailedError) && /not found|deadline|cancel|unavailable/i.test(err.message);

/** A command by update; an update the server lost while the worker died is sent again with the same requestId (a replay, never a second application). */
async function dispatch(handle: UnitHandle, command: Record<string, unknown>): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await handle.executeUpdate(dispatchUpdate, { args: [command] });
      return;
    } catch (err) {
      if (!isUpdateLost(err) || attempt >= 5) throw err;
    }
  }
}

async function startUnits(taskQueue: string): Promise<Unit[]> {
  return Promise.all(
    ROLES.map(async (role) => {
      const uscc = freshUscc();
      // a workflow task cut off by a kill is retried after this timeout (real time, as above)
      const startWorkflowOperation = new WithStartWorkflowOperation<typeof unitLifecycle>(WORKFLOW_TYPE, { workflowId: unitWorkflowId(uscc), taskQueue, args: [{ unitId: uscc }], workflowIdConflictPolicy: 'USE_EXISTING', workflowTaskTimeout: '5s' });
      await env.client.workflow.executeUpdateWithStart(dispatchUpdate, { args: [{ type: 'SUBMIT_APPLICATION', actor: unitActor, requestId: 'submit', ...applicationFor(uscc) }], startWorkflowOperation });
      const handle = await startWorkflowOperation.workflowHandle();
      await dispatch(handle, { type: 'APPROVE_APPLICATION', actor: officer, requestId: 'approve', opinion: '材料齐全，同意接入', termEndsOn: '2027-09-30' });
      return { role, uscc, handle: env.client.workflow.getHandle(handle.workflowId) as UnitHandle };
    }),
  );
}

/**
 * A unit's final summary and audit, its own id and the seconds of instants (wall-clock drift) made
 * neutral. Notice entries are recorded when their activity completes, a moment the worker's speed
 * decides: they are compared as a set (what was sent, when, by which rule), not by position.
 */
async function finalOf(unit: Unit): Promise<{ summary: unknown; judged: string[]; notices: string[] }> {
  const [summary, audit] = await Promise.all([unit.handle.query(stateQuery), unit.handle.query(auditQuery)]);
  // notice ids carry the life's first run id (workflowInfo().firstExecutionRunId), another one per unit
  const text = JSON.stringify({ summary, audit }).replaceAll(unit.uscc, '<USCC>').replace(/<USCC>([./])[0-9a-f]{8}\./g, '<USCC>$1<life>.');
  const neutral = JSON.parse(text.replace(/(\d{4}-\d\d-\d\dT\d\d):\d\d:\d\d(\.\d+)?(\+08:00|Z)/g, '$1:mm:ss$3')) as { summary: unknown; audit: AuditEntry[] };
  const judged = neutral.audit.filter((e) => e.kind !== 'notice').map(({ seq: _seq, ...e }) => JSON.stringify(e));
  const notices = neutral.audit.filter((e) => e.kind === 'notice').map(({ seq: _seq, from: _from, to: _to, ...e }) => JSON.stringify(e)).sort();
  return { summary: neutral.summary, judged, notices };
}

describe('crash tests on a time-skipping server of their own', { timeout: 240_000 }, () => {
  it('T-03/S-03/P-REN-02/S-05: units killed (SIGKILL) and restarted at seeded random points end exactly as an uncrashed control', async () => {
    const control = workerProcess('crash-control', true);
    const crashed = workerProcess('crash-killed', false);
    const t0 = Date.now();
    const took: string[] = [];
    await Promise.all([control.start(), crashed.start()]);
    try {
      await advanceTo('2027-03-15T10:00:00+08:00');
      const [controlUnits, crashUnits] = await Promise.all([startUnits(control.taskQueue), startUnits(crashed.taskQueue)]);

      // seeded kill points: before a step (the worker is down while the clock passes deadlines) or while its commands are in flight
      const random = rng(SEED);
      // both kinds every run: the first and the last kill cut a command off, the others are outages
      const points = new Map<number, 'outage' | 'midCommand'>();
      while (points.size < KILLS) {
        const kind = points.size === 0 || points.size === KILLS - 1 ? 'midCommand' : 'outage';
        const step = Math.floor(random() * STEPS.length);
        if (!points.has(step) && (kind === 'outage' || Object.keys(STEPS[step]!.commands).length > 0)) points.set(step, kind);
      }
      let kills = 0;
      for (const [i, step] of STEPS.entries()) {
        const kind = points.get(i);
        if (kind === 'outage') {
          // down while the clock moves: the server skips time until a unit's first deadline falls due
          // (its workflow task then waits for a worker and the clock runs in real time), then the
          // worker comes back and the units catch up, each deadline applied at its instant
          await crashed.kill();
          kills += 1;
          const advancing = advanceTo(step.at);
          await new Promise((r) => setTimeout(r, 200 + Math.floor(random() * 1000)));
          await crashed.start();
          await advancing;
        } else await advanceTo(step.at);
        const sends = (units: Unit[]) => units.filter((u) => step.commands[u.role]).map((u) => dispatch(u.handle, { requestId: `step-${i}`, ...step.commands[u.role] }));
        const inFlight = Promise.all([...sends(controlUnits), ...sends(crashUnits)]);
        if (kind === 'midCommand') {
          await new Promise((r) => setTimeout(r, Math.floor(random() * 400)));
          await crashed.kill();
          kills += 1;
          await crashed.start();
        }
        await inFlight;
        took.push(`${i}:${Math.round((Date.now() - t0) / 1000)}s`);
      }

      // every unit *reaches* the control's final state: a unit whose worker was just restarted may still
      // be applying the last step's deadlines and sending their notices when the control is done, so
      // both are read until they agree (bounded; what is still missing then is lost)
      const readAll = () => Promise.all(ROLES.map((_, j) => Promise.all([finalOf(controlUnits[j]!), finalOf(crashUnits[j]!)])));
      let pairs = await readAll();
      for (let tries = 0; tries < 60 && pairs.some(([want, got]) => JSON.stringify(want) !== JSON.stringify(got)); tries++) {
        await new Promise((r) => setTimeout(r, 1000));
        pairs = await readAll();
      }
      const lines: string[] = [];
      const finals: [string, Awaited<ReturnType<typeof finalOf>>, Awaited<ReturnType<typeof finalOf>>][] = [];
      let lost = 0;
      for (const [j, role] of ROLES.entries()) {
        const [want, got] = pairs[j]!;
        const gotAll = new Set([...got.judged, ...got.notices]);
        const missing = [...want.judged, ...want.notices].filter((e) => !gotAll.has(e)).length;
        lost += missing;
        lines.push(`${role}: ${want.judged.length} transitions + ${want.notices.length} notices in the control's audit, ${missing} missing after the crashes`);
        finals.push([role, want, got]);
      }
      // the notices of both runs went to the SMTP server; the crashed units' must be the control's, each once
      const mailOf = (units: Unit[]) => [...smtp.received.entries()].filter(([id]) => units.some((u) => id.includes(u.uscc)));
      const controlMail = mailOf(controlUnits);
      const crashMail = mailOf(crashUnits);
      const duplicated = crashMail.reduce((n, [, count]) => n + count - 1, 0);
      console.log(
        `[crash] seed ${SEED}: units ${crashUnits.length} (+${controlUnits.length} control), kills ${kills} at steps ${[...points].map(([s, k]) => `${s}:${k}`).join(', ')}, ` +
          `lost transitions ${lost}, notices ${crashMail.length} (control ${controlMail.length}), duplicated notices ${duplicated}\n  ${lines.join('\n  ')}\n  elapsed after each step ${took.join(' ')}`,
      );
      for (const [role, want, got] of finals) expect(got, `${role} unit (seed ${SEED})`).toEqual(want);
      expect(kills).toBe(KILLS);
      expect(lost).toBe(0);
      expect(duplicated).toBe(0);
      expect(crashMail.length).toBe(controlMail.length);
      expect(controlMail.length).toBeGreaterThan(0);
    } finally {
      await Promise.all([control.kill(), crashed.kill()]);
    }
  });
});
