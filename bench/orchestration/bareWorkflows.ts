/**
 * The two baselines of `npm run bench` (bench/orchestration.ts), bundled on their own so that they
 * never load the pure core (machines/): no chart, no zod, no state summary.
 *
 * - `bareUnit`: the update `dispatch` appends the command to an array and returns its length (the
 *   no-effect ceiling of a Temporal workflow on this machine).
 * - `bareEffectsUnit`: the same, and it performs the effects unitLifecycle performs for the bench's
 *   commands, through the same activities batched the same way (workflows/effects.ts, 'notices-local'):
 *   the queued notices (to the unit's contacts) in one local `sendNotices` attempt, then every queued
 *   decision record entry with the notices' receipts in one local `recordDecisions`, the latest
 *   concurrency limit in one local `applyConcurrencyLimit` beside them. Effects run beside the
 *   updates, as in unitLifecycle (within the update's workflow task; a slow mail server, which the
 *   bench's null sink never is, would hand the notices to an ordinary activity there).
 */
import { condition, defineUpdate, proxyLocalActivities, setHandler, workflowInfo } from '@temporalio/workflow';
import type { Activities } from '../../activities/index.js';
import type { DecisionRecord, NoticeRequest, Recipient } from '../../activities/types.js';

/** the bench's command: a type and an actor, and the limit of a SET_CONCURRENCY */
export interface BareCommand {
  type: string;
  actor: { role: string; id: string };
  limit?: number;
  reason?: string;
}

export interface BareInput {
  unitId: string;
  /** who a notice to `unit` goes to (the example application's contacts) */
  recipients: Recipient[];
}

/** the baselines' update: same name as the contract's, a lean answer */
export const bareDispatch = defineUpdate<{ n: number }, [BareCommand]>('dispatch');

const retry = { initialInterval: '2 seconds', maximumInterval: '10 minutes', backoffCoefficient: 2 } as const;
const { recordDecisions, applyConcurrencyLimit } = proxyLocalActivities<Activities>({ startToCloseTimeout: '1 minute', retry });
const { sendNotices: sendNoticesLocally } = proxyLocalActivities<Activities>({ startToCloseTimeout: '2.5 seconds', retry: { maximumAttempts: 1 } });

/** Baseline 1: an update that appends to an array and returns. Never completes (the bench drops the server). */
export async function bareUnit(_input: BareInput): Promise<void> {
  const commands: BareCommand[] = [];
  setHandler(bareDispatch, (command) => {
    commands.push(command);
    return { n: commands.length };
  });
  await condition(() => false);
}

type BareEffect = { kind: 'record'; record: DecisionRecord } | { kind: 'limit'; limit: number; at: string } | { kind: 'notice'; request: NoticeRequest };

/** Baseline 2: baseline 1 plus the same record writes and notices as unitLifecycle, in order. */
export async function bareEffectsUnit(input: BareInput): Promise<void> {
  const commands: BareCommand[] = [];
  const effects: BareEffect[] = [];
  let seq = 0;
  const lifetime = workflowInfo().firstExecutionRunId;
  const entry = (at: string, kind: 'command' | 'notice', command: string, actor: BareCommand['actor']) => ({
    seq: ++seq, at, kind, actor, command, from: 'active', to: 'active', ruleId: 'T-04', outcome: 'applied',
  });
  setHandler(bareDispatch, (command) => {
    commands.push(command);
    const at = new Date().toISOString();
    const applied = entry(at, 'command', command.type, command.actor);
    effects.push({ kind: 'record', record: { unitId: input.unitId, lifetime, entry: applied, payload: command } as DecisionRecord });
    if (command.type === 'SET_CONCURRENCY') effects.push({ kind: 'limit', limit: command.limit ?? 100, at });
    effects.push({
      kind: 'notice',
      request: {
        noticeId: `${workflowInfo().workflowId}/${lifetime.slice(0, 8)}/${applied.seq}.1`,
        unitId: input.unitId,
        unitName: null,
        template: 'concurrencySet',
        ruleId: 'T-04',
        audience: ['unit'],
        recipients: input.recipients,
        facts: { limit: command.limit ?? null, reason: command.reason ?? null },
        at,
      },
    });
    return { n: commands.length };
  });
  for (;;) {
    await condition(() => effects.length > 0);
    // as 'notices-local': the notices first, one local attempt, their receipts queued at once; then every
    // queued record entry (the receipts included) in one local write, the latest limit beside them
    const batch = effects.splice(0, effects.length);
    const limit = batch.findLast((e) => e.kind === 'limit');
    const notices = batch.flatMap((e) => (e.kind === 'notice' ? [e.request] : []));
    effects.push(...batch.filter((e) => e.kind === 'record'));
    const limitApplied = limit?.kind === 'limit' ? applyConcurrencyLimit({ unitId: input.unitId, limit: limit.limit, restrictions: [], at: limit.at }) : null;
    if (notices.length > 0) {
      const outcomes = await sendNoticesLocally({ requests: notices, maximumAttempts: 20, leaseMs: 180_000 * notices.length });
      for (const outcome of outcomes) {
        const done = entry(new Date().toISOString(), 'notice', 'NOTICE:concurrencySet', { role: 'system', id: 'clock' });
        const reason = 'receipt' in outcome ? `${outcome.receipt.messageId} to ${outcome.receipt.accepted.join(', ')}` : outcome.failed;
        effects.push({ kind: 'record', record: { unitId: input.unitId, lifetime, entry: { ...done, reason }, payload: null } as DecisionRecord });
      }
    }
    const records = effects.splice(0, effects.length).flatMap((e) => (e.kind === 'record' ? [e.record] : []));
    await Promise.all([records.length > 0 ? recordDecisions(records) : null, limitApplied]);
  }
}
