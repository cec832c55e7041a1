import { describePeriod } from '../periods/calendar-period.js';
import type { Report } from '../report/report.js';
import type { PublishedTable, TableCell } from '../tables/count-table.js';
import { escapeHtml } from './escape-html.js';
import { formatCell, formatCount, formatNumber, orNotAvailable } from './format.js';
import { MEASURE_COLUMNS, measureRows, reportNotes, sectionsOf } from './report-sections.js';
import { type Bar, barChart, columnChart } from './svg-chart.js';

// Plain styling after the GOV.UK Design System: its text colour, link blue, grey borders,
// generous spacing, and tags whose words, not only colours, carry the status. Contrast against
// white (WCAG AA asks 4.5:1 for text, 3:1 for graphics): text #0b0c0c 19.6:1; chart bars #1d70b8
// 5.2:1 and #00703c 6.2:1; white text on the tags #00703c 6.2:1, #d4351c 4.9:1, #505a5f 7.1:1.
// Grey #b1b4b6 is used only for rules and axes, which carry no information.
const STYLE = `
body{margin:0;font-family:Arial,Helvetica,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#fff}
main{max-width:960px;margin:0 auto;padding:30px 15px}
h1{font-size:36px;line-height:1.1;margin:0 0 30px}
h2{font-size:27px;margin:45px 0 20px;padding-top:15px;border-top:2px solid #0b0c0c}
h3{font-size:21px;margin:30px 0 15px}
p,li{max-width:40em}
a{color:#1d70b8}
a:focus{outline:3px solid #fd0;background:#fd0;color:#0b0c0c}
figure{margin:0 0 15px}
table{border-collapse:collapse;width:100%;margin:0 0 30px;font-size:16px}
caption{text-align:left;font-weight:bold;margin-bottom:10px}
th,td{border-bottom:1px solid #b1b4b6;padding:8px 16px 8px 0;text-align:left;vertical-align:top}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
tr.total th,tr.total td{font-weight:bold}
.note{font-size:16px;color:#0b0c0c}
.tag{display:inline-block;padding:2px 8px;font-weight:bold;color:#fff}
.on-track{background:#00703c}.off-track{background:#d4351c}.no-data{background:#505a5f}
.summary li{margin-bottom:8px}
`;

function cellHtml(cell: TableCell | undefined): string {
  if (cell === undefined) return '<td class="n"></td>';
  if (cell.suppressed) {
    return `<td class="n"><abbr title="Suppressed (${cell.reason})">[c]</abbr></td>`;
  }
  return `<td class="n">${formatCount(cell.value)}</td>`;
}

function tableHtml(table: PublishedTable): string {
  const hasRowTotals = table.rowTotals !== undefined;
  const head = [
    `<th scope="col">${escapeHtml(table.rowHeading)}</th>`,
    ...table.columns.map((column) => `<th scope="col" class="n">${escapeHtml(column.label)}</th>`),
    ...(hasRowTotals ? ['<th scope="col" class="n">Total</th>'] : []),
  ].join('');
  const body = table.rows.map(
    (row, i) =>
      `<tr><th scope="row">${escapeHtml(row.label)}</th>${(table.cells[i] ?? []).map(cellHtml).join('')}${hasRowTotals ? cellHtml(table.rowTotals?.[i]) : ''}</tr>`,
  );
  if (table.columnTotals !== undefined) {
    body.push(
      `<tr class="total"><th scope="row">Total</th>${table.columnTotals.map(cellHtml).join('')}${hasRowTotals ? cellHtml(table.grandTotal) : ''}</tr>`,
    );
  }
  return [
    '<table>',
    `<caption>${escapeHtml(table.title)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${body.join('\n')}</tbody>`,
    '</table>',
    table.note === undefined ? '' : `<p class="note">${escapeHtml(table.note)}</p>`,
  ].join('\n');
}

const barOf = (label: string, cell: TableCell | undefined): Bar => ({
  label,
  value: cell === undefined || cell.suppressed ? undefined : cell.value,
  text: formatCell(cell),
});

function chartHtml(table: PublishedTable, id: string): string {
  if (table.id === 'referrals.trend') {
    return columnChart(
      id,
      table.title,
      table.rows.map((row) => row.label),
      table.columns.map((column, j) => ({
        label: column.label,
        bars: table.rows.map((row, i) => barOf(row.label, table.cells[i]?.[j])),
      })),
    );
  }
  const totals = table.rowTotals ?? table.cells.map((row) => row[0]);
  const what = table.rowTotals === undefined ? (table.columns[0]?.label ?? '') : 'all';
  const title =
    table.rowTotals === undefined && table.columns.length > 1 ? `${table.title} (${what})` : table.title;
  return barChart(
    id,
    title,
    table.rows.map((row, i) => barOf(row.label, totals[i])),
  );
}

