import { memo } from './memo.ts';

/** Collapses doubled letters: "sitti" → "siti", "muhammad" → "muhamad" (spellings double letters freely). */
export const undouble = (s: string): string => s.replace(/([a-z])\1+/g, '$1');

// Spelling choices that sound alike in Indonesian and Javanese names, applied in this order.
const SOUND_RULES: readonly [RegExp, string][] = [
  [/kh|ch/g, 'h'], // Khotimah, Chotimah, Hotimah
  [/c/g, 'ty'], // old tj is c (Tjahjono, Cahyono) or t + y (Sulistjowati, Sulistyowati): both meet at ty
  [/sy|sh/g, 's'], // Syaiful, Saiful; Sholeh, Soleh
  [/dh/g, 'd'], // Dhani, Dani
  [/th/g, 't'], // Thoyib, Toyib
  [/ph|f|v/g, 'p'], // Fatimah, Patimah (Javanese writes the Arabic f as p)
  [/q/g, 'k'], // Qomariyah, Komariyah
  [/x/g, 'ks'],
  [/z|j/g, 'y'], // Zulaikha, Julaeha; old-spelling j is y (Juliana, Yuliana)
  [/iy(?=[aeou])/g, 'i'], // Mariyam, Mariam; Supiyah, Supiah
  [/uw(?=[aeio])/g, 'u'], // Suwarni, Suarni
  [/(?<=.)ai|ae/g, 'e'], // Zainal, Zaenal, Jaenal; word-initial ai stays (Aisyah)
  [/(?<=[aeiou])h$/, ''], // Aminah, Amina; Fatimah, Fatima
  [/(?<=[^aeiouy])y$/, 'i'], // Rizky, Rizki; Fitry, Fitri; Henny, Heni
  [/d$/, 't'], // Ahmad, Ahmat
  [/b$/, 'p'], // Rajab, Rajap
];

/** Phonetic key of one normalised name word, for blocking and "sounds alike" agreement. */
export const phonetic = memo((word: string): string => {
  let s = undouble(word);
  for (const [re, to] of SOUND_RULES) s = s.replace(re, to);
  return undouble(s);
});
