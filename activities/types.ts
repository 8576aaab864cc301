/** The payloads the workflow hands its activities; shared by both sides as types only. */
import type { Audience, NoticeTemplate } from '../machines/notice.js';
import type { AuditEntry } from '../machines/schemas/audit.js';

export interface Recipient {
  name: string;
  email: string;
  language: 'zh' | 'en';
  /** the audience the address belongs to; `unit` when absent */
  audience?: Audience;
}

export interface NoticeRequest {
  /** deterministic: workflow id + audit sequence; the Message-ID derives from it */
  noticeId: string;
  unitId: string;
  unitName: string | null;
  template: NoticeTemplate;
  ruleId: string;
  audience: Audience[];
  /** the unit's (and its using units') contacts; the officer mailbox comes from config */
  recipients: Recipient[];
  facts: Record<string, string | number | null>;
  /** when the event happened, CST instant */
  at: string;
  /** the competent authority whose officer mailbox `officer` means (configured map; the single mailbox otherwise) */
  authority?: string | null;
}

/** Several notices for one `sendNotices` activity, and the retry policy's last attempt (after it, failures are outcomes). */
export interface NoticeBatch {
  requests: NoticeRequest[];
  maximumAttempts: number;
  /** how long a copy's sent-notice claim blocks other attempts, ms; absent: the activity's start-to-close and a half (a local attempt sets the ordinary activity's) */
  leaseMs?: number;
}

/** What became of one notice of a batch: its receipt (activities/mail.ts `DeliveryReceipt`), or why it reached nobody. */
export type NoticeOutcome = { receipt: NoticeReceipt & { dropped: { email: string; audience: Audience }[] } } | { failed: string };

/** A decision-record entry the record refused for good (`RecordConflict`), by audit sequence number. */
export interface RecordRefusal {
  seq: number;
  error: string;
}

export interface NoticeReceipt {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface ConcurrencyChange {
  unitId: string;
  limit: number;
  restrictions: { ruleId: string; limit: number; since: string; reason: string }[];
  at: string;
}

/** One entry of the decision record (O-14, T-10, O-21): an audit entry, its unit and lifetime, and the payload it acted on. */
export interface DecisionRecord {
  unitId: string;
  /** the lifetime of the unit's record: its first run id (a new application after ARCHIVE starts a new one) */
  lifetime: string;
  entry: AuditEntry;
  /** the command as applied (or as sent, when rejected); null for deadlines and notices */
  payload: unknown;
}

/** Where decision records go: an append-only, idempotent, tamper-evident log (activities/record). */
export interface DecisionLog {
  append(record: DecisionRecord): Promise<void>;
  /** appends several in order as one write where the store can (one transaction); entries refused for good are returned, the rest go in */
  appendAll?(records: DecisionRecord[]): Promise<RecordRefusal[]>;
}
