/**
 * A chart guard as one named thing, for every chart of machines/ (the unit's and the membership's):
 * its predicate, the rule it enforces and the reason a command is refused when it fails, side by
 * side (issue 11). A refusal is built from the guard that actually returned false (`furthestFailure`),
 * never from a restatement of the chart.
 */
import type { UnmetCondition } from './rejection.js';

/** A guard over a chart's guard arguments `A`: `test` decides, `rule` is the rule id it enforces, `refuse` says why when `test` is false. */
export interface GuardOf<A, P = undefined> {
  /** the rule id, or a function of the event where the guard serves several rules (e.g. the command's own) */
  rule: string | ((args: A) => string);
  test: (args: A, params: P) => boolean;
  /** the reason given to the sender when `test` returned false (plain English, dates CST) */
  refuse: (args: A, params: P) => string;
  /** the unmet access conditions behind the refusal, each with its rule id (the rejection's `unmet`), where conditions refuse */
  unmet?: (args: A, params: P) => UnmetCondition[];
}

/** A guard a transition requires, resolved: its name, the guard and the params the transition passes. */
export interface ResolvedGuard<A, N extends string = string> {
  name: N;
  guard: GuardOf<A, unknown>;
  params: unknown;
}

/** A refusal built from a failing guard: its name, params, rule id and reason. */
export interface GuardRefusal<N extends string = string> {
  guard: N;
  params?: unknown;
  ruleId: string;
  reason: string;
  /** every unmet access condition, when conditions refused (empty otherwise) */
  unmet: UnmetCondition[];
}

/** The rule id a guard names for these arguments. */
export function ruleOfGuard<A>(g: GuardOf<A, unknown>, args: A): string {
  return typeof g.rule === 'string' ? g.rule : g.rule(args);
}

/**
 * The refusal of the candidate transition that got furthest: for each candidate (its guards in
 * order), the first guard that returns false; the candidate with most guards passed before it wins
 * (the first such on a tie). Null when no candidate has a failing guard.
 */
export function furthestFailure<A, N extends string>(candidates: readonly (readonly ResolvedGuard<A, N>[])[], args: A): GuardRefusal<N> | null {
  let best: { refusal: GuardRefusal<N>; passed: number } | null = null;
  for (const refs of candidates) {
    const passed = refs.findIndex(({ guard, params }) => !guard.test(args, params));
    if (passed < 0 || (best && best.passed >= passed)) continue;
    const { name, guard, params } = refs[passed]!;
    best = { passed, refusal: { guard: name, params, ruleId: ruleOfGuard(guard, args), reason: guard.refuse(args, params), unmet: guard.unmet?.(args, params) ?? [] } };
  }
  return best?.refusal ?? null;
}

/** Is `x` a guard reference into `table`: a guard's name, or `{ type: name, params }`? */
export function isGuardRefIn(table: object, x: unknown): boolean {
  const isName = (n: unknown) => typeof n === 'string' && n in table;
  return isName(x) || (typeof x === 'object' && x !== null && 'type' in x && isName(x.type));
}

/**
 * The guards a transition requires, in order, read from its `guard`: none, one reference, or the
 * chart's `when(...)` (`{ type: 'when', params: { guards } }`); null when it uses a guard this cannot
 * read (e.g. xstate's `not`).
 */
export function guardRefsIn<R>(guard: unknown, isRef: (x: unknown) => x is R): R[] | null {
  if (guard === undefined) return [];
  if (isRef(guard)) return [guard];
  if (typeof guard === 'object' && guard !== null && 'type' in guard && guard.type === 'when' && 'params' in guard) {
    const params: unknown = guard.params;
    const refs: unknown = typeof params === 'object' && params !== null && 'guards' in params ? params.guards : null;
    return Array.isArray(refs) && refs.every(isRef) ? refs : null;
  }
  return null;
}
