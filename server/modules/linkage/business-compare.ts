import {
  categoryOf,
  covers,
  isFillerLike,
  isNameAmong,
  isProductFiller,
  kindsOf,
  namesNoProduct,
  oneFamily,
  oneTrade,
  otherKinds,
  unglued,
} from './business-name.ts';
import type { PreparedBusiness } from './business-record.ts';
import { evidence } from './evidence.ts';
import { FrequencyTable, type Values, weight } from './frequency.ts';
import type { Evidence } from './linkage.types.ts';
import { undouble } from './phonetic.ts';
import { W } from './weights.ts';
import { type Alignment, alignWords, isTypo, type Spelled } from './words.ts';

// Share of business names with a word the registry has not seen yet.
const WORD_PRIOR = 0.003;
// A word in this share of all business names (keripik, tempe, jaya, makmur) names no business in particular.
const GENERIC_U = 0.005;

/**
 * Value frequencies of the business names loaded so far. Kelurahan and street shares are the people's
 * (PersonStats): home industries work at home.
 */
export class BusinessStats {
  readonly words: FrequencyTable;
  readonly names: FrequencyTable;

  /** `exclude`: 2 when the records being matched are loaded too (a full re-linkage), else 1. */
  constructor(exclude: 1 | 2 = 1) {
    this.words = new FrequencyTable(exclude, 'bw');
    this.names = new FrequencyTable(exclude, 'bn');
  }

  private each(b: PreparedBusiness, f: (table: FrequencyTable, values: Values, kel: string | null) => void) {
    f(this.words, b.name.phon, b.kel);
    f(this.names, b.name.key || null, b.kel);
  }

  add(b: PreparedBusiness): void {
    this.each(b, (table, values, kel) => table.add(values, kel));
  }

  /** The terms one business adds, as the linkage index stores them. */
  terms(b: PreparedBusiness): string[] {
    const out: string[] = [];
    this.each(b, (table, values, kel) => table.terms(values, kel, out));
    return out;
  }

  /** Counts from the registry (FrequencyTable.seed). */
  seed(n: number, kelRecords: ReadonlyMap<string, number>, counts: ReadonlyMap<string, number>): void {
    for (const t of [this.words, this.names]) t.seed(n, kelRecords, counts);
  }

  wordU(phon: string, kel: string | null): number {
    return this.words.u(phon, WORD_PRIOR, kel);
  }

  nameU(b: PreparedBusiness, kel: string | null): number {
    return this.names.u(b.name.key, WORD_PRIOR ** b.name.phon.length, kel);
  }

  /** The name only names the products, or is made of words many businesses use ("UD Jaya Makmur"). */
  generic(b: PreparedBusiness): boolean {
    return b.descriptive || b.name.phon.every((w) => this.words.u(w, WORD_PRIOR) >= GENERIC_U);
  }
}

const THEME = {
  missing: evidence('products', 'missing', 0, 'Produk tidak diketahui'),
  same: evidence('products', 'agree', W.themeSame, 'Produk sama'),
  partial: evidence('products', 'partial', W.themePartial, 'Sebagian produk sama'),
  // A word shared, but what each item is differs ("keripik tempe" / "keripik singkong", "bakpia kacang" /
  // "bumbu pecel kacang"): often one owner's two businesses.
  shared: evidence('products', 'partial', W.themePartial, 'Sebagian produk sama'),
  // Words alike, or a record that only says its kind among what the other makes, though no item is the same
  // thing ("Tempe" / keripik tempe): the same trade, maybe her other business.
  within: evidence('products', 'agree', W.themeSame, 'Produk sama'),
  // One list names the kind of what the other makes ("Katering" / nasi box, "Kerupuk" / rengginang).
  kinds: evidence('products', 'partial', W.themePartial, 'Sebagian produk sama'),
  // Products of one family ("nastar" / "kue lapis"): often one owner's two businesses, as often one.
  family: evidence('products', 'partial', W.themePartial, 'Produk sejenis'),
  // A form's category column ("Makanan & Minuman") beside what the other makes: the trade, not the product.
  category: evidence('products', 'partial', W.themePartial, 'Produk satu golongan'),
  different: evidence('products', 'disagree', W.themeDiff, 'Produk berbeda'),
};
const KBLI = {
  same: evidence('kbli', 'agree', W.kbliSame, 'KBLI sama'),
  group: evidence('kbli', 'partial', W.kbliGroup, 'KBLI satu golongan'),
  division: evidence('kbli', 'disagree', W.kbliOtherDivision, 'KBLI beda bidang usaha'),
  other: evidence('kbli', 'disagree', W.kbliDiff, 'KBLI berbeda'),
};

