import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { usccWithCheck } from '../../machines/uscc.js';
import { advanceTo, approve, auditOf, example, exampleFor, freshUscc, officer, rejection, send, settle, startHarness, state, submit, unitActor, type Harness, approvedUnit } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const branch = example.application.usingUnits[0].uscc as string;
const member = example.application.usingUnits[1].uscc as string;
const UU_AUTHORITY = '15101050000';
const uuOfficer = { role: 'officer', id: 'officer-wang', authority: UU_AUTHORITY } as const;

let n = 0;
function newcomer(): string {
  n += 1;
  return usccWithCheck(`91510105MA6D${String(Date.now() % 100000).padStart(5, '0')}${n % 10}`.slice(0, 17));
}

const facts = (overrides: Record<string, unknown> = {}) => ({
  competentTaxAuthority: UU_AUTHORITY,
  relationship: 'GROUP_MEMBER',
  relationshipSince: '2020-01-01',
  relationshipProofRef: 'doc:equity-2026',
  contact: { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' },
  creditRating: 'A',
  inPilotScope: true,
  hasMajorTaxViolation3y: false,
  canProvideTaxData: true,
  ...overrides,
});
const usingUnitActor = (uscc: string) => ({ role: 'usingUnit', id: uscc }) as const;

const activeUnit = () => approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-04-01T09:00:00+08:00');

const statusOf = async (handle: Awaited<ReturnType<typeof activeUnit>>, uscc: string) => (await state(handle)).usingUnits.find((u) => u.uscc === uscc)?.status;

describe('P-ONB-08: using units requested with the application', () => {
  it('are members from the approval, with their ledger entries (O-03)', async () => {
    const handle = await activeUnit();
    const s = await state(handle);
    expect(s.usingUnits.map((u) => [u.uscc, u.status, u.path])).toEqual([
      [branch, 'active', 'simultaneous'],
      [member, 'active', 'simultaneous'],
    ]);
    expect(s.relationshipLedger.map((r) => [r.uscc, r.relationship, r.effectiveFrom, r.effectiveTo])).toEqual(
      expect.arrayContaining([
        [branch, 'HEAD_BRANCH', '2027-03-15', null],
        [member, 'GROUP_MEMBER', '2027-03-15', null],
      ]),
    );
  });
});

describe('P-UU-01: invitation path', () => {
  it('invite → accept → the using unit’s own authority approves; a wrong authority is Forbidden', async () => {
    const handle = await activeUnit();
    const uu = newcomer();
    await send(handle, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: uu, name: '四川示例物流有限公司', relationship: 'GROUP_MEMBER', contact: { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' } });
    expect(await statusOf(handle, uu)).toBe('invited');
    await send(handle, { type: 'ACCEPT_INVITATION', actor: usingUnitActor(uu), usingUnit: uu, ...facts() });
    expect(await statusOf(handle, uu)).toBe('awaitingAuthority');
    const wrong = await rejection(send(handle, { type: 'APPROVE_USING_UNIT', actor: officer, usingUnit: uu, opinion: '同意' }));
    expect(wrong.type).toBe('Forbidden');
    expect(wrong.message).toContain(UU_AUTHORITY);
    const approved = await send(handle, { type: 'APPROVE_USING_UNIT', actor: uuOfficer, usingUnit: uu, opinion: '同意' });
    expect(approved.usingUnits.find((u) => u.uscc === uu)).toMatchObject({ status: 'active', path: 'invitation' });
    const rules = (await auditOf(handle)).filter((e) => e.kind === 'command' && e.command.includes('USING_UNIT') || e.command === 'ACCEPT_INVITATION').map((e) => [e.command, e.ruleId]);
    expect(rules).toEqual([
      // the two simultaneous using units, each admitted by its own authority at the start (P-ONB-08)
      ['APPROVE_USING_UNIT', 'P-ONB-08'],
      ['APPROVE_USING_UNIT', 'P-ONB-08'],
      ['INVITE_USING_UNIT', 'P-UU-01'],
      ['ACCEPT_INVITATION', 'P-UU-01'],
      ['APPROVE_USING_UNIT', 'P-UU-01'],
    ]);
    await settle(h);
    expect(h.notices.find((x) => x.template === 'usingUnitInvited')?.recipients.map((r) => r.email)).toEqual(['liu@member.example.com']);
  });

  it('Q-28: an invitation not accepted lapses at 00:00 CST after its 30th day', async () => {
    const handle = await activeUnit();
    const uu = newcomer();
    await send(handle, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: uu, name: '邀请未接受公司', relationship: 'EQUITY_CONTROL', contact: { role: 'contact', name: '周', email: 'zhou@x.example.com', language: 'en' } });
    await advanceTo(h, '2027-05-01T23:59:00+08:00');
    expect(await statusOf(handle, uu)).toBe('invited');
    await advanceTo(h, '2027-05-02T00:00:01+08:00');
    expect(await statusOf(handle, uu)).toBe('lapsed');
    expect((await auditOf(handle)).find((e) => e.ruleId === 'Q-28')).toMatchObject({ at: '2027-05-02T00:00:00+08:00' });
    expect((await rejection(send(handle, { type: 'ACCEPT_INVITATION', actor: usingUnitActor(uu), usingUnit: uu, ...facts() }))).type).toBe('IllegalTransition');
  });
});

describe('P-UU-02: application path', () => {
  it('apply → the DCU consents → returned → resubmitted → approved; an exempt sector needs no proof (E-UU-7)', async () => {
    const handle = await activeUnit();
    const uu = newcomer();
    const { relationshipProofRef: _p, ...noProof } = facts({ exemptSector: 'RAILWAY' });
    await send(handle, { type: 'APPLY_FOR_AUTHORIZATION', actor: usingUnitActor(uu), usingUnit: uu, name: '铁路运输公司', ...noProof });
    expect(await statusOf(handle, uu)).toBe('applied');
    await send(handle, { type: 'CONSENT_TO_USING_UNIT', actor: unitActor, usingUnit: uu, opinion: '同意' });
    await send(handle, { type: 'RETURN_USING_UNIT', actor: uuOfficer, usingUnit: uu, opinion: '补正', reasons: ['联系人信息不全'] });
    expect(await statusOf(handle, uu)).toBe('returned');
    await send(handle, { type: 'RESUBMIT_USE_REQUEST', actor: usingUnitActor(uu), usingUnit: uu, note: '已补正' });
    const s = await send(handle, { type: 'APPROVE_USING_UNIT', actor: uuOfficer, usingUnit: uu, opinion: '同意' });
    expect(s.usingUnits.find((u) => u.uscc === uu)).toMatchObject({ status: 'active', path: 'application', returns: 1 });
    expect(s.relationshipLedger.find((r) => r.uscc === uu)).toMatchObject({ exemptSector: 'RAILWAY', proofRef: null });
  });

  it('E-UU-2: a stranger is refused with every unmet condition; missing proof outside exempt sectors is refused', async () => {
    const handle = await activeUnit();
    const uu = newcomer();
    const stranger = await rejection(send(handle, { type: 'APPLY_FOR_AUTHORIZATION', actor: usingUnitActor(uu), usingUnit: uu, name: '无关公司', ...facts({ relationship: 'NONE', creditRating: 'C' }) }));
    expect(stranger.type).toBe('IllegalTransition');
    expect(stranger.message).toContain('E-UU-2');
    expect(stranger.message).toContain('E-UU-3');
    const { relationshipProofRef: _p, ...noProof } = facts();
    const unproven = await rejection(send(handle, { type: 'APPLY_FOR_AUTHORIZATION', actor: usingUnitActor(uu), usingUnit: uu, name: '无证明公司', ...noProof }));
    expect(unproven.message).toContain('E-UU-7');
    expect((await state(handle)).usingUnits.find((u) => u.uscc === uu)).toBeUndefined();
  });
});

describe('E-UU-10: no new using units under stopNewUsingUnits', () => {
  it('an invitation is refused while the measure is in force, and allowed once it is lifted', async () => {
    const handle = await activeUnit();
    await send(handle, { type: 'APPLY_MEASURES', actor: officer, measures: ['stopNewUsingUnits'], rectificationMonths: 1, findings: '使用单位管理不到位' });
    const invite = { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: newcomer(), name: '新公司', relationship: 'GROUP_MEMBER', contact: { role: 'contact', name: '吴', email: 'wu@x.example.com', language: 'zh' } };
    const refused = await rejection(send(handle, invite));
    expect(refused).toMatchObject({ type: 'IllegalTransition' });
    expect(refused.message).toContain('E-UU-10');
    await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '已整改' });
    expect((await send(handle, invite)).usingUnits).toHaveLength(3);
  });
});

