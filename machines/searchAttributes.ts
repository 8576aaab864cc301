/** The contract's search attributes, typed; the worker registers them, the workflow upserts them. */
import { defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';

export const LeqiPhase = defineSearchAttributeKey('LeqiPhase', SearchAttributeType.KEYWORD);
export const LeqiTermEndsOn = defineSearchAttributeKey('LeqiTermEndsOn', SearchAttributeType.DATETIME);
export const LeqiNextDeadline = defineSearchAttributeKey('LeqiNextDeadline', SearchAttributeType.DATETIME);
export const LeqiConcurrencyLimit = defineSearchAttributeKey('LeqiConcurrencyLimit', SearchAttributeType.INT);
export const LeqiOpenCases = defineSearchAttributeKey('LeqiOpenCases', SearchAttributeType.INT);
/** T-18, T-25: since when the oldest request of the unit waits for an officer (absent: nothing waits) */
export const LeqiOldestPending = defineSearchAttributeKey('LeqiOldestPending', SearchAttributeType.DATETIME);

/**
 * decisions.md "Who decides": the unit's competent tax authorities, the DCU's and its using units'
 * (11-digit codes), so officers' listings and inboxes are scoped without reading every unit:
 * `LeqiAuthorities = "15101000000"` matches a unit where that authority is one of them
 */
export const LeqiAuthorities = defineSearchAttributeKey('LeqiAuthorities', SearchAttributeType.KEYWORD_LIST);

/**
 * Issue 16: what waits for an officer, one keyword per entry `kind|ruleId|since|dueAt|subject`
 * (machines/unit/inbox.ts; instants ISO with +08:00), so the console's inbox is one visibility listing
 */
export const LeqiInbox = defineSearchAttributeKey('LeqiInbox', SearchAttributeType.KEYWORD_LIST);

/** Issue 16: the applicant's (enterprise) name as filed (Annex 1), for the units list and its search; not personal data */
export const LeqiUnitName = defineSearchAttributeKey('LeqiUnitName', SearchAttributeType.KEYWORD);

export const allSearchAttributes = [LeqiPhase, LeqiTermEndsOn, LeqiNextDeadline, LeqiConcurrencyLimit, LeqiOpenCases, LeqiOldestPending, LeqiAuthorities, LeqiInbox, LeqiUnitName];
