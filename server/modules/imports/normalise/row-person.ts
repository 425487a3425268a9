import { normalizeNikInput, validateNik } from '../../../../shared/rules/nik.ts';
import { normalizePhone } from '../../../../shared/rules/phone.ts';
import type { PersonDraft } from '../imports.types.ts';
import { cellText, isEmptyCell, textValue } from './cell.ts';
import { parseEducation, parseGender, parseYesNo } from './choices.ts';
import { parseDate, splitPlaceAndDate } from './dates.ts';
import { parseCount } from './numbers.ts';
import type { Issues, Read, Source } from './row-fields.ts';
import type { NormaliseContext } from './types.ts';

// Youngest plausible owner: BPS counts working age from 15. The oldest: a few living people pass 100, none 110.
const MIN_OWNER_AGE = 15;
const MAX_OWNER_AGE = 110;
const MAX_HOUSEHOLD = 30;

type Identity = Pick<PersonDraft, 'nik' | 'gender' | 'birthDate'>;
/** A birth date cell: a whole date, or a year alone (`year`), which the NIK's date may complete. */
type Birth = { date: string | null; year?: number };
type Personal = Omit<PersonDraft, 'street' | 'rt' | 'rw' | 'kelurahanCode'>;

/** The owner, except the address: name, NIK (with gender and birth date read from it when missing), contacts. */
export function normalisePerson(read: Read, ctx: NormaliseContext, issues: Issues): Personal {
  const owner = read('ownerName');
  // "3. Endang Lestari": a list's number pasted with the name. "SITI AMINAH / 3573014405620011": a list's
  // "Nama / NIK" column, the NIK read from it when no NIK column has one.
  const written = nameAndNik(textValue(owner.cell)?.replace(/^\d{1,3}\s*[.)]\s*(?=\p{L})/u, '') ?? null);
  const name = written.name;
  if (name === null) {
    issues.error(owner, 'OWNER_NAME_REQUIRED', 'Nama pemilik kosong; isi nama lengkap pemilik usaha.');
  } else if (!/\p{L}/u.test(name)) {
    // A number where the name belongs: often a NIK or a phone that slid one column over.
    const message = `Nama pemilik "${name}" tidak berisi huruf; isi nama lengkap pemilik usaha, bukan angka.`;
    issues.error(owner, 'OWNER_NAME_NO_LETTERS', message);
  }
  const gender = read('gender');
  const birthSrc = read('birthDate');
  const birth = birthDateOf(birthSrc, ctx.today, issues);
  const nikColumn = read('nik');
  const nikSource =
    written.nik !== null && isEmptyCell(nikColumn.cell)
      ? { ...owner, field: 'nik' as const, cell: written.nik }
      : nikColumn;
  const declared = identityOf(nikSource, ctx, issues, {
    nik: null,
    gender: issues.take(gender, parseGender(gender.cell)),
    birthDate: birth.date,
  });
  const identity = birth.year === undefined ? declared : ofBirthYear(declared, birthSrc, birth.year, issues);
  const birthYear = birthYearOf(identity.birthDate, birth.year, read('age'), ctx.today, issues);
  const household = read('householdSize');
  const krtp = read('krtp');
  const education = read('education');
  // Neither a gender column nor a NIK: "Ibu Siti", "Hj. Aminah", "Bpk. Slamet" still say it.
  const sex = identity.gender ?? genderOfAddress(name);
  return {
    ...identity,
    ...(birthYear === null ? {} : { birthYear }),
    gender: sex,
    name: name === null ? '' : withoutAddress(name),
    phone: phoneOf(read('phone'), issues),
    krtp: krtpOf(krtp, sex, issues),
    education: issues.take(education, parseEducation(education.cell)),
    householdSize: householdOf(household, issues),
  };
}

