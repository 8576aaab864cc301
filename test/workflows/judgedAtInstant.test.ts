/**
 * decisions.md, "Commands judged at their instant": a worker that was down catches up first.
 * The worker runs with `maxCachedWorkflows: 0` (LEQI_MAX_CACHED_WORKFLOWS=0), so that stopping it
 * and starting a new one is an outage the time-skipping server can show: the deadline's timer
 * and the command wait in one workflow task, which the new worker replays from the history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../machines/schemas/audit.js';
import { usccWithCheck } from '../../machines/uscc.js';
import { advanceTo, approve, approvedUnit, auditOf, freshUscc, officer, rejection, send, startHarness, state, submit, unitActor, type Harness, type UnitHandle } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness({}, { maxCachedWorkflows: 0 });
});
afterEach(async () => {
  await h.close();
});

/** A unit approved 2027-03-15 whose officer set a short term (last day 2027-09-30), so the test skips months, not years. */
async function shortTermUnit(): Promise<UnitHandle> {
  await advanceTo(h, '2027-03-15T10:00:00+08:00');
  const { handle } = await submit(h, freshUscc());
  await approve(handle, { termEndsOn: '2027-09-30' });
  return handle;
}

/** The worker stops at `downAt`; the clock passes to `commandAt`; the command is sent; a new worker starts. */
async function afterOutage(handle: UnitHandle, downAt: string, commandAt: string, body: Record<string, unknown>): Promise<{ type: string; message: string } | null> {
  const command = { requestId: `outage-${commandAt}`, ...body };
  await advanceTo(h, downAt);
  await h.stopWorker();
  await advanceTo(h, commandAt);
  const answer = send(handle, command).then(() => null, (err: unknown) => err);
  await h.startWorker();
  let failed = await answer;
  // the time-skipping server may lose the outcome of an update sent while no worker polled ("update … not found"):
  // the command carries a requestId, so asking again is safe (a replay, or the same refusal)
  for (let i = 0; i < 3 && failed instanceof Error && /update .* not found/.test(failed.message); i++) failed = await send(handle, command).then(() => null, (err: unknown) => err);
  return failed === null ? null : rejection(Promise.reject(failed));
}

/** commands and deadlines stay in time order in the audit */
function expectTimeOrder(audit: AuditEntry[]): void {
  const judged = audit.filter((e) => e.kind !== 'notice');
  judged.slice(1).forEach((e, i) => expect(Date.parse(e.at), `${judged[i]!.command} ${judged[i]!.at} before ${e.command} ${e.at}`).toBeGreaterThanOrEqual(Date.parse(judged[i]!.at)));
}

