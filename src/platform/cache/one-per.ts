/**
 * One value per key object, made on first use and dropped with the key: a cache per running
 * app (its dependencies), so apps built side by side in one process, as tests do, keep
 * nothing of each other's.
 */
export function onePer<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const made = new WeakMap<K, V>();
  return (key) => {
    let value = made.get(key);
    if (value === undefined) {
      value = make(key);
      made.set(key, value);
    }
    return value;
  };
}
