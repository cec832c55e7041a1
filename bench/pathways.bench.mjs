// Benchmark of @antislavery/pathways against its built output, as a consumer loads it:
// - decisions per second for decidePathway (national rules, and with a local pathway) and
//   safeDecidePathway, against a baseline in the same run: the raw engine's evaluate of the same
//   national rule set on the same facts, already enriched (no checking, no responder status, no
//   assembly). The ratio is what the checking, the responder status rules and the assembly cost;
//   every case is first checked to give the same steps both ways;
// - the minified and gzipped size of a bundle that imports decidePathway with the national rules
//   (zod external, as a peer dependency), with the largest inputs.
//
// Run with `node --expose-gc bench/pathways.bench.mjs` after
// `npm run build -w @antislavery/model -w @antislavery/rules -w @antislavery/pathways`.

import { gzipSync } from 'node:zlib';
import {
  decidePathway,
  nationalRuleSet,
  pathwayEngineFacts,
  safeDecidePathway,
  wolverhamptonLocalPathway,
} from '@antislavery/pathways';
import { compile, evaluate } from '@antislavery/rules';
import { build } from 'esbuild';
import { Bench } from 'tinybench';

const CASES = 2000;
const SEED = 20260401;
const TARGET_GZIP_BYTES = 20 * 1024;

function mulberry32(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = mulberry32(SEED);
const pick = (items) => items[Math.floor(random() * items.length)];
const chance = (p) => random() < p;

// A day's caseload is decided on a few dates, as a batch or a busy day would be.
const AS_OF_DATES = ['2015-10-31', '2021-06-01', '2024-06-01', '2026-04-01'];
const ORGANISATIONS = {
  england: [
    ['local-authority', 'Derby City Council'],
    ['police', 'Derbyshire Constabulary'],
    ['designated-charity', 'The Salvation Army'],
  ],
  wales: [
    ['local-authority', 'City of Cardiff Council'],
    ['police', 'South Wales Police'],
  ],
  scotland: [
    ['police', 'Police Scotland'],
    ['designated-charity', 'Trafficking Awareness Raising Alliance TARA'],
  ],
  'northern-ireland': [
    ['police', 'Police Service of Northern Ireland'],
    ['local-authority', 'Belfast City Council'],
  ],
};
const TYPES = [
  'local-authority',
  'police',
  'home-office',
  'designated-charity',
  'hsc-trust',
  'nhs',
  'charity',
  'business',
];

function generateCase() {
  const jurisdiction = pick(['england', 'england', 'england', 'wales', 'scotland', 'northern-ireland']);
  let responder;
  if (chance(0.4)) {
    const [organisationType, organisation] = pick(ORGANISATIONS[jurisdiction]);
    responder = { organisationType, organisation };
  } else {
    responder = { organisationType: pick(TYPES) };
  }
  if (chance(0.3)) responder.team = pick(['childrens-services', 'mash', 'housing', 'other']);
  const under18 = pick(['no', 'no', 'no', 'yes', 'not-sure']);
  const person = { under18 };
  if (chance(0.8)) person.consent = pick(['given', 'given', 'refused', 'not-sought']);
  if (chance(0.8)) person.inImmediateDanger = chance(0.05);
  if (chance(0.7)) person.hasCareAndSupportNeeds = chance(0.2);
  if (chance(0.6)) person.cooperatingWithAuthorities = chance(0.5);
  return { facts: { jurisdiction, responder, person }, asOf: pick(AS_OF_DATES) };
}

const cases = Array.from({ length: CASES }, generateCase);
const compiled = Object.fromEntries(
  ['england', 'wales', 'scotland', 'northern-ireland'].map((jurisdiction) => [
    jurisdiction,
    compile(nationalRuleSet(jurisdiction)),
  ]),
);
const enriched = cases.map(({ facts, asOf }) => ({
  compiled: compiled[facts.jurisdiction],
  facts: pathwayEngineFacts(facts, { asOf }),
  asOf,
}));

// --- Agreement: the raw engine's outcomes and decidePathway's steps are the same. -----------------
const stepsOfOutcomes = (outcomes) =>
  [...new Set(outcomes.flatMap((fired) => (fired.outcome.actions ?? []).map((action) => action.id)))].sort();
let disagreements = 0;
for (let i = 0; i < CASES; i++) {
  const { facts, asOf } = cases[i];
  const decided = decidePathway(facts, { asOf })
    .actions.map((action) => action.id)
    .sort();
  const raw = stepsOfOutcomes(evaluate(enriched[i].compiled, enriched[i].facts, { asOf }).outcomes);
  if (decided.join(',') !== raw.join(',')) {
    disagreements++;
    if (disagreements <= 5) console.error(`case ${i}: decidePathway [${decided}], engine [${raw}]`);
  }
}
if (disagreements > 0) {
  console.error(`FAIL: ${disagreements} disagreements; nothing timed.`);
  process.exit(1);
}
const steps = cases.reduce((sum, { facts, asOf }) => sum + decidePathway(facts, { asOf }).actions.length, 0);
console.log(
  `${CASES} generated cases (seed ${SEED}), ${(steps / CASES).toFixed(2)} steps per decision on average; decidePathway and the raw engine agree on every case.\n`,
);

// --- Timing: each task decides the whole batch once per iteration; best of interleaved rounds. ---
const ROUNDS = 5;
let sink = 0;
const tasks = {
  'engine evaluate (baseline)': () => {
    for (let i = 0; i < enriched.length; i++) {
      const c = enriched[i];
      sink += evaluate(c.compiled, c.facts, { asOf: c.asOf }).outcomes.length;
    }
  },
  decidePathway: () => {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      sink += decidePathway(c.facts, { asOf: c.asOf }).actions.length;
    }
  },
  'decidePathway, local pathway': () => {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      if (c.facts.jurisdiction !== 'england') continue;
      sink += decidePathway(c.facts, { asOf: c.asOf, local: wolverhamptonLocalPathway }).actions.length;
    }
  },
  safeDecidePathway: () => {
    for (let i = 0; i < cases.length; i++) {
      const c = cases[i];
      const result = safeDecidePathway(c.facts, { asOf: c.asOf });
      sink += result.ok ? result.decision.actions.length : 0;
    }
  },
};
const englandCases = cases.filter((c) => c.facts.jurisdiction === 'england').length;
const batch = { 'decidePathway, local pathway': englandCases };
const best = {};
for (let round = 0; round < ROUNDS; round++) {
  globalThis.gc?.();
  const bench = new Bench({ time: 800, warmupTime: 200 });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) {
    best[task.name] = Math.min(best[task.name] ?? Number.POSITIVE_INFINITY, task.result.period);
  }
}
const rate = (name) => ((batch[name] ?? CASES) * 1000) / best[name];
const baseline = rate('engine evaluate (baseline)');
const fmt = (n) => Math.round(n).toLocaleString('en-GB');
console.log(`Decisions per second (best of ${ROUNDS} interleaved rounds)`);
for (const name of Object.keys(tasks)) {
  const value = rate(name);
  console.log(
    `  ${name.padEnd(30)} ${fmt(value).padStart(10)}   ${(value / baseline).toFixed(2)}x the baseline`,
  );
}

