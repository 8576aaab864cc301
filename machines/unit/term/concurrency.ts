/** One concurrency model (T-04, S-03, S-06): a base and restrictions; the minimum wins. */
import type { Restriction, TermSlice } from './slice.js';
import type { UnitContext } from '../context.js';

export function effectiveLimit(concurrency: TermSlice['concurrency']): number {
  return Math.min(concurrency.base, ...concurrency.restrictions.map((r) => r.limit));
}

/** Adds or replaces the restriction with the same id; others are untouched. */
export function restrict(concurrency: TermSlice['concurrency'], restriction: Restriction): TermSlice['concurrency'] {
  return { ...concurrency, restrictions: [...concurrency.restrictions.filter((r) => r.id !== restriction.id), restriction] };
}

/** Lifts one restriction; lifting one never lifts another. */
export function lift(concurrency: TermSlice['concurrency'], id: string): TermSlice['concurrency'] {
  return { ...concurrency, restrictions: concurrency.restrictions.filter((r) => r.id !== id) };
}

/** the ids of the restrictions this chart manages */
export const RENEWAL_LADDER = 'renewal-ladder';
export const OFFICER_LEVEL = 'officer-level';
/** the restriction a terminated unit carries: nothing may run any more */
export const TERMINATED = 'terminated';

/** A terminated unit's concurrency: 0, citing the rule that ended it (T-03, T-08, S-08, T-09, M-TERMINATE). */
export function terminatedLimit(context: Pick<UnitContext, 'concurrency' | 'termination'>): TermSlice['concurrency'] {
  const { termination } = context;
  return restrict(context.concurrency, { id: TERMINATED, ruleId: termination?.ruleId ?? 'M-TERMINATE', limit: 0, since: termination?.at ?? '', reason: `terminated: ${termination?.reason ?? 'the unit ended'}` });
}
