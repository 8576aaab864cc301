/**
 * Issue 12, "Model-based tests" 2: chart coverage. The unit chart and the membership chart are
 * traversed with @xstate/graph (`getAdjacencyMap`): from each state reached, every command the
 * model can build (test/model/model.ts `bodyOf`, the rule's own sender) that the engine's `check`
 * accepts at the next instant, and the next due deadline at its own instant. States are told apart
 * by what the rules read (phase, renewal, cases, memberships, capabilities, filings…), not by dates,
 * and the walk is bounded (a few cases, two terms). Every edge is replayed in an inspected actor to
 * learn which transition definitions (evented and eventless) it took; a path to each transition is
 * the shortest path to its source state plus that edge. Seeds (SEEDS) add the deep prefixes the
 * bounded walk does not reach, each followed by a clock chain.
 */
import { getAdjacencyMap } from '@xstate/graph';
import { createActor, transition, type AnyStateMachine, type AnyStateNode, type TransitionDefinition } from 'xstate';
import { addDays, endOf, startOf, toCstInstant } from '../../machines/calendar.js';
import { membershipMachine, membershipPolicy, membershipDeadlines, type MembershipState } from '../../machines/membership/index.js';
import { periodEnd } from '../../machines/membership/flowData.js';
import type { MembershipEvent } from '../../machines/membership/events.js';
import { emptyMembership } from '../../machines/membership/engine.js';
import { allowedRolesUU, type UsingUnitCommandType } from '../../machines/schemas/usingUnits.js';
import { commandTypes, type CommandType } from '../../machines/schemas/commands.js';
import { unitMachine } from '../../machines/unit/chart.js';
import { check, deadlineEvent, dueDeadlines, start, type UnitSnapshot } from '../../machines/unit/engine.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { actorOf, applicationOf, bodyOf, policyOf, START, UNIT, type ApplicationVariant, type Program } from './model.js';

/** one transition definition of a chart, as a stable readable key */
export interface ChartTransition {
  key: string;
  source: string;
  event: string;
  rule: string | null;
}

/** Every transition definition of a machine (evented and eventless), with a key and its rule. */
export function transitionsOf(machine: AnyStateMachine): { list: ChartTransition[]; keyOf: (t: TransitionDefinition<any, any>) => string } {
  const list: ChartTransition[] = [];
  const keys = new Map<TransitionDefinition<any, any>, string>();
  const walk = (node: AnyStateNode): void => {
    const groups: [string, TransitionDefinition<any, any>[]][] = [...node.transitions.entries()];
    if (node.always?.length) groups.push(['(always)', node.always]);
    for (const [event, defs] of groups) {
      defs.forEach((t, i) => {
        const targets = t.target?.map((n) => n.path.join('.')).join(',') || '(stays)';
        const key = `${node.path.join('.') || machine.id}: ${event}#${i + 1} → ${targets}`;
        keys.set(t, key);
        list.push({ key, source: node.path.join('.') || machine.id, event, rule: (t.meta as { rule?: string } | undefined)?.rule ?? null });
      });
    }
    for (const child of Object.values(node.states)) walk(child);
  };
  walk(machine.root);
  return { list, keyOf: (t) => keys.get(t) ?? `${t.source.path.join('.')}: ${t.eventType} (unlisted)` };
}

/** The transition definitions an event takes from a snapshot, eventless ones included (an inspected actor). */
export function takenBy(machine: AnyStateMachine, snapshot: unknown, event: { type: string }): TransitionDefinition<any, any>[] {
  const taken: TransitionDefinition<any, any>[] = [];
  const actor = createActor(machine, {
    snapshot: snapshot as never,
    inspect: (e) => {
      if (e.type === '@xstate.microstep') taken.push(...((e as unknown as { _transitions: TransitionDefinition<any, any>[] })._transitions ?? []));
    },
  });
  actor.start();
  actor.send(event as never);
  actor.stop();
  return taken;
}

// ---- the unit chart

