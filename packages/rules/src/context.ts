// Internal: the state shared by the closures of one evaluation.

import type { CalendarOptions } from '@antislavery/model/calendar';
import type { FactGetter } from './fact-path.js';

/** Three-valued logic as small integers, so the untraced path allocates nothing. */
export const FALSE = 0;
export const TRUE = 1;
export const UNKNOWN = 2;
export type Tri = typeof FALSE | typeof TRUE | typeof UNKNOWN;

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
  /** Each fact slot's getter, and its value read in this generation (read once per evaluation). */
  readonly getters: readonly FactGetter[];
  readonly values: unknown[];
  readonly valueStamps: Uint32Array;
  /** The last date string seen in each fact slot and its day number: a date is parsed once. */
  readonly dayKeys: unknown[];
  readonly dayValues: Float64Array;
  /** Results of comparisons used by several rules, valid for one generation (known results only). */
  readonly memoStamps: Uint32Array;
  readonly memoValues: Uint8Array;
  /** Far ends of working-day windows, by signed length and division, then by start day. */
  readonly bounds: Map<number, Map<number, number>>;
}

/** The value of the fact in a slot, read from the facts once per evaluation. */
export function factValue(ctx: Context, slot: number): unknown {
  if (ctx.valueStamps[slot] === ctx.generation) return ctx.values[slot];
  const value = (ctx.getters[slot] as FactGetter)(ctx);
  ctx.values[slot] = value;
  ctx.valueStamps[slot] = ctx.generation;
  return value;
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
