/**
 * `npm run bench` (its last part): what the orchestration around the chart costs, against two bare
 * Temporal workflows measured in the same run (issue 19). It starts its own Temporal dev server
 * (SQLite file, free ports, never the defaults) and, per run, one worker process of its own
 * (bench/orchestration/worker.ts) with the real activities and a null mail sink:
 *
 * - `bare`: an update that appends to an array (the no-effect ceiling);
 * - `bare-same-effects`: the same plus the record writes and notices unitLifecycle performs for these
 *   commands, through the same activities (bench/orchestration/bareWorkflows.ts);
 * - `dispatch`: unitLifecycle through the contract's `dispatch` update.
 *
 * Runs alternate A-B-C-C-B-A over `--repeats`; each figure is min/median/max over them. Per run: N units
 * started by update-with-start (10 clients), then K `SET_CONCURRENCY` commands per unit at 1, 10 and 50
 * clients; CPU of the worker and the server per command at 10 clients, effects included (read from
 * /proc after the effects drained); worker memory per cached unit (RSS after a full GC, before and after
 * the starts). Then one 2-year life on the time-skipping server (bench/orchestration/life.ts): history
 * events by type and by what woke each workflow task, workflow tasks, activities, wall time; and
 * (not with --quick) a 20-year life of ten renewed terms, one run per term (continue-as-new). Printed,
 * never asserted; the last lines are machine-readable:
 *
 *     ratio dispatch/bare-same-effects: 0.NN
 *     ratio dispatch/bare: 0.NN
 *     memory per cached unit MB: N.NN
 *     events per 2-year term: NNN
 *
 * Issue 19 item 3 (bench/orchestration/scale.ts): `--scale 1000,10000` live idle units on one worker
 * (start rate, memory per unit and its growth; stops when the worker passes `--scale-bound-mb`, default
 * 6000) and `--timer-lag 1000` units whose deadline falls within the run (p50/p99 lag of its effect).
 *
 * Options: `--quick` (smoke run for npm test), `--units N`, `--commands K`, `--repeats R`, `--memory-units M`,
 * `--modes dispatch,bare` (only these), `--scale A,B` (`0`: off), `--scale-bound-mb MB`, `--scale-max-s S`, `--timer-lag U`
 * (`0`: off), `--timer-lag-lead-s S`, `--parts modes,life,scale,lag` (only these parts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { bundleWorkflowCode, DefaultLogger, Runtime } from '@temporalio/worker';
import type { Recipient } from '../activities/types.js';
import { usccWithCheck } from '../machines/uscc.js';
import { createDevEnv } from '../test/support/temporal.js';
import { workflowBundleOptions } from '../worker/createWorker.js';
import { BenchWorker, counters, cpuSeconds, median, pool, retried, serverPid } from './orchestration/harness.js';
import { life, listed } from './orchestration/life.js';
import { growthVerdict, idleScale, timerLag, type LagFigures, type LagStats, type ScaleFigures } from './orchestration/scale.js';

const { values: opts } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    units: { type: 'string' },
    commands: { type: 'string' },
    repeats: { type: 'string' },
    'memory-units': { type: 'string' },
    modes: { type: 'string' },
    scale: { type: 'string' },
    'scale-bound-mb': { type: 'string' },
    'scale-max-s': { type: 'string' },
    'timer-lag': { type: 'string' },
    'timer-lag-lead-s': { type: 'string' },
    parts: { type: 'string' },
  },
});
const quick = opts.quick!;
const N = Number(opts.units ?? (quick ? 4 : 50));
const K = Number(opts.commands ?? (quick ? 3 : 10));
const REPEATS = Number(opts.repeats ?? (quick ? 1 : 2));
const MEMORY_UNITS = Number(opts['memory-units'] ?? (quick ? 8 : 1000));
const CLIENTS = quick ? [1, 2, 4] : [1, 10, 50];
/** issue 19 item 3: idle units on one worker, checkpoints (0: off) */
const SCALE = (opts.scale ?? (quick ? '8,16' : '1000,10000')).split(',').map(Number).filter((n) => n > 1);
/** the worker RSS at which the scale run stops (MB), so that it never swaps a shared machine */
const SCALE_BOUND_MB = Number(opts['scale-bound-mb'] ?? 6000);
/** the scale run's time bound in seconds (unset: none) */
const SCALE_MAX_S = opts['scale-max-s'] ? Number(opts['scale-max-s']) : undefined;
/** units whose deadline falls within the run (0: off) */
const LAG_UNITS = Number(opts['timer-lag'] ?? (quick ? 4 : 1000));
const LAG_LEAD_MS = Number(opts['timer-lag-lead-s'] ?? (quick ? 5 : 60)) * 1000;
/** which parts run: the three modes' table, the 2-year life, the idle scale, the timer lag */
const PARTS = new Set((opts.parts ?? 'modes,life,scale,lag').split(','));
const MAIN_CLIENTS = CLIENTS[1]!;

