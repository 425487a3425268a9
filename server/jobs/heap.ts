import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'major'; execution: 'async' }) => Promise<void>;
let collect: Collect | null | undefined;
let running = false;

/** V8's own collection, made callable once without a command-line flag; null if the runtime refuses. */
function collector(): Collect | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as Collect;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * A long job that keeps a large live set (the commit's linker holds the whole registry) lets V8 grow
 * the heap to about twice that set before it collects: 100k rows peaked above 1 GB. Called between
 * chunks, this starts a full collection once the heap in use passes `ceilingMb`; it runs concurrently
 * (V8 marks on its helper threads), so the job goes on meanwhile. A job whose heap stays below the
 * ceiling never pays for one.
 */
export function keepHeapUnder(ceilingMb: number): boolean {
  if (running || process.memoryUsage().heapUsed < ceilingMb * 2 ** 20) return false;
  const gc = collector();
  if (!gc) return false;
  running = true;
  gc({ type: 'major', execution: 'async' }).then(
    () => {
      running = false;
    },
    () => {
      running = false;
    },
  );
  return true;
}

/**
 * A full collection now, waiting for it, when the heap in use passes `ceilingMb`: for a job that starts
 * right after a large one in the same process (whose garbage V8 has not collected yet) and would otherwise
 * grow the heap on top of it.
 */
export async function collectNowIfOver(ceilingMb: number): Promise<void> {
  if (process.memoryUsage().heapUsed < ceilingMb * 2 ** 20) return;
  const gc = collector();
  if (gc) await gc({ type: 'major', execution: 'async' });
}
