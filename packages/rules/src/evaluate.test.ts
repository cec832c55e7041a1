import { InvalidIsoDateError } from '@antislavery/model';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import type { Condition } from './condition.js';
import { InvalidArgumentError } from './errors.js';
import { evaluate } from './evaluate.js';
import type { Parameter } from './parameter.js';
import type { Rule } from './rule.js';
import type { RuleSet } from './rule-set.js';

const citation = { title: 'Test source' };

function rule(id: string, when: Condition, extra: Partial<Rule<string>> = {}): Rule<string> {
  return {
    id,
    description: `Rule ${id}`,
    citation,
    inForce: { from: '2000-01-01' },
    when,
    outcome: id,
    ...extra,
  };
}

/**
 * Evaluates one condition, traced and untraced, checks the two agree, and returns what they gave.
 */
function decide(
  when: Condition,
  facts: unknown,
  options: { asOf?: string; parameters?: Record<string, Parameter> } = {},
) {
  const compiled = compile({ name: 'test', parameters: options.parameters, rules: [rule('r', when)] });
  const asOf = options.asOf ?? '2025-06-01';
  const plain = evaluate(compiled, facts, { asOf });
  const traced = evaluate(compiled, facts, { asOf, trace: true });
  expect(traced.outcomes).toEqual(plain.outcomes);
  expect(traced.missing).toEqual(plain.missing);
  expect(traced.invalid).toEqual(plain.invalid);
  expect(traced.undecided).toEqual(plain.undecided);
  const result = plain.outcomes.length === 1 ? 'true' : plain.undecided.length === 1 ? 'unknown' : 'false';
  expect(traced.trace.rules[0]?.result).toBe(result);
  return { result, missing: plain.missing, invalid: plain.invalid, trace: traced.trace.rules[0]?.condition };
}

const param = (value: Parameter['versions'][number]['value'], description = 'the value'): Parameter => ({
  description,
  versions: [{ from: '2000-01-01', value, citation }],
});

describe('equality', () => {
  it('compares strings, numbers and booleans of the same type', () => {
    expect(decide({ op: 'eq', fact: 'a', value: 'no' }, { a: 'no' }).result).toBe('true');
    expect(decide({ op: 'eq', fact: 'a', value: 'no' }, { a: 'yes' }).result).toBe('false');
    expect(decide({ op: 'eq', fact: 'a', value: 18 }, { a: 18 }).result).toBe('true');
    expect(decide({ op: 'eq', fact: 'a', value: true }, { a: false }).result).toBe('false');
    expect(decide({ op: 'ne', fact: 'a', value: 'no' }, { a: 'yes' }).result).toBe('true');
    expect(decide({ op: 'ne', fact: 'a', value: 'no' }, { a: 'no' }).result).toBe('false');
  });

  it('is unknown, and lists the fact as missing, when the fact is absent, undefined or null', () => {
    for (const facts of [{}, { a: undefined }, { a: null }, null, undefined, 'text', 42]) {
      const decided = decide({ op: 'eq', fact: 'a', value: 'no' }, facts);
      expect(decided.result).toBe('unknown');
      expect(decided.missing).toEqual(['a']);
      expect(decided.invalid).toEqual([]);
    }
    expect(decide({ op: 'ne', fact: 'a', value: 'no' }, {}).result).toBe('unknown');
  });

  it('is unknown, and lists the fact as invalid, when its type differs from the value', () => {
    for (const a of ['18', {}, [], Number.NaN, true]) {
      const decided = decide({ op: 'eq', fact: 'a', value: 18 }, { a });
      expect(decided).toMatchObject({ result: 'unknown', missing: [], invalid: ['a'] });
    }
    expect(decide({ op: 'ne', fact: 'a', value: 'yes' }, { a: 1 }).result).toBe('unknown');
  });

  it('compares a fact with another fact, listing both when missing', () => {
    expect(decide({ op: 'eq', fact: 'a', value: { fact: 'b' } }, { a: 1, b: 1 }).result).toBe('true');
    expect(decide({ op: 'eq', fact: 'a', value: { fact: 'b' } }, { a: 1, b: 2 }).result).toBe('false');
    expect(decide({ op: 'eq', fact: 'a', value: { fact: 'b' } }, {}).missing).toEqual(['a', 'b']);
    expect(decide({ op: 'eq', fact: 'a', value: { fact: 'b' } }, { a: 1, b: [1] })).toMatchObject({
      result: 'unknown',
      invalid: ['b'],
    });
  });

  it('compares with a parameter and with the evaluation date', () => {
    const parameters = { limit: param(3) };
    expect(decide({ op: 'eq', fact: 'a', value: { param: 'limit' } }, { a: 3 }, { parameters }).result).toBe(
      'true',
    );
    expect(
      decide({ op: 'eq', fact: 'a', value: { param: 'limit' } }, { a: '3' }, { parameters }).invalid,
    ).toEqual(['a']);
    expect(decide({ op: 'eq', fact: 'day', value: { asOf: true } }, { day: '2025-06-01' }).result).toBe(
      'true',
    );
  });
});

