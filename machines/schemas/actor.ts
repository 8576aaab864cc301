import { z } from 'zod';
import { cleanLine } from './text.js';

/** an exact 11-digit tax-authority code (e.g. 15101000000), as officers' tokens carry it */
export const TaxAuthority = z.string().regex(/^\d{11}$/, 'expected an 11-digit tax-authority code');

/** who sends a command; the chart decides which roles may send which type (contract) */
export const Role = z.enum(['officer', 'unit', 'usingUnit', 'system']);
export type Role = z.infer<typeof Role>;

export const Actor = z.strictObject({
  role: Role,
  id: cleanLine(200),
  /**
   * the officer's tax-authority code, exactly 11 digits (decisions.md "Who decides"); every officer
   * command names the competent authority it needs (machines/unit/authority.ts)
   */
  authority: TaxAuthority.optional(),
});
export type Actor = z.infer<typeof Actor>;
