import { memo } from '../../linkage/memo.ts';
import type { AreaRef } from '../imports.types.ts';
import {
  type AreaKind,
  confident,
  initialsMatch,
  type Keyed,
  keyedBy,
  nearest,
  placeWords,
  variantKey,
} from './area-keys.ts';
import { cleanText } from './cell.ts';
import type { AreaMatch, AreaMatcher } from './types.ts';

type Kecamatan = { code: string; name: string };
const MEMO_CAP = 10_000;
type Index = {
  served: Keyed<AreaRef>[];
  /** The words of each served name (`placeWords`), in the order of `served`. */
  servedWords: string[][];
  /** Whether a served name has a word cut to its initials ("P Bulan Selayang I"). */
  initials: boolean;
  kecamatan: Keyed<Kecamatan>[];
  outsideVillages: Map<string, AreaRef[]>;
  outsideKecamatan: Map<string, AreaRef[]>;
  byCode: Map<string, { area: AreaRef; served: boolean }>;
};

const none = (
  reason: 'empty' | 'unknown' | 'ambiguous' | 'outside',
  candidates: string[] = [],
  meant?: AreaRef,
): AreaMatch => ({
  code: null,
  reason,
  candidates,
  ...(meant ? { meant } : {}),
});

// Outside lists can hold a whole province: looked up by key, never scanned.
function indexBy(items: readonly AreaRef[], name: (a: AreaRef) => string, kind: AreaKind) {
  const map = new Map<string, AreaRef[]>();
  for (const a of items) {
    const key = variantKey(name(a), kind);
    map.set(key, [...(map.get(key) ?? []), a]);
  }
  return map;
}

/**
 * Matches kelurahan names as offices write them against the served areas. `others` are known villages
 * outside the served region (e.g. Kabupaten Malang): a name found only there is 'outside', not a typo.
 * Exact and folded-spelling matches are confident; typo matches come back 'uncertain' for a warning.
 */
export function createAreaMatcher(areas: readonly AreaRef[], others: readonly AreaRef[] = []): AreaMatcher {
  const kecamatan = [...new Map(areas.map((a) => [a.kecamatanCode, a.kecamatanName])).entries()].map(
    ([code, name]) => ({ code, name }),
  );
  const servedWords = areas.map((a) => placeWords(a.name, 'kelurahan'));
  const ix: Index = {
    served: keyedBy(areas, (a) => a.name, 'kelurahan'),
    servedWords,
    initials: servedWords.some((words) => words.some(isInitials)),
    kecamatan: keyedBy(
      [
        ...kecamatan,
        ...withoutLead(kecamatan, new Set(others.map((a) => variantKey(a.kecamatanName, 'kecamatan')))),
      ],
      (k) => k.name,
      'kecamatan',
    ),
    outsideVillages: indexBy(others, (a) => a.name, 'kelurahan'),
    outsideKecamatan: indexBy(others, (a) => a.kecamatanName, 'kecamatan'),
    byCode: new Map<string, { area: AreaRef; served: boolean }>([
      ...others.map((area) => [area.code, { area, served: false }] as const),
      ...areas.map((area) => [area.code, { area, served: true }] as const),
    ]),
  };
  // A sheet repeats the same few kelurahan names thousands of times: each pair is matched once.
  const seen = new Map<string, AreaMatch>();
  const remembered = (kel: string | null, kec?: string | null, inRegion = false): AreaMatch => {
    const key = `${kel ?? ''}\u0000${kec ?? ''}\u0000${inRegion ? 1 : 0}`;
    const known = seen.get(key);
    if (known) return known;
    if (seen.size >= MEMO_CAP) seen.clear();
    const found = match(ix, kel, kec, inRegion);
    seen.set(key, found);
    return found;
  };
  return {
    match: remembered,
    area: (code) => ix.byCode.get(code)?.area,
    kecamatan: memo((text) => (cleanText(text) ? kecamatanOf(ix, cleanText(text)) : null), MEMO_CAP),
  };
}

/**
 * Kecamatan under the name most of them start with, as offices write them without it: Kota Medan's "Medan
 * Tembung", "Medan Maimun" are "Tembung", "Maimun"; not a name another kecamatan bears, here or in the
 * villages known elsewhere (Deli Serdang's Kecamatan Sunggal beside Medan Sunggal).
 */
function withoutLead(kecamatan: readonly Kecamatan[], elsewhere: ReadonlySet<string>): Kecamatan[] {
  const firsts = new Map<string, number>();
  for (const k of kecamatan) {
    const first = k.name.split(' ')[0]?.toLowerCase() ?? '';
    firsts.set(first, (firsts.get(first) ?? 0) + 1);
  }
  const [lead, n] = [...firsts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < 3 || n * 2 < kecamatan.length) return [];
  const names = new Set(kecamatan.map((k) => variantKey(k.name, 'kecamatan')));
  return kecamatan.flatMap((k) => {
    const rest = k.name.slice(lead.length).trim();
    const words = k.name.split(' ');
    const key = variantKey(rest, 'kecamatan');
    return words[0]?.toLowerCase() === lead && words.length > 1 && !names.has(key) && !elsewhere.has(key)
      ? [{ code: k.code, name: rest }]
      : [];
  });
}

