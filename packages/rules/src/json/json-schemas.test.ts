import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OPERATORS } from '../condition.js';
import { caseFileSchema } from './case-file-schema.js';
import { caseFileJsonSchema, type JsonSchema, overlayJsonSchema, ruleSetJsonSchema } from './json-schemas.js';
import { overlaySchema, ruleSetSchema } from './rule-set-schema.js';

/**
 * A small JSON Schema (2020-12) validator covering the keywords the generated schemas use, so
 * that the test does not depend on the generator's own reading of them.
 */
function valid(schema: unknown, value: unknown, root: JsonSchema): boolean {
  if (schema === true || schema === undefined) return true;
  if (schema === false) return false;
  const s = schema as Record<string, unknown>;
  if (typeof s.$ref === 'string') {
    const target =
      s.$ref === '#'
        ? root
        : s.$ref
            .slice(2)
            .split('/')
            .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], root);
    if (!valid(target, value, root)) return false;
  }
  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type : [s.type];
    const kind =
      value === null
        ? 'null'
        : Array.isArray(value)
          ? 'array'
          : typeof value === 'number' && Number.isInteger(value)
            ? 'integer'
            : typeof value;
    if (!types.some((type) => type === kind || (type === 'number' && kind === 'integer'))) return false;
  }
  if (Array.isArray(s.enum) && !s.enum.includes(value)) return false;
  if ('const' in s && s.const !== value) return false;
  if (typeof value === 'string') {
    if (typeof s.minLength === 'number' && value.length < s.minLength) return false;
    if (typeof s.pattern === 'string' && !new RegExp(s.pattern, 'u').test(value)) return false;
    if (s.format === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) return false;
    if (typeof s.maximum === 'number' && value > s.maximum) return false;
  }
  if (Array.isArray(value) && s.items !== undefined && !value.every((item) => valid(s.items, item, root)))
    return false;
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const properties = (s.properties ?? {}) as Record<string, unknown>;
    if (Array.isArray(s.required) && !s.required.every((key) => Object.hasOwn(record, key))) return false;
    for (const [key, item] of Object.entries(record)) {
      if (s.propertyNames !== undefined && !valid(s.propertyNames, key, root)) return false;
      if (Object.hasOwn(properties, key)) {
        if (!valid(properties[key], item, root)) return false;
      } else if (s.additionalProperties !== undefined && !valid(s.additionalProperties, item, root))
        return false;
    }
  }
  if (Array.isArray(s.anyOf) && !s.anyOf.some((option) => valid(option, value, root))) return false;
  if (Array.isArray(s.oneOf) && s.oneOf.filter((option) => valid(option, value, root)).length !== 1)
    return false;
  return true;
}

const citation = { title: 'Example Council Procurement Policy 2025', section: 'para 4.2' };
const ruleSet = {
  $schema: 'https://example.org/rule-set.schema.json',
  name: 'procurement',
  version: '2025',
  facts: { 'supplier.turnover': { label: "the supplier's turnover", type: 'number' } },
  parameters: {
    threshold: {
      description: 'the threshold',
      unit: 'GBP',
      versions: [{ from: '2015-10-29', value: 36_000_000, citation }],
    },
  },
  rules: [
    {
      id: 'ask',
      description: 'Ask for the statement',
      citation,
      inForce: { from: '2025-04-01', to: '2030-03-31' },
      priority: 2,
      tags: ['statement'],
      locked: true,
      when: {
        op: 'all',
        conditions: [
          { op: 'gte', fact: 'supplier.turnover', value: { param: 'threshold' } },
          { op: 'not', condition: { op: 'exists', fact: 'supplier.statement' }, label: 'no statement yet' },
          { op: 'any', conditions: [{ op: 'in', fact: 'supplier.type', value: ['company', 'partnership'] }] },
          { op: 'withinWorkingDaysAfter', fact: 'a', days: 5, of: { fact: 'b' }, division: 'scotland' },
          { op: 'withinDaysBefore', fact: 'a', days: { param: 'threshold' }, of: { asOf: true } },
        ],
      },
      outcome: { action: 'ask', notes: [1, null, { deep: true }] },
    },
  ],
};

const invalidRuleSets: unknown[] = [
  {},
  { name: 'x' },
  { name: 'x', rules: [{}] },
  { ...ruleSet, extra: true },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], when: { op: 'greaterThan', fact: 'a', value: 1 } }] },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], when: { op: 'gt', fact: 'a', value: 'one' } }] },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], when: { op: 'in', fact: 'a', value: 'x' } }] },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], when: { op: 'eq', fact: 'a..b', value: 1 } }] },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], when: { op: 'exists', fact: 'a', value: 1 } }] },
  {
    ...ruleSet,
    rules: [{ ...ruleSet.rules[0], when: { op: 'withinDaysAfter', fact: 'a', days: -1, of: '2020-01-01' } }],
  },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], inForce: { from: '1 April 2025' } }] },
  { ...ruleSet, rules: [{ ...ruleSet.rules[0], citation: { title: '' } }] },
  {
    ...ruleSet,
    parameters: { p: { description: 'p', versions: [{ from: '2020-01-01', value: { x: 1 }, citation }] } },
  },
];

