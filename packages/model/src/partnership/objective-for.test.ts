import { describe, expect, it } from 'vitest';
import { objectiveFor } from './objective-for.js';

describe('objectiveFor', () => {
  const strategy = {
    objectives: [
      { pillar: 'prevent' as const, heading: 'Prevention', actions: ['Raise awareness'] },
      { pillar: 'pursue' as const, heading: 'Pursue', actions: ['Disrupt'] },
    ],
  };

  it('gives the strategy’s objective for a P', () => {
    expect(objectiveFor(strategy, 'pursue')?.heading).toBe('Pursue');
  });

  it('gives undefined for a P the strategy has no objective for', () => {
    expect(objectiveFor(strategy, 'prepare')).toBeUndefined();
  });
});
