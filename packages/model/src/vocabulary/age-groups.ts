import * as z from 'zod';
import { UnknownVocabularyValueError } from './errors.js';
import { ownValue } from './own-value.js';

/**
 * The answers to the official form's "Is the potential victim under 18?" (`pv-under-age`) and
 * "Were they under 18 at any time during the exploitation?"
 * (`pv-under-age-at-time-of-exploitation`). "Not sure" is treated as a child on the form: the
 * referral is automatic and the person is referred for an age assessment.
 *
 * @example
 * ```ts
 * import { UNDER_18_ANSWERS } from '@antislavery/model';
 *
 * UNDER_18_ANSWERS;
 * //=> ['yes', 'no', 'not-sure']
 * ```
 */
export const UNDER_18_ANSWERS = ['yes', 'no', 'not-sure'] as const;

/**
 * An answer to one of the form's under-18 questions.
 *
 * @example
 * ```ts
 * import type { Under18Answer } from '@antislavery/model';
 *
 * const answer: Under18Answer = 'not-sure';
 * ```
 */
export type Under18Answer = (typeof UNDER_18_ANSWERS)[number];

/**
 * Zod schema accepting exactly one answer to an under-18 question.
 *
 * @example
 * ```ts
 * import { under18AnswerSchema } from '@antislavery/model';
 *
 * under18AnswerSchema.safeParse('maybe').error?.issues[0]?.message;
 * //=> 'Select if the potential victim is under 18'
 * ```
 */
export const under18AnswerSchema = z.enum(UNDER_18_ANSWERS, {
  error: 'Select if the potential victim is under 18',
});

/**
 * Display labels for the under-18 answers, as the form words them.
 *
 * @example
 * ```ts
 * import { UNDER_18_ANSWER_LABELS } from '@antislavery/model';
 *
 * UNDER_18_ANSWER_LABELS['not-sure'];
 * //=> 'Not sure'
 * ```
 */
export const UNDER_18_ANSWER_LABELS: Readonly<Record<Under18Answer, string>> = {
  yes: 'Yes',
  no: 'No',
  'not-sure': 'Not sure',
};

/**
 * The values the form sends in the case payload's `AdultOrChild` and
 * `AdultOrChildDuringExploitation` keys.
 *
 * @example
 * ```ts
 * import { ADULT_OR_CHILD_PAYLOAD_VALUES } from '@antislavery/model';
 *
 * ADULT_OR_CHILD_PAYLOAD_VALUES;
 * //=> ['Adult', 'Child', 'Unknown']
 * ```
 */
export const ADULT_OR_CHILD_PAYLOAD_VALUES = ['Adult', 'Child', 'Unknown'] as const;

/**
 * A value of the payload's `AdultOrChild` key.
 *
 * @example
 * ```ts
 * import type { AdultOrChildPayloadValue } from '@antislavery/model';
 *
 * const sent: AdultOrChildPayloadValue = 'Child';
 * ```
 */
export type AdultOrChildPayloadValue = (typeof ADULT_OR_CHILD_PAYLOAD_VALUES)[number];

/**
 * The payload value the form sends for each under-18 answer: yes is `Child`, no is `Adult`, not
 * sure is `Unknown`.
 *
 * @example
 * ```ts
 * import { ADULT_OR_CHILD_PAYLOAD } from '@antislavery/model';
 *
 * ADULT_OR_CHILD_PAYLOAD.yes;
 * //=> 'Child'
 * ```
 */
export const ADULT_OR_CHILD_PAYLOAD: Readonly<Record<Under18Answer, AdultOrChildPayloadValue>> = {
  yes: 'Child',
  no: 'Adult',
  'not-sure': 'Unknown',
};

/**
 * The age groups of the published statistics.
 *
 * @example
 * ```ts
 * import { AGE_GROUPS } from '@antislavery/model';
 *
 * AGE_GROUPS;
 * //=> ['adult', 'child', 'not-specified-or-unknown']
 * ```
 */
