import { defineConfig } from 'vitest/config';

const sourceCondition = '@antislavery/source';

/**
 * One suite for every package. Tests resolve workspace packages to their `src` through the
 * `@antislavery/source` export condition, so no build is needed before `npm test`.
 * Calendar tests run a second time under a far-off time zone to prove that date-only values
 * never depend on the process's zone.
 */
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
          env: { TZ: 'Europe/London' },
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
