import { hamletOf } from '../../linkage/address.ts';
import type { AreaRef, SectionPlace } from '../imports.types.ts';
import {
  type AddressParts,
  markedPlaces,
  NamesCache,
  parseAddress,
  parseRtOrRw,
  parseRtRw,
  regionNamed,
} from './address.ts';
import { textValue } from './cell.ts';
import type { Issues, Read, Source } from './row-fields.ts';
import type { AreaMatch, AreaMatcher, NormaliseContext } from './types.ts';

export type Place = {
  street: string | null;
  rt: string | null;
  rw: string | null;
  kelurahanCode: string | null;
  kecamatanCode: string | null;
};

const NO_PARTS: AddressParts = { street: null, rt: null, rw: null, kelurahan: null, kecamatan: null };

/**
 * Street, RT/RW and the matched kelurahan, from their own columns, else from one address cell, else from the
 * section row above the row ("KELURAHAN TLOGOMAS").
 */
export function normalisePlace(
  read: Read,
  ctx: NormaliseContext,
  issues: Issues,
  above: SectionPlace = NO_SECTION,
  nik: string | null = null,
): Place {
  const address = read('address');
  const addressText = textValue(address.cell);
  const parsed = addressText ? parseAddress(addressText, ctx.regionNames, ctx.elsewhereNames) : NO_PARTS;
  const parts = ledBy(parsed, ctx) ?? parsed;
  const kelurahan = read('kelurahan');
  const kelText = textValue(kelurahan.cell);
  const { rt, rw } = rtRwOf(read, issues, parts, kelText);
  // Issues about a kelurahan taken from the address point at the address cell.
  const kelSource = kelText === null && parts.kelurahan ? address : kelurahan;
  const kecamatan = read('kecamatan');
  const kecColumn = textValue(kecamatan.cell);
  const kecText = kecColumn ?? parts.kecamatan ?? above.kecamatan;
  // "Ds. Pager, Kab. Pasuruan", "Kel. Arjosari, Kota Malang" beside the regency: the row says it is elsewhere.
  const elsewhere = parts.elsewhere
    ? { text: parts.elsewhere, src: address }
    : (elsewhereIn(ctx, [kelurahan, kecamatan]) ??
      endsElsewhere(ctx, [
        [kelurahan, kelText],
        [kecamatan, kecColumn],
        [address, parts.kecamatan],
      ]));
  const text = kelText ?? parts.kelurahan;
  // "Jl. Kawi 12 Kauman, Klojen": the one unmarked place after the street names a kecamatan, which may be
  // all it is, the kelurahan written at the street's end.
  const lone =
    kelText === null && parts.kecamatan === null && parts.kelurahan && addressText
      ? loneKecamatan(parts.kelurahan, addressText, ctx)
      : null;
  const atEnd =
    (text === null || lone) && parts.street ? placeAtEnd(parts.street, lone ?? kecText, ctx) : null;
  const fromSection = text === null && !atEnd ? above.kelurahan : null;
  // An address ending in the region's name, or a file titled with it, says the place is in the region.
  const inRegion = parts.inRegion === true || above.region === true;
  const asWritten = elsewhere
    ? OUTSIDE
    : (atEnd?.match ?? ctx.areas.match(text ?? fromSection, kecText, inRegion));
  const written =
    asWritten.code === null && asWritten.reason === 'unknown' && parts.withKota && text === parts.kelurahan
      ? (withCode(ctx.areas.match(parts.withKota, kecText, inRegion)) ?? asWritten)
      : asWritten;
  // A regency's address names its village (desa) after the hamlet without a mark: "Dsn. Krajan Jeru RT 8
  // RW 1 Kec. Turen".
  const inAddress =
    written.code === null && written.reason !== 'ambiguous' && written.reason !== 'outside' && addressText
      ? placeIn(addressText, kecText, ctx)
      : null;
  const placed = inAddress?.match ?? written;
  const byNik = nikKecamatan(placed, nik, ctx);
  const streetText = textValue(read('street').cell) ?? addressText;
  const hamlet = streetText ? hamletOf(streetText) : null;
  const byHamlet = byNik ? null : hamletVillage(placed, hamlet, ctx);
  const match = byNik ?? byHamlet ?? placed;
  // A row placed otherwise tells where its hamlet is, for the rows after it.
  if (hamlet && match.code !== null && !byHamlet) ctx.hamlets?.get(match.code)?.add(hamlet);
  if (elsewhere) {
    const message = `Alamat menyebut ${elsewhere.text}, di luar wilayah layanan; data di luar wilayah tidak diimpor. Bila tempat usahanya di wilayah ini, perbaiki alamatnya.`;
    issues.error(elsewhere.src, 'KELURAHAN_OUTSIDE', message);
  } else if (inAddress && !byNik && !byHamlet && match.code !== null) {
    const message = `Kelurahan/desa tidak bertanda di alamat; "${inAddress.text}" dibaca sebagai ${named(match.area)}. Periksa, atau isi kolom kelurahan/desa.`;
    issues.warn(address, 'KELURAHAN_IN_ADDRESS', message);
  } else if (byNik && byNik.code !== null) {
    const message = `Kelurahan/desa "${inAddress?.text ?? text ?? fromSection}" ada di beberapa kecamatan; dibaca sebagai ${named(byNik.area)}, kecamatan tempat NIK terdaftar. Periksa, atau isi kolom kecamatan.`;
    issues.warn(inAddress ? address : kelSource, 'KELURAHAN_FROM_NIK', message);
  } else if (byHamlet && byHamlet.code !== null) {
    const message = `Kelurahan/desa "${inAddress?.text ?? text ?? fromSection}" ada di beberapa kecamatan; dibaca sebagai ${named(byHamlet.area)}, satu-satunya yang punya Dusun ${titleCase(hamlet ?? '')} menurut data lain. Periksa, atau isi kolom kecamatan.`;
    issues.warn(inAddress ? address : kelSource, 'KELURAHAN_FROM_HAMLET', message);
  } else if (atEnd && match.code !== null) {
    const spelled = match.confidence === 'uncertain' ? ` ("${atEnd.text}", ejaannya tidak persis)` : '';
    const message = `Kelurahan tidak tertulis terpisah; dibaca dari akhir alamat${spelled} sebagai ${named(match.area)}. Periksa, atau isi kolom kelurahan.`;
    issues.warn(address, 'KELURAHAN_FROM_ADDRESS_END', message);
  } else if (fromSection && above.sheet && match.code !== null) {
    const message = `Kelurahan tidak tertulis di baris ini; diambil dari nama lembar "${above.sheet}" sebagai ${named(match.area)}. Periksa, atau isi kolom kelurahan.`;
    issues.warn(kelSource, 'KELURAHAN_FROM_SHEET', message);
  } else if (atEnd) reportMatch(issues, address, match, atEnd.text, kecText, ctx);
  else if (lone && match.code !== null && match.confidence !== 'uncertain') {
    const message = `"${lone}" di alamat bisa nama kelurahan atau kecamatan; dibaca sebagai kelurahan ${named(match.area)}. Bila itu kecamatannya, isi kolom kelurahan.`;
    issues.warn(address, 'KELURAHAN_OR_KECAMATAN', message);
  } else if (
    match.code === null &&
    match.reason === 'empty' &&
    kelurahan.column === undefined &&
    address.column === undefined
  ) {
    // Neither column mapped, and no section row, title or sheet name above gave the place.
    const message =
      'Kelurahan tidak diketahui: tidak ada kolom kelurahan atau alamat, dan tidak ada baris bagian ("KELURAHAN …", "DESA …") atau judul di atasnya yang menyebut kelurahan. Pilih kolom kelurahan atau alamat, atau tambahkan kolom kelurahan.';
    issues.error(kelSource, 'KELURAHAN_REQUIRED', message);
  } else if (inAddress) reportMatch(issues, address, match, inAddress.text, kecText, ctx);
  // The text the match was read from: with the "Kota" taken from the city's name when that made it.
  else
    reportMatch(
      issues,
      kelSource,
      match,
      (written === asWritten ? text : parts.withKota) ?? fromSection ?? '',
      kecText,
      ctx,
    );
  return {
    street:
      textValue(read('street').cell) ??
      atEnd?.street ??
      (inAddress && match.code !== null ? without(parts.street, inAddress.text) : parts.street),
    rt,
    rw,
    kelurahanCode: match.code,
    kecamatanCode: match.code === null ? null : match.area.kecamatanCode,
  };
}

