import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { advanceTo, approve, auditOf, example, freshUscc, officer, rejection, send, settle, startHarness, state, submit, unitActor, type Harness, approvedUnit } from '../support/harness.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

const system = { role: 'system', id: 'monitoring' } as const;
const branch = example.application.usingUnits[0].uscc as string;

const activeUnit = () => approvedUnit(h, '2027-03-15T10:00:00+08:00', '2027-05-10T09:00:00+08:00');

describe('S-05: non-compliance', () => {
  it('S-05/M-RESTORE: suspends at once, and the officer’s confirmation within the window restores', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '软件著作权失效', rectificationMonths: 2, interview: { on: '2027-05-12' } });
    expect(s.phase).toBe('suspended');
    expect(s.cases).toEqual([expect.objectContaining({ id: 'C-1', kind: 'nonCompliance', ruleId: 'S-05', status: 'open', dueOn: '2027-07-10', dueAt: '2027-07-11T00:00:00+08:00', measures: ['suspendAccess', 'interview'] })]);
    expect(s.concurrency.limit).toBe(0);
    // a suspended unit may still request renewal
    await advanceTo(h, '2027-06-01T09:00:00+08:00');
    expect((await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor })).term?.renewal).toBe('requested');

    const restored = await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '整改到位' });
    expect(restored.phase).toBe('active');
    expect(restored.concurrency.limit).toBe(100);
    expect(restored.cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
    await settle(h);
    expect(h.limits.map((l) => l.limit)).toEqual([100, 0, 100]);
    const rules = (await auditOf(handle)).filter((e) => e.kind === 'command').map((e) => [e.command, e.ruleId, e.from, e.to]);
    expect(rules).toContainEqual(['SUSPEND_FOR_NONCOMPLIANCE', 'S-05', 'active', 'suspended']);
    expect(rules).toContainEqual(['CONFIRM_RECTIFIED', 'M-RESTORE', 'suspended', 'active']);
  });

  it('S-05/T-09: not rectified → warning 7 days before, terminated at 00:00 CST after the window’s last day', async () => {
    const handle = await activeUnit();
    await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '风险控制规则缺失', rectificationMonths: 2 });
    await advanceTo(h, '2027-07-10T23:59:00+08:00');
    expect((await state(handle)).phase).toBe('suspended');
    expect(h.notices.filter((n) => n.template === 'caseDueSoon').map((n) => [n.at, n.ruleId, n.facts.dueOn])).toEqual([['2027-07-03T00:00:00+08:00', 'T-09', '2027-07-10']]);
    await advanceTo(h, '2027-07-11T00:00:01+08:00');
    const ended = await state(handle);
    expect(ended.phase).toBe('terminated');
    expect(ended.termination).toMatchObject({ ruleId: 'S-05', at: '2027-07-11T00:00:00+08:00' });
    expect(ended.cases[0]).toMatchObject({ status: 'closed', outcome: 'terminated' });
    // a case on a terminated unit is refused
    expect((await rejection(send(handle, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: 'x', details: 'y' }))).type).toBe('IllegalTransition');
  });
});

