import { InvalidMetricsArgumentError } from '../errors.js';
import type { CountTable, PublishedTable, SuppressionReason, TableCell } from '../tables/count-table.js';
import { type CellKnowledge, determinedCells, exposedCells, type Relation } from './disclosure-checks.js';

/**
 * The threshold used unless another is given: counts from 1 to 4 are suppressed.
 *
 * @example
 * ```ts
 * import { DEFAULT_SUPPRESSION_THRESHOLD } from '@antislavery/metrics';
 *
 * DEFAULT_SUPPRESSION_THRESHOLD;
 * //=> 5
 * ```
 */
export const DEFAULT_SUPPRESSION_THRESHOLD = 5;

/**
 * How to apply disclosure control.
 *
 * Counts from 1 to `threshold - 1` are suppressed (primary suppression). Zero is shown by default:
 * a zero names no one, and many zeros are structural (no organ harvesting referrals in a quarter),
 * so hiding them would hide much and force far more secondary suppression. A zero can still
 * disclose something about a whole group (if every child referred was referred by the police, the
 * zeros in the other columns say so); set `suppressZero` where that matters.
 *
 * @example
 * ```ts
 * import type { SuppressionOptions } from '@antislavery/metrics';
 *
 * const strict: SuppressionOptions = { threshold: 10 };
 * ```
 */
export type SuppressionOptions = {
  /** Counts below this (and above 0) are suppressed; a whole number of 1 or more (1 suppresses nothing). 5 unless given. */
  readonly threshold?: number;
  /** Whether a count of 0 is suppressed too. False unless given. */
  readonly suppressZero?: boolean;
};

/**
 * The cells already published or suppressed in earlier tables, by a key the caller chooses, so
 * that tables which share figures (the same total in two tables) treat them alike: a figure
 * suppressed in one table is suppressed in the next, and a figure published in one is not
 * suppressed in the next (which would protect nothing). Create one `new Map()` per report.
 *
 * @example
 * ```ts
 * import type { SuppressionLedger } from '@antislavery/metrics';
 *
 * const ledger: SuppressionLedger = new Map();
 * ```
 */
export type SuppressionLedger = Map<string, TableCell>;

/**
 * Keys that tie a table's cells and totals to a {@link SuppressionLedger}: `undefined` or a
 * missing entry leaves a cell untied.
 *
 * @example
 * ```ts
 * import type { CellKeys } from '@antislavery/metrics';
 *
 * // The grand total is the quarter's count of NRM referrals, shown in other tables too.
 * const keys: CellKeys = { grandTotal: 'nrm:2025-Q1' };
 * ```
 */
export type CellKeys = {
  /** Keys of the cells, `cells[row][column]`. */
  readonly cells?: readonly (readonly (string | undefined)[])[];
  /** Keys of the row totals. */
  readonly rowTotals?: readonly (string | undefined)[];
  /** Keys of the column totals. */
  readonly columnTotals?: readonly (string | undefined)[];
  /** Key of the grand total. */
  readonly grandTotal?: string;
};

/**
 * Ties between a table and the tables published before it; see {@link SuppressionLedger}.
 *
 * @example
 * ```ts
 * import type { TableLinks } from '@antislavery/metrics';
 *
 * const links: TableLinks = { ledger: new Map(), keys: { grandTotal: 'all:2025-Q1' } };
 * ```
 */
export type TableLinks = {
  /** The ledger: read for cells already decided, written with this table's decisions. */
  readonly ledger: SuppressionLedger;
  /** Which of this table's cells are in the ledger, and under which keys. */
  readonly keys: CellKeys;
};

const Status = { Published: 0, Primary: 1, Secondary: 2 } as const;
type Status = (typeof Status)[keyof typeof Status];

type Node = {
  readonly value: number;
  readonly margin: boolean;
  readonly key: string | undefined;
  status: Status;
  /** Decided by an earlier table: it may not change here unless protection demands it. */
  locked: boolean;
};

/** How many candidate cells to try, best first, when repairing one exposed cell. */
const CANDIDATES_TO_TRY = 12;

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}

