import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, approve, auditOf, freshUscc, latestRun, officer, rejection, send, settle, startHarness, state, submit, unitActor, type Harness, approvedUnit } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

// Approved 2027-03-15 → last day 2029-03-15 (T-01 reading C), renewal due 2028-12-15 (T-02).
const APPROVED = '2027-03-15T10:00:00+08:00';

const activeUnit = () => approvedUnit(h, APPROVED);

describe('T-05: renewal requested on time and approved', () => {
  it('P-REN-01/T-05: the renewed term starts the day after the old one ends and runs to the officer’s extendsTo', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2028-10-01T09:00:00+08:00');
    const requested = await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor, reason: '继续使用' });
    expect(requested.term).toMatchObject({ renewal: 'requested', late: false });
    // no reminder or throttle once a request is in
    expect(requested.nextDeadlines.map((d) => d.what).filter((w) => !['obligationDue', 'membership', 'decisionAgeing'].includes(w))).toEqual(['termEnd']);

    await advanceTo(h, '2028-11-02T09:00:00+08:00');
    const approved = await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意延续', extendsTo: '2031-03-15' });
    expect(approved.term).toMatchObject({ number: 1, endsOn: '2029-03-15', renewal: 'approved', extendsTo: '2031-03-15' });

    const firstRun = (await latestRun(h, handle).describe()).runId;
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    const renewed = await state(handle);
    expect(renewed.phase).toBe('active');
    expect(renewed.term).toMatchObject({ number: 2, startsOn: '2029-03-16', endsOn: '2031-03-15', renewalDueOn: '2030-12-15', renewal: 'notRequested' });
    expect(renewed.concurrency.limit).toBe(100);
    // a new term is a new run (continue-as-new) that keeps the whole audit
    expect((await latestRun(h, handle).describe()).runId).not.toBe(firstRun);
    const audit = await auditOf(handle);
    expect(audit.map((e) => e.seq)).toEqual(audit.map((_, i) => i + 1));
    expect(audit.find((e) => e.command === 'DEADLINE:termEnd')).toMatchObject({ ruleId: 'T-05', at: '2029-03-16T00:00:00+08:00' });
    expect(h.notices.filter((n) => n.template === 'renewalDue')).toEqual([]);
    expect(h.notices.at(-1)).toMatchObject({ template: 'newTermStarted', ruleId: 'T-05', facts: { startsOn: '2029-03-16', endsOn: '2031-03-15' } });
  });
});

describe('P-REN-02/T-03 (Q-15): renewal requested after the due date', () => {
  it('is accepted, holds the ladder at its level until approval, and approval lifts the throttle', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2028-12-20T09:00:00+08:00');
    expect((await state(handle)).concurrency.limit).toBe(50);

    const late = await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    expect(late.term).toMatchObject({ renewal: 'requested', late: true });
    expect(late.concurrency.limit).toBe(50);

    // the 25% step of 2029-01-15 does not come: the ladder stops at its current level
    await advanceTo(h, '2029-01-20T09:00:00+08:00');
    expect((await state(handle)).concurrency.limit).toBe(50);

    const approved = await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' });
    expect(approved.concurrency).toMatchObject({ limit: 100, restrictions: [] });
    await settle(h);
    expect(h.limits.map((l) => l.limit)).toEqual([100, 50, 100]);
    const auditRules = (await auditOf(handle)).filter((e) => e.kind === 'command').map((e) => [e.command, e.ruleId]);
    expect(auditRules).toContainEqual(['REQUEST_RENEWAL', 'P-REN-02']);
  });
});

describe('T-03: a request undecided at term end', () => {
  it('keeps the unit active and escalates to the officer daily until the decision; a late approval starts the new term at once', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2028-12-01T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    await advanceTo(h, '2029-03-18T12:00:00+08:00');
    const waiting = await state(handle);
    expect(waiting.phase).toBe('active');
    expect(waiting.concurrency.limit).toBe(100); // on time: no throttle
    expect(h.notices.filter((n) => n.template === 'renewalUndecided').map((n) => [n.at, n.audience])).toEqual([
      ['2029-03-16T00:00:00+08:00', ['officer']],
      ['2029-03-17T00:00:00+08:00', ['officer']],
      ['2029-03-18T00:00:00+08:00', ['officer']],
    ]);
    const renewed = await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' });
    expect(renewed.term).toMatchObject({ number: 2, startsOn: '2029-03-16', endsOn: '2031-03-15', renewal: 'notRequested' });
  });
});

