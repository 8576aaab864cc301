/**
 * The model of issue 12 ("Model-based tests"): a unit driven through the pure engine EXACTLY as
 * `unitLifecycle` drives it (workflows/unit.ts `dispatch`, `judge`; machines/unit/engine.ts
 * `catchUp`): a request id seen before replays or is `RequestIdReused`, every deadline due at or
 * before a command's instant is applied first, in order, each at its own instant, then the command
 * is checked (`check`) and, if legal, applied (`step`). The clock only moves forward; an advance
 * applies the deadlines it passes, as the workflow's timers do.
 *
 * After every applied event, and after every refusal, the invariants of issue 12 are asserted;
 * each is named by the rule it guards (`invariants`). fast-check generates the programs
 * (`programArb`): arbitrary interleavings of valid, invalid, illegal, wrong-role, wrong-authority
 * commands, repeated and reused request ids, and clock advances of any length.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { transition } from 'xstate';
import { currentCatalogue } from '../../client/scripts/rules.js';
import { addMonths, endOf, startOf, toCstInstant, addDays, cstDate } from '../../machines/calendar.js';
import { makePolicy, type Policy, type PolicyOverrides } from '../../machines/policy.js';
import { commandTypes, type CommandType } from '../../machines/schemas/commands.js';
import { unitMachine } from '../../machines/unit/chart.js';
import { authorityNeed } from '../../machines/unit/authority.js';
import { catchUp, check, persist, start, step, type Step, type UnitSnapshot } from '../../machines/unit/engine.js';
import type { CommandEvent, DeadlineEvent, UnitEvent } from '../../machines/unit/events.js';
import { allowedRoles } from '../../machines/unit/events.js';
import { deadlines } from '../../machines/unit/deadlines.js';
import { fingerprint, judgeRequest, remember, requestIdOf, type RequestRecord } from '../../machines/unit/requests.js';
import { recipientsFor, unreachable } from '../../machines/unit/recipients.js';
import { summarize } from '../../machines/unit/summary.js';
import { effectiveLimit, RENEWAL_LADDER } from '../../machines/unit/term/concurrency.js';
import { ladderLimit, offsetDate } from '../../machines/unit/term/dates.js';
import { phaseOf } from '../../machines/unit/phase.js';
import type { Rejection } from '../../machines/rejection.js';
import type { Notice } from '../../machines/notice.js';

export const example = JSON.parse(readFileSync(new URL('../../examples/application.json', import.meta.url), 'utf8'));
const withBuilder = JSON.parse(readFileSync(new URL('../../examples/application-with-builder.json', import.meta.url), 'utf8'));
const networkFiling = JSON.parse(readFileSync(new URL('../../examples/network-filing.json', import.meta.url), 'utf8'));
export const UNIT = example.application.dcuUscc as string;
export const DCU_AUTHORITY = example.application.competentTaxAuthority as string;
const USING_UNITS = (example.application.usingUnits as { uscc: string; competentTaxAuthority: string }[]).map((u) => u.uscc);
const NEWCOMER = '91510105MA6D00001K';
/** the day the programs start: the application is submitted at 09:00 CST */
export const START = '2027-03-01T09:00:00+08:00';

/** every rule id of the catalogue (spec/rules.md, or docs/rules.md when the spec is not beside the repository) */
export const catalogue = new Set(currentCatalogue().map((r) => r.id));

// ---- programs

/** who sends a command: the role the rule names, a wrong role, or an officer of the wrong (or no) authority */
export type Sender = 'right' | 'wrongRole' | 'otherAuthority' | 'noAuthority' | 'usingUnitAuthority';
/** request id: none, a fresh one, or one of the earlier ones (repeated with the same body, or reused for another) */
export type RequestIdUse = { kind: 'none' } | { kind: 'fresh' } | { kind: 'earlier'; index: number; same: boolean };

export type Action =
  | { kind: 'advance'; ms: number }
  /** to the next deadline's instant, or one millisecond before it (every timed edge at its limit) */
  | { kind: 'toDeadline'; before: boolean }
  | { kind: 'command'; type: CommandType; sender: Sender; pick: number; variant: number; request: RequestIdUse }
  | { kind: 'invalid'; index: number };

/** the application's variants: as filed, a C-rated DCU, a D-rated using unit, and both (issue 12 fault 2), an M-rated DCU, a sector needing proof, a B-rated authorized builder (E-AUTH-4, O-27: it owes flow data) */
export const applicationVariants = ['asFiled', 'dcuC', 'usingUnitD', 'dcuCusingUnitD', 'dcuM', 'otherSector', 'builderB'] as const;
export type ApplicationVariant = (typeof applicationVariants)[number];