/** The threshold of `options`, checked. Internal. */
export function thresholdOf(
  options: SuppressionOptions | undefined,
  where = 'suppressTable(options.threshold)',
): number {
  const threshold = options?.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < 1) {
    throw new InvalidMetricsArgumentError(where, 'a whole number of 1 or more');
  }
  return threshold;
}

/** The table's cells and totals as nodes, and the relations between them. */
function build(table: CountTable, keys: CellKeys | undefined) {
  const bad = () =>
    new InvalidMetricsArgumentError(
      'suppressTable(table)',
      'a table whose cells are whole numbers of 0 or more, one per row and column, and whose totals are their sums',
    );
  const m = table.rows.length;
  const n = table.columns.length;
  if (!Array.isArray(table.cells) || table.cells.length !== m) throw bad();
  const nodes: Node[] = [];
  const add = (value: unknown, margin: boolean, key: string | undefined) => {
    if (!isCount(value)) throw bad();
    nodes.push({ value, margin, key, status: Status.Published, locked: false });
    return nodes.length - 1;
  };
  const cell: number[][] = table.cells.map((row, i) => {
    if (!Array.isArray(row) || row.length !== n) throw bad();
    return row.map((value, j) => add(value, false, keys?.cells?.[i]?.[j]));
  });
  const check = (totals: readonly number[] | undefined, length: number) => {
    if (totals !== undefined && (!Array.isArray(totals) || totals.length !== length)) throw bad();
  };
  check(table.rowTotals, m);
  check(table.columnTotals, n);
  const rowTotal = table.rowTotals?.map((value, i) => add(value, true, keys?.rowTotals?.[i]));
  const columnTotal = table.columnTotals?.map((value, j) => add(value, true, keys?.columnTotals?.[j]));
  const grand = table.grandTotal === undefined ? undefined : add(table.grandTotal, true, keys?.grandTotal);

  const relations: Relation[] = [];
  const relate = (parts: readonly number[], total: number) => {
    const sum = parts.reduce((s, k) => s + (nodes[k] as Node).value, 0);
    if (sum !== (nodes[total] as Node).value) throw bad();
    relations.push({ cells: [...parts, total], signs: [...parts.map(() => 1), -1] });
  };
  const column = (j: number) => cell.map((row) => row[j] as number);
  if (table.rowsAddUp && rowTotal) {
    cell.forEach((row, i) => {
      relate(row, rowTotal[i] as number);
    });
  }
  if (table.columnsAddUp && columnTotal) {
    for (let j = 0; j < n; j++) relate(column(j), columnTotal[j] as number);
  }
  if (grand !== undefined) {
    if (table.rowsAddUp && columnTotal) relate(columnTotal, grand);
    if (table.columnsAddUp && rowTotal) relate(rowTotal, grand);
    if (table.rowsAddUp && table.columnsAddUp && !rowTotal && !columnTotal) relate(cell.flat(), grand);
  }
  return { nodes, relations, cell, rowTotal, columnTotal, grand };
}

