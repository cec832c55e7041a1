import * as z from 'zod';
import { UnknownVocabularyValueError } from './errors.js';
import { ownValue } from './own-value.js';

/**
 * The kinds of organisation or person the referral pathway deals with. The first seven are the
 * types of designated first responder organisation, which alone may submit an NRM referral or a
 * Duty to Notify notification; the rest pass a case to a first responder or to the Modern Slavery &
 * Exploitation Helpline. A regional organised crime unit counts as `police`.
 *
 * @example
 * ```ts
 * import { RESPONDER_TYPES } from '@antislavery/model';
 *
 * RESPONDER_TYPES.length;
 * //=> 12
 * ```
 */
export const RESPONDER_TYPES = [
  'local-authority',
  'police',
  'national-crime-agency',
  'glaa',
  'home-office',
  'hsc-trust',
  'designated-charity',
  'nhs',
  'other-public-body',
  'charity',
  'business',
  'member-of-public',
] as const;

/**
 * One of the responder types.
 *
 * @example
 * ```ts
 * import type { ResponderType } from '@antislavery/model';
 *
 * const who: ResponderType = 'nhs';
 * ```
 */
export type ResponderType = (typeof RESPONDER_TYPES)[number];

/**
 * Zod schema accepting exactly one responder type.
 *
 * @example
 * ```ts
 * import { responderTypeSchema } from '@antislavery/model';
 *
 * responderTypeSchema.safeParse('council').error?.issues[0]?.message;
 * //=> 'Select the type of organisation'
 * ```
 */
export const responderTypeSchema = z.enum(RESPONDER_TYPES, { error: 'Select the type of organisation' });

/**
 * The categories under which the published statistics count first responder organisations.
 *
 * @example
 * ```ts
 * import { FIRST_RESPONDER_CATEGORIES } from '@antislavery/model';
 *
 * FIRST_RESPONDER_CATEGORIES;
 * //=> ['government-agency', 'ngo-and-third-sector', 'police', 'local-authority']
 * ```
 */
export const FIRST_RESPONDER_CATEGORIES = [
  'government-agency',
  'ngo-and-third-sector',
  'police',
  'local-authority',
] as const;

/**
 * One of the published first responder categories.
 *
 * @example
 * ```ts
 * import type { FirstResponderCategory } from '@antislavery/model';
 *
 * const category: FirstResponderCategory = 'ngo-and-third-sector';
 * ```
 */
export type FirstResponderCategory = (typeof FIRST_RESPONDER_CATEGORIES)[number];

/**
 * Zod schema accepting exactly one published first responder category.
 *
 * @example
 * ```ts
 * import { firstResponderCategorySchema } from '@antislavery/model';
 *
 * firstResponderCategorySchema.safeParse('police').success;
 * //=> true
 * ```
 */
export const firstResponderCategorySchema = z.enum(FIRST_RESPONDER_CATEGORIES, {
  error: 'Select a first responder category',
});

/**
 * The published label of each first responder category.
 *
 * @example
 * ```ts
 * import { FIRST_RESPONDER_CATEGORY_LABELS } from '@antislavery/model';
 *
 * FIRST_RESPONDER_CATEGORY_LABELS['ngo-and-third-sector'];
 * //=> 'NGO and third sector'
 * ```
 */
export const FIRST_RESPONDER_CATEGORY_LABELS: Readonly<Record<FirstResponderCategory, string>> = {
  'government-agency': 'Government agency',
  'ngo-and-third-sector': 'NGO and third sector',
  police: 'Police',
  'local-authority': 'Local Authority',
};

/**
 * What the SDK knows about one responder type: its label, whether it is a type of designated first
 * responder organisation, and the published category its referrals are counted under (none for a
 * type that cannot refer).
 *
 * @example
 * ```ts
 * import type { ResponderTypeDetails } from '@antislavery/model';
 *
 * const police: ResponderTypeDetails = {
 *   label: 'Police',
 *   firstResponder: true,
 *   category: 'police',
 * };
 * ```
 */
export type ResponderTypeDetails = {
  /** Display label. */
  readonly label: string;
  /** Whether organisations of this type are designated first responder organisations. */
  readonly firstResponder: boolean;
  /** The published first responder category, or `undefined` when the type cannot refer. */
  readonly category: FirstResponderCategory | undefined;
};

