// Internal: a condition tree compiled into two closure trees, one that returns a three-valued
// result without allocating and one that returns the full trace. Both record the same gaps.

import {
  addWorkingDays,
  type Division,
  dayNumberOf,
  daysInMonth,
  fromDayNumber,
} from '@antislavery/model/calendar';
import type { AsOfRef, Comparison, Condition, FactRef, ParamRef } from './condition.js';
import {
  addGap,
  type Context,
  FALSE,
  factValue,
  gapCount,
  TRUE,
  type Tri,
  truncateGaps,
  UNKNOWN,
} from './context.js';
import type { ComparisonTrace, ConditionTrace, Truth } from './trace.js';

/** A compiled condition node. */
export interface CompiledNode {
  readonly test: (ctx: Context) => Tri;
  readonly trace: (ctx: Context) => ConditionTrace;
}

/** What the condition compiler needs from the rule-set compiler. */
export interface CompileEnv {
  /** The slot of a fact path (registering it on first use). */
  slot(path: string): number;
  /** The index of a parameter in `ctx.params`. */
  param(name: string): number;
  /**
   * The memo slot for a comparison used more than once in the rule set (by its structural key),
   * or -1 when it is used once.
   */
  memo(key: string): number;
}

const TRUTH: readonly Truth[] = ['false', 'true', 'unknown'];

/** A judge's verdict: TRUE, FALSE, or which side had a value of the wrong type. */
const BAD_LEFT = 3;
const BAD_RIGHT = 4;
type Verdict = Tri | typeof BAD_LEFT | typeof BAD_RIGHT;

const FIRST_DAY = -719162; // 0001-01-01
const LAST_DAY = 2932896; // 9999-12-31

function isScalarValue(value: unknown): boolean {
  const type = typeof value;
  return type === 'string' || type === 'boolean' || (type === 'number' && !Number.isNaN(value));
}

/**
 * The day number of an ISO date, or NaN when the value is not one. This is the hot path of every
 * date comparison, so it reads character codes instead of running a regular expression; the
 * calendar arithmetic is `@antislavery/model`'s.
 */
export function dayOrNaN(value: unknown): number {
  if (typeof value !== 'string' || value.length !== 10) return Number.NaN;
  if (value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return Number.NaN;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const digit = value.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number.NaN;
    year = year * 10 + digit;
  }
  const m1 = value.charCodeAt(5) - 48;
  const m2 = value.charCodeAt(6) - 48;
  const d1 = value.charCodeAt(8) - 48;
  const d2 = value.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number.NaN;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (year < 1 || month < 1 || month > 12 || day < 1 || (day > 28 && day > daysInMonth(year, month)))
    return Number.NaN;
  return dayNumberOf(year, month, day);
}

function judgeEquality(left: unknown, right: unknown): Verdict {
  if (!isScalarValue(left)) return BAD_LEFT;
  if (!isScalarValue(right)) return BAD_RIGHT;
  if (typeof left !== typeof right) return BAD_LEFT;
  return left === right ? TRUE : FALSE;
}

function judgeOrder(op: 'lt' | 'lte' | 'gt' | 'gte', left: unknown, right: unknown): Verdict {
  if (typeof left !== 'number' || Number.isNaN(left)) return BAD_LEFT;
  if (typeof right !== 'number' || Number.isNaN(right)) return BAD_RIGHT;
  switch (op) {
    case 'lt':
      return left < right ? TRUE : FALSE;
    case 'lte':
      return left <= right ? TRUE : FALSE;
    case 'gt':
      return left > right ? TRUE : FALSE;
    case 'gte':
      return left >= right ? TRUE : FALSE;
  }
}

/** `needle` found in `list`; FALSE only when the list holds values of the needle's type (or none). */
function judgeMembership(list: readonly unknown[], needle: unknown, badSide: Verdict): Verdict {
  const length = list.length;
  for (let i = 0; i < length; i++) if (list[i] === needle) return TRUE;
  if (length === 0) return FALSE;
  const type = typeof needle;
  for (let i = 0; i < length; i++) if (typeof list[i] === type) return FALSE;
  return badSide;
}

