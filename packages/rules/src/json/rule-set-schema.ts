import { isoDateSchema } from '@antislavery/model';
import * as z from 'zod';
import { FACT_TYPES } from '../rule-set.js';
import { conditionSchema, factPathSchema, paramRefSchema, scalarSchema } from './condition-schema.js';

/** A date written YYYY-MM-DD; `format: date` tells JSON Schema tools so. */
export const dateSchema = isoDateSchema.meta({ format: 'date', description: 'A date written YYYY-MM-DD' });

const text = (what: string) =>
  z
    .string({ error: `Enter ${what}` })
    .trim()
    .min(1, { error: `Enter ${what}` });

/**
 * Zod schema for a citation: `title`, and optionally `section`, `url` and `version`.
 *
 * @example
 * ```ts
 * import { citationSchema } from '@antislavery/rules/json';
 *
 * citationSchema.safeParse({ section: 's54' }).success;
 * //=> false
 * ```
 */
export const citationSchema = z.strictObject({
  title: text('the title of the source'),
  section: z.string({ error: 'The section must be text' }).optional(),
  url: z
    .url({ error: 'Enter the link as a full web address, such as https://www.legislation.gov.uk' })
    .optional(),
  version: z.string({ error: 'The version must be text' }).optional(),
});

/**
 * Zod schema for an in-force period: `from` and an optional inclusive `to`.
 *
 * @example
 * ```ts
 * import { inForceSchema } from '@antislavery/rules/json';
 *
 * inForceSchema.safeParse({ from: '2015-11-01' }).success;
 * //=> true
 * ```
 */
export const inForceSchema = z.strictObject({
  from: dateSchema,
  to: dateSchema.optional(),
});

/**
 * Zod schema for one rule. `outcome` may be any JSON value except `null`.
 *
 * @example
 * ```ts
 * import { ruleSchema } from '@antislavery/rules/json';
 *
 * ruleSchema.safeParse({ id: 'r1' }).success;
 * //=> false
 * ```
 */
export const ruleSchema = z.strictObject({
  id: text('an id for the rule'),
  description: text('a plain-English description of the rule'),
  citation: citationSchema,
  inForce: inForceSchema,
  when: conditionSchema,
  outcome: z.json().refine((value) => value !== null, { error: 'Enter the outcome of the rule' }),
  priority: z.number({ error: 'The priority must be a number' }).optional(),
  tags: z.array(z.string(), { error: 'The tags must be a list of text' }).optional(),
  locked: z.boolean({ error: 'Locked must be true or false' }).optional(),
  provenance: z.string({ error: 'The provenance must be text' }).optional(),
});

const literalValueSchema = z.union([scalarSchema, z.array(scalarSchema)], {
  error: 'Enter a string, a number, true or false, or a list of them',
});

/**
 * Zod schema for one version of a parameter.
 *
 * @example
 * ```ts
 * import { parameterVersionSchema } from '@antislavery/rules/json';
 *
 * parameterVersionSchema.safeParse({ from: '2023-01-30', value: 30, citation: { title: 'Example' } }).success;
 * //=> true
 * ```
 */
export const parameterVersionSchema = z.strictObject({
  from: dateSchema,
  to: dateSchema.optional(),
  value: z.union([literalValueSchema, paramRefSchema], {
    error: 'Enter a string, a number, true or false, a list of them, or a { "param" } reference',
  }),
  citation: citationSchema,
});

/**
 * Zod schema for a parameter.
 *
 * @example
 * ```ts
 * import { parameterSchema } from '@antislavery/rules/json';
 *
 * parameterSchema.safeParse({ description: 'the limit', versions: [] }).success;
 * //=> true
 * ```
 */
export const parameterSchema = z.strictObject({
  description: text('a description of the parameter'),
  unit: z.string({ error: 'The unit must be text' }).optional(),
  versions: z.array(parameterVersionSchema, { error: 'Give a list of versions' }),
  locked: z.boolean({ error: 'Locked must be true or false' }).optional(),
  provenance: z.string({ error: 'The provenance must be text' }).optional(),
});

/**
 * Zod schema for a fact declaration: label, type and allowed values.
 *
 * @example
 * ```ts
 * import { factDeclarationSchema } from '@antislavery/rules/json';
 *
 * factDeclarationSchema.safeParse({ type: 'date' }).success;
 * //=> true
 * ```
 */
export const factDeclarationSchema = z.strictObject({
  label: z.string({ error: 'The label must be text' }).optional(),
  type: z.enum(FACT_TYPES, { error: `Choose a fact type: ${FACT_TYPES.join(', ')}` }).optional(),
  values: z.array(scalarSchema, { error: 'The values must be a list' }).optional(),
});

/**
 * Zod schema for a rule set, as stored in a JSON file or a database. A file may also name its
 * JSON Schema in `$schema`.
 *
 * @example
 * ```ts
 * import { ruleSetSchema } from '@antislavery/rules/json';
 *
 * ruleSetSchema.safeParse({ name: 'empty', rules: [] }).success;
 * //=> true
 * ```
 */
export const ruleSetSchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: text('a name for the rule set'),
    version: z.string({ error: 'The version must be text' }).optional(),
    description: z.string({ error: 'The description must be text' }).optional(),
    facts: z.record(factPathSchema, factDeclarationSchema).optional(),
    parameters: z.record(z.string().min(1), parameterSchema).optional(),
    rules: z.array(ruleSchema, { error: 'Give a list of rules' }),
    disabled: z
      .array(
        z.strictObject({
          id: text('the id of the rule'),
          reason: text('the reason'),
          by: text('the overlay'),
        }),
      )
      .optional(),
  })
  .meta({ title: 'Rule set', description: 'A rule set for @antislavery/rules' });

/**
 * Zod schema for an overlay: rules to add, replace or disable, and parameters to add or override.
 *
 * @example
 * ```ts
 * import { overlaySchema } from '@antislavery/rules/json';
 *
 * overlaySchema.safeParse({ name: 'Example Council', disable: [{ id: 'r1', reason: 'Not used here' }] }).success;
 * //=> true
 * ```
 */
export const overlaySchema = z
  .strictObject({
    $schema: z.string().optional(),
    name: text('a name for the overlay'),
    description: z.string({ error: 'The description must be text' }).optional(),
    add: z.array(ruleSchema, { error: 'Give a list of rules to add' }).optional(),
    replace: z.array(ruleSchema, { error: 'Give a list of rules to replace' }).optional(),
    disable: z
      .array(
        z.strictObject({
          id: text('the id of the rule to disable'),
          reason: text('the reason for disabling it'),
        }),
      )
      .optional(),
    parameters: z.record(z.string().min(1), parameterSchema).optional(),
    facts: z.record(factPathSchema, factDeclarationSchema).optional(),
  })
  .meta({ title: 'Overlay', description: 'An overlay on a rule set for @antislavery/rules' });
