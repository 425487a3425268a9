import { formatRupiah } from '../../../../shared/rules/format.ts';
import type { ImportField } from '../imports.types.ts';
import { cellText, isEmptyCell } from './cell.ts';
import { headerUnit } from './header-key.ts';
import { FIELD_LABELS } from './labels.ts';
import {
  type AmountPeriod,
  amountPeriod,
  menAndWomen,
  parseAmount,
  parseCount,
  womenAmong,
} from './numbers.ts';
import type { Issues, Read, Source } from './row-fields.ts';
import type { NormaliseContext, NormaliseLimits } from './types.ts';

/**
 * Beyond these a value is a typing mistake (extra zeros), not a micro business: PP 7/2021 ends medium
 * enterprises at Rp 50 miliar sales a year (≈ Rp 4,2 miliar a month) and Rp 10 miliar capital; BPS counts
 * 100 or more workers as a large industry.
 */
export const DEFAULT_LIMITS: NormaliseLimits = {
  maxMonthlyTurnover: 5_000_000_000,
  maxCapital: 10_000_000_000,
  maxWorkers: 99,
};
// Below Rp 1.000 an amount was written in juta or ribu without saying so ("2,5" for 2,5 juta).
const MIN_AMOUNT = 1_000;
// A month's sales below this are possible but rare: more often a unit was left out ("2.500" for 2,5 juta).
const SMALL_TURNOVER = 100_000;
// Above a small enterprise's sales (PP 7/2021: Rp 15 miliar a year) a home industry is rare: more often a
// zero too many, or a year's sales in a month's column.
const LARGE_TURNOVER = 1_250_000_000;

const limitsOf = (ctx: NormaliseContext): NormaliseLimits => ({ ...DEFAULT_LIMITS, ...ctx.limits });

// A turnover column's period, and how many of it make a month (a month of 30 days, a year of 52 weeks).
const TURNOVER: readonly [ImportField, AmountPeriod][] = [
  ['monthlyTurnover', 'month'],
  ['annualTurnover', 'year'],
  ['weeklyTurnover', 'week'],
  ['dailyTurnover', 'day'],
];
const PER_MONTH: Record<AmountPeriod, number> = { day: 30, week: 52 / 12, month: 1, year: 1 / 12 };
const PERIOD_NAMES: Record<AmountPeriod, string> = {
  day: 'per hari',
  week: 'per minggu',
  month: 'per bulan',
  year: 'per tahun',
};

/**
 * Monthly turnover, from the first turnover column with a value: per month, or a year's, a week's or a
 * day's figure made monthly. A value that names its own period ("100rb/hari") is read for that period.
 */
function turnoverOf(read: Read, issues: Issues): { src: Source; value: number | null } {
  let first: Source | undefined;
  for (const [field, columnPeriod] of TURNOVER) {
    const src = read(field);
    first ??= src;
    const n = amount(src, issues);
    if (n === null) continue;
    const period = amountPeriod(src.cell) ?? columnPeriod;
    const value = Math.round(n * PER_MONTH[period]);
    if (period !== columnPeriod)
      issues.warn(
        src,
        'TURNOVER_PERIOD',
        `${FIELD_LABELS[src.field]} "${cellText(src.cell)}" ditulis ${PERIOD_NAMES[period]}; dihitung per bulan: ${formatRupiah(value)}.`,
      );
    return { src, value };
  }
  return { src: first ?? read('monthlyTurnover'), value: null };
}

/** Monthly turnover and capital, with bounds. */
export function amountsOf(read: Read, ctx: NormaliseContext, issues: Issues) {
  const limits = limitsOf(ctx);
  const turnover = turnoverOf(read, issues);
  const capital = read('capital');
  return {
    monthlyTurnover: bounded(turnover.src, turnover.value, limits.maxMonthlyTurnover, 'TURNOVER', issues),
    capital: bounded(capital, amount(capital, issues), limits.maxCapital, 'CAPITAL', issues),
  };
}

const amount = (src: Source, issues: Issues) =>
  issues.take(src, parseAmount(src.cell, headerUnit(src.header)));

