import { describe, expect, it } from 'vitest';
import { checkRuleSet } from './check-rule-set.js';
import { compile } from './compile.js';
import { type Condition, OPERATORS } from './condition.js';
import { RuleSetError, type RuleSetIssue } from './errors.js';
import type { Parameter } from './parameter.js';
import type { Rule } from './rule.js';
import type { RuleSet } from './rule-set.js';

const citation = { title: 'Test source' };

function rule(id: string, when: Condition, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    description: `Rule ${id}`,
    citation,
    inForce: { from: '2020-01-01' },
    when,
    outcome: id,
    ...extra,
  };
}

function issuesOf(ruleSet: unknown): RuleSetIssue[] {
  return checkRuleSet(ruleSet as RuleSet);
}

function codes(ruleSet: unknown): [string, string | undefined, string][] {
  return issuesOf(ruleSet).map((issue) => [
    issue.code,
    issue.ruleId ?? issue.parameter,
    issue.path.join('.'),
  ]);
}

const ok: Condition = { op: 'eq', fact: 'a', value: 1 };
const version = (from: string, value: Parameter['versions'][number]['value'], to?: string) =>
  to === undefined ? { from, value, citation } : { from, to, value, citation };

describe('a sound rule set', () => {
  it('has no issues', () => {
    const sound: RuleSet = {
      name: 'sound',
      facts: { a: { label: 'a', type: 'number' } },
      parameters: { limit: { description: 'the limit', versions: [version('2020-01-01', 5)] } },
      rules: [
        rule('one', { op: 'all', conditions: [ok, { op: 'lt', fact: 'a', value: { param: 'limit' } }] }),
        rule(
          'two',
          { op: 'not', condition: { op: 'exists', fact: 'b' } },
          { priority: 2, tags: ['x'], locked: true },
        ),
      ],
    };
    expect(checkRuleSet(sound)).toEqual([]);
  });
});

