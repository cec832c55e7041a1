import { describe, expect, it } from 'vitest';
import { parseCommunityMeeting } from './parse.js';

const meetings = {
  id: 'example-pact',
  name: 'Partners and Communities Together',
  area: 'Exampletown',
  description: 'Residents meet local policing staff and partners.',
  attendeesCan: ['Help determine local priorities in your area'],
};

describe('community meetings', () => {
  it('record the priorities they set with the date each was set', () => {
    const withPriorities = {
      ...meetings,
      prioritiesSet: [
        { priority: 'Nuisance parking near the school', setOn: '2019-05-14', reviewOn: '2019-08-13' },
      ],
    };
    expect(parseCommunityMeeting(withPriorities)).toEqual({ ok: true, value: withPriorities });
  });

  it('need the date a priority was set, as a real date', () => {
    const result = parseCommunityMeeting({
      ...meetings,
      prioritiesSet: [
        { priority: 'Nuisance parking near the school' },
        { priority: 'Anti-social behaviour in the park', setOn: '2019-13-01' },
      ],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['prioritiesSet', 0, 'setOn'],
        code: 'model.community-meeting.priorities-set.set-on.required',
        message: 'Enter the date the priority was set',
      },
      {
        severity: 'error',
        path: ['prioritiesSet', 1, 'setOn'],
        code: 'model.community-meeting.priorities-set.set-on.invalid',
        message: 'Enter a real date in the format YYYY-MM-DD',
      },
    ]);
  });

  it('need at least one thing people can do at a meeting', () => {
    const result = parseCommunityMeeting({ ...meetings, attendeesCan: [] });
    expect(!result.ok && result.issues[0]?.message).toBe(
      'Enter at least one thing people can do at a meeting',
    );
  });
});
