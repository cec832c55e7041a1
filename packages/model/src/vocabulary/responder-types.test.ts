import { describe, expect, it } from 'vitest';
import { UnknownVocabularyValueError } from './errors.js';
import {
  FIRST_RESPONDER_CATEGORIES,
  FIRST_RESPONDER_CATEGORY_LABELS,
  FIRST_RESPONDER_TYPES,
  firstResponderCategoryOf,
  firstResponderCategorySchema,
  isFirstResponderType,
  RESPONDER_TYPE_DETAILS,
  RESPONDER_TYPE_LABELS,
  RESPONDER_TYPES,
  type ResponderType,
  responderTypeSchema,
} from './responder-types.js';

describe('responder types', () => {
  it('are the twelve kinds of organisation or person the pathway deals with', () => {
    expect(RESPONDER_TYPES).toEqual([
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
    ]);
    expect(Object.keys(RESPONDER_TYPE_DETAILS)).toEqual([...RESPONDER_TYPES]);
    expect(Object.keys(RESPONDER_TYPE_LABELS)).toEqual([...RESPONDER_TYPES]);
    expect(RESPONDER_TYPE_LABELS.charity).toBe('Charity (not designated)');
  });

  it('rejects any other type with a plain-English message', () => {
    expect(responderTypeSchema.safeParse('hsc-trust').success).toBe(true);
    expect(responderTypeSchema.safeParse('council').error?.issues[0]?.message).toBe(
      'Select the type of organisation',
    );
  });

  it('count the designated first responder types, and only those, as first responders', () => {
    // Referral rules, "Who may refer": police, local authorities, the Home Office, the NCA, the
    // GLAA, HSC Trusts and designated charities; the NHS, other charities, businesses and the public
    // pass the case on.
    expect(FIRST_RESPONDER_TYPES).toEqual([
      'local-authority',
      'police',
      'national-crime-agency',
      'glaa',
      'home-office',
      'hsc-trust',
      'designated-charity',
    ]);
    for (const type of ['nhs', 'other-public-body', 'charity', 'business', 'member-of-public'] as const) {
      expect(isFirstResponderType(type)).toBe(false);
    }
    expect(isFirstResponderType('glaa')).toBe(true);
  });

  it('place each first responder type in a published category, and no other type in any', () => {
    expect(firstResponderCategoryOf('local-authority')).toBe('local-authority');
    expect(firstResponderCategoryOf('police')).toBe('police');
    expect(firstResponderCategoryOf('designated-charity')).toBe('ngo-and-third-sector');
    for (const type of ['national-crime-agency', 'glaa', 'home-office', 'hsc-trust'] as const) {
      expect(firstResponderCategoryOf(type)).toBe('government-agency');
    }
    for (const type of RESPONDER_TYPES) {
      expect(firstResponderCategoryOf(type) !== undefined).toBe(isFirstResponderType(type));
    }
  });

  it('label the published categories as the statistics do', () => {
    expect(FIRST_RESPONDER_CATEGORIES.map((category) => FIRST_RESPONDER_CATEGORY_LABELS[category])).toEqual([
      'Government agency',
      'NGO and third sector',
      'Police',
      'Local Authority',
    ]);
    expect(firstResponderCategorySchema.safeParse('ngo').error?.issues[0]?.message).toBe(
      'Select a first responder category',
    );
  });

  it('throws a typed error, without the value, for a type outside the vocabulary', () => {
    const call = () => isFirstResponderType('GP surgery' as ResponderType);
    expect(call).toThrow(UnknownVocabularyValueError);
    expect(call).toThrow('isFirstResponderType(type)');
    expect(call).not.toThrow(/GP surgery/);
    expect(() => firstResponderCategoryOf('hasOwnProperty' as ResponderType)).toThrow(
      'firstResponderCategoryOf(type)',
    );
  });
});
