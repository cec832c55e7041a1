import { describe, expect, it } from 'vitest';
import { pillarOf, pillarsOf } from './pillar-of.js';

describe('pillarOf and pillarsOf', () => {
  it('give the P of an action, objective or P statement', () => {
    expect(pillarOf({ pillar: 'prepare' })).toBe('prepare');
    const statement = { pillar: 'pursue' as const, wording: 'Pursue – Prosecuting and disrupting' };
    expect(pillarOf(statement)).toBe('pursue');
  });

  it('give the Ps a sub-group covers in its order', () => {
    expect(
      pillarsOf({
        pillars: [
          { pillar: 'protect', wording: 'Protect' },
          { pillar: 'prepare', wording: 'Prepare' },
        ],
      }),
    ).toEqual(['protect', 'prepare']);
  });
});
