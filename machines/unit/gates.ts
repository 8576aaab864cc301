/**
 * Behaviour changes that an old history must not see (the rule "every committed history replays"):
 * each gate names the command types whose effect it changes. Before applying such a command the
 * workflow asks `patched(gate)` (workflows/unit.ts); a history written before the change answers
 * false, and the command's event carries the gate in `legacy`, so the chart keeps the old effect
 * for it. The pure engine (tests, tools) sends no `legacy`: today's behaviour.
 */
import type { CommandType } from '../schemas/commands.js';

export const GATES = {
  /** issue 12 fault 3 (G3.1(2)): a simultaneous using unit whose authority differs waits for its own authority's decision */
  'simultaneous-own-authority': ['APPROVE_APPLICATION'],
  /** issue 12 fault 6 (E-UU-3, O-27): a rating reported for a using unit changes its membership's rating and flow-data duty */
  'using-unit-rating': ['REPORT_ELIGIBILITY_CHANGE'],
} as const satisfies Record<string, readonly CommandType[]>;

export type Gate = keyof typeof GATES;

/** The gates that concern a command type, in a fixed order (the workflow asks `patched` for each). */
export function gatesFor(type: CommandType): Gate[] {
  return (Object.keys(GATES) as Gate[]).filter((g) => (GATES[g] as readonly CommandType[]).includes(type));
}

/** Does the event keep the old behaviour of this gate (a replayed history written before it)? */
export function isLegacy(event: { legacy?: readonly Gate[] | undefined }, gate: Gate): boolean {
  return event.legacy?.includes(gate) ?? false;
}
