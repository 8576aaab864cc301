/** Change reports (P-CHG-*, T-06), platform upgrades (T-07), network filings (T-14), termination (T-08). */
import { z } from 'zod';
import { cleanLine } from '../../schemas/text.js';
import { CalendarDate } from '../../calendar.js';
import { Uscc } from '../../uscc.js';
import { command, Text } from '../../schemas/commandBase.js';
import { NetworkAddressFiling } from '../../schemas/forms.js';

export const ChangeKind = z.enum(['keyPersonnel', 'contact', 'address', 'legalRepresentative', 'relationship']);
export type ChangeKind = z.infer<typeof ChangeKind>;

export const ReportChange = command('REPORT_CHANGE', {
  kind: ChangeKind,
  /** the day the change took effect (T-06 counts 3 calendar days from it) */
  effectiveOn: CalendarDate,
  details: Text,
  /** for a relationship change: the using unit concerned */
  usingUnit: Uscc.optional(),
});
export const DetectRelationshipChange = command('DETECT_RELATIONSHIP_CHANGE', { effectiveOn: CalendarDate, details: Text, usingUnit: Uscc.optional() });
export const SubmitSignedAgreement = command('SUBMIT_SIGNED_AGREEMENT', { agreementRef: cleanLine(500) });
export const PublishVersionUpgrade = command('PUBLISH_VERSION_UPGRADE', { version: cleanLine(64), publishedOn: CalendarDate, notes: Text.optional() });
export const CompleteVersionUpgrade = command('COMPLETE_VERSION_UPGRADE', { version: cleanLine(64), testReportRef: cleanLine(500) });
export const FileNetworkAddress = command('FILE_NETWORK_ADDRESS', { filing: NetworkAddressFiling });

export const FileTermination = command('FILE_TERMINATION', {
  /** the first day without service (T-08); at least 30 days after the filing day */
  effectiveOn: CalendarDate,
  reason: Text,
  /** the using units whose service ends; absent: the whole DCU ends */
  usingUnits: z.array(Uscc).min(1).refine((u) => new Set(u).size === u.length, 'using units must not repeat').optional(),
});
export const WithdrawTermination = command('WITHDRAW_TERMINATION', { reason: Text.optional() });

export const changeSchemas = [
  ReportChange,
  DetectRelationshipChange,
  SubmitSignedAgreement,
  PublishVersionUpgrade,
  CompleteVersionUpgrade,
  FileNetworkAddress,
  FileTermination,
  WithdrawTermination,
] as const;
