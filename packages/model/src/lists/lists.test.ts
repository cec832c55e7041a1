import { describe, expect, it } from 'vitest';
import {
  COUNTRIES,
  countrySchema,
  isCountry,
  isOverseasCountry,
  OVERSEAS_COUNTRIES,
  overseasCountrySchema,
} from './countries.js';
import {
  FIRST_RESPONDER_ORGANISATIONS,
  firstResponderOrganisationSchema,
  isFirstResponderOrganisation,
} from './first-responder-organisations.js';
import { isLocalAuthority, LOCAL_AUTHORITIES, localAuthoritySchema } from './local-authorities.js';
import { isNationality, NATIONALITIES, nationalitySchema } from './nationalities.js';
import { isPoliceForce, POLICE_FORCES, policeForceSchema } from './police-forces.js';
import {
  isUkCityOrTown,
  UK_CITIES_AND_TOWNS,
  UK_CITIES_AND_TOWNS_DISTINCT,
  ukCityOrTownSchema,
} from './uk-cities-and-towns.js';
import { isUkRegion, UK_REGIONS, ukRegionSchema } from './uk-regions.js';

const duplicates = (values: readonly string[]) =>
  [...new Set(values.filter((value, index) => values.indexOf(value) !== index))].sort();

describe('the form’s option lists', () => {
  it('have the form’s counts', () => {
    expect(FIRST_RESPONDER_ORGANISATIONS).toHaveLength(526);
    expect(LOCAL_AUTHORITIES).toHaveLength(451);
    expect(POLICE_FORCES).toHaveLength(47);
    expect(NATIONALITIES).toHaveLength(222);
    expect(COUNTRIES).toHaveLength(197);
    expect(OVERSEAS_COUNTRIES).toHaveLength(196);
    expect(UK_REGIONS).toHaveLength(98);
    expect(UK_CITIES_AND_TOWNS).toHaveLength(1622);
    expect(UK_CITIES_AND_TOWNS_DISTINCT).toHaveLength(1608);
  });

  it('use each value as its own label, so no list but the cities repeats a value', () => {
    for (const list of [
      FIRST_RESPONDER_ORGANISATIONS,
      LOCAL_AUTHORITIES,
      POLICE_FORCES,
      NATIONALITIES,
      COUNTRIES,
      UK_REGIONS,
    ]) {
      expect(duplicates(list)).toEqual([]);
      for (const value of list) expect(value.trim()).not.toBe('');
    }
  });
});

describe('organisations', () => {
  it('leave out the bare UKVI and Immigration Enforcement entries, as the form does', () => {
    expect(FIRST_RESPONDER_ORGANISATIONS).not.toContain('Home Office - UK Visas and Immigration UKVI');
    expect(FIRST_RESPONDER_ORGANISATIONS).not.toContain('Home Office - Immigration Enforcement IE');
  });

  it('hold 23 Home Office units and every police force of the police force list', () => {
    expect(FIRST_RESPONDER_ORGANISATIONS.filter((name) => name.startsWith('Home Office - '))).toHaveLength(
      23,
    );
    for (const force of POLICE_FORCES) expect(FIRST_RESPONDER_ORGANISATIONS).toContain(force);
  });

  it('accept only exact names, with a plain-English message', () => {
    expect(isFirstResponderOrganisation("Barnardo's")).toBe(true);
    expect(isFirstResponderOrganisation('Barnardos')).toBe(false);
    expect(isFirstResponderOrganisation('derby city council')).toBe(false);
    expect(isFirstResponderOrganisation(42)).toBe(false);
    expect(isFirstResponderOrganisation(undefined)).toBe(false);
    expect(firstResponderOrganisationSchema.safeParse('Unseen').success).toBe(true);
    const result = firstResponderOrganisationSchema.safeParse('Home Office - UK Visas and Immigration UKVI');
    expect(result.error?.issues[0]?.message).toBe('Select your organisation from the list');
  });
});

describe('local authorities', () => {
  it('offer abolished Northern Ireland councils and "The ..." Scottish variants as the form does', () => {
    expect(LOCAL_AUTHORITIES).toContain('Derry City Council');
    expect(LOCAL_AUTHORITIES).toContain('Moyle District Council');
    expect(LOCAL_AUTHORITIES).toContain('The City of Edinburgh Council');
    expect(LOCAL_AUTHORITIES).not.toContain('Unknown');
  });

  it('accept only exact names, with a plain-English message', () => {
    expect(isLocalAuthority('Derby City Council')).toBe(true);
    expect(isLocalAuthority('Derby')).toBe(false);
    expect(isLocalAuthority(null)).toBe(false);
    expect(localAuthoritySchema.safeParse('Belfast City Council').success).toBe(true);
    expect(localAuthoritySchema.safeParse('Kent Police').error?.issues[0]?.message).toBe(
      'Select the local authority from the list',
    );
  });
});

describe('police forces', () => {
  it('are the territorial forces, BTP and the National Police Air Service', () => {
    expect(POLICE_FORCES).toContain('British Transport Police');
    expect(POLICE_FORCES).toContain('National Police Air Service');
    expect(POLICE_FORCES).toContain('Police Service of Northern Ireland');
    expect(POLICE_FORCES).not.toContain('Belfast Harbour Police');
  });

  it('accept only exact names, with a plain-English message', () => {
    expect(isPoliceForce('Devon & Cornwall Police')).toBe(true);
    expect(isPoliceForce('Devon and Cornwall Police')).toBe(false);
    expect(isPoliceForce({})).toBe(false);
    expect(policeForceSchema.safeParse('Gwent Police').success).toBe(true);
    expect(policeForceSchema.safeParse('Gwent').error?.issues[0]?.message).toBe(
      'Select the police force from the list',
    );
  });
});

