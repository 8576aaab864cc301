/** One concurrency model (T-04, S-03, S-06): a base and restrictions; the minimum wins. */
import type { Restriction, TermSlice } from './slice.js';

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
