import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeSearchText } from './search.ts';

describe('normalizeSearchText', () => {
  it.each([
    ['  Keripik   Tempe  ', 'kripik tempe'],
    ['Kue-kue (basah)!', 'kue kue basah'],
    ['Café Ñoño', 'cafe nono'],
    ["Jum'at Berkah", 'jumat berkah'],
    ['Bu Siti’s', 'bu sitis'],
    ['Tempe\u00a0Sanan\n\tMalang', 'tempe sanan malang'],
    ['Batik №1', 'batik no1'],
    ['\u2121 Kantor', 'tel kantor'],
    ['\u0149', 'n'],
  ])('cleans %j → %j', (raw, want) => {
    expect(normalizeSearchText(raw)).toBe(want);
  });

  it.each([
    [['keripik', 'kripik', 'kripick', 'KERIPIK', 'Keripick'], 'kripik'],
    [['kerupuk', 'krupuk', 'KRUPUK', 'kroepoek'], 'krupuk'],
    [['tempe', 'tempeh'], 'tempe'],
    [['sambal', 'sambel'], 'sambal'],
    [['peyek', 'rempeyek'], 'peyek'],
    [['kue', 'kueh'], 'kue'],
  ])('folds the variants %j to %s', (variants, want) => {
    for (const v of variants) expect(normalizeSearchText(v), v).toBe(want);
  });

  it.each([
    ['Soekarno', 'sukarno'],
    ['Djoko Poerwanto', 'joko purwanto'],
    ['Tjokro', 'cokro'],
    ['Sjarifah', 'syarifah'],
    ['Njoman', 'nyoman'],
    ['ddddddddddjjjjjjjjjj', 'jjjjjjjjjj'],
  ])('folds old spelling %s → %s', (old, modern) => {
    expect(normalizeSearchText(old)).toBe(modern);
  });

  it.each([
    ['panjang', 'panjang'],
    ['penjahit', 'penjahit'],
    ['tanjung', 'tanjung'],
    ['keras', 'keras'],
    ['kering', 'kering'],
    ['oemar', 'oemar'],
  ])('leaves modern words alone: %s', (word, want) => {
    expect(normalizeSearchText(word)).toBe(want);
  });

  it('keeps distinct products apart', () => {
    const pairs = [
      ['kripik', 'krupuk'],
      ['tempe', 'tempel'],
      ['kue', 'kuas'],
      ['sambal', 'sambil'],
    ];
    for (const [a = '', b = ''] of pairs) expect(normalizeSearchText(a)).not.toBe(normalizeSearchText(b));
  });

  it('returns an empty key for punctuation only', () => {
    expect(normalizeSearchText(' -- ,. ')).toBe('');
  });
});

const indonesianish = fc
  .array(
    fc.constantFrom(
      'ke',
      'ri',
      'pik',
      'oe',
      'dj',
      'tj',
      'sj',
      'nj',
      'ck',
      ' ',
      '-',
      "'",
      'É',
      'ru',
      'puk',
      'd',
      'j',
      's',
      'o',
    ),
    { maxLength: 16 },
  )
  .map((parts) => parts.join(''));

describe('search properties', () => {
  it('is idempotent on any text', () => {
    const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), indonesianish);
    fc.assert(
      fc.property(text, (s) => {
        const once = normalizeSearchText(s);
        expect(normalizeSearchText(once)).toBe(once);
      }),
      { numRuns: 1000 },
    );
  });

  it('produces lowercase, single-spaced, trimmed text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), indonesianish), (s) => {
        const out = normalizeSearchText(s);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}|[A-Z]/);
      }),
    );
  });

  it('makes case and spacing irrelevant', () => {
    fc.assert(
      fc.property(indonesianish, (s) => {
        expect(normalizeSearchText(`  ${s.toUpperCase()} `)).toBe(normalizeSearchText(s));
      }),
    );
  });
});
