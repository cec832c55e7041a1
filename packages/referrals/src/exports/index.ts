/**
 * Reading CSV and JSON lines exports of case records, row by row, with a column mapping and
 * issues per row. Kept apart from `@antislavery/referrals` so that an app that only validates
 * does not ship the CSV parser.
 *
 * @packageDocumentation
 */

export * from './errors.js';
export * from './read-case-records.js';
export type { ExportSource } from './text-chunks.js';
