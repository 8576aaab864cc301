import { defineConfig } from 'vitest/config';

// Workflow tests share one time-skipping server per file; files run one at a time so that
// two environments never compete for the two cores, and each file's clock is its own.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/bundleSetup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