const OUTSIDE: AreaMatch = { code: null, reason: 'outside', candidates: [] };

/** The street without the village read from it ("Dsn. Krajan Jeru": Dsn. Krajan), unless that is all it is. */
function without(street: string | null, place: string): string | null {
  if (!street) return street;
  const rest = street
    .replace(new RegExp(String.raw`(?<![\p{L}])${asPattern(place)}(?![\p{L}])[\s,]*`, 'u'), '')
    .replace(/[\s,]+$/, '')
    .trim();
  return rest === '' ? street : rest;
}

/** Another regency or city a kelurahan or kecamatan cell names with its kind ("Kel. Arjosari, Kota Malang"). */
function elsewhereIn(ctx: NormaliseContext, sources: readonly Source[]) {
  if (!ctx.elsewhereNames?.length) return null;
  for (const src of sources) {
    const text = textValue(src.cell);
    const named = text ? regionNamed(text, ctx.elsewhereNames) : null;
    if (named) return { text: named, src };
  }
  return null;
}

// Per served region's name: the pattern of the other regions' bare names, and the last words they end in.
const bareNames = new NamesCache<Map<string, { pattern: RegExp; last: Set<string> } | null>>();
const LAST_WORD = /(\p{L}+)[^\p{L}]*$/u;

/**
 * A kelurahan or kecamatan written with the name of another regency or city of the province after it, or in
 * brackets, without its kind ("Kec. Candi Sidoarjo", "Taman (Sidoarjo)", "Pepelegi (Sidoarjo)"), or a
 * kecamatan that is that name ("Sidoarjo"): the row says it is there. Not a served place's own name, nor the
 * served region's own name ("Lowokwaru Malang" in Kota Malang; Kabupaten Malang shares it).
 */
