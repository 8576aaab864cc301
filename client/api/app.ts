/**
 * The HTTP API (Hono): units, their commands, state, audit and lists, behind bearer tokens.
 * The actor of every command comes from the token, never from the body; a unit's token sees
 * only its own unit, and every other unit answers exactly like one that does not exist.
 */
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CommandType } from '../../machines/schemas/commands.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { describeProblem, invalidCommand, problemsOf, type Problem, type Rejection } from '../../machines/rejection.js';
import { isValidUscc, usccFormatProblem } from '../../machines/uscc.js';
import { parseOnce, type LeqiClient } from '../client.js';
import { LeqiError } from '../errors.js';
import { ListFilter, PeriodQuery, periodBounds } from '../listing.js';
import { FanOutRequest } from '../schemas.js';
import { auditRoutes, type AuditRecords } from './audit.js';
import { actorOf, sees, type Principal, type TokenTable } from './auth.js';
import { openApiDocument } from './openapi.js';
import { consoleApp, type ConsoleOptions } from '../console/app.js';
import { paramProblem, problemResponse, type ErrorFields } from './problem.js';
import { defaultPolicy } from '../../machines/policy.js';
import { listScope, mayRead, scopedAudit, scopedState } from '../scope.js';
import { jsonSyntaxReason } from '../exposure.js';
import { z } from 'zod';
import { policyFromJson } from '../../config/policyFile.js';
import { previewPolicy } from '../policy.js';
import { rateLimiter } from 'hono-rate-limiter';
import { createHash } from 'node:crypto';
import type { SecurityLog, SecurityEventKind } from './securityLog.js';

export interface ApiOptions {
  leqi: LeqiClient;
  tokens: TokenTable;
  /** largest request body in bytes (413 beyond); 1 MiB by default */
  bodyLimit?: number;
  /** where unexpected errors go (console.error by default) */
  log?: (message: string, err: unknown) => void;
  /** the decision record, for the auditor API (/v1/audit, 503 when absent) */
  records?: AuditRecords;
  /** the provincial bureau's 11-digit code: its officers read every unit (policy `provincialBureau`) */
  provincialBureau?: string;
  /** the security log (O-14): refusals at the edge, listed by the auditor at /v1/security-log */
  security?: SecurityLog;
  /** requests per token and route per window (429 with Retry-After beyond); false: no limit */
  rateLimit?: { windowMs: number; limit: number } | false;
  /** the officer console at /console (same process, same tokens); off when false */
  console?: Omit<ConsoleOptions, 'api' | 'base'> | false;
}

/** The one error of the edge: an HTTP status and the contract's rejection fields (client/api/problem.ts). */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 500,
    readonly type: string,
    message: string,
    readonly extra: ErrorFields = {},
  ) {
    super(message);
  }
}

const NOT_FOUND = (): ApiError => new ApiError(404, 'NotFound', 'unit not found');
/** the HTTP status of each rejection type */
export const statusOf = { InvalidCommand: 400, InvalidStart: 400, Forbidden: 403, NotFound: 404, IllegalTransition: 409, RequestIdReused: 409, UnitClosed: 409 } as const;

type Env = { Variables: { principal: Principal } };

