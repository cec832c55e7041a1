import { InvalidMetricsArgumentError, type TableCell } from '@antislavery/metrics';
import { cheshirePledge, derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import { describe, expect, it } from 'vitest';
import { publishedTables } from './published-tables.js';
import { quarterlyReport } from './quarterly-report.js';
import { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';
import { parseCsv } from './test-support/csv.js';
import { countIn, referral } from './test-support/records.js';

const records = syntheticBatch();
const options = { partnership: derbyAndDerbyshirePartnership, asOf: BATCH_AS_OF } as const;
const quarterly = quarterlyReport(records, { ...options, quarter: '2025-Q1' });

const Q1_2025 = {
  nrm: countIn(records, '2025-01-01', '2025-03-31', 'nrm-referral'),
  dtn: countIn(records, '2025-01-01', '2025-03-31', 'notification'),
};
const Q4_2024 = {
  nrm: countIn(records, '2024-10-01', '2024-12-31', 'nrm-referral'),
  dtn: countIn(records, '2024-10-01', '2024-12-31', 'notification'),
};
const Q1_2024 = {
  nrm: countIn(records, '2024-01-01', '2024-03-31', 'nrm-referral'),
  dtn: countIn(records, '2024-01-01', '2024-03-31', 'notification'),
};

const value = (cell: TableCell | undefined) =>
  cell === undefined || cell.suppressed ? undefined : cell.value;

const csvRows = parseCsv(quarterly.csv);
const csvCell = (table: string, row: string, column: string) =>
  csvRows.find((line) => line[1] === table && line[2] === row && line[3] === column);

const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>|~]/g, (c) => `\\${c}`);
const markdownCell = (cell: TableCell | undefined) =>
  cell === undefined ? '' : cell.suppressed ? '\\[c\\]' : String(cell.value);

