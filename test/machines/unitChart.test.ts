import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy, type PolicyOverrides } from '../../machines/policy.js';
import { check, deadlineEvent, dueDeadlines, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { allowedRoles } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';
import { commandTypes } from '../../machines/schemas/commands.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u1' } as const;

/** Applies commands (checked like the workflow does) and returns the snapshot. */
function run(events: (Record<string, unknown> & { at: string })[], policy: PolicyOverrides = {}): UnitSnapshot {
  let snapshot = start({ unitId: UNIT, policy: makePolicy(policy) });
  for (const { at, ...command } of events) {
    const checked = check(snapshot, command, at);
    if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
    snapshot = step(snapshot, { ...checked.command, at } as UnitEvent).snapshot;
  }
  return snapshot;
}

/** Fires every deadline due up to `until`, in order, like the workflow's clock. */
function fireUntil(snapshot: UnitSnapshot, until: string): { snapshot: UnitSnapshot; fired: [string, string, string][] } {
  const fired: [string, string, string][] = [];
  for (;;) {
    const due = dueDeadlines(snapshot, Date.parse(until))[0];
    if (!due) return { snapshot, fired };
    const result = step(snapshot, deadlineEvent(due));
    if (!['obligationDue', 'membership'].includes(due.what)) fired.push([due.what, result.ruleId, due.at]);
    snapshot = result.snapshot;
  }
}

const submitted = { type: 'SUBMIT_APPLICATION', actor: unit, ...example, at: '2027-03-01T09:00:00+08:00' };
const approved = { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', at: '2027-03-15T10:00:00+08:00' };

describe('unit chart: onboarding (P-ONB-02, P-ONB-04, T-01)', () => {
  it('P-ONB-02: a prospect accepts only SUBMIT_APPLICATION', () => {
    const prospect = start({ unitId: UNIT, policy: makePolicy() });
    const legal = commandTypes.filter((type) => prospect.can({ type, actor: { role: allowedRoles[type][0]! , id: 'x' }, ...example, at: submitted.at } as never));
    expect(legal).toEqual(['SUBMIT_APPLICATION']);
  });

  it('P-ONB-02: an application for another unit is illegal here', () => {
    const prospect = start({ unitId: '91510100MA6CEXB02X', policy: makePolicy() });
    const result = check(prospect, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, submitted.at);
    expect(result).toMatchObject({ ok: false, type: 'IllegalTransition' });
  });

  it('P-ONB-04: return → resubmit → approve, each with its rule id', () => {
    let s = run([submitted]);
    const ret = step(s, { type: 'RETURN_APPLICATION', actor: officer, opinion: '补正', reasons: ['缺材料'], at: '2027-03-05T10:00:00+08:00' });
    expect([ret.from, ret.to, ret.ruleId]).toEqual(['underReview', 'returned', 'P-ONB-04']);
    expect(ret.notices.map((n) => n.template)).toEqual(['applicationReturned']);
    s = ret.snapshot;
    expect(check(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: 'x' }, approved.at)).toMatchObject({ ok: false, type: 'IllegalTransition' });
    const re = step(s, { type: 'RESUBMIT_APPLICATION', actor: unit, at: '2027-03-06T10:00:00+08:00' });
    expect([re.from, re.to, re.ruleId]).toEqual(['returned', 'underReview', 'P-ONB-04']);
    const ok = step(re.snapshot, { ...approved, type: 'APPROVE_APPLICATION' } as UnitEvent);
    expect([ok.from, ok.to, ok.ruleId]).toEqual(['underReview', 'active', 'T-01']);
  });

  it.each([
    ['C', '2027-03-15', '2029-03-15', '2028-12-15'],
    ['A', '2027-03-15', '2028-12-31', '2028-09-30'],
    ['B', '2027-03-15', '2029-12-31', '2029-09-30'],
    ['C', '2028-02-29', '2030-02-28', '2029-11-28'],
  ] as const)('T-01/T-02: reading %s, approved %s → last day %s, renewal due %s', (reading, on, endsOn, dueOn) => {
    const s = run([submitted, { ...approved, at: `${on}T10:00:00+08:00` }], { termEndReading: reading });
    expect(summarize(s).term).toMatchObject({ startsOn: on, endsOn, renewalDueOn: dueOn });
  });

  it('T-01: the officer’s termEndsOn wins over every reading', () => {
    const s = run([submitted, { ...approved, termEndsOn: '2028-06-30' }], { termEndReading: 'B' });
    expect(summarize(s).term).toMatchObject({ endsOn: '2028-06-30', renewalDueOn: '2028-03-30' });
  });

  it('T-04: the officer may set the base concurrency at approval', () => {
    const s = run([submitted, { ...approved, baseConcurrency: 40 }]);
    expect(summarize(s).concurrency).toMatchObject({ base: 40, limit: 40 });
  });
});

