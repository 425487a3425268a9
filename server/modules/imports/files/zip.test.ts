import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect, errorCode, odsBytes, rezipped, scratch } from './files.testkit.ts';
import { checkZip, DEFAULT_ZIP_LIMITS, listSheets, readRows, sniffFileType } from './index.ts';
import { writeSampleXlsx } from './xlsx.testkit.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
let xlsx: string;

beforeAll(async () => {
  tmp = await scratch();
  xlsx = await tmp.file('kantor.xlsx');
  await writeSampleXlsx(xlsx);
});
afterAll(() => tmp.cleanup());

/** The sample workbook re-zipped by hand, one part changed. */
const rebuilt = async (name: string, change: Parameters<typeof rezipped>[1]) =>
  tmp.file(name, await rezipped(xlsx, change));

const rows = (path: string, type: 'xlsx' | 'ods', sheet = 0) => collect(readRows(path, type, sheet));

describe('zip bombs', () => {
  it('rejects an entry that inflates absurdly, before inflating it', async () => {
    const bomb = await tmp.file('bom.ods', odsBytes('', { data: Buffer.alloc(64 * 1024 ** 2) }));
    expect((await readFile(bomb)).length).toBeLessThan(100 * 1024);
    const error = await errorCode(checkZip(bomb));
    expect(error.code).toBe('ZIP_BOMB');
    expect(error.message).toContain('content.xml');
    expect((await errorCode(sniffFileType(bomb, 'bom.ods'))).code).toBe('ZIP_BOMB');
    expect((await errorCode(rows(bomb, 'ods'))).code).toBe('ZIP_BOMB');
  });

  it('applies the entry count and total size limits it is given', async () => {
    await expect(checkZip(xlsx)).resolves.toBeUndefined();
    expect((await errorCode(checkZip(xlsx, { ...DEFAULT_ZIP_LIMITS, maxEntries: 3 }))).code).toBe('ZIP_BOMB');
    const small = { ...DEFAULT_ZIP_LIMITS, maxTotalBytes: 4096 };
    expect(await errorCode(checkZip(xlsx, small))).toEqual({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('batas 1 MB'),
    });
  });

  it('stops an .ods entry that inflates past the size it declares', async () => {
    const cells =
      '<table:table-row><table:table-cell office:value-type="string"><text:p>x</text:p>' +
      '</table:table-cell></table:table-row>';
    const liar = await tmp.file(
      'bohong.ods',
      odsBytes(`<table:table table:name="A">${cells.repeat(500)}</table:table>`, { declaredSize: 2000 }),
    );
    await expect(checkZip(liar)).resolves.toBeUndefined();
    expect((await errorCode(rows(liar, 'ods'))).code).toBe('ZIP_BOMB');
  });

  it('stops an .xlsx sheet that inflates past the size it declares', async () => {
    const liar = await rebuilt('bohong.xlsx', (p) =>
      p.name.includes('worksheets/sheet2') ? { ...p, declaredSize: 300 } : p,
    );
    expect((await errorCode(rows(liar, 'xlsx', 1))).code).toBe('ZIP_BOMB');
  });
});

describe('damaged archives', () => {
  it('reports a workbook cut in half as truncated, whatever reads it', async () => {
    const bytes = await readFile(xlsx);
    const cut = await tmp.file('potong.xlsx', bytes.subarray(0, bytes.length >> 1));
    // One after the other: a reader started early could fail before anyone awaits it (an unhandled rejection).
    for (const attempt of [() => checkZip(cut), () => listSheets(cut, 'xlsx'), () => rows(cut, 'xlsx', 1)]) {
      expect((await errorCode(attempt())).code).toBe('FILE_TRUNCATED');
    }
  });

  it('reports a sheet whose data ends early as truncated, without hanging', async () => {
    const short = await rebuilt('pendek.xlsx', (p) =>
      p.name.includes('worksheets/sheet2') ? { ...p, declaredSize: p.data.length + 5000 } : p,
    );
    expect((await errorCode(rows(short, 'xlsx', 1))).code).toBe('FILE_TRUNCATED');
  });

  it('reports a workbook without its list of sheets as unreadable', async () => {
    const headless = await rebuilt('tanpa-daftar.xlsx', (p) =>
      p.name === 'xl/workbook.xml' ? { ...p, name: 'xl/lain.xml' } : p,
    );
    expect((await errorCode(listSheets(headless, 'xlsx'))).code).toBe('FILE_CORRUPT');
  });
});
