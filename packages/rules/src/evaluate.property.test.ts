import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile } from './compile.js';
import type { Condition } from './condition.js';
import { evaluate } from './evaluate.js';
import type { RuleSet } from './rule-set.js';

const citation = { title: 'Property test source' };
const PATHS = ['a', 'b.c', 'b.d', 'e.f.g', 'list', 'when', 'since', 'where'];

/** One rule per kind of comparison, over a handful of paths, with every kind of operand. */
const ruleSet: RuleSet = {
  name: 'every operator',
  parameters: {
    limit: {
      description: 'the limit',
      versions: [
        { from: '2000-01-01', to: '2019-12-31', value: 10, citation },
        { from: '2020-01-01', value: { param: 'other' }, citation },
      ],
    },
    other: { description: 'the other limit', versions: [{ from: '2000-01-01', value: 20, citation }] },
    names: { description: 'the names', versions: [{ from: '2000-01-01', value: ['x', 'y'], citation }] },
    start: { description: 'the start', versions: [{ from: '2000-01-01', value: '2020-02-29', citation }] },
  },
  rules: (
    [
      { op: 'eq', fact: 'a', value: 'x' },
      { op: 'ne', fact: 'b.c', value: 3 },
      { op: 'eq', fact: 'a', value: { fact: 'b.d' } },
      { op: 'lt', fact: 'b.c', value: { param: 'limit' } },
      { op: 'gte', fact: 'b.d', value: 2 },
      { op: 'in', fact: 'a', value: { param: 'names' } },
      { op: 'in', fact: 'e.f.g', value: [true, 1, 'x'] },
      { op: 'in', fact: 'a', value: { fact: 'list' } },
      { op: 'includes', fact: 'list', value: 'x' },
      { op: 'exists', fact: 'e.f.g' },
      { op: 'before', fact: 'when', value: '2021-01-01' },
      { op: 'onOrAfter', fact: 'when', value: { fact: 'since' } },
      { op: 'after', fact: 'when', value: { param: 'start' } },
      { op: 'onOrBefore', fact: 'when', value: { asOf: true } },
      { op: 'withinDaysAfter', fact: 'when', days: 30, of: { fact: 'since' } },
      { op: 'withinDaysBefore', fact: 'when', days: { param: 'limit' }, of: { asOf: true } },
      {
        op: 'withinWorkingDaysAfter',
        fact: 'when',
        days: 5,
        of: { fact: 'since' },
        division: { fact: 'where' },
      },
      { op: 'withinWorkingDaysBefore', fact: 'when', days: 3, of: { param: 'start' }, division: 'scotland' },
      {
        op: 'any',
        conditions: [
          {
            op: 'all',
            conditions: [
              { op: 'eq', fact: 'a', value: 'y' },
              { op: 'not', condition: { op: 'exists', fact: 'b' } },
            ],
          },
          { op: 'not', condition: { op: 'gt', fact: 'b.c', value: 0 } },
        ],
      },
    ] as Condition[]
  ).map((when, index) => ({
    id: `r${index}`,
    description: `rule ${index}`,
    citation,
    inForce: { from: index % 3 === 0 ? '2021-01-01' : '2000-01-01' },
    when,
    outcome: { index },
  })),
};
const compiled = compile(ruleSet);

const dateString = fc
  .date({ min: new Date('1999-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));
const asOf = fc.constantFrom('2019-12-31', '2020-01-01', '2021-06-15', '2026-04-03');
const leaf = fc.oneof(
  fc.constantFrom(
    'x',
    'y',
    3,
    2,
    0,
    true,
    false,
    null,
    undefined,
    Number.NaN,
    'england',
    'scotland',
    'wales',
  ),
  dateString,
  fc.string(),
  fc.double(),
  fc.array(fc.constantFrom('x', 'y', 1, {}), { maxLength: 3 }),
);
/** Facts shaped like the rule set's paths, with values of every type (often the wrong one). */
const shapedFacts = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, leaf, tie('object')),
  object: fc.record(
    {
      a: tie('value'),
      b: fc.oneof(fc.record({ c: tie('value'), d: tie('value') }, { requiredKeys: [] }), leaf),
      e: fc.oneof(fc.record({ f: fc.record({ g: tie('value') }, { requiredKeys: [] }) }), leaf),
      list: tie('value'),
      when: fc.oneof(dateString, leaf),
      since: fc.oneof(dateString, leaf),
      where: fc.oneof(
        fc.constantFrom('england', 'wales', 'scotland', 'northern-ireland', 'england-and-wales'),
        leaf,
      ),
    },
    { requiredKeys: [] },
  ),
})).object;
const prototypeKeys = fc.dictionary(
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'a', 'b', 'c'),
  fc.anything(),
);
const anyFacts = fc.oneof(
  shapedFacts,
  fc.anything({
    withNullPrototype: true,
    withBoxedValues: true,
    withMap: true,
    withSet: true,
    withSparseArray: true,
  }),
  prototypeKeys,
  prototypeKeys.map((value) => ({ b: value, e: { f: value } })),
  fc
    .string()
    .map((text) =>
      JSON.parse(
        `{"__proto__": {"a": "x", "polluted": ${JSON.stringify(text)}}, "b": {"__proto__": {"c": 1}}}`,
      ),
    ),
);

function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (typeof value === 'object' && value !== null && !seen.has(value)) {
    seen.add(value);
    if (value instanceof Map || value instanceof Set || ArrayBuffer.isView(value)) return value;
    for (const key of Reflect.ownKeys(value)) deepFreeze((value as Record<PropertyKey, unknown>)[key], seen);
    Object.freeze(value);
  }
  return value;
}

