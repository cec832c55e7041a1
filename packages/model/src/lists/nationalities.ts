import * as z from 'zod';
import { NATIONALITY_VALUES } from './data/nationalities.js';

/**
 * The official form's nationality list (`pv-nationality`, `pv-nationality-second`), 222 values in
 * the form's order, starting with `Unknown`. It includes British and the four UK nations'
 * nationalities (English, Scottish, Welsh, Northern Irish). Values are exactly as the form has
 * them, including the trailing space in `"Citizen of Vanuatu "`. Value equals label.
 *
 * @example
 * ```ts
 * import { NATIONALITIES } from '@antislavery/model/lists';
 *
 * NATIONALITIES[0];
 * //=> 'Unknown'
 * NATIONALITIES.length;
 * //=> 222
 * ```
 */
export const NATIONALITIES = NATIONALITY_VALUES;

/**
 * One of the form's nationalities.
 *
 * @example
 * ```ts
 * import type { Nationality } from '@antislavery/model/lists';
 *
 * const nationality: Nationality = 'Vietnamese';
 * ```
 */
export type Nationality = (typeof NATIONALITIES)[number];

const NATIONALITY_SET: ReadonlySet<string> = new Set(NATIONALITIES);

/**
 * Whether a value is exactly one of the form's nationalities.
 *
 * @example
 * ```ts
 * import { isNationality } from '@antislavery/model/lists';
 *
 * isNationality('Albanian');
 * //=> true
 * isNationality('Citizen of Vanuatu');
 * //=> false
 * ```
 */
export function isNationality(value: unknown): value is Nationality {
  return typeof value === 'string' && NATIONALITY_SET.has(value);
}

/**
 * Zod schema accepting exactly one of the form's nationalities.
 *
 * @example
 * ```ts
 * import { nationalitySchema } from '@antislavery/model/lists';
 *
 * nationalitySchema.safeParse('UK').error?.issues[0]?.message;
 * //=> 'Select the nationality from the list'
 * ```
 */
export const nationalitySchema = z.enum(NATIONALITIES, { error: 'Select the nationality from the list' });