describe('order', () => {
  it('compares numbers with lt, lte, gt and gte', () => {
    const cases: [Condition['op'], number, string][] = [
      ['lt', 17, 'true'],
      ['lt', 18, 'false'],
      ['lte', 18, 'true'],
      ['lte', 19, 'false'],
      ['gt', 19, 'true'],
      ['gt', 18, 'false'],
      ['gte', 18, 'true'],
      ['gte', 17, 'false'],
    ];
    for (const [op, age, expected] of cases) {
      expect(decide({ op, fact: 'age', value: 18 } as Condition, { age }).result).toBe(expected);
    }
  });

  it('treats a string, NaN or an object where a number is compared as invalid', () => {
    for (const age of ['30', Number.NaN, { years: 30 }, [30], true]) {
      expect(decide({ op: 'gte', fact: 'age', value: 18 }, { age })).toMatchObject({
        result: 'unknown',
        invalid: ['age'],
      });
    }
  });

  it('compares with a parameter whose value changed on a date', () => {
    const parameters: Record<string, Parameter> = {
      period: {
        description: 'the period',
        versions: [
          { from: '2000-01-01', to: '2023-01-29', value: 45, citation },
          { from: '2023-01-30', value: 30, citation },
        ],
      },
    };
    const when: Condition = { op: 'gte', fact: 'days', value: { param: 'period' } };
    expect(decide(when, { days: 40 }, { parameters, asOf: '2023-01-29' }).result).toBe('false');
    expect(decide(when, { days: 40 }, { parameters, asOf: '2023-01-30' }).result).toBe('true');
  });
});

describe('membership', () => {
  it('finds a fact in a list with in', () => {
    const when: Condition = { op: 'in', fact: 'type', value: ['police', 'council'] };
    expect(decide(when, { type: 'police' }).result).toBe('true');
    expect(decide(when, { type: 'charity' }).result).toBe('false');
    expect(decide({ op: 'in', fact: 'type', value: [] }, { type: 'police' }).result).toBe('false');
  });

  it('treats a fact of another type than every item in the list as invalid', () => {
    expect(decide({ op: 'in', fact: 'type', value: ['police'] }, { type: 3 })).toMatchObject({
      result: 'unknown',
      invalid: ['type'],
    });
    expect(decide({ op: 'in', fact: 'type', value: ['police'] }, { type: ['police'] }).invalid).toEqual([
      'type',
    ]);
  });

  it('finds a value in a list fact with includes', () => {
    const when: Condition = { op: 'includes', fact: 'types', value: 'labour' };
    expect(decide(when, { types: ['sexual', 'labour'] }).result).toBe('true');
    expect(decide(when, { types: ['sexual'] }).result).toBe('false');
    expect(decide(when, { types: [] }).result).toBe('false');
    expect(decide(when, { types: 'labour' })).toMatchObject({ result: 'unknown', invalid: ['types'] });
    expect(decide(when, { types: [1, 2] })).toMatchObject({ result: 'unknown', invalid: ['types'] });
    expect(decide(when, {})).toMatchObject({ result: 'unknown', missing: ['types'] });
  });

  it('reads the list from a parameter or another fact', () => {
    const parameters = { types: param(['police', 'council']) };
    expect(
      decide({ op: 'in', fact: 't', value: { param: 'types' } }, { t: 'council' }, { parameters }).result,
    ).toBe('true');
    expect(
      decide({ op: 'in', fact: 't', value: { fact: 'allowed' } }, { t: 'a', allowed: ['a'] }).result,
    ).toBe('true');
    expect(
      decide({ op: 'in', fact: 't', value: { fact: 'allowed' } }, { t: 'a', allowed: 'a' }),
    ).toMatchObject({
      result: 'unknown',
      invalid: ['allowed'],
    });
  });
});

