/**
 * The refusal table (issue 11): every reachable state of the unit chart (built from the existing
 * tests' fixtures) × every command type. Each IllegalTransition must carry the reason and the rule
 * of a guard that returned false in that state for that command, or say there is no transition for
 * the command in that state (and there is none).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../machines/policy.js';
import { commandTypes, type CommandType } from '../../machines/schemas/commands.js';
import { unitMachine } from '../../machines/unit/chart.js';
import { check, start, step, type UnitSnapshot } from '../../machines/unit/engine.js';
import { allowedRoles, type CommandEvent, type UnitEvent } from '../../machines/unit/events.js';
import { guardTable, resolve } from '../../machines/unit/guards.js';
import { activeNodes, guardRefsOf } from '../../machines/unit/refusal.js';

const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const networkFiling = JSON.parse(readFileSync(new URL('../../examples/network-filing.json', import.meta.url), 'utf8'));
const example_import = JSON.parse(readFileSync(new URL('../../examples/import-unit.json', import.meta.url), 'utf8'));
const UNIT = example.application.dcuUscc as string;
const BRANCH = example.application.usingUnits[0].uscc as string;
const NEWCOMER = '91510105MA6D00001K';
const AUTHORITY = example.application.competentTaxAuthority as string;
const branchOfficer = { role: 'officer', id: 'officer-li', authority: example.application.usingUnits[0].competentTaxAuthority as string };
const contact = { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' };
const facts = { competentTaxAuthority: '15101050000', relationship: 'GROUP_MEMBER', relationshipSince: '2020-01-01', relationshipProofRef: 'doc:equity-2026', contact, creditRating: 'A', inPilotScope: true, hasMajorTaxViolation3y: false, canProvideTaxData: true };

/** One valid body per command type (the actor is added per command: the first allowed role). */
const samples: Record<CommandType, Record<string, unknown>> = {
  SUBMIT_APPLICATION: { ...example },
  RESUBMIT_APPLICATION: {},
  APPROVE_APPLICATION: { opinion: '同意' },
  RETURN_APPLICATION: { opinion: '补正', reasons: ['材料不全'] },
  REQUEST_RENEWAL: {},
  APPROVE_RENEWAL: { opinion: '同意', extendsTo: '2031-03-15' },
  REJECT_RENEWAL: { opinion: '不同意' },
  SET_CONCURRENCY: { limit: 10, reason: '负载' },
  TERMINATE: { reason: '终止', ruleId: 'M-TERMINATE', caseId: 'C-1' },
  ARCHIVE: {},
  ISSUE_RISK_WARNING: { indicator: '指标', details: '波动' },
  SUBMIT_RECTIFICATION_FEEDBACK: { caseId: 'C-1', feedback: '已整改' },
  RECORD_RISK_MEASURE: { caseId: 'C-1', measure: '约谈', opinion: '记录' },
  SUSPEND_FOR_NONCOMPLIANCE: { findings: '违规', rectificationMonths: 1 },
  REPORT_SECURITY_THREAT: { details: '威胁', observationMonths: 1 },
  APPLY_MEASURES: { measures: ['reminder'], rectificationMonths: 1, findings: '未履行' },
  RECORD_INTERVIEW: { caseId: 'C-1', interview: { on: '2027-05-01' } },
  CONFIRM_RECTIFIED: { caseId: 'C-1', opinion: '已整改' },
  ADJUST_CASE_WINDOW: { caseId: 'C-1', dueOn: '2030-01-01', reason: '延期' },
  REPORT_SERIOUS_VIOLATION: { kind: 'otherSeriousViolation', details: '严重违规', target: { usingUnit: NEWCOMER } },
  REPORT_ELIGIBILITY_CHANGE: { kind: 'rating', value: 'A', target: { usingUnit: NEWCOMER } },
  CONFIRM_PROPOSED_CASE: { caseId: 'C-1', opinion: '确认', rectificationMonths: 1 },
  DISMISS_PROPOSED_CASE: { caseId: 'C-1', opinion: '驳回' },
  RECORD_MONITORING_RUN: { period: '2020-Q1', findings: '正常' },
  REPORT_SECURITY_INCIDENT: { details: '事件', occurredOn: '2027-04-01' },
  SUBSCRIBE_CAPABILITY: { code: 'REFINED_OIL_INVOICE' },
  SUBMIT_CAPABILITY_TEST_REPORT: { code: 'REFINED_OIL_INVOICE', reportRef: 'doc:test' },
  CONFIRM_CAPABILITY: { code: 'REFINED_OIL_INVOICE', opinion: '同意' },
  RETURN_CAPABILITY: { code: 'REFINED_OIL_INVOICE', opinion: '退回', reason: 'industry' },
  AUTHORIZE_CAPABILITY: { code: 'INVOICE_ISSUE', usingUnit: NEWCOMER },
  PROVIDE_QUALIFICATION: { code: 'INVOICE_ISSUE', usingUnit: BRANCH, qualification: { industry: 'REFINED_OIL', licenceRef: 'doc:licence' } },
  ACCEPT_CAPABILITY_AUTHORIZATION: { code: 'INVOICE_ISSUE', usingUnit: BRANCH },
  REPORT_CHANGE: { kind: 'relationship', effectiveOn: '2027-04-01', details: '变更' },
  DETECT_RELATIONSHIP_CHANGE: { effectiveOn: '2027-04-01', details: '监测', usingUnit: NEWCOMER },
  SUBMIT_SIGNED_AGREEMENT: { agreementRef: 'doc:agreement' },
  PUBLISH_VERSION_UPGRADE: { actor: { role: 'system', id: 'monitor' }, version: '3.2.0', publishedOn: '2030-01-01' },
  COMPLETE_VERSION_UPGRADE: { version: '9.9.9', testReportRef: 'doc:report' },
  FILE_NETWORK_ADDRESS: { filing: { ...networkFiling, unitUscc: NEWCOMER } },
  FILE_TERMINATION: { effectiveOn: '2027-04-02', reason: '终止' },
  WITHDRAW_TERMINATION: {},
  INVITE_USING_UNIT: { usingUnit: BRANCH, name: '分公司', relationship: 'HEAD_BRANCH', contact },
  ACCEPT_INVITATION: { usingUnit: NEWCOMER, ...facts },
  APPLY_FOR_AUTHORIZATION: { usingUnit: BRANCH, name: '分公司', ...facts },
  CONSENT_TO_USING_UNIT: { usingUnit: NEWCOMER },
  DECLINE_USING_UNIT: { usingUnit: NEWCOMER, reason: '不同意' },
  // decided by the using unit's own authority (G3.1(2)1): the branch admitted with the application
  APPROVE_USING_UNIT: { actor: branchOfficer, usingUnit: BRANCH, opinion: '同意' },
  RETURN_USING_UNIT: { actor: branchOfficer, usingUnit: BRANCH, opinion: '退回', reasons: ['材料不全'] },
  RESUBMIT_USE_REQUEST: { usingUnit: NEWCOMER },
  REMOVE_USING_UNIT: { usingUnit: NEWCOMER, reason: '移除' },
  SUBMIT_FLOW_DATA: { usingUnit: NEWCOMER, period: '2027-03', ref: 'doc:flow' },
  ADOPT_POLICY: { policy: { version: 'sc-2027.2' } },
  IMPORT_UNIT: { source: 'units.jsonl#1', facts: { ...example_import, approval: { ...example_import.approval, on: '2027-01-04' } } },
};

