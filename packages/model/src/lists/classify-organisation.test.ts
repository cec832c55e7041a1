import { describe, expect, it } from 'vitest';
import { JURISDICTIONS, type Jurisdiction } from '../vocabulary/jurisdictions.js';
import {
  classifyOrganisation,
  organisationClassificationSchema,
  organisationClassifications,
} from './classify-organisation.js';
import { FIRST_RESPONDER_ORGANISATIONS } from './first-responder-organisations.js';
import { ORGANISATION_KINDS, type OrganisationKind, RESPONDER_TYPE_OF_KIND } from './organisation-kinds.js';

const ALL: Jurisdiction[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const E: Jurisdiction[] = ['england'];
const W: Jurisdiction[] = ['wales'];
const S: Jurisdiction[] = ['scotland'];
const NI: Jurisdiction[] = ['northern-ireland'];

// Worked out by hand from each name and from the referral rules ("Who may refer", "The duty to
// notify"), not from the code: [name, kind, responder type, nations, duty to notify].
const SAMPLE: [string, OrganisationKind, string, Jurisdiction[], string][] = [
  // Police forces: chief officers of police for police areas in England and Wales have the duty.
  ['Kent Police', 'police', 'police', E, 'statutory'],
  ['Metropolitan Police Service', 'police', 'police', E, 'statutory'],
  ['City of London Police', 'police', 'police', E, 'statutory'],
  ['Devon & Cornwall Police', 'police', 'police', E, 'statutory'],
  ['South Wales Police', 'police', 'police', W, 'statutory'],
  ['Dyfed-Powys Police', 'police', 'police', W, 'statutory'],
  ['British Transport Police', 'police', 'police', ['england', 'wales', 'scotland'], 'statutory'],
  ['Police Scotland', 'police', 'police', S, 'none'],
  ['Police Service of Northern Ireland', 'police', 'police', NI, 'none'],
  // Other police bodies.
  ['National Police Air Service', 'other-police', 'police', ['england', 'wales'], 'unconfirmed'],
  ['Belfast Harbour Police', 'other-police', 'police', NI, 'none'],
  ['Belfast International Airport Constabulary', 'other-police', 'police', NI, 'none'],
  // Regional organised crime units count as police; s52(5) does not name them.
  ['Tarian ROCU', 'rocu', 'police', W, 'unconfirmed'],
  ['North West Regional Organised Crime Unit', 'rocu', 'police', ['england', 'wales'], 'unconfirmed'],
  ['Eastern Region Special Operations Unit', 'rocu', 'police', E, 'unconfirmed'],
  ['Yorkshire and Humber Regional Organised Crime Unit', 'rocu', 'police', E, 'unconfirmed'],
  // Councils of England and Wales have the duty; Scottish and Northern Irish councils do not.
  ['Derby City Council', 'local-authority', 'local-authority', E, 'statutory'],
  ['Newcastle City Council', 'local-authority', 'local-authority', E, 'statutory'],
  ['London Borough of Hackney', 'local-authority', 'local-authority', E, 'statutory'],
  ['Royal Borough of Greenwich', 'local-authority', 'local-authority', E, 'statutory'],
  ['City of Westminster', 'local-authority', 'local-authority', E, 'statutory'],
  ["Borough Council of King's Lynn and West Norfolk", 'local-authority', 'local-authority', E, 'statutory'],
  ['Aylesbury Vale District Council', 'local-authority', 'local-authority', E, 'statutory'],
  ['Greater London Authority', 'local-authority', 'local-authority', E, 'statutory'],
  ['City of London Corporation', 'local-authority', 'local-authority', E, 'statutory'],
  ['Council of the Isles of Scilly', 'local-authority', 'local-authority', E, 'statutory'],
  ['City of Cardiff Council', 'local-authority', 'local-authority', W, 'statutory'],
  ['City and County of Swansea Council', 'local-authority', 'local-authority', W, 'statutory'],
  ['Wrexham County Borough Council', 'local-authority', 'local-authority', W, 'statutory'],
  ['Vale of Glamorgan Council', 'local-authority', 'local-authority', W, 'statutory'],
  ['Newport City Council', 'local-authority', 'local-authority', W, 'statutory'],
  ['Glasgow City Council', 'local-authority', 'local-authority', S, 'none'],
  ['Highland Council', 'local-authority', 'local-authority', S, 'none'],
  ['Comhairle nan Eilean Siar', 'local-authority', 'local-authority', S, 'none'],
  ['Belfast City Council', 'local-authority', 'local-authority', NI, 'none'],
  ['Mid Ulster District Council', 'local-authority', 'local-authority', NI, 'none'],
  ['Antrim and Newtonabbey Borough Council', 'local-authority', 'local-authority', NI, 'none'],
  // Combined authorities are not named in s52(5).
  ['Greater Manchester Combined Authority', 'combined-authority', 'local-authority', E, 'unconfirmed'],
  ['Sheffield City Region', 'combined-authority', 'local-authority', E, 'unconfirmed'],
  // The Home Office: Border Force and Immigration Enforcement by policy; the Asylum Group unsettled.
  ['Home Office - UK Border Force UKBF', 'home-office', 'home-office', ALL, 'policy'],
  ["Home Office - Immigration Enforcement IE - DET Yarl's Wood", 'home-office', 'home-office', ALL, 'policy'],
  ['Home Office - Immigration Enforcement IE - Other', 'home-office', 'home-office', ALL, 'policy'],
  [
    'Home Office - Asylum Group - Asylum Support Safeguarding Hub',
    'home-office',
    'home-office',
    ALL,
    'unconfirmed',
  ],
  ['Home Office - Asylum Group - Other', 'home-office', 'home-office', ALL, 'unconfirmed'],
  // UK-wide agencies.
  ['National Crime Agency NCA', 'national-crime-agency', 'national-crime-agency', ALL, 'statutory'],
  ['Gangmasters and Labour Abuse Authority GLAA', 'glaa', 'glaa', ALL, 'statutory'],
  ['Fair Work Agency', 'glaa', 'glaa', ALL, 'unconfirmed'],
  ['Health and Social Care Trusts - HSC Trusts', 'hsc-trust', 'hsc-trust', NI, 'none'],
  // Designated charities refer but have no statutory duty.
  ['The Salvation Army', 'designated-charity', 'designated-charity', ALL, 'none'],
  ["Barnardo's", 'designated-charity', 'designated-charity', ALL, 'none'],
  ['Refugee Council', 'designated-charity', 'designated-charity', ALL, 'none'],
  ['Trafficking Awareness Raising Alliance TARA', 'designated-charity', 'designated-charity', S, 'none'],
  ['Youth Work Alliance', 'designated-charity', 'designated-charity', NI, 'none'],
  ["Belfast and Lisburn Women's Aid", 'designated-charity', 'designated-charity', NI, 'none'],
  ['BAWSO', 'designated-charity', 'designated-charity', W, 'none'],
];

const count = <T>(items: readonly T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

describe('organisation classification', () => {
  it('classifies every organisation on the form’s list, in the form’s order', () => {
    const unclassified = FIRST_RESPONDER_ORGANISATIONS.filter(
      (name) => classifyOrganisation(name) === undefined,
    );
    expect(unclassified).toEqual([]);
    expect(organisationClassifications().map((organisation) => organisation.name)).toEqual([
      ...FIRST_RESPONDER_ORGANISATIONS,
    ]);
  });

  it.each(SAMPLE)('classifies %s as %s', (name, kind, responderType, jurisdictions, dutyToNotify) => {
    expect(classifyOrganisation(name)).toMatchObject({
      name,
      kind,
      responderType,
      jurisdictions,
      dutyToNotify,
    });
  });

  it('covers every kind in the hand-checked sample', () => {
    expect(new Set(SAMPLE.map(([, kind]) => kind))).toEqual(new Set(ORGANISATION_KINDS));
  });

  it('finds as many of each kind as the form’s list holds', () => {
    // The form: 23 Home Office units; NCA, GLAA, Fair Work Agency, HSC Trusts and 13 charities; 45
    // territorial forces with BTP, and NPAS and the two Belfast bodies; 9 ROCUs; 428 councils and
    // combined authorities, 7 of them combined authorities.
    expect(count(organisationClassifications(), (organisation) => organisation.kind)).toEqual({
      'home-office': 23,
      police: 46,
      'other-police': 3,
      rocu: 9,
      'local-authority': 421,
      'combined-authority': 7,
      'national-crime-agency': 1,
      glaa: 2,
      'hsc-trust': 1,
      'designated-charity': 13,
    });
  });

  it('places the 32 Scottish, 22 Welsh and 11 Northern Irish councils, the rest in England', () => {
    const councils = organisationClassifications().filter(
      (organisation) => organisation.kind === 'local-authority',
    );
    expect(count(councils, (organisation) => organisation.jurisdictions.join('+'))).toEqual({
      england: 356,
      wales: 22,
      scotland: 32,
      'northern-ireland': 11,
    });
  });

  it('gives the duty to notify as s52(5) and Home Office policy allocate it', () => {
    // statutory: 43 forces of England and Wales and BTP, the NCA, the GLAA, 356 English and 22
    // Welsh local authorities; policy: Border Force and 15 Immigration Enforcement units;
    // unconfirmed: 7 Asylum Group teams, the Fair Work Agency, NPAS, 9 ROCUs, 7 combined
    // authorities; none: the rest.
    expect(count(organisationClassifications(), (organisation) => organisation.dutyToNotify)).toEqual({
      statutory: 424,
      policy: 16,
      unconfirmed: 25,
      none: 61,
    });
  });

  it('gives no duty under s52 to a body that works only in Scotland or Northern Ireland', () => {
    for (const organisation of organisationClassifications()) {
      const inEnglandOrWales = organisation.jurisdictions.some(
        (nation) => nation === 'england' || nation === 'wales',
      );
      if (!inEnglandOrWales) expect(organisation.dutyToNotify).toBe('none');
    }
  });

  it('keeps every record consistent with its kind, the vocabulary order and its schema', () => {
    for (const organisation of organisationClassifications()) {
      expect(organisation.responderType).toBe(RESPONDER_TYPE_OF_KIND[organisation.kind]);
      expect(organisation.jurisdictions).toEqual(
        JURISDICTIONS.filter((nation) => organisation.jurisdictions.includes(nation)),
      );
      expect(organisation.dutyToNotifyBasis.length).toBeGreaterThan(20);
      expect(organisationClassificationSchema.safeParse(organisation).success).toBe(true);
    }
  });

  it('explains an unconfirmed status by saying what the sources do not settle', () => {
    for (const organisation of organisationClassifications()) {
      if (organisation.dutyToNotify === 'unconfirmed') {
        expect(organisation.dutyToNotifyBasis).toMatch(/sources do not/);
      }
    }
  });

  it('returns undefined for a name not exactly on the form’s list', () => {
    expect(classifyOrganisation('Derby Council')).toBeUndefined();
    expect(classifyOrganisation('derby city council')).toBeUndefined();
    expect(classifyOrganisation('Home Office - UK Visas and Immigration UKVI')).toBeUndefined();
    expect(classifyOrganisation('The Highland Council')).toBeUndefined();
    expect(classifyOrganisation('')).toBeUndefined();
  });

  it('returns frozen records that one caller cannot change for another', () => {
    const first = classifyOrganisation('Kent Police');
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first?.jurisdictions)).toBe(true);
    expect(classifyOrganisation('Kent Police')).toBe(first);
  });

  it('rejects a malformed classification with plain-English messages', () => {
    const result = organisationClassificationSchema.safeParse({
      name: 'Kent Police',
      kind: 'police',
      responderType: 'police',
      jurisdictions: [],
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: '',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['jurisdictions', 'Select at least one nation'],
      ['dutyToNotifyBasis', 'Enter the basis of the duty to notify status'],
    ]);
  });
});