describe('exists', () => {
  it('is true for a present fact and false, never unknown, for a missing one', () => {
    expect(decide({ op: 'exists', fact: 'a.b' }, { a: { b: 0 } }).result).toBe('true');
    expect(decide({ op: 'exists', fact: 'a.b' }, { a: { b: false } }).result).toBe('true');
    expect(decide({ op: 'exists', fact: 'a.b' }, { a: { b: null } })).toMatchObject({
      result: 'false',
      missing: [],
    });
    expect(decide({ op: 'exists', fact: 'a.b' }, { a: 'text' }).result).toBe('false');
  });
});

describe('dates', () => {
  it('compares ISO dates with before, after, onOrBefore and onOrAfter', () => {
    const cases: [Condition['op'], string, string][] = [
      ['before', '2015-10-31', 'true'],
      ['before', '2015-11-01', 'false'],
      ['after', '2015-11-02', 'true'],
      ['after', '2015-11-01', 'false'],
      ['onOrBefore', '2015-11-01', 'true'],
      ['onOrBefore', '2015-11-02', 'false'],
      ['onOrAfter', '2015-11-01', 'true'],
      ['onOrAfter', '2015-10-31', 'false'],
    ];
    for (const [op, date, expected] of cases) {
      expect(decide({ op, fact: 'd', value: '2015-11-01' } as Condition, { d: date }).result).toBe(expected);
    }
  });

  it('compares with another date fact, a date parameter or the evaluation date', () => {
    expect(
      decide({ op: 'after', fact: 'd', value: { fact: 'e' } }, { d: '2024-01-02', e: '2024-01-01' }).result,
    ).toBe('true');
    const parameters = { commencement: param('2015-11-01') };
    expect(
      decide(
        { op: 'onOrAfter', fact: 'd', value: { param: 'commencement' } },
        { d: '2015-11-01' },
        { parameters },
      ).result,
    ).toBe('true');
    expect(decide({ op: 'before', fact: 'd', value: { asOf: true } }, { d: '2025-05-31' }).result).toBe(
      'true',
    );
    expect(decide({ op: 'before', fact: 'd', value: { asOf: true } }, { d: '2025-06-01' }).result).toBe(
      'false',
    );
  });

  it('treats an impossible date, another format or a Date object as invalid', () => {
    for (const d of ['2023-02-29', '01/02/2023', '2023-1-2', new Date(0), 20230101]) {
      expect(decide({ op: 'before', fact: 'd', value: '2024-01-01' }, { d })).toMatchObject({
        result: 'unknown',
        invalid: ['d'],
      });
    }
    expect(
      decide({ op: 'before', fact: 'd', value: { fact: 'e' } }, { d: '2024-01-01', e: 'soon' }),
    ).toMatchObject({
      result: 'unknown',
      invalid: ['e'],
    });
  });
});

