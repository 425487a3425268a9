/**
 * Remembers a pure function of a string. Names, words and streets repeat a lot across 100k records, and
 * their normalisation (Unicode folding, many regular expressions) costs far more than a lookup.
 * The cache is dropped whole when full, which keeps memory bounded without bookkeeping.
 */
export function memo<T>(fn: (key: string) => T, max = 200_000): (key: string) => T {
  let cache = new Map<string, T>();
  return (key) => {
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = fn(key);
    if (cache.size >= max) cache = new Map();
    cache.set(key, value);
    return value;
  };
}
