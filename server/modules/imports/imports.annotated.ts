import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { writeAnnotatedWorkbook } from './files/index.ts';
import { findImport, readFile } from './imports.repository.ts';
import type { RowIssue } from './imports.types.ts';
import { tempPath, withWorkFile } from './imports.workfile.ts';
import { rowVerdicts } from './source-rows.repository.ts';

const STATUS_LABEL = { ok: 'OK', warning: 'Peringatan', rejected: 'Ditolak' } as const;
const ERASED_NOTE = 'Isi baris ini dihapus: data pemiliknya dihapus atas permintaannya (UU PDP).';

/** The office's own file back, each checked row with Status and Keterangan and its faulty cells marked. */
export async function annotatedWorkbook(db: Database, id: number, caller: Caller) {
  const imp = await findImport(db, id, caller.scope);
  if (!imp) throw notFound('Impor');
  const bytes = await readFile(db, imp.file_sha256);
  if (!bytes) throw notFound('Berkas impor');
  const rows = new Map<number, { status: string; note: string; badColumns: number[] }>();
  for (const r of await rowVerdicts(db, id)) {
    const issues = r.issues as RowIssue[];
    rows.set(r.sheet_row, {
      status: STATUS_LABEL[r.status],
      note: r.erased ? ERASED_NOTE : issues.map((i) => i.message).join(' '),
      badColumns: issues.flatMap((i) => (i.column === undefined ? [] : [i.column])),
      ...(r.erased ? { erased: true } : {}),
    });
  }
  const out = tempPath('annotated', 'xlsx');
  await withWorkFile(bytes, imp.file_type, (file) =>
    writeAnnotatedWorkbook(
      { path: file, type: imp.file_type, sheetIndex: imp.sheet_index },
      { headerRowNumber: imp.header_row ?? 1, rows },
      out,
    ),
  );
  await audit(db, caller, 'import.annotated', { entity: 'import', entityId: id });
  const stream = createReadStream(out);
  stream.on('close', () => void rm(out, { force: true }));
  const base = imp.file_name.replace(/\.[^.]+$/, '');
  return { stream, fileName: `${base} - hasil pemeriksaan.xlsx` };
}
