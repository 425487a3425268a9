import {
  type BusinessStats,
  compareBusinessNames,
  compareKbli,
  comparePermits,
  compareTheme,
  makesAlike,
  namesDiffer,
  otherHouses,
  sameOwnerWords,
} from './business-compare.ts';
import { namesNoProduct, oneFamily } from './business-name.ts';
import type { PreparedBusiness } from './business-record.ts';
import { evidence, total } from './evidence.ts';
import { compareKelurahan, compareRtRw, compareStreet, overCap } from './fields.ts';
import type { FrequencyTable } from './frequency.ts';
import type { Evidence } from './linkage.types.ts';
import { W } from './weights.ts';
import { alignWords } from './words.ts';

/** How the owners of two business records relate: one person, one household or review, or strangers. */
export type OwnerRelation = 'same' | 'review' | 'household' | 'housemate' | 'other';

/** What a query brings to all its comparisons, worked out once. */
export type BusinessQueryContext = {
  stats: BusinessStats;
  /** Street shares per kelurahan (the people's). */
  streets: FrequencyTable;
  /** Agreement evidence for the query's kelurahan, weighed once per query. */
  kelSame: Evidence;
  /**
   * The one other business of the query's owner, when she has exactly one besides it, or, for a query that
   * names no business, the one of her several that makes what it makes (`onlyAlike`): ONLY_BUSINESS.
   */
  onlyOther?: number;
  /** Whether a version of that business bears a name of its own (a brand). */
  onlyOtherNamed?: boolean;
  onlyAlike?: true;
};

const OWNER_EVIDENCE: Record<OwnerRelation, Evidence> = {
  same: evidence('owner', 'agree', W.ownerSame, 'Pemilik sama'),
  review: evidence('owner', 'partial', W.ownerRelated, 'Pemilik mungkin sama (masuk antrean periksa)'),
  household: evidence('owner', 'partial', W.ownerRelated, 'Pemilik serumah (telepon atau alamat sama)'),
  housemate: evidence(
    'owner',
    'partial',
    W.ownerRelated,
    'Pemilik lain serumah, keduanya perempuan: tiap perempuan serumah sering punya usaha sendiri',
  ),
  other: evidence('owner', 'disagree', W.ownerDiff, 'Pemilik berbeda'),
};
const SAME_FILE = evidence(
  'file',
  'disagree',
  W.sameFileOtherName,
  'Satu berkas mencantumkan keduanya dengan nama usaha berbeda',
);
const SAME_FILE_OTHER_PRODUCTS = evidence(
  'file',
  'disagree',
  W.sameFileOtherName,
  'Satu berkas mencantumkan keduanya dengan produk berbeda: usaha lain milik orang yang sama',
);
const SAME_FILE_OTHER_OWNER = evidence(
  'file',
  'disagree',
  W.sameFileOtherName,
  'Satu berkas mencantumkan keduanya dengan pemilik berbeda',
);
const OWNERS_NAMED = evidence(
  'name',
  'disagree',
  W.ownersNamedDiff,
  'Nama usaha memuat nama pemiliknya masing-masing, dan pemiliknya berbeda',
);
const UNNAMED_OTHER = evidence(
  'products',
  'disagree',
  W.unnamedOtherTheme,
  'Tanpa nama usaha, produk yang berbeda menunjuk usaha lain milik orang yang sama',
);
const ONLY_BUSINESS = evidence(
  'owner',
  'agree',
  W.onlyBusiness,
  'Satu-satunya usaha lain pemilik ini, produknya sama, dan salah satu data tidak menyebut nama usaha',
);
const ONLY_ALIKE = evidence(
  'owner',
  'agree',
  W.onlyBusiness,
  'Satu-satunya usaha pemilik ini yang membuat produk ini, dan data ini tidak menyebut nama usaha',
);
const ONLY_SECTOR = evidence(
  'owner',
  'agree',
  W.onlyBusiness,
  'Satu-satunya usaha lain pemilik ini, bidang usahanya sama, dan salah satu data hanya menyebut bidang usaha',
);
const CONTEXT_NOTE =
  'Pemilik, kelurahan dan alamat juga sama untuk usaha lain milik orang yang sama; bobot gabungannya dibatasi';

