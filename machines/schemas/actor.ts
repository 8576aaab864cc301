import { z } from 'zod';

/** who sends a command; the chart decides which roles may send which type (contract) */
export const Role = z.enum(['officer', 'unit', 'usingUnit', 'system']);
export type Role = z.infer<typeof Role>;

export const Actor = z.strictObject({
  role: Role,
  id: z.string().min(1).max(200),
  /** the officer's tax-authority code, checked where the rules name a competent authority */
  authority: z.string().min(1).max(100).optional(),
});
export type Actor = z.infer<typeof Actor>;
