import { describe, expect, it } from 'vitest';
import { UnknownVocabularyValueError } from './errors.js';
import {
  GENDER_LABELS,
  GENDERS,
  type Gender,
  genderSchema,
  PUBLISHED_GENDER_LABELS,
  PUBLISHED_GENDERS,
  publishedGenderOf,
  publishedGenderSchema,
} from './genders.js';

describe('genders', () => {
  it('are the form’s female, male and unknown, labelled as the form labels them', () => {
    expect(GENDERS).toEqual(['female', 'male', 'unknown']);
    expect(GENDER_LABELS).toEqual({
      female: 'Female',
      male: 'Male',
      unknown: 'They do not identify as male or female',
    });
  });

  it('rejects any other answer with a plain-English message', () => {
    expect(genderSchema.safeParse('male').success).toBe(true);
    expect(genderSchema.safeParse('other').error?.issues[0]?.message).toBe('Select their gender');
    expect(genderSchema.safeParse(1).success).toBe(false);
  });

  it('are published as Female, Male and Other', () => {
    expect(PUBLISHED_GENDERS.map((gender) => PUBLISHED_GENDER_LABELS[gender])).toEqual([
      'Female',
      'Male',
      'Other',
    ]);
    expect(publishedGenderSchema.safeParse('other').success).toBe(true);
    expect(publishedGenderSchema.safeParse('unknown').error?.issues[0]?.message).toBe(
      'Select a gender category',
    );
  });

  it('map a person who does not identify as male or female to Other', () => {
    expect(publishedGenderOf('female')).toBe('female');
    expect(publishedGenderOf('male')).toBe('male');
    expect(publishedGenderOf('unknown')).toBe('other');
  });

  it('throws a typed error, without the value, for a value outside the vocabulary', () => {
    const call = () => publishedGenderOf('nonbinary' as Gender);
    expect(call).toThrow(UnknownVocabularyValueError);
    expect(call).toThrow('publishedGenderOf(gender)');
    expect(call).not.toThrow(/nonbinary/);
    expect(() => publishedGenderOf('__proto__' as Gender)).toThrow(UnknownVocabularyValueError);
  });
});
