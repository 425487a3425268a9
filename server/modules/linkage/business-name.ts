import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { memo } from './memo.ts';
import { phonetic, undouble } from './phonetic.ts';
import { isTypo, type Spelled, swapped } from './words.ts';

// Legal forms, "home industry" in its spellings, forms of address before the owner's name, and the kinds of
// shop a name starts with (Warung, Kedai, Depot).
const FILLER = new Set(
  (
    'ud cv pt pd usaha toko tk industri industry rumahan ir irt irtp home homemade produksi pembuatan pengolahan ' +
    'umkm ukm rumah dapur ' +
    'aneka dan and n bu ibu pak bpk bapak mbak mba mak mbok hj h bunda mama mas cak warung kedai depot kios gerai griya'
  ).split(' '),
);
const FILLER_WORDS = [...FILLER];

/** A filler word, or one written with a typo ("iu", "iby" for ibu): no word of the business's own. */
export const isFillerLike = (word: string): boolean =>
  word.length <= 2 || FILLER.has(word) || FILLER_WORDS.some((f) => isTypo(f, word));

// Words of a product list that name no product: "Produksi keripik tempe", "Perajin tempe", "Pembuat tahu",
// "Kerajinan rotan" and "Makanan beku" list what is made.
const PRODUCT_FILLER = new Set(
  (
    'dan aneka rasa macam olahan dll lain lainnya berbagai produk dengan isi jual produksi perajin pengrajin ' +
    'pembuat pembuatan pengolahan bikin kerajinan tangan makanan makan minuman food souvenir suvenir jasa ' +
    'usaha industri dagang jualan tukang kemasan'
  )
    .split(' ')
    // As product words are compared: doubled letters written once ("food" is read "fod").
    .map(undouble),
);
// Spellings of one product word beyond those shared/rules/search.ts already folds.
const VARIANTS: Record<string, string> = {
  kwe: 'kue',
  cemilan: 'camilan',
  snack: 'camilan',
  catering: 'katering',
  jahitan: 'jahit',
  penjahit: 'jahit',
  bordiran: 'bordir',
  barokah: 'berkah',
  barakah: 'berkah',
  jajanan: 'jajan',
  ijo: 'hijau',
  sambel: 'sambal',
  membatik: 'batik',
  rajutan: 'rajut',
  kerudung: 'jilbab',
  hijab: 'jilbab',
  // Spellings and English words an office or a form writes for the same product or trade.
  marneng: 'marning',
  // Javanese names of one product: gedang is pisang (banana), jenang is dodol.
  gedang: 'pisang',
  jenang: 'dodol',
  // Sumatran names: jangek is kerupuk kulit (crackers of cow's skin).
  jangek: 'kulit',
  pembatik: 'batik',
  boga: 'katering',
  herbal: 'jamu',
  meubel: 'mebel',
  tembikar: 'gerabah',
  potery: 'gerabah', // pottery
  ceramic: 'keramik',
  ceramics: 'keramik',
  chips: 'kripik',
  cracker: 'krupuk',
  crackers: 'krupuk',
  corn: 'jagung',
  crochet: 'rajut',
  kniting: 'rajut', // knitting
  knit: 'rajut',
  ratan: 'rotan', // rattan, as words are looked up with doubled letters written once
  tailor: 'jahit',
  handicraft: 'kerajinan',
  furniture: 'mebel',
  furnitur: 'mebel',
  penjahitan: 'jahit',
  menjahit: 'jahit',
  cofe: 'kopi', // coffee
  ground: 'bubuk',
  sauce: 'sambal',
  chili: 'cabai',
  cabe: 'cabai',
  badminton: 'bulutangkis',
  shutlecock: 'kok', // shuttlecock
};

const fold = (word: string): string => {
  const single = undouble(word);
  return VARIANTS[single] ?? single;
};

const words = memo((text: string): readonly string[] =>
  normalizeSearchText(text)
    .split(' ')
    .filter((w) => w !== '')
    .map(fold),
);

const isOwnerWord = (word: string, sound: string, owner: Spelled): boolean =>
  owner.words.some((o, i) => o === word || owner.phon[i] === sound || isTypo(o, word));

const NO_OWNER: Spelled = { words: [], phon: [] };
const NO_NAME = { words: [], phon: [], addressed: [] };

// "Madu Mongso BuTini", "Kue IbuSiti": a form of address typed onto the name it goes before.
const GLUED_ADDRESS = /\b(Bu|Ibu|Pak|Bpk|Mbak|Mak)(?=\p{Lu}\p{Ll})/gu;

