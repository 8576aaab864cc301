/** The contract's message names: what any client, in any language, sends to `unitLifecycle`. */
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';
import type { AuditEntry } from '../machines/schemas/audit.js';
import type { StateSummary } from '../machines/unit/summary.js';

export const dispatchUpdate = defineUpdate<StateSummary, [unknown]>('dispatch');
export const eventSignal = defineSignal<[unknown]>('event');
export const stateQuery = defineQuery<StateSummary>('state');
export const auditQuery = defineQuery<AuditEntry[]>('audit');

export const WORKFLOW_TYPE = 'unitLifecycle';
export const unitWorkflowId = (uscc: string): string => `unit:${uscc}`;
