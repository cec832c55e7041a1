// The packages as a council's app gets them: each one packed with `npm pack`, installed from the
// tarballs into a fresh project, then loaded with `import` and with `require`, its binary run,
// and its types checked by TypeScript under node16 and bundler resolution. Everything else in the
// suite runs against `src`; this is the test of what is published. Packages whose build is
// missing or stale are built first (once).
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { ensureBuilt } from '../support/ensure-built.js';
import { installConsumer, type PackedPackage, packPackages } from '../support/packed-consumer.js';
import { publishablePackages } from '../support/workspace-packages.js';

type Run = { readonly code: number; readonly stdout: string; readonly stderr: string };

/** Runs a command in the consumer project; never rejects, so a failure shows its output. */
function runInConsumer(command: string, args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: consumer, encoding: 'utf8' }, (error, stdout, stderr) => {
      resolve({ code: error === null ? 0 : Number(error.code ?? 1), stdout, stderr });
    });
  });
}

/** Every entry point, and functions (or classes) each must export. */
const ENTRY_POINTS: Readonly<Record<string, readonly string[]>> = {
  '@antislavery/model': ['addWorkingDays', 'isIsoDate', 'parsePledge', 'InvalidIsoDateError'],
  '@antislavery/model/calendar': [
    'addWorkingDays',
    'isWorkingDay',
    'workingDaysBetween',
    'InvalidIsoDateError',
  ],
  '@antislavery/model/lists': ['isPoliceForce', 'classifyOrganisation'],
  '@antislavery/model/examples': [],
  '@antislavery/rules': ['compile', 'evaluate', 'explain', 'defineRuleSet'],
  '@antislavery/rules/json': ['loadRuleSet', 'loadCaseFile'],
  '@antislavery/pathways': ['decidePathway', 'safeDecidePathway', 'runPathwayCases'],
  '@antislavery/referrals': ['validateReferral', 'validateNotification', 'validateCaseRecord', 'redact'],
  '@antislavery/referrals/read-exports': ['readCaseRecords', 'InvalidColumnMappingError'],
  '@antislavery/metrics': ['buildReport', 'renderMarkdown'],
  '@antislavery/metrics/synthetic': ['generateCaseRecords', 'syntheticCaseRecords'],
  '@antislavery/cli': ['runCli', 'processIo'],
};

/** A file-matching subpath of the exports map, with one file a consumer may load through it. */
const WILDCARD_FILES: Readonly<Record<string, string>> = {
  '@antislavery/pathways/cases/*': '@antislavery/pathways/cases/national-children.json',
};

/**
 * Loads every entry point and calls one real function per package. `load` and `loadJson` come
 * first: `import()` for the ESM consumer, `require` for the CommonJS one. Prints JSON.
 */
