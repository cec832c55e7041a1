import type { Jurisdiction } from '../vocabulary/jurisdictions.js';

// The nation of a council on the form's lists is read from its name where the name settles it,
// and from these tables where it does not: "Highland Council" or "Belfast City Council" looks like
// an English council's name. A council matched by neither is English.

/** Scotland's 32 councils as the organisation list writes them; the local authority list adds "The " to most. */
const SCOTTISH_COUNCILS: ReadonlySet<string> = new Set([
  'Aberdeen City Council',
  'Aberdeenshire Council',
  'Angus Council',
  'Argyll and Bute Council',
  'City of Edinburgh Council',
  'Clackmannanshire Council',
  'Comhairle nan Eilean Siar',
  'Dumfries and Galloway Council',
  'Dundee City Council',
  'East Ayrshire Council',
  'East Dunbartonshire Council',
  'East Lothian Council',
  'East Renfrewshire Council',
  'Falkirk Council',
  'Fife Council',
  'Glasgow City Council',
  'Highland Council',
  'Inverclyde Council',
  'Midlothian Council',
  'Moray Council',
  'North Ayrshire Council',
  'North Lanarkshire Council',
  'Orkney Islands Council',
  'Perth and Kinross Council',
  'Renfrewshire Council',
  'Scottish Borders Council',
  'Shetland Islands Council',
  'South Ayrshire Council',
  'South Lanarkshire Council',
  'Stirling Council',
  'West Dunbartonshire Council',
  'West Lothian Council',
]);

/**
 * Wales's councils whose names do not end "County Borough Council"; the nine that do are found by
 * that rule (Blaenau Gwent, Bridgend, Caerphilly, Conwy, Merthyr Tydfil, Neath Port Talbot,
 * Rhondda Cynon Taf, Torfaen, Wrexham).
 */
const WELSH_COUNCILS: ReadonlySet<string> = new Set([
  'Carmarthenshire County Council',
  'Ceredigion County Council',
  'City and County of Swansea Council',
  'City of Cardiff Council',
  'Denbighshire County Council',
  'Flintshire County Council',
  'Gwynedd Council',
  'Isle of Anglesey County Council',
  'Monmouthshire County Council',
  'Newport City Council',
  'Pembrokeshire County Council',
  'Powys County Council',
  'Vale of Glamorgan Council',
]);

/**
 * Northern Ireland's 11 councils (since April 2015), in both lists' spellings (including the
 * organisation list's "Newtonabbey"), and the 22 councils abolished in 2015 that the local
 * authority list still offers.
 */
const NORTHERN_IRELAND_COUNCILS: ReadonlySet<string> = new Set([
  'Antrim & Newtownabbey Borough Council',
  'Antrim and Newtonabbey Borough Council',
  'Ards and North Down Borough Council',
  'Armagh City, Banbridge and Craigavon Borough Council',
  'Belfast City Council',
  'Causeway Coast and Glens Borough Council',
  'Derry City and Strabane District Council',
  'Fermanagh and Omagh District Council',
  'Lisburn & Castlereagh City Council',
  'Lisburn and Castlereagh City Council',
  'Mid & East Antrim Borough Council',
  'Mid Ulster District Council',
  'Newry, Mourne and Down District Council',
  // Abolished on 1 April 2015.
  'Antrim Borough Council',
  'Ards Borough Council',
  'Ballymena Borough Council',
  'Ballymoney Borough Council',
  'Banbridge District Council',
  'Carrickfergus Borough Council',
  'Castlereagh Borough Council',
  'Coleraine Borough Council',
  'Cookstown District Council',
  'Craigavon Borough Council',
  'Derry City Council',
  'Dungannon and South Tyrone Borough Council',
  'Fermanagh District Council',
  'Larne Borough Council',
  'Limavady Borough Council',
  'Lisburn City Council',
  'Magherafelt District Council',
  'Moyle District Council',
  'Newtownabbey Borough Council',
  'North Down Borough Council',
  'Omagh District Council',
  'Strabane District Council',
]);

/**
 * The nation of a council, combined authority or London body named as on the form's lists.
 * Internal: callers outside the lists module use `localAuthorityJurisdiction`, which first checks
 * that the name is a local authority on one of the lists.
 */
export function councilNation(name: string): Jurisdiction {
  if (NORTHERN_IRELAND_COUNCILS.has(name)) return 'northern-ireland';
  if (SCOTTISH_COUNCILS.has(name)) return 'scotland';
  if (name.startsWith('The ') && SCOTTISH_COUNCILS.has(name.slice('The '.length))) return 'scotland';
  if (name.endsWith(' County Borough Council') || WELSH_COUNCILS.has(name)) return 'wales';
  return 'england';
}

const COUNCIL_NAME =
  /(?:Council|Authority|City Region|Corporation)$|^(?:London Borough|Royal Borough|Borough Council|Council) of |^City of Westminster$|^Comhairle nan Eilean Siar$/;

/**
 * Whether a name is shaped like a council's, a combined authority's or a London body's. Internal:
 * the classification asks it only after the named bodies (such as the Refugee Council) and the
 * police rules have had their turn.
 */
export function isCouncilName(name: string): boolean {
  return COUNCIL_NAME.test(name);
}
