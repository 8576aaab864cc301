/**
 * The published JSON Schemas are the contract for clients in any language: strict 2020-12, shared
 * definitions by `$ref`, a discriminated Command, nullable fields typed so, answers open to new
 * fields; every example validates.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { commandTypes } from '../../machines/schemas/commands.js';
import { rejection } from '../../machines/rejection.js';
import { pascal } from '../../client/schemas.js';
import { commandReferenceMarkdown } from '../../client/scripts/interfaces.js';
import { conformingCliOutput, conformingHttpAnswer, httpAnswerSchema, publishedSchemas, schemaErrors, strictAjv } from '../support/contract.js';
import { errorBody } from '../../client/api/problem.js';
import { officer, unitActor } from '../support/harness.js';

const example = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8'));

describe('published JSON Schemas (docs/schemas, draft 2020-12)', () => {
  it('compile in ajv strict mode, every one, with the discriminator keyword', () => {
    const ajv = strictAjv();
    for (const [name, schema] of Object.entries(publishedSchemas)) {
      expect(schema.$schema, name).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(() => ajv.getSchema(schema.$id as string), name).not.toThrow();
    }
  });

  it('share Actor, dates, instants, USCC and Contact by $ref instead of inlining them', () => {
    for (const type of commandTypes) expect(publishedSchemas[pascal(type)]!.properties, type).toMatchObject({ actor: { $ref: 'Actor.json' } });
    const text = JSON.stringify(publishedSchemas);
    // the definitions live in one file each
    for (const name of ['Actor', 'CalendarDate', 'Instant', 'Uscc', 'Contact']) {
      expect(publishedSchemas[name], name).toBeDefined();
      expect(text, name).toContain(`"$ref":"${name}.json"`);
    }
    expect(JSON.stringify(publishedSchemas.SubmitApplication)).not.toContain('"officer"'); // the Actor enum is not inlined
  });

  it('Command: a oneOf of one $ref per type, discriminated by `type`', () => {
    const command = publishedSchemas.Command!;
    expect(command.discriminator).toEqual({ propertyName: 'type' });
    expect((command.oneOf as { $ref: string }[]).map((b) => b.$ref).sort()).toEqual(commandTypes.map((t) => `${pascal(t)}.json`).sort());
    for (const type of commandTypes) expect((publishedSchemas[pascal(type)]!.properties as { type: unknown }).type).toEqual({ type: 'string', const: type });
    expect(schemaErrors('Command', { type: 'MAKE_COFFEE', actor: officer })).not.toEqual([]);
  });

  it('every example of examples/ validates against its schema, as it is and as a command', () => {
    for (const name of ['application', 'application-with-builder']) {
      expect(schemaErrors('ApplicationSubmission', example(name)), name).toEqual([]);
      expect(schemaErrors('SubmitApplication', { type: 'SUBMIT_APPLICATION', actor: unitActor, ...example(name) }), name).toEqual([]);
      expect(schemaErrors('Command', { type: 'SUBMIT_APPLICATION', actor: unitActor, requestId: 'bo-1', ...example(name) }), name).toEqual([]);
    }
    expect(schemaErrors('NetworkAddressFiling', example('network-filing'))).toEqual([]);
    expect(schemaErrors('AuthorizationLetter', example('authorization-letter'))).toEqual([]);
    expect(schemaErrors('SubmitApplication', { type: 'SUBMIT_APPLICATION', actor: unitActor, ...example('application'), colour: 'red' })).not.toEqual([]);
  });

  it('answers: nullable fields admit null, unknown fields are allowed (clients ignore them)', () => {
    const summary = publishedSchemas.StateSummary!;
    const props = summary.properties as Record<string, { type?: unknown }>;
    expect(props.term!.type).toEqual(['object', 'null']);
    expect(props.termination!.type).toEqual(['object', 'null']);
    expect(summary.additionalProperties).toBeUndefined();
    const r = rejection('IllegalTransition', 'REQUEST_RENEWAL is not allowed in phase underReview (rule P-REN-01)', { ruleId: 'P-REN-01', state: 'underReview' });
    expect(schemaErrors('Rejection', r)).toEqual([]);
    expect(schemaErrors('Rejection', { ...r, addedLater: 1 })).toEqual([]);
    expect(schemaErrors('Rejection', { ...r, ruleId: undefined })).not.toEqual([]);
    expect(schemaErrors('Rejection', { ...r, problems: [{ path: '/limit', code: 'too_small' }] })).not.toEqual([]);
  });
});

describe('the answer check of the client, record and security tests (test/support/contract.ts)', () => {
  const uscc = '91510100MA6CEXA01F';

  it('picks the published schema by route and status, and fails on an answer that breaks it', () => {
    expect(httpAnswerSchema('GET', `/v1/units?phase=active`, 200)).toBe('UnitList');
    expect(httpAnswerSchema('GET', `/v1/units/${uscc}`, 200)).toBe('UnitState');
    expect(httpAnswerSchema('GET', `/v1/units/${uscc}/audit`, 200)).toBe('AuditEntryList');
    expect(httpAnswerSchema('POST', `/v1/units/${uscc}/commands`, 200)).toBe('StateSummary');
    expect(httpAnswerSchema('GET', '/v1/audit/records?ruleId=T-04', 200)).toBe('DecisionRecordPage');
    expect(httpAnswerSchema('POST', `/v1/units/${uscc}/commands`, 409)).toBe('ApiError');
    expect(() => httpAnswerSchema('GET', '/v1/nowhere', 200)).toThrow(/no published schema/);

    // conforming answers pass
    expect(() => conformingHttpAnswer('POST', `/v1/units/${uscc}/events`, 202, { accepted: true })).not.toThrow();
    const problem = errorBody(409, 'IllegalTransition', 'REQUEST_RENEWAL is not allowed in phase underReview (rule P-REN-01)', { ruleId: 'P-REN-01', state: 'underReview' });
    expect(() => conformingHttpAnswer('POST', `/v1/units/${uscc}/commands`, 409, problem)).not.toThrow();
    expect(() => conformingHttpAnswer('GET', '/v1/units', 200, { units: [] })).not.toThrow();

    // answers that break their schema fail, naming the schema
    expect(() => conformingHttpAnswer('POST', `/v1/units/${uscc}/commands`, 409, { ...problem, ruleId: undefined })).toThrow(/ApiError\.json/);
    expect(() => conformingHttpAnswer('POST', `/v1/units/${uscc}/commands`, 400, { ...problem, problems: [{ path: '/limit' }] })).toThrow(/ApiError\.json/);
    expect(() => conformingHttpAnswer('GET', '/v1/units', 200, { units: [{ unitId: uscc, phase: 'sleeping' }] })).toThrow(/UnitList\.json/);
    expect(() => conformingHttpAnswer('GET', `/v1/units/${uscc}/audit`, 200, { entries: [{ seq: 1, kind: 'command' }] })).toThrow(/AuditEntryList\.json/);
    expect(() => conformingHttpAnswer('GET', `/v1/units/${uscc}`, 200, { unitId: uscc, phase: 'active' })).toThrow(/UnitState\.json/);
    expect(() => conformingHttpAnswer('GET', `/v1/units/${uscc}`, 200, null)).toThrow(/UnitState\.json/); // not JSON
  });

  it('checks `leqi --json` output by subcommand and exit code; a refusal (P-ONB-04) must print a CliError', () => {
    const refusal = JSON.stringify({ type: 'Forbidden', ruleId: 'P-ONB-04', state: 'underReview', reason: 'APPROVE_APPLICATION may be sent only by officer (rule P-ONB-04)', problems: [] });
    expect(() => conformingCliOutput(['--json', 'approve', uscc], 3, refusal)).not.toThrow();
    expect(() => conformingCliOutput(['--json', 'approve', uscc], 3, JSON.stringify({ type: 'Forbidden', reason: 'no rule' }))).toThrow(/CliError\.json/);
    expect(() => conformingCliOutput(['--json', 'state', uscc], 0, JSON.stringify({ phase: 'active' }))).toThrow(/UnitState\.json/);
    expect(() => conformingCliOutput(['--json', 'list'], 0, JSON.stringify([{ unitId: uscc }]))).toThrow(/UnitListing\.json/);
    expect(() => conformingCliOutput(['--json', 'audit', uscc], 0, JSON.stringify({ entries: [] }))).toThrow(/AuditTrail\.json/);
    expect(() => conformingCliOutput(['--json', 'list'], 0, '[]')).not.toThrow();
    expect(() => conformingCliOutput(['state', uscc], 0, 'phase: active')).not.toThrow(); // tables are not JSON: nothing to check
  });
});

describe('docs/interfaces.md', () => {
  it('lists every command with its roles, rule, schema and rejections (generated part is current: npm run interfaces)', () => {
    const text = readFileSync(new URL('../../docs/interfaces.md', import.meta.url), 'utf8');
    expect(text).toContain(`<!-- generated:commands (npm run interfaces) -->\n${commandReferenceMarkdown()}\n<!-- /generated:commands -->`);
    for (const type of commandTypes) expect(text).toContain(`[${pascal(type)}.json](schemas/${pascal(type)}.json)`);
    for (const name of ['LeqiPhase', 'LeqiTermEndsOn', 'LeqiNextDeadline', 'LeqiConcurrencyLimit', 'LeqiOpenCases', 'LeqiOldestPending', '`state`', '`audit`']) expect(text).toContain(name);
  });
});

