/**
 * A unit's timeline: past events from the audit trail and future deadlines from "what happens
 * next", each naming its rule, in time order, with today between them.
 */
import type { AuditEntry } from '../../machines/schemas/audit.js';
import type { StateSummary } from '../../machines/unit/summary.js';

/** One point of the timeline; `at` is an ISO instant (CST offset). */
export interface TimelineItem {
  at: string;
  what: string;
  ruleId: string;
  future: boolean;
  /** the term's end or the renewal due date: drawn stronger */
  milestone: boolean;
}

/** The last `past` applied events and the next `future` deadlines, with the term's end and renewal due date always shown. */
export function timelineOf(summary: StateSummary, audit: AuditEntry[], nowMs: number, { past = 10, future = 10 } = {}): TimelineItem[] {
  const done = audit
    .filter((e) => e.outcome === 'applied' && e.kind !== 'notice')
    .slice(-past)
    .map((e) => ({ at: e.at, what: e.command, ruleId: e.ruleId, future: false, milestone: false }));
  const next = summary.nextDeadlines.slice(0, future).map((d) => ({ at: d.at, what: d.what, ruleId: d.ruleId, future: Date.parse(d.at) > nowMs, milestone: false }));
  const term = summary.term;
  if (term && !summary.closed) {
    // T-02 and T-01: the two dates an officer asks first, even when further deadlines come before them
    const marks = [
      { at: `${term.renewalDueOn}T23:59:59+08:00`, what: 'renewalDueOn', ruleId: 'T-02' },
      { at: `${term.endsOn}T23:59:59+08:00`, what: 'termEndsOn', ruleId: 'T-01' },
    ];
    for (const m of marks) next.push({ ...m, future: Date.parse(m.at) > nowMs, milestone: true });
  }
  return [...done, ...next].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
