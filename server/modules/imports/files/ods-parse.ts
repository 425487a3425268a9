import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Cell } from '../imports.types.ts';
import { finishRow, MAX_COLUMNS, MAX_ROWS } from './cells.ts';
import { type OdsCellAttributes, odsCellValue } from './ods-cells.ts';

/** A row as content.xml stores it: LibreOffice writes identical neighbouring rows once, with a count. */
export type RepeatedRow = { rowNumber: number; cells: Cell[]; repeat: number };

type OpenRow = { cells: Cell[]; blanks: number; repeat: number };
type OpenCell = {
  attributes: OdsCellAttributes;
  covered: boolean;
  paragraphs: string[];
  text: string | null;
};

const count = (value: string | undefined) => Math.max(1, Number.parseInt(value ?? '1', 10) || 1);
const INLINE: Record<string, string> = { 'text:tab': '\t', 'text:line-break': '\n' };

/** Rows of one top-level table; blanks are never materialised, so a million padding rows cost nothing. */
export class OdsSheetParser {
  readonly rows: RepeatedRow[] = [];
  done = false;
  tables = 0;
  private readonly sax = new SaxesParser();
  private depth = 0;
  private nextRow = 1;
  private row: OpenRow | null = null;
  private cell: OpenCell | null = null;
  private annotations = 0;
  // Cells merged down over several rows, by column: their value and last row (see closeCell).
  private readonly down = new Map<number, { value: Cell; last: number }>();

  constructor(private readonly sheetIndex: number) {
    this.sax.on('opentag', (tag) => this.open(tag));
    this.sax.on('closetag', (tag) => this.close(tag));
    this.sax.on('text', (text) => {
      if (this.cell?.text != null && this.annotations === 0) this.cell.text += text;
    });
  }

  write(chunk: string): void {
    this.sax.write(chunk);
  }

  end(): void {
    this.sax.close();
  }

  private get inSheet() {
    return this.depth === 1 && this.tables === this.sheetIndex + 1;
  }

  private open({ name, attributes }: SaxesTagPlain): void {
    if (name === 'table:table') {
      if (this.depth++ === 0) this.tables++;
      return;
    }
    if (!this.inSheet) return;
    if (name === 'table:table-row') {
      this.row = { cells: [], blanks: 0, repeat: count(attributes['table:number-rows-repeated']) };
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      this.cell = { attributes, covered: name !== 'table:table-cell', paragraphs: [], text: null };
    } else if (name === 'office:annotation') {
      this.annotations++;
    } else if (this.cell && this.annotations === 0) {
      this.openInCell(this.cell, name, attributes);
    }
  }

  private openInCell(cell: OpenCell, name: string, attributes: Record<string, string>): void {
    if (name === 'text:p' || name === 'text:h') cell.text = '';
    else if (cell.text === null) return;
    else if (name === 'text:s') cell.text += ' '.repeat(Math.min(count(attributes['text:c']), 1000));
    else cell.text += INLINE[name] ?? '';
  }

  private close({ name }: SaxesTagPlain): void {
    if (name === 'table:table') {
      if (this.inSheet) this.done = true;
      this.depth--;
      return;
    }
    if (!this.inSheet) return;
    if (name === 'office:annotation') {
      this.annotations--;
    } else if (this.cell && this.annotations === 0 && (name === 'text:p' || name === 'text:h')) {
      this.cell.paragraphs.push(this.cell.text ?? '');
      this.cell.text = null;
    } else if (name === 'table:table-cell' || name === 'table:covered-table-cell') {
      this.closeCell();
    } else if (name === 'table:table-row') {
      this.closeRow();
    }
  }

  private closeCell(): void {
    const { cell, row } = this;
    this.cell = null;
    if (!cell || !row) return;
    const column = row.cells.length + row.blanks;
    const repeat = count(cell.attributes['table:number-columns-repeated']);
    const value = cell.covered ? null : odsCellValue(cell.attributes, cell.paragraphs.join('\n'));
    // A spreadsheet app shows a cell merged down over several rows in each: its first column carries the
    // value into the rows below (a kelurahan merged over the rows of its group belongs to each of them).
    const spanned = count(cell.attributes['table:number-rows-spanned']);
    if (!cell.covered && spanned > 1 && value !== null)
      this.down.set(column, { value, last: this.nextRow + spanned - 1 });
    const above = cell.covered ? this.down.get(column) : undefined;
    if (above && above.last >= this.nextRow) {
      this.place(row, above.value, 1);
      row.blanks = repeat - 1;
      return;
    }
    if (value === null) {
      row.blanks += repeat;
      return;
    }
    this.place(row, value, repeat);
  }

  private place(row: OpenRow, value: Cell, repeat: number): void {
    const room = () => MAX_COLUMNS - row.cells.length;
    row.cells.push(...new Array<Cell>(Math.min(row.blanks, room())).fill(null));
    row.cells.push(...new Array<Cell>(Math.min(repeat, room())).fill(value));
    row.blanks = 0;
  }

  private closeRow(): void {
    const { row } = this;
    this.row = null;
    if (!row) return;
    const cells = finishRow(row.cells);
    const repeat = Math.min(row.repeat, MAX_ROWS + 1 - this.nextRow);
    if (cells) this.rows.push({ rowNumber: this.nextRow, cells, repeat });
    this.nextRow += repeat;
    if (this.nextRow > MAX_ROWS) this.done = true;
  }
}
