import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionStore } from '../../activities/record/index.js';
import { createApp } from '../../client/api/app.js';
import { ChainVerification, RecordPage } from '../../client/api/auditSchemas.js';
import { TokenTable } from '../../client/api/auth.js';
import type { LeqiClient } from '../../client/client.js';
import { usccWithCheck } from '../../machines/uscc.js';
import { call, TOKENS, tokenFile } from '../client/support.js';
import { backends, rec, requirePostgresInCi } from './support.js';

requirePostgresInCi();

const A = '91510100MA6CEXA01F';
const B = usccWithCheck('91510100MA6CEXC03');
// the audit routes never reach Temporal
const leqi = {} as LeqiClient;

describe.each(backends)('E-DCU-11/O-21/P-MON-02: the auditor API on $name', (backend) => {
  let store: DecisionStore;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    store = await backend.open();
    for (let seq = 1; seq <= 4; seq++) await store.append(rec(A, 'run-a', seq, { at: `2027-0${seq}-10T09:00:00+08:00`, ruleId: seq % 2 ? 'T-02' : 'T-04' }, seq === 2 ? { type: 'SET_CONCURRENCY', limit: 50 } : null));
    for (let seq = 1; seq <= 2; seq++) await store.append(rec(B, 'run-b', seq, { at: `2027-0${seq + 1}-20T09:00:00+08:00`, ruleId: 'T-04' }));
    app = createApp({ leqi, tokens: new TokenTable(tokenFile([A], [B])), log: () => {}, records: store });
  });
  afterAll(async () => {
    if (store) await backend.drop(store);
  });

  const get = (path: string, token: string = TOKENS.auditor) => call(app, 'GET', path, { token });

  it('lists a unit’s records by period and rule id, in chain order', async () => {
    const all = await get(`/v1/audit/units/${A}/records`);
    expect(all.status).toBe(200);
    const page = RecordPage.parse(all.body);
    expect(page.records.map((r) => r.entry.seq)).toEqual([1, 2, 3, 4]);
    expect(page.records[1]!.payload).toEqual({ type: 'SET_CONCURRENCY', limit: 50 });
    const period = await get(`/v1/audit/units/${A}/records?from=${encodeURIComponent('2027-02-10T09:00:00+08:00')}&to=${encodeURIComponent('2027-04-01T00:00:00+08:00')}`);
    expect(period.body.records.map((r: any) => r.entry.seq)).toEqual([2, 3]);
    const rule = await get(`/v1/audit/units/${A}/records?ruleId=T-04`, TOKENS.officer);
    expect(rule.status).toBe(200);
    expect(rule.body.records.map((r: any) => r.entry.seq)).toEqual([2, 4]);
  });

  it('decisions: bare dates in filters: a bare from is 00:00 CST of that day, a bare to is 24:00 CST of that day', async () => {
    // A's entries are at 09:00 CST on the 10th of January…April; a bare to includes its whole day
    const period = await get(`/v1/audit/units/${A}/records?from=2027-02-10&to=2027-03-10`);
    expect(period.status).toBe(200);
    expect(period.body.records.map((r: any) => r.entry.seq)).toEqual([2, 3]);
    const oneDay = await get(`/v1/audit/units/${A}/records?from=2027-03-10&to=2027-03-10`);
    expect(oneDay.body.records.map((r: any) => r.entry.seq)).toEqual([3]);
    // the README's example: every unit, one rule, from a bare day on
    const readme = await get('/v1/audit/records?ruleId=T-02&from=2027-01-01');
    expect(readme.status).toBe(200);
    expect(readme.body.records.map((r: any) => `${r.unitId === A ? 'A' : 'B'}${r.entry.seq}`)).toEqual(['A1', 'A3']);
    // an instant keeps its exact meaning; an impossible day is refused
    expect((await get(`/v1/audit/units/${A}/records?to=${encodeURIComponent('2027-03-10T00:00:00+08:00')}`)).body.records.map((r: any) => r.entry.seq)).toEqual([1, 2]);
    const bad = await get('/v1/audit/records?from=2027-02-30');
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems.join(' ')).toMatch(/from/);
  });

  it('lists records across units by rule id and period, in time order, page by page', async () => {
    const r = await get(`/v1/audit/records?ruleId=T-04&from=${encodeURIComponent('2027-02-01T00:00:00+08:00')}&limit=2`);
    expect(r.status).toBe(200);
    expect(r.body.records.map((x: any) => `${x.unitId === A ? 'A' : 'B'}${x.entry.seq}`)).toEqual(['A2', 'B1']);
    const next = await get(`/v1/audit/records?ruleId=T-04&from=${encodeURIComponent('2027-02-01T00:00:00+08:00')}&limit=2&after=${r.body.next}`);
    expect(next.body.records.map((x: any) => `${x.unitId === A ? 'A' : 'B'}${x.entry.seq}`)).toEqual(['B2', 'A4']);
    expect(next.body.next).toBeNull();
  });

  it('verifies a unit’s chain, and reports the first broken entry after tampering', async () => {
    const ok = await get(`/v1/audit/units/${B}/verify`);
    expect(ok.status).toBe(200);
    expect(ChainVerification.parse(ok.body)).toMatchObject({ unitId: B, ok: true, count: 2, head: { lifetime: 'run-b', seq: 2 } });
    await backend.tamper(store, "UPDATE decision_records SET to_phase = 'terminated' WHERE unit_id = ? AND seq = 1", [B]);
    const broken = await get(`/v1/audit/units/${B}/verify`, TOKENS.officer);
    expect(ChainVerification.parse(broken.body)).toMatchObject({ unitId: B, ok: false, count: 0, at: { lifetime: 'run-b', seq: 1, position: 1 }, reason: expect.stringContaining('changed') });
  });

  it('is read-only for auditor and officer tokens: 403 for unit, using-unit and system tokens, 401 without one', async () => {
    for (const token of [TOKENS.unitA, TOKENS.usingA, TOKENS.system]) {
      for (const path of [`/v1/audit/units/${A}/records`, '/v1/audit/records', `/v1/audit/units/${A}/verify`]) {
        const r = await get(path, token);
        expect(r.status, `${path}`).toBe(403);
        expect(r.body.error.type).toBe('Forbidden');
      }
    }
    expect((await call(app, 'GET', '/v1/audit/records')).status).toBe(401);
    expect((await call(app, 'POST', `/v1/audit/units/${A}/records`, { token: TOKENS.auditor, body: {} })).status).toBe(404);
  });

  it('answers 400 with every bad parameter', async () => {
    const r = await get(`/v1/audit/records?from=yesterday&colour=red&limit=0`);
    expect(r.status).toBe(400);
    expect(r.body.error.type).toBe('InvalidRequest');
    expect(r.body.error.problems.join(' ')).toMatch(/from/);
    expect(r.body.error.problems.join(' ')).toMatch(/colour/);
    expect(r.body.error.problems.join(' ')).toMatch(/limit/);
    expect((await get('/v1/audit/units/not-a-uscc/verify')).status).toBe(400);
    expect((await get('/v1/audit/records?after=garbage')).status).toBe(400);
  });
});

describe('the auditor API without a configured record', () => {
  it('answers 503', async () => {
    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([A], [B])), log: () => {} });
    const r = await call(app, 'GET', '/v1/audit/records', { token: TOKENS.auditor });
    expect(r.status).toBe(503);
    expect(r.body.error.type).toBe('RecordUnavailable');
  });
});
