/**
 * The unit entity: the per-run state of one `unitLifecycle` run (the chart's snapshot, the audit,
 * remembered request ids, the effects queue, the signal-flood counter) and the one path of every
 * command through it (DESIGN.md "One command's path", steps 0–6). The workflow function only wires
 * handlers to it and runs the clock (workflows/unitLifecycle.ts).
 *
 * A command is checked by one function, `judge`: the update's validator runs it on a caught-up copy
 * of the state; the handler (update or signal) runs it again on the caught-up state itself, because
 * another update of the same activation may have changed it — never a second implementation.
 */
import { patched, workflowInfo } from '@temporalio/workflow';
import { rejectionFailure } from '../contract/index.js';
import { cstDate, toCstInstant } from '../machines/calendar.js';
import type { Policy } from '../machines/policy.js';
import { defaultPolicy, policyVersion } from '../machines/policy.js';
import { rejection, type Rejection } from '../machines/rejection.js';
import type { Notice } from '../machines/notice.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import type { Command } from '../machines/schemas/commands.js';
import { persistedReadRefusal } from '../machines/unit/policyCommands.js';
import { catchUp, check, persist, restore, start, step, withRunGates, type PersistedUnit, type Step, type UnitSnapshot } from '../machines/unit/engine.js';
import type { UnitEvent } from '../machines/unit/events.js';
import { gatesFor, runGates } from '../machines/unit/gates.js';
import { alreadyImported } from '../machines/unit/imports/build.js';
import { unreachable } from '../machines/unit/recipients.js';
import { fingerprint, judgeRequest, LEGACY_FINGERPRINT, prune, remember, requestIdOf, type RequestRecord, type RequestWindow } from '../machines/unit/requests.js';
import { agedAt, summarize, type StateSummary } from '../machines/unit/summary.js';
import { effectiveLimit } from '../machines/unit/term/concurrency.js';
import { CLOCK, type Effect, type EffectHost } from './effects.js';
import { pack, unpack } from './pack.js';
import { reportRejectedUpdate } from './sinks.js';

/** The workflow's argument: the contract's start (`{ unitId }`) or, from continue-as-new, the carried state. */
export interface UnitLifecycleInput {
  unitId: string;
  /** state carried across continue-as-new, packed (workflows/pack.ts); clients never send it */
  carried?: Carried | { packed: string };
}

/** What one run hands to the next (continue-as-new). */
export interface Carried {
  unit: PersistedUnit;
  /** the newest audit entries only (`AUDIT_CARRIED`); the decision record holds them all */
  audit: AuditEntry[];
  /** the last audit sequence number given (absent in state carried before the audit was bounded) */
  auditSeq?: number;
  /** remembered request ids, oldest first (contract window) */
  requests?: RequestRecord[];
  /** state carried by versions that stored whole answers: read once, then dropped */
  answers?: [string, StateSummary][];
  appliedLimit: number | null;
  /** effects decided but not yet performed: they run first in the next run */
  pending: Effect[];
  /** rejected signals counted in the current period (CST day) */
  flood?: Flood;
}

/** The per-unit cap on rejected signals recorded in full (policy `rejectedSignalsPerDay`). */
interface Flood {
  day: string;
  count: number;
  /** the seq of the day's counted summary entry, once the cap is passed */
  summarySeq: number | null;
}

/** The verdict on a command (steps 0–3): seen before, refused (and why), or legal. */
export type Verdict = { kind: 'replay' } | { kind: 'refused'; rejection: Rejection; seen: 'new' | 'reused' } | { kind: 'legal'; command: Command };

/** How many audit entries a run keeps in memory and carries across continue-as-new. */
export const AUDIT_CARRIED = 1000;

/** the workflow's clock, as a CST instant */
export const now = (): string => toCstInstant(Date.now());

/** One unit's run: its state and the command path through it. */
export class Unit implements EffectHost {
  readonly unitId: string;
  snapshot: UnitSnapshot;
  readonly audit: AuditEntry[];
  readonly effects: Effect[];
  /** true once the worker's policy is in the state (a fresh start reads it first) */
  ready: boolean;
  /** grows with every change a caller can see; the main loop wakes on it */
  version = 0;
  /** the term number this run started in (a renewed term starts a fresh run) */
  readonly termAtStart: number;
  private auditSeq: number;
  private readonly requests: Map<string, RequestRecord>;
  private appliedLimit: number | null;
  private flood: Flood;
  /** the summary of `snapshot`, built on the first read of that state */
  private summarized: { snapshot: UnitSnapshot; summary: StateSummary } | null = null;

