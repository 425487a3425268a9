import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A fresh path in the temporary folder for one import file. */
export const tempPath = (kind: string, ext: string) =>
  path.join(tmpdir(), `pilar-${kind}-${randomUUID()}.${ext}`);

/** The readers stream from a path: the stored file is written to a private temporary file for the job. */
export async function withWorkFile<T>(
  bytes: Buffer,
  ext: string,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  const file = tempPath('import', ext);
  await writeFile(file, bytes, { mode: 0o600 });
  try {
    return await fn(file);
  } finally {
    await rm(file, { force: true });
  }
}
