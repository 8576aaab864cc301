/** Configuration of the client-side entry points (CLI, API): environment variables, validated once. */
import { z } from 'zod';
import { DEFAULT_TASK_QUEUE } from './names.js';

export const ClientEnv = z.object({
  TEMPORAL_ADDRESS: z.string().min(1).default('localhost:7233'),
  TEMPORAL_NAMESPACE: z.string().min(1).default('default'),
  LEQI_TASK_QUEUE: z.string().min(1).default(DEFAULT_TASK_QUEUE),
});

export const ApiEnv = ClientEnv.extend({
  LEQI_API_PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  /** loopback by default: the embedded dev tokens must not be reachable from the network */
  LEQI_API_HOST: z.string().min(1).default('127.0.0.1'),
  /** path of the JSON token file; absent: the embedded dev tokens (refused when NODE_ENV=production) */
  LEQI_API_TOKENS: z.string().min(1).optional(),
  /** largest request body in bytes (413 beyond) */
  LEQI_API_BODY_LIMIT: z.coerce.number().int().positive().default(1_048_576),
  NODE_ENV: z.string().optional(),
  /** the Temporal Web UI, linked from the console's unit pages */
  LEQI_TEMPORAL_UI_URL: z.url().default('http://localhost:8233'),
  /** the policy file the worker reads (LEQI_POLICY): the console shows its supervisor threshold */
  LEQI_POLICY: z.string().min(1).optional(),
});
export type ApiEnv = z.infer<typeof ApiEnv>;

/** Parses an environment; every bad variable is listed in one error. */
export function parseEnv<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  throw new Error(`invalid configuration:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
}
