// Internal: fact paths compiled once into getters that read own properties only. A path reads
// its parent path's value (itself read once per evaluation), so `person.age` and `person.name`
// look up `person` once.

import { type Context, factValue } from './context.js';

/** Reads the value of one fact slot from the evaluation's facts. */
export type FactGetter = (ctx: Context) => unknown;

/**
 * The own property `key` of `value`; `undefined` when `value` is not an object or has no such
 * own property, so `__proto__`, `constructor` and other inherited names are absent unless the
 * facts really hold them.
 */
export function readOwn(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/** A getter for the last key of a path, given the slot of its parent path (or -1 at the top). */
export function factGetter(parent: number, key: string): FactGetter {
  return parent < 0 ? (ctx) => readOwn(ctx.facts, key) : (ctx) => readOwn(factValue(ctx, parent), key);
}
