import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CellKnowledge, exposedCells, type Relation } from './disclosure-checks.js';

/**
 * A two-way table with row totals, column totals and a grand total, as disclosure-checks reads it:
 * interior cell (i, j) is `i * n + j`, then the row totals, the column totals and the grand total.
 */
function twoWay(values: readonly (readonly number[])[]) {
  const m = values.length;
  const n = values[0]?.length ?? 0;
  const rowTotal = (i: number) => m * n + i;
  const columnTotal = (j: number) => m * n + m + j;
  const grand = m * n + m + n;
  const cellValues: number[] = values.flat();
  for (const row of values) cellValues.push(row.reduce((a, b) => a + b, 0));
  for (let j = 0; j < n; j++) cellValues.push(values.reduce((sum, row) => sum + (row[j] as number), 0));
  cellValues.push(values.flat().reduce((a, b) => a + b, 0));
  const relation = (parts: number[], total: number): Relation => ({
    cells: [...parts, total],
    signs: [...parts.map(() => 1), -1],
  });
  const range = (k: number) => Array.from({ length: k }, (_, x) => x);
  const relations = [
    ...range(m).map((i) =>
      relation(
        range(n).map((j) => i * n + j),
        rowTotal(i),
      ),
    ),
    ...range(n).map((j) =>
      relation(
        range(m).map((i) => i * n + j),
        columnTotal(j),
      ),
    ),
    relation(range(m).map(rowTotal), grand),
    relation(range(n).map(columnTotal), grand),
  ];
  return { m, n, cellValues, relations, rowTotal, columnTotal, grand };
}

/** Whether a suppressed cell may hold `value` by its reason alone. */
function fitsReason(value: number, primary: boolean, knowledge: CellKnowledge): boolean {
  return primary
    ? value >= knowledge.primaryFrom && value < knowledge.threshold
    : value >= knowledge.threshold || (value === 0 && knowledge.primaryFrom > 0);
}

/**
 * Every value each suppressed cell takes in some table that fits what a reader knows, by trying
 * every value of the suppressed interior cells up to the (published) grand total.
 */
function possibleByEnumeration(table: ReturnType<typeof twoWay>, knowledge: CellKnowledge) {
  const { m, n, rowTotal, columnTotal, grand } = table;
  const cap = knowledge.published[grand] as number;
  const interior = Array.from({ length: m * n }, (_, cell) => cell);
  const seen = new Map<number, Set<number>>();
  const assigned: number[] = [];
  const fits = (cell: number, value: number) => {
    const published = knowledge.published[cell];
    return published === undefined
      ? fitsReason(value, knowledge.primary[cell] === true, knowledge)
      : published === value;
  };
  const visit = (cell: number): void => {
    if (cell === m * n) {
      if (
        !fits(
          grand,
          assigned.reduce((a, b) => a + b, 0),
        )
      )
        return;
      const totals: [number, number][] = [];
      for (let j = 0; j < n; j++) {
        let sum = 0;
        for (let i = 0; i < m; i++) sum += assigned[i * n + j] as number;
        if (!fits(columnTotal(j), sum)) return;
        totals.push([columnTotal(j), sum]);
      }
      for (let i = 0; i < m; i++) {
        let sum = 0;
        for (let j = 0; j < n; j++) sum += assigned[i * n + j] as number;
        totals.push([rowTotal(i), sum]);
      }
      for (const [index, value] of [...interior.map((c) => [c, assigned[c] as number] as const), ...totals]) {
        if (knowledge.published[index] !== undefined) continue;
        const values = seen.get(index) ?? new Set<number>();
        values.add(value);
        seen.set(index, values);
      }
      return;
    }
    const published = knowledge.published[cell];
    const candidates =
      published === undefined
        ? Array.from({ length: cap + 1 }, (_, v) => v).filter((v) => fits(cell, v))
        : [published];
    for (const value of candidates) {
      assigned[cell] = value;
      // A row is checked against its total as soon as its last cell is chosen.
      if ((cell + 1) % n === 0) {
        const i = (cell + 1) / n - 1;
        let sum = 0;
        for (let j = 0; j < n; j++) sum += assigned[i * n + j] as number;
        if (!fits(rowTotal(i), sum)) continue;
      }
      visit(cell + 1);
    }
  };
  visit(0);
  return seen;
}

const arbitraryCase = fc
  .record({
    // Up to four cells inside the table (2 x 2, 1 x 4, 4 x 1...), so trying every table is quick.
    m: fc.integer({ min: 1, max: 4 }),
    n: fc.integer({ min: 1, max: 4 }),
    threshold: fc.integer({ min: 2, max: 5 }),
    zerosSuppressed: fc.boolean(),
  })
  .filter(({ m, n }) => m * n <= 4)
  .chain(({ m, n, threshold, zerosSuppressed }) =>
    fc.record({
      threshold: fc.constant(threshold),
      zerosSuppressed: fc.constant(zerosSuppressed),
      values: fc.array(fc.array(fc.integer({ min: 0, max: 6 }), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
      // Which cells are hidden; the grand total never is, so every value is bounded.
      hidden: fc.array(fc.boolean(), { minLength: m * n + m + n, maxLength: m * n + m + n }),
    }),
  );

describe('exposedCells', () => {
  it('finds exactly the suppressed cells a reader can narrow to one value, as trying every table does', () => {
    fc.assert(
      fc.property(arbitraryCase, ({ threshold, zerosSuppressed, values, hidden }) => {
        const table = twoWay(values);
        const primaryFrom = zerosSuppressed ? 0 : 1;
        const isPrimary = (value: number) => value >= primaryFrom && value < threshold;
        const knowledge: CellKnowledge = {
          published: table.cellValues.map((value, cell) =>
            hidden[cell] === true || (cell !== table.grand && isPrimary(value)) ? undefined : value,
          ),
          primary: table.cellValues.map((value) => isPrimary(value)),
          primaryFrom,
          threshold,
        };
        fc.pre(knowledge.published[table.grand] !== undefined);
        const possible = possibleByEnumeration(table, knowledge);
        const primaryIsOneValue = threshold - 1 === primaryFrom;
        const expected = [...possible.entries()]
          .filter(
            ([cell, found]) => found.size === 1 && !(knowledge.primary[cell] === true && primaryIsOneValue),
          )
          .map(([cell]) => cell)
          .sort((a, b) => a - b);
        const sorted = (cells: number[]) => [...cells].sort((a, b) => a - b);
        expect(sorted(exposedCells(table.relations, knowledge))).toEqual(expected);
        // With value-by-value combining turned off, the search over whole tables finds them alone.
        expect(sorted(exposedCells(table.relations, knowledge, { combinedRange: 0 }))).toEqual(expected);
        // Asked about one cell, it gives the same answer for that cell.
        for (const cell of possible.keys()) {
          expect(exposedCells(table.relations, knowledge, { among: [cell] })).toEqual(
            expected.includes(cell) ? [cell] : [],
          );
        }
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