// Name and products together never weigh more than this: the bound of the early exit.
const NAME_THEME_MAX = 10 + W.themeSame;

/**
 * Every comparison between two business records; the score is the sum of the weights. Returns null, before
 * the names are compared, when the pair cannot reach `floor` even with identical names and products.
 */
export function scoreBusinesses(
  x: PreparedBusiness,
  y: PreparedBusiness,
  relation: OwnerRelation,
  ctx: BusinessQueryContext,
  floor = Number.NEGATIVE_INFINITY,
): Evidence[] | null {
  const a = withOwnerWordsOf(x, y);
  const b = withOwnerWordsOf(y, x);
  const owner = OWNER_EVIDENCE[relation];
  const kel = compareKelurahan(a.kel, b.kel, ctx.kelSame);
  const street = compareStreet(a.address, b.address, ctx.streets, a.kel === b.kel ? a.kel : null);
  const rtRw = compareRtRw(a.address, b.address);
  const kbli = compareKbli(a.kbli, b.kbli);
  const permits = comparePermits(a, b);
  // Her producer's other P-IRT certificate, her NIB and one industry code (KBLI) are what an owner's
  // businesses share, like her address: within the cap, when the owner is one person (the producer only
  // when the two do not make alike, below).
  const producer =
    relation === 'same' ? permits?.find((e) => e.field === 'pirt' && e.outcome === 'partial') : undefined;
  const sameOwnerKbli = relation === 'same' && kbli?.outcome === 'agree' ? kbli : undefined;
  const context = [owner, kel, street, rtRw];
  if (sameOwnerKbli) context.push(sameOwnerKbli);
  // Her NIB is on every business of hers, whatever each makes.
  const nib =
    relation === 'same' ? permits?.find((e) => e.field === 'nib' && e.outcome === 'partial') : undefined;
  if (nib) context.push(nib);
  const cap = relation === 'housemate' ? W.housemateCap : W.contextCap;
  const cutBeside = overCap(cap, ...context);
  // One owner's records under one name at two addresses weigh the whole context (below): the bound counts it.
  let known =
    relation === 'same' ? W.contextCap - cutBeside : owner.weight + kel.weight + street.weight + rtRw.weight;
  known += (kbli?.weight ?? 0) + (permits ? total(permits) : 0);
  // The producer can only leave the cap (below): the bound counts it whole.
  const only = relation === 'same' && ctx.onlyOther === y.id ? W.onlyBusiness : 0;
  if (known + cutBeside + NAME_THEME_MAX + only < floor) return null;
  const name = sameOwnName(compareBusinessNames(a, b, ctx.stats), a, b, relation);
  const theme = themeBeside(name, a, b);
  // Her businesses that share her producer make other things or bear other brands; what one producer makes
  // alike under no other brand (a P-IRT register's rows of one business, one product each, "Pak Kasiman"
  // beside "Bakpia Pak Kasiman") is one business: the producer counts beside the cap.
  const alike = (theme.outcome === 'agree' || theme.outcome === 'partial') && name.outcome !== 'disagree';
  const cut = !alike && producer ? overCap(cap, ...context, producer) : cutBeside;
  const out = [namedAfterOthers(a, b, relation) ? OWNERS_NAMED : name, theme, ...(permits ?? [])];
  // Her two businesses share her name, house and often her producer's P-IRT: with no business name on one
  // side, products that differ say which one a row is, unless a permit number agrees.
  if (
    name.outcome === 'missing' &&
    theme.outcome === 'disagree' &&
    !permits?.some((e) => e.outcome === 'agree')
  )
    out.push(UNNAMED_OTHER);
  // One office lists a business once per file: two rows of one file under other names are two businesses,
  // and so are two whose names only share words when what they make is not the same, or when one is named
  // after its owner and the other not ("Kerupuk Bu Siswati" / "Kerupuk Bunulrejo Berkah").
  // A name that only says what it makes (a P-IRT register's row without a name: its product stands in)
  // is no other name.
  const otherName =
    namesDiffer(a, b, name) ||
    (name.outcome === 'partial' &&
      !a.descriptive &&
      !b.descriptive &&
      (theme.outcome !== 'agree' || carriesOwner(a) !== carriesOwner(b)));
  const files = shareFile(a, b);
  if (files && otherName) out.push(SAME_FILE);
  else if (files && listedApart(a, b) && !registerRowOf(a, name)) out.push(SAME_FILE_OTHER_PRODUCTS);
  else if (files && listedUnderOthers(a, b, relation)) out.push(SAME_FILE_OTHER_OWNER);
  // Her two rows of one list that is not a P-IRT register (a row per product), neither named alike nor making
  // the same ("Rini Jaya" roti and a row of "Makanan olahan" without a name, a trade that only covers roti):
  // her two businesses.
  else if (files && relation === 'same' && listedTwice(a, b, name, theme)) out.push(SAME_FILE_OTHER_PRODUCTS);
  // Four in five owners run one business: a record that names none, making what the one other business the
  // registry knows of her makes, is that one (the cap above counted her possible other business). One that
  // says nothing of what it is ("Usaha Siti Aminah") may as well be her other one: left to review.
  else if (
    only &&
    (unnamed(a) || !ctx.onlyOtherNamed) &&
    makesAlike(theme) &&
    !permits?.some((e) => e.outcome === 'disagree')
  )
    out.push(ctx.onlyAlike ? ONLY_ALIKE : ONLY_BUSINESS);
  // A list that gives her business only a sector ("Bidang usaha: MAKANAN OLAHAN"; no products or industry
  // code, no name or one of her house, "Griya Mama Fitri") beside the one other business the registry knows
  // of her, of that sector: that one, as one naming no business and making what her one other makes is.
  // Two names of their own that differ ("Dapur Mulyani" / "Griya Mulyani") stay two businesses.
  else if (
    name.outcome !== 'disagree' &&
    !otherHouses(a, b) &&
    only &&
    (sectorOnly(a, b) || sectorOnly(b, a)) &&
    !permits?.some((e) => e.outcome === 'disagree')
  )
    out.push(ONLY_SECTOR);
  if (kbli) out.push(kbli);
  if (
    relation === 'same' &&
    name.outcome === 'agree' &&
    (kel.weight < 0 || street.weight < 0 || rtRw.weight < 0)
  )
    out.push(OWNER_MOVED, moved(kel), moved(street), moved(rtRw));
  else {
    out.push(owner, kel, street, rtRw);
    if (cut < 0) out.push(evidence('shared', 'partial', cut, CONTEXT_NOTE));
  }
  return out;
}

