import type { Cell, SheetRow } from '../imports.types.ts';
import { cellText, DAY_MS, SERIAL_EPOCH } from './cell.ts';
import { matchHeader, namesWhole } from './headers.ts';

export type DetectedHeader = {
  /** Row number of the (top) header row, as the spreadsheet app shows it. */
  headerRowNumber: number;
  /** 1, or 2 when a group row ("Alamat", "Usaha") spans sub-headers in the row below. */
  headerRowCount: 1 | 2;
  headers: string[];
  firstDataRow: number;
};

// A header row needs at least two recognised headers; a lone title such as "DATA INDUSTRI RUMAHAN" never is one.
const MIN_SCORE = 2;
// Group labels are short ("Alamat", "Data Usaha"); longer text above the header is a title.
const MAX_GROUP_LABEL = 40;

const texts = (row: SheetRow | undefined): (string | null)[] =>
  row ? row.cells.map((c) => cellText(c)) : [];

/** Recognised headers in a row: a whole or trailing match counts 1, a header holding a synonym ½. */
function headerScore(cells: readonly Cell[]): number {
  return cells.reduce<number>((sum, cell) => {
    const text = cellText(cell);
    const match = text === null || text.length > 80 ? null : matchHeader(text);
    if (!match) return sum;
    return sum + (match.score >= 2 ? 1 : 0.5);
  }, 0);
}

/**
 * Finds the header row among the first rows of a sheet, below titles and blank rows, with an optional
 * group row above or below it, and skips a row of column numbers (1, 2, 3 …) and a row of units under it.
 */
export function detectHeader(rows: readonly SheetRow[]): DetectedHeader | null {
  const scores = rows.map((r) => headerScore(r.cells));
  const best = scores.reduce((b, s, i) => (s > (scores[b] ?? 0) ? i : b), 0);
  const top = rows[best];
  if (!top || (scores[best] ?? 0) < MIN_SCORE) return null;
  const [upper, lower] =
    isSubHeader(rows[best + 1], top) || isContinuation(rows[best + 1], top)
      ? [best, best + 1]
      : isGroupRow(rows[best - 1], top)
        ? [best - 1, best]
        : [best, best];
  let headers = combine(texts(rows[upper]), upper === lower ? [] : texts(rows[lower]));
  // Under the header, in either order: a row of column numbers, and a row of units ("(Rp/bln)", "(juta)"),
  // whose unit joins its column's header so amounts are read in it.
  let first = lower + 1;
  let [numbers, units] = [false, false];
  for (;;) {
    const row = rows[first];
    if (!row) break;
    if (!numbers && isNumberingRow(row.cells)) numbers = true;
    else if (!units && isUnitsRow(row.cells)) {
      units = true;
      headers = withUnits(headers, texts(row));
    } else break;
    first++;
  }
  const lastHeader = rows[first - 1] ?? top;
  return {
    headerRowNumber: rows[upper]?.rowNumber ?? top.rowNumber,
    headerRowCount: upper === lower ? 1 : 2,
    headers,
    firstDataRow: rows[first]?.rowNumber ?? lastHeader.rowNumber + 1,
  };
}

// A unit under a header: bracketed ("(Rp/bln)", "(orang)"), or a bare unit word ("Rp", "Orang", "Juta Rp").
const UNIT =
  /^(?:\([^)]*[\p{L}%][^)]*\)|(?:rp|idr|rupiah|juta|jt|ribu|rb|orang|org|jiwa|unit|tahun|thn|bulan|bln|%|l\/p|p\/l|ya\/tidak|[\s/.,])+)$/iu;

/** A row under the header holding only units: one or more, and nothing else. */
function isUnitsRow(cells: readonly Cell[]): boolean {
  const values = cells.map((c) => cellText(c)).filter((t): t is string => t !== null);
  return values.length > 0 && values.every((t) => UNIT.test(t.trim()));
}

const withUnits = (headers: string[], units: (string | null)[]): string[] =>
  headers.map((h, i) => {
    const unit = units[i];
    if (!unit) return h;
    return /^\(.*\)$/.test(unit.trim()) ? `${h} ${unit.trim()}` : `${h} (${unit.trim()})`;
  });

