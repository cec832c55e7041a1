import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.js';
import { compile } from './compile.js';
import type { Condition } from './condition.js';
import { evaluate } from './evaluate.js';
import { explain } from './explain.js';
import type { Rule } from './rule.js';
import type { RuleSet } from './rule-set.js';

const guidance = { title: 'Example guidance', section: 'para 3', version: '2025' };

function rule(id: string, description: string, when: Condition, extra: Partial<Rule> = {}): Rule {
  return {
    id,
    description,
    citation: guidance,
    inForce: { from: '2025-01-01' },
    when,
    outcome: { action: id },
    ...extra,
  };
}

function explained(ruleSet: RuleSet, facts: unknown, include: 'fired' | 'undecided' | 'all' = 'all'): string {
  return explain(evaluate(compile(ruleSet), facts, { asOf: '2026-06-01', trace: true }), { include });
}

/** The reason given for the one rule in `when`, fired or not. */
function reason(when: Condition, facts: unknown, extra: Partial<RuleSet> = {}): string {
  const text = explained({ name: 'r', ...extra, rules: [rule('r', 'Do it', when)] }, facts);
  const match = /because: (.*)\.\n/.exec(text);
  if (!match?.[1]) throw new Error(`no reason in:\n${text}`);
  return match[1];
}

