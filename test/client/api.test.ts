import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient } from '../../client/client.js';
import { LeqiError } from '../../client/errors.js';
import { AuditEntry, StateSummary } from '../../client/schemas.js';
import { commandTypes } from '../../machines/schemas/commands.js';
import { Rejection } from '../../machines/rejection.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { applicationFor, freshUscc, officer, startHarness, type Harness } from '../support/harness.js';
import { call, TOKENS, tokenFile } from './support.js';

let h: Harness;
let leqi: LeqiClient;
let app: ReturnType<typeof createApp>;
const A = freshUscc(); // unit A, submitted and approved below
const B = freshUscc(); // unit B, submitted below
const M = freshUscc(); // in unit A's scope, never started: the role matrix's target
const NOBODY = freshUscc(); // never started, in nobody's scope
const LIMIT = 64 * 1024;

const submission = (uscc: string) => {
  const { ...fields } = applicationFor(uscc);
  return fields;
};

beforeAll(async () => {
  h = await startHarness();
  leqi = new LeqiClient({ client: h.env.client, taskQueue: h.taskQueue });
  app = createApp({ leqi, tokens: new TokenTable(tokenFile([A, M], [B])), bodyLimit: LIMIT, log: () => {} });
  expect((await call(app, 'POST', `/v1/units/${A}/application`, { token: TOKENS.unitA, body: submission(A) })).status).toBe(200);
  expect((await call(app, 'POST', `/v1/units/${B}/application`, { token: TOKENS.unitB, body: submission(B) })).status).toBe(200);
});
afterAll(async () => {
  await h?.close();
});

const audit = async (uscc: string) => (await call(app, 'GET', `/v1/units/${uscc}/audit`, { token: TOKENS.officer })).body.entries as unknown[];

describe('units: commands, state and audit over HTTP', () => {
  it('P-ONB-02/P-ONB-04: a unit submits, an officer approves; answers are state summaries; a second approval is 409 with the rule id', async () => {
    const state = await call(app, 'GET', `/v1/units/${A}`, { token: TOKENS.unitA });
    expect(state.status).toBe(200);
    expect(StateSummary.parse(state.body)).toMatchObject({ unitId: A, phase: 'underReview' });

    const approved = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { type: 'APPROVE_APPLICATION', opinion: '材料齐全，同意接入' } });
    expect(approved.status).toBe(200);
    expect(StateSummary.parse(approved.body).phase).toBe('active');

    const again = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { type: 'APPROVE_APPLICATION', opinion: 'again' } });
    expect(again.status).toBe(409);
    // the body is the contract's rejection as problem details (Rejection.json)
    expect(again.body).toMatchObject({ type: 'IllegalTransition', ruleId: 'P-ONB-04', state: 'active', status: 409, problems: [] });
    expect(again.body.reason).toMatch(/^APPROVE_APPLICATION refused in state active\b/);
    expect(again.body.reason).toContain('no transition for APPROVE_APPLICATION in state active: the unit is already approved');
    expect(Rejection.parse(again.body)).toMatchObject({ type: 'IllegalTransition' });

    const entries = await audit(A);
    for (const e of entries) AuditEntry.parse(e);
    // the actor is the token's, never the body's
    expect(entries).toContainEqual(expect.objectContaining({ command: 'APPROVE_APPLICATION', outcome: 'applied', actor: { role: 'officer', id: 'officer-chen', authority: '15101000000' } }));
    expect(entries).toContainEqual(expect.objectContaining({ command: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'unit-a-admin' } }));
  });

  it('contract: a repeated requestId is applied once and answered replayed: true; another command with it is RequestIdReused (409)', async () => {
    const body = { type: 'SET_CONCURRENCY', limit: 70, reason: 'load test', requestId: `rq-${A}` };
    const first = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body });
    const second = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body });
    expect(first.status).toBe(200);
    expect(second.body).toEqual({ ...first.body, replayed: true });
    expect((await audit(A)).filter((e: any) => e.requestId === body.requestId)).toHaveLength(1);
    const reused = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.officer, body: { ...body, limit: 60 } });
    expect(reused.status).toBe(409);
    expect(reused.body.error.type).toBe('RequestIdReused');
  });

  it('events: a fire-and-forget command is accepted (202) and its outcome is audited', async () => {
    const before = (await audit(A)).length;
    const res = await call(app, 'POST', `/v1/units/${A}/events`, { token: TOKENS.officer, body: { type: 'ARCHIVE' } });
    expect(res.status).toBe(202);
    // notices of earlier commands may be audited meanwhile: look for the ARCHIVE entry itself
    await expect.poll(async () => (await audit(A)).slice(before).some((e: any) => e.command === 'ARCHIVE')).toBe(true);
    expect((await audit(A)).slice(before).filter((e: any) => e.command === 'ARCHIVE')).toEqual([expect.objectContaining({ command: 'ARCHIVE', outcome: 'rejected' })]);
  });

  it('the auditor reads but sends nothing; a whoami names the principal', async () => {
    expect((await call(app, 'GET', `/v1/units/${A}/audit`, { token: TOKENS.auditor })).status).toBe(200);
    const sent = await call(app, 'POST', `/v1/units/${A}/commands`, { token: TOKENS.auditor, body: { type: 'SET_CONCURRENCY', limit: 1, reason: 'x' } });
    expect(sent.status).toBe(403);
    expect((await call(app, 'GET', '/v1/whoami', { token: TOKENS.unitA })).body).toEqual({ role: 'unit', id: 'unit-a-admin', units: [A, M] });
  });

  it('the typed client maps the workflow’s own rejections: Forbidden, IllegalTransition, NotFound', async () => {
    const forbidden = await leqi.dispatch(A, { type: 'APPROVE_APPLICATION', actor: { role: 'unit', id: 'u' }, opinion: 'self-approval' }).catch((e) => e);
    expect(forbidden).toBeInstanceOf(LeqiError);
    expect(forbidden).toMatchObject({ type: 'Forbidden', ruleId: 'P-ONB-04' });
    const illegal = await leqi.dispatch(B, { type: 'REQUEST_RENEWAL', actor: { role: 'unit', id: 'u' } }).catch((e) => e);
    expect(illegal).toMatchObject({ type: 'IllegalTransition' });
    expect(illegal.ruleId).toMatch(/^P-REN-01$/);
    await expect(leqi.state(NOBODY)).rejects.toMatchObject({ type: 'NotFound' });
    await expect(leqi.dispatch(NOBODY, { type: 'ARCHIVE', actor: officer })).rejects.toMatchObject({ type: 'NotFound' });
    const invalid = await leqi.dispatch(A, { type: 'SET_CONCURRENCY', actor: officer, limit: -1 }).catch((e) => e);
    expect(invalid).toMatchObject({ type: 'InvalidCommand' });
    expect(invalid.problems).toEqual([expect.objectContaining({ path: '/limit', code: 'too_small' }), expect.objectContaining({ path: '/reason', code: 'invalid_type' })]);
  });
});

