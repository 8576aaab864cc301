/**
 * The console's small read model: one entry per unit, refreshed only when the unit's search
 * attributes change (or after `maxAgeMs`), so the inbox and the lists of 1,000 units read the
 * visibility store and a cache, not one `state` query per unit per page. From it come the inbox
 * items (what waits for an officer, with rule, arrival, age and due date) and the unit rows.
 */
import { ageInDays } from '../../machines/unit/pending.js';
import { toCstInstant } from '../../machines/calendar.js';
import type { StateSummary } from '../../machines/unit/summary.js';
import type { UnitListing } from '../client.js';
import type { Principal } from '../api/auth.js';
import type { ConsoleApi } from './api.js';
import { mayRead } from '../scope.js';

/** The kinds of inbox item, each decided under its own rule. */
export const itemKinds = ['application', 'renewal', 'capabilityReport', 'useRequest', 'proposedCase', 'proposedTermination', 'feedback', 'overdueObligation', 'undecidedAtTermEnd'] as const;
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

/** A unit as the lists show it: its listing and what the read model knows. */
export interface UnitRow {
  listing: UnitListing;
  summary: StateSummary;
}

interface Entry {
  stamp: string;
  at: number;
  summary: StateSummary;
}

const stampOf = (u: UnitListing): string => [u.runId, u.status, u.phase, u.termEndsAt, u.nextDeadline, u.concurrencyLimit, u.openCases, u.oldestPending, u.authorities.join(',')].join('|');

/** What a principal may see of a unit: the API's own read-scope rule (client/scope.ts), applied again to what the read model holds. */
export function withinAuthority(principal: Principal, summary: StateSummary): boolean {
  return mayRead(principal, summary);
}

export class ReadModel {
  private readonly entries = new Map<string, Entry>();

  constructor(
    /** an entry older than this is read again even if its search attributes did not change */
    private readonly maxAgeMs = 5 * 60_000,
    private readonly concurrency = 8,
  ) {}

  /** Forgets a unit (after the console sent it a command). */
  forget(unitId: string): void {
    for (const key of this.entries.keys()) if (key.endsWith(`:${unitId}`)) this.entries.delete(key);
  }

  /** Every listed unit with its summary, reading `state` only for units that changed. */
  async rows(api: ConsoleApi, principal: Principal, listings: UnitListing[], now = Date.now()): Promise<UnitRow[]> {
    const scope = `${principal.role}/${principal.authority ?? ''}/${principal.units?.join(',') ?? '*'}`;
    const stale = listings.filter((u) => {
      const e = this.entries.get(`${scope}:${u.unitId}`);
      return !e || e.stamp !== stampOf(u) || now - e.at > this.maxAgeMs;
    });
    let next = 0;
    const work = async (): Promise<void> => {
      while (next < stale.length) {
        const u = stale[next++]!;
        try {
          this.entries.set(`${scope}:${u.unitId}`, { stamp: stampOf(u), at: now, summary: await api.state(u.unitId) });
        } catch {
          // gone or no longer visible: left out of this page
          this.entries.delete(`${scope}:${u.unitId}`);
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, stale.length) }, work));
    const rows: UnitRow[] = [];
    for (const listing of listings) {
      const e = this.entries.get(`${scope}:${listing.unitId}`);
      if (e && withinAuthority(principal, e.summary)) rows.push({ listing, summary: e.summary });
    }
    return rows;
  }
}

const lastAt = (history: readonly { at: string; what: string }[], what: RegExp): string | null => [...history].reverse().find((h) => what.test(h.what))?.at ?? null;

/** Everything waiting for an officer in these units, most urgent first (earliest due, then oldest). */
export function inboxItems(rows: UnitRow[], nowMs: number): InboxItem[] {
  const now = toCstInstant(nowMs);
  const items: InboxItem[] = [];
  for (const { summary: s } of rows) {
    if (s.closed) continue;
    const unitName = s.applicant?.name ?? s.unitId;
    const add = (kind: ItemKind, ruleId: string, subject: string, since: string, dueAt: string, escalated = false): void => {
      items.push({ unitId: s.unitId, unitName, kind, ruleId, subject, since, ageDays: ageInDays(since, now), dueAt, overdue: Date.parse(dueAt) <= nowMs, escalated });
    };
    const termOver = s.term !== null && Date.parse(s.term.endsAt) <= nowMs;
    for (const p of s.pendingDecisions) {
      // T-03: a renewal still undecided when the term has ended is its own, more urgent item
      if (p.what === 'renewal' && termOver && s.term) add('undecidedAtTermEnd', 'T-03', p.subject, p.since, s.term.endsAt, true);
      else add(p.what as ItemKind, p.ruleId, p.subject, p.since, p.escalatesAt, Date.parse(p.escalatesAt) <= nowMs);
    }
    for (const c of s.cases) {
      // S-04, T-09: the unit's feedback waits for the officer's confirmation within the window
      if (c.status === 'open' && c.feedback !== null && c.outcome === null) add('feedback', c.ruleId, c.id, lastAt(c.history, /feedback|rectif/i) ?? c.openedAt, c.dueAt ?? c.openedAt);
    }
    for (const o of s.obligations) if (o.status === 'overdue') add('overdueObligation', o.ruleId, `${o.id} ${o.kind}`, o.dueAt, o.dueAt);
  }
  return items.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || Date.parse(a.since) - Date.parse(b.since));
}
