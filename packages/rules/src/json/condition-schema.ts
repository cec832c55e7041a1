import { DIVISIONS, isoDateSchema, JURISDICTIONS } from '@antislavery/model';
import * as z from 'zod';
import { DATE_OPERATORS, DAY_WINDOW_OPERATORS, WORKING_DAY_WINDOW_OPERATORS } from '../condition.js';

const REFERENCE_HINT = 'or a { "fact" }, { "param" } or { "asOf": true } reference';

/**
 * Zod schema for a dot path to a fact, such as `person.age`.
 *
 * @example
 * ```ts
 * import { factPathSchema } from '@antislavery/rules/json';
 *
 * factPathSchema.safeParse('person..age').success;
 * //=> false
 * ```
 */
export const factPathSchema = z
  .string({ error: 'Enter the fact as a dot path, such as person.age' })
  .regex(/^[^.]+(\.[^.]+)*$/, { error: 'Enter the fact as a dot path, such as person.age' });

/**
 * Zod schema for a single literal: a string, a number or a boolean.
 *
 * @example
 * ```ts
 * import { scalarSchema } from '@antislavery/rules/json';
 *
 * scalarSchema.safeParse(null).success;
 * //=> false
 * ```
 */
export const scalarSchema = z.union([z.string(), z.number(), z.boolean()], {
  error: 'Enter a string, a number or true or false',
});

/**
 * Zod schema for a `{ "fact": path }` reference.
 *
 * @example
 * ```ts
 * import { factRefSchema } from '@antislavery/rules/json';
 *
 * factRefSchema.parse({ fact: 'referral.date' });
 * //=> { fact: 'referral.date' }
 * ```
 */
export const factRefSchema = z.strictObject({ fact: factPathSchema });

/**
 * Zod schema for a `{ "param": name }` reference.
 *
 * @example
 * ```ts
 * import { paramRefSchema } from '@antislavery/rules/json';
 *
 * paramRefSchema.parse({ param: 'threshold' });
 * //=> { param: 'threshold' }
 * ```
 */
export const paramRefSchema = z.strictObject({
  param: z
    .string({ error: 'Enter the name of the parameter' })
    .min(1, { error: 'Enter the name of the parameter' }),
});

/**
 * Zod schema for the `{ "asOf": true }` reference to the evaluation date.
 *
 * @example
 * ```ts
 * import { asOfRefSchema } from '@antislavery/rules/json';
 *
 * asOfRefSchema.safeParse({ asOf: true }).success;
 * //=> true
 * ```
 */
export const asOfRefSchema = z.strictObject({ asOf: z.literal(true) });

const reference = [factRefSchema, paramRefSchema, asOfRefSchema] as const;

const scalarOperand = z.union([z.string(), z.number(), z.boolean(), ...reference], {
  error: `Enter a single string, number or true or false, ${REFERENCE_HINT}`,
});
const numberOperand = z.union([z.number(), ...reference], { error: `Enter a number, ${REFERENCE_HINT}` });
const listOperand = z.union([z.array(scalarSchema), ...reference], {
  error: `Enter a list of values, ${REFERENCE_HINT}`,
});
const dateOperand = z.union([isoDateSchema.meta({ format: 'date' }), ...reference], {
  error: `Enter a date as YYYY-MM-DD, ${REFERENCE_HINT}`,
});
const daysOperand = z.union([z.number().int().min(0), paramRefSchema], {
  error: 'Enter a whole number of days, 0 or more, or a { "param" } reference',
});
const divisionOperand = z.union([z.enum([...DIVISIONS, ...JURISDICTIONS]), factRefSchema], {
  error: 'Enter england-and-wales, scotland, northern-ireland, a jurisdiction, or a { "fact" } reference',
});

const label = z.string({ error: 'The label must be text' }).optional();

const comparisons = [
  z.strictObject({ op: z.enum(['eq', 'ne']), fact: factPathSchema, value: scalarOperand, label }),
  z.strictObject({
    op: z.enum(['lt', 'lte', 'gt', 'gte']),
    fact: factPathSchema,
    value: numberOperand,
    label,
  }),
  z.strictObject({ op: z.literal('in'), fact: factPathSchema, value: listOperand, label }),
  z.strictObject({ op: z.literal('includes'), fact: factPathSchema, value: scalarOperand, label }),
  z.strictObject({ op: z.literal('exists'), fact: factPathSchema, label }),
  z.strictObject({ op: z.enum(DATE_OPERATORS), fact: factPathSchema, value: dateOperand, label }),
  z.strictObject({
    op: z.enum(DAY_WINDOW_OPERATORS),
    fact: factPathSchema,
    days: daysOperand,
    of: dateOperand,
    label,
  }),
  z.strictObject({
    op: z.enum(WORKING_DAY_WINDOW_OPERATORS),
    fact: factPathSchema,
    days: daysOperand,
    of: dateOperand,
    division: divisionOperand,
    label,
  }),
] as const;

const allSchema = z.strictObject({
  op: z.literal('all'),
  get conditions(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema, { error: 'Give a list of conditions' });
  },
  label,
});

const anySchema = z.strictObject({
  op: z.literal('any'),
  get conditions(): z.ZodArray<typeof conditionSchema> {
    return z.array(conditionSchema, { error: 'Give a list of conditions' });
  },
  label,
});

const notSchema = z.strictObject({
  op: z.literal('not'),
  get condition(): typeof conditionSchema {
    return conditionSchema;
  },
  label,
});

/**
 * Zod schema for a condition: the same tree as the `Condition` type, each node told apart by its
 * `op`, with the operand each operator needs.
 *
 * @example
 * ```ts
 * import { conditionSchema } from '@antislavery/rules/json';
 *
 * conditionSchema.safeParse({ op: 'gt', fact: 'age', value: 'eighteen' }).success;
 * //=> false
 * ```
 */
export const conditionSchema = z
  .discriminatedUnion('op', [allSchema, anySchema, notSchema, ...comparisons], {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? 'Choose a known operator: all, any, not, eq, ne, lt, lte, gt, gte, in, includes, exists, before, after, onOrBefore, onOrAfter, withinDaysAfter, withinDaysBefore, withinWorkingDaysAfter or withinWorkingDaysBefore'
        : undefined,
  })
  .meta({ id: 'Condition', description: 'A condition: all, any, not, or a comparison on a fact' });
