import { defineConfig } from 'vitest/config';

const sourceCondition = '@antislavery/source';

/**
 * One suite for every package. Tests resolve workspace packages to their `src` through the
 * `@antislavery/source` export condition, so no build is needed before `npm test`.
 * The suite runs in Europe/London unless ANTISLAVERY_TEST_TZ names another zone (CI runs it
 * under UTC, America/Los_Angeles and Pacific/Kiritimati too); calendar and `*.tz.test.ts` tests
 * also run twice more under far-off zones in every run, to prove that date-only values never
 * depend on the process's zone.
 */
const zone = process.env.ANTISLAVERY_TEST_TZ ?? 'Europe/London';

export default defineConfig({
  resolve: { conditions: [sourceCondition] },
  ssr: { resolve: { conditions: [sourceCondition] } },
  test: {
    pool: 'forks',
    setupFiles: ['test/fast-check-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'packages/*/src/**/*.test.ts',
            'examples/*/src/**/*.test.ts',
            'docs/**/*.test.ts',
            'test/**/*.test.ts',
          ],
          env: { TZ: zone },
        },
      },
      {
        extends: true,
        test: {
          name: 'tz-kiritimati',
          include: ['packages/*/src/**/calendar/**/*.test.ts', 'packages/*/src/**/*.tz.test.ts'],
          env: { TZ: 'Pacific/Kiritimati' },
        },
      },
      {
        extends: true,
        test: {
          name: 'tz-los-angeles',
          include: ['packages/*/src/**/calendar/**/*.test.ts', 'packages/*/src/**/*.tz.test.ts'],
          env: { TZ: 'America/Los_Angeles' },
        },
      },
    ],
  },
});
