/** Listing and fan-out need visibility: these run on the Temporal dev server, in real time. */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient, type UnitListing } from '../../client/client.js';
import { applicationFor, freshUscc, officer, unitActor } from '../support/harness.js';
import { createDevEnv } from '../support/temporal.js';
import { call, cli, eventually, startWorker, TOKENS, tokenFile } from './support.js';

let env: TestWorkflowEnvironment;
let worker: Awaited<ReturnType<typeof startWorker>>;
let leqi: LeqiClient;
const [early, late, review, returned, ended] = [freshUscc(), freshUscc(), freshUscc(), freshUscc(), freshUscc()];
const active = [early, late].sort();
const ids = (units: UnitListing[]): string[] => units.map((u) => u.unitId).sort();
const ours = (units: UnitListing[]): UnitListing[] => units.filter((u) => [early, late, review, returned, ended].includes(u.unitId));
let deadlines: Record<string, string | null>;

beforeAll(async () => {
  env = await createDevEnv();
  worker = await startWorker(env);
  leqi = new LeqiClient({ client: env.client, taskQueue: worker.taskQueue });
  for (const uscc of [early, late, review, returned, ended]) await leqi.submitApplication(uscc, applicationFor(uscc), unitActor);
  await leqi.dispatch(early, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', termEndsOn: '2028-06-30' });
  await leqi.dispatch(late, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', termEndsOn: '2031-06-30' });
  await leqi.dispatch(ended, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
  await leqi.dispatch(ended, { type: 'TERMINATE', actor: officer, reason: '严重违规', ruleId: 'T-08' });
  await leqi.dispatch(returned, { type: 'RETURN_APPLICATION', actor: officer, opinion: '退回', reasons: ['材料不全'] });
  deadlines = Object.fromEntries(await Promise.all([early, late].map(async (u) => [u, (await leqi.state(u)).nextDeadlines[0]?.at ?? null] as const)));
  // listing is eventually consistent: wait until every unit shows its phase
  await eventually(() => leqi.list(), (units) => ours(units).filter((u) => u.phase !== 'underReview' || u.unitId === review).length === 5);
});
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

describe('listing by the contract’s search attributes (dev server)', () => {
  it('by phase', async () => {
    expect(ids(ours(await eventually(() => leqi.list({ phase: 'active' }), (u) => ids(ours(u)).length === 2)))).toEqual(active);
    expect(ids(ours(await leqi.list({ phase: 'underReview' })))).toEqual([review]);
    expect(ids(ours(await leqi.list({ phase: ['returned', 'terminated'] })))).toEqual([returned, ended].sort());
    const [unit] = ours(await leqi.list({ phase: 'active', unitIds: [early] }));
    expect(unit).toMatchObject({ unitId: early, phase: 'active', status: 'RUNNING', nextDeadline: deadlines[early], termEndsAt: '2028-07-01T00:00:00+08:00', concurrencyLimit: 100, openCases: 0 });
  });

  it('by deadline window: [after, before)', async () => {
    const all = [early, late, review, returned, ended];
    const next = Object.fromEntries(await Promise.all(all.map(async (u) => [u, (await leqi.state(u)).nextDeadlines[0]?.at ?? null] as const)));
    const instants = [...new Set(Object.values(next).filter((d): d is string => d !== null))].sort((a, b) => Date.parse(a) - Date.parse(b));
    expect(instants.length).toBeGreaterThanOrEqual(2);
    const expected = (after?: string, before?: string): string[] =>
      all.filter((u) => next[u] !== null && (!after || Date.parse(next[u]!) >= Date.parse(after)) && (!before || Date.parse(next[u]!) < Date.parse(before))).sort();
    const [first, second] = [instants[0]!, instants[1]!];
    expect(ids(ours(await leqi.list({ deadlineBefore: second, includeClosed: false })))).toEqual(expected(undefined, second));
    expect(ids(ours(await leqi.list({ deadlineAfter: second })))).toEqual(expected(second));
    expect(ids(ours(await leqi.list({ deadlineAfter: first, deadlineBefore: second })))).toEqual(expected(first, second));
    expect(expected(first, second).length).toBeGreaterThan(0);
    expect(ids(ours(await leqi.list({ phase: 'active', termEndsBefore: '2029-01-01' })))).toEqual([early]);
    expect(ids(ours(await leqi.list({ openCasesAtLeast: 1 })))).toEqual([]);
    expect(deadlines[early]).toBe(next[early]);
  });

  it('the CLI and the API list the same; a unit’s token lists only its own unit', async () => {
    const r = await cli(['--address', env.address, '--json', 'list', '--phase', 'active']);
    expect(r.code, r.stderr).toBe(0);
    expect(ids(ours(r.json()))).toEqual(active);
    const table = await cli(['--address', env.address, 'list', '--phase', 'active']);
    expect(table.stdout).toContain(early);

    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([early], [late])), log: () => {} });
    const all = await call(app, 'GET', '/v1/units?phase=active', { token: TOKENS.officer });
    expect(all.status).toBe(200);
    expect(ids(ours(all.body.units))).toEqual(active);
    const mine = await call(app, 'GET', '/v1/units', { token: TOKENS.unitA });
    expect(ids(mine.body.units)).toEqual([early]);
  });
});

