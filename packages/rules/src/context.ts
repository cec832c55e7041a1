// Internal: the state shared by the code of one evaluation.

import type { CalendarOptions } from '@antislavery/model/calendar';

/**
 * Three-valued logic as small integers, so the untraced path allocates nothing.
 *
 * This and the evaluator's other internal codes are enums because the bundler writes an enum's
 * members in place as numbers, where V8's optimised code would load and check a module-level
 * constant at every use: dozens of times per evaluation on the hot path.
 */
export enum Tri {
  FALSE = 0,
  TRUE = 1,
  UNKNOWN = 2,
}

/**
 * Gaps are facts that were missing or of the wrong type. Each fact path has a slot; its gap code
 * is `slot * 2` when missing and `slot * 2 + 1` when invalid. `stamps` (shared by all evaluations
 * of one compiled rule set) records which codes this evaluation has already listed, so the list
 * holds each gap once without a `Set`.
 */
export interface Context {
  facts: unknown;
  params: readonly unknown[];
  asOf: string;
  asOfDay: number;
  gaps: number[] | null;
  generation: number;
  readonly stamps: Uint32Array;
  readonly calendar: CalendarOptions;
  /** The fact path of each slot. */
  readonly paths: readonly string[];
  /**
   * Each fact slot's parent slot (-1 at the top) and last key, and its value read in this
   * generation (read once per evaluation). Paths are data rather than getter closures, so every
   * read runs the same code instead of calling one of many closures.
   */
  readonly parents: Int32Array;
  readonly keys: readonly string[];
  readonly values: unknown[];
  readonly valueStamps: Uint32Array;
  /** The day number of the date in each fact slot, valid for one generation: parsed once. */
  readonly dayStamps: Uint32Array;
  readonly dayValues: Float64Array;
  /** Results of comparisons used by several rules, valid for one generation (known results only). */
  readonly memoStamps: Uint32Array;
  readonly memoValues: Uint8Array;
  /** Far ends of working-day windows, by signed length and division, then by start day. */
  readonly bounds: Map<number, BoundCache>;
}

/**
 * Far ends of the windows of one length, direction and division, by start day. Direct-mapped on
 * the low bits of the start day: a lookup is two array reads, and a collision only costs working
 * the bound out again.
 */
export interface BoundCache {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

export function addGap(ctx: Context, code: number): void {
  if (ctx.stamps[code] === ctx.generation) return;
  ctx.stamps[code] = ctx.generation;
  if (ctx.gaps === null) ctx.gaps = [code];
  else ctx.gaps.push(code);
}

export function gapCount(ctx: Context): number {
  return ctx.gaps === null ? 0 : ctx.gaps.length;
}

/**
 * Forgets the gaps recorded since `mark`: a node whose result is known did not need them.
 */
export function truncateGaps(ctx: Context, mark: number): void {
  const gaps = ctx.gaps;
  if (gaps === null || gaps.length <= mark) return;
  for (let i = mark; i < gaps.length; i++) ctx.stamps[gaps[i] as number] = 0;
  gaps.length = mark;
}
