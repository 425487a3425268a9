import { describe, expect, it } from 'vitest';
import { IMPORT_FIELDS } from '../imports.types.ts';
import { headerKey, headerUnit } from './header-key.ts';
import { autoMapping, matchHeader } from './headers.ts';
import { HEADER_SYNONYMS, IGNORED_HEADERS } from './synonyms.ts';

const fieldOf = (header: string) => autoMapping([header])[0]?.field;

describe('autoMapping: headers Indonesian offices write', () => {
  it.each([
    ['nik', ['NIK', 'No KTP', 'No. KTP', 'No. Induk Kependudukan', 'Nomor NIK', 'NIK (16 digit)']],
    [
      'ownerName',
      [
        'Nama Pemilik',
        'Penanggung Jawab',
        'Nama Pemilik / Penanggung Jawab',
        'Nama Pelaku Usaha',
        'Nama Pemohon',
        'Nama',
        'Nama Ibu',
        'Nama Lengkap',
        'NAMA\nPEMILIK',
        'Nama Pelaku IR',
        'Nama (sesuai KTP)',
      ],
    ],
    [
      'kelurahan',
      ['Kel', 'Kelurahan', 'Desa', 'Kel/Desa', 'Kel.', 'KELURAHAN / DESA', 'Kelurahan Tempat Usaha'],
    ],
    ['kecamatan', ['Kec', 'Kec.', 'Kecamatan', 'Kecamatan Domisili']],
    [
      'monthlyTurnover',
      ['Omzet', 'Omset', 'Omzet per Bulan (Rp)', 'Omset/bln', 'Penghasilan per bulan', 'OMZET PERBULAN'],
    ],
    [
      'annualTurnover',
      ['Omzet per Tahun', 'Omzet (Rp/Tahun)', 'Omset/thn', 'Omset Setahun (Rp)', 'Penjualan Setahun'],
    ],
    ['phone', ['Telp', 'No. HP', 'WA', 'No WA', 'Telepon', 'HP', 'No. HP/WA', 'No Telp.', 'Handphone']],
    [
      'address',
      [
        'Alamat',
        'Alamat Lengkap',
        'Alamat Usaha',
        'Alamat KTP',
        'Alamat Domisili',
        'Alamat (Jalan, RT/RW)',
        'Alamat Rumah/Usaha',
      ],
    ],
    ['street', ['Jalan']],
    ['rt', ['RT']],
    ['rw', ['RW']],
    ['rtRw', ['RT/RW', 'RT / RW']],
    [
      'gender',
      ['Jenis Kelamin', 'L/P', 'JK', 'Jenis Kelamin (L/P)', 'Sex', 'Jns. Kel.', 'J. Kel', 'Jenis Kel'],
    ],
    [
      'birthDate',
      ['Tgl Lahir', 'Tanggal Lahir', 'Tempat/Tgl Lahir', 'Tgl. Lahir (dd/mm/yyyy)', 'Tempat, Tanggal Lahir'],
    ],
    ['birthPlace', ['Tempat Lahir', 'Tmpt Lahir', 'Tmp. Lhr']],
    [
      'businessName',
      [
        'Nama Usaha',
        'Nama Merk',
        'Merek',
        'Nama Produk Usaha',
        'Merek Produk',
        'Nama Usaha Pemilik',
        'Nama IKM',
      ],
    ],
    ['products', ['Jenis Usaha', 'Produk', 'Jenis Produk', 'Komoditi']],
    ['kbli', ['KBLI', 'Kode KBLI']],
    ['sector', ['Sektor', 'Bidang Usaha']],
    ['yearStarted', ['Tahun Berdiri', 'Mulai Usaha', 'Thn Mulai Usaha', 'Lama Usaha (tahun)']],
    ['monthlyTurnover', ['Omzet', 'Omzet per Bulan (Rp)', 'Omset Rata-rata per Bulan']],
    [
      'dailyTurnover',
      ['Omzet Harian', 'Omzet per Hari (Rp)', 'Penghasilan per Hari', 'Omzet Sehari', 'Omzet Perhari'],
    ],
    ['weeklyTurnover', ['Omzet Mingguan', 'Omzet per Minggu']],
    ['coordinates', ['Koordinat', 'Titik Koordinat', 'Titik Lokasi']],
    ['workersTotal', ['Jumlah Tenaga Kerja', 'TK', 'Jml Karyawan', 'Jumlah Tenaga Kerja (orang)']],
    ['workersWomen', ['TK Perempuan', 'Jumlah Tenaga Kerja Perempuan', 'Karyawan Wanita']],
    // The men among the workers are not the total: with the women, they make it when no column gives it.
    ['workersMen', ['Tenaga Kerja Laki-laki', 'TK L', 'TK Pria', 'Jumlah TK Laki-laki']],
    ['businessStatus', ['Status Usaha', 'Kondisi Usaha', 'Aktif/Tidak Aktif', 'Status Usaha (Aktif/Tutup)']],
    ['capital', ['Modal', 'Aset', 'Modal/Aset']],
    ['nib', ['NIB', 'No. NIB']],
    ['pirt', ['No. P-IRT', 'SPP-IRT', 'Nomor PIRT', 'P-IRT']],
    ['halal', ['Sertifikat Halal', 'No Halal']],
    ['bpom', ['BPOM', 'MD', 'BPOM/MD']],
    [
      'krtp',
      [
        'KRTP',
        'Kepala Rumah Tangga Perempuan',
        'Status KRTP',
        'KRTP (Ya/Tidak)',
        'Perempuan Kepala Keluarga',
        'Kepala Keluarga',
        'Status dalam Keluarga',
      ],
    ],
    ['education', ['Pendidikan', 'Pendidikan Terakhir', 'Pendidikan Terakhir Pemilik']],
    ['householdSize', ['Jumlah Anggota Keluarga', 'Jml Tanggungan']],
    ['latitude', ['Lat', 'Latitude', 'Lintang']],
    ['longitude', ['Long', 'Longitude', 'Bujur']],
    ['homeIndustry', ['Industri Rumahan (Ya/Tidak)', 'Industri Rumahan']],
  ])('%s', (field, headers) => {
    for (const header of headers) expect(fieldOf(header), header).toBe(field);
  });

  it.each([
    'No',
    'No.',
    'No Urut',
    'NO. URUT',
    'Keterangan',
    'Foto Usaha',
    '',
    'Kolom 7',
    // Other people's names and NIK, and a permit's dates: none is the owner's name, NIK or the permit number.
    'Nama Suami',
    'Nama Ayah',
    'Nama Kelompok',
    'NIK Suami',
    'No. KK',
    'Tgl Terbit P-IRT',
    'Masa Berlaku',
    'Nama Kepala Keluarga',
    'Nama KK',
    // Where the capital came from is not its amount.
    'Sumber Modal',
    // An e-mail address is no street address; a photo's link is no product; a form's time stamp.
    'Foto Produk',
    'Timestamp',
    'Alamat Email',
    'E-mail',
    'Instagram',
  ])('"%s" is not imported', (header) => {
    expect(fieldOf(header)).toBeNull();
  });

  it.each([
    ['Berapa jumlah tenaga kerja?', 'workersTotal'],
    ['Sejak tahun berapa usaha berdiri?', 'yearStarted'],
    ['Sebutkan produk yang dihasilkan', 'products'],
    ['Tuliskan nama usaha', 'businessName'],
    ['Berapa omzet rata-rata per bulan?', 'monthlyTurnover'],
  ])('reads the form question "%s" as %s', (header, field) => {
    expect(fieldOf(header)).toBe(field);
  });

  it('maps each field once: the best-named column wins, the others stay unmapped', () => {
    const mapping = autoMapping([
      'No',
      'Nama',
      'Nama Pemilik',
      'Omzet',
      'Omzet per Bulan',
      'Alamat Usaha',
      'Alamat',
    ]);
    expect(mapping.map((m) => m.field)).toEqual([
      null,
      'ownerName',
      null,
      'monthlyTurnover',
      null,
      'address',
      null,
    ]);
    expect(mapping[2]).toEqual({ column: 2, header: 'Nama Pemilik', field: null });
  });

  it('maps "Jenis Usaha" to the products alone, and beside a products column to the sector', () => {
    expect(fieldOf('Jenis Usaha')).toBe('products');
    expect(autoMapping(['Nama Pemilik', 'Jenis Usaha', 'Produk']).map((m) => m.field)).toEqual([
      'ownerName',
      'sector',
      'products',
    ]);
    // A P-IRT register's food type beside the product's name.
    expect(autoMapping(['Nama Produk', 'Jenis Pangan']).map((m) => m.field)).toEqual(['products', 'sector']);
    expect(fieldOf('Jenis Pangan')).toBe('products');
    expect(autoMapping(['Jenis Usaha', 'Sektor', 'Nama Produk']).map((m) => m.field)).toEqual([
      null,
      'sector',
      'products',
    ]);
  });

  it('reads a bare "Usaha" column as what the business makes, beside products as its name; not "Izin Usaha"', () => {
    expect(autoMapping(['NO', 'NAMA', 'ALAMAT', 'USAHA', 'NO HP']).map((m) => m.field)).toEqual([
      null,
      'ownerName',
      'address',
      'products',
      'phone',
    ]);
    expect(autoMapping(['Nama', 'Usaha', 'Produk']).map((m) => m.field)).toEqual([
      'ownerName',
      'businessName',
      'products',
    ]);
    expect(fieldOf('Izin Usaha')).toBeNull();
    expect(fieldOf('Skala Usaha')).toBeNull();
  });

  it('takes the latest year of a field named twice ("Level IR 2025", "Level IR 2026")', () => {
    const mapping = autoMapping(['Nama', 'Level IR 2025', 'Level IR 2026', 'Omzet 2026', 'Omzet 2025']);
    expect(mapping.map((m) => m.field)).toEqual(['ownerName', null, 'homeIndustry', 'monthlyTurnover', null]);
  });

  it('reads combined two-row headers by their sub-header', () => {
    const mapping = autoMapping([
      'Alamat Jalan',
      'Alamat RT',
      'Alamat RW',
      'Alamat Kelurahan',
      'Nama Usaha',
      'Usaha Produk',
    ]);
    expect(mapping.map((m) => m.field)).toEqual([
      'street',
      'rt',
      'rw',
      'kelurahan',
      'businessName',
      'products',
    ]);
  });

  it("reads a NIK, phone or address header that names whose it is by the owner's role", () => {
    for (const header of ['NIK Pemohon', 'NIK Pelaku', 'NIK Responden', 'No. KTP Pemohon'])
      expect(fieldOf(header), header).toBe('nik');
    expect(fieldOf('Alamat Pemohon')).toBe('address');
    expect(fieldOf('No. HP Pelaku Usaha')).toBe('phone');
    // Beside the owner's name, a NIK column named after her role is her NIK, not a second name column.
    for (const [name, nik] of [
      ['Nama Pelaku Usaha', 'NIK Pelaku Usaha'],
      ['Nama Pemohon', 'NIK Pemohon'],
      ['Nama Penanggung Jawab', 'NIK Penanggung Jawab'],
    ] as const)
      expect(autoMapping(['No', name, nik]).map((m) => m.field)).toEqual([null, 'ownerName', 'nik']);
  });

  it('reads a column of kelurahan and kecamatan together as the kelurahan', () => {
    for (const header of [
      'Kelurahan/Kecamatan',
      'Kel/Kec',
      'Kel./Kec.',
      'Kelurahan-Kecamatan',
      'Kecamatan/Kelurahan',
    ])
      expect(fieldOf(header), header).toBe('kelurahan');
    expect(autoMapping(['Kelurahan/Kecamatan', 'Kecamatan']).map((m) => m.field)).toEqual([
      'kelurahan',
      'kecamatan',
    ]);
  });

  it('reads "Contact Person" as the phone, ahead of a second phone column', () => {
    expect(fieldOf('CP')).toBe('phone');
    expect(autoMapping(['Nama Pemilik', 'Contact Person', 'No. HP 2']).map((m) => m.field)).toEqual([
      'ownerName',
      'phone',
      null,
    ]);
  });

  it('does not read a short synonym inside a longer header (TK in "TK Laki-laki")', () => {
    expect(matchHeader('TK Tetap')).toBeNull();
    expect(matchHeader('Sertifikat')).toBeNull();
  });

  it('reads a header typed with one letter missing, added, changed or two swapped', () => {
    expect(
      autoMapping(['Nama Pemilk', 'Alamt', 'Kelurhan', 'Jenis Kelamn', 'Omzte', 'Thn Lahir']).map(
        (m) => m.field,
      ),
    ).toEqual(['ownerName', 'address', 'kelurahan', 'gender', 'monthlyTurnover', 'birthDate']);
    // A short word is too near others to guess ("Nma"), and a word two letters off is another word.
    expect(matchHeader('Nma Usaha')).toBeNull();
    expect(matchHeader('Plafon Pinjaman')).toBeNull();
    // "Usia" is the owner's age, not a mistyped "Usaha".
    expect(fieldOf('Usia')).toBe('age');
    expect(fieldOf('Umur')).toBe('age');
    // A roster's "Jualan apa" is what she sells, not a mistyped "Jalan".
    expect(fieldOf('Jualan apa')).toBe('products');
    expect(fieldOf('Jalan')).toBe('street');
  });
});

