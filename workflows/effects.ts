/**
 * Step 5 of a command's path: the side effects the chart decided — notices (mail activity),
 * the concurrency limit (gateway activity) and the decision record (O-14) — as data, queued in
 * order and performed beside the clock, so that a slow mail server never delays a deadline. A
 * queue survives continue-as-new (it travels in the carried state).
 *
 * Since 'effects-batched' (issues 13, 19) the runner takes the whole queue at once: every queued
 * record entry in one local activity (`recordDecisions`, in audit order: one record write per
 * workflow task), the latest limit change in one local activity, and up to `NOTICES_PER_BATCH`
 * notices in one `sendNotices` activity, the three side by side. What they queue (the notices'
 * receipts, escalations) goes in the next batch, so the record stays in sequence order and the
 * queue never grows with the commands of a burst. Runs started before replay one effect at a time.
 */
import { condition, log, patched, proxyActivities, proxyLocalActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { ConcurrencyChange, DecisionRecord, NoticeBatch, NoticeOutcome, NoticeRequest, RecordRefusal } from '../activities/types.js';
import type { Notice } from '../machines/notice.js';
import type { Policy } from '../machines/policy.js';
import type { Actor } from '../machines/schemas/actor.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import { noticeAuthority } from '../machines/unit/authority.js';
import type { UnitSnapshot } from '../machines/unit/engine.js';
import { recipientsFor, usingUnitsAddressed } from '../machines/unit/recipients.js';
import type { StateSummary } from '../machines/unit/summary.js';

/** A side effect the chart decided, as data so that it survives continue-as-new. */
export type Effect =
  | { kind: 'notice'; notice: Notice; noticeId: string; at: string }
  | { kind: 'limit'; change: ConcurrencyChange }
  | { kind: 'record'; record: DecisionRecord };

/** What performing an effect needs of the unit: its state, its audit and its queue. */
export interface EffectHost {
  readonly unitId: string;
  readonly snapshot: UnitSnapshot;
  /** the queue, in order */
  readonly effects: Effect[];
  /** appends to the audit trail (and queues the decision record) */
  record(entry: Omit<AuditEntry, 'seq'>): AuditEntry;
  /** the summary of `snapshot` (built once per state) */
  summary(): StateSummary;
}

export const { loadPolicy } = proxyActivities<Activities>({
  startToCloseTimeout: '1 minute',
  retry: { initialInterval: '2 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 },
});

/**
 * The effect activities with the unit's policy's start-to-close timeouts (`effectTimeoutSeconds`,
 * default 60; `noticeTimeoutSeconds`, default 120): a worker that dies mid-attempt holds the effect
 * this long before another attempt runs it.
 */
export function effectActivities(policy: Pick<Policy, 'effectTimeoutSeconds' | 'noticeTimeoutSeconds'>) {
  const { applyConcurrencyLimit, recordDecision } = proxyActivities<Activities>({
    startToCloseTimeout: policy.effectTimeoutSeconds * 1000,
    retry: { initialInterval: '2 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 },
  });
  const { sendNotice } = proxyActivities<Activities>({
    startToCloseTimeout: policy.noticeTimeoutSeconds * 1000,
    retry: { initialInterval: '5 seconds', maximumInterval: '1 hour', backoffCoefficient: 2, maximumAttempts: 20 },
  });
  return { applyConcurrencyLimit, recordDecision, sendNotice };
}

/** the most notices one `sendNotices` activity sends (its start-to-close is the policy's per notice times the batch) */
export const NOTICES_PER_BATCH = 10;

/** the notice retry policy's attempts; on the last one `sendNotices` reports what it could not deliver */
const NOTICE_ATTEMPTS = 20;

const RETRY_EFFECT = { initialInterval: '2 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 } as const;

/** The batched effect activities (patch 'effects-batched'): the record and the limit local, the notices one activity per batch. */
function batchActivities(policy: Pick<Policy, 'effectTimeoutSeconds' | 'noticeTimeoutSeconds'>, notices: number) {
  const { applyConcurrencyLimit, recordDecisions } = proxyLocalActivities<Activities>({ startToCloseTimeout: policy.effectTimeoutSeconds * 1000, retry: RETRY_EFFECT });
  const { sendNotices } = proxyActivities<Activities>({
    startToCloseTimeout: policy.noticeTimeoutSeconds * 1000 * Math.max(1, notices),
    retry: { initialInterval: '5 seconds', maximumInterval: '1 hour', backoffCoefficient: 2, maximumAttempts: NOTICE_ATTEMPTS },
  });
  return { applyConcurrencyLimit, recordDecisions, sendNotices };
}

/** the actor of what the workflow does by itself (deadlines, notices) */
export const CLOCK: Actor = { role: 'system', id: 'clock' };

/** the activity's request for a queued notice */
function noticeRequest(host: EffectHost, notice: Notice, noticeId: string, at: string): NoticeRequest {
  const { snapshot } = host;
  return {
    noticeId,
    unitId: host.unitId,
    unitName: snapshot.context.submission?.application.dcuName ?? null,
    template: notice.template,
    ruleId: notice.ruleId,
    audience: notice.to,
    recipients: recipientsFor(snapshot.context, notice),
    facts: notice.facts,
    at,
    authority: noticeAuthority(snapshot.context, notice.facts),
  };
}

/** A notice's receipt (or its failure) is audited, and whoever it missed is escalated to the officer. */
function audit(host: EffectHost, notice: Notice, noticeId: string, at: string, now: () => string, outcome: NoticeOutcome): void {
  const { snapshot } = host;
  const phase = host.summary().phase;
  // the using units it is addressed to read its entry (client/scope.ts)
  const addressedTo = usingUnitsAddressed(snapshot.context, notice);
  const base = { at: now(), kind: 'notice' as const, actor: CLOCK, command: `NOTICE:${notice.template}`, from: phase, to: phase, ruleId: notice.ruleId, ...(addressedTo.length ? { addressedTo } : {}) };
  if ('receipt' in outcome) {
    const { receipt } = outcome;
    const missed = [...receipt.rejected, ...receipt.dropped.map((d) => d.email || d.audience)];
    host.record({ ...base, outcome: 'applied', reason: `${receipt.messageId} to ${receipt.accepted.join(', ') || 'nobody'}${missed.length ? `; not delivered to ${missed.join(', ')}` : ''}` });
    if (missed.length > 0) escalateDelivery(host, notice, noticeId, at, missed);
    return;
  }
  // a permanent delivery failure must not fail the unit: it is recorded and the officer is told
  log.warn('notice not delivered', { noticeId, error: outcome.failed });
  host.record({ ...base, outcome: 'failed', reason: outcome.failed });
  escalateDelivery(host, notice, noticeId, at, [outcome.failed]);
}

/** why an activity failed, as the audit shows it */
const failureOf = (err: unknown): string => String((err as Error).cause ?? err);

/** Sends a notice (one activity, before 'effects-batched'); its receipt (or its failure) is audited. */
async function deliver(host: EffectHost, notice: Notice, noticeId: string, at: string, now: () => string): Promise<void> {
  const request = noticeRequest(host, notice, noticeId, at);
  let outcome: NoticeOutcome;
  try {
    outcome = { receipt: await effectActivities(host.snapshot.context.policy).sendNotice(request) };
  } catch (err) {
    outcome = { failed: failureOf(err) };
  }
  audit(host, notice, noticeId, at, now, outcome);
}

type NoticeEffect = Extract<Effect, { kind: 'notice' }>;

/** Sends a batch of notices through `send` and audits each outcome (receipts queued as record entries), in the order they were decided. */
async function sendAndAudit(host: EffectHost, now: () => string, notices: NoticeEffect[], send: (batch: NoticeBatch) => Promise<NoticeOutcome[]>, leaseMs?: number): Promise<void> {
  const requests = notices.map((n) => noticeRequest(host, n.notice, n.noticeId, n.at));
  let outcomes: NoticeOutcome[];
  try {
    outcomes = await send({ requests, maximumAttempts: NOTICE_ATTEMPTS, ...(leaseMs ? { leaseMs } : {}) });
  } catch (err) {
    const failed = failureOf(err);
    outcomes = notices.map(() => ({ failed }));
  }
  notices.forEach((n, i) => audit(host, n.notice, n.noticeId, n.at, now, outcomes[i]!));
}

/** Writes record entries in one `recordDecisions`; a refusal is logged, never fails the unit. */
async function writeRecords(write: (records: DecisionRecord[]) => Promise<RecordRefusal[]>, records: DecisionRecord[]): Promise<void> {
  try {
    for (const r of await write(records)) log.error('decision record refused', { seq: r.seq, error: r.error });
  } catch (err) {
    log.error('decision record refused', { seqs: records.map((r) => r.entry.seq).join(','), error: failureOf(err) });
  }
}

/**
 * One batch (patch 'effects-batched'): takes every queued record entry, the latest limit change and
 * the first `NOTICES_PER_BATCH` notices off the queue and performs them side by side; the notices'
 * receipts are audited (queued for the next batch) in the order the notices were decided.
 */
async function performBatch(host: EffectHost, now: () => string): Promise<void> {
  const records: DecisionRecord[] = [];
  const notices: NoticeEffect[] = [];
  const rest: Effect[] = [];
  let limit: ConcurrencyChange | null = null;
  for (const effect of host.effects) {
    if (effect.kind === 'record') records.push(effect.record);
    // the gateway enforces the effective limit: only the latest change of the queue matters
    else if (effect.kind === 'limit') limit = effect.change;
    else if (notices.length < NOTICES_PER_BATCH) notices.push(effect);
    else rest.push(effect);
  }
  host.effects.splice(0, host.effects.length, ...rest);
  const acts = batchActivities(host.snapshot.context.policy, notices.length);
  await Promise.all([records.length > 0 ? writeRecords(acts.recordDecisions, records) : null, limit ? acts.applyConcurrencyLimit(limit) : null, notices.length > 0 ? sendAndAudit(host, now, notices, acts.sendNotices) : null]);
}

/** the local attempt's start-to-close for a batch of `notices`: under the 10 s workflow task timeout, so a task never has to be kept alive */
export const localNoticeTimeoutMs = (notices: number): number => Math.min(LOCAL_NOTICE_MAX_MS, 2000 + 500 * notices);
const LOCAL_NOTICE_MAX_MS = 8000;

/** after a local attempt failed (a slow or failing mail server), notices go as ordinary activities for this long (workflow time) */
export const SLOW_MAIL_MS = 10 * 60_000;

/** When the mail server was last found slow: until then notices are not sent locally (per run, not carried). */
export interface MailState {
  slowUntil: number;
}

/**
 * One batch (patch 'notices-local', issue 19): the notices first, as one local `sendNotices`
 * attempt within the workflow task (bounded by `localNoticeTimeoutMs`, no retry), their receipts
 * audited at once; then every record entry queued so far — the batch's and the receipts, in audit
 * order — in one local `recordDecisions`; the latest limit change beside them. A timer's notice and
 * its receipt thus take one workflow task, and a command's its update's task.
 *
 * A slow mail server must not hold every update behind it: a local attempt that fails or runs out
 * of time hands the batch to the ordinary `sendNotices` activity (retried with backoff, outside the
 * task, as before) and for `SLOW_MAIL_MS` after it every batch goes that way; the record entries are
 * written at once. Exactly once holds as for a retry: the sent-notice claim (activities/sentNotices.ts)
 * is leased for the ordinary activity's time, so an abandoned local send is never sent again over.
 */
async function performLocalBatch(host: EffectHost, now: () => string, mail: MailState): Promise<void> {
  const notices: NoticeEffect[] = [];
  const rest: Effect[] = [];
  let limit: ConcurrencyChange | null = null;
  for (const effect of host.effects) {
    if (effect.kind === 'limit') limit = effect.change;
    else if (effect.kind === 'notice' && notices.length < NOTICES_PER_BATCH) notices.push(effect);
    else rest.push(effect);
  }
  host.effects.splice(0, host.effects.length, ...rest);
  const { policy } = host.snapshot.context;
  const acts = batchActivities(policy, notices.length);
  const limitApplied = limit ? acts.applyConcurrencyLimit(limit) : null;
  let remote: Promise<void> | null = null;
  if (notices.length > 0) {
    if (Date.now() < mail.slowUntil) remote = sendAndAudit(host, now, notices, acts.sendNotices);
    else {
      const { sendNotices } = proxyLocalActivities<Activities>({ startToCloseTimeout: localNoticeTimeoutMs(notices.length), retry: { maximumAttempts: 1 } });
      // the claim outlives the local attempt as long as the ordinary activity's would
      const leaseMs = Math.round(policy.noticeTimeoutSeconds * 1000 * notices.length * 1.5);
      try {
        const outcomes = await sendNotices({ requests: notices.map((n) => noticeRequest(host, n.notice, n.noticeId, n.at)), maximumAttempts: NOTICE_ATTEMPTS, leaseMs });
        notices.forEach((n, i) => audit(host, n.notice, n.noticeId, n.at, now, outcomes[i]!));
      } catch (err) {
        log.warn('notices handed to an activity: the local attempt failed', { notices: notices.length, error: failureOf(err) });
        mail.slowUntil = Date.now() + SLOW_MAIL_MS;
        remote = sendAndAudit(host, now, notices, acts.sendNotices);
      }
    }
  }
  // every record entry queued so far, the receipts included, in audit order
  const records: DecisionRecord[] = [];
  const left: Effect[] = [];
  for (const effect of host.effects) (effect.kind === 'record' ? records.push(effect.record) : left.push(effect));
  host.effects.splice(0, host.effects.length, ...left);
  await Promise.all([records.length > 0 ? writeRecords(acts.recordDecisions, records) : null, limitApplied, remote]);
}

/** A notice that did not reach everyone goes to the officer (never for an officer-only notice: no loop). */
function escalateDelivery(host: EffectHost, notice: Notice, noticeId: string, at: string, missed: string[]): void {
  if (notice.template === 'deliveryFailed' || notice.to.every((a) => a === 'officer')) return;
  const escalation: Notice = { template: 'deliveryFailed', ruleId: notice.ruleId, to: ['officer'], facts: { template: notice.template, noticeId, missed: missed.join('; ') } };
  host.effects.push({ kind: 'notice', notice: escalation, noticeId: `${noticeId}.failed`, at });
}

async function perform(host: EffectHost, effect: Effect, now: () => string): Promise<void> {
  if (effect.kind === 'notice') await deliver(host, effect.notice, effect.noticeId, effect.at, now);
  else if (effect.kind === 'limit') await effectActivities(host.snapshot.context.policy).applyConcurrencyLimit(effect.change);
  else {
    try {
      await effectActivities(host.snapshot.context.policy).recordDecision(effect.record);
    } catch (err) {
      // a permanent refusal (RecordConflict: the same key with other content) must not stall the unit;
      // the record's verifier reports the gap, the worker log says why
      log.error('decision record refused', { seq: effect.record.entry.seq, error: failureOf(err) });
    }
  }
}

/**
 * The effects runner: performs the queue beside the main loop, a batch at a time (one effect at a
 * time in runs started before 'effects-batched'). `pause()` lets the batch being performed finish
 * and leaves the rest queued (continue-as-new carries them); `stop()` ends it.
 */
export class EffectRunner {
  private performing = false;
  private pausing = false;
  private stopping = false;
  private readonly done: Promise<void>;

  constructor(private readonly host: EffectHost, now: () => string) {
    // decided once per run, where the run begins: histories written before replay one effect at a time,
    // or their notices as ordinary activities
    const batched = patched('effects-batched');
    const local = batched && patched('notices-local');
    const mail: MailState = { slowUntil: 0 };
    this.done = (async () => {
      for (;;) {
        await condition(() => (host.effects.length > 0 && !this.pausing) || this.stopping);
        if (this.stopping) return;
        this.performing = true;
        if (local) await performLocalBatch(host, now, mail);
        else if (batched) await performBatch(host, now);
        else await perform(host, host.effects.shift()!, now);
        this.performing = false;
      }
    })();
  }

  /** true while an effect is being performed */
  get busy(): boolean {
    return this.performing;
  }

  /** the queue stops being taken from; the effect in hand still finishes */
  pause(): void {
    this.pausing = true;
  }

  /** the runner ends (after `pause`, once nothing is being performed) */
  stop(): void {
    this.stopping = true;
  }

  /** resolves when the runner has ended */
  finished(): Promise<void> {
    return this.done;
  }
}
