/**
 * A unit's visibility listing as the worker's search attributes would give it, made from a state
 * summary without Temporal (the same projections as workflows/publish.ts): for console tests and
 * the render benchmark.
 */
import type { UnitListing } from '../../client/client.js';
import { decodeInboxEntry, encodeInboxEntry, inboxOf } from '../../machines/unit/inbox.js';
import type { StateSummary } from '../../machines/unit/summary.js';

export function listingOf(summary: StateSummary, startedAt = '2027-01-01T00:00:00+08:00'): UnitListing {
  return {
    unitId: summary.unitId,
    workflowId: `unit:${summary.unitId}`,
    runId: 'r',
    status: summary.closed ? 'COMPLETED' : 'RUNNING',
    phase: summary.phase,
    termEndsAt: summary.term?.endsAt ?? null,
    nextDeadline: summary.nextDeadlines[0]?.at ?? null,
    concurrencyLimit: summary.concurrency.limit,
    openCases: summary.cases.filter((c) => c.status !== 'closed').length,
    oldestPending: summary.pendingDecisions[0]?.since ?? null,
    authorities: summary.authorities,
    unitName: summary.applicant?.name ?? null,
    // through the keyword encoding, as the visibility store carries it
    inbox: inboxOf(summary).map((e) => decodeInboxEntry(encodeInboxEntry(e))!),
    startedAt,
  };
}
