/** Issue 18: a policy version previewed on, then adopted by, live units on a real dev server (visibility for the fan-out). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstDate } from '../../machines/calendar.js';
import { makePolicy } from '../../machines/policy.js';
import type { LeqiClient } from '../../client/client.js';
import { adoptPolicy, previewPolicy } from '../../client/policy.js';
import { applicationFor, exampleFor, freshUscc, officer, provincialOfficer, unitActor } from '../support/harness.js';
import { createApp } from '../../client/api/app.js';
import { TokenTable } from '../../client/api/auth.js';
import { call, devClient, eventually } from './support.js';

let dev: Awaited<ReturnType<typeof devClient>>;
let leqi: LeqiClient;
const [active, suspended, warned, renewing, review] = [freshUscc(), freshUscc(), freshUscc(), freshUscc(), freshUscc()];
const ours = [active, suspended, warned, renewing, review];
const system = { role: 'system', id: 'policy-rollout' } as const;

const next = makePolicy({
  version: 'sc-next.1',
  effectiveOn: cstDate(Date.now()),
  renewalReminders: [{ from: 'renewalDueOn', days: -14 }],
  ladder: [
    { fraction: 0.4, from: 'renewalDueOn', days: 1 },
    { fraction: 0.2, from: 'termEndsOn', months: -2, days: -10 },
  ],
  windowWarningDaysBefore: 10,
  pendingDecisionEscalationDays: 10,
});

beforeAll(async () => {
  dev = await devClient();
  leqi = dev.leqi;
  for (const uscc of ours) await leqi.submitApplication(uscc, applicationFor(uscc), unitActor);
  for (const uscc of [active, suspended, warned, renewing]) await leqi.dispatch(uscc, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
  await leqi.dispatch(suspended, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '条件不符', rectificationMonths: 2 });
  await leqi.dispatch(warned, { type: 'ISSUE_RISK_WARNING', actor: system, indicator: 'R-7', details: '波动' });
  await leqi.dispatch(renewing, { type: 'REQUEST_RENEWAL', actor: unitActor });
  // listing is eventually consistent: every unit's phase is visible before the rollout lists them
  await eventually(() => leqi.list({ unitIds: ours, phase: ['active', 'suspended', 'underReview'] }), (units) => units.length === ours.length);
}, 120_000);
afterAll(async () => dev?.stop());

describe('issue 18: preview, then adopt, on live units through Temporal', () => {
  it('P-VER-02: after adopt, each unit’s next deadlines equal the preview’s "after" column; a re-run changes nothing', async () => {
    const preview = await previewPolicy(leqi, next, system, { filter: { unitIds: ours } });
    expect(preview.summary).toMatchObject({ units: 5, refused: 0 });
    const byUnit = new Map(preview.units.map((u) => [u.unitId, u]));
    for (const u of ours) expect(byUnit.get(u)!.rows.length, u).toBeGreaterThan(0);
    // nothing changed by the dry run
    for (const u of ours) expect((await leqi.state(u)).policy.version).toBe('default');

    const results = await adoptPolicy(leqi, next, provincialOfficer, { filter: { unitIds: ours } });
    expect(results.map((r) => [r.unitId, r.outcome]).sort()).toEqual(ours.map((u) => [u, 'applied']).sort());
    for (const u of ours) {
      const state = await leqi.state(u);
      expect(state.policy.version).toBe('sc-next.1');
      const after = state.nextDeadlines.map((d) => `${d.what}@${d.at}`);
      for (const row of byUnit.get(u)!.rows.filter((r) => r.what !== 'throttleStep level')) {
        if (row.after) expect(after, `${u} ${row.what}`).toContain(`${row.what}@${row.after}`);
        if (row.before && row.before !== row.after) expect(after, `${u} ${row.what}`).not.toContain(`${row.what}@${row.before}`);
      }
      const entry = (await leqi.audit(u)).find((e) => e.command === 'ADOPT_POLICY');
      expect(entry).toMatchObject({ ruleId: 'P-VER-02', policy: 'sc-next.1', reason: expect.stringContaining('policy default → sc-next.1') });
    }
    // idempotent by version id: a second rollout skips every unit, and the audit holds one adoption each
    const again = await adoptPolicy(leqi, next, system, { filter: { unitIds: ours } });
    expect(again.every((r) => r.outcome === 'skipped')).toBe(true);
    for (const u of ours) expect((await leqi.audit(u)).filter((e) => e.command === 'ADOPT_POLICY')).toHaveLength(1);
  });

  it('P-VER-02: the API preview answers a supervisor (officer token with the supervisor attribute) and refuses a plain officer', async () => {
    const supervisor = 'test-supervisor-token-00001';
    const plain = 'test-plain-officer-token-01';
    const tokens = new TokenTable({
      tokens: [
        { token: supervisor, role: 'officer', id: 'supervisor-wang', authority: '15101000000', supervisor: true },
        { token: plain, role: 'officer', id: 'officer-zhao', authority: '15101000000' },
      ],
    });
    const app = createApp({ leqi, tokens, log: () => {} });
    const body = { version: 'sc-next.2', effectiveOn: cstDate(Date.now()), windowWarningDaysBefore: 12 };
    expect((await call(app, 'POST', '/v1/policy/preview', { token: plain, body })).status).toBe(403);
    const answer = await call(app, 'POST', '/v1/policy/preview', { token: supervisor, body });
    expect(answer.status).toBe(200);
    const units = (answer.body as { units: { unitId: string; rows: { what: string }[] }[] }).units.filter((u) => ours.includes(u.unitId));
    expect(units.find((u) => u.unitId === suspended)?.rows.map((r) => r.what)).toContain('caseWindowWarning');
    expect((await call(app, 'POST', '/v1/policy/preview', { token: supervisor, body: { version: 'bad version!' } })).status).toBe(400);
  });

  it('P-VER-02: the persisted state is refused to a unit or a local officer (access-controlled query)', async () => {
    await expect(leqi.persisted(active, unitActor)).rejects.toMatchObject({ type: 'Forbidden' });
    await expect(leqi.persisted(active, officer)).rejects.toMatchObject({ type: 'Forbidden' });
    expect((await leqi.persisted(active, system)).context.unitId).toBe(active);
  });

  it('T-01, P-VER-02: a workflow left by a refused first IMPORT_UNIT (approval in the future) holds no unit: preview and adopt pass it over', async () => {
    const stray = freshUscc();
    const facts = exampleFor('import-unit', stray);
    facts.approval.on = '2099-01-05';
    await expect(leqi.dispatch(stray, { type: 'IMPORT_UNIT', actor: system, source: 'test:stray', facts })).rejects.toMatchObject({ type: 'IllegalTransition' });
    // the update-with-start was refused, but the workflow it started waits in `prospect`, listed;
    // before: the preview counted it and every adopt reported it rejected (the CLI exiting 4)
    await eventually(() => leqi.list({ unitIds: [stray] }), (units) => units.length === 1 && units[0]!.phase === 'prospect');
    const version = makePolicy({ version: 'sc-next.3', effectiveOn: cstDate(Date.now()) });
    const preview = await previewPolicy(leqi, version, system, { filter: { unitIds: [active, stray] } });
    expect(preview.units.map((u) => u.unitId)).toEqual([active]);
    expect(preview.summary).toMatchObject({ units: 1 });
    const results = await adoptPolicy(leqi, version, system, { filter: { unitIds: [active, stray] } });
    expect(results).toEqual([{ unitId: active, outcome: 'applied', phase: 'active' }]);
  });
});