/**
 * Label, first responder status and published category of every responder type.
 *
 * The published statistics name four categories but not which organisation falls under which.
 * The SDK counts the Home Office, the National Crime Agency, the GLAA and Northern Ireland's Health
 * and Social Care Trusts as Government agency (they are the "specified government agencies" among
 * first responders) and designated charities as NGO and third sector. Placing the HSC Trusts, which
 * hold children's and adults' social services in Northern Ireland, under Government agency rather
 * than Local Authority is the SDK's choice.
 *
 * @example
 * ```ts
 * import { RESPONDER_TYPE_DETAILS } from '@antislavery/model';
 *
 * RESPONDER_TYPE_DETAILS['designated-charity'].category;
 * //=> 'ngo-and-third-sector'
 * RESPONDER_TYPE_DETAILS.nhs.firstResponder;
 * //=> false
 * ```
 */
export const RESPONDER_TYPE_DETAILS: Readonly<Record<ResponderType, ResponderTypeDetails>> = {
  'local-authority': { label: 'Local authority', firstResponder: true, category: 'local-authority' },
  police: { label: 'Police', firstResponder: true, category: 'police' },
  'national-crime-agency': {
    label: 'National Crime Agency',
    firstResponder: true,
    category: 'government-agency',
  },
  glaa: {
    label: 'Gangmasters and Labour Abuse Authority (or Fair Work Agency)',
    firstResponder: true,
    category: 'government-agency',
  },
  'home-office': { label: 'Home Office', firstResponder: true, category: 'government-agency' },
  'hsc-trust': { label: 'Health and Social Care Trust', firstResponder: true, category: 'government-agency' },
  'designated-charity': {
    label: 'Designated charity',
    firstResponder: true,
    category: 'ngo-and-third-sector',
  },
  nhs: { label: 'NHS', firstResponder: false, category: undefined },
  'other-public-body': { label: 'Other public body', firstResponder: false, category: undefined },
  charity: { label: 'Charity (not designated)', firstResponder: false, category: undefined },
  business: { label: 'Business', firstResponder: false, category: undefined },
  'member-of-public': { label: 'Member of the public', firstResponder: false, category: undefined },
};

/**
 * Display labels for the responder types.
 *
 * @example
 * ```ts
 * import { RESPONDER_TYPE_LABELS } from '@antislavery/model';
 *
 * RESPONDER_TYPE_LABELS['member-of-public'];
 * //=> 'Member of the public'
 * ```
 */
export const RESPONDER_TYPE_LABELS: Readonly<Record<ResponderType, string>> = Object.fromEntries(
  RESPONDER_TYPES.map((type) => [type, RESPONDER_TYPE_DETAILS[type].label]),
) as Record<ResponderType, string>;

/**
 * The responder types that are types of designated first responder organisation, in the order of
 * {@link RESPONDER_TYPES}.
 *
 * @example
 * ```ts
 * import { FIRST_RESPONDER_TYPES } from '@antislavery/model';
 *
 * FIRST_RESPONDER_TYPES.includes('business');
 * //=> false
 * ```
 */
export const FIRST_RESPONDER_TYPES: readonly ResponderType[] = RESPONDER_TYPES.filter(
  (type) => RESPONDER_TYPE_DETAILS[type].firstResponder,
);

function detailsOf(type: ResponderType, where: string): ResponderTypeDetails {
  const details = ownValue(RESPONDER_TYPE_DETAILS, type);
  if (details === undefined) throw new UnknownVocabularyValueError('responder type', where);
  return details;
}

/**
 * Whether organisations of a responder type are designated first responder organisations, which
 * alone may submit an NRM referral or a Duty to Notify notification.
 *
 * @throws {@link UnknownVocabularyValueError} if `type` is not a responder type (unchecked input).
 * @example
 * ```ts
 * import { isFirstResponderType } from '@antislavery/model';
 *
 * isFirstResponderType('local-authority');
 * //=> true
 * isFirstResponderType('nhs');
 * //=> false
 * ```
 */
export function isFirstResponderType(type: ResponderType): boolean {
  return detailsOf(type, 'isFirstResponderType(type)').firstResponder;
}

/**
 * The published first responder category a responder type's referrals are counted under, or
 * `undefined` for a type that cannot refer.
 *
 * @throws {@link UnknownVocabularyValueError} if `type` is not a responder type (unchecked input).
 * @example
 * ```ts
 * import { firstResponderCategoryOf } from '@antislavery/model';
 *
 * firstResponderCategoryOf('home-office');
 * //=> 'government-agency'
 * firstResponderCategoryOf('business');
 * //=> undefined
 * ```
 */
export function firstResponderCategoryOf(type: ResponderType): FirstResponderCategory | undefined {
  return detailsOf(type, 'firstResponderCategoryOf(type)').category;
}
