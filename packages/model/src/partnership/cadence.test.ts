import { describe, expect, it } from 'vitest';
import { CADENCE_LABELS, CADENCES, cadenceSchema } from './cadence.js';

describe('cadences', () => {
  it('cover the frequencies the documents use: quarterly, annual review, regularly and as required', () => {
    for (const used of ['quarterly', 'annual', 'regular', 'as-required']) expect(CADENCES).toContain(used);
  });

  it('label every cadence', () => {
    expect(Object.keys(CADENCE_LABELS)).toEqual([...CADENCES]);
    expect(CADENCE_LABELS['as-required']).toBe('As required');
  });

  it('reject a frequency that is not listed with a message naming the choices', () => {
    expect(cadenceSchema.safeParse('fortnightly').error?.issues[0]?.message).toBe(
      'Select how often: monthly, quarterly, six-monthly, annual, regular or as required',
    );
  });
});