const GENERIC_NOTE = 'Nama usaha umum atau hanya menyebut produk';
const wordsAt = (x: PreparedBusiness, idx: readonly number[]) => idx.map((i) => x.name.words[i] as string);

const NAME = {
  generic: evidence('name', 'agree', W.businessNameGeneric, `Nama usaha sama. ${GENERIC_NOTE}`),
  genericDiff: evidence('name', 'missing', 0, GENERIC_NOTE),
  brandOrProducts: evidence('name', 'missing', 0, `Satu nama usaha berupa merek. ${GENERIC_NOTE}`),
  otherBrand: evidence(
    'name',
    'disagree',
    W.businessNameDiff,
    'Nama usaha berbeda; yang sama hanya produknya',
  ),
  otherKind: evidence('name', 'disagree', W.businessNameDiff, 'Nama usaha menyebut jenis usaha yang berbeda'),
  otherPerson: evidence(
    'name',
    'disagree',
    W.businessNameDiff,
    'Satu nama usaha memakai nama pemiliknya, yang lain nama orang lain: usaha yang berbeda',
  ),
};

/**
 * "Dapur Budi" of Budi Ridwan beside "Dapur Susi": one kind of place, named after her (or him) in one and
 * after someone else in the other, a word that names no product. Two businesses of one house.
 */
function housesOfTwo(a: PreparedBusiness, b: PreparedBusiness): boolean {
  if (a.name.key !== '' || a.ownerNamed.length === 0 || b.ownerNamed.length > 0 || b.name.key === '')
    return false;
  const [x, y] = [a.houses ?? [], b.houses ?? []];
  return (
    x.some((h) => y.includes(h)) &&
    // Another's name, not hers as her husband's record reads it ("Dapur Bunda Yati" of Nurhayati and Syahrul).
    !b.name.words.some((w) => isNameAmong(w, a.ownerNamed)) &&
    b.name.words.every((w) => !b.products.includes(w) && !covers(w, b.products) && !namesNoProduct(w))
  );
}

/**
 * "Marning Jagung Tumapel" and "Marning Jagung Dua Saudara": the words the names share are what both
 * make, and each goes on with words of its own that are not products: two brands of one product.
 */
function twoBrands(a: PreparedBusiness, b: PreparedBusiness, al: Alignment): boolean {
  if (a.products.length === 0 && b.products.length === 0) return false;
  // The street both are on names no brand either ("Jahit Sukun Makmur" and "Konveksi Sukun" on Jl. Raya Sukun).
  const streets = [a.address.street, b.address.street].map((s) => s?.split(' ') ?? []);
  for (const [i, w] of a.name.words.entries()) {
    if (!al.leftA.includes(i) && !isProductOf(a, b, w) && !streets.every((words) => words.includes(w)))
      return false;
  }
  // Its own words: neither products nor a filler word garbled ("Batik Iu Titik" is Bu Titik's), nor a word
  // saying what kind of maker ("Perajin Tempe", "Pembuat Tahu": a kelurahan list's kind of business).
  const [ownA, ownB] = [ownWords(a, al.leftA), ownWords(b, al.leftB)];
  if (ownA.length === 0 || ownB.length === 0) return false;
  if (ownA.some((w) => isProductOf(a, b, w)) || ownB.some((w) => isProductOf(a, b, w))) return false;
  // A word mistyped beyond a typo keeps its first letter (Rejeki / Reeki, Barokah / Barowkah).
  return !ownA.some((w) => ownB.some((v) => v[0] === w[0]));
}

// Module functions, not closures in twoBrands: it runs for most pairs of names compared.
const isProductOf = (a: PreparedBusiness, b: PreparedBusiness, w: string) =>
  a.products.includes(w) || b.products.includes(w);
const ownWords = (x: PreparedBusiness, idx: readonly number[]) =>
  wordsAt(x, idx).filter((w) => !isFillerLike(w) && !isProductFiller(w));

const OWNER_NAME_SAME = evidence(
  'name',
  'agree',
  W.businessNameSameOwner,
  'Nama usaha sama: nama pemilik yang sama',
);
/** "Dapur Mulyani" and "Griya Mulyani": each name says another kind of place. */
export const otherHouses = (a: PreparedBusiness, b: PreparedBusiness): boolean => {
  const [x, y] = [a.houses ?? [], b.houses ?? []];
  return x.length > 0 && y.length > 0 && !x.some((h) => y.includes(h));
};