const PROGRAM = `
const entries = ${JSON.stringify(Object.keys(ENTRY_POINTS))};
const modules = {};
for (const id of entries) modules[id] = await load(id);
const exportsOf = {};
for (const id of entries) {
  exportsOf[id] = Object.keys(modules[id]).filter((key) => key !== 'default' && key !== '__esModule').sort();
}
const functionsOf = {};
for (const id of entries) {
  functionsOf[id] = exportsOf[id].filter((key) => typeof modules[id][key] === 'function');
}
const model = modules['@antislavery/model'];
const calendar = modules['@antislavery/model/calendar'];
const lists = modules['@antislavery/model/lists'];
const examples = modules['@antislavery/model/examples'];
const rules = modules['@antislavery/rules'];
const rulesJson = modules['@antislavery/rules/json'];
const pathways = modules['@antislavery/pathways'];
const referrals = modules['@antislavery/referrals'];
const readExports = modules['@antislavery/referrals/read-exports'];
const metrics = modules['@antislavery/metrics'];
const synthetic = modules['@antislavery/metrics/synthetic'];
const cli = modules['@antislavery/cli'];

const results = {};
results.addWorkingDays = calendar.addWorkingDays('2025-12-24', 1, 'england-and-wales');
results.isIsoDate = [model.isIsoDate('2024-02-29'), model.isIsoDate('2025-02-30')];
results.oneErrorClassAcrossEntries = calendar.InvalidIsoDateError === model.InvalidIsoDateError;
results.isPoliceForce = [lists.isPoliceForce('Cheshire Constabulary'), lists.isPoliceForce('Cheshire Police')];
results.examplePledgeParses = model.parsePledge(examples.cheshirePledge).ok;

const compiled = rules.compile({
  name: 'consent',
  rules: [
    {
      id: 'seek-consent',
      description: "Seek the person's consent",
      citation: { title: 'Example guidance', section: 'para 3' },
      inForce: { from: '2025-01-01' },
      when: { op: 'eq', fact: 'person.under18', value: 'no' },
      outcome: { action: 'seek-consent' },
    },
  ],
});
results.evaluate = ['2025-06-01', '2024-12-31'].map((asOf) =>
  rules.evaluate(compiled, { person: { under18: 'no' } }, { asOf }).outcomes.map((fired) => fired.outcome),
);
try {
  rules.evaluate(compiled, {}, { asOf: '2025-02-30' });
  results.evaluateOnABadDate = 'returned';
} catch (error) {
  results.evaluateOnABadDate = error instanceof model.InvalidIsoDateError ? 'threw InvalidIsoDateError' : String(error);
}

const caseFile = await loadJson('@antislavery/pathways/cases/national-children.json');
const loaded = rulesJson.loadCaseFile(caseFile);
results.shippedCaseFile = loaded.ok ? { ok: true, ruleSet: loaded.caseFile.ruleSet } : loaded.issues;

const decision = pathways.decidePathway(
  { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes', inImmediateDanger: false } },
  { asOf: '2026-04-01' },
);
results.childPathway = {
  treatedAsChild: decision.treatedAsChild,
  consentRequired: decision.consentRequired,
  actions: decision.actions.map((action) => action.id),
  dutyToNotify: decision.dutyToNotify,
};

const referral = referrals.validateReferral({ jurisdiction: 'England' });
results.referralIssues = referral.ok
  ? []
  : referral.issues.filter((issue) => issue.path[0] === 'jurisdiction').map((issue) => [issue.code, issue.message]);

const csv = [
  'reference,kind,referralDate,ageGroupAtExploitation,exploitationTypes,firstResponderType,jurisdiction',
  'NRM-1,nrm-referral,2025-01-06,adult,forced-to-work;wages-taken,local-authority,england',
  'NRM-2,nrm-referral,2025-02-30,adult,forced-to-work,local-authority,england',
].join('\\n');
results.readCaseRecords = [];
for await (const row of readExports.readCaseRecords(csv, { asOf: '2025-06-30' })) {
  results.readCaseRecords.push(row.ok ? 'ok' : row.issues[0].code);
}

const record = {
  reference: 'NRM-1',
  kind: 'nrm-referral',
  referralDate: '2025-02-03',
  ageGroupAtExploitation: 'adult',
  exploitationTypes: ['forced-to-work'],
  firstResponderType: 'police',
  jurisdiction: 'england',
};
results.smallCount = metrics.buildReport([record, record], { period: '2025-Q1' }).headline.counts[0].current;
results.synthetic = synthetic
  .generateCaseRecords({ seed: 7, count: 3, from: '2025-01-01', to: '2025-03-31' })
  .map((generated) => generated.reference);
results.exitCodes = cli.EXIT_CODES;

console.log(JSON.stringify({ exports: exportsOf, functions: functionsOf, results }));
`;

const ESM_PROGRAM = `const load = (id) => import(id);
const loadJson = async (id) => (await import(id, { with: { type: 'json' } })).default;
${PROGRAM}`;

const CJS_PROGRAM = `const load = async (id) => require(id);
const loadJson = async (id) => require(id);
(async () => {
${PROGRAM}
})().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
`;

/**
 * A TypeScript consumer, written once and checked as .mts and .cts (node16) and as .ts (bundler).
 * `@ts-expect-error` lines fail the check if a type has become `any`.
 */
