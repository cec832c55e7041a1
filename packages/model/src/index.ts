/**
 * The modern slavery partnership domain: vocabulary, partnership model and the UK working-day
 * calendar. The official form's long option lists are in `@antislavery/model/lists` and the five
 * seed partnerships in `@antislavery/model/examples`, so an app that needs neither does not ship
 * them.
 *
 * @packageDocumentation
 */

// Date-only values: validation, day numbers, today in the UK (zod schema here, the rest with the
// calendar below)

export { isoDateSchema } from './dates/iso-date-schema.js';

// Vocabulary: the four Ps, jurisdictions, exploitation types, age groups, genders, sectors,
// first responder organisation types

export * from './vocabulary/index.js';

// Partnership model: partnerships, strategies, action plans, pledges, outcomes and measures

export * from './partnership/index.js';

// UK calendar: date-only values, bank holidays and working days (also, without zod, from
// `@antislavery/model/calendar`), and loading GOV.UK's bank-holidays JSON

export * from './calendar/index.js';
export * from './calendar/loading.js';
