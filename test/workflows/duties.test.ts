import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, auditOf, example, freshUscc, officer, provincialOfficer, rejection, send, startHarness, state, unitActor, type Harness, approvedUnit } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const branch = example.application.usingUnits[0].uscc as string;
const branchActor = { role: 'usingUnit', id: branch } as const;
const system = { role: 'system', id: 'monitoring' } as const;

const activeUnit = () => approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-06-01T09:00:00+08:00');

describe('capabilities (P-CAP-01, P-CAP-02, P-CAP-04, P-CAP-05, P-CAP-06, S-02, E-DCU-13, E-UU-8, T-16)', () => {
  it('P-CAP-01: public basic capabilities are open from the approval, valid with the term', async () => {
    const handle = await activeUnit();
    const s = await state(handle);
    expect(s.capabilities.map((c) => [c.code, c.status, c.validTo])).toEqual([
      ['INVOICE_ISSUE', 'open', '2029-03-15'],
      ['INVOICE_DELIVERY', 'open', '2029-03-15'],
      ['INVOICE_QUERY', 'open', '2029-03-15'],
    ]);
    expect((await rejection(send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'INVOICE_ISSUE' }))).type).toBe('IllegalTransition');
    expect((await rejection(send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'NOT_IN_CATALOGUE' }))).type).toBe('IllegalTransition');
  });

  it('P-CAP-02, P-CAP-04, P-CAP-06: a special-industry capability: refused without qualification; requested → tested → confirmed → granted to a qualified using unit', async () => {
    const handle = await activeUnit();
    const unqualified = await rejection(send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'REFINED_OIL_INVOICE' }));
    expect(unqualified).toMatchObject({ type: 'IllegalTransition' });
    expect(unqualified.message).toContain('E-DCU-13');
    const wrongIndustry = await rejection(send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'REFINED_OIL_INVOICE', qualification: { industry: 'TOBACCO', licenceRef: 'lic:1' } }));
    expect(wrongIndustry.type).toBe('IllegalTransition');

    await send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'REFINED_OIL_INVOICE', qualification: { industry: 'REFINED_OIL', licenceRef: 'lic:oil-2026' } });
    await send(handle, { type: 'SUBMIT_CAPABILITY_TEST_REPORT', actor: unitActor, code: 'REFINED_OIL_INVOICE', reportRef: 'test:20270601' });
    await send(handle, { type: 'RETURN_CAPABILITY', actor: officer, code: 'REFINED_OIL_INVOICE', opinion: '测试用例不全', reason: 'test' });
    await send(handle, { type: 'SUBMIT_CAPABILITY_TEST_REPORT', actor: unitActor, code: 'REFINED_OIL_INVOICE', reportRef: 'test:20270605' });
    const opened = await send(handle, { type: 'CONFIRM_CAPABILITY', actor: officer, code: 'REFINED_OIL_INVOICE', opinion: '同意开通' });
    expect(opened.capabilities.find((c) => c.code === 'REFINED_OIL_INVOICE')).toMatchObject({ status: 'open', validTo: '2029-03-15' });

    await send(handle, { type: 'AUTHORIZE_CAPABILITY', actor: unitActor, code: 'REFINED_OIL_INVOICE', usingUnit: branch });
    // E-UU-8: the using unit must give its qualification before accepting
    expect((await rejection(send(handle, { type: 'ACCEPT_CAPABILITY_AUTHORIZATION', actor: branchActor, code: 'REFINED_OIL_INVOICE', usingUnit: branch }))).type).toBe('IllegalTransition');
    await send(handle, { type: 'PROVIDE_QUALIFICATION', actor: branchActor, code: 'REFINED_OIL_INVOICE', usingUnit: branch, qualification: { industry: 'REFINED_OIL', licenceRef: 'lic:branch' } });
    const granted = await send(handle, { type: 'ACCEPT_CAPABILITY_AUTHORIZATION', actor: branchActor, code: 'REFINED_OIL_INVOICE', usingUnit: branch });
    expect(granted.capabilities.find((c) => c.code === 'REFINED_OIL_INVOICE')?.grants).toEqual([{ usingUnit: branch, status: 'accepted' }]);
    const rules = (await auditOf(handle)).filter((e) => e.command.includes('CAPABILITY') || e.command === 'PROVIDE_QUALIFICATION').map((e) => e.ruleId);
    expect(rules).toEqual(['P-CAP-02', 'P-CAP-04', 'P-CAP-05', 'P-CAP-04', 'P-CAP-05', 'P-CAP-06', 'E-UU-8', 'P-CAP-06']);
  });

  it('S-02: a request outside the applicable industry is returned; M-SUSPEND-CAP stops use and new grants', async () => {
    const handle = await activeUnit();
    await send(handle, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'TOBACCO_INVOICE', qualification: { industry: 'TOBACCO', licenceRef: 'lic:t' } });
    const returned = await send(handle, { type: 'RETURN_CAPABILITY', actor: officer, code: 'TOBACCO_INVOICE', opinion: '行业不符', reason: 'industry' });
    expect(returned.capabilities.find((c) => c.code === 'TOBACCO_INVOICE')?.status).toBe('returned');
    const stopped = await send(handle, { type: 'APPLY_MEASURES', actor: officer, measures: ['stopCapabilities'], rectificationMonths: 1, findings: '违规使用能力' });
    expect(stopped.capabilities.find((c) => c.code === 'INVOICE_ISSUE')?.status).toBe('suspended');
    const refused = await rejection(send(handle, { type: 'AUTHORIZE_CAPABILITY', actor: unitActor, code: 'INVOICE_ISSUE', usingUnit: branch }));
    expect(refused).toMatchObject({ type: 'IllegalTransition' });
    expect(refused.message).toContain('M-SUSPEND-CAP');
  });
});

