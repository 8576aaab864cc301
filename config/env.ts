/**
 * The one configuration schema of every process (worker, HTTP API, CLI, demo, `npm start`):
 * environment variables only, validated once at start with zod. Each process reads the same
 * schema; what it does not use it ignores. The README's Configuration table lists every
 * variable here with its default (test/config/env.test.ts keeps both in step).
 *
 * Adding a setting: add it to `LeqiEnv` below with a doc comment, a default and `.meta({ example })`
 * (`secret: true` when it must never be logged), then a row in the README table.
 */
import { z } from 'zod';
import { MIN_RETENTION_MONTHS } from '../activities/record/retention.js';

/** the metadata each variable carries: an example for the README; `secret` keeps it out of logs */
export type VarMeta = {
  /** an example value, shown in the README */
  example: string;
  /** never printed: `describeEnv` shows `***` */
  secret?: boolean;
  /** a URL whose password is never printed (the rest is) */
  urlWithPassword?: boolean;
};
const meta = (m: VarMeta): VarMeta => m;

const port = z.coerce.number().int().min(0).max(65535);
const onOff = z.stringbool({ truthy: ['true', '1', 'yes', 'on'], falsy: ['false', '0', 'no', 'off'] });

/**
 * Every environment variable of every process. Defaults are those of the embedded setup
 * (`npm start` on one machine); docker-compose.yml sets the production-like values.
 */
