/**
 * The contract of `unitLifecycle` (spec/contract.md), in one place: `workflows/` implements it,
 * `client/` (and the worker, and the tests) address it, so the two can never disagree on a name.
 *
 * It imports nothing of ours but `machines/` (the types of the messages, and the failure type names
 * the charts produce). Any client, in any language, uses the same strings: workflow type
 * `unitLifecycle`, id `unit:<USCC>`, update `dispatch`, signal `event`, queries `state` and `audit`,
 * the failure types of `rejectionTypes`, and the search attributes of `allSearchAttributes`.
 */
import { ApplicationFailure, defineSearchAttributeKey, SearchAttributeType } from '@temporalio/common';
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { Rejection } from '../machines/rejection.js';
import type { AuditEntry } from '../machines/schemas/audit.js';
import type { StateSummary } from '../machines/unit/summary.js';
import type { PersistedUnit } from '../machines/unit/engine.js';

// ---- the workflow

/** The workflow type of a direct-connect unit. */
export const WORKFLOW_TYPE = 'unitLifecycle';
/** The default task queue (configurable: `LEQI_TASK_QUEUE`). */
export const DEFAULT_TASK_QUEUE = 'leqi-lifecycle';

const UNIT_PREFIX = 'unit:';

/** The workflow id of a unit: `unit:<USCC>` (the USCC is not checked here; `machines/uscc.ts` does). */
export const unitWorkflowId = (uscc: string): string => `${UNIT_PREFIX}${uscc}`;

/** The USCC of a unit's workflow id, or null for any other workflow. */
export function usccOfWorkflowId(workflowId: string): string | null {
  return workflowId.startsWith(UNIT_PREFIX) ? workflowId.slice(UNIT_PREFIX.length) : null;
}

/** The start argument a client sends: one object; `carried` is the workflow's own (continue-as-new), never a client's. */
export interface UnitStart {
  /** the unit's USCC, equal to the one in the workflow id */
  unitId: string;
}

/** The workflow's signature as clients see it (by name, never by code). */
export type UnitWorkflow = (input: UnitStart) => Promise<StateSummary>;

// ---- the messages (the argument is `unknown` on the wire: the workflow parses it once, with zod)

/** update `dispatch`: every command, validated (rejected updates leave no history) and answered with the state summary */
export const dispatchUpdate = defineUpdate<StateSummary, [unknown]>('dispatch');
/** signal `event`: the same command, fire-and-forget; an illegal one is only audited */
export const eventSignal = defineSignal<[unknown]>('event');
/** query `state`: the state summary (pending decisions' ages are the reader's to compute) */
export const stateQuery = defineQuery<StateSummary>('state');
/** query `audit`: the audit trail (the newest entries carried by the run; the decision record holds them all) */
export const auditQuery = defineQuery<AuditEntry[]>('audit');
/**
 * query `persisted` (issue 18): the unit's persisted state (chart state id and context), for the
 * policy preview. Access-controlled: the argument is the reader, an actor (`system`, or an officer of
 * the provincial bureau, decisions.md "Who decides"); any other reader is refused `Forbidden`.
 */
export const persistedQuery = defineQuery<PersistedUnit, [unknown]>('persisted');

// ---- the failures

/** The failure types of a rejected command (`ApplicationFailure.type`) and of a refused start; defined with the rejection's schema. */
export { failureTypes, INVALID_START, rejectionTypes, type FailureType, type RejectionType } from '../machines/rejection.js';

/**
 * The failure a workflow throws for a rejection (from an update's validator or handler, or for an
 * `InvalidStart`): non-retryable, `type` = the rejection's type, message = its reason, and the
 * rejection itself as the first detail. The one way rejections leave the workflow.
 */
export function rejectionFailure(r: Rejection): ApplicationFailure {
  return ApplicationFailure.create({ type: r.type, message: r.reason, nonRetryable: true, details: [r] });
}

// ---- the search attributes (the worker registers them, the workflow upserts them, the client lists by them)

/** the unit's phase (`machines/unit/phase.ts`) */
export const LeqiPhase = defineSearchAttributeKey('LeqiPhase', SearchAttributeType.KEYWORD);
/** the end of the current term, an instant (CST day's end) */
export const LeqiTermEndsOn = defineSearchAttributeKey('LeqiTermEndsOn', SearchAttributeType.DATETIME);
/** the earliest deadline the chart projects */
export const LeqiNextDeadline = defineSearchAttributeKey('LeqiNextDeadline', SearchAttributeType.DATETIME);
/** the effective concurrency limit (requests at once) */
export const LeqiConcurrencyLimit = defineSearchAttributeKey('LeqiConcurrencyLimit', SearchAttributeType.INT);
/** how many compliance cases are not closed */
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

/** Every search attribute of the contract (scripts/search-attributes.mjs repeats them for plain-JS tools; a test keeps both equal). */
export const allSearchAttributes = [LeqiPhase, LeqiTermEndsOn, LeqiNextDeadline, LeqiConcurrencyLimit, LeqiOpenCases, LeqiOldestPending, LeqiAuthorities, LeqiInbox, LeqiUnitName];
