import { permitValidityYears } from '../../../shared/rules/permits.ts';
import { addYears, DAY, dayBetween, dayMs, isoDate, isoTime, officeTime } from './dates.ts';
import type { DemoBusiness, DemoContext, DemoPermit } from './demo.types.ts';
import { unique } from './people.gen.ts';

type Draft = Omit<DemoPermit, 'id'>;

const OSS_LAUNCH = dayMs('2018-07-09');
const IUMK_END = dayMs('2018-06-30');
const pad = (n: number, width: number) => String(n).padStart(width, '0');

// P-IRT food-type digits (SPP-IRT list): 06 flour products, 09 sugar, 10 coffee, 11 seasonings, 13 drink powders,
// 14 fruit products, 15 grains, nuts and tubers.
const FOOD_TYPE: Record<string, string> = {
  '10710': '06',
  '10750': '06',
  '10792': '06',
  '10722': '09',
  '10761': '10',
  '10772': '11',
  '10799': '11',
  '11040': '13',
  '11090': '13',
  '10733': '14',
  '10796': '14',
};

/** Per-owner state: one producer serial for all of an owner's P-IRT certificates, products numbered on. */
export type PermitRegister = {
  producer: Map<number, { serial: number; products: number }>;
  serials: number[];
  counters: Map<string, number>;
};

export function createRegister(ctx: DemoContext): PermitRegister {
  const serials = Array.from({ length: 9999 }, (_, i) => i + 1);
  for (let i = serials.length - 1; i > 0; i--) {
    const j = ctx.rnd.int(0, i);
    [serials[i], serials[j]] = [serials[j] ?? 0, serials[i] ?? 0];
  }
  return { producer: new Map(), serials, counters: new Map() };
}

function next(reg: PermitRegister, key: string, start: number): number {
  const n = (reg.counters.get(key) ?? start) + 1;
  reg.counters.set(key, n);
  return n;
}

/** Recorded in the registry on or after both the business record and the issue date. */
function draft(
  ctx: DemoContext,
  b: DemoBusiness,
  type: DemoPermit['type'],
  number: string,
  issued: string,
  expires: string | null,
): Draft {
  const after = Math.max(Date.parse(b.created_at), dayMs(issued));
  const day = Math.min(ctx.end, Math.floor(after / DAY) * DAY + ctx.rnd.int(0, 20) * DAY);
  const at = isoTime(Math.max(after, officeTime(day, ctx.rnd)));
  return {
    business_id: b.id,
    type,
    number,
    issued_on: issued,
    expires_on: expires,
    created_at: at,
    updated_at: at,
  };
}

function startOf(b: DemoBusiness, floor: number): number {
  return Math.max(floor, dayMs(`${b.year_started}-01-01`));
}

function pirt(ctx: DemoContext, reg: PermitRegister, b: DemoBusiness): Draft[] {
  const { rnd } = ctx;
  const owner = reg.producer.get(b.owner_id) ?? { serial: reg.serials.pop() ?? 1, products: 0 };
  reg.producer.set(b.owner_id, owner);
  const regency = ctx.region.replace('.', '');
  const out: Draft[] = [];
  const certificates = rnd.weighted([
    [1, 60],
    [2, 30],
    [3, 10],
  ] as const);
  for (let c = 0; c < certificates; c++) {
    owner.products++;
    const packaging = rnd.weighted([
      [2, 50],
      [1, 10],
      [4, 15],
      [3, 5],
      [5, 5],
      [6, 5],
      [7, 5],
      [8, 5],
    ] as const);
    const stem = `${packaging}${FOOD_TYPE[b.kbli_code] ?? '15'}${regency}${pad(owner.products, 2)}${pad(owner.serial, 4)}`;
    let issued = isoDate(dayBetween(startOf(b, dayMs('2010-01-02')), ctx.end, rnd));
    // Renewed certificates keep digits 1–13 and change only the expiry year; some are left to lapse.
    for (;;) {
      const expires = addYears(issued, 5);
      out.push(draft(ctx, b, 'PIRT', `${stem}-${expires.slice(2, 4)}`, issued, expires));
      if (dayMs(expires) > ctx.end || !rnd.chance(0.55)) break;
      issued = expires;
    }
  }
  return out;
}

