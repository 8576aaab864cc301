/** Capability commands (P-CAP-02…06, S-02, E-DCU-13, E-UU-8, T-16). */
import { z } from 'zod';
import { cleanLine } from '../../schemas/text.js';
import { Uscc } from '../../uscc.js';
import { command, Text } from '../../schemas/commandBase.js';

export const CapabilityCode = z.string().regex(/^[A-Z][A-Z0-9_]*$/, 'expected a catalogue code such as INVOICE_ISSUE');
const Ref = cleanLine(500);

/** E-DCU-13 / E-UU-8: a special-industry qualification and its proof */
export const Qualification = z.strictObject({ industry: cleanLine(64), licenceRef: Ref });
export type Qualification = z.infer<typeof Qualification>;

export const SubscribeCapability = command('SUBSCRIBE_CAPABILITY', { code: CapabilityCode, qualification: Qualification.optional() });
export const SubmitCapabilityTestReport = command('SUBMIT_CAPABILITY_TEST_REPORT', { code: CapabilityCode, reportRef: Ref });
export const ConfirmCapability = command('CONFIRM_CAPABILITY', { code: CapabilityCode, opinion: Text });
export const ReturnCapability = command('RETURN_CAPABILITY', {
  code: CapabilityCode,
  opinion: Text,
  /** industry: outside the capability's applicable industries (S-02, closes it); test: back to testing (P-CAP-05) */
  reason: z.enum(['industry', 'test']),
});
export const AuthorizeCapability = command('AUTHORIZE_CAPABILITY', { code: CapabilityCode, usingUnit: Uscc });
export const ProvideQualification = command('PROVIDE_QUALIFICATION', { code: CapabilityCode, usingUnit: Uscc, qualification: Qualification });
export const AcceptCapabilityAuthorization = command('ACCEPT_CAPABILITY_AUTHORIZATION', { code: CapabilityCode, usingUnit: Uscc });

export const capabilitySchemas = [
  SubscribeCapability,
  SubmitCapabilityTestReport,
  ConfirmCapability,
  ReturnCapability,
  AuthorizeCapability,
  ProvideQualification,
  AcceptCapabilityAuthorization,
] as const;