/**
 * No name of its own: none, or one that only names its products or its owner ("Usaha Bu Yani", "Keripik
 * Tempe", "Pengrajin Gerabah", "Dagang Es": a trade's words beside a product are no brand); a word that
 * names no product makes a brand ("Rasa Ibu"), and so does a kind of place ("Dapur Soerjani" beside her
 * "Griya Soerjani").
 */
export const unnamed = (b: PreparedBusiness) =>
  !b.houses?.length && b.name.words.every((w) => b.products.includes(w) || namesNoProduct(w));

const MOVED = new Map<Evidence, Evidence>();
const OWNER_MOVED = evidence(
  'owner',
  'agree',
  W.contextCap,
  'Pemilik dan nama usaha sama di alamat lain: usaha rumahan pindah bersama pemiliknya',
);

/**
 * One owner's two records under one name at two addresses: a home industry moves with its owner (a
 * follow-up survey finds her elsewhere), and her other business would bear another name. The other address
 * weighs nothing; under other names it still says another business.
 */
function moved(e: Evidence): Evidence {
  if (e.weight >= 0) return e;
  let out = MOVED.get(e);
  if (!out) {
    out = evidence(e.field, e.outcome, 0, `${e.note} (pemiliknya pindah)`);
    MOVED.set(e, out);
  }
  return out;
}

