import { raise } from '../define-issue.js';
import type { Issue } from '../issue.js';
import { type CaseRecord, caseRecordField } from '../schemas/case-record.js';
import { asOfDate, type ValidateOptions } from '../validate/run-validation.js';
import { validateCaseRecord } from '../validate/validate-case-record.js';
import { csvRows, MAX_ROW_LENGTH } from './csv-rows.js';
import { InvalidColumnMappingError } from './errors.js';
import { EXPORT_ISSUES } from './export-issues.js';
import { type ExportSource, textChunks } from './text-chunks.js';

/**
 * The case record fields a column can fill.
 *
 * @example
 * ```ts
 * import type { CaseRecordField } from '@antislavery/referrals/read-exports';
 *
 * const field: CaseRecordField = 'referralDate';
 * ```
 */
export type CaseRecordField = keyof CaseRecord;

/**
 * How one column of an export fills a case record field:
 * - a field name: the cell is the field's value, for example `'referralDate'`;
 * - `{ field, values }`: the cell's value is looked up in `values` first, so an export's own
 *   words become the SDK's (`{ Female: 'female', Other: 'unknown' }`); a value not in the map is
 *   kept as it is, and validation reports it if it is wrong;
 * - `{ field, separator }`: for a list field, the cell holds several values split by
 *   `separator` (by default the reader's `listSeparator`);
 * - `{ field, flag }`: for a list field, a yes/true/1 cell adds `flag` to the list, as the form's
 *   payload sends one `Component...` column per exploitation type.
 *
 * @example
 * ```ts
 * import type { ColumnSpec } from '@antislavery/referrals/read-exports';
 *
 * const gender: ColumnSpec = { field: 'gender', values: { Female: 'female', Male: 'male', Other: 'unknown' } };
 * const forcedCrime: ColumnSpec = { field: 'exploitationTypes', flag: 'forced-to-commit-crime' };
 * ```
 */
export type ColumnSpec =
  | CaseRecordField
  | {
      readonly field: CaseRecordField;
      readonly values?: Readonly<Record<string, string>>;
      readonly separator?: string;
      readonly flag?: string;
    };

/**
 * A column mapping: the export's column name (or JSON key) to the case record field it fills.
 * Columns the mapping does not name are ignored.
 *
 * @example
 * ```ts
 * import type { ColumnMapping } from '@antislavery/referrals/read-exports';
 *
 * const mapping: ColumnMapping = {
 *   'Case Ref': 'reference',
 *   'Date Referred': 'referralDate',
 *   Sex: { field: 'gender', values: { F: 'female', M: 'male', X: 'unknown' } },
 * };
 * ```
 */
export type ColumnMapping = Readonly<Record<string, ColumnSpec>>;

/**
 * Options for {@link readCaseRecords}.
 *
 * @example
 * ```ts
 * import type { ReadCaseRecordsOptions } from '@antislavery/referrals/read-exports';
 *
 * const options: ReadCaseRecordsOptions = { format: 'csv', delimiter: ';', listSeparator: '|' };
 * ```
 */
export type ReadCaseRecordsOptions = ValidateOptions & {
  /** `csv` (the default) or `jsonl`: one JSON object a line. */
  readonly format?: 'csv' | 'jsonl';
  /**
   * The column mapping. Without one, each column named exactly as a case record field (for example
   * `referralDate`) fills that field.
   */
  readonly columns?: ColumnMapping;
  /**
   * The CSV delimiter; a comma unless stated. An empty delimiter, or one that cannot separate cells
   * (a quote or a line break), is read as a comma.
   */
  readonly delimiter?: string;
  /** What separates the values of a list field in one cell; a semicolon unless stated. */
  readonly listSeparator?: string;
};

/**
 * An issue found reading one row of an export: a case record {@link Issue} with the row number and,
 * where the issue is about one field, the export's column for it.
 *
 * @example
 * ```ts
 * import type { ExportIssue } from '@antislavery/referrals/read-exports';
 *
 * const issue: ExportIssue = {
 *   row: 12,
 *   column: 'Date Referred',
 *   severity: 'error',
 *   path: ['referralDate'],
 *   code: 'case-record.referral-date.invalid-date',
 *   message: 'The referral date must be a real date, written YYYY-MM-DD',
 * };
 * ```
 */
