import { describe, expect, it } from 'vitest';
import { parsePartnership } from './parse.js';

const base = { id: 'example', name: 'Example Partnership', area: 'Exampleshire', jurisdiction: 'england' };
const subGroup = (id: string, pillars: string[]) => ({
  id,
  name: id,
  pillars: pillars.map((pillar) => ({ pillar, wording: pillar })),
});

describe('partnerships', () => {
  it('report an annual report that names a sub-group the partnership does not have', () => {
    const result = parsePartnership({
      ...base,
      subGroups: [subGroup('pursue-and-prevent', ['pursue', 'prevent'])],
      annualReports: [
        {
          period: { from: '2016', to: '2017' },
          achievements: [
            { subGroup: 'pursue-and-prevent', items: ['Operation established'] },
            { subGroup: 'awareness-raising', items: ['Training delivered'] },
          ],
        },
      ],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['annualReports', 0, 'achievements', 1, 'subGroup'],
        code: 'model.partnership.annual-reports.achievements.sub-group.unknown',
        message: 'Select one of the partnership’s sub-groups',
      },
    ]);
  });

  it('report sub-group and community meeting ids used twice', () => {
    const meeting = {
      id: 'pact',
      name: 'PACT',
      area: 'Exampletown',
      description: 'Meetings',
      attendeesCan: ['Meet'],
    };
    const result = parsePartnership({
      ...base,
      subGroups: [subGroup('awareness', ['protect']), subGroup('awareness', ['prepare'])],
      communityMeetings: [meeting, meeting],
    });
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code, issue.message])).toEqual([
      [
        ['subGroups', 1, 'id'],
        'model.partnership.sub-groups.id.duplicate',
        'Give each sub-group a different id',
      ],
      [
        ['communityMeetings', 1, 'id'],
        'model.partnership.community-meetings.id.duplicate',
        'Give each community meeting a different id',
      ],
    ]);
  });

  it('report a P a sub-group or the vision lists twice', () => {
    const result = parsePartnership({
      ...base,
      vision: {
        statement: 'Working together',
        pillars: [
          { pillar: 'pursue', wording: 'a' },
          { pillar: 'pursue', wording: 'b' },
        ],
      },
      subGroups: [subGroup('protect-and-prepare', ['protect', 'prepare', 'protect'])],
    });
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.code])).toEqual([
      [['vision', 'pillars', 1, 'pillar'], 'model.partnership.vision.pillars.pillar.duplicate'],
      [['subGroups', 0, 'pillars', 2, 'pillar'], 'model.partnership.sub-groups.pillars.pillar.duplicate'],
    ]);
  });

  it('report outcome ids used twice', () => {
    const outcome = {
      id: 'raise-awareness',
      description: 'Raise awareness',
      measures: [
        {
          id: 'survey-awareness',
          description: 'Awareness reported in surveys',
          metricId: 'awareness.surveys',
          direction: 'increase',
          source: 'entered',
        },
      ],
    };
    const result = parsePartnership({
      ...base,
      outcomes: [outcome, { ...outcome, measures: [{ ...outcome.measures[0], id: 'other' }] }],
    });
    expect(!result.ok && result.issues.map((issue) => issue.code)).toEqual([
      'model.partnership.outcomes.id.duplicate',
    ]);
  });

  it('need the steering group’s role and chair, and how members are appointed when appointment is given', () => {
    const result = parsePartnership({
      ...base,
      steeringGroup: { role: 'Strategic leadership', appointment: { criteria: [] } },
    });
    expect(!result.ok && result.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [['steeringGroup', 'chair'], 'Enter who chairs the steering group'],
      [['steeringGroup', 'appointment', 'method'], 'Enter how members are appointed'],
      [['steeringGroup', 'appointment', 'criteria'], 'Enter at least one criterion for appointment'],
    ]);
  });

  it('need priorities numbered from 1 with a period', () => {
    const result = parsePartnership({
      ...base,
      priorities: { items: [{ number: 1, text: 'Provide victim support' }] },
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['priorities', 'period'],
      code: 'model.partnership.priorities.period.required',
      message: 'Enter the period',
    });
  });

  it('need a jurisdiction from the four UK nations', () => {
    const result = parsePartnership({ ...base, jurisdiction: 'isle-of-man' });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['jurisdiction'],
      code: 'model.partnership.jurisdiction.invalid-option',
      message: 'Select England, Wales, Scotland or Northern Ireland',
    });
  });

  it('need meetings to say how often, from the list', () => {
    const result = parsePartnership({ ...base, meetings: { cadence: 'termly' } });
    expect(!result.ok && result.issues[0]?.code).toBe('model.partnership.meetings.cadence.invalid-option');
  });
});