// A NIK written after or under the name: 16 digits (spaced or dotted), or as a spreadsheet shows a long
// number ("3,57301E+15"), in brackets or after "NIK"; "/ -" says none.
// A NIK mistyped with a letter ("35730144o1950091") is still one, and is checked (and refused) as one.
const NIK_WITH_NAME =
  /\s*(?:[/|,;-]\s*|\s|\(\s*)(?:NIK\s*[.:]?\s*)?((?:[\dA-Z][\s.]?){14,16}[\dA-Z]|\d[.,]\d+E\+\d+|-)\s*\)?\s*$/iu;

function nameAndNik(text: string | null): { name: string | null; nik: string | null } {
  if (text === null) return { name: null, nik: null };
  const m = NIK_WITH_NAME.exec(text);
  if (!m || m.index === 0 || (m[1] !== '-' && (m[1]?.replace(/\D/g, '').length ?? 0) < 12))
    return { name: text, nik: null };
  const name = text.slice(0, m.index).trim();
  return { name: name === '' ? null : name, nik: m[1] === '-' ? null : (m[1] as string) };
}

// Forms of address that say the gender; not "H." (an initial as often as Haji) nor "Mas" (Mas Ayu is a woman).
const WOMAN = /^(?:ibu|bu|ny|nyonya|hj|hjh|hajah|hajjah|mbak|mba|nona|nn|bunda|sdri|saudari)\b/i;
const MAN = /^(?:bapak|bpk|pak|tuan|tn|haji)\b/i;

// Forms of address only, not titles a name carries on documents (Hj., H., degrees), nor "Mas" (Mas Ayu).
const ADDRESS_FORM =
  /^(?:ibu|bu|bunda|ny|nyonya|nona|nn|sdri|saudari|sdr|saudara|mbak|mba|bapak|bpk|pak|tuan|tn)(?:\.\s*|\s+)(?=\p{L})/iu;

/** "Ibu Sri Wahyuni" is registered as Sri Wahyuni, "Ny. Hj. Siti Aminah, S.Pd." as Hj. Siti Aminah, S.Pd. */
function withoutAddress(name: string): string {
  let out = fullName(name);
  for (let next = out.replace(ADDRESS_FORM, ''); next !== out; next = out.replace(ADDRESS_FORM, ''))
    out = next;
  return out;
}

// "Bu Warni (Suwarni)", "Ika (Indah Zulaikha)": a cadre writes the short name she calls her by, and the
// name in brackets. "Siti (anak Bu Sri)", "Tini (istri Pak Slamet)": a note of whose relative she is.
const BRACKETED = /^(.*?\p{L}.*?)\s*\(([^()]*)\)\s*$/u;
const RELATIVE =
  /^(?:anak|putri|putra|istri|isteri|suami|ibu|bu|adik|kakak|kak|menantu|cucu|mertua|ipar|keponakan|ponakan|alm|almh|almarhumah?|janda|duda|kader|ketua|anggota)\b/iu;

const CHINESE_NAME = /^\p{L}{2,5}\s+\p{L}{2,5}\s+\p{L}{2,5}$/u;

