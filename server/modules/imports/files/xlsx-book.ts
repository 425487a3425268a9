import { posix } from 'node:path';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { Entry } from 'yauzl';
import { asCorrupt, corrupt } from './errors.ts';
import { DEFAULT_ZIP_LIMITS, type OpenZip, openZip, readEntry, type ZipLimits } from './zip.ts';

export type XlsxSheet = {
  index: number;
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  part: Entry;
};

/** The parts of an .xlsx that every sheet needs, found through the workbook's relationships. */
export type XlsxBook = OpenZip & {
  sheets: XlsxSheet[];
  date1904: boolean;
  rels: Entry;
  workbook: Entry;
  styles: Entry | undefined;
  sharedStrings: Entry | undefined;
};

type Element = { name: string; attributes: Record<string, string> };

/** Elements by local name: some writers prefix the SpreadsheetML namespace (x:sheet). */
function elements(xml: Buffer, wanted: string[]): Element[] {
  const found: Element[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = tag.name.slice(tag.name.indexOf(':') + 1);
    if (wanted.includes(name)) found.push({ name, attributes: tag.attributes });
  });
  parser.write(xml.toString('utf8')).close();
  return found;
}

/** Relationship targets are relative to xl/, or absolute from the package root. */
const partName = (target: string) =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join('xl', target));

/** r:id under whatever prefix the writer bound the relationships namespace to. */
const relId = (attributes: Record<string, string>) =>
  Object.entries(attributes).find(([key]) => key.endsWith(':id'))?.[1] ?? '';

function sheetState(value: string | undefined): XlsxSheet['state'] {
  return value === 'hidden' || value === 'veryHidden' ? value : 'visible';
}

type Relationship = { type: string; part: Entry | undefined };

async function relationships(open: OpenZip, rels: Entry): Promise<Map<string, Relationship>> {
  const targets = new Map<string, Relationship>();
  for (const { attributes: a } of elements(await readEntry(open.zip, rels), ['Relationship'])) {
    targets.set(a.Id ?? '', { type: a.Type ?? '', part: open.entries.get(partName(a.Target ?? '')) });
  }
  return targets;
}

async function parseBook(open: OpenZip): Promise<XlsxBook> {
  const workbook = open.entries.get('xl/workbook.xml');
  const rels = open.entries.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw corrupt('daftar lembar kerja tidak ditemukan');
  const targets = await relationships(open, rels);
  const partOfType = (type: string) => [...targets.values()].find((t) => t.type.endsWith(`/${type}`))?.part;
  const found = elements(await readEntry(open.zip, workbook), ['sheet', 'workbookPr']);
  const date1904 = found.find((e) => e.name === 'workbookPr')?.attributes.date1904;
  const sheets = found
    .filter((e) => e.name === 'sheet')
    .map(({ attributes: a }, index): XlsxSheet => {
      const part = targets.get(relId(a))?.part;
      if (!part) throw corrupt(`lembar "${a.name}" tidak ditemukan di dalam berkas`);
      return { index, name: a.name ?? `Sheet${index + 1}`, state: sheetState(a.state), part };
    });
  return {
    ...open,
    sheets,
    date1904: date1904 === '1' || date1904 === 'true',
    rels,
    workbook,
    styles: partOfType('styles'),
    sharedStrings: partOfType('sharedStrings'),
  };
}

/** Opens an .xlsx (zip limits checked first) and reads its list of sheets; the caller closes `zip`. */
export async function openXlsx(path: string, limits: ZipLimits = DEFAULT_ZIP_LIMITS): Promise<XlsxBook> {
  const open = await openZip(path, limits);
  try {
    return await parseBook(open);
  } catch (err) {
    open.zip.close();
    throw asCorrupt(err, 'daftar lembar kerja rusak');
  }
}
