// Lint: no floating promises anywhere; determinism bans where code runs in the workflow sandbox.
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['assert', 'buffer', 'child_process', 'crypto', 'dns', 'events', 'fs', 'fs/promises', 'http', 'https', 'net', 'os', 'path', 'process', 'stream', 'timers', 'tls', 'url', 'util', 'worker_threads', 'zlib'];
const builtinPatterns = [{ group: ['node:*'], message: 'workflow and chart code runs in the Temporal sandbox: no Node builtins' }];

export default tseslint.config(
  { ignores: ['node_modules/**', '.venv/**', '.data/**', '.tmp/**', 'docs/**', 'scripts/**', '**/*.mjs', 'eslint.config.js', 'vitest.config.ts'] },
  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.base],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
  {
    // the charts and the workflows: deterministic, replayable, no I/O
    files: ['machines/**/*.ts', 'workflows/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: nodeBuiltins.map((name) => ({ name, message: 'no Node builtins in the workflow sandbox' })), patterns: builtinPatterns }],
      'no-restricted-globals': ['error', { name: 'setTimeout', message: 'use the workflow clock (condition/sleep)' }, { name: 'setInterval', message: 'use the workflow clock' }, { name: 'fetch', message: 'no I/O here' }],
      'no-restricted-properties': ['error', { object: 'Math', property: 'random', message: 'not deterministic; the workflow has its own' }],
    },
  },
  {
    // charts never read a clock: instants travel in events
    files: ['machines/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'charts never read the clock: instants travel in events' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'charts never read the clock: instants travel in events' },
      ],
    },
  },
);
