/**
 * Issue 18: the dry run of a policy version on live units (preview), pure: the chart's own deadline
 * projection on each unit's current state before and after `adoptPolicy` (policyCommands.ts), so
 * preview and reality cannot disagree.
 *
 * The adoption rule: the new values apply from the adoption instant on and never retroactively.
 * - Dates a decision already fixed and notified (term end, renewal due date, case windows,
 *   obligation due dates) stay as they are; deadlines the chart derives from the policy at projection
 *   time (reminders, ladder steps, warnings, escalations, closing) follow the new values.
 * - A deadline already fired stays fired (its key is in `done`); the same deadline moved to another
 *   date (same key up to its date) is not fired again.
 * - A deadline the new values place before the adoption instant that had not fired fires AT the
 *   adoption instant (`policyFrom`), once; the preview lists it as "fires at adoption".
 * - The unit's own base concurrency (set at approval) is kept; levels already applied stay.
 * The preview is the same function on each unit's current state, so preview and reality agree.
 */
import { startOf } from '../calendar.js';
import { adoptionRefusal, adoptPolicy } from './policyCommands.js';
import { policyVersion, type Policy } from '../policy.js';
import type { UnitContext } from './context.js';
import type { Deadline } from './deadline.js';
import { deadlines } from './deadlines.js';
import { catchUp, restore, type PersistedUnit } from './engine.js';
import { phaseOf } from './phase.js';

/** The adoption instant a preview assumes: now, or 00:00 CST of the effective date when that is later. */
export function adoptionInstant(policy: Policy, now: string): string {
  const from = policy.effectiveOn ? startOf(policy.effectiveOn) : now;
  return Date.parse(from) > Date.parse(now) ? from : now;
}

/** One change the new version would make to one unit. */
export interface PreviewRow {
  unitId: string;
  /** the deadline kind (`renewalReminder`, `throttleStep`…) or `throttleStep level` */
  what: string;
  /** the case, obligation or using unit it belongs to, if any */
  ref: string | null;
  /** an instant (deadlines) or a percentage (levels); null: none before / none after */
  before: string | null;
  after: string | null;
  ruleId: string;
  /** `fires at adoption` for a deadline moved into the past that had not fired */
  note: string | null;
}

/** The preview of one unit: its phase, versions and rows. */
export interface UnitPreview {
  unitId: string;
  phase: string;
  from: string;
  to: string;
  /** the adoption instant assumed */
  at: string;
  rows: PreviewRow[];
  /** why the unit would refuse the adoption (e.g. already on that version), or null */
  refused: string | null;
}

const identity = (d: Deadline): string => [d.what, d.ruleId, d.ref ?? '', d.step ?? '', d.sub ?? '', d.period ?? ''].join('|');

/** Pairs two deadline lists by identity (kind, rule, ref, step, period), in order within each identity. */
function pair(before: Deadline[], after: Deadline[]): [Deadline | null, Deadline | null][] {
  const groups = new Map<string, { b: Deadline[]; a: Deadline[] }>();
  for (const d of before) (groups.get(identity(d)) ?? groups.set(identity(d), { b: [], a: [] }).get(identity(d))!).b.push(d);
  for (const d of after) (groups.get(identity(d)) ?? groups.set(identity(d), { b: [], a: [] }).get(identity(d))!).a.push(d);
  return [...groups.values()].flatMap(({ b, a }) => Array.from({ length: Math.max(b.length, a.length) }, (_, i) => [b[i] ?? null, a[i] ?? null] as [Deadline | null, Deadline | null]));
}

const pct = (f: number | undefined): string | null => (f === undefined ? null : `${Math.round(f * 100)}%`);

/** The changes adopting `policy` at `at` makes to the unit's deadlines and future ladder levels, earliest first. */
export function previewChanges(context: UnitContext, policy: Policy, at: string): PreviewRow[] {
  const after = adoptPolicy(context, policy, at);
  const rows: PreviewRow[] = [];
  for (const [b, a] of pair(deadlines(context), deadlines(after))) {
    const d = (a ?? b)!;
    const ref = d.ref ?? null;
    if (b?.at !== a?.at) {
      const moved = a !== null && b !== null && a.at === at && Date.parse(b.at) !== Date.parse(at) && a.key !== b.key;
      rows.push({ unitId: context.unitId, what: d.what, ref, before: b?.at ?? null, after: a?.at ?? null, ruleId: d.ruleId, note: moved || (a && !b && a.at === at) ? 'fires at adoption' : null });
    }
    if (d.what === 'throttleStep' && a && b) {
      const [fb, fa] = [context.policy.ladder[b.step ?? 0]?.fraction, policy.ladder[a.step ?? 0]?.fraction];
      if (fb !== fa) rows.push({ unitId: context.unitId, what: 'throttleStep level', ref, before: pct(fb), after: pct(fa), ruleId: 'S-03', note: null });
    }
  }
  return rows.sort((x, y) => (x.after ?? x.before ?? '').localeCompare(y.after ?? y.before ?? ''));
}

/** The preview of one unit from its persisted state (query `persisted`), caught up to the adoption instant first. */
export function previewUnit(persisted: PersistedUnit, policy: Policy, now: string): UnitPreview {
  const at = adoptionInstant(policy, now);
  const snapshot = catchUp(restore(persisted), Date.parse(at)).snapshot;
  const { context } = snapshot;
  const refused = adoptionRefusal(context, policy, at);
  const base = { unitId: context.unitId, phase: phaseOf(snapshot), from: policyVersion(context.policy), to: policy.version, at };
  if (snapshot.status === 'done') return { ...base, rows: [], refused: 'the record is closed' };
  return { ...base, rows: refused ? [] : previewChanges(context, policy, at), refused };
}

/** The preview's summary counts. */
export interface PreviewSummary {
  units: number;
  unitsChanged: number;
  refused: number;
  rows: number;
  firesAtAdoption: number;
  byWhat: Record<string, number>;
}

export function summarizePreview(units: readonly UnitPreview[]): PreviewSummary {
  const rows = units.flatMap((u) => u.rows);
  const byWhat: Record<string, number> = {};
  for (const r of rows) byWhat[r.what] = (byWhat[r.what] ?? 0) + 1;
  return { units: units.length, unitsChanged: units.filter((u) => u.rows.length > 0).length, refused: units.filter((u) => u.refused).length, rows: rows.length, firesAtAdoption: rows.filter((r) => r.note === 'fires at adoption').length, byWhat };
}
