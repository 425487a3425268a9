import { formatDateId, titleCase } from '../../../shared/rules/format.ts';
import type { Config } from '../../config.ts';
import type { PdfImage, PdfLine } from '../privacy/pdf.ts';

const LOGO_HEIGHT = 56;

/**
 * The letterhead (kop surat): government, office, address, a double rule; with a logo, the logo at the left
 * and the lines centred in the room beside it.
 */
export function letterhead(config: Config, regionName: string, logo?: PdfImage | null): PdfLine[] {
  const l = config.letterhead;
  const width = logo ? Math.round((LOGO_HEIGHT * logo.width) / logo.height) : 0;
  const indent = logo ? width + 10 : undefined;
  return [
    {
      text: l.government ?? `PEMERINTAH ${regionName.toUpperCase()}`,
      bold: true,
      size: 13,
      align: 'center',
      indent,
      ...(logo && {
        draw: [{ kind: 'image' as const, x: 0, y: 0, width, height: LOGO_HEIGHT, image: logo }],
      }),
    },
    { text: l.office, bold: true, size: 11, align: 'center', indent },
    ...(l.address ? [{ text: l.address, size: 9, align: 'center' as const, indent }] : []),
    { text: '', rule: 'thick', space: 2 },
  ];
}

/** Place and date, the signer's title, room to sign, name and NIP, flush right. */
export function signature(config: Config, regionName: string, today: string): PdfLine[] {
  const l = config.letterhead;
  const place = l.signPlace ?? titleCase(regionName.replace(/^(KOTA|KABUPATEN)\s+/i, ''));
  return [
    { text: `${place}, ${formatDateId(today)}`, align: 'right', space: 18 },
    { text: l.signTitle, align: 'right' },
    {
      text: l.signName || '(.............................................)',
      bold: !!l.signName,
      align: 'right',
      space: 42,
    },
    ...(l.signNip ? [{ text: `NIP. ${l.signNip}`, align: 'right' as const }] : []),
  ];
}

/**
 * The same signature block drawn as one piece, so that it never splits across pages (the place and date
 * on one page, the name on the next).
 */
export function signatureBlock(config: Config, regionName: string, today: string): PdfLine {
  const texts = signature(config, regionName, today);
  let y = 0;
  const draw = texts.map((t, i) => {
    y += (i === 0 ? 0 : (t.space ?? 0)) + (i === 0 ? 0 : 13.5);
    return {
      kind: 'text' as const,
      x: 495,
      y,
      text: t.text,
      size: 10,
      bold: t.bold,
      align: 'right' as const,
    };
  });
  return { text: '', space: 18, height: y + 14, draw };
}
