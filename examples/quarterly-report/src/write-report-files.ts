import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { QuarterlyReport } from './quarterly-report.js';

/**
 * Where each publication of a report was written.
 *
 * @example
 * ```ts
 * import type { WrittenReport } from './write-report-files.js';
 *
 * const written: WrittenReport = {
 *   html: 'out/quarterly-report-2025-Q1.html',
 *   markdown: 'out/quarterly-report-2025-Q1.md',
 *   csv: 'out/quarterly-report-2025-Q1.csv',
 * };
 * ```
 */
export type WrittenReport = {
  readonly html: string;
  readonly markdown: string;
  readonly csv: string;
};

/**
 * Writes a report's HTML, Markdown and CSV to a directory (made if it does not exist), as
 * `quarterly-report-<period>.html`, `.md` and `.csv`, UTF-8, replacing files of those names.
 *
 * @param quarterly - the report and its renderings, from `quarterlyReport`
 * @param directory - where to write them
 * @returns the paths written, each the directory joined with the file name
 *
 * @example
 * ```ts
 * import { quarterlyReport } from './quarterly-report.js';
 * import { writeReportFiles } from './write-report-files.js';
 *
 * const written = await writeReportFiles(quarterlyReport([], { quarter: '2025-Q1' }), 'out');
 * written.markdown;
 * //=> 'out/quarterly-report-2025-Q1.md'
 * ```
 */
export async function writeReportFiles(
  quarterly: QuarterlyReport,
  directory: string,
): Promise<WrittenReport> {
  await mkdir(directory, { recursive: true });
  const base = join(directory, `quarterly-report-${quarterly.report.period.label}`);
  const written: WrittenReport = { html: `${base}.html`, markdown: `${base}.md`, csv: `${base}.csv` };
  await Promise.all([
    writeFile(written.html, quarterly.html, 'utf8'),
    writeFile(written.markdown, quarterly.markdown, 'utf8'),
    writeFile(written.csv, quarterly.csv, 'utf8'),
  ]);
  return written;
}