export type ExportIssue = Issue & {
  /** The row: 1 for the first record after the header (or the first line of JSON lines); 0 for the file itself. */
  readonly row: number;
  /** The export's column, where the issue is about one field that a column fills. */
  readonly column?: string;
};

/**
 * One row of an export, read and validated: the case record and any warnings, or the issues.
 *
 * @example
 * ```ts
 * import type { ExportRow } from '@antislavery/referrals/read-exports';
 *
 * function describe(row: ExportRow): string {
 *   return row.ok ? `row ${row.row}: ${row.value.reference}` : `row ${row.row}: ${row.issues.length} issues`;
 * }
 * ```
 */
export type ExportRow =
  | {
      readonly row: number;
      readonly ok: true;
      readonly value: CaseRecord;
      readonly warnings: readonly ExportIssue[];
    }
  | { readonly row: number; readonly ok: false; readonly issues: readonly ExportIssue[] };

const FIELDS: readonly string[] = Object.keys(caseRecordField.children ?? {});
const LIST_FIELDS: ReadonlySet<string> = new Set(
  FIELDS.filter((name) => caseRecordField.children?.[name]?.kind === 'list'),
);
const TRUE_CELLS: ReadonlySet<string> = new Set(['true', 'yes', 'y', '1']);

type Plan = {
  readonly field: string;
  readonly values: Readonly<Record<string, string>> | undefined;
  readonly separator: string | undefined;
  readonly flag: string | undefined;
};

function planOf(column: string, spec: ColumnSpec, listSeparator: string): Plan {
  // A spec that is neither a name nor an object (unchecked input) names no field either.
  if (typeof spec !== 'string' && (typeof spec !== 'object' || spec === null)) {
    throw new InvalidColumnMappingError(column, String(spec));
  }
  const { field, values, separator, flag } = typeof spec === 'string' ? { field: spec } : spec;
  if (!FIELDS.includes(field)) throw new InvalidColumnMappingError(column, String(field));
  const list = LIST_FIELDS.has(field);
  return {
    field,
    values,
    separator: list && flag === undefined ? (separator ?? listSeparator) : undefined,
    flag: list ? flag : undefined,
  };
}

function defaultMapping(): ColumnMapping {
  return Object.fromEntries(FIELDS.map((name) => [name, name])) as ColumnMapping;
}

function mapped(plan: Plan, raw: string): string {
  const { values } = plan;
  return typeof values === 'object' && values !== null && Object.hasOwn(values, raw)
    ? (values[raw] as string)
    : raw;
}

/** Adds one cell's value to a record being built. Empty cells leave the field out. */
function put(record: Record<string, unknown>, plan: Plan, cell: unknown): void {
  if (cell === undefined || cell === null) return;
  if (typeof cell !== 'string') {
    record[plan.field] = cell;
    return;
  }
  const raw = cell.trim();
  if (raw === '') return;
  if (plan.flag !== undefined) {
    if (!TRUE_CELLS.has(raw.toLowerCase())) return;
    const list = record[plan.field];
    if (Array.isArray(list)) list.push(plan.flag);
    else record[plan.field] = [plan.flag];
    return;
  }
  if (plan.separator !== undefined) {
    const values = raw
      .split(plan.separator)
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .map((part) => mapped(plan, part));
    record[plan.field] = values;
    return;
  }
  record[plan.field] = mapped(plan, raw);
}

/** Validates one built record and puts the row number and columns on its issues. */
function rowResult(
  row: number,
  record: unknown,
  asOf: string,
  columnOf: ReadonlyMap<string, string>,
  extra: readonly Issue[],
): ExportRow {
  const result = validateCaseRecord(record, { asOf });
  const locate = (issue: Issue): ExportIssue => {
    const field = issue.path[0];
    const column = typeof field === 'string' ? columnOf.get(field) : undefined;
    return column === undefined ? { ...issue, row } : { ...issue, row, column };
  };
  const fatal = extra.some((issue) => issue.severity === 'error');
  if (result.ok && !fatal) {
    return { row, ok: true, value: result.value, warnings: [...extra, ...result.warnings].map(locate) };
  }
  const issues = result.ok ? [...extra, ...result.warnings] : [...extra, ...result.issues];
  return { row, ok: false, issues: issues.map(locate) };
}

