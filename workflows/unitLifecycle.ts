/**
 * `unitLifecycle`: one direct-connect unit, from application to closed record (id `unit:<USCC>`).
 *
 * The chart decides; this workflow owns the clock and the effects. Handlers only forward to
 * `apply`; the main loop sleeps until the chart's earliest deadline or the next command,
 * runs effects in order, and continues as new when the history grows or a new term begins.
 */
import {
  allHandlersFinished,
  condition,
  continueAsNew,
  log,
  patched,
  proxyActivities,
  setHandler,
  workflowInfo,
} from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { ConcurrencyChange, DecisionRecord, NoticeRequest } from '../activities/types.js';
import { cstDate, toCstInstant } from '../machines/calendar.js';
import { defaultPolicy } from '../machines/policy.js';
import { rejection, type Rejection } from '../machines/rejection.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import type { Actor } from '../machines/schemas/actor.js';
import { effectiveLimit } from '../machines/unit/term/concurrency.js';
import { deadlines } from '../machines/unit/deadlines.js';
import { catchUp, check, deadlineEvent, dueDeadlines, persist, restore, start, step, type PersistedUnit, type Step, type UnitSnapshot } from '../machines/unit/engine.js';
import { fingerprint, judgeRequest, LEGACY_FINGERPRINT, prune, remember, requestIdOf, type RequestRecord, type RequestWindow } from '../machines/unit/requests.js';
import { startProblem } from '../machines/unit/start.js';
import type { UnitEvent } from '../machines/unit/events.js';
import { noticeAuthority } from '../machines/unit/authority.js';
import type { Notice } from '../machines/notice.js';
import { recipientsFor, usingUnitsAddressed } from '../machines/unit/recipients.js';
import { summarize, type StateSummary } from '../machines/unit/summary.js';
import { auditQuery, dispatchUpdate, eventSignal, INVALID_START, rejectionFailure, stateQuery } from '../contract/index.js';
import { pack, unpack } from './pack.js';
import { publishSearchAttributes } from './publish.js';
import { reportRejectedUpdate } from './sinks.js';

export interface UnitLifecycleInput {
  unitId: string;
  /** state carried across continue-as-new, packed (workflows/pack.ts); clients never send it */
  carried?: Carried | { packed: string };
}

interface Carried {
  unit: PersistedUnit;
  /** the newest audit entries only (`auditCarried`); the decision record holds them all */
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

/** A side effect the chart decided, as data so that it survives continue-as-new. */
type Effect =
  | { kind: 'notice'; notice: Notice; noticeId: string; at: string }
  | { kind: 'limit'; change: ConcurrencyChange }
  | { kind: 'record'; record: DecisionRecord };

const { loadPolicy, applyConcurrencyLimit, recordDecision } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});
const { sendNotice } = proxyActivities<Activities>({
  startToCloseTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', maximumInterval: '1 hour', backoffCoefficient: 2, maximumAttempts: 20 },
});

const CLOCK: Actor = { role: 'system', id: 'clock' };
const now = (): string => toCstInstant(Date.now());

/** How many audit entries a run keeps in memory and carries across continue-as-new. */
export const AUDIT_CARRIED = 1000;

