/** Compliance commands (S-04…S-08, S-12, E-DCU-14, T-09, O-16, P-SEC-01): cases and standing duties. */
import { z } from 'zod';
import { CalendarDate } from '../../calendar.js';
import { Uscc } from '../../uscc.js';
import { command, RuleId, Text } from '../../schemas/commandBase.js';

/** a using unit at fault (contract); absent, the DCU itself */
export const Target = z.strictObject({ usingUnit: Uscc });
export type Target = z.infer<typeof Target>;

/** T-09: 1–3 months; the cap is checked here and again against the policy in the chart */
export const WindowMonths = z.number().int().min(1, 'at least 1 month (T-09)').max(3, 'at most 3 months (T-09)');

/** S-07: the graduated measures, least to most severe (M-REMIND … M-SUSPEND-ACCESS) */
export const Measure = z.enum(['reminder', 'interview', 'stopNewUsingUnits', 'stopCapabilities', 'suspendAccess']);
export type Measure = z.infer<typeof Measure>;

/** M-INTERVIEW: an interview (约谈) held or scheduled */
export const Interview = z.strictObject({ on: CalendarDate, notes: Text.optional() });

const caseId = z.string().min(1).max(40);

export const IssueRiskWarning = command('ISSUE_RISK_WARNING', {
  indicator: Text,
  details: Text,
  target: Target.optional(),
});
export const SubmitRectificationFeedback = command('SUBMIT_RECTIFICATION_FEEDBACK', { caseId, feedback: Text });
export const RecordRiskMeasure = command('RECORD_RISK_MEASURE', { caseId, measure: Text, opinion: Text });
export const SuspendForNoncompliance = command('SUSPEND_FOR_NONCOMPLIANCE', {
  findings: Text,
  rectificationMonths: WindowMonths,
  interview: Interview.optional(),
  target: Target.optional(),
});
export const ReportSecurityThreat = command('REPORT_SECURITY_THREAT', {
  details: Text,
  observationMonths: WindowMonths,
  /** the concurrency level; 50% of base by default (decisions.md) */
  limit: z.number().int().positive().max(1_000_000).optional(),
  interview: Interview.optional(),
  target: Target.optional(),
});
export const ApplyMeasures = command('APPLY_MEASURES', {
  measures: z.array(Measure).min(1).refine((m) => new Set(m).size === m.length, 'measures must not repeat'),
  rectificationMonths: WindowMonths,
  findings: Text,
  /** S-12: the missed duty this breach is about, if any (e.g. T-06, T-07, T-11) */
  dutyRuleId: RuleId.optional(),
  interview: Interview.optional(),
  target: Target.optional(),
});
export const RecordInterview = command('RECORD_INTERVIEW', { caseId, interview: Interview });
export const ConfirmRectified = command('CONFIRM_RECTIFIED', { caseId, opinion: Text });
export const AdjustCaseWindow = command('ADJUST_CASE_WINDOW', { caseId, dueOn: CalendarDate, reason: Text });
export const ReportSeriousViolation = command('REPORT_SERIOUS_VIOLATION', {
  kind: z.enum(['falseInvoicing', 'otherSeriousViolation']),
  details: Text,
  target: Target.optional(),
});
export const ReportEligibilityChange = command('REPORT_ELIGIBILITY_CHANGE', {
  kind: z.enum(['rating', 'majorViolation', 'pilotScope']),
  /** rating: A|B|M|C|D; majorViolation: true when determined; pilotScope: false when lost */
  value: z.union([z.enum(['A', 'B', 'M', 'C', 'D']), z.boolean()]),
  details: Text.optional(),
  target: Target.optional(),
});
export const ConfirmProposedCase = command('CONFIRM_PROPOSED_CASE', { caseId, opinion: Text, rectificationMonths: WindowMonths });
export const DismissProposedCase = command('DISMISS_PROPOSED_CASE', {
  caseId,
  opinion: Text,
  /** S-06, T-21: declining a proposed termination (security recurrence) opens a new observation window of 1–3 months; required there */
  observationMonths: WindowMonths.optional(),
});
export const RecordMonitoringRun = command('RECORD_MONITORING_RUN', {
  /** `YYYY-MM` (monthly) or `YYYY-Qn` (quarterly), per the agreement's cadence */
  period: z.string().regex(/^\d{4}-(0[1-9]|1[0-2]|Q[1-4])$/, 'expected YYYY-MM or YYYY-Qn'),
  findings: Text,
});
export const ReportSecurityIncident = command('REPORT_SECURITY_INCIDENT', { details: Text, occurredOn: CalendarDate });

export const complianceSchemas = [
  IssueRiskWarning,
  SubmitRectificationFeedback,
  RecordRiskMeasure,
  SuspendForNoncompliance,
  ReportSecurityThreat,
  ApplyMeasures,
  RecordInterview,
  ConfirmRectified,
  AdjustCaseWindow,
  ReportSeriousViolation,
  ReportEligibilityChange,
  ConfirmProposedCase,
  DismissProposedCase,
  RecordMonitoringRun,
  ReportSecurityIncident,
] as const;
