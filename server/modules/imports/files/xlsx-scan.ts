import type { Cell } from '../imports.types.ts';
import type { XlsxBook, XlsxSheet } from './xlsx-book.ts';
import { scanTags } from './xml-scan.ts';
import { openEntry, zipFailure } from './zip.ts';

/** A merged range, 1-based and inclusive. */
export type Merge = { top: number; left: number; bottom: number; right: number };
type ColumnWidths = { min: number; max: number; width: number };
/** Known before the first row is written: merges sit after the rows, and exceljs's reader drops widths. */
export type SheetLayout = { lastColumn: number; merges: Merge[]; widths: ColumnWidths[] };

// Enough for a merge on every row of a large sheet; more is a crafted file and the rest are ignored.
const MAX_MERGES = 200_000;

// A cell (self-closing when empty), a merged range, or a column definition; any namespace prefix.
const CELL = String.raw`c\s[^>]*?\br="(?<column>[A-Z]{1,3})\d+"[^>]*?(?<close>\/?)>`;
const RANGE = String.raw`(?<left>[A-Z]{1,3})(?<top>\d+):(?<right>[A-Z]{1,3})(?<bottom>\d+)`;
const MERGE = String.raw`mergeCell\s[^>]*?\bref="${RANGE}"`;
const COL = String.raw`col\s(?<attributes>[^>]*)>`;
const LAYOUT_TAGS = new RegExp(String.raw`<(?:\w+:)?(?:${CELL}|${MERGE}|${COL})`, 'g');
const MERGE_TAGS = new RegExp(String.raw`<(?:\w+:)?${MERGE}`, 'g');

const columnNumber = (letters: string) =>
  [...letters].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);

const attribute = (attributes: string, name: string) =>
  Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(attributes)?.[1] ?? Number.NaN);

function onTag(layout: SheetLayout, groups: Record<string, string | undefined>): void {
  const { column, close, left, top, right, bottom, attributes } = groups;
  if (column !== undefined) {
    if (close === '') layout.lastColumn = Math.max(layout.lastColumn, columnNumber(column));
  } else if (attributes !== undefined) {
    const [min, max, width] = ['min', 'max', 'width'].map((name) => attribute(attributes, name));
    if (width && min && max) layout.widths.push({ min, max, width });
  } else if (left && right && layout.merges.length < MAX_MERGES) {
    const merge = {
      top: Number(top),
      left: columnNumber(left),
      bottom: Number(bottom),
      right: columnNumber(right),
    };
    layout.lastColumn = Math.max(layout.lastColumn, merge.right);
    if (merge.bottom >= merge.top && merge.right >= merge.left) layout.merges.push(merge);
  }
}

async function scan(book: XlsxBook, sheet: XlsxSheet, tags: RegExp): Promise<SheetLayout> {
  const layout: SheetLayout = { lastColumn: 0, merges: [], widths: [] };
  try {
    await scanTags(await openEntry(book.zip, sheet.part), tags, (m) => onTag(layout, m.groups ?? {}));
  } catch (err) {
    throw zipFailure(err);
  }
  return layout;
}

/** The sheet's layout from a tag scan of its XML (no full parse). */
export const scanLayout = (book: XlsxBook, sheet: XlsxSheet) => scan(book, sheet, LAYOUT_TAGS);
export const scanMerges = async (book: XlsxBook, sheet: XlsxSheet) =>
  (await scan(book, sheet, MERGE_TAGS)).merges;

/**
 * Merged cells of rows that arrive in ascending order, as a spreadsheet app shows them: a merge's first
 * cell keeps its value, and so does the first cell of each row below it in a merge over several rows
 * (a kelurahan merged down over the rows of its group belongs to each of them); every other merged-away
 * cell is null, whatever the file keeps there.
 */
export class CoveredCells {
  private readonly merges: Merge[];
  private active: { merge: Merge; value: Cell }[] = [];
  private next = 0;

  constructor(merges: Merge[]) {
    this.merges = [...merges].sort((a, b) => a.top - b.top);
  }

  clear(rowNumber: number, cells: Cell[]): Cell[] {
    // A merge whose first row is absent (blank) starts with no value.
    for (let m = this.merges[this.next]; m && m.top <= rowNumber; m = this.merges[++this.next])
      this.active.push({ merge: m, value: m.top === rowNumber ? (cells[m.left - 1] ?? null) : null });
    if (this.active.length === 0) return cells;
    this.active = this.active.filter(({ merge }) => merge.bottom >= rowNumber);
    for (const { merge, value } of this.active) {
      const { top, left, right } = merge;
      if (rowNumber > top) {
        while (cells.length < left) cells.push(null);
        cells[left - 1] = value;
      }
      for (let column = left + 1; column <= Math.min(right, cells.length); column++) cells[column - 1] = null;
    }
    return cells;
  }
}
