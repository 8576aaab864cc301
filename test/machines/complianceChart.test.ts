import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { check, deadlineEvent, dueDeadlines, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const BRANCH = example.application.usingUnits[0].uscc as string;
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u1' } as const;
const system = { role: 'system', id: 'm1' } as const;
const NOW = '2027-05-10T09:00:00+08:00';

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at = NOW) {
  const checked = check(snapshot, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(snapshot, { ...checked.command, at } as UnitEvent);
}

function activeUnit(): UnitSnapshot {
  let s = start({ unitId: UNIT, policy: makePolicy() });
  s = apply(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '2027-03-01T09:00:00+08:00').snapshot;
  return apply(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, '2027-03-15T10:00:00+08:00').snapshot;
}

function fire(s: UnitSnapshot, until: string): UnitSnapshot {
  for (;;) {
    const due = dueDeadlines(s, Date.parse(until)).find((d) => d.what !== 'obligationDue');
    if (!due) return s;
    s = step(s, deadlineEvent(due)).snapshot;
  }
}

describe('compliance chart: every case transition cites its rule', () => {
  it.each([
    [{ type: 'ISSUE_RISK_WARNING', actor: system, indicator: 'i', details: 'd' }, 'S-04', 'active'],
    [{ type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1 }, 'S-05', 'suspended'],
    [{ type: 'REPORT_SECURITY_THREAT', actor: officer, details: 'd', observationMonths: 1 }, 'S-06', 'active'],
    [{ type: 'APPLY_MEASURES', actor: officer, measures: ['suspendAccess'], rectificationMonths: 1, findings: 'f' }, 'S-07', 'suspended'],
    [{ type: 'APPLY_MEASURES', actor: officer, measures: ['reminder', 'stopNewUsingUnits'], rectificationMonths: 3, findings: 'f' }, 'S-07', 'active'],
    [{ type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: 'd' }, 'S-08', 'terminated'],
    [{ type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'majorViolation', value: true }, 'E-DCU-14', 'active'],
    [{ type: 'REPORT_SECURITY_INCIDENT', actor: unit, details: 'd', occurredOn: '2027-05-09' }, 'P-SEC-01', 'active'],
  ])('%o → rule %s, phase %s', (command, rule, phase) => {
    const result = apply(activeUnit(), command);
    expect([result.ruleId, result.to]).toEqual([rule, phase]);
  });

  it('T-09: windows of 0 or 4 months are invalid; a window is 1–3 calendar months from the day imposed', () => {
    for (const months of [0, 4]) {
      expect(check(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: months }, NOW)).toMatchObject({ ok: false, type: 'InvalidCommand' });
    }
    const s = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 3 }, '2027-11-30T09:00:00+08:00').snapshot;
    expect(summarize(s).cases[0]?.dueOn).toBe('2028-02-29'); // month end where there is no corresponding day
  });

  it('T-09: ADJUST_CASE_WINDOW within the cap is legal; beyond it or in the past is not, with the cap named', () => {
    const s = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1 }).snapshot;
    const beyond = check(s, { type: 'ADJUST_CASE_WINDOW', actor: officer, caseId: 'C-1', dueOn: '2027-08-11', reason: 'r' }, NOW);
    expect(beyond).toMatchObject({ ok: false, type: 'IllegalTransition' });
    expect(!beyond.ok && beyond.reason).toContain('2027-08-10');
    expect(check(s, { type: 'ADJUST_CASE_WINDOW', actor: officer, caseId: 'C-1', dueOn: '2027-05-10', reason: 'r' }, NOW)).toMatchObject({ ok: false });
    expect(apply(s, { type: 'ADJUST_CASE_WINDOW', actor: officer, caseId: 'C-1', dueOn: '2027-05-20', reason: '提前' }).ruleId).toBe('T-09');
  });

  it('M-RESTORE: lifting one case never lifts another', () => {
    let s = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 2 }).snapshot;
    s = apply(s, { type: 'APPLY_MEASURES', actor: officer, measures: ['suspendAccess'], rectificationMonths: 2, findings: 'g' }).snapshot;
    const one = apply(s, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: 'ok' });
    expect([one.ruleId, one.to]).toEqual(['M-RESTORE', 'suspended']);
    const both = apply(one.snapshot, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-2', opinion: 'ok' });
    expect(both.to).toBe('active');
  });

  it('illegal: unknown case, closed case, feedback twice, a stranger as target, a case on a terminated unit', () => {
    let s = apply(activeUnit(), { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: 'i', details: 'd' }).snapshot;
    const unknown = check(s, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-9', opinion: 'x' }, NOW);
    expect(!unknown.ok && unknown.reason).toContain('no case C-9');
    s = apply(s, { type: 'SUBMIT_RECTIFICATION_FEEDBACK', actor: unit, caseId: 'C-1', feedback: 'done' }).snapshot;
    const twice = check(s, { type: 'SUBMIT_RECTIFICATION_FEEDBACK', actor: unit, caseId: 'C-1', feedback: 'again' }, NOW);
    expect(!twice.ok && twice.reason).toContain('feedback already given');
    const stranger = check(s, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1, target: { usingUnit: '91510100MA6CEXA01F' } }, NOW);
    expect(!stranger.ok && stranger.reason).toContain('is not a serving using unit');
    const ended = apply(s, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: 'd' }).snapshot;
    expect(check(ended, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: 'i', details: 'd' }, NOW)).toMatchObject({ ok: false, type: 'IllegalTransition' });
  });

  it('roles: a unit cannot open cases; the system cannot suspend', () => {
    expect(check(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: unit, findings: 'f', rectificationMonths: 1 }, NOW)).toMatchObject({ ok: false, type: 'Forbidden' });
    expect(check(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: system, findings: 'f', rectificationMonths: 1 }, NOW)).toMatchObject({ ok: false, type: 'Forbidden' });
    expect(check(activeUnit(), { type: 'REPORT_SECURITY_THREAT', actor: system, details: 'd', observationMonths: 1 }, NOW)).toMatchObject({ ok: true });
  });
});

