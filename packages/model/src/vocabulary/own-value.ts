/**
 * The value a record holds under its own key, or `undefined`. Unlike `record[key]`, a key such as
 * `toString` or `__proto__` from unchecked input finds nothing rather than an inherited member,
 * and a key that is not a string finds nothing. Internal: not exported from the package.
 */
export function ownValue<K extends string, V>(record: Readonly<Record<K, V>>, key: string): V | undefined {
  // Only a string can be a key here; anything else would be turned into one first, and an array
  // nested thousands deep overflows the stack being turned into text.
  return typeof key === 'string' && Object.hasOwn(record, key) ? record[key as K] : undefined;
}