function match(
  ix: Index,
  kelurahanText: string | null,
  kecamatanText: string | null | undefined,
  inRegion: boolean,
): AreaMatch {
  // "Tlogomas RW 03", "Dinoyo (RW 05)", "Wonorejo Dsn. Banaran": an RT, RW or hamlet (dusun) after the name
  // is not part of it.
  const text = cleanText(kelurahanText ?? '').replace(/(?<=\p{L}{3})[\s,.(]+(?:rt|rw|dsn|dusun)\b.*$/iu, '');
  if (variantKey(text, 'kelurahan') === '') return none('empty');
  const kecText = cleanText(kecamatanText ?? '');
  const kec = kecText ? kecamatanOf(ix, kecText) : null;
  // Order matters: a confident served match beats a name cut short in the kecamatan written beside it
  // ("Sumber", Lowokwaru: Sumbersari), or anywhere in the region when the row or its file says it is there
  // ("Bakalan" in an address ending "Kota Malang": Bakalankrajan), which beats a village elsewhere, which
  // beats a typo guess.
  return (
    byCode(ix, text, kec) ??
    (kecText && !kec ? outsidePair(ix, text, kecText) : null) ??
    confidentMatch(ix, text, kec) ??
    (kec ? cutShort(ix, text, kec) : null) ??
    (inRegion ? cutShort(ix, text, null) : null) ??
    outside(ix, text) ??
    initials(ix, text, kec) ??
    withTrailingKecamatan(ix, text) ??
    firstPiece(ix, text, kec) ??
    typo(ix, text, kec) ??
    (kecText && !kec ? outside(ix, kecText) : null) ??
    none(
      'unknown',
      nearest(ix.served, text, 'kelurahan')
        .ranked.slice(0, 3)
        .map((a) => a.code),
    )
  );
}

function kecamatanOf(ix: Index, text: string): string | null {
  const found = confident(ix.kecamatan, text, 'kecamatan').items;
  const pool = found.length > 0 ? found : nearest(ix.kecamatan, text, 'kecamatan').best;
  return pool.length === 1 && pool[0] ? pool[0].code : null;
}

function chosen(area: AreaRef, confidence: 'exact' | 'variant' | 'uncertain', kec: string | null): AreaMatch {
  const kecamatanConflict = kec !== null && area.kecamatanCode !== kec;
  return {
    code: area.code,
    confidence: kecamatanConflict ? 'uncertain' : confidence,
    area,
    kecamatanConflict,
  };
}

// A given kecamatan narrows same-named kelurahan; it never hides the only one that exists.
function confidentMatch(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const { items, confidence } = confident(ix.served, text, 'kelurahan');
  const inKec = items.filter((a) => a.kecamatanCode === kec);
  const pick = inKec.length > 0 ? inKec : items;
  if (pick.length > 1)
    return none(
      'ambiguous',
      pick.map((a) => a.code),
    );
  return pick[0] ? chosen(pick[0], confidence, kec) : null;
}

// The start of a name, at least this long: "Sumber" of Sumbersari, "Bakalan" of Bakalankrajan.
const MIN_CUT = 5;

/**
 * The only kelurahan of the kecamatan (of the whole served region when `kec` is null) whose name starts with
 * the text: an uncertain match, to be checked.
 */
function cutShort(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const key = variantKey(text, 'kelurahan');
  if (key.length < MIN_CUT) return null;
  const found = ix.served.filter(
    (k) => (kec === null || k.item.kecamatanCode === kec) && k.variant.startsWith(key),
  );
  return found.length === 1 && found[0] ? chosen(found[0].item, 'uncertain', kec) : null;
}

/** A village elsewhere; with the served kelurahan its name may be cut from, for the message. */
function outside(ix: Index, text: string): AreaMatch | null {
  const hits =
    ix.outsideVillages.get(variantKey(text, 'kelurahan')) ??
    ix.outsideKecamatan.get(variantKey(text, 'kecamatan')) ??
    villageWithKecamatan(ix, text);
  if (!hits) return null;
  const meant = cutShort(ix, text, null);
  return none(
    'outside',
    hits.slice(0, 5).map((a) => a.code),
    meant?.code ? meant.area : undefined,
  );
}

/**
 * A village written beside a kecamatan the region does not have, both elsewhere and one in the other
 * ("Arjosari", "Blimbing" beside Kabupaten Malang, whose Arjosari is in Kalipare): the row's place is there.
 */
function outsidePair(ix: Index, text: string, kecText: string): AreaMatch | null {
  const kec = variantKey(kecText, 'kecamatan');
  const hits = ix.outsideVillages
    .get(variantKey(text, 'kelurahan'))
    ?.filter((a) => variantKey(a.kecamatanName, 'kecamatan') === kec);
  return hits?.length
    ? none(
        'outside',
        hits.slice(0, 5).map((a) => a.code),
      )
    : null;
}

// "Kalisongo Dau": a village elsewhere followed by its kecamatan.
function villageWithKecamatan(ix: Index, text: string): AreaRef[] | undefined {
  const words = text.split(' ');
  for (let i = words.length - 1; i > 0; i--) {
    const kec = variantKey(words.slice(i).join(' '), 'kecamatan');
    const hits = ix.outsideVillages
      .get(variantKey(words.slice(0, i).join(' '), 'kelurahan'))
      ?.filter((a) => variantKey(a.kecamatanName, 'kecamatan') === kec);
    if (hits?.length) return hits;
  }
  return undefined;
}

// 35.73.05.1003 or 3573051003: the area code (kode wilayah) some offices' exports carry.
function byCode(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const digits = /^(\d{2})\.?(\d{2})\.?(\d{2})\.?(\d{4})$/.exec(text);
  if (!digits) return null;
  const hit = ix.byCode.get(digits.slice(1).join('.'));
  if (!hit) return none('unknown');
  return hit.served ? chosen(hit.area, 'exact', kec) : none('outside', [hit.area.code]);
}

/**
 * "Tlogomas, Kota Malang", "Kel. Tlogomas, Kec. Lowokwaru": the first piece that names a served kelurahan.
 * "Lowokwaru / Tlogomas", "Kec. Lowokwaru Kel. Ketawanggede": a piece naming a kecamatan before its
 * kelurahan is the kecamatan, though a kelurahan bears its name too. A mark (Kel., Kec.) starts a piece.
 */
function firstPiece(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const pieces = text.split(/[,/;]|\s-\s|\s(?=(?:kel|kelurahan|desa|kec|kecamatan)\b)/i).map((p) => p.trim());
  if (pieces.length < 2) return null;
  for (const [i, piece] of pieces.entries()) {
    const named = piece ? kecamatanOf(ix, piece) : null;
    if (!named || (kec && named !== kec)) continue;
    for (const other of pieces.slice(i + 1)) {
      const found = other ? confidentMatch(ix, other, named) : null;
      if (found?.code && !found.kecamatanConflict) return found;
    }
  }
  for (const piece of pieces) {
    const found = piece ? confidentMatch(ix, piece, kec) : null;
    if (found) return found;
  }
  return null;
}

// "Purwantoro Blimbing": the kelurahan followed by its kecamatan in one cell.
function withTrailingKecamatan(ix: Index, text: string): AreaMatch | null {
  const words = text.split(' ');
  for (let i = words.length - 1; i > 0; i--) {
    const kec = kecamatanOf(ix, words.slice(i).join(' '));
    const rest = words.slice(0, i).join(' ');
    const found = kec ? (confidentMatch(ix, rest, kec) ?? initials(ix, rest, kec)) : null;
    if (found?.code) return found;
    // A near spelling only of a kelurahan of the kecamatan written after it ("Tegalsari Mandala II Medan
    // Denai": Tegal S Mandala II), and then uncertain.
    const near = kec && found === null ? typo(ix, rest, kec) : null;
    if (near?.code && !near.kecamatanConflict) return near;
  }
  return null;
}

/** A word of one or two letters, no number: initials ("P", "PB", "S"). */
const isInitials = (word: string) => word.length <= 2 && !/\d/.test(word);

/**
 * The one served kelurahan (of the kecamatan written beside it, if any there) whose name is the text's with
 * words cut to their initials, on either side: the area list's "P Bulan Selayang I" for "Padang Bulan
 * Selayang I", an office's "P. Brayan Kota" for "Pulo Berayan Kota".
 */
function initials(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const words = placeWords(text, 'kelurahan');
  if (words.length < 2 || !(ix.initials || words.some(isInitials))) return null;
  const found = ix.served.flatMap((k, i) => {
    const how = initialsMatch(words, ix.servedWords[i] as string[]);
    return how ? [{ area: k.item, how }] : [];
  });
  const inKec = found.filter((f) => f.area.kecamatanCode === kec);
  const pick = inKec.length > 0 ? inKec : found;
  const [one] = pick;
  if (!one) return null;
  if (pick.length > 1)
    return none(
      'ambiguous',
      pick.map((f) => f.area.code),
    );
  return chosen(one.area, one.how === 'initials' ? 'variant' : 'uncertain', kec);
}

function typo(ix: Index, text: string, kec: string | null): AreaMatch | null {
  const inKec = kec ? ix.served.filter((k) => k.item.kecamatanCode === kec) : [];
  // Within the kecamatan written beside it a few names remain: one more slip is still only one of them.
  const closeInKec = nearest(inKec, text, 'kelurahan', 1).best;
  const best = closeInKec.length > 0 ? closeInKec : nearest(ix.served, text, 'kelurahan').best;
  const area = best[0];
  if (!area) return null;
  return best.length > 1
    ? none(
        'ambiguous',
        best.map((a) => a.code),
      )
    : chosen(area, 'uncertain', kec);
}
