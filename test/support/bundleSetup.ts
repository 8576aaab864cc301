/** Vitest global setup: bundle the workflow code once per run, not once per test. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import type { TestProject } from 'vitest/node';
import { workflowBundleOptions } from '../../worker/createWorker.js';

export const bundlePath = new URL('../../.tmp/workflow-bundle.js', import.meta.url).pathname;

export default async function setup(project: TestProject): Promise<void> {
  const { code } = await bundleWorkflowCode({ ...workflowBundleOptions, logger: { log() {}, trace() {}, debug() {}, info() {}, warn: console.warn, error: console.error } as never });
  mkdirSync(new URL('../../.tmp/', import.meta.url).pathname, { recursive: true });
  writeFileSync(bundlePath, code);
  project.provide('workflowBundlePath', bundlePath);
}

declare module 'vitest' {
  export interface ProvidedContext {
    workflowBundlePath: string;
  }
}
