import { evidence, total } from './evidence.ts';
import {
  capShared,
  compareBirth,
  compareGender,
  compareKelurahan,
  comparePhone,
  compareRtRw,
  compareStreet,
} from './fields.ts';
import type { Evidence } from './linkage.types.ts';
import { compareNames } from './name-compare.ts';
import { compareNik, type NikLevel } from './nik.ts';
import type { PreparedPerson } from './person-record.ts';
import type { PersonStats } from './person-stats.ts';
import { W } from './weights.ts';

/** What a query brings to all its comparisons, worked out once: stats and its own agreement weights. */
export type PersonContext = { stats: PersonStats; kelSame: Evidence; phoneSame: Evidence };

const NIK_EVIDENCE: Record<NikLevel | 'missing', Evidence> = {
  same: evidence('nik', 'agree', W.nikSame, 'NIK sama'),
  near: evidence('nik', 'partial', W.nikNear, 'NIK berbeda satu digit atau dua digit tertukar'),
  different: evidence('nik', 'disagree', W.nikDiff, 'NIK berbeda'),
  missing: evidence('nik', 'missing', 0, 'NIK tidak diisi di salah satu data'),
};
const HOUSEHOLD_NOTE =
  'Telepon dan alamat bisa sama untuk anggota keluarga serumah; bobot gabungannya dibatasi';

// Name agreement never weighs more than this (name-compare.ts clamps it): the bound of the early exit.
const NAME_MAX = 12;

// With two NIKs, birth data read from them repeat the NIK comparison: only declared values add to it.
function birthAndGender(
  a: PreparedPerson,
  b: PreparedPerson,
  nik: NikLevel | null,
  ctx: PersonContext,
  out: Evidence[],
) {
  if (nik === 'same') return;
  const declaredOnly = nik !== null;
  const birthFromNik = a.birthFromNik || b.birthFromNik;
  if (a.birth && b.birth && !(declaredOnly && birthFromNik)) {
    out.push(compareBirth(a.birth, b.birth, ctx.stats.birthU(a.birth), birthFromNik));
  }
  const genderFromNik = a.genderFromNik || b.genderFromNik;
  if (a.gender && b.gender && !(declaredOnly && genderFromNik)) {
    out.push(compareGender(a.gender, b.gender, genderFromNik));
  }
}

/**
 * Every comparison between two person records; the score is the sum of the weights. Returns null as soon
 * as the pair cannot reach `floor` even with identical names: most candidates are neighbours.
 */
export function scorePersons(
  a: PreparedPerson,
  b: PreparedPerson,
  ctx: PersonContext,
  floor = Number.NEGATIVE_INFINITY,
): Evidence[] | null {
  const nik = a.nik && b.nik ? compareNik(a.nik, b.nik) : null;
  const phone = comparePhone(a.phone, b.phone, ctx.phoneSame);
  const street = compareStreet(a.address, b.address);
  const rtRw = compareRtRw(a.address, b.address);
  const out = [NIK_EVIDENCE[nik ?? 'missing']];
  birthAndGender(a, b, nik, ctx, out);
  out.push(compareKelurahan(a.kel, b.kel, ctx.kelSame), phone, street, rtRw);
  const cap = capShared([phone, street, rtRw], W.householdCap, HOUSEHOLD_NOTE);
  if (cap) out.push(cap);
  if (total(out) + NAME_MAX < floor) return null;
  out.unshift(compareNames(a.name, b.name, ctx.stats));
  return out;
}
