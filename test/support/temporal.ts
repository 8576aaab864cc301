// Test environments backed by the binaries scripts/setup.mjs installs (no internet download).
import { TestWorkflowEnvironment } from '@temporalio/testing';
import type {
  LocalTestWorkflowEnvironmentOptions,
  TimeSkippingTestWorkflowEnvironmentOptions,
} from '@temporalio/testing';
import { allSearchAttributes } from '../../contract/index.js';
import {
  describeBin,
  resolveTemporalCli,
  resolveTestServer,
  type ResolvedBin,
} from '../../scripts/temporal-bins.mjs';

export type { ResolvedBin };

let testServerBin: ResolvedBin | undefined;
let cliBin: ResolvedBin | undefined;

/** the time-skipping test server the tests use (resolved once per process) */
export function testServerBinary(): ResolvedBin {
  if (!testServerBin) {
    testServerBin = resolveTestServer();
    console.log(`[temporal] time-skipping test server: ${describeBin(testServerBin)}`);
  }
  return testServerBin;
}

/** the Temporal CLI (dev server) the tests use (resolved once per process) */
export function devServerBinary(): ResolvedBin {
  if (!cliBin) {
    cliBin = resolveTemporalCli();
    console.log(`[temporal] dev server: ${describeBin(cliBin)}`);
  }
  return cliBin;
}

export type TestEnvOptions = Omit<TimeSkippingTestWorkflowEnvironmentOptions, 'server'> & {
  /** extra arguments for the test server */
  extraArgs?: string[];
};

/**
 * Starts the Java time-skipping test server (random port). It has no search attribute
 * registry: register the contract's attributes with `operatorService.addSearchAttributes`
 * before upserting them (the worker does this at start-up).
 */
export async function createTestEnv(opts: TestEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  const { extraArgs, ...rest } = opts;
  const { path } = testServerBinary();
  return TestWorkflowEnvironment.createTimeSkipping({
    ...rest,
    server: {
      ...(path ? { executable: { type: 'existing-path', path } } : {}),
      ...(extraArgs ? { extraArgs } : {}),
    },
  });
}

export type DevEnvOptions = Omit<LocalTestWorkflowEnvironmentOptions, 'server'> & {
  /** created at start-up; default `default` */
  namespace?: string;
  /** default: a free port */
  port?: number;
  /** serve the Web UI on this port (off when absent) */
  uiPort?: number;
  /** SQLite file to persist to (in memory when absent) */
  dbFilename?: string;
  /** extra arguments for `temporal server start-dev` */
  extraArgs?: string[];
};

/**
 * Starts a real Temporal dev server (`temporal server start-dev`, no time skipping) with the
 * contract's five search attributes already registered in its namespace.
 */
export async function createDevEnv(opts: DevEnvOptions = {}): Promise<TestWorkflowEnvironment> {
  const { namespace, port, uiPort, dbFilename, extraArgs, ...rest } = opts;
  const { path } = devServerBinary();
  return TestWorkflowEnvironment.createLocal({
    ...rest,
    server: {
      ...(path ? { executable: { type: 'existing-path', path } } : {}),
      searchAttributes: [...allSearchAttributes],
      ...(namespace !== undefined ? { namespace } : {}),
      ...(port !== undefined ? { port } : {}),
      ...(uiPort !== undefined ? { ui: true, uiPort } : {}),
      ...(dbFilename !== undefined ? { dbFilename } : {}),
      ...(extraArgs ? { extraArgs } : {}),
    },
  });
}