export async function unitLifecycle(input: UnitLifecycleInput): Promise<StateSummary> {
  // contract: a bad start argument fails the workflow at once instead of leaving a zombie prospect
  const problem = input?.carried ? null : startProblem(input, workflowInfo().workflowId);
  // histories started before the check replay unchecked (the marker is written only on a fresh start)
  if (problem !== null && patched('start-checked')) throw rejectionFailure(rejection(INVALID_START, problem));
  const { unitId } = input;
  // runs before the state was packed carried it as plain JSON
  const carried: Carried | undefined = input.carried && 'packed' in input.carried ? unpack<Carried>(input.carried.packed) : input.carried;
  let snapshot: UnitSnapshot = carried ? restore(carried.unit) : start({ unitId, policy: defaultPolicy });
  const audit: AuditEntry[] = carried?.audit ?? [];
  let auditSeq = carried?.auditSeq ?? audit[audit.length - 1]?.seq ?? 0;
  const requests = new Map<string, RequestRecord>((carried?.requests ?? legacyRequests(carried?.answers ?? [], now())).map((r) => [r.requestId, r]));
  let appliedLimit = carried?.appliedLimit ?? null;
  let ready = carried !== undefined;
  let version = 0;
  const effects: Effect[] = carried?.pending ?? [];
  const termAtStart = snapshot.context.term?.number ?? 0;
  let flood: Flood = carried?.flood ?? { day: '', count: 0, summarySeq: null };

  /** notice ids are unique per lifetime: the first run id survives continue-as-new, a new application gets a new one */
  const noticeScope = (): string => `${workflowInfo().workflowId}/${workflowInfo().firstExecutionRunId.slice(0, 8)}`;

  /** Appends to the audit trail and, through an activity, to the decision record (O-14). */
  function record(entry: Omit<AuditEntry, 'seq'>, payload: unknown = null): AuditEntry {
    auditSeq++;
    const full = { seq: auditSeq, ...entry };
    audit.push(full);
    if (audit.length > AUDIT_CARRIED) audit.splice(0, audit.length - AUDIT_CARRIED);
    effects.push({ kind: 'record', record: { unitId, lifetime: workflowInfo().firstExecutionRunId, entry: full, payload } });
    return full;
  }

  /** Steps 4–6: apply a legal event, queue its effects, publish. */
  function apply(event: UnitEvent, requestId?: string, result: Step = step(snapshot, event)): AuditEntry {
    snapshot = result.snapshot;
    const actor = event.type === 'DEADLINE' ? CLOCK : event.actor;
    const command = event.type === 'DEADLINE' ? `DEADLINE:${event.what}` : event.type;
    const entry = record({
      at: event.at,
      kind: event.type === 'DEADLINE' ? 'deadline' : 'command',
      actor,
      command,
      from: result.from,
      to: result.to,
      ruleId: result.ruleId,
      outcome: 'applied',
      ...(requestId ? { requestId } : {}),
    }, event.type === 'DEADLINE' ? null : event);
    result.notices.forEach((notice, index) => effects.push({ kind: 'notice', notice, noticeId: `${noticeScope()}/${entry.seq}.${index + 1}`, at: event.at }));
    const limit = effectiveLimit(snapshot.context.concurrency);
    if (snapshot.context.term && limit !== appliedLimit) {
      appliedLimit = limit;
      const { restrictions } = summarize(snapshot).concurrency;
      effects.push({ kind: 'limit', change: { unitId, limit, restrictions, at: event.at } });
    }
    version++;
    return entry;
  }

  async function deliver(notice: Notice, noticeId: string, at: string): Promise<void> {
    const request: NoticeRequest = {
      noticeId,
      unitId,
      unitName: snapshot.context.submission?.application.dcuName ?? null,
      template: notice.template,
      ruleId: notice.ruleId,
      audience: notice.to,
      recipients: recipientsFor(snapshot.context, notice),
      facts: notice.facts,
      at,
      authority: noticeAuthority(snapshot.context, notice.facts),
    };
    const phase = summarize(snapshot).phase;
    const addressedTo = usingUnitsAddressed(snapshot.context, notice);
    const base = { at: now(), kind: 'notice' as const, actor: CLOCK, command: `NOTICE:${notice.template}`, from: phase, to: phase, ruleId: notice.ruleId, ...(addressedTo.length ? { addressedTo } : {}) };
    try {
      const receipt = await sendNotice(request);
      const missed = [...receipt.rejected, ...receipt.dropped.map((d) => d.email || d.audience)];
      record({ ...base, outcome: 'applied', reason: `${receipt.messageId} to ${receipt.accepted.join(', ') || 'nobody'}${missed.length ? `; not delivered to ${missed.join(', ')}` : ''}` });
      if (missed.length > 0) escalateDelivery(notice, noticeId, at, missed);
    } catch (err) {
      // a permanent delivery failure must not fail the unit: it is recorded and the officer is told
      const reason = String((err as Error).cause ?? err);
      log.warn('notice not delivered', { noticeId, error: reason });
      record({ ...base, outcome: 'failed', reason });
      escalateDelivery(notice, noticeId, at, [reason]);
    }
  }

  /** A notice that did not reach everyone goes to the officer (never for an officer-only notice: no loop). */
  function escalateDelivery(notice: Notice, noticeId: string, at: string, missed: string[]): void {
    if (notice.template === 'deliveryFailed' || notice.to.every((a) => a === 'officer')) return;
    const escalation: Notice = { template: 'deliveryFailed', ruleId: notice.ruleId, to: ['officer'], facts: { template: notice.template, noticeId, missed: missed.join('; ') } };
    effects.push({ kind: 'notice', notice: escalation, noticeId: `${noticeId}.failed`, at });
  }

  const requestWindow = (): RequestWindow => ({ count: snapshot.context.policy.requestIdWindow, days: snapshot.context.policy.requestIdWindowDays });

  /** A contract rejection of an update (nothing applied, no history). */
  function refuse(r: Rejection): never {
    throw rejectionFailure(r);
  }

  /** RequestIdReused (contract): the id was already used for another command. */
  const reused = (message: string): Rejection => rejection('RequestIdReused', message, { state: summarize(snapshot).phase });

  /** Step ½ in the handler: every deadline due at or before `at` is applied first, in order (decisions.md). */
  function catchUpTo(at: string): void {
    const { steps } = catchUp(snapshot, Date.parse(at));
    // histories written before this catch-up applied the command first: they replay as they were
    if (steps.length === 0 || !patched('judged-at-instant')) return;
    for (const s of steps) apply(s.event, undefined, s.step);
  }

  /** The one path of every command, from the update or the signal: seen? → catch up → check → apply. */
  function dispatch(input: unknown, via: 'update' | 'signal'): StateSummary {
    const requestId = requestIdOf(input);
    const seen = judgeRequest(requests, input);
    if (seen.kind === 'replay') return { ...summarize(snapshot, now()), replayed: true };
    const at = now();
    catchUpTo(at);
    const checked: ReturnType<typeof check> = seen.kind === 'reused' ? { ok: false, ...reused(seen.message) } : check(snapshot, input, at);
    if (!checked.ok) {
      if (via === 'update') refuse(detailOf(checked));
      if (!recordsInFull(at)) return summarize(snapshot);
      const phase = summarize(snapshot).phase;
      const entry = record({ at, kind: 'command', actor: actorOf(input), command: typeOf(input), from: phase, to: phase, ruleId: checked.ruleId ?? 'contract', outcome: 'rejected', reason: `${checked.type}: ${checked.reason}`, ...(requestId ? { requestId } : {}) }, input);
      if (requestId && seen.kind === 'new') remember(requests, { requestId, fingerprint: fingerprint(input), type: typeOf(input), outcome: 'rejected', ruleId: entry.ruleId, seq: entry.seq, at }, requestWindow());
      version++;
      return summarize(snapshot);
    }
    const entry = apply({ ...checked.command, at }, requestId);
    if (requestId) remember(requests, { requestId, fingerprint: fingerprint(input), type: checked.command.type, outcome: 'applied', ruleId: entry.ruleId, seq: entry.seq, at }, requestWindow());
    return summarize(snapshot, at);
  }

  /**
   * Finding 4 (issue 14): a flood of illegal signals cannot grow the audit or the decision record
   * without bound. The first `rejectedSignalsPerDay` of a CST day are recorded in full; beyond them
   * one summary entry per day counts the rest (its count grows in the audit; the record keeps the entry).
   */
  function recordsInFull(at: string): boolean {
    const day = cstDate(at);
    if (flood.day !== day) flood = { day, count: 0, summarySeq: null };
    flood.count++;
    const cap = snapshot.context.policy.rejectedSignalsPerDay;
    if (flood.count <= cap) return true;
    const reason = `${flood.count - cap} further rejected signal(s) on ${day} beyond ${cap} a day: counted here, not recorded one by one`;
    const summary = flood.summarySeq === null ? undefined : audit.findLast((e) => e.seq === flood.summarySeq);
    if (summary) {
      summary.reason = reason;
      return false;
    }
    const phase = summarize(snapshot).phase;
    flood.summarySeq = record({ at, kind: 'command', actor: { role: 'system', id: 'flood-guard' }, command: 'REJECTED_SIGNALS', from: phase, to: phase, ruleId: 'contract', outcome: 'rejected', reason }).seq;
    version++;
    return false;
  }

  // pending decisions' ages are the reader's to compute (client/client.ts withAges): a query answers from the last activity
  setHandler(stateQuery, () => summarize(snapshot));
  setHandler(auditQuery, () => audit);
  setHandler(
    dispatchUpdate,
    async (command) => {
      await condition(() => ready);
      return dispatch(command, 'update');
    },
    {
      // steps 0–3 on a caught-up copy: a command is judged against the state at its instant
      validator: (command) => {
        const seen = judgeRequest(requests, command);
        if (seen.kind === 'replay') return;
        // a refused update leaves no history: the security log (O-14) gets it through a sink
        const refuseLogged = (r: Rejection): never => {
          reportRejectedUpdate({ actor: actorOf(command), command: typeOf(command), type: r.type, ruleId: r.ruleId });
          return refuse(r);
        };
        if (seen.kind === 'reused') refuseLogged(reused(seen.message));
        const at = now();
        const checked = check(catchUp(snapshot, Date.parse(at)).snapshot, command, at);
        if (!checked.ok) refuseLogged(detailOf(checked));
      },
    },
  );
  setHandler(eventSignal, async (command) => {
    await condition(() => ready);
    dispatch(command, 'signal');
  });

  if (!ready) {
    // the worker's policy, read once and carried from then on, so a unit's dates never move
    const policy = await loadPolicy();
    snapshot = restore({ value: persist(snapshot).value, context: { ...snapshot.context, policy, concurrency: { ...snapshot.context.concurrency, base: policy.baseConcurrency } } });
    ready = true;
  }
  let published = publishSearchAttributes(snapshot, null);

  async function perform(effect: Effect): Promise<void> {
    if (effect.kind === 'notice') await deliver(effect.notice, effect.noticeId, effect.at);
    else if (effect.kind === 'limit') await applyConcurrencyLimit(effect.change);
    else {
      try {
        await recordDecision(effect.record);
      } catch (err) {
        // a permanent refusal (RecordConflict: the same key with other content) must not stall the unit;
        // the record's verifier reports the gap, the worker log says why
        log.error('decision record refused', { seq: effect.record.entry.seq, error: String((err as Error).cause ?? err) });
      }
    }
  }

  // effects run in order beside the clock, so a slow mail server never delays a deadline or a listing
  let performing = false;
  let pausing = false;
  let stopping = false;
  const runner = (async () => {
    for (;;) {
      await condition(() => (effects.length > 0 && !pausing) || stopping);
      if (stopping) return;
      performing = true;
      await perform(effects.shift()!);
      performing = false;
    }
  })();

  for (;;) {
    published = publishSearchAttributes(snapshot, published);
    if (snapshot.status === 'done') break;
    if (shouldContinueAsNew(snapshot, termAtStart)) {
      // pending effects travel along; only the one being performed is awaited
      pausing = true;
      await condition(() => !performing && allHandlersFinished());
      stopping = true;
      prune(requests, now(), requestWindow());
      const next: Carried = { unit: persist(snapshot), audit, auditSeq, requests: [...requests.values()], appliedLimit, pending: effects, flood };
      return continueAsNew<typeof unitLifecycle>({ unitId, carried: { packed: pack(next) } });
    }
    const due = dueDeadlines(snapshot, Date.now())[0];
    if (due) {
      apply(deadlineEvent(due));
      continue;
    }
    const next = deadlines(snapshot.context)[0];
    const seen = version;
    const timeout = next ? Math.max(1, Date.parse(next.at) - Date.now()) : undefined;
    await condition(() => version !== seen, timeout);
  }
  // the record is closed (T-10): the last notices go out, then the run completes
  await condition(() => effects.length === 0 && !performing && allHandlersFinished());
  stopping = true;
  await runner;
  return summarize(snapshot);
}