function actorFor(type: CommandType, usingUnit?: unknown) {
  const role = allowedRoles[type][0]!;
  if (role === 'officer') return { role, id: 'officer-chen', authority: AUTHORITY };
  if (role === 'usingUnit') return { role, id: typeof usingUnit === 'string' ? usingUnit : NEWCOMER };
  return { role, id: role === 'system' ? 'monitor' : 'u1' };
}
const commandOf = (type: CommandType): Record<string, unknown> => ({ type, actor: actorFor(type, samples[type].usingUnit), ...samples[type] });

const unitActor = { role: 'unit', id: 'u1' } as const;
const officer = { role: 'officer', id: 'officer-chen', authority: AUTHORITY } as const;
type Input = Record<string, unknown> & { at: string };
function run(events: Input[]): UnitSnapshot {
  let snapshot = start({ unitId: UNIT, policy: makePolicy() });
  for (const { at, ...command } of events) {
    const checked = check(snapshot, command, at);
    if (!checked.ok) throw new Error(`${checked.type}: ${checked.reason}`);
    snapshot = step(snapshot, { ...checked.command, at } as UnitEvent).snapshot;
  }
  return snapshot;
}
const submitted: Input = { type: 'SUBMIT_APPLICATION', actor: unitActor, ...example, at: '2027-03-01T09:00:00+08:00' };
const approved: Input = { type: 'APPROVE_APPLICATION', actor: officer, opinion: '同意', at: '2027-03-15T10:00:00+08:00' };
const at = (day: string) => `${day}T10:00:00+08:00`;

