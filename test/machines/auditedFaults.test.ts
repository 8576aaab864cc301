/**
 * Issue 12, faults 2, 3, 6, 7, 9, 10 (the approval path, who decides, a downgraded using unit,
 * notices with no recipient, the DCU's own relationship change, one eligibility function), each a
 * test named by its rule id, driven through the pure engine. Inputs: examples/application.json,
 * default policy. The old wrong value is in each test's comment.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { check, step, start, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { UnitEvent } from '../../machines/unit/events.js';
import { summarize } from '../../machines/unit/summary.js';
import { recipientsFor, unreachable } from '../../machines/unit/recipients.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const AUTHORITY = example.application.competentTaxAuthority as string;
const officer = { role: 'officer', id: 'o1', authority: AUTHORITY } as const;
const unitActor = { role: 'unit', id: 'u1' } as const;
const SUBMITTED = '2026-05-06T09:00:00+08:00';
const APPROVED = '2026-05-10T10:00:00+08:00';

function apply(snapshot: UnitSnapshot, command: Record<string, unknown>, at: string) {
  const checked = check(snapshot, command, at);
  if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
  return step(snapshot, { ...checked.command, at } as UnitEvent);
}

function submitted(body: Record<string, unknown> = example): UnitSnapshot {
  return apply(start({ unitId: UNIT, policy: makePolicy() }), { type: 'SUBMIT_APPLICATION', actor: unitActor, ...body }, SUBMITTED).snapshot;
}

function approved(body: Record<string, unknown> = example): UnitSnapshot {
  return apply(submitted(body), { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED).snapshot;
}

/** an officer of the using unit's own competent authority (G3.1(2)1) */
const officerOf = (i: number) => ({ role: 'officer', id: `o-uu${i}`, authority: example.application.usingUnits[i].competentTaxAuthority as string }) as const;

/** the example approved, its first using unit (rated A) an active member by its own authority's decision */
function activeBranch(): UnitSnapshot {
  return apply(approved(), { type: 'APPROVE_USING_UNIT', actor: officerOf(0), usingUnit: example.application.usingUnits[0].uscc, opinion: '同意' }, APPROVED).snapshot;
}

describe('fault 3: the competent authority is asked', () => {
  const [branch, member] = example.application.usingUnits as { uscc: string; competentTaxAuthority: string }[];

  it('P-ONB-04, G3.1(1): APPROVE_APPLICATION by an officer of 15299999999, or of no authority, for a DCU of 15101000000 is Forbidden', () => {
    // old main: accepted, and both using units became active
    const s = submitted();
    const stranger = check(s, { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'ox', authority: '15299999999' }, opinion: '同意' }, APPROVED);
    expect(stranger).toMatchObject({ ok: false, type: 'Forbidden', ruleId: 'P-ONB-04' });
    expect(check(s, { type: 'APPROVE_APPLICATION', actor: { role: 'officer', id: 'oy' }, opinion: '同意' }, APPROVED)).toMatchObject({ ok: false, type: 'Forbidden' });
  });

  it('P-ONB-08, P-UU-01: each simultaneous using unit whose authority differs waits, as a membership, for its own authority; that authority is told', () => {
    // old main: both using units (15101070000, 15101040000) active at the DCU's approval by 15101000000
    const r = apply(submitted(), { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED);
    expect(r.to).toBe('active');
    expect(summarize(r.snapshot).usingUnits.map((u) => [u.uscc, u.status, u.competentAuthority])).toEqual([
      [branch!.uscc, 'awaitingAuthority', branch!.competentTaxAuthority],
      [member!.uscc, 'awaitingAuthority', member!.competentTaxAuthority],
    ]);
    const asked = r.notices.filter((n) => n.template === 'useRequestSubmitted');
    expect(asked.map((n) => [n.ruleId, n.facts.usingUnit, n.to])).toEqual([
      ['P-ONB-08', branch!.uscc, ['officer', 'unit']],
      ['P-ONB-08', member!.uscc, ['officer', 'unit']],
    ]);
  });

  it('P-ONB-08, G3.1(2)1: only the using unit’s own authority decides it; the DCU’s officer is Forbidden', () => {
    const s = approved();
    const byDcuOfficer = check(s, { type: 'APPROVE_USING_UNIT', actor: officer, usingUnit: branch!.uscc, opinion: '同意' }, APPROVED);
    expect(byDcuOfficer).toMatchObject({ ok: false, type: 'Forbidden' });
    const decided = apply(s, { type: 'APPROVE_USING_UNIT', actor: officerOf(0), usingUnit: branch!.uscc, opinion: '同意' }, APPROVED);
    expect(decided.ruleId).toBe('P-ONB-08');
    expect(summarize(decided.snapshot).usingUnits.map((u) => u.status)).toEqual(['active', 'awaitingAuthority']);
    const returned = apply(decided.snapshot, { type: 'RETURN_USING_UNIT', actor: officerOf(1), usingUnit: member!.uscc, opinion: '补正', reasons: ['证明材料'] }, APPROVED);
    expect([returned.ruleId, summarize(returned.snapshot).usingUnits[1]?.status]).toEqual(['P-ONB-08', 'returned']);
  });

  it('P-ONB-08: a simultaneous using unit of the DCU’s own authority is a member at the approval', () => {
    const same = withBranch((b) => (b.competentTaxAuthority = AUTHORITY));
    expect(summarize(approved(same)).usingUnits.map((u) => u.status)).toEqual(['active', 'awaitingAuthority']);
  });
});

