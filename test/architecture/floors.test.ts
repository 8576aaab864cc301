/**
 * Issue 11 item 7: DESIGN.md's floors, enforced by dependency-cruiser with .dependency-cruiser.cjs
 * (`npm run deps`). The project passes; a tree with each forbidden import fails with that rule's name.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const config = join(root, '.dependency-cruiser.cjs');
const depcruise = join(root, 'node_modules', '.bin', 'depcruise');
/** the folders of ours that the floors speak of */
const layers = ['machines', 'contract', 'workflows', 'activities', 'worker', 'client', 'codec', 'config'];

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

/** dependency-cruiser's violations of the floors in `dirs` under `cwd` */
function cruise(cwd: string, dirs: string[]): Violation[] {
  const r = spawnSync(depcruise, ['--config', config, '--output-type', 'json', ...dirs], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const out = JSON.parse(r.stdout) as { summary: { violations: Violation[] } };
  return out.summary.violations;
}

const probe = mkdtempSync(join(tmpdir(), 'leqi-floors-'));
afterAll(() => rmSync(probe, { recursive: true, force: true }));

/** a small tree with one deliberate upward import per floor */
function write(files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(probe, path)), { recursive: true });
    writeFileSync(join(probe, path), text);
  }
}

describe('DESIGN.md floors (dependency-cruiser)', () => {
  it('the project keeps every floor: no upward import, no circle (the check npm test runs)', () => {
    expect(cruise(root, layers).map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('a deliberate upward import fails the check, naming the floor it breaks', () => {
    write({
      'tsconfig.json': JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', strict: true } }),
      'package.json': JSON.stringify({ type: 'module' }),
      // machines/ reaches up into a workflow, and into Temporal
      'machines/chart.ts': "import { loop } from '../workflows/loop.js';\nimport { ApplicationFailure } from '@temporalio/common';\nexport const chart = [loop, ApplicationFailure];\n",
      'machines/rule.ts': 'export const rule = 1;\n',
      // the membership chart reaches into the unit chart
      'machines/membership/chart.ts': "import { unit } from '../unit/chart.js';\nexport const membership = unit;\n",
      'machines/unit/chart.ts': 'export const unit = 1;\n',
      // a workflow calls an activity's code instead of its type, and the worker's
      'workflows/loop.ts': "import { send } from '../activities/mail.js';\nimport type { Mail } from '../activities/types.js';\nimport { port } from '../worker/config.js';\nexport const loop = (m: Mail) => [send, port, m];\n",
      'activities/types.ts': 'export interface Mail { to: string }\n',
      // an activity reaches a workflow
      'activities/mail.ts': "import { loop } from '../workflows/loop.js';\nexport const send = () => loop;\n",
      'worker/config.ts': 'export const port = 1;\n',
      // the contract reaches the client
      'contract/index.ts': "import { rule } from '../machines/rule.js';\nimport { a } from '../client/a.js';\nexport const names = [rule, a];\n",
      // a client imports a workflow's code; two client files import each other (type-only still counts)
      'client/a.ts': "import { loop } from '../workflows/loop.js';\nimport type { B } from './b.js';\nexport const a = loop;\nexport type A = B;\n",
      'client/b.ts': "import type { A } from './a.js';\nexport type B = A | number;\n",
    });
    const violations = cruise(probe, ['machines', 'contract', 'workflows', 'activities', 'worker', 'client']);
    const found = new Set(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`));
    for (const expected of [
      'machines-imports-nothing-of-ours: machines/chart.ts → workflows/loop.ts',
      'machines-imports-no-temporal: machines/chart.ts → @temporalio/common',
      'membership-imports-nothing-of-unit: machines/membership/chart.ts → machines/unit/chart.ts',
      'workflows-import-only-types-of-activities: workflows/loop.ts → activities/mail.ts',
      'workflows-import-machines-and-contract: workflows/loop.ts → worker/config.ts',
      'activities-never-import-workflows: activities/mail.ts → workflows/loop.ts',
      'contract-imports-only-machines: contract/index.ts → client/a.ts',
      'client-never-imports-workflow-code: client/a.ts → workflows/loop.ts',
    ]) {
      expect(found, expected).toContain(expected);
    }
    expect([...found].some((v) => v.startsWith('no-circular: client/'))).toBe(true);
    // what is allowed stays allowed: a workflow's type-only import of activities/, the contract's import of machines/
    expect(found).not.toContain('workflows-import-only-types-of-activities: workflows/loop.ts → activities/types.ts');
    expect([...found].some((v) => v.startsWith('contract-imports-only-machines: contract/index.ts → machines/'))).toBe(false);
  });
});
