/**
 * Issue 18: a policy version previewed on, and rolled out to, every live unit.
 *
 * `previewPolicy` reads each unit's persisted state (query `persisted`, access-controlled) and runs
 * the chart's own deadline projection before and after the adoption (machines/unit/policyPreview.ts):
 * pure, nothing changes. `adoptPolicy` sends `ADOPT_POLICY` through the fan-out (bounded concurrency),
 * idempotent by version id: a unit that already follows the version refuses it (the chart's guard)
 * and is reported `skipped`, so a re-run resumes where an interrupted one stopped.
 */
import { toCstInstant } from '../machines/calendar.js';
import type { Policy } from '../machines/policy.js';
import type { Actor } from '../machines/schemas/actor.js';
import { previewUnit, summarizePreview, type PreviewSummary, type UnitPreview } from '../machines/unit/policyPreview.js';
import type { FanOutResult, LeqiClient, UnitListing } from './client.js';
import { LeqiError } from './errors.js';
import { mapBounded } from './pool.js';
import type { ListFilter } from './listing.js';

/** A preview of one version over the units a filter lists. */
export interface PolicyPreview {
  version: string;
  effectiveOn: string | null;
  /** the instant the preview was computed for (the workflow clock's now, or the effective date) */
  now: string;
  summary: PreviewSummary;
  units: UnitPreview[];
}

export interface RolloutOptions {
  /** which units (default: every unit not closed) */
  filter?: ListFilter;
  /** how many units at once (default 8) */
  concurrency?: number;
  /** called once per unit (progress bar) */
  onUnit?: () => void;
  /** called with the number of units once they are listed (preview) */
  onTotal?: (total: number) => void;
  /** the clock the preview assumes (default: this machine's now) */
  now?: string;
}

/**
 * Whether a listed workflow holds a unit: one whose first command was refused (a `SUBMIT_APPLICATION`
 * or `IMPORT_UNIT` sent by update-with-start and rejected, which leaves the started workflow
 * waiting in `prospect` with no application) is no unit to preview or move. A unit whose phase is
 * not yet visible (`null`) is kept.
 */
const holdsUnit = (unit: UnitListing): boolean => unit.phase !== 'prospect';

/** The dry run: what `policy` would change in each live unit; changes nothing. */
export async function previewPolicy(client: LeqiClient, policy: Policy, reader: Actor, options: RolloutOptions = {}): Promise<PolicyPreview> {
  const now = options.now ?? toCstInstant(Date.now());
  const listed = (await client.list(options.filter ?? {})).filter(holdsUnit);
  options.onTotal?.(listed.length);
  const units = await mapBounded(listed, options.concurrency ?? 8, async (unit) => {
    const preview = previewUnit(await client.persisted(unit.unitId, reader), policy, now);
    options.onUnit?.();
    return preview;
  });
  units.sort((a, b) => a.unitId.localeCompare(b.unitId));
  return { version: policy.version, effectiveOn: policy.effectiveOn, now, summary: summarizePreview(units), units };
}

/** The rollout: `ADOPT_POLICY` to every listed unit; already adopted → `skipped` (idempotent by version id). */
export async function adoptPolicy(client: LeqiClient, policy: Policy, actor: Actor, options: RolloutOptions = {}): Promise<FanOutResult[]> {
  const strays = new Set<string>();
  const results = await client.fanOut(options.filter ?? {}, (unit) => (holdsUnit(unit) ? { type: 'ADOPT_POLICY', actor, policy } : (strays.add(unit.unitId), null)), {
    concurrency: options.concurrency ?? 8,
    onResult: () => options.onUnit?.(),
  });
  return results.filter((r) => !strays.has(r.unitId)).map((r) => (r.outcome === 'rejected' && r.message.includes(`already follows policy version ${policy.version}`) ? { unitId: r.unitId, outcome: 'skipped' } : r));
}

