import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { detectDelimiter } from './csv-detect.ts';
import { collect, errorCode, scratch } from './files.testkit.ts';
import { listSheets, readRows } from './index.ts';

let tmp: Awaited<ReturnType<typeof scratch>>;
beforeAll(async () => {
  tmp = await scratch();
});
afterAll(() => tmp.cleanup());

const read = async (name: string, data: Buffer | string) =>
  collect(readRows(await tmp.file(name, data), 'csv', 0));

describe('csv encodings', () => {
  it('reads Windows-1252 with semicolons and CRLF, as Excel in Indonesian saves it', async () => {
    const text =
      'DATA IKM KELURAHAN DINOYO;;;\r\n;;;\r\nNIK;Nama;Alamat;Omzet\r\n' +
      '3573014501800001;Pak Ñoño;Jl. Mawar, No. 3;Rp 1.500.000\r\n';
    const rows = await read('win1252.csv', iconv.encode(text, 'win1252'));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['DATA IKM KELURAHAN DINOYO'] },
      { rowNumber: 3, cells: ['NIK', 'Nama', 'Alamat', 'Omzet'] },
      { rowNumber: 4, cells: ['3573014501800001', 'Pak Ñoño', 'Jl. Mawar, No. 3', 'Rp 1.500.000'] },
    ]);
  });

  it('reads UTF-8 with a BOM, quoted separators and a quoted line break as one row', async () => {
    const text =
      '\uFEFFNIK,Nama,Alamat\n"081234",Bu Siti — ‘Lapis’,"Jl. Kenanga, RT 01\nRW 02"\n' +
      '\n0812,"Kata ""kutip""",akhir\n';
    expect(await read('bom.csv', text)).toEqual([
      { rowNumber: 1, cells: ['NIK', 'Nama', 'Alamat'] },
      { rowNumber: 2, cells: ['081234', 'Bu Siti — ‘Lapis’', 'Jl. Kenanga, RT 01\nRW 02'] },
      { rowNumber: 4, cells: ['0812', 'Kata "kutip"', 'akhir'] },
    ]);
  });

  it('reads UTF-16 with tabs, as "Unicode Text" from Excel', async () => {
    const data = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('NIK\tNama\r\n001\tBu Ñoño\r\n', 'utf-16le'),
    ]);
    expect(await read('unicode.txt', data)).toEqual([
      { rowNumber: 1, cells: ['NIK', 'Nama'] },
      { rowNumber: 2, cells: ['001', 'Bu Ñoño'] },
    ]);
  });

  it('tells UTF-8 from Windows-1252 even when the first non-ASCII byte is far down the file', async () => {
    const filler = 'a;b\n'.repeat(30_000);
    const rows = await read(
      'late.csv',
      Buffer.concat([Buffer.from(filler), iconv.encode('Désa;Ñ\n', 'win1252')]),
    );
    expect(rows.at(-1)).toEqual({ rowNumber: 30_001, cells: ['Désa', 'Ñ'] });
  });
});

describe('csv delimiter', () => {
  const sample = (text: string) => detectDelimiter({ text, complete: true });

  it('picks the separator used consistently, not the one inside text', () => {
    expect(sample('Nama;Alamat;Omzet\nBu Siti;Jl. Mawar, No. 3, RT 1;1,5\nPak Budi;Jl. Melati;2,25\n')).toBe(
      ';',
    );
    expect(sample('Nama,Alamat,Catatan\n"Siti; Ani","Jl. A; B",x\nBudi,Jl. C,y\n')).toBe(',');
    expect(sample('Nama\tAlamat\nSiti\tJl. A, B\n')).toBe('\t');
  });
});

describe('csv rows', () => {
  it('keeps every cell as text and drops only trailing empty cells', async () => {
    expect(await read('text.csv', 'NIK;HP;Tahun;;\n0035;+62 812;2020;x;\n')).toEqual([
      { rowNumber: 1, cells: ['NIK', 'HP', 'Tahun'] },
      { rowNumber: 2, cells: ['0035', '+62 812', '2020', 'x'] },
    ]);
  });

  it('names its one sheet after the file', async () => {
    expect(await listSheets('upload-abc123', 'csv', 'Data IKM Dinoyo.csv')).toEqual([
      { index: 0, name: 'Data IKM Dinoyo', hidden: false },
    ]);
  });

  it('says which row opens a quote that is never closed', async () => {
    const path = await tmp.file('quote.csv', 'Nama;Alamat\nSiti;Jl. A\nBudi;"Jl. B\nAni;Jl. C\n');
    const error = await errorCode(collect(readRows(path, 'csv', 0)));
    expect(error).toEqual({ code: 'FILE_CORRUPT', message: expect.stringContaining('baris 3') });
  });

  it('has no second sheet', async () => {
    const path = await tmp.file('one.csv', 'a;b\n');
    expect((await errorCode(collect(readRows(path, 'csv', 1)))).code).toBe('SHEET_NOT_FOUND');
  });
});
