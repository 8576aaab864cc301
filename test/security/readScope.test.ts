/**
 * Finding 3 (issue 14): a using unit read the whole DCU (the other using unit, contacts' e-mails,
 * the compliance cases) and any officer read any unit. Read scoping (client/scope.ts) on the HTTP
 * API and the CLI, table-driven over the roles of docs/interfaces.md's read-scope table.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { EXIT } from '../../client/cli/main.js';
import { LeqiClient } from '../../client/client.js';
import { applicationFor, example, freshUscc, officer, startHarness, unitActor, type Harness } from '../support/harness.js';
import { call, cli, eventually } from '../client/support.js';

const [SELF, OTHER_UU] = example.application.usingUnits.map((u: { uscc: string }) => u.uscc) as [string, string];
const A = freshUscc();
const B = freshUscc();
const T = {
  officerDcu: 'scope-officer-dcu-00000001',
  officerUu: 'scope-officer-uu-000000001',
  officerOther: 'scope-officer-other-000001',
  officerProvince: 'scope-officer-prov-0000001',
  unitA: 'scope-unit-a-00000000000001',
  unitB: 'scope-unit-b-00000000000001',
  usingA: 'scope-using-a-0000000000001',
  auditor: 'scope-auditor-000000000001',
  system: 'scope-system-0000000000001',
};
const tokens = new TokenTable({
  tokens: [
    { token: T.officerDcu, role: 'officer', id: 'officer-chen', authority: '15101000000' },
    { token: T.officerUu, role: 'officer', id: 'officer-wang', authority: '15101070000' },
    { token: T.officerOther, role: 'officer', id: 'officer-zhao', authority: '15199999999' },
    { token: T.officerProvince, role: 'officer', id: 'officer-sc', authority: '15100000000' },
    { token: T.unitA, role: 'unit', id: 'unit-a-admin', units: [A] },
    { token: T.unitB, role: 'unit', id: 'unit-b-admin', units: [B] },
    { token: T.usingA, role: 'usingUnit', id: SELF, units: [A] },
    { token: T.auditor, role: 'auditor', id: 'auditor-li' },
    { token: T.system, role: 'system', id: 'monitoring' },
  ],
});

let h: Harness;
let leqi: LeqiClient;
let app: ReturnType<typeof createApp>;
let conn: string[];

beforeAll(async () => {
  h = await startHarness();
  leqi = new LeqiClient({ client: h.env.client, taskQueue: h.taskQueue });
  conn = ['--address', h.env.address, '--task-queue', h.taskQueue];
  app = createApp({ leqi, tokens, log: () => {} });
  await leqi.submitApplication(A, applicationFor(A), unitActor);
  await leqi.dispatch(A, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
  // P-ONB-08, G3.1(2)1: each simultaneous using unit is admitted by its own competent authority
  for (const uu of applicationFor(A).application.usingUnits as { uscc: string; competentTaxAuthority: string }[]) {
    await leqi.dispatch(A, { type: 'APPROVE_USING_UNIT', actor: { role: 'officer', id: 'officer-uu', authority: uu.competentTaxAuthority }, usingUnit: uu.uscc, opinion: '同意' });
  }
  // a case about the other using unit, and one about ours
  await leqi.dispatch(A, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '发票异常', details: '其他使用单位', target: { usingUnit: OTHER_UU } });
  await leqi.dispatch(A, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '发票异常', details: '本使用单位', target: { usingUnit: SELF } });
  // the notices are sent (their audit entries name every recipient)
  await eventually(async () => (await leqi.audit(A)).filter((e) => e.kind === 'notice').length, (n) => n >= 3);
}, 120_000);
afterAll(async () => {
  await h?.close();
});

type View = 'full' | 'membership' | 'none';
const apiRows: { who: keyof typeof T; view: View }[] = [
  { who: 'officerDcu', view: 'full' },
  { who: 'officerUu', view: 'full' },
  { who: 'officerProvince', view: 'full' },
  { who: 'officerOther', view: 'none' },
  { who: 'unitA', view: 'full' },
  { who: 'unitB', view: 'none' },
  { who: 'usingA', view: 'membership' },
  { who: 'auditor', view: 'full' },
  { who: 'system', view: 'full' },
];

/** what a membership view must never contain: the other using unit, the DCU's contacts, other cases */
function expectOnlyOwn(text: string): void {
  expect(text).not.toContain(OTHER_UU);
  expect(text).not.toContain('@example.com');
  expect(text).not.toContain('其他使用单位');
}

