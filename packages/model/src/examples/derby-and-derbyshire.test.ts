import { describe, expect, it } from 'vitest';
import { parsePartnership, pillarsOf, subGroupsCovering } from '../partnership/index.js';
import { derbyAndDerbyshirePartnership as derby } from './derby-and-derbyshire.js';

describe('the Derby and Derbyshire Modern Slavery Partnership', () => {
  it('validates against the partnership schema unchanged', () => {
    expect(parsePartnership(derby)).toEqual({ ok: true, value: derby });
  });

  it('has its vision and the four Ps in its own words', () => {
    expect(derby.vision?.statement).toBe(
      'Working together to fight slavery and support victims of slavery in Derby & Derbyshire.',
    );
    expect(derby.vision?.pillars?.map((p) => p.pillar)).toEqual(['pursue', 'prevent', 'protect', 'prepare']);
  });

  it('is free and open to the public, private and voluntary sectors and individuals', () => {
    expect(derby.membership?.openTo).toEqual(['public', 'private', 'voluntary', 'individual']);
    expect(derby.membership?.statement).toMatch(/^Membership is free and open to all agencies/);
  });

  it('has a steering group of 15 agencies or sectors chaired by the local authority lead for community safety', () => {
    expect(derby.steeringGroup?.chair).toBe('Local Authority Lead for Community Safety');
    expect(derby.steeringGroup?.represented).toHaveLength(15);
    expect(derby.steeringGroup?.represented).toContain('Gangmasters and Labour Abuse Authority');
    expect(derby.steeringGroup?.appointment?.method).toBe(
      'Appointed by the Chair following nomination by partner agencies.',
    );
    expect(derby.steeringGroup?.appointment?.criteria).toHaveLength(4);
    expect(derby.steeringGroup?.termsOfReference).toHaveLength(6);
  });

  it('has a coordinator provided by the two councils, with ten responsibilities', () => {
    expect(derby.coordinator?.providedBy).toBe('Derby City and Derbyshire County Councils');
    expect(derby.coordinator?.responsibilities).toHaveLength(10);
  });

  it('meets quarterly, its sub-groups as required, with no delegated authority', () => {
    expect(derby.meetings?.cadence).toBe('quarterly');
    expect(derby.meetings?.subGroupCadence).toBe('as-required');
    expect(derby.delegatedAuthority).toMatch(
      /have no delegated authority to exercise functions on behalf of any member agencies/,
    );
  });

  it('has seven priorities for 2017 – 2020', () => {
    expect(derby.priorities?.period).toEqual({ from: '2017', to: '2020', label: '2017 – 2020' });
    expect(derby.priorities?.items).toHaveLength(7);
    expect(derby.priorities?.items[0]?.text).toBe(
      'Produce a Risk & Threat Assessment of the nature and types of slavery across the city and county',
    );
    expect(derby.priorities?.items[6]?.text).toBe(
      'Engage businesses to combat slavery and develop ethical practices',
    );
  });

  it('has three sub-groups covering the Ps, with work plans of 8, 3 and 5 items', () => {
    expect(derby.subGroups?.map((g) => [g.name, pillarsOf(g), g.workPlan?.length])).toEqual([
      ['Pursue and Prevent', ['pursue', 'prevent'], 8],
      ['Protect and Prepare', ['protect', 'prepare'], 3],
      ['Awareness Raising', ['protect', 'prepare'], 5],
    ]);
    expect(subGroupsCovering(derby, 'pursue').map((g) => g.id)).toEqual(['pursue-and-prevent']);
  });

  it('reports five achievements for each sub-group in 2016/2017', () => {
    const [report] = derby.annualReports ?? [];
    expect(report?.period.label).toBe('2016/2017');
    expect(report?.achievements.map((a) => [a.subGroup, a.items.length])).toEqual([
      ['pursue-and-prevent', 5],
      ['protect-and-prepare', 5],
      ['awareness-raising', 5],
    ]);
    expect(report?.achievements[0]?.items[0]).toBe('Operation Wilberforce established');
  });
});

describe('a malformed copy of the Derby and Derbyshire partnership', () => {
  it('reports a missing name', () => {
    const { name: _name, ...withoutName } = derby;
    const result = parsePartnership(withoutName);
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['name'],
        code: 'model.partnership.name.required',
        message: 'Enter the partnership name',
      },
    ]);
  });

  it('reports an impossible date in the priorities period', () => {
    const result = parsePartnership({
      ...derby,
      priorities: { ...derby.priorities, period: { from: '2017', to: '2023-02-30' } },
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['priorities', 'period', 'to'],
        code: 'model.partnership.priorities.period.to.invalid',
        message: 'Enter a year, like 2018, or a real date in the format YYYY-MM-DD',
      },
    ]);
  });

  it('reports a meeting cadence that is not listed', () => {
    const result = parsePartnership({ ...derby, meetings: { ...derby.meetings, cadence: 'fortnightly' } });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['meetings', 'cadence'],
        code: 'model.partnership.meetings.cadence.invalid-option',
        message: 'Select how often: monthly, quarterly, six-monthly, annual, regular or as required',
      },
    ]);
  });

  it('reports achievements for a sub-group that does not exist', () => {
    const annualReports = structuredClone(derby.annualReports ?? []);
    Object.assign(annualReports[0]?.achievements[2] ?? {}, { subGroup: 'communications' });
    const result = parsePartnership({ ...derby, annualReports });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['annualReports', 0, 'achievements', 2, 'subGroup'],
        code: 'model.partnership.annual-reports.achievements.sub-group.unknown',
        message: 'Select one of the partnership’s sub-groups',
      },
    ]);
  });

  it('reports a sub-group P that is not one of the four', () => {
    const subGroups = structuredClone(derby.subGroups ?? []);
    Object.assign(subGroups[2]?.pillars[0] ?? {}, { pillar: 'awareness' });
    const result = parsePartnership({ ...derby, subGroups });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['subGroups', 2, 'pillars', 0, 'pillar'],
      code: 'model.partnership.sub-groups.pillars.pillar.invalid-option',
      message: 'Select Pursue, Prevent, Protect or Prepare',
    });
  });
});
