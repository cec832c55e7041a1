import { describe, expect, it } from 'vitest';
import { formatCaseReport, runCases, type TestCase } from './case-runner.js';
import { compile } from './compile.js';
import type { Condition } from './condition.js';
import type { RuleSet } from './rule-set.js';

type Outcome = { action: string; urgent?: boolean; steps?: { name: string; who?: string }[] };
const citation = { title: 'Test source' };
const rule = (id: string, when: Condition, outcome: Outcome, priority = 0) => ({
  id,
  description: id,
  citation,
  inForce: { from: '2020-01-01' },
  when,
  outcome,
  priority,
});

const ruleSet: RuleSet<unknown, Outcome> = {
  name: 'triage',
  rules: [
    rule('emergency', { op: 'eq', fact: 'danger', value: true }, { action: 'call-999', urgent: true }, 10),
    rule(
      'safeguard',
      { op: 'eq', fact: 'child', value: true },
      { action: 'safeguard', steps: [{ name: 'contact', who: 'MASH' }, { name: 'record' }] },
    ),
    rule('consent', { op: 'eq', fact: 'child', value: false }, { action: 'seek-consent' }),
  ],
};
const compiled = compile(ruleSet);
const asOf = '2025-01-01';

function run(expect: TestCase<unknown, Outcome>['expect'], facts: unknown = { danger: true, child: true }) {
  return runCases(compiled, [{ name: 'case', asOf, facts, expect }]).results[0];
}

describe('runCases', () => {
  it('passes when the outcomes match exactly, in order and partially', () => {
    expect(run({ outcomes: [{ action: 'call-999' }, { action: 'safeguard' }] })?.passed).toBe(true);
    expect(
      run({ outcomes: [{ action: 'call-999', urgent: true }, { steps: [{ who: 'MASH' }, {}] }] })?.passed,
    ).toBe(true);
  });

  it('fails when the outcomes are in another order, are too many or too few, or differ', () => {
    expect(run({ outcomes: [{ action: 'safeguard' }, { action: 'call-999' }] })?.passed).toBe(false);
    expect(run({ outcomes: [{ action: 'call-999' }] })?.passed).toBe(false);
    expect(run({ outcomes: [{ action: 'call-999', urgent: false }, { action: 'safeguard' }] })?.passed).toBe(
      false,
    );
    // Arrays inside an outcome must have the same length.
    expect(run({ outcomes: [{ action: 'call-999' }, { steps: [{ who: 'MASH' }] }] })?.passed).toBe(false);
  });

  it('checks includes and excludes against the outcomes, partially', () => {
    expect(
      run({ outcomes: { includes: [{ action: 'safeguard' }], excludes: [{ action: 'seek-consent' }] } })
        ?.passed,
    ).toBe(true);
    const failed = run({
      outcomes: { includes: [{ action: 'seek-consent' }], excludes: [{ urgent: true }] },
    });
    expect(failed?.failures.map((failure) => failure.check)).toEqual([
      'outcomes.includes',
      'outcomes.excludes',
    ]);
    expect(failed?.failures[1]?.message).toBe(
      'expected outcomes not to include {"urgent":true}, but got {"action":"call-999","urgent":true}',
    );
  });

  it('checks the fired rule ids in order, and missing facts and undecided rules in any order', () => {
    expect(run({ fired: ['emergency', 'safeguard'] })?.passed).toBe(true);
    expect(run({ fired: ['safeguard', 'emergency'] })?.passed).toBe(false);
    expect(run({ fired: { includes: ['safeguard'], excludes: ['consent'] } })?.passed).toBe(true);
    expect(
      run({ missing: ['child', 'danger'], undecided: ['consent', 'emergency', 'safeguard'] }, {})?.passed,
    ).toBe(true);
    expect(run({ missing: ['child'] }, {})?.passed).toBe(false);
    expect(run({ missing: [] })?.passed).toBe(true);
  });

  it('describes a failed exact list with both lists', () => {
    const failed = run({ outcomes: [{ action: 'seek-consent' }] }, { danger: false, child: true });
    expect(failed?.failures[0]?.message).toBe(
      [
        'expected outcomes (in order):',
        '  - {"action":"seek-consent"}',
        'but got:',
        '  - {"action":"safeguard","steps":[{"name":"contact","who":"MASH"},{"name":"record"}]}',
      ].join('\n'),
    );
    expect(run({ fired: [] })?.failures[0]?.message).toBe(
      'expected fired (in order):\n  (none)\nbut got:\n  - "emergency"\n  - "safeguard"',
    );
  });

  it('fails a case whose date is not real instead of throwing', () => {
    const report = runCases(compiled, [
      { name: 'bad date', asOf: '2025-02-30', facts: {}, expect: { fired: [] } },
    ]);
    expect(report.results[0]).toEqual({
      name: 'bad date',
      passed: false,
      failures: [
        {
          check: 'asOf',
          message: 'the case could not be evaluated: its asOf must be a real date written YYYY-MM-DD',
          expected: 'YYYY-MM-DD',
          actual: '2025-02-30',
        },
      ],
    });
  });

  it('accepts a case file and counts the results', () => {
    const report = runCases(compiled, {
      ruleSet: 'triage',
      cases: [
        {
          name: 'a child in danger',
          asOf,
          facts: { danger: true, child: true },
          expect: { fired: ['emergency', 'safeguard'] },
        },
        {
          name: 'an adult',
          asOf,
          facts: { danger: false, child: false },
          expect: { outcomes: [{ action: 'safeguard' }] },
        },
      ],
    });
    expect([report.total, report.passed, report.failed]).toEqual([2, 1, 1]);
    expect(report.results[0]?.evaluation?.outcomes).toHaveLength(2);
  });
});

describe('formatCaseReport', () => {
  it('lists each case with its failures and a summary', () => {
    const report = runCases(compiled, [
      {
        name: 'a child in danger',
        asOf,
        facts: { danger: true, child: true },
        expect: { fired: ['emergency', 'safeguard'] },
      },
      {
        name: 'an adult',
        asOf,
        facts: { danger: false, child: false },
        expect: { outcomes: { includes: [{ action: 'x' }] } },
      },
    ]);
    expect(formatCaseReport(report)).toBe(
      [
        '✓ a child in danger',
        '✗ an adult',
        '    expected outcomes to include {"action":"x"}, but none matched; got [{"action":"seek-consent"}]',
        '',
        '2 cases: 1 passed, 1 failed',
      ].join('\n'),
    );
  });
});
