/** A deadline as data: what falls due when, under which rule (the projection is in deadlines.ts). */
export type DeadlineKind =
  | 'renewalReminder'
  | 'throttleStep'
  | 'termEnd'
  | 'renewalUndecided'
  | 'closeTerminated'
  | 'caseFeedbackDue'
  | 'caseWindowWarning'
  | 'caseWindowEnd'
  | 'obligationReminder'
  | 'obligationDue'
  | 'networkFilingReminder'
  | 'networkFilingExpiry'
  | 'terminationEffective'
  | 'membership'
  | 'decisionAgeing'
  | 'builderFlowData';

export interface Deadline {
  /** unique within a term; a fired or skipped key is never due again */
  key: string;
  what: DeadlineKind;
  /** the instant it takes effect, `…T00:00:00+08:00` */
  at: string;
  ruleId: string;
  /** for throttle steps: which step of the policy ladder */
  step?: number;
  /** the case or obligation (or, for a membership, the using unit's USCC) the deadline belongs to */
  ref?: string;
  /** a membership's own deadline kind (Q-28 lapse, T-17/O-27 flow data, T-08 end) */
  sub?: string;
  period?: string;
}

