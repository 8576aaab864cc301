/**
 * A unit's life under the time-skipping server, for `npm run bench` (bench/orchestration.ts) and
 * `npx tsx bench/orchestration/life.ts` (issue 19: history events per term, wall time with a null
 * sink, the continue-as-new bound of a long life). Real activities, mail to nodemailer's JSON
 * transport (a null sink), the decision record in SQLite in memory.
 *
 * - `terms: 1`: submit, approve, no renewal; the clock runs two years and a month: reminders, the
 *   late-renewal ladder, termination at term end (T-01, T-02, T-03, T-10).
 * - `terms: n > 1`: each term renewed on time (REQUEST_RENEWAL four months before its end,
 *   APPROVE_RENEWAL extending it by two years, P-REN-01/T-05), the last one left to end (T-10): a
 *   life of about 2·n years, one run per term (continue-as-new at each new term).
 *
 * Run alone: `npx tsx bench/orchestration/life.ts [--terms 10] [--timeline]` prints the figures,
 * each run's events by type, and with `--timeline` every workflow task of the first run with what
 * woke it and the commands it made.
 */
import { parseArgs } from 'node:util';
import { WithStartWorkflowOperation } from '@temporalio/client';
import proto from '@temporalio/proto';
import { bundleWorkflowCode, DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createActivities } from '../../activities/index.js';
import { SqliteDecisionStore } from '../../activities/record/index.js';
import { makePolicy } from '../../machines/policy.js';
import { usccWithCheck } from '../../machines/uscc.js';
import { createTestEnv } from '../../test/support/temporal.js';
import { workflowBundleOptions } from '../../worker/createWorker.js';
import { registerSearchAttributes } from '../../worker/searchAttributes.js';

/** One run (continue-as-new ends one) of the life. */
export interface RunFigures {
  events: number;
  workflowTasks: number;
  /** history events by type (EVENT_TYPE_ prefix dropped), most frequent first */
  eventTypes: Record<string, number>;
  /** activities scheduled, by type */
  activities: Record<string, number>;
  /** local activities run (their markers) */
  markers: number;
  /** what woke each workflow task, counted (e.g. `TimerFired`, `update`, `ActivityTaskCompleted`) */
  causes: Record<string, number>;
  /** one line per workflow task: `cause → commands` (only with `timeline`) */
  timeline?: string[];
}

export interface LifeFigures {
  wallS: number;
  /** of which: the submission (update-with-start, the first workflow task), the approval, the rest (the clock running) */
  split: { submitS: number; approveS: number; clockS: number };
  /** every run's figures, first to last */
  runs: RunFigures[];
  phase: string;
  /** terms the life went through */
  terms: number;
}

const example = readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8');
const exampleUscc = JSON.parse(example).application.dcuUscc as string;
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;
const unitActor = { role: 'unit', id: 'unit-admin' } as const;

const typeName = (t: number | null | undefined): string => String(proto.temporal.api.enums.v1.EventType[t ?? 0] ?? t).replace(/^EVENT_TYPE_/, '');
const WORKFLOW_TASK = /^WORKFLOW_TASK_/;

/** Counts one run's history: events by type, workflow tasks and what woke each one. */
export function analyse(events: proto.temporal.api.history.v1.IHistoryEvent[], timeline = false): RunFigures & { next?: string } {
  const eventTypes: Record<string, number> = {};
  const activities: Record<string, number> = {};
  const causes: Record<string, number> = {};
  const lines: string[] = [];
  let workflowTasks = 0;
  let markers = 0;
  let next: string | undefined;
  // what happened since the last workflow task completed: its commands, then what woke the next one
  let since: string[] = [];
  let commands: string[] = [];
  for (const e of events) {
    const t = typeName(e.eventType);
    eventTypes[t] = (eventTypes[t] ?? 0) + 1;
    if (e.markerRecordedEventAttributes) markers++;
    const activity = e.activityTaskScheduledEventAttributes?.activityType?.name;
    if (activity) activities[activity] = (activities[activity] ?? 0) + 1;
    next ||= e.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
    if (t === 'WORKFLOW_TASK_SCHEDULED') {
      const woke = since.filter((s) => !/SCHEDULED$|_STARTED$|MARKER|UPSERT|TIMER_STARTED|UPDATE_COMPLETED|UPDATE_ACCEPTED/.test(s));
      const cause = woke.length ? [...new Set(woke)].join('+') : 'update/query/start';
      causes[cause] = (causes[cause] ?? 0) + 1;
      since = [];
    } else if (t === 'WORKFLOW_TASK_COMPLETED') {
      workflowTasks++;
      commands = [];
    } else if (!WORKFLOW_TASK.test(t)) {
      since.push(t);
      commands.push(t);
    }
    if (timeline && t === 'WORKFLOW_TASK_COMPLETED') lines.push(`#${e.eventId}`);
    const upserted = e.upsertWorkflowSearchAttributesEventAttributes?.searchAttributes?.indexedFields;
    const shown = upserted ? ` ${Object.entries(upserted).map(([k, v]) => `${k}=${Buffer.from(v.data ?? []).toString('utf8').slice(0, 40)}`).join(' ')}` : '';
    if (timeline && !WORKFLOW_TASK.test(t)) lines.push(`   ${t}${activity ? ` ${activity}` : ''}${e.markerRecordedEventAttributes ? ` ${e.markerRecordedEventAttributes.markerName}` : ''}${shown}`);
  }
  const sorted = (r: Record<string, number>) => Object.fromEntries(Object.entries(r).sort((a, b) => b[1] - a[1]));
  return { events: events.length, workflowTasks, eventTypes: sorted(eventTypes), activities, markers, causes: sorted(causes), ...(timeline ? { timeline: lines } : {}), ...(next ? { next } : {}) };
}

