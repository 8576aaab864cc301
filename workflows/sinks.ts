/**
 * The workflow's security sink (issue 14, finding 8; O-14): an update refused by the `dispatch`
 * validator leaves no history, so the workflow reports it to the worker, which writes it to the
 * security log (worker/securitySinks.ts). A sink is not a command: it never changes a history and,
 * registered with `callDuringReplay: false`, is not called again when a history is replayed.
 */
import { proxySinks, type Sinks } from '@temporalio/workflow';
import type { Rejection } from '../machines/rejection.js';

/** One update the validator refused, as the workflow saw it (the actor is the one the command claims). */
export interface RejectedUpdate {
  /** the actor the command names (`{ role: 'unknown', … }` when it names none valid) */
  actor: { role: string; id: string };
  /** the command's type (cut to 60 characters), `(no type)` when it has none */
  command: string;
  /** the refusal's type and rule */
  type: Rejection['type'];
  ruleId: string | null;
}

/** The sinks the worker registers for the workflow (worker/securitySinks.ts). */
export interface SecuritySinks extends Sinks {
  security: {
    /** an update refused by the validator: one line of the security log */
    updateRejected(event: RejectedUpdate): void;
  };
}

const { security } = proxySinks<SecuritySinks>();

/** Reports an update refused by the validator to the security log (outside the history). */
export function reportRejectedUpdate(event: RejectedUpdate): void {
  security.updateRejected(event);
}
