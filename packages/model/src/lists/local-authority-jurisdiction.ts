import type { Jurisdiction } from '../vocabulary/jurisdictions.js';
import { classifyOrganisation } from './classify-organisation.js';
import { councilNation } from './council-nation.js';
import { isLocalAuthority } from './local-authorities.js';

/**
 * The nation of a local authority named exactly as on the form's local authority list, or of a
 * council or combined authority named exactly as on its organisation list; `undefined` for any
 * other name.
 *
 * Welsh councils are the 22 county and county borough councils of Wales (for example "City of
 * Cardiff Council", "City and County of Swansea Council", "Wrexham County Borough Council").
 * Scottish councils are the 32, written with or without "The" ("The Highland Council",
 * "Highland Council", "Comhairle nan Eilean Siar"). Northern Ireland's are its 11 district councils
 * ("Belfast City Council", "Mid Ulster District Council") and the 22 abolished in 2015 ("Derry City
 * Council", "Moyle District Council"), which the local authority list still offers. The rest are
 * English, including the combined authorities and councils since abolished by reorganisation.
 *
 * @param name - A value of the form's local authority or organisation list.
 * @example
 * ```ts
 * import { localAuthorityJurisdiction } from '@antislavery/model/lists';
 *
 * localAuthorityJurisdiction('The Highland Council');
 * //=> 'scotland'
 * localAuthorityJurisdiction('Wrexham County Borough Council');
 * //=> 'wales'
 * localAuthorityJurisdiction('Kent Police');
 * //=> undefined
 * ```
 */
export function localAuthorityJurisdiction(name: string): Jurisdiction | undefined {
  if (isLocalAuthority(name)) return councilNation(name);
  const organisation = classifyOrganisation(name);
  if (organisation?.kind === 'local-authority' || organisation?.kind === 'combined-authority') {
    return organisation.jurisdictions[0];
  }
  return undefined;
}