describe('day windows', () => {
  it('holds from the date itself to the last day of the window after it, both inclusive', () => {
    const when: Condition = { op: 'withinDaysAfter', fact: 'd', days: 30, of: { fact: 'start' } };
    const start = '2024-01-31';
    expect(decide(when, { d: '2024-01-30', start }).result).toBe('false');
    expect(decide(when, { d: '2024-01-31', start }).result).toBe('true');
    // 2024 is a leap year: 30 days after 31 January is 1 March.
    expect(decide(when, { d: '2024-03-01', start }).result).toBe('true');
    expect(decide(when, { d: '2024-03-02', start }).result).toBe('false');
  });

  it('holds from the first day of the window before the date to the date itself', () => {
    const when: Condition = { op: 'withinDaysBefore', fact: 'd', days: 45, of: { asOf: true } };
    // 45 days before 1 June 2025 is 17 April 2025.
    expect(decide(when, { d: '2025-04-16' }).result).toBe('false');
    expect(decide(when, { d: '2025-04-17' }).result).toBe('true');
    expect(decide(when, { d: '2025-06-01' }).result).toBe('true');
    expect(decide(when, { d: '2025-06-02' }).result).toBe('false');
  });

  it('takes the number of days from a parameter in force on the evaluation date', () => {
    const parameters: Record<string, Parameter> = {
      period: {
        description: 'the recovery period',
        versions: [
          { from: '2000-01-01', to: '2023-01-29', value: 45, citation },
          { from: '2023-01-30', value: 30, citation },
        ],
      },
    };
    const when: Condition = {
      op: 'withinDaysBefore',
      fact: 'd',
      days: { param: 'period' },
      of: { asOf: true },
    };
    // 40 days before each date.
    expect(decide(when, { d: '2022-12-20' }, { parameters, asOf: '2023-01-29' }).result).toBe('true');
    expect(decide(when, { d: '2022-12-21' }, { parameters, asOf: '2023-01-30' }).result).toBe('false');
  });

  it('is unknown when either date is missing or invalid, and lists both', () => {
    const when: Condition = { op: 'withinDaysAfter', fact: 'd', days: 5, of: { fact: 'start' } };
    expect(decide(when, {})).toMatchObject({ result: 'unknown', missing: ['d', 'start'] });
    expect(decide(when, { d: 'x', start: 3 })).toMatchObject({ result: 'unknown', invalid: ['d', 'start'] });
  });
});

describe('working-day windows', () => {
  // Wednesday 1 April 2026. Good Friday (3 April) and Easter Monday (6 April) are bank holidays
  // in England and Wales; Scotland has no Easter Monday holiday. So the 5th working day after is
  // Friday 10 April in England and Wales and Thursday 9 April in Scotland.
  const after = (division: unknown): Condition =>
    ({
      op: 'withinWorkingDaysAfter',
      fact: 'decided',
      days: 5,
      of: { fact: 'referred' },
      division,
    }) as Condition;

  it('ends on the last working day of the window, using the division’s bank holidays', () => {
    expect(decide(after('england-and-wales'), { referred: '2026-04-01', decided: '2026-04-10' }).result).toBe(
      'true',
    );
    expect(decide(after('england-and-wales'), { referred: '2026-04-01', decided: '2026-04-13' }).result).toBe(
      'false',
    );
    expect(decide(after('scotland'), { referred: '2026-04-01', decided: '2026-04-09' }).result).toBe('true');
    expect(decide(after('scotland'), { referred: '2026-04-01', decided: '2026-04-10' }).result).toBe('false');
  });

  it('accepts a jurisdiction for the division and reads it from a fact', () => {
    expect(decide(after('wales'), { referred: '2026-04-01', decided: '2026-04-10' }).result).toBe('true');
    const fromFact = after({ fact: 'where' });
    expect(
      decide(fromFact, { referred: '2026-04-01', decided: '2026-04-10', where: 'scotland' }).result,
    ).toBe('false');
    expect(decide(fromFact, { referred: '2026-04-01', decided: '2026-04-10', where: 'england' }).result).toBe(
      'true',
    );
    expect(decide(fromFact, { referred: '2026-04-01', decided: '2026-04-10' })).toMatchObject({
      result: 'unknown',
      missing: ['where'],
    });
    expect(
      decide(fromFact, { referred: '2026-04-01', decided: '2026-04-10', where: 'france' }),
    ).toMatchObject({
      result: 'unknown',
      invalid: ['where'],
    });
  });

  it('does not hold before the start date or on a non-working day after the window', () => {
    expect(decide(after('england-and-wales'), { referred: '2026-04-01', decided: '2026-03-31' }).result).toBe(
      'false',
    );
    // Saturday 11 April is after the 5th working day (Friday 10 April).
    expect(decide(after('england-and-wales'), { referred: '2026-04-01', decided: '2026-04-11' }).result).toBe(
      'false',
    );
  });

  it('counts back from the date for withinWorkingDaysBefore', () => {
    const when: Condition = {
      op: 'withinWorkingDaysBefore',
      fact: 'd',
      days: 1,
      of: { fact: 'hearing' },
      division: 'england-and-wales',
    };
    // Tuesday 7 April 2026: the working day before is Thursday 2 April (3 and 6 April are holidays).
    expect(decide(when, { d: '2026-04-02', hearing: '2026-04-07' }).result).toBe('true');
    expect(decide(when, { d: '2026-04-01', hearing: '2026-04-07' }).result).toBe('false');
    expect(decide(when, { d: '2026-04-07', hearing: '2026-04-07' }).result).toBe('true');
    expect(decide(when, { d: '2026-04-08', hearing: '2026-04-07' }).result).toBe('false');
  });

  it('shows the division and the end of the window in the trace', () => {
    const { trace } = decide(after({ fact: 'where' }), {
      referred: '2026-04-01',
      decided: '2026-04-09',
      where: 'wales',
    });
    expect(trace).toMatchObject({
      division: 'england-and-wales',
      bound: '2026-04-10',
      days: 5,
      expected: '2026-04-01',
    });
  });

  it('does not throw when the window would run past the year 9999', () => {
    expect(decide(after('scotland'), { referred: '9999-12-30', decided: '9999-12-31' }).result).toBe('true');
  });
});