describe('explain', () => {
  it('gives the outcome, the reason in the rule’s own words and the source', () => {
    const ruleSet: RuleSet = {
      name: 'Consent',
      rules: [
        rule('seek-consent', "Seek the person's consent", {
          op: 'eq',
          fact: 'person.under18',
          value: 'no',
          label: 'the person is 18 or over',
        }),
      ],
    };
    expect(explained(ruleSet, { person: { under18: 'no' } }, 'undecided')).toBe(
      [
        'Consent, as of 1 June 2026.',
        '',
        'What applies:',
        "1. Seek the person's consent — because: the person is 18 or over (person.under18 is 'no').",
        '   Source: Example guidance, para 3, version 2025.',
      ].join('\n'),
    );
  });

  it('derives text from the operator and the declared fact labels when a condition has no label', () => {
    expect(reason({ op: 'eq', fact: 'a', value: 'x' }, { a: 'x' })).toBe("a is 'x'");
    expect(reason({ op: 'ne', fact: 'a', value: 'x' }, { a: 'y' })).toBe("a is not 'x'");
    expect(reason({ op: 'in', fact: 'type', value: ['police', 'council', 'nca'] }, { type: 'nca' })).toBe(
      "type is one of 'police', 'council' or 'nca'",
    );
    expect(reason({ op: 'includes', fact: 'types', value: 'labour' }, { types: ['labour'] })).toBe(
      "types includes 'labour'",
    );
    expect(reason({ op: 'exists', fact: 'person.consents' }, { person: { consents: false } })).toBe(
      'person.consents is known',
    );
    expect(
      reason(
        { op: 'gte', fact: 'age', value: 18 },
        { age: 18 },
        { facts: { age: { label: "the person's age" } } },
      ),
    ).toBe("the person's age (age), 18, is at least 18");
    expect(reason({ op: 'onOrAfter', fact: 'date', value: '2015-11-01' }, { date: '2015-11-01' })).toBe(
      'date, 1 November 2015, is on or after 1 November 2015',
    );
    expect(
      reason({ op: 'before', fact: 'a', value: { fact: 'b' } }, { a: '2024-01-01', b: '2024-02-29' }),
    ).toBe('a, 1 January 2024, is before b, 29 February 2024');
  });

  it('describes parameters by their description and unit, and cites the version used', () => {
    const ruleSet: RuleSet = {
      name: 'Supplier checks',
      facts: { turnover: { label: "the supplier's total turnover" } },
      parameters: {
        threshold: {
          description: 'the turnover threshold',
          unit: 'GBP',
          versions: [
            {
              from: '2015-10-29',
              value: 36_000_000,
              citation: { title: 'Regulations 2015', section: 'reg 2' },
            },
          ],
        },
      },
      rules: [
        rule('ask', 'Ask for a statement', { op: 'gte', fact: 'turnover', value: { param: 'threshold' } }),
      ],
    };
    expect(explained(ruleSet, { turnover: 40_000_000 })).toBe(
      [
        'Supplier checks, as of 1 June 2026.',
        '',
        'What applies:',
        "1. Ask for a statement — because: the supplier's total turnover (turnover), 40,000,000, is at least the turnover threshold (36,000,000 GBP).",
        '   Source: Example guidance, para 3, version 2025.',
        '   Uses the turnover threshold: 36,000,000 GBP from 29 October 2015. Source: Regulations 2015, reg 2.',
      ].join('\n'),
    );
  });

  it('explains windows with their length, division and dates', () => {
    const working: Condition = {
      op: 'withinWorkingDaysAfter',
      fact: 'decided',
      days: 5,
      of: { fact: 'referred' },
      division: 'wales',
    };
    expect(reason(working, { referred: '2026-04-01', decided: '2026-04-10' })).toBe(
      'decided, 10 April 2026, is within 5 working days in England and Wales after referred, 1 April 2026 (from 1 April 2026 to 10 April 2026)',
    );
    const period: Condition = {
      op: 'withinDaysBefore',
      fact: 'referred',
      days: { param: 'days' },
      of: { asOf: true },
    };
    const parameters = {
      days: {
        description: 'the recovery period',
        versions: [{ from: '2020-01-01', value: 30, citation: guidance }],
      },
    };
    expect(reason(period, { referred: '2026-05-02' }, { parameters })).toBe(
      'referred, 2 May 2026, is within 30 days (the recovery period) before the date of this decision, 1 June 2026 (from 2 May 2026 to 1 June 2026)',
    );
  });

  it('gives only the part of an any that held, and the negation under a not', () => {
    const when: Condition = {
      op: 'any',
      conditions: [
        { op: 'eq', fact: 'a', value: 1, label: 'a is one' },
        { op: 'not', condition: { op: 'exists', fact: 'b' } },
      ],
    };
    expect(reason(when, { a: 2 })).toBe('b is not known');
    expect(
      reason({ op: 'not', condition: { op: 'eq', fact: 'a', value: 1, label: 'a is one' } }, { a: 2 }),
    ).toBe('it is not the case that a is one (a is 2)');
    expect(reason({ op: 'all', label: 'both hold', conditions: [] }, {})).toBe('both hold');
  });

  it('lists what could not be decided and the information needed, with labels', () => {
    const ruleSet: RuleSet = {
      name: 'Consent',
      facts: { 'person.consents': { label: 'whether the person consents' } },
      rules: [
        rule('refer', 'Refer with consent', {
          op: 'all',
          conditions: [
            { op: 'eq', fact: 'person.consents', value: true },
            { op: 'gte', fact: 'person.age', value: 18 },
          ],
        }),
      ],
    };
    expect(explained(ruleSet, { person: { age: 'adult' } }, 'undecided')).toBe(
      [
        'Consent, as of 1 June 2026.',
        '',
        'No rule applies.',
        '',
        'Could not be decided:',
        '- Refer with consent — needs: whether the person consents (person.consents) and a valid value for person.age.',
        '',
        'Information needed:',
        '- whether the person consents (person.consents)',
        '- person.age (the value given is not valid)',
      ].join('\n'),
    );
    expect(explained(ruleSet, { person: { age: 'adult' } }, 'fired')).toBe(
      'Consent, as of 1 June 2026.\n\nNo rule applies.',
    );
  });

  it('says why rules did not apply when asked for all', () => {
    const ruleSet: RuleSet = {
      name: 'Checks',
      rules: [
        rule('a', 'Do A', {
          op: 'all',
          conditions: [
            { op: 'eq', fact: 'x', value: 1 },
            { op: 'eq', fact: 'y', value: 1 },
          ],
        }),
        rule('b', 'Do B', {
          op: 'any',
          conditions: [
            { op: 'gt', fact: 'x', value: 5 },
            { op: 'exists', fact: 'z' },
          ],
        }),
      ],
    };
    const text = explained(ruleSet, { x: 1, y: 2 });
    expect(text).toContain(
      [
        'Did not apply:',
        '- Do A — not applied, because: y is not 1.',
        '  Source: Example guidance, para 3, version 2025.',
        '- Do B — not applied, because: x, 1, is not more than 5; z is not known.',
        '  Source: Example guidance, para 3, version 2025.',
      ].join('\n'),
    );
  });

  it('lists outcomes and sources without reasons when the evaluation has no trace', () => {
    const ruleSet: RuleSet = {
      name: 'Checks',
      version: '3',
      rules: [
        rule('a', 'Do A', { op: 'all', conditions: [] }),
        rule('b', 'Do B', { op: 'eq', fact: 'x', value: 1 }),
      ],
    };
    expect(explain(evaluate(compile(ruleSet), {}, { asOf: '2026-06-01' }))).toBe(
      [
        'Checks (version 3), as of 1 June 2026.',
        '',
        'What applies:',
        '1. Do A.',
        '   Source: Example guidance, para 3, version 2025.',
        '',
        'Could not be decided:',
        "- Rule 'b'.",
        '',
        'Information needed:',
        '- x',
      ].join('\n'),
    );
  });

  it('uses a custom headline for outcomes', () => {
    const ruleSet: RuleSet<unknown, { action: string }> = {
      name: 'Checks',
      rules: [{ ...rule('a', 'Do A', { op: 'all', conditions: [] }), outcome: { action: 'call-999' } }],
    };
    const result = evaluate(compile(ruleSet), {}, { asOf: '2026-06-01', trace: true });
    expect(explain(result, { headline: (fired) => `Action: ${fired.outcome.action}` })).toContain(
      '1. Action: call-999.',
    );
  });
});

