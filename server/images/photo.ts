import sharp from 'sharp';
import { invalid } from '../http/errors.ts';

/**
 * Photos uploaded by staff (products and visits): auto-oriented, resized, re-encoded as JPEG, and
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

/**
 * Refuses what is empty, too large or no image, naming the field and the photo ("Foto 2 lebih dari 5 MB…");
 * returns the refusal to throw should the encoder then fail on a damaged file.
 */
async function check(input: Uint8Array, field: string, label: string, maxBytes: number) {
  const refuse = (code: string, message: string) => invalid([{ path: field, code, message }]);
  if (input.length === 0) throw refuse('PHOTO_EMPTY', `${label}: berkasnya kosong; pilih fotonya lagi.`);
  if (input.length > maxBytes) {
    const mb = Math.round(maxBytes / (1024 * 1024));
    throw refuse('PHOTO_TOO_LARGE', `${label} lebih dari ${mb} MB; kecilkan dulu ukurannya.`);
  }
  let format: string | undefined;
  try {
    format = (await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata()).format;
  } catch {
    format = undefined;
  }
  if (!format || !['jpeg', 'png', 'webp', 'heif', 'gif', 'avif'].includes(format)) {
    throw refuse('PHOTO_TYPE', `${label}: berkas ini bukan foto; unggah gambar JPEG, PNG atau WebP.`);
  }
  return refuse('PHOTO_DAMAGED', `${label} rusak atau terpotong; ambil ulang fotonya.`);
}

/** One photo checked, resized to at most 1600 px and re-encoded without metadata (visits). */
export async function resizePhoto(
  input: Uint8Array,
  field: string,
  label = 'Foto',
  maxBytes = MAX_PHOTO_BYTES,
): Promise<Encoded> {
  const damaged = await check(input, field, label, maxBytes);
  return encode(input, PHOTO_LONG_SIDE, 80).catch(() => {
    throw damaged;
  });
}

/** Checks, resizes (max 1600 px and a 400 px thumbnail) and re-encodes one photo (products). */
export async function preparePhoto(input: Uint8Array, field = 'photo'): Promise<PreparedPhoto> {
  const damaged = await check(input, field, 'Foto', MAX_PHOTO_BYTES);
  try {
    const [full, thumb] = await Promise.all([
      encode(input, PHOTO_LONG_SIDE, 80),
      encode(input, THUMB_LONG_SIDE, 72),
    ]);
    return { contentType: 'image/jpeg', full, thumb };
  } catch {
    throw damaged;
  }
}