export interface Program {
  application: ApplicationVariant;
  policy: 'default' | 'officerConfirms' | 'allowNewRequest' | 'liftOnRequest';
  actions: Action[];
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const senderArb: fc.Arbitrary<Sender> = fc.oneof({ weight: 12, arbitrary: fc.constant<Sender>('right') }, { weight: 1, arbitrary: fc.constantFrom<Sender>('wrongRole', 'otherAuthority', 'noAuthority', 'usingUnitAuthority') });
const requestArb: fc.Arbitrary<RequestIdUse> = fc.oneof(
  { weight: 5, arbitrary: fc.constant<RequestIdUse>({ kind: 'none' }) },
  { weight: 4, arbitrary: fc.constant<RequestIdUse>({ kind: 'fresh' }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('earlier' as const), index: fc.nat(20), same: fc.boolean() }) },
);
/** the commands a live unit meets most: weighted towards what opens, moves and decides cases and terms */
const frequent: CommandType[] = ['REQUEST_RENEWAL', 'APPROVE_RENEWAL', 'REJECT_RENEWAL', 'SET_CONCURRENCY', 'REPORT_SECURITY_THREAT', 'APPLY_MEASURES', 'SUSPEND_FOR_NONCOMPLIANCE', 'CONFIRM_RECTIFIED', 'DISMISS_PROPOSED_CASE', 'CONFIRM_PROPOSED_CASE', 'REPORT_ELIGIBILITY_CHANGE', 'ISSUE_RISK_WARNING', 'FILE_TERMINATION', 'TERMINATE', 'AUTHORIZE_CAPABILITY', 'REPORT_CHANGE'];
const commandArb: fc.Arbitrary<Action> = fc.record({
  kind: fc.constant('command' as const),
  type: fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...frequent) }, { weight: 1, arbitrary: fc.constantFrom(...commandTypes) }),
  sender: senderArb,
  pick: fc.nat(7),
  variant: fc.nat(7),
  request: requestArb,
});
const advanceArb: fc.Arbitrary<Action> = fc.oneof(
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 48 * HOUR }) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 1, max: 60 }).map((d) => d * DAY) }),
  fc.record({ kind: fc.constant('advance' as const), ms: fc.integer({ min: 30, max: 500 }).map((d) => d * DAY) }),
  fc.record({ kind: fc.constant('toDeadline' as const), before: fc.boolean() }),
);
const invalidArb: fc.Arbitrary<Action> = fc.record({ kind: fc.constant('invalid' as const), index: fc.nat(9) });

/** A program: the application, the policy, and up to `maxActions` actions (submitted at START, usually approved soon after). */
export function programArb(maxActions = 30): fc.Arbitrary<Program> {
  const approval: fc.Arbitrary<Action[]> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ ms: fc.integer({ min: 1, max: 20 * DAY }), sender: senderArb }).map(({ ms, sender }) => [{ kind: 'advance', ms } as Action, { kind: 'command', type: 'APPROVE_APPLICATION', sender, pick: 0, variant: 0, request: { kind: 'fresh' } } as Action]) },
    { weight: 1, arbitrary: fc.constant<Action[]>([]) },
  );
  const action = fc.oneof({ weight: 6, arbitrary: commandArb }, { weight: 4, arbitrary: advanceArb }, { weight: 1, arbitrary: invalidArb });
  return fc.record({
    application: fc.oneof({ weight: 6, arbitrary: fc.constant<ApplicationVariant>('asFiled') }, { weight: 2, arbitrary: fc.constantFrom(...applicationVariants) }),
    policy: fc.oneof({ weight: 6, arbitrary: fc.constant<Program['policy']>('default') }, { weight: 1, arbitrary: fc.constantFrom<Program['policy']>('officerConfirms', 'allowNewRequest', 'liftOnRequest') }),
    actions: fc.tuple(approval, fc.array(action, { maxLength: maxActions })).map(([a, b]) => [...a, ...b]),
  });
}

export function policyOf(program: Program): Policy {
  const overrides: PolicyOverrides =
    program.policy === 'officerConfirms' ? { noRequestAtTermEnd: 'officerConfirms' } : program.policy === 'allowNewRequest' ? { afterRejection: 'allowNewRequest' } : program.policy === 'liftOnRequest' ? { lateRequest: 'liftOnRequest' } : {};
  return makePolicy(overrides);
}

/** The application body of a variant (examples/application.json, changed as the variant says). */
export function applicationOf(variant: ApplicationVariant): Record<string, unknown> {
  const body = structuredClone(variant === 'builderB' ? withBuilder : example) as { application: Record<string, unknown> & { usingUnits: Record<string, unknown>[] } };
  const app = body.application;
  if (variant === 'dcuC' || variant === 'dcuCusingUnitD') app.creditRating = 'C';
  if (variant === 'dcuM') app.creditRating = 'M';
  if (variant === 'usingUnitD' || variant === 'dcuCusingUnitD') app.usingUnits[1]!.creditRating = 'D';
  if (variant === 'builderB') (app.authorizedUnit as Record<string, unknown>).creditRating = 'B';
  if (variant === 'otherSector') {
    app.usingUnits[1]!.exemptSector = 'OTHER_DESIGNATED';
    delete app.usingUnits[1]!.relationshipProofRef;
  }
  return body;
}

// ---- bodies

/** IMPORT_UNIT's facts: the example unit approved on `approvedOn`, nothing late, nothing open */
function importFactsOf(approvedOn: string): Record<string, unknown> {
  return { submission: applicationOf('asFiled'), approval: { on: approvedOn, authority: DCU_AUTHORITY, officer: 'officer-import', opinion: '同意' }, term: { number: 1 }, renewal: { status: 'notRequested' }, concurrency: { ladderStep: 0 } };
}

const contact = { role: 'contact', name: '刘洋', email: 'liu@member.example.com', language: 'zh' };
const facts = { competentTaxAuthority: '15101050000', relationship: 'GROUP_MEMBER', relationshipSince: '2020-01-01', relationshipProofRef: 'doc:equity-2026', contact, creditRating: 'A', inPilotScope: true, hasMajorTaxViolation3y: false, canProvideTaxData: true };
const measureSets = [['reminder'], ['stopCapabilities'], ['suspendAccess'], ['interview', 'stopNewUsingUnits'], ['stopCapabilities', 'suspendAccess'], ['reminder', 'interview']];