  constructor(input: UnitLifecycleInput) {
    this.unitId = input.unitId;
    // runs before the state was packed carried it as plain JSON
    const carried: Carried | undefined = input.carried && 'packed' in input.carried ? unpack<Carried>(input.carried.packed) : input.carried;
    const snapshot = carried ? restore(carried.unit) : start({ unitId: this.unitId, policy: defaultPolicy });
    // run gates (machines/unit/gates.ts): asked once, here, for the whole run; a run written before one keeps its old behaviour
    this.snapshot = withRunGates(snapshot, runGates().filter((gate) => !patched(gate)));
    this.audit = carried?.audit ?? [];
    this.auditSeq = carried?.auditSeq ?? this.audit[this.audit.length - 1]?.seq ?? 0;
    this.requests = new Map((carried?.requests ?? legacyRequests(carried?.answers ?? [], now())).map((r) => [r.requestId, r]));
    this.appliedLimit = carried?.appliedLimit ?? null;
    this.ready = carried !== undefined;
    this.effects = carried?.pending ?? [];
    this.termAtStart = this.snapshot.context.term?.number ?? 0;
    this.flood = carried?.flood ?? { day: '', count: 0, summarySeq: null };
  }

  /** The worker's policy, read once at the first start and carried from then on, so a unit's dates never move. */
  adopt(policy: Policy): void {
    const { snapshot } = this;
    this.snapshot = restore({ value: persist(snapshot).value, context: { ...snapshot.context, policy, concurrency: { ...snapshot.context.concurrency, base: policy.baseConcurrency } } });
    this.ready = true;
  }

  /**
   * The state summary (query `state`, the answer, the search attributes, the audit's phase); pending
   * decisions' ages as of `at`, else the reader's to compute. Built once per state (issue 19): every
   * query and every reader of one workflow task's state share it, only the ages are added per call.
   */
  summary(at?: string): StateSummary {
    if (this.summarized?.snapshot !== this.snapshot) this.summarized = { snapshot: this.snapshot, summary: summarize(this.snapshot) };
    return at === undefined ? this.summarized.summary : agedAt(this.summarized.summary, at);
  }

  /** Issue 18, query `persisted`: the persisted state, for `system` or a provincial-bureau officer only. */
  persisted(reader: unknown): PersistedUnit {
    const refused = persistedReadRefusal(reader, this.snapshot.context.policy.provincialBureau);
    if (refused) throw rejectionFailure(rejection('Forbidden', refused, { ruleId: 'P-VER-02' }));
    return persist(this.snapshot);
  }

  /** notice ids are unique per lifetime: the first run id survives continue-as-new, a new application gets a new one */
  private noticeScope(): string {
    return `${workflowInfo().workflowId}/${workflowInfo().firstExecutionRunId.slice(0, 8)}`;
  }

  /** Appends to the audit trail and, through an activity, to the decision record (O-14). */
  record(entry: Omit<AuditEntry, 'seq'>, payload: unknown = null): AuditEntry {
    this.auditSeq++;
    const full = { seq: this.auditSeq, ...entry, policy: policyVersion(this.snapshot.context.policy) };
    this.audit.push(full);
    if (this.audit.length > AUDIT_CARRIED) this.audit.splice(0, this.audit.length - AUDIT_CARRIED);
    this.effects.push({ kind: 'record', record: { unitId: this.unitId, lifetime: workflowInfo().firstExecutionRunId, entry: full, payload } });
    return full;
  }

  /** Steps 4–6: apply a legal event (a command or a deadline), queue its effects. */
  apply(event: UnitEvent, requestId?: string, result: Step = step(this.snapshot, event)): AuditEntry {
    this.snapshot = result.snapshot;
    const actor = event.type === 'DEADLINE' ? CLOCK : event.actor;
    const command = event.type === 'DEADLINE' ? `DEADLINE:${event.what}` : event.type;
    // issue 18: an adoption names both versions
    const adopted = event.type === 'ADOPT_POLICY' ? { reason: `policy ${result.snapshot.context.previousPolicy ?? 'default'} → ${event.policy.version}, from ${event.at} on` } : event.type === 'IMPORT_UNIT' ? { reason: `imported from ${event.source}` } : {};
    const entry = this.record(
      { at: event.at, kind: event.type === 'DEADLINE' ? 'deadline' : 'command', actor, command, from: result.from, to: result.to, ruleId: result.ruleId, outcome: 'applied', ...adopted, ...(requestId ? { requestId } : {}) },
      event.type === 'DEADLINE' ? null : event,
    );
    result.notices.forEach((notice, index) => {
      const noticeId = `${this.noticeScope()}/${entry.seq}.${index + 1}`;
      this.effects.push({ kind: 'notice', notice, noticeId, at: event.at });
      // G5.4, N-24 (issue 12 fault 7): an addressee with no address (a using unit declared without a
      // contact) is told to the officer with the notice, in the same batch — never silent. Histories
      // written before this sent nothing for it and replay as they were.
      const missed = notice.to.every((a) => a === 'officer') ? [] : unreachable(this.snapshot.context, notice);
      if (missed.length > 0 && patched('notice-unreachable-escalates')) {
        const escalation: Notice = { template: 'deliveryFailed', ruleId: notice.ruleId, to: ['officer'], facts: { template: notice.template, noticeId, missed: missed.join('; ') } };
        this.effects.push({ kind: 'notice', notice: escalation, noticeId: `${noticeId}.unreachable`, at: event.at });
      }
    });
    const limit = effectiveLimit(this.snapshot.context.concurrency);
    // histories written before a terminated unit showed limit 0 never told the gateway so: they replay as they were
    if (this.snapshot.context.term && limit !== this.appliedLimit && (this.snapshot.context.termination === null || patched('terminated-limit-zero'))) {
      this.appliedLimit = limit;
      const { restrictions } = this.summary().concurrency;
      this.effects.push({ kind: 'limit', change: { unitId: this.unitId, limit, restrictions, at: event.at } });
    }
    this.version++;
    return entry;
  }

