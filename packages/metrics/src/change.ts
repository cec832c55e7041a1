/**
 * How a figure changed from an earlier period: the earlier figure, the later one, the difference,
 * and the difference as a percentage of the earlier figure.
 *
 * `percent` is never `Infinity` or `NaN`: it is `null` when the earlier figure is 0 and the later
 * is not, since a rise from nothing has no percentage, and 0 when both are 0. Renderers show
 * `null` as "not applicable".
 *
 * @example
 * ```ts
 * import type { Change } from '@antislavery/metrics';
 *
 * const change: Change = { from: 40, to: 50, absolute: 10, percent: 25 };
 * ```
 */
export type Change = {
  /** The earlier figure. */
  readonly from: number;
  /** The later figure. */
  readonly to: number;
  /** `to - from`. */
  readonly absolute: number;
  /** `(to - from) / from * 100`; `null` when `from` is 0 and `to` is not, 0 when both are 0. */
  readonly percent: number | null;
};

/**
 * The change from one figure to another. See {@link Change} for how a zero base is handled.
 *
 * @param from - The earlier figure, for example last quarter's count.
 * @param to - The later figure.
 * @example
 * ```ts
 * import { changeBetween } from '@antislavery/metrics';
 *
 * changeBetween(40, 30);
 * //=> { from: 40, to: 30, absolute: -10, percent: -25 }
 * changeBetween(0, 12);
 * //=> { from: 0, to: 12, absolute: 12, percent: null }
 * changeBetween(0, 0);
 * //=> { from: 0, to: 0, absolute: 0, percent: 0 }
 * ```
 */
export function changeBetween(from: number, to: number): Change {
  const absolute = to - from;
  const percent = from === 0 ? (to === 0 ? 0 : null) : (absolute / Math.abs(from)) * 100;
  return { from, to, absolute, percent };
}