describe('rules', () => {
  it('rejects duplicate ids, naming the rule and the path', () => {
    expect(codes({ name: 'x', rules: [rule('same', ok), rule('other', ok), rule('same', ok)] })).toEqual([
      ['rule.duplicate-id', 'same', 'rules.2.id'],
    ]);
  });

  it('rejects an unknown operator', () => {
    expect(
      codes({ name: 'x', rules: [rule('r', { op: 'greaterThan', fact: 'a', value: 1 } as never)] }),
    ).toEqual([['rule.condition.unknown-operator', 'r', 'rules.0.when.op']]);
  });

  it('rejects a value of the wrong type for the operator, deep in the condition', () => {
    const when = {
      op: 'any',
      conditions: [ok, { op: 'not', condition: { op: 'gte', fact: 'age', value: '18' } }],
    } as Condition;
    expect(codes({ name: 'x', rules: [rule('r', when)] })).toEqual([
      ['rule.condition.value-type', 'r', 'rules.0.when.conditions.1.condition.value'],
    ]);
    const wrong: Condition[] = [
      { op: 'eq', fact: 'a', value: ['list'] },
      { op: 'in', fact: 'a', value: 'not a list' },
      { op: 'includes', fact: 'a', value: { x: 1 } } as never,
      { op: 'before', fact: 'a', value: '2023-02-30' },
      { op: 'withinDaysAfter', fact: 'a', days: -1, of: '2020-01-01' },
      { op: 'withinDaysAfter', fact: 'a', days: 1.5, of: '2020-01-01' },
      { op: 'withinDaysBefore', fact: 'a', days: 1, of: 'yesterday' },
      { op: 'gt', fact: 'a', value: { asOf: true } },
      { op: 'eq', fact: 'a', value: Number.NaN },
    ];
    for (const when of wrong) {
      expect(codes({ name: 'x', rules: [rule('r', when)] })[0]?.[0]).toBe('rule.condition.value-type');
    }
  });

  it('rejects a malformed condition or fact path', () => {
    expect(codes({ name: 'x', rules: [rule('r', { op: 'all' } as never)] })).toEqual([
      ['rule.condition.invalid', 'r', 'rules.0.when.conditions'],
    ]);
    expect(codes({ name: 'x', rules: [rule('r', 'a > 1' as never)] })[0]?.[0]).toBe('rule.condition.invalid');
    for (const fact of ['', 'a..b', '.a', 'a.', 7]) {
      expect(codes({ name: 'x', rules: [rule('r', { op: 'exists', fact } as never)] })).toEqual([
        ['rule.condition.fact-path', 'r', 'rules.0.when.fact'],
      ]);
    }
  });

  it('rejects a working-day window without a valid division', () => {
    const when = {
      op: 'withinWorkingDaysAfter',
      fact: 'd',
      days: 5,
      of: { fact: 'e' },
      division: 'france',
    } as unknown as Condition;
    expect(codes({ name: 'x', rules: [rule('r', when)] })).toEqual([
      ['rule.condition.division', 'r', 'rules.0.when.division'],
    ]);
  });

  it('rejects bad in-force dates and a from after its to', () => {
    expect(codes({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-02-30' } })] })).toEqual([
      ['rule.in-force.invalid-date', 'r', 'rules.0.inForce.from'],
    ]);
    expect(
      codes({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-01-02', to: '2020-01-01' } })] }),
    ).toEqual([['rule.in-force.order', 'r', 'rules.0.inForce.to']]);
    expect(
      codes({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-01-01', to: '2020-01-01' } })] }),
    ).toEqual([]);
    expect(codes({ name: 'x', rules: [rule('r', ok, { inForce: undefined as never })] })).toEqual([
      ['rule.in-force.invalid-date', 'r', 'rules.0.inForce'],
    ]);
  });

  it('rejects a rule without an id or an outcome, and a priority that is not a number', () => {
    expect(codes({ name: 'x', rules: [rule('', ok)] })).toEqual([['rule.id', undefined, 'rules.0.id']]);
    expect(codes({ name: 'x', rules: [rule('r', ok, { outcome: undefined })] })).toEqual([
      ['rule.outcome', 'r', 'rules.0.outcome'],
    ]);
    expect(codes({ name: 'x', rules: [rule('r', ok, { priority: 'high' as never })] })).toEqual([
      ['rule.priority', 'r', 'rules.0.priority'],
    ]);
    expect(codes({ name: 'x', rules: [rule('r', ok, { priority: Number.POSITIVE_INFINITY })] })[0]?.[0]).toBe(
      'rule.priority',
    );
  });

  it('rejects what a person reads when it is missing or of the wrong type', () => {
    const bad = {
      name: '',
      rules: [
        {
          ...rule('r', { ...ok, label: 3 } as never),
          description: ' ',
          citation: { section: 's1' },
          tags: 'urgent',
          locked: 'yes',
        },
        { ...rule('s', ok), citation: { title: 'T', url: 5 } },
      ],
    };
    expect(codes(bad)).toEqual([
      ['rule-set.name', undefined, 'name'],
      ['rule.description', 'r', 'rules.0.description'],
      ['citation.title', 'r', 'rules.0.citation.title'],
      ['rule.tags', 'r', 'rules.0.tags'],
      ['rule.locked', 'r', 'rules.0.locked'],
      ['rule.condition.label', 'r', 'rules.0.when.label'],
      ['citation.invalid', 's', 'rules.1.citation.url'],
    ]);
  });

  it('rejects a rule set that is not an object or has no list of rules', () => {
    expect(codes(null)).toEqual([['rule-set.invalid', undefined, '']]);
    expect(codes({ name: 'x' })).toEqual([['rule-set.rules', undefined, 'rules']]);
    expect(codes({ name: 'x', rules: [3] })).toEqual([['rule.invalid', undefined, 'rules.0']]);
    expect(codes({ name: 'x', rules: [], parameters: [] })).toEqual([
      ['rule-set.parameters', undefined, 'parameters'],
    ]);
  });
});

describe('parameters', () => {
  const using = (name: string): Rule => rule('uses', { op: 'eq', fact: 'a', value: { param: name } });

  it('rejects a reference to an unknown parameter, from a rule or from another parameter', () => {
    expect(codes({ name: 'x', rules: [using('missing')] })).toEqual([
      ['rule.condition.unknown-parameter', 'uses', 'rules.0.when.value.param'],
    ]);
    expect(
      codes({
        name: 'x',
        parameters: { a: { description: 'a', versions: [version('2020-01-01', { param: 'nowhere' })] } },
        rules: [],
      }),
    ).toEqual([['parameter.unknown-reference', 'a', 'parameters.a.versions.0.value.param']]);
  });

  it('rejects overlapping versions, naming the version that overlaps', () => {
    const parameters = {
      period: {
        description: 'the period',
        versions: [version('2023-01-30', 30), version('2015-01-01', 45, '2023-01-30')],
      },
    };
    expect(codes({ name: 'x', parameters, rules: [] })).toEqual([
      ['parameter.overlap', 'period', 'parameters.period.versions.0.from'],
    ]);
    const open = {
      period: { description: 'p', versions: [version('2015-01-01', 45), version('2023-01-30', 30)] },
    };
    expect(codes({ name: 'x', parameters: open, rules: [] })[0]?.[0]).toBe('parameter.overlap');
    const adjacent = {
      period: {
        description: 'p',
        versions: [version('2015-01-01', 45, '2023-01-29'), version('2023-01-30', 30)],
      },
    };
    expect(codes({ name: 'x', parameters: adjacent, rules: [] })).toEqual([]);
  });

  it('rejects cycles of references, once per cycle', () => {
    const cyclic = (pairs: [string, string][]) =>
      Object.fromEntries(
        pairs.map(([from, to]) => [
          from,
          { description: from, versions: [version('2020-01-01', { param: to })] },
        ]),
      );
    expect(codes({ name: 'x', parameters: cyclic([['a', 'a']]), rules: [] })).toEqual([
      ['parameter.cycle', 'a', 'parameters.a.versions.0.value'],
    ]);
    const three = issuesOf({
      name: 'x',
      parameters: cyclic([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
      ]),
      rules: [],
    });
    expect(three.map((issue) => issue.code)).toEqual(['parameter.cycle']);
    expect(three[0]?.message).toBe('Parameters refer to each other in a loop: a → b → c → a');
  });

  it('rejects a parameter without versions, with bad dates, or with values of different types', () => {
    expect(codes({ name: 'x', parameters: { p: { description: 'p', versions: [] } }, rules: [] })).toEqual([
      ['parameter.no-versions', 'p', 'parameters.p.versions'],
    ]);
    expect(codes({ name: 'x', parameters: { p: 'five' }, rules: [] })).toEqual([
      ['parameter.invalid', 'p', 'parameters.p'],
    ]);
    expect(
      codes({
        name: 'x',
        parameters: { p: { description: 'p', versions: [version('2021-01-01', 1, '2020-01-01')] } },
        rules: [],
      }),
    ).toEqual([['parameter.version.order', 'p', 'parameters.p.versions.0.to']]);
    expect(
      codes({
        name: 'x',
        parameters: {
          p: {
            description: 'p',
            versions: [version('2020-01-01', 1, '2020-12-31'), version('2021-01-01', 'one')],
          },
        },
        rules: [],
      }),
    ).toEqual([['parameter.value-type', 'p', 'parameters.p.versions']]);
    expect(
      codes({
        name: 'x',
        parameters: { p: { description: 'p', versions: [version('2020-01-01', { x: 1 } as never)] } },
        rules: [],
      }),
    ).toEqual([['parameter.version.value', 'p', 'parameters.p.versions.0.value']]);
  });

  it('rejects a parameter used on dates when none of its versions is in force', () => {
    const parameters = { p: { description: 'p', versions: [version('2021-01-01', 1)] } };
    const issues = issuesOf({ name: 'x', parameters, rules: [using('p')] });
    expect(issues.map((issue) => [issue.code, issue.ruleId, issue.path.join('.')])).toEqual([
      ['parameter.not-in-force', 'uses', 'rules.0.when.value'],
    ]);
    expect(issues[0]?.message).toBe("Parameter 'p' is used on 2020-01-01 but has no version in force then");
    const ending = { p: { description: 'p', versions: [version('2020-01-01', 1, '2024-12-31')] } };
    expect(codes({ name: 'x', parameters: ending, rules: [using('p')] })[0]?.[0]).toBe(
      'parameter.not-in-force',
    );
    const gap = {
      p: { description: 'p', versions: [version('2020-01-01', 1, '2020-06-30'), version('2020-08-01', 2)] },
    };
    expect(issuesOf({ name: 'x', parameters: gap, rules: [using('p')] })[0]?.message).toContain('2020-07-01');
    const ended = {
      ...rule('old', { op: 'eq', fact: 'a', value: { param: 'p' } }),
      inForce: { from: '2020-01-01', to: '2024-12-31' },
    };
    expect(codes({ name: 'x', parameters: ending, rules: [ended] })).toEqual([]);
  });

  it('rejects a parameter of the wrong type for the operator that uses it', () => {
    const parameters = { names: { description: 'names', versions: [version('2020-01-01', ['a'])] } };
    expect(
      codes({
        name: 'x',
        parameters,
        rules: [rule('r', { op: 'gt', fact: 'a', value: { param: 'names' } })],
      }),
    ).toEqual([['rule.condition.value-type', 'r', 'rules.0.when.value']]);
  });

  it('rejects a parameter without a description or a version without a citation', () => {
    const parameters = { p: { description: '', versions: [{ from: '2020-01-01', value: 1 }] } };
    expect(codes({ name: 'x', parameters, rules: [] })).toEqual([
      ['parameter.description', 'p', 'parameters.p.description'],
      ['citation.title', 'p', 'parameters.p.versions.0.citation.title'],
    ]);
  });
});

describe('declared facts', () => {
  const facts = {
    age: { type: 'number' },
    under18: { type: 'string', values: ['yes', 'no', 'not-sure'] },
    types: { type: 'string-list' },
    referred: { type: 'date' },
  } as const;

  it('rejects a literal of another type than the fact is declared to have', () => {
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'eq', fact: 'age', value: 'eighteen' })] }),
    ).toEqual([['rule.condition.value-type', 'r', 'rules.0.when.value']]);
  });

  it('rejects a value the fact may not take', () => {
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'in', fact: 'under18', value: ['no', 'maybe'] })] }),
    ).toEqual([['rule.condition.value-not-allowed', 'r', 'rules.0.when.value']]);
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'eq', fact: 'under18', value: 'yes' })] }),
    ).toEqual([]);
  });

  it('rejects an operator the declared type cannot be compared with', () => {
    expect(codes({ name: 'x', facts, rules: [rule('r', { op: 'gt', fact: 'under18', value: 1 })] })).toEqual([
      ['rule.condition.value-type', 'r', 'rules.0.when.fact'],
    ]);
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'includes', fact: 'age', value: 1 })] })[0]?.[0],
    ).toBe('rule.condition.value-type');
    expect(
      codes({
        name: 'x',
        facts,
        rules: [rule('r', { op: 'withinDaysAfter', fact: 'age', days: 1, of: '2020-01-01' })],
      }),
    ).toEqual([['rule.condition.value-type', 'r', 'rules.0.when.fact']]);
  });

  it('rejects a comparison with another fact of an incompatible declared type', () => {
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'gt', fact: 'age', value: { fact: 'referred' } })] }),
    ).toEqual([['rule.condition.value-type', 'r', 'rules.0.when.value']]);
    expect(
      codes({ name: 'x', facts, rules: [rule('r', { op: 'includes', fact: 'types', value: 'labour' })] }),
    ).toEqual([]);
  });
});

