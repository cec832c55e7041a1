import * as z from 'zod';
import { dateSchema } from './rule-set-schema.js';

function listExpectation<Item extends z.ZodType>(item: Item, what: string) {
  return z.union(
    [
      z.array(item),
      z.strictObject({ includes: z.array(item).optional(), excludes: z.array(item).optional() }),
    ],
    { error: `Give the expected ${what} as a list, or as { "includes": [...], "excludes": [...] }` },
  );
}

/**
 * Zod schema for what a case expects: `outcomes` (matched partially), `fired` rule ids,
 * `missing` fact paths and `undecided` rule ids, each a list or `{ includes, excludes }`.
 *
 * @example
 * ```ts
 * import { caseExpectationSchema } from '@antislavery/rules/json';
 *
 * caseExpectationSchema.safeParse({ fired: { includes: ['seek-consent'] } }).success;
 * //=> true
 * ```
 */
export const caseExpectationSchema = z
  .strictObject({
    outcomes: listExpectation(z.json(), 'outcomes').optional(),
    fired: listExpectation(z.string(), 'rule ids').optional(),
    missing: listExpectation(z.string(), 'fact paths').optional(),
    undecided: listExpectation(z.string(), 'rule ids').optional(),
  })
  .refine((expect) => Object.values(expect).some((value) => value !== undefined), {
    error: 'Give at least one expectation: outcomes, fired, missing or undecided',
  });

/**
 * Zod schema for one test case: name, `asOf`, facts and expectations.
 *
 * @example
 * ```ts
 * import { testCaseSchema } from '@antislavery/rules/json';
 *
 * testCaseSchema.safeParse({ name: 'x', asOf: '2025-02-30', facts: {}, expect: { fired: [] } }).success;
 * //=> false
 * ```
 */
export const testCaseSchema = z.strictObject({
  name: z
    .string({ error: 'Enter a name for the case' })
    .trim()
    .min(1, { error: 'Enter a name for the case' }),
  description: z.string({ error: 'The description must be text' }).optional(),
  asOf: dateSchema,
  facts: z.unknown().refine((facts) => facts !== undefined, { error: 'Enter the facts of the case' }),
  expect: caseExpectationSchema,
});

/**
 * Zod schema for a case file: the rule set's name and the cases. A file may also name its JSON
 * Schema in `$schema`.
 *
 * @example
 * ```ts
 * import { caseFileSchema } from '@antislavery/rules/json';
 *
 * caseFileSchema.safeParse({ cases: [] }).success;
 * //=> true
 * ```
 */
export const caseFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    ruleSet: z.string({ error: 'The rule set name must be text' }).optional(),
    cases: z.array(testCaseSchema, { error: 'Give a list of cases' }),
  })
  .meta({
    title: 'Case file',
    description: 'Test cases for a rule set of @antislavery/rules',
  });
