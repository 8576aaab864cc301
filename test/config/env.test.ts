/**
 * The one configuration schema (config/env.ts): defaults, Temporal Cloud by configuration alone
 * (mTLS files or an API key), secrets never logged by a real worker process, and the README's
 * Configuration table in step with the schema.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, describeEnv, ENV_NAMES, LeqiEnv, loadEnv, temporalConnection, varMeta } from '../../config/env.js';
import { loadConfig } from '../../worker/config.js';

const root = join(import.meta.dirname, '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** a loopback port nothing listens on */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** runs an entry point with an environment; resolves with its exit code and everything it printed */
function runProcess(entry: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(tsx, [entry], { cwd: root, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('exit', (code) => resolve({ code, output }));
  });
}

describe('configuration: one zod schema for every process', () => {
  it('defaults are the embedded setup; LEQI_TEMPORAL_PORT moves the default Temporal address and the mail catcher port moves SMTP_URL', () => {
    const c = loadConfig({});
    expect(c.temporal).toMatchObject({ address: 'localhost:7233', namespace: 'default', taskQueue: 'leqi-lifecycle', tls: false });
    expect(c.smtpUrl).toBe('smtp://127.0.0.1:1025');
    expect(c.record).toEqual({ url: 'sqlite:.data/decisions.sqlite', retentionMonths: 6 });
    const moved = loadConfig({ LEQI_TEMPORAL_PORT: '17233', LEQI_MAIL_SMTP_PORT: '11025' });
    expect(moved.temporal.address).toBe('localhost:17233');
    expect(moved.smtpUrl).toBe('smtp://127.0.0.1:11025');
    expect(loadConfig({ TEMPORAL_ADDRESS: 'temporal:7233', LEQI_TEMPORAL_PORT: '17233' }).temporal.address).toBe('temporal:7233');
  });

  it('every bad variable is named in one ConfigError; an empty variable counts as unset', () => {
    expect(() => loadEnv({ TEMPORAL_ADDRESS: 'no port', LEQI_API_PORT: '99999', LEQI_OFFICER_LANGUAGE: 'fr' })).toThrow(ConfigError);
    try {
      loadEnv({ TEMPORAL_ADDRESS: 'no port', LEQI_API_PORT: '99999', LEQI_OFFICER_LANGUAGE: 'fr' });
    } catch (e) {
      expect((e as Error).message).toMatch(/TEMPORAL_ADDRESS: expected host:port[\s\S]*LEQI_OFFICER_LANGUAGE[\s\S]*LEQI_API_PORT/);
    }
    expect(loadEnv({ SMTP_URL: '', LEQI_POLICY: '' })).not.toHaveProperty('SMTP_URL');
  });

  it('T-10: the decision record is kept at least 6 months; fewer is refused', () => {
    expect(() => loadEnv({ LEQI_RECORD_RETENTION_MONTHS: '5' })).toThrow(/LEQI_RECORD_RETENTION_MONTHS: the seed keeps records at least 6 months/);
  });

  it('Temporal Cloud by configuration alone: an mTLS certificate and key (read from files), or an API key (TLS implied)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'leqi-tls-'));
    writeFileSync(join(dir, 'client.pem'), '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
    writeFileSync(join(dir, 'client.key'), '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n');
    const mtls = loadConfig({
      TEMPORAL_ADDRESS: 'leqi-prod.a1b2c.tmprl.cloud:7233',
      TEMPORAL_NAMESPACE: 'leqi-prod.a1b2c',
      TEMPORAL_TLS_CLIENT_CERT_PATH: join(dir, 'client.pem'),
      TEMPORAL_TLS_CLIENT_KEY_PATH: join(dir, 'client.key'),
    }).temporal;
    expect(mtls.address).toBe('leqi-prod.a1b2c.tmprl.cloud:7233');
    expect(mtls.namespace).toBe('leqi-prod.a1b2c');
    expect(mtls.tls && mtls.tls.clientCertPair?.crt.toString()).toContain('BEGIN CERTIFICATE');
    expect(mtls.tls && mtls.tls.clientCertPair?.key.toString()).toContain('BEGIN PRIVATE KEY');
    expect(mtls.apiKey).toBeUndefined();

    const apiKey = loadConfig({ TEMPORAL_ADDRESS: 'ap-northeast-1.aws.api.temporal.io:7233', TEMPORAL_NAMESPACE: 'leqi-prod.a1b2c', TEMPORAL_API_KEY: 'key-abc' }).temporal;
    expect(apiKey).toMatchObject({ tls: {}, apiKey: 'key-abc' });

    expect(() => loadConfig({ TEMPORAL_TLS_CLIENT_CERT_PATH: join(dir, 'client.pem') })).toThrow(/TEMPORAL_TLS_CLIENT_CERT_PATH and TEMPORAL_TLS_CLIENT_KEY_PATH go together/);
    expect(() => loadConfig({ TEMPORAL_TLS: 'false', TEMPORAL_API_KEY: 'k' })).toThrow(ConfigError);
    expect(() => loadConfig({ TEMPORAL_TLS_CLIENT_CERT_PATH: join(dir, 'none.pem'), TEMPORAL_TLS_CLIENT_KEY_PATH: join(dir, 'client.key') })).toThrow(/TEMPORAL_TLS_CLIENT_CERT_PATH: cannot read .*none\.pem \(ENOENT\)/);
    expect(temporalConnection(loadEnv({ TEMPORAL_TLS: 'true' }), () => Buffer.alloc(0)).tls).toEqual({});
  });

  it('secrets never logged: describeEnv shows *** for the API key and for passwords in URLs', () => {
    const line = describeEnv(loadEnv({ TEMPORAL_API_KEY: 'sk-live-123', SMTP_URL: 'smtps://leqi:mail-pw@smtp.example.cn:465', LEQI_RECORD_URL: 'postgres://leqi:pg-pw@db:5432/leqi' }));
    expect(line).toContain('TEMPORAL_API_KEY=***');
    expect(line).toContain('SMTP_URL=smtps://leqi:***@smtp.example.cn:465');
    expect(line).toContain('LEQI_RECORD_URL=postgres://leqi:***@db:5432/leqi');
    for (const secret of ['sk-live-123', 'mail-pw', 'pg-pw']) expect(line).not.toContain(secret);
  });

  it('secrets never logged: a real worker and a real API process with an API key, an SMTP and a database password print none of them, and name the address they tried', async () => {
    const port = await closedPort();
    const secrets = { TEMPORAL_API_KEY: 'tc-api-key-5f0e9a', SMTP_URL: 'smtps://leqi:smtp-secret-77@smtp.example.cn:465', LEQI_RECORD_URL: 'postgres://leqi:pg-secret-42@127.0.0.1:1/leqi' };
    const runs = await Promise.all(['worker/main.ts', 'client/api/main.ts'].map((entry) => runProcess(entry, { ...secrets, TEMPORAL_ADDRESS: `127.0.0.1:${port}` })));
    for (const { code, output } of runs) {
      expect(code).toBe(1);
      expect(output).toContain('TEMPORAL_API_KEY=***');
      expect(output).toContain(`cannot connect to Temporal at 127.0.0.1:${port}`);
      for (const secret of ['tc-api-key-5f0e9a', 'smtp-secret-77', 'pg-secret-42']) expect(output).not.toContain(secret);
    }
    // an invalid value is named, never echoed
    const bad = await runProcess('worker/main.ts', { LEQI_RECORD_URL: 'mysql://leqi:my-secret-13@db/leqi', TEMPORAL_API_KEY: 'tc-api-key-5f0e9a' });
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('LEQI_RECORD_URL: expected sqlite:<path> or postgres://');
    expect(bad.output).not.toContain('my-secret-13');
    expect(bad.output).not.toContain('tc-api-key-5f0e9a');
  });

  it('the README documents every variable of the schema with its default and an example, and no other', () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('\n## ', readme.indexOf('## Configuration') + 5));
    const rows = new Map(
      [...section.matchAll(/^\| `([A-Z_0-9]+)` \| ([^|]*) \| ([^|]*) \|/gm)].map((m) => [m[1] as string, { def: (m[2] as string).trim(), example: (m[3] as string).trim() }]),
    );
    expect([...rows.keys()].sort()).toEqual([...ENV_NAMES].sort());
    const defaults = LeqiEnv.parse({});
    for (const name of ENV_NAMES) {
      const row = rows.get(name);
      const def = defaults[name];
      expect(row?.def, name).toBe(def === undefined ? '—' : `\`${String(def)}\``);
      expect(row?.example, name).toBe(`\`${varMeta(name).example}\``);
    }
  });
});
