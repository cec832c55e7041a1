/**
 * The value a record holds under its own key, or `undefined`. Unlike `record[key]`, a key such as
 * `toString` or `__proto__` from unchecked input finds nothing rather than an inherited member.
 * Internal: not exported from the package.
 */
export function ownValue<K extends string, V>(record: Readonly<Record<K, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key as K] : undefined;
}