const INSTANT = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?\+08:00/g;

/** The latest instant the unit's context records (the clock of the walk: an event never goes back before it). */
export function lastInstant(s: UnitSnapshot): number {
  let last = Date.parse(START);
  for (const m of JSON.stringify(s.context).matchAll(INSTANT)) last = Math.max(last, Date.parse(m[0]));
  return last;
}

/** what the rules read of a unit: two snapshots equal here are one vertex of the walk */
export function unitKey(s: UnitSnapshot): string {
  const c = s.context;
  return JSON.stringify([
    s.value,
    s.status,
    c.term && [c.term.number, c.term.renewal, c.term.late, c.term.ladderByOfficer, !!c.term.escalatedOn],
    c.cases.map((x) => [x.kind, x.status, x.terminationProposed, !!x.target, x.measures, x.escalated, !!x.feedback]),
    Object.entries(c.memberships).map(([k, m]) => [k, m.value, !!m.context.scheduledEnd]),
    c.capabilities.map((x) => [x.code, x.status]),
    c.grants.map((g) => [g.code, g.usingUnit, g.status]),
    c.network?.status ?? null,
    c.terminationFilings.map((f) => JSON.stringify(f).length > 0 && (f as { status?: string }).status),
    c.termination?.ruleId ?? null,
    c.concurrency.restrictions.map((r) => r.id).sort(),
    c.changes.length > 0,
    c.review && [c.review.returns.length > 0],
  ]);
}

/** commands the walk tries: every type, a few picks and variants, the rule's own sender */
const PICKS = [0, 1];
const VARIANTS = [0, 1, 2, 5];

/** The events the walk offers a unit: the next due deadline, and every legal command at the next instant. */
export function unitEvents(s: UnitSnapshot, bound: { states: number; maxCases: number }): UnitEvent[] {
  if (s.status !== 'active' || bound.states-- <= 0) return [];
  const next = deadlines(s.context)[0];
  const last = lastInstant(s);
  const out: UnitEvent[] = next ? [deadlineEvent(next)] : [];
  // a deadline due at the instant the commands would meet comes first (judged at their instant)
  if (next && Date.parse(next.at) <= last + 60_000) return out;
  if (s.context.cases.length >= bound.maxCases || (s.context.term?.number ?? 0) > 2) return out;
  const at = toCstInstant(last + 60_000);
  const seen = new Set<string>();
  for (const type of commandTypes)
    for (const pick of PICKS)
      for (const variant of VARIANTS) {
        const body = type === 'SUBMIT_APPLICATION' ? applicationOf('asFiled') : bodyOf(type, s, last + 60_000, pick, variant);
        const input = { type, actor: actorOf(type, 'right', s, body), ...body };
        const id = JSON.stringify(input);
        if (seen.has(id)) continue;
        seen.add(id);
        const checked = check(s, input, at);
        if (checked.ok) out.push({ ...checked.command, at } as UnitEvent);
      }
  return out;
}

/** The snapshot a path reaches through the chart alone (the traversal's own `transition`). */
export function replayGraph(path: UnitEvent[], from: UnitSnapshot): UnitSnapshot {
  return path.reduce((s, e) => transition(unitMachine, s, e)[0], from);
}

export interface Walk<S, E> {
  initial: S;
  /** every edge: the serialized source, the snapshot, the event, the next snapshot */
  edges: { from: string; state: S; event: E; next: S }[];
  /** the shortest path (events) to each serialized state */
  pathTo: Map<string, E[]>;
  states: number;
}

