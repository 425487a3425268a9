import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cell, SheetRow } from '../imports.types.ts';
import { classifyRows } from './classify.ts';
import { detectHeader } from './detect-header.ts';
import { autoMapping } from './headers.ts';
import { codesOf, ctx } from './row.testkit.ts';
import { normaliseRow } from './row.ts';

const sheet = (...rows: Cell[][]): SheetRow[] => rows.map((cells, i) => ({ rowNumber: i + 1, cells }));

// A DP3AP2KB-style survey sheet: titles, a two-row header, column numbers, sections, totals and a signature.
const SURVEY = sheet(
  ['DATA INDUSTRI RUMAHAN KOTA MALANG TAHUN 2024'],
  ['Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB'],
  [],
  ['No', 'Nama Ibu', 'NIK', 'Alamat', null, null, 'Usaha', null, 'Omset/bln', 'KRTP'],
  [null, null, null, 'Jalan', 'RT/RW', 'Kelurahan', 'Nama', 'Jenis', null, null],
  ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'],
  ['KECAMATAN LOWOKWARU'],
  [
    1,
    'SITI AMINAH',
    '3573055205800001',
    'Jl. Mawar 5',
    '02/03',
    'Tlogo Mas',
    'Kripik Bu Siti',
    'Keripik tempe',
    '1,5 jt',
    'v',
  ],
  [
    2,
    'Sri Wahyuni',
    3573054107750000,
    'Jl. Kenanga 1',
    'RT 4 RW 1',
    'Mojolagu',
    null,
    'Kue basah',
    'Rp 900.000',
    '-',
  ],
  [3, null, '3573054107750003', 'Jl. Melati 2', '1/1', 'Dinoyo', 'Jahit Bu Ani', 'Jahit', '2.000.000', 'Ya'],
  ['JUMLAH', null, null, null, null, null, null, null, 4_400_000, null],
  [],
  ['No', 'Nama Ibu', 'NIK', 'Alamat', null, null, 'Usaha', null, 'Omset/bln', 'KRTP'],
  ['KECAMATAN SUKUN'],
  [4, 'Ani', '35730441077', 'Jl. Sukun 9', '3/2', 'Pakis', 'Tempe Ani', 'Tempe', '500 rb', 'Tidak'],
  [],
  [null, null, null, null, null, null, null, 'Malang, 12 Maret 2024'],
  [null, null, null, null, null, null, null, 'Kepala Dinas'],
  [null, null, null, null, null, null, null, 'Dra. SRI RAHAYU, M.Si'],
  [null, null, null, null, null, null, null, 'NIP. 19700101 199003 2 005'],
);

describe('a whole survey sheet', () => {
  const header = detectHeader(SURVEY.slice(0, 40));
  const mapping = autoMapping(header?.headers ?? []);
  const body = SURVEY.filter((r) => r.rowNumber >= (header?.firstDataRow ?? Number.POSITIVE_INFINITY));
  const kinds = classifyRows(body, mapping);
  const data = body
    .filter((_, i) => kinds[i] === 'data')
    .map((r) => ({ r, n: normaliseRow(r, mapping, ctx) }));

  it('finds the two-row header and maps its columns', () => {
    expect(header).toMatchObject({ headerRowNumber: 4, headerRowCount: 2, firstDataRow: 7 });
    expect(mapping.map((m) => m.field)).toEqual([
      null,
      'ownerName',
      'nik',
      'street',
      'rtRw',
      'kelurahan',
      'businessName',
      'products',
      'monthlyTurnover',
      'krtp',
    ]);
  });

  it('imports only the four person rows', () => {
    expect(kinds).toEqual([
      'section',
      'data',
      'data',
      'data',
      'total',
      'blank',
      'header',
      'section',
      'data',
      'blank',
      'signature',
      'signature',
      'signature',
      'signature',
    ]);
    expect(data.map(({ r }) => r.rowNumber)).toEqual([8, 9, 10, 15]);
  });

  it('judges each row', () => {
    const [siti, sri, noName, ani] = data.map(({ n }) => n);
    expect(siti?.issues).toEqual([]);
    expect(siti?.person).toMatchObject({
      name: 'SITI AMINAH',
      gender: 'P',
      rt: '002',
      rw: '003',
      krtp: true,
    });
    expect(siti?.business).toMatchObject({
      monthlyTurnover: 1_500_000,
      sector: 'pangan',
      kecamatanCode: '35.73.05',
    });
    expect(codesOf(sri?.issues ?? [])).toEqual([
      'NIK_PRECISION_LOST',
      'KELURAHAN_UNCERTAIN',
      'BUSINESS_NAME_MISSING',
    ]);
    expect(sri?.business.name).toBe('Kue basah');
    expect(codesOf(noName?.issues ?? [], 'error')).toEqual(['OWNER_NAME_REQUIRED']);
    expect(codesOf(ani?.issues ?? [], 'error')).toEqual(['NIK_LENGTH', 'KELURAHAN_OUTSIDE']);
  });
});

const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 30 }),
  fc.stringMatching(/^[0-9 .,/-]{1,18}$/),
  fc.double({ noNaN: false }),
  fc.integer(),
  fc.boolean(),
  fc.date(),
);

describe('robustness', () => {
  const mapping = autoMapping([
    'Nama',
    'NIK',
    'L/P',
    'Tgl Lahir',
    'HP',
    'Alamat',
    'RT/RW',
    'Kelurahan',
    'Nama Usaha',
    'KBLI',
    'TK',
    'Omzet',
    'Modal',
    'P-IRT',
    'Lat',
    'Long',
  ]);

  it('never throws and always yields well-formed drafts, whatever the cells hold', () => {
    fc.assert(
      fc.property(fc.array(anyCell, { maxLength: 16 }), (cells) => {
        const n = normaliseRow({ rowNumber: 1, cells }, mapping, ctx);
        expect(n.person.nik === null || /^\d{16}$/.test(n.person.nik)).toBe(true);
        expect(n.person.phone === null || /^\+62\d{8,12}$/.test(n.person.phone)).toBe(true);
        expect(n.person.birthDate === null || /^\d{4}-\d{2}-\d{2}$/.test(n.person.birthDate)).toBe(true);
        expect(n.person.rt === null || /^\d{3}$/.test(n.person.rt)).toBe(true);
        expect(n.business.monthlyTurnover === null || Number.isInteger(n.business.monthlyTurnover)).toBe(
          true,
        );
        for (const i of n.issues) {
          expect(i.code).toMatch(/^[A-Z][A-Z_]+$/);
          expect(i.message.length).toBeGreaterThan(10);
          expect(i.column === undefined || (i.column >= 0 && i.column < 16)).toBe(true);
        }
        expect(n.issues.some((i) => i.severity === 'error')).toBe(true); // no row here has a real kelurahan
      }),
      { numRuns: 400 },
    );
  });
});