function judgeIn(left: unknown, right: unknown): Verdict {
  if (!isScalarValue(left)) return BAD_LEFT;
  if (!Array.isArray(right)) return BAD_RIGHT;
  return judgeMembership(right, left, BAD_LEFT);
}

function judgeIncludes(left: unknown, right: unknown): Verdict {
  if (!Array.isArray(left)) return BAD_LEFT;
  if (!isScalarValue(right)) return BAD_RIGHT;
  return judgeMembership(left, right, BAD_LEFT);
}

function judgeDate(op: 'before' | 'after' | 'onOrBefore' | 'onOrAfter', left: number, right: number): Tri {
  switch (op) {
    case 'before':
      return left < right ? TRUE : FALSE;
    case 'after':
      return left > right ? TRUE : FALSE;
    case 'onOrBefore':
      return left <= right ? TRUE : FALSE;
    case 'onOrAfter':
      return left >= right ? TRUE : FALSE;
  }
}

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

const DIVISION_INDEX: Readonly<Record<Division, number>> = {
  'england-and-wales': 0,
  scotland: 1,
  'northern-ireland': 2,
};
const BOUND_CACHE_SIZE = 4096;

/**
 * The far end of a working-day window, clamped to the supported years. Remembered per compiled
 * rule set, by window (length, direction, division) and then by start day, so keys stay small
 * integers.
 */
function workingDayBound(of: number, days: number, after: boolean, division: Division, ctx: Context): number {
  const signed = after ? days : -days;
  const windowKey = signed * 4 + DIVISION_INDEX[division];
  let byStart = ctx.bounds.get(windowKey);
  if (byStart === undefined) {
    byStart = new Map();
    ctx.bounds.set(windowKey, byStart);
  }
  const cached = byStart.get(of);
  if (cached !== undefined) return cached;
  let bound: number;
  try {
    bound = dayOrNaN(addWorkingDays(fromDayNumber(of), signed, division, ctx.calendar));
  } catch {
    // Only reachable when the window runs past 9999-12-31 or before 0001-01-01.
    bound = after ? LAST_DAY : FIRST_DAY;
  }
  if (byStart.size >= BOUND_CACHE_SIZE) byStart.clear();
  byStart.set(of, bound);
  return bound;
}

/** The day number of the date in a fact slot, parsing each distinct string once. */
function slotDay(ctx: Context, slot: number, value: unknown): number {
  if (ctx.dayKeys[slot] === value) return ctx.dayValues[slot] as number;
  const day = dayOrNaN(value);
  if (typeof value === 'string') {
    ctx.dayKeys[slot] = value;
    ctx.dayValues[slot] = day;
  }
  return day;
}

/** The day number of an operand's value (a fact's date is cached by slot). */
function operandDay(ctx: Context, reader: Reader, value: unknown): number {
  return reader.kind === 'fact' ? slotDay(ctx, reader.slot, value) : dayOrNaN(value);
}

/** How an operand is read. */
type Reader =
  | { readonly kind: 'literal'; readonly value: unknown }
  | { readonly kind: 'fact'; readonly slot: number }
  | { readonly kind: 'param'; readonly index: number }
  | { readonly kind: 'asOf' };

/** How to read an operand of a checked (and frozen) condition. */
function reader(operand: unknown, env: CompileEnv): Reader {
  if (!isReference(operand)) return { kind: 'literal', value: operand };
  if ('fact' in operand) return { kind: 'fact', slot: env.slot(operand.fact) };
  if ('param' in operand) return { kind: 'param', index: env.param(operand.param) };
  return { kind: 'asOf' };
}

function isReference(operand: unknown): operand is FactRef | ParamRef | AsOfRef {
  return typeof operand === 'object' && operand !== null && !Array.isArray(operand);
}

/** A comparison's trace while it is being filled in (every field present, so one shape). */
type Detail = { -readonly [K in keyof ComparisonTrace]: ComparisonTrace[K] };

const NONE: readonly string[] = Object.freeze([]);

