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
import { publishedSchemas, schemaErrors, strictAjv } from '../support/contract.js';
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

describe('docs/interfaces.md', () => {
  it('lists every command with its roles, rule, schema and rejections (generated part is current: npm run interfaces)', () => {
    const text = readFileSync(new URL('../../docs/interfaces.md', import.meta.url), 'utf8');
    expect(text).toContain(`<!-- generated:commands (npm run interfaces) -->\n${commandReferenceMarkdown()}\n<!-- /generated:commands -->`);
    for (const type of commandTypes) expect(text).toContain(`[${pascal(type)}.json](schemas/${pascal(type)}.json)`);
    for (const name of ['LeqiPhase', 'LeqiTermEndsOn', 'LeqiNextDeadline', 'LeqiConcurrencyLimit', 'LeqiOpenCases', 'LeqiOldestPending', '`state`', '`audit`']) expect(text).toContain(name);
  });
});

