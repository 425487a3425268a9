import { evidence } from './evidence.ts';
import {
  compareBirth,
  compareBirthYears,
  compareGender,
  compareKelurahan,
  comparePhone,
  compareRtRw,
  compareStreet,
  overCap,
} from './fields.ts';
import type { Evidence } from './linkage.types.ts';
import { type NameLevel, nameEvidence } from './name-compare.ts';
import { compareNik, type NikLevel } from './nik.ts';
import type { PreparedPerson } from './person-record.ts';
import type { PersonStats } from './person-stats.ts';
import { W } from './weights.ts';

/** What a query brings to all its comparisons, worked out once: stats and its own agreement weights. */
export type PersonContext = { stats: PersonStats; kelSame: Evidence; phoneSame: () => Evidence };

const NIK_EVIDENCE: Record<NikLevel | 'missing', Evidence> = {
  same: evidence('nik', 'agree', W.nikSame, 'NIK sama'),
  near: evidence('nik', 'partial', W.nikNear, 'NIK berbeda satu digit atau dua digit tertukar'),
  different: evidence('nik', 'disagree', W.nikDiff, 'NIK berbeda (satu orang hanya punya satu NIK)'),
  missing: evidence('nik', 'missing', 0, 'NIK tidak diisi di salah satu data'),
};
const TWIN_BIRTH = evidence(
  'birthDate',
  'partial',
  W.birthNear,
  'Tanggal lahir sama, tetapi nama berbeda (saudara kembar?)',
);
const HOUSEHOLD_NOTE =
  'Kelurahan, telepon dan alamat bisa sama untuk anggota keluarga serumah; bobot gabungannya dibatasi';
const PART_NAME_NOTE = `${HOUSEHOLD_NOTE} lebih ketat, karena satu nama hanya bagian dari nama lain (anak sering dinamai dari nama ibunya)`;

// Name agreement never weighs more than this (name-compare.ts clamps it): the bound of the early exit.
const NAME_MAX = 12;
// Name, kelurahan and gender say who she may be; something else must say it is her (scorePersons).
const NAME_ONLY = evidence(
  'only',
  'missing',
  W.nameAndPlaceOnly,
  'Hanya nama dan kelurahan yang cocok; tidak ada NIK, tanggal lahir, telepon atau alamat yang sama',
);

// Two NIKs carry birth date and gender already; declared values that differ from them are typing errors.
function birthEvidence(a: PreparedPerson, b: PreparedPerson, ctx: PersonContext) {
  if (a.birth && b.birth)
    return compareBirth(a.birth, b.birth, ctx.stats.birthU(a.birth), a.birthFromNik || b.birthFromNik);
  // Entries of the linkage index prepared before years were read carry none.
  if (a.birthYear == null && b.birthYear == null) return null;
  const x = a.birth ? Number(a.birth.slice(0, 4)) : a.birthYear;
  const y = b.birth ? Number(b.birth.slice(0, 4)) : b.birthYear;
  return x == null || y == null ? null : compareBirthYears(x, y);
}

function genderEvidence(a: PreparedPerson, b: PreparedPerson) {
  if (!a.gender || !b.gender) return null;
  return compareGender(a.gender, b.gender, a.genderFromNik || b.genderFromNik);
}

const sameGivenName = (a: PreparedPerson, b: PreparedPerson) =>
  a.name.phon[0] !== undefined && a.name.phon[0] === b.name.phon[0];

/**
 * Within a shared household, the least a name weighs at each level: two women of one house rarely carry
 * one name, whether written alike, in old spelling (Wahjoeni / Wahyuni), short (Sri R.) or mistyped.
 */
const HOUSEHOLD_NAME: Partial<Record<NameLevel, { weight: number; note: string }>> = {
  exact: { weight: W.nameSameHousehold, note: 'sama persis di satu rumah tangga' },
  sound: { weight: W.nameSameHousehold, note: 'di satu rumah tangga' },
  abbrev: { weight: W.nameAbbrevHousehold, note: 'di satu rumah tangga' },
  middle: { weight: W.nameAbbrevHousehold, note: 'di satu rumah tangga' },
  prefix: { weight: W.nameAbbrevHousehold, note: 'di satu rumah tangga, telepon sama' },
  typo: { weight: W.nameAbbrevHousehold, note: 'di satu rumah tangga' },
};

/**
 * Every comparison between two person records; the score is the sum of the weights. Returns null, before
 * anything is allocated, when the pair cannot reach `floor` even with identical names: most candidates
 * are neighbours.
 */
export function scorePersons(
  a: PreparedPerson,
  b: PreparedPerson,
  ctx: PersonContext,
  floor = Number.NEGATIVE_INFINITY,
): Evidence[] | null {
  const level = a.nik && b.nik ? compareNik(a.nik, b.nik) : null;
  const nik = NIK_EVIDENCE[level ?? 'missing'];
  const birth = level === null ? birthEvidence(a, b, ctx) : null;
  const gender = level === null ? genderEvidence(a, b) : null;
  const kel = compareKelurahan(a.kel, b.kel, ctx.kelSame);
  const phone = comparePhone(a.phone, b.phone, ctx.phoneSame);
  const shared = a.kel !== null && a.kel === b.kel ? a.kel : null;
  const street = compareStreet(a.address, b.address, ctx.stats.streets, shared);
  const rtRw = compareRtRw(a.address, b.address);
  let cut = overCap(W.householdCap, kel, phone, street, rtRw);
  const known = nik.weight + (birth?.weight ?? 0) + (gender?.weight ?? 0);
  if (known + kel.weight + phone.weight + street.weight + rtRw.weight + cut + NAME_MAX < floor) return null;
  const { level: nameLevel, evidence: name } = nameEvidence(a.name, b.name, ctx.stats, shared);
  // When one name only adds words to the other (Nurul / Nurul Purwanti), what the household shares may
  // not link them alone: a daughter is often named after her mother. NIK or birth date can.
  // Her first words alone (Anik Dwi / Anik Dwi Cahyaningsih) link within it only when her own phone agrees.
  const part = nameLevel === 'subset' || (nameLevel === 'prefix' && phone.outcome !== 'agree');
  if (part) cut = overCap(W.householdCapPartName, kel, phone, street, rtRw);
  // Two women of one household rarely carry one name: within it, the name is rarer than in the city.
  const least = cut < 0 && nameLevel && !part ? HOUSEHOLD_NAME[nameLevel] : undefined;
  const named =
    least && name.weight < least.weight
      ? evidence('name', name.outcome, least.weight, `${name.note}; ${least.note}`)
      : name;
  const out = [named, nik];
  // Twins share a birth date and a house; only their names tell them apart. Their given names differ: two
  // names that begin alike and part after it (Fitri Puspitasari / Fitri Dwi) are one woman's, written twice.
  const twins =
    name.outcome === 'disagree' &&
    birth?.field === 'birthDate' &&
    birth.outcome === 'agree' &&
    !sameGivenName(a, b);
  if (birth) out.push(twins ? TWIN_BIRTH : birth);
  if (gender) out.push(gender);
  out.push(kel, phone, street, rtRw);
  if (cut < 0) out.push(evidence('shared', 'partial', cut, part ? PART_NAME_NOTE : HOUSEHOLD_NOTE));
  const corroborated =
    nik.weight > 0 || (birth?.weight ?? 0) > 0 || phone.weight > 0 || street.weight > 0 || rtRw.weight > 0;
  if (!corroborated) out.push(NAME_ONLY);
  return out;
}
