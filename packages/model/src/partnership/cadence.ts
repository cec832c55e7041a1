import * as z from 'zod';

/**
 * How often something happens: a partnership's meetings, a strategy's review, a community
 * meeting. `regular` is for documents that say "regularly" without a frequency, and `as-required`
 * for groups that "meet as required".
 *
 * @example
 * ```ts
 * import { CADENCES } from '@antislavery/model';
 *
 * CADENCES.includes('quarterly');
 * //=> true
 * ```
 */
export const CADENCES = ['monthly', 'quarterly', 'six-monthly', 'annual', 'regular', 'as-required'] as const;

/**
 * One of the {@link CADENCES}.
 *
 * @example
 * ```ts
 * import type { Cadence } from '@antislavery/model';
 *
 * const review: Cadence = 'annual';
 * ```
 */
export type Cadence = (typeof CADENCES)[number];

/**
 * Zod schema accepting exactly one of the {@link CADENCES}.
 *
 * @example
 * ```ts
 * import { cadenceSchema } from '@antislavery/model';
 *
 * cadenceSchema.safeParse('fortnightly').error?.issues[0]?.message;
 * //=> 'Select how often: monthly, quarterly, six-monthly, annual, regular or as required'
 * ```
 */
export const cadenceSchema = z.enum(CADENCES, {
  error: 'Select how often: monthly, quarterly, six-monthly, annual, regular or as required',
});

/**
 * Display labels for the {@link CADENCES}.
 *
 * @example
 * ```ts
 * import { CADENCE_LABELS } from '@antislavery/model';
 *
 * CADENCE_LABELS['six-monthly'];
 * //=> 'Every six months'
 * ```
 */
export const CADENCE_LABELS: Readonly<Record<Cadence, string>> = {
  monthly: 'Monthly',
  quarterly: 'Quarterly',
  'six-monthly': 'Every six months',
  annual: 'Annually',
  regular: 'Regularly',
  'as-required': 'As required',
};