function bounded(src: Source, n: number | null, max: number, code: string, issues: Issues): number | null {
  if (n === null || n === 0) return n;
  const shown = `${FIELD_LABELS[src.field]} "${cellText(src.cell)}"`;
  if (n < 0) {
    issues.error(src, `${code}_NEGATIVE`, `${shown} negatif; isi jumlah Rupiah tanpa tanda minus.`);
  } else if (n < MIN_AMOUNT) {
    const message = `${shown} terbaca ${formatRupiah(n)}, terlalu kecil; tulis Rupiah penuh (mis. 2.500.000) atau dengan satuan (2,5 jt).`;
    issues.error(src, `${code}_ABSURD`, message);
  } else if (n > max) {
    const message = `${shown} terbaca ${formatRupiah(n)}, di atas batas wajar ${formatRupiah(max)}; periksa jumlah nol.`;
    issues.error(src, `${code}_ABSURD`, message);
  } else {
    if (code === 'TURNOVER' && n < SMALL_TURNOVER) {
      const message = `${shown} terbaca ${formatRupiah(n)} per bulan, sangat kecil; periksa satuannya (ribu atau juta).`;
      issues.warn(src, 'TURNOVER_SMALL', message);
    }
    if (code === 'TURNOVER' && n > LARGE_TURNOVER) {
      const message = `${shown} terbaca ${formatRupiah(n)} per bulan, di atas penjualan usaha kecil (Rp 15 miliar setahun); periksa jumlah nol, atau apakah itu omzet setahun.`;
      issues.warn(src, 'TURNOVER_LARGE', message);
    }
    return n;
  }
  return null;
}

/** Workers in total and women among them; counts that cannot be true reject the row. */
export function workersOf(read: Read, ctx: NormaliseContext, issues: Issues) {
  const max = limitsOf(ctx).maxWorkers;
  const [totalSrc, womenSrc, menSrc] = [read('workersTotal'), read('workersWomen'), read('workersMen')];
  const given = count(totalSrc, max, issues);
  // "2L 3P" or "5 (3 P)" in the total's column also says how many are women, when no column of its own does.
  // The women's own column counted by sex ("3 P", "2L 3P") gives the women in it, not everyone.
  const split = typeof womenSrc.cell === 'string' ? menAndWomen(womenSrc.cell) : null;
  const women =
    (split ? split.women : count(womenSrc, max, issues)) ??
    (given !== null && typeof totalSrc.cell === 'string' ? womenAmong(totalSrc.cell, given) : null);
  const total = given ?? menAndWomenTotal(menSrc, womenSrc, women, max, issues);
  if (total !== null && women !== null && women > total) {
    const message = `Tenaga kerja perempuan (${women}) lebih banyak dari jumlah tenaga kerja (${total}); periksa kedua angka.`;
    issues.error(womenSrc, 'WORKERS_WOMEN_GT_TOTAL', message);
  }
  return { workersTotal: total, workersWomen: women };
}

/**
 * A file counting men and women in columns of their own, without a total: their sum, an empty or "-" cell
 * of either counted as none. Only with both columns: men alone are not all the workers.
 */
function menAndWomenTotal(
  menSrc: Source,
  womenSrc: Source,
  women: number | null,
  max: number,
  issues: Issues,
): number | null {
  if (menSrc.column === undefined || womenSrc.column === undefined) return null;
  const men = count(menSrc, max, issues);
  if (men === null && women === null) return null;
  // A count that could not be read is not none.
  if ((men === null && !isEmptyCell(menSrc.cell)) || (women === null && !isEmptyCell(womenSrc.cell)))
    return null;
  const sum = (men ?? 0) + (women ?? 0);
  return sum <= max ? sum : null;
}

function count(src: Source, max: number, issues: Issues): number | null {
  const parsed = parseCount(src.cell);
  const n = issues.take(src, parsed, parsed.issue?.code === 'NUMBER_NOT_WHOLE' ? 'error' : 'warning');
  if (n === null || (n >= 0 && n <= max)) return n;
  const shown = `${FIELD_LABELS[src.field]} ${n}`;
  if (n < 0) issues.error(src, 'WORKERS_NEGATIVE', `${shown} negatif; isi jumlah orang.`);
  else
    issues.error(
      src,
      'WORKERS_ABSURD',
      `${shown} tidak wajar untuk usaha mikro (maks. ${max}); periksa angkanya.`,
    );
  return null;
}
