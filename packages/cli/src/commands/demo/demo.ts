import { join } from 'node:path';
import {
  buildReport,
  describePeriod,
  type HeadlineCount,
  latestWholePeriod,
  renderHtml,
  type TableCell,
} from '@antislavery/metrics';
import { formatLongDate, type IsoDate, todayInUk } from '@antislavery/model/calendar';
import { derbyAndDerbyshirePartnership as partnership } from '@antislavery/model/examples';
import { decidePathway, derbyAndDerbyshireLocalPathway } from '@antislavery/pathways';
import type { CaseRecord } from '@antislavery/referrals';
import { readCaseRecords } from '@antislavery/referrals/read-exports';
import type { Command, CommandRun } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import type { CliIo } from '../../io.js';
import { asOfOption, stringOption } from '../../options.js';
import { formatDecisionText } from '../../output/format-decision.js';
import { formatIssueLine, formatIssuePath } from '../../output/issue-lines.js';
import { writeTextFile } from '../../output/write-file.js';
import { demoBatch } from './demo-batch.js';
import { DEMO_SITUATIONS } from './demo-situations.js';
import { demoSpec } from './spec.js';

const n = (value: number) => value.toLocaleString('en-GB');

function heading(io: CliIo, text: string): void {
  io.stdout.write(`\n${text}\n${'='.repeat(text.length)}\n\n`);
}

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((line) => (line === '' ? line : `${by}${line}`))
    .join('\n');

function cellText(cell: TableCell): string {
  return cell.suppressed ? 'suppressed (a small number)' : n(cell.value);
}

function headlineLine(count: HeadlineCount): string {
  const change = count.changeOnPrevious;
  let trend = '';
  if (change !== undefined && change.percent !== null) {
    const percent = Math.abs(change.percent).toFixed(1);
    trend =
      percent === '0.0'
        ? ', the same as the quarter before'
        : `, ${change.percent > 0 ? 'up' : 'down'} ${percent}% on the quarter before`;
  }
  return `${count.label}: ${cellText(count.current)}${trend}`;
}

/** The partnership and its priorities. */
function showPartnership(io: CliIo): void {
  heading(io, `1. ${partnership.name}`);
  const lines = [
    ...(partnership.vision === undefined ? [] : [`Vision: ${partnership.vision.statement}`, '']),
    `Priorities ${partnership.priorities?.period?.label ?? ''}:`,
    ...(partnership.priorities?.items ?? []).map((item) => `  ${item.number}. ${item.text}`),
    '',
    `Steering group chair: ${partnership.steeringGroup?.chair ?? 'not recorded'}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

/** The four situations, decided with the local pathway. */
function showDecisions(io: CliIo, asOf: IsoDate): void {
  heading(io, `2. What to do next: four situations in Derby and Derbyshire, as of ${formatLongDate(asOf)}`);
  DEMO_SITUATIONS.forEach((situation, index) => {
    const decision = decidePathway(situation.facts, { asOf, local: derbyAndDerbyshireLocalPathway });
    io.stdout.write(`${index === 0 ? '' : '\n'}2.${index + 1} ${situation.title}\n${situation.story}\n\n`);
    io.stdout.write(indent(formatDecisionText(decision)));
  });
}

/** Checks the generated batch and shows what is wrong with the bad rows; returns the valid records. */
async function showChecks(io: CliIo, to: IsoDate, asOf: IsoDate): Promise<CaseRecord[]> {
  heading(io, '3. Checking a batch of case records');
  const batch = demoBatch(to, asOf);
  io.stdout.write(
    `${n(batch.count)} synthetic case records for Derby and Derbyshire, exported as CSV, with ${batch.faults.size} broken on purpose.\n\n`,
  );
  const valid: CaseRecord[] = [];
  const lines: string[] = [];
  for await (const row of readCaseRecords(batch.csv, { asOf })) {
    if (row.ok) {
      valid.push(row.value);
      continue;
    }
    lines.push(`Row ${n(row.row)} (${batch.faults.get(row.row) ?? 'not broken on purpose'}):`);
    for (const issue of row.issues) {
      lines.push(
        `  ${formatIssueLine(issue, issue.column === undefined ? formatIssuePath(issue.path) : `column ${issue.column}`)}`,
      );
    }
  }
  io.stdout.write(`${lines.join('\n')}\n\n`);
  io.stdout.write(
    `${n(batch.count)} rows checked: ${n(valid.length)} valid, ${n(batch.count - valid.length)} invalid.\n`,
  );
  return valid;
}

/** Builds the quarterly report, writes it as HTML and prints its headline. */
async function showReport(
  io: CliIo,
  records: readonly CaseRecord[],
  asOf: IsoDate,
  out: string | undefined,
): Promise<void> {
  const period = latestWholePeriod('quarter', asOf);
  heading(io, `4. The quarterly report: ${describePeriod(period)}`);
  const report = buildReport(records, { period, partnership, asOf });
  const file = out ?? join(io.tmpdir ?? io.cwd, `antislavery-demo-report-${period.label}.html`);
  await writeTextFile(io, file, renderHtml(report));
  const lines = [
    report.title,
    ...report.headline.counts.map((count) => `  ${headlineLine(count)}`),
    '',
    `Counts under ${report.suppression.threshold} are suppressed, with secondary suppression, before anything is published.`,
    `The report, one HTML page with charts, is in ${file}`,
  ];
  io.stdout.write(`${lines.join('\n')}\n`);
}

/**
 * `antislavery demo`: the main demonstration, on built-in data only. Decisions are as of
 * `--as-of` (today in the UK by default) and the report covers the last whole quarter before it.
 * Internal.
 */
export const runDemo: CommandRun = async (args, io) => {
  const now = io.now ?? (() => performance.now());
  const started = now();
  const asOf = asOfOption(args) ?? todayInUk();
  const out = stringOption(args, 'out');
  io.stdout.write(
    'The antislavery SDK on built-in data. Every person and record here is invented; the rules, contacts and organisations are real.\n',
  );
  showPartnership(io);
  showDecisions(io, asOf);
  const period = latestWholePeriod('quarter', asOf);
  const valid = await showChecks(io, period.end, asOf);
  await showReport(io, valid, asOf, out);
  io.stdout.write(`\nFinished in ${((now() - started) / 1000).toFixed(1)} seconds.\n`);
  return EXIT_CODES.ok;
};

/** The `demo` command. Internal. */
export const demoCommand: Command = { spec: demoSpec, run: runDemo };
