/** Schemas of the auditor API (online audit, E-DCU-11, O-21, P-MON-02): the decision record as served. */
import { z } from 'zod';
import { AuditEntry } from '../schemas.js';

const hash = z.string().meta({ description: 'SHA-256, hex' });

export const DecisionRecordEntry = z
  .strictObject({
    unitId: z.string(),
    lifetime: z.string().meta({ description: 'the lifetime of the unit’s record: the first run id of its workflow (a new application after ARCHIVE starts a new one)' }),
    position: z.number().meta({ description: 'the entry’s place in the unit’s hash chain, 1, 2, … across lifetimes' }),
    entry: AuditEntry,
    payload: z.unknown().meta({ description: 'the command as applied (or as sent, when rejected); null for deadlines and notices' }),
    payloadDigest: hash,
    prevHash: hash,
    hash: hash.meta({ description: 'sha256(prevHash + canonical JSON of the entry, its unit, lifetime, position, recording time and payload digest)' }),
    recordedAt: z.string().meta({ description: 'when the record was written (UTC); the retention counts from the later of this and entry.at' }),
  })
  .meta({ description: 'one entry of the decision record (O-14, T-10): append-only, hash-chained per unit' });
export type DecisionRecordEntry = z.infer<typeof DecisionRecordEntry>;

export const RecordPage = z.strictObject({
  records: z.array(DecisionRecordEntry),
  next: z.string().nullable().meta({ description: 'pass as `after` for the next page; null on the last page' }),
});
export type RecordPage = z.infer<typeof RecordPage>;

const Head = z.strictObject({ lifetime: z.string(), seq: z.number(), position: z.number(), hash });

export const ChainVerification = z
  .discriminatedUnion('ok', [
    z.strictObject({
      unitId: z.string(),
      ok: z.literal(true),
      count: z.number().meta({ description: 'entries checked' }),
      head: Head.nullable().meta({ description: 'the last entry; keep its hash to compare with a later verification' }),
      purgedUpTo: z.number().meta({ description: 'entries up to this position were purged after the retention period (0: none); the chain is checked from the purge checkpoint' }),
    }),
    z.strictObject({
      unitId: z.string(),
      ok: z.literal(false),
      count: z.number().meta({ description: 'entries checked before the break' }),
      at: z.strictObject({ lifetime: z.string().nullable(), seq: z.number().nullable(), position: z.number() }).meta({ description: 'the first broken entry (changed, or the first removed one); lifetime and seq are null when they cannot be told' }),
      reason: z.string(),
    }),
  ])
  .meta({ description: 'the result of walking a unit’s hash chain' });
export type ChainVerification = z.infer<typeof ChainVerification>;
