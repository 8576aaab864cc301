/**
 * One guard of the unit chart as one named thing: its predicate, the rule it enforces and the
 * reason a command is refused when it fails, side by side (issue 11). The chart (via `when`,
 * guards.ts) evaluates `test`; a refused command is told `refuse` of the guard that returned false
 * in its state (refusal.ts), never a restatement.
 */
import type { GuardOf } from '../guard.js';
import type { UnitContext } from './context.js';
import { governingRule, type UnitEvent } from './events.js';

/** What a guard sees: the unit's context and the event (a command stamped with `at`, or a deadline). */
export interface GuardArgs {
  context: UnitContext;
  event: UnitEvent;
}

/** A guard of the unit chart (machines/guard.ts): `test` decides, `rule` is the rule id it enforces, `refuse` says why when `test` is false. */
export type Guard<P = undefined> = GuardOf<GuardArgs, P>;

/** Declares a guard (identity: it only fixes the params type). */
export function guard<P = undefined>(g: Guard<P>): Guard<P> {
  return g;
}

/** The rule the event itself is governed by: a deadline's own, or the command's (events.ts `governingRule`). */
export function eventRule({ event }: GuardArgs): string {
  return event.type === 'DEADLINE' ? event.ruleId : governingRule[event.type];
}

/** A string field of the event, if this event type has one (commands differ in their fields). */
export function fieldOf(event: UnitEvent, key: 'code' | 'usingUnit' | 'caseId' | 'ref' | 'period' | 'version'): string | undefined {
  const value: unknown = Reflect.get(event, key);
  return typeof value === 'string' ? value : undefined;
}

/** The using unit a case command targets (contract `target`), if any. */
export function targetOf(event: UnitEvent): string | undefined {
  return 'target' in event && event.target ? event.target.usingUnit : undefined;
}
