/**
 * The published JSON Schemas (docs/schemas/*.json, 2020-12) as a strict ajv validator: tests check
 * the answers they receive and the examples against the very files a Java or Go client generates from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const dir = new URL('../../docs/schemas/', import.meta.url);
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** every published schema, by name (file name without `.json`) */
export const publishedSchemas: Record<string, Record<string, unknown>> = Object.fromEntries(
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => [f.slice(0, -'.json'.length), JSON.parse(readFileSync(new URL(f, dir), 'utf8'))]),
);

/** ajv in strict mode (unknown keywords, formats and ignored keywords are errors), with the discriminator keyword */
export function strictAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: true, allErrors: true, discriminator: true, allowUnionTypes: true });
  addFormats(ajv);
  for (const schema of Object.values(publishedSchemas)) ajv.addSchema(schema);
  return ajv;
}

const ajv = strictAjv();
const compiled = new Map<string, ValidateFunction>();
// compiled now, at import: a first compilation inside a test would block the event loop (and the
// in-process worker) for a moment while the time-skipping server's clock runs on
for (const name of ['StateSummary', 'AuditTrail', 'Rejection']) schemaErrors(name, null);

/** The validation errors of `value` against the published schema `name` (empty: it conforms). */
export function schemaErrors(name: string, value: unknown): string[] {
  let validate = compiled.get(name);
  if (!validate) {
    const schema = publishedSchemas[name];
    if (!schema) throw new Error(`no published schema ${name}`);
    validate = ajv.getSchema(schema.$id as string)!;
    compiled.set(name, validate);
  }
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Throws unless `value` conforms to the published schema `name`; returns it. */
export function conforms<T>(name: string, value: T): T {
  const errors = schemaErrors(name, value);
  if (errors.length) throw new Error(`the answer does not conform to docs/schemas/${name}.json:\n  ${errors.slice(0, 10).join('\n  ')}`);
  return value;
}