/**
 * One name whose owner's name was taken out on one side only ("Abon Sapi Bu Ningsih" of "Sumarni Ningsih",
 * and of "Sumarni" in another office's list): the owner's words the other name also carries are put back
 * into this one, so that the two names compare as written.
 */
function withOwnerWordsOf(r: PreparedBusiness, other: PreparedBusiness): PreparedBusiness {
  if (r.ownerNamed.length === 0) return r;
  const back = r.ownerNamed.filter((k) => other.name.phon.includes(k));
  if (back.length === 0) return r;
  const words = [...r.name.words, ...back.map((k) => other.name.words[other.name.phon.indexOf(k)] as string)];
  const phon = [...r.name.phon, ...back];
  return {
    ...r,
    name: { words, phon, key: [...phon].sort().join(' ') },
    ownerNamed: r.ownerNamed.filter((k) => !back.includes(k)),
    descriptive: words.every((w) => r.products.includes(w)),
  };
}

const THEME_IN_NAME = evidence(
  'products',
  'missing',
  0,
  'Produk tidak diketahui di salah satu data; namanya sudah dibandingkan',
);

/** A record that says nothing of what it makes but its sector, the other's sector. */
const sectorOnly = (s: PreparedBusiness, o: PreparedBusiness): boolean =>
  s.theme.length === 0 && s.kbli === null && s.sector !== undefined && s.sector === o.sector;

/**
 * What the businesses make. A record without a product list has only its name's words for it: when the
 * names agree, those words were weighed with the names, and a spelling the names forgave ("Slamet Fodo" /
 * "Slamet Food") is no other product.
 */
function themeBeside(name: Evidence, a: PreparedBusiness, b: PreparedBusiness): Evidence {
  // Neither lists its products (an OSS export names the business and its KBLI only): their names' words,
  // weighed with the names already, say no more as products.
  if (a.products.length === 0 && b.products.length === 0 && a.name.key !== '' && b.name.key !== '')
    return THEME_IN_NAME;
  const theme = compareTheme(a, b);
  if (theme.outcome !== 'disagree' || name.outcome !== 'agree') return theme;
  return a.products.length === 0 || b.products.length === 0 ? THEME_IN_NAME : theme;
}

const SAME_OWN_NAME_NOTE = 'Nama usaha sama, pemiliknya sama';

/**
 * Two records of one owner under one name (after legal forms and fillers: "UD Berkah" / "Berkah", "Dapur
 * Siti" / "Dapur Siti"): the name says which of her businesses, however many others share it, and no more
 * than that however few do, since one woman often gives her businesses one brand.
 */
function sameOwnName(name: Evidence, a: PreparedBusiness, b: PreparedBusiness, relation: OwnerRelation) {
  // However rare the name in the city, her other business may bear it too: her brand, not chance.
  if (relation === 'same' && name.outcome === 'agree' && name.weight > W.businessNameSameOwnerMax)
    return evidence('name', 'agree', W.businessNameSameOwnerMax, `${name.note}, pemiliknya sama`);
  if (name.weight >= W.businessNameSameOwner) return name;
  // Owners in review whose names both carry one name of hers ("Snack Bu Kayah" of two Sri Rukayah): the
  // brand after her says she is one, as one owner's name does.
  const named = relation === 'review' && a.ownerNamed.length > 0;
  if (relation !== 'same' && !named) return name;
  if (!sameOwnerWords(a.ownerNamed, b.ownerNamed) || !sameWords(a, b) || otherHouses(a, b)) return name;
  if (a.name.key === '' && a.ownerNamed.length === 0) return name;
  return named
    ? evidence('name', 'agree', W.businessNameSameOwner, SAME_OWNER_NAMED_NOTE)
    : evidence('name', 'agree', W.businessNameSameOwner, SAME_OWN_NAME_NOTE);
}

