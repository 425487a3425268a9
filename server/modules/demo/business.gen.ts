import { type SectorCode, sectorOfKbli } from '../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { sizeClass } from '../../../shared/rules/size-class.ts';
import { BRANDS, KINDS, SECTOR_SHARE_ALL, SECTOR_SHARE_HOME } from './catalog.ts';
import { isoTime, laterTime, yearOf } from './dates.ts';
import type { DemoBusiness, DemoContext, DemoPerson } from './demo.types.ts';
import { CENTROIDS, type Kind, type Line, SANAN_SHOWCASE, TOTALS } from './malang.ts';
import { type Address, address } from './people.gen.ts';
import type { Slot } from './plan.ts';
import type { Random } from './random.ts';

const sectors = Object.keys(SECTOR_SHARE_ALL) as SectorCode[];
const homeShare = sectors.map((s) => [s, SECTOR_SHARE_HOME[s]] as const);
// Other micro enterprises take what is left, so that all businesses together match SECTOR_SHARE_ALL.
const otherShare = sectors.map((s) => {
  const total = SECTOR_SHARE_ALL[s] * TOTALS.businesses - SECTOR_SHARE_HOME[s] * TOTALS.homeIndustries;
  return [s, Math.max(0, total / (TOTALS.businesses - TOTALS.homeIndustries))] as const;
});
const HONORIFIC_SKIP = new Set(['Moch', 'Muhammad', 'Abdul']);

function pickKind(slot: Slot, rnd: Random): Kind {
  if (slot.sentra) return rnd.weighted(slot.sentra.kinds.map((k) => [k, k.weight] as const));
  const sector = rnd.weighted(slot.home ? homeShare : otherShare);
  return rnd.weighted(KINDS[sector].map((k) => [k, k.weight] as const));
}

/** "Tempe Bu Sri", "Rotan Makmur", "Kripik Tempe Sanan Jaya", "UD Sumber Rejeki". */
function businessName(label: string, owner: DemoPerson, place: string, rnd: Random): string {
  const parts = owner.name.split(' ');
  const called = HONORIFIC_SKIP.has(parts[0] ?? '') && parts[1] ? parts[1] : parts[0];
  const r = rnd.next();
  let name = `UD ${rnd.pick(BRANDS)}`;
  if (r < 0.35) name = `${label} ${rnd.pick(BRANDS)}`;
  else if (r < 0.65) name = `${label} ${owner.gender === 'P' ? 'Bu' : 'Pak'} ${called}`;
  else if (r < 0.9) name = `${label} ${place} ${rnd.pick(BRANDS)}`;
  return name.startsWith(SANAN_SHOWCASE.phrase) ? `${label} ${rnd.pick(BRANDS)}` : name;
}

function products(line: Line, rnd: Random): string {
  const start = rnd.int(0, line.products.length - 1);
  const count = rnd.int(1, Math.min(3, line.products.length));
  return Array.from({ length: count }, (_, i) => line.products[(start + i) % line.products.length]).join(
    ', ',
  );
}

/** Owner plus 0–3 helpers typically; women and unpaid family members counted among them. */
function workers(owner: DemoPerson, sector: string, rnd: Random) {
  const total = rnd.weighted([
    [1, 34],
    [2, 30],
    [3, 18],
    [4, 10],
    [5, 4],
    [6, 2],
    [7, 1],
    [8, 1],
  ] as const);
  const womanShare = sector === 'kayu' ? 0.25 : 0.65;
  let women = owner.gender === 'P' ? 1 : 0;
  let family = 0;
  for (let i = 1; i < total; i++) {
    if (rnd.chance(womanShare)) women++;
    if (rnd.chance(0.5)) family++;
  }
  return { workers_total: total, workers_women: women, workers_family_unpaid: family };
}

/** Log-normal amounts: turnover mostly Rp 0.5–15 juta a month, capital around Rp 5 juta. */
function money(sector: string, rnd: Random) {
  const turnover = Math.exp(rnd.normal((Math.log(5e5) + Math.log(15e6)) / 2, 0.87));
  const capital = Math.exp(rnd.normal(Math.log(sector === 'kayu' ? 12e6 : 5e6), 1));
  const round = (x: number, step: number, min: number, max: number) =>
    Math.round(Math.min(max, Math.max(min, x)) / step) * step;
  return {
    monthly_turnover: round(turnover, 50_000, 150_000, 150e6),
    capital: round(capital, 100_000, 300_000, 500e6),
  };
}

function coordinates(slot: Slot, rnd: Random) {
  const c = CENTROIDS[slot.kelurahan.kecamatanCode];
  if (!c || !rnd.chance(0.6)) return { latitude: null, longitude: null };
  const jitter = () => Math.max(-c.spread, Math.min(c.spread, rnd.normal(0, c.spread / 2)));
  const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
  return { latitude: round6(c.lat + jitter()), longitude: round6(c.lon + jitter()) };
}

function yearStarted(createdAt: number, owner: DemoPerson, rnd: Random): number {
  const earliest = Math.max(1975, Number(owner.birth_date.slice(0, 4)) + 17);
  const years = Math.floor(-Math.log(1 - rnd.next()) * 7);
  return Math.max(earliest, Math.min(yearOf(createdAt), yearOf(createdAt) - years));
}

export function makeBusiness(id: number, slot: Slot, owner: DemoPerson, createdAt: number, ctx: DemoContext) {
  const { rnd } = ctx;
  const kind = slot.showcase ? null : pickKind(slot, rnd);
  const line = kind ? rnd.pick(kind.lines) : null;
  const kbli = kind?.kbli ?? SANAN_SHOWCASE.kbli;
  const sector = sectorOfKbli(kbli);
  const place = slot.sentra?.place ?? slot.kelurahan.name;
  const name = line ? businessName(line.label, owner, place, rnd) : SANAN_SHOWCASE.name;
  const made = line ? products(line, rnd) : SANAN_SHOWCASE.products.join(', ');
  const where: Address =
    slot.home || rnd.chance(0.7) ? owner : address(slot.kelurahan, slot.sentra?.street ?? null, rnd);
  const amounts = money(sector, rnd);
  const business: DemoBusiness = {
    id,
    owner_id: owner.id,
    owner_krtp: owner.krtp,
    name,
    home_industry: slot.home,
    kelurahan_code: slot.kelurahan.code,
    kecamatan_code: slot.kelurahan.kecamatanCode,
    street: where.street,
    rt: where.rt,
    rw: where.rw,
    ...coordinates(slot, rnd),
    products: made,
    kbli_code: kbli,
    kbli_version: 2020,
    sector,
    year_started: yearStarted(createdAt, owner, rnd),
    ...workers(owner, sector, rnd),
    ...amounts,
    size_class: sizeClass(
      { capital: amounts.capital, monthlyTurnover: amounts.monthly_turnover },
      ctx.thresholds,
    ),
    sentra: slot.sentra?.name ?? null,
    status: 'active',
    search_text: normalizeSearchText(`${name} ${made}`),
    created_at: isoTime(createdAt),
    updated_at: isoTime(rnd.chance(0.3) ? laterTime(createdAt, ctx.end, rnd) : createdAt),
  };
  return business;
}
