import type { z } from 'zod';
import { list, pillar, strictObject, text, textList } from './fields.js';
import { subGroupIdSchema } from './ids.js';
import { periodSchema } from './period.js';

/**
 * Zod schema for an {@link Achievements} group.
 *
 * @example
 * ```ts
 * import { achievementsSchema } from '@antislavery/model';
 *
 * achievementsSchema.safeParse({ pillar: 'pursue', items: ['Operation Wilberforce established'] }).success;
 * //=> true
 * ```
 */
export const achievementsSchema = strictObject(
  {
    /** The sub-group whose achievements these are. */
    subGroup: subGroupIdSchema.optional(),
    /** The P the achievements serve. */
    pillar: pillar().optional(),
    /** What was achieved. */
    items: textList('Enter at least one achievement', 'Enter the achievement'),
  },
  'Enter the achievements',
);

/**
 * Achievements reported for a period, grouped by sub-group, by P, by both, or neither (for
 * achievements of the partnership as a whole).
 *
 * @example
 * ```ts
 * import { subGroupId, type Achievements } from '@antislavery/model';
 *
 * const pursue: Achievements = {
 *   subGroup: subGroupId('pursue-and-prevent'),
 *   items: ['Operation Wilberforce established'],
 * };
 * ```
 */
export type Achievements = z.infer<typeof achievementsSchema>;

/**
 * Zod schema for an {@link AnnualReport}.
 *
 * @example
 * ```ts
 * import { annualReportSchema } from '@antislavery/model';
 *
 * annualReportSchema.safeParse({ period: { from: '2016', to: '2017', label: '2016/2017' }, achievements: [] })
 *   .error?.issues[0]?.message;
 * //=> 'Enter at least one group of achievements'
 * ```
 */
export const annualReportSchema = strictObject(
  {
    /** The period reported on, for example 2016/2017. */
    period: periodSchema,
    /** The report's title. */
    title: text('the title of the report').optional(),
    /** The achievements, in groups. */
    achievements: list(achievementsSchema, 'Enter at least one group of achievements'),
  },
  'Enter the annual report',
);

/**
 * A partnership's report of what it achieved in a period.
 *
 * @example
 * ```ts
 * import type { AnnualReport } from '@antislavery/model';
 *
 * const report: AnnualReport = {
 *   period: { from: '2016', to: '2017', label: '2016/2017' },
 *   achievements: [{ pillar: 'pursue', items: ['Operation Wilberforce established'] }],
 * };
 * ```
 */
export type AnnualReport = z.infer<typeof annualReportSchema>;
