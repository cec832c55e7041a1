import * as z from 'zod';
import { dutyToNotifyStatusSchema } from '../vocabulary/duty-to-notify-statuses.js';
import { jurisdictionSchema } from '../vocabulary/jurisdiction-schema.js';
import type { Jurisdiction } from '../vocabulary/jurisdictions.js';
import { responderTypeSchema } from '../vocabulary/responder-types.js';
import { councilNation, isCouncilName } from './council-nation.js';
import {
  FIRST_RESPONDER_ORGANISATIONS,
  firstResponderOrganisationSchema,
  isFirstResponderOrganisation,
} from './first-responder-organisations.js';
import { organisationKindSchema, RESPONDER_TYPE_OF_KIND } from './organisation-kinds.js';

/**
 * Zod schema of an organisation's classification, for apps that store or exchange
 * classifications (for example a council's own list of partner organisations).
 *
 * @example
 * ```ts
 * import { classifyOrganisation, organisationClassificationSchema } from '@antislavery/model/lists';
 *
 * organisationClassificationSchema.safeParse(classifyOrganisation('Police Scotland')).success;
 * //=> true
 * ```
 */
export const organisationClassificationSchema = z
  .object({
    /** The organisation's name, exactly as the form lists it. */
    name: firstResponderOrganisationSchema,
    /** What kind of body it is. */
    kind: organisationKindSchema,
    /** The referral pathway's responder type for it. */
    responderType: responderTypeSchema,
    /** The nations it works in as a first responder, in the order of `JURISDICTIONS`. */
    jurisdictions: z.array(jurisdictionSchema).min(1, { error: 'Select at least one nation' }).readonly(),
    /** Its duty to notify under the Modern Slavery Act 2015 s52. */
    dutyToNotify: dutyToNotifyStatusSchema,
    /** Why it has that status, in a sentence a practitioner would understand. */
    dutyToNotifyBasis: z.string().min(1, { error: 'Enter the basis of the duty to notify status' }),
  })
  .readonly();

/**
 * What kind of body one of the form's organisations is, the pathway's responder type for it, the
 * nations it works in, and whether it has the duty to notify.
 *
 * @example
 * ```ts
 * import type { OrganisationClassification } from '@antislavery/model/lists';
 *
 * const kent: OrganisationClassification = {
 *   name: 'Kent Police',
 *   kind: 'police',
 *   responderType: 'police',
 *   jurisdictions: ['england'],
 *   dutyToNotify: 'statutory',
 *   dutyToNotifyBasis: 'The chief officer of police for a police area has the duty.',
 * };
 * ```
 */
export type OrganisationClassification = z.infer<typeof organisationClassificationSchema>;

type Classification = Omit<OrganisationClassification, 'name' | 'responderType'>;

const ALL_NATIONS: readonly Jurisdiction[] = ['england', 'wales', 'scotland', 'northern-ireland'];
const ENGLAND: readonly Jurisdiction[] = ['england'];
const WALES: readonly Jurisdiction[] = ['wales'];
const ENGLAND_AND_WALES: readonly Jurisdiction[] = ['england', 'wales'];
const SCOTLAND: readonly Jurisdiction[] = ['scotland'];
const NORTHERN_IRELAND: readonly Jurisdiction[] = ['northern-ireland'];

const S52 = 'the Modern Slavery Act 2015 s52(5)';

