// Internal: a condition tree compiled into nodes, which the untraced evaluation tests without
// allocating (see condition-node.ts), and into a closure tree that returns the full trace by
// evaluating the same nodes with a detail to fill in. Both record the same gaps.

import { addWorkingDays, DIVISIONS, type Division, fromDayNumber } from '@antislavery/model/calendar';
import type { AsOfRef, Comparison, Condition, FactRef, ParamRef } from './condition.js';
import { DATE_OPERATORS } from './condition.js';
import {
  type ConditionNode,
  conditionNode,
  type Detail,
  dateIn,
  gap,
  Kind,
  testComparison,
} from './condition-node.js';
import { type Context, gapCount, Tri, truncateGaps } from './context.js';
import { dayOrNaN } from './day-number.js';
import { isRecord } from './evaluation-issues.js';
import { factValue } from './fact-path.js';
import { JUDGE_CODES, Judge, typeBit } from './judge.js';
import type { ComparisonTrace, ConditionTrace, Truth } from './trace.js';

/** A compiled condition: its node, and its traced evaluator. */
export interface CompiledNode {
  readonly test: ConditionNode;
  readonly trace: (ctx: Context) => ConditionTrace;
}

/** What the condition compiler needs from the rule-set compiler. */
export interface CompileEnv {
  /** The slot of a fact path (registering it on first use). */
  slot(path: string): number;
  /** The index of a parameter in `ctx.params`. */
  param(name: string): number;
  /** The memo slot of a comparison, shared by every comparison with the same structural key. */
  memo(key: string): number;
}

const TRUTH: readonly Truth[] = ['false', 'true', 'unknown'];

const FIRST_DAY = -719162; // 0001-01-01
const LAST_DAY = 2932896; // 9999-12-31

/** A division from a division or jurisdiction name (England and Wales share one), or undefined. */
export function toDivision(value: unknown): Division | undefined {
  switch (value) {
    case 'england-and-wales':
    case 'england':
    case 'wales':
      return 'england-and-wales';
    case 'scotland':
      return 'scotland';
    case 'northern-ireland':
      return 'northern-ireland';
    default:
      return undefined;
  }
}

/** Entries per window in the bound cache (a power of two): eleven years of start days. */
const BOUND_CACHE_MASK = 4095;
/** Not a day number of a supported date, so it marks an empty entry. */
const NO_DAY = 0x7fffffff;

/**
 * The far end of a working-day window, clamped to the supported years. Remembered per compiled
 * rule set, by window (length, direction, division) and then by start day, so keys stay small
 * integers.
 */
function workingDayBound(of: number, days: number, after: boolean, division: Division, ctx: Context): number {
  const signed = after ? days : -days;
  const windowKey = signed * 4 + DIVISIONS.indexOf(division);
  let cache = ctx.bounds.get(windowKey);
  if (cache === undefined) {
    const size = BOUND_CACHE_MASK + 1;
    cache = { starts: new Int32Array(size).fill(NO_DAY), ends: new Int32Array(size) };
    ctx.bounds.set(windowKey, cache);
  }
  const entry = of & BOUND_CACHE_MASK;
  if (cache.starts[entry] === of) return cache.ends[entry] as number;
  let bound: number;
  try {
    bound = dayOrNaN(addWorkingDays(fromDayNumber(of), signed, division, ctx.calendar));
  } catch {
    // Only reachable when the window runs past 9999-12-31 or before 0001-01-01.
    bound = after ? LAST_DAY : FIRST_DAY;
  }
  cache.starts[entry] = of;
  cache.ends[entry] = bound;
  return bound;
}

/** How an operand is read. */
type Reader =
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'fact'; readonly slot: number }
  | { readonly kind: 'param'; readonly index: number }
  | { readonly kind: 'asOf' };

/** How to read an operand of a checked (and frozen) condition. */
function reader(operand: unknown, env: CompileEnv): Reader {
  if (!isRecord(operand)) return { kind: 'literal', value: operand };
  if ('fact' in operand) return { kind: 'fact', slot: env.slot(operand.fact as string) };
  if ('param' in operand) return { kind: 'param', index: env.param(operand.param as string) };
  return { kind: 'asOf' };
}