/** One unit's life of `terms` terms under the time-skipping server (see the module comment). */
export async function life(bundlePath: string, { terms = 1, timeline = false }: { terms?: number; timeline?: boolean } = {}): Promise<LifeFigures> {
  const env = await createTestEnv();
  try {
    await registerSearchAttributes(env.connection, env.namespace ?? 'default');
    const taskQueue = 'bench-life';
    const decisions = new SqliteDecisionStore({ path: ':memory:' });
    const activities = createActivities({ decisions, policy: makePolicy(), mailer: { transport: nodemailer.createTransport({ jsonTransport: true }), from: 'noreply@leqi.invalid' }, officerMailbox: 'officer@tax.invalid', provincialBureauMailbox: 'bureau@tax.invalid', supervisorMailbox: 'supervisor@tax.invalid', gateway: async () => {} });
    const worker = await Worker.create({ connection: env.nativeConnection, taskQueue, workflowBundle: { codePath: bundlePath }, activities });
    return await worker.runUntil(async () => {
      const uscc = usccWithCheck('91510100MA9000001');
      const t0 = performance.now();
      const startWorkflowOperation = new WithStartWorkflowOperation('unitLifecycle', { workflowId: `unit:${uscc}`, taskQueue, args: [{ unitId: uscc }], workflowIdConflictPolicy: 'USE_EXISTING' });
      await env.client.workflow.executeUpdateWithStart('dispatch', { args: [{ type: 'SUBMIT_APPLICATION', actor: unitActor, ...JSON.parse(example.replaceAll(exampleUscc, uscc)) }], startWorkflowOperation });
      const handle = env.client.workflow.getHandle(`unit:${uscc}`);
      const submitted = performance.now();
      await handle.executeUpdate('dispatch', { args: [{ type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }] });
      const approved = performance.now();
      const firstRun = (await handle.describe()).runId;
      type Summary = { phase: string; term: { number: number; endsOn: string } | null };
      for (let term = 1; term < terms; term++) {
        // four months before the term's end: request, approve two more years
        const { term: t } = (await handle.query('state')) as Summary;
        const endsOn = t!.endsOn;
        const requestAt = Date.parse(`${endsOn}T09:00:00+08:00`) - 120 * 86_400_000;
        await env.sleep(Math.max(1, requestAt - (await env.currentTimeMs())));
        await handle.executeUpdate('dispatch', { args: [{ type: 'REQUEST_RENEWAL', actor: unitActor, reason: '继续使用' }] });
        const extendsTo = `${Number(endsOn.slice(0, 4)) + 2}${endsOn.slice(4)}`;
        await handle.executeUpdate('dispatch', { args: [{ type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意延续', extendsTo }] });
        // a day past the term's end: the new term has begun (a new run)
        await env.sleep(Math.max(1, Date.parse(`${endsOn}T09:00:00+08:00`) + 86_400_000 - (await env.currentTimeMs())));
      }
      // the last term: two years and a month, no renewal — reminders, the ladder, termination
      const { term: last } = (await handle.query('state')) as Summary;
      await env.sleep(Math.max(1, Date.parse(`${last!.endsOn}T09:00:00+08:00`) + 31 * 86_400_000 - (await env.currentTimeMs())));
      const summary = (await handle.query('state')) as Summary;
      const end = performance.now();
      const wallS = (end - t0) / 1000;
      const split = { submitS: (submitted - t0) / 1000, approveS: (approved - submitted) / 1000, clockS: (end - approved) / 1000 };
      const runs: RunFigures[] = [];
      let runId: string | undefined = firstRun;
      while (runId) {
        const history = await env.client.workflow.getHandle(`unit:${uscc}`, runId).fetchHistory();
        const { next, ...figures } = analyse(history.events ?? [], timeline && runs.length === 0);
        runs.push(figures);
        runId = next;
      }
      await decisions.close();
      return { wallS, split, runs, phase: summary.phase, terms };
    });
  } finally {
    await env.teardown();
  }
}

/** `a 1, b 2` */
export const listed = (r: Record<string, number>): string => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ');

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { terms: { type: 'string', default: '1' }, timeline: { type: 'boolean', default: false } } });
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error } as never;
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions, logger: quiet });
  const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { tmpdir } = await import('node:os');
  const dir = mkdtempSync(join(tmpdir(), 'leqi-life-'));
  const path = join(dir, 'bundle.js');
  writeFileSync(path, code);
  try {
    const f = await life(path, { terms: Number(values.terms), timeline: values.timeline });
    console.log(`life of ${f.terms} term(s): ${f.wallS.toFixed(2)} s wall (submit ${f.split.submitS.toFixed(2)}, approve ${f.split.approveS.toFixed(2)}, clock ${f.split.clockS.toFixed(2)}), ${f.runs.length} run(s), phase at the end: ${f.phase}`);
    f.runs.forEach((r, i) => {
      console.log(`run ${i + 1}: ${r.events} events, ${r.workflowTasks} workflow tasks, ${r.markers} markers, activities: ${listed(r.activities)}`);
      console.log(`  by type: ${listed(r.eventTypes)}`);
      console.log(`  workflow tasks woken by: ${listed(r.causes)}`);
      if (r.timeline) console.log(r.timeline.join('\n'));
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  process.exit(0);
}