/**
 * Compiles one comparison. `evaluate` is the general evaluator, used by the trace and by any
 * combination without a fast path; `fast` is a specialised closure for the common shapes.
 */
function compileComparison(node: Comparison, env: CompileEnv, paths: (slot: number) => string): CompiledNode {
  const factPath = node.fact;
  const slot = env.slot(factPath);
  const missingCode = slot * 2;
  const invalidCode = missingCode + 1;
  const op = node.op;

  const gap = (ctx: Context, code: number, detail: Detail | null): void => {
    addGap(ctx, code);
    if (detail) {
      const path = paths(code >> 1);
      if (code % 2 === 0) detail.missing = [...detail.missing, path];
      else detail.invalid = [...detail.invalid, path];
    }
  };

  /** Reads an operand; `undefined` when it is missing (recorded). */
  const read = (r: Reader, ctx: Context, detail: Detail | null): unknown => {
    switch (r.kind) {
      case 'literal':
        return r.value;
      case 'param':
        return ctx.params[r.index];
      case 'asOf':
        return ctx.asOf;
      case 'fact': {
        const value = factValue(ctx, r.slot);
        if (value === undefined || value === null) {
          gap(ctx, r.slot * 2, detail);
          return undefined;
        }
        return value;
      }
    }
  };

  /** Records the gap a bad verdict names and turns it into UNKNOWN. */
  const settle = (verdict: Verdict, right: Reader | undefined, ctx: Context, detail: Detail | null): Tri => {
    if (verdict === BAD_LEFT) {
      gap(ctx, invalidCode, detail);
      return UNKNOWN;
    }
    if (verdict === BAD_RIGHT) {
      if (right?.kind === 'fact') gap(ctx, right.slot * 2 + 1, detail);
      return UNKNOWN;
    }
    return verdict;
  };

  let evaluate: (ctx: Context, detail: Detail | null) => Tri;
  let fast: ((ctx: Context) => Tri) | undefined;

  switch (op) {
    case 'exists':
      evaluate = (ctx) => {
        const value = factValue(ctx, slot);
        return value === undefined || value === null ? FALSE : TRUE;
      };
      break;
    case 'eq':
    case 'ne':
    case 'lt':
    case 'lte':
    case 'gt':
    case 'gte':
    case 'in':
    case 'includes': {
      const right = reader(node.value, env);
      const judge =
        op === 'eq' || op === 'ne'
          ? judgeEquality
          : op === 'in'
            ? judgeIn
            : op === 'includes'
              ? judgeIncludes
              : (left: unknown, value: unknown) => judgeOrder(op, left, value);
      const negate = op === 'ne';
      evaluate = (ctx, detail) => {
        const left = factValue(ctx, slot);
        const leftMissing = left === undefined || left === null;
        if (leftMissing) gap(ctx, missingCode, detail);
        const value = read(right, ctx, detail);
        if (detail) detail.expected = value;
        if (leftMissing || value === undefined) return UNKNOWN;
        const result = settle(judge(left, value), right, ctx, detail);
        return negate && result !== UNKNOWN ? ((1 - result) as Tri) : result;
      };
      if (right.kind === 'literal' && (op === 'eq' || op === 'ne')) {
        const literal = right.value;
        const type = typeof literal;
        const hit: Tri = negate ? FALSE : TRUE;
        const miss: Tri = negate ? TRUE : FALSE;
        fast = (ctx) => {
          const left = factValue(ctx, slot);
          if (left === literal) return hit;
          if (left === undefined || left === null) {
            addGap(ctx, missingCode);
            return UNKNOWN;
          }
          if (typeof left !== type || Number.isNaN(left)) {
            addGap(ctx, invalidCode);
            return UNKNOWN;
          }
          return miss;
        };
      } else if (right.kind === 'literal' || right.kind === 'param') {
        const constant = right.kind === 'literal' ? right.value : undefined;
        const index = right.kind === 'param' ? right.index : -1;
        fast = (ctx) => {
          const left = factValue(ctx, slot);
          if (left === undefined || left === null) {
            addGap(ctx, missingCode);
            return UNKNOWN;
          }
          const value = index < 0 ? constant : ctx.params[index];
          if (value === undefined) return UNKNOWN;
          const verdict = judge(left, value);
          if (verdict === BAD_LEFT) {
            addGap(ctx, invalidCode);
            return UNKNOWN;
          }
          if (verdict === BAD_RIGHT) return UNKNOWN;
          return negate ? ((1 - verdict) as Tri) : verdict;
        };
      }
      break;
    }
    case 'before':
    case 'after':
    case 'onOrBefore':
    case 'onOrAfter': {
      const right = reader(node.value, env);
      const readDay = (ctx: Context, detail: Detail | null): number | undefined => {
        if (right.kind === 'asOf') {
          if (detail) detail.expected = ctx.asOf;
          return ctx.asOfDay;
        }
        const value = read(right, ctx, detail);
        if (detail) detail.expected = value;
        if (value === undefined) return undefined;
        const day = operandDay(ctx, right, value);
        if (Number.isNaN(day)) {
          settle(BAD_RIGHT, right, ctx, detail);
          return undefined;
        }
        return day;
      };
      evaluate = (ctx, detail) => {
        const left = factValue(ctx, slot);
        let leftDay = Number.NaN;
        if (left === undefined || left === null) gap(ctx, missingCode, detail);
        else {
          leftDay = slotDay(ctx, slot, left);
          if (Number.isNaN(leftDay)) gap(ctx, invalidCode, detail);
        }
        const rightDay = readDay(ctx, detail);
        if (Number.isNaN(leftDay) || rightDay === undefined) return UNKNOWN;
        return judgeDate(op, leftDay, rightDay);
      };
      if (right.kind === 'literal' || right.kind === 'asOf') {
        const constant = right.kind === 'literal' ? dayOrNaN(right.value) : Number.NaN;
        const useAsOf = right.kind === 'asOf';
        fast = (ctx) => {
          const left = factValue(ctx, slot);
          if (left === undefined || left === null) {
            addGap(ctx, missingCode);
            return UNKNOWN;
          }
          const leftDay = slotDay(ctx, slot, left);
          if (Number.isNaN(leftDay)) {
            addGap(ctx, invalidCode);
            return UNKNOWN;
          }
          return judgeDate(op, leftDay, useAsOf ? ctx.asOfDay : constant);
        };
      }
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
        let unknown = false;
        const left = factValue(ctx, slot);
        let leftDay = Number.NaN;
        if (left === undefined || left === null) {
          gap(ctx, missingCode, detail);
          unknown = true;
        } else {
          leftDay = slotDay(ctx, slot, left);
          if (Number.isNaN(leftDay)) {
            gap(ctx, invalidCode, detail);
            unknown = true;
          }
        }
        let ofDay = ofConstant;
        if (ofSlot >= 0) {
          const of = factValue(ctx, ofSlot);
          if (detail) detail.expected = of;
          if (of === undefined || of === null) {
            gap(ctx, ofSlot * 2, detail);
            unknown = true;
          } else {
            ofDay = slotDay(ctx, ofSlot, of);
            if (Number.isNaN(ofDay)) {
              gap(ctx, ofSlot * 2 + 1, detail);
              unknown = true;
            }
          }
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
          if (named === undefined || named === null) {
            gap(ctx, divisionSlot * 2, detail);
            unknown = true;
          } else {
            division = toDivision(named);
            if (division === undefined) {
              gap(ctx, divisionSlot * 2 + 1, detail);
              unknown = true;
            }
          }
        }
        if (detail && division) detail.division = division;
        if (unknown || Number.isNaN(ofDay) || typeof days !== 'number') return UNKNOWN;
        let bound: number;
        if (working) bound = workingDayBound(ofDay, days, after, division as Division, ctx);
        else bound = Math.min(LAST_DAY, Math.max(FIRST_DAY, after ? ofDay + days : ofDay - days));
        if (detail) detail.bound = fromDayNumber(bound);
        return after
          ? leftDay >= ofDay && leftDay <= bound
            ? TRUE
            : FALSE
          : leftDay <= ofDay && leftDay >= bound
            ? TRUE
            : FALSE;
      };
    }
  }

  const label = node.label;
  // The condition is part of the frozen copy made by `compile`, so its references can be shared.
  const from = 'value' in node ? node.value : 'of' in node ? node.of : undefined;
  const expectedFrom = isReference(from) ? from : undefined;
  const daysFrom = 'days' in node && isReference(node.days) ? (node.days as ParamRef) : undefined;
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

  const raw = fast ?? ((ctx: Context) => evaluate(ctx, null));
  // Remembering a result costs about as much as an equality or membership test on a fact already
  // read, so only the costlier date comparisons and windows are shared between rules.
  const { label: _label, ...shape } = node;
  const memo = isCheap(op) ? -1 : env.memo(JSON.stringify(shape));
  if (memo < 0) return { test: raw, trace };
  // Only known results are remembered: an unknown one is worked out again, so that its missing
  // facts are recorded wherever it is used.
  const test = (ctx: Context): Tri => {
    if (ctx.memoStamps[memo] === ctx.generation) return ctx.memoValues[memo] as Tri;
    const result = raw(ctx);
    if (result !== UNKNOWN) {
      ctx.memoStamps[memo] = ctx.generation;
      ctx.memoValues[memo] = result;
    }
    return result;
  };
  return { test, trace };
}