/** the commands that are refused by the schema (fuzz: invalid), whatever the state */
const invalidBodies = (n: number): unknown[] => [
  { type: 'SET_CONCURRENCY', actor: officerOf(DCU_AUTHORITY), limit: -n, reason: '' },
  { type: 'SET_CONCURRENCY', actor: officerOf(DCU_AUTHORITY), limit: 'many', reason: 5, extra: true },
  { type: 'MAKE_COFFEE', actor: officerOf(DCU_AUTHORITY) },
  { type: 'APPROVE_RENEWAL', actor: officerOf(DCU_AUTHORITY), opinion: 'x', extendsTo: '2031-02-30' },
  { actor: officerOf(DCU_AUTHORITY) },
  null,
  `SET_CONCURRENCY ${n}`,
  [1, 2, 3],
  { type: 'REPORT_SECURITY_THREAT', actor: officerOf(DCU_AUTHORITY), details: 'd', observationMonths: 4 },
  { type: 'REQUEST_RENEWAL', actor: { role: 'unit', id: 'u1' }, requestId: '' },
];

function officerOf(authority: string | undefined): Record<string, unknown> {
  return authority === undefined ? { role: 'officer', id: 'officer-x' } : { role: 'officer', id: `officer-${authority.slice(-4)}`, authority };
}

/** the using units this unit knows, then one it does not */
function usingUnitsOf(s: UnitSnapshot): string[] {
  return [...new Set([...Object.keys(s.context.memberships), ...USING_UNITS, NEWCOMER])];
}

