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
  ref?: string;
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
  ISSUE_RISK_WARNING: ['officer', 'system'],
  SUBMIT_RECTIFICATION_FEEDBACK: ['unit', 'usingUnit'],
  RECORD_RISK_MEASURE: ['officer'],
  SUSPEND_FOR_NONCOMPLIANCE: ['officer'],
  REPORT_SECURITY_THREAT: ['officer', 'system'],
  APPLY_MEASURES: ['officer'],
  RECORD_INTERVIEW: ['officer'],
  CONFIRM_RECTIFIED: ['officer'],
  ADJUST_CASE_WINDOW: ['officer'],
  REPORT_SERIOUS_VIOLATION: ['officer'],
  REPORT_ELIGIBILITY_CHANGE: ['system', 'officer'],
  CONFIRM_PROPOSED_CASE: ['officer'],
  DISMISS_PROPOSED_CASE: ['officer'],
  RECORD_MONITORING_RUN: ['unit'],
  REPORT_SECURITY_INCIDENT: ['unit'],
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
  ISSUE_RISK_WARNING: 'S-04',
  SUBMIT_RECTIFICATION_FEEDBACK: 'S-04',
  RECORD_RISK_MEASURE: 'M-RISK-MEASURE',
  SUSPEND_FOR_NONCOMPLIANCE: 'S-05',
  REPORT_SECURITY_THREAT: 'S-06',
  APPLY_MEASURES: 'S-07',
  RECORD_INTERVIEW: 'M-INTERVIEW',
  CONFIRM_RECTIFIED: 'M-RESTORE',
  ADJUST_CASE_WINDOW: 'T-09',
  REPORT_SERIOUS_VIOLATION: 'S-08',
  REPORT_ELIGIBILITY_CHANGE: 'E-DCU-14',
  CONFIRM_PROPOSED_CASE: 'E-DCU-14',
  DISMISS_PROPOSED_CASE: 'E-DCU-14',
  RECORD_MONITORING_RUN: 'O-16',
  REPORT_SECURITY_INCIDENT: 'P-SEC-01',
};

export function isAuthorized(event: UnitEvent): boolean {
  return event.type === 'DEADLINE' || allowedRoles[event.type].includes(event.actor.role);
}
