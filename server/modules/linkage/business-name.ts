import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { memo } from './memo.ts';
import { phonetic, undouble } from './phonetic.ts';
import { isTypo, type Spelled } from './words.ts';

// Legal forms, "home industry" in its spellings, and forms of address before the owner's name.
const FILLER = new Set(
  (
    'ud cv pt pd usaha toko tk industri industry rumahan ir home homemade produksi umkm ukm rumah dapur ' +
    'aneka dan and n bu ibu pak bpk bapak mbak mba mak mbok hj h bunda mama mas cak'
  ).split(' '),
);
// Words of a product list that name no product.
const PRODUCT_FILLER = new Set(
  'dan aneka rasa macam olahan dll lain lainnya berbagai produk dengan isi jual'.split(' '),
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
const wordsOf = (text: string | null): readonly string[] => (text ? words(text) : []);

function isOwnerWord(word: string, owner: Spelled): boolean {
  const sound = phonetic(word);
  return owner.words.some((o, i) => o === word || owner.phon[i] === sound || isTypo(o, word));
}

const NO_OWNER: Spelled = { words: [], phon: [] };

/** "UD Keripik Tempe Bu Siti" → ["kripik", "tempe"]: the words that name this business, not its owner. */
export function businessWords(name: string | null, owner: Spelled = NO_OWNER): string[] {
  return wordsOf(name).filter((w) => !FILLER.has(w) && !isOwnerWord(w, owner));
}

const products = memo((text: string): readonly string[] => [
  ...new Set(words(text).filter((w) => !PRODUCT_FILLER.has(w) && !/^\d+$/.test(w))),
]);

/** "keripik tempe, keripik tempe pedas" → ["kripik", "tempe", "pedas"]. */
export const productWords = (text: string | null): readonly string[] => (text ? products(text) : []);

/**
 * A P-IRT number's certificate (first 13 digits: stays on renewal) and producer (region, digits 4–7, and
 * producer serial, digits 10–13: the same on all certificates of one producer); null when it is not one.
 */
export function pirtParts(number: string): { certificate: string; producer: string } | null {
  const digits = number.replace(/\D/g, '');
  if (digits.length !== 15) return null;
  return { certificate: digits.slice(0, 13), producer: `${digits.slice(3, 7)}${digits.slice(9, 13)}` };
}
