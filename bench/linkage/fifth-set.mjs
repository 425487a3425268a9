#!/usr/bin/env node
/**
 * Fifth linkage set for Pilar: six office files about the home industries (industri rumahan) of Kota
 * Malang, made the way six different offices really make them, with the ground truth.
 *
 *   node bench/linkage/fifth-set.mjs <seed> <outdir>
 *
 * Writes into <outdir>: the six files, truth.csv, manifest.json ({"files":[{file, source, sheet, description}]},
 * "sheet" for workbooks only) and prints a one-paragraph summary. Everything follows from the seed
 * (mulberry32 over FNV-1a of "pilar-fifth-set:<seed>", one sub-stream per concern) and every timestamp is
 * fixed (zip entries are re-stamped), so two runs with one seed give byte-identical files.
 * Written without looking at Pilar's import or the earlier generators; only domain.md was read.
 *
 * POPULATION: ~770 people (mostly women), ~850–880 businesses (most owners one, ~17 % two, a few three),
 * in a fixed mix of households: a woman with a business; a woman heading her household (KRTP/PEKKA); a woman
 * whose husband files for her; a couple who both run a business; mother and daughter; two sisters; a man.
 * NIK = 3573 + kecamatan (Blimbing 01, Klojen 02, Kedungkandang 03, Sukun 04, Lowokwaru 05; some born in
 * 3507, 3579, 3578 …) + DDMMYY (day + 40 for women) + serial. A business appears in 1–4 files.
 *
 * FILES (the data sheet is the first sheet of every workbook)
 *  1. dinsos_pekka_uep_2025.xlsx (Dinas Sosial): PEKKA women receiving business aid (UEP). Three merged title
 *     rows, a blank row, a TWO-ROW header with merged group cells (IDENTITAS over NIK / No. KK / Nama /
 *     Tempat Lahir / Tgl Lahir; ALAMAT over Jalan / RT / RW / Kelurahan / Kecamatan; No, Jenis Usaha,
 *     Bantuan, Ket. merged down), a column-numbering row "1 2 3 …", a heading row and a JUMLAH (formula)
 *     subtotal per kecamatan, a grand total, a note and a signature block; sheet "Rekap" after it. Names in
 *     capitals, sometimes "BINTI <father>"; NIK as text, as a number cell (15 significant digits, so the
 *     last digit is 0; sometimes shown as 3.57305E+15) or "-"; the business only as "Jenis Usaha".
 *  2. disperindag_ikm_export.csv (Disperindag): export of the IKM web database, "," CSV, UTF-8 with BOM, LF,
 *     snake_case headers; phones "+62 812-…", "62812…", "0812 …", "812…"; empties as "-", "NULL", "" or
 *     "0"; dates yyyy-mm-dd; the owner is sometimes the husband; a few business addresses are not the home.
 *  3. gelar_produk_blimbing_2025.xlsx (Kecamatan Blimbing): Google Forms responses, sheet "Form Responses 1":
 *     Timestamp, e-mail, long question headers, free-typed mixed-case answers, the whole address in one cell
 *     in varied order, omzet as "2jt", "Rp. 1.500.000,-", "1,5 juta", "500rb"; NIKs and phones that Sheets
 *     turned into numbers; some people submitted twice; the organiser's "tes" submission.
 *  4. pkk_bandungrejosari_2025.ods (TP PKK Kelurahan Bandungrejosari, Pokja II): a cadre's list in
 *     LibreOffice: title rows, "RW 01" heading rows, no NIK and no kelurahan column (the title names it),
 *     "Bu Yati", "Ibu Hj. Siti …", "Mbak Rina", "Pak …", "(anak Bu Sri)", ages ("45 th"), the business only
 *     as a product phrase, a note and a signature block; sheet "Rekap" after it.
 *  5. kur_bpr_artatugu_2025.csv (a bank channelling KUR): ";" CSV in Windows-1252 with CRLF; two title
 *     lines and a blank line before the header, TOTAL and "Dicetak oleh" lines after the data; names mostly
 *     in capitals, some with accented letters or curly apostrophes; NIKs that went through Excel
 *     ("3,57305E+15"); amounts with "." thousands; "Usaha Bu Sri" as business name; product words regional
 *     or English; the borrower is sometimes the husband of the woman who runs the business.
 *  6. dinkes_pirt_register.xlsx (Dinas Kesehatan): SPP-IRT register, one row per product certificate; sheet
 *     "2025" (certificates valid on 30 Sep 2025: the data sheet), then "2024" and "2023" (issued that year).
 *     Title rows, kecamatan heading rows, the header pasted again mid-sheet, a count and a source line;
 *     P-IRT numbers "2063573010123-28", plain digits, number cells or "P-IRT No. …"; the applicant is
 *     sometimes the owner's husband; expiry as a date or "Februari 2030".
 *
 * TRUTH (truth.csv: file,sheet_row,person_key,business_key,expected)
 *  - One line per non-blank row of each data sheet except its column header row(s); sheet_row is the row
 *    number a spreadsheet app shows (CSV: the line number, header included). Blank rows have no line.
 *  - person_key (P####): the true person NAMED in the row; business_key (B####): the true business the row
 *    describes. A husband who files for his wife's business gets HIS person key and HER business key.
 *  - Two Google-Form submissions of one business: two `ok` rows with the same keys.
 *  - The PKK list names no business: the key is the named woman's business whose product the row mentions
 *    (a woman with two businesses has one row per business).
 *  - expected `ok`: a valid row. `rejected`: exactly one hard defect (NIK of wrong length, NIK with a letter,
 *    impossible NIK birth date, kelurahan outside Kota Malang, empty owner name, negative or absurd
 *    turnover). `skip` (empty keys): title, heading, subtotal/total, repeated header, numbering row, note,
 *    signature.
 *  - Rejected rows of true people keep their true keys; outsiders (kelurahan outside the city, a row with
 *    no owner name, the form's "tes" row) get PX###/BX### keys found nowhere else.
 *  - An `ok` row has no hard defect: a NIK noise (a digit mistyped, two digits swapped, spaces or dots, a
 *    number cell, scientific notation) keeps 16 digits and a possible date or is plainly not a NIK; a
 *    kelurahan is one of the 57 however spelt. The generator re-reads every file and checks all of this.
 *
 * HARD NEGATIVES (~25 % of people): mother and daughter at one address with similar names (Sri Wahyuni /
 * Sri Wahyuningsih), half of them in the same trade with their own brands; sisters at one address (Eka /
 * Dwi Lestari, Nur Aini / Nur Hayati); spouses who each run a business; namesakes in different kelurahan
 * and a few in the same kelurahan; one woman's two businesses (other products, sometimes one brand word).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------------------
// Arguments, seeded randomness, fixed clock
// ---------------------------------------------------------------------------------------------------------

const [seedArg, outArg] = process.argv.slice(2);
if (seedArg === undefined || outArg === undefined) {
  console.error('usage: node bench/linkage/fifth-set.mjs <seed> <outdir>');
  process.exit(2);
}
const SEED = String(seedArg);
const OUT = outArg;

/** FNV-1a, 32 bit, over the UTF-8 bytes of a string. */
function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** mulberry32: a small, fast 32-bit generator; returns floats in [0, 1). */
function mulberry32(start) {
  let a = start >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A random stream for one concern, so that tuning one file does not reshuffle the others. */
function makeRng(label) {
  const base = fnv1a(`pilar-fifth-set:${SEED}`);
  const next = mulberry32(label ? (base ^ fnv1a(label)) >>> 0 : base);
  const r = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    /** One of values, drawn by weights; or weighted([[value, weight], …]). */
    weighted: (values, weights) => {
      const vs = weights ? values : values.map((p) => p[0]);
      const ws = weights ?? values.map((p) => p[1]);
      let x = next() * ws.reduce((s, w) => s + w, 0);
      for (let i = 0; i < vs.length; i++) {
        x -= ws[i];
        if (x < 0) return vs[i];
      }
      return vs[vs.length - 1];
    },
    shuffle: (arr) => {
      const a = [...arr];
      for (let i = a.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [a[i], a[j]] = [a[j], a[i]];
      }
      return a;
    },
    /** Log-normal with the given median and spread (sigma of the log). */
    logNormal: (median, sigma) => {
      const u = Math.max(next(), 1e-9);
      const v = next();
      return median * Math.exp(sigma * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v));
    },
  };
  return r;
}

/** The reference date of the whole set: every file was "made" in October 2025. */
const FIXED_DATE = new Date(Date.UTC(2025, 9, 15, 9, 0, 0));
const REF_YEAR = 2025;

// ---------------------------------------------------------------------------------------------------------
// Areas: Kota Malang (35.73), its five kecamatan and 57 kelurahan, streets, and places just outside
// ---------------------------------------------------------------------------------------------------------

/** Kemendagri codes per domain.md: Blimbing 01, Klojen 02, Kedungkandang 03, Sukun 04, Lowokwaru 05. */
const KECAMATAN = [
  [
    'Blimbing',
    '01',
    182851,
    'Balearjosari, Arjosari, Polowijen, Purwodadi, Blimbing, Pandanwangi, Purwantoro, Bunulrejo, Kesatrian, Polehan, Jodipan',
  ],
  [
    'Klojen',
    '02',
    93990,
    'Klojen, Rampal Celaket, Samaan, Kiduldalem, Sukoharjo, Kasin, Kauman, Oro-oro Dowo, Bareng, Gadingkasri, Penanggungan',
  ],
  [
    'Kedungkandang',
    '03',
    209375,
    'Kotalama, Mergosono, Bumiayu, Wonokoyo, Buring, Kedungkandang, Lesanpuro, Sawojajar, Madyopuro, Cemorokandang, Arjowinangun, Tlogowaru',
  ],
  [
    'Sukun',
    '04',
    196860,
    'Ciptomulyo, Gadang, Kebonsari, Bandungrejosari, Sukun, Tanjungrejo, Pisang Candi, Bandulan, Karangbesuki, Mulyorejo, Bakalan Krajan',
  ],
  [
    'Lowokwaru',
    '05',
    164106,
    'Tunggulwulung, Merjosari, Tlogomas, Dinoyo, Sumbersari, Ketawanggede, Jatimulyo, Tunjungsekar, Mojolangu, Tulusrejo, Lowokwaru, Tasikmadu',
  ],
].map(([name, code, weight, kel]) => ({ name, code, weight, kel: kel.split(', ') }));
const KEC_OF = new Map(KECAMATAN.flatMap((k) => k.kel.map((kel) => [kel, k])));

/** Other ways offices write a kelurahan (joined, split, old spelling, common slips). */
const KEL_ALT = {
  Balearjosari: ['Balear Josari', 'Baleardjosari'],
  Polowijen: ['Polowidjen', 'Polo Wijen'],
  Pandanwangi: ['Pandan Wangi'],
  Bunulrejo: ['Bunul Rejo', 'Bunul'],
  Jodipan: ['Djodipan'],
  'Rampal Celaket': ['Rampalcelaket', 'Rampal Claket'],
  Kiduldalem: ['Kidul Dalem'],
  'Oro-oro Dowo': ['Oro Oro Dowo', 'Oro-Oro Dowo', 'Orooro Dowo'],
  Gadingkasri: ['Gading Kasri'],
  Kotalama: ['Kota Lama'],
  Sawojajar: ['Sawo Jajar'],
  Cemorokandang: ['Cemoro Kandang'],
  Madyopuro: ['Madyo Puro'],
  Bandungrejosari: ['Bandung Rejosari', 'Bandungrejo Sari', 'Bandungredjosari'],
  'Pisang Candi': ['Pisangcandi', 'Pisang candi'],
  Karangbesuki: ['Karang Besuki'],
  'Bakalan Krajan': ['Bakalankrajan', 'Bakalan Kradjan'],
  Tunggulwulung: ['Tunggul Wulung'],
  Tlogomas: ['Tlogo Mas', 'Tlogo mas'],
  Ketawanggede: ['Ketawang Gede'],
  Tunjungsekar: ['Tunjung Sekar', 'Tundjungsekar'],
  Tasikmadu: ['Tasik Madu'],
  Sumbersari: ['Sumber Sari'],
};

/** Streets (without "Jl.") per kelurahan; a few with gang numbers added at random. */
const STREETS = {
  Balearjosari: ['Raya Balearjosari', 'Rotan', 'Teluk Pelabuhan Ratu'],
  Arjosari: ['Raden Intan', 'Teluk Cendrawasih', 'Adi Sucipto'],
  Polowijen: ['Cakalang', 'Ken Dedes', 'Polowijen Gang Makam'],
  Purwodadi: ['Ahmad Yani Utara', 'Candi Panggung', 'Plaosan Barat'],
  Blimbing: ['Borobudur', 'Tenaga', 'Kalpataru'],
  Pandanwangi: ['LA Sucipto', 'Simpang LA Sucipto', 'Pandan Wangi Timur'],
  Purwantoro: ['Sanan', 'Ki Ageng Pemanahan', 'Teluk Grajakan'],
  Bunulrejo: ['Hamid Rusdi', 'Sulfat', 'Simpang Hamid Rusdi'],
  Kesatrian: ['Panglima Sudirman', 'Pahlawan Trip', 'Kesatrian Dalam'],
  Polehan: ['Kebalen Wetan', 'Juanda', 'Polehan Gang Buntu'],
  Jodipan: ['Ir. H. Juanda', 'Jodipan Wetan', 'Kampung Warna Warni'],
  Klojen: ['Kahuripan', 'Kertanegara', 'Majapahit'],
  'Rampal Celaket': ['Tumapel', 'Trunojoyo', 'Rampal'],
  Samaan: ['Samaan', 'Letjen Sutoyo', 'Kaliurang'],
  Kiduldalem: ['Zainul Arifin', 'Kyai Tamin', 'Kiduldalem'],
  Sukoharjo: ['Sukoharjo', 'Pasar Besar', 'Kapten Tendean'],
  Kasin: ['Kasin Kidul', 'Kawi Atas', 'Brigjen Slamet Riadi'],
  Kauman: ['Kauman', 'Arief Rahman Hakim', 'Merdeka Barat'],
  'Oro-oro Dowo': ['Guntur', 'Pahlawan', 'Semeru'],
  Bareng: ['Bareng Tenes', 'Bareng Raya', 'Kawi'],
  Gadingkasri: ['Bondowoso', 'Galunggung', 'Gading Pesantren'],
  Penanggungan: ['Bogor', 'Penanggungan Dalam', 'Tenes'],
  Kotalama: ['Kemirahan', 'Kebalen', 'Ir. H. Juanda'],
  Mergosono: ['Kolonel Sugiono', 'Mergosono', 'Kampung Biru'],
  Bumiayu: ['Kyai Parseh Jaya', 'Bumiayu', 'Ki Ageng Gribig'],
  Wonokoyo: ['Raya Wonokoyo', 'Wonokoyo Krajan', 'Sumberwaras'],
  Buring: ['Mayjen Sungkono', 'Buring Raya', 'Perum Buring Satelit'],
  Kedungkandang: ['Ki Ageng Gribig', 'Kedungkandang', 'Ranu Grati'],
  Lesanpuro: ['Danau Maninjau', 'Lesanpuro', 'Perum Lesanpuro Indah'],
  Sawojajar: ['Danau Toba', 'Danau Kerinci', 'Danau Sentani'],
  Madyopuro: ['Danau Jonge', 'Madyopuro', 'Ki Ageng Gribig Timur'],
  Cemorokandang: ['Raya Cemorokandang', 'Cemoro Sewu', 'Perum Cemorokandang'],
  Arjowinangun: ['Raya Arjowinangun', 'Kacuk', 'Satsui Tubun'],
  Tlogowaru: ['Raya Tlogowaru', 'Tlogowaru Krajan', 'Perum Tlogowaru Indah'],
  Ciptomulyo: ['Kolonel Sugiono Gang', 'Ciptomulyo', 'Gadang Gang'],
  Gadang: ['Gadang', 'Satsuit Tubun', 'Kolonel Sugiono'],
  Kebonsari: ['Kebonsari', 'Raya Tlogowaru Barat', 'Mayjen Sungkono'],
  Bandungrejosari: ['Kolonel Sugiono', 'Bandungrejosari', 'Raya Janti Barat', 'Sidomulyo', 'Janti Selatan'],
  Sukun: ['S. Supriadi', 'Sukun Gempol', 'Keben'],
  Tanjungrejo: ['Klayatan', 'Tanjungrejo', 'Dr. Wahidin'],
  'Pisang Candi': ['Pisang Candi Barat', 'Candi Mendut', 'Raya Langsep'],
  Bandulan: ['Raya Bandulan', 'Bandulan Barat', 'Kemantren'],
  Karangbesuki: ['Candi Panggung', 'Karangbesuki', 'Raya Candi'],
  Mulyorejo: ['Raya Mulyorejo', 'Mulyorejo Tengah', 'Wahidin'],
  'Bakalan Krajan': ['Bakalan Krajan', 'Raya Kebonagung', 'Pelabuhan Tanjung'],
  Tunggulwulung: ['Akordion', 'Tunggulwulung', 'Simpang Akordion'],
  Merjosari: ['Joyo Agung', 'Joyo Suko', 'Joyo Raharjo'],
  Tlogomas: ['Raya Tlogomas', 'Tirto Utomo', 'Tlogomas Gang'],
  Dinoyo: ['MT Haryono', 'Keramik', 'Dinoyo Gang'],
  Sumbersari: ['Sumbersari', 'Gajayana', 'Kerto Rahayu'],
  Ketawanggede: ['Kertoasri', 'Kerto Pamuji', 'Watu Mujur'],
  Jatimulyo: ['Kendalsari', 'Candi Trowulan', 'Jatimulyo'],
  Tunjungsekar: ['Tunjungsekar', 'Ikan Piranha', 'Candi Jago'],
  Mojolangu: ['Sudimoro', 'Candi Panggung', 'Mojolangu'],
  Tulusrejo: ['Kembang Turi', 'Bunga Kenanga', 'Bunga Andong'],
  Lowokwaru: ['Kendal Sari', 'Cengger Ayam', 'Bantaran'],
  Tasikmadu: ['Raya Tasikmadu', 'Tasikmadu Gang', 'Sidoluhur'],
};

