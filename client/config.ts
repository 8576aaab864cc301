/** Configuration of the client-side entry points (CLI, API, demo): parts of the one schema (config/env.ts). */
import type { z } from 'zod';
import { ConfigError, LeqiEnv, loadEnv } from '../config/env.js';

/** what a client needs to reach Temporal */
export const ClientEnv = LeqiEnv.pick({
  TEMPORAL_ADDRESS: true,
  TEMPORAL_NAMESPACE: true,
  LEQI_TASK_QUEUE: true,
  TEMPORAL_TLS: true,
  TEMPORAL_TLS_CLIENT_CERT_PATH: true,
  TEMPORAL_TLS_CLIENT_KEY_PATH: true,
  TEMPORAL_TLS_SERVER_CA_CERT_PATH: true,
  TEMPORAL_TLS_SERVER_NAME: true,
  TEMPORAL_API_KEY: true,
  LEQI_TEMPORAL_PORT: true,
});

/** the HTTP API's variables */
export const ApiEnv = ClientEnv.extend(LeqiEnv.pick({ LEQI_API_PORT: true, LEQI_API_HOST: true, LEQI_API_TOKENS: true, LEQI_API_BODY_LIMIT: true, NODE_ENV: true }).shape);
export type ApiEnv = z.infer<typeof ApiEnv>;

/** Parses an environment with a part of the one schema; a `ConfigError` lists every bad variable (never its value). */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const all = loadEnv(env); // validates every variable set, so a typo in one the caller ignores still fails
  const parsed = schema.safeParse(all);
  if (parsed.success) return parsed.data;
  throw new ConfigError(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
}
