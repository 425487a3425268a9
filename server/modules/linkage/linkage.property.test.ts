import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MEN_FIRST, STREETS, WOMEN_FIRST, WOMEN_SECOND } from '../demo/names.ts';
import { parseAddress } from './address.ts';
import { compareNik } from './nik.ts';
import { nameKey, normalizePersonName } from './person-name.ts';
import { phonetic } from './phonetic.ts';
import { alignWords } from './words.ts';

const word = fc.constantFrom(...WOMEN_FIRST, ...WOMEN_SECOND, ...MEN_FIRST);
const name = fc.array(word, { minLength: 1, maxLength: 3 });
const title = fc.constantFrom('', 'Hj. ', 'Ibu ', 'Bu ', 'Ny. ', 'Mbak ', 'Dra. ');
const degree = fc.constantFrom('', ', S.Pd.', ' S.E.', ' A.Md.', ', S.Kom');
const nik = fc.stringMatching(/^[1-9]\d{15}$/);

describe('linkage properties', () => {
  it('a name keeps its key whatever the word order, title or degree', () => {
    fc.assert(
      fc.property(name, title, degree, (words, t, d) => {
        const plain = nameKey(normalizePersonName(words.join(' ')));
        const dressed = nameKey(normalizePersonName(`${t}${[...words].reverse().join(' ')}${d}`));
        expect(dressed).toBe(plain);
      }),
    );
  });

  it('every single mistyped digit of a NIK is near, never different', () => {
    fc.assert(
      fc.property(nik, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (n, i, step) => {
        const typo = n.slice(0, i) + String((Number(n[i]) + step) % 10) + n.slice(i + 1);
        expect(compareNik(n, typo)).toBe('near');
        expect(compareNik(typo, n)).toBe('near');
      }),
    );
  });

  it('word alignment accounts for every word on both sides', () => {
    const spelled = (ws: string[]) => ({
      words: ws.map((w) => w.toLowerCase()),
      phon: ws.map((w) => phonetic(w.toLowerCase())),
    });
    fc.assert(
      fc.property(name, name, (a, b) => {
        const al = alignWords(spelled(a), spelled(b));
        const paired = al.same + al.sound + al.typo;
        expect(paired + al.leftA.length).toBe(a.length);
        expect(paired + al.leftB.length).toBe(b.length);
      }),
    );
  });

  it('reads a street the same in every office spelling', () => {
    const prefix = fc.constantFrom('Jl. ', 'Jalan ', 'Jln ', 'JL. ', 'Jl ');
    const number = fc.constantFrom(' No. ', ' No.', ' ', ' no ');
    fc.assert(
      fc.property(
        fc.constantFrom(...STREETS),
        prefix,
        number,
        fc.integer({ min: 1, max: 160 }),
        (s, p, n, k) => {
          expect(parseAddress(`${p}${s}${n}${k}`, null, null)).toEqual(
            parseAddress(`Jl. ${s} No. ${k}`, null, null),
          );
        },
      ),
    );
  });
});