describe('compliance chart: case deadlines', () => {
  it('S-07/T-09: an unconfirmed window warns 7 days before and terminates the DCU after its last day', () => {
    const s = apply(activeUnit(), { type: 'APPLY_MEASURES', actor: officer, measures: ['reminder'], rectificationMonths: 1, findings: 'f' }).snapshot;
    expect(summarize(s).nextDeadlines.filter((d) => d.what.startsWith('case')).map(({ what, ruleId, at }) => ({ what, ruleId, at }))).toEqual([
      { what: 'caseWindowWarning', ruleId: 'T-09', at: '2027-06-03T00:00:00+08:00' },
      { what: 'caseWindowEnd', ruleId: 'S-07', at: '2027-06-11T00:00:00+08:00' },
    ]);
    const ended = fire(s, '2027-06-11T00:00:00+08:00');
    expect(summarize(ended)).toMatchObject({ phase: 'terminated', termination: { ruleId: 'S-07' } });
  });

  it('S-05 on a using unit: the window’s end ends only that membership', () => {
    const s = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1, target: { usingUnit: BRANCH } }).snapshot;
    const after = summarize(fire(s, '2027-06-11T00:00:00+08:00'));
    expect(after.phase).toBe('active');
    expect(after.usingUnits.find((u) => u.uscc === BRANCH)?.status).toBe('ended');
  });

  it('S-06: a recurrence after the window closed proposes termination of the closed case', () => {
    let s = apply(activeUnit(), { type: 'REPORT_SECURITY_THREAT', actor: officer, details: 'd', observationMonths: 1 }).snapshot;
    s = fire(s, '2027-06-11T00:00:00+08:00');
    expect(summarize(s).cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
    const again = apply(s, { type: 'REPORT_SECURITY_THREAT', actor: system, details: 'again', observationMonths: 1 }, '2027-09-01T00:00:00+08:00');
    expect(summarize(again.snapshot).cases[0]).toMatchObject({ status: 'proposed', terminationProposed: true });
    // issue 12 fault 4: the unit is told too (it is throttled again at once)
    expect(again.notices.map((n) => [n.template, n.ruleId])).toEqual([['terminationProposed', 'S-06'], ['caseUpdated', 'S-06']]);
    expect(apply(again.snapshot, { type: 'TERMINATE', actor: officer, reason: 'r', ruleId: 'S-06', caseId: 'C-1' }).to).toBe('terminated');
  });
});