/**
 * The same owner's names two business names carry, in any order: each alike, or one mistyped when long
 * enough to tell ("Hartini Kitchen" / "Hartni Kitchen").
 */
export const sameOwnerWords = (x: readonly string[], y: readonly string[]) =>
  x.length === y.length &&
  x.every((v) => y.some((w) => w === v || (v.length >= 5 && w.length >= 5 && isTypo(v, w))));

// A name's words run together: "Pandanwangi" and "Pandan Wangi", "Sumberrejeki" and "Sumber Rejeki".
const written = (b: PreparedBusiness) => undouble(b.name.words.join(''));

/**
 * The name without legal form, filler and owner: "Keripik Tempe Bu Siti" and "UD Kripik Tempe" agree.
 * Within one kelurahan, words are weighed by their frequency there (its own name is in many names).
 */
export function compareBusinessNames(
  x: PreparedBusiness,
  y: PreparedBusiness,
  stats: BusinessStats,
): Evidence {
  const a = withNameOf(x, unglued(x.name, y.name));
  const b = withNameOf(y, unglued(y.name, x.name));
  const kel = a.kel !== null && a.kel === b.kel ? a.kel : null;
  if (a.name.key === '' || b.name.key === '') {
    // "Dapur Yulaikah" and "Dapur Yulaikah": nothing but one owner's name, the same in both.
    if (
      a.name.key === b.name.key &&
      a.ownerNamed.length > 0 &&
      sameOwnerWords(a.ownerNamed, b.ownerNamed) &&
      !otherHouses(a, b)
    )
      return OWNER_NAME_SAME;
    if (housesOfTwo(a, b) || housesOfTwo(b, a)) return NAME.otherPerson;
    return evidence('name', 'missing', 0, 'Nama usaha kosong atau hanya berisi nama pemilik');
  }
  // A name that only names the products (or is all common words) says little of which business it is;
  // two brands of common words ("Sumber Rejeki", "Maju Jaya") still name two businesses. A name after its
  // owner ("Catering Bu Anik") names her trade, not a brand: any of her businesses.
  const generic = stats.generic(a) && stats.generic(b);
  const same = a.name.key === b.name.key || written(a) === written(b);
  if (generic) {
    if (same) return NAME.generic;
    const branded = a.ownerNamed.length === 0 && b.ownerNamed.length === 0;
    return branded && twoBrands(a, b, alignWords(a.name, b.name)) ? NAME.otherBrand : NAME.genericDiff;
  }
  if (same) {
    const u = Math.max(stats.nameU(a, kel), stats.nameU(b, kel));
    return evidence('name', 'agree', weight(0.6, u, 1, 10), 'Nama usaha sama');
  }
  const al = alignWords(a.name, b.name);
  const matched = al.matched;
  // Words of one name travel together ("Gading Kasri", "Sumber Rejeki"): the rarest one carries the weight.
  const u = matched.reduce((p, w) => Math.min(p, stats.wordU(w, kel)), 1);
  if (matched.length > 0 && al.leftA.length === 0 && al.leftB.length === 0) {
    return evidence('name', 'agree', weight(0.1, u * 4, 1, 8), 'Nama usaha mirip (ejaan atau salah ketik)');
  }
  if (matched.length > 0) {
    if (twoBrands(a, b, al)) return NAME.otherBrand;
    if (otherKinds(wordsAt(a, al.leftA), wordsAt(b, al.leftB))) return NAME.otherKind;
    return evidence('name', 'partial', weight(0.15, u, -1, 4), 'Sebagian nama usaha sama');
  }
  // One office writes the brand, another what the business makes.
  if (stats.generic(a) || stats.generic(b) || namesWhatOtherMakes(a, b) || namesWhatOtherMakes(b, a))
    return NAME.brandOrProducts;
  return evidence('name', 'disagree', W.businessNameDiff, 'Nama usaha berbeda');
}

const withNameOf = (r: PreparedBusiness, name: Spelled): PreparedBusiness =>
  name === r.name ? r : { ...r, name: { ...name, key: [...name.phon].sort().join(' ') } };

/**
 * Whether two names are of two brands: they disagree, or one or both are common words ("UD Makmur") with
 * none shared. A name that only names the products ("Jahit Bu Wiwik") may be any business's other way of
 * writing it.
 */
