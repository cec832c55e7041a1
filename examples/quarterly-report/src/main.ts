// Writes the 2025-Q1 quarterly report of a seeded synthetic batch for Derby and Derbyshire as
// HTML, Markdown and CSV, to the directory given (or a new temporary one), and prints the paths.
//   npm start -w @antislavery/example-quarterly-report -- [output-directory]
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describePeriod } from '@antislavery/metrics';
import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import { compareQuarters, describeComparison } from './compare-quarters.js';
import { summariseSuppression } from './published-tables.js';
import { quarterlyReport } from './quarterly-report.js';
import { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';
import { writeReportFiles } from './write-report-files.js';

const [given] = process.argv.slice(2);
// npm runs a script in the package's folder; INIT_CWD is the folder `npm start` was typed in.
const directory =
  given === undefined
    ? await mkdtemp(join(tmpdir(), 'quarterly-report-'))
    : resolve(process.env.INIT_CWD ?? process.cwd(), given);

const records = syntheticBatch();
const options = { partnership: derbyAndDerbyshirePartnership, asOf: BATCH_AS_OF } as const;
const quarterly = quarterlyReport(records, { ...options, quarter: '2025-Q1' });
const written = await writeReportFiles(quarterly, directory);

// The report compares with the quarter before and a year before; any two quarters can be
// compared too: here, the first quarter of the records.
const earlier = quarterlyReport(records, { ...options, quarter: '2023-Q2' });
const comparison = compareQuarters(earlier.report, quarterly.report);
const suppression = summariseSuppression(quarterly.report);

const n = (value: number) => value.toLocaleString('en-GB');
console.log(
  [
    quarterly.report.title,
    `From ${n(records.length)} synthetic case records (invented: quote no figure from them).`,
    '',
    ...quarterly.report.headline.counts.map((count) => {
      const current = count.current.suppressed ? '[c]' : n(count.current.value);
      return `  ${count.label}: ${current} in ${describePeriod(quarterly.report.period)}`;
    }),
    '',
    `Counts from 1 to ${suppression.threshold - 1} are suppressed: ${n(suppression.primary)} cells and totals in ${suppression.tables} tables, and ${n(suppression.secondary)} more so that none can be worked out from the rest.`,
    '',
    `Since the first quarter of the records, ${describePeriod(comparison.earlier)}:`,
    ...describeComparison(comparison).map((line) => `  ${line}`),
    '',
    'Written:',
    `  ${written.html}`,
    `  ${written.markdown}`,
    `  ${written.csv}`,
  ].join('\n'),
);
