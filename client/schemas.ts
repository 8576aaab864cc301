/**
 * Response and edge schemas (zod) next to the machines' command schemas, and their JSON Schemas.
 * `StateSummary` and `AuditEntry` are TypeScript interfaces in machines/; the schemas here are
 * checked against them at compile time (both directions), so the published documents cannot drift.
 */
import { z } from 'zod';
import { CalendarDate, Instant } from '../machines/calendar.js';
import { EligibilityFindings } from '../machines/eligibility.js';
import { Actor, Role } from '../machines/schemas/actor.js';
import type { AuditEntry as AuditEntryType } from '../machines/schemas/audit.js';
import { commandSchemas, commandTypes, type CommandType } from '../machines/schemas/commands.js';
import * as forms from '../machines/schemas/forms.js';
import { Rejection } from '../machines/rejection.js';
import type { StateSummary as StateSummaryType } from '../machines/unit/summary.js';
import type { UsingUnitView as UsingUnitViewType } from './scope.js';
import type { SecurityEvent as SecurityEventType } from './api/securityLog.js';
import { inboxKinds } from '../machines/unit/inbox.js';
import { Uscc } from '../machines/uscc.js';
import { ListFilter, Phase } from './listing.js';
import { ApiRole } from './roles.js';
import { ImportReport } from './imports.js';

// the shared pieces of every document: one definition each, referenced by `$ref` (contractSchemas)
const instant = Instant;
const date = CalendarDate;

