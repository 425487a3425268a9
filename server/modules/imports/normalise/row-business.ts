import { sectorOfKbli, validateKbli } from '../../../../shared/rules/kbli.ts';
import type { BusinessDraft } from '../imports.types.ts';
import { cellText, textValue } from './cell.ts';
import { parseBusinessStatus, parseHomeIndustry } from './choices.ts';
import { parseCoordinate, parseCoordinatePair, parseYear } from './numbers.ts';
import { amountsOf, workersOf } from './row-amounts.ts';
import type { Issues, Read, Source } from './row-fields.ts';
import { permitsOf } from './row-permits.ts';
import type { Place } from './row-place.ts';
import { namesProducts, sectorOfText } from './sector.ts';
import type { NormaliseContext } from './types.ts';

/** The business: name (or a stand-in), products, KBLI and sector, size figures, permits, location. */
export function normaliseBusiness(
  read: Read,
  ctx: NormaliseContext,
  issues: Issues,
  ownerName: string,
  place: Place,
): BusinessDraft {
  const src = read('businessName');
  const made = read('products');
  let listed = textValue(made.cell);
  let named = textValue(src.cell);
  // A products column headed as both ("Nama Usaha / Jenis Produk") beside no name: "BUNDA / tempe".
  if (named === null && BOTH.test(made.header)) {
    const split = splitName(listed, made.header);
    if (split.made !== null) [named, listed] = [split.name, split.made];
  } else if (named === null && listed !== null) {
    // "krupuk puli (Pelangi Collection)": the brand in brackets, the products before them.
    named = brandIn(listed);
    if (named !== null) listed = listed.slice(0, listed.lastIndexOf('(')).trim();
  }
  const given = splitName(named, src.header);
  // A products column beside it (often a form's category, "Kerajinan") keeps what the name says it makes.
  const sectorCell = read('sector');
  const sectorText = textValue(sectorCell.cell);
  // With no products of its own, a sector column that names what it makes ("Jenis Industri": Kripik Apel).
  const products =
    listed !== null && given.made !== null
      ? `${listed}, ${given.made}`
      : (listed ?? given.made ?? (namesProducts(sectorText) ? sectorText : null));
  const name = nameOf(src, given.name, products, ownerName, issues);
  const kbliCode = kbliOf(read('kbli'), issues);
  const year = read('yearStarted');
  const home = read('homeIndustry');
  const state = read('businessStatus');
  const status = issues.take(state, parseBusinessStatus(state.cell));
  return {
    name,
    products,
    kbliCode,
    sector: kbliCode ? sectorOfKbli(kbliCode) : sectorOf(sectorCell, [products, name], issues),
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

// A header naming the business and its products ("NAMA USAHA (PRODUK)", "Nama Usaha / Jenis Produk"), not
// one name of it ("Nama Produk Usaha").
const BOTH = /(usaha|merk|merek|brand)\s*(\(|\/|-|&|\bdan\b)\s*(jenis\s*)?(produk|komoditi)/i;
// "Liana Food (roti manis)": a name, and in brackets what it makes.
const BRACKETED = /^(.*?[^\s(])\s*\(([^()]+)\)$/u;
// Under a header naming both ("Nama Usaha - Produk", "NAMA USAHA / PRODUK"): "Liana Food - roti manis".
const SEPARATED = /^(.*?\S)\s+[-–/]\s+(\S.*)$/u;

/**
 * A name cell that also says what the business makes: the name and, where the row has no products of its
 * own, what it makes. Brackets are read so when they name a product or trade (not "UD Sumber Rejeki
 * (Pusat)") or the header says the column holds products too; a dash or slash only under such a header.
 */
export function splitName(text: string | null, header: string): { name: string | null; made: string | null } {
  if (text === null) return { name: null, made: null };
  const both = BOTH.test(header);
  const bracketed = BRACKETED.exec(text);
  if (bracketed && (both || sectorOfText(bracketed[2] as string) !== null))
    return { name: (bracketed[1] as string).trim(), made: (bracketed[2] as string).trim() };
  const separated = both ? SEPARATED.exec(text) : null;
  if (separated) return { name: separated[1] as string, made: (separated[2] as string).trim() };
  return { name: text, made: null };
}

// "krupuk puli (Pelangi Collection)", "keripik (merk Sari Rasa)": the brand a products cell names in brackets,
// in capitals or after "merk" (not "keripik (pedas, original)" nor "kue (2 jenis)").
const BRAND_BRACKETED =
  /^(.*?[^\s(])\s*\(\s*(?:(?:merk|merek|brand)\.?\s+([^(),\d]+)|(\p{Lu}[^(),\d]*))\)$/iu;
const TITLE = /^(?:\p{Lu}[\p{L}'’.&-]*\s*)+$/u;

function brandIn(products: string): string | null {
  const m = BRAND_BRACKETED.exec(products);
  if (!m) return null;
  const brand = (m[2] ?? m[3] ?? '').trim();
  if (m[3] !== undefined && (!TITLE.test(brand) || sectorOfText(brand) !== null)) return null;
  return brand || null;
}

function nameOf(
  src: Source,
  name: string | null,
  products: string | null,
  owner: string,
  issues: Issues,
): string | null {
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
