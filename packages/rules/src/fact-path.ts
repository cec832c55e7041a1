// Internal: reading fact paths. Each path has a slot; a slot reads its parent slot's value (itself
// read once per evaluation), so `person.age` and `person.name` look up `person` once.

import type { Context } from './context.js';
import { dayOrNaN } from './day-number.js';

/**
 * The own property `key` of `value`; `undefined` when `value` is not an object or has no such
 * own property, so `__proto__`, `constructor` and other inherited names are absent unless the
 * facts really hold them.
 *
 * The property is read at one of sixteen places chosen by slot. V8 remembers, per place in the
 * code, the keys and object shapes it has seen: a place that sees one key (and a few shapes) is
 * compiled to a direct field load, while a single place reading every key of every rule set falls
 * back to a slow generic lookup. Slots past the sixteenth share places.
 */
function readOwn(value: unknown, key: string, slot: number): unknown {
  if (typeof value !== 'object' || value === null || !Object.hasOwn(value, key)) return undefined;
  const object = value as Record<string, unknown>;
  switch (slot & 15) {
    case 0:
      return object[key];
    case 1:
      return object[key];
    case 2:
      return object[key];
    case 3:
      return object[key];
    case 4:
      return object[key];
    case 5:
      return object[key];
    case 6:
      return object[key];
    case 7:
      return object[key];
    case 8:
      return object[key];
    case 9:
      return object[key];
    case 10:
      return object[key];
    case 11:
      return object[key];
    case 12:
      return object[key];
    case 13:
      return object[key];
    case 14:
      return object[key];
    default:
      return object[key];
  }
}

/** The value of the fact in a slot, read from the facts once per evaluation. */
export function factValue(ctx: Context, slot: number): unknown {
  if (ctx.valueStamps[slot] === ctx.generation) return ctx.values[slot];
  const parent = ctx.parents[slot] as number;
  const value = readOwn(parent < 0 ? ctx.facts : factValue(ctx, parent), ctx.keys[slot] as string, slot);
  ctx.values[slot] = value;
  ctx.valueStamps[slot] = ctx.generation;
  return value;
}

/**
 * The day number of the date in a fact slot (`value`, already read from it), or NaN when it is
 * not a date; parsed once per evaluation however many comparisons use it.
 */
export function factDay(ctx: Context, slot: number, value: unknown): number {
  if (ctx.dayStamps[slot] === ctx.generation) return ctx.dayValues[slot] as number;
  const day = dayOrNaN(value);
  ctx.dayStamps[slot] = ctx.generation;
  ctx.dayValues[slot] = day;
  return day;
}
