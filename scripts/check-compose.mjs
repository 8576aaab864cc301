// Validates docker-compose.yml without a Docker engine, in two passes:
//   1. dclint (npm): the Compose specification's JSON Schema (with ajv) and its lint rules
//      (.dclintrc), warnings counted as errors;
//   2. this project's rules, which a schema cannot say: every long-running service has a health
//      check; every depends_on names a condition, `service_healthy` only on services with a
//      health check, `service_completed_successfully` only on one-shot services; the worker can be
//      scaled (no container_name, no host port); the Temporal setup registers the contract's
//      search attributes with a retention of at least 180 days.
//   node scripts/check-compose.mjs [file …]    (default: docker-compose.yml); exit 1 on a problem
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CONTRACT_SEARCH_ATTRIBUTES } from './search-attributes.mjs';
import { PROJECT_ROOT } from './temporal-bins.mjs';

/**
 * The project's rules on a parsed compose document; one message per problem.
 * @param {any} doc
 * @returns {string[]}
 */
export function projectProblems(doc) {
  /** @type {string[]} */
  const problems = [];
  const services = doc?.services ?? {};
  const oneShot = (/** @type {any} */ s) => s?.restart === 'no';
  for (const [name, s] of Object.entries(services)) {
    if (!oneShot(s) && !s.healthcheck?.test) problems.push(`${name}: a long-running service needs a healthcheck`);
    const deps = s.depends_on ?? {};
    if (Array.isArray(deps)) {
      problems.push(`${name}: depends_on must say a condition for each service (service_healthy, service_completed_successfully)`);
      continue;
    }
    for (const [dep, how] of Object.entries(deps)) {
      const target = services[dep];
      if (!target) problems.push(`${name}: depends_on ${dep}, which is not a service`);
      else if (how?.condition === 'service_healthy' && !target.healthcheck?.test) problems.push(`${name}: waits for ${dep} to be healthy, but ${dep} has no healthcheck`);
      else if (how?.condition === 'service_completed_successfully' && !oneShot(target)) problems.push(`${name}: waits for ${dep} to complete, but ${dep} is not one-shot (restart: "no")`);
      else if (how?.condition === 'service_started' && target.healthcheck?.test) problems.push(`${name}: ${dep} has a healthcheck; wait for service_healthy`);
    }
  }
  for (const needed of ['temporal', 'temporal-ui', 'postgres', 'mail', 'worker', 'api']) {
    if (!services[needed]) problems.push(`${needed}: the production-like run needs this service`);
  }
  const worker = services.worker;
  if (worker?.container_name) problems.push('worker: container_name keeps `--scale worker=3` from working');
  if (worker?.ports?.length) problems.push('worker: a host port keeps `--scale worker=3` from working (use expose)');
  const setup = JSON.stringify(services['temporal-setup'] ?? {});
  for (const { name, type } of CONTRACT_SEARCH_ATTRIBUTES) {
    if (!setup.includes(`${name}=${type}`)) problems.push(`temporal-setup: the contract's search attribute ${name} (${type}) is not registered`);
  }
  const retention = /--retention (\d+)d/.exec(setup);
  if (!retention || Number(retention[1]) < 180) problems.push('temporal-setup: the namespace retention must be at least 180d (T-10)');
  return problems;
}

/**
 * Checks one file; prints what it found; true when valid.
 * @param {string} file
 */
function check(file) {
  const dclint = spawnSync(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'dclint', 'bin', 'dclint.cjs'), file, '--max-warnings', '0', '--no-color', '-c', join(PROJECT_ROOT, '.dclintrc')], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
  });
  const schemaOk = dclint.status === 0;
  if (!schemaOk) process.stdout.write(dclint.stdout + dclint.stderr);
  // the project's rules run even when dclint failed, so one run names every problem
  let problems;
  try {
    problems = projectProblems(parse(readFileSync(file, 'utf8')));
  } catch (err) {
    problems = [`not YAML: ${err instanceof Error ? err.message : String(err)}`];
  }
  for (const p of problems) console.log(`  ${p}`);
  if (!schemaOk || problems.length) {
    const why = [schemaOk ? '' : 'Compose JSON Schema / dclint', problems.length ? `${problems.length} problem${problems.length > 1 ? 's' : ''} with the project's rules` : ''].filter(Boolean);
    console.log(`invalid: ${file} (${why.join('; ')})`);
    return false;
  }
  console.log(`valid: ${file} (Compose JSON Schema, dclint, project rules)`);
  return true;
}

const files = process.argv.slice(2);
const ok = (files.length ? files : [join(PROJECT_ROOT, 'docker-compose.yml')]).map(check).every(Boolean);
process.exit(ok ? 0 : 1);
