import type { Report } from '../report/report.js';
import type { TableCell } from '../tables/count-table.js';
import { MEASURE_COLUMNS, measureRows, sectionsOf } from './report-sections.js';

/** The columns of {@link renderCsv}. */
const COLUMNS = ['section', 'table', 'row', 'column', 'value', 'note'] as const;

/**
 * A text cell safe to open in a spreadsheet: one starting with `=`, `+`, `-`, `@`, a tab or a
 * carriage return is prefixed with `'` so no spreadsheet runs it as a formula, and a cell with a
 * comma, quote or line break is quoted (quotes doubled), as RFC 4180 has it.
 */
function textCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A number the report computed: written as a plain number, which spreadsheets read as a number. */
const numberCell = (value: number) => (Number.isFinite(value) ? String(value) : '');

type Row = readonly [string, string, string, string, number | undefined, string];

function cellRow(
  section: string,
  table: string,
  row: string,
  column: string,
  cell: TableCell | undefined,
): Row | undefined {
  if (cell === undefined) return undefined;
  return cell.suppressed
    ? [section, table, row, column, undefined, `suppressed (${cell.reason})`]
    : [section, table, row, column, cell.value, ''];
}

/**
 * Renders a report as one CSV file in long form, one figure a line: `section, table, row, column,
 * value, note`. Every cell and total of every table is a line; a suppressed cell has no value and
 * the note `suppressed (primary)` or `suppressed (secondary)`, so it can never be read as zero.
 * The measures follow, one line per field of each. Safe against spreadsheet formula injection:
 * every text cell starting with `=`, `+`, `-`, `@`, a tab or a carriage return is prefixed with
 * `'`; the report's own numbers are written as plain numbers.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The CSV, with a header line and CRLF line endings, as RFC 4180 has them.
 * @example
 * ```ts
 * import { buildReport, renderCsv } from '@antislavery/metrics';
 *
 * const csv = renderCsv(buildReport([], { period: '2025-Q1' }));
 * csv.split('\r\n')[0];
 * //=> 'section,table,row,column,value,note'
 * ```
 */
export function renderCsv(report: Report): string {
  const rows: Row[] = [];
  for (const section of sectionsOf(report)) {
    for (const table of section.tables) {
      const push = (row: Row | undefined) => {
        if (row) rows.push(row);
      };
      table.rows.forEach((row, i) => {
        table.columns.forEach((column, j) => {
          push(cellRow(section.heading, table.title, row.label, column.label, table.cells[i]?.[j]));
        });
        push(cellRow(section.heading, table.title, row.label, 'Total', table.rowTotals?.[i]));
      });
      table.columns.forEach((column, j) => {
        push(cellRow(section.heading, table.title, 'Total', column.label, table.columnTotals?.[j]));
      });
      push(cellRow(section.heading, table.title, 'Total', 'Total', table.grandTotal));
    }
  }
  const lines = [COLUMNS.join(',')];
  for (const [section, table, row, column, value, note] of rows) {
    lines.push(
      [
        textCell(section),
        textCell(table),
        textCell(row),
        textCell(column),
        value === undefined ? '' : numberCell(value),
        textCell(note),
      ].join(','),
    );
  }
  for (const measure of measureRows(report)) {
    const [description = '', metricId = ''] = measure;
    MEASURE_COLUMNS.forEach((column, i) => {
      if (i < 2) return;
      lines.push(
        ['Measures', metricId, description, column, measure[i] ?? '', '']
          .map((text) => textCell(String(text)))
          .join(','),
      );
    });
  }
  return `${lines.join('\r\n')}\r\n`;
}
