import { describe, expect, it } from 'vitest';
import { memberSchema, membershipSchema } from './member.js';
import { referenceSchema } from './reference.js';
import { reportingContactSchema } from './reporting-contact.js';

describe('reporting contacts', () => {
  it('accept the numbers the Cheshire news item gives', () => {
    for (const telephone of ['101', '0800 555 111', '0800 0121 700', '+44 800 0121 700']) {
      expect(reportingContactSchema.safeParse({ name: 'Contact', telephone }).success).toBe(true);
    }
  });

  it('reject a number that is not digits and spaces', () => {
    for (const telephone of ['call 101', '0800-555-111', '1', ' ']) {
      const issue = reportingContactSchema.safeParse({ name: 'Contact', telephone }).error?.issues[0];
      expect(issue?.path).toEqual(['telephone']);
      expect([
        'Enter a telephone number in digits, like 0800 0121 700',
        'Enter the telephone number',
      ]).toContain(issue?.message);
    }
  });

  it('ask whether reports can be anonymous as yes or no', () => {
    expect(
      reportingContactSchema.safeParse({ name: 'Crimestoppers', telephone: '0800 555 111', anonymous: 'yes' })
        .error?.issues[0]?.message,
    ).toBe('Select whether reports can be made anonymously');
  });
});

describe('members and membership', () => {
  it('need a name and a listed sector, and take a real join date', () => {
    expect(
      memberSchema.safeParse({ name: 'Example Council', sector: 'statutory' }).error?.issues[0]?.message,
    ).toBe('Select a sector');
    expect(
      memberSchema.safeParse({ name: 'Example Council', sector: 'public', joined: '2019-02-29' }).error
        ?.issues[0]?.message,
    ).toBe('Enter a real date in the format YYYY-MM-DD');
    expect(
      memberSchema.safeParse({ name: 'Example Council', sector: 'public', joined: '2020-02-29' }).success,
    ).toBe(true);
  });

  it('need at least one sector when the sectors are listed', () => {
    expect(
      membershipSchema.safeParse({ statement: 'Open to all', openTo: [] }).error?.issues[0]?.message,
    ).toBe('Select at least one sector');
  });
});

describe('references', () => {
  it('take only web addresses starting http or https', () => {
    expect(referenceSchema.safeParse({ title: 'Guidance', url: 'https://www.gov.uk/' }).success).toBe(true);
    for (const url of ['javascript:alert(1)', 'ftp://example.org', 'www.gov.uk']) {
      expect(referenceSchema.safeParse({ title: 'Guidance', url }).error?.issues[0]?.message).toBe(
        'Enter a web address starting with https://',
      );
    }
  });
});
