import { describe, expect, expectTypeOf, it } from 'vitest';
import { type CompiledRuleSet, compile } from './compile.js';
import type { Condition } from './condition.js';
import { defineRuleSet } from './define-rule-set.js';
import { evaluate } from './evaluate.js';
import type { RuleSet } from './rule-set.js';
import type { ElementAt, FactPath, ListPath, PathOfType, ScalarPath, ValueAt } from './types/paths.js';

type Facts = {
  person: {
    age?: number;
    under18: 'yes' | 'no' | 'not-sure';
    consents?: boolean;
    exploitation: ('labour' | 'sexual')[];
  };
  referral: {
    date: string;
    decided?: string;
    jurisdiction: 'england' | 'wales' | 'scotland' | 'northern-ireland';
  };
  organisation?: { type: 'police' | 'council' } | null;
};
type Outcome = { action: 'seek-consent' | 'refer' | 'chase'; urgent?: boolean };
type Params = { adultAge: number; responders: readonly ('police' | 'council')[]; commencement: string };

const b = defineRuleSet<Facts, Outcome, Params>();
const citation = { title: 'Example guidance', section: 'para 1' };

describe('fact path types', () => {
  it('lists every dot path, stopping at primitives and lists', () => {
    expectTypeOf<FactPath<Facts>>().toEqualTypeOf<
      | 'person'
      | 'person.age'
      | 'person.under18'
      | 'person.consents'
      | 'person.exploitation'
      | 'referral'
      | 'referral.date'
      | 'referral.decided'
      | 'referral.jurisdiction'
      | 'organisation'
      | 'organisation.type'
    >();
  });

  it('gives the value type at a path without undefined or null', () => {
    expectTypeOf<ValueAt<Facts, 'person.age'>>().toEqualTypeOf<number>();
    expectTypeOf<ValueAt<Facts, 'organisation.type'>>().toEqualTypeOf<'police' | 'council'>();
    expectTypeOf<ValueAt<Facts, 'person.nothing'>>().toBeNever();
    expectTypeOf<ElementAt<Facts, 'person.exploitation'>>().toEqualTypeOf<'labour' | 'sexual'>();
  });

  it('sorts paths by the kind of value they hold', () => {
    expectTypeOf<PathOfType<Facts, number>>().toEqualTypeOf<'person.age'>();
    expectTypeOf<ListPath<Facts>>().toEqualTypeOf<'person.exploitation'>();
    expectTypeOf<ScalarPath<Facts>>().toEqualTypeOf<
      | 'person.age'
      | 'person.under18'
      | 'person.consents'
      | 'referral.date'
      | 'referral.decided'
      | 'referral.jurisdiction'
      | 'organisation.type'
    >();
  });

  it('stops at eight levels, so recursive fact types still compile', () => {
    type Tree = { name: string; child?: Tree };
    expectTypeOf<'child.child.child.name'>().toExtend<FactPath<Tree>>();
  });
});

