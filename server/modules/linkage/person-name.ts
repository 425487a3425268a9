import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { MEN_FIRST, MEN_SECOND, WOMEN_FIRST, WOMEN_SECOND } from '../demo/names.ts';
import { memo } from './memo.ts';
import { phonetic, undouble } from './phonetic.ts';

/** A person's name reduced to what identifies her: full words in written order, and abbreviations ("a", "st"). */
export type PersonName = { words: string[]; abbrevs: string[] };

// Forms of address and religious titles written before a name (compact: lowercase, dots removed).
const HONORIFICS = new Set(
  (
    'hj hjh haji hajah hajjah ibu bu bunda ny nyonya nona nn sdr sdri saudara saudari mbak mba mb bpk bapak pak ' +
    'mas kak cak mbok mbah bude budhe bulik mak ust ustadzah ustazah alm almh almarhum almarhumah rr raden rd'
  ).split(' '),
);
// Academic and professional degrees, before or after a name.
const DEGREES = new Set(
  (
    'spd spdi spdsd se sei skom sh ssos sag sip ssi stp sp skm skep sked sfarm sgz ssit str sst sstp shum sikom ' +
    'spsi ak amd amdkeb amdkep amk ama dra drs ir dr drg prof mpd msi mm mh mkes mag msc ba bsc apt ns bd mt mba'
  ).split(' '),
);
// "binti Ahmad" / "bin Ahmad" name the father, not the person.
const PATRONYM = new Set(['binti', 'bin', 'bt', 'bte', 'bint']);
// Spellings of Muhammad and Abdul, folded after doubled letters are collapsed.
const ALIASES: Record<string, string> = {
  muhamad: 'muhamad',
  mohamad: 'muhamad',
  mokhamad: 'muhamad',
  muhamat: 'muhamad',
  mukhamad: 'muhamad',
  mokh: 'muhamad',
  moh: 'muhamad',
  muh: 'muhamad',
  mhd: 'muhamad',
  abd: 'abdul',
};

const plain = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '');

/** One written word folded: EYD spelling, ch → kh (Chusnul, Khusnul), no doubled letters, common aliases. */
export const foldWord = memo((word: string): string => {
  // A word-initial Oe is U too (Oemar, Umar); shared/rules/search.ts folds oe only after a consonant.
  const text = normalizeSearchText(word).replace(/ /g, '').replace(/^oe/, 'u');
  const folded = undouble(text.replace(/ch/g, 'kh'));
  return ALIASES[folded] ?? folded;
});

type Piece = { compact: string; dotted: boolean; innerDot: boolean };

function pieces(raw: string): Piece[] {
  const out: Piece[] = [];
  for (const chunk of raw.split(/[\s,;/()]+/)) {
    const compact = chunk.replace(/[^\p{L}\p{N}]/gu, '');
    if (compact === '') continue;
    const innerDot = /\p{L}\.\p{L}/u.test(chunk);
    // "Hj.Siti" and "M.Yusuf": a dot between a short title or initial and a name separates two words.
    const split = innerDot && !DEGREES.has(compact) ? chunk.split('.').filter((p) => p !== '') : [chunk];
    for (const part of split) {
      const c = part.replace(/[^\p{L}\p{N}]/gu, '');
      if (c !== '')
        out.push({ compact: c, dotted: part.endsWith('.'), innerDot: split.length === 1 && innerDot });
    }
  }
  return out;
}

// "H." first is Haji; "S.T." (dots inside) and a last "ST" are degrees, a first "St." abbreviates Siti.
function isTitle(p: Piece, index: number, count: number): boolean {
  if (HONORIFICS.has(p.compact) || DEGREES.has(p.compact)) return true;
  if (p.compact === 'h') return index === 0 && count > 1;
  return p.compact === 'st' && (p.innerDot || (index === count - 1 && index > 0));
}

// What follows the name itself: a nickname in brackets ("(Bu Ani)"), "alias …", a second person ("& Suami",
// "/ Budi", "dan anak").
const NICKNAME = /\([^)]*\)?/g;
const TAIL = /\s(?:alias|als\.?|a\.k\.a\.?)\s.*$|\s*[&/+].*$|\sdan\s.*$/i;

/** The name itself, without a nickname or a second person written after it (the whole text if nothing is left). */
function ownName(raw: string): string {
  const own = raw.replace(NICKNAME, ' ').replace(TAIL, '');
  return /\p{L}/u.test(own) ? own : raw;
}

/**
 * Drops titles, degrees, the "binti …" tail, nicknames and a second person; keeps abbreviations apart so
 * they can match a full word.
 */
export function normalizePersonName(raw: string): PersonName {
  const all = pieces(plain(ownName(raw)));
  const kept = all.filter((p, i) => !isTitle(p, i, all.length));
  const cut = kept.findIndex((p, i) => i > 0 && PATRONYM.has(p.compact));
  const words: string[] = [];
  const abbrevs: string[] = [];
  for (const p of cut < 0 ? kept : kept.slice(0, cut)) {
    const word = foldWord(p.compact);
    if (word === '') continue;
    // One or two letters ("A", "Si") or a short dotted form ("St.") abbreviate a word.
    const short = word.length <= 2 || (p.dotted && word.length <= 3 && !ALIASES[p.compact]);
    (short ? abbrevs : words).push(word);
  }
  return { words, abbrevs };
}

/** Order-free key of a name: equal keys mean the same words and abbreviations. */
export const nameKey = (n: PersonName): string =>
  [...n.words].sort().join(' ') + (n.abbrevs.length ? ` ${[...n.abbrevs].sort().join('. ')}.` : '');

// First and second names that say a gender, as their phonetic keys: those common among women or men only.
const genderKeys = (mine: readonly string[], theirs: readonly string[]) => {
  const other = new Set(theirs.map((n) => phonetic(n.toLowerCase())));
  return new Set(mine.map((n) => phonetic(n.toLowerCase())).filter((k) => !other.has(k)));
};
const WOMEN = genderKeys([...WOMEN_FIRST, ...WOMEN_SECOND], [...MEN_FIRST, ...MEN_SECOND]);
const MEN = genderKeys([...MEN_FIRST, ...MEN_SECOND], [...WOMEN_FIRST, ...WOMEN_SECOND]);

/**
 * The gender a name says when nothing else does ("Suwarni", "Samsul Hidayat"), from its names' phonetic
 * keys; null when it says none or both.
 */
export function genderOfName(sound: string): 'L' | 'P' | null {
  let woman = false;
  let man = false;
  for (const key of sound.split(' ')) {
    woman ||= WOMEN.has(key);
    man ||= MEN.has(key);
  }
  return woman === man ? null : woman ? 'P' : 'L';
}
