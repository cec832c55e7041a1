import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadCaseFile } from './load-case-file.js';

const good = {
  $schema: './case-file.schema.json',
  ruleSet: 'procurement',
  cases: [
    {
      name: 'a large supplier is asked for a statement',
      asOf: '2025-06-01',
      facts: { supplier: { turnover: 40_000_000 } },
      expect: { outcomes: { includes: [{ action: 'ask' }] }, missing: [] },
    },
  ],
};

describe('loadCaseFile', () => {
  it('loads a sound case file, without its $schema key', () => {
    const result = loadCaseFile(good);
    expect(result).toEqual({ ok: true, caseFile: { ruleSet: 'procurement', cases: good.cases } });
  });

  it('keeps the facts exactly as given, keys named __proto__ included', () => {
    const facts = JSON.parse('{"__proto__": {"x": 1}}');
    const result = loadCaseFile({ cases: [{ ...good.cases[0], facts }] });
    expect(result.ok && result.caseFile.cases[0]?.facts).toBe(facts);
  });

  it('reports each problem with the case name and the path', () => {
    const result = loadCaseFile({
      cases: [
        { name: 'no date', facts: {}, expect: { fired: [] } },
        { name: 'bad list', asOf: '2025-01-01', facts: {}, expect: { fired: 'r1' } },
        { name: 'nothing expected', asOf: '2025-01-01', facts: {}, expect: {} },
        { name: 'no facts', asOf: '2025-01-01', expect: { missing: { includes: ['a'], other: [] } } },
      ],
    });
    expect(
      result.ok ? [] : result.issues.map((issue) => [issue.caseName, issue.path.join('.'), issue.message]),
    ).toEqual([
      ['no date', 'cases.0.asOf', 'Enter a date'],
      [
        'bad list',
        'cases.1.expect.fired',
        'Give the expected rule ids as a list, or as { "includes": [...], "excludes": [...] }',
      ],
      [
        'nothing expected',
        'cases.2.expect',
        'Give at least one expectation: outcomes, fired, missing or undecided',
      ],
      ['no facts', 'cases.3.facts', 'Enter the facts of the case'],
      ['no facts', 'cases.3.expect.missing', "Remove 'other': it is not a field here"],
    ]);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), (json) => {
        expect(typeof loadCaseFile(json).ok).toBe('boolean');
        expect(typeof loadCaseFile({ cases: [json] }).ok).toBe('boolean');
      }),
      { numRuns: 200 },
    );
  });
});