// Filler words of five letters or more, which two neighbouring letters swapped leave recognisable ("Daupr"
// for dapur): a slip that rarely makes another word, where one letter changed does (bunda, bunga).
const slipOf = (filler: string, w: string) => w === filler || (w.length >= 5 && swapped(filler, w));
const LONG_FILLER = FILLER_WORDS.filter((f) => f.length >= 5);
const isFiller = (w: string) => FILLER.has(w) || (w.length >= 5 && LONG_FILLER.some((f) => slipOf(f, w)));

// Filler words that still say what kind of place the business is: "Dapur Mulyani" and "Griya Mulyani" of
// one owner are two names.
const HOUSES = ['dapur', 'griya', 'rumah', 'warung', 'kedai', 'depot', 'kios', 'gerai', 'toko'];

/** The kinds of place a name's filler words say ("Dapur", "Daupr" → dapur), sorted. */
export const housesOf = memo((text: string): readonly string[] => {
  const found = words(text).flatMap((w) => HOUSES.filter((h) => slipOf(h, w)));
  return [...new Set(found)].sort();
});

// Forms of address: the word after one is a person's name, often her short name.
const ADDRESS = new Set('bu ibu pak bpk bapak mbak mba mak mbok bunda mama mas cak'.split(' '));

// A name's words without legal forms and filler, with their phonetic keys, and which of them follow a form
// of address ("Usaha Bu Yani": yani).
const named = memo((text: string): Spelled & { addressed: readonly boolean[] } => {
  const all = words(text.replace(GLUED_ADDRESS, '$1 '));
  const kept: string[] = [];
  const addressed: boolean[] = [];
  for (const [i, w] of all.entries()) {
    if (isFiller(w)) continue;
    kept.push(w);
    addressed.push(i > 0 && ADDRESS.has(all[i - 1] as string));
  }
  return { words: kept, phon: kept.map(phonetic), addressed };
});

/**
 * A short name after a form of address, as Javanese shorten names: the end of one of the owner's names
 * ("Bu Yani" of Mulyani, "Bu Minah" of Aminah, "Bu Tutik" of Astuti, often with a "k" added) or its start
 * ("Bu Puspita" of Puspitasari). The owner's name's phonetic key, or null.
 */
function shortNameOf(word: string, owner: Spelled): string | null {
  const bare = word.length > 3 && word.endsWith('k') ? word.slice(0, -1) : word;
  for (const [i, o] of owner.words.entries()) {
    if (o.length <= bare.length) continue;
    if ((bare.length >= 3 && o.endsWith(bare)) || (bare.length >= 4 && o.startsWith(bare)))
      return owner.phon[i] as string;
  }
  return null;
}

/** Whether a word is one of these names, one of them mistyped, or a short form of one (`shortNameOf`). */
export const isNameAmong = (word: string, names: readonly string[]): boolean =>
  names.some((o) => o === word || isTypo(o, word)) ||
  shortNameOf(word, { words: names, phon: names }) !== null;

// The same forms of address written in capitals onto a name ("BUWAHYUNI"): read apart only when the rest is
// the owner's own name, since many words start alike ("BUDIMAN", "PAKAIAN").
const GLUED_CAPITALS = /^(?:bu|ibu|pak|bpk|mbak|mak)(?=\p{L}{3})/u;

/** The owner's name in a word, as its phonetic key: the word itself, or after a form of address typed onto it. */
function ownerIn(word: string, sound: string, owner: Spelled): string | null {
  if (isOwnerWord(word, sound, owner)) return sound;
  const address = GLUED_CAPITALS.exec(word)?.[0];
  if (!address) return null;
  const rest = word.slice(address.length);
  const restSound = phonetic(rest);
  return isOwnerWord(rest, restSound, owner) ? restSound : null;
}

/**
 * A name with a word that is a form of address typed onto a word of the other name ("KRIPIK PISANG
 * BUWAHYUNI" beside "Kripik Pisang BuWahyuni", read apart as "bu wahyuni"): that word read apart too. The
 * name itself when none is.
 */
export function unglued(a: Spelled, b: Spelled): Spelled {
  const glued = gluedOf(a);
  if (glued.length === 0) return a;
  let out: Spelled | null = null;
  for (const { at, rest, sound } of glued) {
    if (!b.phon.includes(sound) || a.phon.includes(sound)) continue;
    out ??= { words: [...a.words], phon: [...a.phon] };
    (out.words as string[])[at] = rest;
    (out.phon as string[])[at] = sound;
  }
  return out ?? a;
}

