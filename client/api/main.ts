/** `npm run api`: read config, connect to Temporal, serve the HTTP API (port 8080 by default). */
import { serve } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import { openDecisionStore, recordConfigOf } from '../../activities/record/index.js';
import { describeEnv, loadEnv, temporalConnection } from '../../config/env.js';
import { LeqiClient } from '../client.js';
import { createApp } from './app.js';
import { devTokens, TokenTable } from './auth.js';
import { devTokenExposure } from '../exposure.js';
import { fileSecurityLog, purgeSecurityLogDaily } from './securityLog.js';
import { makePolicy } from '../../machines/policy.js';

const policyOf = (path: string | undefined) => (path ? makePolicy(JSON.parse(readFileSync(path, 'utf8'))) : makePolicy());

async function main(): Promise<void> {
  const env = loadEnv();
  console.log(`configuration: ${describeEnv(env)}`);
  const exposure = devTokenExposure(env);
  if (exposure) throw new Error(exposure);
  const tokens = env.LEQI_API_TOKENS ? TokenTable.fromFile(env.LEQI_API_TOKENS) : new TokenTable(devTokens);
  const temporal = temporalConnection(env, (path) => readFileSync(path));
  const leqi = await LeqiClient.connect({ ...temporal, ...(env.LEQI_CODEC_KEYS ? { codecKeys: env.LEQI_CODEC_KEYS } : {}) });
  // the decision record the worker writes, read by the auditor API (/v1/audit)
  const records = await openDecisionStore(recordConfigOf(env));
  // O-14, T-10: the security log, kept (and purged) by the record's retention
  const security = fileSecurityLog(env.LEQI_SECURITY_LOG, { retentionMonths: records.retentionMonths });
  purgeSecurityLogDaily(security);
  const app = createApp({
    leqi,
    tokens,
    bodyLimit: env.LEQI_API_BODY_LIMIT,
    records,
    security,
    rateLimit: { windowMs: 60_000, limit: env.LEQI_API_RATE_LIMIT },
    console: { temporalUiUrl: `http://localhost:${env.LEQI_TEMPORAL_UI_PORT}`, namespace: temporal.namespace, escalationDays: policyOf(env.LEQI_POLICY).pendingDecisionEscalationDays },
  });
  const server = serve({ fetch: app.fetch, port: env.LEQI_API_PORT, hostname: env.LEQI_API_HOST }, (info) => {
    console.log(`API on http://${env.LEQI_API_HOST}:${info.port} (OpenAPI at /openapi.json), Temporal ${temporal.address}, namespace ${temporal.namespace}`);
    console.log(`Officer console (官员管理台) on http://${env.LEQI_API_HOST === '127.0.0.1' ? 'localhost' : env.LEQI_API_HOST}:${info.port}/console`);
    if (!env.LEQI_API_TOKENS) console.log(`dev tokens (set LEQI_API_TOKENS to replace them): ${devTokens.tokens.map((t) => `${t.role}=${t.token}`).join(' ')}`);
  });
  const stop = (): void => {
    server.close();
    void Promise.allSettled([leqi.close(), records.close()]).finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  // the message only: never an error's fields, which could carry configuration
  console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
  process.exit(1);
});
