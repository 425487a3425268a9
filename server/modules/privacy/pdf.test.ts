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

describe('drawings', () => {
  // A 1 × 1 JPEG's bytes do not matter to the writer: it embeds them as they are.
  const image = { jpeg: Buffer.from([0xff, 0xd8, 0x00, 0xff, 0xd9]), width: 40, height: 20, channels: 3 };

  it('places filled rectangles, coloured labels and an image at the line, keeping the file ASCII', () => {
    const text = renderPdf(
      [
        { text: 'Judul' },
        {
          text: '',
          height: 30,
          draw: [
            { kind: 'rect', x: 10, y: 5, width: 100, height: 10, fill: [0.1, 0.2, 0.3] },
            { kind: 'rect', x: 10, y: 20, width: 50, height: 10, fill: 0.9 },
            { kind: 'text', x: 200, y: 5, text: '1.234', size: 8, align: 'right', colour: 0.2 },
            { kind: 'image', x: 0, y: 0, width: 40, height: 20, image },
          ],
        },
      ],
      { title: 't', pageLabel: () => '' },
    ).toString('latin1');
    // The line's top is 13.5 pt under the first line's baseline area: 842 - 50 - 13.5 = 778.5.
    expect(text).toContain('q 0.10 0.20 0.30 rg 60 763.50 100 10 re f Q');
    expect(text).toContain('q 0.90 g 60 748.50 50 10 re f Q');
    expect(text).toContain(`Tm (1.234) Tj ET Q`);
    expect(text).toContain('q 40 0 0 20 50 758.50 cm /Im1 Do Q');
    expect(text).toContain('/XObject << /Im1 8 0 R >>');
    expect(text).toContain(
      '/Filter [/ASCIIHexDecode /DCTDecode] /Length 11 >>\nstream\nffd800ffd9>\nendstream',
    );
    expect(/^[\x20-\x7e\n]*$/.test(text)).toBe(true);
  });

  it('moves a block that does not fit to the next page whole, and writes a shared image once', () => {
    const lines = [
      ...Array.from({ length: 50 }, (_, i) => ({ text: `Baris ${i}` })),
      { text: '', height: 100, draw: [{ kind: 'image' as const, x: 0, y: 0, width: 40, height: 20, image }] },
      { text: '', height: 10, draw: [{ kind: 'image' as const, x: 0, y: 0, width: 40, height: 20, image }] },
    ];
    const text = renderPdf(lines, { title: 't', pageLabel: () => '' }).toString('latin1');
    expect(Number(/\/Count (\d+)/.exec(text)?.[1])).toBe(2);
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(1);
    // The first page has no image: no XObject resource there.
    expect(text.match(/\/XObject <</g)).toHaveLength(1);
    expect(text).toContain('q 40 0 0 20 50 772 cm /Im1 Do Q');
  });
});