  private requestWindow(): RequestWindow {
    return { count: this.snapshot.context.policy.requestIdWindow, days: this.snapshot.context.policy.requestIdWindowDays };
  }

  /**
   * Steps 0–3, the one check of a command: seen before (its id replays), the same id for another
   * command (RequestIdReused), then the chart's check (parse, role, authority, legality) on `state()`,
   * the unit caught up to `at`. Computed lazily: a replayed request never catches up.
   */
  judge(input: unknown, at: string, state: () => UnitSnapshot): Verdict {
    const seen = judgeRequest(this.requests, input);
    if (seen.kind === 'replay') return { kind: 'replay' };
    // issue 18: the same facts imported again (a re-run of an import file) find the unit already imported
    if (alreadyImported(this.snapshot.context, input)) return { kind: 'replay' };
    const snapshot = state();
    if (seen.kind === 'reused') return { kind: 'refused', seen: 'reused', rejection: rejection('RequestIdReused', seen.message, { state: summarize(snapshot).phase }) };
    const checked = check(snapshot, input, at);
    if (checked.ok) return { kind: 'legal', command: checked.command };
    const { ok: _ok, ...refused } = checked;
    return { kind: 'refused', seen: 'new', rejection: refused };
  }

  /** The update's validator: `judge` on a caught-up copy (a refused update leaves no history; the security log gets it). */
  validate(input: unknown): void {
    const at = now();
    const verdict = this.judge(input, at, () => catchUp(this.snapshot, Date.parse(at)).snapshot);
    if (verdict.kind !== 'refused') return;
    reportRejectedUpdate({ actor: actorOf(input), command: typeOf(input), type: verdict.rejection.type, ruleId: verdict.rejection.ruleId });
    throw rejectionFailure(verdict.rejection);
  }

  /** Step ½ in the handler: every deadline due at or before `at` is applied first, in order (decisions.md). */
  private catchUpTo(at: string): void {
    const { steps } = catchUp(this.snapshot, Date.parse(at));
    // histories written before this catch-up applied the command first: they replay as they were
    if (steps.length === 0 || !patched('judged-at-instant')) return;
    for (const s of steps) this.apply(s.event, undefined, s.step);
  }

  /** The one path of every command, from the update or the signal: seen? → catch up → judge (the same function as the validator's) → apply. */
  dispatch(input: unknown, via: 'update' | 'signal'): StateSummary {
    const at = now();
    const verdict = this.judge(input, at, () => {
      this.catchUpTo(at);
      return this.snapshot;
    });
    if (verdict.kind === 'replay') return { ...this.summary(at), replayed: true };
    const requestId = requestIdOf(input);
    if (verdict.kind === 'refused') {
      // the state changed since the validator ran (another update of the same activation)
      if (via === 'update') throw rejectionFailure(verdict.rejection);
      if (!this.recordsInFull(at)) return this.summary();
      const { rejection: r } = verdict;
      const phase = this.summary().phase;
      const entry = this.record({ at, kind: 'command', actor: actorOf(input), command: typeOf(input), from: phase, to: phase, ruleId: r.ruleId ?? 'contract', outcome: 'rejected', reason: `${r.type}: ${r.reason}`, ...(requestId ? { requestId } : {}) }, input);
      if (requestId && verdict.seen === 'new') remember(this.requests, { requestId, fingerprint: fingerprint(input), type: typeOf(input), outcome: 'rejected', ruleId: entry.ruleId, seq: entry.seq, at }, this.requestWindow());
      this.version++;
      return this.summary();
    }
    // a behaviour change an old history must not see: the gates it was written before (machines/unit/gates.ts)
    const legacy = gatesFor(verdict.command.type).filter((gate) => !patched(gate));
    const entry = this.apply({ ...legacyCommand(verdict.command), at, ...(legacy.length ? { legacy } : {}) }, requestId);
    if (requestId) remember(this.requests, { requestId, fingerprint: fingerprint(input), type: verdict.command.type, outcome: 'applied', ruleId: entry.ruleId, seq: entry.seq, at }, this.requestWindow());
    return this.summary(at);
  }

