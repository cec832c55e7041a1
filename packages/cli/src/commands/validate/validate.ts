import type { ExportIssue } from '@antislavery/referrals/read-exports';
import { CliError } from '../../cli-error.js';
import type { Command, CommandRun } from '../../command.js';
import { EXIT_CODES } from '../../exit-codes.js';
import { readOptionsOf } from '../../input/read-options.js';
import type { RecordKind } from '../../input/record-kinds.js';
import { type ReadRowsOptions, readRows } from '../../input/record-rows.js';
import type { CliIo } from '../../io.js';
import { stringOption, wholeNumberOption } from '../../options.js';
import { formatIssueLine, formatIssuePath } from '../../output/issue-lines.js';
import { progressBar } from '../../output/progress-bar.js';
import { validateSpec } from './spec.js';

/** How often an issue code was found, and whether it stops a record. Internal. */
export type IssueCount = {
  readonly code: string;
  readonly severity: 'error' | 'warning';
  readonly count: number;
  readonly message: string;
};

/** A row that has issues: invalid, or valid with warnings. */
type RowWithIssues = {
  readonly row: number;
  readonly valid: boolean;
  readonly issues: readonly ExportIssue[];
};

/** What checking a file found. Internal. */
export type ValidationSummary = {
  readonly file: string;
  readonly kind: RecordKind;
  readonly rows: number;
  readonly valid: number;
  readonly invalid: number;
  readonly withWarnings: number;
  readonly issueCounts: readonly IssueCount[];
  readonly rowsWithIssues: readonly RowWithIssues[];
};

const TOP_CODES = 5;

function locate(issue: ExportIssue): string {
  const where = issue.column === undefined ? formatIssuePath(issue.path) : `column ${issue.column}`;
  return `Row ${issue.row.toLocaleString('en-GB')}, ${where}`;
}

/**
 * Checks every row of a file, keeping the issues of the first `keep.invalid` invalid rows and, if
 * `keep.warnings`, of the valid rows with warnings. Internal.
 */
export async function checkFile(
  io: CliIo,
  file: string,
  options: ReadRowsOptions,
  keep: { readonly invalid: number; readonly warnings: boolean },
): Promise<ValidationSummary> {
  let rows = 0;
  let valid = 0;
  let withWarnings = 0;
  const counts = new Map<string, { severity: 'error' | 'warning'; count: number; message: string }>();
  const rowsWithIssues: RowWithIssues[] = [];
  const count = (issues: readonly ExportIssue[]) => {
    for (const issue of issues) {
      const entry = counts.get(issue.code);
      if (entry === undefined)
        counts.set(issue.code, { severity: issue.severity, count: 1, message: issue.message });
      else entry.count++;
    }
  };
  for await (const row of readRows(io, file, options)) {
    if (row.row === 0) {
      // An issue with the file as a whole (empty, or no column the SDK knows): nothing was checked.
      const issue = row.ok ? undefined : row.issues[0];
      throw new CliError(`${file}: ${issue?.message ?? 'the file could not be read'}`);
    }
    rows++;
    if (row.ok) {
      valid++;
      if (row.warnings.length > 0) {
        withWarnings++;
        count(row.warnings);
        if (keep.warnings) rowsWithIssues.push({ row: row.row, valid: true, issues: row.warnings });
      }
    } else {
      count(row.issues);
      if (rows - valid <= keep.invalid)
        rowsWithIssues.push({ row: row.row, valid: false, issues: row.issues });
    }
  }
  const issueCounts = [...counts.entries()]
    .map(([code, entry]) => ({ code, ...entry }))
    .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
  return {
    file,
    kind: options.kind,
    rows,
    valid,
    invalid: rows - valid,
    withWarnings,
    issueCounts,
    rowsWithIssues,
  };
}

/** The summary as text: the invalid rows listed (up to `show`), then the counts and the most frequent codes. Internal. */
export function formatValidationText(summary: ValidationSummary, show: number): string {
  const lines: string[] = [];
  const invalidRows = summary.rowsWithIssues.filter((row) => !row.valid);
  for (const row of invalidRows.slice(0, show)) {
    for (const issue of row.issues) lines.push(formatIssueLine(issue, locate(issue)));
  }
  const unlisted = summary.invalid - Math.min(show, invalidRows.length);
  if (unlisted > 0 && show > 0) {
    lines.push(
      `...and ${unlisted.toLocaleString('en-GB')} more invalid ${unlisted === 1 ? 'row' : 'rows'} (--show sets how many are listed)`,
    );
  }
  if (lines.length > 0) lines.push('');
  const n = (value: number) => value.toLocaleString('en-GB');
  const kind = summary.kind === 'case-record' ? 'case records' : `${summary.kind}s`;
  if (summary.rows === 0) {
    lines.push(`${summary.file}: no rows to check.`);
    return `${lines.join('\n')}\n`;
  }
  const warnings =
    summary.withWarnings === 0
      ? ''
      : ` (${n(summary.withWarnings)} valid ${summary.withWarnings === 1 ? 'row has' : 'rows have'} warnings)`;
  lines.push(
    `${summary.file}: ${n(summary.rows)} ${summary.rows === 1 ? 'row' : 'rows'} of ${kind} checked: ${n(summary.valid)} valid, ${n(summary.invalid)} invalid${warnings}.`,
  );
  if (summary.issueCounts.length > 0) {
    lines.push('Most frequent issues:');
    const top = summary.issueCounts.slice(0, TOP_CODES);
    const width = Math.max(...top.map((entry) => n(entry.count).length));
    for (const entry of top) {
      lines.push(`  ${n(entry.count).padStart(width)}  ${entry.code} (${entry.severity}): ${entry.message}`);
    }
    const others = summary.issueCounts.length - top.length;
    if (others > 0) lines.push(`  and ${n(others)} other ${others === 1 ? 'code' : 'codes'}`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `antislavery validate <file>`: checks every row and prints the invalid rows and a summary, as
 * text or JSON. Exit code 0 when every row is valid, 1 when any is invalid. Internal.
 */
export const runValidate: CommandRun = async (args, io) => {
  const [file = ''] = args.positionals;
  const format = stringOption(args, 'format') ?? 'text';
  const kind = (stringOption(args, 'kind') ?? 'case-record') as RecordKind;
  const show = wholeNumberOption(args, 'show', 0) ?? 20;
  const readOptions = await readOptionsOf(io, args);
  const bar =
    format === 'text' ? progressBar(io, `Checking ${file}`) : progressBar({ ...io, isTTY: false }, '');
  let summary: ValidationSummary;
  try {
    summary = await checkFile(
      io,
      file,
      { kind, ...readOptions, onProgress: (fraction, rows) => bar.update(fraction, rows) },
      format === 'json'
        ? { invalid: Number.POSITIVE_INFINITY, warnings: true }
        : { invalid: show, warnings: false },
    );
  } finally {
    bar.done();
  }
  io.stdout.write(
    format === 'json' ? `${JSON.stringify(summary, null, 2)}\n` : formatValidationText(summary, show),
  );
  return summary.invalid > 0 ? EXIT_CODES.failed : EXIT_CODES.ok;
};

/** The `validate` command. Internal. */
export const validateCommand: Command = { spec: validateSpec, run: runValidate };
