import { describe, expect, it } from 'vitest';
import { objectiveFor, parseStrategy, periodEnd, periodStart, pillarOf } from '../partnership/index.js';
import { northamptonshireStrategy } from './northamptonshire-strategy.js';

describe('the Northamptonshire strategy 2018-2020', () => {
  it('validates against the strategy schema unchanged', () => {
    expect(parseStrategy(northamptonshireStrategy)).toEqual({ ok: true, value: northamptonshireStrategy });
  });

  it('runs from 2018 to 2020, owned by the Modern Slavery Working Group, replacing the 2015 – 2018 strategy', () => {
    expect(periodStart(northamptonshireStrategy.period)).toBe('2018-01-01');
    expect(periodEnd(northamptonshireStrategy.period)).toBe('2020-12-31');
    expect(northamptonshireStrategy.owner).toBe('Modern Slavery Working Group');
    expect(northamptonshireStrategy.replaces?.title).toBe('NSAB Modern Slavery Strategy 2015 – 2018');
  });

  it('has three vision statements and four aims', () => {
    expect(northamptonshireStrategy.vision).toHaveLength(3);
    expect(northamptonshireStrategy.vision[0]).toBe(
      'To understand the prevalence of Modern Slavery in Northamptonshire',
    );
    expect(northamptonshireStrategy.aims).toHaveLength(4);
  });

  it('has the four Ps as key strategies, each with its "we will" actions', () => {
    expect(
      northamptonshireStrategy.objectives.map((o) => [pillarOf(o), o.heading, o.actions.length]),
    ).toEqual([
      ['prevent', 'Prevention', 4],
      ['protect', 'Protection', 4],
      ['pursue', 'Pursue', 3],
      ['prepare', 'Prepare', 1],
    ]);
    expect(objectiveFor(northamptonshireStrategy, 'prevent')?.actions[0]).toBe(
      'Collect data to analyse prevalence and hot-spots',
    );
    expect(objectiveFor(northamptonshireStrategy, 'prepare')?.actions).toEqual([
      'Provide a framework enabling access to specialist advice to assist management of victims, witnesses, investigations and prosecutions',
    ]);
  });

  it('is reviewed annually by the working group that oversees it', () => {
    expect(northamptonshireStrategy.monitoring.reviewCycle).toBe('annual');
    expect(northamptonshireStrategy.monitoring.overseenBy).toBe('Modern Slavery Working Group');
  });

  it('works in partnership with victims and with communities and organisations', () => {
    expect(northamptonshireStrategy.partnershipApproach.workWith).toHaveLength(2);
    expect(northamptonshireStrategy.governance).toHaveLength(2);
  });

  it('cites the national reports with their publication dates', () => {
    const dated = (northamptonshireStrategy.references ?? []).filter((r) => r.published);
    expect(dated.map((r) => r.published)).toEqual([
      '2017-12-07',
      '2017-10-17',
      '2017-10-16',
      '2016-10-12',
      '2014-11-29',
      '2014-11-29',
    ]);
  });
});

describe('a malformed copy of the Northamptonshire strategy', () => {
  it('reports an impossible publication date at its path', () => {
    const references = structuredClone(northamptonshireStrategy.references ?? []);
    Object.assign(references[1] ?? {}, { published: '2017-02-30' });
    const result = parseStrategy({ ...northamptonshireStrategy, references });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['references', 1, 'published'],
        code: 'model.strategy.references.published.invalid',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
    ]);
  });

  it('reports an unknown review cycle', () => {
    const result = parseStrategy({ ...northamptonshireStrategy, monitoring: { reviewCycle: 'yearly' } });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['monitoring', 'reviewCycle'],
      code: 'model.strategy.monitoring.review-cycle.invalid-option',
      message: 'Select how often: monthly, quarterly, six-monthly, annual, regular or as required',
    });
  });

  it('reports a missing owner', () => {
    const { owner: _owner, ...withoutOwner } = northamptonshireStrategy;
    const result = parseStrategy(withoutOwner);
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['owner'],
        code: 'model.strategy.owner.required',
        message: 'Enter who owns the strategy',
      },
    ]);
  });
});
