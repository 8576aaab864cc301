// `npm start`: everything on one machine. Installs what npm and pip can (scripts/setup.mjs: npm ci
// when node_modules is missing or stale, the Temporal binaries), starts the Temporal dev server
// (persisted in .data/), configures its namespace, the mail catcher (maildev), the worker and the
// HTTP API, each started when the one before is really ready (Temporal serving, SMTP accepting,
// the worker polling its task queue, the API answering /healthz), with a progress line per step.
// Ports and addresses come from the one configuration schema (config/env.ts).
// Add a process by adding an entry to `defineProcesses` below. Ctrl-C stops them all; if any one
// exits, the others are stopped and this exits non-zero.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as delay } from 'node:timers/promises';
import { CONTRACT_SEARCH_ATTRIBUTES } from './search-attributes.mjs';
import { PROJECT_ROOT, describeBin, resolveTemporalCli } from './temporal-bins.mjs';

const isWindows = process.platform === 'win32';
const TEMPORAL_IP = '127.0.0.1';
// the seed keeps records at least 6 months after a unit ends
const RETENTION = '180d';
let DATA_DIR = join(PROJECT_ROOT, '.data');
// set by loadSettings() from the one configuration schema, once setup has installed zod and tsx
let TEMPORAL_PORT = 7233;
let UI_PORT = 8233;
let TEMPORAL_ADDRESS = '';
let NAMESPACE = 'default';
let TASK_QUEUE = 'leqi-lifecycle';
let MAIL_SMTP_PORT = 1025;
let MAIL_WEB_PORT = 1080;
let API_PORT = 8080;
let METRICS_ADDRESS = '';
let SMTP_URL = '';
// the codec server (npm run codec) when payload-codec keys are configured: its port, else 0 (payloads stay plain JSON)
let CODEC_PORT = 0;

/** Reads the ports and names through config/env.ts (zod), so `npm start` validates like every process. */
async function loadSettings() {
  const { register } = await import('tsx/esm/api');
  register();
  const { loadEnv, smtpUrl } = await import('../config/env.ts');
  const env = loadEnv(process.env);
  TEMPORAL_PORT = env.LEQI_TEMPORAL_PORT;
  UI_PORT = env.LEQI_TEMPORAL_UI_PORT;
  TEMPORAL_ADDRESS = `${TEMPORAL_IP}:${TEMPORAL_PORT}`;
  NAMESPACE = env.TEMPORAL_NAMESPACE;
  TASK_QUEUE = env.LEQI_TASK_QUEUE;
  MAIL_SMTP_PORT = env.LEQI_MAIL_SMTP_PORT;
  MAIL_WEB_PORT = env.LEQI_MAIL_WEB_PORT;
  API_PORT = env.LEQI_API_PORT;
  METRICS_ADDRESS = env.LEQI_METRICS_ADDRESS ?? `127.0.0.1:${env.LEQI_METRICS_PORT}`;
  SMTP_URL = smtpUrl(env);
  DATA_DIR = resolve(PROJECT_ROOT, env.LEQI_DATA_DIR);
  if (env.LEQI_CODEC_KEYS) {
    // the codec server refuses to run without its auth token: say so instead of failing the whole start
    if (env.LEQI_CODEC_TOKEN) CODEC_PORT = env.LEQI_CODEC_PORT;
    else say('LEQI_CODEC_KEYS is set but LEQI_CODEC_TOKEN is not: payloads are encrypted, the codec server for the Web UI is not started');
  }
}

/** the data paths under LEQI_DATA_DIR, unless their own variables are set */
function dataEnv() {
  /** @type {Record<string, string>} */
  const out = {};
  if (!process.env.LEQI_RECORD_URL) out.LEQI_RECORD_URL = `sqlite:${join(DATA_DIR, 'decisions.sqlite')}`;
  if (!process.env.LEQI_SENT_NOTICES_PATH) out.LEQI_SENT_NOTICES_PATH = join(DATA_DIR, 'sent-notices.sqlite');
  if (!process.env.LEQI_MAIL_DIR) out.LEQI_MAIL_DIR = join(DATA_DIR, 'mail');
  return out;
}