type Glued = { at: number; rest: string; sound: string };
// Worked out once per name: names are compared many times each.
const GLUED = new WeakMap<Spelled, readonly Glued[]>();
const NONE: readonly Glued[] = [];

function gluedOf(name: Spelled): readonly Glued[] {
  let found = GLUED.get(name);
  if (found) return found;
  found = NONE;
  for (const [at, w] of name.words.entries()) {
    const address = GLUED_CAPITALS.exec(w)?.[0];
    if (!address) continue;
    const rest = w.slice(address.length);
    found = [...found, { at, rest, sound: phonetic(rest) }];
  }
  GLUED.set(name, found);
  return found;
}

/**
 * "UD Keripik Tempe Bu Siti" → kripik, tempe: the words that name this business, not its owner; and, as
 * `ownerNamed`, the phonetic keys of the owner's names the business name carries (siti).
 */
export function businessWords(
  name: string | null,
  owner: Spelled = NO_OWNER,
): Spelled & { ownerNamed: readonly string[] } {
  const all = name ? named(name) : NO_NAME;
  if (owner.words.length === 0) return { words: all.words, phon: all.phon, ownerNamed: [] };
  const found = all.words.map(
    (w, i) => ownerIn(w, all.phon[i] as string, owner) ?? (all.addressed[i] ? shortNameOf(w, owner) : null),
  );
  return {
    words: all.words.filter((_, i) => found[i] === null),
    phon: all.phon.filter((_, i) => found[i] === null),
    ownerNamed: found.filter((k) => k !== null),
  };
}

/**
 * A name that also says what the business makes, as forms collect them: "Omah Sejati (roti manis)",
 * "opak merk Melati Abadi", 'Nastar "Nastar Barokah"'. The brand, and the words describing its products
 * (null when the name says none).
 */
export const splitDescribed = memo((name: string): { brand: string; described: string | null } => {
  const paren = /^(.*?\S)\s*\(([^()]+)\)\s*$/.exec(name);
  if (paren) return { brand: paren[1] as string, described: paren[2] as string };
  const merk = /^(.+?)\s+(?:merk|merek|brand)\.?\s+(.+)$/iu.exec(name);
  if (merk) return { brand: merk[2] as string, described: merk[1] as string };
  const quoted = /^(.+?)\s*["“”']([^"“”']+)["“”']\s*$/u.exec(name);
  if (quoted) return { brand: quoted[2] as string, described: quoted[1] as string };
  return { brand: name, described: null };
});

/** A word of a product list that names no product ("aneka", "kerajinan", "pembuat"). */
export const isProductFiller = (word: string): boolean => PRODUCT_FILLER.has(word);

/**
 * A word of a name that only says what trade makes its products ("Pengrajin", "Pembuatan", "Dagang",
 * "Aneka"), not a brand's: "rasa" makes one in a name ("Rasa Ibu", "Sari Rasa") though not in a list.
 */
export const namesNoProduct = (word: string): boolean => word !== 'rasa' && isProductFiller(word);

const products = memo((text: string): readonly string[] => [
  ...new Set(words(text).filter((w) => !PRODUCT_FILLER.has(w) && !/^\d+$/.test(w))),
]);

/** "keripik tempe, keripik tempe pedas" → ["kripik", "tempe", "pedas"]. */
export const productWords = (text: string | null): readonly string[] => (text ? products(text) : []);

/**
 * The product words of a business: neither filler nor its owner's name as written, which name no product. A
 * kelurahan list's "Usaha" column read as products may hold the brand ("Rumah Bunda Rohmah", "Keset Rita
 * Wahyuni"); a word only like her name stays ("Sari Apel" of Sri Lestari).
 */
export function ownProductWords(text: string | null, owner: Spelled = NO_OWNER): readonly string[] {
  const own = productWords(text).filter((w) => !isFiller(w) && !owner.words.includes(w));
  return own.length > 0 || !text ? own : words(text).filter((w) => TRADES.has(w));
}

// Words that name a whole trade: a list of nothing else (a bank's "Jenis Usaha": "PRODUKSI MINUMAN",
// "kerajinan tangan", "WARUNG") says that kind of business, which its family below covers.
const TRADES = new Set(['makanan', 'minuman', 'kerajinan', 'souvenir', 'suvenir', 'warung']);

const items = memo((text: string): readonly string[] => [
  ...new Set(
    text
      .split(/[,;/&+\n]+|\bdan\b/)
      .map((item) => productWords(item).join(' '))
      .filter((i) => i !== ''),
  ),
]);

