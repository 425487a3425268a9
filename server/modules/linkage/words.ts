import { distance } from 'fastest-levenshtein';

/** Words with their phonetic keys, as both name comparators use them. */
export type Spelled = { words: readonly string[]; phon: readonly string[] };

export type Alignment = {
  same: number;
  sound: number;
  typo: number;
  /** Of the typo pairs, those more than one slip apart (two letters changed: Fatimah / Fatonah). */
  far: number;
  /** Phonetic keys of the words of a that found a partner. */
  matched: string[];
  /** Indexes of the words of a and b that found no partner. */
  leftA: number[];
  leftB: number[];
};

/** One word written with two neighbouring letters swapped (Mnadiri / Mandiri). */
export const swapped = (a: string, b: string): boolean => {
  if (a.length !== b.length || a.length < 3) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
};

/**
 * A slip of the keyboard: one edit in words of 4+ letters (3 with the same first letter), two edits in
 * words of 5+ letters with the same first letter (a deleted letter often leaves a doubled one, which
 * normalisation folds: Kinanti → Kinnti → kinti), or two letters swapped.
 */
export function isTypo(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  if (Math.abs(a.length - b.length) > 2) return false;
  if (swapped(a, b)) return true;
  const sameStart = a[0] === b[0];
  if (shorter < 3 || (shorter === 3 && !sameStart)) return false;
  const d = distance(a, b);
  return d <= 1 || (d === 2 && sameStart && shorter >= 5);
}

// Initials that old and new spellings write differently: Chusnul/Khusnul, Juliati/Yuliati, Djoko/Joko,
// Tjahjono/Cahyono, Fatimah/Patimah, Zainal/Jaenal.
const SAME_INITIAL = new Set(['ck', 'kc', 'jy', 'yj', 'dj', 'jd', 'tc', 'ct', 'fp', 'pf', 'zj', 'jz']);

/** "st" abbreviates "siti", "a" abbreviates "aminah", "c" abbreviates "khusnul": first letter, then in order. */
export function abbreviates(short: string, word: string): boolean {
  if (short.length === 0 || short.length > word.length) return false;
  const first = short.charAt(0);
  if (first !== word[0] && !SAME_INITIAL.has(`${first}${word[0]}`)) return false;
  let j = 1;
  for (let i = 1; i < word.length && j < short.length; i++) if (word[i] === short[j]) j++;
  return j === short.length;
}

const SAME = 0;
const SOUND = 1;
const TYPO = 2;

function agrees(pass: number, a: Spelled, i: number, b: Spelled, j: number): boolean {
  if (pass === SAME) return a.words[i] === b.words[j];
  if (pass === SOUND) return a.phon[i] === b.phon[j];
  return (
    isTypo(a.words[i] as string, b.words[j] as string) || isTypo(a.phon[i] as string, b.phon[j] as string)
  );
}

/** One letter missing, added or changed, or two neighbours swapped. */
export const oneSlip = (x: string, y: string): boolean => swapped(x, y) || distance(x, y) <= 1;
const slipApart = (a: Spelled, i: number, b: Spelled, j: number): boolean =>
  oneSlip(a.words[i] as string, b.words[j] as string) || oneSlip(a.phon[i] as string, b.phon[j] as string);

/** Pairs the words of two names regardless of order, best kind of agreement first. */
export function alignWords(a: Spelled, b: Spelled): Alignment {
  const na = a.words.length;
  const nb = b.words.length;
  const partner = new Array<number>(na).fill(-1);
  const taken = new Array<boolean>(nb).fill(false);
  const counts: [number, number, number] = [0, 0, 0];
  let far = 0;
  for (let pass = SAME; pass <= TYPO; pass++) {
    for (let i = 0; i < na; i++) {
      if (partner[i] !== -1) continue;
      for (let j = 0; j < nb; j++) {
        if (taken[j] || !agrees(pass, a, i, b, j)) continue;
        partner[i] = j;
        taken[j] = true;
        counts[pass as 0 | 1 | 2]++;
        if (pass === TYPO && !slipApart(a, i, b, j)) far++;
        break;
      }
    }
  }
  const out: Alignment = {
    same: counts[0],
    sound: counts[1],
    typo: counts[2],
    far,
    matched: [],
    leftA: [],
    leftB: [],
  };
  for (let i = 0; i < na; i++) {
    if (partner[i] === -1) out.leftA.push(i);
    else out.matched.push(a.phon[i] as string);
  }
  for (let j = 0; j < nb; j++) if (!taken[j]) out.leftB.push(j);
  return out;
}