describe('defineRuleSet', () => {
  it('builds the same plain condition data as a stored rule set', () => {
    const when = b.all(
      b.eq('person.under18', 'no', 'the person is 18 or over'),
      b.not(b.exists('person.consents'), 'consent has not been asked for'),
      b.gte('person.age', b.param('adultAge')),
      b.in('organisation.type', b.param('responders')),
      b.includes('person.exploitation', 'labour'),
      b.any(b.onOrAfter('referral.date', b.param('commencement')), b.before('referral.date', '2015-11-01')),
      b.withinWorkingDaysAfter(
        'referral.decided',
        5,
        b.fact('referral.date'),
        b.fact('referral.jurisdiction'),
      ),
      b.withinDaysBefore('referral.date', 30, b.asOf()),
      b.labelled(
        'the decision came after the referral',
        b.after('referral.decided', b.fact('referral.date')),
      ),
    );
    const expected: Condition = {
      op: 'all',
      conditions: [
        { op: 'eq', fact: 'person.under18', value: 'no', label: 'the person is 18 or over' },
        {
          op: 'not',
          condition: { op: 'exists', fact: 'person.consents' },
          label: 'consent has not been asked for',
        },
        { op: 'gte', fact: 'person.age', value: { param: 'adultAge' } },
        { op: 'in', fact: 'organisation.type', value: { param: 'responders' } },
        { op: 'includes', fact: 'person.exploitation', value: 'labour' },
        {
          op: 'any',
          conditions: [
            { op: 'onOrAfter', fact: 'referral.date', value: { param: 'commencement' } },
            { op: 'before', fact: 'referral.date', value: '2015-11-01' },
          ],
        },
        {
          op: 'withinWorkingDaysAfter',
          fact: 'referral.decided',
          days: 5,
          of: { fact: 'referral.date' },
          division: { fact: 'referral.jurisdiction' },
        },
        { op: 'withinDaysBefore', fact: 'referral.date', days: 30, of: { asOf: true } },
        {
          op: 'after',
          fact: 'referral.decided',
          value: { fact: 'referral.date' },
          label: 'the decision came after the referral',
        },
      ],
    };
    expect(when).toEqual(expected);
  });

  it('makes a rule set that compiles and evaluates with typed facts and outcomes', () => {
    const ruleSet = b.ruleSet({
      name: 'consent',
      facts: {
        'person.under18': { label: 'whether the person is under 18', values: ['yes', 'no', 'not-sure'] },
      },
      parameters: {
        adultAge: {
          description: 'the age of an adult',
          versions: [{ from: '2000-01-01', value: 18, citation }],
        },
        responders: {
          description: 'the first responders',
          versions: [{ from: '2000-01-01', value: ['police', 'council'], citation }],
        },
        commencement: {
          description: 'commencement',
          versions: [{ from: '2000-01-01', value: '2015-11-01', citation }],
        },
      },
      rules: [
        b.rule({
          id: 'seek-consent',
          description: "Seek the person's consent",
          citation,
          inForce: { from: '2025-01-01' },
          when: b.all(b.eq('person.under18', 'no'), b.not(b.exists('person.consents'))),
          outcome: { action: 'seek-consent' },
        }),
      ],
    });
    expectTypeOf(ruleSet).toEqualTypeOf<RuleSet<Facts, Outcome>>();
    const compiled = compile(ruleSet);
    expectTypeOf(compiled).toEqualTypeOf<CompiledRuleSet<Facts, Outcome>>();
    const result = evaluate(compiled, { person: { under18: 'no' } }, { asOf: '2025-06-01' });
    expectTypeOf(result.outcomes[0]?.outcome).toEqualTypeOf<Outcome | undefined>();
    expect(result.outcomes.map((fired) => fired.outcome)).toEqual([{ action: 'seek-consent' }]);
    // @ts-expect-error: facts of the wrong type for a typed rule set do not compile
    evaluate(compiled, { person: { age: 'eighteen' } }, { asOf: '2025-06-01' });
  });

  it('rejects a wrong path or a value of the wrong type at compile time', () => {
    // Each line below is a compile error; the test only proves that the compiler says so.
    const errors = () => [
      // @ts-expect-error: no such path
      b.eq('person.agee', 18),
      // @ts-expect-error: a string compared with a number fact
      b.eq('person.age', '18'),
      // @ts-expect-error: not one of the fact's values
      b.eq('person.under18', 'maybe'),
      // @ts-expect-error: order comparisons need a number fact
      b.lt('person.under18', 1),
      // @ts-expect-error: not an element of the list fact
      b.includes('person.exploitation', 'criminal'),
      // @ts-expect-error: includes needs a list fact
      b.includes('person.age', 1),
      // @ts-expect-error: a value the fact cannot take
      b.in('organisation.type', ['police', 'nca']),
      // @ts-expect-error: no such parameter
      b.param('missing'),
      // @ts-expect-error: a list parameter compared with a number fact
      b.gte('person.age', b.param('responders')),
      // @ts-expect-error: a date fact compared with a number fact
      b.eq('person.age', b.fact('referral.date')),
      // @ts-expect-error: not a date
      b.before('referral.date', 'yesterday'),
      // @ts-expect-error: date comparisons need a string fact
      b.after('person.age', '2025-01-01'),
      // @ts-expect-error: days must be a number
      b.withinDaysAfter('referral.date', '5', b.asOf()),
      // @ts-expect-error: not a division or jurisdiction
      b.withinWorkingDaysAfter('referral.date', 5, b.asOf(), 'france'),
      b.rule({
        id: 'wrong-outcome',
        description: 'A rule whose outcome is not an Outcome',
        citation,
        inForce: { from: '2025-01-01' },
        when: b.all(),
        // @ts-expect-error: not an Outcome
        outcome: { action: 'ignore' },
      }),
      b.ruleSet({
        name: 'wrong parameter',
        parameters: {
          adultAge: {
            description: 'the age',
            // @ts-expect-error: a parameter version of the wrong type
            versions: [{ from: '2000-01-01', value: 'eighteen', citation }],
          },
          responders: { description: 'r', versions: [{ from: '2000-01-01', value: ['police'], citation }] },
          commencement: {
            description: 'c',
            versions: [{ from: '2000-01-01', value: '2015-11-01', citation }],
          },
        },
        rules: [],
      }),
      b.ruleSet({
        name: 'wrong fact declaration',
        // @ts-expect-error: not a path of the facts
        facts: { 'person.agee': { label: 'age' } },
        rules: [],
      }),
    ];
    expect(typeof errors).toBe('function');
  });
});
