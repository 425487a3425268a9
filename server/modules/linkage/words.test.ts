import { describe, expect, it } from 'vitest';
import { phonetic } from './phonetic.ts';
import { abbreviates, alignWords, isTypo } from './words.ts';

const spelled = (...words: string[]) => ({ words, phon: words.map(phonetic) });

describe('isTypo', () => {
  it('accepts one slip, two in long words, and swapped letters', () => {
    expect(isTypo('aminah', 'aminag')).toBe(true);
    expect(isTypo('kurniawati', 'kurniawtai')).toBe(true);
    expect(isTypo('wulandari', 'wulndary')).toBe(true);
    expect(isTypo('siti', 'stii')).toBe(true);
    expect(isTypo('edi', 'eri')).toBe(true);
  });

  it('rejects different names', () => {
    expect(isTypo('siti', 'sari')).toBe(false);
    expect(isTypo('ani', 'ina')).toBe(false);
    expect(isTypo('rahayu', 'lestari')).toBe(false);
    expect(isTypo('edi', 'adi')).toBe(false);
  });
});

describe('abbreviates', () => {
  it('matches initials and short forms', () => {
    expect(abbreviates('a', 'aminah')).toBe(true);
    expect(abbreviates('st', 'siti')).toBe(true);
    expect(abbreviates('st', 'aminah')).toBe(false);
    expect(abbreviates('sx', 'siti')).toBe(false);
  });
});

describe('alignWords', () => {
  it('pairs words regardless of order, exact before sound before typo', () => {
    const al = alignWords(spelled('aminah', 'siti'), spelled('siti', 'aminah'));
    expect(al).toMatchObject({ same: 2, sound: 0, typo: 0, leftA: [], leftB: [] });
  });

  it('counts sound-alike and mistyped words', () => {
    const al = alignWords(spelled('khotimah', 'rahayu'), spelled('hotimah', 'rahaju'));
    expect(al.sound + al.typo).toBe(2);
    expect(al.leftA).toEqual([]);
  });

  it('reports unmatched words on both sides', () => {
    const al = alignWords(spelled('siti', 'aminah'), spelled('siti', 'rahayu'));
    expect(al).toMatchObject({ same: 1, leftA: [1], leftB: [1] });
  });
});
