// Building the quarterly report and its three publications

export {
  type QuarterLabel,
  type QuarterlyReport,
  type QuarterlyReportOptions,
  quarterlyReport,
} from './quarterly-report.js';

// Comparing two quarters

export {
  compareQuarters,
  describeComparison,
  type HeadlineComparison,
  type QuarterComparison,
} from './compare-quarters.js';

// Writing the files, and the synthetic records the example runs on

export { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';
export { type WrittenReport, writeReportFiles } from './write-report-files.js';

// Disclosure control: what the report held back

export { publishedTables, type SuppressionSummary, summariseSuppression } from './published-tables.js';
