/** Who receives a notice, from the unit's own state (contacts given with the application). */
import type { UnitContext } from './context.js';
import type { Audience } from './notice.js';

export interface NoticeRecipient {
  name: string;
  email: string;
  language: 'zh' | 'en';
}

/** The unit's contacts for `unit`; the officer mailbox is the activity's (config); using units come with memberships. */
export function recipientsFor(context: UnitContext, audience: readonly Audience[]): NoticeRecipient[] {
  if (!audience.includes('unit')) return [];
  return (context.submission?.contacts ?? []).map((c) => ({ name: c.name, email: c.email, language: c.language }));
}
