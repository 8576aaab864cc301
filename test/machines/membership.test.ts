import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  addsUsingUnit,
  authorizedBuilder,
  canMembership,
  cascadeTargets,
  emptyMembership,
  forbiddenMembership,
  ledger,
  membershipDeadlines,
  membershipFromApplication,
  membershipPolicy,
  membershipRefusal,
  startMembership,
  stepMembership,
  summarizeMembership,
  terminationScopeProblems,
  type MembershipEvent,
  type MembershipSetup,
  type MembershipState,
} from '../../machines/membership/index.js';
import { makePolicy } from '../../machines/policy.js';
import { describeIssue } from '../../machines/schemas/commands.js';
import type { ApplicationSubmission } from '../../machines/schemas/forms.js';
import { UsingUnitCommand } from '../../machines/schemas/usingUnits.js';
import { usccWithCheck } from '../../machines/uscc.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8')) as ApplicationSubmission;
const uscc = (n: number): string => usccWithCheck(`91510100MA6D${String(n).padStart(5, '0')}`);
const DCU = uscc(1);
const UU = uscc(2);
/** the reason the membership refuses the event (its failing guard's, or its missing transition) */
const why = (s: MembershipState, e: MembershipEvent): string => membershipRefusal(s, e).reason;
const setup: MembershipSetup = { dcuUscc: DCU, rules: membershipPolicy(makePolicy()) };

const dcu = { role: 'unit', id: 'dcu-admin' } as const;
const uu = { role: 'usingUnit', id: 'uu-admin' } as const;
const officer = { role: 'officer', id: 'o1', authority: '15101070000' } as const;
const otherOfficer = { role: 'officer', id: 'o2', authority: '15101000000' } as const;
const contact = { role: 'contact', name: '李四', email: 'li@example.cn', language: 'zh' } as const;

const T0 = '2027-04-01T09:00:00+08:00';
const T1 = '2027-04-10T09:00:00+08:00';
const T2 = '2027-05-10T10:00:00+08:00';

/** the facts of a use request that meets every condition */
const facts = {
  competentTaxAuthority: officer.authority,
  relationship: 'GROUP_MEMBER',
  relationshipSince: '2020-01-01',
  relationshipProofRef: 'doc:equity-2020',
  contact,
  creditRating: 'A',
  inPilotScope: true,
  hasMajorTaxViolation3y: false,
  canProvideTaxData: true,
} as const;

/** a command as the unit chart hands it over: parsed by its schema, stamped with `at` */
function ev(command: Record<string, unknown>, at: string): MembershipEvent {
  const parsed = UsingUnitCommand.safeParse({ usingUnit: UU, ...command });
  if (!parsed.success) throw new Error(parsed.error.issues.map(describeIssue).join('; '));
  return { ...parsed.data, at } as MembershipEvent;
}

function go(state: MembershipState, event: MembershipEvent) {
  return stepMembership(state, event);
}

const invite = (at = T0) => ev({ type: 'INVITE_USING_UNIT', actor: dcu, name: '成都分公司', relationship: 'GROUP_MEMBER', contact }, at);
const accept = (extra: Record<string, unknown> = {}, at = T1) => ev({ type: 'ACCEPT_INVITATION', actor: uu, ...facts, ...extra }, at);
const apply = (extra: Record<string, unknown> = {}, at = T0) => ev({ type: 'APPLY_FOR_AUTHORIZATION', actor: uu, name: '成都分公司', ...facts, ...extra }, at);
const approve = (actor: typeof officer | typeof otherOfficer = officer, at = T2) => ev({ type: 'APPROVE_USING_UNIT', actor, opinion: '同意' }, at);

function invited(): MembershipState {
  return startMembership(invite() as Extract<MembershipEvent, { type: 'INVITE_USING_UNIT' }>, setup).state;
}
function awaiting(extra: Record<string, unknown> = {}): MembershipState {
  return go(invited(), accept(extra)).state;
}
function active(extra: Record<string, unknown> = {}): MembershipState {
  return go(awaiting(extra), approve()).state;
}
function applied(): MembershipState {
  return startMembership(apply() as Extract<MembershipEvent, { type: 'APPLY_FOR_AUTHORIZATION' }>, setup).state;
}
function returned(): MembershipState {
  return go(awaiting(), ev({ type: 'RETURN_USING_UNIT', actor: officer, opinion: 'x', reasons: ['y'] }, T2)).state;
}
function fireDue(state: MembershipState, until: string): { state: MembershipState; fired: { what: string; ruleId: string; templates: string[] }[] } {
  const fired: { what: string; ruleId: string; templates: string[] }[] = [];
  for (;;) {
    const due = membershipDeadlines(state).find((d) => Date.parse(d.at) <= Date.parse(until));
    if (!due) return { state, fired };
    const r = go(state, { type: 'DEADLINE', ...due, at: due.at });
    fired.push({ what: due.what, ruleId: r.ruleId, templates: r.notices.map((n) => n.template) });
    state = r.state;
  }
}

