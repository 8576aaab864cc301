/**
 * Issue 12, faults 1, 8, 11, 12: the term's future is always decided (a deadline, a pending request,
 * or an officer escalated daily), the late-renewal ladder is its own restriction, and the shown state
 * is the true one. Pure engine; inputs: examples/application.json approved 2026-05-10 (term ends
 * 2028-05-10, renewal due 2028-02-10), default policy unless said otherwise.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy, type PolicyOverrides } from '../../machines/policy.js';
import { check, deadlineEvent, dueDeadlines, start, step, withRunGates, type UnitSnapshot } from '../../machines/unit/engine.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import type { Notice } from '../../machines/notice.js';
import { summarize } from '../../machines/unit/summary.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u1' } as const;
const system = { role: 'system', id: 'm1' } as const;

/** a CST instant on a day, 09:00 unless said */
const on = (day: string, time = '09:00:00'): string => `${day}T${time}+08:00`;

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string) {
  const caught = fire(snapshot, at).snapshot;
  const checked = check(caught, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(caught, { ...checked.command, at } as UnitEvent);
}

function refusal(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string) {
  const checked = check(fire(snapshot, at).snapshot, command, at);
  if (checked.ok) throw new Error(`${String(command.type)} was accepted`);
  return checked;
}

/** every deadline due by `until`, in order, as the workflow applies them; the notices they sent */
function fire(s: UnitSnapshot, until: string): { snapshot: UnitSnapshot; notices: Notice[] } {
  const notices: Notice[] = [];
  for (;;) {
    const due = dueDeadlines(s, Date.parse(until))[0];
    if (!due) return { snapshot: s, notices };
    const result = step(s, deadlineEvent(due));
    notices.push(...result.notices);
    s = result.snapshot;
  }
}

function approved(policy: PolicyOverrides = {}): UnitSnapshot {
  let s = start({ unitId: UNIT, policy: makePolicy(policy) });
  s = apply(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, on('2026-04-20')).snapshot;
  s = apply(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, on('2026-05-10', '10:00:00')).snapshot;
  // P-ONB-08, G3.1(2)1: each simultaneous using unit is admitted by its own competent authority
  for (const uu of example.application.usingUnits as { uscc: string; competentTaxAuthority: string }[]) {
    s = apply(s, { type: 'APPROVE_USING_UNIT', actor: { role: 'officer', id: 'o-uu', authority: uu.competentTaxAuthority }, usingUnit: uu.uscc, opinion: '同意' }, on('2026-05-10', '11:00:00')).snapshot;
  }
  return s;
}

const limitOn = (s: UnitSnapshot, day: string): number => summarize(fire(s, on(day)).snapshot).concurrency.limit;

describe('issue 12 fault 1: after any decision the unit’s future is decided (T-03, A2.R3)', () => {
  it('T-03: the term is as the issue says (ends 2028-05-10, renewal due 2028-02-10)', () => {
    expect(summarize(approved()).term).toMatchObject({ endsOn: '2028-05-10', renewalDueOn: '2028-02-10' });
  });

  it('T-03, A2.R3: REJECT_RENEWAL after the term ended (request undecided at term end) terminates at once', () => {
    let s = apply(approved(), { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-01-15')).snapshot;
    // undecided at term end: the unit stays, the officer is escalated daily
    const end = fire(s, on('2028-05-13'));
    expect(summarize(end.snapshot).phase).toBe('active');
    expect(end.notices.filter((n) => n.template === 'renewalUndecided').map((n) => n.ruleId)).toEqual(['T-03', 'T-03', 'T-03']);
    const rejected = apply(end.snapshot, { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期' }, on('2028-05-14'));
    // old main: phase 'active', no deadlines, still active in 2030 and a new request refused
    expect([rejected.ruleId, rejected.to]).toEqual(['T-03', 'terminated']);
    s = rejected.snapshot;
    expect(summarize(s).termination).toMatchObject({ ruleId: 'T-03', at: on('2028-05-14') });
    expect(summarize(s).concurrency.limit).toBe(0);
    expect(rejected.notices.map((n) => n.template)).toContain('termEnded');
  });

  it('T-03, A2.R3: REJECT_RENEWAL before the last day → terminated the day after the last day, not before', () => {
    let s = apply(approved(), { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-01-15')).snapshot;
    s = apply(s, { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期' }, on('2028-04-01')).snapshot;
    expect(summarize(s).phase).toBe('active');
    expect(summarize(fire(s, on('2028-05-10', '23:59:59')).snapshot).phase).toBe('active');
    const after = fire(s, on('2028-05-11', '00:00:00')).snapshot;
    expect(summarize(after).phase).toBe('terminated');
    expect(summarize(after).termination).toMatchObject({ ruleId: 'T-03', at: '2028-05-11T00:00:00+08:00' });
  });

  it('T-03: under officerConfirms a rejected renewal still terminates at the end of the term (no dead end)', () => {
    let s = apply(approved({ noRequestAtTermEnd: 'officerConfirms' }), { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-01-15')).snapshot;
    s = apply(s, { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期' }, on('2028-04-01')).snapshot;
    // old main: the term end only escalated once, then nothing was scheduled
    expect(summarize(fire(s, on('2028-05-12')).snapshot).phase).toBe('terminated');
  });
});

describe('issue 12 fault 8: the ladder is its own restriction; the minimum wins (T-04, S-03)', () => {
  const at80 = (replacesLadder?: boolean) =>
    apply(approved(), { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: '平台负载', ...(replacesLadder === undefined ? {} : { replacesLadder }) }, on('2027-01-15')).snapshot;

  it('T-04: SET_CONCURRENCY 80 with no renewal request → 50, 25, 10 on the ladder’s days', () => {
    const s = at80();
    // old main: 80, 80, 80 (the officer's level switched the ladder off)
    expect([limitOn(s, '2028-02-11'), limitOn(s, '2028-03-10'), limitOn(s, '2028-04-10')]).toEqual([50, 25, 10]);
    expect([limitOn(s, '2027-01-16'), limitOn(s, '2028-02-10')]).toEqual([80, 80]);
  });

  it('S-03: an officer replaces the ladder only with replacesLadder: true', () => {
    const s = at80(true);
    expect([limitOn(s, '2028-02-11'), limitOn(s, '2028-03-10'), limitOn(s, '2028-04-10')]).toEqual([80, 80, 80]);
    expect(check(approved(), { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: 'r', replacesLadder: 'yes' }, on('2027-01-15'))).toMatchObject({ ok: false, type: 'InvalidCommand' });
  });

  it('T-04: a level set during the ladder below its step is kept; one above it does not lift the ladder', () => {
    const s = fire(approved(), on('2028-02-11')).snapshot;
    expect(summarize(s).concurrency.limit).toBe(50);
    expect(summarize(apply(s, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: 'r' }, on('2028-02-12')).snapshot).concurrency.limit).toBe(50);
    expect(summarize(apply(s, { type: 'SET_CONCURRENCY', actor: officer, limit: 30, reason: 'r' }, on('2028-02-12')).snapshot).concurrency.limit).toBe(30);
    expect(summarize(apply(s, { type: 'SET_CONCURRENCY', actor: officer, limit: 80, reason: 'r', replacesLadder: true }, on('2028-02-12')).snapshot).concurrency.limit).toBe(80);
  });
});

describe('issue 12 fault 11: noRequestAtTermEnd officerConfirms (T-03, Q-14)', () => {
  it('T-03: daily escalation with the "no request at term end" notice until the officer decides', () => {
    const s = approved({ noRequestAtTermEnd: 'officerConfirms' });
    const end = fire(s, on('2028-05-14'));
    expect(summarize(end.snapshot).phase).toBe('active');
    // old main: one 'renewalUndecided' escalation, then nothing
    const escalations = end.notices.filter((n) => n.template === 'noRequestAtTermEnd');
    expect(escalations.map((n) => [n.ruleId, n.to])).toEqual(Array(4).fill(['T-03', ['officer']]));
    expect(end.notices.some((n) => n.template === 'renewalUndecided')).toBe(false);
    expect(deadlines(end.snapshot.context)[0]).toMatchObject({ what: 'renewalUndecided', at: '2028-05-15T00:00:00+08:00' });
    // the officer's inbox shows the termination waiting for the decision (T-18 ageing applies)
    expect(summarize(end.snapshot).pendingDecisions).toContainEqual(expect.objectContaining({ what: 'proposedTermination', ruleId: 'T-03', subject: 'term 1', since: '2028-05-11T00:00:00+08:00' }));
    const ended = apply(end.snapshot, { type: 'TERMINATE', actor: officer, reason: '期满未申请续期', ruleId: 'T-03' }, on('2028-05-14'));
    expect(ended.to).toBe('terminated');
  });

  it('T-03: a renewal request after the last day is refused; on the last day it is accepted as late', () => {
    const s = approved({ noRequestAtTermEnd: 'officerConfirms' });
    // old main: a request 51 days after expiry was accepted as late
    const refused = refusal(s, { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-06-30'));
    expect(refused).toMatchObject({ type: 'IllegalTransition', ruleId: 'T-03' });
    expect(apply(s, { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-05-10', '23:00:00')).ruleId).toBe('P-REN-02');
  });
});

describe('issue 12 fault 12: the shown state is the true one', () => {
  it('S-08: a unit terminated for false invoicing shows limit 0', () => {
    const s = apply(approved(), { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开' }, on('2027-01-15')).snapshot;
    // old main: 100
    expect(summarize(s).concurrency.limit).toBe(0);
    expect(summarize(s).concurrency.restrictions).toContainEqual(expect.objectContaining({ ruleId: 'S-08', limit: 0 }));
  });

  it('M-SUSPEND-ACCESS: while the DCU is suspended its using units show service suspended through the DCU', () => {
    const s = apply(approved(), { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 1 }, on('2027-01-15')).snapshot;
    // old main: 'active' with nothing saying the service is stopped
    for (const u of summarize(s).usingUnits) expect(u).toMatchObject({ status: 'active', service: 'suspendedThroughDcu' });
    const restored = apply(s, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: 'ok' }, on('2027-01-20')).snapshot;
    for (const u of summarize(restored).usingUnits) expect(u).toMatchObject({ status: 'active', service: 'served' });
  });

  it('T-08: nothing of a term is scheduled past a scheduled termination (effective 2028-04-01)', () => {
    const s = apply(approved(), { type: 'FILE_TERMINATION', actor: unit, effectiveOn: '2028-04-01', reason: '停止' }, on('2027-12-01')).snapshot;
    const termKinds = ['renewalReminder', 'throttleStep', 'termEnd', 'renewalUndecided'];
    const late = deadlines(s.context).filter((d) => termKinds.includes(d.what) && d.at >= '2028-04-01T00:00:00+08:00');
    // old main: the 25% and 10% ladder steps and the term end were still scheduled
    expect(late).toEqual([]);
    const end = fire(s, on('2028-05-12'));
    expect(summarize(end.snapshot).phase).toBe('terminated');
    // the steps of 2028-02-11 and 2028-03-10 (before the termination) only; none of 2028-04-10, no term end
    expect(end.notices.filter((n) => n.template === 'throttleStep' || n.template === 'renewalOverdueThrottle').map((n) => n.facts.step)).toEqual([1, 2]);
    expect(end.notices.filter((n) => n.template === 'termEnded')).toEqual([]);
  });
});

describe('gates: a history written before faults 1 and 11 were fixed keeps its old path (machines/unit/gates.ts)', () => {
  const escalations = (notices: Notice[]) => notices.filter((n) => n.template === 'renewalUndecided' || n.template === 'noRequestAtTermEnd').map((n) => [n.template, n.ruleId]);
  const termKinds = ['renewalReminder', 'throttleStep', 'termEnd', 'renewalUndecided'];

  it('T-03, A2.R3 (gate rejected-after-term-ends-unit): REJECT_RENEWAL after the last day — written before the gate: active, nothing of the term scheduled; today: terminated at once', () => {
    const end = fire(apply(approved(), { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-01-15')).snapshot, on('2028-05-14')).snapshot;
    const command = { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期', at: on('2028-05-14') } as UnitEvent;
    const old = step(end, { ...command, legacy: ['rejected-after-term-ends-unit'] } as UnitEvent);
    expect([old.ruleId, old.to, old.notices.map((n) => n.template)]).toEqual(['T-03', 'active', ['renewalRejected']]);
    expect(deadlines(old.snapshot.context).filter((d) => termKinds.includes(d.what))).toEqual([]);
    const today = step(end, command);
    expect([today.ruleId, today.to, today.notices.map((n) => n.template)]).toEqual(['T-03', 'terminated', ['renewalRejected', 'termEnded']]);
  });

  it('T-03, Q-14 (run gate officer-confirms-daily): no request at term end — a run written before the gate: one renewalUndecided, nothing after, a request after the last day accepted (P-REN-02); today: daily noRequestAtTermEnd, the request refused', () => {
    const s = approved({ noRequestAtTermEnd: 'officerConfirms' });
    const old = fire(withRunGates(s, ['officer-confirms-daily']), on('2028-05-14'));
    expect(summarize(old.snapshot).phase).toBe('active');
    expect(escalations(old.notices)).toEqual([['renewalUndecided', 'T-03']]);
    expect(deadlines(old.snapshot.context).filter((d) => termKinds.includes(d.what))).toEqual([]);
    expect(apply(old.snapshot, { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-06-30')).ruleId).toBe('P-REN-02');
    const today = fire(s, on('2028-05-14'));
    expect(escalations(today.notices)).toEqual(Array(4).fill(['noRequestAtTermEnd', 'T-03']));
    expect(refusal(today.snapshot, { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-06-30'))).toMatchObject({ type: 'IllegalTransition', ruleId: 'T-03' });
  });

  it('T-03, A2.R3 (run gate officer-confirms-daily): renewal rejected before the last day — a run written before the gate: escalated at the term end, still active; today: terminated at the term end', () => {
    let s = apply(approved({ noRequestAtTermEnd: 'officerConfirms' }), { type: 'REQUEST_RENEWAL', actor: unit }, on('2028-01-15')).snapshot;
    s = apply(s, { type: 'REJECT_RENEWAL', actor: officer, opinion: '不予续期' }, on('2028-04-01')).snapshot;
    const old = fire(withRunGates(s, ['officer-confirms-daily']), on('2028-06-30'));
    expect([summarize(old.snapshot).phase, escalations(old.notices)]).toEqual(['active', [['renewalUndecided', 'T-03']]]);
    expect(summarize(fire(s, on('2028-05-12')).snapshot).termination).toMatchObject({ ruleId: 'T-03', at: '2028-05-11T00:00:00+08:00' });
    // a run started on today's code drops the carried gates
    expect(withRunGates(withRunGates(s, ['officer-confirms-daily']), []).context.legacy).toBeUndefined();
  });
});

describe('sanity', () => {
  it('S-03: the system actor may not SET_CONCURRENCY', () => {
    expect(check(approved(), { type: 'SET_CONCURRENCY', actor: system, limit: 5, reason: 'r' }, on('2027-01-15'))).toMatchObject({ ok: false, type: 'Forbidden' });
  });
});
