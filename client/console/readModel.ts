/**
 * The console's read model: the inbox and the units list come from ONE visibility listing, scoped by
 * authority (the API adds `LeqiAuthorities = "<authority>"` for an officer), and the search attributes
 * the worker publishes for them: `LeqiInbox` (what waits, machines/unit/inbox.ts), `LeqiUnitName`,
 * `LeqiTermEndsOn`, `LeqiNextDeadline`, `LeqiConcurrencyLimit`, `LeqiOpenCases`. No `state` query per
 * unit: only the unit page reads one unit's state. Everything that depends on the reader's clock (age,
 * overdue, escalated, T-03 "undecided at term end") is derived here from those attributes.
 */
import { toCstInstant } from '../../machines/calendar.js';
import { inboxKinds } from '../../machines/unit/inbox.js';
import { ageInDays } from '../../machines/unit/pending.js';
import type { StateSummary } from '../../machines/unit/summary.js';
import type { Principal } from '../api/auth.js';
import type { UnitListing } from '../client.js';
import { mayRead } from '../scope.js';

/** The kinds of inbox item, each decided under its own rule: what units publish, and T-03's renewal undecided at term end. */
export const itemKinds = [...inboxKinds, 'undecidedAtTermEnd'] as const;
export type ItemKind = (typeof itemKinds)[number];

/** One thing waiting for an officer. Instants are ISO with the CST offset. */
export interface InboxItem {
  unitId: string;
  unitName: string;
  kind: ItemKind;
  ruleId: string;
  /** what it is about: a case id, a using unit's USCC, a capability code, the term */
  subject: string;
  /** when it arrived */
  since: string;
  /** whole CST days it has waited */
  ageDays: number;
  /** its own due date: the supervisor threshold (T-18/T-25), a case window's end, an obligation's last day */
  dueAt: string;
  /** the due date has passed */
  overdue: boolean;
  /** T-18: already escalated to the supervisor */
  escalated: boolean;
}

/** A unit as the lists show it: its visibility listing (search attributes only). */
export type UnitRow = UnitListing;

/** What a principal may see of a unit: the API's own read-scope rule (client/scope.ts), applied again to a listing or a summary. */
export function withinAuthority(principal: Principal, unit: Pick<StateSummary, 'unitId' | 'authorities'> & Partial<Pick<StateSummary, 'usingUnits'>>): boolean {
  return mayRead(principal, { usingUnits: [], ...unit });
}

/** The listed units this principal may see (the API scoped the listing already; the same rule again). */
export function visibleRows(principal: Principal, listings: UnitListing[]): UnitRow[] {
  return listings.filter((l) => withinAuthority(principal, l));
}

/** A unit's name in the lists: `LeqiUnitName`, or its USCC before an application. */
export const nameOf = (l: Pick<UnitListing, 'unitId' | 'unitName'>): string => l.unitName ?? l.unitId;

/** Everything waiting for an officer in these units, most urgent first (earliest due, then oldest), from their `LeqiInbox`. */
export function inboxItems(rows: UnitRow[], nowMs: number): InboxItem[] {
  const now = toCstInstant(nowMs);
  const items: InboxItem[] = [];
  for (const l of rows) {
    if (l.status !== 'RUNNING') continue;
    const unitName = nameOf(l);
    const termOver = l.termEndsAt !== null && Date.parse(l.termEndsAt) <= nowMs;
    for (const e of l.inbox) {
      const base = { unitId: l.unitId, unitName, ruleId: e.ruleId, subject: e.subject, since: e.since, ageDays: ageInDays(e.since, now) };
      // T-03: a renewal still undecided when the term has ended is its own, more urgent item
      if (e.kind === 'renewal' && termOver) items.push({ ...base, kind: 'undecidedAtTermEnd', ruleId: 'T-03', dueAt: l.termEndsAt!, overdue: true, escalated: true });
      else {
        const due = Date.parse(e.dueAt) <= nowMs;
        // T-18, T-25: a pending request past its threshold has been escalated to the supervisor
        items.push({ ...base, kind: e.kind, dueAt: e.dueAt, overdue: due, escalated: due && e.kind !== 'feedback' && e.kind !== 'overdueObligation' });
      }
    }
  }
  return items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || Date.parse(a.since) - Date.parse(b.since));
}