describe('role matrix: each role × each command type is allowed or 403 (allowedRoles)', () => {
  const roles = [
    ['officer', TOKENS.officer],
    ['system', TOKENS.system],
    ['unit', TOKENS.unitA],
    ['usingUnit', TOKENS.usingA],
    ['auditor', TOKENS.auditor],
  ] as const;
  const rows = commandTypes.flatMap((type) => roles.map(([role, token]) => ({ type, role, token, allowed: (allowedRoles[type] as readonly string[]).includes(role) })));

  it.each(rows)('$type by $role: allowed=$allowed', async ({ type, token, allowed }) => {
    // M is in every principal's sight and never started: an allowed command is 400 (no fields) or 404, never a change
    const res = await call(app, 'POST', `/v1/units/${M}/commands`, { token, body: { type } });
    if (allowed) {
      expect([400, 404]).toContain(res.status);
      expect(res.body.type).not.toBe('Forbidden');
    } else {
      expect(res.status).toBe(403);
      expect(res.body).toMatchObject({ type: 'Forbidden', ruleId: governingRule[type] });
    }
  });
});

describe('scope: a unit’s token sees only its own unit; 404 leaks nothing', () => {
  it('another unit that exists and a unit that does not exist get the same 404, on every resource', async () => {
    for (const [method, suffix, body] of [
      ['GET', '', undefined],
      ['GET', '/state', undefined],
      ['GET', '/audit', undefined],
      ['POST', '/commands', { type: 'REQUEST_RENEWAL' }],
      ['POST', '/events', { type: 'REQUEST_RENEWAL' }],
      ['POST', '/application', submission(A)],
    ] as const) {
      const exists = await call(app, method, `/v1/units/${A}${suffix}`, { token: TOKENS.unitB, body });
      const missing = await call(app, method, `/v1/units/${NOBODY}${suffix}`, { token: TOKENS.unitB, body });
      const malformed = await call(app, method, `/v1/units/NOT-A-USCC${suffix}`, { token: TOKENS.unitB, body });
      expect(exists.status).toBe(404);
      expect(exists.text).toBe(missing.text);
      expect(exists.text).toBe(malformed.text);
    }
    // and an officer asking for a unit that does not exist gets the same body again
    const officerMissing = await call(app, 'GET', `/v1/units/${NOBODY}`, { token: TOKENS.officer });
    expect(officerMissing.status).toBe(404);
    expect(officerMissing.text).toBe((await call(app, 'GET', `/v1/units/${A}`, { token: TOKENS.unitB })).text);
  });

  it('a unit may not list with a free visibility query', async () => {
    expect((await call(app, 'GET', '/v1/units?query=LeqiPhase%3D%22active%22', { token: TOKENS.unitA })).status).toBe(403);
  });
});

