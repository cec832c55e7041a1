import type { IsoDate } from '@antislavery/model/calendar';
import type { CompiledRuleSet } from './compile.js';
import { InvalidArgumentError } from './errors.js';
import { type Evaluation, evaluate } from './evaluate.js';
import type { DeepPartial, PartialFacts } from './types/deep-partial.js';

/**
 * What a list in a case must hold. An array means exactly these items; an object lists items the
 * result must include and items it must not.
 *
 * - For `outcomes` and `fired`, an array must match the result exactly and in order (priority
 *   order matters); for `missing` and `undecided`, exactly but in any order.
 * - Outcomes match partially: an expected object matches an outcome holding at least its
 *   properties, at every depth (arrays inside must have the same length and match item by item).
 *
 * @typeParam Item - what the list holds
 *
 * @example
 * ```ts
 * import type { ListExpectation } from '@antislavery/rules';
 *
 * const exactly: ListExpectation<string> = ['seek-consent'];
 * const someOf: ListExpectation<string> = { includes: ['seek-consent'], excludes: ['notify'] };
 * ```
 */
export type ListExpectation<Item> =
  | readonly Item[]
  | { readonly includes?: readonly Item[]; readonly excludes?: readonly Item[] };

/**
 * What a case expects of its evaluation. Every part is optional; give at least one.
 *
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { CaseExpectation } from '@antislavery/rules';
 *
 * const expect: CaseExpectation<{ action: string; urgent: boolean }> = {
 *   outcomes: { includes: [{ action: 'seek-consent' }], excludes: [{ action: 'notify' }] },
 *   missing: [],
 * };
 * ```
 */
export interface CaseExpectation<Outcome = unknown> {
  /** The outcomes, matched partially. */
  readonly outcomes?: ListExpectation<DeepPartial<Outcome>>;
  /** The ids of the rules that fired. */
  readonly fired?: ListExpectation<string>;
  /** The fact paths reported missing. */
  readonly missing?: ListExpectation<string>;
  /** The ids of the rules that could not be decided. */
  readonly undecided?: ListExpectation<string>;
}

/**
 * One test case for a rule set: facts, a date, and what the evaluation should give.
 *
 * @typeParam Facts - the facts type of the rule set
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { TestCase } from '@antislavery/rules';
 *
 * const adult: TestCase<{ person: { under18: string } }, { action: string }> = {
 *   name: 'an adult is asked for consent',
 *   asOf: '2025-06-01',
 *   facts: { person: { under18: 'no' } },
 *   expect: { outcomes: [{ action: 'seek-consent' }] },
 * };
 * ```
 */
export interface TestCase<Facts = unknown, Outcome = unknown> {
  /** A name that states the behaviour, such as "an adult is asked for consent". */
  readonly name: string;
  /** More detail, if the name is not enough. */
  readonly description?: string;
  /** The evaluation date. */
  readonly asOf: IsoDate;
  /** The case's facts. */
  readonly facts: PartialFacts<Facts>;
  /** What the evaluation should give. */
  readonly expect: CaseExpectation<Outcome>;
}

/**
 * A set of test cases, as stored in a case file.
 *
 * @typeParam Facts - the facts type of the rule set
 * @typeParam Outcome - the outcome type of the rule set
 *
 * @example
 * ```ts
 * import type { CaseFile } from '@antislavery/rules';
 *
 * const file: CaseFile = { ruleSet: 'consent', cases: [] };
 * ```
 */
export interface CaseFile<Facts = unknown, Outcome = unknown> {
  /** The name of the rule set the cases are for. */
  readonly ruleSet?: string;
  /** The cases. */
  readonly cases: readonly TestCase<Facts, Outcome>[];
}

/**
 * One way a case did not get what it expected.
 *
 * @example
 * ```ts
 * import type { CaseFailure } from '@antislavery/rules';
 *
 * const failure: CaseFailure = {
 *   check: 'outcomes.includes',
 *   message: 'expected an outcome matching {"action":"notify"}, but none did',
 *   expected: { action: 'notify' },
 *   actual: [],
 * };
 * ```
 */
export interface CaseFailure {
  /** Which expectation failed: `outcomes`, `outcomes.includes`, `fired.excludes`, `asOf`, `case`... */
  readonly check: string;
  /** What went wrong, in plain English. */
  readonly message: string;
  /** What was expected. */
  readonly expected: unknown;
  /** What the evaluation gave. */
  readonly actual: unknown;
}

