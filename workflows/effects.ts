/**
 * Step 5 of a command's path: the side effects the chart decided — notices (mail activity),
 * the concurrency limit (gateway activity) and the decision record (O-14) — as data, queued in
 * order and performed one at a time beside the clock, so that a slow mail server never delays a
 * deadline. A queue survives continue-as-new (it travels in the carried state).
 */
import { condition, log, proxyActivities } from '@temporalio/workflow';
import type { Activities } from '../activities/index.js';
import type { ConcurrencyChange, DecisionRecord, NoticeRequest } from '../activities/types.js';
import type { Notice } from '../machines/notice.js';
import type { Policy } from '../machines/policy.js';
import type { Actor } from '../machines/schemas/actor.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import { noticeAuthority } from '../machines/unit/authority.js';
import type { UnitSnapshot } from '../machines/unit/engine.js';
import { recipientsFor, usingUnitsAddressed } from '../machines/unit/recipients.js';
import { summarize } from '../machines/unit/summary.js';

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

/** the actor of what the workflow does by itself (deadlines, notices) */
export const CLOCK: Actor = { role: 'system', id: 'clock' };

/** Sends a notice; its receipt (or its failure) is audited, and whoever it missed is escalated to the officer. */
async function deliver(host: EffectHost, notice: Notice, noticeId: string, at: string, now: () => string): Promise<void> {
  const { snapshot } = host;
  const request: NoticeRequest = {
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
  const phase = summarize(snapshot).phase;
  // the using units it is addressed to read its entry (client/scope.ts)
  const addressedTo = usingUnitsAddressed(snapshot.context, notice);
  const base = { at: now(), kind: 'notice' as const, actor: CLOCK, command: `NOTICE:${notice.template}`, from: phase, to: phase, ruleId: notice.ruleId, ...(addressedTo.length ? { addressedTo } : {}) };
  try {
    const receipt = await effectActivities(snapshot.context.policy).sendNotice(request);
    const missed = [...receipt.rejected, ...receipt.dropped.map((d) => d.email || d.audience)];
    host.record({ ...base, outcome: 'applied', reason: `${receipt.messageId} to ${receipt.accepted.join(', ') || 'nobody'}${missed.length ? `; not delivered to ${missed.join(', ')}` : ''}` });
    if (missed.length > 0) escalateDelivery(host, notice, noticeId, at, missed);
  } catch (err) {
    // a permanent delivery failure must not fail the unit: it is recorded and the officer is told
    const reason = String((err as Error).cause ?? err);
    log.warn('notice not delivered', { noticeId, error: reason });
    host.record({ ...base, outcome: 'failed', reason });
    escalateDelivery(host, notice, noticeId, at, [reason]);
  }
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
      log.error('decision record refused', { seq: effect.record.entry.seq, error: String((err as Error).cause ?? err) });
    }
  }
}

/**
 * The effects runner: performs the queue in order, one at a time, beside the main loop. `pause()`
 * lets the one being performed finish and leaves the rest queued (continue-as-new carries them);
 * `stop()` ends it.
 */
export class EffectRunner {
  private performing = false;
  private pausing = false;
  private stopping = false;
  private readonly done: Promise<void>;

  constructor(private readonly host: EffectHost, now: () => string) {
    this.done = (async () => {
      for (;;) {
        await condition(() => (host.effects.length > 0 && !this.pausing) || this.stopping);
        if (this.stopping) return;
        this.performing = true;
        await perform(host, host.effects.shift()!, now);
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
