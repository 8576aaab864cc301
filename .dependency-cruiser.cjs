/**
 * The floors of ../shared/DESIGN.md, enforced (dependency-cruiser; `npm run deps`, and
 * test/architecture/floors.test.ts in `npm test`). Imports point down only:
 *
 *   client/ ─┐                     worker/ ─┬─ workflows/ ─┐
 *            ├─ contract/ ─────────────────────┘           ├─ machines/
 *            └─────────────────────────────────  activities/┘
 *
 * Every rule names what it protects; a violation fails with that name.
 */
const ours = '^(machines|contract|workflows|activities|worker|client|codec|config)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'machines-imports-nothing-of-ours',
      comment: 'machines/ is pure and runs anywhere (sandbox, CLI, console, tests): it imports nothing of ours outside itself',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: ours, pathNot: '^machines/' },
    },
    {
      name: 'machines-imports-no-temporal',
      comment: 'machines/ knows nothing of Temporal: names, failures and search attribute keys live in contract/',
      severity: 'error',
      from: { path: '^machines/' },
      to: { path: '@temporalio/' },
    },
    {
      name: 'membership-imports-nothing-of-unit',
      comment: 'issue 11: the membership chart stands beside the unit chart; shared pieces live below both (machines/*.ts)',
      severity: 'error',
      from: { path: '^machines/membership/' },
      to: { path: '^machines/unit/' },
    },
    {
      name: 'contract-imports-only-machines',
      comment: 'the contract module (contract/) imports nothing of ours but machines/ (the messages\' types, the failure type names)',
      severity: 'error',
      from: { path: '^contract/' },
      to: { path: ours, pathNot: '^(contract|machines)/' },
    },
    {
      name: 'workflows-import-machines-and-contract',
      comment: 'workflows/ imports machines/, the contract module and (type-only) activities/; never the worker, a client, config or the codec',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: ours, pathNot: '^(workflows|machines|contract|activities)/' },
    },
    {
      name: 'workflows-import-only-types-of-activities',
      comment: 'activities run outside the sandbox: a workflow reaches them through proxyActivities, by type only',
      severity: 'error',
      from: { path: '^workflows/' },
      to: { path: '^activities/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'activities-never-import-workflows',
      comment: 'activities use machines/ data and templates, never a workflow (nor the worker or a client)',
      severity: 'error',
      from: { path: '^activities/' },
      to: { path: '^(workflows|worker|client)/' },
    },
    {
      name: 'client-never-imports-workflow-code',
      comment: 'clients talk to Temporal by name (contract/); they never import a workflow\'s code (types are harmless)',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(workflows|worker)/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-circular',
      comment: 'no import circles (type-only imports count)',
      severity: 'error',
      from: { path: ours },
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing dependency',
      severity: 'error',
      from: { path: ours },
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|test|bench|scripts|examples|docs|dist|\\.tmp|\\.data)/' },
    // type-only imports are dependencies too (a circle through a type is still a circle)
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'], exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
