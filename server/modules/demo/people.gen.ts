import { buildNik } from '../../../shared/rules/nik.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { DAY, isoDate, isoTime, laterTime } from './dates.ts';
import type { DemoContext, DemoPerson, Kelurahan } from './demo.types.ts';
import { GANG, MEN_FIRST, MEN_SECOND, PHONE_PREFIXES, STREETS, WOMEN_FIRST, WOMEN_SECOND } from './names.ts';
import type { Random } from './random.ts';

export type Address = { street: string; rt: string; rw: string };
export type PersonSpec = {
  kelurahan: Kelurahan;
  gender: 'L' | 'P';
  krtp: boolean;
  createdAt: number;
  street: string | null;
};

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/** Takes the first value `make` returns that no earlier record used. */
export function unique(ctx: DemoContext, kind: string, make: () => string): string {
  for (;;) {
    const value = make();
    const key = `${kind}:${value}`;
    if (!ctx.taken.has(key)) {
      ctx.taken.add(key);
      return value;
    }
  }
}

function personName(gender: 'L' | 'P', rnd: Random): string {
  const first = rnd.pick(gender === 'P' ? WOMEN_FIRST : MEN_FIRST);
  const second = rnd.pick(gender === 'P' ? WOMEN_SECOND : MEN_SECOND);
  const r = rnd.next();
  // Older Javanese often carry one name only; a repeated part would read as a typo.
  if (r < 0.2 || first === second) return first;
  if (r < 0.9) return `${first} ${second}`;
  const middle = rnd.pick(gender === 'P' ? WOMEN_FIRST : MEN_FIRST);
  return middle === first ? `${first} ${second}` : `${first} ${middle} ${second}`;
}

/** A street in the kelurahan with RT/RW, as written on a KTP (RT 003 / RW 005). */
export function address(kelurahan: Kelurahan, preferred: string | null, rnd: Random): Address {
  const r = rnd.next();
  let street = `Jl. ${rnd.pick(STREETS)}`;
  if (preferred && r < 0.7) street = preferred;
  else if (r < 0.2) street = `Jl. Raya ${kelurahan.name}`;
  if (rnd.chance(0.35)) street += ` Gg. ${rnd.pick(GANG)}`;
  if (rnd.chance(0.6)) street += ` No. ${rnd.int(1, 160)}`;
  return { street, rt: pad(rnd.int(1, 12), 3), rw: pad(rnd.int(1, 10), 3) };
}

/** Birth date of someone aged 20–70 on `end`, mostly in their thirties to fifties. */
function birthDate(end: number, rnd: Random): string {
  const age = Math.round(Math.min(69, Math.max(20, rnd.normal(44, 11))));
  const d = new Date(end);
  d.setUTCFullYear(d.getUTCFullYear() - age);
  return isoDate(d.getTime() - rnd.int(1, 364) * DAY);
}

function education(birthYear: number, rnd: Random): string | null {
  if (rnd.chance(0.05)) return null;
  const older = birthYear < 1970;
  return rnd.weighted([
    ['tidak_sekolah', older ? 8 : 2],
    ['sd', older ? 40 : 20],
    ['smp', older ? 25 : 24],
    ['sma', older ? 19 : 38],
    ['diploma', older ? 3 : 6],
    ['sarjana', older ? 5 : 10],
  ]);
}

function phone(ctx: DemoContext): string {
  const { rnd } = ctx;
  return unique(ctx, 'tel', () => {
    const length = rnd.chance(0.7) ? 8 : 7;
    return `+62${rnd.pick(PHONE_PREFIXES)}${pad(rnd.int(0, 10 ** length - 1), length)}`;
  });
}

export function makePerson(id: number, spec: PersonSpec, ctx: DemoContext): DemoPerson {
  const { rnd } = ctx;
  const name = personName(spec.gender, rnd);
  const born = birthDate(ctx.end, rnd);
  const districtCode = spec.kelurahan.kecamatanCode;
  const nik = rnd.chance(0.92)
    ? unique(ctx, 'nik', () =>
        buildNik({ districtCode, gender: spec.gender, birthDate: born, serial: rnd.int(1, 9999) }),
      )
    : null;
  const household = Math.round(rnd.normal(spec.krtp ? 3.2 : 4, 1.3));
  const updated = rnd.chance(0.25) ? laterTime(spec.createdAt, ctx.end, rnd) : spec.createdAt;
  return {
    id,
    nik,
    name,
    gender: spec.gender,
    birth_date: born,
    krtp: spec.krtp,
    phone: rnd.chance(0.7) ? phone(ctx) : null,
    ...address(spec.kelurahan, spec.street, rnd),
    kelurahan_code: spec.kelurahan.code,
    education: education(Number(born.slice(0, 4)), rnd),
    household_size: Math.min(10, Math.max(1, household)),
    search_text: normalizeSearchText(name),
    created_at: isoTime(spec.createdAt),
    updated_at: isoTime(updated),
  };
}
