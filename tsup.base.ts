import type { Options } from 'tsup';

/**
 * The build every package shares: ESM and CJS, each with its own declarations, for Node 20 and
 * bundlers. Declarations are built against other workspace packages' published types, not their
 * sources, so a package's `.d.ts` never inlines another package's types.
 */
export function packageBuild(entry: Record<string, string>, overrides: Options = {}): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    // The demo builds without declarations (ANTISLAVERY_BUILD_TYPES=false) to start in seconds.
    dts:
      process.env.ANTISLAVERY_BUILD_TYPES === 'false'
        ? false
        : { compilerOptions: { composite: false, customConditions: [] } },
    clean: true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    // Shared chunks in CommonJS too, so that every entry of a package shares one copy of a class
    // (an error thrown through one entry is `instanceof` the class exported by another).
    splitting: true,
    ...overrides,
  };
}