function isCheap(op: Comparison['op']): boolean {
  return !(op.startsWith('within') || op === 'before' || op === 'after' || op.startsWith('on'));
}

/** The structural keys of every comparison in a condition, for finding those used more than once. */
export function comparisonKeys(node: Condition, keys: string[] = []): string[] {
  if (node.op === 'all' || node.op === 'any')
    for (const child of node.conditions) comparisonKeys(child, keys);
  else if (node.op === 'not') comparisonKeys(node.condition, keys);
  else {
    const { label: _label, ...shape } = node;
    keys.push(JSON.stringify(shape));
  }
  return keys;
}

function compileGroup(
  op: 'all' | 'any',
  children: readonly CompiledNode[],
  label: string | undefined,
): CompiledNode {
  // `all` stops at the first false, `any` at the first true. Gaps recorded by children are
  // forgotten when the group's result is known: they did not matter.
  const stop: Tri = op === 'all' ? FALSE : TRUE;
  const otherwise: Tri = op === 'all' ? TRUE : FALSE;
  const tests = children.map((child) => child.test);
  const count = tests.length;
  const test = (ctx: Context): Tri => {
    const mark = gapCount(ctx);
    let unknown = false;
    for (let i = 0; i < count; i++) {
      const result = (tests[i] as (ctx: Context) => Tri)(ctx);
      if (result === stop) {
        truncateGaps(ctx, mark);
        return stop;
      }
      if (result === UNKNOWN) unknown = true;
    }
    return unknown ? UNKNOWN : otherwise;
  };
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
  const inner = child.test;
  return {
    test: (ctx) => {
      const result = inner(ctx);
      return result === UNKNOWN ? UNKNOWN : ((1 - result) as Tri);
    },
    trace: (ctx) => {
      const traced = child.trace(ctx);
      const result: Truth =
        traced.result === 'unknown' ? 'unknown' : traced.result === 'true' ? 'false' : 'true';
      return { op: 'not', label, result, children: [traced] };
    },
  };
}

/** Compiles a checked condition into its two closure trees. */
export function compileCondition(
  node: Condition,
  env: CompileEnv,
  paths: (slot: number) => string,
): CompiledNode {
  switch (node.op) {
    case 'all':
    case 'any':
      return compileGroup(
        node.op,
        node.conditions.map((child) => compileCondition(child, env, paths)),
        node.label,
      );
    case 'not':
      return compileNot(compileCondition(node.condition, env, paths), node.label);
    default:
      return compileComparison(node, env, paths);
  }
}

/** Converts a three-valued result to its name. */
export function truthOf(result: Tri): Truth {
  return TRUTH[result] as Truth;
}
