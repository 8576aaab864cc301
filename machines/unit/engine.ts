/**
 * One command's path through the chart, pure (DESIGN.md): parse → authorize → legal? → apply.
 * The workflow calls `check` in its update validator and `step` in its handler; deadlines enter
 * `step` as events like any command.
 */
import { transition, type SnapshotFrom, type StateValue } from 'xstate';
import { parseCommand, type Command } from '../schemas/commands.js';
import type { Actor } from '../schemas/actor.js';
import { unitMachine } from './chart.js';
import { initialContext, type UnitContext, type UnitInput } from './context.js';
import { Policy } from '../policy.js';
import { deadlines, type Deadline } from './deadlines.js';
import { membershipForbids, stepCommand, stepDeadline, usingUnitEventOf } from './usingUnits/memberships.js';
import { isUsingUnitCommand } from '../membership/index.js';
import { allowedRoles, governingRule, type DeadlineEvent, type UnitEvent } from './events.js';
import type { Notice } from '../notice.js';
import { phaseOf, type Phase } from './phase.js';
import { authorityRefusal } from './authority.js';
import { initialTransition } from 'xstate';
import { invalidCommand, rejection, type Rejection } from '../rejection.js';
import { refusalOf } from './refusal.js';
import type { RunGate } from './gates.js';

export type UnitSnapshot = SnapshotFrom<typeof unitMachine>;

/** what survives continue-as-new: the chart's state id and context, nothing derived */
export interface PersistedUnit {
  value: StateValue;
  context: UnitContext;
}

/** a command that passed steps 1–3, or the contract's rejection (machines/rejection.ts) */
export type Checked = { ok: true; command: Command } | ({ ok: false } & Rejection);

export function start(input: UnitInput): UnitSnapshot {
  return initialTransition(unitMachine, input)[0];
}

export function persist(snapshot: UnitSnapshot): PersistedUnit {
  return { value: snapshot.value, context: snapshot.context };
}

/**
 * A persisted unit as the current chart reads it. State carried by an earlier version lacks the
 * fields added since: they start from their initial values, and the policy gains the defaults of
 * its new options (the values it had are kept), so a unit continues across a deployment.
 */
export function restore(persisted: PersistedUnit): UnitSnapshot {
  const policy = Policy.parse(persisted.context.policy);
  const context: UnitContext = { ...initialContext({ unitId: persisted.context.unitId, policy }), ...persisted.context, policy };
  return unitMachine.resolveState({ value: persisted.value, context });
}

/**
 * The snapshot with the run gates (gates.ts) this run keeps the old behaviour of, in place of any
 * carried ones: the workflow asks `patched` for each when a run starts (workflows/unit.ts).
 */
export function withRunGates(snapshot: UnitSnapshot, legacy: readonly RunGate[]): UnitSnapshot {
  const { legacy: _carried, ...context } = snapshot.context;
  if (legacy.length === 0 && _carried === undefined) return snapshot;
  return unitMachine.resolveState({ value: snapshot.value, context: legacy.length ? { ...context, legacy } : context });
}

/** Steps 1–3 of a command's path: every bad field, then the role and the competent authority, then the chart's verdict. */
export function check(snapshot: UnitSnapshot, input: unknown, now: string): Checked {
  const state = phaseOf(snapshot);
  const parsed = parseCommand(input);
  if (!parsed.ok) return { ok: false, ...invalidCommand(parsed.problems, { state }) };
  const command = parsed.command;
  const ruleId = governingRule[command.type];
  if (!allowedRoles[command.type].includes(command.actor.role)) {
    return { ok: false, ...rejection('Forbidden', `${command.type} may be sent only by ${allowedRoles[command.type].join(' or ')}, not by ${command.actor.role} (rule ${ruleId})`, { ruleId, state }) };
  }
  const wrongAuthority = authorityRefusal(snapshot.context, command);
  if (wrongAuthority) return { ok: false, ...rejection('Forbidden', `${wrongAuthority} (rule ${ruleId}; decisions.md "Who decides")`, { ruleId, state }) };
  if (isUsingUnitCommand(command)) {
    const forbidden = membershipForbids(snapshot.context, { ...command, at: now });
    if (forbidden) return { ok: false, ...rejection('Forbidden', `${forbidden} (rule ${ruleId})`, { ruleId, state }) };
  }
  if (!snapshot.can({ ...command, at: now })) {
    // the reason and rule of the guard that failed in this state (refusal.ts), never a restatement
    const refused = refusalOf(snapshot, { ...command, at: now });
    return { ok: false, ...rejection('IllegalTransition', `${command.type} refused in state ${state}: ${refused.reason} (rule ${refused.ruleId})`, { ruleId: refused.ruleId, state, unmet: refused.unmet }) };
  }
  return { ok: true, command };
}

