/**
 * A small PDF 1.4 writer for text documents: A4 pages, the standard Helvetica fonts in WinAnsi encoding
 * (no font files to embed), word wrapping and page numbers; a line may carry simple drawings (filled
 * rectangles for bar charts, JPEG images such as a letterhead logo, placed labels). The output is plain
 * ASCII (bytes above 127 are written as octal escapes, images hex-encoded), so it can be checked as text.
 */

/** A JPEG (as written by sharp) with its size in pixels and number of colour channels (1 or 3). */
export type PdfImage = { jpeg: Buffer; width: number; height: number; channels: number };

/** A grey level from 0 (black) to 1 (white), or an RGB colour with components 0–1. */
export type PdfColour = number | readonly [number, number, number];

/**
 * A drawing placed relative to its line: `x` from the left margin, `y` downwards from the top of the line
 * (before its own text), both in points.
 */
export type PdfShape =
  | { kind: 'rect'; x: number; y: number; width: number; height: number; fill: PdfColour }
  | { kind: 'image'; x: number; y: number; width: number; height: number; image: PdfImage }
  | {
      kind: 'text';
      x: number;
      y: number;
      text: string;
      size?: number;
      bold?: boolean;
      align?: 'left' | 'right' | 'center';
      colour?: PdfColour;
    };

/** One cell of a table row: its text never wraps (it is cut with "…" to the width). */
export type PdfCell = { text: string; width: number; align?: 'left' | 'right'; bold?: boolean };

/**
 * `align: 'center'` centres each wrapped line on the page (certificates), `'right'` sets it flush right
 * (a signature block); the default is left. `cells` makes the line a table row; `rule` draws a line under it
 * across the text width (a letterhead's double rule, a table's header and totals).
 */
export type PdfLine = {
  text: string;
  bold?: boolean;
  size?: number;
  indent?: number;
  space?: number;
  align?: 'left' | 'center' | 'right';
  cells?: PdfCell[];
  rule?: 'thin' | 'thick';
  /** Text colour of the line (grey for what no longer counts); black by default. */
  colour?: PdfColour;
  /** Drawings of the line (a chart, a logo); `height` reserves room for them and keeps them on one page. */
  draw?: PdfShape[];
  height?: number;
};

const PAGE = { width: 595, height: 842, margin: 50 };
const BODY_SIZE = 10;

// Helvetica advance widths (1/1000 em) for 32–126, from the standard AFM metrics.
// biome-ignore format: a table
const WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556,
  556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278,
  500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469,
  556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500,
  278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

// WinAnsi bytes 128–159 that differ from Latin-1; the rest of Latin-1 maps to itself.
const WIN_ANSI: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  '„': 0x84,
  '…': 0x85,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '™': 0x99,
};

function byteOf(ch: string): number {
  const code = ch.codePointAt(0) ?? 63;
  if (code < 128 || (code >= 160 && code <= 255)) return code;
  return WIN_ANSI[ch] ?? 63; // '?' for what Helvetica in WinAnsi cannot show
}

/** Width in points of text set in Helvetica at `size`. */
export function widthOf(text: string, size: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const b = byteOf(ch);
    const w = b >= 32 && b <= 126 ? (WIDTHS[b - 32] ?? 556) : 556;
    units += bold ? w * 1.05 : w; // Helvetica-Bold is slightly wider; wrapping errs on the safe side
  }
  return (units * size) / 1000;
}

