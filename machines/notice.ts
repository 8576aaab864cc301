/** A notice the chart asks for; the workflow turns it into a `sendNotice` activity call. */

/** who a notice is for; `provincialBureau` is the provincial tax bureau's mailbox (P-SEC-01, N-23); `supervisor` the officer's supervisor (T-18) */
export type Audience = 'unit' | 'officer' | 'usingUnits' | 'provincialBureau' | 'supervisor';

export type NoticeTemplate =
  | 'applicationReceived'
  | 'applicationReturned'
  | 'applicationApproved'
  | 'renewalDue'
  | 'renewalRequested'
  | 'renewalApproved'
  | 'renewalRejected'
  | 'renewalOverdueThrottle'
  | 'throttleStep'
  | 'renewalUndecided'
  | 'noRequestAtTermEnd'
  | 'newTermStarted'
  | 'concurrencySet'
  | 'termEnded'
  | 'terminated'
  | 'archived'
  | 'caseOpened'
  | 'caseUpdated'
  | 'caseEscalated'
  | 'caseDueSoon'
  | 'caseClosed'
  | 'terminationProposed'
  | 'eligibilityProposed'
  | 'obligationOverdue'
  | 'securityIncident'
  | 'capabilityUpdated'
  | 'capabilityGranted'
  | 'changeRecorded'
  | 'obligationDue'
  | 'upgradePublished'
  | 'networkFilingUpdated'
  | 'networkFilingExpiring'
  | 'networkFilingExpired'
  | 'terminationFiled'
  | 'terminationWithdrawn'
  | 'usingUnitsEnded'
  | 'deliveryFailed'
  | 'decisionAgeing'
  // using-unit memberships (machines/membership/notices.ts)
  | 'usingUnitInvited'
  | 'authorizationApplied'
  | 'authorizationDecided'
  | 'useRequestSubmitted'
  | 'useRequestDecided'
  | 'invitationLapsed'
  | 'membershipSuspended'
  | 'membershipRestored'
  | 'membershipEnding'
  | 'membershipEnded'
  | 'flowDataDue'
  | 'flowDataOverdue';

export interface Notice {
  template: NoticeTemplate;
  /** the rule the notice implements (and names to its reader) */
  ruleId: string;
  to: Audience[];
  /** the facts the template renders: dates are CST `YYYY-MM-DD`, limits are numbers */
  facts: Record<string, string | number | null>;
}