export const LeqiEnv = z.object({
  // ── Temporal connection (worker, API, CLI, demo) ──
  /** host:port of the Temporal frontend; default `localhost:<LEQI_TEMPORAL_PORT>` (7233) */
  TEMPORAL_ADDRESS: z.string().regex(/^[^\s:/]+:\d+$/, 'expected host:port').optional().meta(meta({ example: 'my-ns.a1b2c.tmprl.cloud:7233' })),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default').meta(meta({ example: 'my-ns.a1b2c' })),
  LEQI_TASK_QUEUE: z.string().min(1).default('leqi-lifecycle').meta(meta({ example: 'leqi-lifecycle' })),
  /** TLS to the frontend; default on when a client certificate or an API key is set (Temporal Cloud) */
  TEMPORAL_TLS: onOff.optional().meta(meta({ example: 'true' })),
  /** mTLS client certificate (PEM file), Temporal Cloud's certificate authentication */
  TEMPORAL_TLS_CLIENT_CERT_PATH: z.string().min(1).optional().meta(meta({ example: '/run/secrets/temporal.pem' })),
  /** mTLS client private key (PEM file); the file's content is a secret, its path is not */
  TEMPORAL_TLS_CLIENT_KEY_PATH: z.string().min(1).optional().meta(meta({ example: '/run/secrets/temporal.key' })),
  /** CA of the server's certificate (PEM file), for a self-hosted cluster with its own CA */
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: z.string().min(1).optional().meta(meta({ example: '/run/secrets/ca.pem' })),
  /** overrides the TLS server name (SNI), e.g. when connecting through a proxy */
  TEMPORAL_TLS_SERVER_NAME: z.string().min(1).optional().meta(meta({ example: 'my-ns.a1b2c.tmprl.cloud' })),
  /** Temporal Cloud API key (sent as a bearer token; implies TLS) */
  TEMPORAL_API_KEY: z.string().min(1).optional().meta(meta({ example: 'eyJhbGciOi…', secret: true })),

  // ── worker ──
  /** the mail server for notices; default the local mail catcher of `npm start` */
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional().meta(meta({ example: 'smtps://leqi:password@smtp.example.cn:465', urlWithPassword: true })),
  MAIL_FROM: z.string().min(3).default('Leqi 乐企 <noreply@leqi.invalid>').meta(meta({ example: 'Leqi 乐企 <noreply@tax.example.cn>' })),
  /** the competent authority's officer mailbox, for notices to `officer` */
  LEQI_OFFICER_MAILBOX: z.email().default('officer@tax.invalid').meta(meta({ example: 'leqi-officers@sc.tax.example.cn' })),
  /** officer mailboxes by competent authority, `15101000000=a@tax.cn,15101070000=b@tax.cn`; others go to LEQI_OFFICER_MAILBOX */
  LEQI_OFFICER_MAILBOXES: z
    .string()
    .transform((s, ctx) => {
      const map: Record<string, string> = {};
      for (const pair of s.split(',').map((p) => p.trim()).filter(Boolean)) {
        const m = /^(\d{11})=(.+)$/.exec(pair);
        if (!m || !z.email().safeParse(m[2]).success) ctx.addIssue({ code: 'custom', message: `expected <11-digit authority>=<email>, got ${JSON.stringify(pair.slice(0, 80))}` });
        else map[m[1]!] = m[2]!;
      }
      return map;
    })
    .optional()
    .meta(meta({ example: '15101000000=leqi@chengdu.tax.example.cn,15101070000=leqi@gaoxin.tax.example.cn' })),
  /** the language the officer's notices are written in first (the other follows) */
  LEQI_OFFICER_LANGUAGE: z.enum(['zh', 'en']).default('zh').meta(meta({ example: 'en' })),
  /** the provincial tax bureau's mailbox, for notices to `provincialBureau` (P-SEC-01, N-23) */
  LEQI_PROVINCIAL_BUREAU_MAILBOX: z.email().default('security@provincial-tax.invalid').meta(meta({ example: 'security@sc.tax.example.cn' })),
  /** the officer's supervisor, for requests waiting past the policy's threshold (T-18, T-25) */
  LEQI_SUPERVISOR_MAILBOX: z.email().default('supervisor@tax.invalid').meta(meta({ example: 'supervisor@sc.tax.example.cn' })),
  /** the sent-notice record (SQLite, shared by the workers of one host) that keeps a retried notice from going out twice */
  LEQI_SENT_NOTICES_PATH: z.string().min(1).default('.data/sent-notices.sqlite').meta(meta({ example: '/data/sent-notices.sqlite' })),
  /** the worker's workflow cache size; unset: Temporal's default; `0` turns sticky execution off (outage tests on the time-skipping server) */
  LEQI_MAX_CACHED_WORKFLOWS: z.coerce.number().int().nonnegative().optional().meta(meta({ example: '0' })),
  /** optional path to a JSON file overriding policy values (machines/policy.ts) */
  LEQI_POLICY: z.string().min(1).optional().meta(meta({ example: '/app/policy.json' })),
  /** the decision record (O-14, T-10): `sqlite:<path>` or `postgres://user:password@host:port/db` */
  LEQI_RECORD_URL: z
    .string()
    .regex(/^(sqlite:.+|postgres(ql)?:\/\/.+)$/, 'expected sqlite:<path> or postgres://user:password@host:port/database')
    .default('sqlite:.data/decisions.sqlite')
    .meta(meta({ example: 'postgres://leqi:password@postgres:5432/leqi', urlWithPassword: true })),
  /** T-10: months every record is kept at least (never fewer than 6) */
  LEQI_RECORD_RETENTION_MONTHS: z.coerce.number().int().min(MIN_RETENTION_MONTHS, `the seed keeps records at least ${MIN_RETENTION_MONTHS} months (T-10, O-14)`).default(MIN_RETENTION_MONTHS).meta(meta({ example: '12' })),
  /** a workflow bundle prebuilt by `worker/bundle.ts` (the image has one); unset: bundled at start */
  LEQI_WORKFLOW_BUNDLE: z.string().min(1).optional().meta(meta({ example: '/app/dist/workflow-bundle.js' })),
  /** host:port of the worker's Prometheus endpoint (`/metrics`); unset: no endpoint */
  LEQI_METRICS_ADDRESS: z.string().regex(/^[^\s/]+:\d+$/, 'expected host:port').optional().meta(meta({ example: '0.0.0.0:9464' })),

  // ── HTTP API ──
  LEQI_API_PORT: port.default(8080).meta(meta({ example: '8080' })),
  /** loopback by default: the embedded dev tokens must not be reachable from the network */
  LEQI_API_HOST: z.string().min(1).default('127.0.0.1').meta(meta({ example: '0.0.0.0' })),
  /** path of the JSON token file; absent: the embedded dev tokens (refused when NODE_ENV=production) */
  LEQI_API_TOKENS: z.string().min(1).optional().meta(meta({ example: '/run/secrets/tokens.json' })),
  /** largest request body in bytes (413 beyond) */
  LEQI_API_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576).meta(meta({ example: '1048576' })),
  /** requests per minute per token and route (429 with Retry-After beyond) */
  LEQI_API_RATE_LIMIT: z.coerce.number().int().positive().default(600).meta(meta({ example: '120' })),
  /** the security log (O-14): refusals at the edge and updates the validator refused, JSON lines in monthly files `<path>.<YYYY-MM>`, kept by LEQI_RECORD_RETENTION_MONTHS (≥ 6) */
  LEQI_SECURITY_LOG: z.string().min(1).default('.data/security.log').meta(meta({ example: '/data/security.log' })),
  /** `production` (any case) refuses the embedded dev tokens; so does LEQI_API_HOST beyond loopback */
  NODE_ENV: z.string().optional().meta(meta({ example: 'production' })),

  // ── encrypted payloads (off unless keys are set) ──
  /** AES-256-GCM payload keys `id=base64(32 bytes)`, comma-separated, newest last (codec/aesGcm.ts); unset: payloads stay plain JSON */
  LEQI_CODEC_KEYS: z.string().min(1).optional().meta(meta({ example: 'k2026=3q2+7w…(base64 of 32 bytes)', secret: true })),
  /** the bearer token the codec server requires (the Web UI sends it as a header) */
  LEQI_CODEC_TOKEN: z.string().min(16).optional().meta(meta({ example: 'a-long-random-token', secret: true })),
  /** the codec server's port (`npm run codec`; `npm start` when keys are set) */
  LEQI_CODEC_PORT: port.default(8234).meta(meta({ example: '18234' })),
  /** the Temporal Web UI origin the codec server admits (CORS) */
  LEQI_CODEC_CORS_ORIGIN: z.string().min(1).default('http://localhost:8233').meta(meta({ example: 'https://temporal-ui.tax.example.cn' })),

  // ── CLI and demo ──
  /** the actor of a CLI command: officer | unit | usingUnit | system (default: the first role allowed) */
  LEQI_ACTOR_ROLE: z.string().min(1).optional().meta(meta({ example: 'officer' })),
  /** recorded in the audit trail (default: your login name) */
  LEQI_ACTOR_ID: z.string().min(1).optional().meta(meta({ example: 'officer-chen' })),
  /** an officer's 11-digit tax-authority code (as `actor.authority`) */
  LEQI_ACTOR_AUTHORITY: z.string().regex(/^\d{11}$/, 'expected an 11-digit tax-authority code').optional().meta(meta({ example: '15101000000' })),
  /** the USCC `npm run demo` uses (default: a fresh one each run) */
  LEQI_DEMO_USCC: z.string().min(1).optional().meta(meta({ example: '91510100MA6CEXA01F' })),

  // ── `npm start` (one machine); the demo prints its URLs from them ──
  /** the dev server's frontend port; also the default port of TEMPORAL_ADDRESS */
  LEQI_TEMPORAL_PORT: port.default(7233).meta(meta({ example: '17233' })),
  LEQI_TEMPORAL_UI_PORT: port.default(8233).meta(meta({ example: '18233' })),
  LEQI_MAIL_SMTP_PORT: port.default(1025).meta(meta({ example: '11025' })),
  LEQI_MAIL_WEB_PORT: port.default(1080).meta(meta({ example: '11080' })),
  /** where the local mail catcher keeps the mails it caught */
  LEQI_MAIL_DIR: z.string().min(1).default('.data/mail').meta(meta({ example: '/tmp/leqi-mail' })),
  /** where `npm start` keeps its data (Temporal's SQLite, mails, decision record, sent notices) */
  LEQI_DATA_DIR: z.string().min(1).default('.data').meta(meta({ example: '/var/tmp/leqi' })),
  /** the worker's Prometheus port under `npm start` (LEQI_METRICS_ADDRESS 127.0.0.1:<port>) */
  LEQI_METRICS_PORT: port.default(9464).meta(meta({ example: '19464' })),
});
export type LeqiEnv = z.infer<typeof LeqiEnv>;