describe('membership: every transition cites its rule', () => {
  it.each<[string, () => MembershipState, () => MembershipEvent, string, string, string[]]>([
    ['P-UU-01 invite', () => emptyMembership(UU, setup), () => invite(), 'P-UU-01', 'invited', ['usingUnitInvited']],
    ['P-UU-01 accept', invited, () => accept(), 'P-UU-01', 'awaitingAuthority', ['useRequestSubmitted']],
    ['P-UU-01 approve', awaiting, () => approve(), 'P-UU-01', 'active', ['useRequestDecided']],
    ['P-UU-01 return', awaiting, () => ev({ type: 'RETURN_USING_UNIT', actor: officer, opinion: '补正', reasons: ['proof unreadable'] }, T2), 'P-UU-01', 'returned', ['useRequestDecided']],
    ['P-UU-02 apply', () => emptyMembership(UU, setup), () => apply(), 'P-UU-02', 'applied', ['authorizationApplied']],
    ['P-UU-06 remove an invitation', invited, () => ev({ type: 'REMOVE_USING_UNIT', actor: dcu, reason: 'withdrawn' }, T1), 'P-UU-06', 'ended', ['membershipEnded']],
    ['P-UU-06 remove an active unit', () => active(), () => ev({ type: 'REMOVE_USING_UNIT', actor: officer, reason: 'no longer related' }, T2), 'P-UU-06', 'ended', ['membershipEnded']],
    ['S-05 suspend', () => active(), () => ({ type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: T2 }), 'S-05', 'suspended', ['membershipSuspended']],
    ['S-07 suspend', () => active(), () => ({ type: 'SUSPEND_MEMBERSHIP', caseId: 'C-2', ruleId: 'S-07', at: T2 }), 'S-07', 'suspended', ['membershipSuspended']],
    ['S-08 end', () => active(), () => ({ type: 'END_MEMBERSHIP', caseId: 'C-3', ruleId: 'S-08', reason: 'false invoicing', at: T2 }), 'S-08', 'ended', ['membershipEnded']],
    ['P-TRM-04 cascade', () => awaiting(), () => ({ type: 'END_MEMBERSHIP', ruleId: 'P-TRM-04', reason: 'DCU terminated', at: T2 }), 'P-TRM-04', 'ended', ['membershipEnded']],
    ['T-08 schedule', () => active(), () => ({ type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: '2027-07-01', reason: 'restructuring', at: '2027-06-01T09:00:00+08:00' }), 'T-08', 'active', ['membershipEnding']],
    ['P-UU-02 consent', applied, () => ev({ type: 'CONSENT_TO_USING_UNIT', actor: dcu }, T1), 'P-UU-02', 'awaitingAuthority', ['authorizationDecided', 'useRequestSubmitted']],
    ['P-UU-02 decline', applied, () => ev({ type: 'DECLINE_USING_UNIT', actor: dcu, reason: 'no' }, T1), 'P-UU-02', 'declined', ['authorizationDecided']],
    ['P-UU-02 approve', () => go(applied(), ev({ type: 'CONSENT_TO_USING_UNIT', actor: dcu }, T1)).state, () => approve(), 'P-UU-02', 'active', ['useRequestDecided']],
    ['P-UU-01 resubmit', returned, () => ev({ type: 'RESUBMIT_USE_REQUEST', actor: uu }, T2), 'P-UU-01', 'awaitingAuthority', ['useRequestSubmitted']],
    ['P-UU-06 remove an application', applied, () => ev({ type: 'REMOVE_USING_UNIT', actor: dcu, reason: 'withdrawn' }, T1), 'P-UU-06', 'ended', ['membershipEnded']],
    ['P-UU-06 remove a returned request', returned, () => ev({ type: 'REMOVE_USING_UNIT', actor: officer, reason: 'abandoned' }, T2), 'P-UU-06', 'ended', ['membershipEnded']],
    ['Q-28 lapse', invited, () => ({ type: 'DEADLINE', ...membershipDeadlines(invited())[0]!, at: '2027-05-02T00:00:00+08:00' }), 'Q-28', 'lapsed', ['invitationLapsed']],
    ['P-UU-01 re-invite after a lapse', () => go(invited(), { type: 'DEADLINE', ...membershipDeadlines(invited())[0]!, at: '2027-05-02T00:00:00+08:00' }).state, () => invite(T2), 'P-UU-01', 'invited', ['usingUnitInvited']],
    ['M-RESTORE', () => go(active(), { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: T2 }).state, () => ({ type: 'RESTORE_MEMBERSHIP', caseId: 'C-1', ruleId: 'M-RESTORE', at: T2 }), 'M-RESTORE', 'active', ['membershipRestored']],
    ['S-08 ends a suspended unit', () => go(active(), { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: T2 }).state, () => ({ type: 'END_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', reason: 'window expired', at: T2 }), 'S-05', 'ended', ['membershipEnded']],
    ['T-08 withdraw', () => go(active(), { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: '2027-07-01', reason: 'r', at: '2027-06-01T09:00:00+08:00' }).state, () => ({ type: 'CANCEL_MEMBERSHIP_END', at: '2027-06-02T09:00:00+08:00' }), 'T-08', 'active', []],
    ['O-27 submit', () => active({ creditRating: 'B' }), () => ev({ type: 'SUBMIT_FLOW_DATA', actor: uu, period: '2027-Q2', ref: 'r' }, '2027-07-02T09:00:00+08:00'), 'O-27', 'active', []],
    ['T-17 reminder', () => active({ creditRating: 'B' }), () => ({ type: 'DEADLINE', ...membershipDeadlines(active({ creditRating: 'B' }))[0]!, at: '2027-07-01T00:00:00+08:00' }), 'T-17', 'active', ['flowDataDue']],
    ['E-UU-3 rating', () => active(), () => ({ type: 'UPDATE_RATING', rating: 'B', at: T2 }), 'E-UU-3', 'active', []],
  ])('%s', (_name, from, event, rule, to, templates) => {
    const r = go(from(), event());
    expect([r.ruleId, r.to, r.notices.map((n) => n.template)]).toEqual([rule, to, templates]);
    expect(r.state.context.history.at(-1)?.ruleId).toBe(rule);
  });
});

