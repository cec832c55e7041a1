import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InvalidMetricsArgumentError } from '../errors.js';
import type { CountTable, PublishedTable, TableCell } from '../tables/count-table.js';
import { attack, unprotectable } from '../test-support/disclosure-attack.js';
import { type SuppressionLedger, suppressTable } from './suppress-table.js';

const heading = (key: string) => ({ key, label: key.toUpperCase() });

/** A table with every total, from its cells. */
function table(
  cells: number[][],
  flags: Partial<Pick<CountTable, 'rowsAddUp' | 'columnsAddUp'>> = {},
): CountTable {
  const rowTotals = cells.map((row) => row.reduce((a, b) => a + b, 0));
  const columnTotals = (cells[0] ?? []).map((_, j) => cells.reduce((sum, row) => sum + (row[j] ?? 0), 0));
  return {
    id: 'test',
    title: 'Test',
    rowHeading: 'Row',
    columnHeading: 'Column',
    rows: cells.map((_, i) => heading(`r${i}`)),
    columns: (cells[0] ?? []).map((_, j) => heading(`c${j}`)),
    rowsAddUp: flags.rowsAddUp ?? true,
    columnsAddUp: flags.columnsAddUp ?? true,
    cells,
    rowTotals,
    columnTotals,
    grandTotal: rowTotals.reduce((a, b) => a + b, 0),
  };
}

const mark = (cell: TableCell | undefined) =>
  cell === undefined ? '-' : cell.suppressed ? cell.reason[0] : cell.value;
/** A compact picture: cells then row total per row, then the total row; `p`/`s` for suppressed. */
const picture = (published: PublishedTable) => [
  ...published.cells.map((row, i) => [...row.map(mark), mark(published.rowTotals?.[i])]),
  [...(published.columnTotals ?? []).map(mark), mark(published.grandTotal)],
];

const cap = (t: CountTable) => (t.grandTotal ?? 0) + 10;

