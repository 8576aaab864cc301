/**
 * What the parts of the orchestration bench (bench/orchestration.ts, bench/orchestration/scale.ts)
 * share: client pools, retries on an overloaded machine, CPU and memory read from /proc, and the
 * bench worker process (bench/orchestration/worker.ts) driven over IPC.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchWorkerSpec, Probe } from './worker.js';

/** the median (lower middle) of `xs` */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

/** the `p`-th percentile (0–100, nearest rank) of `xs` */
export function percentile(xs: number[], p: number): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** `n` clients working through `items` in order, each waiting for its answer before the next */
export async function pool<T>(items: T[], n: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) await fn(items[next++]!);
  }));
}

/** calls the bench retried (time-outs and aborted updates on a loaded machine), printed with its table */
export const counters = { retries: 0 };

/**
 * An overloaded machine may time a call out or abort an update; the bench retries (starts are
 * idempotent by workflow id, commands by request id) and counts the retries in its output.
 */
export async function retried<T>(fn: () => Promise<T>, attempts = 6): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await fn();
    } catch (err) {
      if (i >= attempts) throw err;
      counters.retries++;
      await sleep(500 * i);
    }
  }
}

/** CPU seconds (user + system) of a process and its threads so far, from /proc */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/** resident memory of a process now, in bytes (VmRSS from /proc; no GC first) */
export function rssBytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/\d+/)?.[0] ?? 0) * 1024;
}

/** the dev server the test environment spawned: our child whose command line is `temporal server start-dev` */
export function serverPid(): number {
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (ppid !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('start-dev')) return Number(entry);
    } catch {
      // a process that ended meanwhile
    }
  }
  throw new Error('dev server process not found among this process’s children');
}

/** one bench worker process (bench/orchestration/worker.ts): probes after a full GC, CPU, stop */
export class BenchWorker {
  private constructor(readonly child: ChildProcess, private waiting: ((p: Probe) => void)[] = []) {
    child.on('message', (m: { probe?: Probe }) => {
      if (m.probe) this.waiting.shift()?.(m.probe);
    });
  }

  /** `nodeOptions`: extra flags for its Node, e.g. `--max-old-space-size=8192` */
  static async start(spec: BenchWorkerSpec, nodeOptions: string[] = []): Promise<BenchWorker> {
    const child = fork(fileURLToPath(new URL('./worker.ts', import.meta.url)), [JSON.stringify(spec)], {
      // LEQI_BENCH_CPU_PROF=<dir>: every thread of the worker writes a CPU profile there (a profiling run)
      execArgv: ['--expose-gc', ...nodeOptions, '--import', 'tsx', ...(process.env.LEQI_BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.LEQI_BENCH_CPU_PROF}`] : [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await new Promise<void>((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`bench worker exited with ${code}`)));
    });
    return new BenchWorker(child);
  }

  probe(): Promise<Probe> {
    return new Promise((resolve) => {
      this.waiting.push(resolve);
      this.child.send({ ask: 'probe' });
    });
  }

  cpu(): number {
    return cpuSeconds(this.child.pid!);
  }

  /** resident memory now (bytes), without a GC: cheap enough to watch a bound */
  rss(): number {
    return rssBytes(this.child.pid!);
  }

  /** waits until no activity completed for `quietMs` */
  async drained(quietMs = 1000): Promise<void> {
    let last = (await this.probe()).activities;
    for (;;) {
      await sleep(quietMs);
      const now = (await this.probe()).activities;
      if (now === last) return;
      last = now;
    }
  }

  async stop(): Promise<void> {
    const exited = new Promise((r) => this.child.once('exit', r));
    this.child.send({ ask: 'stop' });
    await Promise.race([exited, sleep(20_000)]);
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}