describe('P-UU-01 / P-UU-02: both admission paths end to end', () => {
  it('P-UU-01: invitation → acceptance with the authority and relationship → approval by that authority; ledger opened (O-03)', () => {
    const s0 = emptyMembership(UU, setup);
    expect(canMembership(s0, invite())).toBe(true);
    const r1 = go(s0, invite());
    expect(r1.notices[0]).toMatchObject({ template: 'usingUnitInvited', ruleId: 'P-UU-01', to: ['usingUnits'], facts: { usingUnit: UU, lastDay: '2027-05-01' } });
    const r2 = go(r1.state, accept());
    expect(r2.notices[0]).toMatchObject({ template: 'useRequestSubmitted', to: ['officer', 'unit'], facts: { competentAuthority: officer.authority, relationship: 'GROUP_MEMBER' } });
    const r3 = go(r2.state, approve());
    expect(r3.to).toBe('active');
    expect(r3.notices[0]).toMatchObject({ template: 'useRequestDecided', facts: { decision: 'approved', on: '2027-05-10' } });
    expect(ledger([r3.state])).toEqual([
      expect.objectContaining({ uscc: UU, relationship: 'GROUP_MEMBER', proofRef: 'doc:equity-2020', exemptSector: null, path: 'invitation', effectiveFrom: '2027-05-10', effectiveTo: null, current: true }),
    ]);
    expect(summarizeMembership(r3.state)).toMatchObject({ uscc: UU, status: 'active', path: 'invitation', competentAuthority: officer.authority, flowData: [] });
  });

  it('P-UU-02: application → DCU consent → approval; a DCU decline ends the application (N-03)', () => {
    const applied = startMembership(apply() as Extract<MembershipEvent, { type: 'APPLY_FOR_AUTHORIZATION' }>, setup);
    expect(applied.notices[0]).toMatchObject({ template: 'authorizationApplied', to: ['unit'] });
    const consented = go(applied.state, ev({ type: 'CONSENT_TO_USING_UNIT', actor: dcu }, T1));
    expect([consented.ruleId, consented.to, consented.notices.map((n) => n.template)]).toEqual(['P-UU-02', 'awaitingAuthority', ['authorizationDecided', 'useRequestSubmitted']]);
    const approved = go(consented.state, approve());
    expect([approved.ruleId, approved.to]).toEqual(['P-UU-02', 'active']);
    expect(ledger([approved.state])[0]?.path).toBe('application');

    const declined = go(applied.state, ev({ type: 'DECLINE_USING_UNIT', actor: dcu, reason: '不符合集团安排' }, T1));
    expect([declined.ruleId, declined.to]).toEqual(['P-UU-02', 'declined']);
    expect(declined.notices[0]).toMatchObject({ template: 'authorizationDecided', facts: { decision: 'declined' } });
    expect(canMembership(declined.state, approve())).toBe(false);
    // a new application after a decline is a new admission
    expect(canMembership(declined.state, apply({}, T2))).toBe(true);
  });

  it('P-UU-01: a returned use request is resubmitted with corrected facts and approved', () => {
    const returned = go(awaiting(), ev({ type: 'RETURN_USING_UNIT', actor: officer, opinion: '证明材料不清晰', reasons: ['proof unreadable'] }, T2));
    expect(returned.notices[0]).toMatchObject({ template: 'useRequestDecided', facts: { decision: 'returned', reasons: 'proof unreadable' } });
    expect(canMembership(returned.state, approve())).toBe(false);
    const resubmitted = go(returned.state, ev({ type: 'RESUBMIT_USE_REQUEST', actor: uu, relationshipProofRef: 'doc:equity-2020-v2' }, '2027-05-12T09:00:00+08:00'));
    expect([resubmitted.ruleId, resubmitted.to]).toEqual(['P-UU-01', 'awaitingAuthority']);
    expect(resubmitted.notices[0]).toMatchObject({ facts: { kind: 'resubmitted', proof: 'doc:equity-2020-v2' } });
    const approved = go(resubmitted.state, approve(officer, '2027-05-20T09:00:00+08:00'));
    expect(approved.to).toBe('active');
    expect(summarizeMembership(approved.state).returns).toBe(1);
    expect(ledger([approved.state])[0]?.proofRef).toBe('doc:equity-2020-v2');
  });

  it('P-UU-01: a resubmission that still fails a condition is refused, with the condition named', () => {
    const returned = go(awaiting(), ev({ type: 'RETURN_USING_UNIT', actor: officer, opinion: 'x', reasons: ['y'] }, T2)).state;
    const bad = ev({ type: 'RESUBMIT_USE_REQUEST', actor: uu, creditRating: 'C' }, '2027-05-12T09:00:00+08:00');
    expect(canMembership(returned, bad)).toBe(false);
    expect(why(returned, bad)).toMatch(/E-UU-3 .*credit rating C/);
  });
});

