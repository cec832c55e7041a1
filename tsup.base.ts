import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Options } from 'tsup';

const TYPES = process.env.ANTISLAVERY_BUILD_TYPES !== 'false';

/**
 * The CommonJS build and the type declarations every package shares: for Node 20 and bundlers,
 * declarations built against other workspace packages' published types, not their sources, so a
 * package's `.d.ts` never inlines another package's types.
 *
 * With `esmModules` (the libraries), the JavaScript for `import` comes from {@link esmModulesBuild}
 * instead, one file per source module, and this build keeps only its ESM declarations.
 */
export function packageBuild(
  entry: Record<string, string>,
  overrides: Options = {},
  { esmModules = false }: { readonly esmModules?: boolean } = {},
): Options {
  return {
    entry,
    format: ['esm', 'cjs'],
    // The demo builds without declarations (ANTISLAVERY_BUILD_TYPES=false) to start in seconds.
    dts: TYPES ? { compilerOptions: { composite: false, customConditions: [] } } : false,
    // dist/esm belongs to the module build, which runs beside this one.
    clean: esmModules ? ['!esm', '!esm/**'] : true,
    sourcemap: true,
    target: 'node20',
    treeshake: true,
    // Shared chunks in CommonJS too, so that every entry of a package shares one copy of a class
    // (an error thrown through one entry is `instanceof` the class exported by another).
    splitting: true,
    ...(esmModules ? { onSuccess: removeBundledEsm } : {}),
    ...overrides,
  };
}

/**
 * The ESM build of a library: every source module transpiled to its own file under `dist/esm`,
 * imports kept as written. With `"sideEffects": false`, a consumer's bundler then drops every
 * module an app does not reach, as it would from the sources; a single bundled file would keep
 * each module-level value (a zod schema, a lookup table) whether used or not.
 */
export function esmModulesBuild(): Options {
  return {
    entry: ['src/**/*.ts', '!src/**/*.test.ts', '!src/**/test-support/**', '!src/**/fixtures/**'],
    outDir: 'dist/esm',
    format: ['esm'],
    bundle: false,
    dts: false,
    clean: true,
    sourcemap: true,
    target: 'node20',
    splitting: false,
    treeshake: false,
  };
}

/** Removes the bundled ESM JavaScript of {@link packageBuild}; its declarations stay. */
async function removeBundledEsm(): Promise<void> {
  for (const name of await readdir('dist')) {
    if (name.endsWith('.js') || name.endsWith('.js.map')) await rm(join('dist', name));
  }
}
