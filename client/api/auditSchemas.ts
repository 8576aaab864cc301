/**
 * Schemas of the auditor API (online audit, E-DCU-11, O-21, P-MON-02): the decision record as served.
 * Defined in client/schemas.ts beside the other answers, so they are published in docs/schemas
 * (DecisionRecordPage.json, ChainVerification.json) like every other answer.
 */
import type { z } from 'zod';
import { ChainVerification, DecisionRecordEntry, RecordPage } from '../schemas.js';

export { ChainVerification, DecisionRecordEntry, RecordPage };
export type DecisionRecordEntry = z.infer<typeof DecisionRecordEntry>;
export type RecordPage = z.infer<typeof RecordPage>;
export type ChainVerification = z.infer<typeof ChainVerification>;
