import * as z from 'zod';

/**
 * Who in a council submits a child's NRM referral, which national law leaves to the council:
 * - `any-first-responder`: whoever identifies the child, as the national guidance describes;
 * - `childrens-services`: only children's services or the MASH; any other council team contacts
 *   the MASH, which makes the referral. The referral is still made: only who makes it changes.
 *
 * @example
 * ```ts
 * import { CHILD_REFERRAL_ROUTES } from '@antislavery/pathways';
 *
 * CHILD_REFERRAL_ROUTES;
 * //=> ['any-first-responder', 'childrens-services']
 * ```
 */
export const CHILD_REFERRAL_ROUTES = ['any-first-responder', 'childrens-services'] as const;

/**
 * One of the {@link CHILD_REFERRAL_ROUTES}.
 *
 * @example
 * ```ts
 * import type { ChildReferralRoute } from '@antislavery/pathways';
 *
 * const route: ChildReferralRoute = 'childrens-services';
 * ```
 */
export type ChildReferralRoute = (typeof CHILD_REFERRAL_ROUTES)[number];

/**
 * Zod schema accepting exactly one child referral route.
 *
 * @example
 * ```ts
 * import { childReferralRouteSchema } from '@antislavery/pathways';
 *
 * childReferralRouteSchema.safeParse('mash').error?.issues[0]?.message;
 * //=> 'Select who submits a child’s NRM referral'
 * ```
 */
export const childReferralRouteSchema = z.enum(CHILD_REFERRAL_ROUTES, {
  error: 'Select who submits a child’s NRM referral',
});

/**
 * Display labels for the child referral routes.
 *
 * @example
 * ```ts
 * import { CHILD_REFERRAL_ROUTE_LABELS } from '@antislavery/pathways';
 *
 * CHILD_REFERRAL_ROUTE_LABELS['childrens-services'];
 * //=> "Only children's services or the MASH"
 * ```
 */
export const CHILD_REFERRAL_ROUTE_LABELS: Readonly<Record<ChildReferralRoute, string>> = {
  'any-first-responder': 'Any first responder who identifies the child',
  'childrens-services': "Only children's services or the MASH",
};
