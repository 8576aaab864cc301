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
  /** the officer's level: one more restriction, the minimum of all wins (T-04, S-03) */
  limit: z.number().int().positive().max(1_000_000),
  reason: Text,
  /** true: this level replaces the late-renewal ladder for the rest of the term (decisions.md "Officer level vs late-renewal ladder"); absent or false: the ladder still applies */
  replacesLadder: z.boolean().optional(),
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