/**
 * Applies disclosure control to a table of counts, so that no small count can be read or worked
 * out from what is published.
 *
 * - **Primary suppression**: every count from 1 to `threshold - 1` (5 by default, so 1 to 4), in
 *   the cells and in the totals, is suppressed. Zero is not, unless `suppressZero` is set; see
 *   {@link SuppressionOptions}.
 * - **Secondary suppression**: wherever a row or column (with its total) has exactly one
 *   suppressed cell, its value would be the total minus the others, so a second cell in it is
 *   suppressed: the smallest one that is not zero (a zero is taken only when nothing else is
 *   left, since a suppressed 0 beside a primary 1 gives both away), preferring a cell to a total.
 *   This repeats until no row or column has a lone suppressed cell. Two further checks then
 *   repeat with it until the table is stable: no suppressed cell may follow from the totals by
 *   combining several rows and columns (checked by Gaussian elimination), and none may be pinned
 *   to one value by a reader who knows the threshold and each cell's reason (a primary cell is
 *   from 1 to `threshold - 1`, a secondary one is not); where one could, the cell that best breaks
 *   the chain is suppressed too. Where the counts are small enough to list, that second check
 *   tries every whole table that fits what is published; for larger counts it reasons from ranges.
 *   A cell that would stay pinned even with every count suppressed (four primary cells in a row
 *   whose total is 4 or less are each 1) is left as it is: no suppression can protect it. Last, a
 *   secondary cell that a reader could work out all the same is shown, since hiding it protects
 *   nothing.
 *
 * Relations are only those that hold: where a record can fall in two rows (the "any mention" view
 * of exploitation types), columns do not add up and are not used. Suppressed cells carry their
 * reason and no value. With a threshold of 2 the reason `primary` tells a reader the count is 1:
 * use 3 or more.
 *
 * Tables that share figures should share a {@link SuppressionLedger} through `links`, so a figure
 * is treated alike wherever it appears.
 *
 * @param table - The counts, with the totals it publishes; its totals must be the sums of its cells.
 * @param options - The threshold and whether zeros are suppressed.
 * @param links - Ties to figures in tables published earlier; see {@link TableLinks}.
 * @returns The published table.
 * @throws {@link InvalidMetricsArgumentError} if the threshold is not a whole number of 1 or more, or
 *   the table's cells are not whole numbers of 0 or more or its totals are not their sums.
 * @example
 * ```ts
 * import { suppressTable } from '@antislavery/metrics';
 *
 * // Hiding only the 3 would leak it: 18 - 7 - 8 = 3. The 7 in its row, the 6 in its column and
 * // then the 9 are suppressed as well, so no suppressed cell can be worked out.
 * const published = suppressTable({
 *   id: 'example',
 *   title: 'Referrals by area and age',
 *   rowHeading: 'Area',
 *   columnHeading: 'Age',
 *   rows: [{ key: 'x', label: 'Area X' }, { key: 'y', label: 'Area Y' }],
 *   columns: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }, { key: 'c', label: 'C' }],
 *   rowsAddUp: true,
 *   columnsAddUp: true,
 *   cells: [[3, 7, 8], [6, 9, 10]],
 *   rowTotals: [18, 25],
 *   columnTotals: [9, 16, 18],
 *   grandTotal: 43,
 * });
 * published.cells.map((row) => row.map((cell) => (cell.suppressed ? cell.reason : cell.value)));
 * //=> [['primary', 'secondary', 8], ['secondary', 'secondary', 10]]
 * ```
 */