const ALL_MODES = ['bare', 'bare-same-effects', 'dispatch'] as const;
/** the table's three, and `dispatch-lean`: unitLifecycle answering a digest (bench/orchestration/leanWorkflows.ts, a proposal) */
type Mode = (typeof ALL_MODES)[number] | 'dispatch-lean';
/** issue 19: measure the leaner answer beside dispatch (not with --quick, nor when --modes leaves dispatch out) */
const LEAN = !quick && (!opts.modes || opts.modes.split(',').includes('dispatch'));
/** --modes dispatch: only some of them (a profiling run; the ratios then print as —) */
const MODES = !PARTS.has('modes') ? [] : opts.modes ? ALL_MODES.filter((m) => opts.modes!.split(',').includes(m)) : ALL_MODES;

const example = readFileSync(new URL('../examples/application.json', import.meta.url), 'utf8');
const exampleUscc = JSON.parse(example).application.dcuUscc as string;
const recipients: Recipient[] = (JSON.parse(example).contacts as { name: string; email: string; language: 'zh' | 'en' }[]).map((c) => ({ name: c.name, email: c.email, language: c.language, audience: 'unit' }));
const officer = { role: 'officer', id: 'officer-chen', authority: '15101000000' } as const;
const unitActor = { role: 'unit', id: 'unit-admin' } as const;
const quiet = { log() {}, trace() {}, debug() {}, info() {}, warn() {}, error: console.error } as never;

const answerBytes = (answer: unknown): number => Buffer.byteLength(JSON.stringify(answer ?? null));

interface RunFigures {
  /** bytes of JSON in one command's answer */
  answerBytes: number;
  startsPerS: number;
  updatesPerS: Record<number, number>;
  p50Ms: number;
  workerCpuMs: number;
  serverCpuMs: number;
  memoryPerUnitMB?: number;
}

/** one unit's handle for a mode: how to start it and how to send it a command */
function unitOps(client: Client, mode: Mode, taskQueue: string, run: number) {
  const unit = mode === 'dispatch' || mode === 'dispatch-lean';
  const id = (i: number) => (unit ? usccWithCheck(`91510100MA${String(run * 20_000 + i).padStart(7, '0')}`) : `bench-${run}-${i}`);
  const workflowId = (i: number) => (unit ? `unit:${id(i)}` : `bare:${id(i)}`);
  return {
    async start(i: number): Promise<number> {
      const uscc = id(i);
      // an operation executes once: each attempt its own (the start stays idempotent by workflow id)
      const startWorkflowOperation = () => new WithStartWorkflowOperation(unit ? 'unitLifecycle' : mode === 'bare' ? 'bareUnit' : 'bareEffectsUnit', {
        workflowId: workflowId(i),
        taskQueue,
        args: [unit ? { unitId: uscc } : { unitId: uscc, recipients }],
        workflowIdConflictPolicy: 'USE_EXISTING',
      });
      const command = unit ? { type: 'SUBMIT_APPLICATION', actor: unitActor, ...JSON.parse(example.replaceAll(exampleUscc, uscc)) } : { type: 'SUBMIT_APPLICATION', actor: unitActor };
      return answerBytes(await retried(() => client.workflow.executeUpdateWithStart('dispatch', { args: [command], startWorkflowOperation: startWorkflowOperation() })));
    },
    /** sends a command (with a request id, so that a retry is answered, not applied again); the answer's size in bytes */
    async send(i: number, command: Record<string, unknown>, requestId: string): Promise<number> {
      return answerBytes(await retried(() => client.workflow.getHandle(workflowId(i)).executeUpdate('dispatch', { args: [{ ...command, requestId }] })));
    },
  };
}

