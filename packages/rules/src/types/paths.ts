import type { Scalar } from '../condition.js';

/**
 * The values at which a {@link FactPath} stops: primitives, lists, dates and functions. A path
 * ends at such a value and never goes into it.
 *
 * @example
 * ```ts
 * import type { FactLeaf } from '@antislavery/rules';
 *
 * const leaf: FactLeaf = ['a', 'list'];
 * ```
 */
export type FactLeaf =
  | string
  | number
  | boolean
  | bigint
  | symbol
  | null
  | undefined
  | readonly unknown[]
  | Date
  | ((...args: never[]) => unknown);

/**
 * Every dot path into a facts type, such as `person.age` or `referral.date`: the paths a
 * condition may compare. Paths stop at primitives and arrays (there is no indexing into lists)
 * and at eight levels deep.
 *
 * @typeParam Facts - the facts type
 *
 * @example
 * ```ts
 * import type { FactPath } from '@antislavery/rules';
 *
 * type Paths = FactPath<{ person: { age: number; flags: string[] } }>;
 * //=> 'person' | 'person.age' | 'person.flags'
 * ```
 */
export type FactPath<Facts, Depth extends number = 8> = [Depth] extends [never]
  ? never
  : Facts extends FactLeaf
    ? never
    : {
        [K in keyof Facts & string]-?: NonNullable<Facts[K]> extends FactLeaf
          ? K
          : // The tuple counts the depth down, so that recursive fact types terminate.
            K | `${K}.${FactPath<NonNullable<Facts[K]>, [never, 0, 1, 2, 3, 4, 5, 6, 7][Depth]>}`;
      }[keyof Facts & string];

/**
 * The type of the value at a dot path, without `undefined` and `null` (a missing fact is never
 * compared: the comparison is unknown).
 *
 * @typeParam Facts - the facts type
 * @typeParam Path - a dot path into it
 *
 * @example
 * ```ts
 * import type { ValueAt } from '@antislavery/rules';
 *
 * type Age = ValueAt<{ person?: { age?: number } }, 'person.age'>;
 * //=> number
 * ```
 */
export type ValueAt<Facts, Path extends string> = Path extends `${infer Head}.${infer Rest}`
  ? Head extends keyof NonNullable<Facts>
    ? ValueAt<NonNullable<NonNullable<Facts>[Head]>, Rest>
    : never
  : Path extends keyof NonNullable<Facts>
    ? NonNullable<NonNullable<Facts>[Path]>
    : never;

/**
 * The dot paths of a facts type whose value is of type `T`.
 *
 * @typeParam Facts - the facts type
 * @typeParam T - the value type wanted
 *
 * @example
 * ```ts
 * import type { PathOfType } from '@antislavery/rules';
 *
 * type NumberPaths = PathOfType<{ age: number; name: string }, number>;
 * //=> 'age'
 * ```
 */
export type PathOfType<Facts, T> = {
  [P in FactPath<Facts>]: [ValueAt<Facts, P>] extends [never]
    ? never
    : ValueAt<Facts, P> extends T
      ? P
      : never;
}[FactPath<Facts>];

/**
 * The dot paths whose value is a single string, number or boolean: what `eq`, `ne` and `in`
 * compare.
 *
 * @typeParam Facts - the facts type
 *
 * @example
 * ```ts
 * import type { ScalarPath } from '@antislavery/rules';
 *
 * type Paths = ScalarPath<{ age: number; tags: string[] }>;
 * //=> 'age'
 * ```
 */
export type ScalarPath<Facts> = PathOfType<Facts, Scalar>;

/**
 * The dot paths whose value is a list of strings, numbers or booleans: what `includes` compares.
 *
 * @typeParam Facts - the facts type
 *
 * @example
 * ```ts
 * import type { ListPath } from '@antislavery/rules';
 *
 * type Paths = ListPath<{ age: number; tags: string[] }>;
 * //=> 'tags'
 * ```
 */
export type ListPath<Facts> = PathOfType<Facts, readonly Scalar[]>;

/**
 * The type of one element of the list at a {@link ListPath}.
 *
 * @typeParam Facts - the facts type
 * @typeParam Path - a list path
 *
 * @example
 * ```ts
 * import type { ElementAt } from '@antislavery/rules';
 *
 * type Tag = ElementAt<{ tags: ('a' | 'b')[] }, 'tags'>;
 * //=> 'a' | 'b'
 * ```
 */
export type ElementAt<Facts, Path extends string> =
  ValueAt<Facts, Path> extends readonly (infer E)[] ? E : never;
