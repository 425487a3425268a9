import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { AppError } from '../http/errors.ts';
import { preparePhoto } from './photo.ts';

/** A 2000 × 1000 JPEG written by sharp with Exif GPS and a camera model, rotated by its orientation tag. */
async function photoWithGps() {
  const raw = await sharp({
    create: { width: 2000, height: 1000, channels: 3, background: { r: 200, g: 120, b: 40 } },
  })
    .jpeg()
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'KameraUji', Model: 'Ponsel Murah' },
      IFD3: {
        GPSLatitudeRef: 'S',
        GPSLatitude: '7/1 57/1 36/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '112/1 38/1 24/1',
      },
    })
    .toBuffer();
  return new Uint8Array(raw);
}

describe('preparePhoto', () => {
  it('keeps no metadata: the Exif GPS written by sharp is gone from both sizes', async () => {
    const input = await photoWithGps();
    const before = await sharp(input).metadata();
    expect(before.exif?.length ?? 0).toBeGreaterThan(0);
    expect(before.orientation).toBe(6);
    expect(Buffer.from(input).includes(Buffer.from('KameraUji'))).toBe(true);
    const out = await preparePhoto(input);
    for (const img of [out.full, out.thumb]) {
      const meta = await sharp(img.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
      expect(Buffer.from(img.bytes).includes(Buffer.from('KameraUji'))).toBe(false);
      expect(Buffer.from(img.bytes).includes(Buffer.from('GPS'))).toBe(false);
    }
  });

  it('auto-orients and resizes to 1600 px and a 400 px thumbnail', async () => {
    const out = await preparePhoto(await photoWithGps());
    // Orientation 6 turns the 2000 × 1000 landscape into a portrait.
    expect([out.full.width, out.full.height]).toEqual([800, 1600]);
    expect([out.thumb.width, out.thumb.height]).toEqual([200, 400]);
    expect((await sharp(out.full.bytes).metadata()).format).toBe('jpeg');
  });

  it('refuses what is not an image, in Indonesian', async () => {
    const text = new TextEncoder().encode('bukan gambar sama sekali');
    const err = await preparePhoto(text).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err.fields[0]).toMatchObject({ code: 'PHOTO_TYPE' });
    expect(err.fields[0].message).toMatch(/bukan foto/);
  });

  it('refuses a file over the size limit', async () => {
    const err = await preparePhoto(new Uint8Array(9 * 1024 * 1024)).catch((e) => e);
    expect(err.fields[0]).toMatchObject({ code: 'PHOTO_TOO_LARGE' });
  });
});
