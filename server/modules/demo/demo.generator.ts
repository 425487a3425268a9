import type { SizeThresholds } from '../../config.ts';
import { makeBusiness } from './business.gen.ts';
import { DAY, dayMs, timeline } from './dates.ts';
import type { DemoBusiness, DemoContext, DemoData, DemoPermit, DemoPerson, Kelurahan } from './demo.types.ts';
import { SANAN_SHOWCASE, TOTALS } from './malang.ts';
import { makePerson } from './people.gen.ts';
import { createRegister, makePermits } from './permits.gen.ts';
import { planSlots, type Slot } from './plan.ts';
import { createRandom } from './random.ts';

export type { DemoBusiness, DemoData, DemoPermit, DemoPerson, Kelurahan } from './demo.types.ts';

export type DemoOptions = {
  region: string;
  kelurahan: Kelurahan[];
  thresholds: SizeThresholds;
  seed?: number;
  /** Last day records may carry (YYYY-MM-DD); fixed by default so the data never changes between runs. */
  today?: string;
};

export const DEMO_SEED = 2018;
export const DEMO_TODAY = '2026-11-28';
const FIRST_DAY = '2015-01-01';
// About 4 % of owners run a second business: 0.04 / 1.04 of businesses go to an existing owner.
const SECOND_BUSINESS = 0.04 / 1.04;
const WOMEN_SHARE = 0.645;
const WOMEN_AMONG_OTHER_HOME = 0.6;

/** Share of women among owners of non-home micro enterprises, so all businesses reach WOMEN_SHARE. */
const womenAmongOthers = (() => {
  const { businesses, homeIndustries, krtpHomeIndustries } = TOTALS;
  const homeWomen = krtpHomeIndustries + WOMEN_AMONG_OTHER_HOME * (homeIndustries - krtpHomeIndustries);
  return (WOMEN_SHARE * businesses - homeWomen) / (businesses - homeIndustries);
})();

type Pools = Map<string, { krtp: DemoPerson[]; other: DemoPerson[] }>;

/** An existing owner in the same kelurahan whose KRTP status fits the slot, or null for a new owner. */
function reuseOwner(slot: Slot, pools: Pools, ctx: DemoContext): DemoPerson | null {
  const pool = pools.get(slot.kelurahan.code);
  if (!pool || slot.showcase || !ctx.rnd.chance(SECOND_BUSINESS)) return null;
  const anyPool = ctx.rnd.int(0, pool.krtp.length + pool.other.length - 1) < pool.krtp.length;
  const list = slot.home ? (slot.krtp ? pool.krtp : pool.other) : anyPool ? pool.krtp : pool.other;
  if (list.length === 0) return null;
  const i = ctx.rnd.int(0, list.length - 1);
  const owner = list[i] as DemoPerson;
  // Most stop at two businesses; a few go on to a third.
  if (!ctx.rnd.chance(0.1)) {
    list[i] = list[list.length - 1] as DemoPerson;
    list.pop();
  }
  return owner;
}

function newOwner(id: number, slot: Slot, createdAt: number, ctx: DemoContext): DemoPerson {
  const { rnd } = ctx;
  const woman = slot.krtp || rnd.chance(slot.home ? WOMEN_AMONG_OTHER_HOME : womenAmongOthers);
  const krtp = slot.home ? slot.krtp : woman && rnd.chance(0.15);
  // The owner is registered a few minutes before the business itself.
  const registeredAt = createdAt - rnd.int(30, 900) * 1000;
  const street = slot.sentra?.street ?? null;
  const spec = {
    kelurahan: slot.kelurahan,
    gender: woman ? 'P' : 'L',
    krtp,
    createdAt: registeredAt,
    street,
  } as const;
  const person = makePerson(id, spec, ctx);
  // The showcase home industry sits on Jl. Sanan itself, where visitors to the sentra would look for it.
  return slot.showcase ? { ...person, street: `${SANAN_SHOWCASE.street} No. ${rnd.int(1, 120)}` } : person;
}

/**
 * Synthetic registry of Kota Malang: exactly 99,213 micro enterprises, 14,327 home industries and 8,552 of
 * them run by a KRTP woman, with owners, permits and record times. Same options, same rows, every time.
 */
export function generateDemo(opts: DemoOptions): DemoData {
  const end = dayMs(opts.today ?? DEMO_TODAY) - DAY;
  const rnd = createRandom(opts.seed ?? DEMO_SEED);
  const ctx: DemoContext = {
    rnd,
    region: opts.region,
    thresholds: opts.thresholds,
    start: dayMs(FIRST_DAY),
    end,
    taken: new Set(),
  };
  const slots = planSlots(opts.kelurahan, rnd);
  const times = timeline(slots.length, ctx.start, end, rnd);
  const register = createRegister(ctx);
  const pools: Pools = new Map();
  const people: DemoPerson[] = [];
  const businesses: DemoBusiness[] = [];
  const permits: DemoPermit[] = [];
  slots.forEach((slot, i) => {
    const createdAt = times[i] ?? end;
    let owner = reuseOwner(slot, pools, ctx);
    if (!owner) {
      owner = newOwner(people.length + 1, slot, createdAt, ctx);
      people.push(owner);
      const pool = pools.get(slot.kelurahan.code) ?? { krtp: [], other: [] };
      (owner.krtp ? pool.krtp : pool.other).push(owner);
      pools.set(slot.kelurahan.code, pool);
    }
    const business = makeBusiness(i + 1, slot, owner, createdAt, ctx);
    businesses.push(business);
    for (const p of makePermits(ctx, register, business)) permits.push({ id: permits.length + 1, ...p });
  });
  return { people, businesses, permits };
}
