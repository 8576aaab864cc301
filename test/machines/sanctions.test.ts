/**
 * Issue 12, faults 4 and 5: a security recurrence is never a dead end (S-06, T-21), and a sanction
 * whose target is a using unit acts on that membership (S-05, S-06, S-07, S-08, Q-21). Pure engine;
 * examples/application.json approved 2026-05-10, default policy.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { check, deadlineEvent, dueDeadlines, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { recipientsFor, usingUnitsAddressed } from '../../machines/unit/recipients.js';
import { summarize } from '../../machines/unit/summary.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const BRANCH = example.application.usingUnits[0].uscc as string;
const OTHER = example.application.usingUnits[1].uscc as string;
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u1' } as const;
const on = (day: string, time = '09:00:00'): string => `${day}T${time}+08:00`;

function fire(s: UnitSnapshot, until: string): UnitSnapshot {
  for (let due = dueDeadlines(s, Date.parse(until))[0]; due; due = dueDeadlines(s, Date.parse(until))[0]) s = step(s, deadlineEvent(due)).snapshot;
  return s;
}

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string) {
  const caught = fire(snapshot, at);
  const checked = check(caught, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(caught, { ...checked.command, at } as UnitEvent);
}

const checkAt = (s: UnitSnapshot, command: Record<string, unknown>, at: string) => check(fire(s, at), command, at);

function approved(): UnitSnapshot {
  let s = start({ unitId: UNIT, policy: makePolicy() });
  s = apply(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, on('2026-04-20')).snapshot;
  s = apply(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, on('2026-05-10', '10:00:00')).snapshot;
  // P-ONB-08, G3.1(2)1: each simultaneous using unit is admitted by its own competent authority
  for (const uu of example.application.usingUnits as { uscc: string; competentTaxAuthority: string }[]) {
    s = apply(s, { type: 'APPROVE_USING_UNIT', actor: { role: 'officer', id: 'o-uu', authority: uu.competentTaxAuthority }, usingUnit: uu.uscc, opinion: '同意' }, on('2026-05-10', '11:00:00')).snapshot;
  }
  return s;
}

const threat = (extra: Record<string, unknown> = {}) => ({ type: 'REPORT_SECURITY_THREAT', actor: officer, details: '异常请求', observationMonths: 1, ...extra });

/** threat 2027-01-15 (1-month window), restored 02-16, recurrence 09-01 */
function recurred(extra: Record<string, unknown> = {}) {
  let s = apply(approved(), threat(extra), on('2027-01-15')).snapshot;
  expect(summarize(s).concurrency.limit).toBe(extra.target ? 100 : 50);
  s = fire(s, on('2027-02-16', '00:00:01'));
  expect(summarize(s).cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
  return apply(s, threat({ details: '再次发现', ...extra }), on('2027-09-01'));
}

describe('issue 12 fault 4: a security recurrence is never a dead end (S-06, T-21)', () => {
  it('S-06: a recurrence throttles at once and proposes termination', () => {
    const r = recurred();
    // old main: the case became proposed with the limit back at 100
    expect(summarize(r.snapshot).concurrency.limit).toBe(50);
    expect(summarize(r.snapshot).cases[0]).toMatchObject({ status: 'proposed', terminationProposed: true, limit: 50 });
    expect(r.notices.map((n) => [n.template, n.ruleId])).toEqual([
      ['terminationProposed', 'S-06'],
      ['caseUpdated', 'S-06'],
    ]);
    expect(summarize(r.snapshot).pendingDecisions).toContainEqual(expect.objectContaining({ what: 'proposedTermination', ruleId: 'S-06' }));
  });

  it('S-06, T-21: TERMINATE { caseId } confirms; the unit ends with limit 0', () => {
    const ended = apply(recurred().snapshot, { type: 'TERMINATE', actor: officer, reason: '再次发现', ruleId: 'S-06', caseId: 'C-1' }, on('2027-09-02'));
    expect([ended.to, summarize(ended.snapshot).concurrency.limit]).toEqual(['terminated', 0]);
  });

  it('T-21: DISMISS_PROPOSED_CASE with a reason opens a new observation window of observationMonths; the level holds until it passes', () => {
    const s = recurred().snapshot;
    // old main: DISMISS_PROPOSED_CASE and CONFIRM_RECTIFIED were both illegal
    const without = checkAt(s, { type: 'DISMISS_PROPOSED_CASE', actor: officer, caseId: 'C-1', opinion: '已整改' }, on('2027-09-03'));
    expect(without).toMatchObject({ ok: false, type: 'IllegalTransition' });
    expect(!without.ok && without.reason).toContain('observationMonths');
    expect(checkAt(s, { type: 'DISMISS_PROPOSED_CASE', actor: officer, caseId: 'C-1', opinion: 'x', observationMonths: 4 }, on('2027-09-03'))).toMatchObject({ ok: false, type: 'InvalidCommand' });
    const declined = apply(s, { type: 'DISMISS_PROPOSED_CASE', actor: officer, caseId: 'C-1', opinion: '约谈后整改到位', observationMonths: 2 }, on('2027-09-03'));
    expect(declined.ruleId).toBe('S-06');
    expect(summarize(declined.snapshot).cases[0]).toMatchObject({ status: 'open', terminationProposed: false, dueOn: '2027-11-03', limit: 50 });
    expect(summarize(declined.snapshot).pendingDecisions.filter((p) => p.what === 'proposedTermination')).toEqual([]);
    expect(summarize(fire(declined.snapshot, on('2027-11-03', '23:00:00'))).concurrency.limit).toBe(50);
    const passed = fire(declined.snapshot, on('2027-11-04', '00:00:01'));
    expect(summarize(passed).cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
    expect(summarize(passed).concurrency.limit).toBe(100);
  });

  it('S-06: a threat reported while termination is proposed is recorded on the case and applies its lower limit', () => {
    const s = recurred().snapshot;
    const further = apply(s, threat({ details: '第三次', limit: 5 }), on('2027-09-05'));
    // old main: "applied" but nothing opened and no limit changed
    expect(summarize(further.snapshot).concurrency.limit).toBe(5);
    expect(summarize(further.snapshot).cases).toHaveLength(1);
    expect(summarize(further.snapshot).cases[0]!.history.at(-1)).toMatchObject({ ruleId: 'S-06', what: expect.stringContaining('第三次') });
    // a higher level later does not raise it
    expect(summarize(apply(further.snapshot, threat({ details: '第四次', limit: 40 }), on('2027-09-06')).snapshot).concurrency.limit).toBe(5);
  });
});

describe('gate recurrence-throttles: a history written before fault 4 was fixed keeps its old path (machines/unit/gates.ts)', () => {
  it('S-06, T-21 (gate recurrence-throttles): a recurrence written before the gate proposes termination to the officer alone, no new level; today: throttled at once, the DCU told too', () => {
    let s = apply(approved(), threat(), on('2027-01-15')).snapshot;
    s = fire(s, on('2027-09-01'));
    const command = { ...threat({ details: '再次发现' }), at: on('2027-09-01') } as UnitEvent;
    const old = step(s, { ...command, legacy: ['recurrence-throttles'] } as UnitEvent);
    expect([old.ruleId, old.notices.map((n) => [n.template, n.to])]).toEqual(['S-06', [['terminationProposed', ['officer']]]]);
    expect(summarize(old.snapshot).concurrency.limit).toBe(100);
    expect(summarize(old.snapshot).cases[0]).toMatchObject({ status: 'proposed', terminationProposed: true });
    const today = step(s, command);
    expect([today.ruleId, today.notices.map((n) => n.template)]).toEqual(['S-06', ['terminationProposed', 'caseUpdated']]);
    expect(summarize(today.snapshot).concurrency.limit).toBe(50);
  });

  it('S-06 (gate recurrence-throttles): a recurrence within the window written before the gate keeps the case open at its level', () => {
    const s = apply(approved(), threat({ limit: 20, observationMonths: 3 }), on('2027-01-15')).snapshot;
    const old = step(fire(s, on('2027-02-01')), { ...threat({ details: '再次发现', limit: 5 }), at: on('2027-02-01'), legacy: ['recurrence-throttles'] } as UnitEvent);
    expect(summarize(old.snapshot).cases[0]).toMatchObject({ status: 'open', terminationProposed: true });
    expect(summarize(old.snapshot).concurrency.limit).toBe(20);
  });
});

describe('issue 12 fault 5: sanctions on a using unit act on that membership (S-05, S-08, Q-21)', () => {
  it('S-06: REPORT_SECURITY_THREAT on a using unit with limit 5 restricts that membership, and it and the DCU are told', () => {
    const r = apply(approved(), threat({ limit: 5, target: { usingUnit: BRANCH } }), on('2027-01-15'));
    const shown = summarize(r.snapshot);
    // old main: accepted, nothing changed, the using unit not told
    expect(shown.usingUnits.find((u) => u.uscc === BRANCH)).toMatchObject({ limit: 5 });
    expect(shown.usingUnits.find((u) => u.uscc === OTHER)).toMatchObject({ limit: null });
    expect(shown.concurrency.limit).toBe(100); // the DCU itself is not at fault
    const notice = r.notices[0]!;
    expect([notice.template, notice.ruleId, notice.to]).toEqual(['caseOpened', 'S-06', ['unit', 'officer', 'usingUnits']]);
    expect(usingUnitsAddressed(r.snapshot.context, notice)).toEqual([BRANCH]);
    expect(recipientsFor(r.snapshot.context, notice).some((x) => x.audience === 'unit')).toBe(true);
  });

  it('M-SUSPEND-CAP: APPLY_MEASURES stopCapabilities on a using unit suspends its grants and refuses new ones to it', () => {
    let s = approved();
    const code = summarize(s).capabilities.find((c) => c.public)!.code;
    s = apply(s, { type: 'AUTHORIZE_CAPABILITY', actor: unit, code, usingUnit: BRANCH }, on('2027-01-10')).snapshot;
    s = apply(s, { type: 'ACCEPT_CAPABILITY_AUTHORIZATION', actor: { role: 'usingUnit', id: BRANCH }, code, usingUnit: BRANCH }, on('2027-01-11')).snapshot;
    const measured = apply(s, { type: 'APPLY_MEASURES', actor: officer, measures: ['stopCapabilities'], rectificationMonths: 1, findings: '越权调用', target: { usingUnit: BRANCH } }, on('2027-01-15'));
    s = measured.snapshot;
    // old main: the grant stayed 'accepted' and a new grant to it was accepted
    expect(summarize(s).capabilities.find((c) => c.code === code)!.grants).toEqual([{ usingUnit: BRANCH, status: 'suspended' }]);
    const refused = checkAt(s, { type: 'AUTHORIZE_CAPABILITY', actor: unit, code, usingUnit: BRANCH }, on('2027-01-16'));
    expect(refused).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'M-SUSPEND-CAP' });
    expect(checkAt(s, { type: 'AUTHORIZE_CAPABILITY', actor: unit, code, usingUnit: OTHER }, on('2027-01-16'))).toMatchObject({ ok: true });
    expect(usingUnitsAddressed(s.context, measured.notices[0]!)).toEqual([BRANCH]);
    const restored = apply(s, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '已整改' }, on('2027-01-20')).snapshot;
    expect(summarize(restored).capabilities.find((c) => c.code === code)!.grants).toEqual([{ usingUnit: BRANCH, status: 'accepted' }]);
  });
});
