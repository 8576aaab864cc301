/**
 * Issue 19 item 3, part of `npm run bench` (bench/orchestration.ts): the orchestration at scale.
 *
 * - `idleScale`: live units started by update-with-start (`SUBMIT_APPLICATION`, then idle, waiting
 *   for the officer) on ONE bench worker process whose cache holds them all, on the dev server.
 *   At each checkpoint (e.g. 1,000 and 10,000 units): the start rate of that segment (units/s), the
 *   worker's RSS and V8 heap after a full GC and its growth per unit, the dev server's RSS. The
 *   worker's heap limit is raised above the RSS bound (`--max-old-space-size`). A bound on the
 *   worker's RSS (read every 25 starts) stops the run before it swaps a shared machine, and an
 *   optional time bound (never before the first checkpoint) before it outlasts its slot; the figures then say where it stopped (the last
 *   checkpoint is then the units live at that moment).
 * - `timerLag`: units whose deadline falls within the run, and how late its effect is applied. Every
 *   deadline of the charts is at 00:00 CST of a day (decisions.md), so on the dev server's real clock a
 *   deadline is only ever "minutes ahead" just before 16:00 UTC. The run therefore uses the Temporal
 *   time-skipping test server (a real server, its clock real time while skipping is locked): it starts
 *   the units (each an application waiting for the officer, whose T-18 escalation falls at 00:00 CST
 *   after the policy's 15 days), skips the clock to `leadMs` before that instant, and from there
 *   lets real time run. Per unit, from its history (server times): the timer firing, the workflow
 *   task that applied the deadline (its completion: the state change and its effects are durable),
 *   the record write (local activity marker) and the notice activity's start, each minus the
 *   scheduled instant.
 *
 * Figures are printed, never asserted (test/bench/bench.test.ts checks the format of `--quick`).
 */
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { readFileSync } from 'node:fs';
import { usccWithCheck } from '../../machines/uscc.js';
import { createTestEnv } from '../../test/support/temporal.js';
import { registerSearchAttributes } from '../../worker/searchAttributes.js';
import { BenchWorker, percentile, pool, retried, rssBytes, sleep } from './harness.js';

const MB = 2 ** 20;
const example = readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8');
const exampleUscc = JSON.parse(example).application.dcuUscc as string;
const unitActor = { role: 'unit', id: 'unit-admin' } as const;

/** what a start answers (the contract's state summary), as far as the scale bench reads it */
interface StartAnswer {
  nextDeadlines?: { at: string; what: string; ruleId: string }[];
}

/** the example application as unit `uscc`'s, started by update-with-start on `taskQueue` */
async function startUnit(client: Client, taskQueue: string, uscc: string): Promise<StartAnswer> {
  const command = { type: 'SUBMIT_APPLICATION', actor: unitActor, ...JSON.parse(example.replaceAll(exampleUscc, uscc)) };
  // an operation executes once: a retry needs its own (the start stays idempotent by workflow id)
  const startWorkflowOperation = () => new WithStartWorkflowOperation('unitLifecycle', { workflowId: `unit:${uscc}`, taskQueue, args: [{ unitId: uscc }], workflowIdConflictPolicy: 'USE_EXISTING' });
  return (await retried(() => client.workflow.executeUpdateWithStart('dispatch', { args: [command], startWorkflowOperation: startWorkflowOperation() }))) as StartAnswer;
}

/** the `i`-th unit of a scale run: USCCs of their own (`MC`, `MD` prefixes), valid check character */
const usccOf = (prefix: 'MC' | 'MD', i: number): string => usccWithCheck(`91510100${prefix}${String(i).padStart(7, '0')}`);

/** one checkpoint of an idle-scale run */
export interface ScaleCheckpoint {
  /** live units started so far (the first included) */
  units: number;
  /** starts per second in the segment since the previous checkpoint (update-with-start) */
  startsPerS: number;
  /** worker RSS after a full GC, MB */
  workerRssMB: number;
  /** the main thread's V8 heap in use after the GC, MB (the workflows run in worker threads: not in it) */
  heapMB: number;
  /** (RSS − RSS with one unit) ÷ (units − 1), MB */
  perUnitMB: number;
  /** the RSS growth of this segment ÷ its units, MB (the slope) */
  segmentPerUnitMB: number;
  /** the dev server's RSS (no GC), MB */
  serverRssMB: number;
}

export interface ScaleFigures {
  /** worker RSS after a full GC with one unit, MB */
  baselineRssMB: number;
  checkpoints: ScaleCheckpoint[];
  /** set when a bound stopped the run: how many units were live, and why */
  stopped?: { units: number; why: string };
  clients: number;
  /** starts refused even after the bench's retries (not counted as live) */
  failedStarts: number;
}