export const StateSummary = z.strictObject({
  unitId: z.string(),
  authorities: z.array(z.string()).meta({ description: 'the competent tax authorities of the DCU and its using units (11-digit codes), as LeqiAuthorities' }),
  replayed: z.literal(true).optional().meta({ description: 'set on the answer to a repeated requestId: nothing was applied, this is the current summary' }),
  phase: Phase,
  closed: z.boolean(),
  term: z
    .strictObject({
      number: z.number(),
      startsOn: date,
      endsOn: date,
      endsAt: instant,
      renewalDueOn: date,
      renewal: z.string().meta({ description: 'notRequested | requested | approved | rejected' }),
      renewalRequestedAt: instant.nullable(),
      late: z.boolean(),
      extendsTo: date.nullable(),
    })
    .nullable(),
  concurrency: z.strictObject({
    base: z.number(),
    limit: z.number(),
    restrictions: z.array(z.strictObject({ ruleId: z.string(), limit: z.number(), since: instant, reason: z.string() })),
  }),
  cases: z.array(
    z.strictObject({
      id: z.string(),
      kind: z.string(),
      ruleId: z.string(),
      status: z.string(),
      openedAt: instant,
      dueAt: instant.nullable(),
      dueOn: date.nullable(),
      measures: z.array(z.string()),
      target: z.strictObject({ usingUnit: z.string() }).nullable(),
      outcome: z.string().nullable(),
      terminationProposed: z.boolean(),
      limit: z.number().nullable().meta({ description: 'S-06: the concurrency level the case imposes on its target, or null' }),
      legalReferral: z.boolean(),
      jointLiability: z.boolean(),
      feedback: z.string().nullable(),
      escalated: z.boolean(),
      history: z.array(z.strictObject({ at: instant, what: z.string(), ruleId: z.string(), by: z.string() })),
    }),
  ),
  obligations: z.array(
    z.strictObject({ id: z.string(), kind: z.string(), ruleId: z.string(), subject: z.string(), dueOn: date, dueAt: instant, status: z.string(), fulfilledAt: instant.nullable() }),
  ),
  usingUnits: z.array(
    z.strictObject({
      uscc: z.string(),
      name: z.string(),
      status: z.enum(['invited', 'applied', 'awaitingAuthority', 'returned', 'active', 'suspended', 'lapsed', 'declined', 'ended']),
      path: z.enum(['invitation', 'application', 'simultaneous']).nullable(),
      relationship: z.string().nullable(),
      competentAuthority: z.string().nullable(),
      rating: z.string().nullable(),
      countedInInitialThresholds: z.boolean(),
      activeSince: z.string().nullable(),
      suspendedBy: z.array(z.string()),
      limit: z.number().nullable().meta({ description: 'S-06: the concurrency level a security case imposes on this using unit; null when it shares the DCU’s' }),
      service: z.enum(['served', 'suspended', 'suspendedThroughDcu', 'none']).meta({ description: 'served now; suspended (its own membership); suspendedThroughDcu (the DCU’s access is suspended, M-SUSPEND-ACCESS); none (not admitted or ended)' }),
      endsOn: date.nullable(),
      ended: z.strictObject({ at: instant, reason: z.string(), ruleId: z.string() }).nullable(),
      flowData: z.array(z.strictObject({ period: z.string(), dueOn: date, dueAt: instant, status: z.string() })),
      forOfficer: z.array(z.string()),
      returns: z.number(),
      nextDeadlines: z.array(z.strictObject({ at: instant, what: z.string(), ruleId: z.string() })),
      history: z.array(z.strictObject({ at: instant, what: z.string(), ruleId: z.string(), by: z.string() })).meta({ description: "the membership's own history: every transition with its rule" }),
    }),
  ).meta({ description: 'the using units (P-UU-*): one membership each, kept after it ends' }),
  relationshipLedger: z
    .array(
      z.strictObject({
        uscc: z.string(),
        name: z.string(),
        relationship: z.string(),
        relationshipSince: date.nullable(),
        proofRef: z.string().nullable(),
        exemptSector: z.enum(['RAILWAY', 'CIVIL_AVIATION', 'HIGHWAY', 'OTHER_DESIGNATED']).nullable(),
        competentAuthority: z.string().nullable(),
        path: z.enum(['invitation', 'application', 'simultaneous']),
        effectiveFrom: date,
        effectiveTo: date.nullable(),
        changes: z.array(z.strictObject({ at: instant, change: z.string(), ruleId: z.string(), details: z.string() })),
        current: z.boolean(),
      }),
    )
    .meta({ description: 'O-03: the relationship ledger (关联关系台账), kept after memberships end' }),
  builder: z
    .strictObject({
      uscc: z.string(),
      name: z.string(),
      relation: z.enum(['affiliate', 'thirdParty']),
      scope: z.enum(['buildAndManage', 'buildOnly']),
      mayActForDcu: z.boolean(),
      eligibility: EligibilityFindings,
      letter: z.strictObject({ required: z.literal(true), provided: z.boolean(), startsOn: date.nullable(), endsOn: date.nullable() }),
      jointLiability: z.strictObject({ ruleId: z.literal('E-AUTH-10'), liable: z.string(), for: z.string(), text: z.string() }),
      flowDataRequired: z.boolean(),
    })
    .nullable()
    .meta({ description: 'Annex 4: the authorized builder, its E-AUTH findings, the letter and the joint liability (E-AUTH-10); null when none' }),
  capabilities: z.array(
    z.strictObject({ code: z.string(), public: z.boolean(), status: z.string(), validTo: date.nullable(), grants: z.array(z.strictObject({ usingUnit: z.string(), status: z.string() })) }),
  ),
  changes: z.array(
    z.strictObject({ kind: z.string(), effectiveOn: date, details: z.string(), usingUnit: z.string().nullable(), reportedAt: instant, late: z.boolean() }),
  ),
  network: z.strictObject({ status: z.string(), action: z.string(), validity: z.unknown(), updatedAt: instant }).nullable(),
  terminationFilings: z.array(
    z.strictObject({
      id: z.string(),
      effectiveOn: date,
      reason: z.string(),
      filedAt: instant,
      usingUnits: z.array(z.string()).nullable(),
      status: z.enum(['scheduled', 'withdrawn', 'effective']),
    }),
  ),
  builderFlowData: z
    .array(z.strictObject({ period: z.string(), dueOn: date, status: z.string() }))
    .meta({ description: 'E-AUTH-4, O-27: a B-rated authorized builder’s flow-data duties' }),
  nextDeadlines: z
    .array(z.strictObject({ at: instant, what: z.string(), ruleId: z.string(), effect: z.string() }))
    .meta({ description: 'what happens next if nothing else does, earliest first' }),
  policy: z
    .strictObject({ version: z.string(), effectiveOn: date.nullable(), calendarSource: z.string().nullable() })
    .meta({ description: 'issue 18: the policy version the unit follows, from which day, and where its rest days came from' }),
  calendarWarnings: z
    .array(z.strictObject({ at: instant, what: z.string(), ruleId: z.string(), year: z.number(), warning: z.string() }))
    .meta({ description: 'issue 18: deadlines in a year the rest-day calendar does not cover while the art. 203 option is on' }),
  pendingDecisions: z
    .array(z.strictObject({ what: z.string(), ruleId: z.string(), subject: z.string(), since: instant, ageDays: z.number().nullable(), escalatesAt: instant }))
    .meta({ description: 'T-18, T-25: requests waiting for an officer, oldest first, with their age' }),
  termination: z.strictObject({ reason: z.string(), ruleId: z.string(), at: instant }).nullable(),
  eligibility: EligibilityFindings.nullable(),
  review: z.strictObject({ submittedAt: instant, returns: z.number(), lastOpinion: z.string().nullable() }).nullable(),
  applicant: z
    .strictObject({ name: z.string(), competentTaxAuthority: z.string() })
    .nullable()
    .meta({ description: 'the applicant as it filed (Annex 1): its name and competent tax authority; null before an application' }),
  chartStates: z.array(z.string()).meta({ description: 'the chart’s active state nodes, outermost first (live, live.active): for drawing the chart, not a stable contract' }),
}).meta({ description: 'the state summary of a unit (contract): the answer of `dispatch` and of the query `state`' });

