/**
 * The using units of a unit and their standing: those named with the application (P-ONB-08),
 * as the cases (S-05, S-07, S-08 with a target) and filings (P-TRM-01) left them.
 */
import type { UnitContext } from './context.js';

export type UsingUnitStatus = 'requested' | 'active' | 'suspended' | 'terminated';

export function usingUnitStatus(context: UnitContext, uscc: string): UsingUnitStatus | undefined {
  const unit = (context.submission?.application.usingUnits ?? []).find((u) => u.uscc === uscc);
  if (!unit) return undefined;
  const mine = context.cases.filter((c) => c.target?.usingUnit === uscc);
  if (context.termination || context.endedUsingUnits.some((e) => e.uscc === uscc) || mine.some((c) => c.outcome === 'terminated')) return 'terminated';
  if (mine.some((c) => c.status === 'open' && c.measures.includes('suspendAccess'))) return 'suspended';
  return context.term ? 'active' : 'requested';
}

export function usingUnitsOf(context: UnitContext): { uscc: string; name: string; status: UsingUnitStatus }[] {
  return (context.submission?.application.usingUnits ?? []).map((u) => ({ uscc: u.uscc, name: u.name, status: usingUnitStatus(context, u.uscc)! }));
}
