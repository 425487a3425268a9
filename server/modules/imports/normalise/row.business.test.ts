import { describe, expect, it } from 'vitest';
import type { Cell } from '../imports.types.ts';
import { codesOf, ctx, issueOf, normaliseWith } from './row.testkit.ts';

const business = (headers: string[], cells: Cell[]) =>
  normaliseWith(['Nama', 'Kelurahan', ...headers], ['Siti Aminah', 'Kauman', ...cells]);

describe('normaliseRow: the business', () => {
  it('reads a full business row', () => {
    const headers = [
      'Nama Usaha',
      'Produk',
      'KBLI',
      'Tahun Berdiri',
      'Jumlah TK',
      'TK Perempuan',
      'Omzet/bln',
    ];
    const more = ['Modal', 'NIB', 'No. P-IRT', 'Lat', 'Long', 'Industri Rumahan (Ya/Tidak)'];
    const r = business(
      [...headers, ...more],
      [
        'Kripik Bu Siti',
        'Keripik tempe',
        '10794',
        2015,
        '3 orang',
        2,
        'Rp 2.500.000',
        '5 jt',
        '1234567890123',
      ],
    );
    expect(r.issues).toEqual([]);
    expect(r.business).toMatchObject({
      name: 'Kripik Bu Siti',
      products: 'Keripik tempe',
      kbliCode: '10794',
      sector: 'pangan',
      yearStarted: 2015,
      workersTotal: 3,
      workersWomen: 2,
      monthlyTurnover: 2_500_000,
      capital: 5_000_000,
      kelurahanCode: '35.73.02.1007',
      kecamatanCode: '35.73.02',
      permits: [{ type: 'NIB', number: '1234567890123' }],
    });
  });

  it('turns annual turnover into monthly and honours a unit in the header', () => {
    expect(business(['Omzet per Tahun'], ['Rp 30.000.000']).business.monthlyTurnover).toBe(2_500_000);
    expect(business(['Omzet per Bulan (juta Rp)'], ['2,5']).business.monthlyTurnover).toBe(2_500_000);
    const both = business(['Omzet per Bulan', 'Omzet per Tahun'], ['2 jt', '12 jt']);
    expect(both.business.monthlyTurnover).toBe(2_000_000);
  });

  it('makes a daily or weekly turnover monthly, and reads the period a value names', () => {
    expect(business(['Omzet Harian'], ['100.000']).business.monthlyTurnover).toBe(3_000_000);
    expect(business(['Omzet per Minggu'], ['Rp 600.000']).business.monthlyTurnover).toBe(2_600_000);
    const perDay = business(['Omzet per Bulan'], ['Rp 100.000/hari']);
    expect(perDay.business.monthlyTurnover).toBe(3_000_000);
    expect(issueOf(perDay.issues, 'TURNOVER_PERIOD')?.message).toBe(
      'Omzet per bulan "Rp 100.000/hari" ditulis per hari; dihitung per bulan: Rp 3.000.000.',
    );
    expect(business(['Omzet'], ['30 jt/thn']).business.monthlyTurnover).toBe(2_500_000);
    expect(codesOf(business(['Omzet'], ['3 jt/bln']).issues)).not.toContain('TURNOVER_PERIOD');
  });

  it('takes the women among the workers from "2L 3P" in the total column, unless a column gives them', () => {
    expect(business(['Jumlah Tenaga Kerja'], ['2L 3P']).business).toMatchObject({
      workersTotal: 5,
      workersWomen: 3,
    });
    expect(business(['Jumlah Tenaga Kerja', 'TK Perempuan'], ['2L 3P', '4']).business).toMatchObject({
      workersTotal: 5,
      workersWomen: 4,
    });
    for (const [cell, total, women] of [
      ['3 P', 3, 3],
      ['5 (3 P)', 5, 3],
      ['4 orang (1 L)', 4, 3],
    ] as const) {
      const row = business(['Jumlah Tenaga Kerja'], [cell]);
      expect(row.business).toMatchObject({ workersTotal: total, workersWomen: women });
      expect(row.issues.filter((i) => i.field?.startsWith('workers'))).toEqual([]);
    }
    // Men and women in columns of their own, no total: their sum ("-" is none); men alone are not everyone.
    const sexes = ['TK Laki-laki', 'TK Perempuan'];
    for (const [cells, total, women] of [
      [['1', '2'], 3, 2],
      [['-', '3'], 3, 3],
      [['2', ''], 2, null],
    ] as const)
      expect(business(sexes, [...cells]).business).toMatchObject({
        workersTotal: total,
        workersWomen: women,
      });
    expect(business(['TK Laki-laki'], ['2']).business).toMatchObject({
      workersTotal: null,
      workersWomen: null,
    });
    expect(business([...sexes, 'Jumlah TK'], ['1', '2', '4']).business).toMatchObject({ workersTotal: 4 });
    // Counted by sex in the women's own column: the women alone.
    expect(business(['Jumlah Tenaga Kerja', 'TK Perempuan'], ['5', '2L 3P']).business).toMatchObject({
      workersTotal: 5,
      workersWomen: 3,
    });
  });

  it('marks a business closed when its row says so, and says nothing of it without a status column', () => {
    expect(business(['Status Usaha'], ['Tidak Aktif']).business.status).toBe('closed');
    expect(business(['Status Usaha'], ['Sudah tidak produksi']).business.status).toBe('closed');
    expect(business(['Status Usaha'], ['Aktif']).business.status).toBe('active');
    expect(business(['Nama Usaha'], ['Kue Sri']).business).not.toHaveProperty('status');
    const unread = business(['Status Usaha'], ['Pindah']);
    expect(unread.business).not.toHaveProperty('status');
    expect(unread.issues).toContainEqual(
      expect.objectContaining({ code: 'STATUS_UNREADABLE', severity: 'warning' }),
    );
  });

  it('reads a coordinate pair from one column, and the start year from how long the business has run', () => {
    const located = business(['Titik Koordinat'], ['-7.9553, 112.6145']).business;
    expect([located.latitude, located.longitude]).toEqual([-7.9553, 112.6145]);
    const lama = business(['Lama Usaha (tahun)'], ['10']);
    expect(lama.business.yearStarted).toBe(2015);
    expect(codesOf(lama.issues)).toContain('YEAR_FROM_DURATION');
  });

  it('warns of a monthly turnover so small that a unit was likely left out', () => {
    const small = business(['Omzet'], ['2.500']);
    expect(small.business.monthlyTurnover).toBe(2_500);
    expect(issueOf(small.issues, 'TURNOVER_SMALL')?.message).toBe(
      'Omzet per bulan "2.500" terbaca Rp 2.500 per bulan, sangat kecil; periksa satuannya (ribu atau juta).',
    );
    expect(codesOf(business(['Omzet'], ['100.000']).issues)).not.toContain('TURNOVER_SMALL');
  });

  it('warns of a monthly turnover above a small enterprise’s sales, and keeps it', () => {
    const large = business(['Omzet'], ['Rp 1.500.000.000']);
    expect(large.business.monthlyTurnover).toBe(1_500_000_000);
    expect(issueOf(large.issues, 'TURNOVER_LARGE')?.message).toBe(
      'Omzet per bulan "Rp 1.500.000.000" terbaca Rp 1.500.000.000 per bulan, di atas penjualan usaha kecil (Rp 15 miliar setahun); periksa jumlah nol, atau apakah itu omzet setahun.',
    );
    expect(codesOf(business(['Omzet'], ['Rp 900.000.000']).issues)).not.toContain('TURNOVER_LARGE');
  });

  it('rejects negative and absurd amounts, naming the value', () => {
    const negative = business(['Nama Usaha', 'Omzet'], ['Kue', '-500.000']);
    expect(negative.issues).toEqual([
      {
        severity: 'error',
        code: 'TURNOVER_NEGATIVE',
        message: 'Omzet per bulan "-500.000" negatif; isi jumlah Rupiah tanpa tanda minus.',
        field: 'monthlyTurnover',
        column: 3,
      },
    ]);
    const huge = issueOf(business(['Omzet'], ['25.000.000.000']).issues, 'TURNOVER_ABSURD');
    expect(huge?.message).toBe(
      'Omzet per bulan "25.000.000.000" terbaca Rp 25.000.000.000, di atas batas wajar Rp 5.000.000.000; periksa jumlah nol.',
    );
    expect(codesOf(business(['Omzet'], ['2,5']).issues, 'error')).toEqual(['TURNOVER_ABSURD']);
    expect(codesOf(business(['Omzet per Tahun'], ['120 miliar']).issues, 'error')).toEqual([
      'TURNOVER_ABSURD',
    ]);
    expect(codesOf(business(['Modal'], ['50 M']).issues, 'error')).toEqual(['CAPITAL_ABSURD']);
    expect(codesOf(business(['Omzet'], [0]).issues, 'error')).toEqual([]);
    expect(business(['Omzet'], [0]).business.monthlyTurnover).toBe(0);
  });

  it('lets the caller set the bounds', () => {
    const strict = { ...ctx, limits: { maxMonthlyTurnover: 100_000_000 } };
    const r = normaliseWith(
      ['Nama', 'Kel', 'Nama Usaha', 'Omzet'],
      ['Siti', 'Kauman', 'Kue', '150 jt'],
      strict,
    );
    expect(codesOf(r.issues, 'error')).toEqual(['TURNOVER_ABSURD']);
  });

  it('warns about unreadable amounts and drops them', () => {
    const r = business(['Nama Usaha', 'Omzet'], ['Kue', 'tidak tentu']);
    expect(r.business.monthlyTurnover).toBeNull();
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'NUMBER_UNREADABLE', field: 'monthlyTurnover' },
    ]);
  });

  it('rejects absurd worker counts', () => {
    expect(codesOf(business(['Nama Usaha', 'TK'], ['Kue', 250]).issues, 'error')).toEqual(['WORKERS_ABSURD']);
    expect(codesOf(business(['Nama Usaha', 'TK'], ['Kue', -1]).issues, 'error')).toEqual([
      'WORKERS_NEGATIVE',
    ]);
    expect(codesOf(business(['Nama Usaha', 'TK'], ['Kue', 2.5]).issues, 'error')).toEqual([
      'NUMBER_NOT_WHOLE',
    ]);
    const r = business(['Nama Usaha', 'TK', 'TK Perempuan'], ['Kue', 2, 3]);
    expect(r.issues).toMatchObject([
      { severity: 'error', code: 'WORKERS_WOMEN_GT_TOTAL', field: 'workersWomen', column: 4 },
    ]);
  });

  it('stands in for a missing business name with the products, else "Usaha <owner>"', () => {
    const fromProducts = business(['Nama Usaha', 'Produk'], [null, 'Keripik tempe']);
    expect(fromProducts.business.name).toBe('Keripik tempe');
    expect(fromProducts.issues).toMatchObject([
      { severity: 'warning', code: 'BUSINESS_NAME_MISSING', column: 2 },
    ]);
    expect(business([], []).business.name).toBe('Usaha Siti Aminah');
  });

  it('reads what a business makes from its name: in brackets, or after a dash under a header naming both', () => {
    const bracketed = business(['Nama Usaha'], ['Liana Food (roti manis, roti sobek)']);
    expect(bracketed.business).toMatchObject({ name: 'Liana Food', products: 'roti manis, roti sobek' });
    expect(bracketed.business.sector).toBe('pangan');
    // Brackets that name no product or trade stay in the name; a dash needs the header's word.
    const place = business(['Nama Usaha'], ['UD Sumber Rejeki (Pusat)']);
    expect(place.business).toMatchObject({ name: 'UD Sumber Rejeki (Pusat)', products: null });
    expect(business(['Nama Usaha'], ['Sri Rejeki - Malang']).business.products).toBeNull();
    const both = business(['NAMA USAHA (PRODUK)'], ['Makmur Rasa - kue kering']);
    expect(both.business).toMatchObject({ name: 'Makmur Rasa', products: 'kue kering' });
    const slashed = business(['Nama Usaha / Jenis Produk'], ['BUNDA / tempe']);
    expect(slashed.business).toMatchObject({ name: 'BUNDA', products: 'tempe' });
    // A form's category beside it keeps the product the name gives.
    const form = business(['Nama Produk / Merek', 'Kategori Produk'], ['Putri (rotan)', 'Kerajinan']);
    expect(form.business).toMatchObject({ name: 'Putri', products: 'Kerajinan, rotan' });
    // Without a name column, a products cell may name the brand in brackets, in capitals or after "merk".
    const usaha = (cell: string) => business(['Usaha'], [cell]).business;
    expect(usaha('krupuk puli (Pelangi Collection)')).toMatchObject({
      name: 'Pelangi Collection',
      products: 'krupuk puli',
    });
    expect(usaha('keripik (merk Sari Rasa)')).toMatchObject({ name: 'Sari Rasa', products: 'keripik' });
    expect(usaha('keripik (pedas, original)').products).toBe('keripik (pedas, original)');
    expect(usaha('Keripik Tempe (Keripik Singkong)').name).toBe('Keripik Tempe (Keripik Singkong)');
    const listed = business(['Nama Usaha', 'Produk'], ['Sanan Jaya (bakery)', 'Roti manis']);
    expect(listed.business).toMatchObject({ name: 'Sanan Jaya', products: 'Roti manis, bakery' });
  });

  it('derives the sector from KBLI, the sector column, or the products', () => {
    expect(business(['Nama Usaha', 'KBLI'], ['X', 13134]).business.sector).toBe('sandang');
    expect(business(['Nama Usaha', 'KBLI'], ['X', '10794 - Industri Kerupuk']).business.kbliCode).toBe(
      '10794',
    );
    expect(business(['Nama Usaha', 'Sektor'], ['X', 'Kerajinan']).business.sector).toBe('kerajinan');
    expect(business(['Nama Usaha', 'Jenis Produk'], ['X', 'Mebel kayu']).business.sector).toBe('kayu');
    const unknown = business(['Nama Usaha', 'Sektor', 'Produk'], ['X', 'Lain-lain', 'Kue basah']);
    expect(unknown.business.sector).toBe('pangan');
    expect(codesOf(unknown.issues)).toEqual(['SECTOR_UNKNOWN']);
    const badKbli = business(['Nama Usaha', 'KBLI'], ['X', '1079']);
    expect(badKbli.business.kbliCode).toBeNull();
    expect(codesOf(badKbli.issues, 'warning')).toEqual(['KBLI_FORMAT']);
  });

  it('takes a sector column that names what the business makes as its products, when it has none', () => {
    const named = business(
      ['Nama Usaha', 'Jenis Industri', 'KBLI'],
      ['Dapur Suparno', 'Kripik Apel', '10794'],
    );
    expect(named.business).toMatchObject({ products: 'Kripik Apel', sector: 'pangan', kbliCode: '10794' });
    expect(business(['Nama Usaha', 'Jenis Industri'], ['X', 'tas rajut & manik']).business).toMatchObject({
      products: 'tas rajut & manik',
      sector: 'kerajinan',
    });
    // A sector or a category is no product; a products column of its own wins.
    for (const category of [
      'Makanan & minuman',
      'Kerajinan',
      'MAKANAN OLAHAN',
      'MAKANAN RINGAN',
      'Aneka Kerajinan',
      'pangan',
    ])
      expect(business(['Nama Usaha', 'Jenis Industri'], ['X', category]).business.products).toBeNull();
    const both = business(['Nama Usaha', 'Sektor', 'Produk'], ['X', 'Keripik', 'Keripik tempe']);
    expect(both.business.products).toBe('Keripik tempe');
  });

  it('keeps valid permits, splits several in one cell and drops invalid ones with a warning', () => {
    const r = business(
      ['Nama Usaha', 'No. P-IRT', 'NIB', 'BPOM', 'Sertifikat Halal'],
      ['X', 'P-IRT 2063573010123-29\n2063573020123-29', '12345', '-', 'ID35110000123450122'],
    );
    expect(r.business.permits).toEqual([
      { type: 'PIRT', number: '2063573010123-29' },
      { type: 'PIRT', number: '2063573020123-29' },
      { type: 'HALAL', number: 'ID35110000123450122' },
    ]);
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'PERMIT_NIB_FORMAT', field: 'nib', column: 4 },
    ]);
    expect(r.issues[0]?.message).toContain('NIB "12345" tidak disimpan');
  });

  it('drops a remark in brackets after a permit number', () => {
    const r = business(
      ['Nama Usaha', 'NIB', 'No. P-IRT'],
      ['X', '1234567890123 (2021)', '2063573010123-29 (terbit 2019)'],
    );
    expect(r.business.permits).toEqual([
      { type: 'NIB', number: '1234567890123' },
      { type: 'PIRT', number: '2063573010123-29' },
    ]);
  });

  it('treats "Belum" and "Proses" as no permit and "Ada" as a permit without its number', () => {
    expect(business(['Nama Usaha', 'NIB', 'P-IRT'], ['X', 'Belum', 'dalam proses']).issues).toEqual([]);
    const r = business(['Nama Usaha', 'NIB'], ['X', 'Ada']);
    expect(r.business.permits).toEqual([]);
    expect(codesOf(r.issues)).toEqual(['PERMIT_NUMBER_MISSING']);
  });

  it('passes on warnings of the permit rules (an expired P-IRT)', () => {
    const r = business(['Nama Usaha', 'P-IRT'], ['X', '2063573010123-19']);
    expect(r.business.permits).toEqual([{ type: 'PIRT', number: '2063573010123-19' }]);
    expect(codesOf(r.issues)).toEqual(['PERMIT_PIRT_EXPIRED']);
  });

  it('keeps coordinates only in pairs', () => {
    const both = business(['Nama Usaha', 'Lat', 'Long'], ['X', '-7,9666', '112,6326']);
    expect(both.business).toMatchObject({ latitude: -7.9666, longitude: 112.6326 });
    const one = business(['Nama Usaha', 'Lat', 'Long'], ['X', '-7,9666', null]);
    expect(one.business).toMatchObject({ latitude: null, longitude: null });
    expect(codesOf(one.issues)).toEqual(['COORDINATES_INCOMPLETE']);
  });

  it('reads the home-industry flag and the year started', () => {
    const r = business(['Nama Usaha', 'Industri Rumahan', 'Mulai Usaha'], ['X', 'Tidak', 'sejak 2019']);
    expect(r.business).toMatchObject({ homeIndustry: false, yearStarted: 2019 });
    expect(codesOf(business(['Nama Usaha', 'Tahun Berdiri'], ['X', 2031]).issues)).toEqual([
      'YEAR_IMPLAUSIBLE',
    ]);
  });
});