function nib(ctx: DemoContext, b: DemoBusiness): Draft {
  const { rnd } = ctx;
  const number = unique(
    ctx,
    'NIB',
    () => `${rnd.pick(['91', '02', '12', '81'])}${pad(rnd.int(0, 99_999_999_999), 11)}`,
  );
  return draft(ctx, b, 'NIB', number, isoDate(dayBetween(startOf(b, OSS_LAUNCH), ctx.end, rnd)), null);
}

/** Halal self-declare needs an NIB, so it is issued after it, from BPJPH's start in 2021. */
function halal(ctx: DemoContext, reg: PermitRegister, b: DemoBusiness, after: string): Draft | null {
  const from = Math.max(dayMs(after), dayMs('2021-01-04'));
  if (from > ctx.end) return null;
  const issued = isoDate(dayBetween(from, ctx.end, ctx.rnd));
  const number = `ID${ctx.region.replace('.', '')}${pad(next(reg, 'halal', 1200), 7)}${issued.slice(5, 7)}${issued.slice(2, 4)}`;
  return draft(ctx, b, 'HALAL', number, issued, addYears(issued, permitValidityYears('HALAL') ?? 4));
}

/** Surat Keterangan Usaha from the kelurahan office, valid one year; numbered per kelurahan and year. */
function sku(ctx: DemoContext, reg: PermitRegister, b: DemoBusiness): Draft {
  const issued = isoDate(dayBetween(startOf(b, dayMs('2012-01-02')), ctx.end, ctx.rnd));
  const year = issued.slice(0, 4);
  const n = next(reg, `sku:${b.kelurahan_code}:${year}`, ctx.rnd.int(10, 60));
  return draft(ctx, b, 'SKU', `503/${n}/${b.kelurahan_code}/${year}`, issued, addYears(issued, 1));
}

/** IUMK from the camat (Perpres 98/2014), replaced by the OSS NIB in mid-2018. */
function iumk(ctx: DemoContext, reg: PermitRegister, b: DemoBusiness): Draft | null {
  const from = startOf(b, dayMs('2015-01-05'));
  if (from > IUMK_END) return null;
  const issued = isoDate(dayBetween(from, IUMK_END, ctx.rnd));
  const year = issued.slice(0, 4);
  const n = next(reg, `iumk:${b.kecamatan_code}:${year}`, 0);
  return draft(ctx, b, 'IUMK', `503/${pad(n, 4)}/IUMK/${b.kecamatan_code}/${year}`, issued, null);
}

/** NIB ≈ 6 % of all, P-IRT ≈ 17 % of food home industries, halal ≈ 0.6 %, a few SKU and IUMK. */
export function makePermits(ctx: DemoContext, reg: PermitRegister, b: DemoBusiness): Draft[] {
  const { rnd } = ctx;
  const food = b.sector === 'pangan';
  const pirts = food && rnd.chance(b.home_industry ? 0.17 : 0.04) ? pirt(ctx, reg, b) : [];
  const out = [...pirts];
  const withNib = rnd.chance(pirts.length > 0 ? 0.45 : 0.05) ? nib(ctx, b) : null;
  if (withNib) out.push(withNib);
  const withHalal = withNib && food && rnd.chance(0.2) ? halal(ctx, reg, b, withNib.issued_on) : null;
  if (withHalal) out.push(withHalal);
  const withSku = rnd.chance(0.02) ? sku(ctx, reg, b) : null;
  if (withSku) out.push(withSku);
  const withIumk = rnd.chance(0.01) ? iumk(ctx, reg, b) : null;
  if (withIumk) out.push(withIumk);
  return out;
}