/** A body of `type` for the state met, varied by `pick` (which case, using unit, code) and `variant` (which values). */
export function bodyOf(type: CommandType, s: UnitSnapshot, now: number, pick: number, variant: number): Record<string, unknown> {
  const day = (n: number) => addDays(cstDate(now), n);
  const cases = s.context.cases;
  const caseId = cases.length && pick < 6 ? cases[cases.length - 1 - (pick % cases.length)]!.id : 'C-404';
  const uus = usingUnitsOf(s);
  const usingUnit = uus[pick % uus.length]!;
  const target = variant % 3 === 2 ? { target: { usingUnit } } : {};
  const months = 1 + (variant % 3);
  const term = s.context.term;
  const code = ['INVOICE_ISSUE', 'REFINED_OIL_INVOICE'][variant % 2]!;
  switch (type) {
    case 'SUBMIT_APPLICATION':
      return applicationOf('asFiled');
    case 'RESUBMIT_APPLICATION':
    case 'REQUEST_RENEWAL':
    case 'ARCHIVE':
    case 'WITHDRAW_TERMINATION':
      return {};
    case 'APPROVE_APPLICATION':
      return { opinion: '同意' };
    case 'RETURN_APPLICATION':
      return { opinion: '补正', reasons: ['材料不全'] };
    case 'APPROVE_RENEWAL':
      return { opinion: '同意', extendsTo: term ? addMonths(term.endsOn, 12 * (1 + (variant % 3))) : '2031-03-15' };
    case 'REJECT_RENEWAL':
      return { opinion: '不同意' };
    case 'SET_CONCURRENCY':
      return { limit: [80, 30, 5, 100, 60, 1, 40, 90][variant]!, reason: '平台负载', ...(pick === 7 ? { replacesLadder: true } : {}) };
    case 'TERMINATE':
      return { reason: '终止', ruleId: ['M-TERMINATE', 'S-08', 'T-03', 'S-06'][variant % 4], ...(pick % 2 ? { caseId } : {}) };
    case 'ISSUE_RISK_WARNING':
      return { indicator: '指标', details: '波动', ...target };
    case 'SUBMIT_RECTIFICATION_FEEDBACK':
      return { caseId, feedback: '已整改' };
    case 'RECORD_RISK_MEASURE':
      return { caseId, measure: '约谈', opinion: '记录' };
    case 'SUSPEND_FOR_NONCOMPLIANCE':
      return { findings: '违规', rectificationMonths: months, ...target };
    case 'REPORT_SECURITY_THREAT':
      return { details: '威胁', observationMonths: months, ...(variant % 2 ? { limit: [5, 20, 60, 150][pick % 4] } : {}), ...target };
    case 'APPLY_MEASURES':
      return { measures: measureSets[pick % measureSets.length], rectificationMonths: months, findings: '未履行', ...target };
    case 'RECORD_INTERVIEW':
      return { caseId, interview: { on: day(3) } };
    case 'CONFIRM_RECTIFIED':
      return { caseId, opinion: '已整改' };
    case 'ADJUST_CASE_WINDOW':
      return { caseId, dueOn: day([10, 40, 80, 100, 200, 1][variant % 6]!), reason: '延期' };
    case 'REPORT_SERIOUS_VIOLATION':
      return { kind: variant % 2 ? 'falseInvoicing' : 'otherSeriousViolation', details: '严重违规', ...target };
    case 'REPORT_ELIGIBILITY_CHANGE':
      return variant < 5 ? { kind: 'rating', value: ['A', 'B', 'M', 'C', 'D'][variant], ...(pick % 2 ? { target: { usingUnit } } : {}) } : { kind: variant === 5 ? 'majorViolation' : 'pilotScope', value: variant === 5, ...(pick % 2 ? { target: { usingUnit } } : {}) };
    case 'CONFIRM_PROPOSED_CASE':
      return { caseId, opinion: '确认', rectificationMonths: months };
    case 'DISMISS_PROPOSED_CASE':
      // S-06, T-21: declining a proposed termination opens a new observation window
      return { caseId, opinion: '驳回', ...(variant % 2 ? { observationMonths: months } : {}) };
    case 'RECORD_MONITORING_RUN':
      return { period: `${cstDate(now).slice(0, 4)}-Q${1 + (variant % 4)}`, findings: '正常' };
    case 'REPORT_SECURITY_INCIDENT':
      return { details: '事件', occurredOn: day(-1) };
    case 'SUBSCRIBE_CAPABILITY':
      return code === 'REFINED_OIL_INVOICE' ? { code, qualification: { industry: 'REFINED_OIL', licenceRef: 'doc:l' } } : { code };
    case 'SUBMIT_CAPABILITY_TEST_REPORT':
      return { code, reportRef: 'doc:test' };
    case 'CONFIRM_CAPABILITY':
      return { code, opinion: '同意' };
    case 'RETURN_CAPABILITY':
      return { code, opinion: '退回', reason: 'industry' };
    case 'AUTHORIZE_CAPABILITY':
      return { code: variant === 5 ? 'REFINED_OIL_INVOICE' : 'INVOICE_ISSUE', usingUnit };
    case 'PROVIDE_QUALIFICATION':
      return { ...grantOf(s, pick, usingUnit), qualification: { industry: 'REFINED_OIL', licenceRef: 'doc:licence' } };
    case 'ACCEPT_CAPABILITY_AUTHORIZATION':
      return grantOf(s, pick, usingUnit);
    case 'DETECT_RELATIONSHIP_CHANGE':
      return { effectiveOn: day(-2), details: '监测', usingUnit };
    case 'REPORT_CHANGE':
      return variant % 2 ? { kind: 'relationship', effectiveOn: day(-(variant % 5)), details: '直连单位控股股东变更', ...(pick % 2 ? { usingUnit } : {}) } : { kind: pick % 2 ? 'legalRepresentative' : 'contact', effectiveOn: day(0), details: '变更' };
    case 'SUBMIT_SIGNED_AGREEMENT':
      return { agreementRef: 'doc:agreement' };
    case 'PUBLISH_VERSION_UPGRADE':
      return { version: `3.${variant}.0`, publishedOn: day(0) };
    case 'COMPLETE_VERSION_UPGRADE':
      return { version: `3.${variant}.0`, testReportRef: 'doc:report' };
    case 'FILE_NETWORK_ADDRESS':
      // as filed (open, permanent); a change to a temporary filing for 90 days (T-14); a closing
      if (variant % 3 === 0) return { filing: { ...networkFiling, unitUscc: UNIT } };
      return { filing: { ...networkFiling, unitUscc: UNIT, action: variant % 3 === 1 ? 'change' : 'close', ...(variant % 3 === 1 ? { validity: { type: 'temporary', startsOn: day(0), endsOn: day(90) } } : {}) } };
    case 'FILE_TERMINATION':
      return { effectiveOn: day([1, 10, 40, 400, 0, 5, 90, 30][variant]!), reason: '终止', ...(pick % 3 === 1 ? { usingUnits: [usingUnit] } : {}) };
    case 'INVITE_USING_UNIT':
      return { usingUnit: NEWCOMER, name: '成员', relationship: 'GROUP_MEMBER', contact };
    case 'ACCEPT_INVITATION':
      return { usingUnit: NEWCOMER, ...facts };
    case 'APPLY_FOR_AUTHORIZATION':
      return { usingUnit: NEWCOMER, name: '成员', ...facts };
    case 'CONSENT_TO_USING_UNIT':
      return { usingUnit };
    case 'DECLINE_USING_UNIT':
      return { usingUnit, reason: '不同意' };
    case 'APPROVE_USING_UNIT':
      return { usingUnit, opinion: '同意' };
    case 'RETURN_USING_UNIT':
      return { usingUnit, opinion: '退回', reasons: ['材料不全'] };
    case 'RESUBMIT_USE_REQUEST':
      return { usingUnit };
    case 'REMOVE_USING_UNIT':
      return { usingUnit, reason: '移除' };
    case 'SUBMIT_FLOW_DATA': {
      // the oldest period the membership owes, else one of this year's
      const owed = Object.values(s.context.memberships).flatMap((m) => m.context.flowData.filter((d) => d.status !== 'fulfilled').map((d) => ({ usingUnit: m.context.uscc, period: d.period })));
      // E-AUTH-4, O-27: a B-rated authorized builder owes its own
      const builder = s.context.submission?.application.authorizedUnit?.uscc;
      if (builder) owed.push(...s.context.builderFlow.filter((d) => d.status !== 'fulfilled').map((d) => ({ usingUnit: builder, period: d.period })));
      const duty = owed[pick % Math.max(owed.length, 1)];
      return duty ? { ...duty, ref: 'doc:flow' } : { usingUnit, period: `${cstDate(now).slice(0, 4)}-Q${1 + (variant % 4)}`, ref: 'doc:flow' };
    }
    case 'ADOPT_POLICY':
      return { policy: { version: `v${variant % 3}` } };
    case 'IMPORT_UNIT':
      // issue 18 item 5: a unit approved some months before the model's clock, with its ladder step as the days late make it
      return { source: `model#${variant}`, facts: importFactsOf(day(-30 * (1 + variant))) };
  }
}

/** a grant the unit offered (its code and using unit), else INVOICE_ISSUE to `usingUnit` */
function grantOf(s: UnitSnapshot, pick: number, usingUnit: string): { code: string; usingUnit: string } {
  const g = s.context.grants[pick % Math.max(s.context.grants.length, 1)];
  return g ? { code: g.code, usingUnit: g.usingUnit } : { code: 'INVOICE_ISSUE', usingUnit };
}

