// Minimal real images for the tests: a JPEG with an Exif GPS segment and a PNG with eXIf and text chunks.
import { crc32, deflateSync } from 'node:zlib';

const ascii = (s: string) => [...s].map((c) => c.charCodeAt(0));
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const segment = (marker: number, body: number[]) => [0xff, marker, ...u16(body.length + 2), ...body];

/** The text a GPS block of the tests carries; it must not survive the upload. */
export const GPS_MARK = 'GPSLatitude-7.9666S112.6326E';

/** A 1x1 baseline JPEG: SOI, APP0 JFIF, APP1 Exif (with a GPS mark), DQT, SOF0, DHT, SOS, scan data, EOI. */
export function jpegWithExif(): Uint8Array {
  const exif = [...ascii('Exif'), 0, 0, ...ascii('MM'), 0, 42, 0, 0, 0, 8, ...ascii(GPS_MARK)];
  const xmp = [...ascii('http://ns.adobe.com/xap/1.0/'), 0, ...ascii(`<x:xmpmeta>${GPS_MARK}</x:xmpmeta>`)];
  return new Uint8Array([
    0xff,
    0xd8,
    ...segment(0xe0, [...ascii('JFIF'), 0, 1, 1, 0, 0, 1, 0, 1, 0, 0]),
    ...segment(0xe1, exif),
    ...segment(0xe1, xmp),
    ...segment(0xdb, [0, ...new Array(64).fill(1)]),
    ...segment(0xc0, [8, 0, 1, 0, 1, 1, 1, 0x11, 0]),
    ...segment(0xc4, [0x00, 1, ...new Array(15).fill(0), 0]),
    ...segment(0xda, [1, 1, 0, 0, 63, 0]),
    0x00,
    0xff,
    0x00, // a stuffed 0xFF inside the scan data
    0x3f,
    0xff,
    0xd9,
  ]);
}

const chunk = (type: string, data: number[]) => {
  const body = new Uint8Array([...ascii(type), ...data]);
  return [...u32(data.length), ...body, ...u32(crc32(body))];
};

/** A 1x1 grey PNG with an eXIf chunk and tEXt/iTXt/zTXt chunks before and after the image data. */
export function pngWithExif(): Uint8Array {
  const ihdr = [...u32(1), ...u32(1), 8, 0, 0, 0, 0];
  const idat = [...deflateSync(Buffer.from([0, 0x80]))];
  return new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', ihdr),
    ...chunk('eXIf', [...ascii('MM'), 0, 42, 0, 0, 0, 8, ...ascii(GPS_MARK)]),
    ...chunk('tEXt', [...ascii('Comment'), 0, ...ascii(GPS_MARK)]),
    ...chunk('IDAT', idat),
    ...chunk('iTXt', [...ascii('XML:com.adobe.xmp'), 0, 0, 0, 0, 0, ...ascii(GPS_MARK)]),
    ...chunk('zTXt', [...ascii('Raw'), 0, 0, ...deflateSync(Buffer.from(GPS_MARK))]),
    ...chunk('IEND', []),
  ]);
}

/** Whether the bytes contain the ASCII text. */
export function containsText(bytes: Uint8Array, text: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(text, 'latin1'));
}