describe('three-valued logic', () => {
  const yes: Condition = { op: 'eq', fact: 't', value: true };
  const no: Condition = { op: 'eq', fact: 'f', value: true };
  const unknown: Condition = { op: 'eq', fact: 'missing', value: true };
  const facts = { t: true, f: false };
  const truth = (when: Condition) => decide(when, facts).result;

  it('makes all false if any part is false, else unknown if any is unknown', () => {
    expect(truth({ op: 'all', conditions: [yes, yes] })).toBe('true');
    expect(truth({ op: 'all', conditions: [yes, no] })).toBe('false');
    expect(truth({ op: 'all', conditions: [unknown, no] })).toBe('false');
    expect(truth({ op: 'all', conditions: [no, unknown] })).toBe('false');
    expect(truth({ op: 'all', conditions: [yes, unknown] })).toBe('unknown');
    expect(truth({ op: 'all', conditions: [] })).toBe('true');
  });

  it('makes any true if any part is true, else unknown if any is unknown', () => {
    expect(truth({ op: 'any', conditions: [no, yes] })).toBe('true');
    expect(truth({ op: 'any', conditions: [unknown, yes] })).toBe('true');
    expect(truth({ op: 'any', conditions: [no, no] })).toBe('false');
    expect(truth({ op: 'any', conditions: [no, unknown] })).toBe('unknown');
    expect(truth({ op: 'any', conditions: [] })).toBe('false');
  });

  it('negates true and false and keeps unknown with not', () => {
    expect(truth({ op: 'not', condition: yes })).toBe('false');
    expect(truth({ op: 'not', condition: no })).toBe('true');
    expect(truth({ op: 'not', condition: unknown })).toBe('unknown');
  });

  it('lists only the missing facts that would decide the rule', () => {
    // The false part settles the rule, so the missing fact does not matter.
    expect(decide({ op: 'all', conditions: [unknown, no] }, facts).missing).toEqual([]);
    expect(decide({ op: 'any', conditions: [unknown, yes] }, facts).missing).toEqual([]);
    expect(decide({ op: 'all', conditions: [yes, unknown] }, facts).missing).toEqual(['missing']);
    // Nested: the inner all is false, so only the other branch's fact is needed.
    const nested: Condition = {
      op: 'any',
      conditions: [
        { op: 'all', conditions: [{ op: 'eq', fact: 'x', value: 1 }, no] },
        { op: 'eq', fact: 'y', value: 1 },
      ],
    };
    expect(decide(nested, facts).missing).toEqual(['y']);
  });
});

describe('fact paths', () => {
  it('reads nested own properties only', () => {
    expect(decide({ op: 'eq', fact: 'a.b.c.d', value: 1 }, { a: { b: { c: { d: 1 } } } }).result).toBe(
      'true',
    );
    const inherited = Object.create({ a: 1 });
    expect(decide({ op: 'eq', fact: 'a', value: 1 }, inherited).result).toBe('unknown');
    expect(decide({ op: 'exists', fact: 'constructor' }, {}).result).toBe('false');
    expect(decide({ op: 'exists', fact: 'a.toString' }, { a: {} }).result).toBe('false');
    expect(decide({ op: 'exists', fact: '__proto__' }, {}).result).toBe('false');
  });

  it('reads a key named __proto__ when the facts really hold one', () => {
    const facts = JSON.parse('{"__proto__": {"x": 1}}');
    expect(decide({ op: 'eq', fact: '__proto__.x', value: 1 }, facts).result).toBe('true');
  });

  it('indexes into arrays by position', () => {
    expect(decide({ op: 'eq', fact: 'list.1', value: 'b' }, { list: ['a', 'b'] }).result).toBe('true');
    expect(decide({ op: 'eq', fact: 'list.length', value: 2 }, { list: ['a', 'b'] }).result).toBe('true');
  });
});