describe('unit chart: roles (contract)', () => {
  const s = run([submitted, approved]);
  it.each([
    ['REQUEST_RENEWAL', officer],
    ['APPROVE_RENEWAL', unit],
    ['REJECT_RENEWAL', unit],
    ['SET_CONCURRENCY', unit],
    ['TERMINATE', unit],
  ] as const)('%s by the wrong role is Forbidden', (type, actor) => {
    const result = check(s, { type, actor, opinion: 'x', extendsTo: '2031-01-01', limit: 5, reason: 'x', ruleId: 'S-08' }, '2028-01-01T00:00:00+08:00');
    expect(result).toMatchObject({ ok: false });
    // an invalid payload is reported before the role; only well-formed commands reach the role check
    if (!result.ok && result.type !== 'InvalidCommand') expect(result.type).toBe('Forbidden');
  });
});

describe('unit chart: renewal and the late-renewal ladder (T-02, S-03, T-04, T-03, T-05)', () => {
  it('S-03/T-04/T-03: with no request, reminders, three steps and termination fire on their dates', () => {
    const { snapshot, fired } = fireUntil(run([submitted, approved]), '2029-03-17T00:00:00+08:00');
    expect(fired).toEqual([
      ['renewalReminder', 'T-02', '2028-11-15T00:00:00+08:00'],
      ['renewalReminder', 'T-02', '2028-12-08T00:00:00+08:00'],
      ['throttleStep', 'S-03', '2028-12-16T00:00:00+08:00'],
      ['throttleStep', 'S-03', '2029-01-15T00:00:00+08:00'],
      ['throttleStep', 'S-03', '2029-02-15T00:00:00+08:00'],
      ['termEnd', 'T-03', '2029-03-16T00:00:00+08:00'],
    ]);
    expect(summarize(snapshot).phase).toBe('terminated');
    // issue 12 fault 12: a terminated unit shows limit 0 (the ladder's last level, 10, was shown before)
    expect(summarize(snapshot).concurrency.limit).toBe(0);
  });

  it('T-04: limit = max(1, floor(base × fraction)) for a small base', () => {
    const { snapshot } = fireUntil(run([submitted, { ...approved, baseConcurrency: 7 }]), '2029-02-16T00:00:00+08:00');
    expect(summarize(snapshot).concurrency.limit).toBe(1); // floor(7 × 0.1) = 0 → 1
  });

  it('T-04 (policy): officer-only mode reminds without throttling', () => {
    const { snapshot, fired } = fireUntil(run([submitted, approved], { ladderMode: 'officerOnly' }), '2029-02-16T00:00:00+08:00');
    expect(fired.filter(([what]) => what === 'throttleStep')).toHaveLength(3);
    expect(summarize(snapshot).concurrency.limit).toBe(100);
  });

  it('T-02: a request on the due date itself is on time (P-REN-01); the day after is late (P-REN-02)', () => {
    const onTime = step(run([submitted, approved]), { type: 'REQUEST_RENEWAL', actor: unit, at: '2028-12-15T23:59:59+08:00' });
    expect([onTime.ruleId, summarize(onTime.snapshot).term?.late]).toEqual(['P-REN-01', false]);
    const { snapshot } = fireUntil(run([submitted, approved]), '2028-12-16T08:00:00+08:00');
    const late = step(snapshot, { type: 'REQUEST_RENEWAL', actor: unit, at: '2028-12-16T08:00:00+08:00' });
    expect([late.ruleId, summarize(late.snapshot).term?.late, summarize(late.snapshot).concurrency.limit]).toEqual(['P-REN-02', true, 50]);
  });

  it('T-03 (policy liftOnRequest): a late request lifts the throttle at once', () => {
    const { snapshot } = fireUntil(run([submitted, approved], { lateRequest: 'liftOnRequest' }), '2028-12-17T00:00:00+08:00');
    const late = step(snapshot, { type: 'REQUEST_RENEWAL', actor: unit, at: '2028-12-17T00:00:00+08:00' });
    expect(summarize(late.snapshot).concurrency.limit).toBe(100);
  });

  it('T-03 (policy officerConfirms, Q-14 reading b): no request at term end escalates instead of terminating', () => {
    const { snapshot, fired } = fireUntil(run([submitted, approved], { noRequestAtTermEnd: 'officerConfirms' }), '2029-03-16T00:00:00+08:00');
    expect(fired.at(-1)).toEqual(['termEnd', 'T-03', '2029-03-16T00:00:00+08:00']);
    expect(summarize(snapshot).phase).toBe('active');
  });

  it('T-05: extendsTo must be after the current term end', () => {
    const requested = step(run([submitted, approved]), { type: 'REQUEST_RENEWAL', actor: unit, at: '2028-10-01T00:00:00+08:00' }).snapshot;
    const bad = check(requested, { type: 'APPROVE_RENEWAL', actor: officer, opinion: 'x', extendsTo: '2029-03-15' }, '2028-10-02T00:00:00+08:00');
    expect(bad).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'T-05' });
    expect(check(requested, { type: 'APPROVE_RENEWAL', actor: officer, opinion: 'x', extendsTo: '2029-03-16' }, '2028-10-02T00:00:00+08:00')).toMatchObject({ ok: true });
  });

  it('decisions.md: ladder dates already past when a short term is set are skipped, not applied', () => {
    // approved 2027-03-15 with a term ending 2027-05-10: the reminders, the due date (2027-02-10)
    // and the first two steps are past; only the 10% step of 2027-04-10 is still ahead
    const s = run([submitted, { ...approved, termEndsOn: '2027-05-10' }]);
    const what = summarize(s).nextDeadlines.filter((d) => !['obligationDue', 'membership'].includes(d.what)).map((d) => [d.what, d.at]);
    expect(what).toEqual([
      ['throttleStep', '2027-04-10T00:00:00+08:00'],
      ['termEnd', '2027-05-11T00:00:00+08:00'],
    ]);
    expect(summarize(s).concurrency.limit).toBe(100);
  });

  it('T-04: an officer’s level with replacesLadder: true replaces the ladder; later steps only remind', () => {
    const { snapshot } = fireUntil(run([submitted, approved]), '2028-12-16T00:00:00+08:00');
    expect(summarize(snapshot).concurrency.limit).toBe(50);
    const set = step(snapshot, { type: 'SET_CONCURRENCY', actor: officer, limit: 70, reason: '约谈后放宽', replacesLadder: true, at: '2028-12-20T00:00:00+08:00' });
    expect(summarize(set.snapshot).concurrency.restrictions).toEqual([expect.objectContaining({ ruleId: 'T-04', limit: 70 })]);
    const after = fireUntil(set.snapshot, '2029-02-16T00:00:00+08:00');
    expect(summarize(after.snapshot).concurrency.limit).toBe(70);
  });
});

