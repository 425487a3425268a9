import { BRANDS, KINDS, SECTOR_SHARE_HOME } from '../../server/modules/demo/catalog.ts';
import { type Kind, type Line, SENTRA } from '../../server/modules/demo/malang.ts';
import type { Random } from '../../server/modules/demo/random.ts';
import { type SectorCode, sectorOfKbli } from '../../shared/rules/kbli.ts';
import type { TruePerson } from './truth.ts';

/** A real business: one owner, at the owner's home, with its permits. */
export type TrueBusiness = {
  key: string;
  ownerKey: string;
  /** Product label of the name ("Kripik Tempe"), used by offices that write "Kripik Tempe Bu Siti". */
  label: string;
  name: string;
  products: string;
  kbliCode: string;
  sector: SectorCode;
  yearStarted: number;
  workersTotal: number;
  workersWomen: number;
  monthlyTurnover: number;
  capital: number;
  pirt: string[];
  nib: string | null;
};

export type BusinessContext = { rnd: Random; nextBusiness: number; nextProducer: number; nibs: Set<string> };

const pad = (n: number, width: number) => String(n).padStart(width, '0');
const sectors = (Object.keys(SECTOR_SHARE_HOME) as SectorCode[]).map(
  (s) => [s, SECTOR_SHARE_HOME[s]] as const,
);
const sentraOf = new Map(SENTRA.map((s) => [s.kelurahan, s]));
const SKIP = new Set(['Moch', 'Muhammad', 'Abdul']);

/** What a person calls herself in a business name: "Siti" of "Siti Aminah", "Rudi" of "Moch Rudi". */
export function calledName(name: string): string {
  const parts = name.split(' ');
  return (SKIP.has(parts[0] ?? '') && parts[1] ? parts[1] : parts[0]) ?? name;
}

/** A product line, from the kelurahan's sentra half of the time there, else from the home-industry mix. */
export function pickLine(owner: TruePerson, rnd: Random): { kind: Kind; line: Line } {
  const sentra = sentraOf.get(owner.kelurahan.code);
  const kinds = sentra && rnd.chance(0.5) ? sentra.kinds : KINDS[rnd.weighted(sectors)];
  const kind = rnd.weighted(kinds.map((k) => [k, k.weight] as const));
  return { kind, line: rnd.pick(kind.lines) };
}

function businessName(label: string, owner: TruePerson, rnd: Random): string {
  const r = rnd.next();
  if (r < 0.3) return `${label} ${rnd.pick(BRANDS)}`;
  if (r < 0.6) return `${label} ${owner.gender === 'P' ? 'Bu' : 'Pak'} ${calledName(owner.name)}`;
  if (r < 0.8) return `${label} ${owner.kelurahan.name} ${rnd.pick(BRANDS)}`;
  return `UD ${rnd.pick(BRANDS)}`;
}

function products(line: Line, rnd: Random): string {
  const start = rnd.int(0, line.products.length - 1);
  const count = rnd.int(1, Math.min(3, line.products.length));
  return Array.from({ length: count }, (_, i) => line.products[(start + i) % line.products.length]).join(
    ', ',
  );
}

/** One producer serial per owner: all of her certificates share digits 4–7 and 10–13. */
function pirtNumbers(ctx: BusinessContext, producer: number, first: number): string[] {
  const { rnd } = ctx;
  const count = rnd.weighted([
    [1, 70],
    [2, 30],
  ] as const);
  return Array.from({ length: count }, (_, i) => {
    const stem = `${rnd.pick([2, 2, 1, 4, 5])}${rnd.pick(['06', '11', '14', '15'])}3573${pad(first + i, 2)}${pad(producer, 4)}`;
    return `${stem}-${rnd.int(24, 29)}`;
  });
}

function newNib(ctx: BusinessContext): string {
  for (;;) {
    const nib = `${ctx.rnd.pick(['91', '02', '12', '81'])}${pad(ctx.rnd.int(0, 99_999_999_999), 11)}`;
    if (!ctx.nibs.has(nib)) {
      ctx.nibs.add(nib);
      return nib;
    }
  }
}

/** A business of `owner`; `producer` numbers the owner's P-IRT certificates across her businesses. */
export function makeBusiness(
  ctx: BusinessContext,
  owner: TruePerson,
  producer: { serial: number; products: number },
  avoidLabel?: string,
): TrueBusiness {
  const { rnd } = ctx;
  let pick = pickLine(owner, rnd);
  for (let i = 0; i < 5 && pick.line.label === avoidLabel; i++) pick = pickLine(owner, rnd);
  const sector = sectorOfKbli(pick.kind.kbli);
  const workersTotal = rnd.weighted([
    [1, 34],
    [2, 30],
    [3, 18],
    [4, 10],
    [5, 5],
    [6, 3],
  ] as const);
  const pirt =
    sector === 'pangan' && rnd.chance(0.4) ? pirtNumbers(ctx, producer.serial, producer.products + 1) : [];
  producer.products += pirt.length;
  const turnover = Math.exp(rnd.normal((Math.log(5e5) + Math.log(15e6)) / 2, 0.87));
  return {
    key: `B${pad(++ctx.nextBusiness, 6)}`,
    ownerKey: owner.key,
    label: pick.line.label,
    name: businessName(pick.line.label, owner, rnd),
    products: products(pick.line, rnd),
    kbliCode: pick.kind.kbli,
    sector,
    yearStarted: Math.max(
      Number(owner.birthDate.slice(0, 4)) + 17,
      2024 - Math.floor(-Math.log(1 - rnd.next()) * 7),
    ),
    workersTotal,
    workersWomen: Math.max(owner.gender === 'P' ? 1 : 0, Math.round(workersTotal * 0.65)),
    monthlyTurnover: Math.round(Math.min(150e6, Math.max(150_000, turnover)) / 50_000) * 50_000,
    capital: Math.round(Math.exp(rnd.normal(Math.log(5e6), 1)) / 100_000) * 100_000 + 300_000,
    pirt,
    nib: rnd.chance(pirt.length > 0 ? 0.35 : 0.08) ? newNib(ctx) : null,
  };
}
