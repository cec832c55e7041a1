import * as z from 'zod';
import { caseFileSchema } from './case-file-schema.js';
import { overlaySchema, ruleSetSchema } from './rule-set-schema.js';

/**
 * A JSON Schema (draft 2020-12) document, as generated from a zod schema.
 *
 * @example
 * ```ts
 * import type { JsonSchema } from '@antislavery/rules/json';
 *
 * const schema: JsonSchema = { type: 'object' };
 * ```
 */
export type JsonSchema = Readonly<Record<string, unknown>>;

function generate(schema: z.ZodType): JsonSchema {
  return Object.freeze(z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' }) as JsonSchema);
}

/**
 * The JSON Schema for rule-set files, generated from {@link ruleSetSchema} so the two cannot
 * drift. Point a file's `$schema` at a published copy for editor completion and checking.
 *
 * @example
 * ```ts
 * import { ruleSetJsonSchema } from '@antislavery/rules/json';
 *
 * ruleSetJsonSchema.required;
 * //=> ['name', 'rules']
 * ```
 */
export const ruleSetJsonSchema: JsonSchema = generate(ruleSetSchema);

/**
 * The JSON Schema for overlay files, generated from {@link overlaySchema}.
 *
 * @example
 * ```ts
 * import { overlayJsonSchema } from '@antislavery/rules/json';
 *
 * overlayJsonSchema.required;
 * //=> ['name']
 * ```
 */
export const overlayJsonSchema: JsonSchema = generate(overlaySchema);

/**
 * The JSON Schema for case files, generated from {@link caseFileSchema}.
 *
 * @example
 * ```ts
 * import { caseFileJsonSchema } from '@antislavery/rules/json';
 *
 * caseFileJsonSchema.required;
 * //=> ['cases']
 * ```
 */
export const caseFileJsonSchema: JsonSchema = generate(caseFileSchema);