export function createApp({ leqi, tokens, bodyLimit: maxSize = 1_048_576, log = (m, e) => console.error(m, e), records, console: consoleOptions = {}, provincialBureau = defaultPolicy.provincialBureau, security, rateLimit = { windowMs: 60_000, limit: 600 } }: ApiOptions): Hono<Env> {
  const app = new Hono<Env>();
  if (consoleOptions) app.route('/console', consoleApp({ ...consoleOptions, api: (path, init) => app.request(path, init), base: '/console' }));
  const document = openApiDocument();

  app.onError((err, c) => {
    const e = err instanceof LeqiError ? new ApiError(statusOf[err.type], err.type, err.message, err.detail) : err;
    if (e instanceof ApiError) {
      if (e.status === 401) c.header('WWW-Authenticate', 'Bearer realm="leqi"');
      audit(c, e.status, e.type, e.extra.ruleId ?? null);
      return problemResponse(c, e.status, e.type, e.message, e.extra);
    }
    log(`${c.req.method} ${c.req.path} failed`, err);
    return problemResponse(c, 500, 'Internal', 'internal error');
  });
  app.notFound((c) => problemResponse(c, 404, 'NotFound', 'no such resource'));

  /** O-14: a refusal at the edge as a line of the security log (401, 403, 404 of a unit out of sight, 429, rejected commands) */
  const audit = (c: Context<Env>, status: number, type: string, ruleId: string | null): void => {
    if (!security || !c.req.path.startsWith('/v1/')) return;
    const command = c.req.method === 'POST' && /\/(commands|events|application)$|^\/v1\/fan-out$/.test(c.req.path);
    const event: SecurityEventKind | null =
      status === 401 ? 'authenticationFailed' : status === 403 ? 'forbidden' : status === 429 ? 'rateLimited' : status === 404 && c.get('principal') ? 'notVisible' : command && status >= 400 && status < 500 ? 'commandRejected' : null;
    if (!event) return;
    const principal = c.get('principal');
    const address = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming?.socket?.remoteAddress ?? null;
    security.write({ event, status, method: c.req.method, path: c.req.path, principal: principal ? { role: principal.role, id: principal.id } : null, type, ruleId, address });
  };

  app.get('/openapi.json', (c) => c.json(document));
  app.get('/healthz', (c) => c.json({ ok: true }));

  app.use('/v1/*', async (c, next) => {
    const principal = tokens.authenticate(c.req.header('authorization'));
    if (!principal) throw new ApiError(401, 'Unauthorized', 'a valid bearer token is required (Authorization: Bearer <token>)');
    c.set('principal', principal);
    await next();
  });
  if (rateLimit) {
    app.use(
      '/v1/*',
      rateLimiter<Env>({
        windowMs: rateLimit.windowMs,
        limit: rateLimit.limit,
        standardHeaders: 'draft-6',
        // per token (by its digest, never the token itself) and route
        keyGenerator: (c) => `${createHash('sha256').update(c.req.header('authorization') ?? '').digest('hex')} ${c.req.method} ${c.req.routePath}`,
        handler: (c) => {
          audit(c, 429, 'RateLimited', null);
          return problemResponse(c, 429 as never, 'RateLimited', `more than ${rateLimit.limit} requests in ${rateLimit.windowMs / 1000} s for this token and route; retry after the Retry-After header's seconds`);
        },
      }),
    );
  }
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize,
      onError: (c) => problemResponse(c, 413, 'PayloadTooLarge', `the body exceeds ${maxSize} bytes`),
    }),
  );

  app.get('/v1/whoami', (c) => c.json(c.get('principal')));
  // O-14: the auditor lists the security log by period (instants or bare CST days: a bare from is 00:00 CST, a bare to 24:00 CST)
  app.get('/v1/security-log', (c) => {
    if (c.get('principal').role !== 'auditor') throw new ApiError(403, 'Forbidden', 'the security log is for auditors');
    if (!security) return problemResponse(c, 503 as never, 'Unavailable', 'no security log is configured');
    const parsed = PeriodQuery.safeParse(c.req.query());
    if (!parsed.success) {
      const problems = problemsOf(parsed.error.issues);
      return problemResponse(c, 400, 'InvalidRequest', `invalid security-log query: ${problems.map(describeProblem).join('; ')}`, { problems });
    }
    const { from, to } = periodBounds(parsed.data);
    return c.json({ events: security.list(new Date(from ?? 0).toISOString(), new Date(to ?? Date.parse('9999-12-31T00:00:00Z')).toISOString()) });
  });
  app.route('/v1/audit', auditRoutes(records));

  app.get('/v1/units', async (c) => {
    const principal = c.get('principal');
    const { limit, ...filter } = listFilterOf(c, principal, provincialBureau);
    return c.json({ units: await leqi.list(filter, { limit }) });
  });

  /** the unit's summary if this principal may read it (read scoping, client/scope.ts); 404 otherwise */
  const readable = async (c: Context<Env>) => {
    const principal = c.get('principal');
    const summary = await leqi.state(unitOf(c)).catch((err: unknown) => {
      throw err instanceof LeqiError && err.type === 'NotFound' ? NOT_FOUND() : err;
    });
    if (!mayRead(principal, summary, provincialBureau)) throw NOT_FOUND();
    return { principal, summary };
  };
  const state = async (c: Context<Env>) => {
    const { principal, summary } = await readable(c);
    return c.json(scopedState(principal, summary));
  };
  app.get('/v1/units/:uscc', state);
  app.get('/v1/units/:uscc/state', state);
  app.get('/v1/units/:uscc/audit', async (c) => {
    const { principal, summary } = await readable(c);
    return c.json({ entries: scopedAudit(principal, await leqi.audit(summary.unitId)) });
  });

  app.post('/v1/units/:uscc/application', async (c) => {
    const uscc = unitOf(c);
    const body = await jsonObject(c);
    const stray = ['type', 'actor'].filter((k) => k in body).map((k) => paramProblem(k, 'unrecognized_key', `not a field of this resource (${k === 'actor' ? 'the actor is taken from your token' : 'the type is SUBMIT_APPLICATION'})`));
    if (stray.length) throw rejected(invalidCommand(stray));
    const command = commandOf({ ...body, type: 'SUBMIT_APPLICATION' }, c.get('principal'));
    return c.json(await leqi.dispatch(uscc, command));
  });

  app.post('/v1/units/:uscc/commands', async (c) => {
    const uscc = unitOf(c);
    const command = commandOf(await jsonObject(c), c.get('principal'));
    return c.json(await leqi.dispatch(uscc, command));
  });

  app.post('/v1/units/:uscc/events', async (c) => {
    const uscc = unitOf(c);
    const command = commandOf(await jsonObject(c), c.get('principal'));
    await leqi.signal(uscc, command);
    return c.json({ accepted: true }, 202);
  });

  app.post('/v1/fan-out', async (c) => {
    const principal = c.get('principal');
    if (principal.units !== null) throw new ApiError(403, 'Forbidden', 'fan-out is for officers and the system');
    const parsed = FanOutRequest.safeParse(await jsonObject(c));
    if (!parsed.success) throw rejected({ ...invalidCommand(problemsOf(parsed.error.issues), { what: 'invalid fan-out' }), type: 'InvalidRequest' });
    const { filter, command: body } = parsed.data;
    const { requestId, ...rest } = body as Record<string, unknown>;
    // validate once before anything is listed or sent
    commandOf(rest, principal);
    const results = await leqi.fanOut({ ...filter, ...listScope(principal, provincialBureau) }, (unit) => commandOf({ ...rest, ...(typeof requestId === 'string' ? { requestId: `${requestId}:${unit.unitId}` } : {}) }, principal));
    return c.json({ results });
  });

  // issue 18: the policy preview, for supervisors (decisions.md "Who decides"); the server reads each unit's persisted state as the system
  app.post('/v1/policy/preview', async (c) => {
    const principal = c.get('principal');
    if (principal.role !== 'officer' || !principal.supervisor) throw new ApiError(403, 'Forbidden', 'the policy preview is for supervisors (an officer token with the supervisor attribute)');
    const body = await jsonObject(c);
    let loaded: ReturnType<typeof policyFromJson>;
    try {
      loaded = policyFromJson(body);
    } catch (e) {
      if (e instanceof z.ZodError) throw rejected({ ...invalidCommand(problemsOf(e.issues), { what: 'invalid policy' }), type: 'InvalidRequest' });
      throw e;
    }
    return c.json(await previewPolicy(leqi, loaded.policy, { role: 'system', id: `supervisor:${principal.id}` }));
  });

  return app;
}

