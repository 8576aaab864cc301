/** A notice the chart asks for; the workflow turns it into a `sendNotice` activity call. */

export type Audience = 'unit' | 'officer' | 'usingUnits';

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
  | 'newTermStarted'
  | 'concurrencySet'
  | 'termEnded'
  | 'terminated'
  | 'archived';

export interface Notice {
  template: NoticeTemplate;
  /** the rule the notice implements (and names to its reader) */
  ruleId: string;
  to: Audience[];
  /** the facts the template renders: dates are CST `YYYY-MM-DD`, limits are numbers */
  facts: Record<string, string | number | null>;
}
