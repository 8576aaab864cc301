/** A worker for the lifecycle's task queue, shared by `npm run worker` and the tests. */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type BundleOptions, type WorkerOptions } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { AesGcmCodec } from '../codec/aesGcm.js';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { sqliteSentNotices } from '../activities/sentNotices.js';
import { describeRecordUrl, openDecisionStore, type DecisionStore } from '../activities/record/index.js';
import { fileSecurityLog, purgeSecurityLogDaily } from '../client/api/securityLog.js';
import type { Config } from './config.js';
import { securitySinks } from './securitySinks.js';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

/**
 * How the workflow bundle is built everywhere (this worker, `worker/bundle.ts` for the image, the
 * tests' bundle, the benches), issue 19 memory per cached unit. The worker reuses one V8 context
 * for all its workflows (the SDK default); without these options every workflow evaluated each
 * module of the bundle again, so each cached unit held its own zod schemas (≈ 940 of them), charts
 * and tables: 3.0 MB a unit against 0.17 for a bare workflow.
 *
 * - `concatenateModules`: webpack hoists zod, xstate, `machines/`, `contract/` and `workflows/` into
 *   the one module `workflows/index.ts` (the SDK's own modules and two CommonJS libraries stay
 *   apart), so their module-level values live in that module's scope, not on module records;
 * - `preloadModules`: that module is evaluated once per V8 context, before any workflow, and shared
 *   by all of them. The SDK deep-freezes the exports of preloaded modules (here only the workflow
 *   functions); the schemas and charts it does not reach stay writable, which zod needs (lazy
 *   properties, parsers settled on first use, `RegExp.lastIndex`).
 *
 * Shared means the module scope must hold no per-workflow state: module-level values are immutable
 * tables, schemas and charts (xstate's pure `transition`), and caches whose contents do not depend
 * on which workflow filled them (zod's settled parsers). test/workflows/replay.test.ts replays every
 * committed history one after another in one worker to show no state leaks between units, and
 * test/architecture/bundle.test.ts checks that no module of ours is left outside the shared one.
 */
export const workflowBundleOptions = {
  workflowsPath,
  preloadModules: [workflowsPath],
  webpackConfigHook: (config) => ({ ...config, optimization: { ...config.optimization, concatenateModules: true } }),
} satisfies BundleOptions;

export interface WorkerParts {
  connection: NativeConnection;
  config: Config;
  /** a pre-built bundle (tests bundle once per run); otherwise the worker bundles `workflows/` */
  workflowBundle?: WorkerOptions['workflowBundle'];
  /** replaces parts of the activities' dependencies (e.g. a gateway that records) */
  deps?: Partial<ActivityDeps>;
}

export function activityDeps(config: Config): ActivityDeps {
  return {
    policy: config.policy,
    // pooled: one SMTP connection carries many notices, so a server's greeting delay (smtp-server,
    // and so maildev, holds it 100 ms to catch early talkers) is paid once per connection, not per notice;
    // timeouts well inside sendNotice's 2-minute start-to-close, so a hung server is a retry, not a stuck attempt
    mailer: { transport: nodemailer.createTransport({ url: config.smtpUrl, pool: true, maxConnections: 2, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 }), from: config.mailFrom },
    officerMailbox: config.officerMailbox,
    officerMailboxes: config.officerMailboxes,
    officerLanguage: config.officerLanguage,
    provincialBureauMailbox: config.provincialBureauMailbox,
    supervisorMailbox: config.supervisorMailbox,
    // opened now: a path the worker cannot write fails at start-up, not on every notice
    sentNotices: sqliteSentNotices({ path: config.sentNoticesPath }),
  };
}

export async function createWorker({ connection, config, workflowBundle, deps }: WorkerParts): Promise<Worker> {
  // the decision record (O-14, T-10): opened now, so a bad URL fails at start-up, not on every entry
  let decisions = deps?.decisions;
  if (!decisions) {
    const store = await openDecisionStore(config.record);
    console.log(`decision record: ${store.dialect} ${describeRecordUrl(config.record.url)}, kept at least ${store.retentionMonths} months`);
    keepRetention(store);
    decisions = store;
  }
  // O-14, T-10: the security log shared with the API, kept (and purged) by the record's retention
  const security = fileSecurityLog(config.securityLogPath, { retentionMonths: config.record.retentionMonths });
  purgeSecurityLogDaily(security);
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath, bundlerOptions: { preloadModules: workflowBundleOptions.preloadModules, webpackConfigHook: workflowBundleOptions.webpackConfigHook } }),
    ...(config.maxCachedWorkflows !== null ? { maxCachedWorkflows: config.maxCachedWorkflows } : {}),
    // encrypted payloads only when an operator configured keys: plain JSON keeps other-language clients simple
    ...(config.codecKeys ? { dataConverter: { payloadCodecs: [new AesGcmCodec(config.codecKeys)] } } : {}),
    activities: createActivities({ ...activityDeps(config), decisions, ...deps }),
    // O-14: an update the validator refuses leaves no history; it becomes a line of the security log
    sinks: securitySinks(security),
  });
}

const DAY_MS = 86_400_000;

/** T-10: the retention job, once at start and daily; it never purges what is younger than the retention. */
function keepRetention(store: DecisionStore): void {
  const purge = (): void => {
    store.purge().then(
      (r) => {
        if (r.removed > 0 || r.skipped.length > 0) console.log(`decision record: purged ${r.removed} entries of ${r.units} units made before ${r.cutoff}${r.skipped.length ? `; not purged (chain broken): ${r.skipped.map((s) => `${s.unitId}: ${s.reason}`).join('; ')}` : ''}`);
      },
      (err) => console.error('decision record: retention purge failed', err),
    );
  };
  setTimeout(purge, 60_000).unref();
  setInterval(purge, DAY_MS).unref();
}
