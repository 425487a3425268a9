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
// An office's name under its head's title: words that start with a letter, digits in an acronym
// ("DP3AP2KB Kota Malang").
const OFFICE_LINE = /^\p{L}[\p{L}\d]*\.?(?:[\s,&/()-]+\p{L}[\p{L}\d]*\.?)*$/u;
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
// A legend line: a term and what it means ("KRTP : Kepala Rumah Tangga Perempuan", "- Level IR: IR 1 =
// pemula, …", "- NIK kosong: belum menunjukkan KTP"), bulleted or not. No owner's name holds ':' or '='.
const LEGEND = /^(?:[-*•]\s*)?\p{L}[\p{L}\d .()/-]{0,40}?\s*[:=]\s*\p{L}/u;
// A bulleted line under a remark ("Keterangan:" then "- …").
const BULLET = /^(?:[-*•]|\d{1,2}[.)])\s+\p{L}/u;
// Words that make a line an instruction, not a name: "No. KK diisi sesuai Kartu Keluarga; NIK sesuai KTP-el."
const SENTENCE_WORD =
  /(?<![\p{L}\d])(?:diisi|isi|sesuai|harap|mohon|wajib|yang|untuk|dengan|adalah|bila|jika|belum|sudah|tidak|oleh|pada|dari|apabila)(?![\p{L}\d])/giu;
// A NIK, NIB, P-IRT or phone number in a line makes it a record's, however it reads.
const LONG_NUMBER = /\d{10}/;
/** A section's numbering in a cell of its own ("I", "B.", "12)"). */
const NUMBERING = /^(?:[A-Z]|[IVX]{1,4}|\d{1,3})[.)]?$/i;
/** A place's section title in any column: "KECAMATAN BLIMBING", "Kel. Tlogomas", "DESA BANJAREJO". */
const PLACE_SECTION = /^(?:kecamatan|kec\.|kelurahan|kel\.|desa|ds\.)\s*\p{L}[\p{L} .'-]*$/iu;
// The counts of a summary under the data ("Rekapitulasi per kecamatan": Kecamatan | Jumlah Produk,
// Rungkut | 26): its title, its header and its lines.
const RECAP_TITLE = /^(?:rekap(?:itulasi)?|ringkasan|resume)\b/i;
const COUNT_WORD = /^(?:jumlah|jml\.?|banyaknya|total)\b/i;
const GROUP_WORD =
  /^(?:kecamatan|kec\.?|kelurahan|kel\.?|desa|jenis|sektor|kategori|bidang|kelompok|wilayah|bulan|tahun|produk|status|level)\b/i;

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
  const first = content[0]?.text ?? '';
  if (RECAP_TITLE.test(first) && content.length <= 2) return 'summary';
  if (isSummary(content, previous)) return 'summary';
  if (TOTAL.test(first) && !content.some((f) => f.field === 'nik' && /\d{16}/.test(f.text))) {
    return 'total';
  }
  if (isRemark(content, previous)) return 'note';
  if (isSignature(content, previous)) return 'signature';
  if (isSection(content)) return 'section';
  return 'data';
}

/**
 * A remark under or above the data: "Catatan: …" (with a date or a name in the next cell: "Sumber: …" |
 * "diunduh 30/09/2025"), a legend line, a bulleted line under a remark, or an instruction written as a
 * sentence; never a line holding a long number (a record's NIK, NIB or phone).
 */
function isRemark(content: Filled[], previous: RowKind | undefined): boolean {
  if (content.length > 2 || content.some((f) => LONG_NUMBER.test(f.text.replace(/[\s.-]/g, ''))))
    return false;
  const text = content[0]?.text ?? '';
  if (NOTE.test(text)) return true;
  if (content.length > 1) return false;
  if (LEGEND.test(text) || (previous === 'note' && BULLET.test(text))) return true;
  const words = text.split(/\s+/).length;
  return words >= 5 && new Set(text.toLowerCase().match(SENTENCE_WORD)).size >= 2;
}

/**
 * A summary table under the data: after its title ("REKAPITULASI SPP-IRT PER KECAMATAN"), its header (a
 * group and a count: "Kecamatan | Jumlah Produk") and its lines (a name and counts: "Rungkut | 26"). Its
 * header may also start one without a title.
 */
function isSummary(content: Filled[], previous: RowKind | undefined): boolean {
  if (content.length < 2 || content.length > 4) return false;
  const texts = content.map((f) => f.text);
  const header =
    texts.some((t) => COUNT_WORD.test(t)) &&
    texts.some((t) => GROUP_WORD.test(t)) &&
    texts.every((t) => !/\d/.test(t) && t.length <= 40);
  if (header) return true;
  if (previous !== 'summary') return false;
  // A line: one short name, the rest counts.
  const counts = content.filter(
    (f) => typeof f.cell === 'number' || /^\d{1,6}$/.test(f.text.replace(/[.,]/g, '')),
  );
  return counts.length >= 1 && counts.length === content.length - 1 && texts.every((t) => t.length <= 40);
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
    return content.every((f) => marked(f) || NAME_LINE.test(f.text) || OFFICE_LINE.test(f.text));
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
  if (content.length > 2) return false;
  // A place's title in a data column, beside its numbering at most: "I" | "KECAMATAN BLIMBING".
  const place = content.find((f) => PLACE_SECTION.test(f.text));
  if (place && content.every((f) => f === place || NUMBERING.test(f.text))) return true;
  if (content.some((f) => f.field !== null && f.field !== 'ownerName')) return false;
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