describe('formatCitation', () => {
  it('writes the title, section, version and link', () => {
    expect(formatCitation({ title: 'Modern Slavery Act 2015' })).toBe('Modern Slavery Act 2015');
    expect(
      formatCitation({
        title: 'Modern Slavery Act 2015',
        section: 's54(6)',
        version: 'as enacted',
        url: 'https://www.legislation.gov.uk/ukpga/2015/30/section/54',
      }),
    ).toBe(
      'Modern Slavery Act 2015, s54(6), version as enacted (https://www.legislation.gov.uk/ukpga/2015/30/section/54)',
    );
  });
});

describe('explain, the text of values and conditions', () => {
  it('writes yes and no for booleans, and numbers with their decimals', () => {
    expect(reason({ op: 'eq', fact: 'a', value: true }, { a: true })).toBe('a is yes');
    expect(reason({ op: 'eq', fact: 'a', value: false }, { a: false })).toBe('a is no');
    expect(reason({ op: 'gt', fact: 'a', value: 1 }, { a: 1.23456 })).toBe('a, 1.23456, is more than 1');
    expect(reason({ op: 'gt', fact: 'a', value: 1 }, { a: Number.POSITIVE_INFINITY })).toBe(
      'a, Infinity, is more than 1',
    );
  });

  it('writes a list of one value as that value', () => {
    expect(reason({ op: 'in', fact: 'a', value: ['x'] }, { a: 'x' })).toBe("a is one of 'x'");
  });

  it('writes a list from a parameter after the fact’s own value', () => {
    const parameters = {
      agencies: {
        description: 'the agencies',
        versions: [{ from: '2020-01-01', value: ['police', 'nca'], citation: guidance }],
      },
    };
    expect(
      reason({ op: 'in', fact: 'type', value: { param: 'agencies' } }, { type: 'nca' }, { parameters }),
    ).toBe("type, 'nca', is one of the agencies ('police' or 'nca')");
  });

  it('gives every part of an all that held', () => {
    const when: Condition = {
      op: 'all',
      conditions: [
        { op: 'eq', fact: 'a', value: 'x' },
        { op: 'eq', fact: 'b', value: 'y' },
      ],
    };
    expect(reason(when, { a: 'x', b: 'y' })).toBe("a is 'x'; b is 'y'");
  });

  it('counts back working days for withinWorkingDaysBefore, and one day in the singular', () => {
    const before: Condition = {
      op: 'withinWorkingDaysBefore',
      fact: 'referred',
      days: 1,
      of: { fact: 'decided' },
      division: 'scotland',
    };
    // Friday 10 April 2026 is one working day before Monday 13 April 2026.
    expect(reason(before, { referred: '2026-04-10', decided: '2026-04-13' })).toBe(
      'referred, 10 April 2026, is within 1 working day in Scotland before decided, 13 April 2026 (from 10 April 2026 to 13 April 2026)',
    );
    const after: Condition = { op: 'withinDaysAfter', fact: 'b', days: 1, of: '2026-04-01' };
    expect(reason(after, { b: '2026-04-02' })).toBe(
      'b, 2 April 2026, is within 1 day after 1 April 2026 (from 1 April 2026 to 2 April 2026)',
    );
  });

  it('says why a labelled group, a not and a missing fact did not apply', () => {
    const ruleSet: RuleSet = {
      name: 'r',
      rules: [
        rule('group', 'Do the group', {
          op: 'any',
          label: 'the person asked for help',
          conditions: [{ op: 'eq', fact: 'a', value: 'x' }],
        }),
        rule('negated', 'Do the negation', { op: 'not', condition: { op: 'eq', fact: 'a', value: 'y' } }),
        rule('given', 'Do the given', { op: 'exists', fact: 'b', label: 'b is given' }),
      ],
    };
    expect(explained(ruleSet, { a: 'y', b: null }).split('Did not apply:\n')[1]).toBe(
      [
        '- Do the group — not applied, because: it is not the case that the person asked for help.',
        '  Source: Example guidance, para 3, version 2025.',
        "- Do the negation — not applied, because: a is 'y'.",
        '  Source: Example guidance, para 3, version 2025.',
        '- Do the given — not applied, because: it is not the case that b is given (b is missing).',
        '  Source: Example guidance, para 3, version 2025.',
      ].join('\n'),
    );
  });

  it('lists the parameter a window takes its length from, even inside a group', () => {
    const ruleSet: RuleSet = {
      name: 'Recovery',
      parameters: {
        days: {
          description: 'the recovery period',
          versions: [{ from: '2020-01-01', value: 30, citation: guidance }],
        },
      },
      rules: [
        rule('in-period', 'Still in the recovery period', {
          op: 'all',
          conditions: [
            { op: 'withinDaysBefore', fact: 'referred', days: { param: 'days' }, of: { asOf: true } },
          ],
        }),
      ],
    };
    expect(explained(ruleSet, { referred: '2026-05-20' }).split('\n').slice(-2)).toEqual([
      '   Source: Example guidance, para 3, version 2025.',
      '   Uses the recovery period: 30 from 1 January 2020. Source: Example guidance, para 3, version 2025.',
    ]);
  });
});

