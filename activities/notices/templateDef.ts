/**
 * The shape of a notice template and of what it says (activities/notices/templates.ts holds the
 * templates; caseTemplates.ts, lifecycleTemplates.ts and membershipTemplates.ts each a share of
 * them). Its own module so that the shares need not import the table that imports them.
 */
import type { z } from 'zod';
import type { Audience } from '../../machines/notice.js';
import type { Bilingual } from './text.js';

/** what one audience must do, and the last CST day to do it (null: no deadline) */
export interface Action {
  what: Bilingual;
  by: string | null;
}

export interface NoticeContent {
  title: Bilingual;
  happened: Bilingual;
  /** per audience; an audience without an entry is told no action is required */
  todo: Partial<Record<Audience, Action>>;
  details: { label: Bilingual; value: Bilingual }[];
}

/** what every template knows besides its facts */
export interface NoticeContext {
  /** the unit's name, or a placeholder */
  unit: Bilingual;
  /** the instant of the event behind the notice */
  at: string;
  /** the rule the notice cites: tells apart notices the chart sends with the same facts (e.g. S-02 vs P-CAP-05) */
  ruleId: string;
}

export interface TemplateDef<S extends z.ZodType = z.ZodType> {
  facts: S;
  render(facts: z.output<S>, context: NoticeContext): NoticeContent;
}