  /**
   * Finding 4 (issue 14): a flood of illegal signals cannot grow the audit or the decision record
   * without bound. The first `rejectedSignalsPerDay` of a CST day are recorded in full; beyond them
   * one summary entry per day counts the rest (its count grows in the audit; the record keeps the entry).
   */
  private recordsInFull(at: string): boolean {
    const day = cstDate(at);
    if (this.flood.day !== day) this.flood = { day, count: 0, summarySeq: null };
    this.flood.count++;
    const cap = this.snapshot.context.policy.rejectedSignalsPerDay;
    if (this.flood.count <= cap) return true;
    const reason = `${this.flood.count - cap} further rejected signal(s) on ${day} beyond ${cap} a day: counted here, not recorded one by one`;
    const summarySeq = this.flood.summarySeq;
    const summary = summarySeq === null ? undefined : this.audit.findLast((e) => e.seq === summarySeq);
    if (summary) {
      summary.reason = reason;
      return false;
    }
    const phase = this.summary().phase;
    this.flood.summarySeq = this.record({ at, kind: 'command', actor: { role: 'system', id: 'flood-guard' }, command: 'REJECTED_SIGNALS', from: phase, to: phase, ruleId: 'contract', outcome: 'rejected', reason }).seq;
    this.version++;
    return false;
  }

  /** Time for a fresh run: Temporal suggests it, the history passed the policy's length, or a renewed term began. */
  shouldContinueAsNew(): boolean {
    const info = workflowInfo();
    const limit = this.snapshot.context.policy.continueAsNewAfterEvents;
    // a renewed term starts a fresh run (the onboarding run is short, so approval itself does not)
    const newTerm = (this.snapshot.context.term?.number ?? 0) > Math.max(this.termAtStart, 1);
    return info.continueAsNewSuggested || (limit !== null && info.historyLength >= limit) || newTerm;
  }

  /** The next run's argument: the state, the newest audit, the request ids still in the window, the queue. */
  carry(): UnitLifecycleInput {
    prune(this.requests, now(), this.requestWindow());
    const next: Carried = { unit: persist(this.snapshot), audit: this.audit, auditSeq: this.auditSeq, requests: [...this.requests.values()], appliedLimit: this.appliedLimit, pending: this.effects, flood: this.flood };
    return { unitId: this.unitId, carried: { packed: pack(next) } };
  }
}

/**
 * A command as histories written before a change of its meaning applied it: an officer's level
 * (`SET_CONCURRENCY` without `replacesLadder`) replaced the late-renewal ladder until the ladder
 * became its own restriction (issue 12, fault 8); those histories replay as they were.
 */
function legacyCommand(command: Command): Command {
  if (command.type !== 'SET_CONCURRENCY' || command.replacesLadder !== undefined || patched('officer-level-beside-ladder')) return command;
  return { ...command, replacesLadder: true };
}

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}

/** Answers carried by earlier versions: their ids stay known (any command with them replays), their answers are dropped. */
function legacyRequests(answers: [string, StateSummary][], at: string): RequestRecord[] {
  return answers.map(([requestId]) => ({ requestId, fingerprint: LEGACY_FINGERPRINT, type: '(earlier version)', outcome: 'applied', ruleId: 'contract', seq: 0, at }));
}

/** the command's type as the audit shows it (cut to 60 characters), `(no type)` when it has none */
function typeOf(input: unknown): string {
  const type = field(input, 'type');
  return typeof type === 'string' ? type.slice(0, 60) : '(no type)';
}

/** the actor the command claims, as the audit shows it */
function actorOf(input: unknown): AuditEntry['actor'] {
  const actor = field(input, 'actor');
  const role = field(actor, 'role');
  const id = field(actor, 'id');
  const shownId = typeof id === 'string' ? id.slice(0, 200) : '(unknown)';
  return role === 'officer' || role === 'unit' || role === 'usingUnit' || role === 'system' ? { role, id: shownId } : { role: 'unknown', id: shownId };
}
