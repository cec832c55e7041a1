// `npm run mutation`: mutation testing with StrykerJS, one package after another, then a table of
// mutation scores. Each package has its own `stryker.config.mjs`; the runs are incremental, so a
// rerun tests only the mutants whose code or tests changed. Name packages to run only those, and
// pass --force to test every mutant again:
//   npm run mutation -- rules
//   npm run mutation -- pathways --force
// Exits non-zero when a run fails or a package scores under its `thresholds.break`.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PACKAGES = ['rules', 'pathways', 'referrals'];

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { force: { type: 'boolean', default: false } },
});
const unknown = positionals.filter((name) => !PACKAGES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown package: ${unknown.join(', ')}. Choose from ${PACKAGES.join(', ')}.`);
  process.exit(2);
}
const chosen = positionals.length > 0 ? PACKAGES.filter((name) => positionals.includes(name)) : PACKAGES;

const root = fileURLToPath(new URL('..', import.meta.url));
const stryker = fileURLToPath(
  new URL('../node_modules/@stryker-mutator/core/bin/stryker.js', import.meta.url),
);
// Tests run as the `unit` project runs them. Property tests use a fixed seed, so that a mutant is
// killed or survives the same way on every run and incremental results stay valid.
const env = {
  ...process.env,
  TZ: 'Europe/London',
  FAST_CHECK_SEED: process.env.FAST_CHECK_SEED ?? '20261123',
};

/** Mutant statuses as Stryker's JSON report names them, and how each counts in the score. */
const DETECTED = ['Killed', 'Timeout'];
const UNDETECTED = ['Survived', 'NoCoverage'];

/** Counts the mutants of a JSON report by status and works out the score over valid mutants. */
function summarise(report) {
  const counts = {};
  for (const file of Object.values(report.files)) {
    for (const mutant of file.mutants) counts[mutant.status] = (counts[mutant.status] ?? 0) + 1;
  }
  const count = (statuses) => statuses.reduce((sum, status) => sum + (counts[status] ?? 0), 0);
  const detected = count(DETECTED);
  const valid = detected + count(UNDETECTED);
  const total = Object.values(counts).reduce((sum, n) => sum + n, 0);
  return { counts, total, score: valid === 0 ? 100 : (detected / valid) * 100 };
}

const results = [];
for (const name of chosen) {
  const configFile = `packages/${name}/stryker.config.mjs`;
  const { default: options } = await import(new URL(`../${configFile}`, import.meta.url).href);
  console.log(`\n=== @antislavery/${name}`);
  const started = Date.now();
  const run = spawnSync(
    process.execPath,
    [stryker, 'run', configFile, ...(values.force ? ['--force'] : [])],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  const minutes = (Date.now() - started) / 60_000;
  const report = new URL(`../${options.jsonReporter.fileName}`, import.meta.url);
  let summary;
  try {
    // A report older than this run is from an earlier one: this run did not get as far.
    if (statSync(report).mtimeMs >= started) summary = summarise(JSON.parse(readFileSync(report, 'utf8')));
  } catch {
    summary = undefined;
  }
  results.push({ name, status: run.status, minutes, summary, breakAt: options.thresholds.break });
}

console.log('\npackage     score  break  killed  timeout  survived  no-cover  ignored  total  minutes');
let failed = false;
for (const { name, status, minutes, summary, breakAt } of results) {
  const below = summary === undefined || summary.score < breakAt;
  failed ||= below || status !== 0;
  const c = summary?.counts ?? {};
  const cells = [
    name.padEnd(10),
    (summary === undefined ? 'n/a' : summary.score.toFixed(2)).padStart(6),
    String(breakAt).padStart(6),
    String(c.Killed ?? 0).padStart(7),
    String(c.Timeout ?? 0).padStart(8),
    String(c.Survived ?? 0).padStart(9),
    String(c.NoCoverage ?? 0).padStart(9),
    String(c.Ignored ?? 0).padStart(8),
    String(summary?.total ?? 0).padStart(6),
    minutes.toFixed(1).padStart(8),
  ];
  console.log(
    `${cells.join(' ')}${below ? '  UNDER THE BREAK THRESHOLD' : ''}${status !== 0 && !below ? '  (Stryker failed)' : ''}`,
  );
}
process.exit(failed ? 1 : 0);
