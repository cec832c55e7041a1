import type { Report } from '../report/report.js';
import type { PublishedTable } from '../tables/count-table.js';
import { formatCell } from './format.js';
import { MEASURE_COLUMNS, measureRows, reportNotes, sectionsOf } from './report-sections.js';

/**
 * Text safe in Markdown: characters that make emphasis, code, links, HTML or table cells are
 * escaped everywhere, those that start a heading, list or quote are escaped at the start, and line
 * breaks become spaces.
 */
function escapeMarkdown(text: string): string {
  return text
    .replace(/\r?\n|\r/g, ' ')
    .replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`)
    .replace(/^([#+\-=]|\d+\.)/, (start) => `\\${start}`);
}

function markdownTable(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
) {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [
    line(header.map(escapeMarkdown)),
    line(numeric.map((isNumber) => (isNumber ? '---:' : '---'))),
    ...rows.map((row) => line(row.map(escapeMarkdown))),
  ].join('\n');
}

function tableMarkdown(table: PublishedTable): string {
  const hasRowTotals = table.rowTotals !== undefined;
  const header = [
    table.rowHeading,
    ...table.columns.map((column) => column.label),
    ...(hasRowTotals ? ['Total'] : []),
  ];
  const rows = table.rows.map((row, i) => [
    row.label,
    ...(table.cells[i] ?? []).map(formatCell),
    ...(hasRowTotals ? [formatCell(table.rowTotals?.[i])] : []),
  ]);
  if (table.columnTotals !== undefined) {
    rows.push([
      'Total',
      ...table.columnTotals.map(formatCell),
      ...(hasRowTotals ? [table.grandTotal === undefined ? '' : formatCell(table.grandTotal)] : []),
    ]);
  }
  const numeric = header.map((_, i) => i > 0);
  const parts = [`### ${escapeMarkdown(table.title)}`, '', markdownTable(header, rows, numeric)];
  if (table.note !== undefined) parts.push('', escapeMarkdown(table.note));
  return parts.join('\n');
}

/**
 * Renders a report as Markdown: a heading per section, its summary figures as a list, and every
 * table as a Markdown table with its totals. Suppressed cells are shown as `[c]`. All text from
 * the report (titles, labels, area names, measure descriptions) is escaped so it cannot add
 * markup or links.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The Markdown, ending with a line break.
 * @example
 * ```ts
 * import { buildReport, renderMarkdown } from '@antislavery/metrics';
 *
 * const markdown = renderMarkdown(buildReport([], { period: '2025-Q1', area: 'Cheshire' }));
 * markdown.split('\n')[0];
 * //=> '# Cheshire: NRM referrals and Duty to Notify reports, January to March 2025'
 * ```
 */
export function renderMarkdown(report: Report): string {
  const parts = [`# ${escapeMarkdown(report.title)}`, '', ...reportNotes(report).map(escapeMarkdown)];
  for (const section of sectionsOf(report)) {
    parts.push('', `## ${escapeMarkdown(section.heading)}`);
    if (section.summary.length > 0)
      parts.push('', ...section.summary.map((line) => `- ${escapeMarkdown(line)}`));
    for (const table of section.tables) parts.push('', tableMarkdown(table));
  }
  if (report.measures.length > 0) {
    parts.push(
      '',
      '## Measures',
      '',
      markdownTable(
        MEASURE_COLUMNS,
        measureRows(report),
        MEASURE_COLUMNS.map(() => false),
      ),
    );
  }
  return `${parts.join('\n')}\n`;
}