export const AuditEntry = z.strictObject({
  seq: z.number(),
  at: instant,
  kind: z.enum(['command', 'deadline', 'notice']),
  actor: z.union([Actor, z.strictObject({ role: z.literal('unknown'), id: z.string() })]),
  command: z.string().meta({ description: 'the command type, DEADLINE:<what> or NOTICE:<template>' }),
  from: z.string(),
  to: z.string(),
  ruleId: z.string(),
  outcome: z.enum(['applied', 'rejected', 'failed']),
  reason: z.string().optional(),
  requestId: z.string().optional(),
  policy: z.string().optional().meta({ description: 'issue 18: the policy version the unit followed when the entry was made' }),
  addressedTo: z.array(z.string()).optional().meta({ description: 'a notice’s entry: the using units (USCC) it was addressed to, when any; a using unit’s token reads these entries (without the recipients’ addresses)' }),
}).meta({ description: 'one entry of the audit trail (contract)' });

// compile-time: the schemas and the machines' interfaces describe the same values: a value of the
// interface fits the schema, and both name the same keys at every depth (a new summary field fails here)
type DeepKeys<A, B> = [NonNullable<A>] extends [readonly (infer X)[]]
  ? [NonNullable<B>] extends [readonly (infer Y)[]]
    ? DeepKeys<X, Y>
    : false
  : [NonNullable<A>] extends [object]
    ? [NonNullable<B>] extends [object]
      ? SameKeys<NonNullable<A>, NonNullable<B>>
      : false
    : true;
type SameKeys<A, B> = [keyof A] extends [keyof B]
  ? [keyof B] extends [keyof A]
    ? false extends { [K in keyof A & keyof B]-?: DeepKeys<A[K], B[K]> }[keyof A & keyof B]
      ? false
      : true
    : false
  : false;