describe('rules in force, priority and outcomes', () => {
  const always: Condition = { op: 'all', conditions: [] };
  const ruleSet: RuleSet<unknown, string> = {
    name: 'dated',
    rules: [
      rule('old', always, { inForce: { from: '2015-11-01', to: '2023-01-29' } }),
      rule('new', always, { inForce: { from: '2023-01-30' } }),
      rule('urgent', always, { priority: 10 }),
      rule('later', always, { priority: -1 }),
      rule('first-tie', always, { priority: 5 }),
      rule('second-tie', always, { priority: 5 }),
    ],
  };
  const compiled = compile(ruleSet);
  const fired = (asOf: string) => evaluate(compiled, {}, { asOf }).outcomes.map((outcome) => outcome.ruleId);

  it('uses only the rules in force on the evaluation date, both ends inclusive', () => {
    expect(fired('2015-10-31')).not.toContain('old');
    expect(fired('2015-11-01')).toContain('old');
    expect(fired('2023-01-29')).toContain('old');
    expect(fired('2023-01-29')).not.toContain('new');
    expect(fired('2023-01-30')).toContain('new');
    expect(fired('2023-01-30')).not.toContain('old');
  });

  it('lists outcomes by priority, highest first, ties in rule-set order', () => {
    expect(fired('2024-01-01')).toEqual(['urgent', 'first-tie', 'second-tie', 'new', 'later']);
  });

  it('gives each fired rule its outcome, citation and provenance', () => {
    const outcome = evaluate(compiled, {}, { asOf: '2024-01-01' }).outcomes[0];
    expect(outcome).toEqual({
      ruleId: 'urgent',
      description: 'Rule urgent',
      citation,
      provenance: 'base',
      priority: 10,
      tags: [],
      outcome: 'urgent',
    });
  });

  it('returns frozen outcomes, so a caller cannot change the next evaluation', () => {
    const objects = compile({
      name: 'objects',
      rules: [{ ...rule('a', always), outcome: { action: 'x', steps: ['a'] } }],
    });
    const first = evaluate(objects, {}, { asOf: '2024-01-01' }).outcomes[0]?.outcome as { steps: string[] };
    expect(() => first.steps.push('b')).toThrow(TypeError);
    expect(evaluate(objects, {}, { asOf: '2024-01-01' }).outcomes[0]?.outcome).toEqual({
      action: 'x',
      steps: ['a'],
    });
  });

  it('is not changed by changes to the rule set after compiling', () => {
    const mutable = { name: 'mutable', rules: [rule('a', { op: 'eq', fact: 'x', value: 1 })] };
    const compiledOnce = compile(mutable);
    (mutable.rules[0] as { when: Condition }).when = { op: 'eq', fact: 'x', value: 2 };
    expect(evaluate(compiledOnce, { x: 1 }, { asOf: '2024-01-01' }).outcomes).toHaveLength(1);
  });

  it('reports the evaluation date and the rule set', () => {
    const result = evaluate(compile({ ...ruleSet, version: '2' }), {}, { asOf: '2024-01-01' });
    expect(result.asOf).toBe('2024-01-01');
    expect(result.ruleSet).toEqual({ name: 'dated', version: '2' });
  });
});