describe('P-ONB-04: returned and resubmitted', () => {
  it('returns with an opinion, accepts a resubmission, then approves', async () => {
    await advanceTo(h, APPROVED);
    const { handle, state: submitted } = await submit(h, freshUscc());
    expect(submitted.phase).toBe('underReview');
    expect(submitted.eligibility?.eligible).toBe(true);
    const returned = await send(handle, { type: 'RETURN_APPLICATION', actor: officer, opinion: '材料不全', reasons: ['缺少项目报告'] });
    expect(returned.phase).toBe('returned');
    expect(await rejection(approve(handle))).toMatchObject({ type: 'IllegalTransition' });
    const resubmitted = await send(handle, { type: 'RESUBMIT_APPLICATION', actor: unitActor });
    expect(resubmitted).toMatchObject({ phase: 'underReview', review: { returns: 1 } });
    const approved = await approve(handle, { termEndsOn: '2029-01-31' });
    // the officer's confirmed term end wins over the computed one (T-01)
    expect(approved.term).toMatchObject({ endsOn: '2029-01-31', renewalDueOn: '2028-10-31' });
    await settle(h);
    // P-ONB-08: the two simultaneous using units go to their own authorities, which approve them (harness `approve`)
    // G5.4, N-24 (issue 12 fault 7): the example's using units were declared without a contact, so each
    // decision addressed to one is escalated to the officer with it (before: sent to nobody, silently)
    expect(h.notices.filter((n) => n.template !== 'deliveryFailed').map((n) => n.template)).toEqual(['applicationReceived', 'applicationReturned', 'applicationReceived', 'useRequestSubmitted', 'useRequestSubmitted', 'applicationApproved', 'useRequestDecided', 'useRequestDecided']);
    expect(h.notices.filter((n) => n.template === 'deliveryFailed').map((n) => n.facts.template)).toEqual(['useRequestDecided', 'useRequestDecided']);
  });

  it('G5.4, N-24: a notice to a using unit declared without a contact escalates to the officer, naming the unit and why (issue 12 fault 7)', async () => {
    await approvedUnit(h, APPROVED);
    await settle(h);
    const escalations = h.notices.filter((n) => n.template === 'deliveryFailed');
    // before: useRequestDecided went to nobody and nothing said so
    expect(escalations.map((n) => [n.audience, n.facts.template])).toEqual([
      [['officer'], 'useRequestDecided'],
      [['officer'], 'useRequestDecided'],
    ]);
    const missed = escalations.map((n) => String(n.facts.missed));
    expect(missed.some((m) => /using unit 91510107MA6CEXB02D .*no contact/.test(m))).toBe(true);
    expect(missed.some((m) => /using unit 91510104MA6CEXC03T .*no contact/.test(m))).toBe(true);
  });
});

describe('T-03 (A2.R3): a rejected renewal', () => {
  it('ends the unit at term end without a ladder, and refuses a new request', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2028-10-01T09:00:00+08:00');
    await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    const rejected = await send(handle, { type: 'REJECT_RENEWAL', actor: officer, opinion: '运行监控发现风险' });
    expect(rejected.term?.renewal).toBe('rejected');
    const again = await rejection(send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor }));
    expect(again.type).toBe('IllegalTransition');
    expect(again.message).toContain('A2.R3');

    await advanceTo(h, '2029-03-15T23:00:00+08:00');
    expect((await state(handle)).concurrency.limit).toBe(100);
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    const ended = await state(handle);
    expect(ended.phase).toBe('terminated');
    expect(ended.termination).toMatchObject({ ruleId: 'T-03', at: '2029-03-16T00:00:00+08:00', reason: 'renewal rejected; term ended' });
    // no ladder; 0 once ended (issue 12 fault 12)
    expect(h.limits.map((l) => l.limit)).toEqual([100, 0]);
  });
});