/** The path's unit, if this principal may see it: 404 otherwise, exactly as for a unit that does not exist. */
function unitOf(c: Context<Env>): string {
  const principal = c.get('principal');
  const uscc = c.req.param('uscc') ?? '';
  if (!sees(principal, uscc)) throw NOT_FOUND();
  if (!isValidUscc(uscc)) {
    const problem = paramProblem('uscc', 'invalid_format', usccFormatProblem(uscc) ?? 'the check character is wrong');
    throw rejected({ ...invalidCommand([problem], { what: 'invalid unit id' }), type: 'InvalidRequest' });
  }
  return uscc;
}

/** A command from a body and the token's actor: 403 for a wrong role, 400 with every bad field. */
function commandOf(body: Record<string, unknown>, principal: Principal): Record<string, unknown> {
  if ('actor' in body) throw rejected(invalidCommand([paramProblem('actor', 'unrecognized_key', 'not accepted in the body; the actor is taken from your token')]));
  const type = body.type;
  const known = typeof type === 'string' && Object.hasOwn(allowedRoles, type);
  const actor = actorOf(principal);
  if (known && actor === null) throw new ApiError(403, 'Forbidden', `${type} may not be sent by an auditor (read-only)`, { ruleId: governingRule[type as CommandType] });
  if (known && actor) {
    const roles = allowedRoles[type as CommandType];
    const ruleId = governingRule[type as CommandType];
    if (!roles.includes(actor.role)) throw new ApiError(403, 'Forbidden', `${type} may be sent only by ${roles.join(' or ')}, not by ${actor.role} (rule ${ruleId})`, { ruleId });
  }
  // parsed once here: the client sends the parsed command as it is (client.ts parseOnce)
  const parsed = parseOnce({ ...body, ...(actor ? { actor } : {}) });
  if (!parsed.ok) throw rejected(invalidCommand(parsed.problems));
  return parsed.command;
}

