/**
 * One command's path through the chart, pure (DESIGN.md): parse → authorize → legal? → apply.
 * The workflow calls `check` in its update validator and `step` in its handler; deadlines enter
 * `step` as events like any command.
 */
import { transition, type SnapshotFrom, type StateValue } from 'xstate';
import { cstDate } from '../calendar.js';
import { parseCommand, type Command } from '../schemas/commands.js';
import type { Actor } from '../schemas/actor.js';
import { unitMachine } from './chart.js';
import { initialContext, type UnitContext, type UnitInput } from './context.js';
import { Policy } from '../policy.js';
import { deadlines, type Deadline } from './deadlines.js';
import { accessSuspended, capabilitiesStopped, findCase, newUsingUnitsStopped, windowCap } from './compliance/cases.js';
import { catalogueEntry, qualifies, subscription } from './duties/capabilities.js';
import { isServing, membershipForbids, membershipRefusal, stepCommand, stepDeadline } from './usingUnits/memberships.js';
import { addsUsingUnit, isUsingUnitCommand, terminationScopeProblems } from '../membership/index.js';
import { earliestEffectiveOn, scheduledFilings } from './duties/reducers.js';
import { allowedRoles, governingRule, type DeadlineEvent, type UnitEvent } from './events.js';
import type { Notice } from '../notice.js';
import { phaseOf, type Phase } from './phase.js';
import { authorityRefusal } from './authority.js';
import { initialTransition } from 'xstate';
import { invalidCommand, rejection, type Rejection } from '../rejection.js';

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
    return { ok: false, ...rejection('IllegalTransition', `${command.type} is not allowed in phase ${state}${explain(snapshot, command, now)} (rule ${ruleId})`, { ruleId, state }) };
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
    return event.type === 'DEADLINE' ? stepDeadline(snapshot.context, event).ruleId : stepCommand(snapshot.context, event as never).ruleId;
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

function explain(snapshot: UnitSnapshot, command: Command, now: string): string {
  const { term, termination, policy } = snapshot.context;
  if (command.type === 'SUBMIT_APPLICATION' && termination) {
    return ` (terminated on ${cstDate(termination.at)}: a new application is possible once the record closes, ${policy.closeTerminatedAfterMonths} months after termination or at an officer's ARCHIVE)`;
  }
  if (command.type === 'SUBMIT_APPLICATION' && command.application.dcuUscc !== snapshot.context.unitId) {
    return ` (application.dcuUscc ${command.application.dcuUscc} is not this unit, ${snapshot.context.unitId})`;
  }
  if (termination) return ` (terminated on ${cstDate(termination.at)}: ${termination.reason})`;
  if (command.type === 'APPROVE_APPLICATION' && command.termEndsOn && command.termEndsOn <= cstDate(now)) {
    return ` (termEndsOn ${command.termEndsOn} is not after the approval date ${cstDate(now)})`;
  }
  if (command.type === 'APPROVE_RENEWAL' && term?.renewal === 'requested') {
    return ` (extendsTo ${command.extendsTo} must be after the current term's last day ${term.endsOn} and after today)`;
  }
  if (isUsingUnitCommand(command)) {
    if (addsUsingUnit(command, policy.newUsingUnitGate) && newUsingUnitsStopped(snapshot.context)) return ' (no new using units while the unit is suspended or under stopNewUsingUnits, E-UU-10)';
    return ` (${membershipRefusal(snapshot.context, { ...command, at: now })})`;
  }
  if (command.type === 'FILE_TERMINATION') {
    const earliest = earliestEffectiveOn(snapshot.context, now);
    const problems = [
      ...(command.effectiveOn < earliest ? [`effectiveOn ${command.effectiveOn} is less than ${policy.terminationLeadDays} days ahead; the earliest allowed is ${earliest} (T-08)`] : []),
      ...(command.usingUnits ? terminationScopeProblems(snapshot.context.memberships, command.usingUnits) : scheduledFilings(snapshot.context).some((f) => f.usingUnits === null) ? ['the whole unit’s termination is already filed'] : []),
    ];
    if (problems.length) return ` (${problems.join('; ')})`;
  }
  const capabilityProblem = explainCapability(snapshot.context, command);
  if (capabilityProblem) return ` (${capabilityProblem})`;
  const caseProblem = explainCase(snapshot, command, now);
  if (caseProblem) return ` (${caseProblem})`;
  if (term) return ` (renewal ${term.renewal}${term.renewal === 'rejected' ? ': no new request this term (A2.R3)' : ''})`;
  return '';
}

/** Why a capability command is refused: the catalogue, the qualification (E-DCU-13, E-UU-8), a measure, the state. */
function explainCapability(context: UnitSnapshot['context'], command: Command): string | null {
  if (!('code' in command) || !command.type.includes('CAPABILITY') && command.type !== 'PROVIDE_QUALIFICATION') return null;
  const entry = catalogueEntry(context, command.code);
  if (!entry) return `${command.code} is not in the capability catalogue`;
  if (command.type === 'SUBSCRIBE_CAPABILITY') {
    if (accessSuspended(context)) return 'the unit is suspended: no new subscriptions (M-SUSPEND-ACCESS)';
    if (capabilitiesStopped(context)) return 'capability use is stopped by a measure (M-SUSPEND-CAP)';
    if (subscription(context, command.code)) return `${command.code} is already ${subscription(context, command.code)!.status}`;
    if (!qualifies(entry, command.qualification)) return `${command.code} is a non-public capability for ${entry.industries.join(', ')}: a qualification in one of them is required (E-DCU-13, S-02)`;
  }
  if (command.type === 'AUTHORIZE_CAPABILITY' && capabilitiesStopped(context)) return 'capability use and new grants are stopped by a measure (M-SUSPEND-CAP)';
  if (command.type === 'ACCEPT_CAPABILITY_AUTHORIZATION' && !entry.public) return `${command.code} needs the using unit's qualification first (PROVIDE_QUALIFICATION, E-UU-8), or no offer is open`;
  const s = subscription(context, command.code);
  return `${command.code} is ${s?.status ?? 'not subscribed'}`;
}

/** Why a case command is refused: the case, its status, the target or the T-09 cap. */
function explainCase(snapshot: UnitSnapshot, command: Command, now: string): string | null {
  const context = snapshot.context;
  const target = (command as { target?: { usingUnit: string } }).target;
  if (target && !isServing(context, target.usingUnit)) {
    return `${target.usingUnit} is not a serving using unit of this unit`;
  }
  const caseId = (command as { caseId?: string }).caseId;
  if (caseId === undefined) {
    if (command.type === 'RECORD_MONITORING_RUN') return `no monitoring run is owed for ${command.period}`;
    return null;
  }
  const c = findCase(context, caseId);
  if (!c) return `no case ${caseId}`;
  if (command.type === 'ADJUST_CASE_WINDOW' && c.status === 'open') {
    return `dueOn ${command.dueOn} must be after today (${cstDate(now)}) and no later than ${windowCap(context, c) ?? '—'}, 3 months from ${c.windowFrom} (T-09)`;
  }
  if (command.type === 'TERMINATE' && !c.terminationProposed) return `case ${caseId} has no proposed termination`;
  return `case ${caseId} is ${c.kind}, ${c.status}${c.feedback ? ', feedback already given' : ''}`;
}

export type { Actor };
