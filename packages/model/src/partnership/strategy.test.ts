import { describe, expect, it } from 'vitest';
import { parseStrategy } from './parse.js';

const strategy = {
  id: 'example-2020-2022',
  title: 'Example Modern Slavery Strategy 2020 - 2022',
  area: 'Exampleshire',
  period: { from: '2020', to: '2022' },
  owner: 'Modern Slavery Working Group',
  vision: ['To understand the prevalence of modern slavery'],
  aims: ['Identify those at risk of becoming victims'],
  objectives: [{ pillar: 'prevent', heading: 'Prevention', actions: ['Raise awareness with the public'] }],
  governance: ['The working group oversees the response of agencies.'],
  partnershipApproach: { statements: ['We work regionally and nationally.'] },
  monitoring: { reviewCycle: 'annual' },
};

describe('strategies', () => {
  it('accept a strategy with one objective', () => {
    expect(parseStrategy(strategy)).toEqual({ ok: true, value: strategy });
  });

  it('report a period that ends before it starts', () => {
    const result = parseStrategy({ ...strategy, period: { from: '2022', to: '2020' } });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['period', 'to'],
        code: 'model.strategy.period.to.before-start',
        message: 'The end of the period must be the same as or after the start',
      },
    ]);
  });

  it('give each P at most one objective', () => {
    const result = parseStrategy({
      ...strategy,
      objectives: [
        ...strategy.objectives,
        { pillar: 'prevent', heading: 'Prevent again', actions: ['More'] },
      ],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['objectives', 1, 'pillar'],
        code: 'model.strategy.objectives.pillar.duplicate',
        message: 'Give each P only one objective',
      },
    ]);
  });

  it('need the "we will" actions of each objective', () => {
    const result = parseStrategy({
      ...strategy,
      objectives: [{ pillar: 'pursue', heading: 'Pursue', actions: [] }],
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['objectives', 0, 'actions'],
      message: 'Enter at least one action for the P',
    });
  });

  it('reject a P that is not one of the four', () => {
    const result = parseStrategy({
      ...strategy,
      objectives: [{ pillar: 'partnership', heading: 'Partnership', actions: ['x'] }],
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['objectives', 0, 'pillar'],
      code: 'model.strategy.objectives.pillar.invalid-option',
      message: 'Select Pursue, Prevent, Protect or Prepare',
    });
  });

  it('need something in the partnership approach', () => {
    const result = parseStrategy({ ...strategy, partnershipApproach: {} });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['partnershipApproach'],
        code: 'model.strategy.partnership-approach.required',
        message: 'Enter the partnership approach',
      },
    ]);
  });

  it('need a review cycle from the list', () => {
    const result = parseStrategy({ ...strategy, monitoring: { reviewCycle: 'yearly' } });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['monitoring', 'reviewCycle'],
      code: 'model.strategy.monitoring.review-cycle.invalid-option',
    });
  });
});