describe('quarterlyReport', () => {
  it('counts the quarter’s referrals and notifications, and the quarters it compares with, as the records give them', () => {
    const [nrm, dtn, all] = quarterly.report.headline.counts;
    expect([nrm?.key, dtn?.key, all?.key]).toEqual(['nrm', 'dtn', 'all']);
    expect([value(nrm?.current), value(dtn?.current), value(all?.current)]).toEqual([
      Q1_2025.nrm,
      Q1_2025.dtn,
      Q1_2025.nrm + Q1_2025.dtn,
    ]);
    expect([value(nrm?.previous), value(dtn?.previous)]).toEqual([Q4_2024.nrm, Q4_2024.dtn]);
    expect([value(nrm?.yearBefore), value(dtn?.yearBefore)]).toEqual([Q1_2024.nrm, Q1_2024.dtn]);
    expect(quarterly.report.records).toEqual({ read: 1200, unreadableDate: 0 });
  });

  it('publishes the same headline figures in HTML, Markdown and CSV', () => {
    const figures = [
      ['NRM referrals', Q1_2025.nrm],
      ['Duty to Notify reports', Q1_2025.dtn],
      ['NRM referrals and Duty to Notify reports', Q1_2025.nrm + Q1_2025.dtn],
    ] as const;
    for (const [label, count] of figures) {
      expect(quarterly.markdown).toContain(`\n- ${label}: ${count} in January to March 2025;`);
      expect(quarterly.html).toContain(`<li>${label}: ${count} in January to March 2025;`);
    }
    const trend = quarterly.report.headline.trend.title;
    expect(csvCell(trend, 'NRM referrals', '2025-Q1')?.[4]).toBe(String(Q1_2025.nrm));
    expect(csvCell(trend, 'Duty to Notify reports', '2025-Q1')?.[4]).toBe(String(Q1_2025.dtn));
    expect(csvCell(trend, 'Total', '2025-Q1')?.[4]).toBe(String(Q1_2025.nrm + Q1_2025.dtn));
  });

  it('publishes every cell and total of every table alike in Markdown and CSV', () => {
    const csvOf = (cell: TableCell | undefined) =>
      cell?.suppressed ? ['', `suppressed (${cell.reason})`] : [String(value(cell)), ''];
    for (const table of publishedTables(quarterly.report)) {
      const hasRowTotals = table.rowTotals !== undefined;
      const line = (label: string, cells: readonly (TableCell | undefined)[], total: TableCell | undefined) =>
        `| ${[escapeMarkdown(label), ...cells.map(markdownCell), ...(hasRowTotals ? [markdownCell(total)] : [])].join(' | ')} |`;
      table.rows.forEach((row, i) => {
        expect(quarterly.markdown).toContain(line(row.label, table.cells[i] ?? [], table.rowTotals?.[i]));
        table.columns.forEach((column, j) => {
          expect(csvCell(table.title, row.label, column.label)?.slice(4)).toEqual(csvOf(table.cells[i]?.[j]));
        });
        if (hasRowTotals) {
          expect(csvCell(table.title, row.label, 'Total')?.slice(4)).toEqual(csvOf(table.rowTotals?.[i]));
        }
      });
      if (table.columnTotals !== undefined) {
        expect(quarterly.markdown).toContain(line('Total', table.columnTotals, table.grandTotal));
        table.columns.forEach((column, j) => {
          expect(csvCell(table.title, 'Total', column.label)?.slice(4)).toEqual(
            csvOf(table.columnTotals?.[j]),
          );
        });
      }
      if (table.grandTotal !== undefined) {
        expect(csvCell(table.title, 'Total', 'Total')?.slice(4)).toEqual(csvOf(table.grandTotal));
      }
    }
  });

  it('marks every suppressed cell in every rendering, and never shows one as a number', () => {
    let suppressed = 0;
    for (const table of publishedTables(quarterly.report)) {
      table.rows.forEach((row, i) => {
        table.columns.forEach((column, j) => {
          const cell = table.cells[i]?.[j];
          if (!cell?.suppressed) return;
          suppressed++;
          expect(csvCell(table.title, row.label, column.label)?.slice(4)).toEqual([
            '',
            `suppressed (${cell.reason})`,
          ]);
        });
      });
    }
    expect(suppressed).toBeGreaterThan(0);
    expect(quarterly.markdown).toContain('| \\[c\\] |');
    expect(quarterly.html).toContain('<abbr title="Suppressed (primary)">[c]</abbr>');
    expect(quarterly.html).toContain('<abbr title="Suppressed (secondary)">[c]</abbr>');
  });

  it('suppresses a small count, and shows it when the threshold is 1', () => {
    const small = ['2025-01-06', '2025-02-03', '2025-03-03'].map((date, i) => referral(`S${i}`, date));
    const nrmOf = (threshold?: number) =>
      quarterlyReport(small, {
        quarter: '2025-Q1',
        ...(threshold === undefined ? {} : { suppression: { threshold } }),
      }).report.headline.counts[0]?.current;
    expect(nrmOf()).toEqual({ suppressed: true, reason: 'primary' });
    expect(nrmOf(3)).toEqual({ suppressed: false, value: 3 });
    expect(nrmOf(1)).toEqual({ suppressed: false, value: 3 });
    const markdown = quarterlyReport(small, { quarter: '2025-Q1' }).markdown;
    expect(markdown).toContain('\n- NRM referrals: \\[c\\] in January to March 2025;');
  });

  it('names the report after the partnership, and evaluates a pledge’s measures', () => {
    expect(quarterly.report.title).toBe(
      'Derby & Derbyshire: NRM referrals and Duty to Notify reports, January to March 2025',
    );
    expect(quarterly.report.area).toBe('Derby & Derbyshire');
    // The Derby and Derbyshire terms of reference set no measures.
    expect(quarterly.report.measures).toEqual([]);
    const cheshire = quarterlyReport([], { quarter: '2025-Q1', partnership: cheshirePledge });
    expect(cheshire.report.measures.map((measure) => measure.measure.metricId)).toEqual([
      'referrals.nrm-and-dtn.count',
      'awareness.local-reporting-and-surveys',
      'outcomes.victims.at-45-days-and-beyond',
    ]);
  });

  it('refuses a quarter the metrics cannot read', () => {
    expect(() => quarterlyReport(records, { quarter: '2025-Q5' as '2025-Q1' })).toThrow(
      InvalidMetricsArgumentError,
    );
  });
});
