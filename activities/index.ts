/** The side effects of the lifecycle, built from a factory so their dependencies are explicit. */
import type { Policy } from '../machines/policy.js';
import type { ConcurrencyChange, NoticeRequest } from './types.js';
import { sendNoticeMail, type DeliveryReceipt, type Mailer } from './mail.js';
import type { Mailboxes } from './notices/recipients.js';
import type { Language } from './notices/text.js';
import { memorySentNotices, type SentNotices } from './sentNotices.js';

export interface ActivityDeps {
  policy: Policy;
  mailer: Mailer;
  /** the competent authority's officer mailbox (notices to `officer`) */
  officerMailbox: string;
  /** the language the officer reads first (default zh) */
  officerLanguage?: Language;
  /** the provincial tax bureau's mailbox (notices to `provincialBureau`, P-SEC-01); dropped when absent */
  provincialBureauMailbox?: string;
  /** the sent-notice record that keeps retries from sending twice; in memory when absent */
  sentNotices?: SentNotices;
  /** where concurrency changes go; the platform gateway would enforce them */
  gateway?: (change: ConcurrencyChange) => Promise<void>;
}

export function createActivities(deps: ActivityDeps) {
  const officerLanguage = deps.officerLanguage ?? 'zh';
  const mailboxes: Mailboxes = {
    officer: { email: deps.officerMailbox, language: officerLanguage },
    ...(deps.provincialBureauMailbox ? { provincialBureau: { email: deps.provincialBureauMailbox, language: officerLanguage } } : {}),
  };
  const sentNotices = deps.sentNotices ?? memorySentNotices();
  return {
    /** the worker's policy, read once by a new unit and carried in its state */
    async loadPolicy(): Promise<Policy> {
      return deps.policy;
    },

    /** one e-mail per recipient; throws `TransientDeliveryFailure` (retried) or `PermanentDeliveryFailure` (activities/mail.ts) */
    async sendNotice(request: NoticeRequest): Promise<DeliveryReceipt> {
      return sendNoticeMail({ mailer: deps.mailer, mailboxes, sentNotices }, request);
    },

    /** T-04, S-03, S-06: the platform gateway enforces the unit's effective limit */
    async applyConcurrencyLimit(change: ConcurrencyChange): Promise<void> {
      if (deps.gateway) await deps.gateway(change);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
