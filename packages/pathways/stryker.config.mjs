// Mutation testing of @antislavery/pathways: `node scripts/mutation.mjs pathways` from the repository
// root (paths here are relative to the root, where Stryker copies the whole workspace).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const options = {
  testRunner: 'vitest',
  vitest: { configFile: 'packages/pathways/vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: schemas, option lists, rule data) each need every test file
  // reloaded and run; in @antislavery/rules they were 38% of the mutants and 75% of the time.
  ignoreStatic: true,
  mutate: [
    'packages/pathways/src/**/*.ts',
    '!packages/pathways/src/**/*.test.ts',
    '!packages/pathways/src/**/*.d.ts',
  ],
  ignorePatterns: ['/.stryker-tmp', '/reports', '/coverage', '/docs/api', '**/dist', '**/.tsbuild', '*.tgz'],
  tempDirName: '.stryker-tmp/pathways',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/pathways/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/pathways/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/pathways/index.html' },
  thresholds: { high: 90, low: 80, break: 80 },
};

// biome-ignore lint/style/noDefaultExport: Stryker reads its options from the default export.
export default options;
