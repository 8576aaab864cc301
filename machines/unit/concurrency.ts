/** One concurrency model (T-04, S-03, S-06): a base and restrictions; the minimum wins. */
import type { Restriction, UnitContext } from './context.js';

export function effectiveLimit(concurrency: UnitContext['concurrency']): number {
  return Math.min(concurrency.base, ...concurrency.restrictions.map((r) => r.limit));
}

/** Adds or replaces the restriction with the same id; others are untouched. */
export function restrict(concurrency: UnitContext['concurrency'], restriction: Restriction): UnitContext['concurrency'] {
  return { ...concurrency, restrictions: [...concurrency.restrictions.filter((r) => r.id !== restriction.id), restriction] };
}

/** Lifts one restriction; lifting one never lifts another. */
export function lift(concurrency: UnitContext['concurrency'], id: string): UnitContext['concurrency'] {
  return { ...concurrency, restrictions: concurrency.restrictions.filter((r) => r.id !== id) };
}

/** the ids of the restrictions this chart manages */
export const RENEWAL_LADDER = 'renewal-ladder';
export const OFFICER_LEVEL = 'officer-level';