describe('judged at its instant: the deadlines due first, then the command', { timeout: 300_000 }, () => {
  it('T-03/P-REN-02: a renewal request sent after the last day while the worker was down is refused; the unit ended at 00:00', async () => {
    const handle = await shortTermUnit();
    const refused = await afterOutage(handle, '2027-09-30T23:50:00+08:00', '2027-10-01T00:00:10+08:00', { type: 'REQUEST_RENEWAL', actor: unitActor });
    expect(refused?.type).toBe('IllegalTransition');
    const s = await state(handle);
    expect(s.phase).toBe('terminated');
    expect(s.termination).toMatchObject({ ruleId: 'T-03', at: '2027-10-01T00:00:00+08:00' });
    const audit = await auditOf(handle);
    expect(audit.filter((e) => e.command === 'REQUEST_RENEWAL')).toEqual([]);
    expect(audit.find((e) => e.command === 'DEADLINE:termEnd')).toMatchObject({ at: '2027-10-01T00:00:00+08:00', to: 'terminated' });
    expectTimeOrder(audit);
  });

  it('T-03: the same request as a signal is recorded as rejected after the termination', async () => {
    const handle = await shortTermUnit();
    await advanceTo(h, '2027-09-30T23:50:00+08:00');
    await h.stopWorker();
    await advanceTo(h, '2027-10-01T00:00:10+08:00');
    await handle.signal('event', { type: 'REQUEST_RENEWAL', actor: unitActor, requestId: 'late-1' });
    await h.startWorker();
    await advanceTo(h, '2027-10-01T00:00:20+08:00');
    const audit = await auditOf(handle);
    const end = audit.findIndex((e) => e.command === 'DEADLINE:termEnd');
    const request = audit.findIndex((e) => e.command === 'REQUEST_RENEWAL');
    expect(end).toBeGreaterThanOrEqual(0);
    expect(request).toBeGreaterThan(end);
    expect(audit[request]).toMatchObject({ outcome: 'rejected', from: 'terminated', to: 'terminated' });
    expectTimeOrder(audit);
  });

  it('S-05/T-09: a rectification confirmed after the window ended while the worker was down is refused; terminated at 00:00', async () => {
    const handle = await approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-05-10T09:00:00+08:00');
    const suspended = await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '风险控制规则缺失', rectificationMonths: 2 });
    const caseId = suspended.cases[0]!.id;
    const refused = await afterOutage(handle, '2027-07-10T23:50:00+08:00', '2027-07-11T00:00:10+08:00', { type: 'CONFIRM_RECTIFIED', actor: officer, caseId, opinion: '已整改' });
    expect(refused?.type).toBe('IllegalTransition');
    expect((await state(handle)).termination).toMatchObject({ ruleId: 'S-05', at: '2027-07-11T00:00:00+08:00' });
    expectTimeOrder(await auditOf(handle));
  });

  it('Q-28: an invitation accepted after it lapsed while the worker was down is refused', async () => {
    const handle = await approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-04-01T09:00:00+08:00');
    const uu = usccWithCheck('91510105MA6D12345');
    await send(handle, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: uu, name: '邀请未接受公司', relationship: 'EQUITY_CONTROL', contact: { role: 'contact', name: '周', email: 'zhou@x.example.com', language: 'en' } });
    const facts = { competentTaxAuthority: '15101050000', relationship: 'EQUITY_CONTROL', relationshipSince: '2020-01-01', relationshipProofRef: 'doc:1', contact: { role: 'contact', name: '周', email: 'zhou@x.example.com', language: 'en' }, creditRating: 'A', inPilotScope: true, hasMajorTaxViolation3y: false, canProvideTaxData: true };
    const refused = await afterOutage(handle, '2027-05-01T23:50:00+08:00', '2027-05-02T00:00:10+08:00', { type: 'ACCEPT_INVITATION', actor: { role: 'usingUnit', id: uu }, usingUnit: uu, ...facts });
    expect(refused?.type).toBe('IllegalTransition');
    expect((await state(handle)).usingUnits.find((u) => u.uscc === uu)?.status).toBe('lapsed');
    expect((await auditOf(handle)).find((e) => e.ruleId === 'Q-28')).toMatchObject({ at: '2027-05-02T00:00:00+08:00' });
  });

  it('O-16/S-12: a monitoring run recorded after its last day while the worker was down finds the duty already overdue', async () => {
    const handle = await approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-05-10T09:00:00+08:00');
    await afterOutage(handle, '2027-07-15T23:50:00+08:00', '2027-07-16T00:00:10+08:00', { type: 'RECORD_MONITORING_RUN', actor: unitActor, period: '2027-Q2', findings: '无异常' });
    const audit = await auditOf(handle);
    const overdue = audit.findIndex((e) => e.command === 'DEADLINE:obligationDue' && e.at === '2027-07-16T00:00:00+08:00');
    const recorded = audit.findIndex((e) => e.command === 'RECORD_MONITORING_RUN');
    expect(overdue).toBeGreaterThanOrEqual(0);
    expect(recorded).toBeGreaterThan(overdue);
    expectTimeOrder(audit);
  });

  it('T-08: a command after a filed termination took effect while the worker was down is refused', async () => {
    const handle = await approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-05-10T09:00:00+08:00');
    await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-07-01', reason: '停止' });
    const refused = await afterOutage(handle, '2027-06-30T23:50:00+08:00', '2027-07-01T00:00:10+08:00', { type: 'SET_CONCURRENCY', actor: officer, limit: 10, reason: '调整' });
    expect(refused?.type).toBe('IllegalTransition');
    expect((await state(handle)).termination).toMatchObject({ at: '2027-07-01T00:00:00+08:00' });
    expectTimeOrder(await auditOf(handle));
  });

  it('S-03/T-04: a level set after a ladder step while the worker was down comes after the step in the audit', async () => {
    const handle = await shortTermUnit(); // renewal due 2027-06-30: the first step is at 00:00 on 07-01
    await afterOutage(handle, '2027-06-30T23:50:00+08:00', '2027-07-01T00:00:10+08:00', { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '调整' });
    const audit = await auditOf(handle);
    const stepAt = audit.findIndex((e) => e.command === 'DEADLINE:throttleStep');
    expect(audit[stepAt]).toMatchObject({ at: '2027-07-01T00:00:00+08:00' });
    expect(audit.findIndex((e) => e.command === 'SET_CONCURRENCY')).toBeGreaterThan(stepAt);
    expectTimeOrder(audit);
  });
});
