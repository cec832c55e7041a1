import { describe, expect, it } from 'vitest';
import {
  ADULT_OR_CHILD_PAYLOAD,
  ADULT_OR_CHILD_PAYLOAD_VALUES,
  AGE_GROUP_LABELS,
  AGE_GROUPS,
  ageGroupAtExploitation,
  ageGroupOfAnswer,
  ageGroupSchema,
  UNDER_18_ANSWER_LABELS,
  UNDER_18_ANSWERS,
  type Under18Answer,
  under18AnswerSchema,
} from './age-groups.js';
import { UnknownVocabularyValueError } from './errors.js';

describe('under-18 answers', () => {
  it('are the form’s yes, no and not sure', () => {
    expect(UNDER_18_ANSWERS).toEqual(['yes', 'no', 'not-sure']);
    expect(UNDER_18_ANSWER_LABELS).toEqual({ yes: 'Yes', no: 'No', 'not-sure': 'Not sure' });
  });

  it('rejects any other answer with a plain-English message', () => {
    expect(under18AnswerSchema.safeParse('not-sure').success).toBe(true);
    const result = under18AnswerSchema.safeParse('unknown');
    expect(result.error?.issues[0]?.message).toBe('Select if the potential victim is under 18');
  });

  it('are sent in the payload as yes Child, no Adult, not sure Unknown', () => {
    expect(ADULT_OR_CHILD_PAYLOAD).toEqual({ yes: 'Child', no: 'Adult', 'not-sure': 'Unknown' });
    expect([...ADULT_OR_CHILD_PAYLOAD_VALUES].sort()).toEqual(['Adult', 'Child', 'Unknown']);
  });
});

describe('published age groups', () => {
  it('are labelled as the statistics publish them', () => {
    expect(AGE_GROUPS.map((group) => AGE_GROUP_LABELS[group])).toEqual([
      'Adult (18 or over)',
      'Child (17 or under)',
      'Not specified or unknown',
    ]);
    expect(ageGroupSchema.safeParse('child').success).toBe(true);
    expect(ageGroupSchema.safeParse('Child').error?.issues[0]?.message).toBe('Select an age group');
  });

  it('follow the payload mapping from the form’s answer', () => {
    expect(ageGroupOfAnswer('yes')).toBe('child');
    expect(ageGroupOfAnswer('no')).toBe('adult');
    expect(ageGroupOfAnswer('not-sure')).toBe('not-specified-or-unknown');
  });

  it('throws a typed error, without the value, for an answer outside the vocabulary', () => {
    const call = () => ageGroupOfAnswer('17' as Under18Answer);
    expect(call).toThrow(UnknownVocabularyValueError);
    expect(call).toThrow('ageGroupOfAnswer(answer)');
    expect(call).not.toThrow(/17/);
  });
});

describe('age group at the time of exploitation', () => {
  it('treats a person under 18 now as a child during the exploitation, whatever else is said', () => {
    expect(ageGroupAtExploitation('yes')).toBe('child');
    expect(ageGroupAtExploitation('yes', 'no')).toBe('child');
  });

  it('treats a person whose age now is uncertain as of unknown age during the exploitation', () => {
    expect(ageGroupAtExploitation('not-sure')).toBe('not-specified-or-unknown');
    expect(ageGroupAtExploitation('not-sure', 'yes')).toBe('not-specified-or-unknown');
  });

  it('takes an adult’s answer about the time of exploitation', () => {
    expect(ageGroupAtExploitation('no', 'yes')).toBe('child');
    expect(ageGroupAtExploitation('no', 'no')).toBe('adult');
    expect(ageGroupAtExploitation('no', 'not-sure')).toBe('not-specified-or-unknown');
  });

  it('treats an adult with no answer about the time of exploitation as unknown', () => {
    expect(ageGroupAtExploitation('no')).toBe('not-specified-or-unknown');
  });

  it('throws a typed error for a bad answer in either place', () => {
    expect(() => ageGroupAtExploitation('adult' as Under18Answer)).toThrow(UnknownVocabularyValueError);
    expect(() => ageGroupAtExploitation('no', 'adult' as Under18Answer)).toThrow(UnknownVocabularyValueError);
  });
});