export function suppressTable(
  table: CountTable,
  options?: SuppressionOptions,
  links?: TableLinks,
): PublishedTable {
  const threshold = thresholdOf(options);
  const suppressZero = options?.suppressZero === true;
  const { nodes, relations, cell, rowTotal, columnTotal, grand } = build(table, links?.keys);
  const primaryFrom = suppressZero ? 0 : 1;

  for (const node of nodes) {
    const linked = node.key === undefined ? undefined : links?.ledger.get(node.key);
    if (linked !== undefined) {
      node.locked = true;
      node.status = !linked.suppressed
        ? Status.Published
        : linked.reason === 'primary'
          ? Status.Primary
          : Status.Secondary;
    } else if (node.value >= primaryFrom && node.value < threshold) {
      node.status = Status.Primary;
    }
  }

  const suppressed = (index: number) => (nodes[index] as Node).status !== Status.Published;
  const knowledge = (): CellKnowledge => ({
    published: nodes.map((node) => (node.status === Status.Published ? node.value : undefined)),
    primary: nodes.map((node) => node.status === Status.Primary),
    primaryFrom,
    threshold,
  });
  /** Candidates in order of preference: free before locked, non-zero before zero, smallest, cells before totals. */
  const ranked = (indexes: Iterable<number>) =>
    [...new Set(indexes)]
      .filter((index) => !suppressed(index))
      .sort((a, b) => {
        const x = nodes[a] as Node;
        const y = nodes[b] as Node;
        return (
          Number(x.locked) - Number(y.locked) ||
          Number(x.value === 0) - Number(y.value === 0) ||
          x.value - y.value ||
          Number(x.margin) - Number(y.margin) ||
          a - b
        );
      });
  const hide = (index: number) => {
    const node = nodes[index] as Node;
    node.status = Status.Secondary;
    node.locked = false;
  };
  const relationsOf = (index: number) => relations.filter((relation) => relation.cells.includes(index));
  const everything = nodes.map((_, index) => index);

  /** Suppresses the candidate that makes `index` safe, or failing that the best one near it. */
  const repair = (index: number, stillUnsafe: (index: number) => boolean): boolean => {
    for (const candidate of ranked(everything).slice(0, CANDIDATES_TO_TRY)) {
      const node = nodes[candidate] as Node;
      const before = { status: node.status, locked: node.locked };
      hide(candidate);
      if (!stillUnsafe(index)) return true;
      node.status = before.status;
      node.locked = before.locked;
    }
    const near = ranked(relationsOf(index).flatMap((relation) => relation.cells));
    const next = near[0] ?? ranked(everything)[0];
    if (next === undefined) return false;
    hide(next);
    return true;
  };

  // Cells a reader could pin even if every cell were suppressed (four primary cells in a row whose
  // total is 4 or less are each 1) cannot be protected by suppressing more; they are left alone
  // rather than suppressing the whole table in vain.
  const inherent = new Set(
    exposedCells(relations, {
      published: nodes.map(() => undefined),
      primary: nodes.map((node) => node.status === Status.Primary),
      primaryFrom,
      threshold,
    }),
  );

  for (;;) {
    let changed = false;
    for (const relation of relations) {
      if (relation.cells.filter(suppressed).length !== 1) continue;
      const next = ranked(relation.cells)[0];
      if (next !== undefined) {
        hide(next);
        changed = true;
      }
    }
    if (changed) continue;
    const determined = determinedCells(relations, knowledge())[0];
    if (determined !== undefined) {
      if (repair(determined, (index) => determinedCells(relations, knowledge()).includes(index))) continue;
      break;
    }
    const exposed = exposedCells(relations, knowledge()).find((index) => !inherent.has(index));
    if (exposed !== undefined) {
      if (
        repair(exposed, (index) => exposedCells(relations, knowledge(), { among: [index] }).includes(index))
      )
        continue;
    }
    break;
  }

  // A secondary cell a reader can work out anyway protects nothing, and publishing it tells them
  // nothing new (it is 0, or at least the threshold), so it is shown.
  const known = knowledge();
  for (const index of new Set([...determinedCells(relations, known), ...exposedCells(relations, known)])) {
    const node = nodes[index] as Node;
    if (node.status === Status.Secondary && !node.locked) node.status = Status.Published;
  }

  const counts = { primary: 0, secondary: 0 };
  const published = (index: number): TableCell => {
    const node = nodes[index] as Node;
    let result: TableCell;
    if (node.status === Status.Published) result = { suppressed: false, value: node.value };
    else {
      const reason: SuppressionReason = node.status === Status.Primary ? 'primary' : 'secondary';
      counts[reason]++;
      result = { suppressed: true, reason };
    }
    if (node.key !== undefined) links?.ledger.set(node.key, result);
    return result;
  };
  return {
    id: table.id,
    title: table.title,
    rowHeading: table.rowHeading,
    columnHeading: table.columnHeading,
    rows: table.rows,
    columns: table.columns,
    rowsAddUp: table.rowsAddUp,
    columnsAddUp: table.columnsAddUp,
    ...(table.note === undefined ? {} : { note: table.note }),
    cells: cell.map((row) => row.map(published)),
    ...(rowTotal ? { rowTotals: rowTotal.map(published) } : {}),
    ...(columnTotal ? { columnTotals: columnTotal.map(published) } : {}),
    ...(grand === undefined ? {} : { grandTotal: published(grand) }),
    suppressed: counts,
  };
}