function figureHtml(table: PublishedTable, id: string): string {
  return `<figure>\n${chartHtml(table, id)}\n</figure>\n${tableHtml(table)}`;
}

function ratesHtml(report: Report, id: string): string {
  const ranked = report.prevalence.areas.filter((area) => area.ratePer100000 !== undefined);
  if (ranked.length === 0) return '';
  const title = `Rate per 100,000 people by local authority area, ${describePeriod(report.period)}`;
  const chart = barChart(
    id,
    title,
    ranked.map((area) => ({
      label: area.area,
      value: area.ratePer100000,
      text: orNotAvailable(area.ratePer100000),
    })),
  );
  const rows = ranked.map(
    (area) =>
      `<tr><td class="n">${area.rank ?? ''}</td><th scope="row">${escapeHtml(area.area)}</th>${cellHtml(area.count)}<td class="n">${area.population === undefined ? '' : formatCount(area.population)}</td><td class="n">${orNotAvailable(area.ratePer100000, formatNumber)}</td></tr>`,
  );
  return [
    `<figure>\n${chart}\n</figure>`,
    '<table>',
    `<caption>${escapeHtml(title)}</caption>`,
    '<thead><tr><th scope="col" class="n">Rank</th><th scope="col">Area</th><th scope="col" class="n">Records</th><th scope="col" class="n">Population</th><th scope="col" class="n">Rate per 100,000</th></tr></thead>',
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

function measuresHtml(report: Report): string {
  if (report.measures.length === 0) return '';
  const rows = measureRows(report).map((cells, r) => {
    const status = report.measures[r]?.status ?? 'no-data';
    return `<tr>${cells
      .map((text, i) =>
        MEASURE_COLUMNS[i] === 'Status'
          ? `<td><strong class="tag ${status}">${escapeHtml(text)}</strong></td>`
          : i === 0
            ? `<th scope="row">${escapeHtml(text)}</th>`
            : `<td>${escapeHtml(text)}</td>`,
      )
      .join('')}</tr>`;
  });
  return [
    '<h2 id="measures">Measures</h2>',
    '<table>',
    '<caption>Measures and their status</caption>',
    `<thead><tr>${MEASURE_COLUMNS.map((column) => `<th scope="col">${escapeHtml(column)}</th>`).join('')}</tr></thead>`,
    `<tbody>${rows.join('\n')}</tbody>`,
    '</table>',
  ].join('\n');
}

/**
 * Renders a report as one self-contained HTML page: plain styling after the GOV.UK Design System,
 * no scripts, no fonts, images or styles fetched from anywhere. Each table has a chart drawn as
 * inline SVG, with a title and a description that states every value for screen readers, and the
 * table of the same figures beneath it as the fallback. Suppressed cells show `[c]`, with their
 * reason in an abbreviation. Every piece of text from the report is escaped.
 *
 * @param report - A report from {@link buildReport}.
 * @returns The HTML document.
 * @example
 * ```ts
 * import { buildReport, renderHtml } from '@antislavery/metrics';
 *
 * const html = renderHtml(buildReport([], { period: '2025-Q1', area: '<Cheshire>' }));
 * html.startsWith('<!doctype html>');
 * //=> true
 * html.includes('<Cheshire>');
 * //=> false
 * ```
 */
export function renderHtml(report: Report): string {
  let charts = 0;
  const nextId = () => `chart-${++charts}`;
  const sections = sectionsOf(report);
  const body: string[] = [
    `<h1>${escapeHtml(report.title)}</h1>`,
    ...reportNotes(report).map((note) => `<p>${escapeHtml(note)}</p>`),
    '<nav aria-label="Contents"><ul>',
    ...sections.map((section) => `<li><a href="#${section.id}">${escapeHtml(section.heading)}</a></li>`),
    ...(report.measures.length > 0 ? ['<li><a href="#measures">Measures</a></li>'] : []),
    '</ul></nav>',
  ];
  for (const section of sections) {
    body.push(`<h2 id="${section.id}">${escapeHtml(section.heading)}</h2>`);
    if (section.summary.length > 0) {
      body.push(
        '<ul class="summary">',
        ...section.summary.map((line) => `<li>${escapeHtml(line)}</li>`),
        '</ul>',
      );
    }
    for (const table of section.tables)
      body.push(`<h3>${escapeHtml(table.title)}</h3>`, figureHtml(table, nextId()));
    if (section.id === 'prevalence') body.push(ratesHtml(report, nextId()));
  }
  body.push(measuresHtml(report));
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(report.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    ...body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
