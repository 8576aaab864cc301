/**
 * Using-unit commands (P-UU-01…06, E-UU-*, O-27, T-17): the two admission paths, the using unit's
 * own competent authority's decision, removal and the flow-data duty. Every one names the
 * membership it is about in `usingUnit`; the unit chart routes it there.
 */
import { z } from 'zod';
import { CalendarDate } from '../calendar.js';
import { Uscc } from '../uscc.js';
import type { Role } from './actor.js';
import { command, Text } from './commandBase.js';
import { cleanLine } from './text.js';
import { Contact, CreditRating, DocumentRef, ExemptSector, TaxAuthorityCode, UsingUnitRelationship } from './forms.js';

const Name = cleanLine(200);

/** E-UU-2 as the using unit declares it; NONE (无关联关系) is accepted here so eligibility can refuse it with every reason */
export const DeclaredRelationship = z.enum([...UsingUnitRelationship.options, 'NONE']);
export type DeclaredRelationship = z.infer<typeof DeclaredRelationship>;

/** `YYYY-Qn` (quarterly, the default cadence) or `YYYY-MM` (monthly option), T-17 */
export const FlowPeriod = z.string().regex(/^\d{4}-(Q[1-4]|0[1-9]|1[0-2])$/, 'expected a period YYYY-Qn (or YYYY-MM when the cadence is monthly)');

/** the facts of a use request (使用请求), G3.1(2)1, P-UU-03, E-UU-1…7 */
export const useRequestFacts = {
  /** G3.1(2)1(1): the using unit's own competent tax authority, which decides */
  competentTaxAuthority: TaxAuthorityCode,
  /** E-UU-2 */
  relationship: DeclaredRelationship,
  /** E-UU-2, O-03: the day the relationship took effect (registration or equity change) */
  relationshipSince: CalendarDate.optional(),
  /** E-UU-7: proof of the relationship (G3.1(2)2(1)) */
  relationshipProofRef: DocumentRef.optional(),
  /** E-UU-7: the proof's last valid day, if it has one */
  proofValidUntil: CalendarDate.optional(),
  /** E-UU-7: a designated sector exempt from the proof */
  exemptSector: ExemptSector.optional(),
  /** who receives the using unit's notices */
  contact: Contact,
  /** E-UU-3 */
  creditRating: CreditRating,
  /** E-UU-1 */
  inPilotScope: z.boolean(),
  /** E-UU-4 (T-12c) */
  hasMajorTaxViolation3y: z.boolean(),
  /** E-UU-5, E-UU-9: cooperates in providing tax data and accepts the DCU's supervision */
  canProvideTaxData: z.boolean(),
  /** P-UU-03(2): other materials the tax authority requires */
  otherMaterials: z.array(DocumentRef).max(50).optional(),
};
export const UseRequestFacts = z.strictObject(useRequestFacts);
export type UseRequestFacts = z.infer<typeof UseRequestFacts>;

/** cross-field rules of the facts alone; the dates against today are the chart's (E-UU-2, E-UU-7) */
function refineFacts(f: { [K in keyof UseRequestFacts]?: UseRequestFacts[K] | undefined }, ctx: z.RefinementCtx): void {
  if (f.proofValidUntil !== undefined && f.relationshipProofRef === undefined) {
    ctx.addIssue({ code: 'custom', path: ['proofValidUntil'], message: 'E-UU-7: a validity date without relationshipProofRef' });
  }
  if (f.proofValidUntil !== undefined && f.relationshipSince !== undefined && f.proofValidUntil < f.relationshipSince) {
    ctx.addIssue({ code: 'custom', path: ['proofValidUntil'], message: `the proof's validity ends (${f.proofValidUntil}) before the relationship began (${f.relationshipSince})` });
  }
  if (f.relationship === 'SELF' && f.exemptSector !== undefined) {
    ctx.addIssue({ code: 'custom', path: ['exemptSector'], message: 'E-UU-7: the DCU itself (SELF) needs neither proof nor an exempt sector' });
  }
}

