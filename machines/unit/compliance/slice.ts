/** The compliance domain's slice of the unit context: cases (S-04…S-08, E-DCU-14), standing duties (O-16) and incidents (P-SEC-01). */
import type { Obligation } from '../../obligations.js';
import type { Measure, Target } from './commands.js';

export type CaseKind = 'riskWarning' | 'nonCompliance' | 'securityThreat' | 'obligationBreach' | 'seriousViolation' | 'eligibility';

/** open: measures in force; proposed: waits for the officer (E-DCU-14, or a recurrence under S-06); closed: decided */
export type CaseStatus = 'open' | 'proposed' | 'closed';

export type CaseOutcome = 'restored' | 'rectified' | 'measureRecorded' | 'terminated' | 'dismissed' | 'confirmed' | null;

export interface CaseEvent {
  at: string;
  what: string;
  ruleId: string;
  by: string;
}

export interface Case {
  id: string;
  kind: CaseKind;
  ruleId: string;
  status: CaseStatus;
  openedAt: string;
  /** the window's last day (inclusive); null where the rule sets none (S-08) */
  dueOn: string | null;
  /** T-09: the day the measure was imposed; the 3-month cap counts from it */
  windowFrom: string | null;
  measures: Measure[];
  target: Target | null;
  details: string;
  outcome: CaseOutcome;
  /** S-04: the unit's feedback; S-06: a recurrence proposes termination */
  feedback: string | null;
  escalated: boolean;
  /** S-05/S-07: the 7-day warning before an unconfirmed window ends was sent */
  warned: boolean;
  terminationProposed: boolean;
  /** M-LEGAL: S-08 refers the case for legal liability */
  legalReferral: boolean;
  /** S-11: a using unit's case is linked to the DCU, which carries joint liability */
  jointLiability: boolean;
  /** S-06: the concurrency level this case imposes on its target (the DCU or one using unit); absent in cases recorded before it was kept */
  limit?: number | null;
  history: CaseEvent[];
}

export interface ComplianceSlice {
  /** compliance cases, open and closed (S-04…S-08, E-DCU-14) */
  cases: Case[];
  /** standing duties with due dates (O-16, …) */
  obligations: Obligation[];
  /** P-SEC-01, N-23: data-security incidents reported and forwarded */
  incidents: { at: string; occurredOn: string; details: string }[];
}

export function initialCompliance(): ComplianceSlice {
  return { cases: [], obligations: [], incidents: [] };
}