describe('Q-28: an invitation lapses after invitationExpiryDays, at 00:00 CST after its last day', () => {
  it('invited 2027-04-01 09:00 → last day 2027-05-01 → lapses at 2027-05-02T00:00:00+08:00', () => {
    const s = invited();
    expect(membershipDeadlines(s)).toEqual([{ key: `Q-28:${UU}:lapse:2027-05-01`, what: 'invitationLapse', at: '2027-05-02T00:00:00+08:00', ruleId: 'Q-28', ref: UU }]);
    const d = membershipDeadlines(s)[0]!;
    // one second before: not due, and the invitation can still be accepted
    expect(canMembership(s, { type: 'DEADLINE', ...d, at: '2027-05-01T23:59:59+08:00' })).toBe(false);
    expect(canMembership(s, accept({}, '2027-05-01T23:59:59+08:00'))).toBe(true);
    const lapsed = go(s, { type: 'DEADLINE', ...d, at: d.at });
    expect([lapsed.ruleId, lapsed.to]).toEqual(['Q-28', 'lapsed']);
    expect(lapsed.notices[0]).toMatchObject({ template: 'invitationLapsed', to: ['unit', 'usingUnits'], facts: { lastDay: '2027-05-01' } });
    expect(membershipDeadlines(lapsed.state)).toEqual([]);
    // a late acceptance, before or after the timer fired, names the rule
    expect(canMembership(s, accept({}, '2027-05-02T00:00:00+08:00'))).toBe(false);
    expect(why(s, accept({}, '2027-05-02T00:00:00+08:00'))).toMatch(/last day was 2027-05-01 \(30 days, Q-28\)/);
    expect(why(lapsed.state, accept({}, '2027-05-03T00:00:00+08:00'))).toMatch(/lapsed/);
    // the DCU may invite again
    expect(go(lapsed.state, invite('2027-05-03T09:00:00+08:00')).to).toBe('invited');
  });

  it('the expiry follows the policy value', () => {
    const short: MembershipSetup = { dcuUscc: DCU, rules: membershipPolicy(makePolicy({ invitationExpiryDays: 7 })) };
    const s = startMembership(invite() as Extract<MembershipEvent, { type: 'INVITE_USING_UNIT' }>, short).state;
    expect(membershipDeadlines(s)[0]?.at).toBe('2027-04-09T00:00:00+08:00');
  });
});

describe('G3.1(2)1: the using unit\'s own competent tax authority decides', () => {
  it('an officer of another authority is Forbidden and changes nothing; a unit may not approve at all', () => {
    const s = awaiting();
    expect(forbiddenMembership(s, approve(otherOfficer))).toMatch(/decided by its competent tax authority 15101070000, not 15101000000/);
    expect(canMembership(s, approve(otherOfficer))).toBe(false);
    expect(() => go(s, approve(otherOfficer))).toThrow(/competent tax authority/);
    const byUnit = { ...approve(), actor: dcu } as MembershipEvent;
    expect(forbiddenMembership(s, byUnit)).toMatch(/only by officer, not by unit/);
    expect(forbiddenMembership(s, approve())).toBeNull();
  });

  it('roles: only the DCU invites or consents, only the using unit accepts', () => {
    expect(forbiddenMembership(emptyMembership(UU, setup), { ...invite(), actor: uu } as MembershipEvent)).toMatch(/only by unit/);
    expect(forbiddenMembership(invited(), { ...accept(), actor: dcu } as MembershipEvent)).toMatch(/only by usingUnit/);
  });
});

