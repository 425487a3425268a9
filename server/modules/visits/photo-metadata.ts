// Visit photos: the image type is read from the bytes, and location metadata is removed before storing.
// Phones write the GPS position into JPEG Exif (APP1) and sometimes into PNG text or eXIf chunks.

export type ImageType = 'image/jpeg' | 'image/png';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The image type by its magic bytes (never by the file name), or null for anything else. */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) return 'image/png';
  return null;
}

export class ImageStructureError extends Error {}

/**
 * A JPEG without its APP1 segments (Exif and XMP, where the GPS position lives): walks the marker segments
 * up to the start of scan, then copies the entropy-coded data and the rest unchanged.
 */
export function stripJpeg(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 2)];
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) throw new ImageStructureError('JPEG: penanda segmen tidak ditemukan');
    // Fill bytes (0xFF repeated) may pad before a marker.
    let m = at + 1;
    while (m < bytes.length && bytes[m] === 0xff) m++;
    if (m >= bytes.length) throw new ImageStructureError('JPEG: berkas terpotong');
    const marker = bytes[m] as number;
    const start = at;
    at = m + 1;
    // Markers without a length: TEM and RST0-7 (EOI ends the file).
    if (marker === 0xd9) {
      parts.push(bytes.subarray(start));
      break;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      parts.push(bytes.subarray(start, at));
      continue;
    }
    if (at + 2 > bytes.length) throw new ImageStructureError('JPEG: berkas terpotong');
    const length = ((bytes[at] as number) << 8) | (bytes[at + 1] as number);
    if (length < 2 || at + length > bytes.length) throw new ImageStructureError('JPEG: panjang segmen salah');
    const end = at + length;
    if (marker === 0xda) {
      // Start of scan: everything from here on is image data (and any later markers) and is kept.
      parts.push(bytes.subarray(start));
      break;
    }
    if (marker !== 0xe1) parts.push(bytes.subarray(start, end));
    at = end;
  }
  return concat(parts);
}

/** PNG chunks that may carry a location or other personal text. */
const PNG_DROPPED = new Set(['eXIf', 'tEXt', 'iTXt', 'zTXt']);

/** A PNG without its eXIf and text chunks; every other chunk is copied with its CRC unchanged. */
export function stripPng(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [bytes.subarray(0, 8)];
  let at = 8;
  while (at < bytes.length) {
    if (at + 12 > bytes.length) throw new ImageStructureError('PNG: berkas terpotong');
    const length =
      (((bytes[at] as number) << 24) >>> 0) +
      ((bytes[at + 1] as number) << 16) +
      ((bytes[at + 2] as number) << 8) +
      (bytes[at + 3] as number);
    const end = at + 12 + length;
    if (end > bytes.length) throw new ImageStructureError('PNG: panjang potongan salah');
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (!PNG_DROPPED.has(type)) parts.push(bytes.subarray(at, end));
    at = end;
    if (type === 'IEND') break;
  }
  return concat(parts);
}

/** The photo without location metadata, by its sniffed type. */
export function stripImageMetadata(bytes: Uint8Array, type: ImageType): Uint8Array {
  return type === 'image/jpeg' ? stripJpeg(bytes) : stripPng(bytes);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