type Same<A, B> = [B] extends [A] ? DeepKeys<A, B> : false;
/** what a using unit reads of a DCU (read scoping, client/scope.ts): its own membership, never the DCU's data */
export const UsingUnitView = z
  .strictObject({
    unitId: z.string(),
    phase: Phase.meta({ description: 'the DCU’s phase (whether its service runs)' }),
    closed: z.boolean(),
    usingUnit: StateSummary.shape.usingUnits.element.meta({ description: 'this using unit’s membership' }),
    capabilities: StateSummary.shape.capabilities.meta({ description: 'capabilities with a grant to this using unit, and only its own grants' }),
    cases: StateSummary.shape.cases.meta({ description: 'cases whose target is this using unit' }),
  })
  .meta({ description: 'what a using unit’s token reads of a DCU (GET /v1/units/{uscc}, `leqi state --as usingUnit`)' });

const sameSummary: Same<z.infer<typeof StateSummary>, StateSummaryType> = true;
const sameView: Same<z.infer<typeof UsingUnitView>, UsingUnitViewType> = true;
void sameView;
const sameAudit: Same<z.infer<typeof AuditEntry>, AuditEntryType> = true;
void sameSummary;
void sameAudit;

export const UnitListing = z.strictObject({
  unitId: Uscc,
  workflowId: z.string(),
  runId: z.string(),
  status: z.string().meta({ description: 'the workflow status: RUNNING, or COMPLETED etc. for a closed record' }),
  phase: Phase.nullable(),
  termEndsAt: instant.nullable(),
  nextDeadline: instant.nullable(),
  concurrencyLimit: z.number().nullable(),
  openCases: z.number().nullable(),
  oldestPending: instant.nullable().meta({ description: 'T-18: since when its oldest request waits for an officer' }),
  authorities: z.array(z.string()).meta({ description: 'LeqiAuthorities: the competent tax authorities of the DCU and its using units' }),
  unitName: z.string().nullable().meta({ description: 'LeqiUnitName: the applicant’s name as filed; null before an application' }),
  inbox: z
    .array(z.strictObject({ kind: z.enum(inboxKinds), ruleId: z.string(), since: instant, dueAt: instant, subject: z.string() }))
    .meta({ description: 'LeqiInbox: what waits for an officer (kind, rule, arrival, own due date, subject), earliest due first' }),
  startedAt: instant,
});

export const FanOutResult = z.discriminatedUnion('outcome', [
  z.strictObject({ unitId: z.string(), outcome: z.literal('applied'), phase: Phase }),
  z.strictObject({ unitId: z.string(), outcome: z.literal('rejected'), type: z.string(), message: z.string(), ruleId: z.string().nullable() }),
  z.strictObject({ unitId: z.string(), outcome: z.literal('skipped') }),
]);

/** the error body of every HTTP failure: the contract's rejection as RFC 9457 problem details (application/problem+json) */
export const ApiErrorBody = Rejection.extend({
  type: z.string().meta({ description: 'a rejection type (InvalidCommand | IllegalTransition | Forbidden | RequestIdReused | InvalidStart) or an edge error: NotFound | UnitClosed | InvalidRequest | MalformedJson | Unauthorized | PayloadTooLarge | UnsupportedMediaType | RateLimited | RecordUnavailable | Unavailable | Internal' }),
  title: z.string().meta({ description: 'RFC 9457: a short summary of the type' }),
  status: z.number().int().meta({ description: 'RFC 9457: the HTTP status' }),
  error: z
    .object({ type: z.string(), message: z.string(), ruleId: z.string().optional(), problems: z.array(z.string()).optional() })
    .meta({ deprecated: true, description: 'the same in the shape of API 1.0 (problems as `path: message`); removed in API 2' }),
}).meta({ id: 'ApiError', title: 'ApiError', description: 'the error body of every HTTP failure (application/problem+json): the contract’s Rejection plus `title` and `status`' });