// --- Bundle size. ---------------------------------------------------------------------------------
async function bundleSize(contents, external, conditions = []) {
  const result = await build({
    stdin: { contents, resolveDir: new URL('..', import.meta.url).pathname },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    metafile: true,
    external,
    conditions,
    logLevel: 'silent',
  });
  const text = result.outputFiles[0].text;
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs)
    .map(([path, input]) => [
      path.replace(/^.*node_modules\//, '').replace(/^packages\//, ''),
      input.bytesInOutput,
    ])
    .sort((a, b) => b[1] - a[1]);
  const zod = /\$ZodType|ZodError/.test(text) ? 'bundled' : /\bfrom\s*"zod"/.test(text) ? 'imported' : 'no';
  return { gzip: gzipSync(text).length, raw: text.length, inputs, zod };
}
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const DECIDE = "export { decidePathway } from '@antislavery/pathways';";
const sizes = {
  built: await bundleSize(DECIDE, ['zod']),
  modules: await bundleSize(DECIDE, ['zod'], ['@antislavery/source']),
  own: await bundleSize(DECIDE, ['zod', '@antislavery/model', '@antislavery/model/*', '@antislavery/rules']),
  engine: await bundleSize("export { compile, evaluate } from '@antislavery/rules';", ['zod']),
};
console.log(
  '\nBundle of `export { decidePathway }` with the national rules (esbuild, minified, gzip, zod external)',
);
const line = (name, size) =>
  console.log(
    `  ${name.padEnd(66)} ${kib(size.gzip).padStart(9)} gz ${kib(size.raw).padStart(10)} min  zod: ${size.zod}`,
  );
line('from the built packages, as a consumer bundles them', sizes.built);
line("from the packages' modules (each module tree-shaken on its own)", sizes.modules);
line("the pathway package's own code (model and rules external)", sizes.own);
line('for comparison, the engine alone (compile, evaluate)', sizes.engine);
console.log('  largest inputs from the built packages (minified bytes):');
for (const [path, bytes] of sizes.built.inputs.slice(0, 6))
  console.log(`    ${String(bytes).padStart(7)}  ${path}`);
console.log('  largest inputs from the modules (minified bytes):');
for (const [path, bytes] of sizes.modules.inputs.slice(0, 8))
  console.log(`    ${String(bytes).padStart(7)}  ${path}`);
const withinTarget = sizes.built.gzip < TARGET_GZIP_BYTES && sizes.built.zod !== 'bundled';
console.log(
  `\nBundle target (under ${kib(TARGET_GZIP_BYTES)} gzipped, zod external): ${withinTarget ? 'PASS' : 'FAIL'}`,
);
if (sink === -1) console.log(sink);
process.exit(withinTarget ? 0 : 1);
