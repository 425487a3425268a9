import type ExcelJS from 'exceljs';

/** `erased`: the row's person had her data erased: its cells are written empty. */
export type RowAnnotation = { status: string; note: string; badColumns: number[]; erased?: boolean };
export type Annotations = { headerRowNumber: number; rows: Map<number, RowAnnotation> };

const solid = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });

/** Excel's own Good/Neutral/Bad pairs: dark text on a light fill, contrast above 4.5:1. */
const TONES: Record<string, { fill: ExcelJS.Fill; font: Partial<ExcelJS.Font> }> = {
  ditolak: { fill: solid('FFFFC7CE'), font: { color: { argb: 'FF9C0006' }, bold: true } },
  peringatan: { fill: solid('FFFFEB9C'), font: { color: { argb: 'FF9C5700' }, bold: true } },
  ok: { fill: solid('FFC6EFCE'), font: { color: { argb: 'FF006100' }, bold: true } },
};
const BAD_CELL = solid('FFFFC7CE');
const STATUS_WIDTH = 14;
const NOTE_WIDTH = 60;

/** Status and Keterangan after `lastColumn` (1-based); writes annotated rows the input lacks, in order. */
export class SheetAnnotator {
  private readonly pending: number[];
  private next = 0;

  constructor(
    private readonly sheet: ExcelJS.Worksheet,
    private readonly lastColumn: number,
    private readonly annotations: Annotations,
  ) {
    const numbers = new Set([annotations.headerRowNumber, ...annotations.rows.keys()]);
    this.pending = [...numbers].sort((a, b) => a - b);
    sheet.getColumn(lastColumn + 1).width = STATUS_WIDTH;
    sheet.getColumn(lastColumn + 2).width = NOTE_WIDTH;
  }

  /** Writes and commits the annotated rows that come before `rowNumber` and have no input row. */
  before(rowNumber: number): void {
    for (let n = this.pending[this.next]; n !== undefined && n < rowNumber; n = this.pending[this.next]) {
      const row = this.sheet.getRow(n);
      this.annotate(row);
      row.commit();
    }
  }

  /** Whether the row's values are left out (its person's data was erased). */
  erased(rowNumber: number): boolean {
    return this.annotations.rows.get(rowNumber)?.erased === true;
  }

  annotate(row: ExcelJS.Row): void {
    if (this.pending[this.next] === row.number) this.next++;
    const status = row.getCell(this.lastColumn + 1);
    const note = row.getCell(this.lastColumn + 2);
    if (row.number === this.annotations.headerRowNumber) {
      status.value = 'Status';
      note.value = 'Keterangan';
      status.font = note.font = { bold: true };
    }
    const annotation = this.annotations.rows.get(row.number);
    if (!annotation) return;
    status.value = annotation.status;
    note.value = annotation.note;
    const tone = TONES[annotation.status.trim().toLowerCase()];
    if (tone) status.style = { fill: tone.fill, font: tone.font };
    // A stray index must not paint the Status column or beyond.
    for (const column of annotation.badColumns.filter((c) => c >= 0 && c < this.lastColumn)) {
      const cell = row.getCell(column + 1);
      cell.style = { ...cell.style, fill: BAD_CELL };
    }
  }

  finish(): void {
    this.before(Number.POSITIVE_INFINITY);
  }
}