/** the HTTP body of a fan-out: a list filter and a command without actor */
export const FanOutRequest = z.strictObject({
  filter: ListFilter,
  command: z.looseObject({ type: z.enum(commandTypes as [CommandType, ...CommandType[]]) }).meta({ description: 'a command body (as for POST /v1/units/{uscc}/commands); each unit gets it with requestId suffixed `:<USCC>` when one is given' }),
});

export { ApiRole } from './roles.js';
export { ImportReport };

export const Whoami = z.strictObject({
  role: ApiRole,
  id: z.string(),
  authority: z.string().optional(),
  units: z.array(z.string()).nullable().meta({ description: 'the units this token may see; null: every unit' }),
});


/** the answer of a state read: the whole summary, or a using unit's view of it */
export const UnitState = z.union([StateSummary, UsingUnitView]).meta({ description: 'GET /v1/units/{uscc} and `leqi state`: the StateSummary, or the UsingUnitView for a using unit’s token' });
/** GET /v1/units */
export const UnitList = z.strictObject({ units: z.array(UnitListing) }).meta({ description: 'GET /v1/units: the units matching the filters' });
/** GET /v1/units/{uscc}/audit */
export const AuditEntryList = z.strictObject({ entries: z.array(AuditEntry) }).meta({ description: 'GET /v1/units/{uscc}/audit: every entry the token may read, in order' });
/** POST /v1/fan-out */
const PreviewRow = z.strictObject({ unitId: z.string(), what: z.string(), ref: z.string().nullable(), before: z.string().nullable(), after: z.string().nullable(), ruleId: z.string(), note: z.string().nullable() });
/** issue 18: POST /v1/policy/preview — what a policy version would change in every live unit (dry run) */
export const PolicyPreviewAnswer = z
  .strictObject({
    version: z.string(),
    effectiveOn: z.string().nullable(),
    now: z.string(),
    summary: z.strictObject({ units: z.number(), unitsChanged: z.number(), refused: z.number(), rows: z.number(), firesAtAdoption: z.number(), byWhat: z.record(z.string(), z.number()) }),
    units: z.array(z.strictObject({ unitId: z.string(), phase: z.string(), from: z.string(), to: z.string(), at: z.string(), rows: z.array(PreviewRow), refused: z.string().nullable() })),
  })
  .meta({ description: 'issue 18: the dry run of a policy version: per unit, each deadline or level it would change (before → after, rule id), and the counts' });
export const FanOutAnswer = z.strictObject({ results: z.array(FanOutResult) }).meta({ description: 'POST /v1/fan-out: one result per unit reached' });
/** POST /v1/units/{uscc}/events (202) */
export const EventAccepted = z.strictObject({ accepted: z.literal(true) }).meta({ description: 'POST /v1/units/{uscc}/events: the signal was sent; its outcome is in the audit trail' });
/** `leqi --json commands` */
export const CommandCatalog = z
  .array(z.strictObject({ type: z.enum(commandTypes as [CommandType, ...CommandType[]]), roles: z.array(Role), ruleId: z.string() }))
  .meta({ description: '`leqi commands --json`: every command type, who may send it and its governing rule' });
/** what `leqi --json` prints on failure: the contract's rejection fields, `type` also an edge error */
export const CliError = Rejection.extend({
  type: z.string().meta({ description: 'a rejection type (Rejection.json) or NotFound | UnitClosed | Error; the exit code tells the same (leqi --help)' }),
}).meta({ description: 'what `leqi --json` prints when it fails (stdout), beside its exit code' });

