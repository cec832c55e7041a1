// Big input is bounded: readCaseRecords, reading a 50 MB file that is one line, or nothing but
// quotes, from disk, rejects it with a typed issue, quickly and in bounded memory, instead of
// holding the whole file as one row (which took minutes and hundreds of megabytes).
// (A million ordinary rows in bounded memory is measured by the benchmark, in bench/.)
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIssueCode } from '@antislavery/referrals';
import { type ExportRow, readCaseRecords } from '@antislavery/referrals/read-exports';
import { afterAll, describe, expect, it } from 'vitest';
import { AS_OF, CASE_RECORD_COLUMNS, caseRecord, caseRecordCsvLine } from './support/documents.js';

const FIFTY_MB = 50 * 1024 * 1024;
/** Loose: the file's own size, many times over, would be far more than this. */
const MEMORY_BOUND = 40 * 1024 * 1024;

const folder = mkdtempSync(join(tmpdir(), 'antislavery-big-input-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function writeFile(name: string, head: string, fill: string, size: number): string {
  const path = join(folder, name);
  const body = fill.repeat(Math.ceil((size - head.length) / fill.length));
  writeFileSync(path, head + body);
  return path;
}

/** Reads every row of a file streamed from disk; the peak growth of memory while reading. */
async function readFile(
  path: string,
  format: 'csv' | 'jsonl',
): Promise<{ rows: ExportRow[]; growth: number; ms: number }> {
  globalThis.gc?.();
  const before = process.memoryUsage();
  let peak = 0;
  const started = performance.now();
  const rows: ExportRow[] = [];
  for await (const row of readCaseRecords(createReadStream(path), { format, asOf: AS_OF })) {
    rows.push(row);
    const now = process.memoryUsage();
    peak = Math.max(peak, now.rss - before.rss, now.heapUsed - before.heapUsed);
  }
  const now = process.memoryUsage();
  peak = Math.max(peak, now.heapUsed - before.heapUsed);
  return { rows, growth: peak, ms: performance.now() - started };
}

const tooLong = (row: number) => ({
  row,
  ok: false,
  issues: [
    {
      severity: 'error',
      path: [],
      code: 'export.row.too-long',
      message: 'Check the file: this row is longer than 1,000,000 characters',
      row,
    },
  ],
});

describe('readCaseRecords on a 50 MB file', () => {
  it('registers the issue it gives for a row too long to read', () => {
    expect(describeIssueCode('export.row.too-long')?.severity).toBe('error');
  });

  it('rejects a file that is one 50 MB line with one issue at row 0, in bounded memory', async () => {
    const path = writeFile('one-line.csv', '', 'reference', FIFTY_MB);
    const { rows, growth } = await readFile(path, 'csv');
    expect(rows).toEqual([tooLong(0)]);
    expect(growth).toBeLessThan(MEMORY_BOUND);
  }, 60_000);

  it('rejects a file of nothing but quotes with one issue at row 0, in bounded memory', async () => {
    const path = writeFile('quotes.csv', '', '"', FIFTY_MB);
    const { rows, growth } = await readFile(path, 'csv');
    expect(rows).toEqual([tooLong(0)]);
    expect(growth).toBeLessThan(MEMORY_BOUND);
  }, 60_000);

  it('reads the rows before a quote left open, then stops with the issue at the next row', async () => {
    const head = `${CASE_RECORD_COLUMNS.join(',')}\n${caseRecordCsvLine(caseRecord())}\n"`;
    const path = writeFile('open-quote.csv', head, 'text, with commas\n', FIFTY_MB);
    const { rows, growth } = await readFile(path, 'csv');
    expect(rows.map((row) => row.ok)).toEqual([true, false]);
    expect(rows[1]).toEqual(tooLong(2));
    expect(growth).toBeLessThan(MEMORY_BOUND);
  }, 60_000);

  it('skips a 50 MB line of JSON lines and reads the line after it', async () => {
    const path = join(folder, 'long-line.jsonl');
    writeFileSync(
      path,
      `${JSON.stringify(caseRecord())}\n{"reference":"${'x'.repeat(FIFTY_MB)}"}\n${JSON.stringify(caseRecord())}\n`,
    );
    const { rows, growth } = await readFile(path, 'jsonl');
    expect(rows.map((row) => [row.row, row.ok])).toEqual([
      [1, true],
      [2, false],
      [3, true],
    ]);
    expect(rows[1]).toEqual(tooLong(2));
    expect(growth).toBeLessThan(MEMORY_BOUND);
  }, 60_000);

  it('reads a row of just under the limit whole', async () => {
    const note = 'n'.repeat(999_000);
    const csv = `${CASE_RECORD_COLUMNS.join(',')},notes\n${caseRecordCsvLine(caseRecord())},${note}\n`;
    const rows: ExportRow[] = [];
    for await (const row of readCaseRecords(csv, { asOf: AS_OF })) rows.push(row);
    expect(rows.map((row) => row.ok)).toEqual([true]);
  });
});
