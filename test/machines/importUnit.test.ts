/**
 * Issue 18 item 5: IMPORT_UNIT, pure. The facts are checked as strictly as the commands that would
 * have produced them (one refused kind per test, each with its rule id in `unmet`); legal states are
 * accepted; the imported unit's context is the chart's own (summary, deadlines), with every deadline
 * already past at the import skipped, never fired.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { alreadyImported } from '../../machines/unit/imports/build.js';
import { summarize } from '../../machines/unit/summary.js';

const base = JSON.parse(readFileSync(new URL('../../examples/import-unit.json', import.meta.url), 'utf8'));
const UNIT = base.submission.application.dcuUscc as string;
const system = { role: 'system', id: 'import' } as const;
const policy = makePolicy();

type Facts = Record<string, any>;
const factsWith = (change: (f: Facts) => void): Facts => {
  const f = structuredClone(base);
  change(f);
  return f;
};
const command = (facts: Facts) => ({ type: 'IMPORT_UNIT', actor: system, source: 'units.jsonl#1', facts });

function importAt(facts: Facts, at: string) {
  const snapshot = start({ unitId: UNIT, policy });
  const checked = check(snapshot, command(facts), at);
  return { checked, snapshot: checked.ok ? step(snapshot, { ...checked.command, at } as UnitEvent).snapshot : snapshot };
}
function imported(facts: Facts, at: string): UnitSnapshot {
  const { checked, snapshot } = importAt(facts, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return snapshot;
}
function refusedRules(facts: Facts, at: string): string[] {
  const { checked } = importAt(facts, at);
  expect(checked.ok).toBe(false);
  if (checked.ok) return [];
  expect(checked.type).toBe('IllegalTransition');
  return (checked.unmet ?? []).map((u) => u.ruleId);
}
const NOW = '2026-11-30T10:00:00+08:00';

describe('issue 18 item 5: IMPORT_UNIT from current facts (pure)', () => {
  it('T-01/O-16/O-27: a unit in its initial term is imported live, with the chart’s own term, grants, obligations and the current period’s duties', () => {
    const s = imported(base, NOW);
    const summary = summarize(s, NOW);
    expect(summary.phase).toBe('active');
    expect(summary.term).toMatchObject({ startsOn: '2025-06-03', endsOn: '2027-06-03', renewalDueOn: '2027-03-03', renewal: 'notRequested' });
    expect(s.context.grants).toEqual([expect.objectContaining({ code: 'INVOICE_ISSUE', usingUnit: '91510107MA6CEXB02D', status: 'accepted' })]);
    expect(s.context.obligations.map((o) => [o.kind, o.subject, o.dueOn])).toEqual([
      ['monitoringRun', '2026-Q4', '2027-01-15'],
      ['versionUpgrade', '3.2.0', '2026-12-20'],
    ]);
    expect(Object.values(s.context.memberships).map((m) => m.value)).toEqual(['active', 'active']);
    // O-27/T-17: the B-rated using unit owes this quarter's flow data (earlier quarters are not fired late)
    expect(Object.values(s.context.memberships).map((m) => m.context.flowData.map((d) => [d.period, d.dueOn]))).toEqual([[], [['2026-Q4', '2027-01-15']]]);
    expect(s.context.imported).toMatchObject({ source: 'units.jsonl#1', at: NOW });
    // nothing already past is due: the first deadline lies after the import
    expect(deadlines(s.context).every((d) => Date.parse(d.at) > Date.parse(NOW))).toBe(true);
  });

  it('S-03/T-04: imported mid-way through the late-renewal ladder: the named step is in force, the next is scheduled, past steps never fire', () => {
    // approved 2024-12-20: term ends 2026-12-20, renewal due 2026-09-20; steps on 09-21 (50%), 10-20 (25%), 11-20 (10%)
    const facts = factsWith((f) => {
      f.approval.on = '2024-12-20';
      f.concurrency.ladderStep = 2;
      f.obligations = [];
    });
    const s = imported(facts, '2026-11-10T10:00:00+08:00');
    expect(s.context.concurrency.restrictions).toEqual([expect.objectContaining({ id: 'renewal-ladder', ruleId: 'S-03', limit: 25, since: '2026-10-20T00:00:00+08:00' })]);
    const next = deadlines(s.context).filter((d) => d.ruleId === 'S-03' || d.ruleId === 'T-03');
    expect(next.map((d) => [d.key, d.at])).toEqual([
      ['T-04:step3:2026-11-20', '2026-11-20T00:00:00+08:00'],
      ['T-03:termEnd:2026-12-20', '2026-12-21T00:00:00+08:00'],
    ]);
    expect(s.context.done).toEqual(expect.arrayContaining(['T-04:step1:2026-09-21', 'T-04:step2:2026-10-20']));
  });

  it('S-03: a ladder step that does not match the days late is refused', () => {
    const facts = factsWith((f) => {
      f.approval.on = '2024-12-20';
      f.concurrency.ladderStep = 1;
    });
    expect(refusedRules(facts, '2026-11-10T10:00:00+08:00')).toContain('S-03');
  });

  it('T-09: a case window over 3 months is refused', () => {
    const facts = factsWith((f) => {
      f.cases = [{ kind: 'nonCompliance', openedOn: '2026-11-01', dueOn: '2027-02-15', details: '未按要求整改' }];
    });
    expect(refusedRules(facts, NOW)).toEqual(['T-09']);
  });

  it('P-ONB-04: an approval without a competent authority is refused', () => {
    expect(refusedRules(factsWith((f) => delete f.approval.authority), NOW)).toEqual(['P-ONB-04']);
    expect(refusedRules(factsWith((f) => (f.approval.authority = '15101990000')), NOW)).toEqual(['P-ONB-04']);
  });

  it('T-01: a term longer than the policy allows is refused', () => {
    expect(refusedRules(factsWith((f) => (f.term.endsOn = '2027-12-31')), NOW)).toEqual(['T-01']);
  });

  it('T-01/T-07: dates in the future are refused', () => {
    expect(refusedRules(factsWith((f) => (f.approval.on = '2026-12-01')), NOW)).toContain('T-01');
    expect(refusedRules(factsWith((f) => (f.obligations[0].publishedOn = '2026-12-24')), NOW)).toEqual(['T-07']);
  });

  it('P-CAP-06: a using unit granted a capability the DCU lacks is refused', () => {
    expect(refusedRules(factsWith((f) => (f.grants = [{ code: 'TOBACCO_INVOICE', usingUnit: '91510107MA6CEXB02D', status: 'accepted', on: '2025-07-01' }])), NOW)).toEqual(['P-CAP-06']);
  });

  it('E-DCU-13/E-UU-8: a non-public capability needs the DCU’s qualification, and its accepted grant the using unit’s', () => {
    const oil = { industry: 'REFINED_OIL', licenceRef: 'doc:oil' };
    const uu = '91510107MA6CEXB02D';
    const withOil = (f: Facts) => (f.capabilities = [{ code: 'REFINED_OIL_INVOICE', openedOn: '2025-08-01', qualification: oil }]);
    expect(refusedRules(factsWith((f) => (f.capabilities = [{ code: 'REFINED_OIL_INVOICE', openedOn: '2025-08-01' }])), NOW)).toEqual(['E-DCU-13']);
    expect(refusedRules(factsWith((f) => { withOil(f); f.grants = [{ code: 'REFINED_OIL_INVOICE', usingUnit: uu, status: 'accepted', on: '2025-09-01' }]; }), NOW)).toEqual(['E-UU-8']);
    const s = imported(factsWith((f) => { withOil(f); f.grants = [{ code: 'REFINED_OIL_INVOICE', usingUnit: uu, status: 'accepted', on: '2025-09-01', qualification: oil }]; }), NOW);
    expect(s.context.grants).toEqual([expect.objectContaining({ code: 'REFINED_OIL_INVOICE', usingUnit: uu, status: 'accepted', qualification: oil })]);
    expect(summarize(s, NOW).capabilities).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'REFINED_OIL_INVOICE', status: 'open' })]));
  });

  it('T-03/T-05: a term that would already have ended (no request, rejected, or approved and begun) is refused', () => {
    const old = (f: Facts) => (f.approval.on = '2024-06-03');
    expect(refusedRules(factsWith(old), NOW)).toContain('T-03');
    expect(refusedRules(factsWith((f) => { old(f); f.renewal = { status: 'rejected', requestedOn: '2026-01-05' }; }), NOW)).toEqual(['T-03']);
    expect(refusedRules(factsWith((f) => { old(f); f.renewal = { status: 'approved', requestedOn: '2026-01-05', extendsTo: '2028-06-03' }; }), NOW)).toEqual(['T-05']);
  });

  it('T-03: an undecided renewal past its term end is accepted; the officer is escalated daily from tomorrow, never for the days before', () => {
    const facts = factsWith((f) => {
      f.approval.on = '2024-06-03';
      f.renewal = { status: 'requested', requestedOn: '2026-02-01' };
      f.obligations = [];
    });
    const s = imported(facts, NOW);
    expect(summarize(s, NOW).phase).toBe('active');
    const next = deadlines(s.context).find((d) => d.ruleId === 'T-03');
    expect(next).toMatchObject({ what: 'renewalUndecided', at: '2026-12-01T00:00:00+08:00' });
  });

  it('S-05: an open non-compliance case suspends the unit and keeps its window; its warning and end are scheduled', () => {
    const facts = factsWith((f) => (f.cases = [{ kind: 'nonCompliance', openedOn: '2026-11-01', dueOn: '2027-01-29', details: '未按要求整改' }]));
    const s = imported(facts, NOW);
    expect(summarize(s, NOW).phase).toBe('suspended');
    expect(s.context.cases[0]).toMatchObject({ id: 'C-1', ruleId: 'S-05', dueOn: '2027-01-29', windowFrom: '2026-11-01' });
    expect(deadlines(s.context).filter((d) => d.ref === 'C-1').map((d) => d.what)).toEqual(['caseWindowWarning', 'caseWindowEnd']);
  });

  it('T-01: the same facts again are "already imported" (answered replayed); other facts for the existing unit are refused', () => {
    const s = imported(base, NOW);
    expect(alreadyImported(s.context, command(base))).toBe(true);
    const other = command(factsWith((f) => (f.concurrency.base = 80)));
    expect(alreadyImported(s.context, other)).toBe(false);
    const checked = check(s, other, NOW);
    expect(checked).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'T-01' });
  });

  it('T-01: IMPORT_UNIT is sent by system only; the facts schema is strict', () => {
    const snapshot = start({ unitId: UNIT, policy });
    expect(check(snapshot, { ...command(base), actor: { role: 'officer', id: 'o', authority: '15101000000' } }, NOW)).toMatchObject({ ok: false, type: 'Forbidden' });
    const bad = check(snapshot, command({ ...base, colour: 'blue', concurrency: { ladderStep: -1 } }), NOW);
    expect(bad).toMatchObject({ ok: false, type: 'InvalidCommand' });
    if (!bad.ok) expect(bad.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['/facts/colour', '/facts/concurrency/ladderStep']));
  });
});
