/** The worker's configuration: the one schema of every process (config/env.ts), validated once at start. */
import { readFileSync } from 'node:fs';
import { parseKeys, type CodecKey } from '../codec/aesGcm.js';
import { makePolicy, type Policy } from '../machines/policy.js';
import { recordConfigOf, type RecordConfig } from '../activities/record/open.js';
import { loadPolicyFile } from '../config/policyFile.js';
import { loadEnv, smtpUrl, temporalConnection, type LeqiEnv, type TemporalConnectionConfig } from '../config/env.js';

export interface Config {
  /** address, namespace, task queue, TLS (mTLS) and API key (Temporal Cloud) */
  temporal: TemporalConnectionConfig;
  smtpUrl: string;
  mailFrom: string;
  officerMailbox: string;
  /** officer mailboxes by competent authority (LEQI_OFFICER_MAILBOXES) */
  officerMailboxes: Record<string, string>;
  officerLanguage: 'zh' | 'en';
  provincialBureauMailbox: string;
  supervisorMailbox: string;
  /** absolute, or relative to the worker's working directory */
  sentNoticesPath: string;
  /** the worker's workflow cache (Temporal's default when absent) */
  maxCachedWorkflows: number | null;
  /** AES-256-GCM payload keys, newest last (LEQI_CODEC_KEYS); null: payloads stay plain JSON */
  codecKeys: CodecKey[] | null;
  policy: Policy;
  /** the decision record's store and retention (O-14, T-10) */
  record: RecordConfig;
  /** the security log (LEQI_SECURITY_LOG, shared with the HTTP API): updates the validator refused */
  securityLogPath: string;
  /** host:port of the Prometheus endpoint, or none */
  metricsAddress?: string;
  /** a prebuilt workflow bundle (worker/bundle.ts), or none: bundled at start */
  workflowBundlePath?: string;
}

/** The worker's part of an already parsed environment. */
export function configOf(e: LeqiEnv): Config {
  return {
    temporal: temporalConnection(e, (path) => readFileSync(path)),
    smtpUrl: smtpUrl(e),
    mailFrom: e.MAIL_FROM,
    officerMailbox: e.LEQI_OFFICER_MAILBOX,
    officerMailboxes: e.LEQI_OFFICER_MAILBOXES ?? {},
    officerLanguage: e.LEQI_OFFICER_LANGUAGE,
    provincialBureauMailbox: e.LEQI_PROVINCIAL_BUREAU_MAILBOX,
    supervisorMailbox: e.LEQI_SUPERVISOR_MAILBOX,
    sentNoticesPath: e.LEQI_SENT_NOTICES_PATH,
    maxCachedWorkflows: e.LEQI_MAX_CACHED_WORKFLOWS ?? null,
    codecKeys: e.LEQI_CODEC_KEYS ? parseKeys(e.LEQI_CODEC_KEYS) : null,
    record: recordConfigOf(e),
    securityLogPath: e.LEQI_SECURITY_LOG,
    policy: e.LEQI_POLICY ? loadPolicyFile(e.LEQI_POLICY).policy : makePolicy(),
    ...(e.LEQI_METRICS_ADDRESS ? { metricsAddress: e.LEQI_METRICS_ADDRESS } : {}),
    ...(e.LEQI_WORKFLOW_BUNDLE ? { workflowBundlePath: e.LEQI_WORKFLOW_BUNDLE } : {}),
  };
}

/** Parses the environment; a `ConfigError` lists every bad variable (never its value). */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return configOf(loadEnv(env));
}
