import type { Cell } from '../imports.types.ts';

/** Spreadsheet apps stop here (Excel 1,048,576 × 16,384); a file claiming more is padding or crafted. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

const isEmpty = (cell: Cell | undefined) => cell === null || cell === '' || cell === undefined;
const isBlank = (cell: Cell) => isEmpty(cell) || (typeof cell === 'string' && cell.trim() === '');

/** Trailing empty cells dropped; null for a blank row, which readers skip (its rowNumber is absent). */
export function finishRow(cells: Cell[]): Cell[] | null {
  let end = cells.length;
  while (end > 0 && isEmpty(cells[end - 1])) end--;
  if (end < cells.length) cells.length = end;
  return cells.every(isBlank) ? null : cells;
}
