import type { Cell, ColumnMapping, ImportField, SheetRow } from '../imports.types.ts';
import { textValue } from './cell.ts';
import { isNumberingRow } from './detect-header.ts';
import { KNOWN_COMPACT } from './headers.ts';
import type { RowKind } from './types.ts';

type Filled = { column: number; text: string; cell: Cell; field: ImportField | null };

const TOTAL = /^(?:sub\s*-?\s*)?(?:jumlah|jml\.?|total|grand\s+total|rekapitulasi)\b/i;
const SIGNATURE = [
  /^(?:mengetahui|menyetujui|disetujui|diketahui|dibuat oleh|yang membuat|pembuat daftar|petugas|pendata)\b/i,
  /^(?:\(?\s*ttd\s*\)?|a\.\s?n\.?|an\.|plt\.?|plh\.?)(?:\s|$)/i,
  /^(?:kepala|lurah|camat|sekretaris|kabid|kasi|kadis|wali\s?kota)\b/i,
  /^nip\b/i,
  /^(?:pembina|penata|pengatur)\b/i, // civil-servant ranks under the name
  /^[\p{L} .]+,\s*\d{1,2}(?:\s+\p{L}+\s+|[-/.]\d{1,2}[-/.])20\d{2}$/u, // "Malang, 12 Maret 2024"
  // An official's name with degrees: "SITI RAHAYU, S.Sos", "Dra. SRI, M.Si", "BUDI, S.E., M.M."
  /^[\p{L} .'-]+(?:,\s*(?:[SMD]\.\s?[A-Z][\p{L}]{0,4}\.?|MM|MSi|A\.\s?Md\.?))+$/u,
];
// Columns whose ordinary text marks a row as data, whatever else it holds.
const DATA_FIELDS = new Set<ImportField | null>([
  'nik',
  'kelurahan',
  'kecamatan',
  'address',
  'street',
  'businessName',
  'products',
  'kbli',
  'phone',
  'nib',
  'pirt',
]);
// Name lines under a signature: letters, titles and degrees ("Dra. SITI AMINAH, M.Si"), no digits.
const NAME_LINE = /^[\p{L} .,'()-]+$/u;
// A civil servant's number (NIP) written without its mark: 18 digits, grouped 8-6-1-3 or not.
const NIP_NUMBER = /^\d{8}\s?\d{6}\s?\d\s?\d{3}$/;
/** A section title's optional numbering: "A. ", "IV) ", "2. ". */
const SECTION_NUMBER = String.raw`(?:(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s*)?`;
const SECTION = new RegExp(
  String.raw`^${SECTION_NUMBER}(?:.*\s)?(?:kecamatan|kec|kelurahan|kel|desa|industri|sektor|kelompok|sentra|bidang|jenis|kategori|makanan|minuman|pangan|kuliner|kerajinan|sandang|fashion|olahan)\b`,
  'i',
);
// A remark under or above the data, alone on its row: "Catatan: …", "Keterangan: KRTP = …", "*) Data per …".
const NOTE =
  /^(?:(?:catatan|keterangan|ket|sumber|nb|n\.b|note|data per|keadaan|update|diperbarui)\b\.?\s*[:.)-]|\*+\)?)/i;
// A row number alone in an unmapped column is an empty line of a pre-numbered form, not content.
const ROW_NUMBER = /^\d{1,6}\.?$/;

const fieldsCache = new WeakMap<readonly ColumnMapping[], Map<number, ColumnMapping>>();

function byColumn(mapping: readonly ColumnMapping[]): Map<number, ColumnMapping> {
  let found = fieldsCache.get(mapping);
  if (!found) {
    found = new Map(mapping.map((m) => [m.column, m]));
    fieldsCache.set(mapping, found);
  }
  return found;
}

function filledCells(row: SheetRow, columns: Map<number, ColumnMapping>): Filled[] {
  const out: Filled[] = [];
  row.cells.forEach((cell, column) => {
    const text = textValue(cell);
    if (text !== null) out.push({ column, text, cell, field: columns.get(column)?.field ?? null });
  });
  return out;
}