export interface Step {
  snapshot: UnitSnapshot;
  notices: Notice[];
  ruleId: string;
  from: Phase;
  to: Phase;
}

/** Step 4: apply a legal event; returns the next snapshot, the notices to send and the rule applied. */
export function step(snapshot: UnitSnapshot, event: UnitEvent): Step {
  const ruleId = ruleOf(snapshot, event);
  const [next, actions] = transition(unitMachine, snapshot, event);
  const notices = actions.flatMap((a) => (a.type === 'notify' ? [a.params as Notice] : a.type === 'notifyAll' ? (a.params as { notices: Notice[] }).notices : []));
  return { snapshot: next, notices, ruleId, from: phaseOf(snapshot), to: phaseOf(next) };
}

/** The rule id of the transition the event takes (its `meta.rule`), or the command's governing rule. */
export function ruleOf(snapshot: UnitSnapshot, event: UnitEvent): string {
  if (event.type === 'TERMINATE') return event.ruleId;
  const taken = unitMachine.getTransitionData(snapshot, event)[0];
  const meta = taken?.meta as { rule?: string; ruleFromDeadline?: boolean; ruleFromMembership?: boolean } | undefined;
  if (meta?.ruleFromDeadline && event.type === 'DEADLINE') return event.ruleId;
  if (meta?.ruleFromMembership) {
    // the membership's chart knows which path (P-UU-01 invitation, P-UU-02 application, …) the step takes
    if (event.type === 'DEADLINE') return stepDeadline(snapshot.context, event).ruleId;
    const command = usingUnitEventOf(event);
    if (command) return stepCommand(snapshot.context, command).ruleId;
  }
  return meta?.rule ?? (event.type === 'DEADLINE' ? event.ruleId : governingRule[event.type]);
}

/** A deadline as the event that enters the chart when it is due. */
export function deadlineEvent(d: Deadline): DeadlineEvent {
  const { key, what, ruleId, at, step: index, ref, sub, period } = d;
  return {
    type: 'DEADLINE',
    key,
    what,
    ruleId,
    at,
    ...(index !== undefined ? { step: index } : {}),
    ...(ref !== undefined ? { ref } : {}),
    ...(sub !== undefined ? { sub } : {}),
    ...(period !== undefined ? { period } : {}),
  };
}

/**
 * Brings a unit up to an instant (decisions.md, "Commands judged at their instant"): every
 * deadline due at or before `now` is applied, earliest first, each at its own instant, so that a
 * command is judged — in the update validator and in the handler alike — against the state it
 * meets at its instant, even after a worker outage. Pure: returns each step for the caller to
 * record (audit, notices) in time order; the last snapshot is the caught-up one.
 */
export function catchUp(snapshot: UnitSnapshot, now: number): { snapshot: UnitSnapshot; steps: { event: DeadlineEvent; step: Step }[] } {
  const steps: { event: DeadlineEvent; step: Step }[] = [];
  let current = snapshot;
  for (let due = dueDeadlines(current, now)[0]; due; due = dueDeadlines(current, now)[0]) {
    const event = deadlineEvent(due);
    const result = step(current, event);
    steps.push({ event, step: result });
    current = result.snapshot;
    // a deadline the chart does not consume would loop forever: stop rather than spin
    if (steps.length > 10_000) throw new Error(`catchUp: deadline ${due.key} is never consumed`);
  }
  return { snapshot: current, steps };
}

/** The deadlines due at `now`, earliest first. */
export function dueDeadlines(snapshot: UnitSnapshot, now: number): ReturnType<typeof deadlines> {
  if (snapshot.status !== 'active') return [];
  return deadlines(snapshot.context).filter((d) => Date.parse(d.at) <= now);
}

export type { Actor };
