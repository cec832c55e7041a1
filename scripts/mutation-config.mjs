// The Stryker and vitest options that mutation testing of each package shares. Each package's
// `stryker.config.mjs` and `vitest.stryker.config.ts` call these with what is its own.
import { resolve } from 'node:path';

const sourceCondition = '@antislavery/source';

/**
 * Stryker's options for one package, run from the repository root (paths are relative to the
 * root, where Stryker copies the whole workspace).
 *
 * @param {string} name - the package folder under packages/, such as `rules`
 * @param {readonly string[]} [notMutated] - more globs to leave alone, with the reason in a comment
 * @returns {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export function strykerOptions(name, notMutated = []) {
  return {
    testRunner: 'vitest',
    vitest: { configFile: `packages/${name}/vitest.stryker.config.ts` },
    coverageAnalysis: 'perTest',
    // Static mutants (module-level code: schemas, option lists, rule data) each need every test
    // file reloaded and run; in @antislavery/rules they were 38% of the mutants and 75% of the time.
    ignoreStatic: true,
    mutate: [
      `packages/${name}/src/**/*.ts`,
      `!packages/${name}/src/**/*.test.ts`,
      `!packages/${name}/src/**/*.d.ts`,
      ...notMutated.map((glob) => `!${glob}`),
    ],
    ignorePatterns: [
      '/.stryker-tmp',
      '/reports',
      '/coverage',
      '/docs/api',
      '**/dist',
      '**/.tsbuild',
      '*.tgz',
    ],
    tempDirName: `.stryker-tmp/${name}`,
    concurrency: 2,
    incremental: true,
    incrementalFile: `reports/mutation/${name}/stryker-incremental.json`,
    reporters: ['clear-text', 'progress', 'json', 'html'],
    jsonReporter: { fileName: `reports/mutation/${name}/mutation.json` },
    htmlReporter: { fileName: `reports/mutation/${name}/index.html` },
    thresholds: { high: 90, low: 80, break: 80 },
  };
}

/**
 * The vitest options that run one package's `unit` tests alone, for mutation testing. Stryker runs
 * them in a copy of the repository, so paths are taken from the package folder given: the package's
 * own name (and subpaths) are pointed at the copy's sources, where a workspace link would lead back
 * to the original.
 *
 * @param {string} packageDir - the package's folder, absolute
 * @param {string} name - the package folder under packages/, such as `rules`
 * @param {Readonly<Record<string, string>>} subpaths - the package's own subpaths and their
 *   sources, relative to the package folder, such as `{ json: 'src/json/index.ts' }`
 * @param {readonly string[]} [setupFiles] - more setup files, relative to the package folder
 */
export function strykerVitestOptions(packageDir, name, subpaths = {}, setupFiles = []) {
  const escaped = `@antislavery\\/${name}`;
  return {
    root: resolve(packageDir, '../..'),
    resolve: {
      conditions: [sourceCondition],
      alias: [
        ...Object.entries(subpaths).map(([subpath, source]) => ({
          find: new RegExp(`^${escaped}\\/${subpath.replace('*', '(.*)')}$`),
          replacement: resolve(packageDir, source),
        })),
        { find: new RegExp(`^${escaped}$`), replacement: resolve(packageDir, 'src/index.ts') },
      ],
    },
    ssr: { resolve: { conditions: [sourceCondition] } },
    test: {
      name: 'unit',
      setupFiles: ['test/fast-check-setup.ts', ...setupFiles.map((file) => resolve(packageDir, file))],
      include: [`packages/${name}/src/**/*.test.ts`],
      env: { TZ: 'Europe/London' },
    },
  };
}
