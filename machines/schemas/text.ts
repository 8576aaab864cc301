/**
 * Clean text (issue 14, finding 5): every free-text and name field refuses control characters (C0
 * except tab and newline where a field is multi-line, DEL, C1) and bidirectional overrides and
 * isolates (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), with an error naming the field
 * (its path) and the character; names are NFC-normalised and trimmed.
 */
import { z } from 'zod';

/** control and bidirectional-formatting characters no single-line field may hold */
export const UNSAFE_LINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** the same, tab and newline allowed (multi-line fields: opinions, details, reasons) */
export const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

const code = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function refuse(unsafe: RegExp, what: string) {
  return (value: string, ctx: z.RefinementCtx): void => {
    const hit = unsafe.exec(value);
    if (hit) ctx.addIssue({ code: 'custom', message: `${code(hit[0])} is not allowed in ${what} (control characters and bidirectional overrides are refused)` });
  };
}

/** a single-line name or code: no control or bidi characters, NFC, trimmed, 1…max characters */
export function cleanLine(max: number) {
  return z.string().superRefine(refuse(UNSAFE_LINE, 'a single-line field')).normalize('NFC').trim().min(1, 'required').max(max);
}

/** multi-line free text: tab and newline allowed, other control and bidi characters refused; NFC, trimmed */
export function cleanText(max: number) {
  return z.string().superRefine(refuse(UNSAFE_TEXT, 'text')).normalize('NFC').trim().min(1, 'required').max(max);
}

/** optional free text that may be empty (F1.18 details): the same characters refused, NFC, at most max */
export function cleanTextOrEmpty(max: number) {
  return z.string().superRefine(refuse(UNSAFE_TEXT, 'text')).normalize('NFC').max(max);
}

/** a single-line label that may be empty (a material's title) */
export function cleanLineOrEmpty(max: number) {
  return z.string().superRefine(refuse(UNSAFE_LINE, 'a single-line field')).normalize('NFC').max(max);
}