/**
 * Starts units on one worker up to each of `counts` (ascending), idle in between; stops early when
 * the worker's RSS passes `rssBoundMB`. `server` is the dev server's pid.
 */
export async function idleScale(env: TestWorkflowEnvironment, server: number, bundlePath: string, dir: string, counts: number[], opts: { clients: number; rssBoundMB: number; maxSeconds?: number; log: (line: string) => void }): Promise<ScaleFigures> {
  const taskQueue = 'bench-scale';
  const max = Math.max(...counts);
  // V8's default heap limit (about 4 GB here) would stop a worker near 1,300 of today's units with
  // minutes-long GC pauses (workflow tasks time out); the RSS bound is the one that should stop it
  const worker = await BenchWorker.start({ address: env.address, namespace: env.namespace ?? 'default', taskQueue, bundlePath, maxCachedWorkflows: max + 100, dir }, [`--max-old-space-size=${opts.rssBoundMB + 1024}`]);
  try {
    await startUnit(env.client, taskQueue, usccOf('MC', 0));
    await worker.drained(500);
    const baseline = (await worker.probe()).rss;
    const figures: ScaleFigures = { baselineRssMB: baseline / MB, checkpoints: [], clients: opts.clients, failedStarts: 0 };
    let live = 1;
    let previousRss = baseline;
    const deadline = opts.maxSeconds ? performance.now() + opts.maxSeconds * 1000 : Infinity;
    for (const count of [...counts].sort((a, b) => a - b)) {
      const from = live;
      const t0 = performance.now();
      await pool(Array.from({ length: Math.max(0, count - from) }, (_, k) => from + k), opts.clients, async (i) => {
        if (figures.stopped) return;
        try {
          await startUnit(env.client, taskQueue, usccOf('MC', i));
        } catch (err) {
          // refused even after the retries (an overloaded server): counted, the run goes on
          figures.failedStarts++;
          if (figures.failedStarts <= 3) opts.log(`bench: scale: start ${i} failed: ${String(err).slice(0, 200)}`);
          return;
        }
        live++;
        if (live % 25 === 0 && !figures.stopped) {
          const rss = worker.rss();
          if (rss > opts.rssBoundMB * MB) figures.stopped = { units: live, why: `worker RSS ${(rss / MB).toFixed(0)} MB passed the bound of ${opts.rssBoundMB} MB (--scale-bound-mb)` };
          else if (figures.checkpoints.length > 0 && performance.now() > deadline) figures.stopped = { units: live, why: `the run's time bound of ${opts.maxSeconds} s passed (--scale-max-s)` };
        }
        if (live % 500 === 0) opts.log(`bench: scale ${live} units live, worker RSS ${(worker.rss() / MB).toFixed(0)} MB`);
      });
      const startsPerS = (live - from) / ((performance.now() - t0) / 1000);
      await worker.drained(500);
      const { rss, heapUsed } = await worker.probe();
      figures.checkpoints.push({
        units: live,
        startsPerS,
        workerRssMB: rss / MB,
        heapMB: heapUsed / MB,
        perUnitMB: (rss - baseline) / Math.max(1, live - 1) / MB,
        segmentPerUnitMB: (rss - previousRss) / Math.max(1, live - from) / MB,
        serverRssMB: rssBytes(server) / MB,
      });
      previousRss = rss;
      opts.log(`bench: scale checkpoint ${JSON.stringify(figures.checkpoints.at(-1))}`);
      if (figures.stopped) break;
    }
    return figures;
  } finally {
    await worker.stop();
  }
}

/**
 * "linear" when every later segment's per-unit growth is within ±`tolerance` of the first
 * checkpoint's per-unit cost (the numbers decide; a single checkpoint cannot say).
 */
export function growthVerdict(figures: ScaleFigures, tolerance = 0.2): string {
  const [first, ...rest] = figures.checkpoints;
  if (!first || rest.length === 0) return 'one checkpoint only: growth not measured';
  const ratios = rest.map((c) => c.segmentPerUnitMB / first.perUnitMB);
  const linear = ratios.every((r) => Math.abs(r - 1) <= tolerance);
  return `${linear ? 'linear' : 'not linear'}: per-unit growth of the later segment(s) ${rest.map((c) => c.segmentPerUnitMB.toFixed(3)).join(', ')} MB vs ${first.perUnitMB.toFixed(3)} MB a unit up to ${first.units} (ratio ${ratios.map((r) => r.toFixed(2)).join(', ')}, tolerance ±${tolerance * 100}%)`;
}

/** lags of one kind, ms after the scheduled instant */
export interface LagStats {
  p50: number;
  p99: number;
  max: number;
  /** units for which it was seen */
  n: number;
}

