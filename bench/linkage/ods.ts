import { writeFile } from 'node:fs/promises';
import JSZip from 'jszip';
import type { Grid } from './grid.ts';
import type { Cell } from './render-values.ts';

const NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'office:version="1.2"',
].join(' ');

const MANIFEST = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`;

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function cellXml(cell: Cell): string {
  if (cell === null || cell === '') return '<table:table-cell/>';
  if (typeof cell === 'number') {
    return `<table:table-cell office:value-type="float" office:value="${cell}"><text:p>${cell}</text:p></table:table-cell>`;
  }
  if (cell instanceof Date) {
    const iso = cell.toISOString().slice(0, 10);
    const shown = iso.split('-').reverse().join('/');
    return `<table:table-cell office:value-type="date" office:date-value="${iso}"><text:p>${shown}</text:p></table:table-cell>`;
  }
  return `<table:table-cell office:value-type="string"><text:p>${xmlEscape(cell)}</text:p></table:table-cell>`;
}

/** content.xml with one table per sheet; every row written, empty ones too, so row numbers stay true. */
function contentXml(sheets: { name: string; grid: Grid }[]): string {
  const tables = sheets.map(({ name, grid }) => {
    const rows = grid.rows.map((r) => {
      const cells = r.cells.length > 0 ? r.cells.map(cellXml).join('') : '<table:table-cell/>';
      return `<table:table-row>${cells}</table:table-row>`;
    });
    return `<table:table table:name="${xmlEscape(name)}">${rows.join('\n')}</table:table>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS}><office:body><office:spreadsheet>\n${tables.join('\n')}\n</office:spreadsheet></office:body></office:document-content>\n`;
}

/** An OpenDocument spreadsheet: `mimetype` stored uncompressed as the first entry, then content and manifest. */
export async function writeOds(path: string, sheets: { name: string; grid: Grid }[]): Promise<void> {
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { compression: 'STORE' });
  zip.file('content.xml', contentXml(sheets));
  zip.file('META-INF/manifest.xml', MANIFEST);
  const data = await zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
  });
  await writeFile(path, data);
}
