/**
 * Who receives a notice: the contacts the workflow passes (the unit's, and later its using
 * units'), plus the configured mailboxes of the audiences that are offices (`officer`,
 * `provincialBureau`). An address that fails validation is dropped and reported, never sent to.
 */
import { z } from 'zod';
import type { Audience } from '../../machines/notice.js';
import type { Recipient } from '../types.js';
import type { Language } from './text.js';

/** an office's mailbox and the language its notices are written in first */
export interface Mailbox {
  email: string;
  language: Language;
}

/** `officerByAuthority`: the officer mailbox of each competent authority (11-digit code); `officer` is the default */
export type Mailboxes = { officer: Mailbox; officerByAuthority?: Record<string, Mailbox> } & Partial<Record<'provincialBureau' | 'supervisor', Mailbox>>;

/** one copy of a notice to one valid address */
export interface Addressee {
  name: string | null;
  email: string;
  language: Language;
  audience: Audience;
}

export interface DroppedRecipient {
  email: string;
  audience: Audience;
  reason: string;
}

/** a contact as the workflow sends it; `audience` tells a using unit's contact from the unit's own */
type RoutedRecipient = Recipient & { audience?: Audience };

// RFC 5321 caps a path at 256 octets; zod's pattern refuses spaces, CR/LF and other header tricks
const Address = z.string().max(254, 'longer than 254 characters').pipe(z.email('not a valid e-mail address'));

export function validateAddress(email: string): { ok: true; email: string } | { ok: false; reason: string } {
  const parsed = Address.safeParse(email.trim());
  return parsed.success ? { ok: true, email: parsed.data } : { ok: false, reason: parsed.error.issues[0]?.message ?? 'invalid' };
}

export function resolveRecipients(request: { audience: readonly Audience[]; recipients: readonly RoutedRecipient[]; authority?: string | null | undefined }, mailboxes: Mailboxes): { to: Addressee[]; dropped: DroppedRecipient[] } {
  const candidates: { name: string | null; email: string; language: string; audience: Audience }[] = request.recipients.map((r) => ({
    name: r.name || null,
    email: r.email,
    language: r.language,
    audience: r.audience ?? 'unit',
  }));
  const dropped: DroppedRecipient[] = [];
  for (const office of ['officer', 'provincialBureau', 'supervisor'] as const) {
    if (!request.audience.includes(office)) continue;
    const mailbox = office === 'officer' ? ((request.authority ? mailboxes.officerByAuthority?.[request.authority] : undefined) ?? mailboxes.officer) : mailboxes[office];
    if (mailbox) candidates.push({ name: null, email: mailbox.email, language: mailbox.language, audience: office });
    else dropped.push({ email: '', audience: office, reason: `no ${office} mailbox configured` });
  }
  const to: Addressee[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const checked = validateAddress(c.email);
    if (!checked.ok) {
      dropped.push({ email: c.email, audience: c.audience, reason: checked.reason });
      continue;
    }
    // one copy per address: the first audience it appears under decides the wording
    const key = checked.email.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    to.push({ name: c.name, email: checked.email, language: c.language === 'en' ? 'en' : 'zh', audience: c.audience });
  }
  return { to, dropped };
}