describe('unit chart: a terminated unit (T-10, contract)', () => {
  it('T-10: stays terminated, refuses commands with the reason, and closes 6 months later', () => {
    const { snapshot } = fireUntil(run([submitted, approved]), '2029-03-16T00:00:00+08:00');
    const again = check(snapshot, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '2029-04-01T00:00:00+08:00');
    expect(again).toMatchObject({ ok: false, type: 'IllegalTransition' });
    expect(!again.ok && again.reason).toContain('ARCHIVE');
    expect(summarize(snapshot).nextDeadlines).toEqual([{ what: 'closeTerminated', ruleId: 'T-10', at: '2029-09-16T00:00:00+08:00', effect: 'closes the terminated unit’s record; the workflow completes' }]);
    const closed = fireUntil(snapshot, '2029-09-16T00:00:00+08:00').snapshot;
    expect(closed.status).toBe('done');
  });

  it('T-10: an officer may ARCHIVE earlier', () => {
    const { snapshot } = fireUntil(run([submitted, approved]), '2029-03-16T00:00:00+08:00');
    const archived = step(snapshot, { type: 'ARCHIVE', actor: officer, at: '2029-04-01T00:00:00+08:00' });
    expect([archived.ruleId, archived.snapshot.status]).toEqual(['T-10', 'done']);
  });

  it('M-TERMINATE: an officer’s TERMINATE carries the rule id it cites', () => {
    const s = run([submitted, approved]);
    const ended = step(s, { type: 'TERMINATE', actor: officer, reason: '虚开发票', ruleId: 'S-08', at: '2028-01-01T00:00:00+08:00' });
    expect([ended.ruleId, ended.to]).toEqual(['S-08', 'terminated']);
  });
});
