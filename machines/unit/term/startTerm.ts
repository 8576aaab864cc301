/** Helpers the onboarding and term transitions share. */
import type { ApplicationSubmission } from '../../schemas/forms.js';
import { lift, RENEWAL_LADDER } from './concurrency.js';
import type { UnitContext } from '../context.js';
import { pastKeys } from '../deadlines.js';
import type { UnitEvent } from '../events.js';

/** The application a SUBMIT_APPLICATION carries, without the command's own fields. */
export function submissionOf(event: Extract<UnitEvent, { type: 'SUBMIT_APPLICATION' }>): ApplicationSubmission {
  const { type: _type, actor: _actor, requestId: _requestId, at: _at, ...submission } = event;
  return submission;
}

/** Starts a term and skips the deadlines already past when it is set (decisions.md, T-04). */
export function withTerm(context: UnitContext, term: UnitContext['term'], at: string): Partial<UnitContext> {
  const next = { ...context, term, done: [] };
  return { term, done: pastKeys(next, at), concurrency: lift(context.concurrency, RENEWAL_LADDER) };
}
