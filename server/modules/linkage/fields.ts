import type { Address } from './address.ts';
import { evidence } from './evidence.ts';
import { type FrequencyTable, weight } from './frequency.ts';
import type { Evidence } from './linkage.types.ts';
import { W } from './weights.ts';
import { isTypo } from './words.ts';

// Outcomes whose weight never changes are built once: scoring 100k records compares millions of pairs.
const missing = (field: string) => evidence(field, 'missing', 0, 'Tidak diisi di salah satu data');
const FIXED = {
  birthNear: evidence('birthDate', 'partial', W.birthNear, 'Tanggal lahir hampir sama'),
  birthNearNik: evidence('birthDate', 'partial', W.birthNear, 'Tanggal lahir hampir sama (menurut NIK)'),
  birthDiff: evidence('birthDate', 'disagree', W.birthDiff, 'Tanggal lahir berbeda'),
  birthDiffNik: evidence('birthDate', 'disagree', W.birthDiff, 'Tanggal lahir berbeda (menurut NIK)'),
  genderDiff: evidence('gender', 'disagree', W.genderDiff, 'Jenis kelamin berbeda'),
  genderDiffNik: evidence('gender', 'disagree', W.genderDiff, 'Jenis kelamin berbeda (menurut NIK)'),
  genderP: evidence('gender', 'agree', W.genderSameP, 'Jenis kelamin sama'),
  genderL: evidence('gender', 'agree', W.genderSameL, 'Jenis kelamin sama'),
  phoneMissing: missing('phone'),
  phoneDiff: evidence('phone', 'disagree', W.phoneDiff, 'Nomor HP berbeda'),
  kelMissing: missing('kelurahan'),
  kelDiffKecamatan: evidence(
    'kelurahan',
    'disagree',
    W.kelDiffKecamatan,
    'Kelurahan berbeda, kecamatan sama',
  ),
  kelDiff: evidence('kelurahan', 'disagree', W.kelDiff, 'Kelurahan dan kecamatan berbeda'),
  streetMissing: missing('street'),
  numberOnlySame: evidence('street', 'partial', W.numberOnlySame, 'Nomor rumah sama'),
  numberOnlyDiff: evidence('street', 'missing', 0, 'Hanya nomor rumah yang diisi, berbeda'),
  streetDiff: evidence('street', 'disagree', W.streetDiff, 'Jalan berbeda'),
  streetNumberDiff: evidence('street', 'disagree', W.streetNumberDiff, 'Jalan sama, nomor rumah berbeda'),
  rtRwMissing: missing('rtRw'),
  rwDiff: evidence('rtRw', 'disagree', W.rtRwDiff, 'RW berbeda'),
  rtMissing: evidence('rtRw', 'partial', W.rwSame, 'RW sama, RT tidak lengkap'),
  rtRwSame: evidence('rtRw', 'agree', W.rtRwSame, 'RT dan RW sama'),
  rtDiff: evidence('rtRw', 'partial', W.rwSame, 'RW sama, RT berbeda'),
} as const;

/** Day and month swapped, one digit of the date mistyped, or the year one off. */
export function nearDate(a: string, b: string): boolean {
  if (a.slice(0, 4) === b.slice(0, 4) && a.slice(5, 7) === b.slice(8) && a.slice(8) === b.slice(5, 7))
    return true;
  let diff = 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff++;
  return (
    diff === 1 || (a.slice(4) === b.slice(4) && Math.abs(Number(a.slice(0, 4)) - Number(b.slice(0, 4))) === 1)
  );
}

/** Birth dates, declared or read from a NIK; agreement on a frequent date (1 January) weighs less. */
export function compareBirth(a: string, b: string, u: number, fromNik: boolean): Evidence {
  if (a === b) {
    const note = fromNik ? 'Tanggal lahir sama (menurut NIK)' : 'Tanggal lahir sama';
    return evidence('birthDate', 'agree', weight(0.9, u, 5, 12), note);
  }
  if (nearDate(a, b)) return fromNik ? FIXED.birthNearNik : FIXED.birthNear;
  return fromNik ? FIXED.birthDiffNik : FIXED.birthDiff;
}

const YEAR_NEAR = evidence(
  'birthYear',
  'agree',
  W.birthYearNear,
  'Tahun lahir (dari umur atau tahun saja) sesuai: selisih paling banyak 2 tahun',
);
const YEAR_FAR = evidence(
  'birthYear',
  'disagree',
  W.birthYearFar,
  'Tahun lahir (dari umur atau tahun saja) jauh berbeda: selisih 6 tahun atau lebih',
);

/**
 * A year of birth an age or a year column says, beside another or a birth date's: an age is often guessed
 * ("± 55 th"), so two years apart still agree, and only six or more disagree.
 */
export function compareBirthYears(a: number, b: number): Evidence | null {
  const d = Math.abs(a - b);
  return d <= 2 ? YEAR_NEAR : d >= 6 ? YEAR_FAR : null;
}

export function compareGender(a: 'L' | 'P', b: 'L' | 'P', fromNik: boolean): Evidence {
  if (a !== b) return fromNik ? FIXED.genderDiffNik : FIXED.genderDiff;
  return a === 'L' ? FIXED.genderL : FIXED.genderP;
}

