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

/** the published schema of each HTTP answer (2xx), by method and path (query string ignored); an error status answers ApiError */
const httpRoutes: { method: string; path: RegExp; schema: string }[] = [
  { method: 'GET', path: /^\/v1\/units$/, schema: 'UnitList' },
  { method: 'GET', path: /^\/v1\/units\/[^/]+(?:\/state)?$/, schema: 'UnitState' },
  { method: 'GET', path: /^\/v1\/units\/[^/]+\/audit$/, schema: 'AuditEntryList' },
  { method: 'POST', path: /^\/v1\/units\/[^/]+\/(?:application|commands)$/, schema: 'StateSummary' },
  { method: 'POST', path: /^\/v1\/units\/[^/]+\/events$/, schema: 'EventAccepted' },
  { method: 'POST', path: /^\/v1\/fan-out$/, schema: 'FanOutAnswer' },
  { method: 'POST', path: /^\/v1\/policy\/preview$/, schema: 'PolicyPreviewAnswer' },
  { method: 'GET', path: /^\/v1\/whoami$/, schema: 'Whoami' },
  { method: 'GET', path: /^\/v1\/security-log$/, schema: 'SecurityEventList' },
  { method: 'GET', path: /^\/v1\/audit\/(?:units\/[^/]+\/)?records$/, schema: 'DecisionRecordPage' },
  { method: 'GET', path: /^\/v1\/audit\/units\/[^/]+\/verify$/, schema: 'ChainVerification' },
];

/** the published schema of each CLI subcommand's `--json` output on success (`each`: every item of the array printed); a failure prints CliError */
const cliOutputs: Record<string, { schema: string; each?: true }> = {
  ...Object.fromEntries(['submit', 'approve', 'return', 'resubmit', 'request-renewal', 'approve-renewal', 'reject-renewal', 'set-concurrency', 'terminate', 'archive', 'dispatch'].map((c) => [c, { schema: 'StateSummary' }])),
  state: { schema: 'UnitState' },
  audit: { schema: 'AuditTrail' },
  list: { schema: 'UnitListing', each: true },
  'fan-out': { schema: 'FanOutResult', each: true },
  commands: { schema: 'CommandCatalog' },
  import: { schema: 'ImportReport' },
};
const compiled = new Map<string, ValidateFunction>();
// compiled now, at import: a first compilation inside a test would block the event loop (and the
// in-process worker) for a moment while the time-skipping server's clock runs on
for (const name of ['StateSummary', 'AuditTrail', 'Rejection', ...new Set([...httpRoutes.map((r) => r.schema), ...Object.values(cliOutputs).map((o) => o.schema), 'ApiError', 'CliError'])]) schemaErrors(name, null);

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

/** The published schema of an HTTP answer: ApiError for an error status, else the route's (throws for a route without one). */
export function httpAnswerSchema(method: string, path: string, status: number): string {
  if (status >= 400) return 'ApiError';
  const bare = path.split('?')[0]!;
  const route = httpRoutes.find((r) => r.method === method.toUpperCase() && r.path.test(bare));
  if (!route) throw new Error(`no published schema for the answer of ${method} ${bare}: add the route to test/support/contract.ts`);
  return route.schema;
}

/**
 * Throws unless the body of an HTTP answer conforms to the published schema of its route and status
 * (httpAnswerSchema); a body that is not JSON fails too. Every test/client, test/record and
 * test/security request goes through it (test/client/support.ts `call`).
 */
export function conformingHttpAnswer(method: string, path: string, status: number, body: unknown): void {
  const name = httpAnswerSchema(method, path, status);
  const errors = schemaErrors(name, body);
  if (errors.length) throw new Error(`${method} ${path} → ${status}: the body does not conform to docs/schemas/${name}.json:\n  ${errors.slice(0, 10).join('\n  ')}\n  body: ${JSON.stringify(body)?.slice(0, 400)}`);
}

/**
 * Throws unless what `leqi --json …` printed conforms to the published schema of its subcommand
 * (CliError when it failed); without `--json` (text output) there is nothing to check.
 */
export function conformingCliOutput(argv: readonly string[], code: number, stdout: string): void {
  if (!argv.includes('--json')) return;
  const sub = argv.find((a) => Object.hasOwn(cliOutputs, a));
  if (code !== 0 && !((sub === 'fan-out' || sub === 'import') && code === 4)) return void conforms('CliError', JSON.parse(stdout));
  if (!sub) throw new Error(`no published schema for the --json output of leqi ${argv.join(' ')}: add the subcommand to test/support/contract.ts`);
  const value: unknown = JSON.parse(stdout);
  const { schema, each } = sub === 'fan-out' && argv.includes('--dry-run') ? { schema: 'UnitListing', each: true } : cliOutputs[sub]!;
  if (!each) return void conforms(schema, value);
  if (!Array.isArray(value)) throw new Error(`leqi ${sub} --json: expected an array of ${schema}, got ${JSON.stringify(value)?.slice(0, 200)}`);
  for (const item of value) conforms(schema, item);
}