async function runMode(env: TestWorkflowEnvironment, server: number, bundles: Record<Mode, string>, mode: Mode, run: number, memoryUnits: number, dir: string): Promise<RunFigures> {
  const taskQueue = `bench-${mode}-${run}`;
  const starts = Math.max(N, memoryUnits);
  const worker = await BenchWorker.start({ address: env.address, namespace: env.namespace ?? 'default', taskQueue, bundlePath: bundles[mode], maxCachedWorkflows: starts + 100, dir });
  try {
    const ops = unitOps(env.client, mode, taskQueue, run);
    // one unit first, so the V8 context and the activities' stores exist before the baseline probe
    await ops.start(0);
    await worker.drained(500);
    const before = await worker.probe();
    const t0 = performance.now();
    await pool(Array.from({ length: starts - 1 }, (_, i) => i + 1), MAIN_CLIENTS, (i) => ops.start(i));
    const startsPerS = (starts - 1) / ((performance.now() - t0) / 1000);
    await worker.drained(500);
    const after = await worker.probe();
    const memoryPerUnitMB = memoryUnits > 0 ? (after.rss - before.rss) / (starts - 1) / 2 ** 20 : undefined;
    await pool(Array.from({ length: N }, (_, i) => i), MAIN_CLIENTS, (i) => ops.send(i, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, `approve-${i}`));
    await worker.drained(500);

    let counter = 0;
    // round-robin over units, so one unit's commands are far apart; each a new limit (one limit change each)
    const commands = (count: number) => Array.from({ length: count }, (_, j) => ({ unit: j % N, limit: 60 + ((counter % 2) * 10), requestId: `limit-${counter++}` }));
    const updatesPerS: Record<number, number> = {};
    let p50Ms = 0;
    let workerCpuMs = 0;
    let serverCpuMs = 0;
    let bytes = 0;
    for (const clients of CLIENTS) {
      const items = commands(clients === 1 ? Math.min(N * K, quick ? N * K : 100) : N * K);
      const latencies: number[] = [];
      const cpu0 = [worker.cpu(), cpuSeconds(server)];
      const t = performance.now();
      await pool(items, clients, async ({ unit, limit, requestId }) => {
        const s = performance.now();
        bytes = await ops.send(unit, { type: 'SET_CONCURRENCY', actor: officer, limit, reason: 'bench' }, requestId);
        latencies.push(performance.now() - s);
      });
      updatesPerS[clients] = items.length / ((performance.now() - t) / 1000);
      await worker.drained(clients === MAIN_CLIENTS ? 1000 : 500);
      if (clients === 1) p50Ms = median(latencies);
      if (clients === MAIN_CLIENTS) {
        workerCpuMs = ((worker.cpu() - cpu0[0]!) * 1000) / items.length;
        serverCpuMs = ((cpuSeconds(server) - cpu0[1]!) * 1000) / items.length;
      }
    }
    return { answerBytes: bytes, startsPerS, updatesPerS, p50Ms, workerCpuMs, serverCpuMs, ...(memoryPerUnitMB !== undefined ? { memoryPerUnitMB } : {}) };
  } finally {
    await worker.stop();
  }
}