const TYPESCRIPT_CONSUMER = `import { cheshirePledge } from '@antislavery/model/examples';
import { parsePledge, type Pledge } from '@antislavery/model';
import { addWorkingDays, InvalidIsoDateError, type IsoDate } from '@antislavery/model/calendar';
import { isPoliceForce, type PoliceForce } from '@antislavery/model/lists';
import { compile, type CompiledRuleSet, evaluate } from '@antislavery/rules';
import { type LoadCaseFileResult, loadCaseFile } from '@antislavery/rules/json';
import { decidePathway, type PathwayDecision } from '@antislavery/pathways';
import { validateReferral } from '@antislavery/referrals';
import { type ExportRow, readCaseRecords } from '@antislavery/referrals/read-exports';
import { buildReport, type Report } from '@antislavery/metrics';
import { generateCaseRecords } from '@antislavery/metrics/synthetic';
import { EXIT_CODES, type ExitCode } from '@antislavery/cli';

export const due: IsoDate = addWorkingDays('2025-12-24', 1, 'england-and-wales');
// @ts-expect-error 'wales' is not a bank holiday division
addWorkingDays('2025-12-24', 1, 'wales');
export const isDateError = (error: unknown): error is InvalidIsoDateError => error instanceof InvalidIsoDateError;

export const pledge: Pledge = cheshirePledge;
export const pledgeParses: boolean = parsePledge(cheshirePledge).ok;
const named: unknown = 'Cheshire Constabulary';
export const force: PoliceForce | undefined = isPoliceForce(named) ? named : undefined;

export const compiled: CompiledRuleSet = compile({ name: 'empty', rules: [] });
export const fired: number = evaluate(compiled, {}, { asOf: '2025-06-01' }).outcomes.length;
export const loaded: LoadCaseFileResult = loadCaseFile({ cases: [] });

export const decision: PathwayDecision = decidePathway(
  { jurisdiction: 'england', responder: { organisationType: 'police' }, person: { under18: 'yes', inImmediateDanger: false } },
  { asOf: '2026-04-01' },
);
// @ts-expect-error a jurisdiction is one of four, written in lower case
decidePathway({ jurisdiction: 'England', responder: { organisationType: 'police' }, person: { under18: 'yes' } });

const referral = validateReferral({});
export const codes: readonly string[] = referral.ok ? [] : referral.issues.map((issue) => issue.code);

export async function rows(csv: string): Promise<ExportRow[]> {
  const all: ExportRow[] = [];
  for await (const row of readCaseRecords(csv)) all.push(row);
  return all;
}

export const report: Report = buildReport(
  generateCaseRecords({ seed: 1, count: 10, from: '2025-01-01', to: '2025-03-31' }),
  { period: '2025-Q1' },
);
export const usage: ExitCode = EXIT_CODES.usage;
`;

/** Compiler options every TypeScript consumer shares: strict, and the packages' own .d.ts checked. */
const STRICT = { strict: true, noEmit: true, skipLibCheck: false, target: 'es2022' };

type Output = {
  readonly exports: Record<string, readonly string[]>;
  readonly functions: Record<string, readonly string[]>;
  readonly results: Record<string, unknown>;
};

/** The results worked out from the sources, not from running the code. */
const EXPECTED_RESULTS = {
  // Christmas Day and Boxing Day 2025 fall on Thursday and Friday: the next working day after
  // Christmas Eve in England and Wales is Monday 29 December.
  addWorkingDays: '2025-12-29',
  // 2024 is a leap year; February 2025 has 28 days.
  isIsoDate: [true, false],
  // Every entry of a package shares one copy of a class (tsup.base.ts: shared chunks).
  oneErrorClassAcrossEntries: true,
  // The form's list names the force 'Cheshire Constabulary'.
  isPoliceForce: [true, false],
  examplePledgeParses: true,
  // The rule is in force from 2025-01-01 only.
  evaluate: [[{ action: 'seek-consent' }], []],
  // The rules engine throws the model's error class: one copy of @antislavery/model, not two.
  evaluateOnABadDate: 'threw InvalidIsoDateError',
  shippedCaseFile: { ok: true, ruleSet: 'National referral pathway' },
  // A child: safeguard first through children's services, then a referral needing no consent,
  // which discharges the duty to notify (referral rules S9, S11 to S13, S54, S55).
  childPathway: {
    treatedAsChild: true,
    consentRequired: false,
    actions: ['contact-childrens-services', 'submit-nrm-referral'],
    dutyToNotify: { applies: true, dischargedBy: 'nrm-referral' },
  },
  // 'England' is not one of the form's options (they are lower-case ids).
  referralIssues: [['referral.jurisdiction.invalid-option', 'Select where you are making this report']],
  // 30 February does not exist.
  readCaseRecords: ['ok', 'case-record.referral-date.invalid-date'],
  // Counts from 1 to 4 are suppressed by default.
  smallCount: { suppressed: true, reason: 'primary' },
  synthetic: ['SYN-7-0000001', 'SYN-7-0000002', 'SYN-7-0000003'],
  exitCodes: { ok: 0, failed: 1, usage: 2 },
};

let workDir = '';
let consumer = '';
let packed: readonly PackedPackage[] = [];
const outputs = new Map<string, Promise<Output>>();

/** Runs a consumer program once, however many tests read its output. */
function output(file: string): Promise<Output> {
  let result = outputs.get(file);
  if (result === undefined) {
    result = runInConsumer(process.execPath, [file]).then(({ code, stdout, stderr }) => {
      if (code !== 0) throw new Error(`node ${file} exited with ${code}:\n${stderr}`);
      return JSON.parse(stdout) as Output;
    });
    outputs.set(file, result);
  }
  return result;
}

function typeCheck(project: string): Promise<Run> {
  return runInConsumer(process.execPath, [join(consumer, 'node_modules/typescript/bin/tsc'), '-p', project]);
}

