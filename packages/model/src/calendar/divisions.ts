import type { Jurisdiction } from '../vocabulary/jurisdictions.js';
import { InvalidCalendarArgumentError } from './errors.js';

/**
 * The three bank holiday divisions of the United Kingdom, spelt as the keys of GOV.UK's
 * bank-holidays JSON. England and Wales share one calendar.
 *
 * @example
 * ```ts
 * import { DIVISIONS } from '@antislavery/model';
 *
 * DIVISIONS.length;
 * //=> 3
 * ```
 */
export const DIVISIONS = ['england-and-wales', 'scotland', 'northern-ireland'] as const;

/**
 * One of the three bank holiday divisions: `england-and-wales`, `scotland` or `northern-ireland`.
 *
 * @example
 * ```ts
 * import type { Division } from '@antislavery/model';
 *
 * const division: Division = 'scotland';
 * ```
 */
export type Division = (typeof DIVISIONS)[number];

/**
 * Display labels for the divisions, as GOV.UK writes them.
 *
 * @example
 * ```ts
 * import { DIVISION_LABELS } from '@antislavery/model';
 *
 * DIVISION_LABELS['england-and-wales'];
 * //=> 'England and Wales'
 * ```
 */
export const DIVISION_LABELS: Readonly<Record<Division, string>> = {
  'england-and-wales': 'England and Wales',
  scotland: 'Scotland',
  'northern-ireland': 'Northern Ireland',
};

const DIVISION_OF_JURISDICTION: Readonly<Record<Jurisdiction, Division>> = {
  england: 'england-and-wales',
  wales: 'england-and-wales',
  scotland: 'scotland',
  'northern-ireland': 'northern-ireland',
};

/**
 * The bank holiday division of a jurisdiction: England and Wales both map to
 * `england-and-wales`.
 *
 * Which nation's bank holidays count towards a deadline such as the 5-working-day reasonable
 * grounds target is not settled by any source: the SDK's default is the division of the
 * referral's jurisdiction, and a caller may choose another division.
 *
 * @throws {@link InvalidCalendarArgumentError} if `jurisdiction` is not one of the four
 *
 * @example
 * ```ts
 * import { divisionOf } from '@antislavery/model';
 *
 * divisionOf('wales');
 * //=> 'england-and-wales'
 * divisionOf('northern-ireland');
 * //=> 'northern-ireland'
 * ```
 */
export function divisionOf(jurisdiction: Jurisdiction): Division {
  if (typeof jurisdiction !== 'string' || !Object.hasOwn(DIVISION_OF_JURISDICTION, jurisdiction)) {
    throw new InvalidCalendarArgumentError(
      'divisionOf(jurisdiction)',
      'one of england, wales, scotland or northern-ireland',
    );
  }
  return DIVISION_OF_JURISDICTION[jurisdiction];
}