/**
 * What a row is, so that only data rows are imported. Pass the kind of the previous non-blank row to
 * recognise a name alone under a signature block (classifyRows does this for a whole sheet).
 * Sparse rows with a value in a data column stay 'data': the normaliser then says what is missing.
 */
export function classifyRow(row: SheetRow, mapping: readonly ColumnMapping[], previous?: RowKind): RowKind {
  const columns = byColumn(mapping);
  const filled = filledCells(row, columns);
  const content = filled.filter((f) => f.field !== null || !ROW_NUMBER.test(f.text));
  if (content.length === 0) return 'blank';
  if (isNumberingRow(row.cells) || isRepeatedHeader(filled, columns)) return 'header';
  if (
    TOTAL.test(content[0]?.text ?? '') &&
    !content.some((f) => f.field === 'nik' && /\d{16}/.test(f.text))
  ) {
    return 'total';
  }
  if (content.length === 1 && NOTE.test(content[0]?.text ?? '')) return 'note';
  if (isSignature(content, previous)) return 'signature';
  if (isSection(content)) return 'section';
  return 'data';
}

// Cheap on every row: letters and digits only, compared with known headers and with the column's own header.
const compact = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

const ownCache = new WeakMap<Map<number, ColumnMapping>, Map<number, string>>();

/** Each mapped column's own header, compacted once per mapping instead of once per cell. */
function ownHeaders(columns: Map<number, ColumnMapping>): Map<number, string> {
  let found = ownCache.get(columns);
  if (!found) {
    found = new Map([...columns].map(([c, m]) => [c, compact(m.header ?? '')]));
    ownCache.set(columns, found);
  }
  return found;
}

function isRepeatedHeader(filled: Filled[], columns: Map<number, ColumnMapping>): boolean {
  const own = ownHeaders(columns);
  // At least two header-like cells and at least half of the filled ones: a data row fails after half.
  const allowedOthers = Math.floor(filled.length / 2);
  let headerLike = 0;
  let others = 0;
  for (const f of filled) {
    const text = f.text.length > 60 ? null : compact(f.text);
    const header = own.get(f.column) ?? '';
    // A combined two-row header ("Alamat Jalan") starts with its group cell and ends with its sub-header.
    const like =
      text !== null &&
      (KNOWN_COMPACT.has(text) || (text !== '' && (header.startsWith(text) || header.endsWith(text))));
    if (like) headerLike++;
    else if (++others > allowedOthers) return false;
  }
  return headerLike >= 2 && headerLike * 2 >= filled.length;
}

function isSignature(content: Filled[], previous: RowKind | undefined): boolean {
  if (content.length > 3 || content.some((f) => typeof f.cell !== 'string')) return false;
  const marked = (f: Filled) => SIGNATURE.some((re) => re.test(f.text));
  if (previous === 'signature' && content.length <= 2) {
    return content.every((f) => marked(f) || NAME_LINE.test(f.text));
  }
  // Under a signature, "NIP. 1970…" beside the bare number in another column (the NIK's).
  if (previous === 'signature' && content.some(marked))
    return content.every((f) => marked(f) || NAME_LINE.test(f.text) || NIP_NUMBER.test(f.text));
  // A data column holding ordinary text makes a sparse data row, even beside a date such as "Malang, 12 Mei 2001".
  const other = content.filter((f) => !marked(f));
  return (
    other.length < content.length && other.every((f) => NAME_LINE.test(f.text) && !DATA_FIELDS.has(f.field))
  );
}

function isSection(content: Filled[]): boolean {
  if (content.length > 2 || content.some((f) => f.field !== null && f.field !== 'ownerName')) return false;
  return content.every((f) => f.field === null) || content.some((f) => SECTION.test(f.text));
}

/** Kinds of all rows in order, carrying the signature block from one row to the next. */
export function classifyRows(rows: readonly SheetRow[], mapping: readonly ColumnMapping[]): RowKind[] {
  let previous: RowKind | undefined;
  return rows.map((row) => {
    const kind = classifyRow(row, mapping, previous);
    if (kind !== 'blank') previous = kind;
    return kind;
  });
}
