/**
 * One worker of `npm run bench` (bench/orchestration.ts), in its own process so that its CPU time
 * and resident memory are its own. Started with `node --expose-gc --import tsx`; the argument is a
 * JSON `BenchWorkerSpec`. Real activities: the decision record and the sent-notice record in SQLite
 * files, mail through nodemailer's JSON transport (a null sink), the gateway a no-op.
 * Talks to its parent over IPC: `ready` once polling; on `{ ask: 'probe' }` (after a full GC) it
 * answers `{ rss, heapUsed, external, activities }` (bytes; activities completed so far).
 */
import { join } from 'node:path';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createActivities, type Activities } from '../../activities/index.js';
import { SqliteDecisionStore } from '../../activities/record/index.js';
import { sqliteSentNotices } from '../../activities/sentNotices.js';
import { makePolicy } from '../../machines/policy.js';

/** what the parent asks of one worker process */
export interface BenchWorkerSpec {
  address: string;
  namespace: string;
  taskQueue: string;
  bundlePath: string;
  maxCachedWorkflows: number;
  /** where its SQLite files go */
  dir: string;
  /** extra worker options (e.g. `reuseV8Context`) */
  options?: Record<string, unknown>;
}

/** the child's answer to a probe */
export interface Probe {
  rss: number;
  heapUsed: number;
  external: number;
  activities: number;
}

const spec = JSON.parse(process.argv[2]!) as BenchWorkerSpec;
Runtime.install({ logger: new DefaultLogger('ERROR') });
const connection = await NativeConnection.connect({ address: spec.address });
const real = createActivities({
  policy: makePolicy(),
  mailer: { transport: nodemailer.createTransport({ jsonTransport: true }), from: 'noreply@leqi.invalid' },
  officerMailbox: 'officer@tax.invalid',
  provincialBureauMailbox: 'bureau@tax.invalid',
  supervisorMailbox: 'supervisor@tax.invalid',
  gateway: async () => {},
  decisions: new SqliteDecisionStore({ path: join(spec.dir, `${spec.taskQueue}-record.db`) }),
  sentNotices: sqliteSentNotices({ path: join(spec.dir, `${spec.taskQueue}-sent.db`) }),
});
let completed = 0;
const counted = Object.fromEntries(
  Object.entries(real).map(([name, fn]) => [name, async (...args: unknown[]) => {
    const result = await (fn as (...a: unknown[]) => Promise<unknown>)(...args);
    completed++;
    return result;
  }]),
) as Activities;
const worker = await Worker.create({
  connection,
  namespace: spec.namespace,
  taskQueue: spec.taskQueue,
  workflowBundle: { codePath: spec.bundlePath },
  activities: counted,
  maxCachedWorkflows: spec.maxCachedWorkflows,
  ...spec.options,
});
process.on('message', (m: { ask?: string }) => {
  if (m.ask === 'probe') {
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    process.send!({ probe: { rss: mem.rss, heapUsed: mem.heapUsed, external: mem.external, activities: completed } satisfies Probe });
  } else if (m.ask === 'stop') worker.shutdown();
});
const running = worker.run();
process.send!({ ready: true });
await running;
await connection.close();
process.exit(0);
