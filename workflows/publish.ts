/** Step 6 of a command's path: the contract's search attributes, upserted only when they change. */
import { patched, upsertSearchAttributes } from '@temporalio/workflow';
import { LeqiAuthorities, LeqiConcurrencyLimit, LeqiInbox, LeqiUnitName, LeqiNextDeadline, LeqiOldestPending, LeqiOpenCases, LeqiPhase, LeqiTermEndsOn } from '../contract/index.js';
import { authoritiesOf } from '../machines/unit/authority.js';
import type { UnitSnapshot } from '../machines/unit/engine.js';
import { encodeInboxEntry, inboxOf } from '../machines/unit/inbox.js';
import type { StateSummary } from '../machines/unit/summary.js';

/** replay guard (test/fixtures/histories): the T-18 search attribute came after the first recorded histories */
const OLDEST_PENDING_PATCH = 'leqi-oldest-pending-search-attribute';
/** replay guard: `LeqiAuthorities` (issue 14) came after the histories in test/fixtures/histories */
const AUTHORITIES_PATCH = 'leqi-authorities-search-attribute';
/** replay guard: `LeqiInbox` and `LeqiUnitName` (issue 16, the console's inbox) came after the histories in test/fixtures/histories */
const INBOX_PATCH = 'leqi-inbox-search-attributes';

export interface Published {
  phase: string;
  termEndsAt: string | null;
  nextDeadline: string | null;
  limit: number;
  openCases: number;
  oldestPending: string | null;
  /** the competent authorities (DCU's and using units'), sorted; empty before the application */
  authorities?: string[];
  /** `LeqiInbox`: what waits for an officer, encoded (machines/unit/inbox.ts) */
  inbox?: string[];
  /** `LeqiUnitName`: the applicant's name as filed; null before an application */
  name?: string | null;
}

/** Upserts the contract's search attributes from the unit's state and its summary, unless they are as `last` published them. */
export function publishSearchAttributes(snapshot: UnitSnapshot, summary: StateSummary, last: Published | null): Published {
  const now: Published = {
    phase: summary.phase,
    termEndsAt: summary.term?.endsAt ?? null,
    nextDeadline: summary.nextDeadlines[0]?.at ?? null,
    limit: summary.concurrency.limit,
    openCases: summary.cases.filter((c) => c.status !== 'closed').length,
    // added after the first release: histories written before it never upserted this attribute
    oldestPending: patched(OLDEST_PENDING_PATCH) ? (summary.pendingDecisions[0]?.since ?? null) : null,
    ...(patched(AUTHORITIES_PATCH) ? { authorities: authoritiesOf(snapshot.context) } : {}),
    ...(patched(INBOX_PATCH) ? { inbox: inboxOf(summary).map(encodeInboxEntry), name: summary.applicant?.name ?? null } : {}),
  };
  if (last && JSON.stringify(last) === JSON.stringify(now)) return now;
  upsertSearchAttributes([
    { key: LeqiPhase, value: now.phase },
    { key: LeqiTermEndsOn, value: now.termEndsAt ? new Date(now.termEndsAt) : null },
    { key: LeqiNextDeadline, value: now.nextDeadline ? new Date(now.nextDeadline) : null },
    { key: LeqiConcurrencyLimit, value: now.limit },
    { key: LeqiOpenCases, value: now.openCases },
    ...(patched(OLDEST_PENDING_PATCH) ? [{ key: LeqiOldestPending, value: now.oldestPending ? new Date(now.oldestPending) : null }] : []),
    ...(now.authorities !== undefined ? [{ key: LeqiAuthorities, value: now.authorities.length ? now.authorities : null }] : []),
    ...(now.inbox !== undefined ? [{ key: LeqiInbox, value: now.inbox.length ? now.inbox : null }] : []),
    ...(now.name !== undefined ? [{ key: LeqiUnitName, value: now.name }] : []),
  ]);
  return now;
}
