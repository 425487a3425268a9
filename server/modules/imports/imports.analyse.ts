import { AppError } from '../../http/errors.ts';
import { listSheets, readRows } from './files/index.ts';
import type { ColumnMapping, DateOrder, SheetRow } from './imports.types.ts';
import { dateOrderOf } from './normalise/dates.ts';
import { autoMapping, classifyRow, detectHeader, type RowKind } from './normalise/index.ts';

type FileType = 'xlsx' | 'ods' | 'csv';
export type Template = { header: string; field: string | null; dateOrder?: DateOrder }[] | null;

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
  const saved = new Map(template.map((t) => [key(t.header), t]));
  const out = mapping.map((m): ColumnMapping => {
    const t = saved.get(key(m.header));
    if (t === undefined) return m;
    return {
      ...m,
      field: t.field as ColumnMapping['field'],
      ...(t.dateOrder ? { dateOrder: t.dateOrder } : {}),
    };
  });
  // A field the template gave to one column is not also guessed for another.
  const taken = new Set(out.filter((m) => saved.has(key(m.header)) && m.field).map((m) => m.field));
  return out.map((m) =>
    !saved.has(key(m.header)) && m.field && taken.has(m.field) ? { ...m, field: null } : m,
  );
}

/**
 * A birth date column whose first dates are written month first ("7/25/1980", as a form set to United States
 * English exports them) is read so; one whose dates are day first is read day first whatever the office's
 * template said. Dates that do not tell (every day 12 or less) leave the order as it was.
 */
function withDateOrders(mapping: ColumnMapping[], rows: SheetRow[]): ColumnMapping[] {
  return mapping.map((m) => {
    if (m.field !== 'birthDate') return m;
    const order = dateOrderOf(rows.map((r) => r.cells[m.column] ?? null));
    if (order === null) return m;
    const { dateOrder: _, ...rest } = m;
    return order === 'mdy' ? { ...rest, dateOrder: order } : rest;
  });
}

/** What the first rows of one sheet show: its header and mapping, and how many data rows follow. */
async function lookAt(file: string, type: FileType, sheet: number, template: Template) {
  const rows = await headRows(file, type, sheet);
  const header = detectHeader(rows);
  if (!header) return null;
  const data = rows.filter((r) => r.rowNumber >= header.firstDataRow);
  const mapping = withDateOrders(applyTemplate(autoMapping(header.headers), template), data);
  let previous: RowKind | undefined;
  let dataRows = 0;
  for (const row of data) {
    const kind = classifyRow(row, mapping, previous);
    if (kind !== 'blank') previous = kind;
    if (kind === 'data') dataRows++;
  }
  return { header, mapping, owner: mapping.some((m) => m.field === 'ownerName'), dataRows };
}

/**
 * The sheets, each marked hidden or not and whether it holds a list of owners (a header naming the owner,
 * rows below it), with the sheet to import, its header and a mapping: the chosen sheet, or else the first
 * visible one that holds a list, then a hidden one that does (last year's data kept out of sight), then the
 * first whose header names the owner (an empty form), then the first with any header, whose mapping then
 * asks for the owner's column. A summary ("Rekap", Kecamatan and counts) and a blank form are passed over.
 */
export async function analyseFile(
  file: string,
  type: FileType,
  wanted: number | undefined,
  template: Template,
  fileName: string,
) {
  const listed = await listSheets(file, type, fileName);
  if (wanted !== undefined && !listed.some((s) => s.index === wanted)) {
    throw new AppError(
      'SHEET_NOT_FOUND',
      `Lembar nomor ${wanted + 1} tidak ada; berkas ini punya ${listed.length} lembar.`,
    );
  }
  // Every sheet is looked at, the chosen one for its mapping and the others for whether they hold a list.
  const seen: { sheet: (typeof listed)[number]; look: Awaited<ReturnType<typeof lookAt>> }[] = [];
  for (const sheet of listed) seen.push({ sheet, look: await lookAt(file, type, sheet.index, template) });
  const sheets = seen.map(({ sheet, look }) => ({
    ...sheet,
    hasData: !!look && look.owner && look.dataRows > 0,
  }));
  const rank = ({ sheet, look }: (typeof seen)[number]) => {
    if (!look) return Number.POSITIVE_INFINITY;
    const list = look.owner && look.dataRows > 0;
    return (list ? (sheet.hidden ? 1 : 0) : look.owner ? 2 : 3) * listed.length + sheet.index;
  };
  const chosen =
    wanted !== undefined
      ? seen.find((x) => x.sheet.index === wanted)
      : [...seen].sort((a, b) => rank(a) - rank(b))[0];
  if (chosen?.look) {
    const { header, mapping } = chosen.look;
    return { sheets, sheetIndex: chosen.sheet.index, header, mapping };
  }
  throw new AppError(
    'HEADER_NOT_FOUND',
    wanted !== undefined
      ? `Baris judul kolom tidak ditemukan di lembar "${listed[wanted]?.name}". Pastikan ada baris berisi judul seperti NIK, Nama Pemilik, Kelurahan.`
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
