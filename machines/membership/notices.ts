/**
 * The notices a membership asks for. `to: ['usingUnits']` with `facts.usingUnit` means that one
 * using unit (its contact is in the membership), not every using unit of the DCU.
 */
import type { Audience, Notice } from '../notice.js';

export type MembershipNoticeTemplate =
  | 'usingUnitInvited' // N-01
  | 'authorizationApplied' // N-02
  | 'authorizationDecided' // N-03
  | 'useRequestSubmitted' // N-04
  | 'useRequestDecided' // N-06
  | 'invitationLapsed'
  | 'membershipSuspended' // N-14
  | 'membershipRestored' // N-14
  | 'membershipEnding' // N-19
  | 'membershipEnded' // N-14, N-19, N-24
  | 'flowDataDue' // N-30
  | 'flowDataOverdue'; // O-27, T-17

/** a `Notice` whose template is one of the membership's (to be added to `NoticeTemplate`) */
export type MembershipNotice = Omit<Notice, 'template'> & { template: MembershipNoticeTemplate };

export function notice(template: MembershipNoticeTemplate, ruleId: string, to: Audience[], facts: MembershipNotice['facts']): MembershipNotice {
  return { template, ruleId, to, facts };
}