describe('fault 9: a relationship change on the DCU’s own side', () => {
  it('T-06: REPORT_CHANGE of kind relationship with no usingUnit is accepted, on time through day 3, late after', () => {
    // old main: IllegalTransition ("a relationship change must name its using unit"; earlier "renewal notRequested")
    const change = { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2026-06-01', details: '直连单位控股股东变更' };
    const onTime = apply(approved(), change, '2026-06-04T23:00:00+08:00'); // Monday 06-01 + 3 days = Thursday 06-04
    expect(onTime.ruleId).toBe('T-06');
    expect(summarize(onTime.snapshot).changes.at(-1)).toMatchObject({ kind: 'relationship', usingUnit: null, late: false });
    expect(onTime.notices.map((n) => n.ruleId)).toContain('T-06');
    const late = apply(approved(), change, '2026-06-05T09:00:00+08:00');
    expect(summarize(late.snapshot).changes.at(-1)).toMatchObject({ usingUnit: null, late: true });
  });
});

/** the example with its first using unit changed (and the totals kept: only the changed condition may fail) */
function withBranch(change: (branch: Record<string, unknown>) => void, member?: (m: Record<string, unknown>) => void): Record<string, unknown> {
  const body = structuredClone(example);
  change(body.application.usingUnits[0]);
  member?.(body.application.usingUnits[1]);
  return body;
}

describe('fault 10: two paths, one answer', () => {
  const NEWCOMER = '91510105MA6D00001K';
  const contact = { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' };
  const uuActor = { role: 'usingUnit', id: 'uu1' } as const;

  it('E-UU-7: OTHER_DESIGNATED (not on the exempt list) with no relationship proof is unmet on the application path and the invitation path alike, in the same words', () => {
    // old main: eligible on the application path ("OTHER_DESIGNATED is a sector designated at provincial level or above"), refused on the invitation path
    const noProof = withBranch((b) => {
      delete b.relationshipProofRef;
      b.exemptSector = 'OTHER_DESIGNATED';
    });
    const application = submitted(noProof).context.eligibility!;
    expect(application.eligible).toBe(false);
    const onApplication = application.unmet.find((f) => f.ruleId === 'E-UU-7');
    expect(onApplication?.message).toMatch(/OTHER_DESIGNATED is not designated as exempt/);
    expect(JSON.stringify(application)).not.toMatch(/designated at provincial level/);

    const b = example.application.usingUnits[0];
    const facts = { competentTaxAuthority: AUTHORITY, relationship: b.relationship, exemptSector: 'OTHER_DESIGNATED', contact, creditRating: b.creditRating, inPilotScope: true, hasMajorTaxViolation3y: false, canProvideTaxData: true };
    const at = '2026-06-01T09:00:00+08:00';
    const invited = apply(approved(), { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: NEWCOMER, name: b.name, relationship: b.relationship, contact }, at).snapshot;
    const accepted = check(invited, { type: 'ACCEPT_INVITATION', actor: uuActor, usingUnit: NEWCOMER, ...facts }, at);
    expect(accepted).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'E-UU-7' });
    // the same function wrote both: the same sentence for the same facts and name
    expect(!accepted.ok && accepted.reason).toContain(onApplication!.message);
  });

  it('E-UU-3: a D-rated simultaneous using unit is unmet on the application path as on the invitation path', () => {
    // old main: the application path and the invitation path each had their own E-UU-3 code
    const findings = submitted(withBranch(() => {}, (m) => (m.creditRating = 'D'))).context.eligibility!;
    expect(findings.unmet.map((f) => `${f.ruleId}@${f.subject}`)).toEqual([`E-UU-3@${example.application.usingUnits[1].uscc}`]);
  });
});

