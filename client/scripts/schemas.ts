/** `npm run schemas`: writes docs/openapi.json and docs/schemas/*.json (JSON Schema 2020-12 of every contract payload). */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../api/openapi.js';
import { contractSchemas } from '../schemas.js';

const docs = new URL('../../docs/', import.meta.url);
const dir = new URL('schemas/', docs);

/** the files `npm run schemas` writes, path → content */
export function generatedDocs(): Record<string, string> {
  const files: Record<string, string> = { 'openapi.json': `${JSON.stringify(openApiDocument(), null, 2)}\n` };
  for (const [name, schema] of Object.entries(contractSchemas())) files[`schemas/${name}.json`] = `${JSON.stringify(schema, null, 2)}\n`;
  return files;
}

function main(): void {
  mkdirSync(dir, { recursive: true });
  const files = generatedDocs();
  // a schema of a renamed payload must not linger
  for (const old of readdirSync(dir)) if (!(`schemas/${old}` in files)) rmSync(new URL(old, dir));
  for (const [path, content] of Object.entries(files)) writeFileSync(new URL(path, docs), content);
  console.log(`wrote docs/openapi.json and ${Object.keys(files).length - 1} schemas in docs/schemas/`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) main();
