/**
 * The unit chart's bridge to its using units' memberships (machines/membership): one membership
 * per using unit, kept in the unit's context; commands, case measures, filings, the cascade and
 * deadlines reach a membership through here.
 */
import {
  canMembership,
  cascadeTargets,
  forbiddenMembership,
  isUsingUnitCommand,
  membershipDeadlineKinds,
  membershipDeadlines,
  membershipFor,
  membershipAwaitingAuthority,
  membershipFromApplication,
  membershipPolicy,
  membershipRefusal as refusalOfMembership,
  serving,
  stepMembership,
  type MembershipEvent,
  type MembershipRefusal,
  type MembershipSetup,
  type MembershipState,
  type MembershipStep,
} from '../../membership/index.js';
import type { UsingUnitCommand } from '../../schemas/usingUnits.js';
import type { UnitContext } from '../context.js';
import type { Deadline } from '../deadline.js';
import type { DeadlineEvent, UnitEvent } from '../events.js';
import type { Notice } from '../../notice.js';
import { dcuAuthority } from '../authority.js';

export type Memberships = Record<string, MembershipState>;

export function setupOf(context: UnitContext): MembershipSetup {
  const { policy } = context;
  return { dcuUscc: context.unitId, rules: membershipPolicy(policy, { exemptSectors: policy.exemptSectors, flowDataCadence: policy.flowDataCadence }) };
}

export function membershipOf(context: UnitContext, uscc: string): MembershipState {
  return membershipFor(context.memberships[uscc], uscc, setupOf(context));
}

/**
 * P-ONB-08, G3.1(1)/(2)1 (decisions.md "Who decides"): at the DCU's approval, a using unit named
 * with the application whose competent authority is the DCU's is a member from today; one whose
 * authority differs waits, as a membership, for its own authority's decision (APPROVE_USING_UNIT),
 * and that authority is told. `legacy`: a history written before this rule admits every one.
 */
export function fromApplication(context: UnitContext, at: string, legacy = false): { memberships: Memberships; notices: Notice[] } {
  const setup = setupOf(context);
  const own = dcuAuthority(context);
  const notices: Notice[] = [];
  const memberships = Object.fromEntries(
    (context.submission?.application.usingUnits ?? []).map((u) => {
      if (legacy || u.competentTaxAuthority.trim() === own) return [u.uscc, membershipFromApplication(u, at, setup)];
      const waiting = membershipAwaitingAuthority(u, at, setup);
      notices.push(...(waiting.notices as Notice[]));
      return [u.uscc, waiting.state];
    }),
  );
  return { memberships, notices };
}

type UsingUnitEvent = UsingUnitCommand & { at: string };

export function membershipAllows(context: UnitContext, event: UsingUnitEvent): boolean {
  return canMembership(membershipOf(context, event.usingUnit), event);
}

export function membershipForbids(context: UnitContext, event: UsingUnitEvent): string | null {
  return forbiddenMembership(membershipOf(context, event.usingUnit), event);
}

/** Why the using unit's membership refuses the command: the refusal of its guard that failed, or its missing transition. */
export function membershipRefusal(context: UnitContext, event: UsingUnitEvent): MembershipRefusal {
  return refusalOfMembership(membershipOf(context, event.usingUnit), event);
}

/** The event as a using-unit command (stamped with `at`), or null for any other event. */
export function usingUnitEventOf(event: UnitEvent): UsingUnitEvent | null {
  return event.type !== 'DEADLINE' && isUsingUnitCommand(event) ? event : null;
}

/** A using-unit command applied to its membership. */
export function stepCommand(context: UnitContext, event: UsingUnitEvent): MembershipStep {
  return stepMembership(membershipOf(context, event.usingUnit), event);
}

/** Applies an event the unit derives (case measure, filing, cascade) where it is legal; otherwise leaves the membership as it is. */
export function applyDerived(memberships: Memberships, uscc: string, event: MembershipEvent): Memberships {
  const m = memberships[uscc];
  if (!m || !canMembership(m, event)) return memberships;
  return { ...memberships, [uscc]: stepMembership(m, event).state };
}

export function isServing(context: UnitContext, uscc: string): boolean {
  const m = context.memberships[uscc];
  return m !== undefined && serving(m);
}

/** P-TRM-04: when the DCU ends, every membership not already over ends with it. */
export function endAll(context: UnitContext, at: string, reason: string): Memberships {
  return cascadeTargets(context.memberships).reduce((all, uscc) => applyDerived(all, uscc, { type: 'END_MEMBERSHIP', ruleId: 'P-TRM-04', reason, at }), context.memberships);
}

/** Every membership's deadlines, as the unit's (`what: 'membership'`, the membership's own kind in `sub`). */
export function membershipDeadlineList(context: UnitContext): Deadline[] {
  return Object.values(context.memberships).flatMap((m) =>
    membershipDeadlines(m).map((d) => ({ key: d.key, what: 'membership' as const, sub: d.what, at: d.at, ruleId: d.ruleId, ref: d.ref, ...(d.period ? { period: d.period } : {}) })),
  );
}

/** A unit deadline event turned back into the membership's own. */
export function membershipDeadlineEvent(event: DeadlineEvent): MembershipEvent {
  const what = membershipDeadlineKinds.find((k) => k === event.sub);
  if (!what) throw new Error(`deadline ${event.key}: ${event.sub ?? 'no sub'} is no membership deadline`);
  return { type: 'DEADLINE', key: event.key, what, ruleId: event.ruleId, at: event.at, ref: event.ref!, ...(event.period ? { period: event.period } : {}) };
}

export function stepDeadline(context: UnitContext, event: DeadlineEvent): MembershipStep {
  return stepMembership(context.memberships[event.ref!]!, membershipDeadlineEvent(event));
}