// Packaging does not depend on the time zone: CI's extra runs under other zones
// (ANTISLAVERY_TEST_TZ) skip this file rather than pack and install four times.
describe.skipIf(process.env.ANTISLAVERY_TEST_TZ !== undefined).concurrent(
  'the packed packages, installed in a fresh project',
  () => {
    beforeAll(async () => {
      await ensureBuilt();
      workDir = mkdtempSync(join(tmpdir(), 'antislavery-consumer-'));
      consumer = join(workDir, 'consumer');
      packed = await packPackages(publishablePackages(), workDir);
      await installConsumer(consumer, packed, ['zod', 'typescript', '@types/node']);

      writeFileSync(join(consumer, 'esm.mjs'), ESM_PROGRAM);
      writeFileSync(join(consumer, 'cjs.cjs'), CJS_PROGRAM);
      for (const file of ['consumer.mts', 'consumer.cts', 'consumer.ts']) {
        writeFileSync(join(consumer, file), TYPESCRIPT_CONSUMER);
      }
      writeFileSync(
        join(consumer, 'tsconfig.node16.json'),
        JSON.stringify({
          // A Node app: Node's own types, no DOM.
          compilerOptions: {
            ...STRICT,
            module: 'node16',
            moduleResolution: 'node16',
            lib: ['es2022'],
            types: ['node'],
          },
          files: ['consumer.mts', 'consumer.cts'],
        }),
      );
      writeFileSync(
        join(consumer, 'tsconfig.bundler.json'),
        JSON.stringify({
          // A browser app built by a bundler: the DOM's types, not Node's.
          compilerOptions: {
            ...STRICT,
            module: 'esnext',
            moduleResolution: 'bundler',
            lib: ['es2022', 'dom'],
            types: [],
          },
          files: ['consumer.ts'],
        }),
      );
    }, 300_000);

    afterAll(async () => {
      if (workDir !== '') await rm(workDir, { recursive: true, force: true });
    }, 120_000);

    it('has a check for every entry point of every package', ({ expect }) => {
      const entryPoints = publishablePackages().flatMap(({ name, manifest }) =>
        Object.keys(manifest.exports as Record<string, unknown>)
          .filter((subpath) => subpath !== './package.json')
          .map((subpath) => (subpath === '.' ? name : `${name}/${subpath.slice(2)}`)),
      );
      expect(entryPoints.sort()).toEqual(
        [...Object.keys(ENTRY_POINTS), ...Object.keys(WILDCARD_FILES)].sort(),
      );
    });

    it('packs every publishable package', ({ expect }) => {
      expect(packed.map(({ name }) => name).sort()).toEqual(
        publishablePackages()
          .map(({ name }) => name)
          .sort(),
      );
    });

    it('imports every entry point as ESM, each exporting its functions', async ({ expect }) => {
      const { functions } = await output('esm.mjs');
      for (const [id, expected] of Object.entries(ENTRY_POINTS)) {
        expect(functions[id], id).toEqual(expect.arrayContaining([...expected]));
      }
    });

    it('requires every entry point as CommonJS, with the same exports as ESM', async ({ expect }) => {
      const [esm, cjs] = await Promise.all([output('esm.mjs'), output('cjs.cjs')]);
      for (const id of Object.keys(ENTRY_POINTS)) {
        expect(cjs.exports[id], id).toEqual(esm.exports[id]);
        expect(esm.exports[id]?.length, id).toBeGreaterThan(0);
      }
    });

    it('gives the results worked from the sources when loaded as ESM', async ({ expect }) => {
      expect((await output('esm.mjs')).results).toEqual(EXPECTED_RESULTS);
    });

    it('gives the same results when loaded as CommonJS', async ({ expect }) => {
      expect((await output('cjs.cjs')).results).toEqual(EXPECTED_RESULTS);
    });

    it('installs the antislavery binary, which prints the version of the package', async ({ expect }) => {
      const cli = packed.find(({ name }) => name === '@antislavery/cli');
      expect(await runInConsumer(join(consumer, 'node_modules/.bin/antislavery'), ['--version'])).toEqual({
        code: 0,
        stdout: `${cli?.version}\n`,
        stderr: '',
      });
    });

    it('type-checks in a Node project with node16 resolution, from ESM (.mts) and CommonJS (.cts)', async ({
      expect,
    }) => {
      expect(await typeCheck('tsconfig.node16.json')).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('type-checks in a browser project with bundler resolution', async ({ expect }) => {
      expect(await typeCheck('tsconfig.bundler.json')).toEqual({ code: 0, stdout: '', stderr: '' });
    });
  },
  120_000,
);
