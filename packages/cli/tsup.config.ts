import { defineConfig } from 'tsup';
import { packageBuild } from '../../tsup.base.js';

export default defineConfig([
  // The library: runCli and friends, ESM and CommonJS. Each command is a chunk of its own, loaded
  // only when it runs, so `antislavery --help` starts fast. `shims` gives the CommonJS build the
  // `import.meta.url` that finds package.json for `--version`. The clean keeps the binary, which
  // the second build writes.
  packageBuild({ index: 'src/index.ts' }, { shims: true, clean: ['!bin.js', '!bin.js.map'] }),
  // The binary: a few lines that import the library by the package's own name, so it is not
  // bundled twice.
  {
    entry: { bin: 'src/bin.ts' },
    format: ['esm'],
    target: 'node20',
    sourcemap: true,
    clean: false,
    dts: false,
    external: ['@antislavery/cli'],
    banner: { js: '#!/usr/bin/env node' },
  },
]);