describe('T-06, P-CHG-*: change reports', () => {
  it('T-06: a relationship change reported within 3 days is on time; on the 4th day it is recorded as late', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2027-06-07T20:00:00+08:00');
    const onTime = await send(handle, { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2027-06-04', details: '股权比例变更', usingUnit: branch });
    expect(onTime.changes.at(-1)).toMatchObject({ late: false });
    await advanceTo(h, '2027-06-08T09:00:00+08:00');
    const late = await send(handle, { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2027-06-04', details: '再次报送', usingUnit: branch });
    expect(late.changes.at(-1)).toMatchObject({ late: true });
    const unknown = await rejection(send(handle, { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2027-06-04', details: 'x', usingUnit: freshUscc() }));
    expect(unknown.type).toBe('IllegalTransition');
  });

  it('T-06/S-12: a change seen by monitoring and never reported is overdue on the 4th day and escalated', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2027-06-05T09:00:00+08:00');
    const seen = await send(handle, { type: 'DETECT_RELATIONSHIP_CHANGE', actor: system, effectiveOn: '2027-06-04', details: '工商登记显示控股变更', usingUnit: branch });
    expect(seen.obligations.at(-1)).toMatchObject({ kind: 'relationshipReport', ruleId: 'T-06', dueOn: '2027-06-07', status: 'open' });
    await advanceTo(h, '2027-06-08T00:00:01+08:00');
    expect((await state(handle)).obligations.find((o) => o.kind === 'relationshipReport')?.status).toBe('overdue');
    expect(h.notices.find((x) => x.template === 'obligationOverdue' && x.facts.obligation === 'relationshipReport')).toMatchObject({ at: '2027-06-08T00:00:00+08:00', ruleId: 'T-06' });
  });

  it('P-CHG-02/T-23: a new legal representative owes a re-signed agreement until it is submitted', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'REPORT_CHANGE', actor: unitActor, kind: 'legalRepresentative', effectiveOn: '2027-05-30', details: '法定代表人变更为李四' });
    expect(s.obligations.at(-1)).toMatchObject({ kind: 'signedAgreement', ruleId: 'P-CHG-02', dueOn: '2027-07-01', status: 'open' });
    const done = await send(handle, { type: 'SUBMIT_SIGNED_AGREEMENT', actor: unitActor, agreementRef: 'agreement:v2' });
    expect(done.obligations.at(-1)?.status).toBe('fulfilled');
    expect((await rejection(send(handle, { type: 'SUBMIT_SIGNED_AGREEMENT', actor: unitActor, agreementRef: 'again' }))).type).toBe('IllegalTransition');
  });
});

describe('T-07: platform version upgrades', () => {
  it('done within 30 days is fulfilled; another left undone is reminded 7 days before and overdue the day after its 30th day', async () => {
    const handle = await activeUnit();
    await advanceTo(h, '2027-07-01T10:00:00+08:00');
    await send(handle, { type: 'PUBLISH_VERSION_UPGRADE', actor: provincialOfficer, version: '3.2.0', publishedOn: '2027-07-01' });
    const s = await send(handle, { type: 'PUBLISH_VERSION_UPGRADE', actor: system, version: '3.3.0', publishedOn: '2027-07-01' });
    expect(s.obligations.filter((o) => o.kind === 'versionUpgrade').map((o) => [o.subject, o.dueOn])).toEqual([
      ['3.2.0', '2027-07-31'],
      ['3.3.0', '2027-07-31'],
    ]);
    await send(handle, { type: 'COMPLETE_VERSION_UPGRADE', actor: unitActor, version: '3.2.0', testReportRef: 'test:3.2.0' });
    await advanceTo(h, '2027-08-01T00:00:01+08:00');
    const after = await state(handle);
    expect(after.obligations.filter((o) => o.kind === 'versionUpgrade').map((o) => [o.subject, o.status])).toEqual([
      ['3.2.0', 'fulfilled'],
      ['3.3.0', 'overdue'],
    ]);
    expect(h.notices.filter((x) => x.template === 'obligationDue' && x.facts.subject === '3.3.0').map((x) => x.at)).toEqual(['2027-07-24T00:00:00+08:00']);
    expect(h.notices.find((x) => x.template === 'obligationOverdue' && x.facts.subject === '3.3.0')).toMatchObject({ ruleId: 'T-07', at: '2027-08-01T00:00:00+08:00', audience: ['unit', 'officer'] });
    expect((await rejection(send(handle, { type: 'PUBLISH_VERSION_UPGRADE', actor: provincialOfficer, version: '3.2.0', publishedOn: '2027-07-01' }))).type).toBe('IllegalTransition');
  });
});

describe('T-08, P-TRM-01, P-TRM-04: voluntary termination of the whole unit', () => {
  it('29 days ahead is rejected with the earliest date; 30 days ahead is scheduled, may be withdrawn, and ends the unit with the full cascade', async () => {
    const handle = await activeUnit(); // 2027-06-01
    await send(handle, { type: 'AUTHORIZE_CAPABILITY', actor: unitActor, code: 'INVOICE_ISSUE', usingUnit: branch });
    const short = await rejection(send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-06-30', reason: '停止自建系统' }));
    expect(short).toMatchObject({ type: 'IllegalTransition' });
    expect(short.message).toContain('2027-07-01');

    const filed = await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-07-01', reason: '停止自建系统' });
    expect(filed.phase).toBe('terminationScheduled');
    expect((await send(handle, { type: 'WITHDRAW_TERMINATION', actor: unitActor })).phase).toBe('active');
    await send(handle, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-07-01', reason: '停止自建系统' });

    await advanceTo(h, '2027-06-30T23:59:00+08:00');
    expect((await state(handle)).phase).toBe('terminationScheduled');
    await advanceTo(h, '2027-07-01T00:00:01+08:00');
    const ended = await state(handle);
    expect(ended).toMatchObject({ phase: 'terminated', termination: { ruleId: 'T-08', at: '2027-07-01T00:00:00+08:00' } });
    expect(ended.capabilities.every((c) => c.status === 'closed' && c.grants.every((g) => g.status === 'closed'))).toBe(true);
    expect(ended.usingUnits.map((u) => u.status)).toEqual(['ended', 'ended']);
    expect(ended.network?.status).toBe('closed');
    expect(h.notices.find((x) => x.template === 'terminated')).toMatchObject({ ruleId: 'T-08', audience: ['unit', 'officer', 'usingUnits'] });
  });
});

describe('T-14: network address filing', () => {
  it('T-14/N-25/P-CHG-05: a temporary filing is reminded 15 days before its last day and expires after it', async () => {
    const handle = await activeUnit();
    const filing = { ...example.networkFiling, unitUscc: (await state(handle)).unitId, action: 'change', validity: { type: 'temporary', startsOn: '2027-06-01', endsOn: '2027-08-31' } };
    const changed = await send(handle, { type: 'FILE_NETWORK_ADDRESS', actor: unitActor, filing });
    expect(changed.network).toMatchObject({ status: 'open', action: 'change' });
    await advanceTo(h, '2027-09-01T00:00:01+08:00');
    expect((await state(handle)).network?.status).toBe('expired');
    expect(h.notices.filter((x) => x.template.startsWith('networkFiling')).map((x) => [x.template, x.at])).toEqual([
      ['networkFilingUpdated', expect.any(String)],
      ['networkFilingExpiring', '2027-08-16T00:00:00+08:00'],
      ['networkFilingExpired', '2027-09-01T00:00:00+08:00'],
    ]);
    const reopen = await send(handle, { type: 'FILE_NETWORK_ADDRESS', actor: unitActor, filing: { ...filing, action: 'open', validity: { type: 'permanent' } } });
    expect(reopen.network?.status).toBe('open');
  });
});
