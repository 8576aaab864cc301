/** The side effects of the lifecycle, built from a factory so their dependencies are explicit. */
import type { Policy } from '../machines/policy.js';
import { ApplicationFailure, Context, log } from '@temporalio/activity';
import type { ConcurrencyChange, DecisionLog, DecisionRecord, NoticeBatch, NoticeOutcome, NoticeRequest, RecordRefusal } from './types.js';
import { sendNoticeMail, type DeliveryReceipt, type Mailer } from './mail.js';
import type { Mailboxes } from './notices/recipients.js';
import type { Language } from './notices/text.js';
import { memorySentNotices, type SentNotices } from './sentNotices.js';

export interface ActivityDeps {
  policy: Policy;
  mailer: Mailer;
  /** the competent authority's officer mailbox (notices to `officer`) */
  officerMailbox: string;
  /** officer mailboxes by competent authority (11-digit code); a notice goes to its authority's, else to officerMailbox */
  officerMailboxes?: Record<string, string>;
  /** the language the officer reads first (default zh) */
  officerLanguage?: Language;
  /** the provincial tax bureau's mailbox (notices to `provincialBureau`, P-SEC-01); dropped when absent */
  provincialBureauMailbox?: string;
  /** the officer's supervisor (notices to `supervisor`, T-18 ageing); dropped when absent */
  supervisorMailbox?: string;
  /** the sent-notice record that keeps retries from sending twice; in memory when absent */
  sentNotices?: SentNotices;
  /** where concurrency changes go; the platform gateway would enforce them (default: logged) */
  gateway?: (change: ConcurrencyChange) => Promise<void>;
  /** the decision record (O-14, T-10): every transition, deadline, notice and decision */
  decisions?: DecisionLog;
}

/**
 * The sent-notice claim outlives the attempt that took it: the activity's start-to-close (the unit's
 * policy, `noticeTimeoutSeconds`) and a half. Outside an activity (direct calls), the store's default.
 */
function leaseOf(): { leaseMs?: number } {
  let timeout = 0;
  try {
    timeout = Context.current().info.startToCloseTimeoutMs;
  } catch {
    return {};
  }
  return timeout > 0 ? { leaseMs: Math.round(timeout * 1.5) } : {};
}

/** this activity's attempt (1 outside an activity) */
function attempt(): number {
  try {
    return Context.current().info.attempt;
  } catch {
    return 1;
  }
}

export function createActivities(deps: ActivityDeps) {
  const officerLanguage = deps.officerLanguage ?? 'zh';
  const mailboxes: Mailboxes = {
    officer: { email: deps.officerMailbox, language: officerLanguage },
    ...(deps.officerMailboxes ? { officerByAuthority: Object.fromEntries(Object.entries(deps.officerMailboxes).map(([a, email]) => [a, { email, language: officerLanguage }])) } : {}),
    ...(deps.provincialBureauMailbox ? { provincialBureau: { email: deps.provincialBureauMailbox, language: officerLanguage } } : {}),
    ...(deps.supervisorMailbox ? { supervisor: { email: deps.supervisorMailbox, language: officerLanguage } } : {}),
  };
  const sentNotices = deps.sentNotices ?? memorySentNotices();
  return {
    /** the worker's policy, read once by a new unit and carried in its state */
    async loadPolicy(): Promise<Policy> {
      return deps.policy;
    },

    /** one e-mail per recipient; throws `TransientDeliveryFailure` (retried) or `PermanentDeliveryFailure` (activities/mail.ts) */
    async sendNotice(request: NoticeRequest): Promise<DeliveryReceipt> {
      return sendNoticeMail({ mailer: deps.mailer, mailboxes, sentNotices, ...leaseOf() }, request);
    },

    /** T-04, S-03, S-06: the platform gateway enforces the unit's effective limit */
    async applyConcurrencyLimit(change: ConcurrencyChange): Promise<void> {
      if (deps.gateway) await deps.gateway(change);
      else log.info('concurrency limit', { unitId: change.unitId, limit: change.limit, restrictions: change.restrictions.map((r) => `${r.ruleId}:${r.limit}`).join(', ') });
    },

    /** O-14, T-10: appends one entry to the decision record; idempotent by unit, lifetime and sequence (histories before 'effects-batched') */
    async recordDecision(record: DecisionRecord): Promise<void> {
      if (deps.decisions) await deps.decisions.append(record);
    },

    /**
     * O-14, T-10: appends entries to the decision record in the order given (the audit's): one call
     * per workflow task, run as a local activity, one transaction where the store has `appendAll`. Idempotent by unit, lifetime and sequence, so a
     * retry re-appends nothing. An entry the record refuses for good (`RecordConflict`: the same key
     * with other content) does not stop the rest; it is returned so the workflow logs it.
     */
    async recordDecisions(records: DecisionRecord[]): Promise<RecordRefusal[]> {
      const refused: RecordRefusal[] = [];
      if (!deps.decisions) return refused;
      if (deps.decisions.appendAll) return deps.decisions.appendAll(records);
      for (const record of records) {
        try {
          await deps.decisions.append(record);
        } catch (err) {
          if (!(err instanceof ApplicationFailure && err.nonRetryable)) throw err;
          refused.push({ seq: record.entry.seq, error: String(err) });
        }
      }
      return refused;
    },

    /**
     * Several notices in one activity, in order, each as `sendNotice` sends it (exactly once per
     * copy through the sent-notice record, the same Message-ID on every attempt). A notice that fails
     * for good is an outcome, not an error; a transient failure of any notice is thrown after all were
     * tried (retried: copies already accepted are skipped), except on the batch's last attempt
     * (`maximumAttempts`), where it too becomes an outcome so that what was delivered is reported.
     * Run as an ordinary activity, or first as one local attempt (workflows/effects.ts 'notices-local').
     */
    async sendNotices(batch: NoticeBatch): Promise<NoticeOutcome[]> {
      const outcomes: NoticeOutcome[] = [];
      let transient: unknown = null;
      const lease = batch.leaseMs ? { leaseMs: batch.leaseMs } : leaseOf();
      for (const request of batch.requests) {
        try {
          outcomes.push({ receipt: await sendNoticeMail({ mailer: deps.mailer, mailboxes, sentNotices, ...lease }, request) });
        } catch (err) {
          if (!(err instanceof ApplicationFailure && err.nonRetryable)) transient ??= err;
          outcomes.push({ failed: String(err) });
        }
      }
      if (transient !== null && attempt() < batch.maximumAttempts) throw transient;
      return outcomes;
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