const BASIS = {
  policeArea: `The chief officer of police for a police area in England and Wales is a specified public authority under ${S52}.`,
  britishTransportPolice: `British Transport Police is a specified public authority under ${S52}; the duty covers its work in England and Wales.`,
  nationalCrimeAgency: `The National Crime Agency is a specified public authority under ${S52}.`,
  glaa: `The Gangmasters and Labour Abuse Authority is a specified public authority under ${S52}.`,
  council: `County, county borough, district and London borough councils in England and Wales are specified public authorities under ${S52}.`,
  greaterLondonAuthority: `The Greater London Authority is a specified public authority under ${S52}.`,
  cityOfLondon: `The Common Council of the City of London is a specified public authority under ${S52}.`,
  islesOfScilly: `The Council of the Isles of Scilly is a specified public authority under ${S52}.`,
  borderForce: `Border Force is not named in ${S52} but notifies by Home Office policy.`,
  immigrationEnforcement: `Immigration Enforcement is not named in ${S52} but notifies by Home Office policy.`,
  asylumGroup:
    "The Home Office policy names UK Visas and Immigration, Border Force and Immigration Enforcement; the sources do not say whether it covers the Asylum Group's teams.",
  fairWorkAgency: `The Fair Work Agency takes over the GLAA's work (it is on the form's list from March 2026), but the sources do not confirm that ${S52} has been amended to name it.`,
  nationalPoliceAirService: `A national collaboration of police forces, not a police area: ${S52} names chief officers of police for police areas, and the sources do not say whether the service notifies itself or through a force.`,
  rocu: `A collaboration of police forces: ${S52} names the forces' chief officers, not the unit, and the sources do not say which of them notifies.`,
  combinedAuthority: `${S52} names councils and the Greater London Authority but not combined authorities, and the sources do not settle whether a combined authority has the duty.`,
  designatedCharity: 'A designated charity can refer to the NRM but has no statutory duty to notify.',
  scotland:
    "The Modern Slavery Act 2015 s52 applies in England and Wales only. Scotland's own duty to notify Police Scotland (Human Trafficking and Exploitation (Scotland) Act 2015 s38) is separate, and the sources do not confirm that it is in force.",
  northernIreland:
    "The Modern Slavery Act 2015 s52 applies in England and Wales only. Northern Ireland's own duty to notify the National Crime Agency (Human Trafficking and Exploitation (Criminal Justice and Support for Victims) Act (Northern Ireland) 2015 s13) is separate, and the sources do not confirm that it is in force.",
} as const;

const charity = (jurisdictions: readonly Jurisdiction[]): Classification => ({
  kind: 'designated-charity',
  jurisdictions,
  dutyToNotify: 'none',
  dutyToNotifyBasis: BASIS.designatedCharity,
});

/**
 * Bodies classified by name because no name rule would place them rightly. Designated charities
 * work in all four nations unless a source ties them to one: TARA to Scotland, the Youth Work
 * Alliance and Belfast and Lisburn Women's Aid to Northern Ireland; BAWSO and New Pathways are
 * Welsh charities whose remit is Wales.
 */
const NAMED_BODIES: ReadonlyMap<string, Classification> = new Map<string, Classification>([
  [
    'National Crime Agency NCA',
    {
      kind: 'national-crime-agency',
      jurisdictions: ALL_NATIONS,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.nationalCrimeAgency,
    },
  ],
  [
    'Gangmasters and Labour Abuse Authority GLAA',
    { kind: 'glaa', jurisdictions: ALL_NATIONS, dutyToNotify: 'statutory', dutyToNotifyBasis: BASIS.glaa },
  ],
  [
    'Fair Work Agency',
    {
      kind: 'glaa',
      jurisdictions: ALL_NATIONS,
      dutyToNotify: 'unconfirmed',
      dutyToNotifyBasis: BASIS.fairWorkAgency,
    },
  ],
  [
    'Health and Social Care Trusts - HSC Trusts',
    {
      kind: 'hsc-trust',
      jurisdictions: NORTHERN_IRELAND,
      dutyToNotify: 'none',
      dutyToNotifyBasis: BASIS.northernIreland,
    },
  ],
  ['Trafficking Awareness Raising Alliance TARA', charity(SCOTLAND)],
  ['Migrant Help', charity(ALL_NATIONS)],
  ['Kalayaan', charity(ALL_NATIONS)],
  ['Medaille Trust', charity(ALL_NATIONS)],
  ['The Salvation Army', charity(ALL_NATIONS)],
  ["Barnardo's", charity(ALL_NATIONS)],
  ['National Society for the Prevention of Cruelty to Children NSPCC CTAC', charity(ALL_NATIONS)],
  ['Unseen', charity(ALL_NATIONS)],
  ['New Pathways', charity(WALES)],
  ['BAWSO', charity(WALES)],
  ["Belfast and Lisburn Women's Aid", charity(NORTHERN_IRELAND)],
  ['Refugee Council', charity(ALL_NATIONS)],
  ['Youth Work Alliance', charity(NORTHERN_IRELAND)],
  [
    'British Transport Police',
    {
      kind: 'police',
      jurisdictions: ['england', 'wales', 'scotland'],
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.britishTransportPolice,
    },
  ],
  [
    'Police Scotland',
    { kind: 'police', jurisdictions: SCOTLAND, dutyToNotify: 'none', dutyToNotifyBasis: BASIS.scotland },
  ],
  [
    'Police Service of Northern Ireland',
    {
      kind: 'police',
      jurisdictions: NORTHERN_IRELAND,
      dutyToNotify: 'none',
      dutyToNotifyBasis: BASIS.northernIreland,
    },
  ],
  [
    'National Police Air Service',
    {
      kind: 'other-police',
      jurisdictions: ENGLAND_AND_WALES,
      dutyToNotify: 'unconfirmed',
      dutyToNotifyBasis: BASIS.nationalPoliceAirService,
    },
  ],
  [
    'Belfast Harbour Police',
    {
      kind: 'other-police',
      jurisdictions: NORTHERN_IRELAND,
      dutyToNotify: 'none',
      dutyToNotifyBasis: BASIS.northernIreland,
    },
  ],
  [
    'Belfast International Airport Constabulary',
    {
      kind: 'other-police',
      jurisdictions: NORTHERN_IRELAND,
      dutyToNotify: 'none',
      dutyToNotifyBasis: BASIS.northernIreland,
    },
  ],
  [
    'Greater London Authority',
    {
      kind: 'local-authority',
      jurisdictions: ENGLAND,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.greaterLondonAuthority,
    },
  ],
  [
    'City of London Corporation',
    {
      kind: 'local-authority',
      jurisdictions: ENGLAND,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.cityOfLondon,
    },
  ],
  [
    'Council of the Isles of Scilly',
    {
      kind: 'local-authority',
      jurisdictions: ENGLAND,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.islesOfScilly,
    },
  ],
]);

