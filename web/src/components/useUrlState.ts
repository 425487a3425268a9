import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export type UrlState<K extends string> = Record<K, string>;

/**
 * List filters live in the query string, so a filtered list can be shared as a link and the back button
 * restores the previous filters. Empty values are dropped from the URL.
 */
export function useUrlState<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = useMemo(
    () => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as UrlState<K>,
    [params, keys],
  );
  const update = useCallback(
    (patch: Partial<UrlState<K>>, opts?: { replace?: boolean }) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [k, v] of Object.entries(patch) as [K, string | undefined][]) {
            if (v) next.set(k, v);
            else next.delete(k);
          }
          return next;
        },
        { replace: opts?.replace ?? false },
      );
    },
    [setParams],
  );
  const reset = useCallback(() => setParams(new URLSearchParams()), [setParams]);
  return { values, update, reset };
}
