// Internal: the verdicts of comparisons on operand values already read, shared by the untraced
// evaluator and the traced one so that the two cannot disagree.

import { Tri } from './context.js';
import { isScalar } from './evaluation-issues.js';

/** Which side of a comparison had a value of the wrong type. */
export enum Bad {
  LEFT = 3,
  RIGHT = 4,
}

/** A judge's verdict: true, false, or which side had a value of the wrong type. */
export type Verdict = Tri | Bad;

/**
 * What a comparison judges, as a small integer so that the evaluator switches on numbers. Order
 * codes serve numbers (`lt`...) and day numbers (`before`...) alike.
 */
export enum Judge {
  LESS = 0,
  LESS_OR_EQUAL = 1,
  GREATER = 2,
  GREATER_OR_EQUAL = 3,
  EQUAL = 4,
  IN = 5,
  INCLUDES = 6,
}

/** The judge code of each comparison operator other than `exists` and the windows. */
export const JUDGE_CODES: Readonly<Record<string, number>> = {
  lt: Judge.LESS,
  before: Judge.LESS,
  lte: Judge.LESS_OR_EQUAL,
  onOrBefore: Judge.LESS_OR_EQUAL,
  gt: Judge.GREATER,
  after: Judge.GREATER,
  gte: Judge.GREATER_OR_EQUAL,
  onOrAfter: Judge.GREATER_OR_EQUAL,
  eq: Judge.EQUAL,
  ne: Judge.EQUAL,
  in: Judge.IN,
  includes: Judge.INCLUDES,
};

/** The type of a scalar as a bit, 0 for any other value (NaN counts as a number). */
export enum TypeBit {
  STRING = 1,
  NUMBER = 2,
  BOOLEAN = 4,
}

/**
 * The bit of `value`'s type. Comparing `typeof` with constants lets the compiler test the type
 * inline, where comparing two `typeof` results calls into the runtime.
 */
export function typeBit(value: unknown): number {
  return typeof value === 'string'
    ? TypeBit.STRING
    : typeof value === 'number'
      ? TypeBit.NUMBER
      : typeof value === 'boolean'
        ? TypeBit.BOOLEAN
        : 0;
}

/** Two numbers (or day numbers) compared by an order code. */
export function compareOrder(code: number, left: number, right: number): Tri {
  switch (code) {
    case Judge.LESS:
      return left < right ? Tri.TRUE : Tri.FALSE;
    case Judge.LESS_OR_EQUAL:
      return left <= right ? Tri.TRUE : Tri.FALSE;
    case Judge.GREATER:
      return left > right ? Tri.TRUE : Tri.FALSE;
    default:
      return left >= right ? Tri.TRUE : Tri.FALSE;
  }
}

/** `needle` found in `list`; false only when the list holds values of the needle's type (or none). */
function judgeMembership(list: readonly unknown[], needle: unknown): Verdict {
  const length = list.length;
  for (let i = 0; i < length; i++) if (list[i] === needle) return Tri.TRUE;
  if (length === 0) return Tri.FALSE;
  const type = typeBit(needle);
  for (let i = 0; i < length; i++) if (typeBit(list[i]) === type) return Tri.FALSE;
  return Bad.LEFT;
}

/** The verdict of the comparison with judge code `code` on a present left value. */
export function judge(code: number, left: unknown, right: unknown): Verdict {
  switch (code) {
    case Judge.EQUAL:
      if (!isScalar(left)) return Bad.LEFT;
      if (!isScalar(right)) return Bad.RIGHT;
      if (typeBit(left) !== typeBit(right)) return Bad.LEFT;
      return left === right ? Tri.TRUE : Tri.FALSE;
    case Judge.IN:
      if (!isScalar(left)) return Bad.LEFT;
      if (!Array.isArray(right)) return Bad.RIGHT;
      return judgeMembership(right, left);
    case Judge.INCLUDES:
      if (!Array.isArray(left)) return Bad.LEFT;
      if (!isScalar(right)) return Bad.RIGHT;
      return judgeMembership(left, right);
    default:
      if (typeof left !== 'number' || Number.isNaN(left)) return Bad.LEFT;
      if (typeof right !== 'number' || Number.isNaN(right)) return Bad.RIGHT;
      return compareOrder(code, left, right);
  }
}
