/**
 * Seeded synthetic case records for demos, tests and benchmarks, drawn from the national
 * proportions of the published statistics, and a CSV writer for them. Kept apart from
 * `@antislavery/metrics` so that an app that only reports does not ship the generator and the
 * organisation lists it draws on.
 *
 * @packageDocumentation
 */

export { CASE_RECORD_COLUMNS, caseRecordsToCsv } from './case-record-csv.js';
export { generateCaseRecords, type SyntheticOptions, syntheticCaseRecords } from './generate-case-records.js';
export { NATIONAL_PROPORTIONS, type Proportion } from './national-proportions.js';
