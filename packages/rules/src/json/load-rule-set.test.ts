import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { compile } from '../compile.js';
import { evaluate } from '../evaluate.js';
import type { RuleSet } from '../rule-set.js';
import { loadRuleSet } from './load-rule-set.js';

const citation = { title: 'Example Council Procurement Policy 2025', section: 'para 4.2' };
const rule = {
  id: 'ask',
  description: 'Ask for the statement',
  citation,
  inForce: { from: '2025-04-01' },
  when: { op: 'gte', fact: 'turnover', value: { param: 'threshold' } },
  outcome: { action: 'ask' },
};
const valid = {
  $schema: './rule-set.schema.json',
  name: 'procurement',
  parameters: {
    threshold: {
      description: 'the threshold',
      unit: 'GBP',
      versions: [{ from: '2015-10-29', value: 36_000_000, citation }],
    },
  },
  rules: [rule],
};

function issues(json: unknown) {
  const result = loadRuleSet(json);
  if (result.ok) throw new Error('expected issues');
  return result.issues.map((issue) => [
    issue.code,
    issue.ruleId ?? issue.parameter,
    issue.path.join('.'),
    issue.message,
  ]);
}

describe('loadRuleSet', () => {
  it('loads a sound rule set from parsed JSON, without its $schema key', () => {
    const result = loadRuleSet(JSON.parse(JSON.stringify(valid)));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { $schema: _schema, ...expected } = valid;
    expect(result.ruleSet).toEqual(expected);
    const evaluation = evaluate(compile(result.ruleSet), { turnover: 40_000_000 }, { asOf: '2025-06-01' });
    expect(evaluation.outcomes.map((fired) => fired.outcome)).toEqual([{ action: 'ask' }]);
  });

  it('reports shape problems with the rule id, the full path and a plain-English message', () => {
    const bad = {
      name: 'procurement',
      rules: [
        { ...rule, when: { op: 'gte', fact: 'turnover', value: 'a lot' } },
        { ...rule, id: 'second', description: '', prioirty: 1 },
        {
          ...rule,
          id: 'third',
          inForce: { from: '2025-02-30' },
          when: { op: 'greaterThan', fact: 'x', value: 1 },
        },
      ],
    };
    expect(issues(bad)).toEqual([
      [
        'json.invalid-union',
        'ask',
        'rules.0.when.value',
        'Enter a number, or a { "fact" }, { "param" } or { "asOf": true } reference',
      ],
      ['json.too-small', 'second', 'rules.1.description', 'Enter a plain-English description of the rule'],
      ['json.unrecognized-keys', 'second', 'rules.1', "Remove 'prioirty': it is not a field here"],
      ['json.custom', 'third', 'rules.2.inForce.from', 'Enter a real date in the format YYYY-MM-DD'],
      [
        'json.invalid-union',
        'third',
        'rules.2.when.op',
        'Choose a known operator: all, any, not, eq, ne, lt, lte, gt, gte, in, includes, exists, before, after, onOrBefore, onOrAfter, withinDaysAfter, withinDaysBefore, withinWorkingDaysAfter or withinWorkingDaysBefore',
      ],
    ]);
  });

  it('reports missing fields as things to enter', () => {
    expect(issues({ rules: [{ id: 'r' }] })).toEqual([
      ['json.invalid-type', undefined, 'name', 'Enter a name for the rule set'],
      ['json.invalid-type', 'r', 'rules.0.description', 'Enter a plain-English description of the rule'],
      ['json.invalid-type', 'r', 'rules.0.citation', 'Enter the citation'],
      ['json.invalid-type', 'r', 'rules.0.inForce', 'Enter the dates it is in force'],
      ['json.invalid-type', 'r', 'rules.0.when', 'Enter the condition'],
      ['json.invalid-union', 'r', 'rules.0.outcome', 'Enter the outcome of the rule'],
    ]);
  });

  it('then reports what the rule set means: duplicates, overlaps, unknown parameters and cycles', () => {
    const bad = {
      name: 'procurement',
      parameters: {
        threshold: {
          description: 'the threshold',
          versions: [
            { from: '2015-10-29', value: 36_000_000, citation },
            { from: '2020-01-01', value: 40_000_000, citation },
          ],
        },
        a: { description: 'a', versions: [{ from: '2015-01-01', value: { param: 'b' }, citation }] },
        b: { description: 'b', versions: [{ from: '2015-01-01', value: { param: 'a' }, citation }] },
      },
      rules: [rule, { ...rule, when: { op: 'eq', fact: 'x', value: { param: 'nothing' } } }],
    };
    expect(issues(bad).map(([code, about, path]) => [code, about, path])).toEqual([
      ['parameter.overlap', 'threshold', 'parameters.threshold.versions.1.from'],
      ['parameter.cycle', 'b', 'parameters.b.versions.0.value'],
      ['rule.duplicate-id', 'ask', 'rules.1.id'],
      ['rule.condition.unknown-parameter', 'ask', 'rules.1.when.value.param'],
    ]);
  });

  it('checks outcomes against a schema when given one, and types them', () => {
    const outcome = z.object({ action: z.enum(['ask', 'reject']) });
    const result = loadRuleSet(valid, { outcome });
    expect(result.ok).toBe(true);
    if (result.ok) {
      const typed: RuleSet<unknown, { action: 'ask' | 'reject' }> = result.ruleSet;
      expect(typed.rules[0]?.outcome.action).toBe('ask');
    }
    const bad = loadRuleSet({ ...valid, rules: [{ ...rule, outcome: { action: 'ignore' } }] }, { outcome });
    expect(bad.ok ? [] : bad.issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')])).toEqual(
      [['json.invalid-value', 'ask', 'rules.0.outcome.action']],
    );
  });

  it('never repeats the values it rejects', () => {
    const result = loadRuleSet({
      name: 'x',
      rules: [
        { ...rule, description: 42, when: { op: 'eq', fact: 'secret-7', value: { nested: 'secret-8' } } },
      ],
    });
    expect(JSON.stringify(result)).not.toMatch(/secret-8|42/);
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true }),
        (json) => {
          const result = loadRuleSet(json);
          expect(typeof result.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
    const hostile = JSON.parse(
      '{"__proto__": {"polluted": 1}, "name": "x", "rules": [{"__proto__": {"id": "y"}}]}',
    );
    expect(loadRuleSet(hostile).ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('names a key that shares a name with an Object method as the key itself', () => {
    expect(issues({ ...valid, parameters: { valueOf: '' } })).toEqual([
      ['json.invalid-type', 'valueOf', 'parameters.valueOf', "'valueOf' must be an object"],
    ]);
  });

  it('never throws for rule sets that are nearly right', () => {
    const mutate = fc.record({
      path: fc.constantFrom('name', 'rules', 'parameters', 'facts'),
      value: fc.anything(),
    });
    fc.assert(
      fc.property(mutate, ({ path, value }) => {
        expect(() => loadRuleSet({ ...valid, [path]: value })).not.toThrow();
      }),
      { numRuns: 200 },
    );
  });
});