function shouldContinueAsNew(snapshot: UnitSnapshot, termAtStart: number): boolean {
  const info = workflowInfo();
  const limit = snapshot.context.policy.continueAsNewAfterEvents;
  // a renewed term starts a fresh run (the onboarding run is short, so approval itself does not)
  const newTerm = (snapshot.context.term?.number ?? 0) > Math.max(termAtStart, 1);
  return info.continueAsNewSuggested || (limit !== null && info.historyLength >= limit) || newTerm;
}

/** the contract's rejection of a failed check, without the `ok` flag */
function detailOf({ ok: _ok, ...r }: Rejection & { ok: false }): Rejection {
  return r;
}

function field(input: unknown, name: string): unknown {
  return typeof input === 'object' && input !== null ? (input as Record<string, unknown>)[name] : undefined;
}

/** Answers carried by earlier versions: their ids stay known (any command with them replays), their answers are dropped. */
function legacyRequests(answers: [string, StateSummary][], at: string): RequestRecord[] {
  return answers.map(([requestId]) => ({ requestId, fingerprint: LEGACY_FINGERPRINT, type: '(earlier version)', outcome: 'applied', ruleId: 'contract', seq: 0, at }));
}

function typeOf(input: unknown): string {
  const type = field(input, 'type');
  return typeof type === 'string' ? type.slice(0, 60) : '(no type)';
}

function actorOf(input: unknown): AuditEntry['actor'] {
  const actor = field(input, 'actor');
  const role = field(actor, 'role');
  const id = field(actor, 'id');
  const shownId = typeof id === 'string' ? id.slice(0, 200) : '(unknown)';
  return role === 'officer' || role === 'unit' || role === 'usingUnit' || role === 'system' ? { role, id: shownId } : { role: 'unknown', id: shownId };
}