export interface LagFigures {
  units: number;
  /** the deadline every unit had (what, rule, instant) */
  deadline: string;
  /** the timer fired (server) */
  fired: LagStats;
  /** the workflow task that applied the deadline completed */
  applied: LagStats;
  /** the record write (local activity marker) */
  recorded: LagStats;
  /** the notice sent: its local attempt's marker, or its activity started (a slow mail server) */
  noticeStarted: LagStats;
  startsPerS: number;
  /** starts refused even after the bench's retries (those units are left out) */
  failedStarts: number;
}

const stats = (xs: number[]): LagStats => (xs.length === 0 ? { p50: NaN, p99: NaN, max: NaN, n: 0 } : { p50: percentile(xs, 50), p99: percentile(xs, 99), max: Math.max(...xs), n: xs.length });

const eventMs = (e: { eventTime?: { seconds?: unknown; nanos?: number | null } | null }): number => Number(e.eventTime?.seconds ?? 0) * 1000 + Math.floor((e.eventTime?.nanos ?? 0) / 1e6);

/**
 * `units` applications waiting for the officer on one worker (cache holds them all), on the
 * time-skipping server; the clock skipped to `leadMs` before their T-18 escalation, then real time.
 */
export async function timerLag(bundlePath: string, dir: string, units: number, opts: { clients: number; leadMs: number; log: (line: string) => void }): Promise<LagFigures> {
  const env = await createTestEnv();
  try {
    const namespace = env.namespace ?? 'default';
    await registerSearchAttributes(env.connection, namespace);
    const taskQueue = 'bench-lag';
    const worker = await BenchWorker.start({ address: env.address, namespace, taskQueue, bundlePath, maxCachedWorkflows: units + 100, dir });
    try {
      const scheduled = new Map<number, { at: number; label: string }>();
      let failedStarts = 0;
      const t0 = performance.now();
      await pool(Array.from({ length: units }, (_, i) => i), opts.clients, async (i) => {
        let answer: StartAnswer;
        try {
          answer = await startUnit(env.client, taskQueue, usccOf('MD', i));
        } catch {
          failedStarts++;
          return;
        }
        const next = answer.nextDeadlines?.[0];
        if (next) scheduled.set(i, { at: Date.parse(next.at), label: `${next.what} (${next.ruleId}) at ${next.at}` });
      });
      const startsPerS = units / ((performance.now() - t0) / 1000);
      await worker.drained(500);
      const instants = [...scheduled.values()].map((s) => s.at);
      if (instants.length === 0) throw new Error('timer lag: no unit started with a deadline ahead');
      const first = Math.min(...instants);
      const last = Math.max(...instants);
      const skip = first - (await env.currentTimeMs()) - opts.leadMs;
      opts.log(`bench: timer lag: ${units} units started; skipping ${(skip / 86_400_000).toFixed(2)} days to ${opts.leadMs / 1000} s before ${new Date(first).toISOString()}`);
      if (skip > 0) await env.sleep(skip);
      // from here the server's clock runs in real time: wait for the instant, then for the effects
      while ((await env.currentTimeMs()) < last) await sleep(500);
      await worker.drained(2000);
      const lags = { fired: [] as number[], applied: [] as number[], recorded: [] as number[], noticeStarted: [] as number[] };
      await pool([...scheduled.entries()], opts.clients, async ([i, { at }]) => {
        const history = await retried(() => env.client.workflow.getHandle(`unit:${usccOf('MD', i)}`).fetchHistory());
        const events = history.events ?? [];
        const firedAt = events.findIndex((e) => e.timerFiredEventAttributes && eventMs(e) >= at - 1);
        if (firedAt < 0) return;
        lags.fired.push(eventMs(events[firedAt]!) - at);
        const after = events.slice(firedAt + 1);
        const firstOf = (pick: (e: (typeof events)[number]) => unknown, into: number[]) => {
          const e = after.find(pick);
          if (e) into.push(eventMs(e) - at);
        };
        firstOf((e) => e.workflowTaskCompletedEventAttributes, lags.applied);
        firstOf((e) => e.markerRecordedEventAttributes, lags.recorded);
        // since 'notices-local' the notice goes as a local attempt (its marker); an activity when the mail server was slow
        const localNotice = (e: (typeof events)[number]) => Object.values(e.markerRecordedEventAttributes?.details ?? {}).some((p) => (p.payloads ?? []).some((x) => Buffer.from(x.data ?? []).toString('utf8').includes('sendNotices')));
        firstOf((e) => e.activityTaskStartedEventAttributes || localNotice(e), lags.noticeStarted);
      });
      const labels = new Set([...scheduled.values()].map((s) => s.label));
      return { units, deadline: [...labels].join('; '), fired: stats(lags.fired), applied: stats(lags.applied), recorded: stats(lags.recorded), noticeStarted: stats(lags.noticeStarted), startsPerS, failedStarts };
    } finally {
      await worker.stop();
    }
  } finally {
    await env.teardown();
  }
}
