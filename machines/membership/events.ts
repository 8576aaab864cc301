/**
 * The events a membership takes: a using-unit command stamped with the workflow's clock, an
 * event the unit chart derives from its own commands (cases, termination filing, cascade), or
 * one of the membership's deadlines.
 */
import type { CreditRating, RequestedUsingUnit } from '../schemas/forms.js';
import type { UsingUnitCommand } from '../schemas/usingUnits.js';

/** a using-unit command as the membership sees it: `at` is the workflow's now */
export type MembershipCommandEvent = UsingUnitCommand & { at: string };

/** P-ONB-08: a unit declared with the DCU's application, admitted at the DCU's approval */
export interface AdmitFromApplication {
  type: 'ADMIT_FROM_APPLICATION';
  unit: RequestedUsingUnit;
  at: string;
}

/**
 * P-ONB-08, G3.1(2)1 (decisions.md "Who decides"): a unit declared with the DCU's application whose
 * own competent authority differs from the DCU's; at the DCU's approval it waits for that authority
 */
export interface AwaitOwnAuthority {
  type: 'AWAIT_OWN_AUTHORITY';
  unit: RequestedUsingUnit;
  at: string;
}

/** S-05/S-07 (a case with `target: { usingUnit }` and suspendAccess): suspends this membership only */
export interface SuspendMembership {
  type: 'SUSPEND_MEMBERSHIP';
  caseId: string;
  ruleId: string;
  at: string;
}

/** M-RESTORE: the case is closed; active again once no other case suspends it */
export interface RestoreMembership {
  type: 'RESTORE_MEMBERSHIP';
  caseId: string;
  ruleId: string;
  at: string;
}

/**
 * Ends the membership now: S-08 or an expired window aimed at it (with caseId), the DCU's own
 * termination (P-TRM-04 cascade, S-08 on the DCU, T-03), or an officer's TERMINATE.
 */
export interface EndMembership {
  type: 'END_MEMBERSHIP';
  ruleId: string;
  reason: string;
  at: string;
  caseId?: string;
}

/** T-08: FILE_TERMINATION naming this using unit ends it on `effectiveOn` (its first day without service) */
export interface ScheduleMembershipEnd {
  type: 'SCHEDULE_MEMBERSHIP_END';
  effectiveOn: string;
  reason: string;
  at: string;
}

/** WITHDRAW_TERMINATION before the effective day */
export interface CancelMembershipEnd {
  type: 'CANCEL_MEMBERSHIP_END';
  at: string;
}

/** B18: a rating reported for this using unit (REPORT_ELIGIBILITY_CHANGE with its target) */
export interface UpdateRating {
  type: 'UPDATE_RATING';
  rating: CreditRating;
  at: string;
}

/** A membership's own deadlines (Q-28 lapse, T-17/O-27 flow data, T-08 end). */
export const membershipDeadlineKinds = ['invitationLapse', 'flowDataReminder', 'flowDataOverdue', 'membershipEnd'] as const;
export type MembershipDeadlineKind = (typeof membershipDeadlineKinds)[number];

/** one of `membershipDeadlines(state)`, fed back when due */
export interface MembershipDeadlineEvent {
  type: 'DEADLINE';
  key: string;
  what: MembershipDeadlineKind;
  ruleId: string;
  at: string;
  /** the using unit's USCC */
  ref: string;
  period?: string;
}

export type MembershipEvent =
  | MembershipCommandEvent
  | AdmitFromApplication
  | AwaitOwnAuthority
  | SuspendMembership
  | RestoreMembership
  | EndMembership
  | ScheduleMembershipEnd
  | CancelMembershipEnd
  | UpdateRating
  | MembershipDeadlineEvent;

/** the events that create a membership (or start a new admission after one lapsed, was declined or ended) */
export const STARTERS = ['INVITE_USING_UNIT', 'APPLY_FOR_AUTHORIZATION', 'ADMIT_FROM_APPLICATION', 'AWAIT_OWN_AUTHORITY'] as const;

export function isStarter(event: MembershipEvent): boolean {
  return (STARTERS as readonly string[]).includes(event.type);
}
