import * as z from 'zod';
import { UK_CITY_AND_TOWN_VALUES } from './data/uk-cities-and-towns.js';

const FORM_VALUES: readonly string[] = UK_CITY_AND_TOWN_VALUES;
const CITY_AND_TOWN_SET: ReadonlySet<string> = new Set(FORM_VALUES);
const MESSAGE = 'Select the city or town from the list';

/**
 * Zod schema accepting exactly one of the form's UK cities and towns, as a branded
 * {@link UkCityOrTown}.
 *
 * The list has 1,608 distinct values, so the SDK checks membership with a `Set` and brands the
 * string rather than spelling out a union type of every value, which would put every name into
 * each app's declarations and editor hints for no gain in safety.
 *
 * @example
 * ```ts
 * import { ukCityOrTownSchema } from '@antislavery/model/lists';
 *
 * ukCityOrTownSchema.safeParse('Wolverhampton').success;
 * //=> true
 * ukCityOrTownSchema.safeParse('Atlantis').error?.issues[0]?.message;
 * //=> 'Select the city or town from the list'
 * ```
 */
export const ukCityOrTownSchema = z
  .string({ error: MESSAGE })
  .refine((value) => CITY_AND_TOWN_SET.has(value), { error: MESSAGE })
  .brand<'UkCityOrTown'>();

/**
 * One of the form's UK cities and towns: a string branded as checked against the list. Get one
 * from {@link isUkCityOrTown}, {@link ukCityOrTownSchema} or {@link UK_CITIES_AND_TOWNS}.
 *
 * @example
 * ```ts
 * import { isUkCityOrTown } from '@antislavery/model/lists';
 * import type { UkCityOrTown } from '@antislavery/model/lists';
 *
 * const input: string = 'Derby';
 * const town: UkCityOrTown | undefined = isUkCityOrTown(input) ? input : undefined;
 * ```
 */
export type UkCityOrTown = z.infer<typeof ukCityOrTownSchema>;

/**
 * Whether a value is exactly one of the form's UK cities and towns.
 *
 * @example
 * ```ts
 * import { isUkCityOrTown } from '@antislavery/model/lists';
 *
 * isUkCityOrTown('Unknown');
 * //=> true
 * isUkCityOrTown('derby');
 * //=> false
 * ```
 */
export function isUkCityOrTown(value: unknown): value is UkCityOrTown {
  return typeof value === 'string' && CITY_AND_TOWN_SET.has(value);
}

/**
 * The official form's city and town list (`where-exploitation-happened-uk-city-1` to `-10`,
 * `current-pv-location-uk-city`) exactly as the form has it: 1,622 entries in the form's order,
 * ending with `Unknown`. Thirteen names appear more than once (for example Newport, Richmond and
 * three Blackburns), because the form lists towns of the same name in different places without
 * telling them apart; `"Dromore "` keeps the form's trailing space. Use
 * {@link UK_CITIES_AND_TOWNS_DISTINCT} to build a select.
 *
 * @example
 * ```ts
 * import { UK_CITIES_AND_TOWNS } from '@antislavery/model/lists';
 *
 * UK_CITIES_AND_TOWNS.length;
 * //=> 1622
 * ```
 */
export const UK_CITIES_AND_TOWNS: readonly UkCityOrTown[] = FORM_VALUES as readonly UkCityOrTown[];

/**
 * The form's cities and towns with each name once, in the order of its first appearance: 1,608
 * values.
 *
 * @example
 * ```ts
 * import { UK_CITIES_AND_TOWNS_DISTINCT } from '@antislavery/model/lists';
 *
 * UK_CITIES_AND_TOWNS_DISTINCT.length;
 * //=> 1608
 * UK_CITIES_AND_TOWNS_DISTINCT.filter((town) => town === 'Blackburn').length;
 * //=> 1
 * ```
 */
export const UK_CITIES_AND_TOWNS_DISTINCT: readonly UkCityOrTown[] = [...CITY_AND_TOWN_SET] as UkCityOrTown[];
