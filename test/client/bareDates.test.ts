/**
 * Issue 12 fault 15, decisions.md "Bare dates in filters": a bare `from` date is 00:00 CST of that
 * day and a bare `to` date 24:00 CST, on every date filter of the API and the CLI. The audit records
 * (the README's `?ruleId=S-03&from=2027-01-01`) are tested in test/record/auditApi.test.ts; here the
 * security log and the list filters of the API and the CLI.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { fileSecurityLog } from '../../client/api/securityLog.js';
import { filterOf } from '../../client/cli/main.js';
import type { LeqiClient } from '../../client/client.js';
import { ListFilter, PeriodQuery, periodBounds, visibilityQuery } from '../../client/listing.js';
import { call, TOKENS, tokenFile } from './support.js';

const A = '91510100MA6CEXA01F';

describe('decisions "Bare dates in filters" (issue 12 fault 15)', () => {
  let clock = Date.parse('2027-01-09T23:59:59.999+08:00');
  const security = fileSecurityLog(join(mkdtempSync(join(tmpdir(), 'leqi-bare-')), 'security.log'), { now: () => clock });
  afterAll(async () => {
    await security.close();
  });

  it('O-14, P-MON-02: one zod type for a filter instant: a bare from is 00:00 CST of that day, a bare to 24:00 CST; instants keep their meaning', () => {
    expect(periodBounds(PeriodQuery.parse({ from: '2027-01-10', to: '2027-01-10' }))).toEqual({ from: Date.parse('2027-01-10T00:00:00+08:00'), to: Date.parse('2027-01-11T00:00:00+08:00') });
    expect(periodBounds(PeriodQuery.parse({ to: '2027-01-10T12:00:00+08:00' }))).toEqual({ from: undefined, to: Date.parse('2027-01-10T12:00:00+08:00') });
    expect(PeriodQuery.safeParse({ from: '2027-02-30' }).success).toBe(false);
    expect(PeriodQuery.safeParse({ from: '2027-01-10T00:00:00' }).success).toBe(false);
  });

  it('O-14: GET /v1/security-log?from=D&to=D lists the whole CST day D (old: a bare to meant 00:00 of D, so nothing)', async () => {
    const app = createApp({ leqi: {} as LeqiClient, tokens: new TokenTable(tokenFile([A], [A])), log: () => {}, security });
    // one 401 just before the day, at its first instant, at its last millisecond and at the next day's first
    for (const at of ['2027-01-09T23:59:59.999+08:00', '2027-01-10T00:00:00+08:00', '2027-01-10T23:59:59.999+08:00', '2027-01-11T00:00:00+08:00']) {
      clock = Date.parse(at);
      expect((await call(app, 'GET', `/v1/units/${A}`, { token: 'not-a-real-token-000000' })).status).toBe(401);
    }
    clock = Date.parse('2027-01-12T00:00:00+08:00');
    const day = await call(app, 'GET', '/v1/security-log?from=2027-01-10&to=2027-01-10', { token: TOKENS.auditor });
    expect(day.status).toBe(200);
    expect(day.body.events.map((e: { time: string }) => Date.parse(e.time))).toEqual([Date.parse('2027-01-10T00:00:00+08:00'), Date.parse('2027-01-10T23:59:59.999+08:00')]);
    const from = await call(app, 'GET', '/v1/security-log?from=2027-01-11', { token: TOKENS.auditor });
    expect(from.body.events.filter((e: { event: string }) => e.event === 'authenticationFailed').map((e: { time: string }) => Date.parse(e.time))).toEqual([Date.parse('2027-01-11T00:00:00+08:00')]);
    const bad = await call(app, 'GET', '/v1/security-log?from=2027-02-30', { token: TOKENS.auditor });
    expect(bad.status).toBe(400);
    expect(bad.body.problems).toContainEqual(expect.objectContaining({ path: '/from' }));
  });

  it('T-18: the list filters of the API and the CLI (one ListFilter): a bare day is 00:00 CST for …Before/…After, the whole day for …OnOrBefore', () => {
    const flags = { deadlineBefore: '2027-03-15', deadlineAfter: '2027-03-01', termEndsBefore: '2028-05-10', deadlineOnOrBefore: '2027-03-20', termEndsOnOrBefore: '2028-05-11' };
    const fromCli = filterOf(flags);
    expect(fromCli).toEqual(ListFilter.parse(flags));
    const q = visibilityQuery(fromCli);
    expect(q).toContain('LeqiNextDeadline < "2027-03-15T00:00:00+08:00"');
    expect(q).toContain('LeqiNextDeadline >= "2027-03-01T00:00:00+08:00"');
    expect(q).toContain('LeqiTermEndsOn < "2028-05-10T00:00:00+08:00"');
    expect(q).toContain('LeqiNextDeadline < "2027-03-21T00:00:00.001+08:00"');
    expect(q).toContain('LeqiTermEndsOn < "2028-05-12T00:00:00.001+08:00"');
    expect(() => filterOf({ deadlineAfter: '2027-02-30' })).toThrow(/deadlineAfter/);
  });
});