describe('JSON Schemas', () => {
  it('are JSON Schema 2020-12 documents for the whole file', () => {
    for (const schema of [ruleSetJsonSchema, overlayJsonSchema, caseFileJsonSchema]) {
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(schema.additionalProperties).toBe(false);
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
    expect(ruleSetJsonSchema.required).toEqual(['name', 'rules']);
    expect(overlayJsonSchema.required).toEqual(['name']);
    expect(caseFileJsonSchema.required).toEqual(['cases']);
  });

  it('name every operator, and only those, in the condition definition', () => {
    const condition = (
      ruleSetJsonSchema.$defs as Record<
        string,
        { oneOf: { properties: { op: { const?: string; enum?: string[] } } }[] }
      >
    ).Condition;
    const ops =
      condition?.oneOf.flatMap((option) => option.properties.op.enum ?? [option.properties.op.const]) ?? [];
    expect([...ops].sort()).toEqual([...OPERATORS].sort());
  });

  it('accept a rule set that the zod schema accepts', () => {
    expect(ruleSetSchema.safeParse(ruleSet).success).toBe(true);
    expect(valid(ruleSetJsonSchema, ruleSet, ruleSetJsonSchema)).toBe(true);
  });

  it('reject the malformed rule sets that the zod schema rejects', () => {
    for (const bad of invalidRuleSets) {
      expect(ruleSetSchema.safeParse(bad).success).toBe(false);
      expect(valid(ruleSetJsonSchema, bad, ruleSetJsonSchema)).toBe(false);
    }
  });

  it('never reject what the zod schema accepts, for rule sets changed at random', () => {
    const replacement = fc.oneof(
      fc.constantFrom(
        1,
        'x',
        true,
        null,
        [],
        {},
        '2020-01-01',
        { op: 'eq', fact: 'a', value: 1 },
        { param: 'threshold' },
      ),
      fc.anything({ maxDepth: 2 }),
    );
    const paths = [
      ['name'],
      ['version'],
      ['rules', 0, 'id'],
      ['rules', 0, 'when'],
      ['rules', 0, 'when', 'conditions', 0, 'value'],
      ['rules', 0, 'when', 'conditions', 3, 'division'],
      ['rules', 0, 'when', 'conditions', 4, 'days'],
      ['rules', 0, 'outcome'],
      ['rules', 0, 'priority'],
      ['parameters', 'threshold', 'versions', 0, 'value'],
      ['facts', 'supplier.turnover', 'type'],
    ] as const;
    fc.assert(
      fc.property(fc.constantFrom(...paths), replacement, (path, value) => {
        const document = structuredClone(ruleSet) as Record<string, unknown>;
        let node: Record<string | number, unknown> = document;
        for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
        node[path[path.length - 1] as string | number] = value;
        // Only what JSON can hold: no undefined, functions or NaN.
        const json = JSON.parse(JSON.stringify(document));
        const zodAccepts = ruleSetSchema.safeParse(json).success;
        const jsonSchemaAccepts = valid(ruleSetJsonSchema, json, ruleSetJsonSchema);
        if (zodAccepts) expect(jsonSchemaAccepts).toBe(true);
        if (!jsonSchemaAccepts) expect(zodAccepts).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it('describe overlays and case files as their zod schemas do', () => {
    const overlay = {
      name: 'Example Council',
      add: [ruleSet.rules[0]],
      disable: [{ id: 'x', reason: 'Not used here' }],
    };
    expect(overlaySchema.safeParse(overlay).success).toBe(true);
    expect(valid(overlayJsonSchema, overlay, overlayJsonSchema)).toBe(true);
    expect(valid(overlayJsonSchema, { name: 'x', disable: [{ id: 'x' }] }, overlayJsonSchema)).toBe(false);
    const caseFile = {
      $schema: './case-file.schema.json',
      ruleSet: 'procurement',
      cases: [
        {
          name: 'a',
          asOf: '2025-06-01',
          facts: { any: ['thing'] },
          expect: { outcomes: [{ action: 'ask' }] },
        },
        { name: 'b', asOf: '2025-06-01', facts: 7, expect: { fired: { includes: ['ask'] }, missing: [] } },
      ],
    };
    expect(caseFileSchema.safeParse(caseFile).success).toBe(true);
    expect(valid(caseFileJsonSchema, caseFile, caseFileJsonSchema)).toBe(true);
    for (const bad of [
      { cases: [{ name: 'a', asOf: '2025-06-01', facts: {}, expect: { fired: 'ask' } }] },
      { cases: [{ name: 'a', asOf: 'today', facts: {}, expect: { fired: [] } }] },
      { cases: [{ name: 'a', asOf: '2025-06-01', facts: {}, expect: { fired: [], extra: 1 } }] },
    ]) {
      expect(caseFileSchema.safeParse(bad).success).toBe(false);
      expect(valid(caseFileJsonSchema, bad, caseFileJsonSchema)).toBe(false);
    }
  });
});