describe('compile', () => {
  it('throws a RuleSetError listing every problem that affects evaluation', () => {
    const broken = {
      name: 'broken',
      parameters: { p: { description: 'p', versions: [version('2020-01-01', 1), version('2020-06-01', 2)] } },
      rules: [rule('a', { op: 'bogus' } as never), rule('a', ok)],
    };
    try {
      compile(broken as RuleSet);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(RuleSetError);
      const { issues, code, message } = error as RuleSetError;
      expect(code).toBe('rules.rule-set.invalid');
      expect(issues.map((issue) => issue.code)).toEqual([
        'parameter.overlap',
        'rule.condition.unknown-operator',
        'rule.duplicate-id',
      ]);
      expect(message).toBe(
        "The rule set is not valid: Versions of parameter 'p' overlap, at parameters.p.versions[1].from (and 2 more: see issues)",
      );
    }
  });

  it('does not repeat the values it found in its messages', () => {
    const issues = issuesOf({
      name: 'x',
      rules: [rule('r', { op: 'gte', fact: 'age', value: 'secret-value' } as never)],
    });
    expect(issues[0]?.message).not.toContain('secret-value');
  });

  it('leaves the checks of what a person reads to checkRuleSet', () => {
    const terse = {
      name: 'terse',
      rules: [{ id: 'r', inForce: { from: '2020-01-01' }, when: ok, outcome: 1 }],
    };
    expect(() => compile(terse as unknown as RuleSet)).not.toThrow();
    expect(codes(terse).map(([code]) => code)).toEqual(['rule.description', 'citation.title']);
  });
});