describe('S-06: security threat', () => {
  it('S-06/M-RESTORE: limited to 50% at once; no recurrence by the window end → restored', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'REPORT_SECURITY_THREAT', actor: system, details: '异常高频调用', observationMonths: 1 });
    expect(s.phase).toBe('active'); // access is not suspended under S-06
    expect(s.concurrency).toMatchObject({ limit: 50, restrictions: [expect.objectContaining({ ruleId: 'S-06', limit: 50 })] });
    await advanceTo(h, '2027-06-11T00:00:01+08:00');
    const after = await state(handle);
    expect(after.concurrency.limit).toBe(100);
    expect(after.cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
    expect((await auditOf(handle)).find((e) => e.command === 'DEADLINE:caseWindowEnd')).toMatchObject({ ruleId: 'S-06', at: '2027-06-11T00:00:00+08:00' });
  });

  it('S-06/T-21: a recurrence proposes termination; the officer confirms with TERMINATE { caseId }', async () => {
    const handle = await activeUnit();
    await send(handle, { type: 'REPORT_SECURITY_THREAT', actor: officer, details: '攻击行为', observationMonths: 3, limit: 20 });
    expect((await state(handle)).concurrency.limit).toBe(20);
    await advanceTo(h, '2027-06-01T09:00:00+08:00');
    const again = await send(handle, { type: 'REPORT_SECURITY_THREAT', actor: system, details: '再次发现攻击', observationMonths: 1 });
    expect(again.cases).toHaveLength(1);
    // issue 12 fault 4: the case waits for the officer ('proposed'), the lower level (20) holds
    expect(again.cases[0]).toMatchObject({ id: 'C-1', terminationProposed: true, status: 'proposed', limit: 20 });
    expect(again.concurrency.limit).toBe(20);
    await settle(h);
    expect(h.notices.slice(-2)).toMatchObject([
      { template: 'terminationProposed', ruleId: 'S-06', audience: ['officer'] },
      { template: 'caseUpdated', ruleId: 'S-06' },
    ]);
    // the window no longer restores on its own: the officer decides
    expect(again.nextDeadlines.filter((d) => d.what === 'caseWindowEnd')).toEqual([]);
    const ended = await send(handle, { type: 'TERMINATE', actor: officer, reason: '安全威胁再次发生', ruleId: 'S-06', caseId: 'C-1' });
    expect(ended).toMatchObject({ phase: 'terminated', termination: { ruleId: 'S-06' } });
  });
});

describe('S-07: graduated measures', () => {
  it('S-07/M-RESTORE: measures chosen by severity are lifted on rectification; a 4-month window is rejected', async () => {
    const handle = await activeUnit();
    const tooLong = await rejection(send(handle, { type: 'APPLY_MEASURES', actor: officer, measures: ['reminder'], rectificationMonths: 4, findings: 'x' }));
    expect(tooLong.type).toBe('InvalidCommand');
    expect(tooLong.message).toContain('rectificationMonths');
    const unknown = await rejection(send(handle, { type: 'APPLY_MEASURES', actor: officer, measures: ['fine'], rectificationMonths: 1, findings: 'x' }));
    expect(unknown.message).toContain('/measures/0');

    const s = await send(handle, { type: 'APPLY_MEASURES', actor: officer, measures: ['interview', 'stopNewUsingUnits', 'stopCapabilities'], rectificationMonths: 1, findings: '未按期报送变更', dutyRuleId: 'T-06' });
    expect(s.phase).toBe('active');
    expect(s.cases[0]).toMatchObject({ kind: 'obligationBreach', ruleId: 'S-07', measures: ['interview', 'stopNewUsingUnits', 'stopCapabilities'], dueOn: '2027-06-10' });
    // T-09: the window may move within 3 months of the day the measure was imposed, never beyond
    const beyond = await rejection(send(handle, { type: 'ADJUST_CASE_WINDOW', actor: officer, caseId: 'C-1', dueOn: '2027-08-11', reason: '延长' }));
    expect(beyond).toMatchObject({ type: 'IllegalTransition' });
    const extended = await send(handle, { type: 'ADJUST_CASE_WINDOW', actor: officer, caseId: 'C-1', dueOn: '2027-08-10', reason: '企业申请延长整改期' });
    expect(extended.cases[0]?.dueOn).toBe('2027-08-10');
    const lifted = await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '已整改' });
    expect(lifted.cases[0]).toMatchObject({ status: 'closed', outcome: 'restored' });
    expect((await rejection(send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: 'again' }))).type).toBe('IllegalTransition');
  });
});

describe('S-08: serious violation', () => {
  it('S-08/M-LEGAL: terminates at once and records the referral for legal liability', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '虚开增值税发票' });
    expect(s.phase).toBe('terminated');
    expect(s.termination).toMatchObject({ ruleId: 'S-08', at: '2027-05-10T09:00:00+08:00' });
    expect(s.cases[0]).toMatchObject({ kind: 'seriousViolation', legalReferral: true, outcome: 'terminated' });
  });
});

