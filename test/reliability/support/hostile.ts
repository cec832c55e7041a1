// Arbitraries for input that no well-behaved caller would send: wrong types, strings with lone
// surrogates and control characters, keys named like Object.prototype's, null-prototype objects,
// symbols, bigints and functions, and a few extreme values (nested 1,000 to 100,000 deep, huge,
// cyclic) that are built once and picked, so that they cost nothing per case.
import fc from 'fast-check';

/** Characters that break naive string handling. */
const ODD_CHARACTERS = [
  '\uD800', // a lone high surrogate
  '\uDBFF',
  '\uDC00', // a lone low surrogate
  '\uDFFF',
  '\u0000',
  '\u0007',
  '\u001B',
  '\u007F',
  '\u0085',
  '\u00A0',
  '\u2028',
  '\u2029',
  '\u202E', // right-to-left override
  '\uFEFF', // byte order mark
  '\r',
  '\n',
  '\t',
  '"',
  "'",
  ',',
  ';',
  '\\',
  '/',
  '.',
  '-',
  '@',
  ' ',
] as const;

/** One character: an odd one, any code point, or a printable ASCII one. */
export const oddCharacter: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ODD_CHARACTERS),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
  fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
);

/** Keys that are dangerous as property names. */
export const DANGEROUS_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  '__defineGetter__',
  '__lookupGetter__',
  'then',
  'length',
  '0',
  '',
] as const;

/** A dangerous key. */
export const dangerousKey: fc.Arbitrary<string> = fc.constantFrom(...DANGEROUS_KEYS);

/** Strings that look nearly right to a parser. */
const TRICKY_STRINGS = [
  '',
  ' ',
  '\u00A0',
  '2025-02-30',
  '2025-2-3',
  '0000-00-00',
  '0000-01-01',
  '9999-12-31',
  '+02025-01-01',
  '2025-01-01T00:00:00Z',
  '２０２５-０１-０１',
  'NaN',
  'Infinity',
  '-0',
  '1e400',
  '0x10',
  'null',
  'undefined',
  'true',
  '[object Object]',
  '__proto__',
  'constructor',
  'toString',
] as const;

/** A short hostile string. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: oddCharacter, maxLength: 24 }) },
  { weight: 2, arbitrary: fc.constantFrom(...TRICKY_STRINGS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/**
 * Names a big value in fast-check's reports (which would otherwise print it whole, or overflow the
 * stack printing it), with a non-enumerable symbol property that the code under test never reads.
 */
function labelled<T extends object>(value: T, label: string): T {
  Object.defineProperty(value, fc.toStringMethod, { value: () => label, enumerable: false });
  return value;
}

/** Nests `leaf` `depth` times in arrays or objects, without recursion. */
export function nested(depth: number, kind: 'array' | 'object', leaf: unknown = 'leaf'): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return labelled(value as object, `<${kind}s nested ${depth} deep>`);
}

function cyclic(): unknown {
  const object: Record<string, unknown> = { name: 'cycle' };
  object.self = object;
  const list: unknown[] = [1];
  list.push(list);
  object.list = list;
  return object;
}

function withOwnKey(key: string, value: unknown, base: Record<string, unknown> = {}): object {
  Object.defineProperty(base, key, { value, enumerable: true, writable: true, configurable: true });
  return base;
}

function nullPrototype(entries: Record<string, unknown>): object {
  return Object.assign(Object.create(null) as object, entries);
}

const HUGE_LENGTH = 1_000_000;

/**
 * Extreme values, built on first use and shared: deep nesting, huge strings, arrays and objects,
 * cycles, own `__proto__` keys, null-prototype objects, sparse and frozen arrays, boxed and exotic
 * objects. None of them throws when read.
 */
