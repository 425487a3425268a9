import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, rezipped, scratch } from './files.testkit.ts';
import { listSheets, readRows } from './index.ts';
import { writeMultibyteXlsx, writeSampleXlsx } from './xlsx.testkit.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
let sample: string;

beforeAll(async () => {
  tmp = await scratch();
  sample = await tmp.file('kantor.xlsx');
  await writeSampleXlsx(sample);
});
afterAll(() => tmp.cleanup());

describe('xlsx sheets', () => {
  it('lists the sheets in tab order', async () => {
    expect(await listSheets(sample, 'xlsx')).toEqual([
      { index: 0, name: 'Petunjuk', hidden: false },
      { index: 1, name: 'Data', hidden: false },
    ]);
  });

  it('reads the chosen sheet only', async () => {
    expect(await collect(readRows(sample, 'xlsx', 0))).toEqual([
      { rowNumber: 1, cells: ['Isi lembar Data mulai baris 3.'] },
    ]);
  });

  it('rejects a sheet that does not exist', async () => {
    const error = await errorCode(collect(readRows(sample, 'xlsx', 2)));
    expect(error.code).toBe('SHEET_NOT_FOUND');
    expect(error.message).toContain('2 lembar');
  });
});

describe('xlsx rows', () => {
  let rows: Awaited<ReturnType<typeof collect>>;
  beforeAll(async () => {
    rows = await collect(readRows(sample, 'xlsx', 1));
  });

  it('keeps the real row numbers and skips blank rows', () => {
    expect(rows.map((r) => r.rowNumber)).toEqual([1, 3, 4, 5, 7, 9]);
  });

  it('gives a merged title once, its covered cells empty', () => {
    expect(rows[0]?.cells).toEqual(['DATA INDUSTRI RUMAHAN KOTA MALANG 2024']);
  });

  it('keeps numbers stored as text as text and dates as dates', () => {
    expect(rows[2]?.cells).toEqual([
      '3573014501800001',
      'Siti Aminah',
      new Date(Date.UTC(1980, 0, 5)),
      '081234567890',
      1500000,
    ]);
  });

  it('gives formulas their cached result, dated by the format, and rich text as plain text', () => {
    expect(rows[3]?.cells).toEqual([
      3573014501800002,
      'Bu Ani',
      new Date(Date.UTC(1990, 1, 3)),
      '0812 3456 7890',
      3000000,
    ]);
  });

  it('keeps text starting with = as text, errors and merged-away cells as null', () => {
    const link = '=HYPERLINK("http://contoh.test")';
    expect(rows[4]?.cells).toEqual([link, 'Pak Ñoño — 😀', null, null, true]);
  });

  it('gives a hyperlink its text and keeps a note beyond the header', () => {
    expect(rows[5]?.cells).toEqual(['akhir', 'Situs dinas', null, null, null, 'catatan di luar judul']);
  });
});

describe('xlsx merged cells', () => {
  it("gives a merge's value to the first cell of each row it spans, the other merged-away cells as null even when the file keeps a value there", async () => {
    const hidden = await rezipped(sample, (part) => {
      if (part.name !== 'xl/worksheets/sheet2.xml') return part;
      const xml = part.data
        .toString()
        .replace('<c r="C7"/>', '<c r="C7" t="inlineStr"><is><t>tersembunyi</t></is></c>')
        .replace('<mergeCell ref="B7:C7"/>', '<mergeCell ref="B7:C7"/><mergeCell ref="A4:A5"/>');
      return { ...part, data: Buffer.from(xml) };
    });
    const rows = await collect(readRows(await tmp.file('tersembunyi.xlsx', hidden), 'xlsx', 1));
    expect(rows.find((r) => r.rowNumber === 7)?.cells.slice(0, 3)).toEqual([
      '=HYPERLINK("http://contoh.test")',
      'Pak Ñoño — 😀',
      null,
    ]);
    expect(rows.find((r) => r.rowNumber === 4)?.cells[0]).toBe('3573014501800001');
    // Merged down over rows 4 and 5 (one owner's two businesses), the NIK belongs to both, as the app shows it.
    expect(rows.find((r) => r.rowNumber === 5)?.cells[0]).toBe('3573014501800001');
  });
});

describe('xlsx streaming', () => {
  it('never splits a multi-byte character at a chunk boundary', async () => {
    const path = await tmp.file('multibyte.xlsx');
    await writeMultibyteXlsx(path, 6000);
    const rows = await collect(readRows(path, 'xlsx', 0));
    expect(rows).toHaveLength(6000);
    const garbled = rows.filter((r) => r.cells.some((c) => typeof c === 'string' && c.includes('\uFFFD')));
    expect(garbled).toEqual([]);
    expect(rows[5999]?.cells).toEqual(['Bu Ñoño 6000 — ‘Kue Lapis’ 😀', 'Jl. Kembang Kertas 6000']);
  });

  it('stops cleanly when the caller stops early', async () => {
    const first: number[] = [];
    for await (const row of readRows(sample, 'xlsx', 1)) {
      first.push(row.rowNumber);
      if (first.length === 2) break;
    }
    expect(first).toEqual([1, 3]);
  });
});