function fullName(name: string): string {
  const m = BRACKETED.exec(name);
  if (!m) return name;
  const [, outside, inside] = m as unknown as [string, string, string];
  const within = inside.trim();
  if (RELATIVE.test(within) || !/^[\p{L}\s.'’-]+$/u.test(within) || !/\p{L}{3}/u.test(within)) return outside;
  // A Chinese name beside the Indonesian one on her KTP ("Elvi Tan (Ong Hoa Lan)"): three short syllables.
  if (CHINESE_NAME.test(within) && outside.trim().split(/\s+/).length >= 2) return outside;
  // The fuller of the two: "Suwarni (Warni)" keeps Suwarni.
  const letters = (text: string) => text.replace(ADDRESS_FORM, '').replace(/[^\p{L}]/gu, '').length;
  return letters(within) > letters(outside) ? within : outside;
}

function genderOfAddress(name: string | null): 'L' | 'P' | null {
  if (!name) return null;
  if (WOMAN.test(name)) return 'P';
  return MAN.test(name) ? 'L' : null;
}

/** KRTP is a woman heading her household: a man marked so ("Kepala Keluarga") is not counted as one. */
function krtpOf(src: Source, gender: 'L' | 'P' | null, issues: Issues): boolean | null {
  const krtp = issues.take(src, parseYesNo(src.cell));
  if (krtp !== true || gender !== 'L') return krtp;
  const message = `Pemilik laki-laki ditandai "${cellText(src.cell)}": KRTP hanya untuk perempuan kepala rumah tangga, jadi tidak dicatat.`;
  issues.warn(src, 'KRTP_NOT_WOMAN', message);
  return false;
}

function birthDateOf(src: Source, today: Date, issues: Issues): Birth {
  const text = typeof src.cell === 'string' ? cellText(src.cell) : null;
  const cell = text === null ? src.cell : splitPlaceAndDate(text).date;
  const parsed = parseDate(cell, today, src.dateOrder);
  // A year alone ("1991") is kept to compare with the NIK's date; it does not reject the row.
  if (parsed.issue?.code === 'DATE_YEAR_ONLY')
    return { date: null, year: Number.parseInt(`${cellText(cell)}`, 10) };
  const iso = issues.take(src, parsed, 'error');
  if (iso === null) return { date: null };
  const todayIso = today.toISOString().slice(0, 10);
  const year = today.getUTCFullYear();
  const adultSince = `${year - MIN_OWNER_AGE}${todayIso.slice(4)}`;
  const oldest = `${year - MAX_OWNER_AGE}${todayIso.slice(4)}`;
  if (iso >= oldest && iso <= adultSince) return { date: iso };
  const why =
    iso > todayIso
      ? 'belum terjadi'
      : iso < oldest
        ? `pemilik berumur lebih dari ${MAX_OWNER_AGE} tahun`
        : `pemilik belum berumur ${MIN_OWNER_AGE} tahun`;
  issues.error(src, 'BIRTH_DATE_IMPLAUSIBLE', `Tanggal lahir ${iso} tidak wajar (${why}); periksa tahunnya.`);
  return { date: null };
}

// "35", "35 th", "± 70 th", "49 thn", "kurang lebih 60 tahun": an age as a cadre writes it, often guessed.
const AGE =
  /^(?:±|\+\/-|\+-|~|kira-kira|kira2|kurang lebih|kurleb|sekitar|sktr)?\s*(\d{1,3})\s*(?:th|thn|tahun|thn?\.)?\s*\.?$/iu;

/**
 * The year of birth linkage compares when the row has no birth date: its year column, or the year its age
 * says. An age beside a birth date is only checked against it (a warning when they differ by more than the
 * five years a guess may be off).
 */
function birthYearOf(
  date: string | null,
  year: number | undefined,
  src: Source,
  today: Date,
  issues: Issues,
) {
  const text = cellText(src.cell);
  let age: number | null = null;
  if (text !== null && textValue(src.cell) !== null) {
    const m = AGE.exec(text.trim());
    const n = m ? Number(m[1]) : Number.NaN;
    if (!Number.isNaN(n) && n >= MIN_OWNER_AGE && n <= MAX_OWNER_AGE) age = n;
    else {
      const message = `Umur "${text}" tidak terbaca sebagai umur ${MIN_OWNER_AGE}–${MAX_OWNER_AGE} tahun; umur tidak dipakai. Tulis angka tahun, mis. 45.`;
      issues.warn(src, 'AGE_UNREADABLE', message);
    }
  }
  const thisYear = today.getUTCFullYear();
  if (date !== null) {
    const actual = thisYear - Number(date.slice(0, 4));
    if (age !== null && Math.abs(actual - age) > 5) {
      const message = `Umur ${age} tahun tidak sesuai dengan tanggal lahir ${date} (sekitar ${actual} tahun); periksa umur atau tanggal lahir.`;
      issues.warn(src, 'AGE_MISMATCH', message);
    }
    return null;
  }
  return year ?? (age === null ? null : thisYear - age);
}

/**
 * A birth year alone: the NIK's date when it is of that year, otherwise no birth date; a warning says which,
 * so the full date can be filled in.
 */
function ofBirthYear(identity: Identity, src: Source, year: number, issues: Issues): Identity {
  // The birth date is still empty here unless the NIK gave it.
  const fromNik = identity.birthDate;
  const written = `Tanggal lahir "${cellText(src.cell)}" hanya berisi tahun`;
  if (fromNik?.startsWith(`${year}-`)) {
    const message = `${written}; dipakai tanggal lahir dari NIK, ${fromNik}. Isi tanggal lengkap bila berbeda.`;
    issues.warn(src, 'BIRTH_DATE_FROM_NIK', message);
    return identity;
  }
  const message = fromNik
    ? `${written} dan tidak sesuai dengan tanggal lahir dalam NIK (${fromNik}); tanggal lahir tidak disimpan. Periksa NIK atau tahun lahir, dan isi tanggal lengkap.`
    : `${written}; tanggal lahir tidak disimpan. Isi tanggal lengkap, mis. 12/05/${year}.`;
  issues.warn(src, 'BIRTH_DATE_YEAR_ONLY', message);
  return { ...identity, birthDate: null };
}

const KEPT_WITHOUT = new Set(['NIK_PRECISION_LOST', 'NIK_MASKED']);

function identityOf(src: Source, ctx: NormaliseContext, issues: Issues, declared: Identity): Identity {
  // "Belum ada", "KTP hilang": no number at all says the NIK is not known, not that it was mistyped.
  if (typeof src.cell === 'string' && !/\d/.test(src.cell)) {
    const text = textValue(src.cell);
    if (text) {
      const message = `NIK "${text}" bukan nomor; baris disimpan tanpa NIK. Isi 16 digit NIK bila sudah ada.`;
      issues.warn(src, 'NIK_NOT_GIVEN', message);
    }
    return declared;
  }
  const read = normalizeNikInput(src.cell);
  // A NIK that lost digits in a number cell, or that an office masked, is no identity key: the row is kept
  // without it.
  if (read.issue) issues.rule(KEPT_WITHOUT.has(read.issue.code) ? 'warning' : 'error', src, read.issue);
  if (read.value === null) return declared;
  const nik = read.value;
  const check = validateNik(nik, declared, { region: ctx.region, today: ctx.today });
  for (const e of check.errors) issues.rule('error', src, e, `NIK "${nik}"`);
  for (const w of check.warnings) issues.rule('warning', src, w, `NIK "${nik}"`);
  if (!check.info) return { ...declared, nik: check.errors.length > 0 ? null : nik };
  return {
    nik,
    gender: declared.gender ?? check.info.gender,
    birthDate: declared.birthDate ?? check.info.birthDate,
  };
}

// Several numbers in one cell ("0812… / 0857…"): the first readable one is kept.
function phoneOf(src: Source, issues: Issues): string | null {
  // "Belum ada", "(tidak punya)": no number, as an empty cell.
  if (typeof src.cell === 'string' && textValue(src.cell) === null) return null;
  const whole = normalizePhone(src.cell);
  if (!whole.issue) return whole.value;
  const text = cellText(src.cell) ?? '';
  const parts = text.split(/\s*(?:[/;,&]|\batau\b|\bdan\b)\s*/).filter(Boolean);
  const first =
    parts.length > 1 ? parts.map((p) => normalizePhone(p)).find((p) => p.value !== null) : undefined;
  if (first?.value) {
    issues.warn(
      src,
      'PHONE_EXTRA_DROPPED',
      `Telepon "${text}" berisi beberapa nomor; hanya nomor pertama yang terbaca disimpan.`,
    );
    return first.value;
  }
  issues.rule('warning', src, whole.issue, `Telepon "${text}" tidak disimpan`);
  return null;
}

function householdOf(src: Source, issues: Issues): number | null {
  const n = issues.take(src, parseCount(src.cell));
  if (n === null || (n >= 1 && n <= MAX_HOUSEHOLD)) return n;
  issues.warn(
    src,
    'HOUSEHOLD_SIZE_IMPLAUSIBLE',
    `Jumlah anggota keluarga ${n} tidak wajar (1–${MAX_HOUSEHOLD}); nilai ini tidak disimpan.`,
  );
  return null;
}
