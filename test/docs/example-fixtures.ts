// What the documented examples are given, bundled with them. An example that writes
// `declare const referral: NrmReferral;` gets a complete, valid referral; `notification` and
// `caseRecord` likewise. Examples never use the network: `fetch` answers the one address the
// guides fetch, GOV.UK's bank holidays, with a file for 2028, and refuses any other.

import { DIVISIONS, generateBankHolidays } from '@antislavery/model/calendar';
import {
  adultReferral,
  anonymousNotification,
  caseRecord,
} from '../../packages/referrals/src/fixtures/records.js';

/** The records an example may declare, by the name it declares. */
export const fixtures: Readonly<Record<string, () => unknown>> = {
  referral: adultReferral,
  notification: anonymousNotification,
  caseRecord,
};

const GOV_UK_BANK_HOLIDAYS = 'https://www.gov.uk/bank-holidays.json';

/** A `fetch` that answers GOV.UK's bank holidays file with the holidays of 2028. */
export async function fetch(url: string): Promise<{ ok: boolean; json: () => Promise<unknown> }> {
  if (url !== GOV_UK_BANK_HOLIDAYS) throw new Error(`Documented examples do not use the network: ${url}`);
  const file = Object.fromEntries(
    DIVISIONS.map((division) => [division, { division, events: generateBankHolidays(division, 2028) }]),
  );
  return { ok: true, json: async () => file };
}