describe('S-04: risk warning', () => {
  it('S-04: feedback not in within 15 days escalates to the officer; feedback after that, then the officer’s measure, closes it', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'ISSUE_RISK_WARNING', actor: system, indicator: '发票开具异常波动', details: '单日开票量超阈值' });
    expect(s.cases[0]).toMatchObject({ kind: 'riskWarning', ruleId: 'S-04', dueOn: '2027-05-25' });
    await settle(h);
    // G5.4, N-24: the using units, declared without a contact, are missed: the officer is told with it
    expect(h.notices.filter((n) => n.template !== 'deliveryFailed').at(-1)).toMatchObject({ template: 'caseOpened', audience: ['unit', 'usingUnits', 'officer'] });
    expect(h.notices.at(-1)).toMatchObject({ template: 'deliveryFailed', audience: ['officer'], facts: { template: 'caseOpened' } });
    await advanceTo(h, '2027-05-26T00:00:01+08:00');
    expect((await state(handle)).cases[0]).toMatchObject({ escalated: true, status: 'open' });
    expect(h.notices.at(-1)).toMatchObject({ template: 'caseEscalated', ruleId: 'S-04', audience: ['officer'], at: '2027-05-26T00:00:00+08:00' });
    await send(handle, { type: 'SUBMIT_RECTIFICATION_FEEDBACK', actor: unitActor, caseId: 'C-1', feedback: '已核查并整改' });
    const closed = await send(handle, { type: 'RECORD_RISK_MEASURE', actor: officer, caseId: 'C-1', measure: '加强监控', opinion: '同意' });
    expect(closed.cases[0]).toMatchObject({ status: 'closed', outcome: 'measureRecorded' });
    expect((await rejection(send(handle, { type: 'SUBMIT_RECTIFICATION_FEEDBACK', actor: unitActor, caseId: 'C-1', feedback: 'late' }))).type).toBe('IllegalTransition');
  });
});

describe('one concurrency model: overlapping restrictions', () => {
  it('T-04 + S-06: the effective limit is the minimum as each restriction starts and ends', async () => {
    await advanceTo(h, '2027-03-15T10:00:00+08:00');
    const { handle } = await submit(h, freshUscc());
    await approve(handle);
    await advanceTo(h, '2028-12-16T00:00:01+08:00');
    expect((await state(handle)).concurrency.limit).toBe(50); // late-renewal step 1
    const both = await send(handle, { type: 'REPORT_SECURITY_THREAT', actor: officer, details: '扫描', observationMonths: 1, limit: 30 });
    expect(both.concurrency).toMatchObject({ limit: 30 });
    expect(both.concurrency.restrictions.map((r) => r.ruleId).sort()).toEqual(['S-03', 'S-06']);
    await advanceTo(h, '2029-01-15T00:00:01+08:00');
    expect((await state(handle)).concurrency.limit).toBe(25); // ladder step 2 goes below the security level
    await advanceTo(h, '2029-01-17T00:00:01+08:00'); // the observation window's last day was 2029-01-16
    const lifted = await state(handle);
    expect(lifted.concurrency.restrictions.map((r) => r.ruleId)).toEqual(['S-03']); // lifting S-06 left the ladder alone
    expect(lifted.concurrency.limit).toBe(25);
    const renewed = await send(handle, { type: 'REQUEST_RENEWAL', actor: unitActor });
    expect(renewed.concurrency.limit).toBe(25);
    const approved = await send(handle, { type: 'APPROVE_RENEWAL', actor: officer, opinion: '同意', extendsTo: '2031-03-15' });
    expect(approved.concurrency).toMatchObject({ limit: 100, restrictions: [] });
  });
});

