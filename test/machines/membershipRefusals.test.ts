/**
 * The membership refusal table (issue 11): every reachable state of the membership chart × every
 * using-unit command type (and the events the unit chart derives). Each refusal must carry the
 * reason and the rule of a guard that returned false in that state for that event, or say there is
 * no transition for the event in that state (and there is none).
 */
import { describe, expect, it } from 'vitest';
import { membershipGuardTable, resolveMembershipGuard } from '../../machines/membership/guards.js';
import {
  canMembership,
  emptyMembership,
  membershipDeadlines,
  membershipPolicy,
  membershipRefusal,
  startMembership,
  stepMembership,
  type MembershipEvent,
  type MembershipSetup,
  type MembershipState,
} from '../../machines/membership/index.js';
import { candidateTransitions, membershipGuardRefsOf } from '../../machines/membership/refusal.js';
import { makePolicy } from '../../machines/policy.js';
import { describeIssue } from '../../machines/schemas/commands.js';
import { allowedRolesUU, UsingUnitCommand, type UsingUnitCommandType } from '../../machines/schemas/usingUnits.js';
import { usccWithCheck } from '../../machines/uscc.js';

const uscc = (n: number): string => usccWithCheck(`91510100MA6D${String(n).padStart(5, '0')}`);
const DCU = uscc(1);
const UU = uscc(2);
const setup: MembershipSetup = { dcuUscc: DCU, rules: membershipPolicy(makePolicy()) };
const AUTHORITY = '15101070000';
const contact = { role: 'contact', name: '李四', email: 'li@example.cn', language: 'zh' } as const;
const facts = {
  competentTaxAuthority: AUTHORITY,
  relationship: 'GROUP_MEMBER',
  relationshipSince: '2020-01-01',
  relationshipProofRef: 'doc:equity-2020',
  contact,
  creditRating: 'B',
  inPilotScope: true,
  hasMajorTaxViolation3y: false,
  canProvideTaxData: true,
} as const;
const T0 = '2027-04-01T09:00:00+08:00';
const T1 = '2027-04-10T09:00:00+08:00';
const T2 = '2027-05-10T10:00:00+08:00';
const NOW = '2027-05-20T10:00:00+08:00';

/** One valid body per using-unit command type (the actor is the first allowed role). */
const samples: Record<UsingUnitCommandType, Record<string, unknown>> = {
  INVITE_USING_UNIT: { name: '成都分公司', relationship: 'GROUP_MEMBER', contact },
  ACCEPT_INVITATION: { ...facts },
  APPLY_FOR_AUTHORIZATION: { name: '成都分公司', ...facts },
  CONSENT_TO_USING_UNIT: {},
  DECLINE_USING_UNIT: { reason: '不同意' },
  APPROVE_USING_UNIT: { opinion: '同意' },
  RETURN_USING_UNIT: { opinion: '退回', reasons: ['材料不全'] },
  RESUBMIT_USE_REQUEST: {},
  REMOVE_USING_UNIT: { reason: '移除' },
  SUBMIT_FLOW_DATA: { period: '2027-Q1', ref: 'doc:flow' },
};
const commandTypes = Object.keys(allowedRolesUU) as UsingUnitCommandType[];

function actorFor(type: UsingUnitCommandType) {
  const role = allowedRolesUU[type][0]!;
  return role === 'officer' ? { role, id: 'o1', authority: AUTHORITY } : { role, id: role === 'usingUnit' ? 'uu-admin' : 'dcu-admin' };
}
function command(type: UsingUnitCommandType, at = NOW): MembershipEvent {
  const parsed = UsingUnitCommand.safeParse({ type, actor: actorFor(type), usingUnit: UU, ...samples[type] });
  if (!parsed.success) throw new Error(parsed.error.issues.map(describeIssue).join('; '));
  return { ...parsed.data, at } as MembershipEvent;
}

/** The events the unit chart derives (cases, filings, ratings, the cascade): refused the same way. */
const derived: MembershipEvent[] = [
  { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: NOW },
  { type: 'RESTORE_MEMBERSHIP', caseId: 'C-9', ruleId: 'M-RESTORE', at: NOW },
  { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: '2027-05-25', reason: '停止', at: NOW },
  { type: 'CANCEL_MEMBERSHIP_END', at: NOW },
  { type: 'UPDATE_RATING', rating: 'A', at: NOW },
  { type: 'DEADLINE', key: `Q-28:${UU}:lapse:2027-05-01`, what: 'invitationLapse', ruleId: 'Q-28', ref: UU, at: NOW },
];

const go = (state: MembershipState, event: MembershipEvent) => stepMembership(state, event).state;
const started = (type: 'INVITE_USING_UNIT' | 'APPLY_FOR_AUTHORIZATION', at: string) =>
  startMembership(command(type, at) as Extract<MembershipEvent, { type: typeof type }>, setup).state;
const invited = () => started('INVITE_USING_UNIT', T0);
const awaiting = () => go(invited(), command('ACCEPT_INVITATION', T1));
const applied = () => started('APPLY_FOR_AUTHORIZATION', T0);
const active = () => go(awaiting(), command('APPROVE_USING_UNIT', T2));

