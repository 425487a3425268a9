import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import type { ManifestFile } from './spreadsheets.ts';

type Rows = Map<number, string[]>;

async function xlsxRows(file: string, sheet: number): Promise<Rows> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const rows: Rows = new Map();
  wb.worksheets[sheet]?.eachRow((row, n) => {
    const values = Array.isArray(row.values) ? row.values.slice(1) : [];
    rows.set(
      n,
      values.map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v))),
    );
  });
  return rows;
}

async function odsRows(file: string): Promise<Rows> {
  const zip = await JSZip.loadAsync(await readFile(file));
  const xml = (await zip.file('content.xml')?.async('string')) ?? '';
  const rows: Rows = new Map();
  [...xml.matchAll(/<table:table-row>(.*?)<\/table:table-row>/gs)].forEach((m, i) => {
    const cells = [
      ...(m[1] ?? '').matchAll(
        /<table:table-cell(?:\/>|[^>]*>(?:<text:p>(.*?)<\/text:p>)?<\/table:table-cell>)/g,
      ),
    ];
    const values = cells.map((c) => c[1] ?? '');
    if (values.some((v) => v !== '')) rows.set(i + 1, values);
  });
  return rows;
}

async function csvRows(file: string): Promise<Rows> {
  const text = iconv.decode(await readFile(file), 'win1252');
  const records = parse(text, { delimiter: ';', relax_column_count: true }) as string[][];
  return new Map(records.flatMap((r, i) => (r.some((c) => c !== '') ? [[i + 1, r] as const] : [])));
}

/** CLI: npx tsx bench/linkage/check-files.ts <dir> — reads every file back and checks truth.csv row numbers. */
async function main(): Promise<void> {
  const dir = process.argv[2];
  if (!dir) throw new Error('usage: check-files.ts <dir>');
  const manifest = JSON.parse(await readFile(path.join(dir, 'manifest.json'), 'utf8')) as {
    files: ManifestFile[];
  };
  const truth = parse(await readFile(path.join(dir, 'truth.csv'), 'utf8'), { columns: true }) as Record<
    string,
    string
  >[];
  let problems = 0;
  for (const f of manifest.files) {
    const file = path.join(dir, f.file);
    const rows =
      f.format === 'csv'
        ? await csvRows(file)
        : f.format === 'ods'
          ? await odsRows(file)
          : await xlsxRows(file, f.sheetIndex);
    let expectedNo = 0;
    for (const t of truth.filter((r) => r.file === f.file)) {
      const first = rows.get(Number(t.sheet_row))?.[0] ?? '';
      const isData = t.expected !== 'skip';
      const ok = isData
        ? first === String(++expectedNo)
        : !/^\d+$/.test(first) || Number(t.sheet_row) === f.headerRow + 1;
      if (!ok) problems++;
      if (!ok && problems < 10)
        console.log(`${f.file} row ${t.sheet_row}: ${t.expected} but first cell "${first}"`);
    }
    const header = rows.get(f.headerRow) ?? [];
    console.log(
      `${f.file}: ${rows.size} non-empty rows, header row ${f.headerRow}: ${header.slice(0, 6).join(' | ')} …`,
    );
  }
  console.log(problems === 0 ? 'truth.csv row numbers match the files' : `${problems} mismatches`);
  if (problems > 0) process.exit(1);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