// Sub-headers sit under a merged group cell (null to the right of the group label) and are mostly recognised.
function isSubHeader(row: SheetRow | undefined, header: SheetRow): boolean {
  if (!row || row.rowNumber !== header.rowNumber + 1 || isNumberingRow(row.cells)) return false;
  const sub = texts(row);
  const head = texts(header);
  const underSpan = sub.some((t, i) => t !== null && head[i] === null && i > 0);
  const filled = sub.filter((t) => t !== null).length;
  return underSpan && headerScore(row.cells) >= Math.max(1, filled / 2);
}

/**
 * A header wrapped onto a second row without merged cells ("Jenis" over "Kelamin", "Nama" over "Usaha"):
 * two or more words, each under a header of its own, most of them completing it to a known header, that
 * together name more fields than the top row alone. A section row ("KELURAHAN TLOGOMAS") is none.
 */
function isContinuation(row: SheetRow | undefined, header: SheetRow): boolean {
  if (!row || row.rowNumber !== header.rowNumber + 1) return false;
  const below = texts(row);
  const head = texts(header);
  const words = below.filter((t): t is string => t !== null);
  if (words.length < 2 || words.some((t) => /\d/.test(t) || t.length > MAX_GROUP_LABEL)) return false;
  if (below.some((t, i) => t !== null && head[i] === null)) return false;
  const joined = combine(head, below);
  const whole = joined.filter((h, i) => below[i] !== null && below[i] !== undefined && namesWhole(h));
  return whole.length * 3 >= words.length * 2 && fieldsNamed(joined) > fieldsNamed(head);
}

const fieldsNamed = (headers: readonly (string | null)[]): number =>
  new Set(headers.map((h) => (h ? matchHeader(h)?.field : null)).filter(Boolean)).size;

// A group row right above the best row: two or more short labels, one over a merged span of sub-headers.
function isGroupRow(row: SheetRow | undefined, sub: SheetRow): boolean {
  if (!row || row.rowNumber !== sub.rowNumber - 1) return false;
  const group = texts(row);
  const below = texts(sub);
  const labels = group.filter((t) => t !== null);
  if (labels.length < 2 || labels.some((t) => t.length > MAX_GROUP_LABEL)) return false;
  return group.some(
    (t, i) => t !== null && group[i + 1] === null && below[i] !== null && below[i + 1] !== null,
  );
}

/**
 * One header per column. Under a group label the sub-header is combined with it: "Nama" under "Usaha" reads
 * "Nama Usaha" when that is a known header, otherwise "Usaha Nama"; a vertically merged header stays as is.
 */
function combine(upper: (string | null)[], lower: (string | null)[]): string[] {
  const width = Math.max(upper.length, lower.length);
  let group: string | null = null;
  return Array.from({ length: width }, (_, i) => {
    const [u, l] = [upper[i] ?? null, lower[i] ?? null];
    // Merged down over both rows, the header reads in each.
    if (l !== null && l === u) {
      group = null;
      return u;
    }
    if (u !== null || l === null) group = l === null ? null : u;
    if (l === null) return u ?? '';
    if (group === null) return l;
    const inverted = `${l} ${group}`;
    return namesWhole(inverted) ? inverted : `${group} ${l}`;
  });
}

const NUMBER_CELL = /^\(?(\d{1,2})\)?\.?$/;
// Day 0 of the 1900 and the 1904 date systems: a small number in a date-formatted column is a day after it.
const SERIAL_EPOCHS = [SERIAL_EPOCH, Date.UTC(1904, 0, 1)];

/** A cell's text; a date in the first days of a date system is the small number typed into a date column. */
function numberOrText(cell: Cell): string | null {
  if (cell instanceof Date) {
    const days = SERIAL_EPOCHS.map((epoch) => (cell.getTime() - epoch) / DAY_MS);
    const small = days.find((n) => Number.isInteger(n) && n >= 0 && n < 100);
    if (small !== undefined) return String(small);
  }
  return cellText(cell);
}

/**
 * "1, 2, 3 …" (or "(1), (2) …") under the header: column numbers printed on office forms, also where a
 * column is date-formatted and shows its number as a date (4 as 04/01/1900).
 */
export function isNumberingRow(cells: readonly Cell[]): boolean {
  const values = cells.map(numberOrText).filter((t): t is string => t !== null);
  if (values.length < 3) return false;
  const numbers = values.map((t) => NUMBER_CELL.exec(t)?.[1]).map(Number);
  return numbers[0] !== undefined && numbers[0] <= 2 && numbers.every((n, i) => n === (numbers[0] ?? 0) + i);
}
