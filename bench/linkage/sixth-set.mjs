#!/usr/bin/env node
// Sixth linkage set: FILE-FORMAT quirks real Indonesian offices produce.
//
//   node bench/linkage/sixth-set.mjs <seed> <outdir>
//
// Writes five office files about one synthetic population of home industries (industri rumahan) in
// Kota Malang, plus truth.csv and manifest.json, and prints a one-paragraph summary. Everything is
// derived from the seed (mulberry32 over FNV-1a of "pilar-sixth-set:<seed>"); zip entries and document
// properties carry fixed timestamps, so two runs with one seed give byte-identical files.
//
// The files (each office writes names of kelurahan and kecamatan, never codes, except a hidden helper):
//  1. pendataan_ir_dp3ap2kb_2025.xlsx (DP3AP2KB survey, typed by a clerk in Excel): merged title block
//     rows 1-4, header on row 6 with line breaks inside header cells ("Nama\nPemilik"), a numbering row
//     "1 2 3 ..." under it, AutoFilter, frozen pane, a hidden helper column "kode_kel" (VLOOKUP into a
//     hidden "Ref" sheet, cached result), a formula column "Umur" (=2025-YEAR(D..), cached), section
//     headings per kecamatan with =SUM() subtotal rows, a grand total, a note and a signature block.
//     Birth dates are real date cells in some rows and text ("12-Agu-1975", "12 Agustus 1975") in others;
//     NIKs are text, text with a leading apostrophe or spaces/dots, or number cells (15 significant
//     digits: the 16th shows as 0, sometimes in General format as 3,57301E+15).
//  2. umkm_binaan_diskopukm_2025.xlsx (Dinas Koperasi & UMKM): two facts per cell. "NAMA / NIK" in one
//     cell ("SITI AMINAH / 3573...", or with a line break, or "(NIK ...)"), "NAMA USAHA (PRODUK)"
//     ("Sri Rejeki (keripik tempe, rempeyek)"), the address spread over ALAMAT + RT/RW ("002/005") + KEL.;
//     a later column "NIK (pemutakhiran)" holds the NIK for rows whose combined cell lacks one, as
//     number cells (16th digit lost) or spaced/apostrophe text. RT/RW "2/5" turned into a date by Excel
//     in a few rows; OMSET as numbers or "Rp 2.500.000" text. A repeated header mid-sheet (second page
//     pasted below the first), a total row, a signature block; a visible "Rekap Kec" sheet after it.
//  3. register_spp_irt_dinkes.csv (Dinas Kesehatan P-IRT register, saved by Excel as "CSV (Comma
//     delimited)"): Windows-1252, CRLF, no BOM, every line padded with trailing empty columns ",,,",
//     quoted fields with commas and doubled quotes, decimal commas ("2,5" juta), thousand dots
//     ("2.500.000"), cp1252 characters (curly quotes, en dash, ½, é), NIKs as Excel showed them
//     ("3,57301E+15"), year section lines, one row PER PRODUCT (a business may appear several times,
//     its P-IRT numbers share region and producer digits). The applicant is sometimes the husband.
//  4. peserta_pelatihan_pkk_2025.ods (TP PKK, LibreOffice Calc): merged title (number-columns-spanned +
//     covered-table-cell), a two-row header where "Alamat" spans three sub-columns and other headers
//     span two rows, number-columns-repeated for blank runs, date cells, currency cells, section rows
//     per training batch ("GELOMBANG I"), a signature block, a long repeated blank tail as LibreOffice
//     writes it, and a second sheet "Rekap" with formula totals.
//  5. export_sidarin_2025.xlsx (a web app's export): one sheet "Export", header on row 1, every cell an
//     inline string (t="inlineStr", no shared-string part), numbers included ("3", "1500000");
//     boolean-ish columns in mixed encodings ("Ya"/"Tidak", "Y"/"N", "1"/"0"); a 15-digit P-IRT column
//     ("2093573070412-27" or plain digits); "NULL" in empty non-identity fields; one footer line.
//
// truth.csv: file,sheet_row,person_key,business_key,expected. One line per non-blank row of each
// file's data sheet that is not its column-header row (a two-row header counts as header rows).
//  - sheet_row is the row number a spreadsheet app shows (title rows, blank rows and merged header rows
//    all count); for the CSV it is the physical line number (no cell holds a line break).
//  - person_key (P0001...) is the true person NAMED in the row. When a husband files for his wife's
//    business, the row carries HIS person key and HER business key; a NIK written in a row is always the
//    NIK of the person named there (possibly mistyped or truncated).
//  - A combined cell ("Nama / NIK", "Nama Usaha (Produk)") is one row about one person and one business.
//  - business_key (B0001...) is the true business the row describes; a P-IRT register row names one
//    product of that business.
//  - expected: ok (valid row), rejected (bad NIK length, letters in NIK, impossible NIK birth date,
//    kelurahan outside Kota Malang, empty owner name, negative or absurd turnover) or skip (title,
//    section heading, subtotal/total, repeated header, numbering row, note, signature block; empty keys).
//    Rejected rows are all outsiders with keys PX.../BX... that appear nowhere else.
//  - A NIK stored as a number (16th digit shown as 0), spaced, dotted or mistyped by one digit or one
//    swap is still the named person's: the row is ok and its keys follow the person. Mistyped NIKs are
//    kept structurally valid (16 digits, possible date, serial > 0) and never equal another person's.
//    A NIK shown in scientific notation ("3,57301E+15", as Excel displays a number cell) is an unusable
//    NIK, not a NIK "with letters": the row stays ok. So do "-", an empty NIK, and a leading apostrophe.
//  - Some people are named in no row (a wife whose every row was signed by her husband); the summary
//    counts all people and, separately, those named in ok rows.
//
// NIK convention used here: 35 73 + kecamatan code (Kedungkandang 01, Sukun 02, Klojen 03, Blimbing 04,
// Lowokwaru 05) + DDMMYY (DD+40 for women) + serial 0001-9999; some people were first registered
// elsewhere (3507 Kab. Malang, 3579 Batu, 3578 Surabaya, ...). The hidden kode_kel helper in file 1 uses
// Kemendagri codes (35.73.01 Blimbing ...), as a clerk's lookup table would.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------------
// Seeded randomness

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let rand = mulberry32(1);
const rnd = () => rand();
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const chance = (p) => rnd() < p;
const pick = (list) => list[Math.floor(rnd() * list.length)];
function weighted(pairs) {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let x = rnd() * total;
  for (const [v, w] of pairs) {
    x -= w;
    if (x < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
// weighted choice among the keys of an object: wkey({ a: 3, b: 1 })
const wkey = (weights) => weighted(Object.entries(weights));
const wnum = (weights) => Number(wkey(weights));
function shuffle(list) {
  const out = list.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const pad = (n, width) => String(n).padStart(width, '0');

// ---------------------------------------------------------------------------------------------------
// Areas: Kota Malang's five kecamatan and 57 kelurahan (names as offices write them)

// nikCode: the kecamatan digits used in NIKs here; kemendagri: the 35.73.xx code of area tables.
const KECAMATAN = [
  { name: 'Kedungkandang', nikCode: '01', kemendagri: '03' },
  { name: 'Sukun', nikCode: '02', kemendagri: '04' },
  { name: 'Klojen', nikCode: '03', kemendagri: '02' },
  { name: 'Blimbing', nikCode: '04', kemendagri: '01' },
  { name: 'Lowokwaru', nikCode: '05', kemendagri: '05' },
];
const KEC_BY_NAME = new Map(KECAMATAN.map((k) => [k.name, k]));

// kecamatan | kelurahan | Kemendagri village number | written variants | streets
const KELURAHAN_ROWS = `
Blimbing | Balearjosari | 1 | Balear Josari, Balearjosari | Raya Balearjosari, Indragiri, Tirtasari
Blimbing | Arjosari | 2 | Arjo Sari | Teluk Pelabuhan Ratu, Raden Intan, Teluk Cendrawasih
Blimbing | Polowijen | 3 | Polo Wijen | Cakalang, Ken Dedes, Polowijen
Blimbing | Purwodadi | 4 | Purwo Dadi | Ahmad Yani Utara, Tenaga, Kalpataru
Blimbing | Blimbing | 5 | Blimbing | Borobudur, Mendit, Cokroaminoto
Blimbing | Pandanwangi | 6 | Pandan Wangi | Laksda Adi Sucipto, Simpang LA Sucipto, Pandanwangi
Blimbing | Purwantoro | 7 | Purwantoro | Sanan, Cikampek, Karya Timur, Sulfat
Blimbing | Bunulrejo | 8 | Bunul Rejo, Bunul | Hamid Rusdi, Serayu, Mahakam
Blimbing | Kesatrian | 9 | Ksatrian, Kesatrian | Panglima Sudirman, Urip Sumoharjo, Kesatrian
Blimbing | Polehan | 10 | Polehan | Ir. H. Juanda, Hamid Rusdi Timur, Polehan
Blimbing | Jodipan | 11 | Jodipan | Jodipan Wetan, Gatot Subroto, Ir. Juanda
Klojen | Klojen | 1 | Klojen | Jaksa Agung Suprapto, Brigjen Slamet Riadi
Klojen | Rampalcelaket | 2 | Rampal Celaket, Rampal Claket | Tretes, Pattimura, Rampal Celaket
Klojen | Samaan | 3 | Samaan | Dr. Cipto, Tapak Siring, Samaan
Klojen | Kiduldalem | 4 | Kidul Dalem | Kidul Dalem, Zainul Arifin
Klojen | Sukoharjo | 5 | Suko Harjo | Sukoharjo, Kyai Tamin, Zainul Arifin
Klojen | Kasin | 6 | Kasin | Kasin, IR Rais, Arif Margono
Klojen | Kauman | 7 | Kauman | Kauman, Kawi, Merdeka Barat
Klojen | Oro-oro Dowo | 8 | Oro Oro Dowo, Oro-Oro Dowo, Ororodowo | Guntur, Welirang, Oro-oro Dowo
Klojen | Bareng | 9 | Bareng | Bareng Tenes, Raya Langsep, Bareng Raya
Klojen | Gading Kasri | 10 | Gadingkasri, Gading Kasri | Gading Pesantren, Terusan Dieng, Bondowoso
Klojen | Penanggungan | 11 | Penanggungan | Penanggungan, Ijen, Bandung
Kedungkandang | Kotalama | 1 | Kota Lama, Kotalama | Kebalen Wetan, Muharto, Kotalama
Kedungkandang | Mergosono | 2 | Mergosono | Kolonel Sugiono, Mergosono
Kedungkandang | Bumiayu | 3 | Bumi Ayu | Bumiayu, Kyai Parseh Jaya, Ki Ageng Gribig
Kedungkandang | Wonokoyo | 4 | Wono Koyo | Wonokoyo, Raya Wonokoyo
Kedungkandang | Buring | 5 | Buring | Mayjen Sungkono, Buring
Kedungkandang | Kedungkandang | 6 | Kedung Kandang | Ki Ageng Gribig, Kedungkandang
Kedungkandang | Lesanpuro | 7 | Lesan Puro | Lesanpuro, Raya Lesanpuro
Kedungkandang | Sawojajar | 8 | Sawo Jajar | Danau Toba, Danau Maninjau, Danau Bratan
Kedungkandang | Madyopuro | 9 | Madyo Puro | Madyopuro, Raya Madyopuro, Danau Kerinci
Kedungkandang | Cemorokandang | 10 | Cemoro Kandang | Cemorokandang, Raya Cemorokandang
Kedungkandang | Arjowinangun | 11 | Arjo Winangun | Arjowinangun, Mayjen Sungkono
Kedungkandang | Tlogowaru | 12 | Tlogo Waru | Tlogowaru, Raya Tlogowaru
Sukun | Ciptomulyo | 1 | Cipto Mulyo | Kolonel Sugiono, Ciptomulyo
Sukun | Gadang | 2 | Gadang | Gadang, Satsui Tubun
Sukun | Kebonsari | 3 | Kebon Sari | Kebonsari, Satsuitubun
Sukun | Bandungrejosari | 4 | Bandung Rejosari, Bandungrejo Sari | Bandungrejosari, Sonokembang, Kemantren
Sukun | Sukun | 5 | Sukun | S. Supriadi, Sukun, Randu Agung
Sukun | Tanjungrejo | 6 | Tanjung Rejo | Tanjungrejo, Mergan Lori
Sukun | Pisangcandi | 7 | Pisang Candi | Pisang Candi, Raya Candi
Sukun | Bandulan | 8 | Bandulan | Bandulan, Raya Bandulan
Sukun | Karangbesuki | 9 | Karang Besuki | Candi Panggung, Karangbesuki, Raya Candi V
Sukun | Mulyorejo | 10 | Mulyo Rejo | Mulyorejo, Budi Utomo
Sukun | Bakalankrajan | 11 | Bakalan Krajan, Bakalan | Bakalan Krajan, Kemirahan
Lowokwaru | Tunggulwulung | 1 | Tunggul Wulung | Tunggulwulung, Akordion
Lowokwaru | Merjosari | 2 | Merjo Sari | Merjosari, Joyo Agung, Joyo Raharjo
Lowokwaru | Tlogomas | 3 | Tlogo Mas, Tlogomas | Tlogomas, Raya Tlogomas, Saxophone
Lowokwaru | Dinoyo | 4 | Dinoyo | MT Haryono, Dinoyo, Keramik
Lowokwaru | Sumbersari | 5 | Sumber Sari | Sumbersari, Bendungan Sigura-gura, Gajayana
Lowokwaru | Ketawanggede | 6 | Ketawang Gede | Kertoleksono, Kerto Pamuji, Kertosari
Lowokwaru | Jatimulyo | 7 | Jati Mulyo | Kendalsari, Soekarno Hatta, Candi Mendut
Lowokwaru | Tunjungsekar | 8 | Tunjung Sekar | Ikan Tombro, Ikan Piranha, Tunjungsekar
Lowokwaru | Mojolangu | 9 | Mojo Langu | Sudimoro, Mojolangu, Candi Jago
Lowokwaru | Tulusrejo | 10 | Tulus Rejo | Bantaran, Tulusrejo
Lowokwaru | Lowokwaru | 11 | Lowok Waru | Letjen Sutoyo, Cengger Ayam, Lowokwaru
Lowokwaru | Tasik Madu | 12 | Tasikmadu, Tasik Madu | Tasikmadu, Raya Tasikmadu, Ikan Arwana
`
  .trim()
  .split('\n')
  .map((line) => line.split(' | '))
  .map(([kec, name, num, variants, streets]) => [
    kec,
    name,
    Number(num),
    variants.split(', '),
    streets.split(', '),
  ]);
const KELURAHAN = KELURAHAN_ROWS.map(([kec, name, num, variants, streets]) => ({
  kec,
  name,
  code: `35.73.${KEC_BY_NAME.get(kec).kemendagri}.${1000 + num}`,
  variants,
  streets,
}));

// Villages just outside the city (Kab. Malang, Kota Batu): a row placed there must be refused.
const OUTSIDE = [
  { kel: 'Landungsari', kec: 'Dau', street: 'Raya Tlogomas Landungsari' },
  { kel: 'Mulyoagung', kec: 'Dau', street: 'Raya Mulyoagung' },
  { kel: 'Tegalgondo', kec: 'Karangploso', street: 'Raya Tegalgondo' },
  { kel: 'Ardimulyo', kec: 'Singosari', street: 'Raya Ardimulyo' },
  { kel: 'Sisir', kec: 'Batu', street: 'Diponegoro' },
  { kel: 'Pendem', kec: 'Junrejo', street: 'Raya Pendem' },
  { kel: 'Kepuharjo', kec: 'Karangploso', street: 'Kepuharjo' },
  { kel: 'Sekarpuro', kec: 'Pakis', street: 'Raya Sekarpuro' },
];

// Product clusters (sentra) raise the odds of a product in their kelurahan.
const SENTRA = {
  Purwantoro: ['tempe', 'keripik tempe'],
  Pandanwangi: ['marning jagung'],
  Balearjosari: ['anyaman rotan'],
  Dinoyo: ['keramik hias'],
  Penanggungan: ['gerabah'],
  Bandungrejosari: ['shuttlecock'],
};

// ---------------------------------------------------------------------------------------------------
// Names, products, business words

// Tables are written as whitespace-separated entries; "_" stands for a space inside one entry.
const tableOf = (text) =>
  text
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/_/g, ' '));

// First words of women's names, with how a second word is usually chosen.
const SITI_SECOND = tableOf(`
  Aminah Khotijah Maimunah Rohmah Fatimah Zulaikha Maryam Muawanah Nur_Hasanah Masruroh Khoiriyah
  Romlah Halimah Sholihah Munawaroh Komariyah Juwariyah Qomariyah
`);
const SRI_SECOND = tableOf(`
  Wahyuni Rahayu Utami Lestari Mulyani Suryani Handayani Astuti Purwanti Sulistyowati Hartatik
  Wulandari Suprapti Sunarsih Rejeki Endah
`);
const SINGLE_NAMES = tableOf(`
  Sulastri Suminah Poniyem Tumini Sumarni Kasiati Sunarti Suharti Mujiati Suwarni Kartini Muntamah
  Mariyatun Musripah Sukesi Paini Sriatun Sumiati Tukiyem Ngatini Rukmini Juminten Suyati Kustiyah
  Marsini Sutinah Painem Sumirah Jumiati Lasmini
`);
const MODERN_FIRST = tableOf(`
  Dewi Rina Yuli Dian Nur Nurul Ratna Indah Wiwik Erna Yayuk Anik Retno Puji Endang Lilik Ninik Titik
  Umi Eni Novi Fitri Rini Evi Lia Ika Tri Dwi Eka Yuyun Tutik Ani Lailatul Dina Ayu Mega Nanik Heni
  Susi Lina
`);
const MODERN_SECOND = tableOf(`
  Kurniawati Yuliana Herlina Susanti Setyowati Purwaningsih Rahmawati Fitriyah Lestari Puspitasari
  Anggraini Wahyuningsih Handayani Agustina Safitri Maulidah Hidayati Nurjanah Kusumawati Prihatin
  Sulistiani Mardiana Damayanti Oktaviani Ratnasari Widyastuti Rohmawati Ningsih Aini Sholikhah
  Indrawati Mufidah Zuhro Khasanah Ma'rifah
`);
const THIRD_WORDS = tableOf(`Sari Wati Ningrum Rahayu Fitriani Utami Pratiwi Kartika Amalia`);
// A daughter's name grown from her mother's (same household, often the same trade).
const DAUGHTER_OF = Object.fromEntries(
  tableOf(`
  Aminah>Aminatun Wahyuni>Wahyuningsih Rahayu>Rahayuningsih Lestari>Lestariningsih
  Mulyani>Mulyaningsih Khotijah>Khotimah Rohmah>Rohmawati Utami>Utaminingsih Suryani>Suryaningsih
  Purwanti>Purwaningsih Fatimah>Fatimatuz_Zahro Maimunah>Maimanah Handayani>Handayaningsih
  Astuti>Astutik Sumarni>Sumarningsih Sulastri>Lastri_Wulandari Suminah>Sumini Kartini>Kartika
  Sunarti>Sunarsih Mariyatun>Mariyam
`).map((pair) => pair.split('>')),
);
const MEN_FIRST = tableOf(`
  Abdul Ahmad Bambang Budi Joko Slamet Sugeng Agus Moch. Muhammad Eko Heru Didik Hari Imam Nur Suyono
  Sutikno Teguh Wahyu Yusuf Hadi Rudi Suparno
`);
const MEN_SECOND = tableOf(`
  Rohman Sholeh Sutrisno Santoso Susilo Riyadi Widodo Salim Ridwan Prasetyo Susanto Purnomo Syafi'i
  Hadi Hidayat Wibowo Kurniawan Setiawan Harianto Mustofa
`);
const WOMEN_DEGREES = tableOf(`S.Pd. SE S.Sos. A.Md. S.Pd.I S.Ag.`);
const MEN_DEGREES = tableOf(`S.T. SE Drs. S.H.`);

// products: key, label, KBLI, food type code (P-IRT digits 2-3, food only), packaging (P-IRT digit 1)
const PRODUCTS = [
  { key: 'tempe', label: 'tempe', kbli: '10391', food: '10', pack: 2, w: 5 },
  { key: 'keripik tempe', label: 'keripik tempe', kbli: '10794', food: '09', pack: 2, w: 8 },
  { key: 'marning jagung', label: 'marning jagung', kbli: '10794', food: '09', pack: 2, w: 3 },
  { key: 'keripik singkong', label: 'keripik singkong', kbli: '10794', food: '09', pack: 2, w: 4 },
  { key: 'rempeyek', label: 'rempeyek kacang', kbli: '10794', food: '09', pack: 2, w: 4 },
  { key: 'kerupuk', label: 'kerupuk', kbli: '10794', food: '09', pack: 2, w: 3 },
  { key: 'keripik buah', label: 'keripik buah (apel, nangka)', kbli: '10799', food: '04', pack: 2, w: 3 },
  { key: 'kue basah', label: 'kue basah', kbli: '10792', food: '14', pack: 5, w: 8 },
  { key: 'kue kering', label: 'kue kering', kbli: '10710', food: '14', pack: 3, w: 6 },
  { key: 'roti', label: 'roti manis', kbli: '10710', food: '14', pack: 2, w: 3 },
  { key: 'brownies', label: 'brownies kukus', kbli: '10710', food: '14', pack: 5, w: 3 },
  { key: 'pia', label: 'pia / bakpia', kbli: '10710', food: '14', pack: 5, w: 2 },
  { key: 'sambal', label: 'sambal botol', kbli: '10750', food: '05', pack: 4, w: 3 },
  { key: 'abon', label: 'abon sapi', kbli: '10750', food: '01', pack: 2, w: 2 },
  { key: 'jamu', label: 'jamu gendong / minuman herbal', kbli: '11090', food: '12', pack: 4, w: 3 },
  { key: 'sari apel', label: 'sari apel', kbli: '11090', food: '12', pack: 4, w: 2 },
  { key: 'dodol', label: 'dodol & jenang', kbli: '10799', food: '13', pack: 2, w: 2 },
  { key: 'catering', label: 'nasi kotak / catering', kbli: '10750', food: null, pack: 0, w: 4 },
  { key: 'batik', label: 'batik tulis', kbli: '13134', food: null, pack: 0, w: 2 },
  { key: 'jahit', label: 'jahit / konveksi', kbli: '14120', food: null, pack: 0, w: 6 },
  { key: 'bordir', label: 'bordir & mukena', kbli: '14120', food: null, pack: 0, w: 2 },
  { key: 'anyaman rotan', label: 'anyaman rotan', kbli: '16291', food: null, pack: 0, w: 1 },
  { key: 'keramik hias', label: 'keramik hias', kbli: '23932', food: null, pack: 0, w: 1 },
  { key: 'gerabah', label: 'gerabah / cobek', kbli: '23932', food: null, pack: 0, w: 1 },
  { key: 'furnitur', label: 'mebel kayu', kbli: '31001', food: null, pack: 0, w: 1 },
  { key: 'shuttlecock', label: 'shuttlecock', kbli: '32300', food: null, pack: 0, w: 1 },
  { key: 'manik', label: 'kerajinan manik-manik', kbli: '32903', food: null, pack: 0, w: 2 },
  { key: 'tas rajut', label: 'tas rajut', kbli: '32903', food: null, pack: 0, w: 2 },
];
const PRODUCT = new Map(PRODUCTS.map((p) => [p.key, p]));
// Products a husband's own business usually makes.
const MEN_PRODUCTS = [
  'furnitur',
  'anyaman rotan',
  'shuttlecock',
  'tempe',
  'keripik tempe',
  'gerabah',
  'sambal',
];
// Side products that ride along in "Nama Usaha (Produk)" cells and extra P-IRT certificates.
const SIDE_PRODUCTS = Object.fromEntries(
  `
  keripik tempe: rempeyek, keripik singkong, keripik bayam
  tempe: keripik tempe, tempe mendoan
  keripik singkong: keripik pisang, rempeyek
  kue basah: lemper, nagasari, kue lapis
  kue kering: nastar, kastengel, putri salju
  roti: roti sobek, donat
  brownies: bolu pandan, brownies panggang
  sambal: sambal bawang, sambal cumi
  jamu: kunyit asam, beras kencur
  sari apel: jenang apel, cuka apel
  dodol: jenang ketan, wajik
  rempeyek: peyek teri, keripik bayam
  kerupuk: kerupuk udang, opak
  keripik buah: keripik nangka, keripik salak
  abon: abon ayam, dendeng
  pia: bakpia kacang hijau, pia keju
  marning jagung: marning pedas, emping jagung
  jahit: seragam sekolah, gamis
  bordir: mukena, kerudung bordir
  batik: kain batik, syal batik
  manik: tas manik, gelang
  tas rajut: dompet rajut, topi rajut
`
    .trim()
    .split('\n')
    .map((line) => line.trim().split(': '))
    .map(([key, sides]) => [key, sides.split(', ')]),
);
const BRANDS = tableOf(`
  Barokah Berkah Sri_Rejeki Sumber_Rejeki Mekar_Sari Sekar_Arum Citra_Rasa Anugrah Lestari Mandiri
  Makmur Sari_Rasa Melati Kenanga Al-Hidayah Amanah Rizki Tiga_Putri Dua_Putri Bunda Arema Nikmat
  Lancar Rahmat Cahaya Harapan Sanan_Jaya Kartika Mulia Rasa_Sayang
`);
const FOOD_SUFFIX = tableOf(`Snack Food Jaya Bakery Rasa`);
const CRAFT_SUFFIX = tableOf(`Collection Craft Art Jaya`);
const MONTHS = tableOf(`
  Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember
`);
const MONTHS_SHORT = tableOf(`Jan Feb Mar Apr Mei Jun Jul Agu Sep Okt Nov Des`);
const PHONE_PREFIX = tableOf(`0812 0813 0821 0822 0852 0853 0856 0857 0877 0878 0881 0895`);
// Regencies where some residents were first registered (their NIK carries that region).
const BIRTH_REGIONS = [
  ['3507', 33],
  ['3579', 3],
  ['3578', 31],
  ['3505', 22],
  ['3508', 21],
  ['3515', 18],
];

// ---------------------------------------------------------------------------------------------------
// Population: households, people, businesses, hard negatives

// population by kecamatan (thousands, 2023)
const KEC_WEIGHTS = { Kedungkandang: 209, Sukun: 197, Blimbing: 183, Lowokwaru: 164, Klojen: 94 };
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

function makeHousehold(id, nearKel = null) {
  const kel = nearKel ?? pick(KELURAHAN.filter((k) => k.kec === wkey(KEC_WEIGHTS)));
  const gang = chance(0.35) ? (chance(0.5) ? ROMAN[int(0, 8)] : String(int(1, 12))) : null;
  const suffix = chance(0.12) ? pick(['A', 'B', 'C']) : '';
  return {
    id,
    kel,
    street: pick(kel.streets),
    gang,
    no: `${int(1, 160)}${suffix}`,
    rt: int(1, 12),
    rw: int(1, 9),
  };
}

const usedNames = new Set();
const usedNiks = new Set();

function womanWords() {
  const style = wkey({ siti: 20, sri: 18, single: 20, modern: 42 });
  if (style === 'siti') return ['Siti', ...pick(SITI_SECOND).split(' ')];
  if (style === 'sri') return ['Sri', ...pick(SRI_SECOND).split(' ')];
  if (style === 'single')
    return chance(0.25) ? [pick(SINGLE_NAMES), pick(THIRD_WORDS)] : [pick(SINGLE_NAMES)];
  const words = [pick(MODERN_FIRST), pick(MODERN_SECOND)];
  if (chance(0.22)) words.splice(1, 0, pick(['Ayu', 'Nur', 'Dwi', 'Sri', 'Puji', 'Retno']));
  return words;
}

function uniqueWords(make) {
  for (let i = 0; i < 40; i++) {
    const words = make();
    const full = words.join(' ');
    if (!usedNames.has(full)) {
      usedNames.add(full);
      return words;
    }
  }
  const words = make();
  words.push(pick(THIRD_WORDS));
  usedNames.add(words.join(' '));
  return words;
}

function validDate(y, m, d) {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function birthDate(fromYear, toYear) {
  const y = int(fromYear, toYear);
  const m = int(1, 12);
  const d = int(1, new Date(Date.UTC(y, m, 0)).getUTCDate());
  return { y, m, d };
}

function nikFor(sex, birth, kecName) {
  for (;;) {
    let region;
    if (chance(0.86)) {
      const kec = chance(0.78) ? KEC_BY_NAME.get(kecName) : pick(KECAMATAN);
      region = `3573${kec.nikCode}`;
    } else {
      const [reg, kecs] = pick(BIRTH_REGIONS);
      region = `${reg}${pad(int(1, kecs), 2)}`;
    }
    const dd = sex === 'F' ? birth.d + 40 : birth.d;
    const serial = chance(0.08) ? int(1, 9) : int(10, 3200);
    const nik = `${region}${pad(dd, 2)}${pad(birth.m, 2)}${pad(birth.y % 100, 2)}${pad(serial, 4)}`;
    if (!usedNiks.has(nik)) {
      usedNiks.add(nik);
      return nik;
    }
  }
}

function phoneNumber() {
  return `${pick(PHONE_PREFIX)}${pad(int(0, 9999), 4)}${pad(int(0, 9999), 4).slice(0, int(3, 4))}`;
}

const people = [];
const households = [];

function addPerson(household, sex, words, birth, extra = {}) {
  const age = 2025 - birth.y;
  let title = null;
  if (sex === 'F' && age >= 45 && chance(0.16)) title = 'Hj.';
  if (sex === 'M' && age >= 45 && chance(0.12)) title = 'H.';
  let degree = null;
  if (chance(sex === 'F' ? 0.08 : 0.1)) degree = pick(sex === 'F' ? WOMEN_DEGREES : MEN_DEGREES);
  const person = {
    key: '',
    sex,
    words,
    title,
    degree,
    birth,
    nik: nikFor(sex, birth, household.kel.kec),
    phone: chance(0.85) ? phoneNumber() : null,
    household,
    role: 'owner',
    group: 'single',
    husband: null,
    businesses: [],
    ...extra,
  };
  people.push(person);
  return person;
}

function menWords() {
  return uniqueWords(() => {
    const first = pick(MEN_FIRST);
    const words = [first, pick(MEN_SECOND)];
    if (first === 'Moch.' || first === 'Muhammad') words.splice(1, 0, pick(['Ali', 'Nur', 'Arif', 'Ilham']));
    return words;
  });
}

function buildPeople() {
  let hid = 0;
  const newHousehold = (near) => {
    const h = makeHousehold(++hid, near);
    households.push(h);
    return h;
  };
  // Mother and daughter under one roof, names grown from one another.
  for (let i = 0; i < 26; i++) {
    const h = newHousehold();
    const stem = pick(Object.keys(DAUGHTER_OF));
    const motherWords = uniqueWords(() => {
      if (SITI_SECOND.includes(stem)) return ['Siti', stem];
      if (SRI_SECOND.includes(stem)) return ['Sri', stem];
      return chance(0.5) ? [stem] : [pick(['Siti', 'Sri', 'Tri']), stem];
    });
    const mother = addPerson(h, 'F', motherWords, birthDate(1950, 1970), { group: 'mother-daughter' });
    const grown = DAUGHTER_OF[stem].split(' ');
    const daughterWords = uniqueWords(() => {
      const r = rnd();
      if (r < 0.55)
        return motherWords.length > 1 ? [motherWords[0], ...grown] : [...grown, pick(MODERN_SECOND)];
      if (r < 0.85) return [...motherWords, pick(THIRD_WORDS)];
      return [pick(MODERN_FIRST), ...grown];
    });
    const daughter = addPerson(
      h,
      'F',
      daughterWords,
      birthDate(mother.birth.y + 19, Math.min(mother.birth.y + 33, 2003)),
      {
        group: 'mother-daughter',
        mother,
      },
    );
    mother.daughter = daughter;
  }
  // Sisters (sharing a first word) or sisters-in-law, one address.
  for (let i = 0; i < 16; i++) {
    const h = newHousehold();
    const first = [null, 'Sri', 'Siti'][wnum({ 0: 4, 1: 3, 2: 3 })];
    const base = int(1962, 1990);
    const a = addPerson(
      h,
      'F',
      uniqueWords(() => (first ? [first, pick(first === 'Sri' ? SRI_SECOND : SITI_SECOND)] : womanWords())),
      birthDate(base, base + 3),
      { group: 'sisters' },
    );
    const b = addPerson(
      h,
      'F',
      uniqueWords(() => (first ? [first, pick(first === 'Sri' ? SRI_SECOND : SITI_SECOND)] : womanWords())),
      birthDate(base + 1, base + 9),
      { group: 'sisters' },
    );
    a.sister = b;
    b.sister = a;
  }
  // Spouses, each with a business of their own.
  for (let i = 0; i < 16; i++) {
    const h = newHousehold();
    const wife = addPerson(h, 'F', uniqueWords(womanWords), birthDate(1962, 1995), { group: 'spouses' });
    const husband = addPerson(h, 'M', menWords(), birthDate(wife.birth.y - 6, wife.birth.y + 1), {
      group: 'spouses',
    });
    wife.husband = husband;
    husband.wife = wife;
  }
  // Ordinary single owners.
  const singles = [];
  for (let i = 0; i < 457; i++) {
    const h = newHousehold();
    singles.push(addPerson(h, 'F', uniqueWords(womanWords), birthDate(1956, 2000)));
  }
  // Namesakes: a second woman with the very same name, elsewhere or (sometimes) in the same kelurahan.
  for (const original of shuffle(singles).slice(0, 22)) {
    const sameKel = chance(0.3);
    const h = newHousehold(
      sameKel ? original.household.kel : pick(KELURAHAN.filter((k) => k !== original.household.kel)),
    );
    if (sameKel && h.street === original.household.street && h.rt === original.household.rt)
      h.rt = (h.rt % 12) + 1;
    const twin = addPerson(h, 'F', original.words.slice(), birthDate(1956, 2000), { group: 'namesakes' });
    original.group = 'namesakes';
    original.namesake = twin;
    twin.namesake = original;
  }
  // Husbands who own nothing but sign forms for their wives' businesses.
  for (const wife of shuffle(singles.filter((p) => p.group === 'single' && p.birth.y < 1988)).slice(0, 26)) {
    const husband = addPerson(
      wife.household,
      'M',
      menWords(),
      birthDate(wife.birth.y - 7, wife.birth.y + 1),
      {
        role: 'filer',
        group: 'filer-husband',
      },
    );
    wife.husband = husband;
    husband.wife = wife;
  }
  // Women heading their household (KRTP): no husband on record, and about half of those.
  for (const p of people) p.krtp = p.sex === 'F' && !p.husband && chance(0.55);
  // Keys in a shuffled order, so that a key says nothing about the household.
  shuffle(people).forEach((p, i) => {
    p.key = `P${pad(i + 1, 4)}`;
  });
}

const businesses = [];
const usedProducerSerials = new Set();

// A Javanese call name from a name word: Aminah -> Minah, Wahyuni -> Yuni, Sulastri -> Lastri.
function callName(word) {
  const w = word.replace(/[^A-Za-z]/g, '');
  const vowelStarts = [];
  for (let i = 0; i < w.length; i++) {
    if (/[aiueo]/i.test(w[i]) && (i === 0 || !/[aiueo]/i.test(w[i - 1]))) vowelStarts.push(i);
  }
  if (vowelStarts.length < 2) return w;
  const v = vowelStarts[vowelStarts.length - 2];
  const start = v > 0 ? v - 1 : 0;
  const nick = w.slice(start);
  return nick[0].toUpperCase() + nick.slice(1).toLowerCase();
}

function pickProduct(person, kel) {
  if (person.sex === 'M') return pick(MEN_PRODUCTS);
  const sentra = SENTRA[kel.name];
  if (sentra && chance(0.5)) return pick(sentra);
  return weighted(PRODUCTS.filter((p) => !MEN_PRODUCTS.slice(0, 3).includes(p.key)).map((p) => [p.key, p.w]));
}

function titleCaseWord(w) {
  return w
    .split(' ')
    .map((x) => x[0].toUpperCase() + x.slice(1))
    .join(' ');
}

function brandFor(person, productKey, sharedWord) {
  const product = PRODUCT.get(productKey);
  const nick = callName(person.words[person.words.length - 1]);
  const suffixes = product.food || productKey === 'catering' ? FOOD_SUFFIX : CRAFT_SUFFIX;
  // a brand and a suffix, never "Citra Rasa Rasa"
  const withSuffix = (brand) => `${brand} ${pick(suffixes.filter((x) => !brand.endsWith(x)))}`;
  if (sharedWord) return withSuffix(sharedWord);
  if (person.sex === 'M') {
    return weighted([
      [`UD. ${pick(BRANDS)}`, 3],
      [`${titleCaseWord(productKey)} Pak ${callName(person.words[0])}`, 3],
      [withSuffix(pick(BRANDS)), 2],
    ]);
  }
  return weighted([
    [pick(BRANDS), 30],
    [withSuffix(pick(BRANDS)), 25],
    [`${pick(['Dapur', 'Pawon', 'Omah'])} ${nick}`, 15],
    [`${titleCaseWord(productKey.split(' ')[0])} Bu ${nick}`, 20],
    [withSuffix(nick), 10],
  ]);
}

// The word of a business name that carries its identity: "Kue Bu Tini" -> Tini, "Dapur Minah" -> Minah.
function brandWord(name) {
  const bu = /\b(?:Bu|Pak) (\S+)/.exec(name);
  if (bu) return bu[1];
  return name.replace(/^(UD\.|Dapur|Pawon|Omah) /, '').split(' ')[0];
}

function turnover() {
  // log-normal around Rp 3 juta a month, rounded the way owners answer
  const z = Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
  const v = Math.exp(Math.log(3_000_000) + 0.8 * z);
  const clipped = Math.min(45_000_000, Math.max(400_000, v));
  const step = clipped < 2_000_000 ? 50_000 : clipped < 10_000_000 ? 250_000 : 1_000_000;
  return Math.round(clipped / step) * step;
}

function addBusiness(owner, productKey, brandName) {
  const product = PRODUCT.get(productKey);
  const sides = SIDE_PRODUCTS[productKey]
    ? shuffle(SIDE_PRODUCTS[productKey]).slice(0, wnum({ 0: 4, 1: 4, 2: 2 }))
    : [];
  const money = turnover();
  const level =
    money > 12_000_000 && chance(0.6) ? 'IR 3' : money > 4_000_000 && chance(0.55) ? 'IR 2' : 'IR 1';
  const business = {
    key: '',
    owner,
    product: productKey,
    sides,
    name: brandName,
    workers: wnum({ 1: 30, 2: 30, 3: 18, 4: 10, 5: 6, 6: 3, 8: 2, 10: 1 }),
    turnover: money,
    level,
    startYear: int(Math.max(1995, owner.birth.y + 18), 2024),
    nib: chance(0.1) ? `91200${pad(int(0, 99_999_999), 8)}` : null,
    pirt: [],
    files: new Set(),
    filedByHusband: new Set(),
  };
  // P-IRT certificates: one per product; region and producer digits shared.
  if (product.food && chance(0.38)) {
    let serial;
    do serial = pad(int(1, 9999), 4);
    while (usedProducerSerials.has(serial));
    usedProducerSerials.add(serial);
    const certProducts = [productKey, ...sides].slice(0, wnum({ 1: 6, 2: 3, 3: 1 }));
    certProducts.forEach((label, i) => {
      const issued = int(2020, 2025);
      const digits13 = `${product.pack}${product.food}3573${pad(i + 1, 2)}${serial}`;
      business.pirt.push({
        product: label,
        issued: { y: issued, m: int(1, issued === 2025 ? 9 : 12), d: int(1, 28) },
        number: `${digits13}-${pad((issued + 5) % 100, 2)}`,
      });
    });
  }
  businesses.push(business);
  owner.businesses.push(business);
  return business;
}

function buildBusinesses() {
  const owners = people.filter((p) => p.role === 'owner');
  for (const person of owners) {
    const kel = person.household.kel;
    let first;
    if (person.group === 'mother-daughter' && person.mother && person.mother.businesses.length) {
      // the daughter: often the mother's trade, sometimes her brand word
      const mom = person.mother.businesses[0];
      const sameTrade = chance(0.7);
      const productKey = sameTrade ? mom.product : pickProduct(person, kel);
      const shareBrand = sameTrade && mom.name && chance(0.35) ? brandWord(mom.name) : null;
      first = addBusiness(person, productKey, chance(0.85) ? brandFor(person, productKey, shareBrand) : null);
    } else if (person.group === 'sisters' && person.sister.businesses.length && chance(0.5)) {
      const other = person.sister.businesses[0];
      first = addBusiness(person, other.product, chance(0.85) ? brandFor(person, other.product, null) : null);
    } else {
      const productKey = pickProduct(person, kel);
      first = addBusiness(person, productKey, chance(0.8) ? brandFor(person, productKey, null) : null);
    }
    // Some women run two or three businesses (different products, sometimes one brand word).
    const more = person.sex === 'M' ? (chance(0.05) ? 1 : 0) : wnum({ 0: 80, 1: 17, 2: 3 });
    for (let i = 0; i < more; i++) {
      let productKey;
      do productKey = pickProduct(person, kel);
      while (person.businesses.some((b) => b.product === productKey));
      const shared = first.name && chance(0.4) ? brandWord(first.name) : null;
      addBusiness(person, productKey, chance(0.85) ? brandFor(person, productKey, shared) : null);
    }
  }
  // keys in a shuffled order, like people's
  shuffle(businesses).forEach((b, i) => {
    b.key = `B${pad(i + 1, 4)}`;
  });
}

// Which office lists which business (1-4 files; the P-IRT register only for certified food businesses).
function assignFiles() {
  const p = { F1: 0.62, F2: 0.45, F4: 0.33, F5: 0.55 };
  for (const b of businesses) {
    for (const f of ['F1', 'F2', 'F4', 'F5']) if (chance(p[f])) b.files.add(f);
    if (b.pirt.length && chance(0.92)) b.files.add('F3');
    if (b.files.size === 0) b.files.add(wkey({ F1: 6, F2: 4, F4: 3, F5: 5 }));
    if (b.files.size > 4) b.files.delete(pick(['F1', 'F2', 'F4', 'F5']));
    // A husband signs some forms: P-IRT applications most, surveys sometimes.
    const husband = b.owner.husband;
    if (husband) {
      if (b.files.has('F3') && chance(0.5)) b.filedByHusband.add('F3');
      if (b.files.has('F5') && chance(0.12)) b.filedByHusband.add('F5');
      if (b.files.has('F1') && chance(0.07)) b.filedByHusband.add('F1');
    }
  }
  // A husband on record only for signing signs at least once.
  for (const husband of people.filter((p) => p.role === 'filer')) {
    const own = husband.wife.businesses;
    if (own.some((b) => b.filedByHusband.size)) continue;
    const b = own[0];
    const file = ['F3', 'F5', 'F1'].find((f) => b.files.has(f)) ?? 'F5';
    b.files.add(file);
    b.filedByHusband.add(file);
  }
}

// ---------------------------------------------------------------------------------------------------
// Noise: how clerks write names, NIKs, dates, addresses and money

const OLD_SPELLING = [
  [/([bcdfghjklmnprstwy])u/i, '$1oe'],
  [/j/i, 'dj'],
  [/c/i, 'tj'],
  [/([aiueo])y([aiueo])/i, '$1j$2'],
  [/sy/i, 'sj'],
  [/kh/i, 'ch'],
];
function oldSpelling(word) {
  const rules = OLD_SPELLING.filter(([re]) => re.test(word));
  if (!rules.length) return word;
  const [re, to] = pick(rules);
  const out = word.replace(re, to);
  // keep the capital of the original first letter
  return word[0] === word[0].toUpperCase() ? out[0].toUpperCase() + out.slice(1) : out;
}

// keys a finger slips to, as letter:neighbours
const NEAR_KEYS = Object.fromEntries(
  tableOf(`a:sq i:uoy u:iy e:wr o:ip n:mb m:n h:gj r:et t:ry s:ad k:jl`).map((x) => x.split(':')),
);
function typo(word) {
  if (word.length < 4) return word;
  const i = int(1, word.length - 2);
  const c = word[i];
  const kind = wkey({ double: 3, drop: 2, swap: 2, near: 3 });
  if (kind === 'double' && /[a-z]/i.test(c)) return word.slice(0, i) + c + word.slice(i);
  if (kind === 'drop') return word.slice(0, i) + word.slice(i + 1);
  if (kind === 'swap' && word[i + 1] && word[i + 1] !== c)
    return word.slice(0, i) + word[i + 1] + c + word.slice(i + 2);
  const near = NEAR_KEYS[c.toLowerCase()];
  if (near) return word.slice(0, i) + pick(near.split('')) + word.slice(i + 1);
  return word.slice(0, i) + c + word.slice(i);
}

// opts: probabilities {title, degree, typo, dropMiddle, old, upper, lower}
function renderName(person, opts) {
  const words = person.words.slice();
  if (words.length >= 3 && chance(opts.dropMiddle ?? 0.15)) words.splice(1, 1);
  if (chance(opts.old ?? 0.06)) {
    const i = int(0, words.length - 1);
    words[i] = oldSpelling(words[i]);
  }
  if (chance(opts.typo ?? 0.06)) {
    const i = int(0, words.length - 1);
    words[i] = typo(words[i]);
  }
  if (person.words[0] === 'Moch.' && chance(0.5)) words[0] = pick(['Mochammad', 'Moh.', 'M.']);
  let name = words.join(' ');
  if (person.title && chance(opts.title ?? 0.5)) name = `${person.title} ${name}`;
  if (person.degree && chance(opts.degree ?? 0.5)) name = `${name}, ${person.degree}`;
  if (chance(opts.upper ?? 0)) name = name.toUpperCase();
  else if (chance(opts.lower ?? 0)) name = name.toLowerCase();
  return name;
}

function nikParts(nik) {
  return {
    dd: Number(nik.slice(6, 8)),
    mm: Number(nik.slice(8, 10)),
    yy: Number(nik.slice(10, 12)),
    serial: Number(nik.slice(12, 16)),
  };
}
function nikIsValid(nik) {
  if (!/^\d{16}$/.test(nik)) return false;
  const { dd, mm, yy, serial } = nikParts(nik);
  const day = dd > 40 ? dd - 40 : dd;
  if (dd > 71 || (dd > 31 && dd < 41)) return false;
  const year = yy > 25 ? 1900 + yy : 2000 + yy;
  return validDate(year, mm, day) && serial > 0;
}

const noisyNiks = new Map(); // typed NIK -> person key, to keep slips from meeting another person's NIK
function slipNik(nik, owner, kind) {
  for (let tries = 0; tries < 60; tries++) {
    let out;
    if (kind === 'swap') {
      const i = int(4, 14);
      if (nik[i] === nik[i + 1]) continue;
      out = nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
    } else {
      const i = int(4, 15);
      const d = String((Number(nik[i]) + int(1, 9)) % 10);
      out = nik.slice(0, i) + d + nik.slice(i + 1);
    }
    if (!nikIsValid(out) || usedNiks.has(out)) continue;
    const seen = noisyNiks.get(out);
    if (seen && seen !== owner) continue;
    noisyNiks.set(out, owner);
    return out;
  }
  return nik;
}

// The number Excel keeps when a 16-digit NIK is typed into a number cell (15 significant digits).
function nikAsExcelNumber(nik) {
  const truncated = `${nik.slice(0, 15)}0`;
  if (truncated.endsWith('0000') || (usedNiks.has(truncated) && truncated !== nik)) return null;
  return Number(truncated);
}
// How Excel (Indonesian locale) shows such a number in General format.
function nikAsScientific(nik) {
  return `${nik[0]},${nik.slice(1, 6)}E+15`;
}

// A written NIK for a person: text, spaced, dotted, with apostrophe, slipped, or missing.
// Returns {text, mode}; mode 'number' means the caller writes nikAsExcelNumber.
function writtenNik(person, weights) {
  const mode = weighted(Object.entries(weights));
  const nik = person.nik;
  switch (mode) {
    case 'missing':
      return { text: '', mode };
    case 'dash':
      return { text: '-', mode };
    case 'spaced':
      return { text: `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`, mode };
    case 'dotted':
      return {
        text: `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`,
        mode,
      };
    case 'apostrophe':
      return { text: `'${nik}`, mode };
    case 'typo':
      return { text: slipNik(nik, person.key, 'digit'), mode };
    case 'swap':
      return { text: slipNik(nik, person.key, 'swap'), mode };
    case 'number':
      return nikAsExcelNumber(nik) === null ? { text: nik, mode: 'text' } : { text: nik, mode };
    case 'scientific':
      return nikAsExcelNumber(nik) === null
        ? { text: nik, mode: 'text' }
        : { text: nikAsScientific(nik), mode };
    default:
      return { text: nik, mode: 'text' };
  }
}

function dateText(b, form) {
  const { y, m, d } = b;
  switch (form) {
    case 'dmy-slash':
      return `${pad(d, 2)}/${pad(m, 2)}/${y}`;
    case 'dmy-dash':
      return `${pad(d, 2)}-${pad(m, 2)}-${y}`;
    case 'd-mon-y':
      return `${d}-${MONTHS_SHORT[m - 1]}-${y}`;
    case 'long':
      return `${d} ${MONTHS[m - 1]} ${y}`;
    case 'iso':
      return `${y}-${pad(m, 2)}-${pad(d, 2)}`;
    default:
      return `${d}/${m}/${y}`;
  }
}
const utcDate = (b) => new Date(Date.UTC(b.y, b.m - 1, b.d));

function rtRwText(h, form) {
  switch (form) {
    case 'slash3':
      return `${pad(h.rt, 3)}/${pad(h.rw, 3)}`;
    case 'slash2':
      return `${pad(h.rt, 2)}/${pad(h.rw, 2)}`;
    case 'slash1':
      return `${h.rt}/${h.rw}`;
    case 'words':
      return `RT ${pad(h.rt, 2)} RW ${pad(h.rw, 2)}`;
    case 'dots':
      return `RT.${pad(h.rt, 3)}/RW.${pad(h.rw, 3)}`;
    default:
      return `Rt ${h.rt}/Rw ${h.rw}`;
  }
}

// Street part of an address, optionally with RT/RW inside it.
function streetText(h, { withRtRw = false, upper = false } = {}) {
  const jl = wkey({ 'Jl.': 6, 'Jln.': 2, Jalan: 1, 'JL.': 1 });
  let s = `${jl} ${h.street}`;
  if (h.gang) s += [` Gg. ${h.gang}`, ` Gang ${h.gang}`, ` gg ${h.gang}`][wnum({ 0: 6, 1: 2, 2: 1 })];
  s += [` No. ${h.no}`, ` no ${h.no}`, ` No.${h.no}`, ` ${h.no}`][wnum({ 0: 6, 1: 2, 2: 1, 3: 1 })];
  if (withRtRw) s += ` ${rtRwText(h, pick(['words', 'dots', 'rtrw', 'slash2']))}`;
  return upper ? s.toUpperCase() : s;
}

function kelText(kel, { variant = 0.35, prefix = 0.1, upper = 0 } = {}) {
  let s = chance(variant) ? pick(kel.variants) : kel.name;
  if (chance(prefix)) s = `${pick(['Kel.', 'Kel', 'Kelurahan'])} ${s}`;
  if (chance(upper)) s = s.toUpperCase();
  return s;
}

function phoneText(phone, form) {
  if (!phone) return '';
  const rest = phone.slice(1);
  switch (form) {
    case 'dashed':
      return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
    case 'plus62':
      return `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`;
    case '62':
      return `62${rest}`;
    default:
      return phone;
  }
}

const rupiah = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
const juta = (n) => {
  const v = Math.round((n / 1_000_000) * 100) / 100;
  return String(v).replace('.', ',');
};

function productText(b, withSides = 0.5) {
  const main = PRODUCT.get(b.product).label;
  const sides = b.sides.length && chance(withSides) ? b.sides.slice(0, int(1, b.sides.length)) : [];
  return [main.replace(/ \/.*$/, '').replace(/ \(.*\)$/, ''), ...sides].join(', ');
}

function businessNameText(b, { upper = 0, noise = 0.15 } = {}) {
  if (!b.name) return '';
  let s = b.name;
  if (chance(noise)) {
    s = weighted([
      [s.replace(/^UD\. /, ''), 2],
      [s.startsWith('UD.') ? s : `UD. ${s}`, 1],
      [
        `${s} ${pick(['Home Industri', 'Snack & Cake', 'Malang'])}`.replace(
          /^(.*) Home Industri$/,
          'Home Industri $1',
        ),
        1,
      ],
      [/ (Bu|Pak|Dapur|Pawon|Omah|UD\.) \S+$/.test(s) || !s.includes(' ') ? s : s.replace(/ \S+$/, ''), 2],
      [
        s
          .split(' ')
          .map((w, i) => (i === 0 ? typo(w) : w))
          .join(' '),
        1,
      ],
    ]);
  }
  if (chance(upper)) s = s.toUpperCase();
  return s;
}

// ---------------------------------------------------------------------------------------------------
// Rows: who is named, which business, and outsiders whose rows must be refused

// One subject per data row. `person` is the person named in the row, `business` the business described.
function subjectsFor(fileId) {
  const out = [];
  for (const b of businesses) {
    if (!b.files.has(fileId)) continue;
    if (fileId === 'F3') {
      for (const cert of b.pirt) {
        // the first application under his name; renewals and later products by either of them
        const byHusband = b.filedByHusband.has('F3') && (cert === b.pirt[0] || chance(0.5));
        out.push({ person: byHusband ? b.owner.husband : b.owner, business: b, cert, byHusband });
      }
    } else {
      const byHusband = b.filedByHusband.has(fileId);
      out.push({ person: byHusband ? b.owner.husband : b.owner, business: b, byHusband });
    }
  }
  return out;
}

let outsiderCount = 0;
const DEFECTS = {
  F1: ['nik-length', 'nik-letters', 'nik-date', 'outside', 'noname', 'turnover-neg', 'turnover-absurd'],
  F2: ['nik-length', 'nik-letters', 'nik-date', 'outside', 'turnover-absurd', 'turnover-neg'],
  F3: ['nik-length', 'nik-letters', 'nik-date', 'outside', 'noname', 'turnover-absurd', 'turnover-neg'],
  F4: ['nik-length', 'nik-date', 'outside', 'noname', 'turnover-neg'],
  F5: ['nik-length', 'nik-letters', 'nik-date', 'outside', 'noname', 'turnover-neg', 'turnover-absurd'],
};

function badNik(valid, defect) {
  if (defect === 'nik-length') return chance(0.6) ? valid.slice(0, 15) : `${valid}${int(0, 9)}`;
  if (defect === 'nik-letters') {
    const i = valid.indexOf('0', 6) >= 0 ? valid.indexOf('0', 6) : 12;
    return valid.slice(0, i) + pick(['O', 'o', 'I', 'l']) + valid.slice(i + 1);
  }
  // an impossible birth date inside the NIK
  const dd = pick(['00', '72', '35', '71', '44']);
  const mm = dd === '71' ? '02' : dd === '44' ? pick(['13', '00']) : valid.slice(8, 10);
  return valid.slice(0, 6) + dd + mm + valid.slice(10);
}

// An outsider: a person and a business found nowhere else, with one defect that makes the row bad.
function makeOutsider(defect) {
  outsiderCount += 1;
  let household;
  if (defect === 'outside') {
    const o = pick(OUTSIDE);
    const kel = {
      name: o.kel,
      kec: o.kec,
      variants: [o.kel],
      streets: [o.street],
      outside: true,
      code: null,
    };
    household = makeHousehold(0, kel);
  } else {
    household = makeHousehold(0);
  }
  const birth = birthDate(1960, 1998);
  const person = {
    key: `PX${pad(outsiderCount, 3)}`,
    sex: 'F',
    words: uniqueWords(womanWords),
    title: null,
    degree: chance(0.1) ? pick(WOMEN_DEGREES) : null,
    birth,
    nik: '',
    phone: phoneNumber(),
    household,
    krtp: chance(0.4),
    husband: null,
    businesses: [],
  };
  const region =
    defect === 'outside' ? pick(['350719', '350718', '357901', '350717']) : `3573${pick(KECAMATAN).nikCode}`;
  let nik;
  do
    nik = `${region}${pad(birth.d + 40, 2)}${pad(birth.m, 2)}${pad(birth.y % 100, 2)}${pad(int(10, 3000), 4)}`;
  while (usedNiks.has(nik));
  usedNiks.add(nik);
  person.nik = nik;
  const productKey = weighted(PRODUCTS.map((p) => [p.key, p.w]));
  const product = PRODUCT.get(productKey);
  const business = {
    key: `BX${pad(outsiderCount, 3)}`,
    owner: person,
    product: productKey,
    sides: [],
    name: chance(0.8) ? brandFor(person, productKey, null) : null,
    workers: int(1, 4),
    turnover: turnover(),
    level: 'IR 1',
    nib: null,
    pirt: [],
    files: new Set(),
    filedByHusband: new Set(),
  };
  const serial = pad(int(1, 9999), 4);
  const issued = int(2020, 2025);
  business.pirt.push({
    product: productKey,
    issued: { y: issued, m: int(1, issued === 2025 ? 9 : 12), d: int(1, 28) },
    number: `${product.pack || 2}${product.food || '09'}357301${serial}-${pad((issued + 5) % 100, 2)}`,
  });
  const bad = {};
  if (defect.startsWith('nik-')) bad.nik = badNik(nik, defect);
  if (defect === 'noname') bad.noName = true;
  if (defect === 'turnover-neg') bad.turnover = -int(5, 40) * 100_000;
  if (defect === 'turnover-absurd')
    bad.turnover = pick([5_000_000_000_000, 25_000_000_000_000, 5_500_000_000_000]);
  person.businesses.push(business);
  return { person, business, cert: business.pirt[0], bad, defect, rejected: true };
}

function withOutsiders(fileId, subjects, rate = 0.025) {
  const n = Math.max(4, Math.round(subjects.length * rate));
  const defects = [];
  while (defects.length < n) defects.push(...shuffle(DEFECTS[fileId]));
  const list = subjects.slice();
  for (const defect of defects.slice(0, n)) list.splice(int(0, list.length), 0, makeOutsider(defect));
  return list;
}

// What a row says about its subject, shared by all renderers.
const nameOf = (s, opts) => (s.bad?.noName ? '' : renderName(s.person, opts));
const moneyOf = (s) => s.bad?.turnover ?? s.business.turnover;
const kecOf = (s) => s.person.household.kel.kec;
function nikOf(s, weights) {
  if (s.bad?.nik) return { text: s.bad.nik, mode: 'text' };
  return writtenNik(s.person, weights);
}

// ---------------------------------------------------------------------------------------------------
// Sheet model shared by the writers: rows[i] is sheet row i+1.
//   { kind: 'header' | 'skip' | 'ok' | 'rejected' | 'blank', cells: [...], probe, subject }
// A cell is a string, a number, null, or an object:
//   { date: Date, fmt } | { formula, result, fmt } | { number, fmt } | { text, wrap, bold }

const FIXED_TIME = new Date(Date.UTC(2025, 9, 15, 1, 30, 0));

// probe: text the row must show when read back (the name, mostly); defect: for a refused row, the
// text that shows its defect (the bad NIK, the outside kelurahan, the turnover as written)
function dataRow(subject, cells, probe, moneyShown) {
  const row = { kind: subject.rejected ? 'rejected' : 'ok', subject, cells, probe };
  const bad = subject.bad ?? {};
  if (bad.nik) row.defect = bad.nik;
  else if (subject.defect === 'outside') row.defect = subject.person.household.kel.name;
  else if (bad.turnover !== undefined) row.defect = moneyShown;
  return row;
}
const skipRow = (cells, probe) => ({
  kind: 'skip',
  cells,
  probe: probe ?? cells.find((c) => typeof c === 'string' && c),
});
const blankRow = () => ({ kind: 'blank', cells: [] });
const headerRow = (cells) => ({ kind: 'header', cells });

function cellValue(spec) {
  if (spec === null || spec === undefined || spec === '') return null;
  if (typeof spec === 'string' || typeof spec === 'number') return spec;
  if (spec.date) return spec.date;
  if (spec.formula) return { formula: spec.formula, result: spec.result };
  if ('number' in spec) return spec.number;
  if ('text' in spec) return spec.text === '' ? null : spec.text;
  return null;
}

function putRows(ws, rows, { wrapCols = [], fmtCols = {} } = {}) {
  rows.forEach((row, i) => {
    row.cells.forEach((spec, c) => {
      const value = cellValue(spec);
      if (value === null) return;
      const cell = ws.getCell(i + 1, c + 1);
      cell.value = value;
      const fmt = spec?.fmt ?? (spec?.date ? 'dd/mm/yyyy' : fmtCols[c + 1]);
      if (fmt && (typeof value === 'number' || spec?.date || spec?.formula)) cell.numFmt = fmt;
      if (spec?.wrap || wrapCols.includes(c + 1)) cell.alignment = { wrapText: true, vertical: 'top' };
      if (spec?.bold || row.kind === 'header') cell.font = { bold: true };
    });
  });
}

// exceljs stamps zip entries with the current time: repack with a fixed one so output is reproducible.
// With inline: every shared string is moved into its cell (t="inlineStr"), as streaming writers of web
// apps produce, and the shared-string part is dropped.
async function repack(buffer, { inline = false } = {}) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  let strings = [];
  if (inline && src.files['xl/sharedStrings.xml']) {
    const sst = await src.file('xl/sharedStrings.xml').async('string');
    strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  }
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir || (inline && name === 'xl/sharedStrings.xml')) continue;
    let data = await entry.async('nodebuffer');
    if (inline && name.startsWith('xl/worksheets/sheet')) {
      data = data
        .toString('utf8')
        .replace(
          /<c r="([A-Z]+\d+)"( s="\d+")? t="s"><v>(\d+)<\/v><\/c>/g,
          (_, ref, style, id) =>
            `<c r="${ref}"${style ?? ''} t="inlineStr"><is>${strings[Number(id)]}</is></c>`,
        );
    } else if (inline && (name === 'xl/_rels/workbook.xml.rels' || name === '[Content_Types].xml')) {
      data = data
        .toString('utf8')
        .replace(/<Relationship [^>]*Target="sharedStrings.xml"\/>/, '')
        .replace(/<Override PartName="\/xl\/sharedStrings.xml"[^>]*\/>/, '');
    }
    out.file(name, data, { date: FIXED_TIME, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

function newWorkbook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_TIME;
  wb.modified = FIXED_TIME;
  return wb;
}

// ---------------------------------------------------------------------------------------------------
// File 1: DP3AP2KB survey, typed in Excel by a clerk

// header text ("\n" is a line break typed with Alt+Enter) : column width
const F1_COLUMNS = `
  No:5 | Nama\\nPemilik:26 | NIK:20 | Tgl\\nLahir:12 | Umur\\n(th):6 | Alamat:34 | Kelurahan:15 | kode_kel:14 | Kecamatan:14 | Nama\\nUsaha:22 | Jenis\\nProduk:24 | Tenaga\\nKerja:8 | Omzet\\n(Rp/bulan):14 | Level\\nIR:7 | No. HP:15 | Ket.:16
`
  .trim()
  .split(' | ')
  .map((col) => [col.split(':')[0].replace(/\\n/g, '\n'), Number(col.split(':')[1])]);
const F1_SECTIONS = ['Blimbing', 'Klojen', 'Kedungkandang', 'Lowokwaru', 'Sukun'];

function f1Row(s, no, r) {
  const { person, business } = s;
  const nik = nikOf(s, {
    text: 42,
    apostrophe: 6,
    spaced: 6,
    dotted: 2,
    number: 8,
    scientific: 3,
    typo: 3,
    swap: 2,
    missing: 22,
    dash: 6,
  });
  let nikCell = nik.text;
  if (nik.mode === 'number') nikCell = { number: nikAsExcelNumber(person.nik), fmt: '0' };
  if (nik.mode === 'scientific') nikCell = { number: nikAsExcelNumber(person.nik) };
  const birthForm = wkey({ date: 45, 'd-mon-y': 14, long: 12, 'dmy-slash': 9, none: 20 });
  let birthCell = null;
  let ageCell = null;
  const age = 2025 - person.birth.y;
  if (birthForm === 'date') {
    birthCell = { date: utcDate(person.birth), fmt: chance(0.7) ? 'dd/mm/yyyy' : 'd-mmm-yy' };
    ageCell = { formula: `2025-YEAR(D${r})`, result: age, fmt: '0' };
  } else if (birthForm !== 'none') {
    birthCell = dateText(person.birth, birthForm);
    if (chance(0.7)) ageCell = age;
  }
  const h = person.household;
  const kel = h.kel.outside ? h.kel.name : kelText(h.kel, { variant: 0.3, prefix: 0.12, upper: 0.12 });
  const known = KELURAHAN.find((k) => k.name.toLowerCase() === kel.toLowerCase());
  const kodeCell = {
    formula: `VLOOKUP(G${r},Ref!$A$2:$B$58,2,FALSE)`,
    result: known ? known.code : { error: '#N/A' },
  };
  const kec = h.kel.outside ? h.kel.kec : chance(0.1) ? `Kec. ${h.kel.kec}` : h.kel.kec;
  const phone = person.phone
    ? weighted([
        [phoneText(person.phone, 'plain'), 5],
        [phoneText(person.phone, 'dashed'), 2],
        [{ number: Number(person.phone) }, 3],
      ])
    : null;
  let ket = '';
  if (s.byHusband && chance(0.4)) ket = pick(['diwakili suami', 'usaha istri', 'a.n. istri']);
  else if (business.pirt.length && chance(0.2)) ket = 'Sudah P-IRT';
  else if (person.krtp && chance(0.25)) ket = 'KRTP';
  const upper = chance(0.3);
  const name = nameOf(s, { title: 0.7, degree: 0.6, upper: upper ? 1 : 0 });
  const cells = [
    no,
    name,
    nikCell,
    birthCell,
    ageCell,
    streetText(h, { withRtRw: chance(0.8), upper }),
    kel,
    kodeCell,
    kec,
    businessNameText(business, { upper: upper ? 0.8 : 0 }) || '-',
    productText(business, 0.5),
    business.workers,
    { number: moneyOf(s), fmt: '#,##0' },
    [business.level, business.level.replace(' ', ''), business.level.slice(-1)][wnum({ 0: 6, 1: 2, 2: 2 })],
    phone,
    ket,
  ];
  return dataRow(s, cells, name || cells[9], String(moneyOf(s)));
}

async function writeF1(outdir) {
  const subjects = withOutsiders('F1', subjectsFor('F1'));
  const width = F1_COLUMNS.length;
  const rows = [
    skipRow(['PEMERINTAH KOTA MALANG']),
    skipRow([
      'DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA',
    ]),
    skipRow(['DATA PENDATAAN INDUSTRI RUMAHAN (IR) KOTA MALANG TAHUN 2025']),
    skipRow(['Keadaan s.d. 30 September 2025']),
    blankRow(),
    headerRow(F1_COLUMNS.map(([h]) => h)),
    skipRow(
      F1_COLUMNS.map((_, i) => i + 1),
      '1',
    ),
  ];
  const sectionOf = (s) => {
    const kec = kecOf(s);
    return F1_SECTIONS.includes(kec) ? kec : pick(['Lowokwaru', 'Sukun', 'Blimbing']);
  };
  const bySection = new Map(F1_SECTIONS.map((k) => [k, []]));
  for (const s of subjects) bySection.get(sectionOf(s)).push(s);
  const kelOrder = (s) => KELURAHAN.indexOf(s.person.household.kel);
  let no = 0;
  const subtotalRows = [];
  F1_SECTIONS.forEach((kec, si) => {
    // door to door: kelurahan, then household
    const list = bySection
      .get(kec)
      .map((s, i) => ({ s, i }))
      .sort(
        (a, b) =>
          kelOrder(a.s) - kelOrder(b.s) || a.s.person.household.id - b.s.person.household.id || a.i - b.i,
      )
      .map((x) => x.s);
    rows.push(skipRow([`${'ABCDE'[si]}. KECAMATAN ${kec.toUpperCase()}`]));
    const first = rows.length + 1;
    for (const s of list) rows.push(f1Row(s, ++no, rows.length + 1));
    const last = rows.length;
    const sumOf = (col) =>
      rows
        .slice(first - 1, last)
        .reduce((t, r) => t + (typeof cellValue(r.cells[col]) === 'number' ? cellValue(r.cells[col]) : 0), 0);
    const cells = new Array(width).fill(null);
    cells[1] = `Jumlah Kec. ${kec}`;
    cells[11] = { formula: `SUM(L${first}:L${last})`, result: sumOf(11) };
    cells[12] = { formula: `SUM(M${first}:M${last})`, result: sumOf(12), fmt: '#,##0' };
    rows.push(skipRow(cells));
    subtotalRows.push({ row: rows.length, workers: cells[11].result, money: cells[12].result });
  });
  const total = new Array(width).fill(null);
  total[1] = 'JUMLAH TOTAL';
  total[11] = {
    formula: subtotalRows.map((t) => `L${t.row}`).join('+'),
    result: subtotalRows.reduce((a, t) => a + t.workers, 0),
  };
  total[12] = {
    formula: subtotalRows.map((t) => `M${t.row}`).join('+'),
    result: subtotalRows.reduce((a, t) => a + t.money, 0),
    fmt: '#,##0',
  };
  rows.push(skipRow(total), blankRow());
  rows.push(skipRow([null, 'Keterangan:']));
  rows.push(skipRow([null, '- Level IR: IR 1 = Pemula, IR 2 = Berkembang, IR 3 = Maju']));
  rows.push(skipRow([null, '- NIK kosong: belum menunjukkan KTP saat pendataan']));
  rows.push(blankRow());
  const sign = (text) => {
    const cells = new Array(width).fill(null);
    cells[12] = text;
    return skipRow(cells);
  };
  rows.push(sign('Malang, 15 Oktober 2025'), sign('Kepala Dinas'), sign('DP3AP2KB Kota Malang'));
  rows.push(blankRow(), blankRow(), blankRow());
  rows.push(
    sign('Dra. ENDANG SRI WAHYUNI, M.Si'),
    sign('Pembina Utama Muda'),
    sign('NIP. 19680512 199303 2 007'),
  );

  const wb = newWorkbook('Operator IR DP3AP2KB');
  const ws = wb.addWorksheet('Data IR 2025', {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 6, topLeftCell: 'C7', activeCell: 'C7' }],
    pageSetup: { orientation: 'landscape', paperSize: 5, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  F1_COLUMNS.forEach(([, w], i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.getColumn(8).hidden = true; // kode_kel helper
  putRows(ws, rows, { wrapCols: [2, 6, 11] });
  for (let r = 1; r <= 4; r++) {
    ws.mergeCells(r, 1, r, width);
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    ws.getCell(r, 1).font = { bold: r < 4, size: r === 3 ? 14 : 11 };
  }
  ws.getRow(6).height = 32;
  for (let c = 1; c <= width; c++) {
    ws.getCell(6, c).alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
    ws.getCell(6, c).border = {
      top: { style: 'thin' },
      bottom: { style: 'thin' },
      left: { style: 'thin' },
      right: { style: 'thin' },
    };
    ws.getCell(7, c).alignment = { horizontal: 'center' };
  }
  rows.forEach((row, i) => {
    if (row.kind === 'skip' && /^[A-E]\. KECAMATAN/.test(row.probe)) ws.mergeCells(i + 1, 1, i + 1, width);
  });
  ws.autoFilter = { from: { row: 6, column: 1 }, to: { row: 6, column: width } };
  // the lookup table the hidden column reads
  const ref = wb.addWorksheet('Ref', { state: 'hidden' });
  ref.getCell(1, 1).value = 'kelurahan';
  ref.getCell(1, 2).value = 'kode';
  KELURAHAN.forEach((k, i) => {
    ref.getCell(i + 2, 1).value = k.name;
    ref.getCell(i + 2, 2).value = k.code;
  });
  const file = 'pendataan_ir_dp3ap2kb_2025.xlsx';
  writeFileSync(join(outdir, file), await repack(await wb.xlsx.writeBuffer()));
  return {
    file,
    source: 'DP3AP2KB Kota Malang (Bidang PPPA)',
    sheet: 'Data IR 2025',
    description:
      'Excel survey list: merged title rows 1-4, wrapped header with line breaks on row 6, numbering row 7, AutoFilter, frozen pane, hidden VLOOKUP helper column kode_kel, Umur formula (=2025-YEAR), kecamatan sections with =SUM subtotals, grand total, notes, signature block; birth dates as date cells or text; NIKs as text, apostrophe/spaced/dotted text or number cells (15 digits)',
    rows,
    format: 'xlsx',
  };
}

// ---------------------------------------------------------------------------------------------------
// File 2: Dinas Koperasi & UMKM list, two facts per cell

const F2_HEADER = `
  NO | NAMA / NIK | NAMA USAHA (PRODUK) | ALAMAT | RT/RW | KEL. | KEC. | NO. TELP/HP | OMSET/BLN (Rp) | JML TK | NIB | NIK (pemutakhiran) | KETERANGAN
`
  .trim()
  .split(' | ');
const F2_WIDTHS = [5, 34, 34, 32, 9, 16, 14, 15, 15, 7, 16, 20, 18];

function f2NameNik(s) {
  const upper = chance(0.75);
  const name = nameOf(s, { title: 0.4, degree: 0.55, upper: upper ? 1 : 0, typo: 0.07 });
  const nik = nikOf(s, { text: 40, spaced: 8, typo: 3, swap: 2, scientific: 4, missing: 43 });
  if (nik.mode === 'missing') {
    return { text: chance(0.7) ? name : `${name} / -`, name, hasNik: false };
  }
  const form = wkey({ slash: 40, break: 25, paren: 10, 'break-label': 10, 'slash-label': 15 });
  const n = nik.text;
  const text = {
    slash: `${name} / ${n}`,
    break: `${name}\n${n}`,
    paren: `${name} (NIK ${n})`,
    'break-label': `${name}\nNIK. ${n}`,
    'slash-label': `${name} / NIK: ${n}`,
  }[form];
  return { text: { text, wrap: form.startsWith('break') }, name, hasNik: true };
}

function f2BusinessCell(b) {
  const products = productText(b, 0.7);
  const brand = businessNameText(b, { upper: 0.5, noise: 0.15 });
  if (!brand) return chance(0.6) ? products[0].toUpperCase() + products.slice(1) : `(${products})`;
  return weighted([
    [`${brand} (${products})`, 60],
    [brand, 20],
    [`${brand} - ${products}`, 10],
    [
      brand.toLowerCase().startsWith(products.split(' ')[0].toLowerCase())
        ? `${brand} (${products})`
        : `${products[0].toUpperCase()}${products.slice(1)} "${brand}"`,
      10,
    ],
  ]);
}

function f2Row(s, no) {
  const { person, business } = s;
  const h = person.household;
  const combined = f2NameNik(s);
  const inStreet = chance(0.2);
  let rtrw = null;
  if (!inStreet) {
    const form = wkey({ slash3: 35, slash2: 30, slash1: 10, words: 15, 'excel-date': 4 });
    // "2/5" typed into a General cell: Excel made it the 2nd of May
    rtrw =
      form === 'excel-date'
        ? { date: new Date(Date.UTC(2025, h.rw - 1, h.rt)), fmt: 'd-mmm' }
        : rtRwText(h, form);
  }
  const kel = h.kel.outside
    ? h.kel.name.toUpperCase()
    : kelText(h.kel, { variant: 0.35, prefix: 0.05, upper: 0.7 });
  const money = moneyOf(s);
  const moneyCell = s.bad?.turnover
    ? { number: money, fmt: '#,##0' }
    : weighted([
        [{ number: money, fmt: '#,##0' }, 65],
        [`Rp ${rupiah(money)}`, 20],
        [`Rp. ${rupiah(money)},-`, 10],
        [null, 5],
      ]);
  let nikCell = null;
  if (!combined.hasNik && chance(0.45)) {
    const mode = wkey({ number: 45, scientific: 12, spaced: 18, apostrophe: 10, text: 15 });
    const asNumber = nikAsExcelNumber(person.nik);
    if ((mode === 'number' || mode === 'scientific') && asNumber !== null) {
      nikCell = { number: asNumber, fmt: mode === 'number' ? '0' : undefined };
    } else {
      nikCell = writtenNik(person, { [mode === 'number' || mode === 'scientific' ? 'text' : mode]: 1 }).text;
    }
  }
  const phone = person.phone
    ? chance(0.35)
      ? { number: Number(person.phone) }
      : phoneText(person.phone, pick(['plain', 'dashed']))
    : null;
  const cells = [
    no,
    combined.text,
    f2BusinessCell(business),
    streetText(h, { withRtRw: inStreet, upper: chance(0.6) }),
    rtrw,
    kel,
    h.kel.outside ? h.kel.kec.toUpperCase() : h.kel.kec.toUpperCase(),
    phone,
    moneyCell,
    business.workers,
    business.nib ? (chance(0.6) ? { number: Number(business.nib), fmt: '0' } : business.nib) : null,
    nikCell,
    wkey({
      '': 10,
      'Binaan 2024': 3,
      'Ikut bazar Ramadhan': 1,
      'Pelatihan digital marketing': 2,
      'Penerima BPUM': 1,
      'Kurasi produk': 1,
    }),
  ];
  return dataRow(s, cells, combined.name || undefined, String(money));
}

async function writeF2(outdir) {
  const subjects = withOutsiders('F2', subjectsFor('F2'));
  const kelKey = (s) => `${s.person.household.kel.name}`.toLowerCase();
  const ordered = subjects
    .map((s, i) => ({ s, i }))
    .sort((a, b) => (kelKey(a.s) < kelKey(b.s) ? -1 : kelKey(a.s) > kelKey(b.s) ? 1 : a.i - b.i))
    .map((x) => x.s);
  const width = F2_HEADER.length;
  const rows = [
    skipRow(['DATA UMKM BINAAN DINAS KOPERASI DAN USAHA MIKRO KOTA MALANG']),
    skipRow(['TAHUN 2025 (PROGRAM PEMBERDAYAAN USAHA MIKRO)']),
    blankRow(),
    headerRow(F2_HEADER),
  ];
  const firstData = rows.length + 1;
  const pageBreak = Math.floor(ordered.length * (0.5 + rnd() * 0.1));
  ordered.forEach((s, i) => {
    if (i === pageBreak) rows.push(skipRow(F2_HEADER.slice(), 'NAMA / NIK'));
    rows.push(f2Row(s, i + 1));
  });
  const lastData = rows.length;
  const sum = (col) =>
    rows
      .slice(firstData - 1, lastData)
      .filter((r) => r.kind !== 'skip')
      .reduce((t, r) => t + (typeof cellValue(r.cells[col]) === 'number' ? cellValue(r.cells[col]) : 0), 0);
  const total = new Array(width).fill(null);
  total[0] = 'JUMLAH';
  total[8] = { formula: `SUM(I${firstData}:I${lastData})`, result: sum(8), fmt: '#,##0' };
  total[9] = { formula: `SUM(J${firstData}:J${lastData})`, result: sum(9) };
  rows.push(skipRow(total), blankRow());
  const sign = (text) => {
    const cells = new Array(width).fill(null);
    cells[10] = text;
    return skipRow(cells);
  };
  rows.push(sign('Mengetahui,'), sign('Kepala Bidang Usaha Mikro'), blankRow(), blankRow());
  rows.push(sign('SUGENG HARIYANTO, SE, MM'), sign('NIP. 19700317 199703 1 004'));

  const wb = newWorkbook('Bidang UM Diskopindag');
  const ws = wb.addWorksheet('BINAAN 2025', { views: [{ state: 'frozen', ySplit: 4, topLeftCell: 'A5' }] });
  F2_WIDTHS.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  putRows(ws, rows, { wrapCols: [2, 3] });
  ws.mergeCells(1, 1, 1, width);
  ws.mergeCells(2, 1, 2, width);
  rows.forEach((row, i) => {
    if (row.kind === 'skip' && row.probe === 'JUMLAH') ws.mergeCells(i + 1, 1, i + 1, 8);
  });
  // a small chart-data sheet after the list, as offices keep
  const rekap = wb.addWorksheet('Rekap Kec');
  rekap.addRow(['Kecamatan', 'Jumlah UMKM']);
  for (const k of KECAMATAN) {
    rekap.addRow([
      k.name.toUpperCase(),
      {
        formula: `COUNTIF('BINAAN 2025'!G:G,"${k.name.toUpperCase()}")`,
        result: ordered.filter((s) => kecOf(s) === k.name).length,
      },
    ]);
  }
  const file = 'umkm_binaan_diskopukm_2025.xlsx';
  writeFileSync(join(outdir, file), await repack(await wb.xlsx.writeBuffer()));
  return {
    file,
    source: 'Dinas Koperasi dan Usaha Mikro Kota Malang',
    sheet: 'BINAAN 2025',
    description:
      'Excel list with two facts per cell: "NAMA / NIK" (slash, parentheses or a line break), "NAMA USAHA (PRODUK)", address over ALAMAT + RT/RW + KEL.; a later NIK column as number cells (16th digit lost) or spaced/apostrophe text; RT/RW turned into a date by Excel in a few rows; omset as numbers or "Rp 2.500.000" text; repeated header mid-sheet, total row, signature block; a "Rekap Kec" sheet after the list',
    rows,
    format: 'xlsx',
  };
}

// ---------------------------------------------------------------------------------------------------
// File 3: Dinas Kesehatan P-IRT register, saved by Excel as CSV (Windows-1252, CRLF)

const F3_HEADER = `
  No | No. SPP-IRT | Tgl Terbit | Nama Pemilik/Pemohon | NIK | Nama Usaha / Merek | Jenis Pangan | Berat Bersih | Alamat Produksi | Kelurahan | Kecamatan | Omzet/Bln (Juta Rp) | Modal Usaha (Rp) | Keterangan
`
  .trim()
  .split(' | ');
const F3_TRAILING = 3; // empty columns Excel keeps writing after the last used one
const F3_WEIGHTS = ['250 gr', '0,25 kg', '½ kg', '1 kg', '500 gr', '100 gr', '200 gr', '1,5 kg'];
const F3_DRINK_WEIGHTS = ['200 ml', '250 ml', '1 liter', '600 ml'];

function f3PirtText(number) {
  return weighted([
    [number, 70],
    [`P-IRT No. ${number}`, 8],
    [number.replace('-', ''), 12],
    [`${number.slice(0, 3)} ${number.slice(3, 7)} ${number.slice(7, 9)} ${number.slice(9)}`, 10],
  ]);
}

function f3Brand(b) {
  const name = businessNameText(b, { upper: 0.3, noise: 0.12 });
  if (!name) return '';
  return weighted([
    [name, 70],
    [`‘${name}’`, 8],
    [`“${name}”`, 6],
    [`${name} – Malang`, 6],
    [
      name.toLowerCase().startsWith(b.product.split(' ')[0])
        ? `"${name}"`
        : `${PRODUCT.get(b.product).label.split(' ')[0]} "${name}"`,
      6,
    ],
    [`${name} Café`, b.product === 'brownies' || b.product === 'roti' ? 20 : 0],
  ]);
}

function f3Address(h) {
  let street = streetText(h, { withRtRw: false });
  if (h.gang && chance(0.5)) street = street.replace(/ (Gg\.|Gang|gg) /, ', $1 ');
  if (chance(0.05)) street = street.replace(/ (No\.|no) /, ` "${pick(['Buntu', 'Kembar', 'Masjid'])}" $1 `);
  return chance(0.7) ? `${street} ${rtRwText(h, pick(['dots', 'words', 'slash2']))}` : street;
}

function f3Row(s, no) {
  const { person, business, cert } = s;
  const h = person.household;
  const nik = nikOf(s, {
    text: 50,
    missing: 17,
    dash: 5,
    scientific: 6,
    number: 5,
    spaced: 5,
    apostrophe: 4,
    typo: 3,
    swap: 2,
  });
  let nikText = nik.text;
  if (nik.mode === 'number') nikText = String(nikAsExcelNumber(person.nik));
  const money = moneyOf(s);
  // the column is in juta; a refused row's absurd figure is written so that it is absurd in rupiah too
  const moneyShown = money > 1e12 ? rupiah(money) : juta(money);
  const modal = Math.round((business.turnover * (0.5 + rnd() * 3)) / 500_000) * 500_000 || 500_000;
  const drink = ['jamu', 'sari apel'].includes(business.product);
  const label = PRODUCT.get(cert.product)?.label ?? cert.product;
  let ket = '';
  if (s.byHusband && chance(0.35)) ket = pick(['a.n. istri', 'pemohon suami pemilik', 'diurus suami']);
  else if (cert.issued.y <= 2021 && chance(0.3)) ket = 'perlu perpanjangan';
  else if (chance(0.1)) ket = pick(['Baru', 'Penyuluhan keamanan pangan 2024', 'Label belum sesuai']);
  const name = nameOf(s, { title: 0.5, degree: 0.5, upper: 0.4, typo: 0.07 });
  const fields = [
    String(no),
    f3PirtText(cert.number),
    chance(0.8) ? dateText(cert.issued, 'dmy-slash') : dateText(cert.issued, 'd/m/y'),
    name,
    nikText,
    f3Brand(business),
    label,
    pick(drink ? F3_DRINK_WEIGHTS : F3_WEIGHTS),
    f3Address(h),
    h.kel.outside ? h.kel.name : kelText(h.kel, { variant: 0.3, prefix: 0.08, upper: 0.1 }),
    h.kel.outside ? h.kel.kec : h.kel.kec,
    chance(0.9) || s.bad?.turnover !== undefined ? moneyShown : '',
    chance(0.7) ? (chance(0.7) ? rupiah(modal) : String(modal)) : '',
    ket,
  ];
  return dataRow(s, fields, name || fields[1], moneyShown);
}

function csvLine(fields) {
  const all = [...fields];
  while (all.length < F3_HEADER.length + F3_TRAILING) all.push('');
  return all
    .map((f) => {
      const v = f === null || f === undefined ? '' : String(f);
      if (/[\r\n]/.test(v)) throw new Error(`CSV cell with a line break: ${v}`);
      return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
    })
    .join(',');
}

function writeF3(outdir) {
  const subjects = withOutsiders('F3', subjectsFor('F3'), 0.028);
  const dateKey = (s) => s.cert.issued.y * 10000 + s.cert.issued.m * 100 + s.cert.issued.d;
  const ordered = subjects
    .map((s, i) => ({ s, i }))
    .sort((a, b) => dateKey(a.s) - dateKey(b.s) || a.i - b.i)
    .map((x) => x.s);
  const rows = [
    skipRow(['REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)']),
    skipRow(['DINAS KESEHATAN KOTA MALANG – SEKSI KEFARMASIAN, MAKANAN DAN MINUMAN']),
    blankRow(),
    headerRow(F3_HEADER),
  ];
  let year = 0;
  ordered.forEach((s, i) => {
    if (s.cert.issued.y !== year) {
      year = s.cert.issued.y;
      rows.push(skipRow([`TAHUN ${year}`]));
    }
    rows.push(f3Row(s, i + 1));
  });
  rows.push(blankRow());
  rows.push(skipRow([`Jumlah SPP-IRT terbit: ${ordered.length}`]));
  rows.push(skipRow(['Sumber: Seksi Kefarmasian & Makmin', 'diunduh 30/09/2025']));
  const text = `${rows.map((r) => csvLine(r.cells)).join('\r\n')}\r\n`;
  const bytes = iconv.encode(text, 'win1252');
  if (iconv.decode(bytes, 'win1252') !== text) throw new Error('F3: text not representable in Windows-1252');
  const file = 'register_spp_irt_dinkes.csv';
  writeFileSync(join(outdir, file), bytes);
  return {
    file,
    source: 'Dinas Kesehatan Kota Malang (Seksi Kefarmasian, Makanan dan Minuman)',
    sheet: null,
    description:
      'Excel "CSV (Comma delimited)": Windows-1252, CRLF, no BOM, trailing empty columns ",,,", quoted fields with commas and doubled quotes, curly quotes/en dash/½ in cp1252, decimal commas ("2,5" juta), thousand dots ("2.500.000"), NIKs as "3,57301E+15" in some rows; title lines, year section lines, count and source lines; one row per P-IRT product (a business may recur), applicant sometimes the husband',
    rows,
    format: 'csv',
  };
}

// Read a CSV the way a spreadsheet would, keeping the line each record starts on.
function readCsvRows(path) {
  const text = iconv.decode(readFileSync(path), 'win1252');
  const texts = [];
  let line = 1;
  let i = 0;
  while (i < text.length) {
    const startLine = line;
    const fields = [];
    let field = '';
    let quoted = false;
    for (; i < text.length; i++) {
      const c = text[i];
      if (quoted) {
        if (c === '"' && text[i + 1] === '"') {
          field += '"';
          i++;
        } else if (c === '"') quoted = false;
        else {
          if (c === '\n') line++;
          field += c;
        }
      } else if (c === '"') quoted = true;
      else if (c === ',') {
        fields.push(field);
        field = '';
      } else if (c === '\r' && text[i + 1] === '\n') {
        i += 2;
        break;
      } else field += c;
    }
    fields.push(field);
    texts[startLine - 1] = fields.join(' | ');
    line++;
  }
  for (let k = 0; k < texts.length; k++) texts[k] ??= '';
  return texts;
}

// ---------------------------------------------------------------------------------------------------
// File 4: TP PKK training participants, LibreOffice Calc .ods written by hand
// ODS cell specs: string | number | null | { date: {y,m,d}, shown } | { currency } | { formula, result }
//                 | { text, span } | { text, rowSpan } | { covered: true }

const ODS_NS = [
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
  'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"',
].join(' ');
const xmlEscape = (v) =>
  String(v).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c],
  );
const textPs = (v) =>
  String(v)
    .split('\n')
    .map((line) => `<text:p>${xmlEscape(line)}</text:p>`)
    .join('');

const odsMoney = (n) => `${n < 0 ? '-' : ''}Rp${rupiah(Math.abs(n))}`;

function odsCell(spec) {
  if (spec === null || spec === undefined || spec === '') return null;
  if (typeof spec === 'string')
    return `<table:table-cell office:value-type="string">${textPs(spec)}</table:table-cell>`;
  if (typeof spec === 'number') {
    return `<table:table-cell office:value-type="float" office:value="${spec}"><text:p>${spec}</text:p></table:table-cell>`;
  }
  if (spec.covered) return '<table:covered-table-cell/>';
  if (spec.date) {
    const iso = dateText(spec.date, 'iso');
    return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${iso}"><text:p>${spec.shown}</text:p></table:table-cell>`;
  }
  if ('currency' in spec) {
    return `<table:table-cell table:style-name="ceRp" office:value-type="currency" office:currency="IDR" office:value="${spec.currency}"><text:p>${odsMoney(spec.currency)}</text:p></table:table-cell>`;
  }
  if (spec.formula) {
    return `<table:table-cell table:formula="${xmlEscape(spec.formula)}" office:value-type="float" office:value="${spec.result}"><text:p>${spec.result}</text:p></table:table-cell>`;
  }
  const span = spec.span ? ` table:number-columns-spanned="${spec.span}"` : '';
  const rowSpan = spec.rowSpan ? ` table:number-rows-spanned="${spec.rowSpan}"` : '';
  const style = spec.bold ? ' table:style-name="ceBold"' : '';
  return `<table:table-cell${style}${span}${rowSpan} office:value-type="string">${textPs(spec.text)}</table:table-cell>`;
}

// One table row; blank runs and the covered cells after a span are written with *-repeated.
function odsRow(cells, width) {
  const parts = [];
  let blanks = 0;
  const flush = () => {
    if (blanks === 1) parts.push('<table:table-cell/>');
    if (blanks > 1) parts.push(`<table:table-cell table:number-columns-repeated="${blanks}"/>`);
    blanks = 0;
  };
  for (let c = 0; c < width; c++) {
    const spec = cells[c];
    const xml = odsCell(spec);
    if (xml === null) {
      blanks++;
      continue;
    }
    flush();
    parts.push(xml);
    if (spec?.span > 1) {
      parts.push(
        spec.span === 2
          ? '<table:covered-table-cell/>'
          : `<table:covered-table-cell table:number-columns-repeated="${spec.span - 1}"/>`,
      );
      c += spec.span - 1;
    }
  }
  flush();
  return `<table:table-row table:style-name="ro1">${parts.join('')}</table:table-row>`;
}

function odsTable(name, rows, width, tailRows) {
  const body = rows.map((r) => odsRow(r.cells, width)).join('\n');
  const tail = tailRows
    ? `\n<table:table-row table:style-name="ro1" table:number-rows-repeated="${tailRows}"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>`
    : '';
  return (
    `<table:table table:name="${xmlEscape(name)}" table:style-name="ta1">` +
    `<table:table-column table:style-name="co1" table:number-columns-repeated="${width}" table:default-cell-style-name="Default"/>` +
    `<table:table-column table:style-name="co1" table:number-columns-repeated="${1024 - width}" table:default-cell-style-name="Default"/>\n` +
    `${body}${tail}\n</table:table>`
  );
}

async function writeOds(path, tables) {
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODS_NS} office:version="1.3">` +
    '<office:automatic-styles>' +
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text>' +
    '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>' +
    '<number:currency-style style:name="N110"><number:currency-symbol number:language="id" number:country="ID">Rp</number:currency-symbol>' +
    '<number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:currency-style>' +
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="0.889in"/></style:style>' +
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" style:use-optimal-row-height="true"/></style:style>' +
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>' +
    '<style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>' +
    '<style:style style:name="ceRp" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N110"/>' +
    '<style:style style:name="ceBold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>' +
    '</office:automatic-styles><office:body><office:spreadsheet>\n' +
    tables.join('\n') +
    '\n</office:spreadsheet></office:body></office:document-content>\n';
  const styles =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODS_NS} office:version="1.3">` +
    '<office:styles><style:default-style style:family="table-cell"><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt"/></style:default-style>' +
    '<style:style style:name="Default" style:family="table-cell"/></office:styles>' +
    '<office:master-styles><style:master-page style:name="Default"/></office:master-styles></office:document-styles>\n';
  const meta =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ODS_NS} office:version="1.3"><office:meta>` +
    '<meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator>' +
    '<meta:creation-date>2025-05-10T09:12:00</meta:creation-date><dc:date>2025-06-30T14:05:00</dc:date>' +
    '<dc:creator>sekretariat pkk</dc:creator></office:meta></office:document-meta>\n';
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
    '</manifest:manifest>\n';
  const zip = new JSZip();
  const opts = { date: FIXED_TIME, createFolders: false };
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { ...opts, compression: 'STORE' });
  zip.file('content.xml', content, opts);
  zip.file('styles.xml', styles, opts);
  zip.file('meta.xml', meta, opts);
  zip.file('META-INF/manifest.xml', manifest, opts);
  writeFileSync(
    path,
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }),
  );
}

const F4_WIDTH = 15;
const F4_BATCHES = [
  {
    title: 'GELOMBANG I (12-14 Mei 2025) - Kecamatan Blimbing dan Lowokwaru',
    kec: ['Blimbing', 'Lowokwaru'],
  },
  { title: 'GELOMBANG II (26-28 Mei 2025) - Kecamatan Klojen dan Sukun', kec: ['Klojen', 'Sukun'] },
  { title: 'GELOMBANG III (10-12 Juni 2025) - Kecamatan Kedungkandang', kec: ['Kedungkandang'] },
  { title: 'GELOMBANG IV / SUSULAN (24 Juni 2025)', kec: [] },
];

function f4Row(s, no) {
  const { person, business } = s;
  const h = person.household;
  const nik = nikOf(s, { text: 55, spaced: 8, missing: 25, dash: 4, typo: 4, swap: 4 });
  const birthForm = wkey({ date: 70, text: 15, none: 15 });
  let birthCell = null;
  if (birthForm === 'date') birthCell = { date: person.birth, shown: dateText(person.birth, 'dmy-slash') };
  if (birthForm === 'text') birthCell = dateText(person.birth, pick(['dmy-dash', 'long']));
  const name = nameOf(s, { title: 0.6, degree: 0.4, upper: 0.35, typo: 0.06 });
  const money = moneyOf(s);
  const cells = [
    no,
    name,
    person.sex === 'F' ? 'P' : 'L',
    birthCell,
    nik.text,
    streetText(h, { withRtRw: false }),
    rtRwText(h, pick(['slash2', 'slash3', 'slash1'])),
    h.kel.outside ? h.kel.name : kelText(h.kel, { variant: 0.35, prefix: 0.05, upper: 0.2 }),
    h.kel.outside ? h.kel.kec : h.kel.kec,
    businessNameText(business, { upper: 0.2 }),
    productText(business, 0.4),
    s.bad?.turnover !== undefined || chance(0.9) ? { currency: money } : null,
    business.workers,
    person.phone ? phoneText(person.phone, pick(['plain', 'plain', 'dashed', 'plus62'])) : null,
    chance(0.4) ? `${no}. ........` : null,
  ];
  return dataRow(s, cells, name || cells[9] || undefined, odsMoney(money));
}

async function writeF4(outdir) {
  const subjects = withOutsiders('F4', subjectsFor('F4'));
  const batchOf = (s) => {
    if (chance(0.15)) return 3;
    const i = F4_BATCHES.findIndex((b) => b.kec.includes(kecOf(s)));
    return i >= 0 ? i : 3;
  };
  const batches = F4_BATCHES.map(() => []);
  for (const s of subjects) batches[batchOf(s)].push(s);
  const span = (text, bold = true) => [{ text, span: F4_WIDTH, bold }];
  const rows = [
    skipRow(
      span('DAFTAR PESERTA PELATIHAN PENGEMASAN DAN PEMASARAN DIGITAL PRODUK INDUSTRI RUMAHAN'),
      'DAFTAR PESERTA',
    ),
    skipRow(span('TIM PENGGERAK PKK KOTA MALANG - POKJA II, TAHUN 2025'), 'TIM PENGGERAK'),
    skipRow(span('Kerja sama dengan DP3AP2KB Kota Malang', false), 'Kerja sama'),
    blankRow(),
  ];
  const two = (text) => ({ text, rowSpan: 2, bold: true });
  const covered = { covered: true };
  // two header rows: "Alamat" spans three sub-columns, every other header spans both rows
  const before = ['No', 'Nama Peserta', 'L/P', 'Tgl. Lahir', 'NIK'].map(two);
  const after = [
    'Kecamatan',
    'Nama Usaha',
    'Produk',
    'Omzet/Bulan',
    'Tenaga\nKerja',
    'No. HP',
    'Tanda\nTangan',
  ];
  const sub = ['Jalan/Gang', 'RT/RW', 'Kelurahan'].map((text) => ({ text, bold: true }));
  rows.push(
    headerRow([...before, { text: 'Alamat', span: 3, bold: true }, null, null, ...after.map(two)]),
    headerRow([...before.map(() => covered), ...sub, ...after.map(() => covered)]),
  );
  batches.forEach((list, bi) => {
    rows.push(skipRow(span(F4_BATCHES[bi].title), 'GELOMBANG'));
    list.forEach((s, i) => {
      rows.push(f4Row(s, i + 1));
    });
  });
  rows.push(blankRow());
  const sign = (text) => {
    const cells = new Array(F4_WIDTH).fill(null);
    cells[11] = text;
    return skipRow(cells);
  };
  rows.push(
    sign('Malang, 30 Juni 2025'),
    sign('Ketua Pokja II'),
    sign('TP PKK Kota Malang'),
    blankRow(),
    blankRow(),
  );
  rows.push(sign('Ny. Hj. ENDAH PRASETYANINGRUM'));

  // Rekap: totals per kecamatan with formulas over the list
  const last = rows.length;
  const listed = subjects.filter((s) => !s.bad?.turnover);
  const rekap = [
    { kind: 'skip', cells: [{ text: 'REKAP PESERTA PER KECAMATAN', span: 3, bold: true }] },
    { kind: 'header', cells: ['Kecamatan', 'Jumlah Peserta', 'Total Omzet (Rp)'] },
  ];
  for (const k of KECAMATAN) {
    const n = subjects.filter((s) => kecOf(s) === k.name).length;
    const total = listed.filter((s) => kecOf(s) === k.name).reduce((t, s) => t + s.business.turnover, 0);
    rekap.push({
      kind: 'skip',
      cells: [
        k.name,
        { formula: `of:=COUNTIF([$Peserta.I7:.I${last}];"${k.name}")`, result: n },
        { formula: `of:=SUMIF([$Peserta.I7:.I${last}];"${k.name}";[$Peserta.L7:.L${last}])`, result: total },
      ],
    });
  }
  rekap.push({
    kind: 'skip',
    cells: [
      'JUMLAH',
      { formula: 'of:=SUM([.B3:.B7])', result: rekap.slice(2).reduce((t, r) => t + r.cells[1].result, 0) },
      { formula: 'of:=SUM([.C3:.C7])', result: rekap.slice(2).reduce((t, r) => t + r.cells[2].result, 0) },
    ],
  });
  const file = 'peserta_pelatihan_pkk_2025.ods';
  await writeOds(join(outdir, file), [
    odsTable('Peserta', rows, F4_WIDTH, 1_048_576 - rows.length),
    odsTable('Rekap', rekap, 3, 0),
  ]);
  return {
    file,
    source: 'TP PKK Kota Malang (Pokja II)',
    sheet: 'Peserta',
    description:
      'LibreOffice .ods: merged title rows (number-columns-spanned + covered-table-cell), two-row header with "Alamat" spanning Jalan/Gang, RT/RW, Kelurahan and other headers spanning two rows, number-columns-repeated blank runs, date and currency cells, batch section rows ("GELOMBANG I"), numbering restarting per batch, signature block, a repeated blank tail to row 1048576, second sheet "Rekap" with COUNTIF/SUMIF formulas',
    rows,
    format: 'ods',
  };
}

// Read the first table of an .ods into row texts (repeated blank rows are counted, not expanded).
async function readOdsRows(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const raw = readFileSync(path);
  // first local file header: method 0 (stored), name "mimetype", content uncompressed right after
  if (raw.readUInt16LE(8) !== 0 || raw.toString('latin1', 30, 38) !== 'mimetype') {
    throw new Error('ods: mimetype must be the first entry, stored');
  }
  const xml = await zip.file('content.xml').async('string');
  const tableMatch = /<table:table table:name="([^"]*)"[^>]*>([\s\S]*?)<\/table:table>/.exec(xml);
  const texts = [];
  const rowRe = /<table:table-row([^>]*?)(\/>|>([\s\S]*?)<\/table:table-row>)/g;
  for (let m = rowRe.exec(tableMatch[2]); m; m = rowRe.exec(tableMatch[2])) {
    const repeat = Number(/table:number-rows-repeated="(\d+)"/.exec(m[1])?.[1] ?? 1);
    const inner = m[3] ?? '';
    const paras = [...inner.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) =>
      p[1]
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&'),
    );
    const text = paras.join(' | ');
    if (text === '') {
      if (repeat > 10_000) continue; // the tail LibreOffice writes to the last row
      for (let k = 0; k < repeat; k++) texts.push('');
    } else {
      for (let k = 0; k < repeat; k++) texts.push(text);
    }
  }
  return { sheet: tableMatch[1], texts };
}

// ---------------------------------------------------------------------------------------------------
// File 5: a web app's export, every cell an inline string

const F5_HEADER = `
  id tanggal_input nama_pemilik nik jenis_kelamin tanggal_lahir no_hp alamat rt rw kelurahan kecamatan
  nama_usaha produk_utama kbli jumlah_tenaga_kerja omzet_per_bulan krtp memiliki_pirt no_pirt nib
  level_ir enumerator
`
  .trim()
  .split(/\s+/);
const LEVEL_LABEL = { 'IR 1': 'IR 1 - Pemula', 'IR 2': 'IR 2 - Berkembang', 'IR 3': 'IR 3 - Maju' };
const APP_V2 = Date.UTC(2025, 2, 1); // from March 2025 the app writes 1/0 and full gender words

function f5Row(s, id, stamp) {
  const { person, business } = s;
  const h = person.household;
  const v2 = stamp >= APP_V2;
  const typed = nameOf(s, { title: 0.15, degree: 0.2, upper: 0.3, lower: 0.15, typo: 0.06 });
  let name = typed;
  if (name && chance(0.1)) name = `${name} `;
  if (name && chance(0.05)) name = name.replace(' ', '  ');
  const nik = nikOf(s, { text: 64, missing: 20, typo: 4, swap: 3, spaced: 3 });
  const hasPirt = business.pirt.length > 0;
  const pirt = hasPirt ? business.pirt[0].number : null;
  const empty = () => wkey({ '': 6, NULL: 3, '-': 1 });
  const phone = person.phone ? phoneText(person.phone, pick(['plain', 'plain', '62'])) : '';
  const d = new Date(stamp);
  const money = moneyOf(s);
  const kec = h.kel.outside ? h.kel.kec : h.kel.kec;
  const cells = [
    `IR-3573-${pad(id, 6)}`,
    `${d.toISOString().slice(0, 10)} ${d.toISOString().slice(11, 19)}`,
    name,
    nik.text,
    person.sex === 'F' ? (v2 ? 'Perempuan' : 'P') : v2 ? 'Laki-laki' : 'L',
    chance(0.85) ? dateText(person.birth, chance(0.85) ? 'iso' : 'dmy-slash') : '',
    phone.startsWith('62') && chance(0.5) ? `+${phone}` : phone,
    streetText(h, { withRtRw: false }),
    chance(0.5) ? String(h.rt) : pad(h.rt, 3),
    chance(0.5) ? String(h.rw) : pad(h.rw, 3),
    h.kel.outside ? h.kel.name.toUpperCase() : kelText(h.kel, { variant: 0.25, prefix: 0, upper: 0.85 }),
    kec.toUpperCase(),
    businessNameText(business, { upper: 0.2 }) || empty(),
    PRODUCT.get(business.product).label,
    PRODUCT.get(business.product).kbli,
    String(business.workers),
    String(money),
    person.krtp ? 'Ya' : 'Tidak',
    v2 ? (hasPirt ? '1' : '0') : hasPirt ? 'Y' : 'N',
    pirt ? (chance(0.7) ? pirt : pirt.replace('-', '')) : empty(),
    business.nib ?? empty(),
    LEVEL_LABEL[business.level],
    `enum.${kec.toLowerCase().slice(0, 6)}${pad(int(1, 4), 2)}`,
  ];
  return dataRow(s, cells, name.trim() || cells[0], String(money));
}

async function writeF5(outdir) {
  const subjects = withOutsiders('F5', subjectsFor('F5'));
  const start = Date.UTC(2024, 7, 1);
  const end = Date.UTC(2025, 8, 30);
  const stamped = subjects
    .map((s) => ({ s, t: start + Math.floor(rnd() * ((end - start) / 1000)) * 1000 }))
    .sort((a, b) => a.t - b.t);
  const rows = [headerRow(F5_HEADER)];
  let id = 1000;
  for (const { s, t } of stamped) {
    id += int(1, 3); // deleted drafts leave gaps
    rows.push(f5Row(s, id, t));
  }
  rows.push(blankRow());
  rows.push(
    skipRow([
      `Diekspor dari SIDARIN pada 2025-10-15 08:14:02 oleh operator.dp3ap2kb (${stamped.length} data)`,
    ]),
  );
  const wb = newWorkbook('SIDARIN');
  const ws = wb.addWorksheet('Export');
  rows.forEach((row, i) => {
    row.cells.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== '') ws.getCell(i + 1, c + 1).value = String(v);
    });
  });
  const file = 'export_sidarin_2025.xlsx';
  writeFileSync(join(outdir, file), await repack(await wb.xlsx.writeBuffer(), { inline: true }));
  return {
    file,
    source: 'SIDARIN web app (Sistem Data Industri Rumahan) export',
    sheet: 'Export',
    description:
      'Web-app export: one sheet "Export", header on row 1, every cell an inline string (numbers too: "3", "1500000"); boolean columns in mixed encodings (krtp Ya/Tidak, memiliki_pirt Y/N before March 2025 and 1/0 after), gender P/L or Perempuan/Laki-laki, 15-digit no_pirt with or without the dash, "NULL" in empty optional fields, trailing spaces in names, one footer line',
    rows,
    format: 'xlsx',
  };
}

// ---------------------------------------------------------------------------------------------------
// The writers, in manifest order

const WRITERS = [writeF1, writeF2, writeF3, writeF4, writeF5];

// ---------------------------------------------------------------------------------------------------
// Truth, manifest, read-back checks, summary

function truthLines(result) {
  const lines = [];
  result.rows.forEach((row, i) => {
    if (row.kind === 'header' || row.kind === 'blank') return;
    const pk = row.kind === 'skip' ? '' : row.subject.person.key;
    const bk = row.kind === 'skip' ? '' : row.subject.business.key;
    lines.push({ file: result.file, row: i + 1, pk, bk, expected: row.kind });
  });
  return lines;
}

function textOfExcelValue(v) {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return textOfExcelValue(v.result);
    if (v.error) return v.error;
    if (v.text) return String(v.text);
    return '';
  }
  return String(v);
}

async function readXlsxRows(path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path));
  const ws = wb.worksheets.find((w) => w.state !== 'hidden' && w.state !== 'veryHidden');
  const texts = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const parts = [];
    row.eachCell({ includeEmpty: false }, (cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      parts.push(textOfExcelValue(cell.value));
    });
    texts.push(parts.join(' | '));
  }
  return { sheet: ws.name, texts };
}

function checkRows(result, sheetName, texts) {
  const problems = [];
  if (result.sheet !== null && sheetName !== result.sheet)
    problems.push(`first visible sheet is ${sheetName}`);
  const n = Math.max(texts.length, result.rows.length);
  for (let i = 0; i < n; i++) {
    const row = result.rows[i] ?? { kind: 'blank' };
    const text = (texts[i] ?? '').trim();
    const blank = text.replace(/[|\s]/g, '') === '';
    if (row.kind === 'blank') {
      if (!blank) problems.push(`row ${i + 1} should be blank: ${text.slice(0, 60)}`);
      continue;
    }
    if (blank) {
      problems.push(`row ${i + 1} (${row.kind}) reads blank`);
      continue;
    }
    if (
      row.probe !== undefined &&
      row.probe !== null &&
      row.probe !== '' &&
      !text.includes(String(row.probe))
    ) {
      problems.push(`row ${i + 1} (${row.kind}) lacks "${row.probe}": ${text.slice(0, 80)}`);
    }
    if (row.kind === 'rejected' && row.subject.defect !== 'noname' && !row.defect) {
      problems.push(`row ${i + 1} is refused for ${row.subject.defect} but shows no defect`);
    }
    if (row.defect && !text.toLowerCase().includes(row.defect.toLowerCase())) {
      problems.push(`row ${i + 1} should show its defect "${row.defect}": ${text.slice(0, 80)}`);
    }
  }
  return problems;
}

async function readBack(outdir, result) {
  const path = join(outdir, result.file);
  if (result.format === 'xlsx') {
    const { sheet, texts } = await readXlsxRows(path);
    return checkRows(result, sheet, texts);
  }
  if (result.format === 'csv') return checkRows(result, null, readCsvRows(path));
  if (result.format === 'ods') {
    const { sheet, texts } = await readOdsRows(path);
    return checkRows(result, sheet, texts);
  }
  return [`unknown format ${result.format}`];
}

// Structural promises of the set: a business in 1-4 files, once per file (the P-IRT register excepted),
// outsider keys used once, every subject's keys present.
function consistencyProblems(results) {
  const problems = [];
  const filesOf = new Map();
  const outsiderKeys = new Map();
  for (const r of results) {
    const seen = new Set();
    for (const row of r.rows) {
      if (row.kind !== 'ok' && row.kind !== 'rejected') continue;
      const { person, business } = row.subject;
      if (!person.key || !business.key) problems.push(`${r.file}: row without keys`);
      if (row.kind === 'rejected') {
        if (!person.key.startsWith('PX') || !business.key.startsWith('BX'))
          problems.push(`${r.file}: rejected insider`);
        outsiderKeys.set(person.key, (outsiderKeys.get(person.key) ?? 0) + 1);
        continue;
      }
      if (seen.has(business.key) && r.format !== 'csv')
        problems.push(`${r.file}: ${business.key} listed twice`);
      seen.add(business.key);
      if (!filesOf.has(business.key)) filesOf.set(business.key, new Set());
      filesOf.get(business.key).add(r.file);
    }
  }
  for (const b of businesses) {
    const n = filesOf.get(b.key)?.size ?? 0;
    if (n < 1 || n > 4) problems.push(`${b.key} appears in ${n} files`);
  }
  for (const [k, n] of outsiderKeys) if (n > 1) problems.push(`outsider ${k} used ${n} times`);
  return problems;
}

function pairCount(counts) {
  let n = 0;
  for (const c of counts.values()) n += (c * (c - 1)) / 2;
  return n;
}

async function main() {
  const [seedArg, outdir] = process.argv.slice(2);
  if (seedArg === undefined || !outdir) {
    console.error('usage: node bench/linkage/sixth-set.mjs <seed> <outdir>');
    process.exit(2);
  }
  rand = mulberry32(fnv1a(`pilar-sixth-set:${seedArg}`));
  mkdirSync(outdir, { recursive: true });
  buildPeople();
  buildBusinesses();
  assignFiles();

  const results = [];
  for (const write of WRITERS) results.push(await write(outdir));

  const truth = results.flatMap(truthLines);
  const csv = [
    'file,sheet_row,person_key,business_key,expected',
    ...truth.map((t) => `${t.file},${t.row},${t.pk},${t.bk},${t.expected}`),
  ];
  writeFileSync(join(outdir, 'truth.csv'), `${csv.join('\n')}\n`);
  const manifest = {
    files: results.map((r) => ({
      file: r.file,
      source: r.source,
      sheet: r.sheet,
      description: r.description,
    })),
  };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // read every file back and hold it against the truth
  const problems = [];
  for (const r of results) for (const p of await readBack(outdir, r)) problems.push(`${r.file}: ${p}`);
  problems.push(...consistencyProblems(results));
  if (problems.length) {
    console.error(`${problems.length} problem(s):\n${problems.slice(0, 40).join('\n')}`);
    process.exit(1);
  }

  const ok = truth.filter((t) => t.expected === 'ok');
  const personRows = new Map();
  const businessRows = new Map();
  for (const t of ok) {
    personRows.set(t.pk, (personRows.get(t.pk) ?? 0) + 1);
    businessRows.set(t.bk, (businessRows.get(t.bk) ?? 0) + 1);
  }
  const count = (kind) => truth.filter((t) => t.expected === kind).length;
  const perFile = results.map((r) => `${r.file} ${truth.filter((t) => t.file === r.file).length}`).join(', ');
  const groups = (g) => people.filter((p) => p.group === g).length;
  const hard = people.filter((p) => p.group !== 'single').length;
  console.log(
    `Sixth set (file-format quirks), seed ${seedArg}: ${people.length} people (${people.filter((p) => p.sex === 'F').length} women, ` +
      `${people.filter((p) => p.role === 'filer').length} husbands who only sign for their wives) and ${businesses.length} businesses ` +
      `(${people.filter((p) => p.businesses.length === 2).length} people with two, ${people.filter((p) => p.businesses.length === 3).length} with three); ` +
      `hard negatives ${hard} people (${groups('mother-daughter')} mothers/daughters, ${groups('sisters')} sisters or in-laws, ` +
      `${groups('spouses')} spouses, ${groups('namesakes')} namesakes, ${groups('filer-husband')} filing husbands). ` +
      `${truth.length} truth rows: ${perFile}; ${count('ok')} ok, ${count('rejected')} rejected, ${count('skip')} skip. ` +
      `True same-person row pairs ${pairCount(personRows)}, same-business row pairs ${pairCount(businessRows)} ` +
      `(over ${personRows.size} people and ${businessRows.size} businesses seen in ok rows). All files read back and match the truth.`,
  );
}

await main();
