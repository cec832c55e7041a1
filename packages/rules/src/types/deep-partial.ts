/**
 * The facts a typed rule set accepts: every property optional at every depth, because a case is
 * often only partly known and the engine lists what is missing. A rule set without a facts type
 * accepts anything.
 *
 * @typeParam Facts - the facts type of the rule set
 *
 * @example
 * ```ts
 * import type { PartialFacts } from '@antislavery/rules';
 *
 * type Facts = { person: { age: number; name: string } };
 * const soFar: PartialFacts<Facts> = { person: { age: 17 } };
 * ```
 */
export type PartialFacts<Facts> = unknown extends Facts ? unknown : DeepPartial<Facts>;

/**
 * Every property optional at every depth, including in the items of lists.
 *
 * @typeParam T - the type to make partial
 *
 * @example
 * ```ts
 * import type { DeepPartial } from '@antislavery/rules';
 *
 * const partial: DeepPartial<{ a: { b: number } }> = { a: {} };
 * ```
 */
export type DeepPartial<T> = T extends readonly (infer Item)[]
  ? readonly DeepPartial<Item>[]
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;
