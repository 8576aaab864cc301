/**
 * Findings 4 and 8 (issue 14) at the HTTP edge: rate limits per token and route with Retry-After
 * (a maintained middleware, hono-rate-limiter), and a security log (O-14) of every authentication
 * failure, authorization refusal, rate-limit hit and rejected command, listed by the auditor by period.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { fileSecurityLog, type SecurityLog } from '../../client/api/securityLog.js';
import { LeqiClient } from '../../client/client.js';
import { applicationFor, freshUscc, officer, startHarness, unitActor, type Harness } from '../support/harness.js';
import { call, TOKENS, tokenFile } from '../client/support.js';

const A = freshUscc();
let h: Harness;
let leqi: LeqiClient;
let security: SecurityLog;
const path = join(mkdtempSync(join(tmpdir(), 'leqi-security-')), 'security.log');

beforeAll(async () => {
  h = await startHarness();
  leqi = new LeqiClient({ client: h.env.client, taskQueue: h.taskQueue });
  security = fileSecurityLog(path);
  await leqi.submitApplication(A, applicationFor(A), unitActor);
  await leqi.dispatch(A, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
});
afterAll(async () => {
  await security?.close();
  await h?.close();
});

describe('finding 4: rate limits per token and route', () => {
  it('O-14: beyond the limit a token gets 429 with Retry-After on that route; other tokens and routes are not affected', async () => {
    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([A], [A])), log: () => {}, rateLimit: { windowMs: 60_000, limit: 3 }, security });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(app, 'POST', `/v1/units/${A}/events`, { token: TOKENS.unitA, body: { type: 'REQUEST_RENEWAL' } })).status);
    expect(statuses).toEqual([202, 202, 202, 429, 429]);
    const limited = await call(app, 'POST', `/v1/units/${A}/events`, { token: TOKENS.unitA, body: { type: 'REQUEST_RENEWAL' } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.type).toBe('RateLimited');
    // another route, another token: their own budgets
    expect((await call(app, 'GET', `/v1/units/${A}`, { token: TOKENS.unitA })).status).toBe(200);
    expect((await call(app, 'POST', `/v1/units/${A}/events`, { token: TOKENS.officer, body: { type: 'ARCHIVE' } })).status).toBe(202);
  });
});

describe('finding 8: the security log (O-14)', () => {
  it('O-14: 401, 403, a unit out of sight, 429 and rejected commands are logged as structured lines; the auditor lists them by period', async () => {
    const from = new Date().toISOString();
    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([A], [A])), log: () => {}, rateLimit: { windowMs: 60_000, limit: 2 }, security });
    expect((await call(app, 'GET', `/v1/units/${A}`, { token: 'not-a-real-token-000000' })).status).toBe(401);
    expect((await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.unitA, body: { type: 'SET_CONCURRENCY', limit: 1, reason: 'x' } })).status).toBe(403);
    expect((await call(app, 'GET', `/v1/units/${freshUscc()}`, { token: TOKENS.unitA })).status).toBe(404);
    expect((await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { type: 'APPROVE_APPLICATION', opinion: '再次' } })).status).toBe(409);
    expect((await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { type: 'SET_CONCURRENCY', limit: -1, reason: 'x' } })).status).toBe(400);
    expect((await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { type: 'SET_CONCURRENCY', limit: -2, reason: 'x' } })).status).toBe(429);
    const to = new Date(Date.now() + 1000).toISOString();

    expect((await call(app, 'GET', `/v1/security-log?from=${from}&to=${to}`, { token: TOKENS.officer })).status).toBe(403);
    const listed = await call(app, 'GET', `/v1/security-log?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`, { token: TOKENS.auditor });
    expect(listed.status).toBe(200);
    const events = listed.body.events as { event: string; status: number; type: string | null; ruleId: string | null; principal: { id: string } | null }[];
    expect(events.map((e) => [e.event, e.status])).toEqual([
      ['authenticationFailed', 401],
      ['forbidden', 403],
      ['notVisible', 404],
      ['commandRejected', 409],
      ['commandRejected', 400],
      ['rateLimited', 429],
      // the officer's attempt at the security log itself is a refusal too
      ['forbidden', 403],
    ]);
    expect(events[1]).toMatchObject({ type: 'Forbidden', ruleId: 'T-04', principal: { id: 'unit-a-admin' } });
    expect(events[3]).toMatchObject({ type: 'IllegalTransition', ruleId: 'P-ONB-04' });
    expect(JSON.stringify(events)).not.toContain('not-a-real-token');
    // by period: nothing before `from`
    const before = await call(app, 'GET', `/v1/security-log?to=${encodeURIComponent(from)}`, { token: TOKENS.auditor });
    expect(before.body.events.filter((e: { time: string }) => e.time >= from)).toEqual([]);
  });
});
