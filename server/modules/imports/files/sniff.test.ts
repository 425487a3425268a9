import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCode, odsBytes, scratch, zipBytes } from './files.testkit.ts';
import { sniffFileType } from './index.ts';
import { writeSampleXlsx } from './xlsx.testkit.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
let xlsx: string;

beforeAll(async () => {
  tmp = await scratch();
  xlsx = await tmp.file('kantor.xlsx');
  await writeSampleXlsx(xlsx);
});
afterAll(() => tmp.cleanup());

const sniff = async (name: string, data: Buffer | string, originalName = name) =>
  sniffFileType(await tmp.file(name, data), originalName);
const rejection = async (name: string, data: Buffer | string, originalName = name) =>
  errorCode(sniff(name, data, originalName));

const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]);
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

describe('sniffFileType', () => {
  it('knows spreadsheets by their bytes, whatever their name', async () => {
    expect(await sniffFileType(xlsx, 'data.csv')).toBe('xlsx');
    expect(await sniff('a.bin', odsBytes('<table:table table:name="A"/>'), 'data.xlsx')).toBe('ods');
    expect(await sniff('b.xlsx', 'NIK;Nama\n3573;Siti\n')).toBe('csv');
    expect(await sniff('c.csv', 'PKL;Nama\n1;Siti\n')).toBe('csv');
    expect(await sniff('d.txt', Buffer.from([0xff, 0xfe, 0x4e, 0, 0x49, 0]))).toBe('csv');
  });

  it('asks for an old .xls to be saved as .xlsx', async () => {
    const error = await rejection('lama.xls', OLE);
    expect(error.code).toBe('FILE_TYPE_UNSUPPORTED');
    expect(error.message).toContain('.xls');
    expect(error.message).toContain('Simpan Sebagai');
  });

  it('tells a password-protected .xlsx (an OLE container too) from an old .xls', async () => {
    expect((await rejection('kunci.xlsx', OLE)).message).toContain('kata sandi');
  });

  it('rejects images, PDFs and other binaries as not a spreadsheet', async () => {
    for (const [name, data] of [
      ['foto.png', PNG],
      ['surat.pdf', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')],
      ['acak.xlsx', Buffer.from([1, 2, 3, 0, 5])],
    ] as const) {
      const error = await rejection(name, data);
      expect(error.code, name).toBe('FILE_TYPE_UNSUPPORTED');
      expect(error.message, name).toContain('bukan spreadsheet');
    }
  });

  it('rejects zips that are not spreadsheets', async () => {
    const docx = zipBytes([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect((await rejection('surat.xlsx', docx)).message).toContain('dokumen Word');
    expect((await rejection('arsip.zip', zipBytes([{ name: 'a.txt', data: 'a' }]))).message).toContain(
      'arsip ZIP',
    );
  });

  it('rejects a web page saved under a spreadsheet name', async () => {
    expect((await rejection('laporan.xls', '<html><table><tr><td>1</td></tr></table></html>')).code).toBe(
      'FILE_TYPE_UNSUPPORTED',
    );
  });

  it('rejects an empty file and a cut-off workbook', async () => {
    expect((await rejection('kosong.xlsx', '')).code).toBe('FILE_EMPTY');
    const bytes = await readFile(xlsx);
    expect((await rejection('potong.xlsx', bytes.subarray(0, bytes.length >> 1))).code).toBe(
      'FILE_TRUNCATED',
    );
  });
});