describe('E-UU-1, E-UU-2, E-UU-3, E-UU-4, E-UU-5, E-UU-7: every unmet condition, with its rule id', () => {
  it('E-UU-7: a designated exempt sector is admitted without proof', () => {
    const { relationshipProofRef: _p, ...noProof } = facts;
    const s0 = go(invited(), ev({ type: 'ACCEPT_INVITATION', actor: uu, ...noProof, exemptSector: 'RAILWAY' }, T1));
    expect(s0.to).toBe('awaitingAuthority');
    const s1 = go(s0.state, approve());
    expect(ledger([s1.state])[0]).toMatchObject({ proofRef: null, exemptSector: 'RAILWAY' });
  });

  it('E-UU-7: a sector not on the configured list needs proof; a configured list admits it', () => {
    const { relationshipProofRef: _p, ...noProof } = facts;
    const other = ev({ type: 'ACCEPT_INVITATION', actor: uu, ...noProof, exemptSector: 'OTHER_DESIGNATED' }, T1);
    expect(canMembership(invited(), other)).toBe(false);
    expect(why(invited(), other)).toMatch(/E-UU-7 .*OTHER_DESIGNATED is not designated as exempt/);
    const wide: MembershipSetup = { dcuUscc: DCU, rules: membershipPolicy(makePolicy(), { exemptSectors: ['RAILWAY', 'OTHER_DESIGNATED'] }) };
    const s = startMembership(invite() as Extract<MembershipEvent, { type: 'INVITE_USING_UNIT' }>, wide).state;
    expect(canMembership(s, other)).toBe(true);
  });

  it('E-UU-2: a stranger is refused, and every other unmet condition is listed with it', () => {
    const { relationshipProofRef: _p, ...noProof } = facts;
    const stranger = ev({ type: 'APPLY_FOR_AUTHORIZATION', actor: uu, name: '无关公司', ...noProof, relationship: 'NONE', creditRating: 'C', inPilotScope: false, hasMajorTaxViolation3y: true, canProvideTaxData: false }, T0);
    const s = emptyMembership(UU, setup);
    expect(canMembership(s, stranger)).toBe(false);
    const reason = why(s, stranger);
    for (const rule of ['E-UU-1', 'E-UU-2', 'E-UU-3', 'E-UU-4', 'E-UU-5', 'E-UU-7']) expect(reason).toContain(`${rule} (`);
    expect(reason).toMatch(/no relationship with the DCU/);
    expect(() => startMembership(stranger as Extract<MembershipEvent, { type: 'APPLY_FOR_AUTHORIZATION' }>, setup)).toThrow(/E-UU-2/);
  });

  it('E-UU-2: SELF is the DCU and only the DCU', () => {
    const selfInvite = ev({ type: 'INVITE_USING_UNIT', actor: dcu, name: 'x', relationship: 'SELF', contact }, T0);
    expect(canMembership(emptyMembership(UU, setup), selfInvite)).toBe(false);
    expect(why(emptyMembership(UU, setup), selfInvite)).toMatch(/SELF is only for the DCU itself/);
    const dcuSelf = { ...selfInvite, usingUnit: DCU } as MembershipEvent;
    expect(canMembership(emptyMembership(DCU, setup), dcuSelf)).toBe(true);
  });

  it('the DCU invited one relationship and the unit declares another: for the officer to confirm', () => {
    const s = go(invited(), accept({ relationship: 'EQUITY_CONTROL' })).state;
    expect(summarizeMembership(s).forOfficer.join('\n')).toMatch(/E-UU-2: .*invited .* as GROUP_MEMBER; .* declares EQUITY_CONTROL/);
  });
});