export const InviteUsingUnit = command('INVITE_USING_UNIT', {
  usingUnit: Uscc,
  name: Name,
  /** the DCU's view of the relationship; the using unit's own declaration is the one decided on */
  relationship: UsingUnitRelationship,
  contact: Contact,
  message: Text.optional(),
});

export const AcceptInvitation = command('ACCEPT_INVITATION', { usingUnit: Uscc, ...useRequestFacts }).superRefine(refineFacts);

export const ApplyForAuthorization = command('APPLY_FOR_AUTHORIZATION', { usingUnit: Uscc, name: Name, ...useRequestFacts }).superRefine(refineFacts);

export const ConsentToUsingUnit = command('CONSENT_TO_USING_UNIT', { usingUnit: Uscc, opinion: Text.optional() });

export const DeclineUsingUnit = command('DECLINE_USING_UNIT', { usingUnit: Uscc, reason: Text });

export const ApproveUsingUnit = command('APPROVE_USING_UNIT', { usingUnit: Uscc, opinion: Text });

export const ReturnUsingUnit = command('RETURN_USING_UNIT', { usingUnit: Uscc, opinion: Text, reasons: z.array(Text).min(1, 'at least one reason') });

/** any fact may be corrected; absent ones stay as they were */
export const ResubmitUseRequest = command('RESUBMIT_USE_REQUEST', {
  usingUnit: Uscc,
  ...UseRequestFacts.partial().shape,
  note: Text.optional(),
}).superRefine(refineFacts);

export const RemoveUsingUnit = command('REMOVE_USING_UNIT', { usingUnit: Uscc, reason: Text });

export const SubmitFlowData = command('SUBMIT_FLOW_DATA', { usingUnit: Uscc, period: FlowPeriod, ref: DocumentRef });

export const usingUnitSchemas = [
  InviteUsingUnit,
  AcceptInvitation,
  ApplyForAuthorization,
  ConsentToUsingUnit,
  DeclineUsingUnit,
  ApproveUsingUnit,
  ReturnUsingUnit,
  ResubmitUseRequest,
  RemoveUsingUnit,
  SubmitFlowData,
] as const;

export const UsingUnitCommand = z.discriminatedUnion('type', usingUnitSchemas);
export type UsingUnitCommand = z.infer<typeof UsingUnitCommand>;
export type UsingUnitCommandType = UsingUnitCommand['type'];

/** Which roles may send which using-unit command (an officer's authority is checked by the membership). */
export const allowedRolesUU: Record<UsingUnitCommandType, readonly Role[]> = {
  INVITE_USING_UNIT: ['unit'],
  ACCEPT_INVITATION: ['usingUnit'],
  APPLY_FOR_AUTHORIZATION: ['usingUnit'],
  CONSENT_TO_USING_UNIT: ['unit'],
  DECLINE_USING_UNIT: ['unit'],
  APPROVE_USING_UNIT: ['officer'],
  RETURN_USING_UNIT: ['officer'],
  RESUBMIT_USE_REQUEST: ['usingUnit'],
  REMOVE_USING_UNIT: ['unit', 'officer'],
  // G1.3: the DCU supervises its using units and may upload their data through its system
  SUBMIT_FLOW_DATA: ['usingUnit', 'unit'],
};

/** The rule that governs each using-unit command, named when the command is refused. */
export const governingRuleUU: Record<UsingUnitCommandType, string> = {
  INVITE_USING_UNIT: 'P-UU-01',
  ACCEPT_INVITATION: 'P-UU-01',
  APPLY_FOR_AUTHORIZATION: 'P-UU-02',
  CONSENT_TO_USING_UNIT: 'P-UU-02',
  DECLINE_USING_UNIT: 'P-UU-02',
  APPROVE_USING_UNIT: 'P-UU-01',
  RETURN_USING_UNIT: 'P-UU-01',
  RESUBMIT_USE_REQUEST: 'P-UU-01',
  REMOVE_USING_UNIT: 'P-UU-06',
  SUBMIT_FLOW_DATA: 'O-27',
};