/**
 * The result of one case.
 *
 * @example
 * ```ts
 * import type { CaseResult } from '@antislavery/rules';
 *
 * const failedChecks = (result: CaseResult) => result.failures.map((failure) => failure.check);
 * ```
 */
export interface CaseResult {
  /** The case's name. */
  readonly name: string;
  /** Whether every expectation was met. */
  readonly passed: boolean;
  /** The expectations not met; empty when the case passed. */
  readonly failures: readonly CaseFailure[];
  /** The evaluation, when the case could be evaluated. */
  readonly evaluation?: Evaluation;
}

/**
 * The results of running cases, with counts.
 *
 * @example
 * ```ts
 * import type { CaseReport } from '@antislavery/rules';
 *
 * const allPassed = (report: CaseReport) => report.failed === 0;
 * ```
 */
export interface CaseReport {
  /** How many cases ran. */
  readonly total: number;
  /** How many passed. */
  readonly passed: number;
  /** How many failed. */
  readonly failed: number;
  /** Each case's result, in order. */
  readonly results: readonly CaseResult[];
}

const hasOwn = Object.prototype.hasOwnProperty;

/** Whether `actual` holds at least what `expected` holds (see {@link ListExpectation}). */
function matches(expected: unknown, actual: unknown): boolean {
  if (Array.isArray(expected)) {
    return (
      Array.isArray(actual) &&
      actual.length === expected.length &&
      expected.every((item, index) => matches(item, actual[index]))
    );
  }
  if (typeof expected === 'object' && expected !== null) {
    if (typeof actual !== 'object' || actual === null || Array.isArray(actual)) return false;
    return Object.keys(expected).every(
      (key) =>
        hasOwn.call(actual, key) &&
        matches((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key]),
    );
  }
  return Object.is(expected, actual);
}

function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

function checkList(
  name: string,
  expectation: ListExpectation<unknown> | undefined,
  actual: readonly unknown[],
  ordered: boolean,
  failures: CaseFailure[],
): void {
  if (expectation === undefined) return;
  if (Array.isArray(expectation)) {
    const expected = expectation as readonly unknown[];
    let ok = expected.length === actual.length;
    if (ok && ordered) ok = expected.every((item, index) => matches(item, actual[index]));
    if (ok && !ordered) {
      const left = [...actual];
      ok = expected.every((item) => {
        const found = left.findIndex((candidate) => matches(item, candidate));
        if (found >= 0) left.splice(found, 1);
        return found >= 0;
      });
    }
    if (!ok) {
      const lines = [`expected ${name}${ordered ? ' (in order)' : ''}:`];
      for (const item of expected) lines.push(`  - ${show(item)}`);
      if (expected.length === 0) lines.push('  (none)');
      lines.push('but got:');
      for (const item of actual) lines.push(`  - ${show(item)}`);
      if (actual.length === 0) lines.push('  (none)');
      failures.push({ check: name, message: lines.join('\n'), expected, actual });
    }
    return;
  }
  const { includes = [], excludes = [] } = expectation as {
    includes?: readonly unknown[];
    excludes?: readonly unknown[];
  };
  for (const item of includes) {
    if (!actual.some((candidate) => matches(item, candidate))) {
      failures.push({
        check: `${name}.includes`,
        message: `expected ${name} to include ${show(item)}, but none matched; got ${show(actual)}`,
        expected: item,
        actual,
      });
    }
  }
  for (const item of excludes) {
    const found = actual.findIndex((candidate) => matches(item, candidate));
    if (found >= 0) {
      failures.push({
        check: `${name}.excludes`,
        message: `expected ${name} not to include ${show(item)}, but got ${show(actual[found])}`,
        expected: item,
        actual,
      });
    }
  }
}