export function namesDiffer(a: PreparedBusiness, b: PreparedBusiness, name: Evidence): boolean {
  if (name.outcome === 'disagree') return true;
  return (
    (name === NAME.genericDiff || name === NAME.brandOrProducts) &&
    !a.descriptive &&
    !b.descriptive &&
    alignWords(a.name, b.name).matched.length === 0
  );
}

/**
 * What the business makes: one product named alike in both lists ("hijab" among "gamis, hijab"), or most
 * words of name and products shared (Jaccard ≥ ½, or one set inside the other); some words shared
 * ("tempe mendoan" / "keripik tempe"), or none.
 */
export function compareTheme(a: PreparedBusiness, b: PreparedBusiness): Evidence {
  if (a.theme.length === 0 || b.theme.length === 0) return THEME.missing;
  if (a.items.some((item) => b.items.includes(item))) return THEME.same;
  if (oneTrade(a.products, b.products)) return THEME.same;
  if (kindIn(a, b) || kindIn(b, a)) return sameCore(a, b) ? THEME.same : THEME.within;
  const both = a.theme.filter((w) => b.theme.includes(w));
  // With both product lists known, a word only the names share (Mandiri, Srikandi: a brand, not a product)
  // is the name's evidence: "Flanel Mandiri" and "Catering Mandiri" make different things.
  // Two product lists without a word in common, one name the other's with what its own list makes after it
  // ("Sambel Pecel "Mak Mud"" making sambel pecel, "Sambel Pecel "Mak Mud" Anyaman" making anyaman): what
  // the names share, though one list names it, is the names' (one brand, two businesses).
  const listed = a.products.length > 0 && b.products.length > 0;
  const apart =
    listed && !a.products.some((w) => b.products.includes(w)) && (namesOwn(a, b) || namesOwn(b, a));
  const brand = listed
    ? both.filter((w) => apart || (!a.products.includes(w) && !b.products.includes(w))).length
    : 0;
  const shared = both.length - brand;
  const [na, nb] = [a.theme.length - brand, b.theme.length - brand];
  const jaccard = shared / (na + nb - shared);
  const inside = shared >= 2 && shared === Math.min(na, nb);
  if (jaccard >= 0.5 || inside) return sameCore(a, b) ? THEME.same : THEME.within;
  if (kindsOf(a.products, b.products) || kindsOf(b.products, a.products)) return THEME.kinds;
  if (tradeOf(a, b) || tradeOf(b, a)) return THEME.kinds;
  if (shared > 0) return sameCore(a, b) ? THEME.partial : THEME.shared;
  if (oneFamily(a.products, b.products)) return THEME.family;
  return categoryOf(a.products, b.products) || categoryOf(b.products, a.products)
    ? THEME.category
    : THEME.different;
}

/**
 * A word of x's name that y's name lacks is a word of what x makes ("… Anyaman" making anyaman bambu); a kind
 * that covers it is not enough ("Kue Kering" making nastar beside "UD Hasanah Jaya" making kue kering).
 */
const namesOwn = (x: PreparedBusiness, y: PreparedBusiness): boolean =>
  x.name.words.some((w) => !y.name.words.includes(w) && x.products.includes(w));

/**
 * A record known only by its industry code's trade ("krupuk, kripik, peyek") beside a list of what the
 * other makes that one of its words names or covers ("tempe chips", "rengginang"): the trade of what it
 * makes, as a kind word is.
 */
const tradeOf = (t: PreparedBusiness, o: PreparedBusiness): boolean =>
  t.trade === true &&
  o.trade !== true &&
  t.products.some((w) => o.products.includes(w) || covers(w, o.products));

/**
 * Products that agree, items that are one thing ("sambal pecel" / "bumbu pecel"), or one list naming the
 * kind of what the other makes ("Katering" / nasi box); not a word shared alone ("keripik tempe" /
 * "keripik singkong"), one family or a category (business-score.ts ONLY_BUSINESS).
 */
export const makesAlike = (e: Evidence): boolean =>
  e === THEME.same || e === THEME.kinds || e === THEME.partial;

/** Words that only say what kind of thing follows: what an item is, is the word after ("sambal pecel"). */
const HEADS = new Set(['kue', 'roti', 'sambal', 'bumbu', 'minuman', 'camilan', 'jajan']);
/** Words that make another product of the word after ("keripik tempe" is not tempe): the two are the item. */
const MAKES = new Set(['kripik', 'krupuk']);

