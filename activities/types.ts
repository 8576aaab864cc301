/** The payloads the workflow hands its activities; shared by both sides as types only. */
import type { Audience, NoticeTemplate } from '../machines/unit/notice.js';

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
