import { describe, expect, it } from 'vitest';
import { InvalidLocalPathwayError } from './errors.js';
import { localOverlay } from './local-overlay.js';
import { defineLocalPathway, validateLocalPathway } from './local-pathway.js';
import { derbyAndDerbyshireLocalPathway } from './local-pathways/derby-and-derbyshire.js';
import { wolverhamptonLocalPathway } from './local-pathways/wolverhampton.js';

const codes = (input: unknown) => {
  const result = validateLocalPathway(input);
  return result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path.join('.'), issue.message]);
};

describe('local pathways', () => {
  it('accepts the two worked local pathways as they are', () => {
    expect(codes(wolverhamptonLocalPathway)).toEqual([]);
    expect(codes(derbyAndDerbyshireLocalPathway)).toEqual([]);
  });

  it('returns a frozen copy from defineLocalPathway', () => {
    const local = defineLocalPathway({ ...wolverhamptonLocalPathway });
    expect(Object.isFrozen(local)).toBe(true);
    expect(Object.isFrozen(local.contacts?.childrensServices)).toBe(true);
  });

  it('has no way to disable or replace a national rule', () => {
    expect(
      codes({ name: 'A council', jurisdiction: 'england', disable: [{ id: 'child.nrm-referral' }] }),
    ).toEqual([
      ['local-pathway.unknown-field', 'disable', 'Remove this field: a local pathway does not have it'],
    ]);
    expect(codes({ name: 'A council', jurisdiction: 'england', replace: [] })[0]?.[0]).toBe(
      'local-pathway.unknown-field',
    );
  });

  it('adds rules and nothing else to the national rules', () => {
    const overlay = localOverlay(wolverhamptonLocalPathway);
    expect(overlay.replace).toBeUndefined();
    expect(overlay.disable).toBeUndefined();
    expect(overlay.parameters).toBeUndefined();
    expect(overlay.add?.map((rule) => rule.id)).toEqual([
      'local.child-nrm-referral-by-childrens-services',
      'local.keep-child-and-family-updated',
    ]);
  });

  it('checks contacts: a telephone number in digits, an email address and an https web address', () => {
    expect(
      codes({
        name: 'A council',
        jurisdiction: 'england',
        contacts: {
          childrensServices: {
            name: 'MASH',
            phone: 'ring the MASH',
            email: 'mash at council',
            url: 'http://example.org',
          },
        },
      }),
    ).toEqual([
      [
        'local-pathway.contacts.childrens-services.phone.invalid',
        'contacts.childrensServices.phone',
        'Enter a telephone number in digits, like 0800 0121 700',
      ],
      [
        'local-pathway.contacts.childrens-services.email.invalid',
        'contacts.childrensServices.email',
        'Enter an email address in the correct format, like name@example.gov.uk',
      ],
      [
        'local-pathway.contacts.childrens-services.url.invalid',
        'contacts.childrensServices.url',
        'Enter a web address that starts with https://',
      ],
    ]);
  });

  it('requires a name and a nation', () => {
    expect(codes({})).toEqual([
      ['local-pathway.name.required', 'name', 'Enter the name of the local pathway'],
      [
        'local-pathway.jurisdiction.required',
        'jurisdiction',
        'Select England, Wales, Scotland or Northern Ireland',
      ],
    ]);
    expect(codes('Wolverhampton')).toEqual([['local-pathway.invalid', '', 'Enter the local pathway']]);
  });

  it('refuses two steps with the same id, and a step whose contact role the pathway does not give', () => {
    expect(
      codes({
        name: 'A council',
        jurisdiction: 'england',
        steps: [
          {
            id: 'tell-partnership',
            description: 'Tell the partnership',
            for: 'everyone',
            contact: 'antiSlaveryPartnership',
          },
          { id: 'tell-partnership', description: 'Tell them again', for: 'adults' },
        ],
      }),
    ).toEqual([
      [
        'local-pathway.steps.contact.unknown-contact',
        'steps.0.contact',
        'Enter the contact in contacts, or give the contact here',
      ],
      ['local-pathway.steps.id.duplicate', 'steps.1.id', 'Enter a different id: each step needs its own'],
    ]);
  });

  it('throws a typed error listing the issues from defineLocalPathway', () => {
    expect(() => defineLocalPathway({ name: 'A council', jurisdiction: 'England' })).toThrow(
      InvalidLocalPathwayError,
    );
    try {
      defineLocalPathway({ name: 'A council', jurisdiction: 'England' });
    } catch (error) {
      expect((error as InvalidLocalPathwayError).message).toBe(
        'The local pathway details are not valid: Select England, Wales, Scotland or Northern Ireland (at jurisdiction)',
      );
    }
  });
});