/**
 * Runs test cases against a compiled rule set and reports each as passed or failed, with a
 * readable account of every difference. It never throws for a bad case: a case whose `asOf` is
 * not a real date fails with check `asOf`, and one that is not shaped as a case (no facts, an
 * expectation that is not a list) fails with check `case`.
 *
 * @param compiled - the rule set from {@link compile}
 * @param cases - the cases, or a case file holding them
 * @throws {@link InvalidArgumentError} if `cases` is neither a list of cases nor a case file
 *
 * @example
 * ```ts
 * import { compile, runCases } from '@antislavery/rules';
 *
 * const compiled = compile({
 *   name: 'age',
 *   rules: [
 *     {
 *       id: 'adult',
 *       description: 'Treat the person as an adult',
 *       citation: { title: 'Example policy' },
 *       inForce: { from: '2025-01-01' },
 *       when: { op: 'gte', fact: 'age', value: 18 },
 *       outcome: { group: 'adult' },
 *     },
 *   ],
 * });
 * const report = runCases(compiled, [
 *   { name: 'a 30-year-old is an adult', asOf: '2025-06-01', facts: { age: 30 }, expect: { outcomes: [{ group: 'adult' }] } },
 *   { name: 'an unknown age is undecided', asOf: '2025-06-01', facts: {}, expect: { missing: ['age'], fired: [] } },
 * ]);
 * [report.passed, report.failed];
 * //=> [2, 0]
 * ```
 */
export function runCases<Facts, Outcome>(
  compiled: CompiledRuleSet<Facts, Outcome>,
  cases: readonly TestCase<Facts, Outcome>[] | CaseFile<Facts, Outcome>,
): CaseReport {
  const list: unknown = Array.isArray(cases)
    ? cases
    : typeof cases === 'object' && cases !== null
      ? (cases as CaseFile<Facts, Outcome>).cases
      : undefined;
  if (!Array.isArray(list))
    throw new InvalidArgumentError('runCases(cases)', 'a list of cases or a case file');
  const results: CaseResult[] = list.map((testCase: TestCase<Facts, Outcome>) => {
    try {
      return runCase(compiled, testCase);
    } catch {
      // A case of the wrong shape (a JavaScript caller's, not one from loadCaseFile) fails alone.
      const name = typeof testCase === 'object' && testCase !== null ? testCase.name : undefined;
      return {
        name: typeof name === 'string' ? name : '(a case that could not be read)',
        passed: false,
        failures: [
          {
            check: 'case',
            message:
              'the case could not be run: it needs a name, an asOf, facts and expectations, as loadCaseFile checks',
            expected: 'a test case',
            actual: undefined,
          },
        ],
      };
    }
  });
  const passed = results.filter((result) => result.passed).length;
  return { total: results.length, passed, failed: results.length - passed, results };
}

/** Runs one case. Throws for a case of the wrong shape; {@link runCases} reports that. */
function runCase<Facts, Outcome>(
  compiled: CompiledRuleSet<Facts, Outcome>,
  testCase: TestCase<Facts, Outcome>,
): CaseResult {
  const failures: CaseFailure[] = [];
  let evaluation: Evaluation<Outcome>;
  try {
    evaluation = evaluate(compiled, testCase.facts, { asOf: testCase.asOf });
  } catch {
    failures.push({
      check: 'asOf',
      message: 'the case could not be evaluated: its asOf must be a real date written YYYY-MM-DD',
      expected: 'YYYY-MM-DD',
      actual: testCase.asOf,
    });
    return { name: testCase.name, passed: false, failures };
  }
  const expect = testCase.expect ?? {};
  checkList(
    'outcomes',
    expect.outcomes as ListExpectation<unknown> | undefined,
    evaluation.outcomes.map((fired) => fired.outcome),
    true,
    failures,
  );
  checkList(
    'fired',
    expect.fired,
    evaluation.outcomes.map((fired) => fired.ruleId),
    true,
    failures,
  );
  checkList('missing', expect.missing, evaluation.missing, false, failures);
  checkList('undecided', expect.undecided, evaluation.undecided, false, failures);
  return { name: testCase.name, passed: failures.length === 0, failures, evaluation };
}

/**
 * Writes a case report as readable text: a line per case, the differences under each failed
 * case, and a summary.
 *
 * @example
 * ```ts
 * import { formatCaseReport } from '@antislavery/rules';
 *
 * formatCaseReport({ total: 1, passed: 1, failed: 0, results: [{ name: 'an adult is asked for consent', passed: true, failures: [] }] });
 * //=> '✓ an adult is asked for consent\n\n1 case: 1 passed, 0 failed'
 * ```
 */
export function formatCaseReport(report: CaseReport): string {
  const lines: string[] = [];
  for (const result of report.results) {
    lines.push(`${result.passed ? '✓' : '✗'} ${result.name}`);
    for (const failure of result.failures) {
      for (const line of failure.message.split('\n')) lines.push(`    ${line}`);
    }
  }
  const cases = report.total === 1 ? '1 case' : `${report.total} cases`;
  lines.push('', `${cases}: ${report.passed} passed, ${report.failed} failed`);
  return lines.join('\n');
}
