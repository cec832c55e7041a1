// Internal: the evaluator of compiled conditions. A condition is compiled into a tree of nodes that
// are data, all of one shape, and one function evaluates any of them. Evaluating data rather than
// calling a closure per node keeps the call sites from going megamorphic (a rule set compiles to
// dozens of closures of a handful of kinds, all called from the same few places) and lets the
// commonest comparisons run without a call at all. Windows, rarer and costlier anyway, keep a
// closure. The traced evaluation runs the same code, passing a `detail` to fill in.

import { addGap, type Context, gapCount, Tri, truncateGaps } from './context.js';
import { dayOrNaN } from './day-number.js';
import { factDay, factValue } from './fact-path.js';
import { Bad, compareOrder, judge, TypeBit, type Verdict } from './judge.js';
import type { ComparisonTrace } from './trace.js';

/** What a node does. */
export enum Kind {
  ALL = 0,
  ANY = 1,
  NOT = 2,
  /** Remembers the known result of its one child for the rest of the evaluation (`param`: memo). */
  MEMO = 3,
  /** Calls `call` (windows). */
  CALL = 4,
  // Comparisons of the fact in `slot` from here on.
  EXISTS = 5,
  /** `eq` or `ne` with a literal (`value`) whose type bit is `code`. */
  EQUALS = 6,
  /**
   * Judges the fact by judge `code` against a literal (`value`), a parameter, another fact or,
   * when none is given, the evaluation date.
   */
  JUDGE = 7,
  /**
   * Compares the fact's date by order `code` with a literal date (`value`, a day number), a
   * parameter, another fact or, when none is given, the evaluation date.
   */
  DATE = 8,
}

/** A compiled condition. Every node has every field. */
export interface ConditionNode {
  readonly kind: Kind;
  readonly code: number;
  /** Whether a known result is turned round (`ne`). */
  readonly negate: boolean;
  /** The slot of the fact compared. */
  readonly slot: number;
  readonly value: unknown;
  /** The index of the parameter compared with (or of a MEMO's memo), or -1. */
  readonly param: number;
  /** The slot of the other fact compared with, or -1. */
  readonly other: number;
  readonly children: readonly ConditionNode[];
  readonly call: ((ctx: Context) => Tri) | null;
}

/** A comparison's trace while it is being filled in (every field present, so one shape). */
export type Detail = { -readonly [K in keyof ComparisonTrace]: ComparisonTrace[K] };

const NO_CHILDREN: readonly ConditionNode[] = [];

/** A node, with every field present in the same order so that all nodes share one shape. */
export function conditionNode(kind: Kind, fields: Partial<Omit<ConditionNode, 'kind'>>): ConditionNode {
  return {
    kind,
    code: fields.code ?? 0,
    negate: fields.negate ?? false,
    slot: fields.slot ?? -1,
    value: fields.value,
    param: fields.param ?? -1,
    other: fields.other ?? -1,
    children: fields.children ?? NO_CHILDREN,
    call: fields.call ?? null,
  };
}

/** Records a gap and, when tracing, lists its fact path in the comparison's trace. */
export function gap(ctx: Context, code: number, detail: Detail | undefined): void {
  addGap(ctx, code);
  if (detail !== undefined) {
    const path = ctx.paths[code >> 1] as string;
    if (code % 2 === 0) detail.missing = [...detail.missing, path];
    else detail.invalid = [...detail.invalid, path];
  }
}

/** The three-valued result of a node. Records the gaps that decide it. */
export function testCondition(ctx: Context, node: ConditionNode): Tri {
  // Comparisons are tested without a further call: `testComparison` is small enough to inline.
  if (node.kind >= Kind.EXISTS) return testComparison(ctx, node, undefined);
  switch (node.kind) {
    case Kind.ALL:
    case Kind.ANY: {
      // `all` stops at the first false, `any` at the first true. Gaps recorded by children are
      // forgotten when the group's result is known: they did not matter.
      const stop: Tri = node.kind === Kind.ALL ? Tri.FALSE : Tri.TRUE;
      const children = node.children;
      const mark = gapCount(ctx);
      let unknown = false;
      for (let i = 0; i < children.length; i++) {
        const child = children[i] as ConditionNode;
        const result =
          child.kind >= Kind.EXISTS ? testComparison(ctx, child, undefined) : testCondition(ctx, child);
        if (result === stop) {
          truncateGaps(ctx, mark);
          return stop;
        }
        if (result === Tri.UNKNOWN) unknown = true;
      }
      return unknown ? Tri.UNKNOWN : ((1 - stop) as Tri);
    }
    case Kind.NOT: {
      const result = testCondition(ctx, node.children[0] as ConditionNode);
      return result === Tri.UNKNOWN ? Tri.UNKNOWN : ((1 - result) as Tri);
    }
    case Kind.MEMO: {
      // Only known results are remembered: an unknown one is worked out again, so that its
      // missing facts are recorded wherever it is used.
      const memo = node.param;
      if (ctx.memoStamps[memo] === ctx.generation) return ctx.memoValues[memo] as Tri;
      const result = testCondition(ctx, node.children[0] as ConditionNode);
      if (result !== Tri.UNKNOWN) {
        ctx.memoStamps[memo] = ctx.generation;
        ctx.memoValues[memo] = result;
      }
      return result;
    }
    default:
      return (node.call as (ctx: Context) => Tri)(ctx);
  }
}