/** the authority of a using unit the unit knows (its membership's facts, else the application's) */
function usingUnitAuthority(s: UnitSnapshot, uscc: unknown): string | undefined {
  if (typeof uscc !== 'string') return undefined;
  return s.context.memberships[uscc]?.context.facts?.competentTaxAuthority ?? (example.application.usingUnits as { uscc: string; competentTaxAuthority: string }[]).find((u) => u.uscc === uscc)?.competentTaxAuthority ?? facts.competentTaxAuthority;
}

/** The actor of a command: the role its rule names (the right authority for an officer), or the sender's fault. */
export function actorOf(type: CommandType, sender: Sender, s: UnitSnapshot, body: Record<string, unknown>): Record<string, unknown> {
  const roles = allowedRoles[type];
  const wrong = (['unit', 'officer', 'usingUnit', 'system'] as const).find((r) => !roles.includes(r))!;
  const role = sender === 'wrongRole' ? wrong : roles.includes('officer') && sender !== 'right' ? 'officer' : roles[0]!;
  if (role === 'officer') {
    const right = type === 'APPROVE_USING_UNIT' || type === 'RETURN_USING_UNIT' ? usingUnitAuthority(s, body.usingUnit) : authorityNeed(type) === 'province' ? s.context.policy.provincialBureau : DCU_AUTHORITY;
    if (sender === 'noAuthority') return officerOf(undefined);
    if (sender === 'otherAuthority') return officerOf('15299999999');
    if (sender === 'usingUnitAuthority') return officerOf(usingUnitAuthority(s, USING_UNITS[1]));
    return officerOf(right);
  }
  if (role === 'usingUnit') return { role, id: typeof body.usingUnit === 'string' ? body.usingUnit : NEWCOMER };
  return { role, id: role === 'system' ? 'monitor' : 'u1' };
}

// ---- the world the program runs in

/** one thing that happened, for the invariants and for a readable counterexample */
export type Happening =
  | { kind: 'applied'; event: UnitEvent; before: UnitSnapshot; result: Step; requestId?: string }
  | { kind: 'refused'; input: unknown; before: UnitSnapshot; rejection: Rejection; reused: boolean }
  | { kind: 'replayed'; input: unknown };

export interface World {
  program: Program;
  snapshot: UnitSnapshot;
  /** the clock, ms since the epoch */
  now: number;
  requests: Map<string, RequestRecord>;
  /** every body sent with a request id, to repeat or reuse */
  sent: Record<string, unknown>[];
  /** deadline keys fired, with the instant each fired at */
  fired: Map<string, string>;
  /** the last deadline instant applied (they are applied in time order) */
  lastDeadlineAt: number;
  /** T-04: an officer replaced the ladder in this term (SET_CONCURRENCY with replacesLadder: true), by term number */
  ladderReplaced: Set<number>;
  /** G3.1(2): the using units an officer of their own authority approved */
  approvedByOwnAuthority: Set<string>;
  log: string[];
  seq: number;
}

export function newWorld(program: Program): World {
  return { program, snapshot: start({ unitId: UNIT, policy: policyOf(program) }), now: Date.parse(START), requests: new Map(), sent: [], fired: new Map(), lastDeadlineAt: 0, ladderReplaced: new Set(), approvedByOwnAuthority: new Set(), log: [], seq: 0 };
}

/** an invariant: its rule id(s), what it says, and the check of one happening in its world (a violation's text, or null) */
export interface Invariant {
  id: string;
  title: string;
  check: (w: World, h: Happening) => string | null;
}

export type Observer = (w: World, h: Happening) => void;

const at = (ms: number) => toCstInstant(ms);

/** Applies an event the way `Unit.apply` does, then shows it to the observer. */
function apply(w: World, event: UnitEvent, observe: Observer, requestId?: string, result: Step = step(w.snapshot, event)): void {
  const before = w.snapshot;
  w.snapshot = result.snapshot;
  w.seq++;
  if (event.type === 'DEADLINE') w.log.push(`${event.at} DEADLINE ${event.what} ${event.key} → ${result.to} (${result.ruleId})`);
  else w.log.push(`${event.at} ${event.type} by ${event.actor.role}${'authority' in event.actor && event.actor.authority ? `@${event.actor.authority}` : ''} → ${result.to} (${result.ruleId})`);
  // before the observer: the invariants judge the state with this decision known
  if (event.type === 'APPROVE_USING_UNIT' && event.actor.role === 'officer' && event.actor.authority === usingUnitAuthority(before, event.usingUnit)) w.approvedByOwnAuthority.add(event.usingUnit);
  observe(w, { kind: 'applied', event, before, result, ...(requestId ? { requestId } : {}) });
  if (event.type === 'SET_CONCURRENCY' && (event as { replacesLadder?: boolean }).replacesLadder) w.ladderReplaced.add(w.snapshot.context.term?.number ?? 0);
}

/** The workflow's clock: every deadline due at or before `to` is applied, earliest first, each at its own instant. */
export function advanceTo(w: World, to: number, observe: Observer): void {
  if (to > w.now) w.now = to;
  const { steps } = catchUp(w.snapshot, w.now);
  for (const s of steps) apply(w, s.event, observe, undefined, s.step);
}