const useColor = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (/** @type {number} */ code, /** @type {string} */ s) => (useColor ? `\x1b[${code}m${s}\x1b[0m` : s);
const say = (/** @type {string} */ msg) => console.log(`${paint(1, '[start]'.padEnd(11))} ${msg}`);

/**
 * @typedef {object} ProcessSpec
 * @property {string} name short label for log lines
 * @property {number} color ANSI color code of the label
 * @property {string} command
 * @property {string[]} args
 * @property {Record<string, string>} [env] added to this process's environment
 * @property {() => Promise<void>} [ready] resolves when the next process may start
 */

/** @returns {ProcessSpec[]} */
function defineProcesses() {
  const cli = resolveTemporalCli();
  if (!cli.path) {
    throw new Error('no Temporal CLI found: run `npm run setup`, or set TEMPORAL_CLI_PATH / put `temporal` on PATH');
  }
  const temporal = /** @type {string} */ (cli.path);
  say(`Temporal CLI: ${describeBin(cli)}`);
  const npm = isWindows ? 'npm.cmd' : 'npm';
  return [
    {
      name: 'temporal',
      color: 35,
      command: temporal,
      args: [
        'server',
        'start-dev',
        '--db-filename',
        join(DATA_DIR, 'temporal.db'),
        '--ip',
        TEMPORAL_IP,
        '--port',
        String(TEMPORAL_PORT),
        '--ui-port',
        String(UI_PORT),
        // `default` always exists; another namespace is created at launch
        ...(NAMESPACE === 'default' ? [] : ['--namespace', NAMESPACE]),
        // only honored when the database is created; configureTemporal covers an existing one
        ...CONTRACT_SEARCH_ATTRIBUTES.flatMap(({ name, type }) => ['--search-attribute', `${name}=${type}`]),
        // the Web UI decodes encrypted payloads through the codec server
        ...(CODEC_PORT ? ['--ui-codec-endpoint', `http://localhost:${CODEC_PORT}`] : []),
      ],
      ready: () => configureTemporal(temporal),
    },
    // the codec server for the Web UI, only when payload-codec keys (and its token) are configured
    ...(CODEC_PORT ? [{ name: 'codec', color: 34, command: npm, args: ['run', '--silent', 'codec'], env: { LEQI_CODEC_PORT: String(CODEC_PORT) }, ready: () => waitForCodec() }] : []),
    // the mail catcher (maildev), before the worker so the first notices have somewhere to go
    {
      name: 'mail',
      color: 32,
      command: npm,
      args: ['run', '--silent', 'mail'],
      env: { LEQI_MAIL_SMTP_PORT: String(MAIL_SMTP_PORT), LEQI_MAIL_WEB_PORT: String(MAIL_WEB_PORT), ...dataEnv() },
      ready: () => waitForMailCatcher(),
    },
    {
      name: 'worker',
      color: 36,
      command: npm,
      args: ['run', '--silent', 'worker'],
      env: { TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: NAMESPACE, SMTP_URL, LEQI_METRICS_ADDRESS: METRICS_ADDRESS, ...dataEnv() },
      ready: () => waitForWorker(temporal),
    },
    // the HTTP API on http://localhost:8080 (LEQI_API_PORT) and the officer console at /console (it prints
    // both addresses); embedded dev tokens unless LEQI_API_TOKENS
    { name: 'api', color: 33, command: npm, args: ['run', '--silent', 'api'], env: { TEMPORAL_ADDRESS, TEMPORAL_NAMESPACE: NAMESPACE, LEQI_API_PORT: String(API_PORT), ...dataEnv() }, ready: () => waitForApi() },
  ];
}

/** @type {{ spec: ProcessSpec, child: import('node:child_process').ChildProcess, exited: Promise<void> }[]} */
const running = [];
let stopping = false;

