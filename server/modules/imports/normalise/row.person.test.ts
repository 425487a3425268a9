import { describe, expect, it } from 'vitest';
import { buildNik } from '../../../../shared/rules/nik.ts';
import type { Cell } from '../imports.types.ts';
import { codesOf, issueOf, normaliseWith } from './row.testkit.ts';

const HEADERS = [
  'Nama Pemilik',
  'NIK',
  'Kelurahan',
  'L/P',
  'Tgl Lahir',
  'No. HP',
  'KRTP',
  'Pendidikan',
  'Jml Tanggungan',
  'Nama Usaha',
];
const NIK_WOMAN = buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: '1980-05-12', serial: 1 });
// Owner name first, the business name last, the cells under test in between.
const person = (...cells: Cell[]) => {
  const middle = [...cells, ...Array<Cell>(8).fill(null)].slice(0, 8);
  return normaliseWith(HEADERS, ['Siti Aminah', ...middle, 'Kripik Bu Siti']);
};

describe('normaliseRow: the owner', () => {
  it('takes a NIK written with the name out of it ("Nama / NIK"), unless the NIK column has one', () => {
    const withName = (owner: string, nik: Cell = null) =>
      normaliseWith(['Nama / NIK', 'NIK', 'Kelurahan'], [owner, nik, 'Tlogomas']).person;
    for (const written of [
      `SITI AMINAH / ${NIK_WOMAN}`,
      `SITI AMINAH\n${NIK_WOMAN}`,
      `Siti Aminah (NIK ${NIK_WOMAN})`,
    ])
      expect(withName(written)).toMatchObject({
        name: expect.stringMatching(/^siti aminah$/i),
        nik: NIK_WOMAN,
      });
    expect(withName('NUR DWI INDRAWATI / -')).toMatchObject({ name: 'NUR DWI INDRAWATI', nik: null });
    // A NIK mistyped with a letter is read as the NIK, and refused as one; a long name is no NIK.
    const typo = normaliseWith(
      ['Nama / NIK', 'Kelurahan'],
      ['Ninik Rahmawati / 35730144o1950091', 'Tlogomas'],
    );
    expect(typo.person.name).toBe('Ninik Rahmawati');
    expect(codesOf(typo.issues)).toContain('NIK_NOT_DIGITS');
    expect(withName('Sri Rahayu Ningsih Puspitasari')).toMatchObject({
      name: 'Sri Rahayu Ningsih Puspitasari',
    });
    const other = buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: '1981-06-13', serial: 2 });
    expect(withName(`SITI AMINAH / ${NIK_WOMAN}`, other)).toMatchObject({ name: 'SITI AMINAH', nik: other });
  });

  it('reads the full name a cadre writes in brackets after the short one, and drops a note of kinship', () => {
    const named = (owner: string) => normaliseWith(['Nama', 'Kelurahan'], [owner, 'Tlogomas']).person.name;
    expect(named('Bu Warni (Suwarni)')).toBe('Suwarni');
    expect(named('Ika (Indah Zulaikha)')).toBe('Indah Zulaikha');
    expect(named('Suwarni (Warni)')).toBe('Suwarni');
    expect(named('Siti (anak Bu Sri)')).toBe('Siti');
    expect(named('Hj. Aminah (Alm.)')).toBe('Hj. Aminah');
    // A Chinese name in brackets beside the Indonesian name of her KTP.
    expect(named('Elvi Tan (Ong Hoa Lan)')).toBe('Elvi Tan');
    expect(named('SHERLY TAN (TJONG GIOK FONG)')).toBe('SHERLY TAN');
    expect(named('Tini (Siti Nur Aini)')).toBe('Siti Nur Aini');
  });

  it('reads a complete row without issues', () => {
    const r = person(NIK_WOMAN, 'Tlogomas', 'P', '12/05/1980', '0812-3456-7890', 'Ya', 'SMA', '4 orang');
    expect(r.issues).toEqual([]);
    expect(r.person).toEqual({
      nik: '3573055205800001',
      name: 'Siti Aminah',
      gender: 'P',
      birthDate: '1980-05-12',
      phone: '+6281234567890',
      krtp: true,
      street: null,
      rt: null,
      rw: null,
      kelurahanCode: '35.73.05.1003',
      education: 'sma',
      householdSize: 4,
    });
  });

  it('fills gender and birth date from a valid NIK (day above 40 = woman)', () => {
    const r = person(NIK_WOMAN, 'Tlogomas');
    expect(r.person).toMatchObject({ gender: 'P', birthDate: '1980-05-12' });
    expect(r.issues).toEqual([]);
  });

  it('rejects a NIK of the wrong length, naming the value and its column', () => {
    const r = person('35730145059', 'Tlogomas');
    expect(r.issues).toEqual([
      {
        severity: 'error',
        code: 'NIK_LENGTH',
        message: 'NIK "35730145059": NIK harus 16 digit angka; yang diisi 11 digit.',
        field: 'nik',
        column: 1,
      },
    ]);
  });

  it('rejects NIKs with letters or an impossible date', () => {
    expect(codesOf(person('35730552O5800001', 'Tlogomas').issues, 'error')).toEqual(['NIK_NOT_DIGITS']);
    expect(codesOf(person('3573053205800001', 'Tlogomas').issues, 'error')).toEqual(['NIK_INVALID_DATE']);
  });

  it('accepts NIKs written with spaces, dots or a leading apostrophe', () => {
    expect(person('3573 0552 0580 0001', 'Tlogomas').person.nik).toBe(NIK_WOMAN);
    expect(person(`'${NIK_WOMAN}`, 'Tlogomas').person.nik).toBe(NIK_WOMAN);
  });

  it('reads a NIK with an invisible character pasted after it, and one written out as a number ("….0")', () => {
    for (const written of [`${NIK_WOMAN}\u200B`, `${NIK_WOMAN}\uFEFF`, `${NIK_WOMAN}.0`]) {
      const r = person(written, 'Tlogomas');
      expect(r.issues, written).toEqual([]);
      expect(r.person.nik, written).toBe(NIK_WOMAN);
    }
  });

  it('reads a phone with an invisible character pasted after it', () => {
    const r = person(null, 'Tlogomas', null, null, '0812-3456-7890\u200B');
    expect(r.issues).toEqual([]);
    expect(r.person.phone).toBe('+6281234567890');
  });

  it('keeps the row without the NIK when a number cell lost its last digit', () => {
    const r = person(3573055205800000, 'Tlogomas');
    expect(r.person.nik).toBeNull();
    expect(r.issues).toMatchObject([
      { severity: 'warning', code: 'NIK_PRECISION_LOST', field: 'nik', column: 1 },
    ]);
    expect(person('3,57306E+15', 'Tlogomas').issues.map((i) => i.code)).toEqual(['NIK_PRECISION_LOST']);
    // Not ending in 0, the number was not rounded to a spreadsheet app's 15 digits: another program wrote it whole.
    expect(person(3573055205800001, 'Tlogomas').person.nik).toBe('3573055205800001');
  });

  it('keeps the row without the NIK when an office masked it before sharing its list', () => {
    const r = person('3573********0012', 'Tlogomas');
    expect(r.person.nik).toBeNull();
    expect(r.issues).toMatchObject([{ severity: 'warning', code: 'NIK_MASKED', field: 'nik', column: 1 }]);
    expect(person('35730144o1950091', 'Tlogomas').issues[0]?.severity).toBe('error');
  });

  it('warns when the NIK was issued outside the served region or disagrees with declared data', () => {
    const outsider = buildNik({ districtCode: '35.07.18', gender: 'L', birthDate: '1975-01-02', serial: 9 });
    expect(codesOf(person(outsider, 'Tlogomas').issues)).toEqual(['NIK_REGION_OUTSIDE']);
    const r = person(NIK_WOMAN, 'Tlogomas', 'L', '13/05/1980');
    expect(codesOf(r.issues, 'warning')).toEqual(['NIK_GENDER_MISMATCH', 'NIK_BIRTHDATE_MISMATCH']);
    expect(r.person).toMatchObject({ gender: 'L', birthDate: '1980-05-13' });
  });

  it('rejects a row without an owner name', () => {
    const r = normaliseWith(HEADERS, [
      ' - ',
      NIK_WOMAN,
      'Tlogomas',
      null,
      null,
      null,
      null,
      null,
      null,
      'Kripik',
    ]);
    expect(r.issues).toMatchObject([
      { severity: 'error', code: 'OWNER_NAME_REQUIRED', field: 'ownerName', column: 0 },
    ]);
  });

  it('keeps a row whose NIK cell says there is none, without a NIK', () => {
    for (const none of ['belum ada', 'Tidak ada', 'n/a', '?']) {
      const r = person(none, 'Tlogomas');
      expect(r.issues, none).toEqual([]);
      expect(r.person.nik).toBeNull();
    }
    const lost = person('KTP hilang', 'Tlogomas');
    expect(lost.person.nik).toBeNull();
    expect(lost.issues).toMatchObject([{ severity: 'warning', code: 'NIK_NOT_GIVEN', field: 'nik' }]);
    // Letters among digits are a mistyped NIK: the row is rejected.
    expect(codesOf(person('3573O55205800001', 'Tlogomas').issues, 'error')).toEqual(['NIK_NOT_DIGITS']);
  });

  it('takes the gender from a form of address when neither a gender cell nor a NIK gives it', () => {
    const named = (name: string, g: Cell = null, nik: Cell = null) =>
      normaliseWith(HEADERS, [name, nik, 'Tlogomas', g, null, null, null, null, null, 'Kripik']).person
        .gender;
    expect(named('Ibu Siti Aminah')).toBe('P');
    expect(named('Hj. Aminah')).toBe('P');
    expect(named('Bpk. Slamet')).toBe('L');
    // Not a form of address: a name that merely starts alike, an initial, Mas Ayu.
    expect(named('Budi Santoso')).toBeNull();
    expect(named('H. Yuliani')).toBeNull();
    expect(named('Mas Ayu Lestari')).toBeNull();
    // A gender cell or a NIK wins over the form of address.
    expect(named('Ibu Siti', 'L')).toBe('L');
    expect(named('Bpk. Slamet', null, NIK_WOMAN)).toBe('P');
  });

  it('rejects an owner name without a letter: a number slid over from another column', () => {
    const cells = ['3573055205800001', NIK_WOMAN, 'Tlogomas', null, null, null, null, null, null, 'Kripik'];
    const r = normaliseWith(HEADERS, cells);
    expect(r.issues).toMatchObject([
      { severity: 'error', code: 'OWNER_NAME_NO_LETTERS', field: 'ownerName', column: 0 },
    ]);
    expect(r.issues[0]?.message).toContain('tidak berisi huruf');
  });

  it('does not count a man as KRTP, with a warning; a woman heading her household is', () => {
    const headers = ['Nama Pemilik', 'Kelurahan', 'Jenis Kelamin', 'Status Hubungan dalam Keluarga'];
    const man = normaliseWith(headers, ['Budi Santoso', 'Tlogomas', 'L', 'Kepala Keluarga']);
    expect(man.person.krtp).toBe(false);
    expect(codesOf(man.issues)).toContain('KRTP_NOT_WOMAN');
    const woman = normaliseWith(headers, ['Siti Aminah', 'Tlogomas', 'P', 'Kepala Keluarga']);
    expect(woman.person.krtp).toBe(true);
    expect(normaliseWith(headers, ['Sri Wahyuni', 'Tlogomas', 'P', 'Istri']).person.krtp).toBe(false);
  });

  it('registers the name without a form of address, keeping titles it carries on documents', () => {
    const name = (written: string) =>
      normaliseWith(['Nama Pemilik', 'Kelurahan'], [written, 'Tlogomas']).person.name;
    expect(name('Ibu Sri Wahyuni')).toBe('Sri Wahyuni');
    expect(name('Bu Siti')).toBe('Siti');
    expect(name('Ny. Hj. Siti Aminah, S.Pd.')).toBe('Hj. Siti Aminah, S.Pd.');
    expect(name('NY.SITI AMINAH')).toBe('SITI AMINAH');
    expect(name('Bpk. Slamet')).toBe('Slamet');
    // Not forms of address: a name that starts alike, Mas Ayu, a title, a form of address alone.
    expect(name('Budi Santoso')).toBe('Budi Santoso');
    expect(name('Bunga Citra')).toBe('Bunga Citra');
    expect(name('Mas Ayu Lestari')).toBe('Mas Ayu Lestari');
    expect(name('Hj. Aminah')).toBe('Hj. Aminah');
    expect(name('Ibu')).toBe('Ibu');
  });

  it("drops a list's number pasted before the name", () => {
    for (const written of ['3. Endang Lestari', '12) Endang Lestari', '1.Endang Lestari'])
      expect(normaliseWith(['Nama Pemilik', 'Kelurahan'], [written, 'Tlogomas']).person.name).toBe(
        'Endang Lestari',
      );
  });

  it('rejects unreadable and implausible birth dates', () => {
    expect(issueOf(person(null, 'Tlogomas', 'P', '31/02/1980').issues, 'DATE_INVALID')).toMatchObject({
      severity: 'error',
      field: 'birthDate',
      column: 4,
    });
    expect(codesOf(person(null, 'Tlogomas', 'P', '12/05/2030').issues, 'error')).toEqual([
      'BIRTH_DATE_IMPLAUSIBLE',
    ]);
    expect(codesOf(person(null, 'Tlogomas', 'P', '12/05/2015').issues, 'error')).toEqual([
      'BIRTH_DATE_IMPLAUSIBLE',
    ]);
    expect(codesOf(person(null, 'Tlogomas', 'P', '12/05/1880').issues, 'error')).toEqual([
      'BIRTH_DATE_IMPLAUSIBLE',
    ]);
  });

  it('rejects a birth date more than 110 years ago and keeps an owner of 100', () => {
    // Today is 2025-06-01 in the test context.
    const old = person(null, 'Tlogomas', 'P', new Date('1900-06-01T00:00:00Z'));
    expect(old.issues).toMatchObject([
      { severity: 'error', code: 'BIRTH_DATE_IMPLAUSIBLE', field: 'birthDate', column: 4 },
    ]);
    expect(old.issues[0]?.message).toBe(
      'Tanggal lahir 1900-06-01 tidak wajar (pemilik berumur lebih dari 110 tahun); periksa tahunnya.',
    );
    expect(codesOf(person(null, 'Tlogomas', 'P', '31/05/1915').issues)).toEqual(['BIRTH_DATE_IMPLAUSIBLE']);
    expect(person(null, 'Tlogomas', 'P', '01/06/1915').issues).toEqual([]);
    expect(person(null, 'Tlogomas', 'P', '12/05/1925').person.birthDate).toBe('1925-05-12');
  });

  it("takes the date from the NIK, with a warning, when the birth date cell holds the NIK's year alone", () => {
    for (const year of ['1980', 1980, 'Malang, 1980']) {
      const r = person(NIK_WOMAN, 'Tlogomas', 'P', year);
      expect(r.person.birthDate, String(year)).toBe('1980-05-12');
      expect(r.issues, String(year)).toMatchObject([
        { severity: 'warning', code: 'BIRTH_DATE_FROM_NIK', field: 'birthDate', column: 4 },
      ]);
      expect(r.issues[0]?.message).toContain('dipakai tanggal lahir dari NIK, 1980-05-12');
    }
  });

  it('keeps a row whose birth date is a year alone without a birth date, with a warning, when no NIK gives it', () => {
    const alone = person(null, 'Tlogomas', 'P', '1991');
    expect(alone.person.birthDate).toBeNull();
    expect(alone.issues).toMatchObject([
      { severity: 'warning', code: 'BIRTH_DATE_YEAR_ONLY', field: 'birthDate', column: 4 },
    ]);
    expect(alone.issues[0]?.message).toBe(
      'Tanggal lahir "1991" hanya berisi tahun; tanggal lahir tidak disimpan. Isi tanggal lengkap, mis. 12/05/1991.',
    );
    // The NIK says another year: neither is taken.
    const other = person(NIK_WOMAN, 'Tlogomas', 'P', '1991');
    expect(other.person).toMatchObject({ nik: NIK_WOMAN, birthDate: null });
    expect(codesOf(other.issues)).toEqual(['BIRTH_DATE_YEAR_ONLY']);
    expect(other.issues[0]?.message).toContain('tidak sesuai dengan tanggal lahir dalam NIK (1980-05-12)');
  });

  it('reads an age as a cadre writes it into the year of birth linkage compares, never a birth date', () => {
    const aged = (age: Cell, nik: Cell = null) =>
      normaliseWith(
        ['Nama', 'NIK', 'Kelurahan', 'Umur', 'Nama Usaha'],
        ['Bu Tutik', nik, 'Tlogomas', age, 'Kripik Bu Tutik'],
      );
    for (const [age, year] of [
      ['± 55 th', 1970],
      ['49 thn', 1976],
      [62, 1963],
      ['kurang lebih 40 tahun', 1985],
    ] as const) {
      const r = aged(age);
      expect(r.person, String(age)).toMatchObject({ birthDate: null, birthYear: year });
      expect(r.issues, String(age)).toEqual([]);
    }
    const unreadable = aged('tua');
    expect(unreadable.person.birthYear).toBeUndefined();
    expect(unreadable.issues).toMatchObject([{ severity: 'warning', code: 'AGE_UNREADABLE', field: 'age' }]);
    expect(codesOf(aged('7 th').issues)).toEqual(['AGE_UNREADABLE']);
    // Beside a birth date (here the NIK's, 1980-05-12) an age is only checked: a guess may be 5 years off.
    expect(aged('± 50 th', NIK_WOMAN).issues).toEqual([]);
    const far = aged('30 th', NIK_WOMAN);
    expect(far.person).toMatchObject({ birthDate: '1980-05-12' });
    expect(far.person.birthYear).toBeUndefined();
    expect(far.issues[0]?.message).toBe(
      'Umur 30 tahun tidak sesuai dengan tanggal lahir 1980-05-12 (sekitar 45 tahun); periksa umur atau tanggal lahir.',
    );
    // A year of birth alone is compared the same way.
    expect(person(null, 'Tlogomas', 'P', '1991').person.birthYear).toBe(1991);
  });

  it('takes the birth date from the NIK when the date cell holds 0 (shown 00/01/1900), as when it is empty', () => {
    for (const zero of [0, new Date('1899-12-30T00:00:00Z'), '00/01/1900']) {
      const r = person(NIK_WOMAN, 'Tlogomas', 'P', zero);
      expect(r.issues, String(zero)).toEqual([]);
      expect(r.person.birthDate, String(zero)).toBe('1980-05-12');
    }
  });

  it('reads birth date from a "Tempat/Tgl Lahir" cell', () => {
    const r = normaliseWith(
      ['Nama', 'Kelurahan', 'Tempat/Tgl Lahir', 'Nama Usaha'],
      ['Siti', 'Kauman', 'Malang, 12-05-1980', 'Kue Siti'],
    );
    expect(r.person.birthDate).toBe('1980-05-12');
    expect(r.issues).toEqual([]);
  });

  it('drops an unreadable phone with a warning and keeps the first of several numbers', () => {
    const bad = person(null, 'Tlogomas', null, null, '0812 WA');
    expect(bad.person.phone).toBeNull();
    expect(bad.issues).toMatchObject([
      { severity: 'warning', code: 'PHONE_INVALID', field: 'phone', column: 5 },
    ]);
    const two = person(null, 'Tlogomas', null, null, '0812-3456-7890 / 0857-1111-2222');
    expect(two.person.phone).toBe('+6281234567890');
    expect(codesOf(two.issues)).toEqual(['PHONE_EXTRA_DROPPED']);
    expect(person(null, 'Tlogomas', null, null, 81234567890).person.phone).toBe('+6281234567890');
  });

  it('reads "belum ada" or "(tidak punya)" in the phone column as no number, without a warning', () => {
    for (const none of ['belum ada', '(tidak punya)', 'Tidak punya']) {
      const r = person(null, 'Tlogomas', null, null, none);
      expect(r.person.phone, none).toBeNull();
      expect(codesOf(r.issues), none).toEqual([]);
    }
  });

  it('warns about unreadable gender, KRTP, education and household size and drops them', () => {
    const r = person(null, 'Tlogomas', 'X', null, null, 'mungkin', 'Pesantren kilat', '45');
    expect(codesOf(r.issues, 'warning')).toEqual([
      'GENDER_UNREADABLE',
      'YES_NO_UNREADABLE',
      'EDUCATION_UNREADABLE',
      'HOUSEHOLD_SIZE_IMPLAUSIBLE',
    ]);
    expect(r.person).toMatchObject({ gender: null, krtp: null, education: null, householdSize: null });
    expect(codesOf(r.issues, 'error')).toEqual([]);
  });
});
