/**
 * Issue 18 item 5 on a real time-skipping server: a unit already in service is imported by
 * IMPORT_UNIT (update-with-start) and continues from its facts — the ladder at the step the facts
 * name, the next steps and the term's end on their own days, nothing already past fired, no notice
 * for the import itself; a re-run of the same facts is answered `replayed`, other facts are refused.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, auditOf, exampleFor, freshUscc, importUnit, rejection, startHarness, state, type Harness } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

// approved 2027-03-15 → last day 2029-03-15 (T-01), renewal due 2028-12-15 (T-02); ladder 50% on
// 2028-12-16, 25% on 2029-01-15, 10% on 2029-02-15 (S-03/T-04); imported on 2029-01-20, at step 2
const IMPORTED_AT = '2029-01-20T10:00:00+08:00';

function factsFor(uscc: string, ladderStep: number) {
  const facts = exampleFor('import-unit', uscc);
  return { ...facts, approval: { ...facts.approval, on: '2027-03-15' }, concurrency: { base: 100, ladderStep }, grants: [], obligations: [] };
}

describe('issue 18 item 5: IMPORT_UNIT (time skipping)', () => {
  it('S-03/T-04/T-03: a unit imported mid-way through a late-renewal ladder continues at the right step and ends on the right day', async () => {
    const uscc = freshUscc();
    await advanceTo(h, IMPORTED_AT);
    const { handle, state: imported } = await importUnit(h, uscc, factsFor(uscc, 2), 'units.jsonl#7');
    expect(imported.phase).toBe('active');
    expect(imported.term).toMatchObject({ startsOn: '2027-03-15', endsOn: '2029-03-15', renewalDueOn: '2028-12-15', renewal: 'notRequested' });
    expect(imported.concurrency).toMatchObject({ base: 100, limit: 25 });
    expect(imported.nextDeadlines.filter((d) => ['throttleStep', 'termEnd'].includes(d.what)).map((d) => [d.what, d.ruleId, d.at])).toEqual([
      ['throttleStep', 'S-03', '2029-02-15T00:00:00+08:00'],
      ['termEnd', 'T-03', '2029-03-16T00:00:00+08:00'],
    ]);
    // the gateway learns the limit in force; no notice for the import, none for what was already past
    await advanceTo(h, '2029-01-20T12:00:00+08:00');
    expect(h.limits.filter((l) => l.unitId === uscc).map((l) => l.limit)).toEqual([25]);
    expect(h.notices).toEqual([]);

    // the same facts again (an import file re-run) are "already imported": replayed, nothing applied
    const again = await importUnit(h, uscc, factsFor(uscc, 2), 'units.jsonl#7');
    expect(again.state).toMatchObject({ replayed: true, phase: 'active' });
    // other facts for the existing unit: a structured rejection
    const other = await rejection(importUnit(h, uscc, { ...factsFor(uscc, 2), concurrency: { base: 80, ladderStep: 2 } }));
    expect(other).toMatchObject({ type: 'IllegalTransition', detail: { type: 'IllegalTransition', ruleId: 'T-01', state: 'active' } });

    await advanceTo(h, '2029-02-14T23:59:00+08:00');
    expect((await state(handle)).concurrency.limit).toBe(25);
    await advanceTo(h, '2029-02-15T00:00:01+08:00');
    expect((await state(handle)).concurrency.limit).toBe(10);
    await advanceTo(h, '2029-03-15T23:59:59+08:00');
    expect((await state(handle)).phase).toBe('active');
    await advanceTo(h, '2029-03-16T00:00:01+08:00');
    const ended = await state(handle);
    expect(ended.phase).toBe('terminated');
    expect(ended.termination).toEqual({ reason: 'no renewal request by the end of the term', ruleId: 'T-03', at: '2029-03-16T00:00:00+08:00' });

    const audit = await auditOf(handle);
    expect(audit[0]).toMatchObject({ command: 'IMPORT_UNIT', actor: { role: 'system', id: 'import' }, from: 'prospect', to: 'active', ruleId: 'T-01', outcome: 'applied', reason: 'imported from units.jsonl#7' });
    expect(audit.filter((e) => e.kind === 'deadline' && ['DEADLINE:renewalReminder', 'DEADLINE:throttleStep', 'DEADLINE:termEnd'].includes(e.command)).map((e) => [e.command, e.ruleId, e.at])).toEqual([
      ['DEADLINE:throttleStep', 'S-03', '2029-02-15T00:00:00+08:00'],
      ['DEADLINE:termEnd', 'T-03', '2029-03-16T00:00:00+08:00'],
    ]);
    expect(h.notices.filter((n) => ['throttleStep', 'termEnded', 'renewalDue', 'renewalOverdueThrottle'].includes(n.template)).map((n) => [n.template, n.ruleId, n.at])).toEqual([
      ['throttleStep', 'T-04', '2029-02-15T00:00:00+08:00'],
      ['termEnded', 'T-03', '2029-03-16T00:00:00+08:00'],
    ]);
  });

  it('S-03: facts whose ladder step does not match the days late are refused with the rule in unmet', async () => {
    const uscc = freshUscc();
    await advanceTo(h, IMPORTED_AT);
    const refused = await rejection(importUnit(h, uscc, factsFor(uscc, 1)));
    expect(refused).toMatchObject({ type: 'IllegalTransition', detail: { ruleId: 'S-03', unmet: [expect.objectContaining({ ruleId: 'S-03', subject: uscc })] } });
  });
});
