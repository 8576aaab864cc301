import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, approve, auditOf, freshUscc, startHarness, state, submit, type Harness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

// Approved 2027-03-15 → reading C: last day 2029-03-15 (T-01); renewal due 2028-12-15 (T-02).
const APPROVED = '2027-03-15T10:00:00+08:00';

describe('T-02/S-03/T-04/T-03: no renewal request', () => {
  it('reminds before the due date, throttles 50% → 25% → 10% on the exact CST dates, and terminates the day after the last day', async () => {
    const uscc = freshUscc();
    await advanceTo(h, APPROVED);
    const { handle } = await submit(h, uscc);
    const approved = await approve(handle);
    expect(approved.term).toMatchObject({ startsOn: '2027-03-15', endsOn: '2029-03-15', renewalDueOn: '2028-12-15', renewal: 'notRequested' });
    expect(approved.concurrency).toMatchObject({ base: 100, limit: 100 });
    // "what happens next" at approval: the term's deadlines, which the clock below must honour to the instant
    const TERM = ['renewalReminder', 'throttleStep', 'termEnd'];
    const predicted = approved.nextDeadlines.filter((d) => TERM.includes(d.what)).map((d) => [`DEADLINE:${d.what}`, d.ruleId, d.at]);
    expect(approved.nextDeadlines.find((d) => d.what === 'termEnd')?.effect).toBe('terminates the unit: no renewal request');

    // T-02 reminders: term end − 4 months and due date − 7 days
    await advanceTo(h, '2028-12-15T23:59:00+08:00');
    let s = await state(handle);
    expect(s.concurrency.limit).toBe(100); // the due date itself is still on time
    expect(h.notices.filter((n) => n.template === 'renewalDue').map((n) => n.at)).toEqual([
      '2028-11-15T00:00:00+08:00',
      '2028-12-08T00:00:00+08:00',
    ]);

    await advanceTo(h, '2028-12-16T00:00:01+08:00');
    s = await state(handle);
    expect(s.concurrency.limit).toBe(50);
    expect(s.concurrency.restrictions).toEqual([expect.objectContaining({ ruleId: 'S-03', limit: 50, since: '2028-12-16T00:00:00+08:00' })]);

    await advanceTo(h, '2029-01-14T23:00:00+08:00');
    expect((await state(handle)).concurrency.limit).toBe(50);
    await advanceTo(h, '2029-01-15T00:00:01+08:00');
    expect((await state(handle)).concurrency.limit).toBe(25);
    await advanceTo(h, '2029-02-15T00:00:01+08:00');
    expect((await state(handle)).concurrency.limit).toBe(10);

    await advanceTo(h, '2029-03-15T23:59:59+08:00');
    expect((await state(handle)).phase).toBe('active'); // the last day is a whole day of service
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    s = await state(handle);
    expect(s.phase).toBe('terminated');
    expect(s.termination).toEqual({ reason: 'no renewal request by the end of the term', ruleId: 'T-03', at: '2029-03-16T00:00:00+08:00' });

    // each step is one audit entry with its rule id, on its date; each notice sent once
    // (the standing duties, O-16 and T-17, run beside the term; their deadlines are tested on their own)
    const fired = (await auditOf(handle)).filter((e) => e.kind === 'deadline' && ['DEADLINE:renewalReminder', 'DEADLINE:throttleStep', 'DEADLINE:termEnd', 'DEADLINE:renewalUndecided'].includes(e.command)).map((e) => [e.command, e.ruleId, e.at]);
    expect(fired).toEqual([
      ['DEADLINE:renewalReminder', 'T-02', '2028-11-15T00:00:00+08:00'],
      ['DEADLINE:renewalReminder', 'T-02', '2028-12-08T00:00:00+08:00'],
      ['DEADLINE:throttleStep', 'S-03', '2028-12-16T00:00:00+08:00'],
      ['DEADLINE:throttleStep', 'S-03', '2029-01-15T00:00:00+08:00'],
      ['DEADLINE:throttleStep', 'S-03', '2029-02-15T00:00:00+08:00'],
      ['DEADLINE:termEnd', 'T-03', '2029-03-16T00:00:00+08:00'],
    ]);
    expect(fired).toEqual(predicted);
    // the using units' own admission (P-ONB-08, by their authorities), duties, and the escalations of
    // what their missing contacts miss (G5.4, N-24) aside
    expect(h.notices.filter((n) => !['obligationOverdue', 'flowDataDue', 'flowDataOverdue', 'useRequestSubmitted', 'useRequestDecided', 'deliveryFailed'].includes(n.template)).map((n) => [n.template, n.ruleId, n.facts.limit ?? null])).toEqual([
      ['applicationReceived', 'P-ONB-02', null],
      ['applicationApproved', 'P-ONB-04', null],
      ['renewalDue', 'T-02', null],
      ['renewalDue', 'T-02', null],
      ['renewalOverdueThrottle', 'S-03', 50],
      ['throttleStep', 'T-04', 25],
      ['throttleStep', 'T-04', 10],
      ['termEnded', 'T-03', null],
    ]);
    expect(new Set(h.notices.map((n) => n.noticeId)).size).toBe(h.notices.length);
    // the gateway saw every level change, in order, and 0 once the unit ended (issue 12 fault 12)
    expect(h.limits.map((l) => l.limit)).toEqual([100, 50, 25, 10, 0]);
    expect(s.concurrency.limit).toBe(0);
  });
});