const SAME_OWNER_NAMED_NOTE = 'Nama usaha sama, memuat nama pemilik yang sama';

// Every word of one name has its own in the other, spelt alike or mistyped (Krupik / Keripik Pisang).
function sameWords(a: PreparedBusiness, b: PreparedBusiness): boolean {
  if (a.name.key === b.name.key) return true;
  const al = alignWords(a.name, b.name);
  return al.leftA.length === 0 && al.leftB.length === 0;
}

/**
 * "Sambal Rina" of Rina and "Sambal Endang" of Endang, two women at one address: each name carries its own
 * owner's name, and the owners are not one person. The words left ("sambal") would otherwise agree.
 */
function namedAfterOthers(a: PreparedBusiness, b: PreparedBusiness, relation: OwnerRelation): boolean {
  return (
    relation !== 'same' &&
    a.ownerNamed.length > 0 &&
    b.ownerNamed.length > 0 &&
    !a.ownerNamed.some((k) => b.ownerNamed.includes(k))
  );
}

const carriesOwner = (r: PreparedBusiness): boolean => r.ownerNamed.length > 0;

/**
 * Two rows of one file whose product lists are both known and name no product alike: "Rengginang" and
 * "Kerupuk" in one kelurahan list, her tailoring and her screen printing on two rows of one survey, are two
 * businesses (though a bank's "kerupuk" may be either). A P-IRT register lists a row per product of one
 * business: rows that both carry a certificate count only when no word or family of theirs is shared.
 * Two industry codes (KBLI) on two rows are two activities, hence two businesses.
 */
function listedApart(a: PreparedBusiness, b: PreparedBusiness): boolean {
  // An OSS export lists a row per activity (KBLI) of her one NIB: two codes on two rows are two businesses.
  if (a.kbli !== null && b.kbli !== null && a.kbli !== b.kbli) return true;
  if (a.items.length === 0 || b.items.length === 0 || a.items.some((i) => b.items.includes(i))) return false;
  if (a.certificates.length === 0 || b.certificates.length === 0) return true;
  return !a.products.some((w) => b.products.includes(w)) && !oneFamily(a.products, b.products);
}

/**
 * A P-IRT register's row (the query, `a`) under the record's own name ("Roti Buk Asma" making stik keju,
 * beside her "Roti Buk Asma" making roti): the register lists a row per product of one business, so another
 * product under the same name is one more of hers, whichever version of the record the row meets. A survey's
 * row beside the register's is not one ("Barokah" making keripik tempe beside her "Barokah" peyek).
 */
const registerRowOf = (a: PreparedBusiness, name: Evidence): boolean =>
  name.outcome === 'agree' && a.certificates.length > 0;

/**
 * Two rows of one file under two people who are not one: an office lists a business once, under one owner
 * ("Kopi Bubuk Pak Hari" and Ratna's "Kopi Bubuk Robusta" on two rows of one survey, at one address). A P-IRT
 * register is the exception: it lists a row per product, and a husband may file some of his wife's.
 */
const listedUnderOthers = (a: PreparedBusiness, b: PreparedBusiness, relation: OwnerRelation): boolean =>
  (relation === 'household' || relation === 'housemate' || relation === 'other') &&
  (a.certificates.length === 0 || b.certificates.length === 0);

const listedTwice = (a: PreparedBusiness, b: PreparedBusiness, name: Evidence, theme: Evidence): boolean =>
  a.certificates.length === 0 &&
  b.certificates.length === 0 &&
  name.outcome !== 'agree' &&
  !makesAlike(theme);

const shareFile = (a: PreparedBusiness, b: PreparedBusiness): boolean =>
  !!a.files && !!b.files && a.files.some((f) => b.files?.includes(f));