/** The node of a comparison other than a window, specialised for equality and lists. */
function comparisonNode(op: Comparison['op'], slot: number, right: Reader | undefined): ConditionNode {
  if (right === undefined) return conditionNode(Kind.EXISTS, { slot });
  const code = JUDGE_CODES[op] as number;
  const param = right.kind === 'param' ? right.index : -1;
  const other = right.kind === 'fact' ? right.slot : -1;
  const value = right.kind === 'literal' ? right.value : undefined;
  if ((DATE_OPERATORS as readonly string[]).includes(op)) {
    // A literal date is turned into its day number once; with no operand it is `asOf`.
    const day = right.kind === 'literal' ? dayOrNaN(value) : undefined;
    return conditionNode(Kind.DATE, { code, slot, param, other, value: day });
  }
  const negate = op === 'ne';
  if (right.kind === 'literal' && code === Judge.EQUAL)
    return conditionNode(Kind.EQUALS, { code: typeBit(value), negate, slot, value });
  // A list gets its own, unfrozen copy: plain arrays, as the facts' arrays are, keep the
  // element loads of the search monomorphic (the rule set's copy is frozen).
  const literal = Array.isArray(value) ? [...value] : value;
  return conditionNode(Kind.JUDGE, { code, negate, slot, param, other, value: literal });
}

const NONE: readonly string[] = Object.freeze([]);

/**
 * Compiles one comparison: its node, and its trace, which evaluates the node (or, for a window,
 * its closure) with a detail to fill in.
 */
function compileComparison(node: Comparison, env: CompileEnv): CompiledNode {
  const factPath = node.fact;
  const slot = env.slot(factPath);
  const op = node.op;

  let evaluate: (ctx: Context, detail?: Detail) => Tri;
  let test: ConditionNode;

  switch (op) {
    case 'exists':
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'in':
    case 'includes':
    case 'before':
    case 'after':
    case 'onOrBefore':
    case 'onOrAfter': {
      const right = op === 'exists' ? undefined : reader(node.value, env);
      const compiled = comparisonNode(op, slot, right);
      test = compiled;
      evaluate = (ctx, detail) => {
        const result = testComparison(ctx, compiled, detail);
        // The other operand as read (a missing fact as `undefined`), the literal, or `asOf`.
        if (detail && right)
          detail.expected =
            right.kind === 'literal'
              ? right.value
              : right.kind === 'param'
                ? ctx.params[right.index]
                : right.kind === 'asOf'
                  ? ctx.asOf
                  : (factValue(ctx, right.slot) ?? undefined);
        return result;
      };
      break;
    }
    default: {
      // Day and working-day windows.
      const window = node;
      const after = op === 'withinDaysAfter' || op === 'withinWorkingDaysAfter';
      const working = op === 'withinWorkingDaysAfter' || op === 'withinWorkingDaysBefore';
      const ofReader = reader(window.of, env);
      const daysReader = reader(window.days, env);
      const divisionOperand = 'division' in window ? window.division : undefined;
      const divisionReader = divisionOperand === undefined ? undefined : reader(divisionOperand, env);
      const fixedDivision = divisionReader?.kind === 'literal' ? toDivision(divisionReader.value) : undefined;
      const ofSlot = ofReader.kind === 'fact' ? ofReader.slot : -1;
      const ofParam = ofReader.kind === 'param' ? ofReader.index : -1;
      const ofLiteral = ofReader.kind === 'literal' ? ofReader.value : undefined;
      const ofConstant = ofReader.kind === 'literal' ? dayOrNaN(ofLiteral) : Number.NaN;
      const daysParam = daysReader.kind === 'param' ? daysReader.index : -1;
      const daysConstant = daysReader.kind === 'literal' ? daysReader.value : undefined;
      const divisionSlot = divisionReader?.kind === 'fact' ? divisionReader.slot : -1;
      evaluate = (ctx, detail) => {
        const leftDay = dateIn(ctx, slot, detail);
        let ofDay = ofConstant;
        if (ofSlot >= 0) {
          if (detail) detail.expected = factValue(ctx, ofSlot);
          ofDay = dateIn(ctx, ofSlot, detail);
        } else if (ofParam >= 0) {
          const of = ctx.params[ofParam];
          if (detail) detail.expected = of;
          ofDay = dayOrNaN(of);
        } else if (ofReader.kind === 'asOf') {
          ofDay = ctx.asOfDay;
          if (detail) detail.expected = ctx.asOf;
        } else if (detail) detail.expected = ofLiteral;
        const days = daysParam >= 0 ? ctx.params[daysParam] : daysConstant;
        if (detail) detail.days = days as number;
        let division = fixedDivision;
        if (divisionSlot >= 0) {
          const named = factValue(ctx, divisionSlot);
          division = toDivision(named);
          if (division === undefined)
            gap(ctx, named === undefined || named === null ? divisionSlot * 2 : divisionSlot * 2 + 1, detail);
        }
        if (detail && division) detail.division = division;
        if (
          Number.isNaN(leftDay) ||
          Number.isNaN(ofDay) ||
          typeof days !== 'number' ||
          (divisionSlot >= 0 && division === undefined)
        )
          return Tri.UNKNOWN;
        let bound: number;
        if (working) bound = workingDayBound(ofDay, days, after, division as Division, ctx);
        else bound = Math.min(LAST_DAY, Math.max(FIRST_DAY, after ? ofDay + days : ofDay - days));
        if (detail) detail.bound = fromDayNumber(bound);
        return after
          ? leftDay >= ofDay && leftDay <= bound
            ? Tri.TRUE
            : Tri.FALSE
          : leftDay <= ofDay && leftDay >= bound
            ? Tri.TRUE
            : Tri.FALSE;
      };
      test = conditionNode(Kind.CALL, { call: evaluate });
    }
  }

  const label = node.label;
  // The condition is part of the frozen copy made by `compile`, so its references can be shared.
  const from = 'value' in node ? node.value : 'of' in node ? node.of : undefined;
  const expectedFrom = isRecord(from) ? (from as FactRef | ParamRef | AsOfRef) : undefined;
  const daysFrom = 'days' in node && isRecord(node.days) ? (node.days as ParamRef) : undefined;
  const trace = (ctx: Context): ComparisonTrace => {
    const detail: Detail = {
      op,
      fact: factPath,
      label,
      result: 'unknown',
      actual: factValue(ctx, slot),
      expected: undefined,
      expectedFrom,
      days: undefined,
      daysFrom,
      bound: undefined,
      division: undefined,
      missing: NONE,
      invalid: NONE,
    };
    detail.result = TRUTH[evaluate(ctx, detail)] as Truth;
    return detail;
  };

  // Windows are the costliest comparisons, so their results are remembered for the evaluation and
  // shared by every rule that has the same window (a simpler comparison costs about as much as
  // the lookup would).
  const { label: _label, ...shape } = node;
  const memo = op.startsWith('within') ? env.memo(JSON.stringify(shape)) : -1;
  if (memo >= 0) test = conditionNode(Kind.MEMO, { param: memo, children: [test] });
  return { test, trace };
}