/** one line of the security log (O-14), as the auditor lists it */
export const SecurityEvent = z
  .strictObject({
    time: z.string().meta({ description: 'the instant, ISO-8601 UTC' }),
    event: z.enum(['authenticationFailed', 'forbidden', 'notVisible', 'rateLimited', 'commandRejected', 'updateRejected']).meta({ description: 'updateRejected: an update the worker’s validator refused (no history; any client, the Temporal CLI too); the others: refusals at the HTTP edge' }),
    status: z.number().int().nullable().meta({ description: 'the HTTP status answered; null for updateRejected' }),
    method: z.string().meta({ description: 'the HTTP method; `update` for updateRejected' }),
    path: z.string().meta({ description: 'the HTTP path; the workflow id `unit:<USCC>` for updateRejected' }),
    principal: z.strictObject({ role: z.string(), id: z.string() }).nullable().meta({ description: 'the token’s role and id (null when no token authenticated); for updateRejected the actor the command claims' }),
    command: z.string().optional().meta({ description: 'updateRejected: the command’s type' }),
    type: z.string().nullable().meta({ description: 'the rejection’s type (Forbidden, RequestIdReused, InvalidCommand, …)' }),
    ruleId: z.string().nullable(),
    address: z.string().nullable().meta({ description: 'the client’s address, when the server knows it' }),
  })
  .meta({ description: 'one security event (O-14): at the edge an authentication failure, authorization refusal, rate-limit hit or rejected command; in the worker an update its validator refused' });
const sameSecurityEvent: Same<z.infer<typeof SecurityEvent>, SecurityEventType> = true;
void sameSecurityEvent;
/** GET /v1/security-log */
export const SecurityEventList = z.strictObject({ events: z.array(SecurityEvent) }).meta({ description: 'GET /v1/security-log: the events of the period, oldest first' });

const hash = z.string().meta({ description: 'SHA-256, hex' });

/** one entry of the decision record as the auditor API serves it */
export const DecisionRecordEntry = z
  .strictObject({
    unitId: z.string(),
    lifetime: z.string().meta({ description: 'the lifetime of the unit’s record: the first run id of its workflow (a new application after ARCHIVE starts a new one)' }),
    position: z.number().meta({ description: 'the entry’s place in the unit’s hash chain, 1, 2, … across lifetimes' }),
    entry: AuditEntry,
    payload: z.unknown().meta({ description: 'the command as applied (or as sent, when rejected); null for deadlines and notices' }),
    payloadDigest: hash,
    prevHash: hash,
    hash: hash.meta({ description: 'sha256(prevHash + canonical JSON of the entry, its unit, lifetime, position, recording time and payload digest)' }),
    recordedAt: z.string().meta({ description: 'when the record was written (UTC); the retention counts from the later of this and entry.at' }),
  })
  .meta({ description: 'one entry of the decision record (O-14, T-10): append-only, hash-chained per unit' });

/** GET /v1/audit/records, /v1/audit/units/{uscc}/records */
export const RecordPage = z
  .strictObject({
    records: z.array(DecisionRecordEntry),
    next: z.string().nullable().meta({ description: 'pass as `after` for the next page; null on the last page' }),
  })
  .meta({ description: 'a page of the decision record' });

const Head = z.strictObject({ lifetime: z.string(), seq: z.number(), position: z.number(), hash });

/** GET /v1/audit/units/{uscc}/verify */
export const ChainVerification = z
  .discriminatedUnion('ok', [
    z.strictObject({
      unitId: z.string(),
      ok: z.literal(true),
      count: z.number().meta({ description: 'entries checked' }),
      head: Head.nullable().meta({ description: 'the last entry; keep its hash to compare with a later verification' }),
      purgedUpTo: z.number().meta({ description: 'entries up to this position were purged after the retention period (0: none); the chain is checked from the purge checkpoint' }),
    }),
    z.strictObject({
      unitId: z.string(),
      ok: z.literal(false),
      count: z.number().meta({ description: 'entries checked before the break' }),
      at: z.strictObject({ lifetime: z.string().nullable(), seq: z.number().nullable(), position: z.number() }).meta({ description: 'the first broken entry (changed, or the first removed one); lifetime and seq are null when they cannot be told' }),
      reason: z.string(),
    }),
  ])
  .meta({ description: 'the result of walking a unit’s hash chain' });


