import { createReadStream } from 'node:fs';
import { extname } from 'node:path';
import {
  describeIssueCode,
  type Issue,
  validateNotification,
  validateReferral,
} from '@antislavery/referrals';
import {
  type ColumnMapping,
  type ExportIssue,
  type ExportRow,
  readCaseRecords,
} from '@antislavery/referrals/read-exports';
import { CliError } from '../cli-error.js';
import type { CliIo } from '../io.js';
import { fileErrorMessage, fileSize, parseJsonText, pathIn, readTextFile } from './read-file.js';
import type { RecordKind } from './record-kinds.js';

/** How a file is written, told by its extension. Internal. */
export type InputFormat = 'csv' | 'jsonl' | 'json';

/** One row of a file, read and validated: the record and its warnings, or its issues. Internal. */
export type CheckedRow =
  | {
      readonly row: number;
      readonly ok: true;
      readonly value: unknown;
      readonly warnings: readonly ExportIssue[];
    }
  | { readonly row: number; readonly ok: false; readonly issues: readonly ExportIssue[] };

/** How to read a file of records. Internal. */
export type ReadRowsOptions = {
  readonly kind: RecordKind;
  readonly columns?: ColumnMapping;
  readonly delimiter?: string;
  readonly listSeparator?: string;
  readonly asOf?: string;
  /** Told how far the reading has gone, as a fraction of the file, and the rows read. */
  readonly onProgress?: (fraction: number, rows: number) => void;
};

const FORMATS: Readonly<Record<string, InputFormat>> = {
  '.csv': 'csv',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'json',
};

/** The format of a file from its extension. Internal. */
export function inputFormatOf(file: string): InputFormat {
  const format = FORMATS[extname(file).toLowerCase()];
  if (format === undefined) {
    throw new CliError(
      `Cannot tell how ${file} is written: name it .csv (CSV), .jsonl (JSON lines) or .json (a JSON list)`,
    );
  }
  return format;
}

/** The file's bytes, chunk by chunk, telling `onBytes` how many have been read. */
async function* countedBytes(
  io: CliIo,
  file: string,
  onBytes: (bytes: number) => void,
): AsyncGenerator<Uint8Array> {
  let read = 0;
  try {
    for await (const chunk of createReadStream(pathIn(io, file))) {
      read += (chunk as Uint8Array).length;
      onBytes(read);
      yield chunk as Uint8Array;
    }
  } catch (error) {
    throw new CliError(fileErrorMessage(file, error));
  }
}

/** The lines of a stream of bytes, as text, without their line feeds. */
async function* lines(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of chunks) {
    const parts = (rest + decoder.decode(chunk, { stream: true })).split('\n');
    rest = parts.pop() ?? '';
    for (const line of parts) yield line;
  }
  rest += decoder.decode();
  if (rest !== '') yield rest;
}

const INVALID_JSON = describeIssueCode('export.row.invalid-json');

function invalidJsonRow(row: number): CheckedRow {
  const issue: ExportIssue = {
    severity: 'error',
    path: [],
    code: 'export.row.invalid-json',
    message: INVALID_JSON?.message ?? 'This line is not valid JSON: each line must be one JSON object',
    row,
  };
  return { row, ok: false, issues: [issue] };
}

/** Validates one referral or notification, putting the row on its issues. */
function checkDocument(
  kind: 'referral' | 'notification',
  row: number,
  input: unknown,
  asOf: string | undefined,
): CheckedRow {
  const options = asOf === undefined ? undefined : { asOf };
  const result =
    kind === 'referral' ? validateReferral(input, options) : validateNotification(input, options);
  const withRow = (issue: Issue): ExportIssue => ({ ...issue, row });
  return result.ok
    ? { row, ok: true, value: result.value, warnings: result.warnings.map(withRow) }
    : { row, ok: false, issues: result.issues.map(withRow) };
}

/** The items of a JSON file: a list, or one object as a list of one. */
function itemsOf(file: string, json: unknown): readonly unknown[] {
  if (Array.isArray(json)) return json;
  if (typeof json === 'object' && json !== null) return [json];
  throw new CliError(`${file} must hold a JSON list of records, or one record`);
}

/**
 * Reads a file of records row by row and validates each row, in file order, never stopping at a
 * bad row. Case records in CSV or JSON lines are streamed through `readCaseRecords` of
 * `@antislavery/referrals/read-exports`, so a file of any size reads in bounded memory; a JSON
 * list is read whole. Referrals and notifications are nested documents, so they come as JSON
 * lines or a JSON list, never CSV. Internal.
 */
export async function* readRows(
  io: CliIo,
  file: string,
  options: ReadRowsOptions,
): AsyncGenerator<CheckedRow> {
  const format = inputFormatOf(file);
  const { kind, onProgress } = options;
  if (kind !== 'case-record' && format === 'csv') {
    throw new CliError(
      `A CSV file holds case records, one a row: give ${kind === 'referral' ? 'referrals' : 'notifications'} as JSON lines (.jsonl) or a JSON list (.json)`,
    );
  }
  if (kind !== 'case-record' && options.columns !== undefined) {
    throw new CliError(
      'A column mapping (--map) is for case records only: remove --map, or use --kind case-record',
    );
  }
  const asOf = options.asOf;
  let rows = 0;

  if (format === 'json') {
    const items = itemsOf(file, parseJsonText(file, await readTextFile(io, file)));
    const total = items.length;
    if (kind === 'case-record') {
      const asLines = (function* () {
        for (let index = 0; index < total; index++) {
          onProgress?.(index / total, index);
          yield `${JSON.stringify(items[index])}\n`;
        }
      })();
      yield* readCaseRecords(asLines, caseRecordOptions(options, 'jsonl'));
    } else {
      for (const item of items) {
        rows++;
        onProgress?.(rows / total, rows);
        yield checkDocument(kind, rows, item, asOf);
      }
    }
    onProgress?.(1, total);
    return;
  }

  const size = await fileSize(io, file);
  let fraction = 0;
  const bytes = countedBytes(io, file, (read) => {
    fraction = size === 0 ? 1 : read / size;
  });
  if (kind === 'case-record') {
    for await (const row of readCaseRecords(bytes, caseRecordOptions(options, format))) {
      if (row.row > 0) rows = row.row;
      onProgress?.(fraction, rows);
      yield row satisfies ExportRow;
    }
  } else {
    for await (const line of lines(bytes)) {
      if (line.trim() === '') continue;
      rows++;
      onProgress?.(fraction, rows);
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        yield invalidJsonRow(rows);
        continue;
      }
      yield checkDocument(kind, rows, parsed, asOf);
    }
  }
  onProgress?.(1, rows);
}

function caseRecordOptions(options: ReadRowsOptions, format: 'csv' | 'jsonl') {
  return {
    format,
    ...(options.columns === undefined ? {} : { columns: options.columns }),
    ...(options.delimiter === undefined ? {} : { delimiter: options.delimiter }),
    ...(options.listSeparator === undefined ? {} : { listSeparator: options.listSeparator }),
    ...(options.asOf === undefined ? {} : { asOf: options.asOf }),
  };
}
