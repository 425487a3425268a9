import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | null | undefined;

/** V8's full collection, made callable once without a command-line flag; null if the runtime refuses. */
function collector(): (() => void) | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * A long job that keeps a large live set (the commit's linker holds the whole registry) lets V8 grow
 * the heap to about twice that set before it collects: 100k rows peaked above 1 GB. Called between
 * chunks, this collects in full once the heap in use passes `ceilingMb`, so the peak stays near the
 * ceiling; a job whose live set is below it never pays for a collection.
 */
export function keepHeapUnder(ceilingMb: number): boolean {
  if (process.memoryUsage().heapUsed < ceilingMb * 2 ** 20) return false;
  const gc = collector();
  gc?.();
  return gc !== null;
}
