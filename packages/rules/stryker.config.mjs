// Mutation testing of @antislavery/rules: `node scripts/mutation.mjs rules` from the repository
// root (paths here are relative to the root, where Stryker copies the whole workspace).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const options = {
  testRunner: 'vitest',
  vitest: { configFile: 'packages/rules/vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: schemas, option lists, rule data) each need every test file
  // reloaded and run; in @antislavery/rules they were 38% of the mutants and 75% of the time.
  ignoreStatic: true,
  mutate: ['packages/rules/src/**/*.ts', '!packages/rules/src/**/*.test.ts', '!packages/rules/src/**/*.d.ts'],
  ignorePatterns: ['/.stryker-tmp', '/reports', '/coverage', '/docs/api', '**/dist', '**/.tsbuild', '*.tgz'],
  tempDirName: '.stryker-tmp/rules',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/rules/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/rules/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/rules/index.html' },
  thresholds: { high: 90, low: 80, break: 80 },
};

// biome-ignore lint/style/noDefaultExport: Stryker reads its options from the default export.
export default options;
