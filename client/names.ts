/** The contract's names, by string: clients address `unitLifecycle` by name, never by its code. */

/** workflow type of a direct-connect unit */
export const WORKFLOW_TYPE = 'unitLifecycle';
/** update: every command, validated and answered with the state summary */
export const DISPATCH_UPDATE = 'dispatch';
/** signal: the same, fire-and-forget */
export const EVENT_SIGNAL = 'event';
/** query: the state summary */
export const STATE_QUERY = 'state';
/** query: the audit trail */
export const AUDIT_QUERY = 'audit';
/** the default task queue (configurable) */
export const DEFAULT_TASK_QUEUE = 'leqi-lifecycle';

/** The workflow id of a unit: `unit:<USCC>`. */
export const unitWorkflowId = (uscc: string): string => `unit:${uscc}`;

/** The USCC of a unit's workflow id, or null for any other workflow. */
export function usccOfWorkflowId(workflowId: string): string | null {
  return workflowId.startsWith('unit:') ? workflowId.slice('unit:'.length) : null;
}

/** The contract's failure types of a rejected command (ApplicationFailure.type), and of a refused start. */
export { INVALID_START, rejectionTypes, type RejectionType } from '../machines/rejection.js';