describe('O-27, T-17: flow data of a B-rated using unit', () => {
  it('a missed quarter is overdue the day after its 15th day and escalated; a submitted one is fulfilled', async () => {
    const handle = await activeUnit(); // the group member is rated B
    await advanceTo(h, '2027-07-16T00:00:01+08:00');
    const flow = (await state(handle)).usingUnits.find((u) => u.uscc === member)!.flowData;
    expect(flow.find((d) => d.period === '2027-Q2')).toMatchObject({ dueOn: '2027-07-15', status: 'overdue' });
    expect(h.notices.filter((x) => x.template === 'flowDataOverdue').map((x) => [x.at, x.facts.period])).toContainEqual(['2027-07-16T00:00:00+08:00', '2027-Q2']);
    const s = await send(handle, { type: 'SUBMIT_FLOW_DATA', actor: usingUnitActor(member), usingUnit: member, period: '2027-Q2', ref: 'flow:2027Q2' });
    expect(s.usingUnits.find((u) => u.uscc === member)!.flowData.find((d) => d.period === '2027-Q2')?.status).not.toBe('overdue');
    // an A-rated branch owes no flow data
    expect(s.usingUnits.find((u) => u.uscc === branch)!.flowData).toEqual([]);
  });
});

describe('T-08, P-TRM-01: ending service to some using units', () => {
  it('two of three using units end on the effective day, filed 30 days ahead; the third stays', async () => {
    const handle = await activeUnit();
    const third = newcomer();
    await send(handle, { type: 'INVITE_USING_UNIT', actor: unitActor, usingUnit: third, name: '第三家公司', relationship: 'GROUP_MEMBER', contact: { role: 'contact', name: '郑', email: 'zheng@x.example.com', language: 'zh' } });
    await send(handle, { type: 'ACCEPT_INVITATION', actor: usingUnitActor(third), usingUnit: third, ...facts() });
    await send(handle, { type: 'APPROVE_USING_UNIT', actor: uuOfficer, usingUnit: third, opinion: '同意' });
    const early = await rejection(send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-04-30', reason: '业务调整', usingUnits: [branch, member] }));
    expect(early.type).toBe('IllegalTransition');
    expect(early.message).toContain('2027-05-01');
    const filed = await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-05-01', reason: '业务调整', usingUnits: [branch, member] });
    expect(filed.phase).toBe('active');
    expect(filed.usingUnits.filter((u) => u.endsOn === '2027-05-01').map((u) => u.uscc).sort()).toEqual([branch, member].sort());
    await advanceTo(h, '2027-05-01T00:00:01+08:00');
    const s = await state(handle);
    expect(s.usingUnits.map((u) => [u.uscc, u.status])).toEqual([
      [branch, 'ended'],
      [member, 'ended'],
      [third, 'active'],
    ]);
    expect(s.relationshipLedger.find((r) => r.uscc === branch)?.effectiveTo).toBe('2027-04-30');
  });
});

describe('cases aimed at a using unit (S-05, S-08, S-11)', () => {
  it('S-05 suspends only that membership and restores it; S-08 ends only it; the DCU’s record shows joint liability', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '评级下降', rectificationMonths: 1, target: { usingUnit: branch } });
    expect(s.phase).toBe('active');
    expect(s.usingUnits.find((u) => u.uscc === branch)).toMatchObject({ status: 'suspended', suspendedBy: ['C-1'] });
    const restored = await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '恢复' });
    expect(restored.usingUnits.find((u) => u.uscc === branch)?.status).toBe('active');
    const ended = await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开', target: { usingUnit: member } });
    expect(ended.phase).toBe('active');
    expect(ended.usingUnits.map((u) => u.status)).toEqual(['active', 'ended']);
    expect(ended.cases[1]).toMatchObject({ target: { usingUnit: member }, jointLiability: true, legalReferral: true });
  });

  it('P-TRM-04: the DCU’s own end ends every membership and keeps the ledger', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开' });
    expect(s.usingUnits.map((u) => u.status)).toEqual(['ended', 'ended']);
    expect(s.relationshipLedger).toHaveLength(2);
    expect(s.relationshipLedger.every((r) => r.effectiveTo !== null)).toBe(true);
  });
});

