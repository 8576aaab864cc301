/**
 * The unified social credit code (统一社会信用代码, GB 32100-2015), rules.md §1.7.
 *
 * 18 characters: registration authority, organization category, a 6-digit administrative
 * division code, a 9-character subject identifier and a check character. Pure; no transforms,
 * so the published JSON Schema keeps the pattern.
 */
import { z } from 'zod';

/** the 31 characters of the code, in value order (no I, O, S, V, Z) */
export const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
/** weights of positions 1–17: 3^(i−1) mod 31 */
export const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28] as const;

const CHAR = '[0-9A-HJ-NP-RTUWXY]';
/** layout prefilter: 2 code characters, 6 division digits, 10 code characters */
export const USCC_PATTERN = new RegExp(`^${CHAR}{2}\\d{6}${CHAR}{10}$`);

/** The check character for the first 17 characters, or null if they are malformed. */
export function usccCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return null;
    sum += value * (USCC_WEIGHTS[i] ?? 0);
  }
  // 31 − (Σ mod 31), where 31 maps to 0
  return USCC_ALPHABET.charAt((31 - (sum % 31)) % 31);
}

/** What is wrong with the layout of a would-be USCC, or null if only the check may be wrong. */
export function usccFormatProblem(value: string): string | null {
  if (value.length !== 18) return `a USCC has 18 characters, got ${value.length}`;
  for (let i = 0; i < 18; i++) {
    const c = value.charAt(i);
    if (!USCC_ALPHABET.includes(c)) {
      return `character '${c}' at position ${i + 1} is not allowed in a USCC (0-9 and A-Y without I, O, S, V, Z; upper case)`;
    }
    if (i >= 2 && i <= 7 && !/\d/.test(c)) {
      return `positions 3–8 of a USCC are the administrative division code (digits); got '${c}' at position ${i + 1}`;
    }
  }
  return null;
}

/** Whether `value` is a USCC with the right check character. */
export function isValidUscc(value: string): boolean {
  return USCC_PATTERN.test(value) && usccCheckChar(value.slice(0, 17)) === value.charAt(17);
}

/** A valid USCC from its first 17 characters (throws if they are malformed). */
export function usccWithCheck(first17: string): string {
  const problem = usccFormatProblem(`${first17}0`);
  const check = usccCheckChar(first17);
  if (problem !== null || check === null) {
    throw new Error(`cannot build a USCC from '${first17}': ${problem ?? 'expected 17 characters'}`);
  }
  return first17 + check;
}

/** an 18-character unified social credit code with a valid check character */
export const Uscc = z
  .string()
  .regex(USCC_PATTERN, {
    error: (iss) => usccFormatProblem(String(iss.input)) ?? 'not a USCC (GB 32100-2015)',
  })
  .superRefine((value, ctx) => {
    if (!USCC_PATTERN.test(value)) return; // reported by the pattern
    const expected = usccCheckChar(value.slice(0, 17));
    if (expected !== value.charAt(17)) {
      ctx.addIssue({
        code: 'custom',
        message: `USCC check character is wrong: expected '${expected}', got '${value.charAt(17)}'`,
      });
    }
  })
  .describe('unified social credit code (统一社会信用代码, GB 32100-2015)');
export type Uscc = z.infer<typeof Uscc>;
