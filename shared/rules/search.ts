// Old (pre-1972) spellings folded to EYD; applied to the whole text until nothing changes.
const LETTER_RULES: readonly [RegExp, string][] = [
  [/dj/g, 'j'], // Djakarta → jakarta, Djoko → joko
  [/tj/g, 'c'], // Tjokro → cokro, tjilok → cilok
  [/sj/g, 'sy'], // Sjarifah → syarifah
  [/(^| )nj/g, '$1ny'], // Njoman → nyoman; word start only, so panjang and penjahit keep their nj
  [/([b-df-hj-np-tv-z])oe/g, '$1u'], // Soekarno → sukarno, kroepoek → krupuk; after a consonant only
];

// Whole-word variants of common product names (patterns of one whole word), each mapped to one form.
const WORD_VARIANTS: readonly [string, string][] = [
  ['ke?ripi(?:c?k|c)', 'kripik'], // keripik, kripik, kripick → kripik
  ['ke?rupu(?:c?k|c)', 'krupuk'], // kerupuk, krupuk → krupuk
  ['tempeh', 'tempe'], // tempeh (English spelling) → tempe
  ['sambel', 'sambal'], // sambel (Javanese) → sambal
  ['rempeyek', 'peyek'], // rempeyek → peyek
  ['kueh', 'kue'], // kueh → kue
];
const WORD_RULES = WORD_VARIANTS.map(([word, to]) => [new RegExp(`^(?:${word})$`), to] as const);

function untilStable(s: string, step: (s: string) => string): string {
  let out = s;
  for (let next = step(out); next !== out; next = step(out)) out = next;
  return out;
}

const applyLetterRules = (s: string): string =>
  LETTER_RULES.reduce((acc, [re, to]) => acc.replace(re, to), s);

const applyWordRule = (word: string): string => WORD_RULES.find(([re]) => re.test(word))?.[1] ?? word;

// Quick tests that let most texts skip the steps above: plain ASCII needs no Unicode folding, and a text
// with none of the old spellings' letter pairs or none of the variant words stays as it is (a third of
// the import's normalising thread went to this function before).
const ASCII = /^[^\u0080-\uffff]*$/;
const OLD_SPELLING = /dj|tj|sj|nj|oe/;
const WORD_VARIANT = new RegExp(`(?:^| )(?:${WORD_VARIANTS.map(([word]) => word).join('|')})(?= |$)`);

/** Search key: lowercase, no diacritics or punctuation, single spaces, old spellings and variants folded. */
export function normalizeSearchText(s: string): string {
  const plain = ASCII.test(s)
    ? s
        .toLowerCase()
        .replace(/['`]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim()
    : s
        .toLowerCase()
        .normalize('NFKD') // before removing apostrophes: ŉ decomposes into ʼn
        .replace(/\p{M}+/gu, '')
        .toLowerCase() // again: compatibility forms such as ℡ decompose into capitals
        .replace(/['‘’`ʼ]/g, '') // Jum'at → jumat: an apostrophe joins, it does not split
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
  // Repeated until stable (ddjj → djj → jj); ends because each rule removes a j or shortens the text.
  const folded = OLD_SPELLING.test(plain) ? untilStable(plain, applyLetterRules) : plain;
  return WORD_VARIANT.test(folded) ? folded.split(' ').map(applyWordRule).join(' ') : folded;
}