async function* readCsv(
  source: ExportSource,
  mapping: ColumnMapping,
  delimiter: string,
  listSeparator: string,
  asOf: string,
): AsyncGenerator<ExportRow> {
  let header: string[] | undefined;
  let plans: (Plan | undefined)[] = [];
  const columnOf = new Map<string, string>();
  let row = 0;
  for await (const { cells, unclosedQuote, tooLong } of csvRows(textChunks(source), delimiter)) {
    if (tooLong) {
      // The row after the last one read (the header, if it is the header) never ends in time.
      const at = header === undefined ? 0 : row + 1;
      yield { row: at, ok: false, issues: [{ ...raise(EXPORT_ISSUES.rowTooLong, []), row: at }] };
      return;
    }
    if (header === undefined) {
      header = cells.map((cell) => cell.trim());
      plans = header.map((name) => {
        const spec = Object.hasOwn(mapping, name) ? mapping[name] : undefined;
        return spec === undefined ? undefined : planOf(name, spec, listSeparator);
      });
      header.forEach((name, index) => {
        const plan = plans[index];
        if (plan !== undefined && !columnOf.has(plan.field)) columnOf.set(plan.field, name);
      });
      if (plans.every((plan) => plan === undefined)) {
        yield { row: 0, ok: false, issues: [{ ...raise(EXPORT_ISSUES.noKnownColumns, []), row: 0 }] };
        return;
      }
      continue;
    }
    row++;
    const extra: Issue[] = [];
    if (cells.length !== header.length) extra.push(raise(EXPORT_ISSUES.wrongCellCount, []));
    if (unclosedQuote) extra.push(raise(EXPORT_ISSUES.unclosedQuote, []));
    const record: Record<string, unknown> = {};
    const width = Math.min(cells.length, plans.length);
    for (let i = 0; i < width; i++) {
      const plan = plans[i];
      if (plan !== undefined) put(record, plan, cells[i]);
    }
    yield rowResult(row, record, asOf, columnOf, extra);
  }
  if (header === undefined) {
    yield { row: 0, ok: false, issues: [{ ...raise(EXPORT_ISSUES.emptyFile, []), row: 0 }] };
  }
}

/** A line longer than {@link MAX_ROW_LENGTH}, which {@link jsonLines} gives in its place. */
const TOO_LONG_LINE = Symbol('too long');

/**
 * The lines of text given chunk by chunk. A line longer than {@link MAX_ROW_LENGTH} is skipped
 * and {@link TOO_LONG_LINE} given in its place, so memory holds one chunk and one line at most.
 */
async function* jsonLines(chunks: AsyncIterable<string>): AsyncGenerator<string | typeof TOO_LONG_LINE> {
  let rest = '';
  let skipping = false;
  for await (const chunk of chunks) {
    let text = chunk;
    if (skipping) {
      const end = text.indexOf('\n');
      if (end < 0) continue;
      skipping = false;
      text = text.slice(end + 1);
    }
    const lines = (rest + text).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) yield line.length > MAX_ROW_LENGTH ? TOO_LONG_LINE : line;
    if (rest.length > MAX_ROW_LENGTH) {
      yield TOO_LONG_LINE;
      rest = '';
      skipping = true;
    }
  }
  if (rest !== '') yield rest;
}