describe('fault 2: approval of what the seed forbids', () => {
  const cAndD = () =>
    withBranch(
      () => {},
      (m) => (m.creditRating = 'D'),
    );
  const ratedC = (): Record<string, unknown> => {
    const body = cAndD();
    (body.application as Record<string, unknown>).creditRating = 'C';
    return body;
  };

  it('P-ONB-04, E-DCU-4, E-UU-3: APPROVE_APPLICATION of a C-rated DCU with a D-rated using unit is an IllegalTransition listing every unmet condition with its rule id', () => {
    // old main: accepted (ruleId T-01, phase active) and the D-rated using unit became active
    const s = submitted(ratedC());
    expect(s.context.eligibility?.eligible).toBe(false);
    const member = example.application.usingUnits[1].uscc as string;
    const refused = check(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED);
    expect(refused).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'E-DCU-4', state: 'underReview' });
    expect(!refused.ok && refused.unmet?.map((u) => `${u.ruleId}@${u.subject}`)).toEqual([`E-DCU-4@${UNIT}`, `E-UU-3@${member}`]);
    expect(!refused.ok && refused.reason).toMatch(/E-DCU-4 \(credit rating C .*\); E-UU-3 \(.*credit rating D .*\); return the application instead \(RETURN_APPLICATION, P-ONB-04\)/);
    // the officer returns it instead
    const returned = apply(s, { type: 'RETURN_APPLICATION', actor: officer, opinion: '不符合条件', reasons: ['E-DCU-4', 'E-UU-3'] }, APPROVED);
    expect([returned.ruleId, returned.to]).toEqual(['P-ONB-04', 'returned']);
    expect(summarize(returned.snapshot).usingUnits).toEqual([]);
  });

  it('P-ONB-04: conditions the form cannot decide do not refuse the approval; they stay the officer’s (the example has some and is approved)', () => {
    const s = submitted();
    expect(s.context.eligibility?.forOfficer.length).toBeGreaterThan(0);
    expect(check(s, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED)).toMatchObject({ ok: true });
  });

  it('P-ONB-04, E-UU-3: the invitation path and the application path are one rule: the same refusal shape for the same D rating', () => {
    // old main: the invitation path refused D with its own wording and no structured list; the application path accepted it
    const s = approved();
    const NEWCOMER = '91510105MA6D00001K';
    const contact = { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' };
    const at = '2026-06-01T09:00:00+08:00';
    const invited = apply(s, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: NEWCOMER, name: '新成员', relationship: 'GROUP_MEMBER', contact }, at).snapshot;
    const facts = { competentTaxAuthority: AUTHORITY, relationship: 'GROUP_MEMBER', relationshipProofRef: 'doc:p', contact, creditRating: 'D', inPilotScope: true, hasMajorTaxViolation3y: false, canProvideTaxData: true };
    const refused = check(invited, { type: 'ACCEPT_INVITATION', actor: { role: 'usingUnit', id: 'uu1' }, usingUnit: NEWCOMER, ...facts }, at);
    expect(refused).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'E-UU-3' });
    expect(!refused.ok && refused.unmet?.map((u) => `${u.ruleId}@${u.subject}`)).toEqual([`E-UU-3@${NEWCOMER}`]);
  });
});

