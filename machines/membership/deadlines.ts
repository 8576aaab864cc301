/**
 * A membership's deadlines as data (DESIGN.md): invitation lapse, flow-data reminder and
 * overdue (T-17, O-27), and a scheduled end (T-08). Absolute CST instants from the stored dates;
 * the unit chart merges them into its own and feeds the earliest back as a `DEADLINE` event.
 */
import { endOf, startOf } from '../calendar.js';
import type { MembershipDeadlineKind } from './events.js';
import { flowDeadlines } from './flowData.js';
import type { MembershipContext } from './context.js';
import type { MembershipState, MembershipValue } from './state.js';

/** which deadlines a state has: an invitation's lapse, or a serving membership's duties and end */
export type DeadlinePhase = 'invited' | 'serving';

export function phaseOfValue(value: MembershipValue): DeadlinePhase | null {
  return value === 'invited' ? 'invited' : value === 'active' || value === 'suspended' ? 'serving' : null;
}

export interface MembershipDeadline {
  /** unique for this membership; includes the using unit's USCC */
  key: string;
  what: MembershipDeadlineKind;
  at: string;
  ruleId: string;
  /** the using unit's USCC, for routing */
  ref: string;
  /** the flow-data period, for the flow-data deadlines */
  period?: string;
}

/** Every deadline still ahead for this membership, earliest first. */
export function membershipDeadlines(state: MembershipState): MembershipDeadline[] {
  return deadlinesFor(state.context, phaseOfValue(state.value));
}

/** The deadlines of a context in a given phase, earliest first (the chart's guards use this). */
export function deadlinesFor(context: MembershipContext, phase: DeadlinePhase | null): MembershipDeadline[] {
  const list: MembershipDeadline[] = [];
  const uu = context.uscc;
  if (phase === 'invited' && context.invitation) {
    const on = context.invitation.lastDay;
    list.push({ key: `Q-28:${uu}:lapse:${on}`, what: 'invitationLapse', at: endOf(on), ruleId: 'Q-28', ref: uu });
  }
  if (phase === 'serving') {
    list.push(...flowDeadlines(uu, context.flowData));
    if (context.scheduledEnd) {
      const on = context.scheduledEnd.effectiveOn;
      list.push({ key: `T-08:${uu}:end:${on}`, what: 'membershipEnd', at: startOf(on), ruleId: 'T-08', ref: uu });
    }
  }
  return list.sort((a, b) => Date.parse(a.at) - Date.parse(b.at) || a.key.localeCompare(b.key));
}