describe('suppressTable', () => {
  it('suppresses counts from 1 to 4 and shows 0 and 5', () => {
    const published = suppressTable(
      table([
        [0, 5, 20],
        [10, 20, 30],
      ]),
    );
    expect(picture(published)).toEqual([
      [0, 5, 20, 25],
      [10, 20, 30, 60],
      [10, 25, 50, 85],
    ]);
    expect(published.suppressed).toEqual({ primary: 0, secondary: 0 });
  });

  it('suppresses a second cell where hiding one small count alone would leak it from the totals', () => {
    // Naive suppression of the 3 leaks it: 18 - 7 - 8 = 3. The smallest other cell of its row
    // (7), of its column (6), and then of the 7's column (9) are suppressed: a rectangle.
    const t = table([
      [3, 7, 8],
      [6, 9, 10],
    ]);
    const published = suppressTable(t);
    expect(picture(published)).toEqual([
      ['p', 's', 8, 18],
      ['s', 's', 10, 25],
      [9, 16, 18, 43],
    ]);
    expect(published.suppressed).toEqual({ primary: 1, secondary: 3 });
    expect(attack(published, { threshold: 5, cap: cap(t) }).recovered).toEqual([]);
  });

  it('shows what naive suppression would leak, so the attacker is known to work', () => {
    const naive: PublishedTable = {
      ...suppressTable(
        table([
          [3, 7, 8],
          [6, 9, 10],
        ]),
        { threshold: 1 },
      ),
    };
    const leaky = {
      ...naive,
      cells: naive.cells.map((row, i) =>
        row.map(
          (cell, j): TableCell => (i === 0 && j === 0 ? { suppressed: true, reason: 'primary' } : cell),
        ),
      ),
    };
    expect(attack(leaky, { threshold: 5, cap: 60 }).recovered).toEqual(['0,0']);
  });

  it('suppresses a total that is itself a small count, and protects it', () => {
    // Row 0 sums to 3: the cells 1 and 2 and the total 3 are all primary. The total column then
    // has one suppressed cell (the 3), so the smallest other total (row 1's 22) goes too, and its
    // row needs a second cell.
    const t = table([
      [1, 2, 0],
      [7, 6, 9],
    ]);
    const published = suppressTable(t);
    expect(attack(published, { threshold: 5, cap: cap(t) }).recovered).toEqual([]);
    expect(published.rowTotals?.[0]).toEqual({ suppressed: true, reason: 'primary' });
    expect(picture(published)).toEqual([
      ['p', 'p', 0, 'p'],
      ['s', 's', 9, 's'],
      [8, 8, 9, 25],
    ]);
  });

  it('does not pair a primary 1 with a zero when a non-zero cell can be suppressed instead', () => {
    // Suppressing the 0 beside the 1 would give both away: they sum to 1, the primary cell is at
    // least 1, so it is 1 and the other 0. The 6 is taken instead.
    const t = table([
      [1, 0, 6],
      [8, 9, 7],
    ]);
    const published = suppressTable(t);
    expect(picture(published)[0]).toEqual(['p', 0, 's', 7]);
    expect(attack(published, { threshold: 5, cap: cap(t) }).recovered).toEqual([]);
  });

  it('suppresses more where the secondary cell could be pinned by knowing it is not a small count', () => {
    // A one-way table: the 1 is primary and the 5 the smallest other count. But 1 + 5 = 6, a
    // secondary cell is 0 or at least 5, and a primary one from 1 to 4, so a reader finds 5 and 1
    // exactly. A third cell is suppressed.
    const t: CountTable = { ...table([[1], [5], [9], [20]]), rowTotals: undefined };
    const published = suppressTable(t);
    expect(published.cells.map((row) => mark(row[0]))).toEqual(['p', 's', 's', 20]);
    expect(attack(published, { threshold: 5, cap: cap(t) }).recovered).toEqual([]);
  });

  it('suppresses more where a reader could pin a cell by knowing secondary cells are never small', () => {
    // Threshold 4. Publishing the first pattern found would leave row 1 as [1 (primary), 0
    // (secondary), 4 (secondary)] with total 5: secondary cells are 0 or at least 4, so the two
    // secondaries sum to 0, 4 or 8, and the primary can only be 1. Ranges alone cannot see it.
    const t = table([
      [4, 1, 4],
      [1, 0, 4],
      [0, 3, 1],
    ]);
    const published = suppressTable(t, { threshold: 4 });
    const options = { threshold: 4, cap: cap(t) };
    expect(
      attack(published, options).recovered.filter(
        (cell) => !unprotectable(published, t, options).includes(cell),
      ),
    ).toEqual([]);
  });

  it('breaks a chain that lets a suppressed cell be worked out by combining rows and columns', () => {
    // Two 2 x 2 blocks of small counts, and between them one small count (row 1, column 2). Each
    // row and column then has two or more suppressed cells, but the lone cell between the blocks
    // still follows from the totals: it is rows 0 and 1 less columns 0 and 1, less what is shown.
    const t = table([
      [2, 3, 20, 21],
      [3, 2, 2, 22],
      [23, 24, 3, 2],
      [25, 26, 2, 3],
    ]);
    // Every row and column already has two or more primary cells, so the lone-cell rule adds
    // nothing, yet publishing only the primary cells would give away the one between the blocks.
    const primaryOnly = suppressTable(t, { threshold: 1 });
    const leaky: PublishedTable = {
      ...primaryOnly,
      cells: t.cells.map((row) =>
        row.map(
          (value): TableCell =>
            value < 5 ? { suppressed: true, reason: 'primary' } : { suppressed: false, value },
        ),
      ),
    };
    expect(attack(leaky, { threshold: 5, cap: cap(t) }).recovered).toEqual(['1,2']);
    const published = suppressTable(t);
    expect(published.suppressed.secondary).toBeGreaterThan(0);
    expect(attack(published, { threshold: 5, cap: cap(t) }).recovered).toEqual([]);
  });

  it('does not suppress zeros unless told to, and then treats them as small counts', () => {
    const t = table([
      [0, 12],
      [15, 20],
    ]);
    expect(suppressTable(t).suppressed).toEqual({ primary: 0, secondary: 0 });
    const strict = suppressTable(t, { suppressZero: true });
    expect(strict.cells[0]?.[0]).toEqual({ suppressed: true, reason: 'primary' });
    expect(attack(strict, { threshold: 5, suppressZero: true, cap: cap(t) }).recovered).toEqual([]);
  });

  it('uses the threshold it is given', () => {
    const t = table([
      [6, 12],
      [15, 20],
    ]);
    expect(suppressTable(t).suppressed.primary).toBe(0);
    const ten = suppressTable(t, { threshold: 10 });
    expect(ten.cells[0]?.[0]).toEqual({ suppressed: true, reason: 'primary' });
    expect(attack(ten, { threshold: 10, cap: cap(t) }).recovered).toEqual([]);
    expect(
      suppressTable(
        table([
          [1, 2],
          [3, 4],
        ]),
        { threshold: 1 },
      ).suppressed,
    ).toEqual({
      primary: 0,
      secondary: 0,
    });
  });

  it('uses only the relations that hold when a record can be in two rows', () => {
    // Columns do not add up (an "any mention" table): the column totals are numbers of records,
    // not sums. Only the rows protect each other.
    const t: CountTable = {
      ...table([
        [3, 9],
        [8, 7],
      ]),
      columnsAddUp: false,
      columnTotals: [10, 12],
      grandTotal: 22,
    };
    const published = suppressTable(t);
    expect(picture(published)[0]).toEqual(['p', 's', 12]);
    expect(published.cells[1]).toEqual([
      { suppressed: false, value: 8 },
      { suppressed: false, value: 7 },
    ]);
  });

  it('treats figures already decided in a linked table alike', () => {
    const ledger: SuppressionLedger = new Map();
    ledger.set('total', { suppressed: false, value: 43 });
    ledger.set('col-b', { suppressed: true, reason: 'secondary' });
    const t = table([
      [3, 7, 8],
      [6, 9, 10],
    ]);
    const published = suppressTable(
      t,
      {},
      {
        ledger,
        keys: { grandTotal: 'total', columnTotals: ['col-a', 'col-b', undefined], cells: [['x-a']] },
      },
    );
    expect(published.grandTotal).toEqual({ suppressed: false, value: 43 });
    expect(published.columnTotals?.[1]).toEqual({ suppressed: true, reason: 'secondary' });
    expect(ledger.get('x-a')).toEqual({ suppressed: true, reason: 'primary' });
    expect(ledger.get('col-a')).toEqual(published.columnTotals?.[0]);
  });

  it('rejects a threshold that is not a whole number of 1 or more', () => {
    for (const threshold of [0, -1, 2.5, Number.NaN]) {
      expect(() => suppressTable(table([[1]]), { threshold })).toThrow(InvalidMetricsArgumentError);
    }
  });

  it('rejects a table whose totals are not the sums of its cells, without repeating a value', () => {
    const bad = {
      ...table([
        [3, 7],
        [6, 9],
      ]),
      grandTotal: 99,
    };
    expect(() => suppressTable(bad)).toThrow(InvalidMetricsArgumentError);
    try {
      suppressTable(bad);
    } catch (error) {
      expect((error as Error).message).not.toContain('99');
      expect((error as InvalidMetricsArgumentError).where).toBe('suppressTable(table)');
    }
    expect(() => suppressTable({ ...table([[1, 2]]), cells: [[1, -2]] })).toThrow(
      InvalidMetricsArgumentError,
    );
    expect(() => suppressTable({ ...table([[1, 2]]), cells: [[1]] })).toThrow(InvalidMetricsArgumentError);
  });

  describe('against an attacker who knows the totals, the threshold and the reasons', () => {
    const small = fc.oneof(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 14 }));
    const grid = fc
      .tuple(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }))
      .chain(([rows, columns]) =>
        fc.array(fc.array(small, { minLength: columns, maxLength: columns }), {
          minLength: rows,
          maxLength: rows,
        }),
      );

    it('never lets a suppressed cell of a two-way table with totals be recovered', () => {
      fc.assert(
        fc.property(grid, fc.integer({ min: 3, max: 6 }), (cells, threshold) => {
          const t = table(cells);
          const published = suppressTable(t, { threshold });
          const options = { threshold, cap: cap(t) };
          const recovered = attack(published, options).recovered;
          expect(recovered.filter((cell) => !unprotectable(published, t, options).includes(cell))).toEqual(
            [],
          );
        }),
        { numRuns: 150 },
      );
    });

    it('never lets a suppressed cell be recovered when only the rows add up', () => {
      fc.assert(
        fc.property(grid, (cells) => {
          const base = table(cells);
          const t: CountTable = {
            ...base,
            columnsAddUp: false,
            columnTotals: base.columnTotals?.map((total) => total + 1),
            grandTotal: (base.grandTotal ?? 0) + (cells[0]?.length ?? 0),
          };
          const published = suppressTable(t);
          const options = { threshold: 5, cap: cap(t) };
          const recovered = attack(published, options).recovered;
          expect(recovered.filter((cell) => !unprotectable(published, t, options).includes(cell))).toEqual(
            [],
          );
        }),
        { numRuns: 100 },
      );
    });

    it('never lets a suppressed cell of a one-way table or a table without row totals be recovered', () => {
      fc.assert(
        fc.property(grid, fc.boolean(), (cells, zeros) => {
          const t: CountTable = { ...table(cells), rowTotals: undefined, grandTotal: undefined };
          const published = suppressTable(t, { suppressZero: zeros });
          const options = { threshold: 5, suppressZero: zeros, cap: cap(table(cells)) };
          const recovered = attack(published, options).recovered;
          expect(recovered.filter((cell) => !unprotectable(published, t, options).includes(cell))).toEqual(
            [],
          );
        }),
        { numRuns: 100 },
      );
    });

    it('never shows a small count and never shows a suppressed cell as a value', () => {
      fc.assert(
        fc.property(grid, (cells) => {
          const published = suppressTable(table(cells));
          const all = [
            ...published.cells.flat(),
            ...(published.rowTotals ?? []),
            ...(published.columnTotals ?? []),
            ...(published.grandTotal ? [published.grandTotal] : []),
          ];
          for (const cell of all) {
            if (cell.suppressed) expect(cell).not.toHaveProperty('value');
            else expect(cell.value === 0 || cell.value >= 5).toBe(true);
          }
        }),
      );
    });
  });
});