describe('O-27, T-17: flow data from B- and M-rated using units, quarterly', () => {
  it('B-rated: reminded when the quarter ends, overdue from the 16th day → officer escalation; a late submission is recorded', () => {
    const s = active({ creditRating: 'B' }); // approved 2027-05-10: Q2 owed, last day 2027-07-15
    expect(summarizeMembership(s).flowData).toEqual([{ period: '2027-Q2', dueOn: '2027-07-15', dueAt: '2027-07-16T00:00:00+08:00', status: 'open' }]);
    expect(membershipDeadlines(s).map((d) => [d.what, d.at])).toEqual([
      ['flowDataReminder', '2027-07-01T00:00:00+08:00'],
      ['flowDataOverdue', '2027-07-16T00:00:00+08:00'],
    ]);
    const { state, fired } = fireDue(s, '2027-07-16T00:00:00+08:00');
    expect(fired).toEqual([
      { what: 'flowDataReminder', ruleId: 'T-17', templates: ['flowDataDue'] },
      { what: 'flowDataOverdue', ruleId: 'O-27', templates: ['flowDataOverdue'] },
    ]);
    const overdue = go(fireDue(s, '2027-07-01T00:00:00+08:00').state, { type: 'DEADLINE', ...membershipDeadlines(fireDue(s, '2027-07-01T00:00:00+08:00').state)[0]!, at: '2027-07-16T00:00:00+08:00' });
    expect(overdue.notices[0]).toMatchObject({ template: 'flowDataOverdue', ruleId: 'O-27', to: ['officer', 'unit', 'usingUnits'], facts: { period: '2027-Q2', dueOn: '2027-07-15', rating: 'B' } });
    expect(summarizeMembership(state).flowData.map((d) => [d.period, d.status, d.dueOn])).toEqual([
      ['2027-Q2', 'overdue', '2027-07-15'],
      ['2027-Q3', 'open', '2027-10-15'],
    ]);
    const late = go(state, ev({ type: 'SUBMIT_FLOW_DATA', actor: uu, period: '2027-Q2', ref: 'flow:q2' }, '2027-07-20T09:00:00+08:00'));
    expect(late.ruleId).toBe('O-27');
    expect(late.state.context.flowData[0]).toMatchObject({ status: 'fulfilled', late: true, ref: 'flow:q2' });
  });

  it('on time: submitted after the quarter ends and by the 15th day; the next quarter is owed', () => {
    const s = go(active({ creditRating: 'M' }), ev({ type: 'SUBMIT_FLOW_DATA', actor: uu, period: '2027-Q2', ref: 'flow:q2' }, '2027-07-15T23:00:00+08:00')).state;
    expect(summarizeMembership(s).flowData.map((d) => [d.period, d.status])).toEqual([
      ['2027-Q2', 'fulfilled'],
      ['2027-Q3', 'open'],
    ]);
    expect(s.context.flowData[0]?.late).toBe(false);
  });

  it('refused: a quarter not yet ended, a quarter not owed, a using unit rated A', () => {
    const s = active({ creditRating: 'B' });
    const early = ev({ type: 'SUBMIT_FLOW_DATA', actor: uu, period: '2027-Q2', ref: 'r' }, '2027-06-30T09:00:00+08:00');
    expect(canMembership(s, early)).toBe(false);
    expect(why(s, early)).toMatch(/period 2027-Q2 ends on 2027-06-30; its data can be submitted from 2027-07-01/);
    const notOwed = ev({ type: 'SUBMIT_FLOW_DATA', actor: uu, period: '2026-Q4', ref: 'r' }, '2027-07-02T09:00:00+08:00');
    expect(why(s, notOwed)).toMatch(/2026-Q4 is not owed .*owed: 2027-Q2 \(due 2027-07-15\)/);
    const rated = active();
    expect(why(rated, { ...notOwed, period: '2027-Q2' } as MembershipEvent)).toMatch(/rating A; only B and M owe it, O-27/);
  });

  it('B18: a rating change to B starts the duty; back to A waives the open one', () => {
    const b = go(active(), { type: 'UPDATE_RATING', rating: 'B', at: '2027-08-01T09:00:00+08:00' }).state;
    expect(summarizeMembership(b).flowData.map((d) => [d.period, d.status])).toEqual([['2027-Q3', 'open']]);
    const a = go(b, { type: 'UPDATE_RATING', rating: 'A', at: '2027-08-02T09:00:00+08:00' }).state;
    expect(summarizeMembership(a).flowData.map((d) => d.status)).toEqual(['waived']);
    expect(membershipDeadlines(a)).toEqual([]);
  });
});

