import { readFileSync } from 'node:fs';
import { compileErrors, validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../client/api/openapi.js';
import { generatedDocs } from '../../client/scripts/schemas.js';
import { contractSchemas, pascal } from '../../client/schemas.js';
import { commandTypes } from '../../machines/schemas/commands.js';
import { schemaErrors, strictAjv } from '../support/contract.js';
import { applicationFor, freshUscc, officer, unitActor } from '../support/harness.js';

describe('OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document (@readme/openapi-parser)', async () => {
    const doc = openApiDocument();
    const result = await validate(structuredClone(doc) as never);
    if (!result.valid) throw new Error(compileErrors(result));
    expect(result.specification).toBe('OpenAPI');
    expect(doc.openapi).toBe('3.1.0');
  });

  it('documents a body for every command type (derived from commandSchemas)', () => {
    const schemas = (openApiDocument().components as { schemas: Record<string, any> }).schemas;
    expect(Object.keys(schemas.CommandBody.discriminator.mapping).sort()).toEqual([...commandTypes].sort());
    // the actor is the token's: no body schema offers it
    for (const ref of Object.values<string>(schemas.CommandBody.discriminator.mapping)) {
      const body = schemas[ref.split('/').at(-1)!];
      expect(body.properties.actor).toBeUndefined();
      expect(body.additionalProperties).toBe(false);
    }
  });

  it('docs/ is up to date (run `npm run schemas` after changing a schema)', () => {
    for (const [path, content] of Object.entries(generatedDocs())) {
      const onDisk = readFileSync(new URL(`../../docs/${path}`, import.meta.url), 'utf8');
      expect(onDisk, `docs/${path} is stale: run npm run schemas`).toBe(content);
    }
  });
});

describe('JSON Schemas for non-TypeScript clients', () => {
  const schemas = contractSchemas();

  it('accept the example application as a SUBMIT_APPLICATION command and reject unknown fields', () => {
    const uscc = freshUscc();
    expect(schemaErrors('Command', { type: 'SUBMIT_APPLICATION', actor: unitActor, ...applicationFor(uscc) })).toEqual([]);
    expect(schemaErrors('Command', { type: 'APPROVE_APPLICATION', actor: officer, opinion: 'ok' })).toEqual([]);
    expect(schemaErrors('Command', { type: 'APPROVE_APPLICATION', actor: officer, opinion: 'ok', colour: 'red' })).not.toEqual([]);
    expect(schemaErrors('Command', { type: 'APPROVE_APPLICATION', actor: { role: 'auditor', id: 'x' }, opinion: 'ok' })).not.toEqual([]);
  });

  it('has one schema per command type', () => {
    const ajv = strictAjv();
    for (const type of commandTypes) {
      const name = pascal(type);
      expect(schemas[name], name).toBeDefined();
      expect(ajv.validateSchema(schemas[name]!)).toBe(true);
    }
  });
});
