/**
 * The using units of a unit and their standing, read from their memberships (machines/membership):
 * what the unit's guards ask (is it served?) and what the summary shows.
 */
import { ledger, summarizeMembership, authorizedBuilder, type UsingUnitSummary } from '../../membership/index.js';
import type { UnitContext } from '../context.js';
import { accessSuspended, usingUnitLimit } from '../compliance/cases.js';

export type UsingUnitStatus = 'requested' | 'active' | 'suspended' | 'terminated';

/** A coarse status for the unit's own rules: served (active / suspended), ended, or not yet admitted. */
export function usingUnitStatus(context: UnitContext, uscc: string): UsingUnitStatus | undefined {
  const m = context.memberships[uscc];
  if (!m || m.value === 'none') return undefined;
  if (m.value === 'active' || m.value === 'suspended') return m.value;
  if (m.value === 'ended' || m.value === 'lapsed' || m.value === 'declined') return 'terminated';
  return 'requested';
}

/**
 * Whether a using unit is served now: `served`; `suspended` (its own membership, S-05/S-07);
 * `suspendedThroughDcu` (its membership is active but the DCU's access is suspended, M-SUSPEND-ACCESS);
 * `none` (not admitted, or ended).
 */
export type UsingUnitService = 'served' | 'suspended' | 'suspendedThroughDcu' | 'none';

export function usingUnitsOf(context: UnitContext): (UsingUnitSummary & { service: UsingUnitService; limit: number | null })[] {
  const dcuSuspended = accessSuspended(context);
  return Object.values(context.memberships).map((m) => {
    const summary = summarizeMembership(m);
    const service: UsingUnitService = m.value === 'suspended' ? 'suspended' : m.value !== 'active' ? 'none' : dcuSuspended ? 'suspendedThroughDcu' : 'served';
    // S-06 on this using unit: its own level (null: it shares the DCU's)
    return { ...summary, service, limit: m.value === 'active' ? usingUnitLimit(context, m.context.uscc) : null };
  });
}

/** O-03: the relationship ledger, kept after memberships end. */
export function relationshipLedger(context: UnitContext) {
  return ledger(Object.values(context.memberships));
}

/** Annex 4, E-AUTH-*: the authorized builder, its eligibility and the DCU's joint liability. */
export function builderOf(context: UnitContext) {
  return context.submission ? authorizedBuilder(context.submission, context.policy) : null;
}
