import sharp from 'sharp';
import { invalid } from '../http/errors.ts';

/**
 * Photos uploaded by staff (products now, visits later): auto-oriented, resized, re-encoded as JPEG, and
 * written without any metadata (no Exif GPS, no XMP, no ICC beyond sRGB), so a home's location never leaks.
 */
export const MAX_PHOTO_BYTES = 8 * 1024 * 1024;
export const PHOTO_LONG_SIDE = 1600;
export const THUMB_LONG_SIDE = 400;
const MAX_INPUT_PIXELS = 60_000_000;

export type Encoded = { bytes: Uint8Array; width: number; height: number };
export type PreparedPhoto = { contentType: 'image/jpeg'; full: Encoded; thumb: Encoded };

async function encode(input: Uint8Array, longSide: number, quality: number): Promise<Encoded> {
  const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate() // applies the Exif orientation; the tag itself is not written
    .resize({ width: longSide, height: longSide, fit: 'inside', withoutEnlargement: true })
    .flatten({ background: '#ffffff' })
    .jpeg({ quality, mozjpeg: true })
    .toBuffer({ resolveWithObject: true });
  return { bytes: new Uint8Array(data), width: info.width, height: info.height };
}

/** Checks, resizes (max 1600 px and a 400 px thumbnail) and re-encodes one photo; refusals name the field. */
export async function preparePhoto(input: Uint8Array, field = 'photo'): Promise<PreparedPhoto> {
  if (input.length === 0) {
    throw invalid([{ path: field, code: 'PHOTO_EMPTY', message: 'Berkas foto kosong; pilih fotonya lagi.' }]);
  }
  if (input.length > MAX_PHOTO_BYTES) {
    throw invalid([
      { path: field, code: 'PHOTO_TOO_LARGE', message: 'Foto lebih dari 8 MB; kecilkan dulu ukurannya.' },
    ]);
  }
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !['jpeg', 'png', 'webp', 'heif', 'gif', 'avif'].includes(format)) {
    throw invalid([
      {
        path: field,
        code: 'PHOTO_TYPE',
        message: 'Berkas ini bukan foto; unggah gambar JPEG, PNG atau WebP.',
      },
    ]);
  }
  try {
    const [full, thumb] = await Promise.all([
      encode(input, PHOTO_LONG_SIDE, 80),
      encode(input, THUMB_LONG_SIDE, 72),
    ]);
    return { contentType: 'image/jpeg', full, thumb };
  } catch {
    throw invalid([
      { path: field, code: 'PHOTO_DAMAGED', message: 'Foto rusak atau terpotong; ambil ulang fotonya.' },
    ]);
  }
}
