import { SECTORS, type SectorCode } from '../../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../../shared/rules/search.ts';

// Words (after normalizeSearchText, which folds keripik→kripik, kerupuk→krupuk, sambel→sambal) per sector.
const KEYWORDS: Record<Exclude<SectorCode, 'lainnya'>, readonly string[]> = {
  pangan: [
    'pangan',
    'makanan',
    'minuman',
    'kuliner',
    'mamin',
    'kue',
    'roti',
    'kripik',
    'krupuk',
    'peyek',
    'rengginang',
    'tempe',
    'tahu',
    'sambal',
    'catering',
    'katering',
    'snack',
    'camilan',
    'cemilan',
    'jajan',
    'jajanan',
    'frozen',
    'bakso',
    'nugget',
    'pentol',
    'dodol',
    'jenang',
    'manisan',
    'kopi',
    'jus',
    'sari',
    'susu',
    'madu',
    'abon',
    'bumbu',
    'pecel',
    'olahan',
    'brownies',
    'bolu',
    'donat',
    'nastar',
    'lemper',
    'klepon',
    'getuk',
    'tumpeng',
    'marning',
    'cilok',
    'sirup',
    'wedang',
    'es',
    'cookies',
    'kukis',
    'bakery',
    'cake',
    'tape',
    'tapai',
    'pia',
    'opak',
    'emping',
    'rempeyek',
    'bakpia',
    'dimsum',
    'siomay',
    'risol',
    'risoles',
    'sosis',
    'kebab',
    'pukis',
    'serabi',
    'apem',
    'wingko',
    'kastengel',
    'semprit',
    'lapis',
    'mie',
    'nasi',
    'soto',
    'rawon',
    'teh',
    'kacang',
  ],
  kayu: ['kayu', 'mebel', 'meubel', 'furnitur', 'furniture', 'rotan', 'bambu', 'anyaman', 'ukir', 'ukiran'],
  sandang: [
    'sandang',
    'fashion',
    'jahit',
    'penjahit',
    'konveksi',
    'batik',
    'pakaian',
    'busana',
    'kaos',
    'baju',
    'hijab',
    'jilbab',
    'kerudung',
    'mukena',
    'gamis',
    'seragam',
    'bordir',
    'sablon',
    'tenun',
    'tekstil',
  ],
  kerajinan: [
    'kerajinan',
    'handicraft',
    'craft',
    'suvenir',
    'souvenir',
    'gerabah',
    'keramik',
    'tembikar',
    'flanel',
    'manik',
    'aksesoris',
    'raket',
    'shuttlecock',
    'lukis',
    'lukisan',
    'topeng',
    'kriya',
  ],
  kimia: [
    'kimia',
    'kosmetik',
    'sabun',
    'lulur',
    'parfum',
    'deterjen',
    'lilin',
    'minyak urut',
    'jamu',
    'herbal',
    'obat tradisional',
  ],
  jasa: [
    'jasa',
    'salon',
    'laundry',
    'pangkas',
    'cukur',
    'rias',
    'servis',
    'service',
    'bengkel',
    'warung',
    'dagang',
    'perdagangan',
    'toko',
  ],
};
// Product texts repeat across a sheet ("Keripik tempe"): each is read once, with a cap on memory.
const guesses = new Map<string, SectorCode | null>();
const GUESSES_CAP = 10_000;
const LABELS = new Map<string, SectorCode>(SECTORS.map((s) => [normalizeSearchText(s.label), s.code]));

// Words that only say a sector or a category, not what a business makes ("Makanan Olahan", "Aneka Kerajinan").
const CATEGORY_WORDS = new Set(
  normalizeSearchText(
    'pangan makanan minuman mamin kuliner olahan ringan berat snack camilan cemilan jajanan oleh khas tradisional siap saji produk hasil kerajinan handicraft craft kriya fashion busana pakaian sandang tekstil jasa perdagangan dagang industri usaha aneka lainnya lain kimia kosmetik kayu anyaman non dan rumah tangga home industry umkm ikm kecil mikro',
  ).split(' '),
);

/**
 * Whether a sector column's text names what the business makes ("Kripik Apel", "tas rajut & manik"), not
 * only a sector or category ("Makanan & minuman", "Kerajinan", "Makanan Olahan"): then it is the products.
 */
export function namesProducts(text: string | null): boolean {
  if (!text) return false;
  const words = normalizeSearchText(text);
  if (LABELS.has(words) || SECTORS.some((s) => s.code === words)) return false;
  return words.split(' ').some((w) => w.length > 1 && !CATEGORY_WORDS.has(w) && !/^\d+$/.test(w));
}

/**
 * A sector from free text (a "Sektor" column or the products): the official label or code, else the sector
 * with most keyword hits; null on a tie or when nothing is recognised, so a guess is never forced.
 */
export function sectorOfText(text: string | null): SectorCode | null {
  if (!text) return null;
  const known = guesses.get(text);
  if (known !== undefined) return known;
  if (guesses.size >= GUESSES_CAP) guesses.clear();
  const sector = guess(text);
  guesses.set(text, sector);
  return sector;
}

function guess(text: string): SectorCode | null {
  const words = normalizeSearchText(text);
  const named = LABELS.get(words) ?? SECTORS.find((s) => s.code === words)?.code;
  if (named) return named;
  const padded = ` ${words} `;
  const hits = Object.entries(KEYWORDS).map(([code, keys]) => ({
    code: code as SectorCode,
    n: keys.filter((k) => padded.includes(` ${k} `)).length,
  }));
  const top = Math.max(...hits.map((h) => h.n));
  const winners = hits.filter((h) => h.n === top);
  return top > 0 && winners.length === 1 ? (winners[0]?.code ?? null) : null;
}