describe('fault 6: a downgraded using unit', () => {
  const system = { role: 'system', id: 'credit-feed' } as const;
  const BRANCH = example.application.usingUnits[0].uscc as string; // rated A
  const AT = '2026-06-10T09:00:00+08:00'; // in 2026-Q2
  const branchOf = (s: UnitSnapshot) => summarize(s).usingUnits.find((u) => u.uscc === BRANCH)!;

  it.each(['M', 'B'])('E-UU-3, O-27, T-17: REPORT_ELIGIBILITY_CHANGE rating %s for an A-rated using unit changes the membership’s rating and starts the quarterly flow-data duty with the next period', (rating) => {
    // old main: recorded only (rule E-DCU-14); rating stayed A, flowData [] and no flow-data deadline
    const s = activeBranch();
    expect(branchOf(s)).toMatchObject({ rating: 'A', flowData: [] });
    const r = apply(s, { type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'rating', value: rating, target: { usingUnit: BRANCH } }, AT);
    expect(r.ruleId).toBe('E-UU-3');
    const branch = branchOf(r.snapshot);
    expect(branch.rating).toBe(rating);
    expect(branch.flowData).toEqual([{ period: '2026-Q3', dueOn: '2026-10-15', dueAt: '2026-10-16T00:00:00+08:00', status: 'open' }]);
    expect(branch.nextDeadlines.map((d) => d.ruleId)).toEqual(['T-17', 'O-27']);
  });

  it.each(['C', 'D'])('E-UU-3, E-DCU-14: rating %s for a using unit opens the proposed case as for the DCU and records the rating', (rating) => {
    const r = apply(activeBranch(), { type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'rating', value: rating, target: { usingUnit: BRANCH } }, AT);
    expect(r.ruleId).toBe('E-DCU-14');
    expect(summarize(r.snapshot).cases.at(-1)).toMatchObject({ kind: 'eligibility', status: 'proposed', target: { usingUnit: BRANCH } });
    expect(branchOf(r.snapshot)).toMatchObject({ rating, status: 'active', flowData: [] });
  });
});

describe('fault 7: notices that reach nobody are never silent', () => {
  const BRANCH = example.application.usingUnits[0].uscc as string;
  const AT = '2026-06-10T09:00:00+08:00';
  const branchContact = { role: 'contact', name: '王芳', email: 'wang@branch.example.com', language: 'zh' };

  it('G5.4, N-24: the application form takes an optional contact per simultaneous using unit; a missing one is shown to the officer', () => {
    // old main: a contact was an unknown field (refused); a missing one was not mentioned anywhere
    const given = submitted(withBranch((b) => (b.contact = branchContact)));
    const noContact = (s: UnitSnapshot) => s.context.eligibility!.forOfficer.filter((f) => f.ruleId === 'P-ONB-08').map((f) => f.subject);
    expect(noContact(given)).toEqual([example.application.usingUnits[1].uscc]);
    expect(noContact(submitted())).toEqual([BRANCH, example.application.usingUnits[1].uscc]);
    const withBranchContact = apply(given, { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意' }, APPROVED).snapshot;
    const decided = apply(withBranchContact, { type: 'APPROVE_USING_UNIT', actor: officerOf(0), usingUnit: BRANCH, opinion: '同意' }, APPROVED).snapshot;
    const granted = apply(decided, { type: 'AUTHORIZE_CAPABILITY', actor: unitActor, code: 'INVOICE_ISSUE', usingUnit: BRANCH }, AT);
    const notice = granted.notices.find((n) => n.template === 'capabilityGranted')!;
    expect(recipientsFor(granted.snapshot.context, notice).map((r) => r.email)).toEqual([branchContact.email]);
    expect(unreachable(granted.snapshot.context, notice)).toEqual([]);
  });

  it('N-22, G5.4: AUTHORIZE_CAPABILITY to a using unit with no contact: unreachable() names why the notice reaches nobody', () => {
    // old main: no recipients and no reason: the notice went nowhere, silently
    const granted = apply(activeBranch(), { type: 'AUTHORIZE_CAPABILITY', actor: unitActor, code: 'INVOICE_ISSUE', usingUnit: BRANCH }, AT);
    const notice = granted.notices.find((n) => n.template === 'capabilityGranted')!;
    expect(recipientsFor(granted.snapshot.context, notice)).toEqual([]);
    expect(unreachable(granted.snapshot.context, notice)).toEqual([`using unit ${BRANCH} (${example.application.usingUnits[0].name}): no contact (none was given with the application)`]);
  });

  it('N-19, G5.4: FILE_TERMINATION is addressed to every serving using unit; each one with no contact is named', () => {
    // old main: the using units were never reached and nobody was told
    const filed = apply(activeBranch(), { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2026-08-01', reason: '停止自用' }, AT);
    const notice = filed.notices.find((n) => n.template === 'terminationFiled')!;
    expect(unreachable(filed.snapshot.context, notice)).toEqual([expect.stringContaining(`using unit ${BRANCH} `)]);
  });
});
