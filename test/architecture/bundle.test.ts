/**
 * Issue 19, memory per cached unit: the workflow bundle the tests run (test/support/bundleSetup.ts,
 * built with worker/createWorker.ts `workflowBundleOptions`, as the worker and the image build it)
 * evaluates our code once per V8 context for all the worker's workflows. It does so only while
 * webpack concatenates zod, xstate, `machines/`, `contract/` and `workflows/` into the one module
 * the worker preloads: a module left apart would be evaluated again per workflow (if nothing
 * preloaded imports it) or have its exports deep-frozen by the SDK (if something does), which zod's
 * schemas do not survive. A new dependency that webpack cannot concatenate (CommonJS) shows here.
 */
import { readFileSync } from 'node:fs';
import { expect, it, inject } from 'vitest';

const code = readFileSync(inject('workflowBundlePath'), 'utf8');
/** the bundle's module records, by webpack's `/***\/ "<id>"` headers */
const modules = [...code.matchAll(/^\/\*{3}\/ "([^"]+)"/gm)].map((m) => m[1]!);

it('issue 19: zod, xstate and our workflow code are one module, workflows/index.ts, the one the worker preloads per V8 context', () => {
  // besides it, only the SDK's own modules (loaded once by the bundle's entry) and two CommonJS libraries they use
  const apart = modules.filter((id) => !/\/node_modules\/(@temporalio|nexus-rpc)\//.test(id) && !id.startsWith('?'));
  expect(apart.sort()).toEqual(['./node_modules/long/umd/index.js', './node_modules/ms/dist/index.cjs', './workflows/index.ts']);
  expect(modules.length).toBeGreaterThan(50);
  // the bundle's entry evaluates it before any workflow exists (the SDK's preloadModules hook)
  expect(code).toMatch(/exports\.preloadModules = function preloadModules\(\) \{\s*__webpack_require__\([^)]*"\.\/workflows\/index\.ts"\);/);
  // what it holds: the sources of zod, xstate and the charts, concatenated into its scope
  const root = code.slice(code.indexOf('/***/ "./workflows/index.ts"'));
  for (const source of ['./node_modules/zod/v4/core/schemas.js', './node_modules/xstate/dist/', './machines/unit/chart.ts', './machines/schemas/forms.ts', './workflows/unitLifecycle.ts']) expect(root, source).toContain(source);
});
