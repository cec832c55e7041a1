import { describe, expect, it } from 'vitest';
import { formatIssueLine, formatIssuePath } from './issue-lines.js';

describe('formatIssuePath', () => {
  it('writes properties with dots and list positions in brackets', () => {
    expect(formatIssuePath(['person', 'dateOfBirth'])).toBe('person.dateOfBirth');
    expect(formatIssuePath(['locations', 'ukCities', 2])).toBe('locations.ukCities[2]');
    expect(formatIssuePath([0, 'name'])).toBe('[0].name');
  });

  it('names the root', () => {
    expect(formatIssuePath([])).toBe('(the whole record)');
    expect(formatIssuePath([], '(the file)')).toBe('(the file)');
  });
});

describe('formatIssueLine', () => {
  it('gives where, what to do and the code', () => {
    const issue = {
      path: ['exploitationTypes'],
      code: 'case-record.exploitation-types.required',
      message: 'Select at least one type of exploitation',
    };
    expect(formatIssueLine(issue)).toBe(
      'exploitationTypes: Select at least one type of exploitation [case-record.exploitation-types.required]',
    );
    expect(formatIssueLine(issue, 'Row 3, column Types')).toBe(
      'Row 3, column Types: Select at least one type of exploitation [case-record.exploitation-types.required]',
    );
  });
});
