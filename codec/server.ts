/**
 * The codec server the Temporal Web UI (and `temporal … --codec-endpoint`) uses to show encrypted
 * payloads: `POST /encode` and `POST /decode` with `{ payloads: [{ metadata: { k: base64 }, data:
 * base64 }] }` (Temporal's remote-codec protocol). Every request needs `Authorization: Bearer
 * <LEQI_CODEC_TOKEN>`; CORS admits the configured Web UI origin only.
 */
import { serve, type ServerType } from '@hono/node-server';
import type { Payload, PayloadCodec } from '@temporalio/common';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { z } from 'zod';

const JsonPayloads = z.object({ payloads: z.array(z.object({ metadata: z.record(z.string(), z.string()).optional(), data: z.string().optional() })) });
type JsonPayloads = z.infer<typeof JsonPayloads>;

const fromJson = ({ payloads }: JsonPayloads): Payload[] =>
  payloads.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v, 'base64')])), data: Buffer.from(p.data ?? '', 'base64') }));
const toJson = (payloads: Payload[]): JsonPayloads => ({
  payloads: payloads.map((p) => ({ metadata: Object.fromEntries(Object.entries(p.metadata ?? {}).map(([k, v]) => [k, Buffer.from(v ?? []).toString('base64')])), data: Buffer.from(p.data ?? []).toString('base64') })),
});

export interface CodecServerOptions {
  codec: PayloadCodec;
  /** the bearer token every request must carry */
  token: string;
  /** the Web UI's origin, e.g. `http://localhost:8233` */
  corsOrigin: string;
}

/** The codec server as a Hono app (in-process tests use `app.request`). */
export function codecApp({ codec, token, corsOrigin }: CodecServerOptions): Hono {
  const app = new Hono();
  app.use('*', cors({ origin: corsOrigin, allowHeaders: ['Content-Type', 'X-Namespace', 'Authorization'], allowMethods: ['POST', 'OPTIONS'], credentials: true }));
  app.use('*', async (c, next) => {
    if (c.req.method === 'OPTIONS') return next();
    if (c.req.header('Authorization') !== `Bearer ${token}`) return c.json({ error: 'Unauthorized' }, 401);
    return next();
  });
  for (const op of ['encode', 'decode'] as const) {
    app.post(`/${op}`, async (c) => {
      const parsed = JsonPayloads.safeParse(await c.req.json().catch(() => null));
      if (!parsed.success) return c.json({ error: 'InvalidRequest', problems: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`) }, 400);
      try {
        return c.json(toJson(await codec[op](fromJson(parsed.data))));
      } catch (err) {
        return c.json({ error: 'CodecFailure', message: (err as Error).message }, 422);
      }
    });
  }
  return app;
}

/** Starts the codec server on `host:port` (port 0: a free one); resolves with the bound port. */
export function startCodecServer(options: CodecServerOptions & { host?: string; port: number }): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: codecApp(options).fetch, hostname: options.host ?? '127.0.0.1', port: options.port }, (info) => resolve({ server, port: info.port }));
  });
}