describe('Civil Code art. 203 option: rest days roll a last day to the next working day', () => {
  const restDays = ['2027-06-07', '2027-07-10', '2027-07-11'];
  function unitWith(policy: Record<string, unknown>): UnitSnapshot {
    let s = start({ unitId: UNIT, policy: makePolicy(policy) });
    s = apply(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '2027-03-01T09:00:00+08:00').snapshot;
    return apply(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, '2027-03-15T10:00:00+08:00').snapshot;
  }

  it('T-06: a relationship change effective 2027-06-04 is due 2027-06-08 when 06-07 is a rest day, and a report on 06-08 is on time', () => {
    const s = unitWith({ restDays });
    const seen = apply(s, { type: 'DETECT_RELATIONSHIP_CHANGE', actor: system, effectiveOn: '2027-06-04', details: 'd', usingUnit: BRANCH }, '2027-06-05T09:00:00+08:00');
    expect(summarize(seen.snapshot).obligations.at(-1)).toMatchObject({ kind: 'relationshipReport', dueOn: '2027-06-08' });
    const reported = apply(seen.snapshot, { type: 'REPORT_CHANGE', actor: unit, kind: 'relationship', effectiveOn: '2027-06-04', details: 'd', usingUnit: BRANCH }, '2027-06-08T20:00:00+08:00');
    expect(summarize(reported.snapshot).changes.at(-1)?.late).toBe(false);
    expect(summarize(reported.snapshot).obligations.at(-1)?.status).toBe('fulfilled');
  });

  it('T-09: a window whose last day is a weekend rolls to the next working day; without rest days it does not', () => {
    const rolled = apply(unitWith({ restDays }), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 2 }).snapshot;
    expect(summarize(rolled).cases[0]?.dueOn).toBe('2027-07-12');
    const plain = apply(unitWith({}), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 2 }).snapshot;
    expect(summarize(plain).cases[0]?.dueOn).toBe('2027-07-10');
  });
});

describe('case measures (S-04, S-05)', () => {
  it('M-INTERVIEW/T-22: an interview is recorded on an open case with its date only', () => {
    const s = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1 }).snapshot;
    const caseId = summarize(s).cases[0]!.id;
    const r = apply(s, { type: 'RECORD_INTERVIEW', actor: officer, caseId, interview: { on: '2027-05-12' } }, '2027-05-12T10:00:00+08:00');
    expect(r.ruleId).toBe('M-INTERVIEW');
    expect(summarize(r.snapshot).cases[0]).toMatchObject({ measures: expect.arrayContaining(['interview']), status: 'open' });
  });

  it('M-SUSPEND-ACCESS: a non-compliance case suspends access at once (T-19), the unit is suspended', () => {
    const r = apply(activeUnit(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1 });
    expect([r.ruleId, r.to]).toEqual(['S-05', 'suspended']);
    expect(summarize(r.snapshot).cases[0]!.measures).toContain('suspendAccess');
  });

  it('M-RISK-MEASURE/P-MON-01: the officer’s measure on an open risk warning closes it', () => {
    const s = apply(activeUnit(), { type: 'ISSUE_RISK_WARNING', actor: system, indicator: 'i', details: 'd' }).snapshot;
    const caseId = summarize(s).cases[0]!.id;
    const r = apply(s, { type: 'RECORD_RISK_MEASURE', actor: officer, caseId, measure: '加强监控', opinion: '同意' }, '2027-05-11T09:00:00+08:00');
    expect(r.ruleId).toBe('M-RISK-MEASURE');
    expect(summarize(r.snapshot).cases[0]).toMatchObject({ status: 'closed', outcome: 'measureRecorded' });
  });
});