describe('authority scoping of listings: LeqiAuthorities (issue 14, dev server)', () => {
  it('G3.1(1): the unit’s competent authorities are a search attribute; an officer lists only units of their authority', async () => {
    const authorities = ['15101000000', '15101040000', '15101070000'];
    const listed = await eventually(() => leqi.list({ authority: '15101070000', unitIds: [early] }), (u) => u.length === 1);
    expect(listed.map((u) => u.authorities)).toEqual([authorities]);
    expect(await leqi.list({ authority: '15199999999', unitIds: [early, late, review] })).toEqual([]);

    const tokens = new TokenTable({
      tokens: [
        { token: 'list-officer-dcu-000000001', role: 'officer', id: 'o-dcu', authority: '15101000000' },
        { token: 'list-officer-uu-0000000001', role: 'officer', id: 'o-uu', authority: '15101040000' },
        { token: 'list-officer-other-0000001', role: 'officer', id: 'o-x', authority: '15199999999' },
        { token: 'list-officer-prov-00000001', role: 'officer', id: 'o-p', authority: '15100000000' },
      ],
    });
    const app = createApp({ leqi, tokens, log: () => {} });
    const list = async (token: string) => ids(ours((await call(app, 'GET', '/v1/units?phase=active', { token })).body.units));
    expect(await list('list-officer-dcu-000000001')).toEqual(active);
    expect(await list('list-officer-uu-0000000001')).toEqual(active);
    expect(await list('list-officer-prov-00000001')).toEqual(active);
    expect(await list('list-officer-other-0000001')).toEqual([]);
    // a free query cannot close the scope's parentheses
    const escape = await call(app, 'GET', `/v1/units?query=${encodeURIComponent('LeqiPhase = "active") OR (LeqiPhase = "active"')}`, { token: 'list-officer-other-0000001' });
    expect(escape.status).toBe(400);
  });

  it('finding 6: a malformed visibility query is a 400 with a short reason, no stack, nothing logged', async () => {
    const logged: unknown[] = [];
    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([early], [late])), log: (m, e) => logged.push([m, e]) });
    const res = await call(app, 'GET', `/v1/units?query=${encodeURIComponent('LeqiPhase === "x"')}`, { token: TOKENS.officer });
    expect(res.status, JSON.stringify(logged, (_k, v) => (v instanceof Error ? { ...v, name: v.name, code: (v as { code?: number }).code, message: v.message } : v))).toBe(400);
    expect(res.body.error.type).toBe('InvalidCommand');
    expect(res.body.error.message).toMatch(/^invalid visibility query: /);
    expect(res.text.length).toBeLessThan(600);
    expect(res.text).not.toMatch(/\bat .*\.(js|ts):\d+/);
    expect(logged).toEqual([]);
    const r = await cli(['--address', env.address, '--json', 'list', '--query', 'LeqiPhase === "x"']);
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(/\bat .*\.(js|ts):\d+/);
  });
});

describe('fan-out (dev server)', () => {
  it('reaches every active unit and no other, reporting each answer', async () => {
    const results = await leqi.fanOut({ phase: 'active' }, (unit) => ({ type: 'SET_CONCURRENCY', actor: officer, limit: 42, reason: '平台升级', requestId: `upgrade-1:${unit.unitId}` }));
    expect(results.filter((r) => active.includes(r.unitId)).sort((a, b) => a.unitId.localeCompare(b.unitId))).toEqual(active.map((unitId) => ({ unitId, outcome: 'applied', phase: 'active' })));
    for (const u of active) expect((await leqi.state(u)).concurrency.limit).toBe(42);
    for (const u of [review, returned, ended]) expect((await leqi.audit(u)).some((e) => e.command === 'SET_CONCURRENCY')).toBe(false);
  });

  it('reports the units that reject it, by contract type', async () => {
    const results = await leqi.fanOut({ query: 'LeqiPhase != "terminated"' }, (unit) => ({ type: 'SET_CONCURRENCY', actor: officer, limit: 40, reason: 'x', requestId: `upgrade-2:${unit.unitId}` }));
    const by: Record<string, (typeof results)[number]> = Object.fromEntries(results.map((r) => [r.unitId, r]));
    expect(by[early]?.outcome).toBe('applied');
    expect(by[review]).toMatchObject({ outcome: 'rejected', type: 'IllegalTransition' });
    expect(by[returned]).toMatchObject({ outcome: 'rejected', type: 'IllegalTransition' });
    expect(by[ended]).toBeUndefined();
  });

  it('over HTTP: officers only; the requestId is made per unit', async () => {
    const app = createApp({ leqi, tokens: new TokenTable(tokenFile([early], [late])), log: () => {} });
    const body = { filter: { phase: 'active' }, command: { type: 'SET_CONCURRENCY', limit: 30, reason: 'http fan-out', requestId: 'upgrade-3' } };
    expect((await call(app, 'POST', '/v1/fan-out', { token: TOKENS.unitA, body })).status).toBe(403);
    expect((await call(app, 'POST', '/v1/fan-out', { token: TOKENS.officer, body: { ...body, command: { type: 'SET_CONCURRENCY', limit: 'x' } } })).status).toBe(400);
    const res = await call(app, 'POST', '/v1/fan-out', { token: TOKENS.officer, body });
    expect(res.status).toBe(200);
    expect(res.body.results.filter((r: { unitId: string }) => active.includes(r.unitId)).map((r: { outcome: string }) => r.outcome)).toEqual(['applied', 'applied']);
    expect((await leqi.audit(early)).filter((e) => e.requestId === `upgrade-3:${early}`)).toHaveLength(1);
  });
});
