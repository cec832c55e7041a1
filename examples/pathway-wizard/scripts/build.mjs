// Builds the static page into dist/: index.html and styles.css as they are, and app.js bundled by
// esbuild from src/app.ts with @antislavery/pathways and everything it needs (zod included).
// `npm run build -w @antislavery/example-pathway-wizard`, or `node scripts/build.mjs` here.
//
// The bundle is a classic script (an IIFE), not an ES module, so that the page also works when
// opened straight from the file system: browsers refuse module scripts from file:// URLs.
// Workspace packages are bundled from their TypeScript sources (the `@antislavery/source`
// condition), so the packages need no build first.

import { copyFile, mkdir, readFile, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
const dist = new URL('dist/', root);
const path = (relative) => fileURLToPath(new URL(relative, root));

await rm(dist, { recursive: true, force: true });
await mkdir(dist, { recursive: true });

const result = await build({
  absWorkingDir: path('.'),
  entryPoints: [path('src/app.ts')],
  outfile: path('dist/app.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: ['es2022'],
  conditions: ['@antislavery/source'],
  minify: true,
  legalComments: 'none',
  write: true,
  logLevel: 'warning',
});
if (result.errors.length > 0) process.exit(1);

await copyFile(path('src/index.html'), path('dist/index.html'));
await copyFile(path('src/styles.css'), path('dist/styles.css'));

const code = await readFile(path('dist/app.js'));
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
console.log(`dist/app.js: ${kib(code.length)} minified, ${kib(gzipSync(code).length)} gzipped`);
