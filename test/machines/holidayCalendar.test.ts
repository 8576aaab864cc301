import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { officialRestDays, officialYears, snapshotCalendar } from '../../config/holidays.js';
import { policyFromJson } from '../../config/policyFile.js';
import { lastDay, type Policy } from '../../machines/policy.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';
import { main } from '../../client/cli/main.js';
import { calendarReport, movedDeadlines } from '../../client/cli/calendar.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const officer = { role: 'officer', id: 'o1', authority: '15101000000' } as const;
const unit = { role: 'unit', id: 'u1' } as const;
const system = { role: 'system', id: 'm1' } as const;

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string): UnitSnapshot {
  const checked = check(snapshot, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(snapshot, { ...checked.command, at } as UnitEvent).snapshot;
}

/** approved 2026-09-01, a risk warning on 2026-09-16: its 15-day feedback period (S-04) ends 2026-10-01 */
function warnedUnit(policy: Policy): UnitSnapshot {
  let s = start({ unitId: UNIT, policy });
  s = apply(s, { type: 'SUBMIT_APPLICATION', actor: unit, ...example }, '2026-08-20T09:00:00+08:00');
  s = apply(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, '2026-09-01T10:00:00+08:00');
  return apply(s, { type: 'ISSUE_RISK_WARNING', actor: system, indicator: 'R-7', details: 'd' }, '2026-09-16T09:00:00+08:00');
}

describe('issue 18: the official holiday calendar (chinese-days), snapshotted into the policy', () => {
  const official = policyFromJson({ version: 'cal-2026', officialCalendar: { years: [2026] } }).policy;

  it('S-04: a feedback deadline on 2026-10-01 (National Day) rolls to 2026-10-08, the first working day after the holiday, with restDays on', () => {
    expect(lastDay(official, '2026-10-01')).toBe('2026-10-08');
    const rolled = summarize(warnedUnit(official)).cases[0];
    expect(rolled).toMatchObject({ kind: 'riskWarning', dueOn: '2026-10-08' });
    // without the calendar the period ends on the holiday itself
    expect(summarize(warnedUnit(policyFromJson({}).policy)).cases[0]?.dueOn).toBe('2026-10-01');
  });

  it('Civil Code art. 203: rest days are holidays and weekends, never an adjusted working day (2026-10-10 is worked)', () => {
    const days = officialRestDays(2026)!.map((d) => d.date);
    expect(days).toEqual(expect.arrayContaining(['2026-10-01', '2026-10-07', '2026-10-11']));
    expect(days).not.toContain('2026-10-10');
    expect(days).not.toContain('2026-10-08');
    expect(official.restDayYears).toEqual([2026]);
    expect(official.calendarSource).toMatch(/^chinese-days@/);
  });

  it('issue 18: a deadline in a year the data do not cover is flagged to the officer, never a silent "no holidays"', () => {
    const uncovered = Math.max(...officialYears()) + 1;
    const loaded = policyFromJson({ officialCalendar: { years: [2026, uncovered] } });
    expect(loaded.warnings).toEqual([expect.stringContaining(`does not cover ${uncovered}`)]);
    const s = summarize(warnedUnit(loaded.policy));
    // the case's deadline (2026) is covered; the term's (2027, 2028) are not
    expect(s.calendarWarnings.map((w) => w.what)).not.toContain('caseFeedbackDue');
    expect(s.calendarWarnings).toContainEqual(expect.objectContaining({ what: 'termEnd', ruleId: 'T-03', year: 2028, warning: expect.stringContaining('does not cover 2028') }));
    expect(s.policy).toEqual({ version: 'default', effectiveOn: null, calendarSource: loaded.policy.calendarSource });
    // the option off: no rest days, no warnings
    expect(summarize(warnedUnit(policyFromJson({}).policy)).calendarWarnings).toEqual([]);
  });

  it('issue 18: a year published after the package is listed by hand and then counts as covered', () => {
    const snap = snapshotCalendar([2026, 2099], ['2099-10-01'], [2099]);
    expect(snap.uncovered).toEqual([]);
    expect(snap.restDayYears).toEqual([2026, 2099]);
    expect(snap.restDays).toContain('2099-10-01');
  });

  it('issue 18: `leqi calendar 2026` prints National Day moving to 10-08; an uncovered year warns on stderr', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), env: {} };
    expect(await main(['calendar', '2026', '--json'], io)).toBe(0);
    const report = JSON.parse(out.join('\n'));
    expect(report.runs).toContainEqual(expect.objectContaining({ from: '2026-10-01', to: '2026-10-07', movesTo: '2026-10-08' }));
    expect(err).toEqual([]);
    expect(await main(['calendar', String(Math.max(...officialYears()) + 1)], io)).toBe(0);
    expect(err.join('\n')).toMatch(/warning: .* does not cover/);
  });

  it('issue 18/S-04: the calendar lists which deadlines its rest days move: a feedback day on 2026-10-01 moves to 2026-10-08; a reminder is not a last day', () => {
    const report = calendarReport(2026);
    const summary = summarize(warnedUnit(policyFromJson({}).policy));
    const moves = movedDeadlines(report, [{ unitId: UNIT, nextDeadlines: summary.nextDeadlines }]);
    expect(moves).toEqual([{ unitId: UNIT, what: 'caseFeedbackDue', ruleId: 'S-04', at: '2026-10-02T00:00:00+08:00', lastDay: '2026-10-01', movesTo: '2026-10-08', movedAt: '2026-10-09T00:00:00+08:00' }]);
    // a unit whose policy rolls its days already has nothing on a rest day; a deadline that ends no last day is never listed
    expect(movedDeadlines(report, [{ unitId: UNIT, nextDeadlines: summarize(warnedUnit(official)).nextDeadlines }])).toEqual([]);
    expect(movedDeadlines(report, [{ unitId: UNIT, nextDeadlines: [{ at: '2026-10-02T00:00:00+08:00', what: 'renewalReminder', ruleId: 'T-02' }] }])).toEqual([]);
  });
});
