import { describe, expect, it } from 'vitest';
import { UnknownVocabularyValueError } from './errors.js';

describe('UnknownVocabularyValueError', () => {
  it('names the vocabulary and the place, with a stable code', () => {
    const error = new UnknownVocabularyValueError('gender', 'publishedGenderOf(gender)');
    expect(error).toBeInstanceOf(TypeError);
    expect(error.name).toBe('UnknownVocabularyValueError');
    expect(error.code).toBe('model.vocabulary.unknown-value');
    expect(error.vocabulary).toBe('gender');
    expect(error.where).toBe('publishedGenderOf(gender)');
    expect(error.message).toBe(
      'publishedGenderOf(gender): expected a value from the gender vocabulary; parse input with its schema first',
    );
  });
});
