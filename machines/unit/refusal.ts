/**
 * Why the chart refuses a command in its current state, built from the guard that actually failed
 * there (guard.ts): the candidate transitions of the state for the command's type are tried, deepest
 * state first, and the first guard that returns false in the candidate that got furthest names the
 * reason and the rule. A state without any transition for the command says so, naming the state.
 */
import type { SnapshotFrom, StateValue } from 'xstate';
import { cstDate } from '../calendar.js';
import { unitMachine } from './chart.js';
import { governingRule, type CommandEvent } from './events.js';
import { firstFailing, guardTable, type GuardName, type GuardRef } from './guards.js';
import type { GuardArgs } from './guard.js';
import { phaseOf } from './phase.js';

type UnitSnapshot = SnapshotFrom<typeof unitMachine>;

/** A refusal: the failing guard's name (null: no transition for the command in this state), its rule and its reason. */
export interface Refusal {
  guard: GuardName | null;
  params?: unknown;
  ruleId: string;
  reason: string;
}

type StateNode = typeof unitMachine.root;

/** The state nodes active in `value`, deepest first (the order in which the chart tries their transitions). */
export function activeNodes(node: StateNode, value: StateValue): StateNode[] {
  if (typeof value === 'string') {
    const child = node.states[value];
    return child ? [child, node] : [node];
  }
  return [...Object.entries(value).flatMap(([key, sub]) => {
    const child = node.states[key];
    return child && sub !== undefined ? activeNodes(child, sub) : [];
  }), node];
}

const isGuardName = (x: unknown): x is GuardName => typeof x === 'string' && x in guardTable;

function isGuardRef(x: unknown): x is GuardRef {
  return isGuardName(x) || (typeof x === 'object' && x !== null && 'type' in x && isGuardName(x.type));
}

/** The guards a transition requires, in order, or null when it uses a guard this module cannot read (e.g. xstate's `not`). */
export function guardRefsOf(guard: unknown): GuardRef[] | null {
  if (guard === undefined) return [];
  if (isGuardRef(guard)) return [guard];
  if (typeof guard === 'object' && guard !== null && 'type' in guard && guard.type === 'when' && 'params' in guard) {
    const params: unknown = guard.params;
    const refs: unknown = typeof params === 'object' && params !== null && 'guards' in params ? params.guards : null;
    return Array.isArray(refs) && refs.every(isGuardRef) ? refs : null;
  }
  return null;
}

/** What the state itself says to a command it has no transition for. */
function stateText(snapshot: UnitSnapshot): string {
  const { termination, policy } = snapshot.context;
  switch (phaseOf(snapshot)) {
    case 'prospect':
      return 'no application has been submitted';
    case 'underReview':
      return 'the application awaits the officer’s decision';
    case 'returned':
      return 'the application was returned and awaits resubmission';
    case 'active':
      return 'the unit is already approved and live';
    case 'suspended':
      return 'the unit is already approved and suspended';
    case 'terminationScheduled':
      return 'the unit is already approved and its termination is filed';
    case 'terminated':
      return snapshot.matches('closed')
        ? 'the unit’s record is closed'
        : `terminated on ${termination ? cstDate(termination.at) : '—'}${termination ? `: ${termination.reason}` : ''}; a new application is possible once the record closes, ${policy.closeTerminatedAfterMonths} months after termination or at an officer's ARCHIVE`;
  }
}

/** The refusal of a command the chart does not take in this state (call it after `snapshot.can` returned false). */
export function refusalOf(snapshot: UnitSnapshot, event: CommandEvent): Refusal {
  const args: GuardArgs = { context: snapshot.context, event };
  let best: { refusal: Refusal; passed: number } | null = null;
  for (const node of activeNodes(unitMachine.root, snapshot.value)) {
    for (const transition of node.transitions.get(event.type) ?? []) {
      const refs = guardRefsOf(transition.guard);
      if (!refs) continue;
      const failed = firstFailing(refs, args);
      if (!failed) continue;
      const passed = refs.findIndex((r) => (typeof r === 'string' ? r : r.type) === failed.name);
      if (best && best.passed >= passed) continue;
      const { rule, refuse } = failed.guard;
      best = { passed, refusal: { guard: failed.name, params: failed.params, ruleId: typeof rule === 'string' ? rule : rule(args), reason: refuse(args, failed.params) } };
    }
  }
  return best?.refusal ?? { guard: null, ruleId: governingRule[event.type], reason: `no transition for ${event.type} in state ${phaseOf(snapshot)}: ${stateText(snapshot)}` };
}
