/** The events the unit chart takes: a validated command stamped with the workflow's clock, or a deadline. */
import type { Command, CommandType } from '../schemas/commands.js';
import type { Role } from '../schemas/actor.js';
import type { DeadlineKind } from './deadlines.js';

/** a command as the chart sees it: `at` is the workflow's now, never a client field */
export type CommandEvent = Command & { at: string };

export interface DeadlineEvent {
  type: 'DEADLINE';
  key: string;
  what: DeadlineKind;
  ruleId: string;
  at: string;
  step?: number;
}

export type UnitEvent = CommandEvent | DeadlineEvent;

/** Which roles may send which command (contract: the chart decides). */
export const allowedRoles: Record<CommandType, readonly Role[]> = {
  SUBMIT_APPLICATION: ['unit'],
  RESUBMIT_APPLICATION: ['unit'],
  APPROVE_APPLICATION: ['officer'],
  RETURN_APPLICATION: ['officer'],
  REQUEST_RENEWAL: ['unit'],
  APPROVE_RENEWAL: ['officer'],
  REJECT_RENEWAL: ['officer'],
  SET_CONCURRENCY: ['officer'],
  TERMINATE: ['officer'],
  ARCHIVE: ['officer'],
};

/** The rule that governs each command, named when the command is refused. */
export const governingRule: Record<CommandType, string> = {
  SUBMIT_APPLICATION: 'P-ONB-02',
  RESUBMIT_APPLICATION: 'P-ONB-04',
  APPROVE_APPLICATION: 'P-ONB-04',
  RETURN_APPLICATION: 'P-ONB-04',
  REQUEST_RENEWAL: 'P-REN-01',
  APPROVE_RENEWAL: 'T-05',
  REJECT_RENEWAL: 'T-03',
  SET_CONCURRENCY: 'T-04',
  TERMINATE: 'M-TERMINATE',
  ARCHIVE: 'T-10',
};

export function isAuthorized(event: UnitEvent): boolean {
  return event.type === 'DEADLINE' || allowedRoles[event.type].includes(event.actor.role);
}
