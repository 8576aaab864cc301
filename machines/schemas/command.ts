import { z } from 'zod';
import { Actor } from './actor.js';

/** fields every command carries (contract) */
export const commandBase = {
  actor: Actor,
  /** a repeated requestId is answered with the first answer and applied once */
  requestId: z.string().min(1).max(200).optional(),
};

/** a command schema: `type`, `actor`, `requestId?` and its own fields; unknown fields are errors */
export function command<const T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...commandBase, ...shape });
}

export const Text = z.string().trim().min(1).max(4000);
export const RuleId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'expected a rule id such as T-03');
