import { daysInMonth, pad2, parseIsoDate } from './calendar.ts';
import type { RuleIssue } from './issue.ts';
import { withoutInvisible } from './text.ts';

export type Gender = 'L' | 'P';
export type NikInfo = {
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  gender: Gender;
  birthDate: string;
  serial: string;
};
export type NikCheck = { errors: RuleIssue[]; warnings: RuleIssue[]; info?: NikInfo };
export type NikDeclared = { gender?: Gender | null; birthDate?: string | null };
export type NikOptions = { region?: string; isKnownDistrict?: (code: string) => boolean; today?: Date };

const PRECISION_LOST: RuleIssue = {
  code: 'NIK_PRECISION_LOST',
  message:
    'NIK tersimpan sebagai angka di spreadsheet dan kehilangan digit terakhir; ketik ulang NIK sebagai teks (16 digit).',
};
const UNREADABLE: RuleIssue = {
  code: 'NIK_NOT_DIGITS',
  message: 'Isi kolom NIK tidak dapat dibaca; ketik NIK sebagai 16 digit angka.',
};
const NO_NIK = new Set(['', '-', '–', '—', '0']);
// "3573********0012", "357305xxxxxxxxxx": a NIK an office masked before sharing its list (UU PDP). Not a
// mistyped NIK: the row is kept without it.
const MASKED = /^(?=(?:[\d*xX•#]){16}$)\d*[*xX•#]{4,}[\d*xX•#]*$/;
const masked = (text: string): RuleIssue => ({
  code: 'NIK_MASKED',
  message: `NIK "${text}" disamarkan (sebagian digit diganti tanda), jadi tidak dapat dipakai; isi NIK lengkap 16 digit bila ada.`,
});
// 3,57301E+15 is how Excel with Indonesian locale shows a NIK typed into a number cell.
const SCIENTIFIC = /^\d(?:[.,]\d+)?e\+?\d+$/i;
// "3573014505900001.0" is a number cell written out as text: read as that number, like a number cell (so
// 15 digits and ".0" is a NIK of 15 digits, not one ending in 0).
const NUMBER_TEXT = /^(\d+)[.,]0+$/;
const GROUPED = /^\d+(?:[\s.-]+\d+)*$/;

/** Reads a NIK as offices write it in forms and spreadsheets; validation is separate (validateNik). */
export function normalizeNikInput(raw: unknown): { value: string | null; issue?: RuleIssue } {
  if (raw === null || raw === undefined) return { value: null };
  if (typeof raw === 'number') return fromNumber(raw);
  if (typeof raw === 'bigint') return raw === 0n ? { value: null } : { value: raw.toString() };
  if (typeof raw !== 'string') return { value: null, issue: UNREADABLE };
  // A leading apostrophe keeps a spreadsheet from reading the NIK as a number; "NIK:" repeats the header;
  // a remark in brackets after the digits ("(KTP)", "(sesuai KK)") says where it was copied from.
  const text = withoutInvisible(raw)
    .trim()
    .replace(/^['‘’`]/, '')
    .replace(/^(?:nik|no\.?\s*ktp)\s*[:.]?\s*(?=\d)/i, '')
    .replace(/(?<=\d)\s*\([^()\d]*\)$/, '')
    .trim();
  if (NO_NIK.has(text)) return { value: null };
  const bare = text.replace(/[\s.-]/g, '');
  if (/\d/.test(bare) && MASKED.test(bare)) return { value: null, issue: masked(text) };
  if (SCIENTIFIC.test(text)) return { value: null, issue: PRECISION_LOST };
  const number = NUMBER_TEXT.exec(text)?.[1];
  if (number) return fromNumber(Number(number));
  return { value: GROUPED.test(text) ? text.replace(/[\s.-]/g, '') : text };
}

function fromNumber(n: number): { value: string | null; issue?: RuleIssue } {
  if (n === 0) return { value: null };
  // A spreadsheet app keeps 15 significant digits, so a 16-digit number it stored ends in 0. One that does
  // not came whole from another program (numbers below 2^53 are exact); one that does may have lost a digit.
  if (n >= 1e15 && !(Number.isSafeInteger(n) && n % 10 !== 0)) {
    // Its first fifteen digits are whole: a region code there and a birth date that cannot be make it a
    // wrong NIK, not a rounded one, and validateNik says so.
    const digits = n < 1e16 ? String(n) : '';
    const errors = digits ? validateNik(`${digits.slice(0, 15)}1`).errors.map((e) => e.code) : [];
    const wrong = errors.length === 1 && errors[0] === DATE_CODE;
    return wrong ? { value: digits } : { value: null, issue: PRECISION_LOST };
  }
  return { value: String(n) };
}

const DATE_CODE = 'NIK_INVALID_DATE';

/** Hard errors make the NIK unusable; warnings are shown but the NIK may be saved (it is never reissued). */
export function validateNik(nik: string, declared: NikDeclared = {}, opts: NikOptions = {}): NikCheck {
  const shape = shapeError(nik);
  if (shape) return { errors: [shape], warnings: [] };
  const [pp, kk, cc] = [nik.slice(0, 2), nik.slice(2, 4), nik.slice(4, 6)];
  const [dd, mm, yy, serial] = [nik.slice(6, 8), nik.slice(8, 10), nik.slice(10, 12), nik.slice(12)];
  const errors: RuleIssue[] = [];
  const warnings: RuleIssue[] = [];
  const districtCode = `${pp}.${kk}.${cc}`;
  const zero = regionZero(pp, kk, cc);
  if (zero) errors.push(zero);
  const birth = birthOf(Number(dd), Number(mm), Number(yy), opts.today ?? new Date());
  if (!birth) errors.push(invalidDate(dd, mm, yy));
  if (serial === '0000') {
    errors.push({
      code: 'NIK_SERIAL_ZERO',
      message: 'Nomor urut NIK (4 digit terakhir) tidak boleh 0000; periksa kembali NIK pada KTP/KK.',
    });
  }
  if (!zero) warnings.push(...regionWarnings(districtCode, opts));
  if (birth) warnings.push(...declaredWarnings(birth, declared));
  if (errors.length > 0 || !birth) return { errors, warnings };
  const info = { provinceCode: pp, regencyCode: `${pp}.${kk}`, districtCode, ...birth, serial };
  return { errors, warnings, info };
}

function shapeError(nik: string): RuleIssue | null {
  const bad = /\D/.exec(nik);
  if (bad) {
    const shown = bad[0] === ' ' ? 'spasi' : `"${bad[0]}"`;
    return { code: 'NIK_NOT_DIGITS', message: `NIK hanya boleh berisi angka; hapus ${shown} dari NIK.` };
  }
  if (nik.length === 16) return null;
  return { code: 'NIK_LENGTH', message: `NIK harus 16 digit angka; yang diisi ${nik.length} digit.` };
}

function regionZero(pp: string, kk: string, cc: string): RuleIssue | null {
  const parts = [
    ['provinsi', pp],
    ['kabupaten/kota', kk],
    ['kecamatan', cc],
  ].filter(([, code]) => code === '00');
  if (parts.length === 0) return null;
  const names = parts.map(([name]) => name).join(', ');
  return {
    code: 'NIK_REGION_ZERO',
    message: `Kode ${names} dalam NIK tidak boleh 00; periksa 6 digit pertama NIK pada KTP/KK.`,
  };
}

// Century rule: yy is 20yy unless that year is still in the future, then 19yy.
function birthOf(
  dd: number,
  mm: number,
  yy: number,
  today: Date,
): { gender: Gender; birthDate: string } | null {
  const gender: Gender = dd > 40 ? 'P' : 'L';
  const day = dd > 40 ? dd - 40 : dd;
  const year = 2000 + yy <= today.getFullYear() ? 2000 + yy : 1900 + yy;
  if (mm < 1 || mm > 12 || day < 1 || day > daysInMonth(year, mm)) return null;
  return { gender, birthDate: `${year}-${pad2(mm)}-${pad2(day)}` };
}

function invalidDate(dd: string, mm: string, yy: string): RuleIssue {
  return {
    code: DATE_CODE,
    message:
      `Tanggal lahir dalam NIK (digit 7–12: ${dd}${mm}${yy}) tidak mungkin; ` +
      'periksa hari (01–31, perempuan ditambah 40: 41–71), bulan (01–12) dan tahun.',
  };
}

function regionWarnings(districtCode: string, opts: NikOptions): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (opts.isKnownDistrict && !opts.isKnownDistrict(districtCode)) {
    out.push({
      code: 'NIK_REGION_UNKNOWN',
      message: `Kode kecamatan ${districtCode} dalam NIK tidak ada di data wilayah Kemendagri; periksa 6 digit pertama NIK.`,
    });
  }
  const regency = districtCode.slice(0, 5);
  if (opts.region && regency.replace('.', '') !== opts.region.replace('.', '')) {
    out.push({
      code: 'NIK_REGION_OUTSIDE',
      message: `NIK terdaftar di wilayah ${regency}, bukan ${opts.region}; pastikan NIK benar (warga dari luar daerah tetap boleh didaftarkan).`,
    });
  }
  return out;
}

const GENDER_NAME: Record<Gender, string> = { L: 'laki-laki', P: 'perempuan' };

function declaredWarnings(birth: { gender: Gender; birthDate: string }, declared: NikDeclared): RuleIssue[] {
  const out: RuleIssue[] = [];
  if (declared.gender && declared.gender !== birth.gender) {
    out.push({
      code: 'NIK_GENDER_MISMATCH',
      message: `NIK menunjukkan jenis kelamin ${GENDER_NAME[birth.gender]}, tetapi yang diisi ${GENDER_NAME[declared.gender]}; periksa NIK atau jenis kelamin.`,
    });
  }
  if (declared.birthDate && declared.birthDate !== birth.birthDate) {
    out.push({
      code: 'NIK_BIRTHDATE_MISMATCH',
      message: `Tanggal lahir dalam NIK ${birth.birthDate}, tetapi yang diisi ${declared.birthDate}; periksa NIK atau tanggal lahir (NIK tidak berubah bila data lahir dikoreksi).`,
    });
  }
  return out;
}

/** `3573********0001`: first 4 and last 4 digits visible, as UU PDP lists require. */
export function maskNik(nik: string | null): string | null {
  if (nik === null) return null;
  if (nik.length <= 8) return '*'.repeat(nik.length);
  return `${nik.slice(0, 4)}${'*'.repeat(nik.length - 8)}${nik.slice(-4)}`;
}

/** Builds a synthetic NIK for tests and demo data; throws on malformed parts. */
export function buildNik(parts: {
  districtCode: string;
  gender: Gender;
  birthDate: string;
  serial: number;
}): string {
  const region = parts.districtCode.replace(/\./g, '');
  const date = parseIsoDate(parts.birthDate);
  const serialOk = Number.isInteger(parts.serial) && parts.serial >= 0 && parts.serial <= 9999;
  if (!/^\d{6}$/.test(region) || !date || !serialOk) {
    throw new RangeError(`buildNik: bagian NIK tidak valid (${JSON.stringify(parts)})`);
  }
  const day = date.day + (parts.gender === 'P' ? 40 : 0);
  const yy = pad2(date.year % 100);
  return `${region}${pad2(day)}${pad2(date.month)}${yy}${String(parts.serial).padStart(4, '0')}`;
}
