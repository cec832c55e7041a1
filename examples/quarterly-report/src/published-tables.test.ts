import { derbyAndDerbyshirePartnership } from '@antislavery/model/examples';
import { describe, expect, it } from 'vitest';
import { publishedTables, summariseSuppression } from './published-tables.js';
import { quarterlyReport } from './quarterly-report.js';
import { BATCH_AS_OF, syntheticBatch } from './synthetic-batch.js';
import { parseCsv } from './test-support/csv.js';

const records = syntheticBatch();
const options = { partnership: derbyAndDerbyshirePartnership, asOf: BATCH_AS_OF } as const;
const quarterly = quarterlyReport(records, { ...options, quarter: '2025-Q1' });

describe('publishedTables', () => {
  it('lists every table the report publishes, in the order the CSV gives them', () => {
    const titles = [
      ...new Set(
        parseCsv(quarterly.csv)
          .slice(1)
          .map((row) => row[1]),
      ),
    ];
    expect(publishedTables(quarterly.report).map((table) => table.title)).toEqual(titles);
  });
});

describe('summariseSuppression', () => {
  it('counts the suppressed cells and totals of every table, by reason', () => {
    let primary = 0;
    let secondary = 0;
    for (const table of publishedTables(quarterly.report)) {
      const cells = [
        ...table.cells.flat(),
        ...(table.rowTotals ?? []),
        ...(table.columnTotals ?? []),
        table.grandTotal,
      ];
      for (const cell of cells) {
        if (cell?.suppressed && cell.reason === 'primary') primary++;
        if (cell?.suppressed && cell.reason === 'secondary') secondary++;
      }
    }
    expect(primary).toBeGreaterThan(0);
    expect(summariseSuppression(quarterly.report)).toEqual({ threshold: 5, tables: 21, primary, secondary });
  });

  it('finds nothing suppressed with a threshold of 1', () => {
    const open = quarterlyReport(records, { ...options, quarter: '2025-Q1', suppression: { threshold: 1 } });
    expect(summariseSuppression(open.report)).toEqual({ threshold: 1, tables: 21, primary: 0, secondary: 0 });
    expect(open.html).not.toContain('<abbr title="Suppressed');
  });
});