function endsElsewhere(ctx: NormaliseContext, cells: readonly [Source, string | null][]) {
  if (!ctx.elsewhereNames?.length) return null;
  const elsewhere = ctx.elsewhereNames;
  const own = withoutKind(ctx.regionNames[0] ?? '');
  const byOwn = bareNames.get(elsewhere, () => new Map());
  let bare = byOwn.get(own);
  if (bare === undefined) {
    const names = [...new Set(elsewhere.map(withoutKind))].filter((n) => n !== '' && n !== own);
    bare = names.length
      ? {
          pattern: new RegExp(String.raw`(?:^|[\s(,/-])\(?(${names.map(asPattern).join('|')})\)?\s*$`, 'iu'),
          last: new Set(names.map((n) => LAST_WORD.exec(n)?.[1] ?? n)),
        }
      : null;
    byOwn.set(own, bare);
  }
  if (!bare) return null;
  for (const [src, text] of cells) {
    // Only a text ending in the last word of a name can end in the name.
    const last = text ? LAST_WORD.exec(text)?.[1]?.toLowerCase() : undefined;
    const found =
      last !== undefined && bare.last.has(last) ? bare.pattern.exec((text as string).trim()) : null;
    if (!found || !text) continue;
    // A served kecamatan or village of that name, or one whose name ends in it, is the row's own.
    if (ctx.areas.kecamatan(text) !== null || ctx.areas.match(text).code !== null) continue;
    return { text: found[1] as string, src };
  }
  return null;
}

const withoutKind = (name: string) =>
  name
    .replace(/^(?:kota|kabupaten)\s+/i, '')
    .trim()
    .toLowerCase();
const asPattern = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');