// Families of products, each with the words that name the kind of business ("Konveksi" makes gamis, "Jajan
// pasar" is kue lumpur and getuk, "Makanan beku" is dimsum): a kind word covers every product of its family.
// A family marked `broad` is a trade of many kinds of products ("Kue" is bakpia and brownies, "Warung" nasi
// pecel and soto): it covers them for a record that names only the trade, but two product lists in it are
// not therefore of one kind; `catchAll` marks the two that hold every other family's products (food, crafts),
// whose kind words cover those families' kinds too (SUBKINDS).
const FOOD =
  'kripik krupuk peyek rengginang tempe tahu sambal bumbu pecel katering nasi soto rawon bakso pentol ' +
  'nugget dimsum siomay dodol jenang manisan kopi jus sari susu madu abon brownies bolu roti donat nastar ' +
  'kastengel lemper klepon getuk tumpeng marning cilok sirup wedang kukis cookies cake tape pia bakpia ' +
  'opak emping kue jajan camilan lapis jamu bangkit';
type Family<T> = { kinds: T; products: T; broad?: true; catchAll?: true };
const FAMILIES: readonly Family<ReadonlySet<string>>[] = (
  [
    {
      kinds: 'konveksi jahit busana',
      products:
        'pakaian gamis seragam kebaya kaos hijab jilbab mukena baju celana daster sablon permak batik',
    },
    {
      kinds: 'kue',
      products: 'bakpia pia brownies bolu roti donat cake kukis cookies bika lapis',
      broad: true,
    },
    { kinds: 'krupuk', products: 'rengginang peyek rempeyek opak emping', broad: true },
    {
      kinds: 'camilan cemilan',
      products: 'kripik makaroni stik basreng kacang marning usus',
      broad: true,
    },
    { kinds: 'buah', products: 'salak nangka apel pisang nanas mangga jambu', broad: true },
    { kinds: 'warung', products: 'nasi soto rawon bakso mie lalapan gado lontong', broad: true },
    { kinds: 'minuman', products: 'susu sari jus sirup kopi teh wedang jamu es', broad: true },
    { kinds: 'makanan kuliner mamin pangan', products: FOOD, broad: true, catchAll: true },
    {
      kinds: 'kerajinan kriya souvenir suvenir',
      products:
        'tas anyaman topeng flanel bunga keset rajut manik gerabah keramik guci vas lukis rotan bambu ' +
        'boneka sangkar dompet ecoprint sulam bros hampers parsel mebel lemari kusen meja kursi dipan',
      broad: true,
      catchAll: true,
    },
    {
      kinds: 'jajan pasar basah kue tradisional',
      products:
        'lumpur getuk klepon apem onde lemper nagasari dadar gulung serabi cenil lupis pukis putu wingko box',
    },
    {
      kinds: 'kering lebaran kue',
      products: 'nastar kastengel salju lidah kucing semprit bangkit kukis cookies',
    },
    { kinds: 'roti bakery', products: 'bolu donat bagelen brownies cake' },
    { kinds: 'mebel', products: 'lemari kusen meja kursi dipan' },
    { kinds: 'beku frozen', products: 'dimsum nugget pentol siomay sosis dumpling risol risoles kebab' },
    { kinds: 'katering', products: 'tumpeng prasmanan nasi kotak box snack' },
    { kinds: 'jamu gendong', products: 'kencur kunyit temulawak jahe wedang uwuh' },
    { kinds: 'bumbu sambal', products: 'sambal pecel rujak rendang' },
    { kinds: 'gerabah', products: 'keramik guci vas cobek pot' },
    { kinds: 'batik tulis cap', products: 'batik selendang kemeja kain ecoprint' },
    { kinds: 'bakso', products: 'pentol cilok' },
    { kinds: 'raket bulutangkis', products: 'kok senar' },
    { kinds: 'anyaman', products: 'rotan bambu mendong pandan keranjang besek tampah tikar bakul' },
  ] as Family<string>[]
).map((f) => ({ ...f, kinds: new Set(words(f.kinds)), products: new Set(words(f.products)) }));

/**
 * What a catch-all family's kind words cover besides its own products: the kinds of the families whose
 * products it holds ("Makanan" covers "frozen": dimsum is food).
 */
const SUBKINDS = new Map(
  FAMILIES.filter((f) => f.catchAll).map((f) => [
    f,
    new Set(
      FAMILIES.filter((g) => g !== f && [...g.products].some((p) => f.products.has(p))).flatMap((g) => [
        ...g.kinds,
      ]),
    ),
  ]),
);

/** Whether a word of a product list is one of `products` or the kind of business they are ("konveksi": gamis). */
export const covers = (word: string, products: readonly string[]): boolean =>
  products.includes(word) ||
  FAMILIES.some((f) => f.kinds.has(word) && products.some((p) => f.products.has(p)));