describe('explain, which rules it describes', () => {
  const ruleSet: RuleSet = {
    name: 'Two',
    rules: [
      rule('first', 'Do the first', { op: 'eq', fact: 'a', value: 'x' }),
      rule('second', 'Do the second', { op: 'eq', fact: 'b', value: 'y' }),
      rule('third', 'Do the third', { op: 'eq', fact: 'c', value: 'z' }),
      rule('fourth', 'Do the fourth', { op: 'eq', fact: 'd', value: 'w' }),
    ],
  };

  it('gives each fired or undecided rule its own reasons and needs, and by default what could not be decided', () => {
    const evaluation = evaluate(
      compile(ruleSet),
      { a: 'x', b: 'y', d: 'v' },
      { asOf: '2026-06-01', trace: true },
    );
    expect(explain(evaluation)).toBe(
      [
        'Two, as of 1 June 2026.',
        '',
        'What applies:',
        "1. Do the first — because: a is 'x'.",
        '   Source: Example guidance, para 3, version 2025.',
        "2. Do the second — because: b is 'y'.",
        '   Source: Example guidance, para 3, version 2025.',
        '',
        'Could not be decided:',
        '- Do the third — needs: c.',
        '',
        'Information needed:',
        '- c',
      ].join('\n'),
    );
  });

  it('does not list rules that did not apply when the evaluation has no trace', () => {
    const evaluation = evaluate(compile(ruleSet), { a: 'x', b: 'n', c: 'z', d: 'w' }, { asOf: '2026-06-01' });
    expect(explain(evaluation, { include: 'all' })).not.toContain('Did not apply');
  });
});
