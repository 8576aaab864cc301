/** The term domain's guards (T-01…T-05, P-REN-01, S-03, T-04): each with its rule and its own refusal (guard.ts). */
import { assertEvent } from 'xstate';
import { cstDate, endOf } from '../../calendar.js';
import { guard } from '../guard.js';
import { isLegacy } from '../gates.js';
import type { UnitContext } from '../context.js';

const renewalText = ({ term }: UnitContext): string => (term ? `renewal is ${term.renewal} this term` : 'the unit has no term');

export const termGuards = {
  /** P-REN-01, A2.R3: one request per term; after a rejection only where the policy allows a new one */
  renewalOpen: guard({
    rule: 'P-REN-01',
    test: ({ context }) => context.term?.renewal === 'notRequested' || (context.term?.renewal === 'rejected' && context.policy.afterRejection === 'allowNewRequest'),
    refuse: ({ context }) => `${renewalText(context)}${context.term?.renewal === 'rejected' ? ': no new request this term (A2.R3)' : ''}`,
  }),
  /** T-02: requested by the renewal due date (a later request is late, T-03) */
  onTime: guard({
    rule: 'T-02',
    test: ({ context, event }) => cstDate(event.at) <= (context.term?.renewalDueOn ?? ''),
    refuse: ({ context }) => `the renewal was due by ${context.term?.renewalDueOn ?? '—'} (T-02)`,
  }),
  /** T-05: a renewal request awaits the officer's decision */
  renewalRequested: guard({
    rule: 'T-05',
    test: ({ context }) => context.term?.renewal === 'requested',
    refuse: ({ context }) => `no renewal request awaits a decision (${renewalText(context)})`,
  }),
  /** T-05: the officer approved the renewal */
  renewalApproved: guard({
    rule: 'T-05',
    test: ({ context }) => context.term?.renewal === 'approved',
    refuse: ({ context }) => `the renewal is not approved (${renewalText(context)})`,
  }),
  /** T-05: the renewed term ends after the current one and after today */
  extendsBeyondTerm: guard({
    rule: 'T-05',
    test: ({ context, event }) => {
      assertEvent(event, 'APPROVE_RENEWAL');
      return context.term !== null && event.extendsTo > context.term.endsOn && event.extendsTo > cstDate(event.at);
    },
    refuse: ({ context, event }) => {
      assertEvent(event, 'APPROVE_RENEWAL');
      return `extendsTo ${event.extendsTo} must be after the current term's last day ${context.term?.endsOn ?? '—'} and after today (${cstDate(event.at)})`;
    },
  }),
  /** T-03, A2.R3: a rejection after the term ended ends the unit at once (a history written before the gate: it stayed, gates.ts) */
  rejectedAfterTermEnd: guard({
    rule: 'T-03',
    test: ({ context, event }) => context.term !== null && Date.parse(event.at) >= Date.parse(endOf(context.term.endsOn)) && !(event.type === 'REJECT_RENEWAL' && isLegacy(event, 'rejected-after-term-ends-unit')),
    refuse: ({ context }) => `the current term runs until ${context.term?.endsOn ?? '—'}`,
  }),
  /** the renewed term has already begun (approval after the old term ended, T-03 undecided) */
  pastTermEnd: guard({
    rule: 'T-05',
    test: ({ context, event }) => context.term !== null && Date.parse(event.at) >= Date.parse(endOf(context.term.endsOn)),
    refuse: ({ context }) => `the current term runs until ${context.term?.endsOn ?? '—'}`,
  }),
  /** T-03, A2.R3: the unit ends with its term: renewal rejected, or no request under reading a of the policy */
  terminatesAtTermEnd: guard({
    rule: 'T-03',
    test: ({ context }) => {
      const { term, policy } = context;
      if (term?.renewal === 'notRequested') return policy.noRequestAtTermEnd === 'terminate';
      // a run written before the gate: a rejected renewal escalated under officerConfirms (gates.ts)
      return term?.renewal === 'rejected' && (policy.noRequestAtTermEnd === 'terminate' || !isLegacy(context, 'officer-confirms-daily'));
    },
    refuse: ({ context }) => (context.term?.renewal === 'requested' ? 'a renewal request is undecided (T-03)' : 'the policy has the officer confirm the end (T-03)'),
  }),
  /** T-03, Q-14: a renewal request is made on or before the term's last day; after it, none is accepted */
  withinTerm: guard({
    rule: 'T-03',
    // a run written before the gate accepted a late request after the last day too (gates.ts)
    test: ({ context, event }) => context.term !== null && (cstDate(event.at) <= context.term.endsOn || isLegacy(context, 'officer-confirms-daily')),
    refuse: ({ context }) => `the term ended on ${context.term?.endsOn ?? '—'}: no renewal request after its last day (T-03)`,
  }),
  /** S-03, T-04: the ladder limits concurrency by itself unless an officer set the level */
  automaticLadder: guard({
    rule: 'S-03',
    test: ({ context }) => context.policy.ladderMode === 'automatic' && !context.term?.ladderByOfficer,
    refuse: () => 'the late-renewal ladder is officer-only or an officer set the level (T-04)',
  }),
};