describe('synonym table', () => {
  it('has synonyms for every field and no synonym naming two fields', () => {
    const owner = new Map<string, string>();
    for (const field of IMPORT_FIELDS) {
      expect(HEADER_SYNONYMS[field].length, field).toBeGreaterThan(0);
      for (const s of HEADER_SYNONYMS[field]) {
        const key = headerKey(s).replace(/ /g, '');
        expect(owner.get(key) ?? field, `${s} (${field})`).toBe(field);
        owner.set(key, field);
        expect(matchHeader(s)?.field, s).toBe(field);
      }
    }
    for (const s of IGNORED_HEADERS) expect(owner.has(headerKey(s).replace(/ /g, '')), s).toBe(false);
  });
});

describe('headerKey and headerUnit', () => {
  it('folds abbreviations, units and punctuation', () => {
    expect(headerKey('Omset/bln (Rp)')).toBe('omzet bulan');
    expect(headerKey('No. Telp')).toBe('no telepon');
    expect(headerKey('Tgl Lahir (tgl/bln/thn)')).toBe('tanggal lahir');
  });

  it('finds the unit a header announces', () => {
    expect(headerUnit('Omzet per Bulan (Juta Rp)')).toBe(1e6);
    expect(headerUnit('Modal (Rp ribu)')).toBe(1e3);
    expect(headerUnit('Omzet per Bulan (Rp)')).toBe(1);
    expect(headerUnit('Omzet 2024')).toBe(1);
  });

  it('reads the zeros left off every amount, and ribuan or jutaan', () => {
    expect(headerUnit('Omzet (Rp 000)')).toBe(1e3);
    expect(headerUnit('Omzet (Rp. 000,-)')).toBe(1e3);
    expect(headerUnit('Omzet (x1000)')).toBe(1e3);
    expect(headerUnit('Modal (x 1.000)')).toBe(1e3);
    expect(headerUnit('Omzet (Rp 000.000)')).toBe(1e6);
    expect(headerUnit('Omzet (dalam ribuan)')).toBe(1e3);
    expect(headerUnit('Omzet (jutaan)')).toBe(1e6);
  });
});
