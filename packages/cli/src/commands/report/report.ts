import {
  buildReport,
  describePeriod,
  parsePeriod,
  type Report,
  renderCsv,
  renderHtml,
  renderJson,
  renderMarkdown,
} from '@antislavery/metrics';
import type { CaseRecord } from '@antislavery/referrals';
import { CliError } from '../../cli-error.js';
import type { Command, CommandRun } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import { readPartnership } from '../../input/partnership-file.js';
import { readOptionsOf } from '../../input/read-options.js';
import { readRows } from '../../input/record-rows.js';
import { stringOption, wholeNumberOption } from '../../options.js';
import { progressBar } from '../../output/progress-bar.js';
import { writeTextFile } from '../../output/write-file.js';
import { type ReportFormat, reportFormatOf } from './report-formats.js';
import { reportSpec } from './spec.js';

const RENDERERS: Readonly<Record<ReportFormat, (report: Report) => string>> = {
  html: renderHtml,
  md: renderMarkdown,
  csv: renderCsv,
  json: renderJson,
};

/** Renders a report in a format, ending with a line break. Internal. */
export function renderReport(report: Report, format: ReportFormat): string {
  const text = RENDERERS[format](report);
  return text.endsWith('\n') ? text : `${text}\n`;
}

/**
 * `antislavery report <records> --period <period>`: builds the report over the valid case records
 * of a file and writes it to `--out` or stdout. Rows that are not valid case records are left out
 * and counted on stderr. Internal.
 */
export const runReport: CommandRun = async (args, io) => {
  const [file = ''] = args.positionals;
  const periodText = stringOption(args, 'period');
  if (periodText === undefined) {
    throw new CliError('Give the period the report covers with --period, such as --period 2025-Q1');
  }
  const period = parsePeriod(periodText);
  if (!period.ok) throw new CliError(`--period: ${period.issues[0]?.message ?? 'Enter the period'}`);
  const out = stringOption(args, 'out');
  const format =
    (stringOption(args, 'format') as ReportFormat | undefined) ??
    (out === undefined ? undefined : reportFormatOf(out)) ??
    'md';
  const threshold = wholeNumberOption(args, 'suppress', 1);
  const partnershipFile = stringOption(args, 'partnership');
  const partnership = partnershipFile === undefined ? undefined : await readPartnership(io, partnershipFile);
  const readOptions = await readOptionsOf(io, args);
  const title = stringOption(args, 'title');
  const area = stringOption(args, 'area');

  let read = 0;
  let invalid = 0;
  const bar = progressBar(io, `Reading ${file}`);
  async function* validRecords(): AsyncGenerator<CaseRecord> {
    for await (const row of readRows(io, file, {
      kind: 'case-record',
      ...readOptions,
      onProgress: (fraction, rows) => bar.update(fraction, rows),
    })) {
      if (row.row === 0) {
        throw new CliError(
          `${file}: ${row.ok ? 'the file could not be read' : (row.issues[0]?.message ?? '')}`,
        );
      }
      read++;
      if (row.ok) yield row.value as CaseRecord;
      else invalid++;
    }
  }
  let report: Report;
  try {
    report = await buildReport(validRecords(), {
      period: period.value,
      ...(partnership === undefined ? {} : { partnership }),
      ...(threshold === undefined ? {} : { suppression: { threshold } }),
      ...(title === undefined ? {} : { title }),
      ...(area === undefined ? {} : { area }),
      ...(readOptions.asOf === undefined ? {} : { asOf: readOptions.asOf }),
    });
  } finally {
    bar.done();
  }
  const text = renderReport(report, format);
  if (out === undefined) {
    io.stdout.write(text);
  } else {
    await writeTextFile(io, out, text);
    io.stdout.write(`Wrote the report for ${describePeriod(report.period)} to ${out}\n`);
  }
  if (invalid > 0) {
    const n = (value: number) => value.toLocaleString('en-GB');
    io.stderr.write(
      `antislavery: ${n(invalid)} of ${n(read)} rows are not valid case records and were left out of the report. Run antislavery validate ${file} to see why.\n`,
    );
  }
  return EXIT_CODES.ok;
};

/** The `report` command. Internal. */
export const reportCommand: Command = { spec: reportSpec, run: runReport };