/** the names of every variable of the schema */
export const ENV_NAMES = Object.keys(LeqiEnv.shape) as (keyof LeqiEnv)[];

/** The metadata (example, secrecy) of one variable. */
export function varMeta(name: keyof LeqiEnv): VarMeta {
  return LeqiEnv.shape[name].meta() as unknown as VarMeta;
}

/** A configuration error: every bad variable with its message, never its value (a value may be a secret). */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses an environment against the schema; throws a `ConfigError` naming every bad variable
 * (never echoing a value). Variables the schema does not know are ignored.
 */
export function loadEnv(env: NodeJS.ProcessEnv = process.env): LeqiEnv {
  // an empty variable counts as unset (compose and shells often pass `X=`)
  const present = Object.fromEntries(Object.entries(env).filter(([k, v]) => k in LeqiEnv.shape && v !== undefined && v !== ''));
  const parsed = LeqiEnv.safeParse(present);
  if (parsed.success) return parsed.data;
  throw new ConfigError(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
}

/** where the Temporal frontend is: TEMPORAL_ADDRESS, else `localhost:<LEQI_TEMPORAL_PORT>` */
export const temporalAddress = (e: LeqiEnv): string => e.TEMPORAL_ADDRESS ?? `localhost:${e.LEQI_TEMPORAL_PORT}`;

/** the SMTP server: SMTP_URL, else the local mail catcher on LEQI_MAIL_SMTP_PORT */
export const smtpUrl = (e: LeqiEnv): string => e.SMTP_URL ?? `smtp://127.0.0.1:${e.LEQI_MAIL_SMTP_PORT}`;

/** How a process reaches Temporal: address, namespace, TLS (mTLS files read) and API key. */
export interface TemporalConnectionConfig {
  address: string;
  namespace: string;
  taskQueue: string;
  /** false: plaintext (the dev server); otherwise the TLS options of @temporalio/client and worker */
  tls: false | { clientCertPair?: { crt: Buffer; key: Buffer }; serverRootCACertificate?: Buffer; serverNameOverride?: string };
  /** Temporal Cloud API key; a secret */
  apiKey?: string;
}

/**
 * The connection options for `Connection.connect` and `NativeConnection.connect`. Reads the mTLS
 * files (`readFile` is injected so tests need no files); a certificate without its key (or the
 * reverse) is a `ConfigError`.
 */
export function temporalConnection(e: LeqiEnv, readFile: (path: string) => Buffer): TemporalConnectionConfig {
  const cert = e.TEMPORAL_TLS_CLIENT_CERT_PATH;
  const key = e.TEMPORAL_TLS_CLIENT_KEY_PATH;
  if (Boolean(cert) !== Boolean(key)) throw new ConfigError('invalid configuration:\n  TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together (mTLS)');
  const useTls = e.TEMPORAL_TLS ?? Boolean(cert || e.TEMPORAL_API_KEY || e.TEMPORAL_TLS_SERVER_CA_CERT_PATH);
  if (!useTls && (cert || e.TEMPORAL_API_KEY)) throw new ConfigError('invalid configuration:\n  TEMPORAL_TLS=false cannot carry a client certificate or an API key');
  const read = (name: string, path: string): Buffer => {
    try {
      return readFile(path);
    } catch (err) {
      throw new ConfigError(`invalid configuration:\n  ${name}: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
    }
  };
  const tls: TemporalConnectionConfig['tls'] = useTls
    ? {
        ...(cert && key ? { clientCertPair: { crt: read('TEMPORAL_TLS_CLIENT_CERT_PATH', cert), key: read('TEMPORAL_TLS_CLIENT_KEY_PATH', key) } } : {}),
        ...(e.TEMPORAL_TLS_SERVER_CA_CERT_PATH ? { serverRootCACertificate: read('TEMPORAL_TLS_SERVER_CA_CERT_PATH', e.TEMPORAL_TLS_SERVER_CA_CERT_PATH) } : {}),
        ...(e.TEMPORAL_TLS_SERVER_NAME ? { serverNameOverride: e.TEMPORAL_TLS_SERVER_NAME } : {}),
      }
    : false;
  return {
    address: temporalAddress(e),
    namespace: e.TEMPORAL_NAMESPACE,
    taskQueue: e.LEQI_TASK_QUEUE,
    tls,
    ...(e.TEMPORAL_API_KEY ? { apiKey: e.TEMPORAL_API_KEY } : {}),
  };
}

/** a URL with its password replaced by `***` */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/**
 * The configuration as it may be logged: every set variable, secrets as `***`, passwords in URLs
 * as `***`. Processes log this line at start, never the raw environment.
 */
export function describeEnv(e: LeqiEnv): string {
  const parts: string[] = [];
  for (const name of ENV_NAMES) {
    const value = e[name];
    if (value === undefined) continue;
    const m = varMeta(name);
    const shown = m.secret ? '***' : m.urlWithPassword ? redactUrl(String(value)) : String(value);
    parts.push(`${name}=${shown}`);
  }
  return parts.join(' ');
}