/** Shortest paths over the adjacency (BFS order: the adjacency map is built breadth first). */
function walkOf<S, E>(adjacency: Record<string, { state: S; transitions: Record<string, { event: E; state: S }> }>, key: (s: S) => string, initialState: S): Walk<S, E> {
  const initial = key(initialState);
  const edges: Walk<S, E>['edges'] = [];
  const pathTo = new Map<string, E[]>([[initial, []]]);
  const queue = [initial];
  while (queue.length) {
    const from = queue.shift()!;
    const vertex = adjacency[from];
    if (!vertex) continue;
    for (const { event, state: next } of Object.values(vertex.transitions)) {
      edges.push({ from, state: vertex.state, event, next });
      const to = key(next);
      if (!pathTo.has(to)) {
        pathTo.set(to, [...pathTo.get(from)!, event]);
        queue.push(to);
      }
    }
  }
  return { initial: initialState, edges, pathTo, states: Object.keys(adjacency).length };
}

export function walkUnit(program: Pick<Program, 'policy'> = { policy: 'default' }, bound = { states: 600, maxCases: 2 }): Walk<UnitSnapshot, UnitEvent> {
  const initial = start({ unitId: UNIT, policy: policyOf({ ...program, application: 'asFiled', actions: [] }) });
  const adjacency = getAdjacencyMap(unitMachine, {
    fromState: initial,
    serializeState: (s) => unitKey(s as UnitSnapshot),
    serializeEvent: (e) => JSON.stringify(e),
    events: (s) => unitEvents(s as UnitSnapshot, bound) as never,
  });
  return walkOf(adjacency as never, (s: UnitSnapshot) => unitKey(s), initial);
}

type Edge = { state: UnitSnapshot; event: UnitEvent; path: UnitEvent[] };

/**
 * One clock chain from `s` (reached by `path`): its deadlines alone, in order, up to `steps` of them
 * (time passes with nothing else happening), and beside each step the legal commands of `types`
 * (each with the `picks` and `variants` given) at the next instant.
 */
function clockChain(s: UnitSnapshot, path: UnitEvent[], steps: number, types: readonly CommandType[], picks: readonly number[], variants: readonly number[]): Edge[] {
  const out: Edge[] = [];
  path = [...path];
  for (let n = 0; n < steps && s.status === 'active'; n++) {
    const last = lastInstant(s);
    const at = toCstInstant(last + 60_000);
    const next = deadlines(s.context)[0];
    if (!next || Date.parse(next.at) > last + 60_000) {
      for (const type of types)
        for (const pick of picks)
          for (const variant of variants) {
            const body = bodyOf(type, s, last + 60_000, pick, variant);
            const checked = check(s, { type, actor: actorOf(type, 'right', s, body), ...body }, at);
            if (checked.ok) out.push({ state: s, event: { ...checked.command, at } as UnitEvent, path: [...path, { ...checked.command, at } as UnitEvent] });
          }
    }
    if (!next) break;
    const event = deadlineEvent(next);
    path.push(event);
    out.push({ state: s, event, path: [...path] });
    s = transition(unitMachine, s, event)[0];
  }
  return out;
}

/** one command of a seed: its type, the model's pick and variant for its body, and how long after the unit's last instant it is sent */
interface SeedStep {
  type: CommandType;
  /** SUBMIT_APPLICATION only: the application's variant (default as filed) */
  application?: ApplicationVariant;
  pick?: number;
  variant?: number;
  /** days after the latest instant the unit records (default: one minute) */
  afterDays?: number;
}

const approvedSeed: SeedStep[] = [{ type: 'SUBMIT_APPLICATION' }, { type: 'APPROVE_APPLICATION', afterDays: 5 }, { type: 'APPROVE_USING_UNIT', pick: 0 }, { type: 'APPROVE_USING_UNIT', pick: 1 }];

/**
 * Seeds: short programs to the states the bounded walk does not reach (a deep prefix, a pick or a
 * variant the walk does not try), each followed by a clock chain with the commands it is for.
 * Issue 12 "Model-based tests" 2: a renewal undecided past the term end, a level that replaces the
 * ladder, a published version upgrade, a network filing to change, a legal-representative change
 * awaiting the re-signed agreement, a use request by a newcomer awaiting the DCU, an offer needing a
 * qualification, a B-rated authorized builder owing flow data, a renewal approved, a suspension
 * not rectified (of the DCU, of a using unit), a filed end of one using unit. With the walk they
 * reach every transition, so no clock chain runs from the walk's vertices (that took minutes).
 */
