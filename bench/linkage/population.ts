import { createRandom, type Random } from '../../server/modules/demo/random.ts';
import type { PermitDraft } from '../../server/modules/imports/imports.types.ts';
import { malangKelurahan } from './areas.ts';
import { generateTruth, type Household, type Truth } from './households.ts';
import { observe, type Sighting } from './observe.ts';
import { HUSBAND_APPLICANT, noisier, OFFICES, type Office, PROFILES, type Profile } from './offices.ts';
import type { TrueBusiness } from './truth-business.ts';
import type { Observation } from './types.ts';

export type { Office } from './offices.ts';
export { OFFICES } from './offices.ts';

export type PopulationOptions = {
  seed: number;
  /** Real persons to create: owners, plus husbands named on their wives' P-IRT forms. */
  people: number;
  /** Offices whose lists are produced; all four by default. */
  offices?: readonly Office[];
  /** Times the offices' usual mistakes and left-out values (offices.ts noisier); 1 by default. */
  noise?: number;
};

/** An observation plus where it was sent: `resent` rows come again in a later file of the same office. */
export type LinkageObservation = Observation & { office: Office; resent: boolean };

export type Population = { observations: LinkageObservation[]; truth: Truth };

/** Offices that list a business: each by its coverage, the health office only with a P-IRT, at least one. */
function officesOf(b: TrueBusiness, offices: readonly Office[], rnd: Random): Office[] {
  const eligible = offices.filter((o) => o !== 'dinkes' || b.pirt.length > 0);
  const chosen = eligible.filter((o) => rnd.chance(PROFILES[o].coverage));
  if (chosen.length > 0 || eligible.length === 0) return chosen;
  return [eligible.includes('dp3ap2kb') ? 'dp3ap2kb' : rnd.pick(eligible)];
}

function permitsFor(office: Office, b: TrueBusiness, rnd: Random): PermitDraft[] {
  const nib: PermitDraft[] = b.nib ? [{ type: 'NIB', number: b.nib }] : [];
  if (office === 'diskopindag') return rnd.chance(0.85) ? nib : [];
  if (office !== 'dp3ap2kb' || !rnd.chance(0.5)) return [];
  const pirt: PermitDraft[] = b.pirt.slice(0, 1).map((number) => ({ type: 'PIRT', number }));
  return [...pirt, ...nib];
}

/** The rows of one office about one business: one per P-IRT certificate at the health office. */
function sightings(office: Office, profile: Profile, b: TrueBusiness, h: Household, rnd: Random): Sighting[] {
  const owner = h.members.find((m) => m.key === b.ownerKey);
  if (!owner) throw new Error(`owner ${b.ownerKey} missing`);
  const family = [...h.members, ...(h.husband ? [h.husband] : [])];
  const base = { office, profile, owner, business: b, family };
  if (office !== 'dinkes') {
    return [{ ...base, person: owner, permits: permitsFor(office, b, rnd), products: b.products }];
  }
  const person = h.husband && rnd.chance(HUSBAND_APPLICANT) ? h.husband : owner;
  const products = b.products.split(', ');
  return b.pirt.map((number, i) => ({
    ...base,
    person,
    permits: [{ type: 'PIRT', number }],
    products: products[i % products.length] ?? b.products,
  }));
}

/**
 * A synthetic city's home industries as four offices recorded them: every row carries the true person and
 * business keys. Same options, same rows, every time.
 */
export function generatePopulation(opts: PopulationOptions): Population {
  const rnd = createRandom(opts.seed);
  const truth = generateTruth(rnd, opts.people, malangKelurahan());
  const offices = opts.offices ?? OFFICES;
  const householdOf = new Map(truth.households.flatMap((h) => h.members.map((m) => [m.key, h] as const)));
  const ctx = { rnd, niks: new Set(truth.people.map((p) => p.nik)) };
  const byOffice = new Map<Office, LinkageObservation[]>(offices.map((o) => [o, []]));
  for (const b of truth.businesses) {
    const household = householdOf.get(b.ownerKey);
    if (!household) throw new Error(`household of ${b.ownerKey} missing`);
    for (const office of officesOf(b, offices, rnd)) {
      for (const s of sightings(office, noisier(PROFILES[office], opts.noise ?? 1), b, household, rnd)) {
        const rows = byOffice.get(office) ?? [];
        const make = (resent: boolean): LinkageObservation => ({
          office,
          personKey: s.person.key,
          businessKey: b.key,
          ...observe(s, ctx),
          resent,
        });
        rows.push(make(false));
        if (rnd.chance(s.profile.repeat)) rows.push(make(true));
      }
    }
  }
  return { observations: offices.flatMap((o) => byOffice.get(o) ?? []), truth };
}
