import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { strykerVitestOptions } from '../../scripts/mutation-config.mjs';

/** The `unit` tests of `@antislavery/rules` alone, for mutation testing (see `stryker.config.mjs`). */
export default defineConfig(
  strykerVitestOptions(dirname(fileURLToPath(import.meta.url)), 'rules', { json: 'src/json/index.ts' }),
);
