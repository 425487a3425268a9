import { randomUUID } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** The readers stream from a path: the stored file is written to a private temporary file for the job. */
export async function withWorkFile<T>(
  bytes: Buffer,
  ext: string,
  fn: (file: string) => Promise<T>,
): Promise<T> {
  const file = path.join(tmpdir(), `pilar-import-${randomUUID()}.${ext}`);
  await writeFile(file, bytes, { mode: 0o600 });
  try {
    return await fn(file);
  } finally {
    await rm(file, { force: true });
  }
}
