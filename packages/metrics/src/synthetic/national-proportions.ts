/**
 * One proportion the synthetic generator uses, with where it comes from: the published national
 * statistics ("Modern Slavery: National Referral Mechanism and Duty to Notify statistics UK"), or
 * `illustrative` where the statistics the package holds give no figure, so the value only makes
 * the data look plausible and must not be quoted as a fact.
 *
 * @example
 * ```ts
 * import type { Proportion } from '@antislavery/metrics/synthetic';
 *
 * const share: Proportion = { value: 0.77, source: 'SCA share of referrals, 2022' };
 * ```
 */
export type Proportion = {
  /** The proportion, from 0 to 1. */
  readonly value: number;
  /** Where it comes from, or `illustrative`. */
  readonly source: string;
};

/**
 * The national proportions the synthetic generator draws on, each with its source. Published
 * figures are used where the national statistics give them; the rest are marked `illustrative`.
 *
 * @example
 * ```ts
 * import { NATIONAL_PROPORTIONS } from '@antislavery/metrics/synthetic';
 *
 * NATIONAL_PROPORTIONS.childShare.value.toFixed(3);
 * //=> '0.437'
 * NATIONAL_PROPORTIONS.competentAuthoritySca.source;
 * //=> 'Published statistics, 2022: 77% of referrals to the SCA, 23% to the IECA'
 * ```
 */
export const NATIONAL_PROPORTIONS = {
  notificationShare: {
    value: 5_598 / (19_125 + 5_598),
    source: 'Published statistics, 2024: 5,598 Duty to Notify reports and 19,125 NRM referrals',
  },
  childShare: {
    value: 7_432 / 17_004,
    source: 'Published statistics, 2023: 7,432 of 17,004 NRM referrals (44%) were exploited as children',
  },
  nationalityUk: { value: 0.23, source: 'Published statistics, 2024: UK nationals 23% of referrals' },
  nationalityAlbanian: { value: 0.13, source: 'Published statistics, 2024: Albanian nationals 13%' },
  nationalityVietnamese: { value: 0.11, source: 'Published statistics, 2024: Vietnamese nationals 11%' },
  competentAuthoritySca: {
    value: 0.77,
    source: 'Published statistics, 2022: 77% of referrals to the SCA, 23% to the IECA',
  },
  rgPositive: {
    value: 0.53,
    source: 'Published statistics, 2024: 20,090 reasonable grounds decisions, 53% positive',
  },
  cgPositive: {
    value: 0.56,
    source: 'Published statistics, 2024: 17,304 conclusive grounds decisions, 56% positive',
  },
  ageNotSpecified: { value: 0.02, source: 'illustrative' },
  male: { value: 0.76, source: 'illustrative' },
  rgWithinAWeek: { value: 0.3, source: 'illustrative' },
  secondExploitationType: { value: 0.15, source: 'illustrative' },
} as const satisfies Readonly<Record<string, Proportion>>;
