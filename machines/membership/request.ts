/** The use request's facts an event asks to be judged on, and their E-UU findings. */
import { checkUsingUnit, type EligibilityFindings } from '../eligibility.js';
import { cstDate } from '../calendar.js';
import { useRequestFacts, type UseRequestFacts } from '../schemas/usingUnits.js';
import type { MembershipContext, MembershipFacts } from './context.js';
import type { MembershipEvent } from './events.js';

const FACT_KEYS = Object.keys(useRequestFacts) as (keyof UseRequestFacts)[];

/** the fact fields an event carries, absent ones left out */
function factFields(event: object): Partial<UseRequestFacts> {
  const out: Record<string, unknown> = {};
  for (const key of FACT_KEYS) {
    const value: unknown = Reflect.get(event, key);
    if (value !== undefined) out[key] = value;
  }
  return out as Partial<UseRequestFacts>;
}

/** ACCEPT / APPLY give the facts; RESUBMIT corrects the stored ones; CONSENT re-judges them. */
export function requestedFacts(context: MembershipContext, event: MembershipEvent): MembershipFacts | null {
  switch (event.type) {
    case 'ACCEPT_INVITATION':
    case 'APPLY_FOR_AUTHORIZATION':
      return factFields(event) as UseRequestFacts;
    case 'RESUBMIT_USE_REQUEST':
      return context.facts && { ...context.facts, ...factFields(event) };
    case 'CONSENT_TO_USING_UNIT':
      return context.facts;
    default:
      return null;
  }
}

/** E-UU-1…7 for the facts this event brings, at the event's instant; null if it brings none. */
export function requestFindings(context: MembershipContext, event: MembershipEvent): EligibilityFindings | null {
  const facts = requestedFacts(context, event);
  if (!facts) return null;
  const name = event.type === 'APPLY_FOR_AUTHORIZATION' ? event.name : context.name;
  return checkUsingUnit(facts, { uscc: context.uscc, name, dcuUscc: context.dcuUscc, invitedAs: context.invitation?.relationship }, context.rules, cstDate(event.at));
}
