/**
 * Behaviour changes that an old history must not see (the rule "every committed history replays").
 *
 * Command gates name the command types whose effect they change. Before applying such a command
 * the workflow asks `patched(gate)` (workflows/unit.ts); a history written before the change
 * answers false, and the command's event carries the gate in `legacy`, so the chart keeps the old
 * effect for it.
 *
 * Run gates change what deadlines exist and which commands are legal, so one event cannot carry
 * them: the workflow asks `patched(gate)` once when a run starts and keeps the answer in the
 * context's `legacy` for every event, deadline and check of that run (a run written before the
 * change, or continued from one, answers false on replay; a run started on today's code answers true).
 *
 * The pure engine (tests, tools) sends no `legacy`: today's behaviour.
 */
import type { CommandType } from '../schemas/commands.js';
import { RUN_GATES, type RunGate } from './runGates.js';

export { RUN_GATES, type RunGate };

export const GATES = {
  /** issue 12 fault 3 (G3.1(2)): a simultaneous using unit whose authority differs waits for its own authority's decision */
  'simultaneous-own-authority': ['APPROVE_APPLICATION'],
  /** issue 12 fault 6 (E-UU-3, O-27): a rating reported for a using unit changes its membership's rating and flow-data duty */
  'using-unit-rating': ['REPORT_ELIGIBILITY_CHANGE'],
  /** issue 12 fault 1 (T-03, A2.R3): a renewal rejected after the term ended terminates the unit at once (before: it stayed active with nothing scheduled) */
  'rejected-after-term-ends-unit': ['REJECT_RENEWAL'],
  /** issue 12 fault 4 (S-06, T-21): a security recurrence throttles at once and tells the one at fault too (before: the officer alone was told, no new limit, the case kept its status) */
  'recurrence-throttles': ['REPORT_SECURITY_THREAT'],
  /** issue 18 item 5 (O-27, T-17): an imported unit's flow-data duties are owed from the import's period (before: from the approval's, already past, so none followed) */
  'import-current-duties': ['IMPORT_UNIT'],
} as const satisfies Record<string, readonly CommandType[]>;

/** A command gate (asked per command). */
export type CommandGate = keyof typeof GATES;
export type Gate = CommandGate | RunGate;

/** The gates that concern a command type, in a fixed order (the workflow asks `patched` for each). */
export function gatesFor(type: CommandType): CommandGate[] {
  return (Object.keys(GATES) as CommandGate[]).filter((g) => (GATES[g] as readonly CommandType[]).includes(type));
}

/** The run gates, in a fixed order (the workflow asks `patched` for each when a run starts). */
export const runGates = (): RunGate[] => Object.keys(RUN_GATES) as RunGate[];

/**
 * Does this event (a command gate) or this context (a run gate) keep the old behaviour of `gate`,
 * i.e. was it written before the gate (a replayed history)?
 */
export function isLegacy(holder: { legacy?: readonly Gate[] | undefined }, gate: Gate): boolean {
  return holder.legacy?.includes(gate) ?? false;
}
