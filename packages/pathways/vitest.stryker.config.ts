import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { strykerVitestOptions } from '../../scripts/mutation-config.mjs';

/** The `unit` tests of `@antislavery/pathways` alone, for mutation testing (see `stryker.config.mjs`). */
export default defineConfig(
  strykerVitestOptions(
    dirname(fileURLToPath(import.meta.url)),
    'pathways',
    { 'cases/*': 'cases/$1' },
    // The package's caches are emptied before each test: see mutation-setup.ts.
    ['mutation-setup.ts'],
  ),
);
