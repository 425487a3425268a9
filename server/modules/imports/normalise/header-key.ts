import { normalizeSearchText } from '../../../../shared/rules/search.ts';

// Abbreviations and spelling variants offices use in headers, folded to one word.
const WORD_FORMS: Record<string, string> = {
  bln: 'bulan',
  bl: 'bulan',
  perbulan: 'bulan',
  thn: 'tahun',
  th: 'tahun',
  pertahun: 'tahun',
  // "Omset Setahun", "Penjualan Sebulan", "Omzet Sehari": a period's amount, as "per tahun" says.
  setahun: 'tahun',
  sebulan: 'bulan',
  sehari: 'hari',
  seminggu: 'minggu',
  perhari: 'hari',
  perminggu: 'minggu',
  tgl: 'tanggal',
  jml: 'jumlah',
  jmlh: 'jumlah',
  nomor: 'no',
  nmr: 'no',
  omset: 'omzet',
  telpon: 'telepon',
  telp: 'telepon',
  tlp: 'telepon',
  merk: 'merek',
  kel: 'kelurahan',
  jns: 'jenis',
  tmpt: 'tempat',
  tmp: 'tempat',
  lhr: 'lahir',
  ds: 'desa',
  kec: 'kecamatan',
  asset: 'aset',
  wa: 'whatsapp',
  hp: 'hp',
  pirt: 'p irt',
  sppirt: 'spp irt',
};
// Units and answer hints inside headers, "Omzet (Rp/bln)", "KRTP (Ya/Tidak)": they do not name the field.
const NOISE = new Set([
  'rp',
  'rupiah',
  'idr',
  'per',
  'juta',
  'jt',
  'ribu',
  'rb',
  'orang',
  'org',
  'ya',
  'tidak',
  'y',
  't',
  'digit',
]);
// "(dd/mm/yyyy)", "(tgl/bln/thn)" after a date header describe the format, not the field.
const DATE_FORMAT =
  /\((?:\s*(?:dd|mm|yy|yyyy|hh|bb|tt|tttt|tgl|bln|thn|tanggal|bulan|tahun)\s*[/.-]?\s*)+\)/gi;

// "Kel" is a kelurahan, except after "jenis": "Jns. Kel.", "J. Kel" are the owner's sex.
const SEX = /^(?:j|jenis) kelurahan$/;

/** A header as comparable words: "Omset/bln (Rp)" → "omzet bulan", "No. Telp" → "no telepon". */
export function headerKey(header: string): string {
  return normalizeSearchText(header.replace(DATE_FORMAT, ' '))
    .split(' ')
    .map((w) => WORD_FORMS[w] ?? w)
    .join(' ')
    .split(' ')
    .filter((w) => w !== '' && !NOISE.has(w) && !/^\d+$/.test(w))
    .join(' ')
    .replace(SEX, 'jenis kelamin');
}

const units = new Map<string, number>();
// Headers are few and read on every row: remembered, with a cap against unbounded growth in a long-lived server.
const UNITS_CAP = 1_000;

/** The multiplier a header announces for its amounts: "Omzet (juta Rp)" → 1 000 000. */
export function headerUnit(header: string): number {
  const known = units.get(header);
  if (known !== undefined) return known;
  if (units.size >= UNITS_CAP) units.clear();
  const unit = unitOf(header);
  units.set(header, unit);
  return unit;
}

function unitOf(header: string): number {
  const words = new Set(normalizeSearchText(header).split(' '));
  if (words.has('juta') || words.has('jt') || words.has('jutaan')) return 1e6;
  if (words.has('ribu') || words.has('rb') || words.has('ribuan')) return 1e3;
  // "Omzet (Rp 000)", "(x1000)", "(Rp 000.000)": the zeros left off every amount.
  const zeros = /\(\s*(?:rp\.?\s*)?(?:x\s*|×\s*)?1?((?:[.,]?000)+)\s*,?-?\s*\)/i.exec(header)?.[1];
  if (zeros) return 10 ** zeros.replace(/[.,]/g, '').length;
  return 1;
}
