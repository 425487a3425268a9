import { describe, expect, it } from 'vitest';
import { renderPdf, widthOf } from './pdf.ts';

const pageLabel = (n: number, total: number) => `Halaman ${n} dari ${total}`;

describe('PDF writer', () => {
  it('writes a file whose cross-reference table points at every object, with exact stream lengths', () => {
    const text = renderPdf([{ text: 'Salinan data pribadi', bold: true, size: 16 }, { text: 'Nama: Siti' }], {
      title: 'Uji',
      pageLabel,
    }).toString('latin1');
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const [, count] = /xref\n0 (\d+)\n/.exec(text.slice(startxref)) ?? [];
    const offsets = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(Number(count) - 1);
    offsets.forEach((at, i) => {
      expect(text.slice(at, at + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
    for (const m of text.matchAll(/<< \/Length (\d+) >>\nstream\n/g)) {
      const start = (m.index ?? 0) + m[0].length;
      expect(text.slice(start + Number(m[1]), start + Number(m[1]) + '\nendstream'.length)).toBe(
        '\nendstream',
      );
    }
  });

  it('escapes parentheses and backslashes, and writes accented letters in WinAnsi as octal', () => {
    const text = renderPdf([{ text: 'Bu Ami (Warung) \\ Café – 3×24 jam' }], {
      title: 't',
      pageLabel,
    }).toString('latin1');
    expect(text).toContain('(Bu Ami \\(Warung\\) \\\\ Caf\\351 \\226 3\\32724 jam)');
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
  });

  it('wraps long text and continues on new pages, numbering them', () => {
    const lines = Array.from({ length: 120 }, (_, i) => ({
      text: `Baris ${i + 1}: ${'kata '.repeat(40)}`,
    }));
    const text = renderPdf(lines, { title: 't', pageLabel }).toString('latin1');
    const pages = Number(/\/Count (\d+)/.exec(text)?.[1]);
    expect(pages).toBeGreaterThan(3);
    expect(text).toContain(`(Halaman ${pages} dari ${pages})`);
    for (const m of text.matchAll(/\/F1 10 Tf 1 0 0 1 ([\d.]+) [\d.]+ Tm \((.*?)\) Tj/g)) {
      const x = Number(m[1]);
      expect(x).toBeGreaterThanOrEqual(50);
      expect(x + widthOf(m[2] ?? '', 10)).toBeLessThanOrEqual(595 - 50);
    }
  });
});

it('centres a line on the page when asked, keeping left-aligned lines where they were', () => {
  const text = renderPdf(
    [{ text: 'SERTIFIKAT', bold: true, size: 24, align: 'center' }, { text: 'Nama: Siti' }],
    { title: 't', pageLabel: () => '' },
  ).toString('latin1');
  const centred = /\/F2 24 Tf 1 0 0 1 ([\d.]+) [\d.]+ Tm \(SERTIFIKAT\)/.exec(text);
  const x = Number(centred?.[1]);
  expect(x + widthOf('SERTIFIKAT', 24, true) / 2).toBeCloseTo(595 / 2, 1);
  expect(text).toContain('/F1 10 Tf 1 0 0 1 50 ');
  expect(text).not.toContain(' re S');
});

it('draws a border on each page when asked (certificates)', () => {
  const text = renderPdf([{ text: 'SERTIFIKAT' }], { title: 't', pageLabel: () => '', frame: true }).toString(
    'latin1',
  );
  expect(text).toContain('2 w 28 28 539 786 re S');
});
