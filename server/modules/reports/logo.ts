import sharp from 'sharp';
import type { PdfImage } from '../privacy/pdf.ts';

const loaded = new Map<string, Promise<PdfImage>>();

/**
 * The letterhead logo as a JPEG (PNG transparency set on white), at most 240 px high: converted once per
 * file and kept, so each report only embeds the bytes.
 */
export function letterheadLogo(file: string | undefined): Promise<PdfImage | null> {
  if (!file) return Promise.resolve(null);
  let logo = loaded.get(file);
  if (!logo) {
    logo = sharp(file)
      .resize({ height: 240, withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .jpeg({ quality: 88 })
      .toBuffer({ resolveWithObject: true })
      .then(({ data, info }) => ({
        jpeg: data,
        width: info.width,
        height: info.height,
        channels: info.channels,
      }));
    loaded.set(file, logo);
  }
  return logo;
}
