/// <reference path="./papaparse.d.ts" />
import Papa from 'papaparse';

/**
 * One record of a CSV file: its cells, and whether its quotes were left open at the end; or, with
 * `tooLong`, a record longer than {@link MAX_ROW_LENGTH}, after which nothing more is read.
 */
export type CsvRow = { readonly cells: string[]; readonly unclosedQuote: boolean; readonly tooLong?: true };

/**
 * The most characters one record (a CSV row, or a line of JSON lines) may have: far more than any
 * case record needs, even with long columns the mapping ignores. A longer one is almost always a
 * quote left open or the wrong line ending, and holding it whole would make memory grow with the
 * file.
 */
export const MAX_ROW_LENGTH = 1_000_000;

const TOO_LONG: CsvRow = { cells: [], unclosedQuote: false, tooLong: true };

type Newline = '\n' | '\r' | '\r\n';

/**
 * The line ending of a file, from its first line break outside quotes, or `undefined` while the
 * text seen so far cannot tell (no break yet, or a CR that may be the first half of a CRLF).
 */
function detectNewline(text: string): Newline | undefined {
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) quoted = !quoted;
    else if (!quoted && c === 10) return '\n';
    else if (!quoted && c === 13) {
      if (i + 1 === text.length) return undefined;
      return text.charCodeAt(i + 1) === 10 ? '\r\n' : '\r';
    }
  }
  return undefined;
}

const isBlank = (cells: string[]) => cells.length === 1 && cells[0] === '';

/**
 * The records of CSV text given chunk by chunk, parsed by Papa Parse's core parser. Each chunk is
 * parsed up to its last complete record; the rest, which may be a record cut in half or a quoted
 * cell that spans lines, waits for the next chunk. Blank lines are skipped. Memory holds one
 * chunk and one partial record at a time; a record longer than {@link MAX_ROW_LENGTH} ends the
 * reading with a `tooLong` row.
 */
export async function* csvRows(chunks: AsyncIterable<string>, delimiter: string): AsyncGenerator<CsvRow> {
  let rest = '';
  let newline: Newline | undefined;
  for await (const chunk of chunks) {
    const text = rest + chunk;
    newline ??= detectNewline(text);
    if (newline === undefined) {
      rest = text;
    } else {
      const result = new Papa.Parser({ delimiter, newline }).parse(text, 0, true);
      for (const cells of result.data) if (!isBlank(cells)) yield { cells, unclosedQuote: false };
      rest = text.slice(result.meta.cursor);
    }
    // The record still open cannot be told apart from the rest of the file: stop reading.
    if (rest.length > MAX_ROW_LENGTH) {
      yield TOO_LONG;
      return;
    }
  }
  if (rest === '') return;
  newline ??= rest.endsWith('\r') ? '\r' : '\n';
  const result = new Papa.Parser({ delimiter, newline }).parse(rest, 0, false);
  const unclosed = result.errors.some((error) => error.code === 'MissingQuotes');
  const rows = result.data.filter((cells) => !isBlank(cells));
  for (let i = 0; i < rows.length; i++) {
    yield { cells: rows[i] as string[], unclosedQuote: unclosed && i === rows.length - 1 };
  }
}
