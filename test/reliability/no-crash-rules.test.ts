// No input crashes @antislavery/rules: the JSON loaders never throw; a rule set they accept always
// compiles; evaluate, given facts of any shape, throws only for a bad date; runCases never throws
// for a bad case.
import { InvalidIsoDateError } from '@antislavery/model';
import { nationalRuleSet } from '@antislavery/pathways';
import {
  type CompiledRuleSet,
  compile,
  evaluate,
  explain,
  InvalidArgumentError,
  type RuleSet,
  RuleSetError,
  runCases,
  type TestCase,
} from '@antislavery/rules';
import { loadCaseFile, loadOverlay, loadRuleSet } from '@antislavery/rules/json';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { caseFileJson, ruleSetJson } from './support/documents.js';
import {
  assertIssues,
  callDocumented,
  type DocumentedError,
  expectPrototypesUntouched,
  isPlainObject,
} from './support/guards.js';
import { hostileLeaf, hostileString, hostileValue, objectKey } from './support/hostile.js';
import { mutated } from './support/mutate.js';
import { timeout } from './support/runs.js';
import { tally } from './support/tally.js';

afterEach(expectPrototypesUntouched);

const cases = tally();

const BAD_DATE: DocumentedError = { type: InvalidIsoDateError, code: 'model.date.invalid' };

const ruleSet = ruleSetJson();
const ruleSetFields = ['name', 'rules', 'parameters', 'facts', 'when', 'op', 'fact', 'value', 'conditions'];
const national = JSON.parse(JSON.stringify(nationalRuleSet('england'))) as RuleSet;

/** A loaded rule set that compiles and evaluates: what loadRuleSet's `ok` promises. */
function checkLoaded(result: unknown): void {
  if (!isPlainObject(result) || typeof result.ok !== 'boolean') throw new Error('not a result');
  if (!result.ok) {
    assertIssues(result.issues);
    return;
  }
  const loaded = result.ruleSet as RuleSet;
  if (!isPlainObject(loaded) || !Array.isArray(loaded.rules)) throw new Error('not a rule set');
  // No documented error is allowed: a rule set loadRuleSet accepts compiles and evaluates.
  const compiled = callDocumented(() => compile(loaded));
  if (compiled.ok) callDocumented(() => evaluate(compiled.value, {}, { asOf: '2025-06-01', trace: true }));
}

describe('loadRuleSet', () => {
  const properties = [
    ['any value', hostileValue(ruleSetFields), 3_000],
    ['a rule set broken in one to three places', mutated(ruleSet, ruleSetFields), 5_000],
    ['the national rule set broken in one to three places', mutated(national, ruleSetFields), 2_000],
  ] as const;
  for (const [what, arbitrary, count] of properties) {
    it(
      `returns a rule set that compiles, or issues, for ${what}`,
      () => {
        fc.assert(
          fc.property(arbitrary, (json) => {
            const called = callDocumented(() => loadRuleSet(json));
            if (called.ok) checkLoaded(called.value);
          }),
          { numRuns: cases.plan('loadRuleSet', count) },
        );
      },
      timeout(60_000),
    );
  }
});

describe('loadOverlay', () => {
  const overlay = {
    name: 'Example Council',
    add: [ruleSet.rules[0]],
    disable: [{ id: 'answered', reason: 'Not here' }],
  };
  const base = loadRuleSet(ruleSet);
  it(
    'returns the overlay or issues for an overlay broken in one to three places, never throwing',
    () => {
      if (!base.ok) throw new Error('the base rule set does not load');
      fc.assert(
        fc.property(
          fc.oneof(hostileValue(['name', 'add', 'replace', 'disable']), mutated(overlay, ruleSetFields)),
          (json) => {
            const called = callDocumented(() => loadOverlay(json, base.ruleSet));
            if (called.ok && !called.value.ok) assertIssues(called.value.issues);
          },
        ),
        { numRuns: cases.plan('loadOverlay', 3_000) },
      );
    },
    timeout(60_000),
  );
});

describe('loadCaseFile', () => {
  const caseFile = caseFileJson();
  const fields = ['cases', 'name', 'asOf', 'facts', 'expect', 'outcomes', 'fired', 'missing'];
  const properties = [
    ['any value', hostileValue(fields), 4_000],
    ['a case file broken in one to three places', mutated(caseFile, fields), 6_000],
  ] as const;
  for (const [what, arbitrary, count] of properties) {
    it(
      `returns the cases or issues for ${what}, never throwing`,
      () => {
        fc.assert(
          fc.property(arbitrary, (json) => {
            const called = callDocumented(() => loadCaseFile(json));
            if (!called.ok) return;
            const result = called.value;
            if (result.ok) expect(Array.isArray(result.caseFile.cases)).toBe(true);
            else assertIssues(result.issues);
          }),
          { numRuns: cases.plan('loadCaseFile', count) },
        );
      },
      timeout(60_000),
    );
  }
});

const loaded = loadRuleSet(ruleSet);
if (!loaded.ok) throw new Error('the reliability rule set does not load');
const COMPILED: readonly (readonly [string, CompiledRuleSet<unknown, unknown>])[] = [
  ['a rule set using every kind of condition', compile(loaded.ruleSet)],
  ['the national rule set', compile(nationalRuleSet('england')) as CompiledRuleSet<unknown, unknown>],
];

