/**
 * Thrown when a vocabulary helper is given a value that is not in its vocabulary, which a typed
 * caller cannot do: it means unchecked input reached the helper without going through the
 * vocabulary's zod schema first. The message names the vocabulary and the helper, never the value
 * itself (it may be personal data typed into the wrong field).
 *
 * @example
 * ```ts
 * import { publishedGenderOf, UnknownVocabularyValueError } from '@antislavery/model';
 * import type { Gender } from '@antislavery/model';
 *
 * try {
 *   publishedGenderOf('F' as Gender);
 * } catch (error) {
 *   error instanceof UnknownVocabularyValueError;
 *   //=> true
 * }
 * ```
 */
export class UnknownVocabularyValueError extends TypeError {
  /** Stable code for programs: always `model.vocabulary.unknown-value`. */
  readonly code = 'model.vocabulary.unknown-value' as const;
  /** The vocabulary the value should have come from, for example `gender`. */
  readonly vocabulary: string;
  /** Where the bad value was given, for example `publishedGenderOf(gender)`. */
  readonly where: string;

  constructor(vocabulary: string, where: string) {
    super(`${where}: expected a value from the ${vocabulary} vocabulary; parse input with its schema first`);
    this.name = 'UnknownVocabularyValueError';
    this.vocabulary = vocabulary;
    this.where = where;
  }
}
