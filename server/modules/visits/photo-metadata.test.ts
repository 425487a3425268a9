import { crc32, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ImageStructureError, sniffImage, stripJpeg, stripPng } from './photo-metadata.ts';
import { containsText, GPS_MARK, jpegWithExif, pngWithExif } from './test-images.ts';

/** An independent walk of JPEG markers up to SOS; returns the markers in order and checks lengths. */
function jpegMarkers(b: Uint8Array): number[] {
  expect([b[0], b[1]]).toEqual([0xff, 0xd8]);
  const out: number[] = [];
  let i = 2;
  for (;;) {
    expect(b[i]).toBe(0xff);
    const m = b[i + 1] as number;
    out.push(m);
    const len = ((b[i + 2] as number) << 8) | (b[i + 3] as number);
    expect(i + 2 + len).toBeLessThanOrEqual(b.length);
    i += 2 + len;
    if (m === 0xda) break;
  }
  expect([b[b.length - 2], b[b.length - 1]]).toEqual([0xff, 0xd9]);
  return out;
}

/** An independent walk of PNG chunks: types in order, each CRC checked. */
function pngChunks(b: Uint8Array): { type: string; data: Uint8Array }[] {
  const view = Buffer.from(b);
  expect([...view.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const out: { type: string; data: Uint8Array }[] = [];
  let i = 8;
  while (i < view.length) {
    const len = view.readUInt32BE(i);
    const type = view.subarray(i + 4, i + 8).toString('latin1');
    const data = view.subarray(i + 8, i + 8 + len);
    expect(view.readUInt32BE(i + 8 + len)).toBe(crc32(view.subarray(i + 4, i + 8 + len)));
    out.push({ type, data });
    i += 12 + len;
  }
  return out;
}

describe('visit photo metadata', () => {
  it('recognises JPEG and PNG by their bytes only', () => {
    expect(sniffImage(jpegWithExif())).toBe('image/jpeg');
    expect(sniffImage(pngWithExif())).toBe('image/png');
    expect(sniffImage(new TextEncoder().encode('GIF89a....'))).toBeNull();
    expect(sniffImage(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImage(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });

  it('drops the Exif and XMP segments of a JPEG and keeps every other segment and the scan', () => {
    const original = jpegWithExif();
    expect(containsText(original, GPS_MARK)).toBe(true);
    expect(jpegMarkers(original)).toEqual([0xe0, 0xe1, 0xe1, 0xdb, 0xc0, 0xc4, 0xda]);
    const clean = stripJpeg(original);
    expect(containsText(clean, GPS_MARK)).toBe(false);
    expect(containsText(clean, 'Exif')).toBe(false);
    expect(jpegMarkers(clean)).toEqual([0xe0, 0xdb, 0xc0, 0xc4, 0xda]);
    // The scan data (with its stuffed 0xFF 0x00) is copied byte for byte.
    expect([...clean.subarray(-6)]).toEqual([0x00, 0xff, 0x00, 0x3f, 0xff, 0xd9]);
    // Two APP1 segments were removed: their bytes, nothing more.
    const app1 = 10 + GPS_MARK.length + 4 + (29 + 13 + GPS_MARK.length + 14 + 4);
    expect(original.length - clean.length).toBe(app1);
    expect(stripJpeg(clean)).toEqual(clean);
  });

  it('drops eXIf and text chunks of a PNG; the image still decodes', () => {
    const original = pngWithExif();
    expect(pngChunks(original).map((c) => c.type)).toEqual([
      'IHDR',
      'eXIf',
      'tEXt',
      'IDAT',
      'iTXt',
      'zTXt',
      'IEND',
    ]);
    const clean = stripPng(original);
    expect(containsText(clean, GPS_MARK)).toBe(false);
    const chunks = pngChunks(clean);
    expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const idat = chunks.find((c) => c.type === 'IDAT')?.data as Uint8Array;
    expect([...inflateSync(idat)]).toEqual([0, 0x80]);
  });

  it('refuses truncated files instead of storing them half-cleaned', () => {
    expect(() => stripJpeg(jpegWithExif().subarray(0, 30))).toThrow(ImageStructureError);
    expect(() => stripPng(pngWithExif().subarray(0, 40))).toThrow(ImageStructureError);
  });
});