/** The four territorial forces of Wales; every other force the police rule meets is English. */
const WELSH_POLICE_FORCES: ReadonlySet<string> = new Set([
  'Dyfed-Powys Police',
  'Gwent Police',
  'North Wales Police',
  'South Wales Police',
]);

/**
 * Regional organised crime units that cover Wales: Tarian serves the three southern Welsh forces,
 * and the North West unit (TITAN) includes North Wales Police. The other seven are English.
 */
const ROCU_JURISDICTIONS: ReadonlyMap<string, readonly Jurisdiction[]> = new Map([
  ['Tarian ROCU', WALES],
  ['North West Regional Organised Crime Unit', ENGLAND_AND_WALES],
]);

const HOME_OFFICE = /^Home Office - /;
const HOME_OFFICE_POLICY_UNITS: readonly (readonly [RegExp, string])[] = [
  [/^Home Office - UK Border Force\b/, BASIS.borderForce],
  [/^Home Office - Immigration Enforcement\b/, BASIS.immigrationEnforcement],
];
const ROCU = /(?:Regional Organised Crime Unit|Special Operations Unit|\bROCU)$/;
const POLICE_FORCE = /(?:Police|Constabulary|Police Service)$/;
const COMBINED_AUTHORITY = /(?:Combined Authority|City Region)$/;

