import { jakartaToday } from '../../../shared/rules/mentoring.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { findArea } from '../areas/areas.repository.ts';
import { type PdfCell, type PdfImage, type PdfLine, renderPdf } from '../privacy/pdf.ts';
import { letterhead, signatureBlock } from './letterhead.ts';

/** What every printed report needs besides its figures: the configuration, region name, logo and date. */
export type PrintContext = { config: Config; regionName: string; logo: PdfImage | null; today: string };

export async function printContext(
  db: Database,
  config: Config,
  logo: Promise<PdfImage | null>,
): Promise<PrintContext> {
  const [region, image] = await Promise.all([findArea(db, config.region), logo]);
  return { config, regionName: region?.name ?? config.region, logo: image, today: jakartaToday() };
}

/** The text width of an A4 page inside the writer's margins. */
export const TEXT_WIDTH = 495;

/** A report: letterhead, centred title and subtitle, the body, the signature block; pages numbered. */
export function printReport(ctx: PrintContext, title: string, subtitle: string, body: PdfLine[]): Buffer {
  const lines: PdfLine[] = [
    ...letterhead(ctx.config, ctx.regionName, ctx.logo),
    { text: title.toUpperCase(), bold: true, size: 11, align: 'center', space: 8 },
    { text: subtitle, align: 'center' },
    ...body,
    signatureBlock(ctx.config, ctx.regionName, ctx.today),
  ];
  return renderPdf(lines, {
    title,
    pageLabel: (n, total) => `Halaman ${n} dari ${total} · dicetak dari Pilar`,
  });
}

export const heading = (text: string): PdfLine => ({ text, bold: true, size: 10.5, space: 10 });

/** "Label : value" as a two-column row (the value is cut with "…" if it does not fit). */
export const field = (label: string, value: string): PdfLine => ({
  text: '',
  size: 9.5,
  cells: [
    { text: label, width: 150 },
    { text: value || '-', width: TEXT_WIDTH - 150 },
  ],
});

/** A table: a bold header row with a rule under it, then the rows, all at `size`. */
export function table(
  columns: { title: string; width: number; align?: 'left' | 'right' }[],
  rows: string[][],
  opts: { size?: number; empty?: string } = {},
): PdfLine[] {
  const size = opts.size ?? 8.5;
  const cells = (texts: string[]): PdfCell[] =>
    columns.map((c, i) => ({ text: texts[i] ?? '', width: c.width, align: c.align }));
  const head: PdfLine = {
    text: '',
    bold: true,
    size,
    space: 2,
    rule: 'thin',
    cells: cells(columns.map((c) => c.title)),
  };
  if (!rows.length) return [head, { text: opts.empty ?? 'Tidak ada.', size, indent: 4 }];
  return [head, ...rows.map((r) => ({ text: '', size, cells: cells(r) }))];
}

/** A PDF answer shown in the browser, never cached (it may hold personal data). */
export function pdfResponse(pdf: Buffer, filename: string): Response {
  return new Response(new Uint8Array(pdf), {
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `inline; filename="${filename}"`,
      'cache-control': 'no-store',
    },
  });
}
