// Mutation testing of @antislavery/referrals: `node scripts/mutation.mjs referrals` from the repository
// root (paths here are relative to the root, where Stryker copies the whole workspace).

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const options = {
  testRunner: 'vitest',
  vitest: { configFile: 'packages/referrals/vitest.stryker.config.ts' },
  coverageAnalysis: 'perTest',
  // Static mutants (module-level code: schemas, option lists, rule data) each need every test file
  // reloaded and run; in @antislavery/rules they were 38% of the mutants and 75% of the time.
  ignoreStatic: true,
  mutate: [
    'packages/referrals/src/**/*.ts',
    '!packages/referrals/src/**/*.test.ts',
    '!packages/referrals/src/**/*.d.ts',
    // Test support: the sample records and the record generator that tests and benchmarks use.
    '!packages/referrals/src/fixtures/**',
  ],
  ignorePatterns: ['/.stryker-tmp', '/reports', '/coverage', '/docs/api', '**/dist', '**/.tsbuild', '*.tgz'],
  tempDirName: '.stryker-tmp/referrals',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/referrals/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'json', 'html'],
  jsonReporter: { fileName: 'reports/mutation/referrals/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/referrals/index.html' },
  thresholds: { high: 90, low: 80, break: 80 },
};

// biome-ignore lint/style/noDefaultExport: Stryker reads its options from the default export.
export default options;