/** A number shared by many people (a cadre's or an office's phone) says little about who is who. */
export function phoneAgreement(holders: number): Evidence {
  const w = Math.max(2, 8 - 1.5 * Math.log2(Math.max(holders, 2) / 2));
  const shared = holders > 2 ? `; dipakai ${holders} orang` : '; bisa dipakai bersama keluarga';
  return evidence('phone', 'agree', Math.round(w * 100) / 100, `Nomor HP sama${shared}`);
}

/** `same` gives the agreement evidence for the query's phone (phoneAgreement), asked only when they agree. */
export function comparePhone(a: string | null, b: string | null, same: () => Evidence): Evidence {
  if (a === null || b === null) return FIXED.phoneMissing;
  return a === b ? same() : FIXED.phoneDiff;
}

/** `same` is the agreement evidence for the query's kelurahan, weighed once per query by its frequency. */
export function compareKelurahan(a: string | null, b: string | null, same: Evidence): Evidence {
  if (a === null || b === null) return FIXED.kelMissing;
  if (a === b) return same;
  // "35.73.05.1003": the first 8 characters are the kecamatan.
  return a.length > 8 && b.startsWith(a.slice(0, 8)) ? FIXED.kelDiffKecamatan : FIXED.kelDiff;
}

export const kelurahanAgreement = (u: number, hi: number): Evidence =>
  evidence('kelurahan', 'agree', weight(0.95, u, 2, hi), 'Kelurahan sama');

const extends_ = (long: string, short: string): boolean =>
  long.length > short.length && long.charCodeAt(short.length) === 32 && long.startsWith(short);

// "kenanga" and "kenanga gg 3" are one street; a typo is looked for only past a shared start.
const streetAlike = (a: string, b: string): boolean =>
  a === b ||
  extends_(a, b) ||
  extends_(b, a) ||
  (a.charCodeAt(0) === b.charCodeAt(0) && a.charCodeAt(1) === b.charCodeAt(1) && isTypo(a, b));

// One street holds about 1 in 60 of a kelurahan's people before the registry knows better.
const STREET_PRIOR = 1 / 60;
// House numbers run to about 150: one agrees by chance about 1 in 50 times on a street.
const NUMBER_U = 1 / 50;

/**
 * Street and house number together, weighed by how many people of the kelurahan (`kel`, when both are
 * in it) live on that street; the same street with another number is a neighbour.
 */
export function compareStreet(a: Address, b: Address, streets: FrequencyTable, kel: string | null): Evidence {
  const numbers = a.number !== null && b.number !== null;
  if (a.street === null || b.street === null) {
    if (!numbers) return FIXED.streetMissing;
    return a.number === b.number ? FIXED.numberOnlySame : FIXED.numberOnlyDiff;
  }
  if (!streetAlike(a.street, b.street)) {
    // A village's house is known by its street or by its hamlet, or both: one hamlet named on both sides is
    // a street without number; a hamlet alone beside a street alone says nothing against it.
    if (sameHamlet(a, b) || sameHamlet(b, a)) return hamletSame(a.hamlet ?? b.hamlet ?? '', streets, kel);
    return onlyHamlet(a) !== onlyHamlet(b) && !a.hamlet !== !b.hamlet
      ? FIXED.streetMissing
      : FIXED.streetDiff;
  }
  if (numbers && a.number !== b.number) return FIXED.streetNumberDiff;
  const u = streets.u(a.street, STREET_PRIOR, kel);
  if (!numbers)
    return evidence('street', 'partial', weight(0.9, u, 1.5, 7), 'Jalan sama, nomor rumah tidak lengkap');
  return evidence('street', 'agree', weight(0.85, u * NUMBER_U, 4, 10), 'Jalan dan nomor rumah sama');
}

const sameHamlet = (a: Address, b: Address): boolean =>
  a.hamlet !== undefined && (a.hamlet === b.hamlet || (b.hamlet === undefined && a.hamlet === b.street));
const onlyHamlet = (a: Address): boolean => a.hamlet !== undefined && a.hamlet === a.street;
const hamletSame = (hamlet: string, streets: FrequencyTable, kel: string | null): Evidence =>
  evidence('street', 'partial', weight(0.9, streets.u(hamlet, STREET_PRIOR, kel), 1.5, 7), 'Dusun sama');

export function compareRtRw(a: Address, b: Address): Evidence {
  if (a.rw === null || b.rw === null) return FIXED.rtRwMissing;
  if (a.rw !== b.rw) return FIXED.rwDiff;
  if (a.rt === null || b.rt === null) return FIXED.rtMissing;
  return a.rt === b.rt ? FIXED.rtRwSame : FIXED.rtDiff;
}

/** How far agreeing fields that a household (or an owner's businesses) share exceed `cap`: 0 or negative. */
export function overCap(cap: number, ...parts: Evidence[]): number {
  let sum = 0;
  for (const e of parts) sum += Math.max(0, e.weight);
  return sum <= cap ? 0 : Math.round((cap - sum) * 100) / 100;
}