async function* readJsonLines(
  source: ExportSource,
  mapping: ColumnMapping,
  listSeparator: string,
  asOf: string,
): AsyncGenerator<ExportRow> {
  const plans = new Map<string, Plan>();
  const columnOf = new Map<string, string>();
  for (const [column, spec] of Object.entries(mapping)) {
    const plan = planOf(column, spec, listSeparator);
    plans.set(column, plan);
    if (!columnOf.has(plan.field)) columnOf.set(plan.field, column);
  }
  let row = 0;
  for await (const line of jsonLines(textChunks(source))) {
    if (line === TOO_LONG_LINE) {
      row++;
      yield { row, ok: false, issues: [{ ...raise(EXPORT_ISSUES.rowTooLong, []), row }] };
      continue;
    }
    if (line.trim() === '') continue;
    row++;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      yield { row, ok: false, issues: [{ ...raise(EXPORT_ISSUES.invalidJson, []), row }] };
      continue;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      yield rowResult(row, parsed, asOf, columnOf, []);
      continue;
    }
    const record: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(parsed)) {
      const plan = plans.get(key);
      if (plan === undefined) continue;
      if (Array.isArray(value) && plan.separator !== undefined) {
        record[plan.field] = value.map((item) => (typeof item === 'string' ? mapped(plan, item) : item));
      } else {
        put(record, plan, value);
      }
    }
    yield rowResult(row, record, asOf, columnOf, []);
  }
}

/**
 * Reads a CSV or JSON lines export of case records row by row, maps each row's columns to a case
 * record, validates it with {@link validateCaseRecord}, and yields the result: the record, or the
 * row's issues with its row number and columns. A bad row never stops the reading. The file is
 * streamed: memory holds one chunk and one row at a time, so a file of a million rows reads in
 * bounded memory.
 *
 * CSV follows RFC 4180 as Papa Parse reads it: quoted cells may hold delimiters, quotes (doubled)
 * and line breaks; line endings may be LF, CRLF or CR; a UTF-8 byte order mark is dropped; blank
 * lines are skipped; cells are trimmed and empty cells leave their field out. A row with more or
 * fewer cells than the header is read as far as it goes, with a warning. An empty file gives one
 * row-0 issue; a header with no rows gives no rows.
 *
 * A row (or a line of JSON lines) may have at most 1,000,000 characters, far more than a case
 * record needs. A longer one gives the issue `export.row.too-long`: in CSV, where the row would
 * end cannot be known (it is usually a quote left open), so reading stops there; in JSON lines
 * the line is skipped and reading goes on. Memory stays bounded whatever the file holds.
 *
 * @param source - The export: a string, a web `ReadableStream`, or a Node `Readable` or any
 *   async iterable of text or bytes; see {@link ExportSource}.
 * @param options - The format, column mapping, delimiters and the date to validate against.
 * @returns An async iterable of {@link ExportRow}s, in file order.
 * @throws `InvalidIsoDateError` (from `@antislavery/model`) when iterated, if `options.asOf`
 *   is not a real date, and {@link InvalidColumnMappingError} if the mapping names a field that
 *   does not exist.
 * @example
 * ```ts
 * import { readCaseRecords } from '@antislavery/referrals/read-exports';
 *
 * const csv = [
 *   'reference,kind,referralDate,ageGroupAtExploitation,exploitationTypes,firstResponderType,jurisdiction',
 *   'NRM-1,nrm-referral,2025-01-06,adult,forced-to-work;wages-taken,local-authority,england',
 *   'NRM-2,nrm-referral,2025-02-30,adult,forced-to-work,local-authority,england',
 * ].join('\n');
 * const rows = [];
 * for await (const row of readCaseRecords(csv, { asOf: '2025-06-30' })) rows.push(row);
 * rows.map((row) => (row.ok ? 'ok' : row.issues[0]?.code));
 * //=> ['ok', 'case-record.referral-date.invalid-date']
 * ```
 */
export async function* readCaseRecords(
  source: ExportSource,
  options: ReadCaseRecordsOptions = {},
): AsyncGenerator<ExportRow, void, undefined> {
  const asOf = asOfDate(options, 'readCaseRecords');
  const mapping = options?.columns ?? defaultMapping();
  for (const [column, spec] of Object.entries(mapping)) planOf(column, spec, ';');
  const listSeparator = options?.listSeparator ?? ';';
  if (options?.format === 'jsonl') {
    yield* readJsonLines(source, mapping, listSeparator, asOf);
  } else {
    // Papa Parse reads a delimiter it cannot use (a quote, a line break) as a comma, but loops for
    // ever on an empty one, so an empty delimiter is read as a comma here.
    yield* readCsv(source, mapping, options?.delimiter || ',', listSeparator, asOf);
  }
}
