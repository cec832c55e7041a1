import { isoDateSchema } from '@antislavery/model';
import * as z from 'zod';

const unknownField = (what: string) => (issue: { code: string }) =>
  issue.code === 'unrecognized_keys' ? 'Remove this field: the pathway does not use it' : `Enter ${what}`;

/**
 * Zod schema for {@link PathwayAssumptions}.
 *
 * @example
 * ```ts
 * import { pathwayAssumptionsSchema } from '@antislavery/pathways';
 *
 * pathwayAssumptionsSchema.safeParse({ devolvedDutyToNotifyFrom: { scotland: '2025-02-30' } }).success;
 * //=> false
 * ```
 */
export const pathwayAssumptionsSchema = z.strictObject(
  {
    /**
     * For an organisation whose duty to notify the sources do not settle (a combined authority,
     * a regional organised crime unit, the National Police Air Service, the Fair Work Agency, the
     * Home Office Asylum Group): `has-duty` (the default) or `no-duty`.
     */
    unconfirmedDutyToNotify: z
      .enum(['has-duty', 'no-duty'], {
        error: 'Select whether to treat the organisation as having the duty to notify',
      })
      .optional(),
    /**
     * The date from which to apply the duty to notify in Scotland (Human Trafficking and
     * Exploitation (Scotland) Act 2015 s38) or Northern Ireland (2015 Act s13). Neither is applied
     * unless a date is given, because the sources do not confirm that either is in force.
     */
    devolvedDutyToNotifyFrom: z
      .strictObject(
        { scotland: isoDateSchema.optional(), 'northern-ireland': isoDateSchema.optional() },
        { error: unknownField('the dates from which to apply the devolved duties to notify') },
      )
      .optional(),
  },
  { error: unknownField('the assumptions') },
);

/**
 * The choices a decision makes where the law in the sources is unconfirmed. Each has a documented
 * default, shown in {@link DEFAULT_PATHWAY_ASSUMPTIONS}; give another to decide differently:
 * - `unconfirmedDutyToNotify`: whether an organisation whose duty to notify is unconfirmed is
 *   treated as having it in England and Wales (default `has-duty`: a notification is anonymous, so
 *   making one the law may not require does less harm than missing one it does);
 * - `devolvedDutyToNotifyFrom`: the date from which to apply Scotland's or Northern Ireland's own
 *   duty to notify to the public-authority first responders there (default: neither applied).
 *
 * @example
 * ```ts
 * import type { PathwayAssumptions } from '@antislavery/pathways';
 *
 * const assumptions: PathwayAssumptions = { unconfirmedDutyToNotify: 'no-duty' };
 * ```
 */
export type PathwayAssumptions = z.infer<typeof pathwayAssumptionsSchema>;

/**
 * The assumptions a decision makes when none are given.
 *
 * @example
 * ```ts
 * import { DEFAULT_PATHWAY_ASSUMPTIONS } from '@antislavery/pathways';
 *
 * DEFAULT_PATHWAY_ASSUMPTIONS;
 * //=> { unconfirmedDutyToNotify: 'has-duty', devolvedDutyToNotifyFrom: {} }
 * ```
 */
export const DEFAULT_PATHWAY_ASSUMPTIONS = Object.freeze({
  unconfirmedDutyToNotify: 'has-duty',
  devolvedDutyToNotifyFrom: Object.freeze({}),
} as const satisfies PathwayAssumptions);
