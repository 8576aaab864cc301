/** A worker for the lifecycle's task queue, shared by `npm run worker` and the tests. */
import { fileURLToPath } from 'node:url';
import { NativeConnection, Worker, type WorkerOptions } from '@temporalio/worker';
import nodemailer from 'nodemailer';
import { createActivities, type ActivityDeps } from '../activities/index.js';
import { fileSentNotices } from '../activities/sentNotices.js';
import type { Config } from './config.js';

export const workflowsPath = fileURLToPath(new URL('../workflows/index.ts', import.meta.url));

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
    // timeouts well inside sendNotice's 2-minute start-to-close, so a hung server is a retry, not a stuck attempt
    mailer: { transport: nodemailer.createTransport({ url: config.smtpUrl, connectionTimeout: 20_000, greetingTimeout: 20_000, socketTimeout: 60_000 }), from: config.mailFrom },
    officerMailbox: config.officerMailbox,
    officerLanguage: config.officerLanguage,
    provincialBureauMailbox: config.provincialBureauMailbox,
    supervisorMailbox: config.supervisorMailbox,
    // opened now: a path the worker cannot write fails at start-up, not on every notice
    sentNotices: fileSentNotices(config.sentNoticesPath),
  };
}

export async function createWorker({ connection, config, workflowBundle, deps }: WorkerParts): Promise<Worker> {
  return Worker.create({
    connection,
    namespace: config.temporal.namespace,
    taskQueue: config.temporal.taskQueue,
    ...(workflowBundle ? { workflowBundle } : { workflowsPath }),
    activities: createActivities({ ...activityDeps(config), ...deps }),
  });
}