/** A PDF string literal: ( ) \ escaped, anything outside printable ASCII as an octal escape. */
function literal(text: string): string {
  let out = '(';
  for (const ch of text) {
    const b = byteOf(ch);
    if (b === 40 || b === 41 || b === 92) out += `\\${ch}`;
    else if (b < 32 || b > 126) out += `\\${b.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `${out})`;
}

function wrap(text: string, maxWidth: number, size: number, bold: boolean): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = current ? `${current} ${word}` : word;
    if (widthOf(next, size, bold) <= maxWidth || !current) {
      current = next;
      continue;
    }
    lines.push(current);
    current = word;
  }
  // A single word longer than the line (a long number, a URL) is cut into pieces that fit.
  return [...lines, current].flatMap((l) =>
    widthOf(l, size, bold) <= maxWidth ? [l] : chop(l, maxWidth, size, bold),
  );
}

function chop(word: string, maxWidth: number, size: number, bold: boolean): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const ch of word) {
    if (piece && widthOf(piece + ch, size, bold) > maxWidth) {
      pieces.push(piece);
      piece = '';
    }
    piece += ch;
  }
  return [...pieces, piece];
}

type Placed = {
  text: string;
  bold: boolean;
  size: number;
  x: number;
  y: number;
  rule?: 'thin' | 'thick';
  colour?: PdfColour;
  shape?: PdfShape;
};

/** The text cut with "…" so that it fits the width. */
function fitText(text: string, width: number, size: number, bold: boolean): string {
  if (widthOf(text, size, bold) <= width) return text;
  let out = text;
  while (out && widthOf(`${out}…`, size, bold) > width) out = out.slice(0, -1);
  return `${out}…`;
}

function layout(lines: PdfLine[]): Placed[][] {
  const pages: Placed[][] = [[]];
  const bottom = PAGE.margin + 20; // room for the page number
  let y = PAGE.height - PAGE.margin;
  for (const line of lines) {
    const size = line.size ?? BODY_SIZE;
    const bold = line.bold ?? false;
    const x = PAGE.margin + (line.indent ?? 0);
    const leading = size * 1.35;
    y -= line.space ?? 0;
    if (line.height && y - line.height < bottom) {
      pages.push([]);
      y = PAGE.height - PAGE.margin;
    }
    for (const shape of line.draw ?? []) {
      pages.at(-1)?.push({ text: '', bold, size, x: PAGE.margin + shape.x, y: y - shape.y, shape });
    }
    const newLine = () => {
      if (y - leading < bottom) {
        pages.push([]);
        y = PAGE.height - PAGE.margin;
      }
      y -= leading;
    };
    if (line.cells) {
      newLine();
      let cx = x;
      for (const c of line.cells) {
        const b = c.bold ?? bold;
        const text = fitText(c.text, c.width - 4, size, b);
        const at = c.align === 'right' ? cx + c.width - 4 - widthOf(text, size, b) : cx;
        pages.at(-1)?.push({ text, bold: b, size, x: at, y, colour: line.colour });
        cx += c.width;
      }
    } else if (!line.text && line.height) {
      y -= line.height; // a drawing's block: its room only, no empty text line
    } else {
      for (const text of wrap(line.text, PAGE.width - PAGE.margin - x, size, bold)) {
        newLine();
        const w = widthOf(text, size, bold);
        // Centred within the room right of the indent (the whole text width when there is none).
        const at =
          line.align === 'center'
            ? (x + PAGE.width - PAGE.margin - w) / 2
            : line.align === 'right'
              ? PAGE.width - PAGE.margin - w
              : x;
        pages.at(-1)?.push({ text, bold, size, x: at, y, colour: line.colour });
      }
      if (!line.text && line.rule) newLine();
    }
    if (line.rule) pages.at(-1)?.push({ text: '', bold, size, x, y: y - size * 0.35, rule: line.rule });
  }
  return pages;
}

// A double border a little inside the page edge (certificates).
const FRAME = '2 w 28 28 539 786 re S 0.5 w 34 34 527 774 re S';

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(2));

/** The fill colour operator of a colour: `g` for a grey level, `rg` for RGB. */
function fillOf(c: PdfColour): string {
  return typeof c === 'number' ? `${num(c)} g` : `${c.map(num).join(' ')} rg`;
}

function textOp(text: string, size: number, bold: boolean, x: number, y: number, colour?: PdfColour) {
  const op = `BT /${bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 ${num(x)} ${y.toFixed(2)} Tm ${literal(text)} Tj ET`;
  return colour === undefined ? op : `q ${fillOf(colour)} ${op} Q`;
}

/** A drawing placed with its top-left corner at (x, y): PDF's y grows upwards, so boxes start at y - h. */
function shapeOp(s: PdfShape, x: number, y: number, imageName: (i: PdfImage) => string): string {
  if (s.kind === 'rect') {
    return `q ${fillOf(s.fill)} ${num(x)} ${num(y - s.height)} ${num(s.width)} ${num(s.height)} re f Q`;
  }
  if (s.kind === 'image') {
    return `q ${num(s.width)} 0 0 ${num(s.height)} ${num(x)} ${num(y - s.height)} cm /${imageName(s.image)} Do Q`;
  }
  const size = s.size ?? 8;
  const bold = s.bold ?? false;
  const w = widthOf(s.text, size, bold);
  const at = s.align === 'right' ? x - w : s.align === 'center' ? x - w / 2 : x;
  return textOp(s.text, size, bold, at, y - size, s.colour);
}

function contentStream(
  placed: Placed[],
  footer: string,
  frame: boolean,
  imageName: (i: PdfImage) => string,
): string {
  const ops = placed.map((p) =>
    p.shape
      ? shapeOp(p.shape, p.x, p.y, imageName)
      : p.rule
        ? `${p.rule === 'thick' ? 1.5 : 0.5} w ${p.x} ${p.y.toFixed(2)} m ${PAGE.width - PAGE.margin} ${p.y.toFixed(2)} l S`
        : textOp(p.text, p.size, p.bold, p.x, p.y, p.colour),
  );
  const fw = widthOf(footer, 8, false);
  ops.push(
    `BT /F1 8 Tf 1 0 0 1 ${(PAGE.width - PAGE.margin - fw).toFixed(2)} ${PAGE.margin} Tm ${literal(footer)} Tj ET`,
  );
  if (frame) ops.unshift(FRAME);
  return ops.join('\n');
}

/** An image XObject: the JPEG as is (DCTDecode), hex-encoded so the file stays ASCII. */
function imageObject(i: PdfImage): string {
  const hex = `${i.jpeg.toString('hex')}>`;
  const space = i.channels === 1 ? '/DeviceGray' : '/DeviceRGB';
  return (
    `<< /Type /XObject /Subtype /Image /Width ${i.width} /Height ${i.height} /ColorSpace ${space} ` +
    `/BitsPerComponent 8 /Filter [/ASCIIHexDecode /DCTDecode] /Length ${hex.length} >>\nstream\n${hex}\nendstream`
  );
}

/** The whole document as bytes; `pageLabel(n, total)` writes each page's footer; `frame` borders each page. */
export function renderPdf(
  lines: PdfLine[],
  meta: { title: string; pageLabel: (n: number, total: number) => string; frame?: boolean },
): Buffer {
  const pages = layout(lines);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const firstPage = 6;
  const kids = pages.map((_, i) => `${firstPage + i * 2} 0 R`).join(' ');
  // Images come after the pages, each written once however many pages show it.
  const images: PdfImage[] = [];
  for (const p of pages.flat()) {
    if (p.shape?.kind === 'image' && !images.includes(p.shape.image)) images.push(p.shape.image);
  }
  const imageName = (i: PdfImage) => `Im${images.indexOf(i) + 1}`;
  const firstImage = firstPage + pages.length * 2;
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add(`<< /Type /Pages /Kids [${kids}] /Count ${pages.length} >>`);
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  add(`<< /Title ${literal(meta.title)} /Producer (Pilar) >>`);
  pages.forEach((placed, i) => {
    const stream = contentStream(placed, meta.pageLabel(i + 1, pages.length), meta.frame ?? false, imageName);
    const used = images.filter((im) => placed.some((p) => p.shape?.kind === 'image' && p.shape.image === im));
    const xobjects = used.length
      ? ` /XObject << ${used.map((im) => `/${imageName(im)} ${firstImage + images.indexOf(im)} 0 R`).join(' ')} >>`
      : '';
    add(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE.width} ${PAGE.height}] ` +
        `/Resources << /Font << /F1 3 0 R /F2 4 0 R >>${xobjects} >> /Contents ${firstPage + i * 2 + 1} 0 R >>`,
    );
    add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  for (const im of images) add(imageObject(im));

  let out = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) out += `${String(at).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 5 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}