/** `Unit.dispatch` without Temporal: seen? → catch up → judge → apply. */
export function dispatch(w: World, input: unknown, observe: Observer): void {
  const seen = judgeRequest(w.requests, input);
  if (seen.kind === 'replay') {
    w.log.push(`${at(w.now)} replayed ${String((input as { type?: unknown })?.type)}`);
    observe(w, { kind: 'replayed', input });
    return;
  }
  advanceTo(w, w.now, observe);
  const before = w.snapshot;
  const requestId = requestIdOf(input);
  const when = at(w.now);
  if (seen.kind === 'reused') {
    w.log.push(`${when} RequestIdReused`);
    observe(w, { kind: 'refused', input, before, rejection: { type: 'RequestIdReused', ruleId: null, state: phaseOf(before), reason: seen.message, problems: [] }, reused: true });
    return;
  }
  const checked = check(w.snapshot, input, when);
  if (!checked.ok) {
    const { ok: _ok, ...rejection } = checked;
    w.log.push(`${when} refused ${String((input as { type?: unknown })?.type)}: ${rejection.type} (${rejection.ruleId}) ${rejection.reason.slice(0, 160)}`);
    if (requestId) remember(w.requests, { requestId, fingerprint: fingerprint(input), type: String((input as { type?: unknown }).type), outcome: 'rejected', ruleId: rejection.ruleId ?? 'contract', seq: w.seq, at: when }, window(w));
    observe(w, { kind: 'refused', input, before, rejection, reused: false });
    return;
  }
  apply(w, { ...checked.command, at: when } as CommandEvent, observe, requestId);
  if (requestId) remember(w.requests, { requestId, fingerprint: fingerprint(input), type: checked.command.type, outcome: 'applied', ruleId: 'x', seq: w.seq, at: when }, window(w));
}

function window(w: World) {
  return { count: w.snapshot.context.policy.requestIdWindow, days: w.snapshot.context.policy.requestIdWindowDays };
}

/** The input an action sends at this point of the world (null for a clock action). */
export function inputOf(w: World, a: Action): unknown {
  if (a.kind === 'invalid') return invalidBodies(w.seq)[a.index];
  if (a.kind !== 'command') return null;
  if (a.request.kind === 'earlier' && w.sent.length) {
    const earlier = w.sent[a.request.index % w.sent.length]!;
    if (a.request.same) return earlier;
    const body = bodyOf(a.type, w.snapshot, w.now, a.pick, a.variant);
    return { type: a.type, actor: actorOf(a.type, a.sender, w.snapshot, body), ...body, requestId: earlier.requestId };
  }
  const body = a.type === 'SUBMIT_APPLICATION' ? applicationOf(w.program.application) : bodyOf(a.type, w.snapshot, w.now, a.pick, a.variant);
  const input: Record<string, unknown> = { type: a.type, actor: actorOf(a.type, a.sender, w.snapshot, body), ...body };
  if (a.request.kind === 'fresh') {
    input.requestId = `r-${w.seq}-${w.sent.length}`;
    w.sent.push(input);
  }
  return input;
}

/** Runs a program: the application is submitted at START, then each action in turn; `observe` sees every happening. */
export function runProgram(program: Program, observe: Observer): World {
  const w = newWorld(program);
  dispatch(w, { type: 'SUBMIT_APPLICATION', actor: { role: 'unit', id: 'u1' }, ...applicationOf(program.application) }, observe);
  for (const a of program.actions) {
    if (a.kind === 'advance') advanceTo(w, w.now + a.ms, observe);
    else if (a.kind === 'toDeadline') {
      const next = w.snapshot.status === 'active' ? deadlines(w.snapshot.context)[0] : undefined;
      if (next) advanceTo(w, Date.parse(next.at) - (a.before ? 1 : 0), observe);
    } else dispatch(w, inputOf(w, a), observe);
  }
  return w;
}

// ---- the invariants (issue 12, "Model-based tests")

const live = (s: UnitSnapshot) => s.status === 'active' && s.matches('live');
const json = (s: UnitSnapshot) => JSON.stringify(persist(s));
const CST_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{3})?\+08:00$/;

/** the commands that decide a case (other than terminating the whole unit) */
const caseDecisions: CommandType[] = ['CONFIRM_RECTIFIED', 'DISMISS_PROPOSED_CASE', 'CONFIRM_PROPOSED_CASE', 'RECORD_RISK_MEASURE'];

/** the ladder's level at `now` for a unit with no request (null when no step is reached or the ladder is not automatic) */
export function ladderLevel(s: UnitSnapshot, now: number): number | null {
  const { term, policy, concurrency } = s.context;
  if (!term || term.renewal !== 'notRequested' || policy.ladderMode !== 'automatic') return null;
  const reached = policy.ladder.filter((step) => Date.parse(startOf(offsetDate(term, step))) <= now);
  return reached.length ? Math.min(...reached.map((step) => ladderLimit(concurrency.base, step.fraction))) : null;
}

/** the instant a happening took place: a deadline's own instant (the clock may already be past it), else the clock */
export const instantOf = (w: World, h: Happening): number => (h.kind === 'applied' ? Date.parse(h.event.at) : w.now);

/** every notice of an applied step */
const noticesOf = (h: Happening): Notice[] => (h.kind === 'applied' ? h.result.notices : []);