/** Facts that reach the rule set's fact paths with values of any type. */
const factValue = fc.oneof(
  hostileLeaf,
  hostileValue(),
  fc.constantFrom('2025-05-20', '2025-05-27', 'england', 'no'),
);
const facts: fc.Arbitrary<unknown> = fc.oneof(
  hostileValue(['person', 'referral', 'decision', 'responder', 'organisation', 'status']),
  fc.record(
    {
      person: fc.oneof(
        fc.record(
          {
            age: factValue,
            under18: factValue,
            name: factValue,
            types: factValue,
            otherAge: factValue,
            consent: factValue,
          },
          { requiredKeys: [] },
        ),
        hostileValue(['age', 'under18']),
      ),
      referral: fc.record({ date: factValue, jurisdiction: factValue }, { requiredKeys: [] }),
      decision: fc.record({ date: factValue }, { requiredKeys: [] }),
      responder: fc.dictionary(objectKey(['organisationType', 'isFirstResponder']), factValue, {
        maxKeys: 3,
      }),
    },
    { requiredKeys: [] },
  ),
);

describe('evaluate', () => {
  for (const [which, compiled] of COMPILED) {
    it(
      `evaluates ${which} for facts of any shape, and explains the result, never throwing`,
      () => {
        fc.assert(
          fc.property(facts, fc.boolean(), (given, trace) => {
            const called = callDocumented(() => evaluate(compiled, given, { asOf: '2025-06-01', trace }));
            if (!called.ok) return;
            const evaluation = called.value;
            for (const list of [
              evaluation.outcomes,
              evaluation.missing,
              evaluation.invalid,
              evaluation.undecided,
            ]) {
              if (!Array.isArray(list)) throw new Error('an evaluation list is missing');
            }
            const text = callDocumented(() => explain(evaluation, { include: 'all' }));
            if (text.ok && typeof text.value !== 'string') throw new Error('the explanation is not text');
          }),
          { numRuns: cases.plan('evaluate', 4_000) },
        );
      },
      timeout(60_000),
    );
  }

  it(
    'throws only InvalidIsoDateError for a date it cannot use, and InvalidArgumentError for a rule set not from compile',
    () => {
      const [, compiled] = COMPILED[0] as (typeof COMPILED)[number];
      fc.assert(
        fc.property(
          fc.oneof(fc.constant(compiled), hostileValue()),
          fc.oneof(
            hostileValue(['asOf', 'trace']),
            fc.record({ asOf: hostileString, trace: hostileValue() }),
          ),
          (target, options) => {
            callDocumented(
              () => evaluate(target as typeof compiled, {}, options as never),
              [BAD_DATE, { type: InvalidArgumentError, code: 'rules.invalid-argument' }],
            );
          },
        ),
        { numRuns: cases.plan('evaluate', 2_000) },
      );
    },
    timeout(60_000),
  );
});

describe('runCases', () => {
  const [, compiled] = COMPILED[0] as (typeof COMPILED)[number];
  const fields = ['name', 'asOf', 'facts', 'expect', 'outcomes', 'fired', 'missing', 'undecided', 'includes'];
  const checkReport = (report: unknown) => {
    if (!isPlainObject(report) || !Array.isArray(report.results)) throw new Error('not a case report');
    expect((report.passed as number) + (report.failed as number)).toBe(report.total);
  };

  it(
    'reports the cases of any case file loadCaseFile accepts, never throwing',
    () => {
      fc.assert(
        fc.property(mutated(caseFileJson(), fields), (json) => {
          const file = loadCaseFile(json);
          if (!file.ok) return;
          const called = callDocumented(() => runCases(compiled, file.caseFile));
          if (called.ok) checkReport(called.value);
        }),
        { numRuns: cases.plan('runCases', 5_000) },
      );
    },
    timeout(60_000),
  );

  it(
    'reports a bad case as failed, never throwing, for cases of the right shape holding any values',
    () => {
      const testCase = fc.record({
        name: fc.oneof(hostileString, hostileValue()),
        asOf: fc.oneof(fc.constant('2025-06-01'), hostileString, hostileValue()),
        facts,
        expect: fc.record(
          {
            outcomes: fc.oneof(hostileValue(), fc.array(hostileValue(), { maxLength: 3 })),
            fired: fc.oneof(
              hostileValue(),
              fc.record({ includes: hostileValue(), excludes: hostileValue() }),
            ),
            missing: fc.oneof(hostileValue(), fc.array(hostileString, { maxLength: 3 })),
            undecided: hostileValue(),
          },
          { requiredKeys: [] },
        ),
      });
      fc.assert(
        fc.property(fc.array(testCase, { maxLength: 3 }), (list) => {
          const called = callDocumented(() => runCases(compiled, list as unknown as TestCase[]));
          if (called.ok) checkReport(called.value);
        }),
        { numRuns: cases.plan('runCases', 5_000) },
      );
    },
    timeout(60_000),
  );

  it('throws RuleSetError from compile, not from runCases, for a malformed rule set', () => {
    expect(() => compile({ name: 'broken', rules: [{}] } as never)).toThrow(RuleSetError);
  });
});

cases.expectEnough(['loadRuleSet', 'loadCaseFile', 'evaluate', 'runCases']);