describe('cases aimed at a using unit act on its membership only', () => {
  it('S-05 suspends; a second case keeps it suspended until both are closed (M-RESTORE); the ledger records each change', () => {
    let s = go(active(), { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-1', ruleId: 'S-05', at: T2 }).state;
    s = go(s, { type: 'SUSPEND_MEMBERSHIP', caseId: 'C-2', ruleId: 'S-07', at: T2 }).state;
    const first = go(s, { type: 'RESTORE_MEMBERSHIP', caseId: 'C-1', ruleId: 'M-RESTORE', at: '2027-06-10T09:00:00+08:00' });
    expect([first.to, first.notices]).toEqual(['suspended', []]);
    const second = go(first.state, { type: 'RESTORE_MEMBERSHIP', caseId: 'C-2', ruleId: 'M-RESTORE', at: '2027-06-11T09:00:00+08:00' });
    expect([second.ruleId, second.to, second.notices[0]?.template]).toEqual(['M-RESTORE', 'active', 'membershipRestored']);
    expect(ledger([second.state])[0]?.changes.map((c) => [c.change, c.ruleId])).toEqual([
      ['admitted', 'P-UU-01'],
      ['suspended', 'S-05'],
      ['suspended', 'S-07'],
      ['restored', 'M-RESTORE'],
    ]);
    expect(why(second.state, { type: 'RESTORE_MEMBERSHIP', caseId: 'C-9', ruleId: 'M-RESTORE', at: T2 })).toMatch(/no transition for RESTORE_MEMBERSHIP in state active: .* is active/);
  });
});

describe('ending: removal, T-08 filing, cascade; the ledger is kept (O-03)', () => {
  it('T-08: a filing at least 30 days ahead ends the membership at 00:00 CST of the effective day; the ledger closes the day before', () => {
    const s = active();
    const short = { type: 'SCHEDULE_MEMBERSHIP_END', effectiveOn: '2027-06-30', reason: 'r', at: '2027-06-01T09:00:00+08:00' } as const;
    expect(canMembership(s, short)).toBe(false);
    expect(why(s, short)).toMatch(/the earliest is 2027-07-01 \(T-08\)/);
    const scheduled = go(s, { ...short, effectiveOn: '2027-07-01' }).state;
    expect(summarizeMembership(scheduled).endsOn).toBe('2027-07-01');
    expect(membershipDeadlines(scheduled)).toContainEqual(expect.objectContaining({ what: 'membershipEnd', at: '2027-07-01T00:00:00+08:00', ruleId: 'T-08' }));
    const ended = fireDue(scheduled, '2027-07-01T00:00:00+08:00');
    expect(ended.fired).toEqual([{ what: 'membershipEnd', ruleId: 'T-08', templates: ['membershipEnded'] }]);
    expect(ended.state.value).toBe('ended');
    expect(ledger([ended.state])[0]).toMatchObject({ effectiveFrom: '2027-05-10', effectiveTo: '2027-06-30', current: false });
    // withdrawn before the day: stays active
    const withdrawn = go(scheduled, { type: 'CANCEL_MEMBERSHIP_END', at: '2027-06-15T09:00:00+08:00' }).state;
    expect([withdrawn.value, membershipDeadlines(withdrawn)]).toEqual(['active', []]);
  });

  it('P-UU-04/O-03: the ledger keeps ended memberships; a re-admission adds a second entry', () => {
    const removed = go(active(), ev({ type: 'REMOVE_USING_UNIT', actor: dcu, reason: '集团重组' }, '2027-08-01T09:00:00+08:00')).state;
    expect(summarizeMembership(removed).ended).toEqual({ at: '2027-08-01T09:00:00+08:00', reason: '集团重组', ruleId: 'P-UU-06' });
    const again = go(go(go(removed, invite('2028-01-05T09:00:00+08:00')).state, accept({}, '2028-01-06T09:00:00+08:00')).state, approve(officer, '2028-01-10T09:00:00+08:00')).state;
    expect(ledger([again]).map((e) => [e.effectiveFrom, e.effectiveTo, e.current])).toEqual([
      ['2027-05-10', '2027-08-01', false],
      ['2028-01-10', null, true],
    ]);
  });

  it('P-TRM-04: the cascade reaches every pending or serving membership, none that already ended', () => {
    const memberships = { [UU]: active(), [uscc(3)]: go(invited(), { type: 'DEADLINE', ...membershipDeadlines(invited())[0]!, at: '2027-05-02T00:00:00+08:00' }).state, [uscc(4)]: invited() };
    expect(cascadeTargets(memberships).sort()).toEqual([UU, uscc(4)].sort());
  });
});

describe('P-ONB-08: using units named with the application start active at the DCU\'s approval', () => {
  it('counted in the initial thresholds (E-UU-11), ledger from the approval day, flow duty for the B-rated one', () => {
    const [branch, member] = example.application.usingUnits;
    const approvedAt = '2027-03-15T10:00:00+08:00';
    const a = membershipFromApplication(branch!, approvedAt, { dcuUscc: example.application.dcuUscc, rules: setup.rules });
    const b = membershipFromApplication(member!, approvedAt, { dcuUscc: example.application.dcuUscc, rules: setup.rules });
    expect(summarizeMembership(a)).toMatchObject({ status: 'active', path: 'simultaneous', countedInInitialThresholds: true, activeSince: approvedAt, flowData: [] });
    expect(summarizeMembership(b).flowData).toEqual([{ period: '2027-Q1', dueOn: '2027-04-15', dueAt: '2027-04-16T00:00:00+08:00', status: 'open' }]);
    expect(ledger([b, a]).map((e) => [e.uscc, e.relationship, e.path, e.effectiveFrom, e.changes[0]?.ruleId])).toEqual([
      [branch!.uscc, 'HEAD_BRANCH', 'simultaneous', '2027-03-15', 'P-ONB-08'],
      [member!.uscc, 'GROUP_MEMBER', 'simultaneous', '2027-03-15', 'P-ONB-08'],
    ].sort((x, y) => String(x[0]).localeCompare(String(y[0]))));
  });
});

describe('E-UU-10: what the unit chart gates', () => {
  it('reading (a): invitations and the DCU\'s consent; reading (b): every step towards admission', () => {
    expect(addsUsingUnit(invite())).toBe(true);
    expect(addsUsingUnit({ type: 'CONSENT_TO_USING_UNIT' })).toBe(true);
    expect(addsUsingUnit({ type: 'APPROVE_USING_UNIT' })).toBe(false);
    expect(addsUsingUnit({ type: 'APPROVE_USING_UNIT' }, 'wholeAdmission')).toBe(true);
    expect(addsUsingUnit({ type: 'SUBMIT_FLOW_DATA' }, 'wholeAdmission')).toBe(false);
  });
});

describe('Annex 4, E-AUTH-*: the authorized builder', () => {
  const builder = {
    uscc: uscc(9), name: '蜀信科技', relation: 'thirdParty', scope: 'buildAndManage', creditRating: 'B', inPilotScope: true,
    hasMajorTaxViolation3y: false, canProvideTaxData: true, canCoordinateSystems: true, itCapability: true, softwareRight: 'copyright',
    dataRetentionRiskRulesAudit: true, securityCompliance: true,
  } as const;
  const withBuilder = (au: object, letter = true) => ({
    ...example,
    application: { ...example.application, authorizedUnit: au },
    ...(letter ? { authorizationLetter: { startsOn: '2027-03-01' } } : {}),
  }) as unknown as ApplicationSubmission;

  it('a third party may build, not manage (E-AUTH-1); a B rating owes flow data (E-AUTH-4, O-27); the DCU is jointly liable (E-AUTH-10)', () => {
    const entry = authorizedBuilder(withBuilder(builder), makePolicy())!;
    expect(entry.mayActForDcu).toBe(false);
    expect(entry.eligibility.unmet.map((f) => f.ruleId)).toEqual(['E-AUTH-1']);
    expect(entry.flowDataRequired).toBe(true);
    expect(entry.letter).toEqual({ required: true, provided: true, startsOn: '2027-03-01', endsOn: null });
    expect(entry.jointLiability).toMatchObject({ ruleId: 'E-AUTH-10', liable: example.application.dcuUscc, for: uscc(9) });
  });

  it('an affiliate that builds and manages may act for the DCU; no builder, no entry', () => {
    const entry = authorizedBuilder(withBuilder({ ...builder, relation: 'affiliate', creditRating: 'A' }), makePolicy())!;
    expect([entry.mayActForDcu, entry.eligibility.eligible, entry.flowDataRequired]).toEqual([true, true, false]);
    expect(authorizedBuilder(example, makePolicy())).toBeNull();
  });
});

describe('bad input: every problem listed, nothing changed', () => {
  it('schema: missing and malformed fields, dates in the wrong order', () => {
    const r = UsingUnitCommand.safeParse({
      type: 'ACCEPT_INVITATION', actor: uu, usingUnit: '91510100MA6D0000X1', competentTaxAuthority: '', relationship: 'FRIEND',
      relationshipSince: '2027-05-01', relationshipProofRef: 'doc', proofValidUntil: '2026-01-01', creditRating: 'A', inPilotScope: true,
      hasMajorTaxViolation3y: false, canProvideTaxData: true, contact,
    });
    expect(r.success).toBe(false);
    const problems = r.success ? [] : r.error.issues.map(describeIssue);
    expect(problems.join('\n')).toMatch(/usingUnit: /);
    expect(problems.join('\n')).toMatch(/competentTaxAuthority: /);
    expect(problems.join('\n')).toMatch(/relationship: /);
    const dates = UsingUnitCommand.safeParse({ ...accept(), usingUnit: UU, relationshipSince: '2027-05-01', proofValidUntil: '2026-01-01', at: undefined });
    expect(dates.success ? [] : dates.error.issues.map(describeIssue)).toContainEqual(expect.stringMatching(/proofValidUntil: the proof's validity ends \(2026-01-01\) before the relationship began \(2027-05-01\)/));
  });

  it('dates against today: a relationship that starts later and a missing proof, both listed; an expired proof', () => {
    const { relationshipProofRef: _p, ...noProof } = facts;
    const later = ev({ type: 'ACCEPT_INVITATION', actor: uu, ...noProof, relationshipSince: '2027-06-01' }, T1);
    expect(why(invited(), later)).toMatch(/E-UU-2 .*takes effect on 2027-06-01, after today \(2027-04-10\).*E-UU-7 .*no relationship proof/);
    const expired = accept({ proofValidUntil: '2027-04-09' }, T1);
    expect(why(invited(), expired)).toMatch(/E-UU-7 .*doc:equity-2020 expired on 2027-04-09/);
    expect(canMembership(invited(), accept({ proofValidUntil: '2027-04-10' }, T1))).toBe(true);
  });

  it('missing proof and no exempt sector', () => {
    const { relationshipProofRef: _p, ...noProof } = facts;
    const e = ev({ type: 'ACCEPT_INVITATION', actor: uu, ...noProof }, T1);
    expect(why(invited(), e)).toMatch(/E-UU-7 \(.*no relationship proof and no exempt sector/);
  });

  it('unknown using unit, duplicate invitation, a decision with nothing to decide', () => {
    const none = emptyMembership(UU, setup);
    expect(why(none, accept())).toMatch(/is not a using unit of this DCU/);
    expect(why(invited(), invite(T1))).toMatch(/no transition for INVITE_USING_UNIT in state invited: .* is invited$/);
    expect(why(active(), invite(T1))).toMatch(/no transition for INVITE_USING_UNIT in state active: .* is active$/);
    expect(why(invited(), approve())).toMatch(/no transition for APPROVE_USING_UNIT in state invited/);
  });

  it('T-08 scope of FILE_TERMINATION: unknown, repeated and non-serving using units, all listed', () => {
    const memberships = { [UU]: active(), [uscc(3)]: invited() };
    expect(terminationScopeProblems(memberships, [UU, UU, uscc(3), uscc(5)])).toEqual([
      `usingUnits.1: ${UU} is listed twice`,
      `usingUnits.2: ${uscc(3)} is invited, not a serving using unit`,
      `usingUnits.3: ${uscc(5)} is not a using unit of this DCU`,
    ]);
    expect(terminationScopeProblems(memberships, [UU])).toEqual([]);
  });

  it('a stale or foreign deadline changes nothing', () => {
    const s = active({ creditRating: 'B' });
    const stale = { type: 'DEADLINE', key: `Q-28:${UU}:lapse:2027-05-01`, what: 'invitationLapse', ruleId: 'Q-28', ref: UU, at: '2027-05-02T00:00:00+08:00' } as const;
    expect(canMembership(s, stale)).toBe(false);
    expect(why(s, stale)).toMatch(/not one of/);
  });
});
