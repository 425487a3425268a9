import { AppError } from '../../http/errors.ts';
import { listSheets, readRows } from './files/index.ts';
import type { ColumnMapping, SheetRow } from './imports.types.ts';
import { autoMapping, detectHeader } from './normalise/index.ts';

type Header = NonNullable<ReturnType<typeof detectHeader>>;

type FileType = 'xlsx' | 'ods' | 'csv';
export type Template = { header: string; field: string | null }[] | null;

const HEAD_ROWS = 40;

async function headRows(file: string, type: FileType, sheet: number, n = HEAD_ROWS) {
  const rows: SheetRow[] = [];
  for await (const row of readRows(file, type, sheet)) {
    rows.push(row);
    if (rows.length >= n) break;
  }
  return rows;
}

const key = (header: string) => header.toLowerCase().replace(/\s+/g, ' ').trim();

/** The source office's saved choices win over the automatic guess for the headers it has seen before. */
export function applyTemplate(mapping: ColumnMapping[], template: Template): ColumnMapping[] {
  if (!template?.length) return mapping;
  const saved = new Map(template.map((t) => [key(t.header), t.field]));
  const out = mapping.map((m) => {
    const field = saved.get(key(m.header));
    return field === undefined ? m : { ...m, field: field as ColumnMapping['field'] };
  });
  // A field the template gave to one column is not also guessed for another.
  const taken = new Set(out.filter((m) => saved.has(key(m.header)) && m.field).map((m) => m.field));
  return out.map((m) =>
    !saved.has(key(m.header)) && m.field && taken.has(m.field) ? { ...m, field: null } : m,
  );
}

/**
 * Finds the sheet, its header and a mapping: the chosen sheet, or else the first whose header names the
 * owner (a summary sheet before the data, "Rekap" with Kecamatan and counts, is passed over), or else the
 * first with a recognisable header row, whose mapping then asks for the owner's column.
 */
export async function analyseFile(
  file: string,
  type: FileType,
  wanted: number | undefined,
  template: Template,
  fileName: string,
) {
  const sheets = await listSheets(file, type, fileName);
  if (wanted !== undefined && !sheets.some((s) => s.index === wanted)) {
    throw new AppError(
      'SHEET_NOT_FOUND',
      `Lembar nomor ${wanted + 1} tidak ada; berkas ini punya ${sheets.length} lembar.`,
    );
  }
  let first: { sheets: typeof sheets; sheetIndex: number; header: Header; mapping: ColumnMapping[] } | null =
    null;
  for (const sheet of wanted !== undefined ? sheets.filter((s) => s.index === wanted) : sheets) {
    const header = detectHeader(await headRows(file, type, sheet.index));
    if (!header) continue;
    const mapping = applyTemplate(autoMapping(header.headers), template);
    const found = { sheets, sheetIndex: sheet.index, header, mapping };
    if (mapping.some((m) => m.field === 'ownerName')) return found;
    first ??= found;
  }
  if (first) return first;
  throw new AppError(
    'HEADER_NOT_FOUND',
    wanted !== undefined
      ? `Baris judul kolom tidak ditemukan di lembar "${sheets[wanted]?.name}". Pastikan ada baris berisi judul seperti NIK, Nama Pemilik, Kelurahan.`
      : 'Baris judul kolom tidak ditemukan di lembar mana pun. Pastikan ada baris berisi judul seperti NIK, Nama Pemilik, Kelurahan.',
  );
}

/** The first data rows as text, for the mapping screen. */
export async function previewRows(file: string, type: FileType, sheet: number, firstDataRow: number, n = 5) {
  const rows: { sheetRow: number; cells: string[] }[] = [];
  for await (const row of readRows(file, type, sheet)) {
    if (row.rowNumber < firstDataRow) continue;
    rows.push({ sheetRow: row.rowNumber, cells: row.cells.map(cellText) });
    if (rows.length >= n) break;
  }
  return rows;
}

export function cellText(c: unknown): string {
  if (c === null || c === undefined) return '';
  if (c instanceof Date) return c.toISOString().slice(0, 10);
  return String(c);
}
