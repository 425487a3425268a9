import type { Kelurahan } from '../../server/modules/demo/demo.types.ts';
import { WOMEN_FIRST } from '../../server/modules/demo/names.ts';
import type { Random } from '../../server/modules/demo/random.ts';
import {
  COMMON_NAMES,
  type Home,
  makeHome,
  makePerson,
  type TruePerson,
  type TruthContext,
} from './truth.ts';
import { type BusinessContext, makeBusiness, type TrueBusiness } from './truth-business.ts';

export type HouseholdKind = 'single' | 'spouses' | 'man' | 'multi' | 'mother-daughter' | 'twins';
export type Household = {
  id: number;
  kind: HouseholdKind;
  members: TruePerson[];
  husband: TruePerson | null;
};
export type Truth = { people: TruePerson[]; businesses: TrueBusiness[]; households: Household[] };

const KINDS: readonly (readonly [HouseholdKind, number])[] = [
  ['single', 52],
  ['spouses', 14],
  ['man', 12],
  ['multi', 8],
  ['mother-daughter', 8],
  ['twins', 1.5],
];

type Ctx = TruthContext &
  BusinessContext & { kelurahan: readonly Kelurahan[]; hotspots: readonly Kelurahan[] };

/** A woman owner; 6 % get one of the common names and live in a hotspot kelurahan, beside her namesakes. */
function womanOwner(ctx: Ctx, household: number, home: Home, age: number) {
  const krtp = ctx.rnd.chance(0.55);
  return makePerson(ctx, { household, role: 'owner', gender: 'P', age, home, krtp });
}

function homeFor(ctx: Ctx): { home: Home; common: boolean } {
  const common = ctx.rnd.chance(0.06);
  return { home: makeHome(ctx.rnd.pick(common ? ctx.hotspots : ctx.kelurahan), ctx.rnd), common };
}

function age(rnd: Random, mean: number, sd: number, min: number, max: number): number {
  return Math.round(Math.min(max, Math.max(min, rnd.normal(mean, sd))));
}

type Spec = { ctx: Ctx; id: number; home: Home; name: { name?: string } };

function motherAndDaughter({ ctx, id, home, name }: Spec): TruePerson[] {
  const { rnd } = ctx;
  const base = { household: id, gender: 'P', home } as const;
  const mother = makePerson(ctx, { ...base, role: 'mother', age: age(rnd, 52, 6, 42, 70), ...name });
  const [first, second] = mother.name.split(' ');
  let daughterName = mother.name;
  // Same given name or same second name as her mother, never the whole name: that would be no truth at all.
  while (daughterName === mother.name) {
    const given = rnd.chance(0.4) ? first : rnd.pick(WOMEN_FIRST);
    daughterName = `${given}${second && rnd.chance(0.6) ? ` ${second}` : ''}`;
  }
  // A daughter often gives her mother's phone: the household has one.
  const phone = mother.phone && rnd.chance(0.35) ? mother.phone : undefined;
  const age2 = age(rnd, 27, 4, 20, 38);
  return [mother, makePerson(ctx, { ...base, role: 'daughter', age: age2, name: daughterName, phone })];
}

function twins({ ctx, id, home }: Spec): TruePerson[] {
  const { rnd } = ctx;
  const base = { household: id, role: 'twin', gender: 'P', home } as const;
  const a = makePerson(ctx, { ...base, age: age(rnd, 35, 8, 20, 60) });
  const last = a.name.split(' ')[1];
  const name = `${rnd.pick(WOMEN_FIRST)}${last ? ` ${last}` : ''}`;
  return [a, makePerson(ctx, { ...base, age: 0, birthDate: a.birthDate, name })];
}

function members(ctx: Ctx, id: number, kind: HouseholdKind): Household {
  const { rnd } = ctx;
  const { home, common } = homeFor(ctx);
  const spec: Spec = { ctx, id, home, name: common ? { name: rnd.pick(COMMON_NAMES) } : {} };
  if (kind === 'mother-daughter') return { id, kind, members: motherAndDaughter(spec), husband: null };
  if (kind === 'twins') return { id, kind, members: twins(spec), husband: null };
  const woman = kind !== 'man' && rnd.chance(kind === 'multi' ? 0.85 : 1);
  const ownerAge = age(rnd, 44, 10, 21, 70);
  const owner = woman
    ? { ...womanOwner(ctx, id, home, ownerAge), ...(kind === 'spouses' ? { krtp: false } : {}), ...spec.name }
    : makePerson(ctx, { household: id, role: 'owner', gender: 'L', age: ownerAge, home });
  if (kind !== 'spouses') return { id, kind, members: [owner], husband: null };
  const phone = rnd.chance(0.3) ? null : undefined;
  const husbandAge = Math.min(75, ownerAge + rnd.int(0, 8));
  const husband = makePerson(ctx, {
    household: id,
    role: 'husband',
    gender: 'L',
    age: husbandAge,
    home,
    phone,
  });
  return { id, kind, members: [owner], husband };
}

/** Businesses of a household: the "multi" owner runs 2–3 different ones at her address, all others one each. */
function businessesOf(ctx: Ctx, h: Household): TrueBusiness[] {
  const out: TrueBusiness[] = [];
  for (const owner of h.members) {
    const producer = { serial: ++ctx.nextProducer, products: 0 };
    const count = h.kind === 'multi' ? ctx.rnd.int(2, 3) : 1;
    for (let i = 0; i < count; i++) out.push(makeBusiness(ctx, owner, producer, out[out.length - 1]?.label));
  }
  return out;
}

/** The true population: households until `people` persons exist (owners, and husbands named on P-IRT forms). */
export function generateTruth(rnd: Random, people: number, kelurahan: readonly Kelurahan[]): Truth {
  const hotspots = kelurahan.filter((_, i) => i % 11 === 3);
  const ctx: Ctx = {
    rnd,
    niks: new Set(),
    phones: new Set(),
    nextPerson: 0,
    nextBusiness: 0,
    nextProducer: 0,
    nibs: new Set(),
    kelurahan,
    hotspots,
  };
  const truth: Truth = { people: [], businesses: [], households: [] };
  while (truth.people.length < people) {
    const h = members(ctx, truth.households.length + 1, rnd.weighted(KINDS));
    truth.households.push(h);
    truth.people.push(...h.members, ...(h.husband ? [h.husband] : []));
    truth.businesses.push(...businessesOf(ctx, h));
  }
  return truth;
}