export const SEEDS: { name: string; steps: SeedStep[]; then: CommandType[]; chain: number }[] = [
  { name: 'renewal requested late, undecided past the term end (T-03, T-05)', steps: [...approvedSeed, { type: 'REQUEST_RENEWAL', afterDays: 700 }], then: ['APPROVE_RENEWAL', 'REJECT_RENEWAL'], chain: 40 },
  { name: 'renewal approved before the term end (T-05)', steps: [...approvedSeed, { type: 'REQUEST_RENEWAL', afterDays: 600 }, { type: 'APPROVE_RENEWAL' }], then: [], chain: 30 },
  { name: 'suspended, not rectified (S-05, T-09)', steps: [...approvedSeed, { type: 'SUSPEND_FOR_NONCOMPLIANCE', afterDays: 10 }], then: [], chain: 10 },
  { name: 'a using unit suspended, not rectified (S-05, T-09)', steps: [...approvedSeed, { type: 'SUSPEND_FOR_NONCOMPLIANCE', pick: 1, variant: 2, afterDays: 10 }], then: [], chain: 10 },
  { name: 'a filed termination of one using unit (T-08, P-TRM-01)', steps: [...approvedSeed, { type: 'FILE_TERMINATION', pick: 1, variant: 2, afterDays: 10 }], then: [], chain: 10 },
  { name: 'an officer level that replaces the ladder (S-03, T-04)', steps: [...approvedSeed, { type: 'SET_CONCURRENCY', pick: 7, afterDays: 600 }], then: [], chain: 30 },
  { name: 'a published version upgrade (T-07)', steps: [...approvedSeed, { type: 'PUBLISH_VERSION_UPGRADE', afterDays: 10 }], then: ['COMPLETE_VERSION_UPGRADE'], chain: 20 },
  { name: 'a network filing (P-CHG-05, T-14)', steps: [...approvedSeed, { type: 'FILE_NETWORK_ADDRESS', variant: 1, afterDays: 10 }], then: ['FILE_NETWORK_ADDRESS'], chain: 40 },
  { name: 'a legal representative changed (P-CHG-02)', steps: [...approvedSeed, { type: 'REPORT_CHANGE', pick: 1, variant: 0, afterDays: 10 }], then: ['SUBMIT_SIGNED_AGREEMENT'], chain: 10 },
  { name: 'a newcomer applies for authorization (P-UU-02)', steps: [...approvedSeed, { type: 'APPLY_FOR_AUTHORIZATION', afterDays: 10 }], then: ['CONSENT_TO_USING_UNIT', 'DECLINE_USING_UNIT'], chain: 5 },
  {
    name: 'an offer that needs a qualification (E-UU-8)',
    steps: [...approvedSeed, { type: 'SUBSCRIBE_CAPABILITY', variant: 1, afterDays: 10 }, { type: 'SUBMIT_CAPABILITY_TEST_REPORT', variant: 1 }, { type: 'CONFIRM_CAPABILITY', variant: 1 }, { type: 'AUTHORIZE_CAPABILITY', pick: 1, variant: 5 }],
    then: ['PROVIDE_QUALIFICATION'],
    chain: 5,
  },
  { name: 'a relationship change reported, then detected (T-06)', steps: [...approvedSeed, { type: 'REPORT_CHANGE', pick: 1, variant: 7, afterDays: 10 }], then: ['DETECT_RELATIONSHIP_CHANGE'], chain: 3 },
  {
    name: 'a B-rated authorized builder owes flow data (E-AUTH-4, O-27, T-17)',
    steps: [{ type: 'SUBMIT_APPLICATION', application: 'builderB' }, ...approvedSeed.slice(1)],
    then: ['SUBMIT_FLOW_DATA'],
    chain: 12,
  },
];

