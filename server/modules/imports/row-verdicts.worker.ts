// The dry run's normalising thread: judges the batches of sheet rows the reading thread sends, in order.
import { parentPort, workerData } from 'node:worker_threads';
import type { SheetRow } from './imports.types.ts';
import { createRowJudge, type JudgeSetup } from './row-verdicts.ts';

const judge = createRowJudge(workerData as JudgeSetup);
const port = parentPort;
if (!port) throw new Error('row-verdicts.worker runs as a worker thread only');
port.on('message', (msg: { id: number; rows: SheetRow[] }) => {
  try {
    port.postMessage({ id: msg.id, batch: judge(msg.rows) });
  } catch (e) {
    port.postMessage({ id: msg.id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
port.postMessage({ ready: true });
