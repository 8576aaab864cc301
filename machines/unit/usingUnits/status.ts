/**
 * The using units of a unit and their standing, read from their memberships (machines/membership):
 * what the unit's guards ask (is it served?) and what the summary shows.
 */
import { ledger, summarizeMembership, authorizedBuilder, type UsingUnitSummary } from '../../membership/index.js';
import type { UnitContext } from '../context.js';

export type UsingUnitStatus = 'requested' | 'active' | 'suspended' | 'terminated';

/** A coarse status for the unit's own rules: served (active / suspended), ended, or not yet admitted. */
export function usingUnitStatus(context: UnitContext, uscc: string): UsingUnitStatus | undefined {
  const m = context.memberships[uscc];
  if (!m || m.value === 'none') return undefined;
  if (m.value === 'active' || m.value === 'suspended') return m.value;
  if (m.value === 'ended' || m.value === 'lapsed' || m.value === 'declined') return 'terminated';
  return 'requested';
}

export function usingUnitsOf(context: UnitContext): UsingUnitSummary[] {
  return Object.values(context.memberships).map(summarizeMembership);
}

/** O-03: the relationship ledger, kept after memberships end. */
export function relationshipLedger(context: UnitContext) {
  return ledger(Object.values(context.memberships));
}

/** Annex 4, E-AUTH-*: the authorized builder, its eligibility and the DCU's joint liability. */
export function builderOf(context: UnitContext) {
  return context.submission ? authorizedBuilder(context.submission, context.policy) : null;
}
