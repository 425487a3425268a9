import type { Kelurahan } from '../../server/modules/demo/demo.types.ts';
import {
  GANG,
  MEN_FIRST,
  MEN_SECOND,
  PHONE_PREFIXES,
  STREETS,
  WOMEN_FIRST,
  WOMEN_SECOND,
} from '../../server/modules/demo/names.ts';
import type { Random } from '../../server/modules/demo/random.ts';
import { buildNik } from '../../shared/rules/nik.ts';

/** A real person of the synthetic city; every one has a (synthetic) NIK, offices may not know it. */
export type TruePerson = {
  key: string;
  household: number;
  role: 'owner' | 'husband' | 'mother' | 'daughter' | 'twin';
  name: string;
  gender: 'L' | 'P';
  birthDate: string;
  nik: string;
  phone: string | null;
  krtp: boolean;
  street: string;
  rt: string;
  rw: string;
  kelurahan: Kelurahan;
  education: string | null;
  householdSize: number;
};

export type Home = { street: string; rt: string; rw: string; kelurahan: Kelurahan; size: number };

/** Shared state of the truth generator: the PRNG and the registers that keep NIKs and phones unique. */
export type TruthContext = { rnd: Random; niks: Set<string>; phones: Set<string>; nextPerson: number };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
// The names that repeat within one kelurahan: several different women called Siti Aminah.
export const COMMON_NAMES = ['Siti', 'Sri'].flatMap((f) =>
  ['Aminah', 'Wahyuni', 'Rahayu', 'Lestari'].map((s) => `${f} ${s}`),
);
const EDUCATION = ['tidak_sekolah', 'sd', 'smp', 'sma', 'diploma', 'sarjana'] as const;
const OTHER_REGIONS = ['35.07.22', '35.07.13', '35.15.08', '35.79.01', '35.08.05'];

export function personName(gender: 'L' | 'P', rnd: Random): string {
  const first = rnd.pick(gender === 'P' ? WOMEN_FIRST : MEN_FIRST);
  const second = rnd.pick(gender === 'P' ? WOMEN_SECOND : MEN_SECOND);
  const r = rnd.next();
  if (r < 0.15 || first === second) return first;
  if (r < 0.88) return `${first} ${second}`;
  const middle = rnd.pick(gender === 'P' ? WOMEN_FIRST : MEN_FIRST);
  return middle === first || middle === second ? `${first} ${second}` : `${first} ${middle} ${second}`;
}

/** A house in the kelurahan: street, RT/RW as the demo data stores them (three digits). */
export function makeHome(kelurahan: Kelurahan, rnd: Random): Home {
  let street = rnd.chance(0.15) ? `Jl. Raya ${kelurahan.name}` : `Jl. ${rnd.pick(STREETS)}`;
  if (rnd.chance(0.35)) street += ` Gg. ${rnd.pick(GANG)}`;
  if (rnd.chance(0.7)) street += ` No. ${rnd.int(1, 160)}`;
  const size = Math.min(9, Math.max(1, Math.round(rnd.normal(3.8, 1.3))));
  return { street, rt: pad(rnd.int(1, 12), 3), rw: pad(rnd.int(1, 10), 3), kelurahan, size };
}

/** ISO birth date of someone `age` years old in 2024. */
export function birthDateAt(age: number, rnd: Random): string {
  const d = new Date(Date.UTC(2024 - age, 0, 1) - rnd.int(0, 364) * 86_400_000);
  return d.toISOString().slice(0, 10);
}

function newNik(ctx: TruthContext, kelurahan: Kelurahan, gender: 'L' | 'P', birthDate: string): string {
  const { rnd } = ctx;
  const r = rnd.next();
  const districtCode =
    r < 0.85 ? kelurahan.kecamatanCode : r < 0.96 ? `35.73.0${rnd.int(1, 5)}` : rnd.pick(OTHER_REGIONS);
  for (;;) {
    const nik = buildNik({ districtCode, gender, birthDate, serial: rnd.int(1, 9999) });
    if (!ctx.niks.has(nik)) {
      ctx.niks.add(nik);
      return nik;
    }
  }
}

export function newPhone(ctx: TruthContext): string {
  for (;;) {
    const length = ctx.rnd.chance(0.7) ? 8 : 7;
    const phone = `+62${ctx.rnd.pick(PHONE_PREFIXES)}${pad(ctx.rnd.int(0, 10 ** length - 1), length)}`;
    if (!ctx.phones.has(phone)) {
      ctx.phones.add(phone);
      return phone;
    }
  }
}

export type PersonSpec = {
  household: number;
  role: TruePerson['role'];
  gender: 'L' | 'P';
  age: number;
  home: Home;
  name?: string;
  birthDate?: string;
  phone?: string | null;
  krtp?: boolean;
};

export function makePerson(ctx: TruthContext, spec: PersonSpec): TruePerson {
  const { rnd } = ctx;
  const birthDate = spec.birthDate ?? birthDateAt(spec.age, rnd);
  const older = spec.age > 50;
  return {
    key: `P${pad(++ctx.nextPerson, 6)}`,
    household: spec.household,
    role: spec.role,
    name: spec.name ?? personName(spec.gender, rnd),
    gender: spec.gender,
    birthDate,
    nik: newNik(ctx, spec.home.kelurahan, spec.gender, birthDate),
    phone: spec.phone !== undefined ? spec.phone : rnd.chance(0.85) ? newPhone(ctx) : null,
    krtp: spec.krtp ?? false,
    street: spec.home.street,
    rt: spec.home.rt,
    rw: spec.home.rw,
    kelurahan: spec.home.kelurahan,
    education: rnd.chance(0.05)
      ? null
      : (EDUCATION[Math.min(5, Math.max(0, Math.round(rnd.normal(older ? 1.6 : 2.6, 1))))] ?? null),
    householdSize: spec.home.size,
  };
}
