/** Visibility on the dev server: the T-07 upgrade fan-out, and the T-18 list of what waits for an officer. */
import type { TestWorkflowEnvironment } from '@temporalio/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cstDate } from '../../machines/calendar.js';
import { LeqiClient } from '../../client/client.js';
import { applicationFor, freshUscc, officer, provincialOfficer, unitActor } from '../support/harness.js';
import { createDevEnv } from '../support/temporal.js';
import { eventually, startWorker } from './support.js';

let env: TestWorkflowEnvironment;
let worker: Awaited<ReturnType<typeof startWorker>>;
let leqi: LeqiClient;
const [active, suspended, scheduled, ended, review] = [freshUscc(), freshUscc(), freshUscc(), freshUscc(), freshUscc()];
const ours = [active, suspended, scheduled, ended, review];
const NOT_TERMINATED = ['active', 'suspended', 'terminationScheduled'] as const;

beforeAll(async () => {
  env = await createDevEnv();
  worker = await startWorker(env);
  leqi = new LeqiClient({ client: env.client, taskQueue: worker.taskQueue });
  for (const uscc of ours) await leqi.submitApplication(uscc, applicationFor(uscc), unitActor);
  for (const uscc of [active, suspended, scheduled, ended]) {
    await leqi.dispatch(uscc, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' });
    // P-ONB-08, G3.1(2)1: each simultaneous using unit is admitted by its own competent authority
    for (const uu of applicationFor(uscc).application.usingUnits as { uscc: string; competentTaxAuthority: string }[]) {
      await leqi.dispatch(uscc, { type: 'APPROVE_USING_UNIT', actor: { role: 'officer', id: 'officer-uu', authority: uu.competentTaxAuthority }, usingUnit: uu.uscc, opinion: '同意' });
    }
  }
  await leqi.dispatch(suspended, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '条件不符', rectificationMonths: 2 });
  const in40days = cstDate(Date.now() + 40 * 86_400_000);
  await leqi.dispatch(scheduled, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: in40days, reason: '停止自建' });
  await leqi.dispatch(ended, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开' });
  // a second later than review's application (search attributes keep whole seconds)
  await new Promise((resolve) => setTimeout(resolve, 1100));
  await leqi.dispatch(active, { type: 'REQUEST_RENEWAL', actor: unitActor });
  await eventually(
    () => leqi.list({ unitIds: ours }),
    (units) => units.filter((u) => u.phase !== 'underReview').length === 4,
  );
}, 120_000);
afterAll(async () => {
  await worker?.stop();
  await env?.teardown();
});

describe('T-07: PUBLISH_VERSION_UPGRADE fanned out', () => {
  it('reaches every unit not terminated (active, suspended, termination scheduled) and no other; each owes the upgrade in 30 days', async () => {
    const today = cstDate(Date.now());
    const results = await leqi.fanOut({ phase: [...NOT_TERMINATED], unitIds: ours }, (unit) => ({
      type: 'PUBLISH_VERSION_UPGRADE',
      actor: provincialOfficer,
      version: '4.0.0',
      publishedOn: today,
      requestId: `upgrade-4.0.0:${unit.unitId}`,
    }));
    expect(results.map((r) => [r.unitId, r.outcome]).sort()).toEqual([active, suspended, scheduled].sort().map((u) => [u, 'applied']));
    for (const u of [active, suspended, scheduled]) {
      const duty = (await leqi.state(u)).obligations.find((o) => o.kind === 'versionUpgrade');
      expect(duty).toMatchObject({ subject: '4.0.0', ruleId: 'T-07', status: 'open' });
    }
    for (const u of [ended, review]) expect((await leqi.audit(u)).some((e) => e.command === 'PUBLISH_VERSION_UPGRADE')).toBe(false);
    // a second fan-out with the same request ids applies nothing twice
    const again = await leqi.fanOut({ phase: [...NOT_TERMINATED], unitIds: ours }, (unit) => ({ type: 'PUBLISH_VERSION_UPGRADE', actor: provincialOfficer, version: '4.0.0', publishedOn: today, requestId: `upgrade-4.0.0:${unit.unitId}` }));
    expect(again.every((r) => r.outcome === 'applied')).toBe(true);
    expect((await leqi.audit(active)).filter((e) => e.command === 'PUBLISH_VERSION_UPGRADE')).toHaveLength(1);
  });
});

describe('T-18, T-25: what waits for an officer', () => {
  it('lists the units with a request waiting, oldest first, and nothing else', async () => {
    const waiting = await eventually(
      () => leqi.list({ waiting: true, unitIds: ours }),
      (units) => units.length === 2,
    );
    // review's application was submitted before active's renewal request
    expect(waiting.map((u) => u.unitId)).toEqual([review, active]);
    expect(Date.parse(waiting[0]!.oldestPending!)).toBeLessThan(Date.parse(waiting[1]!.oldestPending!));
    expect((await leqi.state(review)).pendingDecisions.map((p) => p.what)).toEqual(['application']);
    expect((await leqi.state(active)).pendingDecisions.map((p) => p.what)).toEqual(['renewal']);
  });
});