/** The edges of every seed: its own commands (after the deadlines due before each), then its clock chain. */
export function seedEdges(initial: UnitSnapshot): Edge[] {
  const DAY = 86_400_000;
  return SEEDS.flatMap((seed) => {
    const out: Edge[] = [];
    const path: UnitEvent[] = [];
    let s = initial;
    const take = (event: UnitEvent): void => {
      path.push(event);
      out.push({ state: s, event, path: [...path] });
      s = transition(unitMachine, s, event)[0];
    };
    for (const { type, application = 'asFiled', pick = 0, variant = 0, afterDays = 0 } of seed.steps) {
      const now = lastInstant(s) + (afterDays ? afterDays * DAY : 60_000);
      // the deadlines due by then, each at its own instant, as the workflow applies them
      for (let due = dueDeadlines(s, now)[0]; due; due = dueDeadlines(s, now)[0]) take(deadlineEvent(due));
      const at = toCstInstant(now);
      const body = type === 'SUBMIT_APPLICATION' ? applicationOf(application) : bodyOf(type, s, now, pick, variant);
      const checked = check(s, { type, actor: actorOf(type, 'right', s, body), ...body }, at);
      if (!checked.ok) throw new Error(`seed "${seed.name}": ${type} refused: ${checked.type} ${checked.reason}`);
      take({ ...checked.command, at } as UnitEvent);
    }
    return [...out, ...clockChain(s, path, seed.chain, seed.then, [0, 1, 2, 3], [0, 1, 5])];
  });
}

// ---- the membership chart

