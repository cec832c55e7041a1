import * as z from 'zod';
import { UnknownVocabularyValueError } from './errors.js';
import { ownValue } from './own-value.js';

/**
 * The answers to the official form's "What is their gender?" (`pv-gender`).
 *
 * @example
 * ```ts
 * import { GENDERS } from '@antislavery/model';
 *
 * GENDERS;
 * //=> ['female', 'male', 'unknown']
 * ```
 */
export const GENDERS = ['female', 'male', 'unknown'] as const;

/**
 * One of the form's gender answers. `unknown` is the form's value for "They do not identify as
 * male or female".
 *
 * @example
 * ```ts
 * import type { Gender } from '@antislavery/model';
 *
 * const gender: Gender = 'unknown';
 * ```
 */
export type Gender = (typeof GENDERS)[number];

/**
 * Zod schema accepting exactly one of the form's gender answers.
 *
 * @example
 * ```ts
 * import { genderSchema } from '@antislavery/model';
 *
 * genderSchema.safeParse('F').error?.issues[0]?.message;
 * //=> 'Select their gender'
 * ```
 */
export const genderSchema = z.enum(GENDERS, { error: 'Select their gender' });

/**
 * The form's label for each gender answer.
 *
 * @example
 * ```ts
 * import { GENDER_LABELS } from '@antislavery/model';
 *
 * GENDER_LABELS.unknown;
 * //=> 'They do not identify as male or female'
 * ```
 */
export const GENDER_LABELS: Readonly<Record<Gender, string>> = {
  female: 'Female',
  male: 'Male',
  unknown: 'They do not identify as male or female',
};

/**
 * The gender categories of the published statistics. They are also the values the form sends in
 * the case payload (`Customer.Custom17`), as `Female`, `Male` and `Other`.
 *
 * @example
 * ```ts
 * import { PUBLISHED_GENDERS } from '@antislavery/model';
 *
 * PUBLISHED_GENDERS;
 * //=> ['female', 'male', 'other']
 * ```
 */
export const PUBLISHED_GENDERS = ['female', 'male', 'other'] as const;

/**
 * One of the published gender categories.
 *
 * @example
 * ```ts
 * import type { PublishedGender } from '@antislavery/model';
 *
 * const published: PublishedGender = 'other';
 * ```
 */
export type PublishedGender = (typeof PUBLISHED_GENDERS)[number];

/**
 * Zod schema accepting exactly one published gender category.
 *
 * @example
 * ```ts
 * import { publishedGenderSchema } from '@antislavery/model';
 *
 * publishedGenderSchema.safeParse('other').success;
 * //=> true
 * ```
 */
export const publishedGenderSchema = z.enum(PUBLISHED_GENDERS, { error: 'Select a gender category' });

/**
 * The published label of each gender category, which is also the payload value.
 *
 * @example
 * ```ts
 * import { PUBLISHED_GENDER_LABELS } from '@antislavery/model';
 *
 * PUBLISHED_GENDER_LABELS.other;
 * //=> 'Other'
 * ```
 */
export const PUBLISHED_GENDER_LABELS: Readonly<Record<PublishedGender, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
};

const PUBLISHED_GENDER_OF: Readonly<Record<Gender, PublishedGender>> = {
  female: 'female',
  male: 'male',
  unknown: 'other',
};

/**
 * The published gender category of a form answer: female and male as they are, "They do not
 * identify as male or female" as Other.
 *
 * @throws {@link UnknownVocabularyValueError} if `gender` is not a form answer (unchecked input).
 * @example
 * ```ts
 * import { publishedGenderOf } from '@antislavery/model';
 *
 * publishedGenderOf('unknown');
 * //=> 'other'
 * ```
 */
export function publishedGenderOf(gender: Gender): PublishedGender {
  const published = ownValue(PUBLISHED_GENDER_OF, gender);
  if (published === undefined) throw new UnknownVocabularyValueError('gender', 'publishedGenderOf(gender)');
  return published;
}
