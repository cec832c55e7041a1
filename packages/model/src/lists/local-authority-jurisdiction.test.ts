import { describe, expect, it } from 'vitest';
import { LOCAL_AUTHORITIES } from './local-authorities.js';
import { localAuthorityJurisdiction } from './local-authority-jurisdiction.js';

describe('local authority jurisdiction', () => {
  it('places every local authority on the form’s list', () => {
    const counts: Record<string, number> = {};
    for (const name of LOCAL_AUTHORITIES) {
      const nation = localAuthorityJurisdiction(name);
      expect(nation, name).toBeDefined();
      counts[String(nation)] = (counts[String(nation)] ?? 0) + 1;
    }
    // 32 Scottish councils; 22 Welsh; Northern Ireland's 11 and the 22 abolished in 2015; the
    // rest of the 451 are English.
    expect(counts).toEqual({ england: 364, wales: 22, scotland: 32, 'northern-ireland': 33 });
  });

  it('places Welsh councils whether or not their names say county borough', () => {
    expect(localAuthorityJurisdiction('Wrexham County Borough Council')).toBe('wales');
    expect(localAuthorityJurisdiction('Rhondda Cynon Taf County Borough Council')).toBe('wales');
    expect(localAuthorityJurisdiction('City of Cardiff Council')).toBe('wales');
    expect(localAuthorityJurisdiction('Isle of Anglesey County Council')).toBe('wales');
  });

  it('places Scottish councils written with or without "The"', () => {
    expect(localAuthorityJurisdiction('The Highland Council')).toBe('scotland');
    expect(localAuthorityJurisdiction('Highland Council')).toBe('scotland');
    expect(localAuthorityJurisdiction('The City of Edinburgh Council')).toBe('scotland');
    expect(localAuthorityJurisdiction('Shetland Islands Council')).toBe('scotland');
  });

  it('places current and abolished Northern Ireland councils in both lists’ spellings', () => {
    expect(localAuthorityJurisdiction('Belfast City Council')).toBe('northern-ireland');
    expect(localAuthorityJurisdiction('Lisburn & Castlereagh City Council')).toBe('northern-ireland');
    expect(localAuthorityJurisdiction('Lisburn and Castlereagh City Council')).toBe('northern-ireland');
    expect(localAuthorityJurisdiction('Antrim and Newtonabbey Borough Council')).toBe('northern-ireland');
    expect(localAuthorityJurisdiction('Derry City Council')).toBe('northern-ireland');
    expect(localAuthorityJurisdiction('Dungannon and South Tyrone Borough Council')).toBe('northern-ireland');
  });

  it('places English councils that look like other nations’ names in England', () => {
    expect(localAuthorityJurisdiction('Newcastle City Council')).toBe('england');
    expect(localAuthorityJurisdiction('Durham County Council')).toBe('england');
    expect(localAuthorityJurisdiction('Bournemouth')).toBe('england');
    expect(localAuthorityJurisdiction('West Midlands Combined Authority')).toBe('england');
  });

  it('returns undefined for a name that is not a listed local authority', () => {
    expect(localAuthorityJurisdiction('Refugee Council')).toBeUndefined();
    expect(localAuthorityJurisdiction('Kent Police')).toBeUndefined();
    expect(localAuthorityJurisdiction('Swansea')).toBeUndefined();
    expect(localAuthorityJurisdiction('The Kent County Council')).toBeUndefined();
  });
});
