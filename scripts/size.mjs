// `npm run size`: what each entry point and each headline function costs an app that bundles it,
// checked against the budgets in size-budgets.json. Build first (`npm run build`): the bundles
// are made from the built packages, as a consumer's bundler makes them.
//
// Each budget names a module and what is imported from it (`*` for the whole entry point). The
// import is bundled with esbuild (minified, ESM, for the browser unless the budget says `node`,
// zod and the other peer dependencies left external, as they are in the app already), then
// gzipped, as the bundle figure of bench/pathways.bench.mjs is. This is size-limit's check, done
// with the esbuild the repository already has.
//
//   npm run size                      the table; exit code 1 if any bundle is over its budget
//   npm run size -- --update          rewrite every limit as today's size plus 5 per cent headroom
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const budgetsFile = join(root, 'size-budgets.json');
const HEADROOM = 1.05;

/** Peer dependencies of every workspace package: the app provides them, so they stay external. */
function peerDependencies() {
  const { workspaces } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = new Set();
  for (const folder of workspaces.filter((workspace) => workspace.startsWith('packages/'))) {
    const manifest = JSON.parse(readFileSync(join(root, folder, 'package.json'), 'utf8'));
    for (const name of Object.keys(manifest.peerDependencies ?? {})) names.add(name);
  }
  return [...names].flatMap((name) => [name, `${name}/*`]);
}

/** `1234` bytes as `1.2 kB` (1 kB = 1000 bytes, as size-limit and npm count). */
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

function parseLimit(limit, name) {
  const match = /^(\d+(?:\.\d+)?)\s*(B|kB|KiB)$/.exec(limit);
  if (match === null)
    throw new Error(`${name}: write the limit as a number of B, kB or KiB, such as "20 kB"`);
  const unit = { B: 1, kB: 1000, KiB: 1024 }[match[2]];
  return Number(match[1]) * unit;
}

async function measure({ module, import: what, platform = 'browser' }, external) {
  const contents = what === '*' ? `export * from '${module}';` : `export ${what} from '${module}';`;
  const result = await build({
    stdin: { contents, resolveDir: root },
    bundle: true,
    minify: true,
    format: 'esm',
    // esbuild's own defaults for the platform, as a bundler's: `browser` builds of dependencies
    // (Papa Parse has one) for the browser, conditions `import`, `browser` or `node`, `default`.
    platform,
    write: false,
    metafile: true,
    external,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .map(([path, input]) => [path.replace(/^.*node_modules\//, ''), input.bytesInOutput])
    .sort((a, b) => b[1] - a[1]);
  // zod's own code names its classes with strings such as "$ZodType": found in a bundle where zod
  // is external, it means a package's build has inlined a copy of zod.
  const zodInlined = /["']\$ZodType["']/.test(text);
  return { minified: Buffer.byteLength(text), gzip: gzipSync(text).length, inputs, zodInlined };
}

const config = JSON.parse(readFileSync(budgetsFile, 'utf8'));
const external = peerDependencies();
const update = process.argv.includes('--update');

const rows = [];
for (const budget of config.budgets) {
  let size;
  try {
    size = await measure(budget, external);
  } catch (error) {
    console.error(`${budget.name}: could not bundle it (run npm run build first?)\n${error.message}`);
    process.exit(1);
  }
  const limit = parseLimit(budget.limit, budget.name);
  rows.push({ budget, size, limit, over: size.gzip > limit || size.zodInlined });
}

const header = ['Bundle', 'minified', 'gzip', 'budget', ''];
const table = rows.map(({ budget, size, limit }) => [
  budget.name,
  kB(size.minified),
  kB(size.gzip),
  kB(limit),
  [size.gzip > limit && `OVER by ${kB(size.gzip - limit)}`, size.zodInlined && 'ZOD INLINED']
    .filter(Boolean)
    .join(', ') || 'ok',
]);
const widths = header.map((_, column) => Math.max(...[header, ...table].map((row) => row[column].length)));
const line = (row) =>
  row
    .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
    .join('  ')
    .trimEnd();
console.log(line(header));
for (const row of table) console.log(line(row));

const over = update ? [] : rows.filter((row) => row.over);
for (const { budget, size } of over) {
  console.log(`\n${budget.name} is over its budget. Its largest inputs (minified bytes in the bundle):`);
  for (const [path, bytes] of size.inputs.slice(0, 8)) console.log(`  ${String(bytes).padStart(8)}  ${path}`);
}

if (update) {
  for (const { budget, size } of rows) budget.limit = kB(Math.ceil((size.gzip * HEADROOM) / 100) * 100);
  writeFileSync(budgetsFile, `${JSON.stringify(config, null, 2)}\n`);
  console.log(
    `\nWrote today's sizes plus ${Math.round((HEADROOM - 1) * 100)} per cent to size-budgets.json.`,
  );
} else if (over.length > 0) {
  console.log(
    `\n${over.length} bundle${over.length === 1 ? ' is' : 's are'} over budget. If files are missing, run npm run build first.`,
  );
  process.exit(1);
}