/** Reachable states, from the fixtures of the chart tests (onboarding, term, compliance, duties, filings, end). */
const states: Record<string, () => UnitSnapshot> = {
  prospect: () => run([]),
  underReview: () => run([submitted]),
  returned: () => run([submitted, { type: 'RETURN_APPLICATION', actor: officer, opinion: '补正', reasons: ['材料'], at: at('2027-03-05') }]),
  'active (approved 2027-03-15)': () => run([submitted, approved]),
  'active, renewal requested': () => run([submitted, approved, { type: 'REQUEST_RENEWAL', actor: unitActor, at: at('2027-04-01') }]),
  'active, risk warning C-1 open': () => run([submitted, approved, { type: 'ISSUE_RISK_WARNING', actor: officer, indicator: '指标', details: '波动', at: at('2027-04-01') }]),
  'suspended (S-05 case C-1)': () => run([submitted, approved, { type: 'SUSPEND_FOR_NONCOMPLIANCE', actor: officer, findings: '违规', rectificationMonths: 1, at: at('2027-04-01') }]),
  'active, REFINED_OIL_INVOICE in testing': () =>
    run([submitted, approved, { type: 'SUBSCRIBE_CAPABILITY', actor: unitActor, code: 'REFINED_OIL_INVOICE', qualification: { industry: 'REFINED_OIL', licenceRef: 'doc:l' }, at: at('2027-04-01') }]),
  terminationScheduled: () => run([submitted, approved, { type: 'FILE_TERMINATION', actor: unitActor, effectiveOn: '2027-06-01', reason: '停止', at: at('2027-04-01') }]),
  terminated: () => run([submitted, approved, { type: 'TERMINATE', actor: officer, reason: '虚开发票', ruleId: 'S-08', at: at('2027-04-01') }]),
  'terminated, archived': () => run([submitted, approved, { type: 'TERMINATE', actor: officer, reason: '虚开发票', ruleId: 'S-08', at: at('2027-04-01') }, { type: 'ARCHIVE', actor: officer, at: at('2027-04-02') }]),
};
const NOW = at('2027-04-10');

/** The guards a command's candidate transitions require in this state, each with its verdict. */
function candidateGuards(snapshot: UnitSnapshot, event: CommandEvent) {
  const args = { context: snapshot.context, event };
  const nodes = activeNodes(unitMachine.root, snapshot.value);
  const transitions = nodes.flatMap((n) => n.transitions.get(event.type) ?? []);
  const refs = transitions.flatMap((t) => guardRefsOf(t.guard) ?? []);
  return {
    transitions: transitions.length,
    failing: refs.map(resolve).filter(({ guard, params }) => !guard.test(args, params)).map(({ name, guard, params }) => ({ name, ruleId: typeof guard.rule === 'string' ? guard.rule : guard.rule(args), reason: guard.refuse(args, params) })),
  };
}

describe('refusal table: every state × every command type (issue 11)', () => {
  it('has a valid sample for every command type', () => {
    expect(Object.keys(samples).sort()).toEqual([...commandTypes].sort());
  });

  const refusedTypes = new Set<string>();
  for (const [name, build] of Object.entries(states)) {
    it(`T-01, P-ONB-04, S-05, P-TRM-01: in ${name}, each IllegalTransition names a guard that returned false there (its reason and rule), or the missing transition`, () => {
      const snapshot = build();
      let refusals = 0;
      for (const type of commandTypes) {
        const result = check(snapshot, commandOf(type), NOW);
        if (result.ok || result.type !== 'IllegalTransition') continue;
        refusals += 1;
        refusedTypes.add(type);
        const event = { ...(commandOf(type) as object), at: NOW } as CommandEvent;
        expect(snapshot.can(event), type).toBe(false);
        const { transitions, failing } = candidateGuards(snapshot, event);
        if (transitions === 0) {
          expect(result.reason, type).toContain(`no transition for ${type} in state ${result.state}`);
          continue;
        }
        const named = failing.find((g) => result.reason.includes(g.reason) && g.ruleId === result.ruleId);
        expect(named, `${type} in ${name}: "${result.reason}" (${result.ruleId}) is no failing guard's; failing: ${JSON.stringify(failing)}`).toBeDefined();
        expect(guardTable[named!.name], type).toBeDefined();
      }
      expect(refusals).toBeGreaterThan(0);
    });
  }

  it('covers every command type with at least one refusal', () => {
    expect(commandTypes.filter((t) => !refusedTypes.has(t))).toEqual([]);
  });
});