describe('using units at fault (S-05, S-08 with target; S-11)', () => {
  it('S-05 on a using unit suspends only that membership and restores it; the DCU carries joint liability', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '使用单位评级降为C', rectificationMonths: 1, target: { usingUnit: branch } });
    expect(s.phase).toBe('active');
    expect(s.concurrency.limit).toBe(100);
    expect(s.usingUnits.find((u) => u.uscc === branch)?.status).toBe('suspended');
    expect(s.usingUnits.filter((u) => u.status === 'active')).toHaveLength(1);
    expect(s.cases[0]).toMatchObject({ target: { usingUnit: branch }, jointLiability: true });
    const restored = await send(handle, { type: 'CONFIRM_RECTIFIED', actor: officer, caseId: 'C-1', opinion: '恢复' });
    expect(restored.usingUnits.find((u) => u.uscc === branch)?.status).toBe('active');
  });

  it('S-08 on a using unit ends only that membership', async () => {
    const handle = await activeUnit();
    const s = await send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: '分公司虚开', target: { usingUnit: branch } });
    expect(s.phase).toBe('active');
    expect(s.usingUnits.find((u) => u.uscc === branch)?.status).toBe('ended');
    expect(s.cases[0]).toMatchObject({ legalReferral: true, jointLiability: true });
    const stranger = await rejection(send(handle, { type: 'REPORT_SERIOUS_VIOLATION', actor: officer, kind: 'falseInvoicing', details: 'x', target: { usingUnit: freshUscc() } }));
    expect(stranger.type).toBe('IllegalTransition');
  });
});

describe('E-DCU-14: continuing eligibility', () => {
  it('a rating drop opens a proposed S-05 case; confirmed → suspended; another dismissed', async () => {
    const handle = await activeUnit();
    const fine = await send(handle, { type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'rating', value: 'B' });
    expect(fine.cases).toEqual([]);
    const proposed = await send(handle, { type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'rating', value: 'C', details: '2027年度评价' });
    expect(proposed.cases[0]).toMatchObject({ kind: 'eligibility', ruleId: 'E-DCU-14', status: 'proposed' });
    expect(proposed.phase).toBe('active');
    const confirmed = await send(handle, { type: 'CONFIRM_PROPOSED_CASE', actor: officer, caseId: 'C-1', opinion: '确认', rectificationMonths: 3 });
    expect(confirmed.phase).toBe('suspended');
    expect(confirmed.cases[0]).toMatchObject({ kind: 'nonCompliance', ruleId: 'S-05', dueOn: '2027-08-10' });
    await send(handle, { type: 'REPORT_ELIGIBILITY_CHANGE', actor: system, kind: 'pilotScope', value: false });
    const dismissed = await send(handle, { type: 'DISMISS_PROPOSED_CASE', actor: officer, caseId: 'C-2', opinion: '信息有误' });
    expect(dismissed.cases[1]).toMatchObject({ status: 'closed', outcome: 'dismissed' });
  });
});

describe('standing duties (O-16, T-11, P-SEC-01)', () => {
  it('O-16/S-12: a missed quarterly monitoring run is overdue the day after the 15th day and escalated', async () => {
    const handle = await activeUnit(); // approved 2027-03-15: Q1 run due 2027-04-15, already overdue
    const s = await state(handle);
    expect(s.obligations.slice(0, 2)).toEqual([
      expect.objectContaining({ subject: '2027-Q1', dueOn: '2027-04-15', status: 'overdue' }),
      expect.objectContaining({ subject: '2027-Q2', dueOn: '2027-07-15', status: 'open' }),
    ]);
    expect(h.notices.find((n) => n.template === 'obligationOverdue')).toMatchObject({ at: '2027-04-16T00:00:00+08:00', audience: ['unit', 'officer'] });
    const recorded = await send(handle, { type: 'RECORD_MONITORING_RUN', actor: unitActor, period: '2027-Q2', findings: '无异常' });
    expect(recorded.obligations.find((o) => o.subject === '2027-Q2')?.status).toBe('fulfilled');
    expect(recorded.obligations.find((o) => o.subject === '2027-Q3')).toMatchObject({ dueOn: '2027-10-15', status: 'open' });
    expect((await rejection(send(handle, { type: 'RECORD_MONITORING_RUN', actor: unitActor, period: '2027-Q2', findings: 'again' }))).type).toBe('IllegalTransition');
  });

  it('P-SEC-01/N-23: a data-security incident is recorded and forwarded to the provincial bureau', async () => {
    const handle = await activeUnit();
    await send(handle, { type: 'REPORT_SECURITY_INCIDENT', actor: unitActor, details: '数据泄露风险', occurredOn: '2027-05-09' });
    await settle(h);
    expect(h.notices.at(-1)).toMatchObject({ template: 'securityIncident', ruleId: 'P-SEC-01', audience: ['provincialBureau', 'officer'] });
  });
});
