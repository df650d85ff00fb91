/**
 * Append to the list kept under `key`, creating it on first use. The list is grown in place:
 * `m.set(k, [...(m.get(k) ?? []), v])` copies it on every call, quadratic when thousands of
 * files share one size or hash.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, ...values: V[]): void {
  const list = map.get(key);
  if (list) list.push(...values);
  else map.set(key, values);
}
