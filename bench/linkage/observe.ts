import type { Random } from '../../server/modules/demo/random.ts';
import type { BusinessDraft, PermitDraft, PersonDraft } from '../../server/modules/imports/imports.types.ts';
import * as noise from './noise.ts';
import type { Office, Profile } from './offices.ts';
import type { TruePerson } from './truth.ts';
import type { TrueBusiness } from './truth-business.ts';
import { calledName } from './truth-business.ts';

/** What one office row is about: the person named on it, the business, her household, the permits listed. */
export type Sighting = {
  office: Office;
  profile: Profile;
  person: TruePerson;
  owner: TruePerson;
  business: TrueBusiness;
  family: readonly TruePerson[];
  permits: PermitDraft[];
  products: string;
};

type Ctx = { rnd: Random; niks: ReadonlySet<string> };

/** Which person fields each office collects (others stay null in the draft). */
const COLLECTS: Record<Office, { gender: number; krtp: boolean; education: boolean; household: boolean }> = {
  dp3ap2kb: { gender: 1, krtp: true, education: true, household: true },
  diskopindag: { gender: 0.6, krtp: false, education: false, household: false },
  dinkes: { gender: 0, krtp: false, education: false, household: false },
  kelurahan: { gender: 0.3, krtp: false, education: false, household: false },
};

export function noisyName(name: string, gender: 'L' | 'P', p: Profile, rnd: Random): string {
  let out = name;
  if (rnd.chance(p.oldSpelling)) out = noise.oldSpelling(out);
  if (rnd.chance(p.typo)) out = noise.typo(out, rnd);
  if (rnd.chance(p.abbreviate)) out = noise.abbreviate(out, rnd);
  if (rnd.chance(p.swap)) out = noise.swapWords(out);
  if (rnd.chance(p.title)) out = noise.withTitle(out, gender, rnd);
  return out;
}

function noisyPhone(s: Sighting, rnd: Random): string | null {
  const { profile: p } = s;
  if (!rnd.chance(p.phone)) return null;
  const others = s.family.filter((m) => m.key !== s.person.key && m.phone && m.phone !== s.person.phone);
  let phone = s.person.phone;
  if (others.length > 0 && rnd.chance(p.familyPhone)) phone = rnd.pick(others).phone;
  if (phone && rnd.chance(p.phoneTypo)) phone = noise.phoneTypo(phone, rnd);
  return phone;
}

function noisyNik(s: Sighting, ctx: Ctx): string | null {
  if (!ctx.rnd.chance(s.profile.nik)) return null;
  return ctx.rnd.chance(s.profile.nikTypo) ? noise.nikTypo(s.person.nik, ctx.niks, ctx.rnd) : s.person.nik;
}

function address(s: Sighting, rnd: Random) {
  const street = rnd.chance(s.profile.streetVariant)
    ? noise.streetVariant(s.person.street, rnd)
    : s.person.street;
  const withRtRw = rnd.chance(s.profile.rtRw);
  return {
    street,
    rt: withRtRw ? s.person.rt : null,
    rw: withRtRw ? s.person.rw : null,
    kelurahanCode: s.person.kelurahan.code,
  };
}

export function personDraft(s: Sighting, ctx: Ctx, where: ReturnType<typeof address>): PersonDraft {
  const { rnd } = ctx;
  const { person, profile } = s;
  const collects = COLLECTS[s.office];
  return {
    nik: noisyNik(s, ctx),
    name: noisyName(person.name, person.gender, profile, rnd),
    gender: rnd.chance(collects.gender) ? person.gender : null,
    birthDate: rnd.chance(profile.birthDate) ? person.birthDate : null,
    phone: noisyPhone(s, rnd),
    krtp: collects.krtp ? person.krtp : null,
    ...where,
    education: collects.education ? person.education : null,
    householdSize: collects.household ? person.householdSize : null,
  };
}

function businessName(s: Sighting, rnd: Random): string {
  const { business, profile } = s;
  let name = business.name;
  if (rnd.chance(profile.businessVariant)) {
    const owner = `${s.owner.gender === 'P' ? 'Bu' : 'Pak'} ${calledName(s.owner.name)}`;
    name = noise.businessVariant(name, business.label, owner, rnd);
  }
  if (rnd.chance(profile.typo / 2)) name = noise.typo(name, rnd);
  return name;
}

export function businessDraft(s: Sighting, ctx: Ctx, where: ReturnType<typeof address>): BusinessDraft {
  const { rnd } = ctx;
  const { business: b, profile: p } = s;
  const survey = s.office === 'dp3ap2kb';
  return {
    name: s.office === 'kelurahan' && rnd.chance(0.3) ? null : businessName(s, rnd),
    products: s.products,
    kbliCode: survey ? b.kbliCode : null,
    sector: survey || s.office === 'diskopindag' ? b.sector : null,
    yearStarted: survey || s.office === 'diskopindag' ? b.yearStarted : null,
    workersTotal: survey || s.office === 'diskopindag' ? b.workersTotal : null,
    workersWomen: survey ? b.workersWomen : null,
    monthlyTurnover: p.turnoverStep > 0 ? noise.roundTurnover(b.monthlyTurnover, p.turnoverStep, rnd) : null,
    capital: survey ? b.capital : null,
    ...where,
    kecamatanCode: s.person.kelurahan.kecamatanCode,
    latitude: null,
    longitude: null,
    homeIndustry: survey ? true : null,
    permits: s.permits,
  };
}

/** The person and business drafts of one row, noised with the office's profile. */
export function observe(s: Sighting, ctx: Ctx): { person: PersonDraft; business: BusinessDraft } {
  const where = address(s, ctx.rnd);
  return { person: personDraft(s, ctx, where), business: businessDraft(s, ctx, where) };
}
