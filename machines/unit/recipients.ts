/** Who receives a notice, from the unit's own state: the application's contacts and the using units' own. */
import { serving, usingUnitContact } from '../membership/index.js';
import type { UnitContext } from './context.js';
import type { Audience, Notice } from '../notice.js';

export interface NoticeRecipient {
  name: string;
  email: string;
  language: 'zh' | 'en';
  /** which audience the address belongs to (what the notice asks of them differs) */
  audience: Audience;
}

/**
 * The unit's contacts for `unit`; for `usingUnits` the contact of the one using unit the notice is
 * about (`facts.usingUnit`), or of every serving using unit (N-07, N-11, N-24). The officer and
 * provincial mailboxes are the activity's (config).
 */
export function recipientsFor(context: UnitContext, notice: Pick<Notice, 'to' | 'facts'>): NoticeRecipient[] {
  const list: NoticeRecipient[] = [];
  if (notice.to.includes('unit')) {
    for (const c of context.submission?.contacts ?? []) list.push({ name: c.name, email: c.email, language: c.language, audience: 'unit' });
  }
  for (const m of addressedMemberships(context, notice)) {
    const c = usingUnitContact(m);
    if (c) list.push({ name: c.name, email: c.email, language: c.language, audience: 'usingUnits' });
  }
  return list;
}

/** the memberships a notice for `usingUnits` is addressed to: the one it is about, else every serving one */
function addressedMemberships(context: UnitContext, notice: Pick<Notice, 'to' | 'facts'>) {
  if (!notice.to.includes('usingUnits')) return [];
  const about = typeof notice.facts.usingUnit === 'string' ? notice.facts.usingUnit : null;
  return Object.values(context.memberships).filter((m) => (about ? m.context.uscc === about : serving(m)));
}

/**
 * The using units (USCC) a notice is addressed to, with or without a contact to mail: what a using
 * unit's token reads of the unit's notices (client/scope.ts; issue 14, finding 3).
 */
export function usingUnitsAddressed(context: UnitContext, notice: Pick<Notice, 'to' | 'facts'>): string[] {
  return addressedMemberships(context, notice).map((m) => m.context.uscc);
}

/**
 * G5.4, N-24 (issue 12 fault 7): why a notice misses someone it is addressed to, before any mail
 * is sent: a using unit with no contact (declared with the application without one), or a unit
 * with no contact. Each reason goes to the officer with the notice (never silent); empty when the
 * notice reaches everyone it names.
 */
export function unreachable(context: UnitContext, notice: Pick<Notice, 'to' | 'facts'>): string[] {
  const missed: string[] = [];
  if (notice.to.includes('unit') && (context.submission?.contacts.length ?? 0) === 0) missed.push(`${context.unitId}: the unit has no contact`);
  for (const m of addressedMemberships(context, notice)) {
    if (!usingUnitContact(m)) missed.push(`using unit ${m.context.uscc} (${m.context.name}): no contact (none was given with the application)`);
  }
  return missed;
}