describe('evaluation of arbitrary facts', () => {
  const prototypeKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort();

  it('never throws, never changes the facts, and returns a well-formed result', () => {
    fc.assert(
      fc.property(anyFacts, asOf, (facts, date) => {
        deepFreeze(facts);
        for (const trace of [false, true]) {
          const result = evaluate(compiled, facts, { asOf: date, trace });
          expect(Array.isArray(result.outcomes)).toBe(true);
          for (const path of [...result.missing, ...result.invalid]) expect(PATHS).toContain(path);
          expect(new Set(result.missing).size).toBe(result.missing.length);
          for (const id of result.undecided)
            expect(result.outcomes.map((fired) => fired.ruleId)).not.toContain(id);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('is deterministic, whatever was evaluated before', () => {
    fc.assert(
      fc.property(anyFacts, anyFacts, asOf, (facts, other, date) => {
        const first = evaluate(compiled, facts, { asOf: date });
        evaluate(compiled, other, { asOf: '2026-04-03', trace: true });
        const again = evaluate(compiled, facts, { asOf: date });
        expect(again).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same outcomes, missing, invalid and undecided facts with and without the trace', () => {
    fc.assert(
      fc.property(anyFacts, asOf, (facts, date) => {
        const plain = evaluate(compiled, facts, { asOf: date });
        const { trace, ...traced } = evaluate(compiled, facts, { asOf: date, trace: true });
        expect(traced).toEqual(plain);
        expect(trace.rules.filter((rule) => rule.fired).map((rule) => rule.ruleId)).toEqual(
          plain.outcomes.map((fired) => fired.ruleId),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('never pollutes Object.prototype', () => {
    fc.assert(
      fc.property(anyFacts, asOf, (facts, date) => {
        evaluate(compiled, facts, { asOf: date, trace: true });
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeysBefore);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(({} as Record<string, unknown>).a).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it('copes with very deep facts', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = { e: { f: { g: deep } }, a: deep };
    expect(() => evaluate(compiled, deep, { asOf: '2021-06-15', trace: true })).not.toThrow();
  });
});

describe('three-valued logic laws', () => {
  const leaves: Condition[] = [
    { op: 'eq', fact: 'p', value: 1 },
    { op: 'gt', fact: 'q', value: 0 },
    { op: 'in', fact: 'r', value: ['a', 'b'] },
    { op: 'exists', fact: 's' },
    { op: 'before', fact: 't', value: '2020-01-01' },
  ];
  const condition: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      fc.constantFrom(...leaves),
      fc.array(tie('node'), { maxLength: 3 }).map((conditions) => ({ op: 'all' as const, conditions })),
      fc.array(tie('node'), { maxLength: 3 }).map((conditions) => ({ op: 'any' as const, conditions })),
      tie('node').map((inner) => ({ op: 'not' as const, condition: inner })),
    ),
  })).node;
  const facts = fc.record(
    {
      p: fc.constantFrom(1, 2, '1', null),
      q: fc.constantFrom(-1, 1, 'x'),
      r: fc.constantFrom('a', 'c', 1),
      s: fc.constantFrom(0, null),
      t: fc.constantFrom('2019-01-01', '2021-01-01', 'not a date'),
    },
    { requiredKeys: [] },
  );
  const decide = (when: Condition, input: unknown) => {
    const result = evaluate(
      compile({
        name: 'law',
        rules: [{ id: 'r', description: 'r', citation, inForce: { from: '2000-01-01' }, when, outcome: 1 }],
      }),
      input,
      { asOf: '2024-01-01' },
    );
    const truth = result.outcomes.length > 0 ? 'true' : result.undecided.length > 0 ? 'unknown' : 'false';
    return { truth, missing: [...result.missing].sort(), invalid: [...result.invalid].sort() };
  };

  it('double negation changes nothing', () => {
    fc.assert(
      fc.property(condition, facts, (c, input) => {
        expect(decide({ op: 'not', condition: { op: 'not', condition: c } }, input)).toEqual(
          decide(c, input),
        );
      }),
    );
  });

  it('all and any do not depend on the order of their parts', () => {
    fc.assert(
      fc.property(condition, condition, facts, (a, b, input) => {
        expect(decide({ op: 'all', conditions: [a, b] }, input)).toEqual(
          decide({ op: 'all', conditions: [b, a] }, input),
        );
        expect(decide({ op: 'any', conditions: [a, b] }, input)).toEqual(
          decide({ op: 'any', conditions: [b, a] }, input),
        );
      }),
    );
  });

  it("obeys De Morgan's laws, in results and in the facts it asks for", () => {
    fc.assert(
      fc.property(condition, condition, facts, (a, b, input) => {
        const notA: Condition = { op: 'not', condition: a };
        const notB: Condition = { op: 'not', condition: b };
        expect(decide({ op: 'not', condition: { op: 'all', conditions: [a, b] } }, input)).toEqual(
          decide({ op: 'any', conditions: [notA, notB] }, input),
        );
        expect(decide({ op: 'not', condition: { op: 'any', conditions: [a, b] } }, input)).toEqual(
          decide({ op: 'all', conditions: [notA, notB] }, input),
        );
      }),
    );
  });

  it('lists missing facts only when the rule is undecided', () => {
    fc.assert(
      fc.property(condition, facts, (c, input) => {
        const decided = decide(c, input);
        if (decided.truth !== 'unknown') expect([...decided.missing, ...decided.invalid]).toEqual([]);
        else expect(decided.missing.length + decided.invalid.length).toBeGreaterThan(0);
      }),
    );
  });
});
