import { describe, expect, it } from 'vitest';
import {
  COMPETENT_AUTHORITIES,
  COMPETENT_AUTHORITY_ABBREVIATIONS,
  COMPETENT_AUTHORITY_LABELS,
  competentAuthoritySchema,
} from './competent-authorities.js';

describe('competent authorities', () => {
  it('are the SCA and the IECA, named as the statistics name them', () => {
    expect(COMPETENT_AUTHORITIES).toEqual(['sca', 'ieca']);
    expect(COMPETENT_AUTHORITY_LABELS).toEqual({
      sca: 'Single Competent Authority (SCA)',
      ieca: 'Immigration Enforcement Competent Authority (IECA)',
    });
    expect(COMPETENT_AUTHORITY_ABBREVIATIONS).toEqual({ sca: 'SCA', ieca: 'IECA' });
  });

  it('rejects any other authority with a plain-English message', () => {
    expect(competentAuthoritySchema.safeParse('ieca').success).toBe(true);
    expect(competentAuthoritySchema.safeParse('IECA').error?.issues[0]?.message).toBe(
      'Select the competent authority',
    );
  });
});