export const AGE_GROUPS = ['adult', 'child', 'not-specified-or-unknown'] as const;

/**
 * One of the published age groups.
 *
 * @example
 * ```ts
 * import type { AgeGroup } from '@antislavery/model';
 *
 * const group: AgeGroup = 'child';
 * ```
 */
export type AgeGroup = (typeof AGE_GROUPS)[number];

/**
 * Zod schema accepting exactly one published age group.
 *
 * @example
 * ```ts
 * import { ageGroupSchema } from '@antislavery/model';
 *
 * ageGroupSchema.safeParse('adult').success;
 * //=> true
 * ```
 */
export const ageGroupSchema = z.enum(AGE_GROUPS, { error: 'Select an age group' });

/**
 * The published statistics' label for each age group.
 *
 * @example
 * ```ts
 * import { AGE_GROUP_LABELS } from '@antislavery/model';
 *
 * AGE_GROUP_LABELS.child;
 * //=> 'Child (17 or under)'
 * ```
 */
export const AGE_GROUP_LABELS: Readonly<Record<AgeGroup, string>> = {
  adult: 'Adult (18 or over)',
  child: 'Child (17 or under)',
  'not-specified-or-unknown': 'Not specified or unknown',
};

const AGE_GROUP_OF_ANSWER: Readonly<Record<Under18Answer, AgeGroup>> = {
  yes: 'child',
  no: 'adult',
  'not-sure': 'not-specified-or-unknown',
};

/**
 * The published age group of an under-18 answer, as the payload maps it: yes is a child, no is an
 * adult, not sure is not specified or unknown.
 *
 * @param answer - An answer to one of the form's under-18 questions.
 * @throws {@link UnknownVocabularyValueError} if `answer` is not an under-18 answer (unchecked input).
 * @example
 * ```ts
 * import { ageGroupOfAnswer } from '@antislavery/model';
 *
 * ageGroupOfAnswer('no');
 * //=> 'adult'
 * ageGroupOfAnswer('not-sure');
 * //=> 'not-specified-or-unknown'
 * ```
 */
export function ageGroupOfAnswer(answer: Under18Answer): AgeGroup {
  const group = ownValue(AGE_GROUP_OF_ANSWER, answer);
  if (group === undefined)
    throw new UnknownVocabularyValueError('under-18 answer', 'ageGroupOfAnswer(answer)');
  return group;
}

/**
 * The published age group at the time of exploitation, which is what the statistics count, from
 * the form's two under-18 answers. The form asks about the time of exploitation only when the
 * person is an adult now:
 * - under 18 now (`yes`): a child then too, since the exploitation was not later than now;
 * - not sure now: not specified or unknown, since the age then is as uncertain as the age now;
 * - an adult now (`no`): the answer about the time of exploitation decides, and a missing answer
 *   is not specified or unknown.
 *
 * @param now - The answer to "Is the potential victim under 18?".
 * @param duringExploitation - The answer to "Were they under 18 at any time during the
 *   exploitation?", if it was asked.
 * @throws {@link UnknownVocabularyValueError} if an answer is not an under-18 answer (unchecked input).
 * @example
 * ```ts
 * import { ageGroupAtExploitation } from '@antislavery/model';
 *
 * ageGroupAtExploitation('no', 'yes');
 * //=> 'child'
 * ageGroupAtExploitation('yes');
 * //=> 'child'
 * ageGroupAtExploitation('no');
 * //=> 'not-specified-or-unknown'
 * ```
 */
export function ageGroupAtExploitation(now: Under18Answer, duringExploitation?: Under18Answer): AgeGroup {
  const groupNow = ageGroupOfAnswer(now);
  if (groupNow !== 'adult') return groupNow;
  return duringExploitation === undefined ? 'not-specified-or-unknown' : ageGroupOfAnswer(duringExploitation);
}