function compileGroup(
  op: 'all' | 'any',
  children: readonly CompiledNode[],
  label: string | undefined,
): CompiledNode {
  // As in the untraced evaluator, gaps recorded by children are forgotten when the group's
  // result is known: they did not matter.
  const stop: Tri = op === 'all' ? Tri.FALSE : Tri.TRUE;
  const otherwise: Tri = op === 'all' ? Tri.TRUE : Tri.FALSE;
  const test = conditionNode(op === 'all' ? Kind.ALL : Kind.ANY, {
    children: children.map((child) => child.test),
  });
  const trace = (ctx: Context): ConditionTrace => {
    const mark = gapCount(ctx);
    const traces = children.map((child) => child.trace(ctx));
    let result: Truth = TRUTH[otherwise] as Truth;
    for (const child of traces) {
      if (child.result === TRUTH[stop]) {
        result = TRUTH[stop] as Truth;
        break;
      }
      if (child.result === 'unknown') result = 'unknown';
    }
    if (result !== 'unknown') truncateGaps(ctx, mark);
    return { op, label, result, children: traces };
  };
  return { test, trace };
}

function compileNot(child: CompiledNode, label: string | undefined): CompiledNode {
  return {
    test: conditionNode(Kind.NOT, { children: [child.test] }),
    trace: (ctx) => {
      const traced = child.trace(ctx);
      const result: Truth =
        traced.result === 'unknown' ? 'unknown' : traced.result === 'true' ? 'false' : 'true';
      return { op: 'not', label, result, children: [traced] };
    },
  };
}

/** Compiles a checked condition into its node and its traced evaluator. */
export function compileCondition(node: Condition, env: CompileEnv): CompiledNode {
  switch (node.op) {
    case 'all':
    case 'any':
      return compileGroup(
        node.op,
        node.conditions.map((child) => compileCondition(child, env)),
        node.label,
      );
    case 'not':
      return compileNot(compileCondition(node.condition, env), node.label);
    default:
      return compileComparison(node, env);
  }
}

/** Converts a three-valued result to its name. */
export function truthOf(result: Tri): Truth {
  return TRUTH[result] as Truth;
}
