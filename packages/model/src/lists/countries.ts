import * as z from 'zod';
import { COUNTRY_VALUES } from './data/countries.js';

/**
 * The official form's country list, 197 values in the form's order, including `United Kingdom`
 * and `Unknown`. Value equals label.
 *
 * @example
 * ```ts
 * import { COUNTRIES } from '@antislavery/model/lists';
 *
 * COUNTRIES.length;
 * //=> 197
 * ```
 */
export const COUNTRIES = COUNTRY_VALUES;

/**
 * One of the form's countries.
 *
 * @example
 * ```ts
 * import type { Country } from '@antislavery/model/lists';
 *
 * const country: Country = 'Albania';
 * ```
 */
export type Country = (typeof COUNTRIES)[number];

/**
 * One of the countries the form offers for overseas exploitation: any country but the United
 * Kingdom.
 *
 * @example
 * ```ts
 * import type { OverseasCountry } from '@antislavery/model/lists';
 *
 * const where: OverseasCountry = 'Vietnam';
 * ```
 */
export type OverseasCountry = Exclude<Country, 'United Kingdom'>;

/**
 * The countries the form offers for overseas exploitation
 * (`where-exploitation-happened-overseas-country-1` to `-10`): {@link COUNTRIES} without
 * `United Kingdom`, 196 values in the same order.
 *
 * @example
 * ```ts
 * import { OVERSEAS_COUNTRIES } from '@antislavery/model/lists';
 *
 * OVERSEAS_COUNTRIES.length;
 * //=> 196
 * OVERSEAS_COUNTRIES.includes('United Kingdom');
 * //=> false
 * ```
 */
export const OVERSEAS_COUNTRIES: readonly OverseasCountry[] = COUNTRIES.filter(
  (country): country is OverseasCountry => country !== 'United Kingdom',
);

const COUNTRY_SET: ReadonlySet<string> = new Set(COUNTRIES);

/**
 * Whether a value is exactly one of the form's countries.
 *
 * @example
 * ```ts
 * import { isCountry } from '@antislavery/model/lists';
 *
 * isCountry('United Kingdom');
 * //=> true
 * isCountry('UK');
 * //=> false
 * ```
 */
export function isCountry(value: unknown): value is Country {
  return typeof value === 'string' && COUNTRY_SET.has(value);
}

/**
 * Whether a value is one of the countries the form offers for overseas exploitation.
 *
 * @example
 * ```ts
 * import { isOverseasCountry } from '@antislavery/model/lists';
 *
 * isOverseasCountry('Romania');
 * //=> true
 * isOverseasCountry('United Kingdom');
 * //=> false
 * ```
 */
export function isOverseasCountry(value: unknown): value is OverseasCountry {
  return isCountry(value) && value !== 'United Kingdom';
}

/**
 * Zod schema accepting exactly one of the form's countries.
 *
 * @example
 * ```ts
 * import { countrySchema } from '@antislavery/model/lists';
 *
 * countrySchema.safeParse('Ruritania').error?.issues[0]?.message;
 * //=> 'Select the country from the list'
 * ```
 */
export const countrySchema = z.enum(COUNTRIES, { error: 'Select the country from the list' });

/**
 * Zod schema accepting exactly one of the countries offered for overseas exploitation.
 *
 * @example
 * ```ts
 * import { overseasCountrySchema } from '@antislavery/model/lists';
 *
 * overseasCountrySchema.safeParse('United Kingdom').error?.issues[0]?.message;
 * //=> 'Select a country outside the UK from the list'
 * ```
 */
export const overseasCountrySchema = z.enum(OVERSEAS_COUNTRIES as [OverseasCountry, ...OverseasCountry[]], {
  error: 'Select a country outside the UK from the list',
});