/** @param {ProcessSpec} spec */
function startProcess(spec) {
  const child = spawn(spec.command, spec.args, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...spec.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // own process group, so that stopping reaches npm's grandchildren too
    detached: !isWindows,
    shell: isWindows,
  });
  const label = paint(spec.color, `[${spec.name}]`.padEnd(11));
  for (const stream of [child.stdout, child.stderr]) {
    if (stream) createInterface({ input: stream }).on('line', (line) => console.log(`${label} ${line}`));
  }
  const exited = new Promise((resolve) => {
    child.on('error', (err) => {
      console.log(`${label} failed to start: ${err.message}`);
      resolve(undefined);
      void stopAll(`${spec.name} failed to start`, 1);
    });
    child.on('exit', (code, signal) => {
      resolve(undefined);
      if (stopping) return;
      void stopAll(`${spec.name} exited (${signal ?? `code ${code}`})`, 1);
    });
  });
  running.push({ spec, child, exited: exited.then(() => undefined) });
  return running[running.length - 1];
}

/**
 * @param {import('node:child_process').ChildProcess} child
 * @param {NodeJS.Signals} signal
 */
function signalTree(child, signal) {
  if (child.pid === undefined || child.exitCode !== null || child.signalCode !== null) return;
  try {
    if (isWindows) spawnSync('taskkill', ['/pid', String(child.pid), '/T', '/F']);
    else process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/**
 * Stops every process, the last started first, then exits.
 * @param {string} why
 * @param {number} exitCode
 */
async function stopAll(why, exitCode) {
  if (stopping) return;
  stopping = true;
  say(`${why}; stopping${exitCode ? '' : ' cleanly'}`);
  for (const { spec, child, exited } of [...running].reverse()) {
    signalTree(child, 'SIGTERM');
    const done = await Promise.race([exited.then(() => true), delay(10_000).then(() => false)]);
    if (!done) {
      say(`${spec.name} did not stop in 10 s; killing it`);
      signalTree(child, 'SIGKILL');
      await exited;
    }
  }
  process.exit(exitCode);
}

/**
 * Runs the Temporal CLI against the dev server; resolves with its exit code and output.
 * @param {string} temporal
 * @param {string[]} args
 */
function cli(temporal, args) {
  const r = spawnSync(temporal, [...args, '--address', TEMPORAL_ADDRESS], { encoding: 'utf8', timeout: 15_000 });
  return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}`.trim() };
}

/**
 * Waits for the dev server, then makes the namespace keep closed workflows 180 days and makes
 * sure the contract's search attributes exist (idempotent: same name and type succeeds).
 * @param {string} temporal
 */
async function configureTemporal(temporal) {
  const deadline = Date.now() + 60_000;
  while (!cli(temporal, ['operator', 'cluster', 'health']).output.includes('SERVING')) {
    if (stopping) return;
    if (Date.now() > deadline) throw new Error(`Temporal did not answer on ${TEMPORAL_ADDRESS} within 60 s`);
    await delay(500);
  }
  const retention = cli(temporal, ['operator', 'namespace', 'update', '--namespace', NAMESPACE, '--retention', RETENTION]);
  if (!retention.ok) throw new Error(`setting retention failed: ${retention.output}`);
  for (const { name, type } of CONTRACT_SEARCH_ATTRIBUTES) {
    const r = cli(temporal, ['operator', 'search-attribute', 'create', '--namespace', NAMESPACE, '--name', name, '--type', type]);
    if (!r.ok) throw new Error(`registering search attribute ${name} failed: ${r.output}`);
  }
  say(`Temporal is up at ${TEMPORAL_ADDRESS} (namespace ${NAMESPACE}, retention ${RETENTION}, data in ${relative(PROJECT_ROOT, DATA_DIR) || '.'}/)`);
  say(`Temporal Web UI: ${paint(4, `http://localhost:${UI_PORT}`)}`);
}

/**
 * Polls `probe` until it answers true; a progress line every 5 s says what is awaited.
 * @param {string} what
 * @param {number} seconds
 * @param {() => Promise<boolean> | boolean} probe
 */
async function waitFor(what, seconds, probe) {
  const started = Date.now();
  let told = started;
  for (;;) {
    if (stopping) return;
    if (await probe()) return;
    const now = Date.now();
    if (now - started > seconds * 1000) throw new Error(`${what}: not ready within ${seconds} s`);
    if (now - told >= 5000) {
      told = now;
      say(`waiting for ${what} (${Math.round((now - started) / 1000)} s)`);
    }
    await delay(300);
  }
}

/** true when something accepts TCP connections on 127.0.0.1:`port` */
function listening(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** Waits until the codec server listens, then says where it is (the Web UI's codec endpoint). */
async function waitForCodec() {
  await waitFor(`the codec server on 127.0.0.1:${CODEC_PORT}`, 60, () => listening(CODEC_PORT));
  say(`Codec server (Web UI codec endpoint, bearer LEQI_CODEC_TOKEN): ${paint(4, `http://localhost:${CODEC_PORT}`)}`);
}

/** Waits until the mail catcher accepts SMTP connections, then says where its inbox is. */
async function waitForMailCatcher() {
  await waitFor(`the mail catcher's SMTP on 127.0.0.1:${MAIL_SMTP_PORT}`, 30, () => listening(MAIL_SMTP_PORT));
  say(`Mail catcher (every notice the worker sends): ${paint(4, `http://localhost:${MAIL_WEB_PORT}`)}`);
}

/**
 * Waits until the worker polls its task queue (workflow and activity pollers seen by Temporal):
 * ready means it can take work, not merely that its process started.
 * @param {string} temporal
 */
async function waitForWorker(temporal) {
  const polled = (/** @type {string} */ type) => {
    const r = cli(temporal, ['task-queue', 'describe', '--namespace', NAMESPACE, '--task-queue', TASK_QUEUE, '--task-queue-type', type, '-o', 'json']);
    return r.ok && /"identity"\s*:/.test(r.output);
  };
  await waitFor(`the worker to poll task queue ${TASK_QUEUE} (it bundles the workflows first)`, 180, () => polled('workflow') && polled('activity'));
  say(`Worker ready: polling ${TASK_QUEUE}; Prometheus metrics ${paint(4, `http://${METRICS_ADDRESS}/metrics`)}`);
}

/** Waits until the HTTP API answers /healthz. */
async function waitForApi() {
  await waitFor(`the HTTP API on port ${API_PORT}`, 60, async () => {
    try {
      return (await fetch(`http://127.0.0.1:${API_PORT}/healthz`)).ok;
    } catch {
      return false;
    }
  });
  say(`HTTP API: ${paint(4, `http://localhost:${API_PORT}`)} (OpenAPI at /openapi.json), officer console: ${paint(4, `http://localhost:${API_PORT}/console`)} (dev tokens above)`);
}

async function main() {
  const setup = spawnSync(process.execPath, [join(PROJECT_ROOT, 'scripts', 'setup.mjs')], { stdio: 'inherit' });
  if (setup.status !== 0) throw new Error('setup failed');
  await loadSettings();
  mkdirSync(DATA_DIR, { recursive: true });

  process.on('SIGINT', () => void stopAll('interrupted', 0));
  process.on('SIGTERM', () => void stopAll('terminated', 0));

  for (const spec of defineProcesses()) {
    if (stopping) return;
    startProcess(spec);
    if (spec.ready) {
      try {
        await spec.ready();
      } catch (err) {
        await stopAll(`${spec.name}: ${err instanceof Error ? err.message : String(err)}`, 1);
        return;
      }
    }
  }
  if (!stopping) say(`all ready in ${Math.round(performance.now() / 1000)} s: Temporal, mail catcher, worker, API. Ctrl-C stops everything`);
}

main().catch((err) => {
  console.error(err);
  void stopAll('start failed', 1).then(() => process.exit(1));
});