const MEMBER = '91510105MA6D00001K';
const OWN_AUTHORITY = '15101050000';
const contact = { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' };
type MembershipSnapshot = ReturnType<typeof membershipMachine.resolveState>;
const stateOf = (s: MembershipSnapshot): MembershipState => ({ value: s.value as MembershipState['value'], context: s.context });

/** what the membership chart reads: state, scheduled end, suspensions, rating, invitation, returns */
export function membershipKey(s: MembershipSnapshot): string {
  const c = s.context;
  return JSON.stringify([s.value, !!c.scheduledEnd, c.suspendedBy.length, c.facts?.creditRating ?? null, !!c.invitation, c.returns.length > 0, c.flowData.map((d) => [d.status, d.reminded]), c.ended?.ruleId ?? null]);
}

const membershipCommands: UsingUnitCommandType[] = Object.keys(allowedRolesUU) as UsingUnitCommandType[];

/** The events the walk offers a membership: its due deadline, every using-unit command, and the unit chart's derived events. */
export function membershipEvents(s: MembershipSnapshot, bound: { states: number }, clock: Map<MembershipSnapshot, number>): MembershipEvent[] {
  if (bound.states-- <= 0) return [];
  // a reminded or overdue duty means the clock passed its deadline (those record no instant of their own)
  const passed = s.context.flowData.flatMap((d) => [...(d.reminded ? [startOf(addDays(periodEnd(d.period), 1))] : []), ...(d.status === 'overdue' ? [endOf(d.dueOn)] : [])]);
  const last = Math.max(Date.parse(START), ...[...(JSON.stringify(s.context).match(INSTANT) ?? []), ...passed].map((m) => Date.parse(m)));
  void clock;
  const at = toCstInstant(last + 60_000);
  const next = membershipDeadlines(stateOf(s))[0];
  const out: MembershipEvent[] = next ? [{ type: 'DEADLINE', key: next.key, what: next.what, ruleId: next.ruleId, at: next.at, ref: next.ref, ...(next.period ? { period: next.period } : {}) }] : [];
  if (next && Date.parse(next.at) <= last + 60_000) return out;
  const unit = start({ unitId: UNIT, policy: policyOf({ policy: 'default', application: 'asFiled', actions: [] }) });
  for (const type of membershipCommands)
    for (const variant of [0, 1]) {
      const owed = s.context.flowData.find((d) => d.status !== 'fulfilled');
      const body = { ...bodyOf(type as CommandType, unit, last + 60_000, 0, variant), usingUnit: MEMBER, ...(type === 'SUBMIT_FLOW_DATA' && owed ? { period: owed.period } : {}) };
      const role = allowedRolesUU[type][variant % allowedRolesUU[type].length]!;
      const actor = role === 'officer' ? { role, id: 'officer-own', authority: OWN_AUTHORITY } : role === 'usingUnit' ? { role, id: MEMBER } : { role, id: 'u1' };
      out.push({ type, actor, ...body, ...(type === 'INVITE_USING_UNIT' ? { contact } : {}), at } as MembershipEvent);
    }
  const unitFact = { ...(applicationOf('asFiled') as { application: { usingUnits: Record<string, unknown>[] } }).application.usingUnits[1]!, uscc: MEMBER };
  out.push(
    { type: 'ADMIT_FROM_APPLICATION', unit: unitFact as never, at },
    // P-ONB-08, G3.1(2)1: declared with the application, its own authority (another than the DCU's) decides it
    { type: 'AWAIT_OWN_AUTHORITY', unit: { ...unitFact, competentTaxAuthority: OWN_AUTHORITY } as never, at },
    ...['C-1', 'C-2'].flatMap((caseId) => [
      { type: 'SUSPEND_MEMBERSHIP' as const, caseId, ruleId: 'M-SUSPEND-ACCESS', at },
      { type: 'RESTORE_MEMBERSHIP' as const, caseId, ruleId: 'M-RESTORE', at },
    ]),
    { type: 'END_MEMBERSHIP', ruleId: 'S-07', reason: '终止', at },
    { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: toCstInstant(last + 40 * 86_400_000).slice(0, 10), reason: '终止', at },
    { type: 'CANCEL_MEMBERSHIP_END', at },
    ...(['A', 'B', 'C'] as const).map((rating) => ({ type: 'UPDATE_RATING' as const, rating, at })),
  );
  return out.filter((e) => membershipMachine.resolveState({ value: s.value, context: s.context }).can(e as never));
}

export function walkMembership(bound = { states: 400 }): Walk<MembershipSnapshot, MembershipEvent> {
  const setup = { dcuUscc: UNIT, rules: membershipPolicy(policyOf({ policy: 'default', application: 'asFiled', actions: [] })) };
  const empty = emptyMembership(MEMBER, setup);
  const initial = membershipMachine.resolveState({ value: empty.value, context: empty.context });
  const clock = new Map<MembershipSnapshot, number>();
  const adjacency = getAdjacencyMap(membershipMachine, {
    fromState: initial,
    serializeState: (s) => membershipKey(s as MembershipSnapshot),
    serializeEvent: (e) => JSON.stringify(e),
    events: (s) => membershipEvents(s as MembershipSnapshot, bound, clock) as never,
  });
  return walkOf(adjacency as never, (s: MembershipSnapshot) => membershipKey(s), initial);
}

/** Coverage of a walk: which transitions some edge took, and for each the path that takes it. */
export function coverage<S, E extends { type: string }>(machine: AnyStateMachine, walk: Walk<S, E>, more: { state: S; event: E; path: E[] }[] = []): { all: ChartTransition[]; covered: Map<string, E[]>; uncovered: ChartTransition[] } {
  const { list, keyOf } = transitionsOf(machine);
  const covered = new Map<string, E[]>();
  const edges = [...walk.edges.map((e) => ({ state: e.state, event: e.event, path: () => [...(walk.pathTo.get(e.from) ?? []), e.event] })), ...more.map((e) => ({ ...e, path: () => e.path }))];
  for (const edge of edges) {
    for (const t of takenBy(machine, edge.state, edge.event)) {
      const key = keyOf(t);
      const known = covered.get(key);
      if (known && known.length <= 80) continue;
      const path = edge.path();
      if (!known || known.length > path.length) covered.set(key, path);
    }
  }
  return { all: list, covered, uncovered: list.filter((t) => !covered.has(t.key)) };
}