/** The name rules, in order; the first that matches classifies the organisation. */
function classifyByName(name: string): Classification | undefined {
  const named = NAMED_BODIES.get(name);
  if (named !== undefined) return named;

  if (HOME_OFFICE.test(name)) {
    const policy = HOME_OFFICE_POLICY_UNITS.find(([pattern]) => pattern.test(name));
    return policy === undefined
      ? {
          kind: 'home-office',
          jurisdictions: ALL_NATIONS,
          dutyToNotify: 'unconfirmed',
          dutyToNotifyBasis: BASIS.asylumGroup,
        }
      : {
          kind: 'home-office',
          jurisdictions: ALL_NATIONS,
          dutyToNotify: 'policy',
          dutyToNotifyBasis: policy[1],
        };
  }

  if (ROCU.test(name)) {
    return {
      kind: 'rocu',
      jurisdictions: ROCU_JURISDICTIONS.get(name) ?? ENGLAND,
      dutyToNotify: 'unconfirmed',
      dutyToNotifyBasis: BASIS.rocu,
    };
  }

  if (POLICE_FORCE.test(name)) {
    return {
      kind: 'police',
      jurisdictions: WELSH_POLICE_FORCES.has(name) ? WALES : ENGLAND,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.policeArea,
    };
  }

  if (COMBINED_AUTHORITY.test(name)) {
    return {
      kind: 'combined-authority',
      jurisdictions: ENGLAND,
      dutyToNotify: 'unconfirmed',
      dutyToNotifyBasis: BASIS.combinedAuthority,
    };
  }

  if (isCouncilName(name)) {
    const nation = councilNation(name);
    if (nation === 'scotland') {
      return {
        kind: 'local-authority',
        jurisdictions: SCOTLAND,
        dutyToNotify: 'none',
        dutyToNotifyBasis: BASIS.scotland,
      };
    }
    if (nation === 'northern-ireland') {
      return {
        kind: 'local-authority',
        jurisdictions: NORTHERN_IRELAND,
        dutyToNotify: 'none',
        dutyToNotifyBasis: BASIS.northernIreland,
      };
    }
    return {
      kind: 'local-authority',
      jurisdictions: nation === 'wales' ? WALES : ENGLAND,
      dutyToNotify: 'statutory',
      dutyToNotifyBasis: BASIS.council,
    };
  }

  return undefined;
}

let classified: ReadonlyMap<string, OrganisationClassification> | undefined;

/** Classifies the whole list once, on first use, so that importing the module costs nothing. */
function classifiedOrganisations(): ReadonlyMap<string, OrganisationClassification> {
  if (classified === undefined) {
    const map = new Map<string, OrganisationClassification>();
    for (const name of FIRST_RESPONDER_ORGANISATIONS) {
      const classification = classifyByName(name);
      if (classification === undefined) continue;
      map.set(
        name,
        Object.freeze({
          name,
          kind: classification.kind,
          responderType: RESPONDER_TYPE_OF_KIND[classification.kind],
          jurisdictions: Object.freeze([...classification.jurisdictions]),
          dutyToNotify: classification.dutyToNotify,
          dutyToNotifyBasis: classification.dutyToNotifyBasis,
        }),
      );
    }
    classified = map;
  }
  return classified;
}

/**
 * The classification of one of the form's first responder organisations: what kind of body it is,
 * the referral pathway's responder type for it, the nations it works in and its duty to notify
 * under the Modern Slavery Act 2015 s52. `undefined` for a name that is not exactly on the form's
 * list.
 *
 * Statuses follow s52(5) and the Home Office policy: `statutory` for police forces of England and
 * Wales, British Transport Police, the NCA, the GLAA, councils of England and Wales, the Greater
 * London Authority, the City of London and the Isles of Scilly; `policy` for Border Force and
 * Immigration Enforcement; `none` for designated charities and for Scottish and Northern Irish
 * bodies; `unconfirmed` for combined authorities, regional organised crime units, the National
 * Police Air Service, the Fair Work Agency and the Home Office Asylum Group, where the sources do
 * not settle it. Each record's `dutyToNotifyBasis` says why.
 *
 * @param name - A name exactly as the form lists it (see {@link FIRST_RESPONDER_ORGANISATIONS}).
 * @example
 * ```ts
 * import { classifyOrganisation } from '@antislavery/model/lists';
 *
 * classifyOrganisation('Derby City Council')?.dutyToNotify;
 * //=> 'statutory'
 * classifyOrganisation('Police Scotland')?.jurisdictions;
 * //=> ['scotland']
 * classifyOrganisation('Tarian ROCU')?.responderType;
 * //=> 'police'
 * classifyOrganisation('Derby Council');
 * //=> undefined
 * ```
 */
export function classifyOrganisation(name: string): OrganisationClassification | undefined {
  if (!isFirstResponderOrganisation(name)) return undefined;
  return classifiedOrganisations().get(name);
}

/**
 * The classification of every organisation on the form's list, in the form's order.
 *
 * @example
 * ```ts
 * import { organisationClassifications } from '@antislavery/model/lists';
 *
 * organisationClassifications().filter((organisation) => organisation.kind === 'designated-charity').length;
 * //=> 13
 * ```
 */
export function organisationClassifications(): readonly OrganisationClassification[] {
  return [...classifiedOrganisations().values()];
}