async function jsonObject(c: Context<Env>): Promise<Record<string, unknown>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(type)) throw new ApiError(415, 'UnsupportedMediaType', 'send JSON with Content-Type: application/json');
  const text = await c.req.text();
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new ApiError(400, 'MalformedJson', `malformed JSON: ${jsonSyntaxReason(err)}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ApiError(400, 'InvalidRequest', 'the body must be a JSON object');
  return value as Record<string, unknown>;
}

const listParams = ['phase', 'deadlineBefore', 'deadlineOnOrBefore', 'deadlineAfter', 'termEndsBefore', 'termEndsOnOrBefore', 'openCasesAtLeast', 'waiting', 'includeClosed', 'query', 'limit'];

function listFilterOf(c: Context<Env>, principal: Principal, provincialBureau: string): ListFilter & { limit: number } {
  const q = c.req.query();
  const problems: Problem[] = Object.keys(q)
    .filter((k) => !listParams.includes(k))
    .map((k) => paramProblem(k, 'unrecognized_key', `unknown query parameter; expected one of ${listParams.join(', ')}`));
  if (q.query !== undefined && principal.units !== null) throw new ApiError(403, 'Forbidden', 'a free visibility query is for officers, the system and auditors');
  const int = (name: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined;
    if (!/^\d{1,9}$/.test(v)) problems.push(paramProblem(name, 'invalid_type', 'expected a non-negative integer'));
    return Number(v);
  };
  const limit = int('limit', q.limit) ?? 1000;
  if (limit > 10_000) problems.push(paramProblem('limit', 'too_big', 'at most 10000'));
  const openCasesAtLeast = int('openCasesAtLeast', q.openCasesAtLeast);
  for (const name of ['includeClosed', 'waiting'] as const) {
    if (q[name] !== undefined && !['true', 'false'].includes(q[name])) problems.push(paramProblem(name, 'invalid_value', 'expected true or false'));
  }
  const raw = {
    ...(q.phase !== undefined ? { phase: q.phase.split(',') } : {}),
    ...(q.deadlineBefore !== undefined ? { deadlineBefore: q.deadlineBefore } : {}),
    ...(q.deadlineOnOrBefore !== undefined ? { deadlineOnOrBefore: q.deadlineOnOrBefore } : {}),
    ...(q.deadlineAfter !== undefined ? { deadlineAfter: q.deadlineAfter } : {}),
    ...(q.termEndsBefore !== undefined ? { termEndsBefore: q.termEndsBefore } : {}),
    ...(q.termEndsOnOrBefore !== undefined ? { termEndsOnOrBefore: q.termEndsOnOrBefore } : {}),
    ...(openCasesAtLeast !== undefined ? { openCasesAtLeast } : {}),
    ...(q.includeClosed === 'true' ? { includeClosed: true } : {}),
    ...(q.waiting === 'true' ? { waiting: true } : {}),
    ...(q.query !== undefined ? { query: q.query } : {}),
    ...listScope(principal, provincialBureau),
  };
  const parsed = ListFilter.safeParse(raw);
  if (!parsed.success) problems.push(...problemsOf(parsed.error.issues));
  if (problems.length || !parsed.success) throw rejected({ ...invalidCommand(problems, { what: 'invalid list parameters' }), type: 'InvalidRequest' });
  return { ...parsed.data, limit };
}

/** a rejection (or an edge error of the same shape) as an ApiError with its HTTP status */
function rejected(r: Omit<Rejection, 'type'> & { type: string }): ApiError {
  const status = r.type in statusOf ? statusOf[r.type as keyof typeof statusOf] : 400;
  return new ApiError(status, r.type, r.reason, r);
}