/** Places just outside the city (Kabupaten Malang 35.07, Kota Batu 35.79): a row there must be refused. */
const OUTSIDE = [
  { kel: 'Landungsari', kec: 'Dau', street: 'Raya Tegalgondo', nik: '350721' },
  { kel: 'Sumbersekar', kec: 'Dau', street: 'Sumbersekar', nik: '350721' },
  { kel: 'Kalisongo', kec: 'Dau', street: 'Raya Kalisongo', nik: '350721' },
  { kel: 'Banjararum', kec: 'Singosari', street: 'Raya Banjararum', nik: '350722' },
  { kel: 'Ardimulyo', kec: 'Singosari', street: 'Ardimulyo', nik: '350722' },
  { kel: 'Asrikaton', kec: 'Pakis', street: 'Raya Asrikaton', nik: '350717' },
  { kel: 'Sekarpuro', kec: 'Pakis', street: 'Sekarpuro', nik: '350717' },
  { kel: 'Tegalgondo', kec: 'Karangploso', street: 'Raya Tegalgondo', nik: '350724' },
  { kel: 'Sitirejo', kec: 'Wagir', street: 'Raya Sitirejo', nik: '350719' },
  { kel: 'Kebonagung', kec: 'Pakisaji', street: 'Raya Kebonagung', nik: '350715' },
  { kel: 'Junrejo', kec: 'Junrejo', street: 'Raya Junrejo', nik: '357903' },
  { kel: 'Sukodadi', kec: 'Wagir', street: 'Sukodadi', nik: '350719' },
];

/** Where people were first registered when not in Kota Malang: regency code, highest kecamatan, city name. */
const BIRTH_REGIONS = [
  { code: '3507', maxKec: 33, city: 'MALANG', weight: 5 },
  { code: '3579', maxKec: 3, city: 'BATU', weight: 1 },
  { code: '3578', maxKec: 31, city: 'SURABAYA', weight: 1 },
  { code: '3515', maxKec: 18, city: 'SIDOARJO', weight: 1 },
  { code: '3506', maxKec: 26, city: 'KEDIRI', weight: 1 },
  { code: '3508', maxKec: 21, city: 'LUMAJANG', weight: 1 },
  { code: '3505', maxKec: 22, city: 'BLITAR', weight: 1 },
  { code: '3509', maxKec: 31, city: 'JEMBER', weight: 1 },
];

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------

/** Space-separated words, or comma-separated phrases. */
const words = (s) => s.trim().split(/\s+/);
const phrases = (s) => s.trim().split(/\s*,\s*/);

/** First words of two-part women's names. */
const F_FIRST =
  words(`Sri Siti Nur Dwi Tri Endang Ika Eka Dewi Rina Lilik Titik Umi Ani Nurul Dyah Retno Ratna Yuli
  Lina Wiwik Ninik Anik Ida Tutik Yayuk Heni Indah Puji Rini Erna Sulis Luluk Mamik Enny`);
/** Second words of women's names. */
const F_SECOND =
  words(`Wahyuni Rahayu Lestari Aminah Mulyani Handayani Sulistyowati Ernawati Kurniawati Rahmawati
  Hidayati Nurhayati Suryani Hartini Wulandari Puspitasari Setyowati Astuti Maimunah Fatimah Khotimah Zulaikha
  Muawanah Susanti Yuliani Indriyani Purwanti Rohmah Solikhah Masruroh Kholifah Muslimah Wijayanti Utami Anggraeni
  Pratiwi Mardiyah Sumarni Musrifah Ningsih Cahyani Jubaidah Nur'aini Mu'arofah`);
/** One-word names, mostly of older women. */
const F_SINGLE =
  words(`Suryati Kartini Sumiati Suharti Suwarni Sumarni Winarti Painem Sutinah Ngatini Poniyem Juwariyah
  Kasiani Mujiati Sundari Siswati Supiyah Tukini Murtini Rukayah Kustiyah Sulastri Sukarti Paini Katmini Miatun
  Jumiati Sutiyah Marsini Karsini Sumini Kasmini Tumini Sunarsih Jumaiyah`);
/** First words of younger women's names. */
const F_YOUNG =
  words(`Ayu Novi Fitri Dian Rizka Intan Nanda Putri Devi Desy Mega Vina Anisa Nadia Lia Riska Yunita
  Erlin Tika Wulan Renny Melati Eva Selvi`);
/** Mother / daughter second names that differ by a few letters. */
const SIMILAR = words(`Wahyuni/Wahyuningsih Aminah/Aminatun Hayati/Hidayati Rahayu/Rahayuningsih
  Lestari/Lestariningsih Mulyani/Mulyaningsih Suryani/Suryaningsih Handayani/Handayaningsih Fatimah/Fatmawati
  Kholifah/Kholifatun Rohmah/Rohmawati Astuti/Astutik Purwanti/Purwaningsih Setyowati/Setyaningsih
  Hartini/Hartatik Sulistyowati/Sulistyaningsih Yuliani/Yulianti Susanti/Susiati`).map((pair) =>
  pair.split('/'),
);
/** Siblings named in order of birth, with one shared second word. */
const SIBLING_FIRST = words('Eka Dwi Tri Catur');

const M_FIRST =
  words(`Bambang Agus Slamet Hadi Budi Joko Eko Heri Sugeng Yusuf Imam Rudi Didik Gatot Teguh Anton Edi
  Mochamad Achmad Abdul Sutrisno Wahyudi Nur Sholeh Suparman Puji Kusnadi Mulyono`);
const M_SECOND =
  words(`Sutrisno Santoso Prasetyo Hidayat Purnomo Setiawan Riyadi Wibowo Susanto Kurniawan Saputra
  Hartono Suprapto Hariadi Fauzi Sholeh Ma'ruf Rochim Efendi Yulianto Arifin Syaifudin Mashuri Cahyono`);
/** How offices write "Mochamad" / "Achmad" / "Abdul". */
const M_VARIANTS = {
  Mochamad: words('Mochamad Moch. Mochammad Muhammad M. Moh.'),
  Achmad: words('Achmad Ahmad Akhmad A.'),
  Abdul: words('Abdul Abd.'),
};
const FATHERS =
  phrases(`Kasiran, Sapari, Suparman, Ngadimin, Kasmuri, Abdul Rochim, Moch. Sholeh, Ahmad Fauzi, Sukarji,
  Marto, Sanusi, Kastari, Rasimin, Jumadi, Paidi, Sarmin, Mukri, Usman, Dulkamid, Sakri, Kusnan, Ponidi, Markum, Samsuri`);
const DEGREES = words('S.Pd. SE S.Pd.I A.Md. S.Kom. S.Sos. Dra.');

/** Nicknames (panggilan) of name words, "word=nick,nick"; a word without an entry is its own nickname. */
const NICK = Object.fromEntries(
  words(`Suryati=Yati Kartini=Tin,Tini Sumiati=Sum,Mimin Suharti=Harti Suwarni=Warni Sumarni=Marni Winarti=Win,Narti
  Sutinah=Tinah Ngatini=Tini Juwariyah=Juwar,Riyah Mujiati=Muji Sundari=Ndari Siswati=Sis Supiyah=Piyah
  Sulastri=Lastri Sukarti=Karti Jumiati=Jum Murtini=Tini Rukayah=Ruk Kustiyah=Kus Kasiani=Kas Sunarsih=Narsih
  Jumaiyah=Jum Sumini=Min Wahyuni=Yuni Rahayu=Ayu Lestari=Tari Aminah=Minah Mulyani=Yani Handayani=Yani
  Sulistyowati=Lis Ernawati=Erna Kurniawati=Nia,Wati Rahmawati=Rahma Hidayati=Yati Nurhayati=Yati Suryani=Yani
  Hartini=Tini Wulandari=Wulan Puspitasari=Puspita Setyowati=Wati Astuti=Tutik Maimunah=Mun Fatimah=Ima
  Khotimah=Ima Zulaikha=Ika Susanti=Santi Yuliani=Yuli Indriyani=Indri Purwanti=Wanti Wahyuningsih=Ning
  Rahayuningsih=Ning Lestariningsih=Ning Aminatun=Atun Fatmawati=Fatma Kholifatun=Ifa Mochamad=Mamat Achmad=Mad
  Suparman=Parman Sutrisno=Tris`).map((entry) => {
    const [word, nicks] = entry.split('=');
    return [word, nicks.split(',')];
  }),
);

// ---------------------------------------------------------------------------------------------------------
// Products (trades). A block per trade: key, formal name (Disperindag), KBLI, sector, weight among women,
// weight among men; "casual": what owners, cadres and bank clerks write (regional, English, misspelt);
// "jenis": Dinas Sosial's Jenis Usaha; "pirt": food type code, jenis pangan, certificate product names
// (no pirt line: not a P-IRT product: perishable, frozen, a service, or not food).
// ---------------------------------------------------------------------------------------------------------

const PRODUCT_TABLE = `
kripik_tempe | Keripik Tempe | 10794 | Makanan | 7 | 1
  casual: kripik tempe, keripik tempe, tempe chips, kripik tempe sagu, keripik tempe aneka rasa
  jenis: PRODUKSI KRIPIK TEMPE, KERIPIK TEMPE, USAHA KRIPIK TEMPE
  pirt: 15 | Hasil olahan kacang-kacangan | Keripik Tempe Original, Keripik Tempe Balado, Keripik Tempe Pedas Manis, Keripik Tempe Daun Jeruk
tempe | Tempe | 10391 | Makanan | 3 | 2
  casual: tempe, tempe kedelai, bikin tempe, tempe bungkus daun, tempe mentah
  jenis: PEMBUATAN TEMPE, PENGRAJIN TEMPE, TEMPE
  pirt: 15 | Hasil olahan kacang-kacangan | Tempe Kedelai, Tempe Daun
kue_basah | Kue Basah | 10792 | Makanan | 8 | 0
  casual: kue basah, jajan pasar, kue tradisional, jajanan pasar, kue-kue basah, snack box
  jenis: KUE BASAH, DAGANG KUE, PEMBUATAN KUE BASAH, JAJAN PASAR
kue_kering | Kue Kering | 10710 | Makanan | 6 | 0
  casual: kue kering, kue lebaran, cookies, kue kering toples, nastar
  jenis: KUE KERING, PEMBUATAN KUE KERING
  pirt: 06 | Tepung dan hasil olahnya | Nastar, Kastengel, Putri Salju, Kue Kacang, Lidah Kucing
roti | Roti dan Kue | 10710 | Makanan | 4 | 1
  casual: roti, roti manis, bakery, roti & kue, brownies, bolu
  jenis: ROTI, PEMBUATAN ROTI DAN KUE, KUE DAN ROTI
  pirt: 06 | Tepung dan hasil olahnya | Bagelen, Brownies Kering, Roti Kering, Bolu Kering
catering | Jasa Boga / Katering | 56210 | Makanan | 5 | 1
  casual: catering, katering, nasi kotak, nasi box, jasa boga, nasi bungkus
  jenis: CATERING, KATERING, USAHA NASI KOTAK, WARUNG NASI
frozen | Makanan Beku (Frozen Food) | 10750 | Makanan | 4 | 0
  casual: frozen food, frozen, dimsum frozen, nugget, makanan beku, risoles frozen
  jenis: FROZEN FOOD, MAKANAN BEKU
sambal | Sambal Kemasan | 10799 | Makanan | 4 | 0
  casual: sambal, sambel, sambal botol, sambel pecel, chili sauce, bumbu pecel
  jenis: SAMBAL, SAMBEL PECEL, BUMBU PECEL
  pirt: 11 | Bumbu | Sambal Bawang, Sambal Teri, Bumbu Pecel, Sambal Cumi, Sambal Bajak
jamu | Minuman Herbal / Jamu | 11090 | Minuman | 3 | 0
  casual: jamu, jamu gendong, minuman herbal, sari jahe, wedang uwuh, jamu instan
  jenis: JAMU, JAMU GENDONG, PEMBUATAN JAMU
  pirt: 13 | Minuman serbuk | Jahe Instan, Kunyit Asam Instan, Temulawak Instan, Sari Jahe Merah
kerupuk | Kerupuk | 10794 | Makanan | 3 | 1
  casual: kerupuk, krupuk, rengginang, opak, krupuk puli, crackers
  jenis: KERUPUK, KRUPUK, PEMBUATAN KERUPUK
  pirt: 06 | Tepung dan hasil olahnya | Kerupuk Bawang, Rengginang, Kerupuk Puli, Opak Gambir
marning | Marning Jagung | 10794 | Makanan | 2 | 1
  casual: marning, jagung marning, marneng, corn snack
  jenis: MARNING, MARNING JAGUNG
  pirt: 15 | Hasil olahan biji-bijian | Marning Jagung Original, Marning Jagung Pedas, Marning Balado
kripik_buah | Keripik Buah dan Umbi | 10794 | Makanan | 3 | 0
  casual: kripik singkong, keripik pisang, kripik apel, cassava chips, banana chips, kripik talas
  jenis: KRIPIK SINGKONG, KERIPIK PISANG, ANEKA KRIPIK
  pirt: 14 | Hasil olahan buah dan umbi | Keripik Singkong, Keripik Pisang, Keripik Apel, Keripik Talas
abon | Abon | 10750 | Makanan | 1 | 0
  casual: abon, abon sapi, abon lele, abon ayam, shredded beef
  jenis: ABON, PEMBUATAN ABON
  pirt: 01 | Hasil olahan daging kering | Abon Sapi, Abon Lele, Abon Ayam
peyek | Rempeyek | 10794 | Makanan | 3 | 0
  casual: peyek, rempeyek, peyek kacang, peyek teri
  jenis: PEYEK, REMPEYEK
  pirt: 15 | Hasil olahan kacang-kacangan | Rempeyek Kacang, Rempeyek Teri, Rempeyek Kedelai
kopi | Kopi Bubuk | 10761 | Minuman | 1 | 2
  casual: kopi bubuk, kopi, bubuk kopi, ground coffee, kopi dampit
  jenis: KOPI BUBUK, PENGOLAHAN KOPI
  pirt: 10 | Kopi, teh dan minuman | Kopi Bubuk Robusta, Kopi Bubuk Arabika
jahit | Penjahitan / Konveksi | 14120 | Fashion | 7 | 1
  casual: jahit, penjahit, jahitan, konveksi, tailor, jahit baju, permak baju
  jenis: MENJAHIT, PENJAHIT, JAHIT, KONVEKSI
batik | Batik | 13134 | Fashion | 2 | 0
  casual: batik, batik tulis, batik malangan, batik cap, ecoprint
  jenis: BATIK, PEMBATIK
rajut | Kerajinan Rajut | 32903 | Kerajinan | 2 | 0
  casual: rajut, tas rajut, rajutan, knitting, crochet
  jenis: RAJUT, KERAJINAN RAJUT
rotan | Kerajinan Rotan | 16291 | Kerajinan | 1 | 4
  casual: rotan, anyaman rotan, mebel rotan, rattan, kursi rotan
  jenis: ANYAMAN ROTAN, KERAJINAN ROTAN
gerabah | Gerabah | 23932 | Kerajinan | 1 | 3
  casual: gerabah, tembikar, pottery, cobek tanah liat, pot bunga tanah liat
  jenis: GERABAH, PENGRAJIN GERABAH
keramik | Keramik | 23932 | Kerajinan | 1 | 3
  casual: keramik, kerajinan keramik, ceramics, souvenir keramik
  jenis: KERAMIK, KERAJINAN KERAMIK
mebel | Mebel Kayu | 31001 | Kerajinan | 1 | 5
  casual: mebel, meubel, furniture, furnitur kayu, kusen, lemari kayu
  jenis: MEBEL, MEUBEL, TUKANG KAYU
raket | Raket dan Shuttlecock | 32300 | Kerajinan | 1 | 4
  casual: raket, raket badminton, senar raket, shuttlecock, kok bulutangkis
  jenis: RAKET, PEMBUATAN RAKET, SHUTTLECOCK
souvenir | Kerajinan Tangan / Souvenir | 32903 | Kerajinan | 3 | 0
  casual: souvenir, kerajinan tangan, handicraft, bros, manik-manik, hampers
  jenis: KERAJINAN TANGAN, SOUVENIR, MANIK-MANIK
es | Es dan Minuman | 11090 | Minuman | 2 | 1
  casual: es lilin, es mambo, minuman, es teh, jus buah
  jenis: ES LILIN, MINUMAN, DAGANG ES
bakso | Bakso / Pentol | 10750 | Makanan | 3 | 2
  casual: bakso, pentol, bakso frozen, cilok, pentol korea
  jenis: BAKSO, PENTOL, CILOK
`;