describe('refusals name their real reason (issue 11)', () => {
  const live = () => states['active (approved 2027-03-15)']!();
  it('P-TRM-01: WITHDRAW_TERMINATION with nothing filed says nothing is filed to withdraw', () => {
    const r = check(live(), { type: 'WITHDRAW_TERMINATION', actor: unitActor }, NOW);
    expect(r).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'P-TRM-01' });
    expect(!r.ok && r.reason).toContain('nothing is filed to withdraw');
    expect(!r.ok && r.reason).not.toContain('renewal');
  });
  it('P-CHG-02: SUBMIT_SIGNED_AGREEMENT with no agreement owed says no agreement is owed', () => {
    const r = check(live(), { type: 'SUBMIT_SIGNED_AGREEMENT', actor: unitActor, agreementRef: 'doc:a' }, NOW);
    expect(r).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'P-CHG-02' });
    expect(!r.ok && r.reason).toContain('no signed agreement is owed');
    expect(!r.ok && r.reason).not.toContain('renewal');
  });
  it('P-ONB-04: APPROVE_APPLICATION on an active unit says it is already approved', () => {
    const r = check(live(), { type: 'APPROVE_APPLICATION', actor: officer, opinion: '再次批准' }, NOW);
    expect(r).toMatchObject({ ok: false, type: 'IllegalTransition', ruleId: 'P-ONB-04', state: 'active' });
    expect(!r.ok && r.reason).toContain('no transition for APPROVE_APPLICATION in state active');
    expect(!r.ok && r.reason).toContain('already approved');
    expect(!r.ok && r.reason).not.toContain('renewal');
  });
});

describe('rule ids a reader can follow: meta.rule is the rule that makes the transition legal (issue 11)', () => {
  const live = () => states['active (approved 2027-03-15)']!();
  const stepOf = (snapshot: UnitSnapshot, command: Record<string, unknown>) => {
    const checked = check(snapshot, command, NOW);
    if (!checked.ok) throw new Error(checked.reason);
    return step(snapshot, { ...checked.command, at: NOW } as UnitEvent);
  };
  it('T-06: REPORT_CHANGE of a relationship change is applied under T-06', () => {
    expect(stepOf(live(), { type: 'REPORT_CHANGE', actor: unitActor, kind: 'relationship', effectiveOn: '2027-04-09', details: '股权变更', usingUnit: BRANCH }).ruleId).toBe('T-06');
  });
  it('P-CHG-02: REPORT_CHANGE of a new legal representative (the re-signed agreement it owes) is applied under P-CHG-02', () => {
    const s = stepOf(live(), { type: 'REPORT_CHANGE', actor: unitActor, kind: 'legalRepresentative', effectiveOn: '2027-04-09', details: '法定代表人变更' });
    expect(s.ruleId).toBe('P-CHG-02');
    expect(stepOf(s.snapshot, { type: 'SUBMIT_SIGNED_AGREEMENT', actor: unitActor, agreementRef: 'doc:agreement-2' }).ruleId).toBe('P-CHG-02');
  });
  it('P-CHG-01: any other change is applied under P-CHG-01', () => {
    expect(stepOf(live(), { type: 'REPORT_CHANGE', actor: unitActor, kind: 'contact', effectiveOn: '2027-04-09', details: '联系人变更' }).ruleId).toBe('P-CHG-01');
  });
  it('P-UU-01, P-UU-02, P-UU-06, O-27: the unit chart’s using-unit transitions carry their own rule ids', () => {
    const live = unitMachine.root.states.live!;
    const ruleOf = (type: string) => live.transitions.get(type)?.map((t) => t.meta?.rule);
    expect(ruleOf('INVITE_USING_UNIT')).toEqual(['P-UU-01']);
    expect(ruleOf('APPLY_FOR_AUTHORIZATION')).toEqual(['P-UU-02']);
    expect(ruleOf('CONSENT_TO_USING_UNIT')).toEqual(['P-UU-02']);
    expect(ruleOf('REMOVE_USING_UNIT')).toEqual(['P-UU-06']);
    expect(ruleOf('SUBMIT_FLOW_DATA')).toEqual(['O-27', 'O-27']);
  });
});
