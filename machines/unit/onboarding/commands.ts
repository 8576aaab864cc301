/** Onboarding commands (P-ONB-*, chapter 3 of the seed). */
import { z } from 'zod';
import { CalendarDate } from '../../calendar.js';
import { command, Text } from '../../schemas/commandBase.js';
import { AccessInformationForm, ApplicationSubmissionFields, AuthorizationLetter, Contact, Materials, NetworkAddressFiling, refineApplicationSubmission } from '../../schemas/forms.js';

export const SubmitApplication = command('SUBMIT_APPLICATION', ApplicationSubmissionFields).superRefine(refineApplicationSubmission);
export type SubmitApplication = z.infer<typeof SubmitApplication>;

export const ApproveApplication = command('APPROVE_APPLICATION', {
  opinion: Text,
  /** the officer's confirmed last day of the term; wins over the computed one (T-01) */
  termEndsOn: CalendarDate.optional(),
  /** the unit's base concurrency limit (T-04); the policy default otherwise */
  baseConcurrency: z.number().int().positive().max(1_000_000).optional(),
});
export type ApproveApplication = z.infer<typeof ApproveApplication>;

export const ReturnApplication = command('RETURN_APPLICATION', {
  opinion: Text,
  reasons: z.array(Text).min(1),
});
export type ReturnApplication = z.infer<typeof ReturnApplication>;

export const ResubmitApplication = command('RESUBMIT_APPLICATION', {
  application: AccessInformationForm.optional(),
  materials: Materials.optional(),
  authorizationLetter: AuthorizationLetter.optional(),
  networkFiling: NetworkAddressFiling.optional(),
  contacts: z.array(Contact).min(1).optional(),
});
export type ResubmitApplication = z.infer<typeof ResubmitApplication>;