/**
 * A product list that only names categories ("Makanan & Minuman", "Fashion / Busana": a form's category
 * column): a kind of business, no product of any family, and one of its kinds is of a family the other
 * list makes or names ("katering"; "Penjahitan / Konveksi").
 */
export function categoryOf(x: readonly string[], y: readonly string[]): boolean {
  let kind = false;
  for (const w of x) {
    if (FAMILIES.some((f) => f.products.has(w))) return false;
    kind ||= FAMILIES.some(
      (f) => f.kinds.has(w) && (inFamily(f, y) || y.some((v) => SUBKINDS.get(f)?.has(v))),
    );
  }
  return kind;
}

/**
 * A product list of kinds only, each covering what the other makes ("Kerupuk" beside rengginang, "Mebel"
 * beside lemari): the same trade, though a family as broad as kerupuk does not make it one product.
 */
export const kindsOf = (x: readonly string[], y: readonly string[]): boolean =>
  x.length > 0 && y.length > 0 && x.every((w) => covers(w, y));

/**
 * Two product lists that both name only kinds of one narrow family ("Jajan pasar" / "Kue basah", "Frozen
 * food" / "Makanan beku", "Konveksi" / "Jahitan"): two names of one trade.
 */
export function oneTrade(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  return FAMILIES.some((f) => !f.broad && a.every((w) => f.kinds.has(w)) && b.every((w) => f.kinds.has(w)));
}

/**
 * Two product lists of one family but a catch-all ("nastar" / "kastengel", "nugget ayam" / "risoles beku",
 * "rengginang" / "kerupuk bawang"): one kind of business, or one trade.
 */
export function oneFamily(a: readonly string[], b: readonly string[]): boolean {
  for (const f of FAMILIES) if (!f.catchAll && inFamily(f, a) && inFamily(f, b)) return true;
  return false;
}

/**
 * Words two names do not share that name kinds of two families, and none of one ("Kue Basah Bu Nur" /
 * "Kue Kering Mbak Nur": her wet cakes and her cookies): the names say two kinds of business.
 */
export function otherKinds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  let inA = false;
  let inB = false;
  for (const f of FAMILIES) {
    if (f.broad) continue;
    const [x, y] = [inFamily(f, a), inFamily(f, b)];
    if (x && y) return false;
    inA ||= x;
    inB ||= y;
  }
  return inA && inB;
}

// Loops, not closures: these run for most pairs compared.
function inFamily(f: Family<ReadonlySet<string>>, words: readonly string[]): boolean {
  for (const w of words) if (f.products.has(w) || f.kinds.has(w)) return true;
  return false;
}

// What a business registered under an industry code (KBLI 2020) makes, in the words offices write for it:
// an OSS export names the business and its code, no products.
const KBLI_PRODUCTS: Readonly<Record<string, string>> = {
  '10391': 'tempe',
  '10392': 'tahu',
  '10399': 'olahan buah',
  '10710': 'roti, kue',
  '10733': 'manisan',
  '10761': 'kopi',
  '10772': 'bumbu, sambal',
  '10792': 'kue basah',
  '10793': 'olahan kacang',
  '10794': 'krupuk, kripik, peyek',
  '10796': 'dodol',
  '11040': 'minuman',
  '11090': 'minuman',
  '13134': 'batik',
  '14111': 'konveksi',
  '14120': 'jahit',
  '14301': 'rajut',
  '16291': 'anyaman rotan, anyaman bambu',
  '16292': 'anyaman',
  '20231': 'sabun',
  '21022': 'jamu',
  '23932': 'gerabah',
  '31001': 'mebel',
};

/** The products an industry code says, for a record that lists none; null for a code that says none. */
export const kbliProducts = (code: string | null): string | null =>
  code ? (KBLI_PRODUCTS[code] ?? null) : null;

/** "Keripik tempe, tempe mendoan" → ["kripik tempe", "tempe mendoan"]: each product named in a list. */
export const productItems = (text: string | null): readonly string[] => (text ? items(text) : []);

/**
 * A P-IRT number's certificate (first 13 digits: stays on renewal) and producer (region, digits 4–7, and
 * producer serial, digits 10–13: the same on all certificates of one producer); null when it is not one.
 */
export function pirtParts(number: string): { certificate: string; producer: string } | null {
  const digits = number.replace(/\D/g, '');
  if (digits.length !== 15) return null;
  return { certificate: digits.slice(0, 13), producer: `${digits.slice(3, 7)}${digits.slice(9, 13)}` };
}