/** Reachable membership states, from the fixtures of test/machines/membership.test.ts. */
const states: Record<string, () => MembershipState> = {
  none: () => emptyMembership(UU, setup),
  invited,
  applied,
  'awaitingAuthority (via invitation)': awaiting,
  'awaitingAuthority (via application)': () => go(applied(), command('CONSENT_TO_USING_UNIT', T1)),
  returned: () => go(awaiting(), command('RETURN_USING_UNIT', T2)),
  'active (rating B, flow data owed)': active,
  'suspended (case C-1)': () => go(active(), { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: T2 }),
  'active, end filed for 2027-07-01': () => go(active(), { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: '2027-07-01', reason: '停止', at: T2 }),
  lapsed: () => go(invited(), { type: 'DEADLINE', ...membershipDeadlines(invited())[0]!, at: '2027-05-02T00:00:00+08:00' }),
  declined: () => go(applied(), command('DECLINE_USING_UNIT', T1)),
  ended: () => go(active(), command('REMOVE_USING_UNIT', T2)),
};

/** The guards the event's candidate transitions require in this state that return false, each with its rule and reason. */
function failingGuards(state: MembershipState, event: MembershipEvent) {
  const args = { context: state.context, event };
  const transitions = candidateTransitions(state.value, event.type);
  const refs = transitions.flatMap((t) => membershipGuardRefsOf(t.guard) ?? []);
  return {
    transitions: transitions.length,
    failing: refs
      .map(resolveMembershipGuard)
      .filter(({ guard, params }) => !guard.test(args, params))
      .map(({ name, guard, params }) => ({ name, ruleId: typeof guard.rule === 'string' ? guard.rule : guard.rule(args), reason: guard.refuse(args, params) })),
  };
}

describe('membership refusal table: every state × every using-unit command type (issue 11)', () => {
  const refusedTypes = new Set<string>();
  const seenStates = new Set<string>();
  for (const [name, build] of Object.entries(states)) {
    it(`P-UU-01, P-UU-02, P-UU-06, O-27, Q-28, T-08: in ${name}, each refusal names a guard of the membership chart that returned false there (its reason and rule), or the missing transition`, () => {
      const state = build();
      seenStates.add(state.value);
      let refusals = 0;
      for (const event of [...commandTypes.map((t) => command(t)), ...derived]) {
        if (canMembership(state, event)) continue;
        refusals += 1;
        refusedTypes.add(event.type);
        const refusal = membershipRefusal(state, event);
        const { transitions, failing } = failingGuards(state, event);
        if (transitions === 0) {
          expect(refusal.guard, event.type).toBeNull();
          expect(refusal.reason, event.type).toContain(`no transition for ${event.type} in state ${state.value}: ${UU} is `);
          continue;
        }
        const named = failing.find((g) => g.name === refusal.guard && g.reason === refusal.reason && g.ruleId === refusal.ruleId);
        expect(named, `${event.type} in ${name}: "${refusal.reason}" (${refusal.ruleId}) is no failing guard's; failing: ${JSON.stringify(failing)}`).toBeDefined();
        expect(membershipGuardTable[named!.name], event.type).toBeDefined();
        expect(() => stepMembership(state, event), event.type).toThrow(refusal.reason);
      }
      expect(refusals).toBeGreaterThan(0);
    });
  }

  it('covers every using-unit command type with at least one refusal, and every membership state', () => {
    expect(commandTypes.filter((t) => !refusedTypes.has(t))).toEqual([]);
    expect([...seenStates].sort()).toEqual(['active', 'awaitingAuthority', 'declined', 'ended', 'invited', 'lapsed', 'none', 'returned', 'suspended', 'applied'].sort());
  });
});

describe('membership refusals name the guard that failed (issue 11)', () => {
  it('Q-28: an acceptance after the last day names the lapse, not the state', () => {
    const r = membershipRefusal(invited(), command('ACCEPT_INVITATION', '2027-05-02T00:00:00+08:00'));
    expect(r).toMatchObject({ guard: 'beforeLapse', ruleId: 'Q-28' });
    expect(r.reason).toMatch(/last day was 2027-05-01 \(30 days, Q-28\)/);
  });
  it('P-UU-01: an officer of another authority is refused by the competent-authority guard (G3.1(2)1)', () => {
    const other = { ...command('APPROVE_USING_UNIT', T2), actor: { role: 'officer', id: 'o2', authority: '15101000000' } } as MembershipEvent;
    const r = membershipRefusal(awaiting(), other);
    expect(r).toMatchObject({ guard: 'competentAuthority', ruleId: 'P-UU-01' });
    expect(r.reason).toContain(`decided by its competent tax authority ${AUTHORITY}, not 15101000000`);
  });
  it('P-UU-01: a duplicate invitation is no transition in state invited, naming what the state means', () => {
    expect(membershipRefusal(invited(), command('INVITE_USING_UNIT'))).toEqual({ guard: null, ruleId: 'P-UU-01', reason: `no transition for INVITE_USING_UNIT in state invited: ${UU} is invited`, unmet: [] });
  });
  it('T-17: flow data of a period not yet over names the period’s end', () => {
    const early = { ...command('SUBMIT_FLOW_DATA', T2), period: '2027-Q2' } as MembershipEvent;
    const r = membershipRefusal(active(), early);
    expect(r).toMatchObject({ guard: 'flowOwed', ruleId: 'O-27' });
    expect(r.reason).toBe('period 2027-Q2 ends on 2027-06-30; its data can be submitted from 2027-07-01 (T-17)');
  });
});
