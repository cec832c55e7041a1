// Internal: every cache the package keeps (rule sets built once, compiled rule sets, remembered
// evaluations), in one place so that all of them can be emptied together. Only mutation testing
// empties them (before each test, see packages/pathways/mutation-setup.ts), so that every test runs
// the code that builds what it uses rather than the first test alone.

const registered: { clear(): void }[] = [];

/** A `Map` that {@link clearCaches} empties. */
export function cacheMap<K, V>(): Map<K, V> {
  const map = new Map<K, V>();
  registered.push(map);
  return map;
}

/** A `WeakMap`-like cache that {@link clearCaches} empties. */
export type WeakCache<K extends object, V> = {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
};

/** A cache keyed weakly by objects, which {@link clearCaches} empties. */
export function weakCache<K extends object, V>(): WeakCache<K, V> {
  let map = new WeakMap<K, V>();
  registered.push({
    clear: () => {
      map = new WeakMap<K, V>();
    },
  });
  return {
    get: (key) => map.get(key),
    set: (key, value) => {
      map.set(key, value);
    },
  };
}

/** `build()`'s value, built on the first call and kept until {@link clearCaches}. */
export function once<T>(build: () => T): () => T {
  let kept: { readonly value: T } | undefined;
  registered.push({
    clear: () => {
      kept = undefined;
    },
  });
  return () => {
    kept ??= { value: build() };
    return kept.value;
  };
}

/** Empties every cache of the package. */
export function clearCaches(): void {
  for (const cache of registered) cache.clear();
}
