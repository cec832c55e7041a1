import { describe, expect, it } from 'vitest';
import { parseCommunityMeeting, parsePartnership } from '../partnership/index.js';
import { wolverhamptonAntiSlaveryPartnership, wolverhamptonPactMeetings } from './wolverhampton.js';

describe('the Wolverhampton PACT meetings', () => {
  it('validate against the community meeting schema unchanged', () => {
    expect(parseCommunityMeeting(wolverhamptonPactMeetings)).toEqual({
      ok: true,
      value: wolverhamptonPactMeetings,
    });
  });

  it('list the five things residents can do at a meeting, starting with setting local priorities', () => {
    expect(wolverhamptonPactMeetings.attendeesCan).toHaveLength(5);
    expect(wolverhamptonPactMeetings.attendeesCan[0]).toBe('Help determine local priorities in your area');
    expect(wolverhamptonPactMeetings.shortName).toBe('PACT');
    expect(wolverhamptonPactMeetings.cadence).toBe('regular');
  });

  it('record no priorities, because the page gives none', () => {
    expect(wolverhamptonPactMeetings.prioritiesSet).toBeUndefined();
  });
});

describe('the Wolverhampton Anti-Slavery Partnership', () => {
  it('validates against the partnership schema unchanged', () => {
    expect(parsePartnership(wolverhamptonAntiSlaveryPartnership)).toEqual({
      ok: true,
      value: wolverhamptonAntiSlaveryPartnership,
    });
  });

  it('is WASP, drawing on the statutory, voluntary and faith sectors', () => {
    expect(wolverhamptonAntiSlaveryPartnership.shortName).toBe('WASP');
    expect(wolverhamptonAntiSlaveryPartnership.membership?.openTo).toEqual(['public', 'voluntary', 'faith']);
  });

  it('works on awareness, training, reporting and data capture, and support after NRM support ends', () => {
    expect(wolverhamptonAntiSlaveryPartnership.aims).toHaveLength(4);
    expect(wolverhamptonAntiSlaveryPartnership.aims?.[3]).toBe(
      'Improve support for victims once they have exited from NRM support',
    );
  });

  it('is represented on the West Midlands regional board', () => {
    expect(wolverhamptonAntiSlaveryPartnership.regionalLinks?.map((link) => link.name)).toEqual([
      'West Midlands Modern Slavery and Human Trafficking Board',
    ]);
  });

  it('holds the city’s PACT meetings', () => {
    expect(wolverhamptonAntiSlaveryPartnership.communityMeetings).toEqual([wolverhamptonPactMeetings]);
  });

  it('keeps the council’s NRM practice as text: adults by MS1 with permission, children via MASH without consent', () => {
    const nrm = wolverhamptonAntiSlaveryPartnership.localPractice?.find(
      (p) => p.topic === 'The National Referral Mechanism (NRM)',
    );
    const text = nrm?.statements.join(' ') ?? '';
    expect(text).toContain(
      'with permission from the adult victim, able to refer them into the NRM using an MS1 form',
    );
    expect(text).toContain('must therefore refer them via MASH');
    expect(text).toContain('Consent is not required for a child to be referred');
    expect(text).toContain('Section 52 of the Act');
  });
});

describe('a malformed copy of the Wolverhampton partnership', () => {
  it('reports a regional link without a name', () => {
    const result = parsePartnership({
      ...wolverhamptonAntiSlaveryPartnership,
      regionalLinks: [{ description: 'Represented' }],
    });
    expect(!result.ok && result.issues).toEqual([
      {
        severity: 'error',
        path: ['regionalLinks', 0, 'name'],
        code: 'model.partnership.regional-links.name.required',
        message: 'Enter the name of the regional body',
      },
    ]);
  });

  it('reports a web address that is not http or https', () => {
    const result = parsePartnership({
      ...wolverhamptonAntiSlaveryPartnership,
      references: [{ title: 'LGA', url: 'javascript:void(0)' }],
    });
    expect(!result.ok && result.issues[0]).toMatchObject({
      path: ['references', 0, 'url'],
      code: 'model.partnership.references.url.invalid-format',
      message: 'Enter a web address starting with https://',
    });
  });
});
