/**
 * The auditor API (E-DCU-11, O-21, P-MON-02): read-only access to the decision record for the
 * tax authority — by unit, period and rule id — and verification of a unit's hash chain.
 * Roles: auditor and officer; every other token gets 403.
 */
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { describeProblem, problemsOf, type Problem } from '../../machines/rejection.js';
import { isValidUscc, usccFormatProblem } from '../../machines/uscc.js';
import { PeriodQuery, periodBounds } from '../listing.js';
import { paramProblem, problemResponse } from './problem.js';
import type { Principal } from './auth.js';
import type { ChainVerification, DecisionRecordEntry } from './auditSchemas.js';

/** What the API reads; the decision store of activities/record provides it. */
export interface AuditRecords {
  records(filter: { unitId?: string; ruleId?: string; from?: number; to?: number; limit?: number; after?: string }): Promise<{ records: DecisionRecordEntry[]; next: string | null }>;
  verify(unitId: string): Promise<Omit<ChainVerification, 'unitId'>>;
}

type Env = { Variables: { principal: Principal } };

export const AUDIT_ROLES = ['auditor', 'officer'] as const;

/** the period (a bare from is 00:00 CST, a bare to 24:00 CST: decisions.md "Bare dates in filters"), a rule id, paging */
const Query = PeriodQuery.extend({
  ruleId: z.string().min(1).max(64).optional(),
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  after: z.string().min(1).max(400).optional(),
});

type Fail = { status: 400 | 403 | 503; type: string; message: string; problems?: Problem[] };

/** The routes under /v1/audit; mounted by createApp behind its bearer-token middleware. */
export function auditRoutes(store: AuditRecords | undefined): Hono<Env> {
  const app = new Hono<Env>();
  const fail = (c: Context<Env>, f: Fail) => problemResponse(c, f.status, f.type, f.message, { problems: f.problems ?? [] });

  app.use('*', async (c, next) => {
    const { role } = c.get('principal');
    if (!(AUDIT_ROLES as readonly string[]).includes(role)) return fail(c, { status: 403, type: 'Forbidden', message: `the decision record is for ${AUDIT_ROLES.join(' and ')} tokens, not ${role}` });
    if (!store) return fail(c, { status: 503, type: 'RecordUnavailable', message: 'no decision record is configured (LEQI_RECORD_URL)' });
    await next();
    return undefined;
  });

  const list = async (c: Context<Env>, unitId?: string) => {
    const parsed = Query.safeParse(c.req.query());
    if (!parsed.success) {
      const problems = problemsOf(parsed.error.issues);
      return fail(c, { status: 400, type: 'InvalidRequest', message: `invalid audit query: ${problems.map(describeProblem).join('; ')}`, problems });
    }
    const q = parsed.data;
    const { from, to } = periodBounds(q);
    if (from !== undefined && to !== undefined && from > to) return fail(c, { status: 400, type: 'InvalidRequest', message: 'invalid audit query: from is after to', problems: [paramProblem('from', 'too_big', 'after to')] });
    try {
      return c.json(await store!.records({ ...(unitId ? { unitId } : {}), ...(q.ruleId ? { ruleId: q.ruleId } : {}), ...(from !== undefined ? { from } : {}), ...(to !== undefined ? { to } : {}), ...(q.limit ? { limit: q.limit } : {}), ...(q.after ? { after: q.after } : {}) }));
    } catch (err) {
      if (err instanceof Error && err.name === 'BadCursor') return fail(c, { status: 400, type: 'InvalidRequest', message: err.message, problems: [paramProblem('after', 'invalid_value', err.message)] });
      throw err;
    }
  };

  const unit = (c: Context<Env>): string | Fail => {
    const uscc = c.req.param('uscc') ?? '';
    if (isValidUscc(uscc)) return uscc;
    const problem = paramProblem('uscc', 'invalid_format', usccFormatProblem(uscc) ?? 'the check character is wrong');
    return { status: 400, type: 'InvalidRequest', message: `invalid unit id: ${describeProblem(problem)}`, problems: [problem] };
  };

  app.get('/records', (c) => list(c));
  app.get('/units/:uscc/records', (c) => {
    const uscc = unit(c);
    return typeof uscc === 'string' ? list(c, uscc) : fail(c, uscc);
  });
  app.get('/units/:uscc/verify', async (c) => {
    const uscc = unit(c);
    if (typeof uscc !== 'string') return fail(c, uscc);
    if (Object.keys(c.req.query()).length) return fail(c, { status: 400, type: 'InvalidRequest', message: 'verify takes no query parameters' });
    return c.json({ unitId: uscc, ...(await store!.verify(uscc)) });
  });
  return app;
}
