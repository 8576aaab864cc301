/**
 * What waits for an officer in one unit, projected from the state summary into compact strings the
 * workflow publishes as the search attribute `LeqiInbox`, so the officer console builds its inbox from
 * one visibility listing instead of one `state` query per unit (issue 16). Pure and deterministic:
 * the workflow calls it; anything that depends on the reader's clock (age, overdue, escalated, the
 * T-03 "undecided at term end") is derived by the reader from these entries and `LeqiTermEndsOn`.
 */
import type { StateSummary } from './summary.js';

/** The kinds of inbox entry the unit publishes, each decided under its own rule. */
export const inboxKinds = ['application', 'renewal', 'capabilityReport', 'useRequest', 'proposedCase', 'proposedTermination', 'feedback', 'overdueObligation'] as const;
export type InboxKind = (typeof inboxKinds)[number];

/** One thing waiting for an officer. Instants are ISO with the CST offset (+08:00). */
export interface InboxEntry {
  kind: InboxKind;
  /** the rule under which the officer decides (T-18/T-25 pending requests, S-04/T-09 feedback, the obligation's rule) */
  ruleId: string;
  /** when it arrived */
  since: string;
  /** its own due date: the supervisor threshold (T-18/T-25), the case window's end, the obligation's end */
  dueAt: string;
  /** what it is about: a case id, a using unit's USCC, a capability code, `term N`, an obligation */
  subject: string;
}

/**
 * At most this many entries are published (most urgent first): Temporal limits one search attribute
 * value to 2 KB by default and one entry is about 100 characters.
 */
export const INBOX_ENTRY_LIMIT = 16;

const lastAt = (history: readonly { at: string; what: string }[], what: RegExp): string | null => [...history].reverse().find((h) => what.test(h.what))?.at ?? null;

/** Everything waiting for an officer in this unit, earliest due first, then oldest; at most INBOX_ENTRY_LIMIT. */
export function inboxOf(s: StateSummary): InboxEntry[] {
  if (s.closed) return [];
  const entries: InboxEntry[] = [];
  // T-18, T-25: requests waiting for a decision, due at the supervisor threshold
  for (const p of s.pendingDecisions) entries.push({ kind: p.what as InboxKind, ruleId: p.ruleId, since: p.since, dueAt: p.escalatesAt, subject: p.subject });
  // S-04, T-09: the unit's feedback waits for the officer's confirmation within the window
  for (const c of s.cases) {
    if (c.status === 'open' && c.feedback !== null && c.outcome === null) entries.push({ kind: 'feedback', ruleId: c.ruleId, since: lastAt(c.history, /feedback|rectif/i) ?? c.openedAt, dueAt: c.dueAt ?? c.openedAt, subject: c.id });
  }
  for (const o of s.obligations) if (o.status === 'overdue') entries.push({ kind: 'overdueObligation', ruleId: o.ruleId, since: o.dueAt, dueAt: o.dueAt, subject: `${o.id} ${o.kind}` });
  return entries.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || Date.parse(a.since) - Date.parse(b.since)).slice(0, INBOX_ENTRY_LIMIT);
}

/** `kind|ruleId|since|dueAt|subject`: one `LeqiInbox` keyword (the subject last, it may hold anything). */
export function encodeInboxEntry(e: InboxEntry): string {
  return [e.kind, e.ruleId, e.since, e.dueAt, e.subject].join('|');
}

/** The entry of one `LeqiInbox` keyword; null for a keyword this version does not read. */
export function decodeInboxEntry(value: string): InboxEntry | null {
  const parts = value.split('|');
  if (parts.length < 5) return null;
  const [kind, ruleId, since, dueAt] = parts as [string, string, string, string];
  if (!(inboxKinds as readonly string[]).includes(kind) || Number.isNaN(Date.parse(since)) || Number.isNaN(Date.parse(dueAt))) return null;
  return { kind: kind as InboxKind, ruleId, since, dueAt, subject: parts.slice(4).join('|') };
}
