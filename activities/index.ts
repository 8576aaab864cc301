/** The side effects of the lifecycle, built from a factory so their dependencies are explicit. */
import type { Policy } from '../machines/policy.js';
import type { ConcurrencyChange, NoticeReceipt, NoticeRequest } from './types.js';
import { sendMail, type Mailer } from './mail.js';

export interface ActivityDeps {
  policy: Policy;
  mailer: Mailer;
  /** the competent authority's officer mailbox (notices to `officer`) */
  officerMailbox: string;
  /** where concurrency changes go; the platform gateway would enforce them */
  gateway?: (change: ConcurrencyChange) => Promise<void>;
}

export function createActivities(deps: ActivityDeps) {
  return {
    /** the worker's policy, read once by a new unit and carried in its state */
    async loadPolicy(): Promise<Policy> {
      return deps.policy;
    },

    async sendNotice(request: NoticeRequest): Promise<NoticeReceipt> {
      return sendMail(deps.mailer, request, deps.officerMailbox);
    },

    /** T-04, S-03, S-06: the platform gateway enforces the unit's effective limit */
    async applyConcurrencyLimit(change: ConcurrencyChange): Promise<void> {
      if (deps.gateway) await deps.gateway(change);
    },
  };
}

export type Activities = ReturnType<typeof createActivities>;