/**
 * The value of a comparison's right operand: its parameter's, the other fact's (`undefined`,
 * recorded, when that is missing), its literal or, when it has none (a literal is never
 * `undefined`), the evaluation date.
 */
function rightValue(ctx: Context, node: ConditionNode, detail: Detail | undefined): unknown {
  if (node.param >= 0) return ctx.params[node.param];
  const other = node.other;
  if (other < 0) return node.value === undefined ? ctx.asOf : node.value;
  const value = factValue(ctx, other);
  if (value !== undefined && value !== null) return value;
  gap(ctx, other * 2, detail);
  return undefined;
}

/** The day number of the date in a fact slot, or NaN when it is missing or not a date (recorded). */
export function dateIn(ctx: Context, slot: number, detail: Detail | undefined): number {
  const value = factValue(ctx, slot);
  if (value === undefined || value === null) {
    gap(ctx, slot * 2, detail);
    return Number.NaN;
  }
  const day = factDay(ctx, slot, value);
  if (Number.isNaN(day)) gap(ctx, slot * 2 + 1, detail);
  return day;
}

/** The three-valued result of a comparison node (not a window). */
export function testComparison(ctx: Context, node: ConditionNode, detail: Detail | undefined): Tri {
  const slot = node.slot;
  const kind = node.kind;
  if (kind === Kind.DATE) {
    // This fact's date is checked before the other operand is read.
    const day = dateIn(ctx, slot, detail);
    const other =
      node.other >= 0
        ? dateIn(ctx, node.other, detail)
        : node.param >= 0
          ? dayOrNaN(ctx.params[node.param])
          : node.value === undefined
            ? ctx.asOfDay
            : (node.value as number);
    return Number.isNaN(day) || Number.isNaN(other) ? Tri.UNKNOWN : compareOrder(node.code, day, other);
  }
  const left = factValue(ctx, slot);
  if (kind === Kind.EXISTS) return left === undefined || left === null ? Tri.FALSE : Tri.TRUE;
  const missing = left === undefined || left === null;
  if (missing) gap(ctx, slot * 2, detail);
  let verdict: Verdict;
  switch (kind) {
    case Kind.EQUALS: {
      if (missing) return Tri.UNKNOWN;
      // One comparison per type, so that each `===` only ever compares values of one type and
      // is compiled inline (a strict equality on values of any type calls into the runtime).
      const type = node.code;
      if (type === TypeBit.STRING)
        verdict = typeof left !== 'string' ? Bad.LEFT : left === node.value ? Tri.TRUE : Tri.FALSE;
      else if (type === TypeBit.NUMBER)
        verdict =
          typeof left !== 'number' || Number.isNaN(left)
            ? Bad.LEFT
            : left === node.value
              ? Tri.TRUE
              : Tri.FALSE;
      else verdict = typeof left !== 'boolean' ? Bad.LEFT : left === node.value ? Tri.TRUE : Tri.FALSE;
      break;
    }
    default: {
      // JUDGE: the other operand is read even when this fact is missing, so that both are listed.
      const right = rightValue(ctx, node, detail);
      // Missing, or a parameter not in force on the date.
      if (missing || right === undefined) return Tri.UNKNOWN;
      verdict = judge(node.code, left, right);
      if (verdict === Bad.RIGHT) {
        if (node.other >= 0) gap(ctx, node.other * 2 + 1, detail);
        return Tri.UNKNOWN;
      }
    }
  }
  if (verdict === Bad.LEFT) {
    gap(ctx, slot * 2 + 1, detail);
    return Tri.UNKNOWN;
  }
  return node.negate ? ((1 - verdict) as Tri) : verdict;
}