describe('messages', () => {
  /** Each issue as `code at path: message`, to check the words a person reads. */
  function said(ruleSet: unknown): string[] {
    return issuesOf(ruleSet).map((issue) => `${issue.code} at ${issue.path.join('.')}: ${issue.message}`);
  }

  it('gives a whole issue, with its severity, for a rule set that is not an object', () => {
    expect(checkRuleSet(null as never)).toEqual([
      { severity: 'error', code: 'rule-set.invalid', path: [], message: 'The rule set must be an object' },
    ]);
  });

  it('says what is wrong with the shape of the rule set and its rules', () => {
    expect(said({ name: 'x' })).toEqual(['rule-set.rules at rules: Give the rule set a list of rules']);
    expect(said({ name: 'x', rules: [3] })).toEqual(['rule.invalid at rules.0: Each rule must be an object']);
    expect(said({ name: 'x', rules: [], parameters: [] })).toEqual([
      'rule-set.parameters at parameters: The parameters must be an object keyed by name',
    ]);
    expect(said({ name: 'x', rules: [rule('', ok, { description: ' ' })] })).toEqual([
      'rule.id at rules.0.id: Enter an id for the rule',
      'rule.description at rules.0.description: Describe the rule in plain English',
    ]);
    expect(said({ name: 'x', rules: [rule('same', ok), rule('same', ok)] })).toEqual([
      "rule.duplicate-id at rules.1.id: Rule id 'same' is used more than once",
    ]);
    expect(
      said({ name: 'x', rules: [rule('r', ok, { outcome: undefined, priority: 'high' as never })] }),
    ).toEqual([
      'rule.outcome at rules.0.outcome: Give the outcome of the rule',
      'rule.priority at rules.0.priority: The priority must be a number',
    ]);
  });

  it('says which in-force date is wrong, and checks the last day on its own', () => {
    expect(
      said({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-02-30', to: '2020-13-01' } })] }),
    ).toEqual([
      'rule.in-force.invalid-date at rules.0.inForce.from: Enter the date the rule comes into force as YYYY-MM-DD',
      'rule.in-force.invalid-date at rules.0.inForce.to: Enter the last date the rule is in force as YYYY-MM-DD',
    ]);
    expect(
      said({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-01-01', to: '2020-13-01' } })] }),
    ).toEqual([
      'rule.in-force.invalid-date at rules.0.inForce.to: Enter the last date the rule is in force as YYYY-MM-DD',
    ]);
    expect(
      said({ name: 'x', rules: [rule('r', ok, { inForce: { from: '2020-01-02', to: '2020-01-01' } })] }),
    ).toEqual([
      'rule.in-force.order at rules.0.inForce.to: The last date the rule is in force must be on or after its first',
    ]);
    expect(said({ name: 'x', rules: [rule('r', ok, { inForce: 'always' as never })] })).toEqual([
      'rule.in-force.invalid-date at rules.0.inForce: Give the dates the rule is in force',
    ]);
  });

  it('says what is wrong with a condition', () => {
    const one = (when: unknown): string[] => said({ name: 'x', rules: [rule('r', when as Condition)] });
    expect(one(null)).toEqual([
      'rule.condition.invalid at rules.0.when: Each condition must be an object with an op',
    ]);
    expect(one({ op: 3, fact: 'a' })).toEqual([
      'rule.condition.invalid at rules.0.when: Each condition must be an object with an op',
    ]);
    expect(one({ op: 'greaterThan', fact: 'a', value: 1 })).toEqual([
      `rule.condition.unknown-operator at rules.0.when.op: 'greaterThan' is not an operator: use one of ${OPERATORS.join(', ')}`,
    ]);
    expect(one({ op: 'any', conditions: 'a' })).toEqual([
      "rule.condition.invalid at rules.0.when.conditions: 'any' needs a list of conditions",
    ]);
    expect(one({ op: 'exists', fact: 'a..b' })).toEqual([
      'rule.condition.fact-path at rules.0.when.fact: Enter the fact to compare as a dot path, such as person.age',
    ]);
    expect(one({ op: 'gte', fact: 'a', value: 'x' })).toEqual([
      "rule.condition.value-type at rules.0.when.value: 'gte' needs a number",
    ]);
    expect(one({ op: 'gt', fact: 'a', value: { asOf: true } })).toEqual([
      "rule.condition.value-type at rules.0.when.value: 'gt' needs a number, not the evaluation date",
    ]);
    expect(one({ op: 'eq', fact: 'a', value: { param: 'nope' } })).toEqual([
      "rule.condition.unknown-parameter at rules.0.when.value.param: There is no parameter 'nope'",
    ]);
    expect(
      one({ op: 'withinWorkingDaysAfter', fact: 'a', days: 1, of: '2020-01-01', division: 'france' }),
    ).toEqual([
      "rule.condition.division at rules.0.when.division: 'withinWorkingDaysAfter' needs a division, a jurisdiction or a { fact }",
    ]);
    expect(one({ op: 'withinDaysAfter', fact: 'a', days: -1, of: '2020-01-01' })).toEqual([
      "rule.condition.value-type at rules.0.when.days: 'withinDaysAfter' needs a whole number of days, 0 or more",
    ]);
    expect(one({ op: 'withinDaysAfter', fact: 'a', days: 0, of: '2020-01-01' })).toEqual([]);
  });

  it('treats only an object with exactly one well-formed key as a reference', () => {
    const value = (operand: unknown): string[] =>
      said({ name: 'x', rules: [rule('r', { op: 'eq', fact: 'a', value: operand } as Condition)] });
    const wrong = [
      "rule.condition.value-type at rules.0.when.value: 'eq' needs a single string, number or boolean",
    ];
    expect(value({ fact: 'b', also: 1 })).toEqual(wrong);
    expect(value({ fact: '' })).toEqual(wrong);
    expect(value({ param: '' })).toEqual(wrong);
    expect(value({ asOf: false })).toEqual(wrong);
    expect(value({ fact: 'b' })).toEqual([]);
    expect(value({ asOf: true })).toEqual([]);
  });

  it('says what is wrong with a parameter and its versions', () => {
    const params = (parameters: unknown, rules: Rule[] = []): string[] =>
      said({ name: 'x', parameters, rules });
    expect(params({ p: 3 })).toEqual(["parameter.invalid at parameters.p: Parameter 'p' must be an object"]);
    expect(params({ p: { description: 'p' } })).toEqual([
      "parameter.no-versions at parameters.p.versions: Give parameter 'p' at least one version",
    ]);
    expect(params({ p: { description: 'p', versions: [3] } })).toEqual([
      "parameter.version.invalid at parameters.p.versions.0: Each version of parameter 'p' must be an object",
    ]);
    expect(params({ p: { description: 'p', versions: [version('2020-01-32', 1)] } })).toEqual([
      'parameter.version.invalid-date at parameters.p.versions.0.from: Enter the date this version comes into force as YYYY-MM-DD',
    ]);
    expect(params({ p: { description: 'p', versions: [version('2020-01-01', {} as never)] } })).toEqual([
      'parameter.version.value at parameters.p.versions.0.value: Enter a string, number, true or false, a list of them, or { param }',
    ]);
    expect(params({ p: { description: 'p', versions: [version('2020-01-01', { param: 'q' })] } })).toEqual([
      "parameter.unknown-reference at parameters.p.versions.0.value.param: There is no parameter 'q'",
    ]);
    expect(
      params({
        p: {
          description: 'p',
          versions: [version('2020-01-01', 1, '2020-12-31'), version('2021-01-01', 'x')],
        },
      }),
    ).toEqual([
      "parameter.value-type at parameters.p.versions: Versions of parameter 'p' must all have values of one type",
    ]);
  });

  it('does not take a parameter that is not an object for one a rule can use', () => {
    const uses = rule('r', { op: 'eq', fact: 'a', value: { param: 'p' } });
    expect(said({ name: 'x', parameters: { p: 3 }, rules: [uses] })).toEqual([
      "parameter.invalid at parameters.p: Parameter 'p' must be an object",
      "rule.condition.unknown-parameter at rules.0.when.value.param: There is no parameter 'p'",
    ]);
  });

  it('rejects a parameter used by an order comparison when any of its versions is not a number', () => {
    const parameters = {
      p: { description: 'p', versions: [version('2020-01-01', 1, '2020-12-31'), version('2021-01-01', 'x')] },
    };
    expect(
      said({ name: 'x', parameters, rules: [rule('r', { op: 'gt', fact: 'a', value: { param: 'p' } })] }),
    ).toEqual([
      "parameter.value-type at parameters.p.versions: Versions of parameter 'p' must all have values of one type",
      "rule.condition.value-type at rules.0.when.value: 'gt' needs a number, but parameter 'p' does not hold one",
    ]);
  });

  it('does not check when a parameter is used by a rule whose dates are not valid', () => {
    const parameters = { p: { description: 'p', versions: [version('2021-01-01', 1)] } };
    const uses = rule('r', { op: 'eq', fact: 'a', value: { param: 'p' } }, { inForce: { from: 'soon' } });
    expect(codes({ name: 'x', parameters, rules: [uses] })).toEqual([
      ['rule.in-force.invalid-date', 'r', 'rules.0.inForce.from'],
    ]);
  });
});

describe('versions in force where a parameter is used', () => {
  const using = (inForce: Rule['inForce']): Rule =>
    rule('uses', { op: 'eq', fact: 'a', value: { param: 'p' } }, { inForce });

  it('finds the versions in force whatever order they are listed in', () => {
    const parameters = {
      p: { description: 'p', versions: [version('2021-01-01', 2), version('2020-01-01', 1, '2020-12-31')] },
    };
    expect(codes({ name: 'x', parameters, rules: [using({ from: '2020-01-01' })] })).toEqual([]);
  });

  it('counts a version in force for a single day', () => {
    const parameters = {
      p: { description: 'p', versions: [version('2020-01-01', 1, '2020-01-01'), version('2020-01-02', 2)] },
    };
    expect(codes({ name: 'x', parameters, rules: [using({ from: '2020-01-01' })] })).toEqual([]);
  });

  it('follows the versions up to the last day the rule is in force', () => {
    const parameters = {
      p: { description: 'p', versions: [version('2020-01-01', 1, '2020-06-29'), version('2020-06-30', 2)] },
    };
    expect(
      codes({ name: 'x', parameters, rules: [using({ from: '2020-01-01', to: '2020-06-30' })] }),
    ).toEqual([]);
  });

  it('reports the last day the rule is in force when only that day has no version', () => {
    const parameters = { p: { description: 'p', versions: [version('2020-01-01', 1, '2020-06-29')] } };
    const issues = issuesOf({
      name: 'x',
      parameters,
      rules: [using({ from: '2020-01-01', to: '2020-06-30' })],
    });
    expect(issues.map((issue) => issue.message)).toEqual([
      "Parameter 'p' is used on 2020-06-30 but has no version in force then",
    ]);
  });

  it('checks a parameter that refers to another over the dates of the referring version', () => {
    const parameters = {
      a: { description: 'a', versions: [version('2020-01-01', { param: 'b' })] },
      b: { description: 'b', versions: [version('2021-01-01', 1)] },
    };
    expect(issuesOf({ name: 'x', parameters, rules: [] })).toEqual([
      {
        severity: 'error',
        code: 'parameter.not-in-force',
        path: ['parameters', 'a', 'versions', 0, 'value'],
        message: "Parameter 'b' is used on 2020-01-01 but has no version in force then",
        parameter: 'a',
      },
    ]);
  });
});

describe('messages of the checks against declared facts and of what a person reads', () => {
  const facts = {
    age: { type: 'number', values: [1, 2] },
    name: { type: 'string' },
    under18: { type: 'string', values: ['yes', 'no'] },
    referred: { type: 'date' },
  } as const;
  const one = (when: Condition): string[] =>
    issuesOf({ name: 'x', facts, rules: [rule('r', when)] }).map(
      (issue) => `${issue.severity} ${issue.code} at ${issue.path.join('.')}: ${issue.message}`,
    );

  it('says why a declared fact cannot be compared', () => {
    expect(one({ op: 'gt', fact: 'name', value: 1 })).toEqual([
      "error rule.condition.value-type at rules.0.when.fact: 'gt' cannot compare this fact: it is declared as string",
    ]);
    expect(one({ op: 'gt', fact: 'age', value: { fact: 'referred' } })).toEqual([
      "error rule.condition.value-type at rules.0.when.value: 'gt' cannot compare with that fact: it is declared as date",
    ]);
    expect(one({ op: 'in', fact: 'age', value: [1, 'two'] })).toEqual([
      "error rule.condition.value-type at rules.0.when.value: The value must be of the fact's declared type (number)",
    ]);
    expect(one({ op: 'eq', fact: 'under18', value: 'maybe' })).toEqual([
      "error rule.condition.value-not-allowed at rules.0.when.value: The value must be one of the fact's declared values",
    ]);
  });

  it('checks declared facts deep inside all, any and not', () => {
    expect(
      one({
        op: 'all',
        conditions: [
          { op: 'exists', fact: 'name' },
          { op: 'not', condition: { op: 'eq', fact: 'under18', value: 'maybe' } },
        ],
      }),
    ).toEqual([
      "error rule.condition.value-not-allowed at rules.0.when.conditions.1.condition.value: The value must be one of the fact's declared values",
    ]);
  });

  it('accepts what a declaration allows', () => {
    expect(one({ op: 'exists', fact: 'age' })).toEqual([]);
    expect(one({ op: 'eq', fact: 'name', value: 'anything' })).toEqual([]);
    expect(one({ op: 'gt', fact: 'age', value: 5 })).toEqual([]);
    const parameters = { p: { description: 'p', versions: [version('2020-01-01', 5)] } };
    expect(
      checkRuleSet({
        name: 'x',
        facts,
        parameters,
        rules: [rule('r', { op: 'gt', fact: 'age', value: { param: 'p' } })],
      }),
    ).toEqual([]);
  });

  it('says what is wrong with what a person reads', () => {
    const bad = {
      name: ' ',
      parameters: {
        p: {
          description: '',
          versions: [{ from: '2020-01-01', value: 1, citation: { title: 'T', version: 2 } }],
        },
      },
      rules: [
        {
          ...rule('r', {
            op: 'all',
            conditions: [{ op: 'not', condition: { ...ok, label: 1 } }],
          } as never),
          description: '',
          citation: undefined,
          tags: ['a', 3],
          locked: 1,
        },
      ],
    };
    expect(
      issuesOf(bad).map((issue) => `${issue.code} at ${issue.path.join('.')}: ${issue.message}`),
    ).toEqual([
      'rule-set.name at name: Enter a name for the rule set',
      "parameter.description at parameters.p.description: Describe parameter 'p' in plain English",
      "citation.invalid at parameters.p.versions.0.citation.version: The citation's version must be text",
      "rule.description at rules.0.description: Describe rule 'r' in plain English",
      'citation.title at rules.0.citation.title: Enter the title of the source this comes from',
      "rule.tags at rules.0.tags: The tags of rule 'r' must be a list of text",
      "rule.locked at rules.0.locked: Locked must be true or false for rule 'r'",
      'rule.condition.label at rules.0.when.conditions.0.condition.label: The label of a condition must be text',
    ]);
  });

  it('checks the citations of a parameter only when its versions are a list of objects', () => {
    expect(codes({ name: 'x', parameters: { p: { description: 'p', versions: 'v' } }, rules: [] })).toEqual([
      ['parameter.no-versions', 'p', 'parameters.p.versions'],
    ]);
  });
});
