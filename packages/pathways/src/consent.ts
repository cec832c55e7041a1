import * as z from 'zod';

/**
 * The answers to "Does the potential victim consent to having their case referred to the NRM?",
 * with `not-sought` for an adult who has not been asked yet. Consent is asked of adults only: a
 * child is referred without it.
 *
 * @example
 * ```ts
 * import { CONSENT_ANSWERS } from '@antislavery/pathways';
 *
 * CONSENT_ANSWERS;
 * //=> ['given', 'refused', 'not-sought']
 * ```
 */
export const CONSENT_ANSWERS = ['given', 'refused', 'not-sought'] as const;

/**
 * One of the {@link CONSENT_ANSWERS}.
 *
 * @example
 * ```ts
 * import type { ConsentAnswer } from '@antislavery/pathways';
 *
 * const consent: ConsentAnswer = 'refused';
 * ```
 */
export type ConsentAnswer = (typeof CONSENT_ANSWERS)[number];

/**
 * Zod schema accepting exactly one consent answer.
 *
 * @example
 * ```ts
 * import { consentAnswerSchema } from '@antislavery/pathways';
 *
 * consentAnswerSchema.safeParse('yes').error?.issues[0]?.message;
 * //=> 'Select if the potential victim consents to being referred to the NRM'
 * ```
 */
export const consentAnswerSchema = z.enum(CONSENT_ANSWERS, {
  error: 'Select if the potential victim consents to being referred to the NRM',
});

/**
 * Display labels for the consent answers.
 *
 * @example
 * ```ts
 * import { CONSENT_ANSWER_LABELS } from '@antislavery/pathways';
 *
 * CONSENT_ANSWER_LABELS['not-sought'];
 * //=> 'Not asked yet'
 * ```
 */
export const CONSENT_ANSWER_LABELS: Readonly<Record<ConsentAnswer, string>> = {
  given: 'Yes, they consent',
  refused: 'No, they do not consent',
  'not-sought': 'Not asked yet',
};
