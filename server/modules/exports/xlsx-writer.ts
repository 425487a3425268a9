import { once } from 'node:events';
import { PassThrough, type Writable } from 'node:stream';
import yazl from 'yazl';

export type XlsxValue = string | number | Date | null;
export type XlsxColumn = { header: string; width: number; format?: 'rupiah' | 'date' };

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Cell styles (cellXfs): 0 plain, 1 bold header, 2 thousands "#,##0", 3 dd/mm/yyyy, 4 text kept as text.
const STYLE = { header: 1, rupiah: 2, date: 3, quoted: 4 } as const;

const STATIC: Record<string, string> = {
  '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`,
  '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  'xl/_rels/workbook.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  'xl/styles.xml': `<styleSheet xmlns="${NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
};

// Characters XML 1.0 cannot carry at all (a pasted control character would make the file unreadable).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters to drop
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const escapeXml = (s: string) =>
  s
    .replace(INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

function columnName(i: number): string {
  let n = i + 1;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Days since 1899-12-30, the spreadsheet calendar (a UTC midnight is that day exactly). */
const serial = (d: Date) => d.getTime() / 86_400_000 + 25_569;

/**
 * A one-sheet .xlsx written as it goes: rows become XML in a streamed zip entry (deflated by zlib off the
 * main thread), so a file of any length needs the memory of one batch. Strings are inline; text that a
 * spreadsheet would take for a formula (= + - @) is marked "quote prefix", so it stays text even when edited.
 */
export class XlsxStreamWriter {
  private readonly zip = new yazl.ZipFile();
  private readonly sheet = new PassThrough();
  private readonly names: string[];
  private readonly styles: string[];
  private buffer = '';
  private row = 1;
  private readonly done: Promise<unknown>;

  constructor(out: Writable, sheetName: string, columns: XlsxColumn[]) {
    this.done = once(this.zip.outputStream.pipe(out), 'finish');
    for (const [name, xml] of Object.entries(STATIC)) this.zip.addBuffer(Buffer.from(HEAD + xml), name);
    const workbook = `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    this.zip.addBuffer(Buffer.from(HEAD + workbook), 'xl/workbook.xml');
    this.zip.addReadStream(this.sheet, 'xl/worksheets/sheet1.xml');
    this.zip.end();
    this.names = columns.map((_, i) => columnName(i));
    this.styles = columns.map((c) => (c.format ? ` s="${STYLE[c.format]}"` : ''));
    const cols = columns
      .map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`)
      .join('');
    this.buffer = `${HEAD}<worksheet xmlns="${NS}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><cols>${cols}</cols><sheetData>`;
    this.buffer += `<row r="1">${columns
      .map(
        (c, i) =>
          `<c r="${this.names[i]}1" s="${STYLE.header}" t="inlineStr"><is><t>${escapeXml(c.header)}</t></is></c>`,
      )
      .join('')}</row>`;
  }

  /** One row; resolves at once unless the file is behind, then when it has caught up. */
  async addRow(values: readonly XlsxValue[]): Promise<void> {
    const r = ++this.row;
    let xml = `<row r="${r}">`;
    for (let i = 0; i < values.length; i++) {
      const v = values[i];
      if (v === null || v === undefined || v === '') continue;
      const ref = `${this.names[i]}${r}`;
      if (typeof v === 'number') {
        if (Number.isFinite(v)) xml += `<c r="${ref}"${this.styles[i]}><v>${v}</v></c>`;
      } else if (v instanceof Date) {
        xml += `<c r="${ref}" s="${STYLE.date}"><v>${serial(v)}</v></c>`;
      } else {
        const s = /^[=+\-@\t\r]/.test(v) ? ` s="${STYLE.quoted}"` : '';
        xml += `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(v)}</t></is></c>`;
      }
    }
    this.buffer += `${xml}</row>`;
    if (this.buffer.length >= 1 << 16) await this.flush();
  }

  private async flush() {
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.sheet.write(chunk)) await once(this.sheet, 'drain');
  }

  /** Closes the sheet and the zip; resolves when the output has everything. */
  async end(): Promise<void> {
    this.buffer += '</sheetData></worksheet>';
    await this.flush();
    this.sheet.end();
    await this.done;
  }
}
