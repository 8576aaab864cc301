/** The OpenAPI 3.1 document of the HTTP API, built from the same zod schemas the API parses with. */
import { Actor } from '../../machines/schemas/actor.js';
import { commandSchemas, type CommandType } from '../../machines/schemas/commands.js';
import { allowedRoles, governingRule } from '../../machines/unit/events.js';
import { ListFilter, Phase } from '../listing.js';
import { auditPaths } from './auditOpenapi.js';
import { ApiErrorBody, AuditEntry, AuditEntryList, bodySchema, EventAccepted, FanOutAnswer, FanOutRequest, PolicyPreviewAnswer, FanOutResult, jsonSchema, pascal, SecurityEventList, StateSummary, UnitList, UnitListing, UnitState, Whoami } from '../schemas.js';

type Json = Record<string, unknown>;

/** Builds the document; `$defs` of any schema are hoisted into `components.schemas`. */
export function openApiDocument(): Json {
  const schemas: Record<string, Json> = {};
  const add = (name: string, schema: Json): Json => {
    const { $schema: _s, $defs, ...rest } = schema as Json & { $defs?: Record<string, Json> };
    for (const [def, s] of Object.entries($defs ?? {})) {
      if (schemas[def] && JSON.stringify(schemas[def]) !== JSON.stringify(rewrite(s))) throw new Error(`two different schemas named ${def}`);
      schemas[def] = rewrite(s) as Json;
    }
    schemas[name] = rewrite(rest) as Json;
    return { $ref: `#/components/schemas/${name}` };
  };

  add('Error', jsonSchema(ApiErrorBody, 'output'));
  add('Actor', jsonSchema(Actor));
  add('StateSummary', jsonSchema(StateSummary, 'output'));
  add('AuditEntry', jsonSchema(AuditEntry, 'output'));
  add('UnitListing', jsonSchema(UnitListing, 'output'));
  add('FanOutResult', jsonSchema(FanOutResult, 'output'));
  add('FanOutRequest', jsonSchema(FanOutRequest));
  add('Whoami', jsonSchema(Whoami, 'output'));
  add('UnitState', jsonSchema(UnitState, 'output'));
  add('UnitList', jsonSchema(UnitList, 'output'));
  add('AuditEntryList', jsonSchema(AuditEntryList, 'output'));
  add('FanOutAnswer', jsonSchema(FanOutAnswer, 'output'));
  add('PolicyPreviewAnswer', jsonSchema(PolicyPreviewAnswer, 'output'));
  add('EventAccepted', jsonSchema(EventAccepted, 'output'));
  add('SecurityEventList', jsonSchema(SecurityEventList, 'output'));

  const mapping: Record<string, string> = {};
  for (const schema of commandSchemas) {
    const type = schema.shape.type.value as CommandType;
    const name = `${pascal(type)}Body`;
    const ref = add(name, { ...bodySchema(schema), description: `${type}: sent by ${allowedRoles[type].join(' or ')} (rule ${governingRule[type]}); the actor comes from the token` });
    mapping[type] = ref.$ref as string;
  }
  schemas.CommandBody = { oneOf: Object.values(mapping).map(($ref) => ({ $ref })), discriminator: { propertyName: 'type', mapping } };
  const submit = bodySchema(commandSchemas.find((s) => s.shape.type.value === 'SUBMIT_APPLICATION')!);
  const { type: _type, ...submitProps } = submit.properties as Json;
  add('ApplicationBody', { ...submit, properties: submitProps, required: (submit.required as string[]).filter((r) => r !== 'type'), description: 'the SUBMIT_APPLICATION fields (examples/application.json), plus an optional requestId' });

  const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
  const json = (schema: Json, description: string): Json => ({ description, content: { 'application/json': { schema } } });
  const errors = (...codes: number[]): Json => {
    const text: Record<number, string> = {
      400: 'invalid input: malformed JSON, unknown or bad fields (every one listed in `problems`)',
      401: 'missing or unknown bearer token',
      403: 'the token’s role may not do this (Forbidden)',
      404: 'no such unit, or not one this token may see (the same answer)',
      409: 'IllegalTransition: not allowed in the unit’s current state; `ruleId` names the rule and `state` the phase (or RequestIdReused, UnitClosed)',
      413: 'the body is too large',
      415: 'the body is not application/json',
    };
    // the body is the contract's Rejection as problem details (RFC 9457)
    return Object.fromEntries(codes.map((c) => [String(c), { description: text[c]!, content: { 'application/problem+json': { schema: ref('Error') } } }]));
  };
  const uscc = { name: 'uscc', in: 'path', required: true, description: 'the unit’s 18-character unified social credit code', schema: { type: 'string', pattern: '^[0-9A-HJ-NP-RTUWXY]{2}\\d{6}[0-9A-HJ-NP-RTUWXY]{10}$' } };
  const q = (name: string, schema: Json, description: string): Json => ({ name, in: 'query', required: false, description, schema });
  const filter = rewrite(jsonSchema(ListFilter).properties) as Record<string, Json>;
  const instant = filter.deadlineBefore!;
  const read = ['officer', 'unit', 'usingUnit', 'system', 'auditor'].join(', ');

  return {
    openapi: '3.1.0',
    info: {
      title: 'Leqi lifecycle API',
      version: '1.0.0',
      description:
        'Commands, state, audit and lists of the direct-connect units (直连单位) of the Leqi platform. Every command goes to the Temporal workflow `unit:<USCC>` (update `dispatch`); the same names are the wire contract for clients that talk to Temporal directly. Roles come from the bearer token: officer, unit, usingUnit, system, and the read-only auditor. A unit’s token sees only its own unit.',
    },
    servers: [{ url: 'http://localhost:8080' }],
    security: [{ bearer: [] }],
    tags: [{ name: 'units' }, { name: 'commands' }, { name: 'audit' }, { name: 'meta' }],
    paths: {
      '/openapi.json': { get: { tags: ['meta'], summary: 'this document', security: [], responses: { '200': { description: 'the OpenAPI document', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/healthz': { get: { tags: ['meta'], summary: 'liveness', security: [], responses: { '200': json({ type: 'object', properties: { ok: { type: 'boolean' } } }, 'up') } } },
      '/v1/whoami': { get: { tags: ['meta'], summary: 'the principal of the token', responses: { '200': json(ref('Whoami'), 'the token’s role, actor id and units'), ...errors(401) } } },
      '/v1/units': {
        get: {
          tags: ['units'],
          summary: 'list units by phase, next deadline, term end or open cases',
          description: `Temporal visibility with the contract's search attributes; eventually consistent (a change shows up after a moment). A unit's token lists only its own unit. Roles: ${read}.`,
          parameters: [
            q('phase', { type: 'string' }, `one phase or several, comma-separated: ${Phase.options.join(', ')}`),
            q('deadlineBefore', instant, 'the next deadline is strictly before this (LeqiNextDeadline <)'),
            q('deadlineOnOrBefore', { $ref: '#/components/schemas/CalendarDate' }, 'the next deadline falls on or before this CST day (LeqiNextDeadline < D+1 00:00:00.001+08:00)'),
            q('deadlineAfter', instant, 'the next deadline is at or after this (LeqiNextDeadline >=)'),
            q('termEndsBefore', instant, 'the term ends strictly before this (LeqiTermEndsOn <)'),
            q('termEndsOnOrBefore', { $ref: '#/components/schemas/CalendarDate' }, 'the term’s last day is on or before this CST day (LeqiTermEndsOn < D+1 00:00:00.001+08:00)'),
            q('openCasesAtLeast', { type: 'integer', minimum: 0 }, 'LeqiOpenCases >='),
            q('waiting', { type: 'boolean' }, 'only units with a request waiting for an officer, oldest first (LeqiOldestPending, T-18)'),
            q('includeClosed', { type: 'boolean' }, 'also closed records (completed workflows)'),
            q('query', { type: 'string' }, 'a further Temporal visibility query, ANDed (not for unit tokens)'),
            q('limit', { type: 'integer', minimum: 0, maximum: 10000, default: 1000 }, 'at most this many units'),
          ],
          responses: { '200': json(ref('UnitList'), 'the units'), ...errors(400, 401, 403) },
        },
      },
      '/v1/units/{uscc}': {
        get: { tags: ['units'], summary: 'the unit’s state summary (query `state`)', description: `Roles: ${read}.`, parameters: [uscc], responses: { '200': json(ref('UnitState'), 'the state summary (a using unit’s token: its UsingUnitView)'), ...errors(400, 401, 404) } },
      },
      '/v1/units/{uscc}/state': {
        get: { tags: ['units'], summary: 'the unit’s state summary (query `state`)', description: `Roles: ${read}.`, parameters: [uscc], responses: { '200': json(ref('UnitState'), 'the state summary (a using unit’s token: its UsingUnitView)'), ...errors(400, 401, 404) } },
      },
      '/v1/units/{uscc}/audit': {
        get: {
          tags: ['units'],
          summary: 'the unit’s audit trail (query `audit`)',
          description: `Roles: ${read}.`,
          parameters: [uscc],
          responses: { '200': json(ref('AuditEntryList'), 'every command, deadline and notice, in order'), ...errors(400, 401, 404) },
        },
      },
      '/v1/units/{uscc}/application': {
        post: {
          tags: ['commands'],
          summary: 'submit an application (SUBMIT_APPLICATION by update-with-start)',
          description: 'Starts the unit’s workflow if it is not running. Role: unit.',
          parameters: [uscc],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ApplicationBody') } } },
          responses: { '200': json(ref('StateSummary'), 'the state summary after the submission'), ...errors(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      '/v1/units/{uscc}/commands': {
        post: {
          tags: ['commands'],
          summary: 'send any command (update `dispatch`) and get the state after it',
          description: 'The body is the command without `actor`; the actor is the token’s. A repeated `requestId` gets the first answer and is applied once.',
          parameters: [uscc],
          requestBody: { required: true, content: { 'application/json': { schema: ref('CommandBody') } } },
          responses: { '200': json(ref('StateSummary'), 'applied; the state summary after it'), ...errors(400, 401, 403, 404, 409, 413, 415) },
        },
      },
      '/v1/units/{uscc}/events': {
        post: {
          tags: ['commands'],
          summary: 'send a command fire-and-forget (signal `event`)',
          description: 'Validated here (400, 403), then signalled; an illegal one is recorded in the audit as rejected and changes nothing.',
          parameters: [uscc],
          requestBody: { required: true, content: { 'application/json': { schema: ref('CommandBody') } } },
          responses: { '202': json(ref('EventAccepted'), 'signalled'), ...errors(400, 401, 403, 404, 413, 415) },
        },
      },
      '/v1/fan-out': {
        post: {
          tags: ['commands'],
          summary: 'send one command to every unit a filter lists (e.g. PUBLISH_VERSION_UPGRADE)',
          description: 'Roles: officer, system (as the command allows). Each unit’s answer is reported; a `requestId` becomes `<requestId>:<USCC>` per unit, so a re-run applies nothing twice.',
          requestBody: { required: true, content: { 'application/json': { schema: ref('FanOutRequest') } } },
          responses: { '200': json(ref('FanOutAnswer'), 'one result per unit listed'), ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/v1/policy/preview': {
        post: {
          tags: ['commands'],
          summary: 'issue 18: the dry run of a policy version over every live unit (changes nothing)',
          description: 'Roles: an officer with the supervisor attribute (403 for every other token). The body is a policy file (machines/policy.ts values, optional officialCalendar); the answer lists, per unit, each deadline or level the version would change, computed by the charts’ own projection.',
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object' } } } },
          responses: { '200': json(ref('PolicyPreviewAnswer'), 'the preview'), ...errors(400, 401, 403, 413, 415) },
        },
      },
      '/v1/security-log': {
        get: {
          tags: ['audit'],
          summary: 'the security log by period (O-14): refusals at the edge',
          description: 'Roles: auditor (403 for every other token).',
          parameters: [q('from', instant, 'events at or after this instant; a bare CST day YYYY-MM-DD means 00:00 CST of that day'), q('to', instant, 'events strictly before this instant; a bare CST day means 00:00 CST of that day')],
          responses: { '200': json(ref('SecurityEventList'), 'the events, oldest first'), ...errors(400, 401, 403), '503': { description: 'no security log is configured (Unavailable)', content: { 'application/problem+json': { schema: ref('Error') } } } },
        },
      },
      ...auditPaths({ add, json, errors, uscc, q, instant }),
    },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'a token of LEQI_API_TOKENS (see README)' } }, schemas },
  };
}

function rewrite(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(rewrite);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, k === '$ref' && typeof v === 'string' ? v.replace(/^#\/\$defs\//, '#/components/schemas/') : rewrite(v)]),
    );
  }
  return value;
}
