import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { addDays, startOf } from '../../machines/calendar.js';
import { makePolicy, Policy } from '../../machines/policy.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import { catchUp, check, persist, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { previewUnit, summarizePreview } from '../../machines/unit/policyPreview.js';
import { phaseOf } from '../../machines/unit/phase.js';
import { summarize } from '../../machines/unit/summary.js';
import { usccWithCheck } from '../../machines/uscc.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unitActor = { role: 'unit', id: 'u1' } as const;
const system = { role: 'system', id: 'rollout' } as const;
const NOW = '2028-12-20T09:00:00+08:00';

/** the next version: other reminders, a steeper and earlier ladder, shorter warnings, escalations and closing */
const v2 = makePolicy({
  version: 'sc-2029.1',
  effectiveOn: '2028-12-20',
  renewalReminders: [{ from: 'renewalDueOn', days: -14 }],
  ladder: [
    { fraction: 0.4, from: 'renewalDueOn', days: 1 },
    { fraction: 0.2, from: 'termEndsOn', months: -2, days: -10 },
    { fraction: 0.1, from: 'termEndsOn', months: -1 },
  ],
  windowWarningDaysBefore: 10,
  pendingDecisionEscalationDays: 10,
  closeTerminatedAfterMonths: 3,
});

function run(s: UnitSnapshot, command: Record<string, unknown>, at: string): UnitSnapshot {
  const caught = catchUp(s, Date.parse(at)).snapshot;
  const checked = check(caught, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(caught, { ...checked.command, at } as UnitEvent).snapshot;
}

/** 50 units in different phases, built with the pure engine: approvals every 15 days from 2026-10-01 */
function fleet(): UnitSnapshot[] {
  return Array.from({ length: 50 }, (_, i) => {
    const uscc = usccWithCheck(`91510100MA6C${String(10000 + i).padStart(5, '0')}`);
    const app = JSON.parse(JSON.stringify(example).replaceAll(example.application.dcuUscc, uscc));
    const approvedOn = addDays('2026-10-01', 15 * i);
    let s = start({ unitId: uscc, policy: makePolicy() });
    s = run(s, { type: 'SUBMIT_APPLICATION', actor: unitActor, ...app }, `${addDays(approvedOn, -10)}T09:00:00+08:00`);
    if (i % 10 === 9) return catchUp(s, Date.parse(NOW)).snapshot; // still under review (T-18 ageing)
    s = run(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, `${approvedOn}T10:00:00+08:00`);
    const later = `${addDays(approvedOn, 200)}T10:00:00+08:00`;
    if (Date.parse(later) < Date.parse(NOW)) {
      if (i % 5 === 1) s = run(s, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: 'f', rectificationMonths: 3 }, later);
      if (i % 5 === 2) s = run(s, { type: 'ISSUE_RISK_WARNING', actor: system, indicator: 'R-7', details: 'd' }, later);
    }
    const requestAt = addDays(NOW.slice(0, 10), -3);
    if (i % 5 === 3 && s.context.term && requestAt >= s.context.term.startsOn) {
      const caught = catchUp(s, Date.parse(`${requestAt}T09:00:00+08:00`)).snapshot;
      if (phaseOf(caught) === 'active') s = run(caught, { type: 'REQUEST_RENEWAL', actor: unitActor }, `${requestAt}T09:00:00+08:00`);
    }
    return catchUp(s, Date.parse(NOW)).snapshot;
  });
}

