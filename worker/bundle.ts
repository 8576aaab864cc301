/**
 * Prebuilds the workflow bundle (the Dockerfile runs it at image build), so a worker starts
 * without webpack: `tsx worker/bundle.ts <out.js>`; the worker loads it when
 * LEQI_WORKFLOW_BUNDLE names it.
 */
import { writeFileSync } from 'node:fs';
import { bundleWorkflowCode } from '@temporalio/worker';
import { workflowBundleOptions } from './createWorker.js';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx worker/bundle.ts <out.js>');
const { code } = await bundleWorkflowCode(workflowBundleOptions);
writeFileSync(out, code);
console.log(`workflow bundle: ${out} (${Math.round(code.length / 1024)} KiB)`);
