import { z } from 'zod';
import { Actor } from './actor.js';
import { cleanLine, cleanText } from './text.js';

/** fields every command carries (contract) */
export const commandBase = {
  actor: Actor,
  /** a repeated requestId is answered with the first answer and applied once */
  requestId: cleanLine(200).optional(),
};

/** a command schema: `type`, `actor`, `requestId?` and its own fields; unknown fields are errors */
export function command<const T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.strictObject({ type: z.literal(type), ...commandBase, ...shape });
}

/** free text (opinions, details, reasons): multi-line, clean (text.ts) */
export const Text = cleanText(4000);
export const RuleId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/, 'expected a rule id such as T-03');
