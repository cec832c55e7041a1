// Internal: how renderers write numbers, cells and changes.
import type { Change } from '../change.js';
import type { TableCell } from '../tables/count-table.js';

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const upToOne = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** The mark printed for a suppressed cell, as the Office for National Statistics marks confidential figures. */
export const SUPPRESSED_MARK = '[c]';

/** A count with thousands separators: `12,345`. */
export const formatCount = (value: number) => whole.format(value);

/** A number with at most one decimal place: `12.5`, `3`. */
export const formatNumber = (value: number) => upToOne.format(value);

/** A percentage with one decimal place: `34.2%`. */
export const formatPercent = (value: number) => `${oneDecimal.format(value)}%`;

/** A published cell as text: its count, or the suppressed mark. */
export const formatCell = (cell: TableCell | undefined) =>
  cell === undefined ? '' : cell.suppressed ? SUPPRESSED_MARK : formatCount(cell.value);

/** A change in words: `up 326 (4.2%)`, `down 12 (10.0%)`, `no change`, `up 12 (from 0)`. */
export function formatChange(change: Change | undefined): string {
  if (change === undefined) return 'not available';
  if (change.absolute === 0) return 'no change';
  const direction = change.absolute > 0 ? 'up' : 'down';
  const percent = change.percent === null ? 'from 0' : formatPercent(Math.abs(change.percent));
  return `${direction} ${formatCount(Math.abs(change.absolute))} (${percent})`;
}

/** An optional figure, or `not available`. */
export const orNotAvailable = (
  value: number | undefined,
  format: (value: number) => string = formatNumber,
) => (value === undefined ? 'not available' : format(value));
