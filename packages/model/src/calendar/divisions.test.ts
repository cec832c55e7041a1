import { describe, expect, it } from 'vitest';
import { JURISDICTIONS } from '../vocabulary/jurisdictions.js';
import { divisionSchema } from './division-schema.js';
import { DIVISION_LABELS, DIVISIONS, divisionOf } from './divisions.js';
import { InvalidCalendarArgumentError } from './errors.js';

describe('divisions', () => {
  it('spells the divisions as GOV.UK’s bank-holidays JSON does, with labels for each', () => {
    expect(DIVISIONS).toEqual(['england-and-wales', 'scotland', 'northern-ireland']);
    expect(DIVISION_LABELS).toEqual({
      'england-and-wales': 'England and Wales',
      scotland: 'Scotland',
      'northern-ireland': 'Northern Ireland',
    });
  });

  it('accepts a division and rejects a jurisdiction with a plain-English message', () => {
    expect(divisionSchema.safeParse('northern-ireland').success).toBe(true);
    const result = divisionSchema.safeParse('wales');
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Select England and Wales, Scotland or Northern Ireland');
  });
});

describe('divisionOf', () => {
  it('puts England and Wales together and Scotland and Northern Ireland on their own', () => {
    expect(JURISDICTIONS.map(divisionOf)).toEqual([
      'england-and-wales',
      'england-and-wales',
      'scotland',
      'northern-ireland',
    ]);
  });

  it('throws a typed error naming the argument for anything else, including prototype keys', () => {
    for (const bad of ['England', 'england-and-wales', 'toString', '__proto__', '', undefined, 1]) {
      expect(() => divisionOf(bad as never)).toThrow(InvalidCalendarArgumentError);
    }
    expect(() => divisionOf('toString' as never)).toThrow(
      'divisionOf(jurisdiction): expected one of england, wales, scotland or northern-ireland',
    );
  });
});
