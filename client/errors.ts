/** The one error class of the client: a contract rejection or a unit that is not there. */
import { WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { rejectionTypes, type RejectionType } from './names.js';

/** `NotFound`: no such unit; `UnitClosed`: its record is closed (the workflow has completed) */
export type LeqiErrorType = RejectionType | 'NotFound' | 'UnitClosed';

export class LeqiError extends Error {
  override readonly name = 'LeqiError';
  constructor(
    readonly type: LeqiErrorType,
    message: string,
    /** the rule the rejection cites (IllegalTransition, Forbidden) */
    readonly ruleId: string | null = null,
    /** every bad field, `path: message` (InvalidCommand) */
    readonly problems: string[] = [],
  ) {
    super(message);
  }
}

/** Turns a rejected update or a missing workflow into a LeqiError; anything else is rethrown as is. */
export function toLeqiError(err: unknown): unknown {
  if (err instanceof LeqiError) return err;
  if (err instanceof WorkflowUpdateFailedError && err.cause instanceof ApplicationFailure) {
    const failure = err.cause;
    const type = (rejectionTypes as readonly string[]).includes(failure.type ?? '') ? (failure.type as RejectionType) : null;
    if (type) {
      const detail = failure.details?.[0] as { ruleId?: unknown } | undefined;
      const ruleId = typeof detail?.ruleId === 'string' ? detail.ruleId : null;
      const problems = type === 'InvalidCommand' ? [failure.message.replace(/^invalid command: /, '')].flatMap((m) => m.split('; ')) : [];
      return new LeqiError(type, failure.message, ruleId, problems);
    }
  }
  if (err instanceof WorkflowNotFoundError) {
    // an update to a completed run is answered "workflow execution already completed"
    if (/already completed/i.test(err.message)) return new LeqiError('UnitClosed', 'the unit record is closed; its history can still be read');
    return new LeqiError('NotFound', 'unit not found');
  }
  const grpc = err as { code?: number; details?: string; message?: string };
  if (grpc.code === 5 /* NOT_FOUND */) {
    if (/already completed/i.test(`${grpc.details ?? ''} ${grpc.message ?? ''}`)) return new LeqiError('UnitClosed', 'the unit record is closed; its history can still be read');
    return new LeqiError('NotFound', 'unit not found');
  }
  return err;
}
