import type { WriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';

/**
 * Removes the `.partial` file of a write that failed, once its stream is closed: a stream still opening
 * its file would create it after the removal (a failure that comes before the open completes).
 */
export async function discardPartial(out: WriteStream, partial: string): Promise<void> {
  if (!out.closed) await new Promise<void>((resolve) => out.destroy().once('close', () => resolve()));
  await rm(partial, { force: true });
}
