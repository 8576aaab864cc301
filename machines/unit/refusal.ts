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
import { furthestFailure, guardRefsIn, isGuardRefIn } from '../guard.js';
import { guardTable, resolve, type GuardName, type GuardRef } from './guards.js';
import type { GuardArgs } from './guard.js';
import { phaseOf } from './phase.js';
import type { UnmetCondition } from '../rejection.js';

type UnitSnapshot = SnapshotFrom<typeof unitMachine>;

/** A refusal: the failing guard's name (null: no transition for the command in this state), its rule and its reason. */
export interface Refusal {
  guard: GuardName | null;
  params?: unknown;
  ruleId: string;
  reason: string;
  /** every unmet access condition, when conditions refused (P-ONB-04, P-UU-01/02; empty otherwise) */
  unmet: UnmetCondition[];
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

const isGuardRef = (x: unknown): x is GuardRef => isGuardRefIn(guardTable, x);

/** The guards a transition requires, in order, or null when it uses a guard this module cannot read (e.g. xstate's `not`). */
export function guardRefsOf(guard: unknown): GuardRef[] | null {
  return guardRefsIn(guard, isGuardRef);
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
  const candidates = activeNodes(unitMachine.root, snapshot.value).flatMap((node) =>
    (node.transitions.get(event.type) ?? []).flatMap((transition) => {
      const refs = guardRefsOf(transition.guard);
      return refs ? [refs.map(resolve)] : [];
    }),
  );
  return furthestFailure(candidates, args) ?? { guard: null, ruleId: governingRule[event.type], reason: `no transition for ${event.type} in state ${phaseOf(snapshot)}: ${stateText(snapshot)}`, unmet: [] };
}
