// Breaking a valid document in one to three places, so that hostile values reach the checks that
// run only once the rest of a document is well formed (cross-field rules, pathway decisions).
import fc from 'fast-check';
import { hostileValue } from './hostile.js';

type Path = readonly (string | number)[];

/** Every path to a value inside `value`, the root excepted. */
export function pathsOf(value: unknown, at: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [];
  const paths: Path[] = [];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value);
  for (const [key, child] of entries) {
    const path = [...at, key];
    paths.push(path, ...pathsOf(child, path));
  }
  return paths;
}

/** The object or array that holds the value at `path`, in `root`. */
function parentOf(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let value = root;
  for (const key of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return typeof value === 'object' && value !== null
    ? (value as Record<string | number, unknown>)
    : undefined;
}

type Edit =
  | { readonly kind: 'set'; readonly path: Path; readonly value: unknown }
  | { readonly kind: 'delete'; readonly path: Path }
  | { readonly kind: 'add'; readonly path: Path; readonly key: string; readonly value: unknown }
  | { readonly kind: 'null-prototype'; readonly path: Path };

/** The objects and arrays inside a copy: the only ones an edit may change. */
function objectsIn(value: unknown, into: Set<object> = new Set()): Set<object> {
  if (typeof value === 'object' && value !== null && !into.has(value)) {
    into.add(value);
    for (const child of Object.values(value)) objectsIn(child, into);
  }
  return into;
}

function apply(root: unknown, edit: Edit, owned: Set<object>): unknown {
  if (edit.path.length === 0) return root;
  const parent = parentOf(root, edit.path);
  const key = edit.path[edit.path.length - 1] as string | number;
  // An earlier edit may have put a shared hostile value (even Object.prototype) on the path.
  if (parent === undefined || !owned.has(parent)) return root;
  switch (edit.kind) {
    case 'set':
      parent[key] = edit.value;
      break;
    case 'delete':
      delete parent[key];
      break;
    case 'add': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && owned.has(target)) {
        // An own property even for `__proto__`, as JSON.parse would make it.
        Object.defineProperty(target, edit.key, {
          value: edit.value,
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      break;
    }
    case 'null-prototype': {
      const target = parent[key];
      if (typeof target === 'object' && target !== null && !Array.isArray(target) && owned.has(target)) {
        const copy = Object.assign(Object.create(null) as object, target);
        owned.add(copy);
        parent[key] = copy;
      }
      break;
    }
  }
  return root;
}

/**
 * Copies of `base` broken in one to three places: a value replaced by a hostile one, a value
 * removed, a key added (often a dangerous one), or an object given a null prototype.
 *
 * @param base - A valid document, plain JSON data.
 * @param fieldNames - Field names to use now and then as keys.
 */
export function mutated(base: unknown, fieldNames: readonly string[] = []): fc.Arbitrary<unknown> {
  const paths = pathsOf(base);
  const path = fc.constantFrom(...paths);
  const value = hostileValue(fieldNames);
  const key = fc.oneof(
    fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString'),
    fc.constantFrom(...fieldNames, 'unknown'),
  );
  const edit: fc.Arbitrary<Edit> = fc.oneof(
    { weight: 6, arbitrary: fc.record({ kind: fc.constant('set' as const), path, value }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), path }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('add' as const), path, key, value }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('null-prototype' as const), path }) },
  );
  return fc.array(edit, { minLength: 1, maxLength: 3 }).map((edits) => {
    const copy: unknown = structuredClone(base);
    const owned = objectsIn(copy);
    return edits.reduce((root, one) => apply(root, one, owned), copy);
  });
}
