// What the compiler can check about the documentation, in one program:
// - every documented example (see find-examples.ts) type-checks with the options the packages
//   use, including those fenced ```ts no-run that cannot run in a test, so that an example that
//   cannot run, or that runs but misuses a type, still cannot drift from the API
//   (documented-examples.test.ts runs them);
// - every export of every entry point of every package has TSDoc with a ```ts example;
// - the guides name only constants and functions that the packages export.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entryPoints, exportedNames } from './documented-exports.js';
import { findExamples, markdownFiles, ROOT } from './find-examples.js';
import { typeCheckExamples } from './type-check-examples.js';
import { type ShownResult, withAssertions } from './with-assertions.js';

const examples = findExamples();
const results = examples.map((example): readonly ShownResult[] => {
  try {
    return withAssertions(example.code, example.line).results;
  } catch {
    return []; // documented-examples.test.ts reports it
  }
});

/**
 * Examples in the packages' TSDoc that run and give what they show but that the compiler rejects,
 * each with the reason. They are expected to fail: once one is fixed, its test fails until it is
 * taken off this list.
 */
const KNOWN_TYPE_ERRORS: Readonly<Record<string, string>> = {
  'packages/metrics/src/metrics/metric-definition.ts › Calculator':
    'records written `as const` are readonly, which the calculator does not accept',
  'packages/metrics/src/metrics/run-metric.ts › runMetric':
    'records written `as const` are readonly, which runMetric does not accept',
  'packages/metrics/src/report/build-report.ts › reportCalculator':
    'records written `as const` are readonly, which the calculator does not accept',
  'packages/metrics/src/report/build-report.ts › buildReport':
    'records written `as const` are readonly, which buildReport does not accept',
  'packages/model/src/lists/countries.ts › OVERSEAS_COUNTRIES':
    "includes('United Kingdom') on a list typed without it is a type error",
  'packages/model/src/partnership/errors.ts › InvalidPeriodError':
    'periodStart takes only `from`: passing `to` as well is an excess property',
  'packages/model/src/partnership/period.ts › periodStart':
    'periodStart takes only `from`: passing `to` as well is an excess property',
  'packages/model/src/partnership/period.ts › periodEnd':
    'periodEnd takes only `to`: passing `from` as well is an excess property',
};

const entries = entryPoints();
const { problems, program } = typeCheckExamples(
  examples,
  results,
  entries.map((entry) => entry.file),
);

describe('the documented examples', () => {
  examples.forEach((example, index) => {
    const known = KNOWN_TYPE_ERRORS[example.name];
    const test = known === undefined ? it : it.fails;
    const note = known === undefined ? '' : ` (known to fail: ${known})`;
    test(`${example.name} type-checks${example.mode === 'no-run' ? ' (no-run)' : ''}${note}`, () => {
      expect(problems[index]?.map((problem) => `${problem.where}: ${problem.message}`)).toEqual([]);
    });
  });

  it('lists as known failures only examples that exist', () => {
    const names = new Set(examples.map((example) => example.name));
    expect(Object.keys(KNOWN_TYPE_ERRORS).filter((name) => !names.has(name))).toEqual([]);
  });
});

describe('the TSDoc of every export', () => {
  it('is read from every entry point of every package', () => {
    expect(entries.map((entry) => entry.specifier)).toEqual(
      expect.arrayContaining(['@antislavery/model', '@antislavery/rules', '@antislavery/cli']),
    );
  });

  for (const entry of entries) {
    it(`gives each export of ${entry.specifier} an example`, () => {
      const names = exportedNames(program, entry.file);
      expect(names.length).toBeGreaterThan(0);
      expect(names.filter((name) => !name.documented).map((name) => name.name)).toEqual([]);
    });
  }

  it('finds exactly the documented exports of @antislavery/cli', () => {
    const cli = entries.find((entry) => entry.specifier === '@antislavery/cli');
    const names = cli ? exportedNames(program, cli.file).map((name) => name.name) : [];
    expect(names.sort()).toEqual(['CliIo', 'CliOutput', 'EXIT_CODES', 'ExitCode', 'processIo', 'runCli']);
  });

  // The calendar's reference shows every function and constant with its result, so that a reader
  // sees what each gives: a line naming it, then its `//=>` result.
  it('shows each function and constant of @antislavery/model/calendar with a result', () => {
    const calendar = entries.find((entry) => entry.specifier === '@antislavery/model/calendar');
    const names = calendar ? exportedNames(program, calendar.file) : [];
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((name) => name.value && !name.shownWithResult).map((name) => name.name)).toEqual([]);
  });
});

/** Names a guide may write as a call or constant that are not exports: methods, Node's own, environment variables. */
const NOT_EXPORTS = new Set([
  // a calculator's methods, Math.ceil, Node's fs
  'init',
  'add',
  'merge',
  'result',
  'ceil',
  'createReadStream',
  'require',
  // environment variables
  'NODE_AUTH_TOKEN',
]);

describe('the guides', () => {
  const exported = new Set(
    entries.flatMap((entry) => exportedNames(program, entry.file).map(({ name }) => name)),
  );

  for (const file of markdownFiles()) {
    it(`${file} names only constants and functions that the packages export`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const named = [
        ...[...text.matchAll(/`([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)`/g)].map((match) => match[1]),
        ...[...text.matchAll(/`([a-z][A-Za-z]+)\(/g)].map((match) => match[1]),
        ...(file === 'docs/model.md'
          ? [...text.matchAll(/^\| `([a-z]+[A-Z][A-Za-z]*)`/gm)].map((match) => match[1])
          : []),
      ];
      expect(
        named.filter((name) => name !== undefined && !exported.has(name) && !NOT_EXPORTS.has(name)),
      ).toEqual([]);
    });
  }
});