const PRODUCTS = PRODUCT_TABLE.trim()
  .split(/\n(?=\S)/)
  .map((block) => {
    const [head, ...rest] = block.split('\n');
    const [key, formal, kbli, sector, w, men] = head.split(' | ');
    const p = { key, formal, kbli, sector, w: Number(w), men: Number(men), pirt: null };
    for (const line of rest) {
      const [, field, value] = line.match(/^\s+(\w+): (.*)$/);
      if (field === 'pirt') {
        const [type, jenisPangan, names] = value.split(' | ');
        Object.assign(p, { pirtType: type, jenisPangan, pirt: phrases(names) });
      } else p[field] = phrases(value);
    }
    return p;
  });
const PRODUCT = new Map(PRODUCTS.map((p) => [p.key, p]));

/** English product words: a bank clerk or a young owner may write them, a PKK cadre does not. */
const ENGLISH = new Set(
  phrases(`tempe chips, cookies, bakery, frozen food, frozen, nugget, chili sauce, crackers, corn snack, cassava chips,
  banana chips, shredded beef, ground coffee, tailor, ecoprint, knitting, crochet, rattan, pottery, ceramics, furniture,
  handicraft, hampers, snack box, shuttlecock`),
);
const localWord = (r, prod, preferred) =>
  preferred && !ENGLISH.has(preferred) ? preferred : r.pick(prod.casual.filter((c) => !ENGLISH.has(c)));

/** Trades clustered in one kelurahan (sentra): more of that trade there. */
const SENTRA = {
  Purwantoro: ['kripik_tempe', 'tempe'],
  Pandanwangi: ['marning'],
  Balearjosari: ['rotan'],
  Kotalama: ['mebel'],
  Dinoyo: ['keramik'],
  Penanggungan: ['gerabah'],
  Bandungrejosari: ['raket'],
};

/** Brand words; a brand is a word, or a word with a product word or a suffix. */
const BRAND_WORDS =
  phrases(`Barokah, Berkah, Rahayu, Lestari, Sumber Rejeki, Sekar Arum, Mawar, Melati, Anugrah,
  Sari Rasa, Mekar Sari, Cahaya, Putri, Ananda, Mandiri, Sejahtera, Maju Jaya, Tunas, Amanah, Al-Hikmah, Nikmat, Sedap,
  Kenanga, Srikandi, Arema, Singo, Tugu, Kayutangan, Ijen, Bromo, Semeru, Dewi Sri, Kartika, Pelangi, Azzahra, Mutiara,
  Bintang, Citra, Kembang, Wijaya, Lancar, Sakinah, Family, Mom, Dapur, Omah, Sanan Jaya, Tiga Putri`);
const BRAND_SUFFIX = words('Jaya Snack Collection Food Craft Abadi Makmur Sejati Group');

// ---------------------------------------------------------------------------------------------------------
// Small text helpers
// ---------------------------------------------------------------------------------------------------------