describe('parameters', () => {
  it('resolves a reference to another parameter on the same date', () => {
    const parameters: Record<string, Parameter> = {
      base: {
        description: 'the base period',
        versions: [
          { from: '2000-01-01', to: '2019-12-31', value: 10, citation },
          { from: '2020-01-01', value: 20, citation },
        ],
      },
      period: {
        description: 'the period',
        versions: [{ from: '2000-01-01', value: { param: 'base' }, citation }],
      },
    };
    const when: Condition = { op: 'eq', fact: 'n', value: { param: 'period' } };
    expect(decide(when, { n: 10 }, { parameters, asOf: '2019-12-31' }).result).toBe('true');
    expect(decide(when, { n: 20 }, { parameters, asOf: '2020-01-01' }).result).toBe('true');
  });

  it('lists the parameters in force in the trace, with the version and its source', () => {
    const compiled = compile({
      name: 'p',
      parameters: {
        threshold: {
          description: 'the threshold',
          unit: 'GBP',
          versions: [
            { from: '2015-10-29', value: 36_000_000, citation: { title: 'Regs', section: 'reg 2' } },
          ],
        },
        alias: {
          description: 'the alias',
          versions: [{ from: '2015-10-29', value: { param: 'threshold' }, citation }],
        },
      },
      rules: [],
    });
    const { trace } = evaluate(compiled, {}, { asOf: '2025-01-01', trace: true });
    expect(trace.parameters.threshold).toMatchObject({
      name: 'threshold',
      value: 36_000_000,
      unit: 'GBP',
      from: '2015-10-29',
      citation: { title: 'Regs', section: 'reg 2' },
      provenance: 'base',
    });
    expect(trace.parameters.alias).toMatchObject({ value: 36_000_000, via: 'threshold' });
    expect(evaluate(compiled, {}, { asOf: '2015-10-28', trace: true }).trace.parameters).toEqual({});
  });
});

describe('bad arguments', () => {
  const compiled = compile({ name: 'x', rules: [] });

  it('throws a typed error for an evaluation date that is not a real date', () => {
    expect(() => evaluate(compiled, {}, { asOf: '2023-02-29' })).toThrow(InvalidIsoDateError);
    expect(() => evaluate(compiled, {}, { asOf: 'today' })).toThrow(InvalidIsoDateError);
  });

  it('throws a typed error for an object that did not come from compile', () => {
    expect(() => evaluate({ ruleSet: { name: 'x', rules: [] } }, {}, { asOf: '2024-01-01' })).toThrow(
      InvalidArgumentError,
    );
    expect(() => evaluate(null as never, {}, { asOf: '2024-01-01' })).toThrow(InvalidArgumentError);
  });
});

describe('bad arguments, named', () => {
  const compiled = compile({ name: 'x', rules: [] });

  it('names the argument at fault and what was expected', () => {
    expect(() => evaluate({} as never, {}, { asOf: '2024-01-01' })).toThrow(
      'evaluate(compiled): expected a rule set returned by compile()',
    );
  });

  it('throws the typed date error, not a TypeError, when the options are left out', () => {
    expect(() => evaluate(compiled, {}, undefined as never)).toThrow(InvalidIsoDateError);
  });
});

describe('the result', () => {
  it('has a trace only when one was asked for', () => {
    const compiled = compile({ name: 'x', rules: [rule('r', { op: 'exists', fact: 'a' })] });
    expect('trace' in evaluate(compiled, {}, { asOf: '2025-06-01' })).toBe(false);
    expect('trace' in evaluate(compiled, {}, { asOf: '2025-06-01', trace: false })).toBe(false);
  });
});

describe('evaluating again from inside a getter of the facts', () => {
  it('keeps the outer evaluation’s facts and results apart from the inner one', () => {
    const compiled = compile({
      name: 'nested',
      rules: [
        rule('both', {
          op: 'all',
          conditions: [
            { op: 'eq', fact: 'a', value: 'x' },
            { op: 'eq', fact: 'b', value: 'z' },
          ],
        }),
      ],
    });
    const inner: unknown[] = [];
    const facts = {
      get a() {
        inner.push(evaluate(compiled, { a: 'x' }, { asOf: '2025-06-01' }).undecided);
        return 'x';
      },
      b: 'z',
    };
    const outer = evaluate(compiled, facts, { asOf: '2025-06-01' });
    expect(outer.outcomes.map((fired) => fired.ruleId)).toEqual(['both']);
    expect(outer.missing).toEqual([]);
    expect(inner).toEqual([['both']]);
    // The compiled rule set is reused as before once both have finished.
    expect(evaluate(compiled, { a: 'x', b: 'z' }, { asOf: '2025-06-01' }).outcomes).toHaveLength(1);
  });
});