export const EXTREME_VALUES: readonly unknown[] = [
  nested(1_000, 'array'),
  nested(1_000, 'object'),
  nested(10_000, 'array'),
  nested(10_000, 'object'),
  nested(100_000, 'array'),
  nested(100_000, 'object'),
  'x'.repeat(HUGE_LENGTH), // fast-check prints strings this long in full: a failure report is long
  `${'\uD800'.repeat(1000)}${'\u0000'.repeat(1000)}`,
  labelled(new Array(100_000).fill('forced-to-work'), '<100,000 copies of forced-to-work>'),
  // Not longer: zod gives one issue per hole, and 100,000 of them take seconds to report.
  labelled(new Array(1_000), '<an empty array of length 1,000>'),
  labelled(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`k${i}`, i])), '<10,000 keys>'),
  labelled(cyclic() as object, '<a cycle>'),
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  JSON.parse('{"__proto__":[],"prototype":{"polluted":true}}'),
  withOwnKey('__proto__', { polluted: true }, { kind: 'nrm-referral' }),
  nullPrototype({ a: 1, toString: 'not a function' }),
  nullPrototype({}),
  // Objects that look like strings or arrays to code that reads `length` (zod does).
  { length: Symbol('length') },
  { length: -1 },
  { length: 2 ** 32 },
  { length: { valueOf: () => 3 } },
  Object.freeze({ frozen: true }),
  Object.freeze(['frozen']),
  // Holes, as a sparse array has them (a literal with holes is flagged by the linter).
  Object.assign(new Array(3), { 2: 'sparse' }),
  new Date(Number.NaN),
  new Date(0),
  /regex/g,
  new Map([['a', 1]]),
  new Set(['a']),
  new Uint8Array(8),
  new ArrayBuffer(8),
  Object(1n),
  new String('boxed'),
  new Number(Number.NaN),
  new Boolean(false),
  new Proxy({}, {}),
  new Proxy([], {}),
  Symbol('hostile'),
  Symbol.iterator,
  2n ** 70n,
  -0,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.MAX_SAFE_INTEGER + 2,
  () => 'a function',
  class Hostile {},
  globalThis,
  Object.prototype,
  Array.prototype,
];

/** An extreme value. */
export const extremeValue: fc.Arbitrary<unknown> = fc.constantFrom(...EXTREME_VALUES);

/** A leaf value of any type a JavaScript caller could pass. */
export const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 2, arbitrary: fc.integer() },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.bigInt() },
  { weight: 2, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(Symbol('leaf'), Symbol.for('leaf')) },
  { weight: 1, arbitrary: fc.func(fc.constant('returned')) },
);

/**
 * A key for an object: dangerous names, the names of the fields the function under test knows
 * (so that values land where they are read), or any short string.
 */
export function objectKey(fieldNames: readonly string[] = []): fc.Arbitrary<string> {
  const known = fieldNames.length > 0 ? [fc.constantFrom(...fieldNames)] : [];
  return fc.oneof(dangerousKey, ...known, fc.string({ unit: oddCharacter, maxLength: 6 }));
}

/** An object that may own a `__proto__` key (made with JSON.parse, as parsed JSON would). */
function jsonWithProtoKey(fieldNames: readonly string[]): fc.Arbitrary<unknown> {
  return fc
    .tuple(
      fc.dictionary(objectKey(fieldNames), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 4 }),
      fc.jsonValue({ maxDepth: 2 }),
    )
    .map(([entries, proto]) => {
      const body = JSON.stringify(entries).slice(1, -1);
      return JSON.parse(`{"__proto__":${JSON.stringify(proto)}${body === '' ? '' : `,${body}`}}`);
    });
}

/**
 * Any value at all: fast-check's `anything` with every exotic option, JSON values, objects owning
 * `__proto__`, and the extreme values.
 *
 * @param fieldNames - Field names of the input being attacked, used as keys now and then.
 */
export function hostileValue(fieldNames: readonly string[] = []): fc.Arbitrary<unknown> {
  return fc.oneof(
    {
      weight: 5,
      arbitrary: fc.anything({
        key: objectKey(fieldNames),
        values: [hostileLeaf],
        maxDepth: 3,
        maxKeys: 5,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withObjectString: true,
        withSparseArray: true,
        withTypedArray: true,
      }),
    },
    { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    { weight: 1, arbitrary: jsonWithProtoKey(fieldNames) },
    { weight: 1, arbitrary: extremeValue },
    { weight: 2, arbitrary: hostileLeaf },
  );
}