/** the idle-scale table (issue 19 item 3) */
function scaleLines(f: ScaleFigures): string[] {
  const out = [`scale: live units started by update-with-start (${f.clients} clients) and idle on one worker whose cache holds them all, dev server; worker RSS after a full GC (${fmt(f.baselineRssMB, 0)} MB with one unit)`];
  out.push('', '| live units | starts/s (segment) | worker RSS (MB) | main-thread V8 heap (MB) | worker MB per unit | segment growth per unit (MB) | dev server RSS (MB) |', '| --- | --- | --- | --- | --- | --- | --- |');
  for (const c of f.checkpoints) out.push(`| ${c.units} | ${fmt(c.startsPerS)} | ${fmt(c.workerRssMB, 0)} | ${fmt(c.heapMB, 0)} | ${fmt(c.perUnitMB, 3)} | ${fmt(c.segmentPerUnitMB, 3)} | ${fmt(c.serverRssMB, 0)} |`);
  out.push(`growth: ${growthVerdict(f)}`);
  if (f.stopped) out.push(`stopped at ${f.stopped.units} units: ${f.stopped.why}`);
  if (f.failedStarts > 0) out.push(`starts refused even after retries (not live, not counted): ${f.failedStarts}`);
  return out;
}

/** the timer-lag table (issue 19 item 3) */
function lagLines(f: LagFigures): string[] {
  const out = [`timer lag: ${f.units} units whose deadline falls within the run (${f.deadline}); time-skipping server skipped to ${LAG_LEAD_MS / 1000} s before it, then real time; one worker, cache holds them all; starts ${fmt(f.startsPerS)}/s${f.failedStarts ? `, ${f.failedStarts} start(s) refused even after retries (left out)` : ''}`];
  out.push('', '| after the scheduled instant (ms) | p50 | p99 | max | units |', '| --- | --- | --- | --- | --- |');
  const rows: [string, LagStats][] = [['timer fired (server)', f.fired], ['deadline applied (its workflow task completed)', f.applied], ['record written (local activity marker)', f.recorded], ['notice sent (its local attempt, or its activity started)', f.noticeStarted]];
  for (const [name, s] of rows) out.push(`| ${name} | ${fmt(s.p50, 0)} | ${fmt(s.p99, 0)} | ${fmt(s.max, 0)} | ${s.n} |`);
  return out;
}

function fmt(x: number | undefined, digits = 1): string {
  return x === undefined || Number.isNaN(x) ? '—' : x.toFixed(digits);
}

function spread(xs: number[], digits = 1): string {
  if (xs.length === 0) return '—';
  if (xs.length === 1) return fmt(xs[0], digits);
  return `${fmt(Math.min(...xs), digits)} / ${fmt(median(xs), digits)} / ${fmt(Math.max(...xs), digits)}`;
}

