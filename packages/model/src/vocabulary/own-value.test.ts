import { describe, expect, it } from 'vitest';
import { ageGroupOfAnswer } from './age-groups.js';
import { UnknownVocabularyValueError } from './errors.js';
import { publishedGenderOf } from './genders.js';
import { ownValue } from './own-value.js';

describe('ownValue', () => {
  const labels: Readonly<Record<string, string>> = { yes: 'Yes', no: 'No' };

  it('finds the value under an own key', () => {
    expect(ownValue(labels, 'yes')).toBe('Yes');
  });

  it('finds nothing under an inherited name such as toString or __proto__', () => {
    expect(ownValue(labels, 'toString')).toBeUndefined();
    expect(ownValue(labels, '__proto__')).toBeUndefined();
  });

  it('finds nothing for a key that is not a string, even one that would turn into an own key', () => {
    expect(ownValue(labels, ['yes'] as never)).toBeUndefined();
    expect(ownValue({ 1: 'one' }, 1 as never)).toBeUndefined();
    expect(ownValue(labels, Symbol('yes') as never)).toBeUndefined();
  });

  it('lets a helper given an array nested thousands deep throw its typed error, not overflow the stack', () => {
    let deep: unknown = 'no';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(() => ageGroupOfAnswer(deep as never)).toThrow(UnknownVocabularyValueError);
    expect(() => publishedGenderOf(deep as never)).toThrow(UnknownVocabularyValueError);
  });
});