describe('read scoping over HTTP: state and audit, per role', () => {
  it.each(apiRows)('G3.1(2): $who reads $view', async ({ who, view }) => {
    const state = await call(app, 'GET', `/v1/units/${A}`, { token: T[who] });
    const audit = await call(app, 'GET', `/v1/units/${A}/audit`, { token: T[who] });
    if (view === 'none') {
      const missing = await call(app, 'GET', `/v1/units/${freshUscc()}`, { token: T[who] });
      expect([state.status, audit.status]).toEqual([404, 404]);
      // exactly like a unit that does not exist
      expect(state.text).toBe(missing.text);
      return;
    }
    expect([state.status, audit.status]).toEqual([200, 200]);
    if (view === 'full') {
      expect(state.body.usingUnits.map((u: { uscc: string }) => u.uscc).sort()).toEqual([SELF, OTHER_UU].sort());
      expect(audit.text).toContain('@example.com');
      return;
    }
    expect(state.body).toMatchObject({ unitId: A, phase: 'active', usingUnit: { uscc: SELF } });
    expect(state.body.usingUnits).toBeUndefined();
    expect(state.body.cases.map((c: { target: unknown }) => c.target)).toEqual([{ usingUnit: SELF }]);
    expectOnlyOwn(state.text);
    expectOnlyOwn(audit.text);
    // what was done to it is in its view: its membership's history and its case's
    expect(state.body.usingUnit.history.length).toBeGreaterThan(0);
    expect(state.body.cases[0].history.length).toBeGreaterThan(0);
    // its own commands, and the notices addressed to it: only to it, without the recipients' addresses
    const entries = audit.body.entries as { kind: string; actor: { id: string }; addressedTo?: string[]; reason?: string; ruleId: string }[];
    const notices = entries.filter((e) => e.kind === 'notice');
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((e) => e.addressedTo?.length === 1 && e.addressedTo[0] === SELF && e.reason === undefined)).toBe(true);
    expect(notices.map((e) => e.ruleId)).toContain('S-04');
    expect(entries.filter((e) => e.kind !== 'notice').every((e) => e.actor.id === SELF)).toBe(true);
  });

  it('S-04/G3.1(2): a notice addressed to one using unit is in its trail, not in the other’s; a DCU-only notice in neither', async () => {
    const full = await leqi.audit(A);
    const toSelf = full.filter((e) => e.kind === 'notice' && e.addressedTo?.includes(SELF));
    const toOther = full.filter((e) => e.kind === 'notice' && e.addressedTo?.includes(OTHER_UU));
    const dcuOnly = full.filter((e) => e.kind === 'notice' && !e.addressedTo);
    expect([toSelf.length > 0, toOther.length > 0, dcuOnly.length > 0]).toEqual([true, true, true]);
    const seen = (await call(app, 'GET', `/v1/units/${A}/audit`, { token: T.usingA })).body.entries.map((e: { seq: number }) => e.seq);
    expect(seen).toEqual(expect.arrayContaining(toSelf.map((e) => e.seq)));
    for (const e of [...toOther.filter((o) => !o.addressedTo?.includes(SELF)), ...dcuOnly]) expect(seen).not.toContain(e.seq);
  });

  it('G3.1(2): a using unit that is not a member of the DCU named on its token reads nothing', async () => {
    const stranger = new TokenTable({ tokens: [{ token: 'scope-stranger-000000000001', role: 'usingUnit', id: '91510100MA6CEXZ99K', units: [A] }] });
    const res = await call(createApp({ leqi, tokens: stranger, log: () => {} }), 'GET', `/v1/units/${A}`, { token: 'scope-stranger-000000000001' });
    expect(res.status).toBe(404);
  });
});

describe('read scoping in the CLI: the actor named reads what its role may read', () => {
  const rows: { as: string[]; code: number; view: View }[] = [
    { as: ['--as', 'officer', '--actor-id', 'o', '--authority', '15101000000'], code: EXIT.ok, view: 'full' },
    { as: ['--as', 'officer', '--actor-id', 'o', '--authority', '15101040000'], code: EXIT.ok, view: 'full' },
    { as: ['--as', 'officer', '--actor-id', 'o', '--authority', '15199999999'], code: EXIT.notFound, view: 'none' },
    { as: ['--as', 'officer', '--actor-id', 'o'], code: EXIT.notFound, view: 'none' },
    { as: ['--as', 'usingUnit', '--actor-id', SELF], code: EXIT.ok, view: 'membership' },
    { as: ['--as', 'usingUnit', '--actor-id', '91510100MA6CEXZ99K'], code: EXIT.notFound, view: 'none' },
  ];
  it.each(rows)('G3.1(2): leqi state/audit $as → $view', async ({ as, code, view }) => {
    const state = await cli([...conn, '--json', ...as, 'state', A]);
    const audit = await cli([...conn, '--json', ...as, 'audit', A]);
    expect([state.code, audit.code], state.stderr).toEqual([code, code]);
    if (view === 'full') expect(state.json().usingUnits).toHaveLength(2);
    if (view === 'membership') {
      expect(state.json().usingUnit.uscc).toBe(SELF);
      expectOnlyOwn(state.stdout);
      expectOnlyOwn(audit.stdout);
      // the notices addressed to it (S-04 here), to it alone
      const notices = (audit.json() as { kind: string; addressedTo?: string[]; ruleId: string }[]).filter((e) => e.kind === 'notice');
      expect(notices.map((e) => e.ruleId)).toContain('S-04');
      expect(notices.every((e) => e.addressedTo?.join() === SELF)).toBe(true);
    }
  });
});