async function main(): Promise<void> {
  Runtime.install({ logger: new DefaultLogger('ERROR') });
  const dir = mkdtempSync(join(tmpdir(), 'leqi-bench-'));
  try {
    const bundles = {} as Record<Mode, string>;
    const leqiCode = (await bundleWorkflowCode({ ...workflowBundleOptions, logger: quiet })).code;
    const bareCode = (await bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./orchestration/bareWorkflows.ts', import.meta.url)), logger: quiet })).code;
    writeFileSync((bundles.dispatch = join(dir, 'leqi-bundle.js')), leqiCode);
    writeFileSync((bundles.bare = join(dir, 'bare-bundle.js')), bareCode);
    bundles['bare-same-effects'] = bundles.bare;
    // built as the worker's (one shared module), only the workflow file differs
    const leanPath = fileURLToPath(new URL('./orchestration/leanWorkflows.ts', import.meta.url));
    if (LEAN) writeFileSync((bundles['dispatch-lean'] = join(dir, 'lean-bundle.js')), (await bundleWorkflowCode({ ...workflowBundleOptions, workflowsPath: leanPath, preloadModules: [leanPath], logger: quiet })).code);

    const env = await createDevEnv({ dbFilename: join(dir, 'temporal.db'), extraArgs: ['--log-level', 'never'] });
    const figures: Record<Mode, RunFigures[]> = { bare: [], 'bare-same-effects': [], dispatch: [], 'dispatch-lean': [] };
    let scaleFigures: ScaleFigures | undefined;
    let lagFigures: LagFigures | undefined;
    try {
      const server = serverPid();
      // A-B-C-C-B-A…: each mode as often early as late
      const order: Mode[] = [];
      // the lean answer right beside dispatch, in the same alternation
      const modes: Mode[] = MODES.flatMap((m): Mode[] => (m === 'dispatch' && LEAN ? ['dispatch', 'dispatch-lean'] : [m]));
      for (let r = 0; r < REPEATS; r++) order.push(...(r % 2 === 0 ? modes : [...modes].reverse()));
      let run = 0;
      for (const mode of order) {
        run++;
        const memoryUnits = figures[mode].length === 0 && mode !== 'dispatch-lean' ? MEMORY_UNITS : 0;
        process.stderr.write(`bench: run ${run}/${order.length} ${mode}${memoryUnits ? ` (${memoryUnits} units kept in cache)` : ''}…\n`);
        figures[mode].push(await runMode(env, server, bundles, mode, run, memoryUnits, dir));
      }
      if (PARTS.has('scale') && SCALE.length > 0) {
        process.stderr.write(`bench: scale, ${SCALE.join(' then ')} idle units on one worker (stops at ${SCALE_BOUND_MB} MB RSS)…\n`);
        scaleFigures = await idleScale(env, server, bundles.dispatch, dir, SCALE, { clients: MAIN_CLIENTS, rssBoundMB: SCALE_BOUND_MB, ...(SCALE_MAX_S ? { maxSeconds: SCALE_MAX_S } : {}), log: (l) => process.stderr.write(`${l}\n`) });
      }
    } finally {
      await env.teardown();
    }
    if (PARTS.has('life')) process.stderr.write('bench: a 2-year life on the time-skipping server…\n');
    const lifeFigures = PARTS.has('life') ? await life(bundles.dispatch) : null;
    // issue 19: a 20-year life (ten terms, each renewed on time) stays bounded by continue-as-new, a run per term
    const LONG_TERMS = quick || !PARTS.has('life') ? 0 : 10;
    if (LONG_TERMS) process.stderr.write(`bench: a ${LONG_TERMS * 2}-year life on the time-skipping server…\n`);
    const longLife = LONG_TERMS ? await life(bundles.dispatch, { terms: LONG_TERMS }) : null;
    if (PARTS.has('lag') && LAG_UNITS > 0) {
      process.stderr.write(`bench: timer lag, ${LAG_UNITS} units on the time-skipping server…\n`);
      lagFigures = await timerLag(bundles.dispatch, dir, LAG_UNITS, { clients: MAIN_CLIENTS, leadMs: LAG_LEAD_MS, log: (l) => process.stderr.write(`${l}\n`) });
    }

    const col = (mode: Mode, pick: (f: RunFigures) => number | undefined, digits = 1) => spread(figures[mode].map(pick).filter((x): x is number => x !== undefined), digits);
    const med = (mode: Mode, pick: (f: RunFigures) => number | undefined) => median(figures[mode].map(pick).filter((x): x is number => x !== undefined));
    const rows: [string, (f: RunFigures) => number | undefined, number, 'higher' | 'lower'][] = [
      ['updates/s, 1 client', (f) => f.updatesPerS[1], 1, 'higher'],
      ...CLIENTS.slice(1).map((c) => [`updates/s, ${c} clients`, (f: RunFigures) => f.updatesPerS[c], 1, 'higher'] as [string, (f: RunFigures) => number | undefined, number, 'higher']),
      ['update latency p50, 1 client (ms)', (f) => f.p50Ms, 1, 'lower'],
      [`starts/s (update-with-start, ${MAIN_CLIENTS} clients)`, (f) => f.startsPerS, 1, 'higher'],
      [`worker CPU per command incl. effects, ${MAIN_CLIENTS} clients (ms)`, (f) => f.workerCpuMs, 2, 'lower'],
      [`server CPU per command incl. effects, ${MAIN_CLIENTS} clients (ms)`, (f) => f.serverCpuMs, 2, 'lower'],
      ['answer of one command (bytes of JSON)', (f) => f.answerBytes, 0, 'lower'],
      [`worker memory per cached unit, ${MEMORY_UNITS} units (MB)`, (f) => f.memoryPerUnitMB, 3, 'lower'],
    ];
    const out: string[] = [];
    out.push(`orchestration bench: N = ${N} units × K = ${K} SET_CONCURRENCY commands, clients ${CLIENTS.join('/')}, ${REPEATS} repeat(s) alternating A-B-C-C-B-A; cells min / median / max`);
    out.push(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, load average ${loadavg().map((l) => l.toFixed(1)).join(' ')} at the end; Temporal dev server (SQLite file), one worker process, mail to a null sink`);
    out.push('');
    out.push('| figure | bare | bare-same-effects | dispatch | dispatch/bare | dispatch/bare-same-effects |');
    out.push('| --- | --- | --- | --- | --- | --- |');
    for (const [name, pick, digits] of rows) {
      const [b, e, d] = [med('bare', pick), med('bare-same-effects', pick), med('dispatch', pick)];
      out.push(`| ${name} | ${col('bare', pick, digits)} | ${col('bare-same-effects', pick, digits)} | ${col('dispatch', pick, digits)} | ${fmt(d / b, 2)} | ${fmt(d / e, 2)} |`);
    }
    out.push(`retried calls (time-outs and aborted updates on a loaded machine): ${counters.retries}`);
    if (figures['dispatch-lean'].length > 0) {
      const ratio = (pick: (f: RunFigures) => number | undefined) => fmt(med('dispatch-lean', pick) / med('dispatch', pick), 2);
      const cell = (pick: (f: RunFigures) => number | undefined, digits = 1) => `${col('dispatch-lean', pick, digits)} (dispatch ${col('dispatch', pick, digits)}, ×${ratio(pick)})`;
      out.push(
        `leaner answer, measured beside dispatch (a proposal, not the contract's answer: the update answers a digest — unitId, phase, limit, next deadline — and the summary stays the \`state\` query): ` +
          `${cell((f) => f.answerBytes, 0)} bytes; updates/s ${CLIENTS.map((c) => `${c} client(s) ${cell((f) => f.updatesPerS[c])}`).join(', ')}; p50 1 client ${cell((f) => f.p50Ms)} ms; ` +
          `worker CPU per command ${cell((f) => f.workerCpuMs, 2)} ms, server ${cell((f) => f.serverCpuMs, 2)} ms`,
      );
    }
    out.push('');
    const events = lifeFigures ? lifeFigures.runs.reduce((n, r) => n + r.events, 0) : NaN;
    if (lifeFigures) {
      const term = lifeFigures.runs[0]!;
      const { split } = lifeFigures;
      out.push(`2-year life (time-skipping server, null sink; submit, approve, no renewal, +2 years 1 month): ${fmt(lifeFigures.wallS, 2)} s wall (the first workflow task ${fmt(split.submitS, 2)} s, approval ${fmt(split.approveS, 2)} s, the clock ${fmt(split.clockS, 2)} s), ${events} history events in ${lifeFigures.runs.length} run(s), ${term.workflowTasks} workflow tasks, activities: ${listed(term.activities)}, ${term.markers} markers; phase at the end: ${lifeFigures.phase}`);
      out.push(`  its events by type: ${listed(term.eventTypes)}`);
      out.push(`  its workflow tasks woken by: ${listed(term.causes)}`);
    }
    if (longLife) {
      const sizes = longLife.runs.map((r) => r.events);
      out.push(`${longLife.terms * 2}-year life (${longLife.terms} terms, each renewed on time, the last left to end): ${fmt(longLife.wallS, 2)} s wall, ${longLife.runs.length} runs (continue-as-new at each new term), history events per run ${Math.min(...sizes)}–${Math.max(...sizes)} (${sizes.join(', ')}); phase at the end: ${longLife.phase}`);
    }
    if (scaleFigures) out.push('', ...scaleLines(scaleFigures));
    if (lagFigures) out.push('', ...lagLines(lagFigures));
    out.push('');
    const tput = (m: Mode) => med(m, (f) => f.updatesPerS[MAIN_CLIENTS]);
    out.push(`ratio dispatch/bare-same-effects: ${(tput('dispatch') / tput('bare-same-effects')).toFixed(2)}`);
    out.push(`ratio dispatch/bare: ${(tput('dispatch') / tput('bare')).toFixed(2)}`);
    out.push(`memory per cached unit MB: ${fmt(med('dispatch', (f) => f.memoryPerUnitMB), 2)}`);
    out.push(`events per 2-year term: ${events}`);
    console.log(out.join('\n'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