type Json = Record<string, unknown>;

/**
 * The contract's named schemas: each is one document `docs/schemas/<name>.json`, and every other
 * document refers to it by `$ref` instead of inlining it (Actor, dates, instants, USCC, Contact, …).
 * Registered once in zod's global registry, so every JSON Schema built here (the CLI's `schema`,
 * the OpenAPI document) uses the same definitions.
 */
const named: [string, z.ZodType, string?][] = [
  ['Actor', Actor],
  ['CalendarDate', CalendarDate, 'a CST calendar day YYYY-MM-DD; a field `…On` is a date (`endsOn`, `dueOn`: the last day; `effectiveOn`, `startsOn`: the first)'],
  ['Instant', Instant, 'an ISO-8601 instant with offset (2027-03-15T00:00:00+08:00); a last day D is 00:00 CST of D + 1'],
  ['Uscc', Uscc, 'an 18-character unified social credit code (GB 32100-2015)'],
  ['Contact', forms.Contact],
  ['Material', forms.Material],
  ['Materials', forms.Materials],
  ['AccessInformationForm', forms.AccessInformationForm],
  ['NetworkAddressFiling', forms.NetworkAddressFiling],
  ['AuthorizationLetter', forms.AuthorizationLetter],
  ['ApplicationSubmission', forms.ApplicationSubmission],
  ...commandSchemas.map((schema): [string, z.ZodType] => [pascal(schema.shape.type.value), schema]),
  ['StateSummary', StateSummary],
  ['AuditEntry', AuditEntry],
  ['UnitListing', UnitListing],
  ['ListFilter', ListFilter],
  ['UsingUnitView', UsingUnitView],
  ['UnitState', UnitState],
  ['UnitList', UnitList],
  ['AuditEntryList', AuditEntryList],
  ['FanOutResult', FanOutResult],
  ['FanOutAnswer', FanOutAnswer],
  ['PolicyPreviewAnswer', PolicyPreviewAnswer],
  ['ImportReport', ImportReport],
  ['EventAccepted', EventAccepted],
  ['Whoami', Whoami],
  ['CommandCatalog', CommandCatalog],
  ['CliError', CliError],
  ['DecisionRecordEntry', DecisionRecordEntry],
  ['DecisionRecordPage', RecordPage],
  ['ChainVerification', ChainVerification],
  ['SecurityEvent', SecurityEvent],
  ['SecurityEventList', SecurityEventList],
];
const registered = new Set<string>();
for (const [id, schema, description] of named) {
  if (registered.has(id) || z.globalRegistry.get(schema)?.id) continue;
  z.globalRegistry.add(schema, { ...z.globalRegistry.get(schema), id, title: id, ...(description ? { description } : {}) });
  registered.add(id);
}
/** every command, discriminated by `type` */
export const CommandSchema = z.discriminatedUnion('type', commandSchemas).meta({ id: 'Command', title: 'Command', description: 'every command of the contract, discriminated by `type` (the update `dispatch`, the signal `event`)' });
/** the answer of the query `audit` */
export const AuditTrail = z.array(AuditEntry).meta({ id: 'AuditTrail', title: 'AuditTrail', description: 'the answer of the query `audit`: every entry, in order' });

/** the documents that describe answers: clients ignore fields they do not know, so these allow them (contract) */
const answers = new Set([
  'StateSummary', 'AuditEntry', 'AuditTrail', 'UnitListing', 'Rejection', 'Problem', 'ApiError', 'UsingUnitView', 'UnitState', 'UnitList', 'AuditEntryList',
  'FanOutResult', 'FanOutAnswer', 'EventAccepted', 'Whoami', 'CommandCatalog', 'CliError', 'DecisionRecordEntry', 'DecisionRecordPage', 'ChainVerification',
  'SecurityEvent', 'SecurityEventList', 'PolicyPreviewAnswer', 'ImportReport',
]);

