import { AppError } from '../../../http/errors.ts';

const RESAVE = 'Buka berkas di Excel atau LibreOffice, simpan ulang sebagai .xlsx, lalu unggah lagi.';
const ACCEPTED = 'Unggah berkas .xlsx, .ods, atau .csv.';
const mb = (bytes: number) => Math.ceil(bytes / 1024 ** 2);

export const fileEmpty = () =>
  new AppError(
    'FILE_EMPTY',
    'Berkas kosong (0 byte). Pilih berkas spreadsheet yang berisi data, lalu unggah lagi.',
  );

export const legacyXls = () =>
  new AppError(
    'FILE_TYPE_UNSUPPORTED',
    'Berkas ini berformat Excel lama (.xls). Buka di Excel atau LibreOffice, pilih Simpan Sebagai → ' +
      '"Excel Workbook (.xlsx)", lalu unggah berkas .xlsx itu.',
  );

export const passwordProtected = () =>
  new AppError(
    'FILE_TYPE_UNSUPPORTED',
    'Berkas ini dilindungi kata sandi sehingga tidak bisa dibaca. Buka di Excel, hapus kata sandinya, ' +
      'simpan, lalu unggah lagi.',
  );

export const xlsb = () =>
  new AppError(
    'FILE_TYPE_UNSUPPORTED',
    `Berkas ini berformat Excel Binary (.xlsb) yang tidak didukung. ${RESAVE}`,
  );

export const notSpreadsheet = (what: string) =>
  new AppError('FILE_TYPE_UNSUPPORTED', `Berkas ini ${what}, bukan spreadsheet. ${ACCEPTED}`);

export const disguisedMarkup = () =>
  new AppError(
    'FILE_TYPE_UNSUPPORTED',
    `Berkas ini halaman web (HTML/XML) yang diberi nama spreadsheet, bukan .xlsx atau .csv asli. ${RESAVE}`,
  );

export const truncated = () =>
  new AppError(
    'FILE_TRUNCATED',
    'Berkas rusak atau terpotong (mungkin unggahan belum selesai). Buka berkas di komputer Anda; bila bisa ' +
      'dibuka, simpan ulang lalu unggah lagi.',
  );

export const zipBomb = (why: string) =>
  new AppError('ZIP_BOMB', `Isi berkas tidak wajar (${why}) sehingga ditolak demi keamanan. ${RESAVE}`);

export const tooLarge = (bytes: number, limit: number) =>
  new AppError(
    'FILE_TOO_LARGE',
    `Isi berkas terlalu besar setelah dibuka (${mb(bytes)} MB; batas ${mb(limit)} MB). Pecah data menjadi ` +
      'beberapa berkas, lalu unggah satu per satu.',
  );

export const corrupt = (what: string) =>
  new AppError('FILE_CORRUPT', `Isi berkas tidak dapat dibaca (${what}). ${RESAVE}`);

export const csvQuoteNotClosed = (rowNumber: number) =>
  new AppError(
    'FILE_CORRUPT',
    `Tanda kutip (") yang dibuka di baris ${rowNumber} tidak pernah ditutup. Tutup atau hapus tanda ` +
      'kutip itu, simpan, lalu unggah lagi.',
  );

export const sheetNotFound = (index: number, count: number) =>
  new AppError(
    'SHEET_NOT_FOUND',
    `Lembar ke-${index + 1} tidak ada; berkas ini hanya berisi ${count} lembar. ` +
      'Pilih salah satu lembar yang ada.',
  );

/** Anything a parser throws becomes FILE_CORRUPT; our own errors pass through. */
export const asCorrupt = (err: unknown, what: string): AppError =>
  err instanceof AppError ? err : corrupt(what);
