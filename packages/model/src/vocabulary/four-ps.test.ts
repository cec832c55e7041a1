import { describe, expect, it } from 'vitest';
import { FOUR_PS, PILLARS, pillarSchema } from './four-ps.js';

describe('four Ps', () => {
  it('lists Pursue, Prevent, Protect and Prepare in the strategy order', () => {
    expect(FOUR_PS).toEqual(['pursue', 'prevent', 'protect', 'prepare']);
  });

  it('accepts each P and rejects anything else', () => {
    for (const p of FOUR_PS) expect(pillarSchema.safeParse(p).success).toBe(true);
    expect(pillarSchema.safeParse('Pursue').success).toBe(false);
    expect(pillarSchema.safeParse('partnership').success).toBe(false);
  });

  it('gives every P a label and a definition', () => {
    expect(Object.keys(PILLARS).sort()).toEqual([...FOUR_PS].sort());
    for (const p of FOUR_PS) {
      expect(PILLARS[p].label.toLowerCase()).toBe(p);
      expect(PILLARS[p].definition.length).toBeGreaterThan(20);
    }
  });
});
