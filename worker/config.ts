/** The worker's configuration: environment variables only (contract), validated once at start. */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { makePolicy, type Policy } from '../machines/policy.js';
import { RecordEnv, recordConfigOf, type RecordConfig } from '../activities/record/open.js';

export const Env = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  LEQI_TASK_QUEUE: z.string().min(1).default('leqi-lifecycle'),
  /** the local mail catcher of `npm start` by default */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().min(3).default('Leqi 乐企 <noreply@leqi.invalid>'),
  /** the competent authority's officer mailbox, for notices to `officer` */
  LEQI_OFFICER_MAILBOX: z.email().default('officer@tax.invalid'),
  /** the language the officer's notices are written in first (the other follows) */
  LEQI_OFFICER_LANGUAGE: z.enum(['zh', 'en']).default('zh'),
  /** the provincial tax bureau's mailbox, for notices to `provincialBureau` (P-SEC-01, N-23) */
  LEQI_PROVINCIAL_BUREAU_MAILBOX: z.email().default('security@provincial-tax.invalid'),
  /** the officer's supervisor, for requests waiting past the policy's threshold (T-18, T-25) */
  LEQI_SUPERVISOR_MAILBOX: z.email().default('supervisor@tax.invalid'),
  /** the sent-notice record (SQLite, shared by the workers of one host) that keeps a retried notice from going out twice */
  LEQI_SENT_NOTICES_PATH: z.string().min(1).default('.data/sent-notices.sqlite'),
  /** the worker's workflow cache size; `0` turns sticky execution off (outage tests on the time-skipping server) */
  LEQI_MAX_CACHED_WORKFLOWS: z.coerce.number().int().nonnegative().optional(),
  /** optional path to a JSON file overriding policy values */
  LEQI_POLICY: z.string().min(1).optional(),
  /** the decision record: LEQI_RECORD_URL, LEQI_RECORD_RETENTION_MONTHS (activities/record/open.ts) */
  ...RecordEnv.shape,
});
export type Env = z.infer<typeof Env>;

export interface Config {
  temporal: { address: string; namespace: string; taskQueue: string };
  smtpUrl: string;
  mailFrom: string;
  officerMailbox: string;
  officerLanguage: 'zh' | 'en';
  provincialBureauMailbox: string;
  supervisorMailbox: string;
  /** absolute, or relative to the worker's working directory */
  sentNoticesPath: string;
  /** the worker's workflow cache (Temporal's default when absent) */
  maxCachedWorkflows: number | null;
  policy: Policy;
  /** the decision record's store and retention (O-14, T-10) */
  record: RecordConfig;
}

/** Parses the environment; every bad variable is listed in one error. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  const e = parsed.data;
  return {
    temporal: { address: e.TEMPORAL_ADDRESS, namespace: e.TEMPORAL_NAMESPACE, taskQueue: e.LEQI_TASK_QUEUE },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    officerMailbox: e.LEQI_OFFICER_MAILBOX,
    officerLanguage: e.LEQI_OFFICER_LANGUAGE,
    provincialBureauMailbox: e.LEQI_PROVINCIAL_BUREAU_MAILBOX,
    supervisorMailbox: e.LEQI_SUPERVISOR_MAILBOX,
    sentNoticesPath: e.LEQI_SENT_NOTICES_PATH,
    maxCachedWorkflows: e.LEQI_MAX_CACHED_WORKFLOWS ?? null,
    record: recordConfigOf(e),
    policy: e.LEQI_POLICY ? makePolicy(JSON.parse(readFileSync(e.LEQI_POLICY, 'utf8'))) : makePolicy(),
  };
}