/** `SUBMIT_APPLICATION` → `SubmitApplication` */
export function pascal(type: string): string {
  return type.toLowerCase().replace(/(^|_)([a-z])/g, (_, _s, c: string) => c.toUpperCase());
}

/**
 * A JSON Schema (2020-12) of a zod schema, as input (what a client sends) or output (what it
 * receives), self-contained: the named pieces it uses are in `$defs`, the schema itself at the root.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): Json {
  const s = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' }) as Json & { $defs?: Record<string, Json> };
  const id = z.globalRegistry.get(schema)?.id;
  if (!id || !s.$defs?.[id]) return s;
  // the schema is a named one: its definition becomes the root
  const { [id]: root, ...defs } = s.$defs;
  const { $ref: _ref, $defs: _defs, ...top } = s;
  return { ...top, ...root, ...(Object.keys(defs).length ? { $defs: defs } : {}) };
}

/** the schema of a command's HTTP body: the command without `actor` (taken from the token) */
export function bodySchema(schema: z.ZodType): Json {
  const s = jsonSchema(schema);
  const properties = { ...(s.properties as Json) };
  delete properties.actor;
  return { ...s, properties, required: (s.required as string[]).filter((r) => r !== 'actor') };
}

/** Drops `additionalProperties: false` everywhere (answers: unknown fields are to be ignored). */
function open(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(open);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).filter(([k, v]) => !(k === 'additionalProperties' && v === false)).map(([k, v]) => [k, open(v)]));
  }
  return value;
}

/**
 * `anyOf: [{ type: 'object', … }, { type: 'null' }]` → `{ type: ['object', 'null'], … }`: the same
 * values, in the form code generators (jsonschema2pojo, quicktype) turn into a typed, nullable field.
 */
function nullableObjects(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullableObjects);
  if (!value || typeof value !== 'object') return value;
  const node = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nullableObjects(v)])) as Json;
  const branches = node.anyOf as Json[] | undefined;
  if (branches?.length === 2 && branches[1]?.type === 'null' && branches[0]?.type === 'object') {
    const { anyOf: _anyOf, ...rest } = node;
    return { ...branches[0], ...rest, type: ['object', 'null'] };
  }
  return node;
}

const BASE = 'https://leqi.invalid/schemas/';

/**
 * Every contract payload as a named JSON Schema (2020-12): `docs/schemas/<name>.json`. A document
 * refers to the others by relative `$ref` (`Actor.json`, resolved against its `$id`); `Command` is a
 * `oneOf` with a `discriminator` on `type`; answers (StateSummary, AuditEntry, Rejection …) allow
 * fields not listed, nullable fields are `null`-typed.
 */
export function contractSchemas(): Record<string, Json> {
  const out: Record<string, Json> = {};
  for (const io of ['input', 'output'] as const) {
    const { schemas } = z.toJSONSchema(z.globalRegistry, { target: 'draft-2020-12', io, unrepresentable: 'any', uri: (id) => `${id}.json` }) as { schemas: Record<string, Json> };
    for (const [name, schema] of Object.entries(schemas)) {
      if (answers.has(name) === (io === 'output')) out[name] = nullableObjects(answers.has(name) ? open(schema) : schema) as Json;
    }
  }
  // OpenAPI's discriminator (ajv's `discriminator` keyword): each branch's `type` is a const
  out.Command = { type: 'object', ...out.Command, discriminator: { propertyName: 'type' } };
  const sorted: Record<string, Json> = {};
  for (const name of Object.keys(out).sort()) {
    const { $schema, $id: _id, ...rest } = out[name]!;
    sorted[name] = { $schema, $id: `${BASE}${name}.json`, title: name, ...rest };
  }
  return sorted;
}