// Words that start a street's or housing estate's name, which may be a village's too ("Jl. Masjid
// Penarukan"): up to its number, no place of the row.
const STREET_MARK =
  /^(?:jl|jln|jalan|gg|gang|perum|perumahan|komplek|kompleks|komp|blok|griya|villa|puri|no|nomor)\.?$/i;
// A hamlet (dusun) is named by the word after its mark, and one may bear a village's name.
const HAMLET_MARK = /^(?:dsn|dusun|dukuh)\.?$/i;
const MARK_WORD = /^(?:ds|desa|kel|kelurahan|rt|rw)\.?$/i;
// What names the kecamatan or the regency ("Kec. Tumpang Kab. Malang") names no village of the row.
const AFTER_PLACE = /\b(?:kec(?:amatan)?|kab(?:upaten)?)\b.*$/i;

/**
 * A served kelurahan or village an address names without a mark, anywhere outside a street's name and the
 * word after a hamlet's mark ("RT 02 RW 01 Dsn. Krajan Pulungdowo", "Pagentan Jl. Ahmad Yani 90"), in one to
 * three words ("Suko Anyar"), of the kecamatan when one is known: taken when it is the one found, named
 * exactly or in a known spelling.
 */
function placeIn(address: string, kecText: string | null, ctx: NormaliseContext) {
  const runs: { words: string[]; hamlet: boolean }[] = [];
  for (const piece of address.replace(AFTER_PLACE, '').split(',')) {
    let run: { words: string[]; hamlet: boolean } = { words: [], hamlet: false };
    let street = false;
    let hamlet = false;
    const end = () => {
      if (run.words.length) runs.push(run);
      run = { words: [], hamlet: false };
    };
    for (const word of piece.split(/\s+/).filter(Boolean)) {
      // A word doubled the short way ("Alun2 Contong") is a name's, not a number.
      if (
        (/\d/.test(word) && !/^\p{L}{2,}2$/u.test(word)) ||
        MARK_WORD.test(word) ||
        /^r[tw][\d.:/]/i.test(word)
      ) {
        end();
        street = false;
      } else if (STREET_MARK.test(word) || HAMLET_MARK.test(word)) {
        end();
        street = STREET_MARK.test(word);
        hamlet = !street;
      } else if (!street) {
        if (run.words.length === 0) run.hamlet = hamlet;
        run.words.push(word.replace(/[.:;()"']+/g, ''));
        hamlet = false;
      }
    }
    end();
  }
  const found = new Map<string, { match: AreaMatch; text: string }>();
  const shared = new Map<string, { match: AreaMatch; text: string }>();
  for (const { words, hamlet } of runs) {
    for (let from = hamlet ? 1 : 0; from < words.length; from++) {
      for (let to = Math.min(words.length, from + 3); to > from; to--) {
        const text = words.slice(from, to).join(' ');
        // The end of a kecamatan's name is no kelurahan of the row: "Medan Denai" names no Denai.
        if (endsKecamatan(words, from, to, ctx)) continue;
        const match = ctx.areas.match(text, kecText);
        if (match.code !== null && match.confidence !== 'uncertain' && !match.kecamatanConflict) {
          found.set(match.code, { match, text });
          break;
        }
        // A name several kecamatan share ("Sumbersuko"): the row's NIK may still say which (nikKecamatan).
        if (match.code === null && match.reason === 'ambiguous') {
          shared.set(match.candidates.join(), { match, text });
          break;
        }
      }
    }
  }
  if (found.size === 1) return [...found.values()][0] ?? null;
  return found.size === 0 && shared.size === 1 ? ([...shared.values()][0] ?? null) : null;
}

/** Whether the words from `from` to `to` end a kecamatan's name begun one or two words before them. */
function endsKecamatan(words: readonly string[], from: number, to: number, ctx: NormaliseContext): boolean {
  for (let start = Math.max(0, from - 2); start < from; start++) {
    const text = words.slice(start, to).join(' ');
    if (ctx.areas.kecamatan(text) !== null && ctx.areas.match(text).code === null) return true;
  }
  return false;
}

/**
 * A village name several kecamatan share, written without its kecamatan: the one in the kecamatan where
 * the row's NIK was issued (digits 5–6, when the NIK is of the served region), if exactly one is.
 */
function nikKecamatan(match: AreaMatch, nik: string | null, ctx: NormaliseContext): AreaMatch | null {
  if (match.code !== null || match.reason !== 'ambiguous' || !nik) return null;
  if (nik.slice(0, 4) !== ctx.region.replace('.', '')) return null;
  const kecamatan = `${ctx.region}.${nik.slice(4, 6)}`;
  const areas = match.candidates.map((c) => ctx.areas.area(c)).filter((a) => a?.kecamatanCode === kecamatan);
  const [area] = areas;
  return areas.length === 1 && area
    ? { code: area.code, confidence: 'uncertain', area, kecamatanConflict: false }
    : null;
}

/**
 * A village name several kecamatan share, written without its kecamatan: the one of them where the row's
 * hamlet is known (`NormaliseContext.hamlets`), if exactly one has it ("Dsn. Klampokan, Ds. Kemiri": Kemiri of
 * Kepanjen, where other rows or the registry place Dusun Klampokan).
 */
function hamletVillage(match: AreaMatch, hamlet: string | null, ctx: NormaliseContext): AreaMatch | null {
  if (match.code !== null || match.reason !== 'ambiguous' || !hamlet || !ctx.hamlets) return null;
  const having = match.candidates.filter((c) => ctx.hamlets?.get(c)?.has(hamlet));
  const area = having.length === 1 ? ctx.areas.area(having[0] as string) : undefined;
  return area ? { code: area.code, confidence: 'uncertain', area, kecamatanConflict: false } : null;
}

const withCode = (m: AreaMatch): AreaMatch | null => (m.code === null ? null : m);

const titleCase = (s: string) => s.replace(/(^|\s)\p{L}/gu, (c) => c.toUpperCase());

/**
 * `Jl. Ijen 10 Oro-oro Dowo`: an address without commas or a Kel. mark that ends in a served kelurahan's
 * name after the house number. Only the words after the last one with a digit are tried (a street may
 * bear a kelurahan's name: Jl. Bareng Raya 5), longest first, and a confident match is taken; a near
 * spelling only when it is all that follows the number, in one or two words of six letters or more
 * (`Jl. Kelud 6 Penangungan`); the row then carries a warning. Words naming a village outside the region,
 * with its kecamatan or in two words or more (`… No. 3 Kalisongo Dau`), say the place is outside.
 */
function placeAtEnd(street: string, kecText: string | null, ctx: NormaliseContext) {
  const words = street.split(/\s+/);
  const lastNumber = words.findLastIndex((w) => /\d/.test(w));
  if (lastNumber < 0) return null;
  // "No. 47 Dsn. Kampung Baru": a hamlet's mark and the name after it name no village.
  const hamlet = words.findLastIndex((w, i) => i > lastNumber && HAMLET_MARK.test(w));
  for (let from = Math.max(lastNumber + 1, words.length - 4, hamlet + 2); from < words.length; from++) {
    const text = words.slice(from).join(' ');
    const match = ctx.areas.match(text, kecText);
    const confident = match.code !== null && match.confidence !== 'uncertain';
    const near =
      match.code !== null && from === lastNumber + 1 && words.length - from <= 2 && text.length >= 6;
    const outside = match.code === null && match.reason === 'outside' && from < words.length - 1;
    if (confident || near || outside) return { match, text, street: words.slice(0, from).join(' ') };
  }
  return null;
}

/**
 * "Bareng, Jl. Kauman No 120 RT 12 RW 10, Klojen": the kelurahan written before the street, the kecamatan
 * after it. Taken when the first piece is a served kelurahan for sure, or mistyped one of the kecamatan
 * the address ends in, and what ends the address is nothing or a kecamatan; otherwise the first piece stays
 * part of the street ("Permata Jingga, Jl. …").
 */
function ledBy(parts: AddressParts, ctx: NormaliseContext): AddressParts | null {
  const { lead } = parts;
  if (!lead) return null;
  const last = parts.kecamatan ?? parts.kelurahan;
  if (parts.kecamatan === null && last !== null && ctx.areas.kecamatan(last) === null) return null;
  const match = ctx.areas.match(lead.place, last);
  if (match.code === null || match.kecamatanConflict) return null;
  // Mistyped ("Penangungan, Jl. Welirang 76, Klojen"): only as one of the kecamatan written after it.
  if (match.confidence === 'uncertain' && last === null) return null;
  return { ...parts, street: lead.street || null, kelurahan: lead.place, kecamatan: last };
}

const loneKecamatan = (place: string, address: string, ctx: NormaliseContext): string | null =>
  !markedPlaces(address).kelurahan && ctx.areas.kecamatan(place) !== null ? place : null;

const NO_SECTION: SectionPlace = { kelurahan: null, kecamatan: null };

/**
 * The place a section row names with its mark ("KELURAHAN TLOGOMAS", "2. Kel. Mojolangu", "Kecamatan
 * Klojen"), which holds for the rows below it until the next, as a column would; null if it names none.
 * A title above the header names the whole file's place the same way ("DATA IR KELURAHAN MOJOLANGU TAHUN
 * 2024"): what follows the name (the year, a note in brackets) is not part of it.
 */
export function sectionPlace(text: string): SectionPlace | null {
  const place = markedPlaces(text);
  const kelurahan = LIST.kelurahan.test(text) ? null : bare(place.kelurahan);
  const kecamatan = LIST.kecamatan.test(text) ? null : bare(place.kecamatan);
  return kelurahan || kecamatan ? { kelurahan, kecamatan } : null;
}

// "Kecamatan: Blimbing, Klojen, Kedungkandang", "Kelurahan Tlogomas dan Dinoyo": several places, none the rows'.
const OTHER = String.raw`\s*:?\s*[^,;]+?(?:\s*,\s*(?!(?:kel|kelurahan|desa|kec|kecamatan|kota|kab|kabupaten|prov|provinsi)\b)\p{L}|\s+(?:dan|&)\s+)`;
const LIST = {
  kelurahan: new RegExp(String.raw`\b(?:kel(?:urahan)?|desa)\b\.?${OTHER}`, 'iu'),
  kecamatan: new RegExp(String.raw`\bkec(?:amatan)?\b\.?${OTHER}`, 'iu'),
};

const TAIL =
  /\s*(?:\(.*|\b(?:tahun|th|thn|per|update|keadaan|bulan|semester|triwulan)\b.*|\b\d{4}\b.*|(?<=\S)\s+(?:-\s*)?(?:kota|kab|kabupaten|kodya|kotamadya)\b\.?\s+\S.*)$/i;
const bare = (name: string | null): string | null => name?.replace(TAIL, '').trim() || null;

/**
 * The kelurahan a sheet's name is ("Tlogomas", "Kel. Mojolangu": a workbook with a sheet per kelurahan), for
 * rows nothing else places; null for any other name, and for a bare name a kecamatan also bears (a sheet
 * per kecamatan: "Sukun").
 */
export function sheetPlace(
  name: string | null,
  areas: AreaMatcher,
  served: readonly AreaRef[],
): SectionPlace | null {
  const text = name?.trim();
  if (!text) return null;
  const marked = sectionPlace(text);
  const kelurahan = marked ? marked.kelurahan : text;
  if (!kelurahan) return null;
  const bareName = kelurahan.toLowerCase();
  if (!marked && served.some((a) => a.kecamatanName.toLowerCase() === bareName)) return null;
  const match = areas.match(kelurahan);
  return match.code !== null && match.confidence !== 'uncertain'
    ? { kelurahan, kecamatan: null, sheet: text }
    : null;
}

/**
 * The place a section row gives the rows below it: one naming only a kelurahan or village ("DESA
 * BANJAREJO") stays in the kecamatan named before it (by a title, "TP PKK KECAMATAN PAKIS", or a section
 * row); one naming a kecamatan starts afresh.
 */
export const sectionBelow = (
  place: SectionPlace | undefined,
  more: SectionPlace | null,
): SectionPlace | undefined =>
  more ? { kelurahan: more.kelurahan, kecamatan: more.kecamatan ?? place?.kecamatan ?? null } : place;

/** Places named by titles and section rows, the later filling what the earlier left open. */
export const addPlace = (
  place: SectionPlace | undefined,
  more: SectionPlace | null,
): SectionPlace | undefined =>
  more
    ? {
        kelurahan: more.kelurahan ?? place?.kelurahan ?? null,
        kecamatan: more.kecamatan ?? place?.kecamatan ?? null,
      }
    : place;

function rtRwOf(read: Read, issues: Issues, parts: AddressParts, kelText: string | null) {
  const pair = read('rtRw');
  const both = issues.take(pair, parseRtRw(pair.cell));
  const rtSource = read('rt');
  const rwSource = read('rw');
  const rt = issues.take(rtSource, parseRtOrRw(rtSource.cell, 'rt'));
  const rw = issues.take(rwSource, parseRtOrRw(rwSource.cell, 'rw'));
  // "Dinoyo (RW 05)": an RT or RW written beside the kelurahan serves a row that has none elsewhere.
  const inKel = kelText ? parseRtRw(kelText).value : null;
  return {
    rt: rt ?? both?.rt ?? parts.rt ?? inKel?.rt ?? null,
    rw: rw ?? both?.rw ?? parts.rw ?? inKel?.rw ?? null,
  };
}

const named = (a: AreaRef | undefined) => (a ? `${a.name} (Kec. ${a.kecamatanName})` : null);

function reportMatch(
  issues: Issues,
  src: Source,
  match: AreaMatch,
  text: string,
  kecText: string | null,
  ctx: NormaliseContext,
) {
  const names = (codes: string[]) =>
    codes
      .map((c) => named(ctx.areas.area(c)))
      .filter(Boolean)
      .join(', ');
  if (match.code !== null) {
    if (match.kecamatanConflict) {
      const message = `Kelurahan ${match.area.name} ada di Kecamatan ${match.area.kecamatanName}, bukan "${kecText}"; kelurahan ${match.area.name} dipakai. Periksa kelurahan dan kecamatan.`;
      issues.warn(src, 'KELURAHAN_KECAMATAN_MISMATCH', message);
    } else if (match.confidence === 'uncertain') {
      const message = `Kelurahan "${text}" tidak persis ada dalam daftar; dibaca sebagai ${named(match.area)}. Perbaiki ejaannya bila bukan kelurahan itu.`;
      issues.warn(src, 'KELURAHAN_UNCERTAIN', message);
    }
    return;
  }
  const [code, message] = unmatched(match.reason, text, names(match.candidates), named(match.meant));
  issues.error(src, code, message);
}

function unmatched(
  reason: 'empty' | 'unknown' | 'ambiguous' | 'outside',
  text: string,
  names: string,
  meant: string | null,
): [string, string] {
  if (reason === 'empty') {
    return ['KELURAHAN_REQUIRED', 'Kelurahan/desa kosong; isi nama kelurahan atau desa tempat usaha.'];
  }
  if (reason === 'ambiguous') {
    return [
      'KELURAHAN_AMBIGUOUS',
      `Kelurahan/desa "${text}" cocok dengan lebih dari satu kelurahan/desa: ${names}; isi kolom kecamatan atau perbaiki ejaannya.`,
    ];
  }
  if (reason === 'outside') {
    const hint = meant
      ? ` Bila yang dimaksud ${meant}, tulis nama lengkapnya, isi kecamatannya, atau tulis kota di alamat.`
      : '';
    return [
      'KELURAHAN_OUTSIDE',
      `Kelurahan "${text}" berada di luar wilayah layanan${names ? ` (${names})` : ''}; data di luar wilayah tidak diimpor.${hint}`,
    ];
  }
  const hint = names ? ` Mungkin maksudnya: ${names}.` : '';
  return [
    'KELURAHAN_UNKNOWN',
    `Kelurahan "${text}" tidak ada dalam daftar wilayah layanan; periksa ejaannya.${hint}`,
  ];
}
