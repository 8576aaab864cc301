/** Term, renewal and concurrency commands (T-01…T-05, S-03). */
import { z } from 'zod';
import { CalendarDate } from '../../calendar.js';
import { command, RuleId, Text } from '../../schemas/commandBase.js';

export const RequestRenewal = command('REQUEST_RENEWAL', { reason: Text.optional() });
export type RequestRenewal = z.infer<typeof RequestRenewal>;

export const ApproveRenewal = command('APPROVE_RENEWAL', {
  opinion: Text,
  /** the renewed term's last day, chosen by the officer (T-05) */
  extendsTo: CalendarDate,
});
export type ApproveRenewal = z.infer<typeof ApproveRenewal>;

export const RejectRenewal = command('REJECT_RENEWAL', { opinion: Text });
export type RejectRenewal = z.infer<typeof RejectRenewal>;

export const SetConcurrency = command('SET_CONCURRENCY', {
  /** an explicit level that replaces the automatic ladder (T-04) */
  limit: z.number().int().positive().max(1_000_000),
  reason: Text,
});
export type SetConcurrency = z.infer<typeof SetConcurrency>;

export const Terminate = command('TERMINATE', {
  reason: Text,
  ruleId: RuleId,
  caseId: z.string().min(1).optional(),
});
export type Terminate = z.infer<typeof Terminate>;

export const Archive = command('ARCHIVE', { reason: Text.optional() });
export type Archive = z.infer<typeof Archive>;
