import { formatNumberId } from '../../../shared/rules/format.ts';
import type { PdfColour, PdfLine, PdfShape } from '../privacy/pdf.ts';

export const ACCENT: PdfColour = [0.12, 0.36, 0.6];
const TRACK: PdfColour = 0.92;
const INK: PdfColour = 0.15;

export type Bar = { label: string; value: number; note?: string };

const ROW = 15;
const BAR = 10;

/**
 * Horizontal bars in a box: the label right-aligned in its column, a grey track with the bar scaled to
 * the largest value, the value (and a note such as a share) after it. Returns the shapes and the height.
 */
export function barChart(
  bars: Bar[],
  box: { x: number; y: number; width: number; labelWidth: number },
): { shapes: PdfShape[]; height: number } {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const track = box.width - box.labelWidth - 62;
  const shapes = bars.flatMap((b, i): PdfShape[] => {
    const top = box.y + i * ROW;
    const left = box.x + box.labelWidth;
    const w = Math.max(b.value > 0 ? 1 : 0, (b.value / max) * track);
    const value = `${formatNumberId(b.value)}${b.note ? ` (${b.note})` : ''}`;
    return [
      { kind: 'text', x: left - 5, y: top + 1, text: b.label, size: 8, align: 'right', colour: INK },
      { kind: 'rect', x: left, y: top, width: track, height: BAR, fill: TRACK },
      ...(w > 0 ? [{ kind: 'rect' as const, x: left, y: top, width: w, height: BAR, fill: ACCENT }] : []),
      { kind: 'text', x: left + w + 4, y: top + 1, text: value, size: 8, bold: true, colour: INK },
    ];
  });
  return { shapes, height: bars.length * ROW };
}

/** A titled chart block as one line: it stays on one page. */
export function chartLine(title: string, bars: Bar[], labelWidth = 110): PdfLine {
  const chart = barChart(bars, { x: 0, y: 16, width: 495, labelWidth });
  return {
    text: '',
    space: 8,
    height: chart.height + 18,
    draw: [{ kind: 'text', x: 0, y: 0, text: title, size: 10, bold: true }, ...chart.shapes],
  };
}

/** Two titled charts side by side (each half the text width) as one line. */
export function chartPair(
  left: { title: string; bars: Bar[] },
  right: { title: string; bars: Bar[] },
  labelWidth = 80,
): PdfLine {
  const half = 495 / 2 - 8;
  const a = barChart(left.bars, { x: 0, y: 16, width: half, labelWidth });
  const b = barChart(right.bars, { x: half + 16, y: 16, width: half, labelWidth });
  return {
    text: '',
    space: 8,
    height: Math.max(a.height, b.height) + 18,
    draw: [
      { kind: 'text', x: 0, y: 0, text: left.title, size: 10, bold: true },
      { kind: 'text', x: half + 16, y: 0, text: right.title, size: 10, bold: true },
      ...a.shapes,
      ...b.shapes,
    ],
  };
}

/** Headline figures as grey boxes with a large number over a small label. */
export function headlineBoxes(items: { value: number; label: string }[]): PdfLine {
  const gap = 10;
  const w = (495 - gap * (items.length - 1)) / items.length;
  return {
    text: '',
    space: 10,
    height: 46,
    draw: items.flatMap((it, i): PdfShape[] => {
      const x = i * (w + gap);
      return [
        { kind: 'rect', x, y: 0, width: w, height: 46, fill: TRACK },
        { kind: 'rect', x, y: 0, width: 3, height: 46, fill: ACCENT },
        {
          kind: 'text',
          x: x + w / 2,
          y: 7,
          text: formatNumberId(it.value),
          size: 17,
          bold: true,
          align: 'center',
          colour: INK,
        },
        { kind: 'text', x: x + w / 2, y: 31, text: it.label, size: 8, align: 'center', colour: INK },
      ];
    }),
  };
}