describe('nationalities', () => {
  it('start with Unknown and include British and the four nations', () => {
    expect(NATIONALITIES[0]).toBe('Unknown');
    for (const nationality of ['British', 'English', 'Scottish', 'Welsh', 'Northern Irish', 'Palestinian']) {
      expect(NATIONALITIES).toContain(nationality);
    }
  });

  it('keep the form’s trailing space in "Citizen of Vanuatu "', () => {
    expect(NATIONALITIES).toContain('Citizen of Vanuatu ');
    expect(isNationality('Citizen of Vanuatu ')).toBe(true);
    expect(isNationality('Citizen of Vanuatu')).toBe(false);
  });

  it('accept only exact values, with a plain-English message', () => {
    expect(isNationality(['British'])).toBe(false);
    expect(nationalitySchema.safeParse('Eritrean').success).toBe(true);
    expect(nationalitySchema.safeParse('eritrean').error?.issues[0]?.message).toBe(
      'Select the nationality from the list',
    );
  });
});

describe('countries', () => {
  it('include the United Kingdom and Unknown; the overseas list drops only the United Kingdom', () => {
    expect(COUNTRIES).toContain('United Kingdom');
    expect(COUNTRIES).toContain('Unknown');
    expect(OVERSEAS_COUNTRIES).toEqual(COUNTRIES.filter((country) => country !== 'United Kingdom'));
  });

  it('check membership of either list, with plain-English messages', () => {
    expect(isCountry('Albania')).toBe(true);
    expect(isCountry('Albanian')).toBe(false);
    expect(isOverseasCountry('Albania')).toBe(true);
    expect(isOverseasCountry('United Kingdom')).toBe(false);
    expect(isOverseasCountry(7)).toBe(false);
    expect(countrySchema.safeParse('United Kingdom').success).toBe(true);
    expect(countrySchema.safeParse('England').error?.issues[0]?.message).toBe(
      'Select the country from the list',
    );
    expect(overseasCountrySchema.safeParse('Unknown').success).toBe(true);
    expect(overseasCountrySchema.safeParse('United Kingdom').error?.issues[0]?.message).toBe(
      'Select a country outside the UK from the list',
    );
  });
});

describe('UK regions', () => {
  it('end with Unknown and accept only exact values', () => {
    expect(UK_REGIONS.at(-1)).toBe('Unknown');
    expect(isUkRegion('County Derry / Londonderry')).toBe(true);
    expect(isUkRegion('Londonderry')).toBe(false);
    expect(isUkRegion(undefined)).toBe(false);
    expect(ukRegionSchema.safeParse('Tyne and Wear').success).toBe(true);
    expect(ukRegionSchema.safeParse('Tyneside').error?.issues[0]?.message).toBe(
      'Select the region from the list',
    );
  });
});

describe('UK cities and towns', () => {
  it('keep the form’s list with its thirteen repeated names', () => {
    expect(duplicates(UK_CITIES_AND_TOWNS)).toEqual([
      'Acton',
      'Ashford',
      'Bangor',
      'Blackburn',
      'Cheadle',
      'Gillingham',
      'Newport',
      'Ramsey',
      'Richmond',
      'Royston',
      'St Ives',
      'Whitburn',
      'Whitchurch',
    ]);
    expect(UK_CITIES_AND_TOWNS.filter((town) => town === 'Blackburn')).toHaveLength(3);
    expect(UK_CITIES_AND_TOWNS.at(-1)).toBe('Unknown');
  });

  it('offer a distinct view in the order of first appearance', () => {
    expect(duplicates(UK_CITIES_AND_TOWNS_DISTINCT)).toEqual([]);
    expect(UK_CITIES_AND_TOWNS_DISTINCT.slice(0, 3)).toEqual(['Aberaeron', 'Abercarn', 'Aberchirder']);
    expect(new Set(UK_CITIES_AND_TOWNS_DISTINCT)).toEqual(new Set(UK_CITIES_AND_TOWNS));
  });

  it('keep names as the form writes them, with Welsh and Gaelic forms and the trailing space in "Dromore "', () => {
    expect(isUkCityOrTown('Aberdare / Aberdâr')).toBe(true);
    expect(isUkCityOrTown('Stornoway / Steòrnabhagh')).toBe(true);
    expect(isUkCityOrTown('Dromore ')).toBe(true);
    expect(isUkCityOrTown('Dromore')).toBe(false);
  });

  it('accept only exact values through the guard and the schema, with a plain-English message', () => {
    expect(isUkCityOrTown('Wolverhampton')).toBe(true);
    expect(isUkCityOrTown('wolverhampton')).toBe(false);
    expect(isUkCityOrTown(1622)).toBe(false);
    const parsed = ukCityOrTownSchema.safeParse('Derby');
    expect(parsed.success && parsed.data).toBe('Derby');
    expect(ukCityOrTownSchema.safeParse('Atlantis').error?.issues[0]?.message).toBe(
      'Select the city or town from the list',
    );
    expect(ukCityOrTownSchema.safeParse(undefined).error?.issues[0]?.message).toBe(
      'Select the city or town from the list',
    );
  });
});