describe('Annex 4, E-AUTH-*: the authorized builder', () => {
  it('is recorded with its eligibility, the letter and the DCU’s joint liability; a B-rated builder owes flow data (E-AUTH-4, O-27)', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const uscc = freshUscc();
    const body = exampleFor('application-with-builder', uscc);
    body.application.authorizedUnit.creditRating = 'B';
    const { handle } = await submit(h, uscc, body);
    const s = await approve(handle);
    const builderUscc = body.application.authorizedUnit.uscc as string;
    expect(s.builder).toMatchObject({ uscc: builderUscc, relation: 'affiliate', mayActForDcu: true, letter: { required: true, provided: true }, jointLiability: { ruleId: 'E-AUTH-10' }, flowDataRequired: true });
    expect(s.builderFlowData).toEqual([{ period: '2027-Q1', dueOn: '2027-04-15', status: 'open' }]);
    await advanceTo(h, '2027-04-16T00:00:01+08:00');
    expect((await state(handle)).builderFlowData.slice(0, 2)).toEqual([
      { period: '2027-Q1', dueOn: '2027-04-15', status: 'overdue' },
      { period: '2027-Q2', dueOn: '2027-07-15', status: 'open' },
    ]);
    expect(h.notices.find((n) => n.template === 'flowDataOverdue' && n.facts.usingUnit === builderUscc)).toMatchObject({ at: '2027-04-16T00:00:00+08:00', audience: ['officer', 'unit'] });
    await advanceTo(h, '2027-07-02T09:00:00+08:00');
    const submitted = await send(handle, { type: 'SUBMIT_FLOW_DATA', actor: { role: 'usingUnit', id: builderUscc }, usingUnit: builderUscc, period: '2027-Q2', ref: 'flow:builder:2027Q2' });
    expect(submitted.builderFlowData.find((d) => d.period === '2027-Q2')?.status).toBe('fulfilled');
  });
});