/**
 * What an item is: its first word that is not a head ("bakpia kacang hijau": bakpia, "sambal pecel": pecel),
 * with the next when it makes another product of it ("keripik tempe balado": keripik tempe).
 */
const coreOf = (item: string): string => {
  const words = item.split(' ');
  const at = Math.max(
    0,
    words.findIndex((w) => !HEADS.has(w)),
  );
  const word = words[at] as string;
  return MAKES.has(word) && at + 1 < words.length ? `${word} ${words[at + 1]}` : word;
};

/** Whether an item of one record is, at its core, an item of the other ("marning jagung" / "marning"). */
function sameCore(a: PreparedBusiness, b: PreparedBusiness): boolean {
  const cores = new Set([...a.items, ...(a.nameItems ?? [])].map(coreOf));
  return [...b.items, ...(b.nameItems ?? [])].some((i) => cores.has(coreOf(i)));
}

/**
 * A record that only says what kind of business it is ("Rotan", "Konveksi": a kelurahan list's; no brand of
 * its own in the name), each word of it among what the other makes or covering it: however few words.
 */
const kindIn = (kind: PreparedBusiness, other: PreparedBusiness) =>
  namesWhatOtherMakes(kind, other) ||
  (kind.products.length > 0 &&
    (kind.descriptive || kind.name.words.length === 0) &&
    kind.products.every((w) => other.theme.includes(w) || covers(w, other.products)));

/**
 * A record without a product list whose name only names what the other makes ("Keramik Bu Nining" beside
 * guci keramik, "Sirup Apel, Sari Apel", "Jahit" beside kaos sablon), or lists products one of which the
 * other makes ("Kue Semprit & Kue Kacang" beside kue semprit): its name is its products.
 */
const namesWhatOtherMakes = (x: PreparedBusiness, y: PreparedBusiness) =>
  x.products.length === 0 &&
  x.name.words.length > 0 &&
  (x.name.words.every((w) => covers(w, y.products)) || (x.nameItems ?? []).some((i) => y.items.includes(i)));

const samePrefix = (a: string, b: string, n: number): boolean => {
  for (let i = 0; i < n; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
};

/** KBLI 5-digit codes: a different division (food vs. clothing) says another business. */
export function compareKbli(a: string | null, b: string | null): Evidence | null {
  if (a === null || b === null) return null;
  if (a === b) return KBLI.same;
  if (samePrefix(a, b, 3)) return KBLI.group;
  return samePrefix(a, b, 2) ? KBLI.other : KBLI.division;
}

// One producer holds a certificate per product, and may run two businesses: the producer alone is partial.
function comparePirt(a: PreparedBusiness, b: PreparedBusiness): Evidence {
  if (a.certificates.some((c) => b.certificates.includes(c))) {
    return evidence('pirt', 'agree', W.pirtSame, 'Nomor P-IRT sama');
  }
  if (a.producers.some((p) => b.producers.includes(p))) {
    return evidence(
      'pirt',
      'partial',
      W.pirtProducerSame,
      'P-IRT lain dari produsen yang sama (digit 4–7 dan 10–13)',
    );
  }
  return evidence('pirt', 'disagree', W.pirtProducerDiff, 'P-IRT dari produsen berbeda');
}

// An NIB is the business actor's (OSS-RBA: one per person, all her businesses under it, each with its KBLI).
const NIB_SAME = 'NIB sama: pelaku usaha yang sama (satu NIB untuk semua usahanya)';

/** NIB, P-IRT and other permit numbers that both records carry; null when they share no kind of permit. */
export function comparePermits(a: PreparedBusiness, b: PreparedBusiness): Evidence[] | null {
  if (!(a.nib && b.nib) && (a.producers.length === 0 || b.producers.length === 0) && a.permits.length === 0) {
    return null;
  }
  const out: Evidence[] = [];
  if (a.nib && b.nib) {
    out.push(
      a.nib === b.nib
        ? evidence('nib', 'partial', W.nibSame, NIB_SAME)
        : evidence('nib', 'disagree', W.nibDiff, 'NIB berbeda'),
    );
  }
  if (a.producers.length > 0 && b.producers.length > 0) out.push(comparePirt(a, b));
  const permit = a.permits.find((p) => b.permits.includes(p));
  if (permit)
    out.push(evidence('permits', 'agree', W.permitSame, `Nomor izin sama (${permit.split(':')[0]})`));
  return out;
}
