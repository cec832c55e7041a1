/**
 * A row or column of a table: a stable key for programs and the label people read.
 *
 * @example
 * ```ts
 * import type { TableHeading } from '@antislavery/metrics';
 *
 * const child: TableHeading = { key: 'child', label: 'Child (17 or under)' };
 * ```
 */
export type TableHeading = {
  /** A stable key, for example `child` or `labour-and-criminal`. */
  readonly key: string;
  /** The label, as the published statistics word it. */
  readonly label: string;
};

/**
 * What every table has besides its figures: its title, headings, rows and columns, and whether its
 * totals are sums of its cells.
 *
 * @example
 * ```ts
 * import type { TableLayout } from '@antislavery/metrics';
 *
 * const layout: TableLayout = {
 *   id: 'example',
 *   title: 'NRM referrals by gender and age at exploitation',
 *   rowHeading: 'Gender',
 *   columnHeading: 'Age at exploitation',
 *   rows: [{ key: 'female', label: 'Female' }],
 *   columns: [{ key: 'adult', label: 'Adult (18 or over)' }],
 *   rowsAddUp: true,
 *   columnsAddUp: true,
 * };
 * ```
 */
export type TableLayout = {
  /** The table's id: the id of the metric that made it, or a report's own id for it. */
  readonly id: string;
  /** The title, saying what is counted, by what, and over which period. */
  readonly title: string;
  /** What the rows are, for example `Gender`. */
  readonly rowHeading: string;
  /** What the columns are, for example `Age at exploitation`. */
  readonly columnHeading: string;
  /** The rows, in order. */
  readonly rows: readonly TableHeading[];
  /** The columns, in order. */
  readonly columns: readonly TableHeading[];
  /**
   * Whether each row's cells add up to its row total, and the column totals to the grand total:
   * true when every record counted falls in exactly one column.
   */
  readonly rowsAddUp: boolean;
  /**
   * Whether each column's cells add up to its column total, and the row totals to the grand
   * total: true when every record counted falls in exactly one row. It is false for the "any
   * mention" view of exploitation types, where a record with two types is in two rows.
   */
  readonly columnsAddUp: boolean;
  /** A note to print under the table, for example how a record with several types is counted. */
  readonly note?: string;
};

/**
 * A table of counts before disclosure control: cells by row and column, and whichever totals the
 * table publishes. Metrics give these; {@link suppressTable} turns one into a
 * {@link PublishedTable}.
 *
 * @example
 * ```ts
 * import type { CountTable } from '@antislavery/metrics';
 *
 * const table: CountTable = {
 *   id: 'example',
 *   title: 'Decisions by outcome and age',
 *   rowHeading: 'Outcome',
 *   columnHeading: 'Age',
 *   rows: [{ key: 'positive', label: 'Positive' }, { key: 'negative', label: 'Negative' }],
 *   columns: [{ key: 'adult', label: 'Adult' }, { key: 'child', label: 'Child' }],
 *   rowsAddUp: true,
 *   columnsAddUp: true,
 *   cells: [[10, 3], [6, 8]],
 *   rowTotals: [13, 14],
 *   columnTotals: [16, 11],
 *   grandTotal: 27,
 * };
 * ```
 */
export type CountTable = TableLayout & {
  /** The counts, `cells[row][column]`. */
  readonly cells: readonly (readonly number[])[];
  /** The total of each row, if the table has a total column. */
  readonly rowTotals?: readonly number[];
  /** The total of each column, if the table has a total row. */
  readonly columnTotals?: readonly number[];
  /** The grand total, if the table has one. */
  readonly grandTotal?: number;
};

/**
 * Why a cell is not shown: `primary`, because the count itself is small enough that it could
 * identify someone; `secondary`, because it would let a reader work out a primary cell from the
 * totals.
 *
 * @example
 * ```ts
 * import { SUPPRESSION_REASONS } from '@antislavery/metrics';
 *
 * SUPPRESSION_REASONS;
 * //=> ['primary', 'secondary']
 * ```
 */
export const SUPPRESSION_REASONS = ['primary', 'secondary'] as const;

/**
 * One of the {@link SUPPRESSION_REASONS}.
 *
 * @example
 * ```ts
 * import type { SuppressionReason } from '@antislavery/metrics';
 *
 * const reason: SuppressionReason = 'secondary';
 * ```
 */
export type SuppressionReason = (typeof SUPPRESSION_REASONS)[number];

/**
 * A published cell: its value, or a mark that it is suppressed and why. A suppressed cell has no
 * value at all, so it can never be shown as zero by mistake.
 *
 * @example
 * ```ts
 * import type { TableCell } from '@antislavery/metrics';
 *
 * const shown: TableCell = { suppressed: false, value: 12 };
 * const hidden: TableCell = { suppressed: true, reason: 'primary' };
 * ```
 */
export type TableCell =
  | { readonly suppressed: false; readonly value: number }
  | { readonly suppressed: true; readonly reason: SuppressionReason };

/**
 * A table after disclosure control, ready to publish: the layout of its {@link CountTable}, every
 * cell and total as a {@link TableCell}, and how many cells were suppressed for each reason.
 *
 * @example
 * ```ts
 * import { type PublishedTable, suppressTable } from '@antislavery/metrics';
 *
 * const published: PublishedTable = suppressTable({
 *   id: 'example',
 *   title: 'Example',
 *   rowHeading: 'Row',
 *   columnHeading: 'Column',
 *   rows: [{ key: 'a', label: 'A' }, { key: 'b', label: 'B' }],
 *   columns: [{ key: 'n', label: 'Number' }],
 *   rowsAddUp: true,
 *   columnsAddUp: true,
 *   cells: [[12], [30]],
 *   columnTotals: [42],
 * });
 * published.suppressed;
 * //=> { primary: 0, secondary: 0 }
 * ```
 */
export type PublishedTable = TableLayout & {
  /** The cells, `cells[row][column]`. */
  readonly cells: readonly (readonly TableCell[])[];
  /** The row totals, if the table has them. */
  readonly rowTotals?: readonly TableCell[];
  /** The column totals, if the table has them. */
  readonly columnTotals?: readonly TableCell[];
  /** The grand total, if the table has one. */
  readonly grandTotal?: TableCell;
  /** How many cells and totals were suppressed, by reason. */
  readonly suppressed: { readonly primary: number; readonly secondary: number };
};

/** Sums of a grid: each row, each column and all. Internal. */
export function totalsOf(cells: readonly (readonly number[])[], columns: number) {
  const rowTotals = cells.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: columns }, (_, j) =>
    cells.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const grandTotal = rowTotals.reduce((sum, value) => sum + value, 0);
  return { rowTotals, columnTotals, grandTotal };
}
