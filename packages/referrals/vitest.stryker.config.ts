import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const sourceCondition = '@antislavery/source';
const packageDir = dirname(fileURLToPath(import.meta.url));

/**
 * The `unit` tests of `@antislavery/referrals` alone, for mutation testing (see `stryker.config.mjs`).
 * Stryker runs them in a copy of the repository, so paths are taken from this file: the package's
 * own name is pointed at the copy's `src`, where a workspace link would lead back to the original.
 */
export default defineConfig({
  root: resolve(packageDir, '../..'),
  resolve: {
    conditions: [sourceCondition],
    alias: [
      {
        find: /^@antislavery\/referrals\/read-exports$/,
        replacement: resolve(packageDir, 'src/exports/index.ts'),
      },
      { find: /^@antislavery\/referrals$/, replacement: resolve(packageDir, 'src/index.ts') },
    ],
  },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    name: 'unit',
    setupFiles: ['test/fast-check-setup.ts'],
    include: ['packages/referrals/src/**/*.test.ts'],
    env: { TZ: 'Europe/London' },
  },
});
