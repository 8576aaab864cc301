/** The one error class of the client: a contract rejection or a unit that is not there. */
import { WorkflowFailedError, WorkflowNotFoundError, WorkflowUpdateFailedError } from '@temporalio/client';
import { ApplicationFailure } from '@temporalio/common';
import { rejectionOf, type FailureType, type Problem, type Rejection, type UnmetCondition } from '../machines/rejection.js';

/** a contract failure type, or `NotFound` (no such unit) / `UnitClosed` (its record is closed: the workflow has completed) */
export type LeqiErrorType = FailureType | 'NotFound' | 'UnitClosed';

/** the contract's rejection object, with the client's own two types besides (same fields, Rejection.json) */
export type LeqiErrorDetail = Omit<Rejection, 'type'> & { type: LeqiErrorType };

export class LeqiError extends Error {
  override readonly name = 'LeqiError';
  /** the structured detail: what the HTTP API returns as its body and the CLI prints with `--json` */
  readonly detail: LeqiErrorDetail;

  constructor(type: LeqiErrorType, reason: string, { ruleId = null, state = null, problems = [], unmet }: { ruleId?: string | null; state?: string | null; problems?: Problem[]; unmet?: UnmetCondition[] | undefined } = {}) {
    super(reason);
    this.detail = { type, ruleId, state, reason, problems, ...(unmet?.length ? { unmet } : {}) };
  }

  /** A LeqiError carrying a contract rejection as it is. */
  static of(r: Rejection | LeqiErrorDetail): LeqiError {
    return new LeqiError(r.type, r.reason, r);
  }

  /** branch on this */
  get type(): LeqiErrorType {
    return this.detail.type;
  }
  /** the rule the rejection cites (IllegalTransition, Forbidden, some InvalidCommand), or null */
  get ruleId(): string | null {
    return this.detail.ruleId;
  }
  /** the unit's phase when it refused, or null when refused before reaching a unit */
  get state(): string | null {
    return this.detail.state;
  }
  /** every bad field (InvalidCommand): JSON Pointer, code, message */
  get problems(): Problem[] {
    return this.detail.problems;
  }
}

const closed = (): LeqiError => new LeqiError('UnitClosed', 'the unit record is closed; its history can still be read');

/** Turns a rejected update, a failed start or a missing workflow into a LeqiError; anything else is rethrown as is. */
export function toLeqiError(err: unknown): unknown {
  if (err instanceof LeqiError) return err;
  if ((err instanceof WorkflowUpdateFailedError || err instanceof WorkflowFailedError) && err.cause instanceof ApplicationFailure) {
    const failure = err.cause;
    const r = rejectionOf(failure.type ?? undefined, failure.message, failure.details ?? undefined);
    if (r) return LeqiError.of(r);
  }
  if (err instanceof WorkflowNotFoundError) {
    // an update to a completed run is answered "workflow execution already completed"
    if (/already completed/i.test(err.message)) return closed();
    return new LeqiError('NotFound', 'unit not found');
  }
  const grpc = err as { code?: number; details?: string; message?: string };
  if (grpc.code === 5 /* NOT_FOUND */) {
    if (/already completed/i.test(`${grpc.details ?? ''} ${grpc.message ?? ''}`)) return closed();
    return new LeqiError('NotFound', 'unit not found');
  }
  return err;
}
