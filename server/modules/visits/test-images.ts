// Real photos for the tests, written by sharp with Exif (camera, a text mark and GPS) that must not survive.
import sharp from 'sharp';

/** The text the tests' Exif carries; it must not survive the upload. */
export const GPS_MARK = 'GPSLatitude-7.9666S112.6326E';

const exif = {
  IFD0: { Make: 'KameraUji', ImageDescription: GPS_MARK },
  IFD3: {
    GPSLatitudeRef: 'S',
    GPSLatitude: '7/1 57/1 36/1',
    GPSLongitudeRef: 'E',
    GPSLongitude: '112/1 38/1 24/1',
  },
};

const photo = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: { r: 180, g: 120, b: 60 } } });

/** A 2400 × 1200 JPEG from a phone camera, with Exif GPS. */
export async function jpegWithExif(): Promise<Uint8Array> {
  return new Uint8Array(await photo(2400, 1200).jpeg().withExif(exif).toBuffer());
}

/** A small PNG with Exif. */
export async function pngWithExif(): Promise<Uint8Array> {
  return new Uint8Array(await photo(64, 48).png().withExif(exif).toBuffer());
}

export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
}
