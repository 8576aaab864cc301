/**
 * `npm run worker` as a real child process for the crash tests (test/workflows/crash*.test.ts): its
 * own task queue, sent-notice record and decision record under `dir`, mail to a local SMTP server.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

const root = new URL('../../', import.meta.url).pathname;

/** every worker process started through this module, so that a failed or timed-out test leaves none running */
export const spawned = new Set<ChildProcess>();

export interface WorkerProcessOptions {
  /** the Temporal frontend, host:port */
  address: () => string;
  /** the local SMTP server's port */
  smtpPort: () => number;
  /** where the worker's stores live (and `policy.json`, its LEQI_POLICY) */
  dir: () => string;
  /** the pre-built workflow bundle (LEQI_WORKFLOW_BUNDLE) */
  bundlePath: string;
}

export class WorkerProcess {
  child: ChildProcess | null = null;
  /** `cache: false` is LEQI_MAX_CACHED_WORKFLOWS=0 (every task replays the history) */
  constructor(
    readonly taskQueue: string,
    readonly cache: boolean,
    private readonly options: WorkerProcessOptions,
  ) {}

  /** resolves once the worker polls (it prints `worker on …`) */
  async start(): Promise<void> {
    const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(LEQI_|TEMPORAL_|SMTP_|MAIL_)/.test(k)));
    const dir = this.options.dir();
    // node itself with tsx as its loader: the tsx CLI would run the worker in a child process that a
    // SIGKILL of the CLI leaves running (an orphan still polling), so no crash would happen at all
    const child = spawn(process.execPath, ['--import', 'tsx', 'worker/main.ts'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...base,
        TEMPORAL_ADDRESS: this.options.address(),
        LEQI_TASK_QUEUE: this.taskQueue,
        ...(this.cache ? {} : { LEQI_MAX_CACHED_WORKFLOWS: '0' }),
        LEQI_WORKFLOW_BUNDLE: this.options.bundlePath,
        SMTP_URL: `smtp://127.0.0.1:${this.options.smtpPort()}`,
        LEQI_SENT_NOTICES_PATH: join(dir, `${this.taskQueue}-sent.sqlite`),
        LEQI_RECORD_URL: `sqlite:${join(dir, `${this.taskQueue}-decisions.sqlite`)}`,
        LEQI_DATA_DIR: dir,
        LEQI_SECURITY_LOG: join(dir, 'security.log'),
        LEQI_POLICY: join(dir, 'policy.json'),
      },
    });
    this.child = child;
    spawned.add(child);
    child.once('exit', () => spawned.delete(child));
    let out = '';
    await new Promise<void>((resolve, reject) => {
      const seen = (d: Buffer): void => {
        out += d.toString();
        if (out.includes('worker on ')) resolve();
      };
      child.stdout!.on('data', seen);
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      child.once('exit', (code) => reject(new Error(`worker exited ${code} before polling: ${out.slice(-2000)}`)));
    });
  }

  /** SIGKILL: no shutdown, no flushing; whatever the worker was doing is cut off */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }
}

/** A local SMTP server that accepts everything and counts each Message-ID it receives (loopback, a free port). */
export async function countingSmtpServer(): Promise<{ port: number; received: Map<string, number>; close(): Promise<void> }> {
  const received = new Map<string, number>();
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      let raw = '';
      stream.on('data', (d: Buffer) => (raw += d.toString()));
      stream.on('end', () => {
        const id = /^Message-ID:\s*(<[^>]+>)/im.exec(raw)?.[1] ?? `(none ${received.size})`;
        received.set(id, (received.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((r) => smtp.listen(0, '127.0.0.1', r));
  return { port: (smtp.server.address() as { port: number }).port, received, close: () => new Promise<void>((r) => smtp.close(() => r())) };
}
