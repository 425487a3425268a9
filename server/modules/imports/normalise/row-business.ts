import { sectorOfKbli, validateKbli } from '../../../../shared/rules/kbli.ts';
import type { BusinessDraft } from '../imports.types.ts';
import { cellText, textValue } from './cell.ts';
import { parseBusinessStatus, parseHomeIndustry } from './choices.ts';
import { parseCoordinate, parseCoordinatePair, parseYear } from './numbers.ts';
import { amountsOf, workersOf } from './row-amounts.ts';
import type { Issues, Read, Source } from './row-fields.ts';
import { permitsOf } from './row-permits.ts';
import type { Place } from './row-place.ts';
import { sectorOfText } from './sector.ts';
import type { NormaliseContext } from './types.ts';

/** The business: name (or a stand-in), products, KBLI and sector, size figures, permits, location. */
export function normaliseBusiness(
  read: Read,
  ctx: NormaliseContext,
  issues: Issues,
  ownerName: string,
  place: Place,
): BusinessDraft {
  const products = textValue(read('products').cell);
  const name = nameOf(read('businessName'), products, ownerName, issues);
  const kbliCode = kbliOf(read('kbli'), issues);
  const year = read('yearStarted');
  const home = read('homeIndustry');
  const state = read('businessStatus');
  const status = issues.take(state, parseBusinessStatus(state.cell));
  return {
    name,
    products,
    kbliCode,
    sector: kbliCode ? sectorOfKbli(kbliCode) : sectorOf(read('sector'), [products, name], issues),
    yearStarted: issues.take(year, parseYear(year.cell, ctx.today, /\blama\b/i.test(year.header))),
    ...workersOf(read, ctx, issues),
    ...amountsOf(read, ctx, issues),
    ...place,
    ...coordinatesOf(read, issues),
    homeIndustry: issues.take(home, parseHomeIndustry(home.cell, home.header)),
    ...(status ? { status } : {}),
    permits: permitsOf(read, ctx, issues),
  };
}

function nameOf(src: Source, products: string | null, owner: string, issues: Issues): string | null {
  const name = textValue(src.cell);
  if (name !== null) return name;
  const standIn = products ?? (owner ? `Usaha ${owner}` : null);
  if (standIn !== null) {
    const message = `Nama usaha kosong; sementara dipakai "${standIn}". Isi nama usaha bila ada.`;
    issues.warn(src, 'BUSINESS_NAME_MISSING', message);
  }
  return standIn;
}

// "10794 - Industri Kerupuk" or a number cell 10794: the code is the leading five digits.
function kbliOf(src: Source, issues: Issues): string | null {
  const text = cellText(src.cell);
  if (text === null || textValue(src.cell) === null) return null;
  const code = /^(\d{5})(?!\d)/.exec(text)?.[1] ?? text;
  const check = validateKbli(code);
  for (const e of check.errors) issues.rule('warning', src, e, `KBLI "${text}" tidak disimpan`);
  for (const w of check.warnings) issues.rule('warning', src, w);
  return check.value;
}

function sectorOf(src: Source, fallbacks: (string | null)[], issues: Issues) {
  const text = textValue(src.cell);
  const named = sectorOfText(text);
  if (named) return named;
  if (text !== null) {
    const message = `Sektor "${text}" tidak dikenal; sektor ditebak dari produk. Pakai mis. Makanan & minuman, Kerajinan, Jasa.`;
    issues.warn(src, 'SECTOR_UNKNOWN', message);
  }
  for (const t of fallbacks) {
    const guessed = sectorOfText(t);
    if (guessed) return guessed;
  }
  return null;
}

// The registry stores both or neither: a lone latitude or longitude is no location.
function coordinatesOf(read: Read, issues: Issues) {
  const [latSrc, lonSrc] = [read('latitude'), read('longitude')];
  const latitude = issues.take(latSrc, parseCoordinate(latSrc.cell, 'lat'));
  const longitude = issues.take(lonSrc, parseCoordinate(lonSrc.cell, 'lon'));
  if (latitude === null && longitude === null) {
    const both = read('coordinates');
    return issues.take(both, parseCoordinatePair(both.cell)) ?? { latitude, longitude };
  }
  if ((latitude === null) === (longitude === null)) return { latitude, longitude };
  const missing = latitude === null ? latSrc : lonSrc;
  const message =
    'Koordinat hanya terisi sebagian; isi lintang dan bujur bersama-sama. Koordinat tidak disimpan.';
  issues.warn(missing, 'COORDINATES_INCOMPLETE', message);
  return { latitude: null, longitude: null };
}
