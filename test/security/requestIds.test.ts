/**
 * Finding 2 (issue 14): a request id could be hijacked. A unit token sent a command with the
 * predictable id `bo-0002`; the officer's later SET_CONCURRENCY with `bo-0002` answered 200 and was
 * silently not applied. Request ids are now judged by their fingerprint (actor id, command type,
 * body digest; built in issue 13): every cross-role reuse is RequestIdReused, never a silent drop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { LeqiClient } from '../../client/client.js';
import { applicationFor, example, freshUscc, officer, startHarness, unitActor, type Harness } from '../support/harness.js';
import { call, eventually } from '../client/support.js';

const UU = example.application.usingUnits[0].uscc as string;
const A = freshUscc();
const T = {
  officer: 'rid-officer-0000000000001',
  unit: 'rid-unit-000000000000001',
  usingUnit: 'rid-using-unit-0000000001',
  system: 'rid-system-00000000000001',
} as const;
type Role = keyof typeof T;
const tokens = new TokenTable({
  tokens: [
    { token: T.officer, role: 'officer', id: 'officer-chen', authority: '15101000000' },
    { token: T.unit, role: 'unit', id: 'unit-admin', units: [A] },
    { token: T.usingUnit, role: 'usingUnit', id: UU, units: [A] },
    { token: T.system, role: 'system', id: 'monitoring' },
  ],
});
/** a command each role may send (legal or not: a rejected signal keeps its id too) */
const bodyOf: Record<Role, Record<string, unknown>> = {
  officer: { type: 'SET_CONCURRENCY', limit: 3, reason: '调整' },
  unit: { type: 'REQUEST_RENEWAL', reason: '继续使用' },
  usingUnit: { type: 'SUBMIT_RECTIFICATION_FEEDBACK', caseId: 'case-none', feedback: '已整改' },
  system: { type: 'ISSUE_RISK_WARNING', indicator: '发票异常', details: '监控发现' },
};

let h: Harness;
let leqi: LeqiClient;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  h = await startHarness();
  leqi = new LeqiClient({ client: h.env.client, taskQueue: h.taskQueue });
  app = createApp({ leqi, tokens, log: () => {} });
  await leqi.submitApplication(A, applicationFor(A), unitActor);
  await leqi.dispatch(A, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
});
afterAll(async () => {
  await h?.close();
});

const audit = async () => (await call(app, 'GET', `/v1/units/${A}/audit`, { token: T.officer })).body.entries as { command: string; requestId?: string; outcome: string; reason?: string; actor: { id: string } }[];
/** the first use of an id, by signal (fire-and-forget), as the hijacker sends it; waits until it is recorded */
async function claim(role: Role, requestId: string): Promise<void> {
  expect((await call(app, 'POST', `/v1/units/${A}/events`, { token: T[role], body: { ...bodyOf[role], requestId } })).status).toBe(202);
  await eventually(audit, (entries) => entries.some((e) => e.requestId === requestId));
}

describe('finding 2: request ids cannot be hijacked', () => {
  it('RequestIdReused: the reported hijack: a unit’s bo-0002, then the officer’s SET_CONCURRENCY bo-0002 is 409, not a silent 200', async () => {
    await claim('unit', 'bo-0002');
    const before = (await call(app, 'GET', `/v1/units/${A}`, { token: T.officer })).body;
    const res = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T.officer, body: { type: 'SET_CONCURRENCY', limit: 3, reason: '调整', requestId: 'bo-0002' } });
    expect(res.status).toBe(409);
    expect(res.body.type ?? res.body.error?.type).toBe('RequestIdReused');
    expect((await call(app, 'GET', `/v1/units/${A}`, { token: T.officer })).body.concurrency).toEqual(before.concurrency);
    // across types too: a TERMINATE reusing the id is refused, not dropped
    const terminate = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T.officer, body: { type: 'TERMINATE', reason: '违规', ruleId: 'S-08', requestId: 'bo-0002' } });
    expect(terminate.status).toBe(409);
    expect((await call(app, 'GET', `/v1/units/${A}`, { token: T.officer })).body.phase).toBe('active');
  });

  const roles = Object.keys(T) as Role[];
  const pairs = roles.flatMap((first) => roles.filter((second) => second !== first).map((second) => ({ first, second })));
  it.each(pairs)('RequestIdReused: an id claimed by $first is refused for $second, by update (409) and by signal (audited as rejected)', async ({ first, second }) => {
    const id = `rid-${first}-${second}`;
    await claim(first, id);
    const update = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T[second], body: { ...bodyOf[second], requestId: id } });
    expect(update.status).toBe(409);
    expect(update.body.type ?? update.body.error?.type).toBe('RequestIdReused');
    const signal = await call(app, 'POST', `/v1/units/${A}/events`, { token: T[second], body: { ...bodyOf[second], requestId: id } });
    expect(signal.status).toBe(202);
    const entries = await eventually(audit, (all) => all.filter((e) => e.requestId === id).length === 2);
    const seen = entries.filter((e) => e.requestId === id);
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ outcome: 'rejected' });
    expect(seen[1]!.reason).toMatch(/^RequestIdReused:/);
  });

  it('RequestIdReused: the same actor with another body or type is refused too; the identical command replays', async () => {
    await claim('officer', 'rid-same');
    const otherBody = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T.officer, body: { ...bodyOf.officer, limit: 4, requestId: 'rid-same' } });
    expect(otherBody.status).toBe(409);
    const otherType = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T.officer, body: { type: 'ARCHIVE', requestId: 'rid-same' } });
    expect(otherType.status).toBe(409);
    const same = await call(app, 'POST', `/v1/units/${A}/commands`, { token: T.officer, body: { ...bodyOf.officer, requestId: 'rid-same' } });
    expect(same.status).toBe(200);
    expect(same.body.replayed).toBe(true);
  });
});
