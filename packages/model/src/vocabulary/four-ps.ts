import * as z from 'zod';

/**
 * The four Ps of the UK's modern slavery strategy, in the order the Government strategy lists them.
 *
 * @example
 * ```ts
 * import { FOUR_PS } from '@antislavery/model';
 *
 * FOUR_PS.length;
 * //=> 4
 * ```
 */
export const FOUR_PS = ['pursue', 'prevent', 'protect', 'prepare'] as const;

/**
 * One of the four Ps: `pursue`, `prevent`, `protect` or `prepare`.
 *
 * @example
 * ```ts
 * import type { Pillar } from '@antislavery/model';
 *
 * const p: Pillar = 'protect';
 * ```
 */
export type Pillar = (typeof FOUR_PS)[number];

/**
 * Zod schema accepting exactly one of the four Ps.
 *
 * @example
 * ```ts
 * import { pillarSchema } from '@antislavery/model';
 *
 * pillarSchema.safeParse('prepare').success;
 * //=> true
 * ```
 */
export const pillarSchema = z.enum(FOUR_PS, { error: 'Select Pursue, Prevent, Protect or Prepare' });

/**
 * Display labels and one-line definitions of the four Ps, paraphrasing the Government's modern
 * slavery strategy (HM Government, Modern Slavery Strategy, November 2014).
 *
 * @example
 * ```ts
 * import { PILLARS } from '@antislavery/model';
 *
 * PILLARS.pursue.label;
 * //=> 'Pursue'
 * ```
 */
export const PILLARS: Readonly<Record<Pillar, { readonly label: string; readonly definition: string }>> = {
  pursue: {
    label: 'Pursue',
    definition: 'Prosecute and disrupt the people and groups responsible for modern slavery.',
  },
  prevent: {
    label: 'Prevent',
    definition: 'Stop people from becoming involved in modern slavery, as offenders or as victims.',
  },
  protect: {
    label: 'Protect',
    definition:
      'Strengthen safeguards by protecting vulnerable people from exploitation and raising awareness of and resilience against this crime.',
  },
  prepare: {
    label: 'Prepare',
    definition:
      'Reduce the harm modern slavery causes through better identification of victims and better support.',
  },
};