const pad = (n, w) => String(n).padStart(w, '0');
const titleCase = (s) =>
  s
    .split(' ')
    .map((w) => w.replace(/^[a-z]|(?<=[-'’(])[a-z]/g, (c) => c.toUpperCase()))
    .join(' ');
const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();
/** 1.500.000 */
const dots = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** A NIK a registry must accept: 16 digits, a possible birth date (day+40 for women), serial not 0000. */
function nikPossible(nik) {
  if (!/^\d{16}$/.test(nik)) return false;
  if (nik.slice(4, 6) === '00' || nik.slice(12) === '0000') return false;
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (day > 40) day -= 40;
  if (month < 1 || month > 12 || day < 1) return false;
  // Either century must allow the day (29 February needs a leap year in one of them).
  return day <= Math.max(daysIn(1900 + yy, month), daysIn(2000 + yy, month));
}

// ---------------------------------------------------------------------------------------------------------
// Population: households, people, businesses
// ---------------------------------------------------------------------------------------------------------

const rp = makeRng('population');

/** Where households live: kecamatan population, more in the PKK kelurahan, the sentra and Blimbing. */
const KEL_WEIGHTS = KECAMATAN.flatMap((k) =>
  k.kel.map((kel) => {
    let w = k.weight / k.kel.length;
    if (kel === 'Bandungrejosari') w *= 6.5;
    else if (kel === 'Purwantoro') w *= 2.5;
    else if (SENTRA[kel]) w *= 1.5;
    if (k.name === 'Blimbing') w *= 1.2;
    return [kel, w];
  }),
);

const people = [];
const businesses = [];
const usedNik = new Set();
const usedPhones = new Set();
const negatives = { motherDaughter: 0, sisters: 0, spouses: 0, namesakesApart: 0, namesakesSameKel: 0 };

function makeAddress(kel) {
  const streets = STREETS[kel];
  const maxRw = kel === 'Bandungrejosari' ? 8 : 14;
  return {
    street: rp.pick(streets),
    gang: rp.chance(0.35) ? rp.int(1, 9) : 0,
    no: `${rp.int(1, 160)}${rp.chance(0.08) ? rp.pick(['A', 'B', 'C']) : ''}`,
    rt: rp.int(1, 10),
    rw: rp.int(1, maxRw),
    kel,
    kec: KEC_OF.get(kel).name,
  };
}

function makePhone() {
  for (;;) {
    const prefix = rp.pick([
      '0812',
      '0813',
      '0821',
      '0822',
      '0852',
      '0853',
      '0857',
      '0856',
      '0878',
      '0838',
      '0895',
    ]);
    const phone = prefix + pad(rp.int(0, 10 ** 7 - 1), 7) + (rp.chance(0.6) ? String(rp.int(0, 9)) : '');
    if (!usedPhones.has(phone)) {
      usedPhones.add(phone);
      return phone;
    }
  }
}

/** A NIK: region, day (+40 for women), month, 2-digit year, serial; unique in the population. */
function makeNik(sex, birth, kel) {
  let region;
  const u = rp.next();
  if (u < 0.78) region = `3573${KEC_OF.get(kel).code}`;
  else if (u < 0.88) region = `3573${rp.pick(KECAMATAN).code}`;
  else {
    const br = rp.weighted(BIRTH_REGIONS.map((b) => [b, b.weight]));
    region = br.code + pad(rp.int(1, br.maxKec), 2);
  }
  const dd = birth.d + (sex === 'F' ? 40 : 0);
  for (;;) {
    const serial = rp.chance(0.7) ? rp.int(1, 999) : rp.int(1000, 4999);
    const nik = region + pad(dd, 2) + pad(birth.m, 2) + pad(birth.y % 100, 2) + pad(serial, 4);
    if (!usedNik.has(nik)) {
      usedNik.add(nik);
      return nik;
    }
  }
}

/** A family-card number: 3573, kecamatan, issue date, serial. */
function makeKk(kel) {
  const y = rp.int(2006, 2024);
  const m = rp.int(1, 12);
  return `3573${KEC_OF.get(kel).code}${pad(rp.int(1, daysIn(y, m)), 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(rp.int(1, 9999), 4)}`;
}

function birthPlaceOf(nik) {
  const br = BIRTH_REGIONS.find((b) => nik.startsWith(b.code));
  if (br) return br.city;
  return rp.chance(0.9) ? 'MALANG' : rp.pick(['PASURUAN', 'PROBOLINGGO', 'TULUNGAGUNG', 'MOJOKERTO']);
}

function newPerson(sex, parts, age, hh, addr) {
  const y = REF_YEAR - age - (rp.chance(0.6) ? 1 : 0);
  const m = rp.int(1, 12);
  const birth = { y, m, d: rp.int(1, daysIn(y, m)) };
  const nik = makeNik(sex, birth, addr.kel);
  const p = {
    id: `P${pad(people.length + 1, 4)}`,
    sex,
    parts,
    birth,
    nik,
    kk: hh.kk,
    hh,
    addr,
    phone: makePhone(),
    email: null,
    hajj: age > 40 && rp.chance(0.12),
    degree: age < 55 && rp.chance(0.07) ? rp.pick(DEGREES) : null,
    father: rp.pick(FATHERS),
    krtp: false,
    birthPlace: birthPlaceOf(nik),
    spouse: null,
    businesses: [],
    /** which nickname the neighbours use */
    nick: null,
  };
  const nickSource = parts.length > 1 && rp.chance(0.55) ? parts[parts.length - 1] : parts[0];
  p.nick = NICK[nickSource] ? rp.pick(NICK[nickSource]) : nickSource.replace(/'.*/, '');
  if (sex === 'M' && p.degree === 'Dra.') p.degree = 'Drs.';
  if (rp.chance(0.45)) p.email = emailFor(p);
  people.push(p);
  hh.members.push(p);
  return p;
}

const nameOf = (p) => p.parts.join(' ');

/** A private e-mail address made of the name (or nickname) and the birth year or a number. */
function emailFor(p) {
  const last = p.parts[p.parts.length - 1].toLowerCase().replace(/[^a-z]/g, '');
  const base = rp.chance(0.5)
    ? nameOf(p)
        .toLowerCase()
        .replace(/[^a-z]/g, '')
    : p.nick.toLowerCase() + last;
  const suffix = rp.chance(0.6) ? pad(p.birth.y % 100, 2) : rp.int(1, 99);
  return `${base}${suffix}@${rp.weighted(['gmail.com', 'yahoo.co.id', 'yahoo.com'], [8, 2, 1])}`;
}

function womanParts(age) {
  if (age >= 50 && rp.chance(0.45)) return [rp.pick(F_SINGLE)];
  if (age < 33 && rp.chance(0.6)) return [rp.pick(F_YOUNG), rp.pick(F_SECOND)];
  const parts = [rp.pick(F_FIRST), rp.pick(F_SECOND)];
  if (rp.chance(0.12)) parts.splice(1, 0, rp.pick(['Nur', 'Dwi', 'Ayu', 'Dyah', 'Laili', 'Siti']));
  return parts[0] === parts[1] ? [parts[0], rp.pick(F_SECOND)] : parts;
}

function manParts() {
  const first = rp.pick(M_FIRST);
  if (rp.chance(0.15)) return [first];
  let second = rp.pick(M_SECOND);
  while (second === first) second = rp.pick(M_SECOND);
  return [first, second];
}

function pickProduct(person, exclude = []) {
  const sentra = SENTRA[person.addr.kel] ?? [];
  const pairs = PRODUCTS.filter((p) => !exclude.includes(p.key)).map((p) => {
    let w = person.sex === 'F' ? p.w : p.men;
    if (sentra.includes(p.key)) w = (w + 1) * (person.addr.kel === 'Purwantoro' ? 10 : 12);
    return [p.key, w];
  });
  return rp.weighted(pairs);
}

function brandFor(owner, productKey, sharedWord) {
  const prod = PRODUCT.get(productKey);
  const word = sharedWord ?? rp.pick(BRAND_WORDS);
  const short = titleCase(rp.pick(prod.casual.filter((c) => !/[&]/.test(c))));
  const isFood = prod.sector !== 'Kerajinan' && prod.sector !== 'Fashion';
  return rp.weighted(
    [
      word,
      `${word} ${rp.pick(BRAND_SUFFIX)}`,
      `${short} ${word}`,
      `${isFood ? 'Dapur' : 'Griya'} ${owner.sex === 'F' ? 'Bu ' : ''}${owner.nick}`,
      `${owner.nick} ${rp.pick(BRAND_SUFFIX)}`,
      `UD ${word}`,
    ],
    [3, 3, 3, sharedWord ? 0 : 1.5, sharedWord ? 0 : 1.5, owner.sex === 'M' ? 2 : 0.3],
  );
}

let pirtProducerSerial = rp.int(100, 400);

/** Issue date of a P-IRT certificate still valid on 30 September 2025 (valid five years). */
function certificateDate() {
  const year = rp.weighted([2020, 2021, 2022, 2023, 2024, 2025], [1, 2, 2, 2, 2, 1.5]);
  const month = year === 2020 ? rp.int(10, 12) : year === 2025 ? rp.int(1, 9) : rp.int(1, 12);
  return { year, month, day: rp.int(1, 28) };
}

function newBusiness(owner, productKey, sharedWord) {
  const prod = PRODUCT.get(productKey);
  const b = {
    id: `B${pad(businesses.length + 1, 4)}`,
    owner,
    product: productKey,
    brand: brandFor(owner, productKey, sharedWord),
    addr: owner.addr,
    workers: Math.min(12, 1 + Math.floor(rp.logNormal(1.1, 0.7))),
    omzet: Math.round(Math.min(40e6, Math.max(4e5, rp.logNormal(3e6, 0.8))) / 50000) * 50000,
    since: rp.int(2003, 2024),
    nib: rp.chance(0.18) ? `${rp.int(1, 9)}${pad(rp.int(0, 999999), 6)}${pad(rp.int(0, 999999), 6)}` : null,
    pirt: null,
    casual: rp.pick(prod.casual),
  };
  if (rp.chance(0.07)) {
    // a kiosk or a rented workshop in the same kelurahan
    b.addr = { ...makeAddress(owner.addr.kel), rt: owner.addr.rt, rw: owner.addr.rw };
  }
  if (prod.pirt && rp.chance(0.62)) {
    pirtProducerSerial += rp.int(3, 40);
    const n = Math.min(prod.pirt.length, rp.weighted([1, 2, 3], [52, 32, 16]));
    const names = rp.shuffle(prod.pirt).slice(0, n);
    b.pirt = {
      producer: pad(pirtProducerSerial, 4),
      certs: names.map((name, i) => ({
        name,
        seq: i + 1,
        pack: rp.weighted([2, 1, 3, 6, 5], [6, 1, 1, 1, 1]),
        ...certificateDate(),
      })),
    };
  }
  businesses.push(b);
  owner.businesses.push(b);
  return b;
}

/** One to three businesses; a second one is another trade and sometimes shares the brand word. */
function giveBusinesses(owner, firstProduct, count) {
  const first = newBusiness(owner, firstProduct ?? pickProduct(owner));
  const sharedWord = first.brand.split(' ').find((w) => BRAND_WORDS.includes(w));
  for (let i = 1; i < count; i++) {
    const product = pickProduct(
      owner,
      owner.businesses.map((b) => b.product),
    );
    newBusiness(owner, product, sharedWord && rp.chance(0.4) ? sharedWord : undefined);
  }
}
const businessCount = () => rp.weighted([1, 2, 3], [79, 17, 4]);

function newHousehold() {
  const kel = rp.weighted(KEL_WEIGHTS);
  return { kel, addr: makeAddress(kel), kk: makeKk(kel), members: [], type: null };
}

const TARGET_PEOPLE = 770;
/**
 * Household kinds, in fixed proportions (shuffled) so that every seed has about as many hard negatives:
 * a woman with a business (husband not in any file), a woman heading her household (KRTP), a woman whose
 * husband files for her, a couple who both run a business, mother and daughter, two sisters, a man.
 */
const HOUSEHOLD_MIX = { woman: 46, krtp: 17, filer: 8, spouses: 4, motherDaughter: 5, sisters: 3, man: 8 };
const householdPlan = rp.shuffle(
  Object.entries(HOUSEHOLD_MIX).flatMap(([kind, w]) => Array(Math.round((w / 91) * 640)).fill(kind)),
);
while (people.length < TARGET_PEOPLE) {
  const hh = newHousehold();
  hh.type = householdPlan.pop() ?? 'woman';
  if (hh.type === 'woman' || hh.type === 'krtp') {
    const age = hh.type === 'krtp' ? rp.int(36, 72) : rp.int(24, 66);
    const w = newPerson('F', womanParts(age), age, hh, hh.addr);
    w.krtp = hh.type === 'krtp' || rp.chance(0.3);
    giveBusinesses(w, null, businessCount());
  } else if (hh.type === 'man') {
    const m = newPerson('M', manParts(), rp.int(28, 66), hh, hh.addr);
    giveBusinesses(m, null, rp.weighted([1, 2], [85, 15]));
  } else if (hh.type === 'filer' || hh.type === 'spouses') {
    const age = rp.int(26, 62);
    const w = newPerson('F', womanParts(age), age, hh, hh.addr);
    const h = newPerson('M', manParts(), age + rp.int(0, 8), hh, hh.addr);
    w.spouse = h;
    h.spouse = w;
    giveBusinesses(w, null, businessCount());
    if (hh.type === 'spouses') {
      negatives.spouses++;
      giveBusinesses(h, pickProduct(h, [w.businesses[0].product]), rp.weighted([1, 2], [90, 10]));
    }
  } else if (hh.type === 'motherDaughter') {
    negatives.motherDaughter++;
    const [a, b] = rp.pick(SIMILAR);
    const first = rp.pick(['Sri', 'Siti', 'Nur', 'Dwi', 'Endang', 'Umi', 'Ida', 'Lilik']);
    const ma = rp.int(48, 72);
    const mother = newPerson('F', [first, a], ma, hh, hh.addr);
    mother.krtp = rp.chance(0.7);
    // a married daughter living in her mother's house has her own family card half of the time
    const da = ma - rp.int(20, 30);
    const daughterHh = rp.chance(0.5) ? hh : { ...hh, kk: makeKk(hh.kel), members: hh.members };
    const daughter = newPerson(
      'F',
      rp.chance(0.75) ? [first, b] : [rp.pick(F_YOUNG), b],
      da,
      daughterHh,
      hh.addr,
    );
    daughter.kk = daughterHh.kk;
    daughter.hh = hh;
    daughter.mother = mother;
    giveBusinesses(mother, null, businessCount());
    const sameTrade = rp.chance(0.5);
    giveBusinesses(daughter, sameTrade ? mother.businesses[0].product : null, rp.weighted([1, 2], [88, 12]));
  } else if (hh.type === 'sisters') {
    negatives.sisters++;
    const age = rp.int(30, 55);
    let pa;
    let pb;
    if (rp.chance(0.5)) {
      const second = rp.pick(F_SECOND);
      const i = rp.int(0, 2);
      pa = [SIBLING_FIRST[i], second];
      pb = [SIBLING_FIRST[i + 1], second];
    } else {
      const first = rp.pick(['Nur', 'Siti', 'Sri', 'Dyah', 'Retno']);
      const [x, y] = rp.shuffle(F_SECOND);
      pa = [first, x];
      pb = [first, y];
    }
    const s1 = newPerson('F', pa, age, hh, hh.addr);
    const s2 = newPerson('F', pb, age - rp.int(1, 6), hh, hh.addr);
    s1.sister = s2;
    s2.sister = s1;
    s1.krtp = rp.chance(0.25);
    giveBusinesses(s1, null, businessCount());
    giveBusinesses(s2, rp.chance(0.3) ? s1.businesses[0].product : null, 1);
  }
}

/** Namesakes: copy one woman's full name to another woman elsewhere, now and then in the same kelurahan. */
{
  const singles = people.filter((p) => p.sex === 'F' && p.hh.members.length === 1);
  const taken = new Set();
  const pairs = Math.round(people.length * 0.022);
  for (let i = 0; i < pairs; i++) {
    const a = rp.pick(singles);
    if (taken.has(a)) continue;
    const sameKel = rp.chance(0.25);
    const pool = singles.filter(
      (b) => b !== a && !taken.has(b) && (sameKel ? b.addr.kel === a.addr.kel : b.addr.kel !== a.addr.kel),
    );
    if (pool.length === 0) continue;
    const b = rp.pick(pool);
    const oldNick = b.nick;
    b.parts = [...a.parts];
    b.nick = a.nick;
    if (b.email) b.email = emailFor(b);
    for (const x of b.businesses) {
      x.brand = x.brand
        .split(' ')
        .map((w) => (w === oldNick ? b.nick : w))
        .join(' ');
    }
    a.namesake = b;
    b.namesake = a;
    taken.add(a);
    taken.add(b);
    if (sameKel) negatives.namesakesSameKel++;
    else negatives.namesakesApart++;
  }
}

/** People in a hard negative: mother/daughter, sisters, spouses who both run a business, namesakes. */
const negativePeople = new Set(
  people.filter(
    (p) =>
      p.mother ||
      people.some((q) => q.mother === p) ||
      p.sister ||
      p.namesake ||
      (p.spouse && p.businesses.length > 0 && p.spouse.businesses.length > 0),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// Noise: how one true value comes out of different hands
// ---------------------------------------------------------------------------------------------------------

const KEY_NEIGHBOURS = Object.fromEntries(
  words(
    'a:sqz b:vnh c:xvd d:sfe e:wrd f:dgr g:fht h:gjy i:uok j:hku k:jli l:ko m:nj n:bmh o:ipl p:ol r:etf s:adw t:ryg u:yij w:qes y:tuh z:as v:cb q:wa x:zc',
  ).map((kv) => kv.split(':')),
);

/** One slip of the hand inside a word (never the first letter): a wrong key, a lost or swapped letter. */
function typo(r, s) {
  const spots = [...s].map((c, i) => (i > 0 && /[a-z]/i.test(c) && /[a-z]/i.test(s[i - 1]) ? i : -1));
  const cands = spots.filter((i) => i > 0);
  if (cands.length === 0) return s;
  const i = r.pick(cands);
  const c = s[i];
  const lower = c.toLowerCase();
  const kind = r.weighted(
    ['sub', 'del', 'swap'],
    [4, 2, i + 1 < s.length && /[a-z]/i.test(s[i + 1]) && s[i + 1] !== c ? 2 : 0],
  );
  if (kind === 'del') return s.slice(0, i) + s.slice(i + 1);
  if (kind === 'swap') return s.slice(0, i) + s[i + 1] + c + s.slice(i + 2);
  const repl = r.pick(KEY_NEIGHBOURS[lower] ?? 'a');
  return s.slice(0, i) + (c === lower ? repl : repl.toUpperCase()) + s.slice(i + 1);
}

/** A doubled letter: "Suryatti", "Wahyunni". */
function doubleLetter(r, s) {
  const cands = [...s].map((c, i) => (i > 0 && /[a-z]/i.test(c) ? i : -1)).filter((i) => i > 0);
  if (cands.length === 0) return s;
  const i = r.pick(cands);
  return s.slice(0, i + 1) + s[i] + s.slice(i + 1);
}

/** Pre-1972 spelling: u → oe, j → dj, c → tj, y → j (one change). */
function oldSpelling(r, s) {
  const rules = [
    [/(^|\s)([SKPTMNWR])u/, '$1$2oe'],
    [/(^|\s)J/, '$1Dj'],
    [/(?<=[aiueo])j/, 'dj'],
    [/(^|\s)C/, '$1Tj'],
    [/(?<=[aiueo])c/, 'tj'],
    [/(?<=[aiueo])y(?=[aiueo])/, 'j'],
  ].filter(([re]) => re.test(s));
  if (rules.length === 0) return s;
  const [re, to] = r.pick(rules);
  return s.replace(re, to);
}

/**
 * A person's name as one office writes it. o: probabilities (drop a middle name, swap, old spelling, typo,
 * doubled letter, abbreviate the last word, title, degree, "binti"), and the letter case.
 */
function renderName(r, p, o = {}) {
  const parts = [...p.parts];
  if (p.sex === 'M' && M_VARIANTS[parts[0]] && r.chance(o.variant ?? 0.5))
    parts[0] = r.pick(M_VARIANTS[parts[0]]);
  if (parts.length >= 3 && r.chance(o.dropMiddle ?? 0.25)) parts.splice(1, 1);
  if (parts.length === 2 && r.chance(o.swap ?? 0.015)) parts.reverse();
  if (parts.length >= 2 && r.chance(o.abbrev ?? 0))
    parts[parts.length - 1] = `${parts[parts.length - 1][0]}.`;
  let s = parts.join(' ');
  if (o.apostrophe) s = s.replace(/'/g, o.apostrophe);
  if (r.chance(o.old ?? 0.03)) s = oldSpelling(r, s);
  if (r.chance(o.typo ?? 0.04)) s = typo(r, s);
  if (r.chance(o.double ?? 0.02)) s = doubleLetter(r, s);
  if (o.accent && r.chance(o.accent)) s = s.replace(/e(?=[a-z])/, 'é').replace(/(?<=[a-z])e$/, 'ë');
  if (p.hajj && r.chance(o.hajj ?? 0.45))
    s = `${p.sex === 'F' ? r.pick(['Hj.', 'Hj', 'Hajjah']) : 'H.'} ${s}`;
  if (p.degree && r.chance(o.degree ?? 0.4)) {
    s = p.degree.startsWith('Dr') ? `${p.degree} ${s}` : `${s}${r.pick([', ', ' '])}${p.degree}`;
  }
  if (o.binti && p.sex === 'F' && r.chance(o.binti)) s = `${s} BINTI ${p.father}`;
  const kase = o.case ?? 'title';
  if (kase === 'upper') return s.toUpperCase();
  if (kase === 'lower') return s.toLowerCase();
  if (kase === 'free') {
    return r.weighted(
      [
        s,
        s.toLowerCase(),
        s.toUpperCase(),
        s.replace(/\S+$/, (w) => w.toUpperCase()),
        s.replace(/^\S+/, (w) => w.toLowerCase()),
      ],
      [5, 2, 2.5, 0.5, 0.5],
    );
  }
  return s;
}

/** Mistype one digit, keeping 16 digits and a possible date, and not hitting someone else's NIK. */
function nikMistyped(r, nik) {
  for (let tries = 0; tries < 50; tries++) {
    const i = r.int(4, 15);
    const d = String((Number(nik[i]) + r.int(1, 9)) % 10);
    const out = nik.slice(0, i) + d + nik.slice(i + 1);
    if (nikPossible(out) && !usedNik.has(out)) return out;
  }
  return nik;
}

/** Swap two neighbouring digits, keeping a possible NIK. */
function nikSwapped(r, nik) {
  for (let tries = 0; tries < 50; tries++) {
    const i = r.int(4, 14);
    if (nik[i] === nik[i + 1]) continue;
    const out = nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
    if (nikPossible(out) && !usedNik.has(out)) return out;
  }
  return nik;
}

const nikSpaced = (r, nik) =>
  r.pick([
    `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`,
    `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`,
    `${nik.slice(0, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`,
    `${nik} `,
  ]);

/** What Excel keeps of a NIK typed into a number cell: 15 significant digits. Null if that breaks it. */
function nikAsNumber(nik) {
  const kept = `${nik.slice(0, 15)}0`;
  return nikPossible(kept) && (kept === nik || !usedNik.has(kept)) ? Number(kept) : null;
}

/** A NIK a registry must refuse, of one kind: wrong length, a letter, an impossible birth date. */
function nikBroken(r, nik, kind) {
  if (kind === 'length') {
    const i = r.int(6, 15);
    return r.chance(0.6) ? nik.slice(0, i) + nik.slice(i + 1) : nik.slice(0, i) + nik[i] + nik.slice(i);
  }
  if (kind === 'letter') {
    const zero = nik.indexOf('0', 6);
    if (zero > 0) return `${nik.slice(0, zero)}O${nik.slice(zero + 1)}`;
    const one = nik.indexOf('1', 6);
    if (one > 0) return `${nik.slice(0, one)}l${nik.slice(one + 1)}`;
    return `${nik.slice(0, 10)}O${nik.slice(11)}`;
  }
  // impossible date: a day of 32–39 (neither sex), a 13th month, or day 00
  const v = r.int(0, 2);
  if (v === 0) return `${nik.slice(0, 6)}3${r.int(2, 9)}${nik.slice(8)}`;
  if (v === 1) return `${nik.slice(0, 8)}13${nik.slice(10)}`;
  return `${nik.slice(0, 6)}00${nik.slice(8)}`;
}

/** A NIK for an ok row: mostly clean, sometimes mistyped, swapped or spaced (rates per office). */
function nikNoisy(r, nik, o = {}) {
  const u = r.next();
  const t = o.typo ?? 0.04;
  const sw = o.swap ?? 0.02;
  const sp = o.spaced ?? 0.03;
  if (u < t) return nikMistyped(r, nik);
  if (u < t + sw) return nikSwapped(r, nik);
  if (u < t + sw + sp) return nikSpaced(r, nik);
  return nik;
}

function phoneVariant(r, phone, weights = {}) {
  const rest = phone.slice(1);
  const a = phone.slice(0, 4);
  const b = phone.slice(4, 8);
  const c = phone.slice(8);
  return r.weighted(
    [
      phone,
      `${a}-${b}-${c}`,
      `${a} ${b} ${c}`,
      `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`,
      `62${rest}`,
      `+62${rest}`,
      rest,
    ],
    [
      weights.plain ?? 4,
      weights.dashed ?? 1,
      weights.spaced ?? 1,
      weights.intl ?? 1,
      weights.intlBare ?? 1,
      weights.intlPlus ?? 0.5,
      weights.lostZero ?? 0.5,
    ],
  );
}

const jalan = (r, street, upper = false) => {
  const prefix = r.weighted(['Jl.', 'Jln.', 'Jalan', 'Jl', 'JL.'], [6, 2, 1.5, 1, 0.5]);
  const s = `${prefix} ${street}`;
  return upper ? s.toUpperCase() : s;
};
const gangText = (r, g) =>
  g === 0 ? '' : r.pick([`Gg. ${ROMAN[g]}`, `Gg. ${g}`, `Gang ${ROMAN[g]}`, `Gg ${g}`, `gg.${ROMAN[g]}`]);
const rtRw = (r, rt, rw) =>
  r.weighted(
    [
      `RT ${pad(rt, 2)} RW ${pad(rw, 2)}`,
      `RT ${pad(rt, 2)}/RW ${pad(rw, 2)}`,
      `${pad(rt, 2)}/${pad(rw, 2)}`,
      `Rt.${rt}/Rw.${rw}`,
      `RT.${pad(rt, 3)}/RW.${pad(rw, 3)}`,
      `rt ${rt} rw ${rw}`,
    ],
    [4, 3, 2, 2, 1, 1],
  );

/** Street, gang, number and (optionally) RT/RW in one string. */
function streetLine(r, a, o = {}) {
  const bits = [jalan(r, a.street)];
  if (a.gang) bits.push(gangText(r, a.gang));
  bits.push(r.weighted([`No. ${a.no}`, `No.${a.no}`, `no ${a.no}`, a.no], [5, 1, 1, 2]));
  if (o.rtrw) bits.push(rtRw(r, a.rt, a.rw));
  return bits.join(o.comma && r.chance(0.5) ? ', ' : ' ');
}

/** A kelurahan name as written: official, joined or split, "Kel." prefix, capitals. */
function kelVariant(r, kel, o = {}) {
  let s = kel;
  if (KEL_ALT[kel] && r.chance(o.alt ?? 0.25)) s = r.pick(KEL_ALT[kel]);
  if (r.chance(o.prefix ?? 0.1)) s = `${r.pick(['Kel.', 'Kel', 'Kelurahan'])} ${s}`;
  if (o.upper) s = s.toUpperCase();
  else if (o.caseNoise && r.chance(o.caseNoise)) s = r.pick([s.toUpperCase(), s.toLowerCase()]);
  return s;
}

/** Monthly turnover as someone types it into a form: "2jt", "Rp. 1.500.000,-", "1,5 juta", "500rb". */
function omzetTyped(r, n) {
  const juta = n / 1e6;
  const roundJ = juta >= 3 ? Math.round(juta) : Math.round(juta * 2) / 2;
  const j = String(roundJ).replace('.', ',');
  if (n < 950000 && r.chance(0.6))
    return r.pick([`${Math.round(n / 1e5) * 100}rb`, `${Math.round(n / 1e5) * 100} ribu`]);
  return r.weighted(
    [
      `${j}jt`,
      `${j} juta`,
      `Rp. ${dots(roundJ * 1e6)},-`,
      `Rp ${dots(roundJ * 1e6)}`,
      String(roundJ * 1e6),
      `± ${j} juta`,
      `${j} jt/bln`,
    ],
    [3, 3, 3, 2, 2, 1, 1],
  );
}

// ---------------------------------------------------------------------------------------------------------
// Which office lists which business
// ---------------------------------------------------------------------------------------------------------

const rm = makeRng('membership');
for (const b of businesses) {
  const o = b.owner;
  const files = new Set();
  const primary = o.businesses[0] === b;
  if (o.krtp && primary && rm.chance(0.85)) files.add('dinsos');
  if (rm.chance(['catering', 'es', 'bakso'].includes(b.product) ? 0.45 : 0.66)) files.add('ikm');
  if (o.addr.kec === 'Blimbing' ? rm.chance(0.78) : rm.chance(0.05)) files.add('gelar');
  if (o.addr.kel === 'Bandungrejosari' && rm.chance(0.88)) files.add('pkk');
  if (rm.chance(0.5)) files.add('kur');
  if (b.pirt && rm.chance(0.96)) files.add('pirt');
  for (const f of rm.shuffle(['kur', 'ikm', 'gelar'])) if (files.size > 4) files.delete(f);
  if (files.size === 0) files.add(rm.chance(0.6) ? 'ikm' : 'kur');
  b.files = files;
}

/** Husbands named instead of their wives (per office), and a husband's flag for P-IRT applications. */
const HUSBAND_FILES = { ikm: 0.3, kur: 0.55, pirt: 0.5, gelar: 0.1 };
function namedFor(r, b, file) {
  const h = b.owner.sex === 'F' ? b.owner.spouse : null;
  if (!h || !HUSBAND_FILES[file]) return b.owner;
  const p = HUSBAND_FILES[file] * (h.businesses.length > 0 ? 0.3 : 1);
  return r.chance(p) ? h : b.owner;
}

// ---------------------------------------------------------------------------------------------------------
// Sheets as grids. Row kinds: title / skip (in truth as skip), header (not in truth), blank (not in
// truth), data (keys and expected). A cell is a string, a number, a Date, null, or {v, fmt} (number with a
// format) or {formula, result, fmt}.
// ---------------------------------------------------------------------------------------------------------

function newSheet(name) {
  return { name, rows: [], merges: [], widths: [] };
}
/** Append a row; returns its 1-based row number. */
function addRow(sheet, kind, cells = [], meta = {}) {
  sheet.rows.push({ kind, cells, ...meta });
  return sheet.rows.length;
}
/** Column headers written as 'A | B | | D' (an empty slot is a merged or blank cell). */
const cols = (text) => text.split(' | ').map((c) => c.trim() || null);
const cellEmpty = (c) => c === null || c === undefined || c === '';
const rowBlank = (row) => row.cells.every(cellEmpty);

let outsiderCount = 0;
/** A person from outside the population, for a rejected row; keys never used elsewhere. */
function outsider(r, sex = 'F', insideKel = null) {
  outsiderCount++;
  const place = insideKel
    ? {
        kel: insideKel,
        kec: KEC_OF.get(insideKel).name,
        street: r.pick(STREETS[insideKel]),
        nik: `3573${KEC_OF.get(insideKel).code}`,
      }
    : r.pick(OUTSIDE);
  const age = r.int(28, 60);
  const y = REF_YEAR - age;
  const m = r.int(1, 12);
  const d = r.int(1, 28);
  const parts = sex === 'F' ? [r.pick(F_FIRST), r.pick(F_SECOND)] : [r.pick(M_FIRST), r.pick(M_SECOND)];
  const nik = `${place.nik}${pad(d + (sex === 'F' ? 40 : 0), 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(r.int(1, 999), 4)}`;
  const p = {
    id: `PX${pad(outsiderCount, 3)}`,
    sex,
    parts,
    birth: { y, m, d },
    nik,
    kk: `${place.nik}${pad(r.int(1, 28), 2)}${pad(r.int(1, 12), 2)}${pad(r.int(8, 24), 2)}${pad(r.int(1, 9999), 4)}`,
    addr: {
      street: place.street,
      gang: 0,
      no: String(r.int(1, 90)),
      rt: r.int(1, 8),
      rw: r.int(1, 8),
      kel: place.kel,
      kec: place.kec,
    },
    phone: `08${r.pick(['12', '13', '52', '57', '78'])}${pad(r.int(0, 99999999), 8)}`,
    nick: parts[0],
    father: r.pick(FATHERS),
    birthPlace: 'MALANG',
    outside: !insideKel,
  };
  const product = r.pick(PRODUCTS.filter((x) => x.w > 0));
  const b = {
    id: `BX${pad(outsiderCount, 3)}`,
    owner: p,
    product: product.key,
    brand: `${r.pick(BRAND_WORDS)} ${r.pick(BRAND_SUFFIX)}`,
    addr: p.addr,
    workers: r.int(1, 4),
    omzet: r.int(10, 80) * 100000,
    casual: r.pick(product.casual),
    pirt: null,
    nib: null,
    since: r.int(2010, 2024),
  };
  return { p, b };
}

// ---------------------------------------------------------------------------------------------------------
// 1. Dinas Sosial — PEKKA business aid (UEP), .xlsx with a two-row merged header
// ---------------------------------------------------------------------------------------------------------

function buildDinsos() {
  const r = makeRng('dinsos');
  const sh = newSheet('PEKKA 2025');
  sh.widths = [5, 20, 20, 32, 14, 12, 34, 5, 5, 18, 16, 24, 14, 12];
  addRow(sh, 'title', ['DAFTAR PENERIMA BANTUAN USAHA EKONOMI PRODUKTIF (UEP)']);
  addRow(sh, 'title', ['BAGI PEREMPUAN KEPALA KELUARGA (PEKKA) DI KOTA MALANG']);
  addRow(sh, 'title', ['DINAS SOSIAL KOTA MALANG — TAHUN ANGGARAN 2025']);
  for (let i = 1; i <= 3; i++) sh.merges.push(`A${i}:N${i}`);
  addRow(sh, 'blank');
  const h1 = addRow(
    sh,
    'header',
    cols('NO | IDENTITAS |  |  |  |  | ALAMAT |  |  |  |  | JENIS USAHA | BESARAN BANTUAN (Rp) | KET.'),
  );
  const h2 = addRow(
    sh,
    'header',
    cols(
      ' | NIK | NO. KK | NAMA | TEMPAT LAHIR | TGL LAHIR | JALAN | RT | RW | KELURAHAN | KECAMATAN |  |  | ',
    ),
  );
  sh.merges.push(
    `A${h1}:A${h2}`,
    `B${h1}:F${h1}`,
    `G${h1}:K${h1}`,
    `L${h1}:L${h2}`,
    `M${h1}:M${h2}`,
    `N${h1}:N${h2}`,
  );
  addRow(
    sh,
    'skip',
    Array.from({ length: 14 }, (_, i) => i + 1),
    { style: 'numbering' },
  );

  const entries = businesses
    .filter((b) => b.files.has('dinsos'))
    .map((b) => ({ b, p: b.owner, defect: null }));
  // rejected rows of true people: a NIK of the wrong length, with a letter, with an impossible date
  for (const defect of ['length', 'length', 'letter', 'date', 'letter', 'date']) {
    const e = r.pick(entries.filter((x) => !x.defect));
    e.defect = defect;
  }
  // an outsider from just across the city border, filed under the neighbouring kecamatan
  const out = outsider(r);
  entries.push({ b: out.b, p: out.p, defect: 'outside', section: r.pick(['Lowokwaru', 'Blimbing']) });

  const sectionOf = (e) => e.section ?? e.p.addr.kec;
  let grand = [];
  KECAMATAN.forEach((kec, ki) => {
    const rows = r.shuffle(entries.filter((e) => sectionOf(e) === kec.name));
    rows.sort((x, y) => x.p.addr.kel.localeCompare(y.p.addr.kel));
    const head = addRow(sh, 'skip', [ROMAN[ki + 1], `KECAMATAN ${kec.name.toUpperCase()}`], {
      style: 'section',
    });
    sh.merges.push(`B${head}:N${head}`);
    let first = 0;
    let last = 0;
    let sum = 0;
    rows.forEach((e, i) => {
      const { p, b } = e;
      let nikCell;
      if (e.defect && e.defect !== 'outside') nikCell = nikBroken(r, p.nik, e.defect);
      else {
        const u = r.next();
        const asNumber = nikAsNumber(p.nik);
        if (u < 0.15 && asNumber !== null) nikCell = { v: asNumber, fmt: r.chance(0.65) ? '0' : 'General' };
        else if (u < 0.18) nikCell = '-';
        else nikCell = nikNoisy(r, p.nik, { typo: 0.04, swap: 0.02, spaced: 0.03 });
      }
      const kk = r.chance(0.07)
        ? '-'
        : r.chance(0.1)
          ? { v: Number(`${p.kk.slice(0, 15)}0`), fmt: '0' }
          : p.kk;
      const bd = p.birth;
      const birth = r.chance(0.6)
        ? `${pad(bd.d, 2)}-${pad(bd.m, 2)}-${bd.y}`
        : { v: new Date(Date.UTC(bd.y, bd.m - 1, bd.d)), fmt: 'dd/mm/yyyy' };
      const a = p.addr;
      const street = [
        jalan(r, a.street, true),
        a.gang ? gangText(r, a.gang).toUpperCase() : '',
        `NO. ${a.no}`,
      ]
        .filter(Boolean)
        .join(' ');
      const rtCell = r.weighted([pad(a.rt, 3), pad(a.rt, 2), a.rt], [3, 2, 2]);
      const rwCell = r.weighted([pad(a.rw, 3), pad(a.rw, 2), a.rw], [3, 2, 2]);
      const kel =
        e.defect === 'outside'
          ? a.kel.toUpperCase()
          : kelVariant(r, a.kel, { upper: true, alt: 0.2, prefix: 0.03 });
      const kecCell =
        e.defect === 'outside' ? a.kec.toUpperCase() : r.chance(0.04) ? '' : a.kec.toUpperCase();
      const aid = r.weighted([2500000, 3000000, 5000000], [3, 4, 2]);
      sum += aid;
      const n = addRow(
        sh,
        'data',
        [
          i + 1,
          nikCell,
          kk,
          renderName(r, p, { case: 'upper', binti: 0.22, degree: 0.2, hajj: 0.5, typo: 0.03 }),
          r.chance(0.05) ? 'MLG' : p.birthPlace,
          birth,
          street,
          rtCell,
          rwCell,
          kel,
          kecCell,
          r.pick(PRODUCT.get(b.product).jenis),
          { v: aid, fmt: '#,##0' },
          r.weighted(['', 'CERAI MATI', 'CERAI HIDUP', 'TAHAP II', 'SUAMI SAKIT'], [10, 2, 1, 1, 0.5]),
        ],
        { person: p.id, business: b.id, expected: e.defect ? 'rejected' : 'ok' },
      );
      if (!first) first = n;
      last = n;
    });
    const sub = addRow(
      sh,
      'skip',
      [
        null,
        null,
        null,
        `JUMLAH KEC. ${kec.name.toUpperCase()}`,
        ...Array(8).fill(null),
        { formula: `SUM(M${first}:M${last})`, result: sum, fmt: '#,##0' },
      ],
      { style: 'total' },
    );
    grand.push({ row: sub, sum });
  });
  addRow(
    sh,
    'skip',
    [
      null,
      null,
      null,
      'JUMLAH TOTAL',
      ...Array(8).fill(null),
      {
        formula: grand.map((g) => `M${g.row}`).join('+'),
        result: grand.reduce((s, g) => s + g.sum, 0),
        fmt: '#,##0',
      },
    ],
    { style: 'total' },
  );
  grand = null;
  addRow(sh, 'blank');
  addRow(sh, 'skip', [
    null,
    'Catatan: calon penerima telah diverifikasi pendamping PKH / TKSK kecamatan (Agustus 2025).',
  ]);
  addRow(sh, 'blank');
  const sign = [
    'Malang, 15 Oktober 2025',
    'KEPALA DINAS SOSIAL',
    'KOTA MALANG',
    null,
    null,
    'Drs. HENDRO PRASETYO, M.Si',
    'Pembina Utama Muda',
    'NIP. 19690412 199503 1 004',
  ];
  for (const line of sign) {
    if (line === null) addRow(sh, 'blank');
    else {
      const n = addRow(sh, 'skip', [...Array(10).fill(null), line], { style: 'sign' });
      sh.merges.push(`K${n}:N${n}`);
    }
  }
  // a second sheet a clerk keeps beside the list (not in the truth)
  const rekap = newSheet('Rekap');
  addRow(rekap, 'header', ['Kecamatan', 'Jumlah Penerima']);
  for (const kec of KECAMATAN) {
    addRow(rekap, 'data', [kec.name, entries.filter((e) => sectionOf(e) === kec.name).length]);
  }
  return {
    file: 'dinsos_pekka_uep_2025.xlsx',
    source: 'Dinas Sosial Kota Malang',
    description:
      'Business-aid (UEP) recipients among women heads of household (PEKKA): title rows, two-row header with merged IDENTITAS/ALAMAT groups, a column-numbering row, kecamatan sections with JUMLAH subtotals, total and signature block; names in capitals with BINTI, NIK beside No. KK, the business only as Jenis Usaha.',
    format: 'xlsx',
    checks: { name: 3, nik: 1, kel: 9, kec: 10 },
    sheets: [sh, rekap],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 2. Disperindag — IKM database, web export: "," CSV, UTF-8 with BOM, snake_case headers
// ---------------------------------------------------------------------------------------------------------

function buildIkm() {
  const r = makeRng('ikm');
  const sh = newSheet('disperindag_ikm_export');
  addRow(
    sh,
    'header',
    cols(
      'id | nama_pemilik | nik | jenis_kelamin | nama_usaha | alamat_usaha | kel | kec | telp | email | produk_utama | kbli | tenaga_kerja | omzet_bln | nib | tgl_daftar | status_verifikasi',
    ),
  );
  const entries = businesses.filter((b) => b.files.has('ikm')).map((b) => ({ b, p: namedFor(r, b, 'ikm') }));
  markDefects(r, entries, [
    'omzet-negative',
    'omzet-negative',
    'omzet-absurd',
    'omzet-absurd',
    'nik-letter',
    'nik-length',
    'nik-length',
    'nik-date',
  ]);
  for (let i = 0; i < 3; i++) {
    const o = outsider(r, r.chance(0.8) ? 'F' : 'M');
    entries.push({ b: o.b, p: o.p, defect: 'outside' });
  }
  for (let i = 0; i < 2; i++) {
    const o = outsider(r, 'F', r.pick(KECAMATAN).kel[r.int(0, 10)]);
    entries.push({ b: o.b, p: o.p, defect: 'no-name' });
  }
  for (const e of entries) {
    const y = r.weighted([2019, 2020, 2021, 2022, 2023, 2024, 2025], [1, 1, 2, 2, 3, 3, 2]);
    const m = y === 2025 ? r.int(1, 9) : r.int(1, 12);
    e.date = `${y}-${pad(m, 2)}-${pad(r.int(1, daysIn(y, m)), 2)}`;
  }
  entries.sort((a, b) => a.date.localeCompare(b.date));
  const empty = () => r.weighted(['-', 'NULL', ''], [3, 3, 2]);
  let id = r.int(1000, 1400);
  for (const e of entries) {
    const { p, b } = e;
    const prod = PRODUCT.get(b.product);
    id += r.weighted([1, 2, r.int(3, 30)], [8, 2, 1]);
    let nik;
    if (e.defect?.startsWith('nik-')) nik = nikBroken(r, p.nik, e.defect.slice(4));
    else nik = r.chance(0.55) ? nikNoisy(r, p.nik, { typo: 0.05, swap: 0.03, spaced: 0.04 }) : empty();
    const sex =
      p.sex === 'F'
        ? r.weighted(['P', 'Perempuan', 'NULL'], [6, 2, 1])
        : r.weighted(['L', 'Laki-laki', 'NULL'], [6, 2, 1]);
    let omzet = r.chance(0.12) ? '0' : String(omzetSeen(r, b));
    if (e.defect === 'omzet-negative') omzet = `-${omzetSeen(r, b)}`;
    if (e.defect === 'omzet-absurd') omzet = r.pick(['5000000000000', '4500000000000', '25000000000000']);
    const outside = e.defect === 'outside';
    addRow(
      sh,
      'data',
      [
        id,
        e.defect === 'no-name'
          ? ''
          : renderName(r, p, { case: r.chance(0.35) ? 'upper' : 'title', hajj: 0.3, degree: 0.5 }),
        nik,
        sex,
        r.chance(0.85) ? (r.chance(0.2) ? b.brand.toUpperCase() : b.brand) : empty(),
        streetLine(r, b.addr, { rtrw: true, comma: true }),
        outside ? b.addr.kel : kelVariant(r, b.addr.kel, { alt: 0.3, prefix: 0.2, caseNoise: 0.2 }),
        !outside && r.chance(0.06) ? 'NULL' : r.chance(0.2) ? b.addr.kec.toUpperCase() : b.addr.kec,
        r.chance(0.12) ? empty() : phoneVariant(r, p.phone),
        p.email && r.chance(0.6) ? p.email : empty(),
        r.chance(0.6) ? prod.formal : titleCase(r.pick(prod.casual)),
        r.chance(0.7) ? prod.kbli : r.pick(['0', '', 'NULL']),
        r.chance(0.1) ? '0' : String(b.workers),
        omzet,
        b.nib ?? empty(),
        e.date,
        r.weighted(['terverifikasi', 'menunggu verifikasi', 'draft'], [5, 2, 1]),
      ],
      { person: p.id, business: b.id, expected: e.defect ? 'rejected' : 'ok' },
    );
  }
  return {
    file: 'disperindag_ikm_export.csv',
    source: 'Dinas Perindustrian dan Perdagangan Kota Malang (Bidang Industri)',
    description:
      'Export of the IKM web database: comma CSV in UTF-8 with BOM, snake_case headers, one row per business, phones in mixed formats, empty values as -, NULL, empty or 0, registration dates yyyy-mm-dd; the owner field sometimes holds the husband.',
    format: 'csv',
    csv: { sep: ',', eol: '\n', encoding: 'utf8', bom: true },
    checks: { name: 1, nik: 2, kel: 6, kec: 7, omzet: 13 },
    sheets: [sh],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 3. Kecamatan Blimbing — Gelar Produk registration, Google Forms responses saved as .xlsx
// ---------------------------------------------------------------------------------------------------------

/** The whole address typed into one answer, in one of several orders. */
function addressTyped(r, a, outside) {
  const kel = outside
    ? `${r.pick(['Desa', 'Ds.', ''])} ${a.kel}`.trim()
    : kelVariant(r, a.kel, { alt: 0.3, prefix: 0.4 });
  const kec = outside ? `Kec. ${a.kec}, Kab. Malang` : r.pick([`Kec. ${a.kec}`, a.kec, '']);
  const st = streetLine(r, a);
  const rr = rtRw(r, a.rt, a.rw);
  const s = r.weighted(
    [
      `${st} ${rr} ${kel}`,
      `${kel}, ${rr}, ${st}`,
      `${st}, ${kel}, ${kec} Malang`.replace(', ,', ','),
      `${a.street} ${a.gang ? `gg ${a.gang}/` : 'no '}${a.no} ${a.rt}/${a.rw} ${kel}`,
      `${kel} RT ${a.rt} RW ${a.rw} ${jalan(r, a.street)} no ${a.no}`,
    ],
    [4, 2, 3, 2, 1],
  );
  return r.weighted([s, s.toLowerCase(), s.toUpperCase()], [7, 2, 1]).replace(/ {2,}/g, ' ');
}

/** Google Sheets turns an answer of bare digits without a leading 0 into a number. */
const sheetsNumber = (s) => (/^[1-9]\d{8,14}$/.test(s) ? Number(s) : s);

function buildGelar() {
  const r = makeRng('gelar');
  const sh = newSheet('Form Responses 1');
  sh.widths = [19, 28, 34, 22, 18, 48, 16, 34, 18, 18, 22, 12, 18];
  sh.frozen = 1;
  addRow(
    sh,
    'header',
    cols(
      'Timestamp | Alamat email | Nama Lengkap Pemilik Usaha (sesuai KTP) | Nomor Induk Kependudukan (NIK) | Nomor HP / WhatsApp (aktif) | Alamat Lengkap (Jalan, RT/RW, Kelurahan) | Kecamatan | Nama Produk / Merek | Kategori Produk | Omzet rata-rata per bulan | Izin usaha yang sudah dimiliki | Jumlah tenaga kerja (termasuk pemilik) | Bersedia mengikuti Gelar Produk 20-22 November 2025?',
    ),
  );
  const start = Date.UTC(2025, 8, 1, 1, 0, 0);
  const span = 40 * 86400000;
  const entries = businesses
    .filter((b) => b.files.has('gelar'))
    .map((b) => ({ b, p: namedFor(r, b, 'gelar'), t: start + Math.floor(r.next() * span) }));
  markDefects(r, entries, ['nik-length', 'omzet-absurd', 'nik-letter']);
  for (let i = 0; i < 2; i++) {
    const o = outsider(r);
    entries.push({ b: o.b, p: o.p, defect: 'outside', t: start + Math.floor(r.next() * span) });
  }
  // second submissions: "sudah isi tapi ragu terkirim"
  for (const e of entries.filter((x) => !x.defect && r.chance(0.08))) {
    entries.push({
      ...e,
      again: true,
      t: e.t + r.weighted([r.int(60, 900), r.int(3600, 259200)], [3, 2]) * 1000,
    });
  }
  entries.sort((a, b) => a.t - b.t);
  // the organiser's test submission comes first
  const tester = outsider(r, 'F', 'Blimbing');
  entries.unshift({ b: tester.b, p: tester.p, defect: 'test', t: start - 3 * 86400000 });
  const ts = (t) => ({ v: new Date(Math.floor(t / 1000) * 1000), fmt: 'dd/mm/yyyy hh:mm:ss' });
  for (const e of entries) {
    const { p, b } = e;
    const prod = PRODUCT.get(b.product);
    if (e.defect === 'test') {
      addRow(
        sh,
        'data',
        [
          ts(e.t),
          'pokja.gelarproduk@gmail.com',
          'tes',
          '123',
          '0812',
          'tes',
          'Blimbing',
          'tes',
          'Lainnya',
          '0',
          'Belum ada',
          1,
          'Ya, bersedia',
        ],
        {
          person: p.id,
          business: b.id,
          expected: 'rejected',
        },
      );
      continue;
    }
    let nik;
    if (e.defect?.startsWith('nik-')) nik = nikBroken(r, p.nik, e.defect.slice(4));
    else if (r.chance(0.18)) nik = r.pick(['', '-']);
    else {
      const asNumber = nikAsNumber(p.nik);
      nik =
        r.chance(0.25) && asNumber !== null
          ? { v: asNumber, fmt: r.chance(0.5) ? '0' : 'General' }
          : nikNoisy(r, p.nik, { typo: 0.05, swap: 0.03, spaced: 0.06 });
    }
    const brand = r.chance(0.15) ? b.brand.toLowerCase() : b.brand;
    const casual = r.chance(0.5) ? b.casual : r.pick(prod.casual);
    const product = r.weighted(
      [
        brand,
        `${titleCase(casual)} "${brand}"`,
        `${casual} merk ${brand}`,
        `${brand} (${casual})`,
        titleCase(casual),
      ],
      [3, 2, 1.5, 2, 1],
    );
    const permits = [b.pirt ? 'P-IRT' : null, b.nib ? 'NIB' : null, r.chance(0.05) ? 'Halal' : null].filter(
      Boolean,
    );
    const outside = e.defect === 'outside';
    addRow(
      sh,
      'data',
      [
        ts(e.t),
        p.email ?? `${p.nick.toLowerCase()}${(fnv1a(p.id) % 90) + 10}@gmail.com`,
        renderName(r, p, { case: 'free', hajj: 0.35, degree: 0.35, typo: 0.05 }),
        nik,
        sheetsNumber(phoneVariant(r, p.phone, { plain: 4, intlBare: 0.8, lostZero: 0.4 })),
        addressTyped(r, p.addr, outside),
        outside ? 'Luar Kota Malang' : p.addr.kec,
        product,
        {
          Makanan: 'Makanan & Minuman',
          Minuman: 'Makanan & Minuman',
          Fashion: 'Fashion / Busana',
          Kerajinan: 'Kerajinan',
        }[prod.sector],
        e.defect === 'omzet-absurd'
          ? r.pick(['5.000.000.000.000', '5000000000000'])
          : omzetTyped(r, omzetSeen(r, b)),
        permits.length ? permits.join(', ') : 'Belum ada',
        r.chance(0.8) ? b.workers : `${b.workers} orang`,
        r.weighted(['Ya, bersedia', 'Masih ragu'], [9, 1]),
      ],
      { person: p.id, business: b.id, expected: e.defect ? 'rejected' : 'ok' },
    );
  }
  return {
    file: 'gelar_produk_blimbing_2025.xlsx',
    source: 'Kecamatan Blimbing (panitia Gelar Produk Industri Rumahan)',
    description:
      'Google Forms responses saved as .xlsx: Timestamp and e-mail columns, long question headers, free-typed mixed-case answers, whole address in one cell in varied order, omzet typed as 2jt / Rp. 1.500.000,- / 1,5 juta / 500rb, NIK sometimes turned into a number, some people submitted twice, an organiser test row.',
    format: 'xlsx',
    creator: 'Google Sheets',
    checks: { name: 2, nik: 3, kec: 6, omzet: 9 },
    sheets: [sh],
  };
}
// ---------------------------------------------------------------------------------------------------------
// 4. TP PKK Kelurahan Bandungrejosari — a cadre's list typed into LibreOffice (.ods)
// ---------------------------------------------------------------------------------------------------------

/** How a cadre writes a neighbour: form of address, nickname, full name, "anak Bu …", "istri Pak …". */
function pkkName(r, p, listed) {
  const full = nameOf(p);
  const age = REF_YEAR - p.birth.y;
  if (p.sex === 'M') {
    return r.weighted([`Pak ${p.nick}`, `Bpk. ${full}`, full], [3, 2, 2]);
  }
  const hj = p.hajj && r.chance(0.6) ? 'Hj. ' : '';
  let s;
  if (age < 36) {
    s = r.weighted([`Mbak ${p.nick}`, `Mbak ${full}`, full], [3, 1, 2]);
  } else {
    s = r.weighted(
      [`Bu ${p.nick}`, `Ibu ${hj}${full}`, `${hj}${full}`, `Bu ${p.nick} (${full})`, `Bu ${hj}${full}`],
      [3, 3, 2, 1.5, 1],
    );
  }
  if (r.chance(0.04)) s = typo(r, s);
  if (p.mother && listed.has(p.mother) && r.chance(0.4)) s = `${s} (anak Bu ${p.mother.nick})`;
  else if (p.spouse && !s.includes('(') && r.chance(0.12)) s = `${s} (istri Pak ${p.spouse.nick})`;
  return s;
}

function buildPkk() {
  const r = makeRng('pkk');
  const sh = newSheet('Data Usaha');
  sh.widths = [5, 34, 9, 42, 26, 28];
  addRow(sh, 'title', ['DATA PELAKU USAHA RUMAHAN / INDUSTRI RUMAHAN']);
  addRow(sh, 'title', ['TP PKK KELURAHAN BANDUNGREJOSARI KECAMATAN SUKUN']);
  addRow(sh, 'title', ['POKJA II  -  TAHUN 2025']);
  for (let i = 1; i <= 3; i++) sh.merges.push(`A${i}:F${i}`);
  addRow(sh, 'blank');
  addRow(sh, 'header', ['NO', 'NAMA', 'UMUR', 'ALAMAT', 'JENIS USAHA', 'KETERANGAN']);
  const entries = businesses.filter((b) => b.files.has('pkk')).map((b) => ({ b, p: b.owner }));
  const listed = new Set(entries.map((e) => e.p));
  // a row the cadre left without a name ("nanti ditanyakan")
  const o = outsider(r, 'F', 'Bandungrejosari');
  o.p.addr.rw = r.int(1, 8);
  entries.push({ b: o.b, p: o.p, defect: 'no-name' });
  let no = 0;
  for (let rw = 1; rw <= 8; rw++) {
    const mine = r.shuffle(entries.filter((e) => e.p.addr.rw === rw));
    if (mine.length === 0) continue;
    // a household's rows stay together, as the cadre walks from house to house
    mine.sort((x, y) => x.p.addr.rt - y.p.addr.rt || x.p.hh?.kk?.localeCompare(y.p.hh?.kk ?? '') || 0);
    const head = addRow(sh, 'skip', [r.pick([`RW ${pad(rw, 2)}`, `RW. ${pad(rw, 2)}`, `RW ${rw}`])], {
      style: 'section',
    });
    sh.merges.push(`A${head}:F${head}`);
    for (const e of mine) {
      const { p, b } = e;
      no++;
      const age = REF_YEAR - p.birth.y;
      const ageText = r.weighted(
        [`${age} th`, `${age} thn`, age, `± ${Math.round(age / 5) * 5} th`, ''],
        [4, 2, 2, 1, 0.7],
      );
      const a = p.addr;
      const addr = r.weighted(
        [
          `${streetLine(r, a)} RT ${pad(a.rt, 2)}`,
          `${jalan(r, a.street)}${a.gang ? ` ${gangText(r, a.gang)}` : ''} / ${a.no} RT.${a.rt}`,
          `RT ${a.rt} ${jalan(r, a.street)} ${a.no}`,
        ],
        [4, 2, 1],
      );
      const prod = PRODUCT.get(b.product);
      const word = localWord(r, prod, b.casual);
      const usaha = r.weighted(
        [word, localWord(r, prod), `${word} (${b.brand})`, `bikin ${word}`],
        [4, 2, 1.5, prod.sector === 'Makanan' ? 1 : 0],
      );
      const note = r.weighted(
        [
          '',
          'butuh modal',
          b.pirt ? 'sudah PIRT' : 'belum PIRT',
          'ikut pelatihan 2024',
          'jual online (WA, FB)',
          'titip di toko',
          'produksi kalau ada pesanan',
        ],
        [8, 2, 2, 1, 1, 1, 1],
      );
      addRow(sh, 'data', [no, e.defect ? '' : pkkName(r, p, listed), ageText, addr, usaha, note], {
        person: p.id,
        business: b.id,
        expected: e.defect ? 'rejected' : 'ok',
      });
    }
  }
  addRow(sh, 'blank');
  addRow(sh, 'skip', ['Ket: data dihimpun dari catatan dasawisma tiap RW, belum termasuk RW 09 - RW 12']);
  addRow(sh, 'blank');
  for (const line of ['Bandungrejosari, 6 Oktober 2025', 'Kader Pokja II,', null, null, '( Bu Sumarmi )']) {
    if (line === null) addRow(sh, 'blank');
    else addRow(sh, 'skip', [null, null, null, null, line]);
  }
  const rekap = newSheet('Rekap');
  rekap.widths = [10, 12];
  addRow(rekap, 'header', ['RW', 'Jumlah']);
  for (let rw = 1; rw <= 8; rw++)
    addRow(rekap, 'data', [`RW ${pad(rw, 2)}`, entries.filter((e) => e.p.addr.rw === rw).length]);
  return {
    file: 'pkk_bandungrejosari_2025.ods',
    source: 'TP PKK Kelurahan Bandungrejosari (Pokja II)',
    description:
      "A PKK cadre's list in LibreOffice: title rows, RW heading rows, no NIK and no kelurahan column (the title names Bandungrejosari), names with Bu/Ibu/Mbak/Pak and nicknames, ages instead of birth dates, the business only as a product phrase, a signature block.",
    format: 'ods',
    checks: { name: 1 },
    creator: 'kader pokja 2',
    sheets: [sh, rekap],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 5. Bank KUR borrowers — ";" CSV, Windows-1252, CRLF, title lines and a TOTAL line
// ---------------------------------------------------------------------------------------------------------

/** What Excel shows of a 16-digit number in an Indonesian locale: "3,57305E+15". */
const excelScientific = (nik) => `${String(Number((Number(nik) / 1e15).toFixed(5))).replace('.', ',')}E+15`;

function buildKur() {
  const r = makeRng('kur');
  const sh = newSheet('kur_bpr_artatugu_2025');
  addRow(sh, 'title', ['DAFTAR DEBITUR KUR MIKRO - SEKTOR PRODUKSI']);
  addRow(sh, 'title', ['PT BPR ARTA TUGU MALANG - KANTOR CABANG MALANG KOTA - POSISI 30 SEPTEMBER 2025']);
  addRow(sh, 'blank');
  addRow(
    sh,
    'header',
    cols(
      'NO | NO REKENING | NAMA DEBITUR | NIK | TGL LAHIR | ALAMAT | KELURAHAN | KECAMATAN | NO HP | NAMA USAHA | JENIS USAHA | PLAFON | OMZET/BULAN | TGL AKAD | JANGKA WAKTU | KOLEKTIBILITAS',
    ),
  );
  const entries = businesses.filter((b) => b.files.has('kur')).map((b) => ({ b, p: namedFor(r, b, 'kur') }));
  markDefects(r, entries, [
    'nik-length',
    'nik-length',
    'nik-letter',
    'nik-date',
    'omzet-absurd',
    'omzet-absurd',
  ]);
  for (let i = 0; i < 3; i++) {
    const o = outsider(r, r.chance(0.7) ? 'F' : 'M');
    entries.push({ b: o.b, p: o.p, defect: 'outside' });
  }
  for (const e of entries) {
    const y = r.weighted([2023, 2024, 2025], [2, 3, 3]);
    const m = y === 2025 ? r.int(1, 9) : r.int(1, 12);
    e.akad = { y, m, d: r.int(1, daysIn(y, m)) };
    e.key = y * 10000 + m * 100 + e.akad.d;
  }
  entries.sort((a, b) => a.key - b.key);
  let plafonSum = 0;
  entries.forEach((e, i) => {
    const { p, b } = e;
    const prod = PRODUCT.get(b.product);
    let nik;
    if (e.defect?.startsWith('nik-')) nik = nikBroken(r, p.nik, e.defect.slice(4));
    else {
      const u = r.next();
      if (u < 0.07) nik = excelScientific(p.nik);
      else if (u < 0.1) nik = '';
      else nik = nikNoisy(r, p.nik, { typo: 0.02, swap: 0.015, spaced: 0.01 });
    }
    const upper = r.chance(0.7);
    const name = renderName(r, p, {
      case: upper ? 'upper' : 'title',
      accent: 0.06,
      apostrophe: r.chance(0.7) ? '’' : "'",
      hajj: 0.2,
      degree: 0.25,
      typo: 0.03,
    });
    const a = p.addr;
    const plafon = r.weighted([5, 10, 15, 20, 25, 30, 50], [2, 4, 2, 3, 2, 1, 1]) * 1e6;
    plafonSum += plafon;
    const owner = b.owner;
    const usahaName = r.weighted(
      [b.brand, `Usaha ${owner.sex === 'F' ? 'Bu' : 'Pak'} ${owner.nick}`, `UD ${b.brand}`, '-'],
      [5, 2, 0.5, 2],
    );
    const jenis = r.weighted(
      [
        b.casual,
        r.pick(prod.casual),
        `${prod.sector === 'Kerajinan' || prod.sector === 'Fashion' ? 'INDUSTRI' : 'PRODUKSI'} ${r.pick(prod.casual)}`.toUpperCase(),
      ],
      [3, 2, 1.5],
    );
    const outside = e.defect === 'outside';
    addRow(
      sh,
      'data',
      [
        i + 1,
        `0${r.int(1, 9)}${pad(r.int(0, 99), 2)}${pad(r.int(0, 99999999), 8)}`,
        name,
        nik,
        `${pad(p.birth.d, 2)}/${pad(p.birth.m, 2)}/${p.birth.y}`,
        streetLine(r, a, { rtrw: true }).toUpperCase(),
        outside ? a.kel.toUpperCase() : kelVariant(r, a.kel, { upper: true, alt: 0.25, prefix: 0.05 }),
        r.chance(0.05) && !outside ? '' : a.kec.toUpperCase(),
        phoneVariant(r, p.phone, { plain: 3, lostZero: 2, intlBare: 1.5, intl: 0.3 }),
        upper ? usahaName.toUpperCase() : usahaName,
        jenis,
        dots(plafon),
        e.defect === 'omzet-absurd' ? '5.000.000.000.000' : dots(omzetSeen(r, b)),
        `${pad(e.akad.d, 2)}/${pad(e.akad.m, 2)}/${e.akad.y}`,
        `${r.pick([12, 18, 24, 36])} BLN`,
        r.weighted(['1 - LANCAR', '2 - DPK', '3 - KURANG LANCAR'], [12, 2, 0.6]),
      ],
      { person: p.id, business: b.id, expected: e.defect ? 'rejected' : 'ok' },
    );
  });
  addRow(sh, 'skip', ['TOTAL', null, null, null, null, null, null, null, null, null, null, dots(plafonSum)], {
    style: 'total',
  });
  addRow(sh, 'skip', ['Dicetak oleh: kur_admin2 pada 30/09/2025 16:05:12']);
  return {
    file: 'kur_bpr_artatugu_2025.csv',
    source: 'PT BPR Arta Tugu Malang (penyalur KUR)',
    description:
      'KUR micro borrowers: semicolon CSV in Windows-1252 with CRLF, two title lines and a blank line before the header, TOTAL and printed-by lines at the end; names mostly in capitals with some accented letters and curly apostrophes, NIKs partly in Excel scientific notation, amounts with dot thousands, business names sometimes the owner\'s ("Usaha Bu Sri"), product words regional or English; the borrower is sometimes the husband.',
    format: 'csv',
    csv: { sep: ';', eol: '\r\n', encoding: 'windows-1252', bom: false, padRows: true },
    checks: { name: 2, nik: 3, kel: 6, kec: 7, omzet: 12 },
    sheets: [sh],
  };
}

// ---------------------------------------------------------------------------------------------------------
// 6. Dinas Kesehatan — SPP-IRT register, one row per product certificate; sheets 2025 / 2024 / 2023
// ---------------------------------------------------------------------------------------------------------

const PACKAGING = ['', 'Kertas', 'Plastik', 'Kaca', 'Logam', 'Aluminium foil', 'Komposit', 'Kayu', 'Lainnya'];

function buildPirt() {
  const r = makeRng('pirt');
  const head = cols(
    'No | Nomor P-IRT | Nama Produk | Jenis Pangan | Jenis Kemasan | Nama Pemilik | Nama Usaha / Merek Dagang | Alamat Produksi | Kelurahan | Kecamatan | No. HP | Tanggal Terbit | Berlaku s/d',
  );
  const certs = [];
  for (const b of businesses.filter((x) => x.files.has('pirt'))) {
    const h = b.owner.sex === 'F' ? b.owner.spouse : null;
    const husbandApplies = h && r.chance(HUSBAND_FILES.pirt * (h.businesses.length > 0 ? 0.3 : 1));
    for (const c of b.pirt.certs) certs.push({ b, c, p: husbandApplies && r.chance(0.75) ? h : b.owner });
  }
  // outsiders: producers from across the border, and a row whose owner name was never filled in
  const extra = [];
  for (let i = 0; i < 4; i++) extra.push({ ...outsider(r), defect: 'outside' });
  const kelIn = r.pick(KECAMATAN.flatMap((k) => k.kel));
  extra.push({ ...outsider(r, 'F', kelIn), defect: 'no-name' });
  for (const x of extra) {
    const food = r.pick(PRODUCTS.filter((p) => p.pirt));
    x.b.product = food.key;
    x.b.brand = `${r.pick(BRAND_WORDS)} ${r.pick(['Food', 'Snack', 'Jaya'])}`;
    pirtProducerSerial += r.int(3, 40);
    x.b.pirt = { producer: pad(pirtProducerSerial, 4), certs: [] };
    const c = {
      name: r.pick(food.pirt),
      seq: 1,
      pack: 2,
      year: r.int(2021, 2025),
      month: r.int(1, 9),
      day: r.int(1, 28),
    };
    x.b.pirt.certs.push(c);
    // a producer outside the city is filed under the kecamatan the clerk guessed
    certs.push({
      b: x.b,
      c,
      p: x.p,
      defect: x.defect,
      section: x.defect === 'outside' ? r.pick(['Lowokwaru', 'Sukun']) : undefined,
    });
  }
  const numberOf = (b, c) => {
    const prod = PRODUCT.get(b.product);
    return `${c.pack}${prod.pirtType}3573${pad(c.seq, 2)}${b.pirt.producer}${pad((c.year + 5) % 100, 2)}`;
  };
  const rowFor = (sh, x, no, noisy) => {
    const { b, c, p } = x;
    const prod = PRODUCT.get(b.product);
    const num = numberOf(b, c);
    const pirtCell = !noisy
      ? `${num.slice(0, 13)}-${num.slice(13)}`
      : r.weighted(
          [
            `${num.slice(0, 13)}-${num.slice(13)}`,
            num,
            { v: Number(num), fmt: '0' },
            `P-IRT No. ${num.slice(0, 13)}-${num.slice(13)}`,
          ],
          [8, 1, 1, 0.4],
        );
    const outside = x.defect === 'outside';
    const issued = new Date(Date.UTC(c.year, c.month - 1, c.day));
    const until = new Date(Date.UTC(c.year + 5, c.month - 1, c.day));
    return addRow(
      sh,
      'data',
      [
        no,
        pirtCell,
        noisy && r.chance(0.25) ? `${c.name} "${b.brand}"` : c.name,
        prod.jenisPangan,
        PACKAGING[c.pack],
        x.defect === 'no-name'
          ? ''
          : renderName(r, p, {
              hajj: 0.5,
              degree: 0.5,
              typo: noisy ? 0.05 : 0.01,
              case: noisy && r.chance(0.2) ? 'upper' : 'title',
            }),
        noisy && r.chance(0.15) ? `IRT ${b.brand}` : b.brand,
        streetLine(r, b.addr, { rtrw: true }),
        outside ? b.addr.kel : kelVariant(r, b.addr.kel, { alt: 0.25, prefix: 0.1 }),
        b.addr.kec,
        noisy && r.chance(0.1)
          ? '-'
          : phoneVariant(r, p.phone, {
              plain: 6,
              dashed: 2,
              intl: 0.3,
              intlBare: 0.3,
              intlPlus: 0.2,
              lostZero: 0.3,
            }),
        { v: issued, fmt: 'dd/mm/yyyy' },
        noisy && r.chance(0.3) ? `${MONTHS[c.month - 1]} ${c.year + 5}` : { v: until, fmt: 'dd/mm/yyyy' },
      ],
      { person: p.id, business: b.id, expected: x.defect ? 'rejected' : 'ok' },
    );
  };

  const sh = newSheet('2025');
  sh.widths = [5, 20, 30, 28, 12, 28, 26, 40, 18, 15, 16, 13, 13];
  sh.borders = 13;
  sh.headerFill = 'FFD9E1F2';
  addRow(sh, 'title', ['REKAPITULASI SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)']);
  addRow(sh, 'title', ['DINAS KESEHATAN KOTA MALANG']);
  addRow(sh, 'title', ['Sertifikat yang masih berlaku per 30 September 2025']);
  for (let i = 1; i <= 3; i++) sh.merges.push(`A${i}:M${i}`);
  addRow(sh, 'blank');
  addRow(sh, 'header', head);
  let no = 0;
  KECAMATAN.forEach((kec, ki) => {
    const mine = certs.filter((x) => (x.section ?? x.b.addr.kec) === kec.name);
    mine.sort((x, y) => x.c.year - y.c.year || x.c.month - y.c.month || x.c.day - y.c.day);
    // the sheet was printed, and the header was pasted again on top of the third page
    if (ki === 2) addRow(sh, 'skip', head, { style: 'total' });
    const h = addRow(sh, 'skip', [`KECAMATAN ${kec.name.toUpperCase()}`], { style: 'section' });
    sh.merges.push(`A${h}:M${h}`);
    for (const x of mine) rowFor(sh, x, ++no, true);
  });
  addRow(sh, 'blank');
  addRow(sh, 'skip', [null, `Jumlah sertifikat berlaku: ${no}`], { style: 'total' });
  addRow(sh, 'skip', [null, 'Sumber: Seksi Farmasi, Makanan dan Minuman - Dinas Kesehatan Kota Malang']);

  // older sheets: certificates issued in that year (plus a few long expired), not part of the truth
  const older = [2024, 2023].map((year) => {
    const s = newSheet(String(year));
    s.widths = sh.widths;
    addRow(s, 'header', head);
    let k = 0;
    for (const x of certs.filter((y) => y.c.year === year && !y.defect)) rowFor(s, x, ++k, false);
    return s;
  });
  return {
    file: 'dinkes_pirt_register.xlsx',
    source: 'Dinas Kesehatan Kota Malang (SPP-IRT)',
    description:
      "SPP-IRT register, one row per product certificate: sheet 2025 (valid certificates; the data sheet) then 2024 and 2023 (issued that year); title rows, kecamatan heading rows, the header pasted again mid-sheet, a closing count; P-IRT numbers as 2063573010123-28, plain digits or number cells; the applicant is sometimes the owner's husband.",
    format: 'xlsx',
    creator: 'Seksi Farmakmin',
    checks: { name: 5, kel: 8, kec: 9 },
    sheets: [sh, ...older],
  };
}

// ---------------------------------------------------------------------------------------------------------
// Writers: .xlsx (exceljs, re-zipped with fixed entry dates), CSV (any separator and encoding), .ods
// ---------------------------------------------------------------------------------------------------------

/** exceljs stamps every zip entry with the current time; rebuild the zip with the fixed date. */
async function rezip(buffer) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(src.files)) {
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

const THIN = { style: 'thin' };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

async function writeXlsx(path, spec) {
  const wb = new ExcelJS.Workbook();
  wb.creator = spec.creator ?? 'Operator';
  wb.lastModifiedBy = spec.creator ?? 'Operator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  wb.lastPrinted = FIXED_DATE;
  for (const sh of spec.sheets) {
    const ws = wb.addWorksheet(sh.name, sh.frozen ? { views: [{ state: 'frozen', ySplit: sh.frozen }] } : {});
    sh.widths.forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    sh.rows.forEach((row, i) => {
      const xr = ws.getRow(i + 1);
      row.cells.forEach((c, j) => {
        if (cellEmpty(c)) return;
        const cell = xr.getCell(j + 1);
        if (c instanceof Date) {
          cell.value = c;
          cell.numFmt = 'dd/mm/yyyy';
        } else if (typeof c === 'object') {
          cell.value = c.formula ? { formula: c.formula, result: c.result } : c.v;
          if (c.fmt) cell.numFmt = c.fmt;
        } else cell.value = c;
        if (row.kind === 'header' || row.style === 'numbering') {
          cell.font = { bold: row.kind === 'header' };
          cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        }
        if (row.kind === 'title' || row.style === 'section' || row.style === 'total')
          cell.font = { bold: true };
        if (row.kind === 'title') cell.alignment = { horizontal: 'center' };
        if (row.kind === 'header' && sh.headerFill) {
          cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: sh.headerFill } };
        }
      });
      if (sh.borders && (row.kind === 'data' || row.kind === 'header' || row.style)) {
        const n = sh.borders;
        if (row.style !== 'sign') for (let j = 1; j <= n; j++) xr.getCell(j).border = BOX;
      }
    });
    for (const m of sh.merges) ws.mergeCells(m);
  }
  writeFileSync(path, await rezip(await wb.xlsx.writeBuffer()));
}

function csvField(v, sep) {
  const s = cellEmpty(v) ? '' : String(v);
  if (/[\r\n]/.test(s)) throw new Error(`line break inside a CSV cell: ${JSON.stringify(s)}`);
  return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeCsv(path, spec) {
  const { sep, eol, encoding, bom } = spec.csv;
  const sh = spec.sheets[0];
  const width = Math.max(...sh.rows.map((r) => r.cells.length));
  const text = sh.rows
    .map((row) => {
      const cells = spec.csv.padRows
        ? [...row.cells, ...Array(width - row.cells.length).fill('')]
        : row.cells;
      return cells.map((c) => csvField(c, sep)).join(sep);
    })
    .join(eol)
    .concat(eol);
  const body =
    encoding === 'utf8' ? Buffer.from((bom ? '\ufeff' : '') + text, 'utf8') : iconv.encode(text, encoding);
  writeFileSync(path, body);
}

const xmlEsc = (s) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);

/** A minimal but valid OpenDocument spreadsheet; merged cells as column spans with covered cells. */
async function writeOds(path, spec) {
  const tables = spec.sheets.map((sh) => {
    const spans = new Map();
    const covered = new Set();
    for (const m of sh.merges) {
      const [, c1, r1, c2, r2] = m.match(/^([A-Z]+)(\d+):([A-Z]+)(\d+)$/);
      const col = (s) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      spans.set(`${r1}:${col(c1)}`, { cols: col(c2) - col(c1) + 1, rows: Number(r2) - Number(r1) + 1 });
      for (let rr = Number(r1); rr <= Number(r2); rr++) {
        for (let cc = col(c1); cc <= col(c2); cc++)
          if (rr !== Number(r1) || cc !== col(c1)) covered.add(`${rr}:${cc}`);
      }
    }
    const width = Math.max(...sh.rows.map((r) => r.cells.length), 1);
    const cols = sh.widths.map((w) => `<table:table-column table:style-name="co${Math.round(w)}"/>`).join('');
    const rows = sh.rows
      .map((row, i) => {
        const rn = i + 1;
        if (rowBlank(row) && ![...covered].some((k) => k.startsWith(`${rn}:`))) {
          return `<table:table-row><table:table-cell table:number-columns-repeated="${width}"/></table:table-row>`;
        }
        const cells = [];
        for (let j = 0; j < width; j++) {
          const key = `${rn}:${j + 1}`;
          if (covered.has(key)) {
            cells.push('<table:covered-table-cell/>');
            continue;
          }
          const c = row.cells[j];
          const span = spans.get(key);
          const sp = span
            ? ` table:number-columns-spanned="${span.cols}" table:number-rows-spanned="${span.rows}"`
            : '';
          const style =
            row.kind === 'header' || row.kind === 'title' || row.style === 'section'
              ? ' table:style-name="bold"'
              : '';
          if (cellEmpty(c)) cells.push(`<table:table-cell${sp}/>`);
          else if (typeof c === 'number') {
            cells.push(
              `<table:table-cell${style}${sp} office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`,
            );
          } else {
            cells.push(
              `<table:table-cell${style}${sp} office:value-type="string"><text:p>${xmlEsc(String(c))}</text:p></table:table-cell>`,
            );
          }
        }
        return `<table:table-row>${cells.join('')}</table:table-row>`;
      })
      .join('\n');
    return `<table:table table:name="${xmlEsc(sh.name)}">${cols}\n${rows}\n</table:table>`;
  });
  const widthsUsed = [...new Set(spec.sheets.flatMap((s) => s.widths.map((w) => Math.round(w))))];
  const colStyles = widthsUsed
    .map(
      (w) =>
        `<style:style style:name="co${w}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.19).toFixed(2)}cm"/></style:style>`,
    )
    .join('');
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
  const content = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-content ${ns} office:version="1.3"><office:automatic-styles>${colStyles}<style:style style:name="bold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:spreadsheet>
${tables.join('\n')}
</office:spreadsheet></office:body></office:document-content>
`;
  const stamp = FIXED_DATE.toISOString().replace(/\.\d+Z$/, '');
  const meta = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta ${ns} office:version="1.3"><office:meta><meta:generator>LibreOffice/7.3.7.2$Linux_X86_64</meta:generator><meta:creation-date>${stamp}</meta:creation-date><dc:date>${stamp}</dc:date><dc:creator>${xmlEsc(spec.creator ?? 'kader')}</dc:creator></office:meta></office:document-meta>
`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<office:document-styles ${ns} office:version="1.3"><office:styles/></office:document-styles>
`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
 <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
`;
  const zip = new JSZip();
  const opts = { date: FIXED_DATE, createFolders: false };
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { ...opts, compression: 'STORE' });
  zip.file('content.xml', content, opts);
  zip.file('styles.xml', styles, opts);
  zip.file('meta.xml', meta, opts);
  zip.file('META-INF/manifest.xml', manifest, opts);
  writeFileSync(
    path,
    await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      mimeType: 'application/vnd.oasis.opendocument.spreadsheet',
    }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Read-back: every file is parsed again and compared with its grid, and the truth rows are recomputed
// from what the file really holds (non-blank rows minus header rows).
// ---------------------------------------------------------------------------------------------------------

/** Split one CSV line (quotes never hold line breaks here). */
function splitCsvLine(line, sep) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"' && cur === '') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

const xmlUnesc = (s) =>
  s
    .replace(/<text:s text:c="(\d+)"\/>/g, (_, n) => ' '.repeat(Number(n)))
    .replace(/<text:s\/>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');

/** Rows of the first table of an .ods as arrays of strings/numbers (repeats expanded). */
async function readOdsFirstTable(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const xml = await zip.file('content.xml').async('string');
  const table = xml.match(/<table:table [^>]*>([\s\S]*?)<\/table:table>/)[1];
  const rows = [];
  for (const m of table.matchAll(/<table:table-row([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const rep = Number(m[1].match(/number-rows-repeated="(\d+)"/)?.[1] ?? 1);
    const cells = [];
    for (const c of m[2].matchAll(
      /<table:(table-cell|covered-table-cell)([^>]*?)(\/>|>([\s\S]*?)<\/table:\1>)/g,
    )) {
      const attrs = c[2];
      const crep = Number(attrs.match(/number-columns-repeated="(\d+)"/)?.[1] ?? 1);
      let v = null;
      if (/value-type="float"/.test(attrs)) v = Number(attrs.match(/office:value="([^"]+)"/)[1]);
      else if (c[4])
        v = [...c[4].matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((p) => xmlUnesc(p[1])).join('\n');
      for (let k = 0; k < crep; k++) cells.push(v);
    }
    for (let k = 0; k < rep; k++) rows.push(cells);
  }
  return rows;
}

/** Comparable form of a grid cell and of a cell read back. */
function norm(c) {
  if (cellEmpty(c)) return '';
  if (c instanceof Date) return `D${c.getTime()}`;
  if (typeof c === 'object') {
    if ('formula' in c) return `F${c.formula}=${c.result}`;
    if ('result' in c) return `F${c.formula ?? c.sharedFormula}=${c.result}`;
    if ('richText' in c) return c.richText.map((t) => t.text).join('');
    return norm(c.v);
  }
  return typeof c === 'number' ? `N${c}` : String(c);
}

/** Read a written file back; returns the list of problems (empty when the file matches its grid). */
async function verify(path, spec) {
  const sh = spec.sheets[0];
  const problems = [];
  let fileRows; // array of arrays of normalised strings, index = row - 1
  if (spec.format === 'xlsx') {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(path));
    const ws = wb.worksheets[0];
    if (ws.name !== sh.name) problems.push(`first sheet is ${ws.name}, expected ${sh.name}`);
    fileRows = [];
    ws.eachRow({ includeEmpty: false }, (row, rn) => {
      const vals = [];
      row.eachCell({ includeEmpty: false }, (cell, cn) => {
        if (cell.isMerged && cell.master !== cell) return;
        vals[cn - 1] = norm(cell.value);
      });
      fileRows[rn - 1] = vals;
    });
  } else if (spec.format === 'csv') {
    const buf = readFileSync(path);
    let text = spec.csv.encoding === 'utf8' ? buf.toString('utf8') : iconv.decode(buf, spec.csv.encoding);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    fileRows = lines.map((l) => splitCsvLine(l, spec.csv.sep));
  } else {
    fileRows = (await readOdsFirstTable(path)).map((cells) => cells.map(norm));
  }
  const n = Math.max(fileRows.length, sh.rows.length);
  for (let i = 0; i < n; i++) {
    const want = sh.rows[i]?.cells ?? [];
    const got = fileRows[i] ?? [];
    const width = Math.max(want.length, got.length);
    for (let j = 0; j < width; j++) {
      const w = spec.format === 'csv' ? (cellEmpty(want[j]) ? '' : String(want[j])) : norm(want[j]);
      const g = got[j] ?? '';
      if (w !== g)
        problems.push(
          `${spec.file} row ${i + 1} col ${j + 1}: wrote ${JSON.stringify(w)} read ${JSON.stringify(g)}`,
        );
    }
  }
  // the truth rows as the file itself defines them
  const nonBlank = [];
  fileRows.forEach((cells, i) => {
    if (cells?.some((c) => c !== '' && c !== undefined) && sh.rows[i]?.kind !== 'header')
      nonBlank.push(i + 1);
  });
  const truthRows = sh.rows.flatMap((row, i) =>
    row.kind === 'header' || row.kind === 'blank' ? [] : [i + 1],
  );
  if (nonBlank.join() !== truthRows.join())
    problems.push(`${spec.file}: truth rows differ from the file's non-blank rows`);
  for (const [i, row] of sh.rows.entries()) {
    if (row.kind === 'blank' && !rowBlank(row))
      problems.push(`${spec.file} row ${i + 1}: blank row with content`);
    if (row.kind !== 'blank' && rowBlank(row))
      problems.push(`${spec.file} row ${i + 1}: ${row.kind} row without content`);
  }
  return problems;
}

/** Turnover as one office records it: the owner's own estimate differs from office to office. */
const omzetSeen = (r, b) => Math.round((b.omzet * (0.75 + r.next() * 0.5)) / 50000) * 50000;

/** Mark some entries with a defect; returns nothing. kinds: nik-*, omzet-*, or any label. */
function markDefects(r, entries, kinds, eligible = () => true) {
  for (const kind of kinds) {
    const pool = entries.filter((e) => !e.defect && eligible(e));
    if (pool.length > 0) r.pick(pool).defect = kind;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Self-check of the truth labels: an ok row carries no hard defect, a rejected row exactly one kind.
// Read from the cells as written, independently of how the row was made.
// ---------------------------------------------------------------------------------------------------------

const normArea = (s) =>
  String(s)
    .toLowerCase()
    .replace(/^(kelurahan|kecamatan|kel\.?|kec\.?)\s*/, '')
    .replace(/[^a-z]/g, '');
const KNOWN_KEL = new Set(
  KECAMATAN.flatMap((k) => k.kel.flatMap((kel) => [kel, ...(KEL_ALT[kel] ?? [])])).map(normArea),
);
const KNOWN_KEC = new Set(KECAMATAN.map((k) => normArea(k.name)));
const EMPTY_MARKS = new Set(['', '-', 'null']);

function hardDefects(row, checks) {
  const value = (i) => {
    const c = row.cells[i];
    return cellEmpty(c) ? '' : typeof c === 'object' && !(c instanceof Date) ? String(c.v) : String(c);
  };
  const found = new Set();
  if (checks.name !== undefined && value(checks.name).trim() === '') found.add('no-name');
  if (checks.nik !== undefined) {
    const raw = value(checks.nik).trim();
    const nik = raw.replace(/[ .]/g, '');
    if (!EMPTY_MARKS.has(nik.toLowerCase()) && !/E\+/.test(raw)) {
      if (!/^\d+$/.test(nik)) found.add('nik-letter');
      else if (nik.length !== 16) found.add('nik-length');
      else if (!nikPossible(nik)) found.add('nik-date');
    }
  }
  for (const [col, known] of [
    [checks.kel, KNOWN_KEL],
    [checks.kec, KNOWN_KEC],
  ]) {
    if (col === undefined) continue;
    const v = normArea(value(col));
    if (v !== '' && v !== 'null' && !known.has(v)) found.add('outside');
  }
  if (checks.omzet !== undefined) {
    const raw = value(checks.omzet).trim();
    const digits = Number(raw.replace(/[^\d]/g, '') || 0);
    if (raw.startsWith('-') && digits > 0) found.add('omzet-negative');
    if (digits > 1e11) found.add('omzet-absurd');
  }
  return [...found];
}

// ---------------------------------------------------------------------------------------------------------
// Main: build, write, read back, truth, manifest, summary
// ---------------------------------------------------------------------------------------------------------

const specs = [buildDinsos(), buildIkm(), buildGelar(), buildPkk(), buildKur(), buildPirt()];
mkdirSync(OUT, { recursive: true });
const truth = ['file,sheet_row,person_key,business_key,expected'];
const problems = [];
for (const spec of specs) {
  const path = join(OUT, spec.file);
  if (spec.format === 'xlsx') await writeXlsx(path, spec);
  else if (spec.format === 'csv') writeCsv(path, spec);
  else await writeOds(path, spec);
  spec.sheets[0].rows.forEach((row, i) => {
    if (row.kind === 'header' || row.kind === 'blank') return;
    if (row.kind === 'data')
      truth.push(`${spec.file},${i + 1},${row.person},${row.business},${row.expected}`);
    else truth.push(`${spec.file},${i + 1},,,skip`);
  });
  problems.push(...(await verify(path, spec)));
  spec.sheets[0].rows.forEach((row, i) => {
    if (row.kind !== 'data') return;
    const found = hardDefects(row, spec.checks);
    if (row.expected === 'ok' && found.length > 0)
      problems.push(`${spec.file} row ${i + 1}: ok row with ${found}`);
    if (row.expected === 'rejected' && found.length !== 1) {
      problems.push(`${spec.file} row ${i + 1}: rejected row with defects [${found}]`);
    }
  });
}
writeFileSync(join(OUT, 'truth.csv'), `${truth.join('\n')}\n`);
const manifest = {
  files: specs.map((s) => ({
    file: s.file,
    source: s.source,
    ...(s.format === 'csv' ? {} : { sheet: s.sheets[0].name }),
    description: s.description,
  })),
};
writeFileSync(join(OUT, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
if (problems.length > 0) {
  console.error(`read-back found ${problems.length} problem(s):\n${problems.slice(0, 25).join('\n')}`);
  process.exit(1);
}

// summary
const lines = truth.slice(1).map((l) => l.split(','));
const perFile = specs.map((s) => {
  const mine = lines.filter((l) => l[0] === s.file);
  const count = (e) => mine.filter((l) => l[4] === e).length;
  return { file: s.file, ok: count('ok'), rejected: count('rejected'), skip: count('skip') };
});
const okLines = lines.filter((l) => l[4] === 'ok');
const pairs = (col) => {
  const groups = new Map();
  for (const l of okLines) groups.set(l[col], (groups.get(l[col]) ?? 0) + 1);
  return [...groups.values()].reduce((s, n) => s + (n * (n - 1)) / 2, 0);
};
const named = new Set(lines.filter((l) => l[2].startsWith('P0')).map((l) => l[2]));
const filesOf = new Map();
for (const l of lines.filter((x) => x[3].startsWith('B0'))) {
  filesOf.set(l[3], (filesOf.get(l[3]) ?? new Set()).add(l[0]));
}
const byFileCount = [1, 2, 3, 4].map((n) => [...filesOf.values()].filter((f) => f.size === n).length);
const ownerOf = new Map(businesses.map((b) => [b.id, b.owner.id]));
const husbandRows = okLines.filter((l) => ownerOf.has(l[3]) && ownerOf.get(l[3]) !== l[2]).length;
const tot = (k) => perFile.reduce((s, f) => s + f[k], 0);
const women = people.filter((p) => p.sex === 'F').length;
const owners = people.filter((p) => p.businesses.length > 0);
const several = owners.filter((p) => p.businesses.length > 1).length;
const pct = (n, d) => Math.round((100 * n) / d);
console.log(
  `Fifth set, seed ${SEED}: ${people.length} true people (${women} women, ${people.length - women} men; ` +
    `${owners.length} own a business, ${several} of them two or three; ${named.size} are named in some file) and ` +
    `${businesses.length} true businesses, listed in 1/2/3/4 files: ${byFileCount.join('/')}. ` +
    `${specs.length} files: ` +
    perFile
      .map(
        (f) =>
          `${f.file} ${f.ok + f.rejected} data rows (${f.ok} ok, ${f.rejected} rejected, ${f.skip} skip)`,
      )
      .join('; ') +
    `. Totals: ${tot('ok') + tot('rejected')} data rows, ${tot('ok')} ok, ${tot('rejected')} rejected ` +
    `(${((100 * tot('rejected')) / (tot('ok') + tot('rejected'))).toFixed(1)} %), ${tot('skip')} skip. ` +
    `True pairs among ok rows: ${pairs(2)} same-person, ${pairs(3)} same-business; ` +
    `${husbandRows} ok rows name a husband for his wife's business. ` +
    `Hard negatives: ${negatives.motherDaughter} mother/daughter and ${negatives.sisters} sister households, ` +
    `${negatives.spouses} couples who both run a business, ` +
    `${negatives.namesakesApart + negatives.namesakesSameKel} namesake pairs (${negatives.namesakesSameKel} in one kelurahan); ` +
    `${negativePeople.size} people (${pct(negativePeople.size, people.length)} %) are in one.`,
);