export const invariants: Invariant[] = [
  {
    id: 'T-03',
    title: 'past the last day of a term the unit is terminated, renewed, or has a request made on or before that day still undecided (officerConfirms: a termination awaiting the officer)',
    check: (w, h) => {
      const { term, policy } = w.snapshot.context;
      const now = instantOf(w, h);
      if (!live(w.snapshot) || !term || now <= Date.parse(endOf(term.endsOn))) return null;
      if (term.renewal === 'requested' && term.requestedAt && Date.parse(term.requestedAt) <= Date.parse(endOf(term.endsOn))) return null;
      if (policy.noRequestAtTermEnd === 'officerConfirms' && term.renewal === 'notRequested') return null;
      return `${at(now)}: term ${term.number} ended ${term.endsOn} but the unit is ${phaseOf(w.snapshot)} with renewal ${term.renewal} (requested ${term.requestedAt})`;
    },
  },
  {
    id: 'E-DCU-4',
    title: 'an approved unit met every form-decidable condition of its path when approved (E-DCU-*, E-UU-*, P-ONB-04)',
    check: (_w, h) => {
      if (h.kind !== 'applied' || h.event.type !== 'APPROVE_APPLICATION') return null;
      const unmet = h.before.context.eligibility?.unmet ?? [];
      return unmet.length ? `APPROVE_APPLICATION applied with unmet conditions ${unmet.map((f) => `${f.ruleId}/${f.subject}`).join(', ')}` : null;
    },
  },
  {
    id: 'P-ONB-04',
    title: 'every decision is taken by the competent authority the rule names: the DCU by its own (G3.1(1)), each simultaneous using unit of another authority by its own (G3.1(2), P-UU-01)',
    check: (w, h) => {
      if (h.kind === 'applied' && h.event.type !== 'DEADLINE' && h.event.actor.role === 'officer') {
        const needed = h.event.type === 'APPROVE_USING_UNIT' || h.event.type === 'RETURN_USING_UNIT' ? usingUnitAuthority(h.before, h.event.usingUnit) : authorityNeed(h.event.type) === 'province' ? h.before.context.policy.provincialBureau : DCU_AUTHORITY;
        if (h.event.actor.authority !== needed) return `${h.event.type} applied for an officer of ${h.event.actor.authority ?? '(no authority)'}; the rule names ${needed}`;
      }
      for (const [uscc, m] of Object.entries(w.snapshot.context.memberships)) {
        const own = m.context.facts?.competentTaxAuthority;
        if ((m.value === 'active' || m.value === 'suspended') && own && own !== DCU_AUTHORITY && !w.approvedByOwnAuthority.has(uscc)) return `using unit ${uscc} of authority ${own} is ${m.value} without a decision of its own authority`;
      }
      return null;
    },
  },
  {
    id: 'T-04',
    title: 'the effective limit is the minimum of the active restrictions, the base if none (T-04, S-03, S-06)',
    check: (w) => {
      const s = w.snapshot;
      if (s.context.termination || phaseOf(s) === 'terminated') return null;
      const c = s.context.concurrency;
      const shown = summarize(s).concurrency.limit;
      const min = Math.min(c.base, ...c.restrictions.map((r) => r.limit));
      return shown !== min || effectiveLimit(c) !== min ? `limit shown ${shown}, minimum of restrictions ${min}` : null;
    },
  },
  {
    id: 'M-TERMINATE',
    title: 'the limit is 0 once the unit is terminated (T-03, T-08, S-08, M-TERMINATE)',
    check: (w) => {
      const s = w.snapshot;
      if (!s.context.termination && phaseOf(s) !== 'terminated') return null;
      const shown = summarize(s).concurrency.limit;
      return shown === 0 ? null : `terminated (${s.context.termination?.ruleId}) but the limit shown is ${shown}`;
    },
  },
  {
    id: 'S-03',
    title: 'the limit is never above the ladder in a late period with no request, unless an officer replaced the ladder (replacesLadder: true)',
    check: (w, h) => {
      const s = w.snapshot;
      const ladder = ladderLevel(s, instantOf(w, h));
      if (!live(s) || ladder === null || w.ladderReplaced.has(s.context.term!.number)) return null;
      const limit = effectiveLimit(s.context.concurrency);
      return limit > ladder ? `${at(instantOf(w, h))}: late, no request, ladder level ${ladder} but limit ${limit} (restrictions ${s.context.concurrency.restrictions.map((r) => `${r.id}=${r.limit}`).join(', ')})` : null;
    },
  },
  {
    id: 'T-09',
    title: 'no case window ends more than 3 months after the day its measure was imposed',
    check: (w) => {
      for (const c of w.snapshot.context.cases) {
        if (c.status === 'closed' || !c.dueOn) continue;
        const from = c.windowFrom ?? cstDate(c.openedAt);
        if (c.dueOn > addMonths(from, 3)) return `case ${c.id} (${c.kind}) imposed ${from} ends ${c.dueOn}, past ${addMonths(from, 3)}`;
      }
      return null;
    },
  },
  {
    id: 'S-06',
    title: 'no dead ends: every non-final state can be left by some command or deadline, and every undecided case can be decided (not only by terminating the unit)',
    check: (w) => {
      const s = w.snapshot;
      if (s.status !== 'active') return null;
      const ahead = deadlines(s.context);
      const when = at(w.now);
      const legal = (type: CommandType, pick: number, variant: number) => {
        const body = bodyOf(type, s, w.now, pick, variant);
        return check(s, { type, actor: actorOf(type, 'right', s, body), ...body }, when).ok;
      };
      if (!ahead.length && !commandTypes.some((t) => [0, 1, 2, 3].some((v) => legal(t, 0, v) && phaseOf(step(s, { type: t, actor: actorOf(t, 'right', s, bodyOf(t, s, w.now, 0, v)), ...bodyOf(t, s, w.now, 0, v), at: when } as UnitEvent).snapshot) !== phaseOf(s)))) {
        return `${phaseOf(s)} at ${when}: no deadline ahead and no command leaves it`;
      }
      if (!live(s)) return null;
      for (const [i, c] of s.context.cases.entries()) {
        if (c.status === 'closed') continue;
        if (ahead.some((d) => d.ref === c.id)) continue;
        const pick = s.context.cases.length - 1 - i;
        if (caseDecisions.some((t) => [0, 1, 2].some((v) => legal(t, pick, v)))) continue;
        return `case ${c.id} (${c.kind}, ${c.status}) can be left by no deadline and no decision but terminating the unit`;
      }
      return null;
    },
  },
  {
    id: 'P-ONB-02',
    title: 'a refused command leaves the snapshot unchanged: the check is pure and the chart itself takes no transition for an illegal event (contract "rejection")',
    check: (w, h) => {
      if (h.kind !== 'refused') return null;
      if (json(h.before) !== json(w.snapshot)) return `refused ${h.rejection.type} changed the snapshot`;
      const command = h.input as CommandEvent;
      if (h.rejection.type === 'IllegalTransition') {
        const [next] = transition(unitMachine, h.before, { ...command, at: at(w.now) } as UnitEvent);
        if (JSON.stringify(next.value) !== JSON.stringify(h.before.value) || JSON.stringify(next.context) !== JSON.stringify(h.before.context)) return `${command.type} is refused (${h.rejection.reason.slice(0, 120)}) but the chart would take it`;
      }
      return null;
    },
  },
  {
    id: 'rules.md §0',
    title: 'every transition and notice cites a rule id of the catalogue, and so does every refusal a rule made (rules.md §0: rule ids in charts, notices and refusals)',
    check: (_w, h) => {
      if (h.kind === 'applied') {
        if (!catalogue.has(h.result.ruleId)) return `${h.event.type} applied under ${h.result.ruleId}, not a catalogue id`;
        const bad = h.result.notices.find((n) => !catalogue.has(n.ruleId));
        if (bad) return `notice ${bad.template} cites ${bad.ruleId}, not a catalogue id`;
      }
      if (h.kind === 'refused' && (h.rejection.type === 'IllegalTransition' || h.rejection.type === 'Forbidden') && !catalogue.has(h.rejection.ruleId ?? '')) return `${h.rejection.type} cites ${h.rejection.ruleId}: ${h.rejection.reason.slice(0, 120)}`;
      if (h.kind === 'refused' && h.rejection.ruleId !== null && !catalogue.has(h.rejection.ruleId)) return `${h.rejection.type} cites ${h.rejection.ruleId}, not a catalogue id`;
      return null;
    },
  },
  {
    id: 'N-24',
    title: 'every notice has a recipient, or an escalation to the officer saying why not (G5.4, N-24, P-CAP-06)',
    check: (w, h) => {
      const notices = noticesOf(h);
      for (const n of notices) {
        if (n.to.length === 0) return `notice ${n.template} (${n.ruleId}) is addressed to nobody`;
        if (n.to.some((a) => a === 'officer' || a === 'supervisor' || a === 'provincialBureau')) continue;
        if (recipientsFor(w.snapshot.context, n).length) continue;
        if (notices.some((o) => o !== n && o.to.includes('officer') && JSON.stringify(o.facts).includes(n.template))) continue;
        // the workflow sends each reason unreachable() gives to the officer with the notice
        // (workflows/unit.ts; test/workflows/renewal.test.ts 'G5.4, N-24: …'): a reason must exist
        if (unreachable(w.snapshot.context, n).length) continue;
        return `notice ${n.template} (${n.ruleId}) to ${n.to.join('+')} resolves to no recipient and nothing escalates it (facts ${JSON.stringify(n.facts).slice(0, 120)})`;
      }
      return null;
    },
  },
  {
    id: 'T-02',
    title: 'no deadline fires twice, and each fires at its absolute CST instant, in time order, never ahead of the clock (T-02…T-10; decisions.md "Commands judged at their instant")',
    check: (w, h) => {
      if (h.kind !== 'applied' || h.event.type !== 'DEADLINE') return null;
      const e = h.event as DeadlineEvent;
      if (w.fired.has(e.key)) return `deadline ${e.key} fired again at ${e.at} (first at ${w.fired.get(e.key)})`;
      w.fired.set(e.key, e.at);
      if (!CST_INSTANT.test(e.at)) return `deadline ${e.key} fires at ${e.at}, not a CST instant`;
      const t = Date.parse(e.at);
      if (t > w.now) return `deadline ${e.key} fired at ${e.at}, ahead of the clock ${at(w.now)}`;
      if (t < w.lastDeadlineAt) return `deadline ${e.key} at ${e.at} fired after a later one (${at(w.lastDeadlineAt)})`;
      w.lastDeadlineAt = t;
      return null;
    },
  },
];

/** `it` names: each invariant's rule id first */
export const nameOf = (i: Invariant) => `${i.id}: ${i.title}`;

/** a world's last happenings, for a counterexample */
export const tail = (w: World, n = 25) => w.log.slice(-n).join('\n  ');

/** Runs a program checking the given invariants after every happening; throws on the first violation (with the world's log). */
export function assertProgram(program: Program, only: Invariant[]): World {
  let violation: string | null = null;
  const w = runProgram(program, (world, h) => {
    if (violation) return;
    for (const inv of only) {
      const v = inv.check(world, h);
      if (v) {
        violation = `${inv.id}: ${v}\n  ${tail(world)}`;
        return;
      }
    }
  });
  if (violation) throw new Error(violation);
  return w;
}

export { RENEWAL_LADDER };
