import * as z from 'zod';
import { type IsoDate, isIsoDate } from '../dates/index.js';
import { InvalidPeriodError } from './errors.js';
import { issueCode, strictObject, text } from './fields.js';

const YEAR = /^\d{4}$/;
const BOUND_MESSAGE = 'Enter a year, like 2018, or a real date in the format YYYY-MM-DD';

function isPeriodBound(value: string): boolean {
  return (YEAR.test(value) && value !== '0000') || isIsoDate(value);
}

/**
 * Zod schema for one end of a period: a year written `YYYY` (a whole calendar year) or a real
 * date written `YYYY-MM-DD`. Partnership documents mostly give years ("2018 - 2020").
 *
 * @example
 * ```ts
 * import { periodBoundSchema } from '@antislavery/model';
 *
 * periodBoundSchema.safeParse('2018').success;
 * //=> true
 * periodBoundSchema.safeParse('2023-02-30').success;
 * //=> false
 * ```
 */
export const periodBoundSchema = z
  .string({ error: BOUND_MESSAGE })
  .refine(isPeriodBound, { error: BOUND_MESSAGE, ...issueCode('invalid') });

/**
 * One end of a period: a year `YYYY` or a date `YYYY-MM-DD`.
 *
 * @example
 * ```ts
 * import type { PeriodBound } from '@antislavery/model';
 *
 * const from: PeriodBound = '2017';
 * ```
 */
export type PeriodBound = z.infer<typeof periodBoundSchema>;

/**
 * Zod schema for a {@link Period}. The end must not be before the start; a year as the start means
 * 1 January of that year and a year as the end means 31 December.
 *
 * @example
 * ```ts
 * import { periodSchema } from '@antislavery/model';
 *
 * periodSchema.safeParse({ from: '2020', to: '2018' }).error?.issues[0]?.message;
 * //=> 'The end of the period must be the same as or after the start'
 * ```
 */
export const periodSchema = strictObject(
  {
    /** The first year or day of the period. */
    from: periodBoundSchema,
    /** The last year or day of the period, included. */
    to: periodBoundSchema,
    /** The document's own wording of the period, like `2016/2017` or `2017 – 2020`. */
    label: text('the period label').optional(),
  },
  'Enter the period',
).superRefine((period, ctx) => {
  if (!isPeriodBound(period.from) || !isPeriodBound(period.to)) return;
  if (boundStart(period.from) > boundEnd(period.to)) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'The end of the period must be the same as or after the start',
      ...issueCode('before-start'),
    });
  }
});

/**
 * A period from one year or date to another, both included, with the document's own wording if
 * it has one.
 *
 * @example
 * ```ts
 * import type { Period } from '@antislavery/model';
 *
 * const priorities: Period = { from: '2017', to: '2020', label: '2017 – 2020' };
 * ```
 */
export type Period = z.infer<typeof periodSchema>;

function boundStart(bound: string): IsoDate {
  return bound.length === 4 ? `${bound}-01-01` : bound;
}

function boundEnd(bound: string): IsoDate {
  return bound.length === 4 ? `${bound}-12-31` : bound;
}

/**
 * The first day of a period: its start date, or 1 January if it starts with a year.
 *
 * @throws {@link InvalidPeriodError} if `period.from` is neither a year nor a real date
 *
 * @example
 * ```ts
 * import { periodStart } from '@antislavery/model';
 *
 * periodStart({ from: '2017', to: '2020' });
 * //=> '2017-01-01'
 * ```
 */
export function periodStart(period: Pick<Period, 'from'>): IsoDate {
  if (typeof period.from !== 'string' || !isPeriodBound(period.from)) {
    throw new InvalidPeriodError('periodStart(period.from)');
  }
  return boundStart(period.from);
}

/**
 * The last day of a period: its end date, or 31 December if it ends with a year.
 *
 * @throws {@link InvalidPeriodError} if `period.to` is neither a year nor a real date
 *
 * @example
 * ```ts
 * import { periodEnd } from '@antislavery/model';
 *
 * periodEnd({ from: '2017', to: '2020' });
 * //=> '2020-12-31'
 * ```
 */
export function periodEnd(period: Pick<Period, 'to'>): IsoDate {
  if (typeof period.to !== 'string' || !isPeriodBound(period.to)) {
    throw new InvalidPeriodError('periodEnd(period.to)');
  }
  return boundEnd(period.to);
}