const key = (what: string, at: string | null) => `${what}@${at}`;
const count = (xs: string[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>());

describe('issue 18: policy preview (dry run) over live units', () => {
  const units = fleet();

  it('P-VER-02: 50 live units in different phases: the preview lists exactly the changes ADOPT_POLICY makes in the pure engine', () => {
    const phases = new Set(units.map(phaseOf));
    expect([...phases].sort()).toEqual(expect.arrayContaining(['active', 'suspended', 'terminated', 'underReview']));
    const late = units.filter((u) => u.context.term?.late || u.context.concurrency.restrictions.some((r) => r.ruleId === 'S-03'));
    expect(late.length).toBeGreaterThan(0);
    const previews = units.map((u) => previewUnit(persist(u), v2, NOW));
    for (const [i, u] of units.entries()) {
      const preview = previews[i]!;
      if (u.status === 'done') continue;
      // reality: the command itself, through the chart
      const adopted = run(u, { type: 'ADOPT_POLICY', actor: system, policy: v2 }, NOW);
      const before = deadlines(u.context).map((d) => key(d.what, d.at));
      const after = deadlines(adopted.context).map((d) => key(d.what, d.at));
      const moves = preview.rows.filter((r) => r.what !== 'throttleStep level');
      // before − preview's "before" + preview's "after" = reality after, as multisets
      const predicted = count(before);
      for (const r of moves) if (r.before) predicted.set(key(r.what, r.before), predicted.get(key(r.what, r.before))! - 1);
      for (const r of moves) if (r.after) predicted.set(key(r.what, r.after), (predicted.get(key(r.what, r.after)) ?? 0) + 1);
      expect(new Map([...predicted].filter(([, n]) => n !== 0)), u.context.unitId).toEqual(count(after));
      expect(summarize(adopted).policy.version).toBe('sc-2029.1');
    }
    const summary = summarizePreview(previews);
    expect(summary.units).toBe(50);
    expect(summary.unitsChanged).toBeGreaterThan(10);
    expect(summary.byWhat).toMatchObject({ renewalReminder: expect.any(Number), decisionAgeing: expect.any(Number) });
  });

  it('P-VER-02: a unit mid-term moves its reminder and ladder dates, and the level of each future step', () => {
    // approved 2027-09-26 (i = 24): term to 2029-09-26, renewal due 2029-06-26
    const u = units[24]!;
    expect(u.context.term).toMatchObject({ endsOn: '2029-09-26', renewalDueOn: '2029-06-26' });
    const rows = previewUnit(persist(u), v2, NOW).rows;
    expect(rows).toEqual(
      expect.arrayContaining([
        { unitId: u.context.unitId, what: 'renewalReminder', ref: null, before: startOf('2029-05-26'), after: startOf('2029-06-12'), ruleId: 'T-02', note: null },
        { unitId: u.context.unitId, what: 'renewalReminder', ref: null, before: startOf('2029-06-19'), after: null, ruleId: 'T-02', note: null },
        { unitId: u.context.unitId, what: 'throttleStep', ref: null, before: startOf('2029-07-26'), after: startOf('2029-07-16'), ruleId: 'S-03', note: null },
        { unitId: u.context.unitId, what: 'throttleStep level', ref: null, before: '50%', after: '40%', ruleId: 'S-03', note: null },
        { unitId: u.context.unitId, what: 'throttleStep level', ref: null, before: '25%', after: '20%', ruleId: 'S-03', note: null },
      ]),
    );
  });

  it('P-VER-02: never retroactive — a step the new values place before the adoption fires AT the adoption instant, and a fired step does not fire again', () => {
    // a late unit whose step 1 fired under the old values; v2 moves step 2 ten days earlier, into the past
    const late = units.find((u) => {
      const t = u.context.term;
      return t && t.renewal === 'notRequested' && u.context.done.some((k) => k.startsWith('T-04:step1:')) && !u.context.done.some((k) => k.startsWith('T-04:step2:')) && Date.parse(`${addDays(t.endsOn, -70)}T00:00:00+08:00`) < Date.parse(NOW);
    });
    expect(late, 'a late unit between step 1 and step 2').toBeDefined();
    const rows = previewUnit(persist(late!), v2, NOW).rows;
    const step2 = rows.find((r) => r.what === 'throttleStep' && r.note === 'fires at adoption');
    expect(step2).toMatchObject({ after: NOW, ruleId: 'S-03' });
    expect(rows.some((r) => r.what === 'throttleStep' && r.before !== null && Date.parse(r.before) < Date.parse(NOW))).toBe(false);
    const adopted = catchUp(run(late!, { type: 'ADOPT_POLICY', actor: system, policy: v2 }, NOW), Date.parse(NOW)).snapshot;
    // step 1 (50%) applied under the old values; step 2 applies the new 20% at the adoption instant, once
    expect(late!.context.concurrency.restrictions).toEqual([expect.objectContaining({ ruleId: 'S-03', limit: 50 })]);
    expect(adopted.context.concurrency.restrictions).toEqual([expect.objectContaining({ ruleId: 'S-03', limit: 20, since: NOW })]);
    expect(deadlines(adopted.context).some((d) => d.what === 'throttleStep' && Date.parse(d.at) <= Date.parse(NOW))).toBe(false);
  });

  it('P-VER-02: the same version again, or before its effective date, is refused with its reason', () => {
    const u = units[24]!;
    const adopted = run(u, { type: 'ADOPT_POLICY', actor: system, policy: v2 }, NOW);
    const again = check(adopted, { type: 'ADOPT_POLICY', actor: system, policy: v2 }, NOW);
    expect(again).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'P-VER-02', reason: expect.stringContaining('already follows policy version sc-2029.1') });
    const early = check(u, { type: 'ADOPT_POLICY', actor: system, policy: v2 }, '2028-12-19T23:00:00+08:00');
    expect(early).toMatchObject({ ok: false, ruleId: 'P-VER-02', reason: expect.stringContaining('takes effect on 2028-12-20') });
    const wrongOfficer = check(u, { type: 'ADOPT_POLICY', actor: officer, policy: v2 }, NOW);
    expect(wrongOfficer).toMatchObject({ ok: false, type: 'Forbidden' });
  });
});

describe('a policy version names real calendar days (issue 18)', () => {
  it('P-VER-02, S-04: an effectiveOn or a listed rest day that is no calendar day (2026-02-31) is refused, naming the field', () => {
    // before: both were checked only against the pattern YYYY-MM-DD, so "2026-02-31" was a valid effective date
    for (const [input, path] of [
      [{ version: 'v9', effectiveOn: '2026-02-31' }, ['effectiveOn']],
      [{ version: 'v9', restDays: ['2026-10-01', '2026-13-01'] }, ['restDays', 1]],
    ] as const) {
      const parsed = Policy.safeParse(input);
      expect(parsed.success, JSON.stringify(input)).toBe(false);
      expect(parsed.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([{ path, message: 'no such calendar day' }]);
    }
    expect(Policy.parse({ version: 'v9', effectiveOn: '2028-02-29', restDays: ['2026-10-01'] }).effectiveOn).toBe('2028-02-29');
  });
});
