/** The events the unit chart takes: a validated command stamped with the workflow's clock, or a deadline. */
import type { Command, CommandType } from '../schemas/commands.js';
import type { Role } from '../schemas/actor.js';
import type { DeadlineKind } from './deadline.js';
import type { CommandGate } from './gates.js';
import { allowedRolesUU, governingRuleUU } from '../schemas/usingUnits.js';

/**
 * a command as the chart sees it: `at` is the workflow's now, never a client field; `legacy` names
 * the gates (gates.ts) whose old behaviour a replayed history needs, set only by the workflow
 */
export type CommandEvent = Command & { at: string; legacy?: readonly CommandGate[] };

export interface DeadlineEvent {
  type: 'DEADLINE';
  key: string;
  what: DeadlineKind;
  ruleId: string;
  at: string;
  step?: number;
  ref?: string;
  sub?: string;
  period?: string;
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
  SUBSCRIBE_CAPABILITY: ['unit'],
  SUBMIT_CAPABILITY_TEST_REPORT: ['unit'],
  CONFIRM_CAPABILITY: ['officer'],
  RETURN_CAPABILITY: ['officer'],
  AUTHORIZE_CAPABILITY: ['unit'],
  PROVIDE_QUALIFICATION: ['usingUnit'],
  ACCEPT_CAPABILITY_AUTHORIZATION: ['usingUnit'],
  REPORT_CHANGE: ['unit'],
  DETECT_RELATIONSHIP_CHANGE: ['system'],
  SUBMIT_SIGNED_AGREEMENT: ['unit'],
  PUBLISH_VERSION_UPGRADE: ['officer', 'system'],
  COMPLETE_VERSION_UPGRADE: ['unit'],
  FILE_NETWORK_ADDRESS: ['unit'],
  FILE_TERMINATION: ['unit'],
  WITHDRAW_TERMINATION: ['unit'],
  ADOPT_POLICY: ['system', 'officer'],
  IMPORT_UNIT: ['system'],
  ...allowedRolesUU,
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
  SUBSCRIBE_CAPABILITY: 'P-CAP-02',
  SUBMIT_CAPABILITY_TEST_REPORT: 'P-CAP-04',
  CONFIRM_CAPABILITY: 'P-CAP-05',
  RETURN_CAPABILITY: 'P-CAP-05',
  AUTHORIZE_CAPABILITY: 'P-CAP-06',
  PROVIDE_QUALIFICATION: 'E-UU-8',
  ACCEPT_CAPABILITY_AUTHORIZATION: 'P-CAP-06',
  REPORT_CHANGE: 'P-CHG-01',
  DETECT_RELATIONSHIP_CHANGE: 'T-06',
  SUBMIT_SIGNED_AGREEMENT: 'P-CHG-02',
  PUBLISH_VERSION_UPGRADE: 'T-07',
  COMPLETE_VERSION_UPGRADE: 'T-07',
  FILE_NETWORK_ADDRESS: 'P-CHG-05',
  FILE_TERMINATION: 'T-08',
  WITHDRAW_TERMINATION: 'P-TRM-01',
  ADOPT_POLICY: 'P-VER-02',
  IMPORT_UNIT: 'T-01',
  ...governingRuleUU,
};

export function isAuthorized(event: UnitEvent): boolean {
  return event.type === 'DEADLINE' || allowedRoles[event.type].includes(event.actor.role);
}