describe('bad input: clear errors, no state change', () => {
  it('malformed JSON, unknown fields, wrong types, actor in the body, non-JSON, oversized bodies', async () => {
    const before = JSON.stringify((await call(app, 'GET', `/v1/units/${A}`, { token: TOKENS.officer })).body);
    const auditBefore = (await audit(A)).length;
    const url = `/v1/units/${A}/commands`;

    const malformed = await call(app, 'POST', url, { token: TOKENS.officer, raw: '{"type": "SET_CONCURRENCY", ' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.type).toBe('MalformedJson');

    const unknown = await call(app, 'POST', url, { token: TOKENS.officer, body: { type: 'SET_CONCURRENCY', limit: 10, reason: 'r', colour: 'red' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.problems).toEqual([{ path: '/colour', code: 'unrecognized_key', message: expect.any(String) }]);

    const wrong = await call(app, 'POST', url, { token: TOKENS.officer, body: { type: 'SET_CONCURRENCY', limit: 'ten', reason: 7 } });
    expect(wrong.status).toBe(400);
    expect(wrong.body).toMatchObject({ type: 'InvalidCommand', ruleId: null, status: 400 });
    expect(wrong.body.problems).toEqual([expect.objectContaining({ path: '/limit', code: 'invalid_type' }), expect.objectContaining({ path: '/reason', code: 'invalid_type' })]);
    // the deprecated `error` member repeats it in the earlier shape
    expect(wrong.body.error.problems).toEqual([expect.stringMatching(/^limit:/), expect.stringMatching(/^reason:/)]);

    const unknownType = await call(app, 'POST', url, { token: TOKENS.officer, body: { type: 'MAKE_COFFEE' } });
    expect(unknownType.status).toBe(400);
    expect(unknownType.body.problems).toEqual([expect.objectContaining({ path: '/type', code: 'invalid_value', message: expect.stringMatching(/^unknown command type/) })]);

    const forged = await call(app, 'POST', url, { token: TOKENS.unitA, body: { type: 'SET_CONCURRENCY', limit: 10, reason: 'r', actor: { role: 'officer', id: 'x' } } });
    expect(forged.status).toBe(400);
    expect(forged.body.problems).toEqual([{ path: '/actor', code: 'unrecognized_key', message: 'not accepted in the body; the actor is taken from your token' }]);

    expect((await call(app, 'POST', url, { token: TOKENS.officer, raw: '[1,2]' })).status).toBe(400);
    expect((await call(app, 'POST', url, { token: TOKENS.officer, raw: 'type=ARCHIVE', contentType: 'application/x-www-form-urlencoded' })).status).toBe(415);

    const big = await call(app, 'POST', url, { token: TOKENS.officer, body: { type: 'SET_CONCURRENCY', limit: 10, reason: 'x'.repeat(LIMIT) } });
    expect(big.status).toBe(413);
    expect(big.body.type).toBe('PayloadTooLarge');

    const submitStray = await call(app, 'POST', `/v1/units/${A}/application`, { token: TOKENS.unitA, body: { ...submission(A), type: 'X', actor: {} } });
    expect(submitStray.status).toBe(400);
    expect(submitStray.body.problems.map((p: { path: string }) => p.path)).toEqual(['/type', '/actor']);

    const badForm = await call(app, 'POST', `/v1/units/${A}/application`, { token: TOKENS.unitA, body: { ...submission(A), contacts: [], materials: 'none' } });
    expect(badForm.status).toBe(400);
    expect(badForm.body.problems.map((p: { path: string }) => p.path)).toEqual(expect.arrayContaining(['/contacts', '/materials']));

    expect((await call(app, 'GET', `/v1/units/NOT-A-USCC`, { token: TOKENS.officer })).status).toBe(400);
    const badList = await call(app, 'GET', '/v1/units?phase=sleeping&colour=red&deadlineBefore=tomorrow', { token: TOKENS.officer });
    expect(badList.status).toBe(400);
    expect(badList.body.problems.map((p: { path: string }) => p.path).sort()).toEqual(['/colour', '/deadlineBefore', '/phase']);

    expect(JSON.stringify((await call(app, 'GET', `/v1/units/${A}`, { token: TOKENS.officer })).body)).toBe(before);
    expect((await audit(A)).length).toBe(auditBefore);
  });

  it('missing, malformed and forged tokens are 401 with the same answer', async () => {
    const none = await call(app, 'GET', `/v1/units/${A}`);
    const forged = await call(app, 'GET', `/v1/units/${A}`, { token: 'test-officer-token-000002' });
    const basic = await call(app, 'GET', `/v1/units/${A}`, { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` });
    expect(none.status).toBe(401);
    expect(forged.status).toBe(401);
    expect(basic.status).toBe(401);
    expect(forged.text).toBe(none.text);
    expect(basic.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const post = await call(app, 'POST', `/v1/units/${A}/commands`, { token: 'forged', body: { type: 'ARCHIVE' } });
    expect(post.status).toBe(401);
  });
});
