#!/usr/bin/env node
// Ninth linkage set: PILAR SERVING A SECOND CITY — Kota Surabaya (35.78), 31 kecamatan, 153 kelurahan.
//
//   node bench/linkage/ninth-set.mjs <seed> <outdir>
//
// Writes five office files of Kota Surabaya about one synthetic population of home industries, plus
// truth.csv and manifest.json (region "35.78", files in import order), reads every file back to check each
// truth line against the row it names, and prints a one-paragraph summary. Everything follows from the
// seed: an sfc32 generator seeded by a 128-bit string hash of "ninth-set|<seed>|<concern>", one stream per
// concern (people, businesses, each file, each file's bad rows), so adding a draw to one file leaves the
// others alone. The zip containers are written with fixed entry dates and fixed document properties, so
// one seed gives byte-identical files. Runtime: a few seconds.
//
// Area names and codes are read at run time from the npm package idn-area-data (Kemendagri codes; data
// © idn-area-data contributors, Open Database License (ODbL) 1.0). Kecamatan and kelurahan names are
// real; people, businesses, NIKs, family-card numbers, phones, streets and permits are synthetic.
//
// What the earlier sets did not cover, and this one does:
//  - A CITY of kelurahan whose names are also kecamatan names, in the same kecamatan (Wonokromo, Gubeng,
//    Sawahan, Genteng, Tegalsari, Tambaksari ...) or in ANOTHER one (the kelurahan Kenjeran lies in
//    kecamatan Bulak, the kelurahan Benowo in Pakal, Pakis in Sawahan beside kecamatan Dukuh Pakis,
//    Sukolilo Baru in Bulak beside kecamatan Sukolilo); a kelurahan Wonorejo in both Rungkut and
//    Tegalsari. Compound names written glued, split or abbreviated ("Jemur Wonosari"/"Jemurwonosari",
//    "Kalirungkut"/"Kali Rungkut", "Sidotopo Wetan"/"Sidotopo Wtn", "Lidah kulon"/"Lidah Kln",
//    "Dr. Soetomo"/"DR SOETOMO"/"Dokter Sutomo", "Pacar Keling"/"Pacarkeling").
//  - Outsiders from just across the border, Kabupaten Sidoarjo (Waru, Taman, Sedati) and Kabupaten Gresik
//    (Menganti, Driyorejo, Kec. Gresik), and one from a Sukolilo elsewhere; several live in places whose
//    names are also Surabaya kelurahan/kecamatan (Wonocolo and Krembangan in Taman, Semampir in Sedati,
//    Tambakrejo in Waru, Karang Poh in Gresik, Kebonsari in Candi) or Surabaya street names (Menganti).
//  - "Tempat, Tgl Lahir" / "TTL" cells holding the birthplace and the date in one ("Surabaya, 12-05-1978",
//    "Sby, 12 Mei 1978", "LAMONGAN 1978-05-12"); birthplaces include Sidoarjo and Gresik (a birthplace
//    never makes a row an outsider's).
//  - Separate RT and RW columns beside "Alamat"; "Jenis Kelamin" as Perempuan/PEREMPUAN/PR/P/W/Wanita,
//    Laki-laki/LK/L.
//  - A family-card number ("No. KK", "Nomor KK", "No Kartu Keluarga") right beside the NIK: 16 digits built
//    like a NIK (region + kecamatan + the card's issue date DDMMYY + serial), so it reads as a valid NIK of
//    a man born on the issue date. Husband and wife, mother and daughter share one KK; they stay persons
//    of their own.
//  - Turnover per YEAR in one file ("Omset Setahun (Rp)"), per month in the others.
//  - A hand-built .xlsx with date cells in custom number formats ("[$-421]dd mmmm yyyy;@", "d-mmm-yy"),
//    currency formats on numeric cells ("Rp"#,##0 and the accounting format), subtotal formulas with cached
//    results, non-breaking spaces and trailing spaces, a few zero-width spaces inside names, rich-text
//    shared strings (a name in two runs), a hyperlink column (Instagram handle or e-mail) and a hidden
//    reference sheet.
//  - A Google Forms registration exported from Google Sheets (.xlsx, header on row 1, "Timestamp" first,
//    questions as headers, NIKs and phone numbers turned into number cells, answers in any case),
//    some women submitting twice, some husbands filling it in for their wives.
//
// The files, in import order (manifest.json), each its own import with its office as source:
//  1. pendataan_ir_dp3appkb_surabaya_2025.xlsx (DP3APPKB Kota Surabaya): a two-line title, header on row
//     4 ("No, NIK, No. KK, Nama Pemilik, Jenis Kelamin, Tgl. Lahir, Alamat, RT, RW, Kelurahan, Kecamatan,
//     Jenis Usaha, Nama Usaha, Omzet/Bulan (Rp), No. HP/WA, Instagram / Email, Tgl. Pendataan"), a section
//     row per kecamatan with a SUM subtotal, a total row, notes and a signature block. One row per
//     business. Rejected: three outsiders and the six bad kinds (NIK of 15 digits, NIK with a letter, NIK
//     with an impossible date, empty owner name, negative omzet, absurd omzet).
//  2. pendaftaran_pahlawan_ekonomi_2025.xlsx (the city's "Pahlawan Ekonomi" programme, Google Forms):
//     "Timestamp, Email Address, Nama lengkap sesuai KTP, NIK (16 digit), No Kartu Keluarga, Tempat, Tgl
//     Lahir, Jenis Kelamin, Alamat usaha lengkap, Kelurahan, Kecamatan, Nama usaha / merek, Produk yang
//     dijual, Omzet rata-rata per bulan, Nomor WhatsApp aktif, Sudah punya NIB?". No title, no totals.
//     Rejected: outsiders (Sidoarjo, Gresik, a Sukolilo of Kabupaten Malang), a 15-digit NIK, a NIK
//     with a letter.
//  3. data_umkm_binaan_dinkopdag_sby_2025.csv (Dinkopdag Kota Surabaya): ";" CSV in Windows-1252 with
//     CRLF, a title and a date line, names in capitals with titles ("HJ. SITI AMINAH, S.PD", "NI’MAH"),
//     the whole address in one cell ("JL. KARANG MENJANGAN GG. II NO. 12 RT 03 RW 05 KEL. AIRLANGGA KEC.
//     GUBENG", kecamatan sometimes left out), NIKs with dots or as "3,5782E+15" (unusable, row ok),
//     husbands sometimes named; a count line and a source line. Rejected: four outsiders and the six
//     bad kinds.
//  4. register_spp_irt_dinkes_surabaya.ods (Dinas Kesehatan's SPP-IRT register, LibreOffice): one row
//     PER PRODUCT, P-IRT numbers with the city's digits ("P-IRT 2063578010123-29": packaging, food type,
//     3578, product serial, producer serial, expiry year), issue dates as date cells, the applicant
//     sometimes the owner's husband, a recap table per kecamatan BELOW the data (not data). Rejected:
//     two producers of Sidoarjo/Gresik at a food-safety course (their numbers carry 3515/3525) and one
//     empty applicant name.
//  5. data_pelaku_usaha_kampung_ukm_kec_rungkut.xlsx (Kecamatan Rungkut's "Kampung UKM" list, ExcelJS):
//     title rows naming the kecamatan, "No, Nama, NIK, Nomor KK, TTL, JK, Alamat, RT, RW, Kelurahan,
//     Jenis Usaha, Omset Setahun (Rp), Telp, Ket."; no kecamatan column (the kelurahan Wonorejo here is
//     the Rungkut one), yearly turnover, a total row and a signature. Rejected: two outsiders of Sidoarjo
//     (one in the Semampir of Sedati), one empty name, one absurd yearly turnover.
//
// truth.csv: file,sheet_row,person_key,business_key,expected. One line per non-blank row of each file's
// first sheet that is not its column-header row; sheet_row as a spreadsheet app numbers rows (the CSV:
// its physical line; no cell holds a line break).
//  - person_key (P0001...) is the true person NAMED in the row: a husband who fills in the form, signs
//    the P-IRT application or is listed by Dinkopdag for his wife's business is his own person, and the
//    row carries HIS person key with HER business key. A NIK in a row is the named person's (mistyped
//    ones included); a KK in a row is the named person's family card.
//  - business_key (B0001...) is the business the row describes. Two Google Forms submissions of one
//    business are one business (and one person when the same person sends both).
//  - expected: ok, rejected or skip (titles, section, subtotal and total rows, notes, signature lines,
//    the recap table under the P-IRT register; no keys). Rejected rows have keys PX.../BX... found nowhere
//    else.
//  - REJECTED = (a) the row's person lives outside Kota Surabaya, or (b) a bad row: a full NIK of 15
//    digits, with a letter or with an impossible birth date; an empty owner name; a negative or absurd
//    (trillions) turnover. Rule for (a): the row's own cells, its birthplace/TTL cell aside, name
//    "Sidoarjo", "Gresik" or "Kab./Kabupaten <regency>"; every outsider row here does, and no inside row
//    does. A Sidoarjo or Gresik place named like a Surabaya kelurahan (Wonocolo, Semampir, Karang Poh ...)
//    is outside because the row also names its regency. NIK region codes say nothing: people registered
//    first in Sidoarjo, Gresik, Lamongan or Madura but living in Surabaya are ok.
//  - A NIK or KK in a number cell that kept 15 digits, written as "3,5782E+15", "-" or left empty is
//    unusable and never makes a row bad; a NIK with a trailing space or non-breaking space, with dots or
//    spaces, or a full 16-digit number cell (Google Sheets) is the person's NIK. A row of a kelurahan whose
//    name several kecamatan share (Wonorejo) always says its kecamatan, in a cell or in the file's title.
//
// Look-alikes that must stay apart: namesakes in kelurahan named alike or named like a kecamatan (Wonorejo
// of Rungkut and of Tegalsari; Kenjeran of Bulak and Tanah Kali Kedinding of Kenjeran; Benowo of Pakal and
// Sememi of Benowo; Sawahan and Petemon; Wonokromo and Jagir; ...), often in one trade; mother and
// daughter on one KK at one address in one trade, each her own business (the mother sometimes giving her
// daughter's phone or Google account); sisters-in-law at one address, often with one first name and one
// trade; husbands on forms for their wives' businesses (one KK); one woman's two or three businesses.
//
// NIK convention: 35 78 + kecamatan code + DDMMYY (DD+40 for women) + serial; about one in ten first
// registered in another kecamatan of the city, one in twelve in Sidoarjo, Gresik, Lamongan, Bangkalan,
// Sampang or Jombang. KK: 35 78 + kecamatan + issue date DDMMYY + serial, never equal to a NIK.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------------
// Randomness: sfc32 seeded by a 128-bit string hash, one stream per concern

function hash128(text) {
  let a = 0x6a09e667;
  let b = 0xbb67ae85;
  let c = 0x3c6ef372;
  let d = 0xa54ff53a;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    a = b ^ Math.imul(a ^ k, 0x9e3779b1);
    b = c ^ Math.imul(b ^ k, 0x85ebca77);
    c = d ^ Math.imul(c ^ k, 0xc2b2ae3d);
    d = a ^ Math.imul(d ^ k, 0x27d4eb2f);
  }
  a = Math.imul(c ^ (a >>> 16), 0x9e3779b1);
  b = Math.imul(d ^ (b >>> 13), 0x85ebca77);
  c = Math.imul(a ^ (c >>> 16), 0xc2b2ae3d);
  d = Math.imul(b ^ (d >>> 13), 0x27d4eb2f);
  const x = a ^ b ^ c ^ d;
  return [x >>> 0, (b ^ x) >>> 0, (c ^ x) >>> 0, (d ^ x) >>> 0];
}

class Dice {
  constructor(words) {
    let [a, b, c, d] = words;
    this.u = () => {
      const t = (((a + b) | 0) + d) | 0;
      d = (d + 1) | 0;
      a = b ^ (b >>> 9);
      b = (c + (c << 3)) | 0;
      c = (c << 21) | (c >>> 11);
      c = (c + t) | 0;
      return (t >>> 0) / 4294967296;
    };
    for (let i = 0; i < 15; i++) this.u();
  }
  below(n) {
    return Math.floor(this.u() * n);
  }
  between(lo, hi) {
    return lo + this.below(hi - lo + 1);
  }
  yes(p) {
    return this.u() < p;
  }
  one(list) {
    return list[this.below(list.length)];
  }
  /** pairs: [[value, weight], ...] */
  weigh(pairs) {
    let x = this.u() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  mix(list) {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.below(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  gauss() {
    let s = 0;
    for (let i = 0; i < 6; i++) s += this.u();
    return (s - 3) * Math.SQRT2;
  }
}

const [seedArg, outDir] = process.argv.slice(2);
if (seedArg === undefined || !outDir) {
  console.error('usage: node bench/linkage/ninth-set.mjs <seed> <outdir>');
  process.exit(2);
}
const dice = (concern) => new Dice(hash128(`ninth-set|${seedArg}|${concern}`));

const REGION = '35.78';
const STAMP = new Date(Date.UTC(2025, 9, 24, 2, 30, 0)); // zip entries and document properties
const die = (message) => {
  throw new Error(`ninth-set: ${message}`);
};
const pad = (n, w = 2) => String(n).padStart(w, '0');
const daysOf = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

// ---------------------------------------------------------------------------------------------------
// Areas from idn-area-data (ODbL)

function splitCsv(line, sep) {
  const cells = [];
  let cell = '';
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (inQuotes) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') inQuotes = false;
      else cell += ch;
    } else if (ch === '"') inQuotes = true;
    else if (ch === sep) {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

function areaTable(file) {
  const path = fileURLToPath(new URL(`../../node_modules/idn-area-data/data/${file}`, import.meta.url));
  const [, ...lines] = readFileSync(path, 'utf8').split(/\r?\n/);
  return lines.filter((l) => l.trim()).map((l) => splitCsv(l, ','));
}

const AREAS = (() => {
  const regencyName = new Map(areaTable('regencies.csv').map(([code, , name]) => [code, name]));
  const districts = new Map();
  for (const [code, regency, name] of areaTable('districts.csv'))
    districts.set(code, { code, regency, name });
  const villagesByDistrict = new Map();
  for (const [code, district, name] of areaTable('villages.csv')) {
    if (!code.startsWith('35.') && !code.startsWith('33.18.')) continue;
    if (!villagesByDistrict.has(district)) villagesByDistrict.set(district, []);
    villagesByDistrict
      .get(district)
      .push({ code, district, name, urban: code.split('.')[3].startsWith('1') });
  }
  if (regencyName.get(REGION) !== 'Kota Surabaya') die(`${REGION} is not Kota Surabaya`);
  if (regencyName.get('35.15') !== 'Kabupaten Sidoarjo' || regencyName.get('35.25') !== 'Kabupaten Gresik')
    die('35.15/35.25 are not Sidoarjo/Gresik');
  return { regencyName, districts, villagesByDistrict };
})();

// The city: every kecamatan with its kelurahan. weight: share of the population.
// biome-ignore format: compact data table
const KEC_WEIGHT = {
  Rungkut: 5, 'Gunung Anyar': 1.6, 'Tenggilis Mejoyo': 1.6, Gubeng: 1.4, Tambaksari: 1.4, Semampir: 1.3,
  Kenjeran: 1.3, Bulak: 1.2, Sawahan: 1.3, Wonokromo: 1.3, Sukolilo: 1.2, Mulyorejo: 1.1, Tegalsari: 1.1,
};

function buildCity() {
  const kecs = [];
  for (const d of AREAS.districts.values()) {
    if (d.regency !== REGION) continue;
    const kec = {
      code: d.code,
      suffix: d.code.slice(6),
      name: d.name,
      weight: KEC_WEIGHT[d.name] ?? 1,
      kels: [],
    };
    for (const v of AREAS.villagesByDistrict.get(d.code) ?? []) {
      if (!v.urban) die(`${v.name} in Surabaya is not a kelurahan`);
      kec.kels.push({ code: v.code, name: v.name, kec });
    }
    kecs.push(kec);
  }
  if (kecs.length !== 31) die(`Surabaya has ${kecs.length} kecamatan, expected 31`);
  const kels = kecs.flatMap((k) => k.kels);
  const kecNames = new Set(kecs.map((k) => k.name));
  for (const kel of kels) {
    kel.twin = kels.some((o) => o !== kel && o.name === kel.name);
    kel.likeKec = kecNames.has(kel.name); // kelurahan named like a kecamatan (its own or another)
  }
  const find = (kelName, kecName) => {
    const hit = kels.find((v) => v.name === kelName && v.kec.name === kecName);
    if (!hit) die(`no kelurahan ${kelName} in kecamatan ${kecName}`);
    return hit;
  };
  for (const [kel, kec] of [
    ['Kenjeran', 'Bulak'],
    ['Benowo', 'Pakal'],
    ['Wonorejo', 'Rungkut'],
    ['Wonorejo', 'Tegalsari'],
    ['Dr. Soetomo', 'Tegalsari'],
  ])
    find(kel, kec);
  return { kecs, kels, find, kecOf: (name) => kecs.find((k) => k.name === name) };
}

// Outside the city: places of Sidoarjo and Gresik next to the border, and one Sukolilo elsewhere.
function buildOutside(city) {
  const cityNames = new Set(
    [...city.kels.map((v) => v.name), ...city.kecs.map((k) => k.name)].map((n) => n.toLowerCase()),
  );
  const places = [];
  for (const [district, regency] of [
    ['35.15.18', 'Sidoarjo'], // Waru
    ['35.15.13', 'Sidoarjo'], // Taman
    ['35.15.17', 'Sidoarjo'], // Sedati
    ['35.15.16', 'Sidoarjo'], // Gedangan
    ['35.15.07', 'Sidoarjo'], // Candi
    ['35.25.13', 'Gresik'], // Menganti
    ['35.25.15', 'Gresik'], // Driyorejo
    ['35.25.16', 'Gresik'], // Gresik
    ['35.25.14', 'Gresik'], // Kebomas
  ]) {
    const d = AREAS.districts.get(district);
    if (!d) die(`no district ${district}`);
    for (const v of AREAS.villagesByDistrict.get(district) ?? []) {
      places.push({
        name: v.name,
        kecName: d.name,
        regency,
        urban: v.urban,
        nikPrefix: district.replace(/\./g, ''),
        likeCity: cityNames.has(v.name.toLowerCase()),
      });
    }
  }
  const sukolilo = (AREAS.villagesByDistrict.get('35.07.17') ?? []).find((v) => v.name === 'Sukolilo');
  if (!sukolilo) die('no desa Sukolilo in Kabupaten Malang (35.07.17)');
  const elsewhere = {
    name: 'Sukolilo',
    kecName: AREAS.districts.get('35.07.17').name,
    regency: 'Kab. Malang',
    urban: false,
    nikPrefix: '350717',
    likeCity: true,
  };
  const tricky = places.filter((p) => p.likeCity);
  for (const n of ['Wonocolo', 'Semampir', 'Tambakrejo', 'Karang Poh', 'Krembangan'])
    if (!tricky.some((p) => p.name === n)) die(`outside place ${n} is not named like a Surabaya place`);
  return { plain: places.filter((p) => !p.likeCity), tricky, elsewhere };
}

// ---------------------------------------------------------------------------------------------------
// Names of Surabaya: Javanese, Madurese, Arab and Chinese Indonesian families; [name, nickname]

// biome-ignore format: compact data table
const W_OLD_ONE = [
  ['Sumarni', 'Marni'], ['Tarmini', 'Mini'], ['Kasemi', 'Semi'], ['Sukesi', 'Kesi'], ['Ngatiyem', 'Tiyem'],
  ['Rukmini', 'Rukmi'], ['Sumiyati', 'Sumi'], ['Sriyatun', 'Atun'], ['Kamisah', 'Misah'], ['Sunarsih', 'Narsih'],
  ['Warsini', 'Sini'], ['Sutiyah', 'Tiyah'], ['Lasmini', 'Las'], ['Suminah', 'Minah'], ['Karsiyah', 'Karsi'],
  ['Suparmi', 'Parmi'], ['Rasmiati', 'Rasmi'], ['Jumiati', 'Jumi'],
];
// biome-ignore format: compact data table
const W_OLD_FIRST = ['Siti', 'Sri', 'Endang', 'Umi', 'Nanik', 'Ninik', 'Tutik', 'Sulis', 'Nur'];
// biome-ignore format: compact data table
const W_OLD_SECOND = [
  ['Aminah', 'Minah'], ['Khotimah', 'Timah'], ['Rohani', 'Rohani'], ['Maimunah', 'Mun'], ['Mariyam', 'Mar'],
  ['Zubaidah', 'Ida'], ['Kholifah', 'Ifah'], ['Sundari', 'Ndari'], ['Suharti', 'Harti'], ['Rahayu', 'Ayu'],
  ['Sulastri', 'Lastri'], ['Purwanti', 'Pur'], ['Winarsih', 'Win'], ['Nuraini', 'Aini'], ['Muslimah', 'Mus'],
  ['Romlah', 'Romlah'], ['Fatimah', 'Fat'], ['Hartatik', 'Tatik'],
];
// biome-ignore format: compact data table
const W_MADURA = [
  ['Hosniyah', 'Hos'], ['Holilah', 'Holil'], ['Asmaniyah', 'Asma'], ['Rohimah', 'Imah'], ['Juhairiyah', 'Juhai'],
  ['Musyarofah', 'Ofah'], ['Sunaryah', 'Naryah'], ['Hamidah', 'Midah'], ['Marfuah', 'Fuah'], ['Mu’awanah', 'Awanah'],
];
const W_MADURA_FIRST = ['Sitti', 'Nur', 'Umi', 'Siti'];
// biome-ignore format: compact data table
const W_ARAB = [
  ['Fatimah', 'Assegaf'], ['Khadijah', 'Alatas'], ['Aisyah', 'Bahasuan'], ['Nur', 'Baraja'], ['Zahra', 'Alkaff'],
  ['Salma', 'Basyaiban'], ['Syarifah', 'Alhabsyi'], ['Rugayah', 'Bawazier'],
];
// biome-ignore format: compact data table
const W_CHINESE = [
  ['Lanny', 'Wijaya'], ['Yenny', 'Halim'], ['Lily', 'Santoso'], ['Meilinda', 'Gunawan'], ['Susan', 'Tanoyo'],
  ['Linda', 'Hartono'], ['Fenny', 'Kurniawan'], ['Shanty', 'Tjandra'],
];
// biome-ignore format: compact data table
const W_YOUNG_FIRST = [
  'Dewi', 'Rina', 'Ayu', 'Novita', 'Fitri', 'Yuni', 'Eka', 'Dian', 'Nur', 'Lilis', 'Vivi', 'Tika', 'Rizka', 'Anik',
  'Wiwik', 'Yuyun', 'Erna', 'Diah', 'Ratna', 'Mega', 'Intan', 'Putri', 'Devi', 'Nisa', 'Desy', 'Siti', 'Sri',
];
// biome-ignore format: compact data table
const W_YOUNG_SECOND = [
  ['Kartika', 'Tika'], ['Lestari', 'Tari'], ['Rahmawati', 'Rahma'], ['Susanti', 'Santi'], ['Wulandari', 'Wulan'],
  ['Puspitasari', 'Puspita'], ['Anggraeni', 'Anggi'], ['Safitri', 'Fitri'], ['Handayani', 'Yani'],
  ['Kurniawati', 'Kurnia'], ['Purnamasari', 'Purnama'], ['Maulida', 'Lida'], ['Nurhayati', 'Yati'],
  ['Ramadhani', 'Dhani'], ['Permatasari', 'Permata'], ['Widyaningsih', 'Widya'], ['Agustin', 'Tin'],
  ['Fauziah', 'Uzi'], ['Zahro', 'Zahro'], ['Rosyidah', 'Ros'], ['Mardiana', 'Diana'], ['Oktavia', 'Okta'],
];
// a middle name some women carry ("Nur Aini Fadhilah"), dropped by some offices
const W_MIDDLE = ['Aini', 'Sri', 'Nur', 'Dwi', 'Eka', 'Tri', 'Ayu', 'Indah'];
// biome-ignore format: compact data table
const M_NAMES = [
  ['Slamet', 'Slamet'], ['Sugianto', 'Gianto'], ['Bambang Sutrisno', 'Bambang'], ['Hariyadi', 'Hari'],
  ['Supriyadi', 'Pri'], ['Abdul Rokhim', 'Rokhim'], ['Moh. Sholeh', 'Sholeh'], ['Achmad Fauzi', 'Fauzi'],
  ['Mulyadi', 'Mul'], ['Agus Salim', 'Agus'], ['Eko Prasetyo', 'Eko'], ['Sutikno', 'Tikno'], ['Hasan Basri', 'Hasan'],
  ['Imam Syafi’i', 'Imam'], ['Rudi Hartono', 'Rudi'], ['Joko Susilo', 'Joko'], ['Yusuf Effendi', 'Yusuf'],
  ['Muhammad Ridwan', 'Ridwan'], ['Ali Mahmud', 'Ali'], ['Didik Purnomo', 'Didik'], ['Samsul Arifin', 'Samsul'],
  ['Ahmad Syaiful', 'Syaiful'], ['Heru Susanto', 'Heru'], ['Nanang Kosim', 'Nanang'],
];

const NORTH = new Set(['Semampir', 'Kenjeran', 'Bulak', 'Pabean Cantian', 'Krembangan', 'Simokerto']);
const OLD_TOWN = new Set(['Genteng', 'Bubutan', 'Krembangan', 'Pabean Cantian', 'Tegalsari']);

function womanName(d, kec, old) {
  const kind = d.weigh([
    ['java', 70],
    ['madura', NORTH.has(kec) ? 30 : 8],
    ['arab', kec === 'Semampir' ? 10 : 0.6],
    ['chinese', OLD_TOWN.has(kec) ? 8 : 1.2],
  ]);
  if (kind === 'madura') {
    const [n, nick] = d.one(W_MADURA);
    return { name: d.yes(0.55) ? `${d.one(W_MADURA_FIRST)} ${n}` : n, nick, ethnic: 'madura' };
  }
  if (kind === 'arab') {
    const [first, fam] = d.one(W_ARAB);
    return { name: `${first} ${fam}`, nick: first, ethnic: 'arab' };
  }
  if (kind === 'chinese') {
    const [first, fam] = d.one(W_CHINESE);
    return { name: `${first} ${fam}`, nick: first, ethnic: 'chinese' };
  }
  if (old) {
    if (d.yes(0.45)) {
      const [n, nick] = d.one(W_OLD_ONE);
      return { name: n, nick, ethnic: 'java' };
    }
    for (;;) {
      const first = d.one(W_OLD_FIRST);
      const [second, nick] = d.one(W_OLD_SECOND);
      if (first.slice(0, 3) === second.slice(0, 3)) continue;
      return {
        name: `${first} ${second}`,
        nick: ['Endang', 'Nanik', 'Ninik', 'Tutik', 'Sulis'].includes(first) ? first : nick,
        ethnic: 'java',
      };
    }
  }
  for (;;) {
    const first = d.one(W_YOUNG_FIRST);
    const [second, nick] = d.one(W_YOUNG_SECOND);
    if (first.slice(0, 3) === second.slice(0, 3) || nick === first) continue;
    const middle = d.yes(0.2) ? d.one(W_MIDDLE.filter((m) => m !== first)) : null;
    const useFirst = !['Siti', 'Sri', 'Nur'].includes(first) && d.yes(0.6);
    return {
      name: [first, middle, second].filter(Boolean).join(' '),
      nick: useFirst ? first : nick,
      ethnic: 'java',
    };
  }
}

// ---------------------------------------------------------------------------------------------------
// Trades of Surabaya's home industries; products [name, food-type code, packaging digit] for P-IRT rows

// biome-ignore format: compact data table
const TRADES = [
  { id: 'kuebasah', label: 'Kue Basah', alts: ['kue basah', 'Jajan Pasar', 'kue basah & jajanan pasar', 'KUE BASAH'],
    food: true, male: 0.03, w: 7, boost: { Rungkut: 3, 'Gunung Anyar': 1.5 } },
  { id: 'kuekering', label: 'Kue Kering', alts: ['kue kering', 'Kue Kering/Nastar', 'cookies', 'KUE KERING'],
    food: true, male: 0.03, w: 5, boost: { Rungkut: 2 },
    products: [['Nastar Nanas', '09', '2'], ['Kastengel Keju', '09', '2'], ['Lidah Kucing', '09', '2'], ['Putri Salju', '09', '2']] },
  { id: 'lapis', label: 'Lapis Surabaya', alts: ['spiku', 'Lapis Surabaya/Spiku', 'kue lapis surabaya'],
    food: true, male: 0.05, w: 1.4 },
  { id: 'katering', label: 'Katering Rumahan', alts: ['katering', 'catering', 'nasi kotak', 'Catering Nasi Box'],
    food: true, male: 0.1, w: 4 },
  { id: 'kerupuk', label: 'Kerupuk Ikan/Udang', alts: ['kerupuk ikan', 'krupuk udang', 'Kerupuk Udang & Ikan'],
    food: true, male: 0.2, w: 1.5, boost: { Bulak: 6, Kenjeran: 4, Semampir: 2 },
    products: [['Kerupuk Ikan Tengiri', '02', '2'], ['Kerupuk Udang', '02', '2'], ['Kerupuk Kupang', '02', '2']] },
  { id: 'ikanasap', label: 'Ikan Asap', alts: ['ikan asap', 'pengasapan ikan', 'Ikan Asap & Olahan Ikan'],
    food: true, male: 0.35, w: 0.4, boost: { Bulak: 10, Kenjeran: 5 },
    products: [['Abon Ikan Asap', '02', '2'], ['Ikan Asap Vakum', '02', '2']] },
  { id: 'petis', label: 'Petis', alts: ['petis', 'Petis Udang', 'petis ikan'],
    food: true, male: 0.15, w: 0.5, boost: { Bulak: 5, Kenjeran: 4, Semampir: 3, Krembangan: 2 },
    products: [['Petis Udang', '11', '3'], ['Petis Ikan', '11', '3']] },
  { id: 'bandeng', label: 'Olahan Bandeng', alts: ['bandeng presto', 'otak-otak bandeng', 'olahan bandeng'],
    food: true, male: 0.1, w: 0.8, boost: { Sukolilo: 3, Mulyorejo: 3, Benowo: 3 },
    products: [['Abon Bandeng', '02', '2'], ['Keripik Kulit Bandeng', '02', '2']] },
  { id: 'sambal', label: 'Sambal & Bumbu', alts: ['sambal', 'sambel bawang', 'Sambal/Bumbu Pecel', 'bumbu masak'],
    food: true, male: 0.08, w: 3,
    products: [['Sambal Bawang', '11', '3'], ['Sambal Roa', '11', '3'], ['Bumbu Pecel', '11', '2']] },
  { id: 'minuman', label: 'Minuman Serbuk', alts: ['minuman serbuk', 'jamu serbuk', 'Minuman Herbal', 'wedang uwuh'],
    food: true, male: 0.1, w: 2.2,
    products: [['Serbuk Jahe Merah', '13', '2'], ['Sinom Serbuk', '13', '2'], ['Teh Rosela', '10', '2']] },
  { id: 'frozen', label: 'Frozen Food', alts: ['frozen food', 'makanan beku', 'dimsum & siomay'],
    food: true, male: 0.08, w: 2.5 },
  { id: 'keripik', label: 'Keripik & Camilan', alts: ['keripik', 'camilan', 'snack kiloan', 'Keripik Singkong'],
    food: true, male: 0.15, w: 4,
    products: [['Keripik Singkong Balado', '15', '2'], ['Makaroni Pedas', '15', '2'], ['Kacang Bawang', '15', '2'], ['Keripik Tempe', '15', '2']] },
  { id: 'roti', label: 'Roti & Bakery', alts: ['roti', 'bakery', 'roti manis', 'Roti & Donat'],
    food: true, male: 0.12, w: 2.5,
    products: [['Bagelen', '09', '2'], ['Stik Keju', '09', '2'], ['Roti Kering', '09', '2']] },
  { id: 'jahit', label: 'Jahit/Konveksi', alts: ['jahit', 'penjahit', 'konveksi', 'Jahit Baju'], food: false, male: 0.15, w: 4 },
  { id: 'bordir', label: 'Bordir', alts: ['bordir', 'Bordir & Sulam', 'sulam'], food: false, male: 0.05, w: 1.2 },
  { id: 'batik', label: 'Batik', alts: ['batik', 'Batik Mangrove', 'batik tulis'], food: false, male: 0.1, w: 0.8,
    boost: { Rungkut: 3 } },
  { id: 'daurulang', label: 'Kerajinan Daur Ulang', alts: ['daur ulang', 'kerajinan limbah', 'tas daur ulang'],
    food: false, male: 0.1, w: 1.2 },
  { id: 'sepatu', label: 'Sepatu/Sandal', alts: ['sepatu', 'sandal', 'Sepatu & Sandal'], food: false, male: 0.6,
    w: 0.6, boost: { Benowo: 6, Pakal: 3, 'Asem Rowo': 2 } },
  { id: 'manik', label: 'Aksesoris Manik-manik', alts: ['manik-manik', 'aksesoris', 'bros & manik'], food: false,
    male: 0.02, w: 1 },
];
const tradeWords = (t) =>
  [t.label, ...t.alts, ...(t.products ?? []).map(([n]) => n)].map((s) => s.toLowerCase());

// ---------------------------------------------------------------------------------------------------
// Streets: kampung streets named after the kelurahan ("Kapasari IV/12") or a street of the kecamatan

// biome-ignore format: compact data table
const STREETS = {
  Gubeng: ['Karang Menjangan', 'Kalidami', 'Pucang Anom', 'Pucang Jajar', 'Bratang Binangun', 'Gubeng Kertajaya'],
  Wonokromo: ['Ngagel Tirto', 'Ngagel Rejo Kidul', 'Jagir Sidomukti', 'Darmo Kali', 'Wonokromo Tangkis'],
  Rungkut: ['Rungkut Lor', 'Rungkut Kidul', 'Kedung Baruk', 'Penjaringan Sari', 'Medokan Asri', 'Rungkut Madya', 'Wonorejo Timur'],
  'Gunung Anyar': ['Gunung Anyar Jaya', 'Rungkut Menanggal Harapan', 'Gunung Anyar Lor', 'Rungkut Tengah'],
  'Tenggilis Mejoyo': ['Tenggilis Lama', 'Kutisari Selatan', 'Kendangsari', 'Panjang Jiwo'],
  Tegalsari: ['Kedungdoro', 'Kedondong', 'Pandegiling', 'Keputran Kejambon', 'Tegalsari'],
  Tambaksari: ['Pacar Keling', 'Tambaksari Selatan', 'Ploso Timur', 'Kapas Madya', 'Rangkah', 'Bronggalan'],
  Semampir: ['Sasak', 'Pegirian', 'Wonokusumo Jaya', 'Sidotopo Kidul', 'Ujung Baru', 'Ampel Kesumba'],
  Kenjeran: ['Tanah Merah', 'Tenggumung Baru', 'Bulak Banteng Lor', 'Sidotopo Wetan Baru', 'Tambak Wedi Baru'],
  Bulak: ['Sukolilo Larangan', 'Bulak Cumpat', 'Kedung Cowek', 'Nambangan'],
  Sawahan: ['Putat Jaya', 'Banyu Urip Wetan', 'Petemon Barat', 'Kupang Gunung', 'Pakis Tirtosari'],
  Wiyung: ['Raya Menganti', 'Babatan Pratama', 'Jajar Tunggal'],
  Lakarsantri: ['Raya Menganti Lidah Wetan', 'Bangkingan', 'Sumurwelut'],
  Sukolilo: ['Keputih Tegal', 'Klampis Ngasem', 'Semolowaru', 'Nginden Intan'],
  Mulyorejo: ['Kalijudan', 'Dukuh Sutorejo', 'Manyar Sabrangan', 'Kejawan Putih Tambak'],
  Simokerto: ['Simolawang', 'Kapasan', 'Tambakrejo Gang', 'Sidodadi'],
  Krembangan: ['Morokrembangan', 'Dupak Bangunsari', 'Kemayoran Baru', 'Perak Barat'],
  Benowo: ['Kandangan Gunung', 'Sememi Jaya', 'Tambak Oso Wilangun'],
};
// A street named after a kelurahan ("Ngagel Tirto", "Sidotopo Wetan Baru") only runs through that kelurahan.
const glued = (s) => s.toLowerCase().replace(/[^a-z]/g, '');
function streetFits(street, kel, city) {
  const g = glued(street);
  const prefixes = city.kels.map((v) => glued(v.name)).filter((n) => g.startsWith(n));
  const longest = prefixes.sort((a, b) => b.length - a.length)[0];
  return !longest || longest === glued(kel.name);
}
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

// ---------------------------------------------------------------------------------------------------
// The population: households, persons, businesses

// biome-ignore format: compact data table
const BIRTH_PLACES = [
  ['Surabaya', 55], ['Lamongan', 5], ['Sidoarjo', 5], ['Gresik', 4], ['Bangkalan', 3], ['Sampang', 2],
  ['Jombang', 3], ['Mojokerto', 3], ['Tuban', 2], ['Kediri', 2], ['Madiun', 1], ['Malang', 2], ['Pasuruan', 2],
  ['Probolinggo', 1], ['Bojonegoro', 2], ['Blitar', 1], ['Ngawi', 1],
];
// NIK regions of people first registered outside the city: Sidoarjo, Gresik, Lamongan, Bangkalan, Sampang, Jombang
const OTHER_REGENCIES = ['35.15', '35.25', '35.24', '35.26', '35.27', '35.17'];
// biome-ignore format: compact data table
const PHONE_HEADS = ['0812', '0813', '0821', '0822', '0852', '0853', '0856', '0857', '0858', '0877', '0878', '0881', '0895', '0896', '0838', '0831'];

function nikValid(nik) {
  if (!/^\d{16}$/.test(nik)) return false;
  const day = Number(nik.slice(6, 8)) % 40;
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (Number(nik.slice(6, 8)) > 71 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysOf(yy <= 25 ? 2000 + yy : 1900 + yy, month) && nik.slice(12) !== '0000';
}

function buildPopulation(city) {
  const d = dice('people');
  const bd = dice('businesses');
  const people = [];
  const businesses = [];
  const used = { nik: new Set(), kk: new Set(), phone: new Set(), email: new Set(), social: new Set() };
  const namesByKel = new Map();
  const otherDistricts = [...AREAS.districts.values()].filter((x) => OTHER_REGENCIES.includes(x.regency));
  const kecPick = city.kecs.map((k) => [k, k.weight]);

  const born = (y0, y1) => {
    const y = d.between(y0, y1);
    const m = d.between(1, 12);
    return { y, m, d: d.between(1, daysOf(y, m)) };
  };
  const nikFor = (p) => {
    const r = d.u();
    const region =
      r < 0.1
        ? `3578${d.one(city.kecs).suffix}`
        : r < 0.18
          ? d.one(otherDistricts).code.replace(/\./g, '')
          : `3578${p.home.kel.kec.suffix}`;
    const dd = p.gender === 'P' ? p.born.d + 40 : p.born.d;
    for (;;) {
      const nik = `${region}${pad(dd)}${pad(p.born.m)}${pad(p.born.y % 100)}${pad(d.between(1, 3999), 4)}`;
      if (!used.nik.has(nik) && !used.kk.has(nik)) {
        used.nik.add(nik);
        return nik;
      }
    }
  };
  const newKk = (home) => {
    for (;;) {
      const y = d.between(2006, 2024);
      const m = d.between(1, 12);
      const kk = `3578${home.kel.kec.suffix}${pad(d.between(1, daysOf(y, m)))}${pad(m)}${pad(y % 100)}${pad(d.between(1, 9999), 4)}`;
      if (!used.kk.has(kk) && !used.nik.has(kk)) {
        used.kk.add(kk);
        return kk;
      }
    }
  };
  const newPhone = () => {
    for (;;) {
      const ph = `${d.one(PHONE_HEADS)}${pad(d.below(1e7), 7)}${d.yes(0.6) ? d.below(10) : ''}`;
      if (!used.phone.has(ph)) {
        used.phone.add(ph);
        return ph;
      }
    }
  };
  const newEmail = (p) => {
    const base = p.nick.toLowerCase().replace(/[^a-z]/g, '');
    const last = p.name
      .split(' ')
      .pop()
      .toLowerCase()
      .replace(/[^a-z]/g, '');
    for (;;) {
      const e = `${d.one([base, `${base}.${last}`, `${base}${last}`, `bu${base}`])}${d.yes(0.7) ? d.between(1, 99) : ''}${d.one(['@gmail.com', '@gmail.com', '@gmail.com', '@yahoo.co.id', '@yahoo.com'])}`;
      if (!used.email.has(e)) {
        used.email.add(e);
        return e;
      }
    }
  };
  const homeIn = (kel) => {
    const streets = (STREETS[kel.kec.name] ?? []).filter((s) => streetFits(s, kel, city));
    const base = streets.length && d.yes(0.55) ? d.one(streets) : titleCase(kel.name);
    return {
      kel,
      street: base,
      gang: d.yes(0.7)
        ? d.one(ROMAN.slice(0, d.between(3, 12))) + (d.yes(0.15) ? `-${d.one(['A', 'B'])}` : '')
        : null,
      no: String(d.between(1, 150)) + (d.yes(0.08) ? d.one(['A', 'B']) : ''),
      rt: d.between(1, 12),
      rw: d.between(1, 14),
    };
  };
  const newPerson = ({ gender, bornIn, home, name = null, unit, role, kk }) => {
    const names = namesByKel.get(home.kel.code) ?? new Set();
    namesByKel.set(home.kel.code, names);
    let nm = name;
    const old = bornIn.y < 1970;
    while (!nm || (names.has(nm.name) && !name)) {
      if (gender === 'P') nm = womanName(d, home.kel.kec.name, old);
      else {
        const [n, nick] = d.one(M_NAMES);
        nm = { name: n, nick, ethnic: 'java' };
      }
    }
    names.add(nm.name);
    const p = {
      key: '',
      name: nm.name,
      nick: nm.nick,
      ethnic: nm.ethnic,
      gender,
      born: bornIn,
      old,
      birthPlace:
        nm.ethnic === 'madura' && d.yes(0.5)
          ? d.one(['Bangkalan', 'Sampang', 'Sumenep', 'Pamekasan'])
          : d.weigh(BIRTH_PLACES),
      home,
      unit,
      role,
      hajj: (old || bornIn.y < 1978) && d.yes(gender === 'P' ? 0.22 : 0.15),
      degree:
        gender === 'P' && bornIn.y > 1972 && d.yes(0.07)
          ? d.one(['S.Pd', 'S.E.', 'A.Md.', 'S.Pd.I', 'S.Kom'])
          : null,
      businesses: [],
      husband: null,
      wife: null,
      mother: null,
      daughter: null,
      inlaw: null,
    };
    p.nik = nikFor(p);
    p.kk = kk ?? newKk(home);
    p.phone = d.yes(0.94) ? newPhone() : null;
    p.email = d.yes(0.75) ? newEmail(p) : null;
    people.push(p);
    return p;
  };

  const tradeFor = (p, avoid = []) =>
    bd.weigh(
      TRADES.filter((t) => !avoid.includes(t.id)).map((t) => {
        const w = t.w * (t.boost?.[p.home.kel.kec.name] ?? 1);
        return [t, p.gender === 'L' ? w * t.male * 5 : w * (1 - t.male)];
      }),
    );
  const newBusiness = (owner, trade, brandOf = null) => {
    const b = {
      key: '',
      owner,
      trade,
      brand: brandFor(bd, owner, trade, brandOf),
      omzet: Math.min(
        45e6,
        Math.max(400000, Math.round(Math.exp(Math.log(3.4e6) + 0.75 * bd.gauss()) / 50000) * 50000),
      ),
      workers: bd.weigh([
        [1, 40],
        [2, 30],
        [3, 16],
        [5, 10],
        [8, 4],
      ]),
      social: null,
      pirt: null,
      files: new Set(),
    };
    if (bd.yes(0.5)) {
      const slug = b.brand
        .toLowerCase()
        .replace(/[’'"]/g, '')
        .replace(/[^a-z0-9]+/g, bd.one(['.', '_', '']))
        .replace(/^[._]+|[._]+$/g, '');
      let handle = `@${slug}${bd.yes(0.4) ? bd.one(['sby', '.sby', '_surabaya', '.id']) : ''}`;
      while (used.social.has(handle)) handle += bd.between(1, 9);
      used.social.add(handle);
      b.social = handle;
    }
    owner.businesses.push(b);
    businesses.push(b);
    return b;
  };
  const giveBusinesses = (p, first = null) => {
    const n =
      p.gender === 'P'
        ? bd.weigh([
            [1, 70],
            [2, 24],
            [3, 6],
          ])
        : bd.weigh([
            [1, 90],
            [2, 10],
          ]);
    const b1 = newBusiness(p, first ?? tradeFor(p));
    for (let i = 1; i < n; i++)
      newBusiness(
        p,
        tradeFor(
          p,
          p.businesses.map((b) => b.trade.id),
        ),
        bd.yes(0.4) ? b1 : null,
      );
  };
  const womanBorn = () => born(d.yes(0.35) ? 1955 : 1970, d.yes(0.4) ? 1969 : 2001);

  // namesakes: one name in kelurahan named alike or named like a kecamatan
  const NAMESAKES = [
    [
      ['Wonorejo', 'Rungkut'],
      ['Wonorejo', 'Tegalsari'],
    ],
    [
      ['Kenjeran', 'Bulak'],
      ['Tanah Kali Kedinding', 'Kenjeran'],
    ],
    [
      ['Benowo', 'Pakal'],
      ['Sememi', 'Benowo'],
    ],
    [
      ['Sawahan', 'Sawahan'],
      ['Petemon', 'Sawahan'],
    ],
    [
      ['Wonokromo', 'Wonokromo'],
      ['Jagir', 'Wonokromo'],
    ],
    [
      ['Pakis', 'Sawahan'],
      ['Dukuh Pakis', 'Dukuh Pakis'],
    ],
    [
      ['Sukolilo Baru', 'Bulak'],
      ['Keputih', 'Sukolilo'],
    ],
    [
      ['Gubeng', 'Gubeng'],
      ['Airlangga', 'Gubeng'],
    ],
    [
      ['Sidotopo', 'Semampir'],
      ['Sidotopo Wetan', 'Kenjeran'],
    ],
    [
      ['Rungkut Kidul', 'Rungkut'],
      ['Rungkut Tengah', 'Gunung Anyar'],
      ['Rungkut Menanggal', 'Gunung Anyar'],
    ],
    [
      ['Tegalsari', 'Tegalsari'],
      ['Dr. Soetomo', 'Tegalsari'],
    ],
    [
      ['Genteng', 'Genteng'],
      ['Ketabang', 'Genteng'],
    ],
  ];
  for (const [g, group] of NAMESAKES.entries()) {
    const kels = group.map(([kel, kec]) => city.find(kel, kec));
    const old = d.yes(0.5);
    const nm = womanName(d, kels[0].kec.name, old);
    let trade = null;
    for (const kel of kels) {
      const p = newPerson({
        gender: 'P',
        bornIn: old ? born(1955, 1969) : born(1970, 1999),
        home: homeIn(kel),
        name: nm,
        unit: `namesake${g + 1}`,
        role: 'namesake',
      });
      if (!trade && d.yes(0.65)) trade = tradeFor(p);
      giveBusinesses(p, trade);
    }
  }
  // households until about 700 people
  let unitNo = 0;
  while (people.length < 700) {
    unitNo++;
    const unit = `u${unitNo}`;
    const kind = d.weigh([
      ['single', 55],
      ['couple', 16],
      ['motherDaughter', 9],
      ['inlaws', 6],
      ['man', 6],
    ]);
    const kec = d.weigh(kecPick);
    const home = homeIn(d.one(kec.kels));
    if (kind === 'single') {
      giveBusinesses(newPerson({ gender: 'P', bornIn: womanBorn(), home, unit, role: 'single' }));
    } else if (kind === 'man') {
      giveBusinesses(newPerson({ gender: 'L', bornIn: born(1960, 1996), home, unit, role: 'man' }));
    } else if (kind === 'couple') {
      const wife = newPerson({ gender: 'P', bornIn: womanBorn(), home, unit, role: 'wife' });
      const y = Math.min(1999, wife.born.y - d.between(0, 8));
      const husband = newPerson({
        gender: 'L',
        bornIn: born(y, y),
        home,
        unit,
        role: 'husband',
        kk: wife.kk,
      });
      wife.husband = husband;
      husband.wife = wife;
      if (d.yes(0.2)) husband.phone = null;
      giveBusinesses(wife);
      if (d.yes(0.35)) giveBusinesses(husband);
    } else if (kind === 'motherDaughter') {
      const mother = newPerson({ gender: 'P', bornIn: born(1952, 1972), home, unit, role: 'mother' });
      const y = Math.min(2003, mother.born.y + d.between(19, 30));
      const daughter = newPerson({
        gender: 'P',
        bornIn: born(y, y),
        home,
        unit,
        role: 'daughter',
        kk: mother.kk,
      });
      mother.daughter = daughter;
      daughter.mother = mother;
      if (d.yes(0.35) && daughter.phone) mother.phone = daughter.phone; // the mother gives her daughter's HP
      if (d.yes(0.5)) mother.email = daughter.email; // and her Google account
      const trade = tradeFor(mother);
      giveBusinesses(mother, trade);
      giveBusinesses(daughter, trade);
    } else {
      // sisters-in-law, wives of two brothers, in the brothers' parents' house: one address, two KK
      const a = newPerson({ gender: 'P', bornIn: womanBorn(), home, unit, role: 'inlaw' });
      let nm = null;
      if (d.yes(0.5) && a.name.includes(' ')) {
        const first = a.name.split(' ')[0];
        for (let i = 0; i < 20 && !nm; i++) {
          const cand = womanName(d, kec.name, a.old);
          const parts = cand.name.split(' ');
          const name = `${first} ${parts[parts.length - 1]}`;
          if (parts.length >= 2 && name !== a.name && cand.ethnic === a.ethnic) nm = { ...cand, name };
        }
      }
      const y = Math.max(1955, Math.min(2001, a.born.y + d.one([-7, -5, -3, 2, 4, 6])));
      const b = newPerson({
        gender: 'P',
        bornIn: born(y, y),
        home: { ...home, no: home.no },
        name: nm,
        unit,
        role: 'inlaw',
      });
      a.inlaw = b;
      b.inlaw = a;
      const trade = tradeFor(a);
      giveBusinesses(a, trade);
      giveBusinesses(b, d.yes(0.6) ? trade : null);
    }
  }
  people.forEach((p, i) => {
    p.key = `P${pad(i + 1, 4)}`;
  });
  businesses.forEach((b, i) => {
    b.key = `B${pad(i + 1, 4)}`;
  });
  // P-IRT certificates: about three in ten eligible food businesses, a product serial per product
  const pd = dice('pirt');
  const serials = new Set();
  for (const b of businesses) {
    if (!b.trade.products || !pd.yes(0.3)) continue;
    let serial;
    do serial = pad(pd.between(1, 9999), 4);
    while (serials.has(serial));
    serials.add(serial);
    const n = pd.weigh([
      [1, 50],
      [2, 35],
      [3, 15],
    ]);
    b.pirt = {
      serial,
      certs: pd
        .mix(b.trade.products)
        .slice(0, n)
        .map(([product, type, pack], i) => {
          const y = pd.between(2021, 2025);
          const m = pd.between(1, y === 2025 ? 9 : 12);
          return { product, type, pack, ps: pad(i + 1), issued: { y, m, d: pd.between(1, 28) } };
        }),
    };
  }
  return { people, businesses, used };
}

function brandFor(d, owner, trade, sibling) {
  if (sibling) {
    const word = {
      kuekering: 'Cookies',
      kuebasah: 'Kue',
      roti: 'Bakery',
      frozen: 'Frozen',
      katering: 'Catering',
      jahit: 'Collection',
      sambal: 'Sambal',
      keripik: 'Snack',
      minuman: 'Drink',
    };
    // "Kue Basah Bu Salma" lends "Bu Salma" to her sewing: "Bu Salma Collection"
    const stem = TRADES.map((t) => `${t.label.split('/')[0].split(' & ')[0]} `).reduce(
      (s, lead) => (s.startsWith(lead) ? s.slice(lead.length) : s),
      sibling.brand.replace(/ (Kitchen|Cake|Snack|Craft|Collection)$/, ''),
    );
    return `${stem} ${word[trade.id] ?? trade.label.split(/[ /&]/)[0]}`;
  }
  const nick = owner.nick;
  const hon = owner.gender === 'L' ? 'Pak' : owner.ethnic === 'madura' ? 'Buk' : d.one(['Bu', 'Bu', 'Mbak']);
  return d.weigh([
    [`${trade.label.split('/')[0].split(' & ')[0]} ${hon} ${nick}`, 3],
    [`Dapur ${nick}`, trade.food ? 2 : 0],
    [`${nick}’s Kitchen`, trade.food ? 1 : 0],
    [
      `Rumah ${trade.food ? 'Kue' : 'Jahit'} ${nick}`,
      ['kuebasah', 'kuekering', 'jahit', 'lapis'].includes(trade.id) ? 2 : 0,
    ],
    [`${nick} ${trade.food ? 'Snack' : 'Craft'}`, 1.5],
    [
      d.one(
        trade.food
          ? [
              'Suroboyo Rasa',
              'Arek Suroboyo',
              'Sedep Mantep',
              'Mak Nyus',
              'Pawon Ibu',
              'Sari Rasa',
              'Kriuk Kriuk',
              'Dapur Kampung',
              'Lezatos',
            ]
          : ['Kembang Sepatu', 'Karya Arek', 'Tangan Kreatif', 'Srikandi', 'Sekar Jagad', 'Mekar Sari'],
      ),
      2,
    ],
    [
      `UD. ${d.one(['Barokah', 'Sumber Rejeki', 'Berkah Jaya', 'Tiga Putri', 'Sinar Mulya', 'Sido Mampir'])}`,
      1,
    ],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// How offices write names, numbers, dates and places

const titleCase = (s) => s.toLowerCase().replace(/(^|[\s.’'(/-])([a-z])/g, (_m, a, b) => a + b.toUpperCase());
// biome-ignore format: compact data table
const SPELLING = {
  Siti: ['Sitti', 'Sity'], Sitti: ['Siti'], Nur: ['Noer'], Khotimah: ['Chotimah', 'Hotimah'], Kholifah: ['Cholifah', 'Holifah'],
  Fatimah: ['Fatima', 'Fathimah'], Zubaidah: ['Zubaedah'], Maimunah: ['Maimuna'], Mariyam: ['Maryam', 'Mariam'],
  Sumiyati: ['Sumiati'], Sutiyah: ['Sutiah'], Karsiyah: ['Karsiah'], Ngatiyem: ['Ngatiem'], Juhairiyah: ['Juhairiah'],
  Hosniyah: ['Hosnia', 'Hosniah'], Rohimah: ['Rochimah'], Musyarofah: ['Musyarrofah'], Marfuah: ['Marfu’ah'],
  'Mu’awanah': ['Muawanah'], Rosyidah: ['Rosidah'], Fauziah: ['Fauziyah'], Zahro: ['Zahroh'], Aisyah: ['Aisah'],
  Syarifah: ['Sarifah'], Rahmawati: ['Rachmawati'], Anggraeni: ['Anggraini'], Achmad: ['Ahmad'], 'Moh.': ['Mochammad', 'M.', 'Moch.'],
  Sholeh: ['Soleh'], 'Syafi’i': ['Syafii', 'Safi’i'], Effendi: ['Efendi'], Muhammad: ['Moch.', 'M.'], Nuraini: ['Nur Aini'],
};

function typoWord(d, w) {
  const k = d.between(1, w.length - 2);
  switch (d.below(3)) {
    case 0:
      return w.slice(0, k) + w.slice(k + 1);
    case 1:
      return w.slice(0, k) + w[k] + w.slice(k);
    default:
      return w[k] === w[k + 1]
        ? w.slice(0, k) + w.slice(k + 1)
        : w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
  }
}

// styles: plain, caps, titled, capsTitled, ibu, drop, initial, spell, typo, lower, nick
function writeName(d, p, style) {
  const words = p.name.split(' ');
  const titled = (s) => {
    let out = s;
    if (p.hajj && d.yes(0.75)) out = `${p.gender === 'P' ? d.one(['Hj.', 'Hj', 'Hajah']) : 'H.'} ${out}`;
    if (p.degree && d.yes(0.75)) out = `${out}, ${p.degree}`;
    return out;
  };
  switch (style) {
    case 'caps':
      return p.name.toUpperCase();
    case 'lower':
      return p.name.toLowerCase();
    case 'titled':
      return titled(p.name);
    case 'capsTitled':
      return titled(p.name).toUpperCase();
    case 'ibu':
      return p.gender === 'P'
        ? `${p.ethnic === 'madura' ? d.one(['Buk', 'Ibu']) : d.one(['Ibu', 'Bu', 'Ny.'])} ${titled(p.name)}`
        : `${d.one(['Bpk.', 'Bapak', 'Pak'])} ${p.name}`;
    case 'nick':
      return p.gender === 'P'
        ? `${p.ethnic === 'madura' ? 'Buk' : p.born.y > 1988 ? 'Mbak' : 'Bu'} ${p.nick}`
        : `Pak ${p.nick}`;
    case 'drop':
      if (words.length === 3) return `${words[0]} ${words[2]}`;
      if (words.length === 2 && ['Siti', 'Sri', 'Nur', 'Sitti', 'Umi'].includes(words[0])) return words[1];
      return p.name;
    case 'initial':
      return words.length >= 2 && words[0].length > 2 && !words[0].endsWith('.')
        ? `${words[0][0]}. ${words.slice(1).join(' ')}`
        : p.name;
    case 'spell': {
      const out = words.map((w) => (SPELLING[w] && d.yes(0.8) ? d.one(SPELLING[w]) : w));
      return out.join(' ');
    }
    case 'typo': {
      const idx = words.map((w, i) => [w, i]).filter(([w]) => /^[A-Za-z]{5,}$/.test(w));
      if (!idx.length) return p.name;
      const [w, i] = d.one(idx);
      const out = [...words];
      out[i] = typoWord(d, w);
      return out.join(' ');
    }
    default:
      return p.name;
  }
}

// Does a written name still name this person? Titles and forms of address aside, every word is one of her
// names or her nickname (spelling variants, one or two typed letters, an initial allowed).
// biome-ignore format: compact data table
const ADDRESS_WORDS = new Set([
  'hj', 'h', 'hajah', 'ibu', 'bu', 'buk', 'ny', 'nyonya', 'mbak', 'mak', 'bpk', 'bapak', 'pak', 'sdr', 'sdri',
  'spd', 'spdi', 'skom', 'se', 'amd', 'pd', 'kom', 'moch', 'mochammad', 'muhammad', 'moh', 'm', 's', 'i', 'e', 'a', 'md',
]);
function fold(w) {
  return w
    .toLowerCase()
    .replace(/[^a-z]/g, '')
    .replace(/kh|ch/g, 'h')
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/sy/g, 's')
    .replace(/y/g, 'i')
    .replace(/ae/g, 'ai')
    .replace(/(.)\1+/g, '$1')
    .replace(/h$/, '');
}
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
const cleanText = (s) =>
  String(s)
    .replace(/\u200b/g, '')
    .replace(/\u00a0/g, ' ');
function namesPerson(text, p) {
  const words = cleanText(text)
    .split(/[\s,.()]+/)
    .filter(Boolean);
  const lower = (w) => w.toLowerCase().replace(/[^a-z]/g, '');
  const given = [...p.name.split(/[\s.]+/), p.nick].filter(Boolean);
  const raw = [
    ...given,
    ...given.flatMap((t) => (SPELLING[t] ?? []).flatMap((v) => v.split(/[\s.]+/))),
  ].filter(Boolean);
  const tokens = [...raw.map(fold), ...raw.map(lower)];
  const near = (t, f) => t === f || editDistance(t, f) <= (Math.max(t.length, f.length) >= 5 ? 2 : 1);
  let named = 0;
  for (const w of words) {
    const f = fold(w);
    if (!f) continue;
    const plain = lower(w);
    if (f.length === 1 || plain.length === 1) {
      if (!ADDRESS_WORDS.has(plain) && !tokens.some((t) => t.startsWith(f))) return false;
      continue;
    }
    if (tokens.some((t) => near(t, f) || near(t, plain))) {
      named++;
      continue;
    }
    if (ADDRESS_WORDS.has(plain)) continue;
    return false;
  }
  return named > 0;
}
const describesBusiness = (text, b) => tradeWords(b.trade).includes(cleanText(text).trim().toLowerCase());

// NIK / KK as written: { kind, text (what a reader shows), cell (what is written: string or {num}) }
function writeId(d, id, kind, usedNiks = null) {
  switch (kind) {
    case 'dots': {
      const t = d.yes(0.5)
        ? `${id.slice(0, 4)}.${id.slice(4, 8)}.${id.slice(8, 12)}.${id.slice(12)}`
        : `${id.slice(0, 2)}.${id.slice(2, 4)}.${id.slice(4, 6)}.${id.slice(6, 12)}.${id.slice(12)}`;
      return { kind, text: t, cell: t };
    }
    case 'spaced': {
      const t = `${id.slice(0, 4)} ${id.slice(4, 8)} ${id.slice(8, 12)} ${id.slice(12)}`;
      return { kind, text: t, cell: t };
    }
    case 'trail': {
      const t = `${id}${d.one([' ', '  ', '\u00a0', ' \u00a0'])}`;
      return { kind, text: t, cell: t };
    }
    case 'trunc': {
      const v = Number(`${id.slice(0, 15)}0`);
      return { kind, text: String(v), cell: { num: v, fmt: d.yes(0.6) ? '0' : null } };
    }
    case 'full': {
      const v = Number(id);
      return { kind, text: String(v), cell: { num: v, fmt: d.yes(0.5) ? '0' : null } };
    }
    case 'sci': {
      const t = `${id[0]},${id.slice(1, 5)}E+15`;
      return { kind, text: t, cell: t };
    }
    case 'none': {
      const t = d.one(['-', '', '', '-']);
      return { kind, text: t, cell: t };
    }
    case 'typo': {
      for (;;) {
        const i = d.between(6, 15);
        const t = id.slice(0, i) + String((Number(id[i]) + d.between(1, 9)) % 10) + id.slice(i + 1);
        const yy = Number(t.slice(10, 12));
        // still a grown woman's NIK: a typed year of 2010 would not pass the office's eye
        if (nikValid(t) && !usedNiks.has(t) && (yy > 30 || yy < 8)) {
          usedNiks.add(t);
          return { kind, text: t, cell: t };
        }
      }
    }
    default:
      return { kind: 'exact', text: id, cell: id };
  }
}

// biome-ignore format: compact data table
const BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const BLN = ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agt', 'Sep', 'Okt', 'Nov', 'Des'];
function writeDate(d, { y, m, d: day }) {
  return d.weigh([
    [`${pad(day)}-${pad(m)}-${y}`, 4],
    [`${pad(day)}/${pad(m)}/${y}`, 3],
    [`${day} ${BULAN[m - 1]} ${y}`, 3],
    [`${day} ${BLN[m - 1]} ${y}`, 1],
    [`${y}-${pad(m)}-${pad(day)}`, 1.5],
    [`${day}-${m}-${y}`, 1],
  ]);
}
// "Surabaya, 12-05-1978", "Sby, 12 Mei 1978", "LAMONGAN 1978-05-12"
function writeTtl(d, p) {
  let place = p.birthPlace;
  if (place === 'Surabaya')
    place = d.weigh([
      ['Surabaya', 6],
      ['SURABAYA', 2],
      ['Sby', 2],
      ['SBY', 1],
      ['Sby.', 1],
    ]);
  else if (d.yes(0.3)) place = place.toUpperCase();
  const date = writeDate(d, p.born);
  const sep = /^\d{4}-/.test(date)
    ? d.one([' ', ', '])
    : d.weigh([
        [', ', 6],
        [',', 2],
        [' / ', 1],
        [' ', 1],
        [', tgl ', 0.5],
      ]);
  return `${place}${sep}${date}`;
}
function readTtl(text) {
  const m = cleanText(text).match(/^([A-Za-z. ]+?)\s*(?:,|\/)?\s*(?:tgl\s+)?(\d.*)$/);
  if (!m) return null;
  const place = m[1].replace(/\.$/, '').trim().toLowerCase();
  const t = m[2].trim();
  const iso = t.match(/^(\d{4})-(\d{2})-(\d{2})$/);
  const dmy = t.match(/^(\d{1,2})[-/](\d{1,2})[-/](\d{4})$/);
  const named = t.match(/^(\d{1,2}) ([A-Za-z]+) (\d{4})$/);
  let y;
  let mo;
  let day;
  if (iso) [, y, mo, day] = iso.map(Number);
  else if (dmy) [, day, mo, y] = dmy.map(Number);
  else if (named) {
    const word = named[2].toLowerCase();
    day = Number(named[1]);
    y = Number(named[3]);
    mo = 1 + BULAN.findIndex((b, i) => b.toLowerCase() === word || BLN[i].toLowerCase() === word);
  } else return null;
  return { place: ['sby', 'surabaya'].includes(place) ? 'surabaya' : place, y, m: mo, d: day };
}

const splitRoman = (g) => {
  const [r, suffix] = g.split('-');
  return { r, arabic: String(ROMAN.indexOf(r) + 1), suffix: suffix ? `-${suffix}` : '' };
};
// The street part of a home: "Jl. Karang Menjangan Gg. II No. 12", "Kapasari IV/12", "Jl. Ngagel Tirto 25"
function writeStreet(d, home) {
  const s = home.street;
  const no = home.no;
  if (!home.gang)
    return d.one([`Jl. ${s} No. ${no}`, `Jl. ${s} ${no}`, `${s} No. ${no}`, `Jl. ${s} No.${no}`]);
  const g = splitRoman(home.gang);
  const gang = d.yes(0.75) ? `${g.r}${g.suffix}` : `${g.arabic}${g.suffix}`;
  return d.weigh([
    [`Jl. ${s} Gg. ${gang} No. ${no}`, 4],
    [`${s} ${gang}/${no}`, 3],
    [`Jl. ${s} ${gang}/${no}`, 2],
    [`${s} Gg. ${gang} No. ${no}`, 2],
    [`Jl. ${s} Gang ${gang} No ${no}`, 1],
  ]);
}
function writeRtRw(d, rt, rw) {
  return d.one([
    `RT ${pad(rt)} RW ${pad(rw)}`,
    `RT.${pad(rt, 3)}/RW.${pad(rw, 3)}`,
    `RT ${rt}/RW ${rw}`,
    `RT. ${pad(rt)} / RW. ${pad(rw)}`,
    `RT ${pad(rt, 3)} RW ${pad(rw, 3)}`,
  ]);
}

// biome-ignore format: compact data table
const KEL_FORMS = {
  'Jemur Wonosari': ['Jemurwonosari'], Kalirungkut: ['Kali Rungkut', 'Kali rungkut'],
  'Sidotopo Wetan': ['Sidotopo Wtn', 'Sidotopowetan'], 'Tanah Kali Kedinding': ['Tanah Kalikedinding', 'Tanahkali Kedinding'],
  'Dr. Soetomo': ['DR SOETOMO', 'Dokter Sutomo', 'Dr Sutomo', 'Dr. Sutomo', 'dr. Soetomo'],
  'Lidah kulon': ['Lidah Kulon', 'Lidah Kln'], 'Lidah Wetan': ['Lidah Wtn'], 'Manukan Kulon': ['Manukan Kln'],
  'Manukan Wetan': ['Manukan Wtn'], 'Rungkut Kidul': ['Rungkut Kdl'], 'Krembangan Selatan': ['Krembangan Sel.'],
  'Krembangan Utara': ['Krembangan Utr.'], 'Alun-alun Contong': ['Alun Alun Contong', 'Alun2 Contong'],
  'Kapasmadya Baru': ['Kapas Madya Baru'], Pacarkeling: ['Pacar Keling'], Pacarkembang: ['Pacar Kembang'],
  Penjaringansari: ['Penjaringan Sari'], 'Tenggilis Mejoyo': ['Tenggilismejoyo'], 'Gunung Anyar Tambak': ['Gununganyar Tambak'],
  'Gunung Anyar': ['Gununganyar'], 'Banyu Urip': ['Banyuurip'], 'Embong Kaliasin': ['Embong Kali Asin'],
  Morokrembangan: ['Moro Krembangan'], Romokalisari: ['Romo Kalisari'], Sumurwelut: ['Sumur Welut'],
  Kendangsari: ['Kendang Sari'], 'Pradah Kalikendal': ['Pradah Kali Kendal'], 'Tambak Oso Wilangun': ['Tambakoso Wilangun'],
  Sonokwijenan: ['Sono Kwijenan'], 'Nginden Jangkungan': ['Nginden'], 'Menur Pumpungan': ['Menur'],
};
function writeKel(d, kel) {
  const n = kel.name;
  const forms = [...(KEL_FORMS[n] ?? [])];
  if (n.includes(' ') && n !== 'Dr. Soetomo' && !forms.includes(n.replace(/ /g, '')))
    forms.push(n.replace(/ /g, ''));
  const base = d.weigh([
    [n === 'Lidah kulon' ? 'Lidah Kulon' : n, 6],
    [forms.length ? d.one(forms) : n, forms.length ? 3 : 0],
  ]);
  return d.weigh([
    [base, 6],
    [base.toUpperCase(), 2],
    [`Kel. ${base}`, 1.2],
    [base.toLowerCase(), 0.6],
  ]);
}
// biome-ignore format: compact data table
const KEC_FORMS = {
  'Asem Rowo': ['Asemrowo'], 'Pabean Cantian': ['Pabean Cantikan', 'Pabeancantian'], 'Karang Pilang': ['Karangpilang'],
  'Dukuh Pakis': ['Dukuhpakis'], 'Tenggilis Mejoyo': ['Tenggilis'], 'Gunung Anyar': ['Gununganyar'],
  Sukomanunggal: ['Suko Manunggal'], Sambikerep: ['Sambi Kerep'],
};
function writeKec(d, kec, prefix = 0.15) {
  const base = KEC_FORMS[kec.name] && d.yes(0.3) ? d.one(KEC_FORMS[kec.name]) : kec.name;
  return d.weigh([
    [base, 6],
    [base.toUpperCase(), 2],
    [`Kec. ${base}`, prefix * 10],
  ]);
}

// The whole address in one cell, in capitals (Dinkopdag); the kecamatan always for a kelurahan named alike
function writeAddressLine(d, home, withKec) {
  const street = writeStreet(d, home).toUpperCase();
  const rtrw = writeRtRw(d, home.rt, home.rw).toUpperCase();
  const kel = writeKel(d, home.kel)
    .replace(/^Kel\. /i, '')
    .toUpperCase();
  const kelPart = d.weigh([
    [`KEL. ${kel}`, 6],
    [`KELURAHAN ${kel}`, 1],
    [`KEL ${kel}`, 1],
    [kel, 1],
  ]);
  const kec = withKec || home.kel.twin ? writeKec(d, home.kel.kec, 0).toUpperCase() : null;
  const kecPart = kec ? d.one([`KEC. ${kec}`, `KEC. ${kec}`, `KECAMATAN ${kec}`, `KEC ${kec}`]) : null;
  const city = d.yes(0.2) ? d.one(['SURABAYA', 'SBY', 'KOTA SURABAYA']) : null;
  const sep = d.one([' ', ', ', ' ']);
  return [street, rtrw, kelPart, kecPart, city].filter(Boolean).join(sep);
}

const rupiah = (n) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
function writeMoney(d, n) {
  const sign = n < 0 ? '-' : '';
  return d.weigh([
    [`Rp ${sign}${rupiah(n)}`, 3],
    [`${sign}${rupiah(n)}`, 3],
    [`Rp${sign}${rupiah(n)},00`, 1],
    [
      n % 100000 === 0 && Math.abs(n) < 1e9
        ? `${sign}${String(Math.abs(n) / 1e6).replace('.', ',')} jt`
        : `${sign}${rupiah(n)}`,
      1.5,
    ],
    [`${sign}${Math.abs(n)}`, 1.5],
  ]);
}
function writePhone(d, phone) {
  const rest = phone.slice(1);
  return d.weigh([
    [phone, 5],
    [`${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`, 2],
    [`${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`, 2],
    [`+62${rest}`, 1],
    [`+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`, 1],
    [`62${rest}`, 1],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Outsiders and bad rows: a person and a business (PX.../BX...) for one rejected row each

function makeCtx(city, outside, pop) {
  return { city, outside, ...pop, niks: new Set([...pop.used.nik, ...pop.used.kk]), px: 0, files: [] };
}
function strangerPerson(d, ctx, { place = null, home = null, gender = 'P' }) {
  const y = d.between(1962, 1998);
  const m = d.between(1, 12);
  const bornAt = { y, m, d: d.between(1, daysOf(y, m)) };
  const man = d.one(M_NAMES);
  const nm =
    gender === 'P'
      ? womanName(d, home?.kel.kec.name ?? 'Waru', y < 1970)
      : { name: man[0], nick: man[1], ethnic: 'java' };
  const prefix = place ? place.nikPrefix : `3578${home.kel.kec.suffix}`;
  const fresh = (date) => {
    for (;;) {
      const id = `${prefix}${date}${pad(d.between(1, 3999), 4)}`;
      if (!ctx.niks.has(id)) {
        ctx.niks.add(id);
        return id;
      }
    }
  };
  ctx.px++;
  const p = {
    key: `PX${pad(ctx.px, 3)}`,
    ...nm,
    gender,
    born: bornAt,
    old: y < 1970,
    birthPlace: place ? d.one([place.regency.replace(/^Kab\. /, ''), 'Surabaya']) : d.weigh(BIRTH_PLACES),
    hajj: false,
    degree: null,
    place,
    home,
    phone: `${d.one(PHONE_HEADS)}${pad(d.below(1e8), 8)}`,
    email: null,
  };
  p.nik = fresh(`${pad(gender === 'P' ? bornAt.d + 40 : bornAt.d)}${pad(m)}${pad(y % 100)}`);
  p.kk = fresh(`${pad(d.between(1, 28))}${pad(d.between(1, 12))}${pad(d.between(8, 24))}`);
  const trade = d.weigh(TRADES.map((t) => [t, t.w * (1 - t.male)]));
  const b = {
    key: `BX${pad(ctx.px, 3)}`,
    owner: p,
    trade,
    brand: brandFor(d, p, trade, null),
    omzet: Math.round(Math.exp(Math.log(3e6) + 0.6 * d.gauss()) / 50000) * 50000,
    workers: d.between(1, 4),
    social: null,
  };
  return { p, b };
}
// pool: 'plain' (a Sidoarjo/Gresik place no Surabaya place is named like), 'tricky' (named like one),
// 'elsewhere' (the Sukolilo of Kabupaten Malang); regency narrows to Sidoarjo or Gresik
function outsider(d, ctx, pool, regency = null, names = null) {
  let list = pool === 'elsewhere' ? [ctx.outside.elsewhere] : ctx.outside[pool];
  if (regency) list = list.filter((p) => p.regency === regency);
  if (names) list = list.filter((p) => names.includes(p.name));
  if (!list.length) die(`no outside place for ${pool}/${regency}/${names}`);
  const f = strangerPerson(d, ctx, { place: d.one(list) });
  f.kind = 'outside';
  return f;
}
function regencyWord(d, place) {
  if (place.regency === 'Kab. Malang') return d.one(['Kab. Malang', 'Kabupaten Malang']);
  return d.weigh([
    [place.regency, 4],
    [`Kab. ${place.regency}`, 3],
    [`Kabupaten ${place.regency}`, 1],
    [place.regency.toUpperCase(), 1],
  ]);
}
function outsideStreet(d, place) {
  return `${d.one(['Jl.', 'Jl.', 'Perum', 'Dsn.'])} ${d.one(['Raya', 'Melati', 'Masjid', 'Kenanga', 'Griya Asri', 'Pondok Jati', 'Sawo', 'Balai Desa'])}${d.yes(0.3) ? ` ${place.name}` : ''} ${d.one(['No.', 'Blok C/', 'No'])} ${d.between(1, 90)}`;
}
// the place cells of an outsider: a kelurahan cell, a kecamatan cell and a whole address; each names the regency
function outsidePlace(d, place) {
  const reg = regencyWord(d, place);
  const vil = `${place.urban ? 'Kel.' : 'Ds.'} ${place.name}`;
  return {
    kel: d.one([`${place.name} (${reg})`, `${vil}, ${reg}`, `${place.name} - ${place.kecName} - ${reg}`]),
    kelBare: place.name,
    kec: d.one([`${place.kecName}, ${reg}`, `${place.kecName} (${reg})`, `Kec. ${place.kecName} ${reg}`]),
    address: `${outsideStreet(d, place)} RT ${pad(d.between(1, 9))} RW ${pad(d.between(1, 9))} ${vil} Kec. ${place.kecName} ${reg}`,
    street: outsideStreet(d, place),
  };
}
// a Surabaya resident whose row is bad in one way
function badRow(d, ctx, kind, kecName = null) {
  const kels = ctx.city.kels.filter((v) => !kecName || v.kec.name === kecName);
  const kel = d.one(kels);
  const home = {
    kel,
    street: titleCase(kel.name),
    gang: d.one(ROMAN.slice(0, 6)),
    no: String(d.between(1, 80)),
    rt: d.between(1, 9),
    rw: d.between(1, 9),
  };
  const f = strangerPerson(d, ctx, { home });
  f.kind = kind;
  const nik = f.p.nik;
  if (kind === 'nik15') {
    const i = d.between(8, 15);
    f.nikText = nik.slice(0, i) + nik.slice(i + 1);
  } else if (kind === 'nikLetter') {
    const i = d.between(6, 15);
    f.nikText =
      nik.slice(0, i) + ({ 0: 'O', 1: 'I', 5: 'S', 8: 'B', 2: 'Z' }[nik[i]] ?? 'O') + nik.slice(i + 1);
  } else if (kind === 'nikDate') {
    f.nikText = d.yes(0.5)
      ? `${nik.slice(0, 8)}${d.one(['13', '00', '15'])}${nik.slice(10)}`
      : `${nik.slice(0, 6)}${d.one(['32', '35', '75'])}${nik.slice(8)}`;
  } else f.nikText = nik;
  if (kind === 'omzetNeg') f.b.omzet = -f.b.omzet;
  if (kind === 'omzetAbsurd') f.b.omzet = d.one([4.5e12, 2e12, 7.5e11 * 10]);
  if (f.nikText !== nik && nikValid(f.nikText.replace(/\D/g, '')))
    die(`bad NIK ${f.nikText} (${kind}) is valid`);
  return f;
}

// ---------------------------------------------------------------------------------------------------
// Which business is in which file

function assignFiles(ctx) {
  const d = dice('assign');
  for (const b of ctx.businesses) {
    const o = b.owner;
    const extra = o.role === 'namesake' || o.role === 'mother' || o.role === 'daughter' ? 0.15 : 0;
    if (d.yes((o.gender === 'P' ? 0.56 : 0.3) + extra)) b.files.add('dp3a');
    if (o.gender === 'P' && d.yes(0.36 + extra)) b.files.add('forms');
    if (d.yes(0.36 + extra)) b.files.add('dinkop');
    if (b.pirt) b.files.add('pirt');
    const kec = o.home.kel.kec.name;
    if (
      (kec === 'Rungkut' && d.yes(0.85)) ||
      (['Gunung Anyar', 'Tenggilis Mejoyo'].includes(kec) && d.yes(0.2))
    )
      b.files.add('kampung');
    if (!b.files.size) b.files.add(d.yes(0.6) ? 'dp3a' : 'dinkop');
    b.formsTwice = b.files.has('forms') && d.yes(0.1);
    b.husbandOnForms = !!(o.husband && b.files.has('forms') && d.yes(0.3));
    b.husbandOnDinkop = !!(o.husband && d.yes(0.22));
    b.husbandOnPirt = !!(o.husband && b.pirt && d.yes(0.4));
  }
}

// ---------------------------------------------------------------------------------------------------
// Writers: a hand-built .xlsx (shared strings with rich text, custom number formats, hyperlinks, hidden
// sheets), a hand-built .ods and a Windows-1252 CSV. Zip entries carry fixed dates.

const xmlEsc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const colName = (c) => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const excelSerial = ({ y, m, d }, fraction = 0) =>
  (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5 + fraction;
const preserve = (t) => (/^\s|\s$|\s\s|\n/.test(t) ? ' xml:space="preserve"' : '');

async function zipUp(entries, { mimetype = null } = {}) {
  const zip = new JSZip();
  if (mimetype) zip.file('mimetype', mimetype, { date: STAMP, compression: 'STORE' });
  for (const [name, text] of entries) zip.file(name, text, { date: STAMP, createFolders: false });
  return zip.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}

// Cell values: 'text' | number | { rich: [[text, { b, i, color }]] } | { num, fmt } | { date: {y,m,d}, time, fmt }
// | { f, num, fmt } | { link, text }; any of them may carry { bold, center, wrap } as the second argument of put.
class Workbook {
  constructor({ creator, font = 'Calibri', size = 11, app = 'Microsoft Excel', google = false }) {
    Object.assign(this, { creator, font, size, app, google });
    this.sheets = [];
    this.strings = [];
    this.stringIds = new Map();
    this.formats = new Map();
    this.xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
    this.xfIds = new Map([['0|0|', 0]]);
  }
  sheet(name, { hidden = false, widths = [], freezeRow = 0 } = {}) {
    const sh = { name, hidden, widths, freezeRow, rows: new Map(), merges: [], links: [] };
    this.sheets.push(sh);
    return sh;
  }
  fmtId(code) {
    if (!code) return 0;
    if (!this.formats.has(code)) this.formats.set(code, 164 + this.formats.size);
    return this.formats.get(code);
  }
  style({ fmt = null, bold = false, link = false, center = false, wrap = false } = {}) {
    const numFmt = this.fmtId(fmt);
    const font = link ? 2 : bold ? 1 : 0;
    const align = center || wrap ? `${center ? 'c' : ''}${wrap ? 'w' : ''}` : '';
    const key = `${numFmt}|${font}|${align}`;
    if (!this.xfIds.has(key)) {
      const attrs = `numFmtId="${numFmt}" fontId="${font}" fillId="0" borderId="0" xfId="0"${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}`;
      const alignment = align
        ? `><alignment${center ? ' horizontal="center" vertical="center"' : ''}${wrap ? ' wrapText="1"' : ''}/></xf>`
        : '/>';
      this.xfIds.set(key, this.xfs.length);
      this.xfs.push(`<xf ${attrs}${align ? ' applyAlignment="1"' : ''}${alignment}`);
    }
    return this.xfIds.get(key);
  }
  sharedString(value) {
    const key = typeof value === 'string' ? `s:${value}` : `r:${JSON.stringify(value)}`;
    if (!this.stringIds.has(key)) {
      let xml;
      if (typeof value === 'string') xml = `<si><t${preserve(value)}>${xmlEsc(value)}</t></si>`;
      else {
        xml = `<si>${value
          .map(([text, f = {}]) => {
            const props = `${f.b ? '<b/>' : ''}${f.i ? '<i/>' : ''}<sz val="${this.size}"/>${f.color ? `<color rgb="FF${f.color}"/>` : '<color theme="1"/>'}<rFont val="${this.font}"/><family val="2"/>${this.google ? '' : '<scheme val="minor"/>'}`;
            return `<r><rPr>${props}</rPr><t${preserve(text)}>${xmlEsc(text)}</t></r>`;
          })
          .join('')}</si>`;
      }
      this.stringIds.set(key, this.strings.length);
      this.strings.push(xml);
    }
    return this.stringIds.get(key);
  }
  put(sh, r, c, value, look = {}) {
    if (value === null || value === undefined || value === '') return;
    const ref = `${colName(c)}${r}`;
    let xml;
    if (typeof value === 'string') {
      xml = `<c r="${ref}" s="${this.style(look)}" t="s"><v>${this.sharedString(value)}</v></c>`;
    } else if (typeof value === 'number') {
      xml = `<c r="${ref}" s="${this.style(look)}"><v>${value}</v></c>`;
    } else if (value.rich) {
      xml = `<c r="${ref}" s="${this.style(look)}" t="s"><v>${this.sharedString(value.rich)}</v></c>`;
    } else if (value.link) {
      sh.links.push({ ref, target: value.link });
      xml = `<c r="${ref}" s="${this.style({ ...look, link: true })}" t="s"><v>${this.sharedString(value.text)}</v></c>`;
    } else if (value.date) {
      xml = `<c r="${ref}" s="${this.style({ ...look, fmt: value.fmt })}"><v>${excelSerial(value.date, value.time ?? 0)}</v></c>`;
    } else if (value.f) {
      xml = `<c r="${ref}" s="${this.style({ ...look, fmt: value.fmt })}"><f>${xmlEsc(value.f)}</f><v>${value.num}</v></c>`;
    } else if ('num' in value) {
      xml = `<c r="${ref}" s="${this.style({ ...look, fmt: value.fmt })}"><v>${value.num}</v></c>`;
    } else die(`cannot write ${JSON.stringify(value)}`);
    if (!sh.rows.has(r)) sh.rows.set(r, new Map());
    sh.rows.get(r).set(c, xml);
  }
  row(sh, r, values, look = {}) {
    values.forEach((v, i) => {
      this.put(sh, r, i + 1, v, look);
    });
  }
  merge(sh, r1, c1, r2, c2) {
    sh.merges.push(`${colName(c1)}${r1}:${colName(c2)}${r2}`);
  }
  sheetXml(sh) {
    const rowNos = [...sh.rows.keys()].sort((a, b) => a - b);
    const maxCol = Math.max(1, ...[...sh.rows.values()].flatMap((m) => [...m.keys()]));
    const dim = rowNos.length ? `A1:${colName(maxCol)}${rowNos[rowNos.length - 1]}` : 'A1';
    const pane = sh.freezeRow
      ? `<pane ySplit="${sh.freezeRow}" topLeftCell="A${sh.freezeRow + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${sh.freezeRow + 1}" sqref="A${sh.freezeRow + 1}"/>`
      : '';
    const view = `<sheetViews><sheetView${this.sheets[0] === sh ? ' tabSelected="1"' : ''} workbookViewId="0">${pane}</sheetView></sheetViews>`;
    const cols = sh.widths.length
      ? `<cols>${sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const data = rowNos
      .map((r) => {
        const cells = [...sh.rows.get(r).entries()].sort((a, b) => a[0] - b[0]).map(([, x]) => x);
        return `<row r="${r}">${cells.join('')}</row>`;
      })
      .join('');
    const merges = sh.merges.length
      ? `<mergeCells count="${sh.merges.length}">${sh.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`
      : '';
    const links = sh.links.length
      ? `<hyperlinks>${sh.links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${i + 1}"/>`).join('')}</hyperlinks>`
      : '';
    const fmt = this.google
      ? '<sheetFormatPr customHeight="1" defaultColWidth="14.43" defaultRowHeight="15.75"/>'
      : '<sheetFormatPr defaultRowHeight="15"/>';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="${dim}"/>${view}${fmt}${cols}<sheetData>${data}</sheetData>${merges}${links}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }
  async save(path) {
    const font = (extra) =>
      `<font>${extra}<sz val="${this.size}"/>${extra.includes('color') ? '' : '<color theme="1"/>'}<name val="${this.font}"/><family val="2"/>${this.google ? '' : '<scheme val="minor"/>'}</font>`;
    const numFmts = [...this.formats.entries()]
      .map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlEsc(code)}"/>`)
      .join('');
    const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${numFmts ? `<numFmts count="${this.formats.size}">${numFmts}</numFmts>` : ''}<fonts count="3">${font('')}${font('<b/>')}${font('<u/><color rgb="FF0563C1"/>')}</fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${this.xfs.length}">${this.xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;
    const sheetsXml = this.sheets.map((sh) => this.sheetXml(sh));
    const strings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${this.strings.length}" uniqueCount="${this.strings.length}">${this.strings.join('')}</sst>`;
    const n = this.sheets.length;
    const workbook = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr/><bookViews><workbookView xWindow="0" yWindow="0" windowWidth="28800" windowHeight="12345" activeTab="0"/></bookViews><sheets>${this.sheets
      .map(
        (sh, i) =>
          `<sheet name="${xmlEsc(sh.name)}" sheetId="${i + 1}"${sh.hidden ? ' state="hidden"' : ''} r:id="rId${i + 1}"/>`,
      )
      .join('')}</sheets><calcPr calcId="191029"/></workbook>`;
    const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
    const wbRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${this.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
      )
      .join(
        '',
      )}<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`;
    const stamp = `${STAMP.toISOString().slice(0, 19)}Z`;
    const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${xmlEsc(this.creator)}</dc:creator><cp:lastModifiedBy>${xmlEsc(this.creator)}</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">${stamp}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${stamp}</dcterms:modified></cp:coreProperties>`;
    const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>${xmlEsc(this.app)}</Application></Properties>`;
    const CT = 'application/vnd.openxmlformats-officedocument';
    const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>${this.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`,
      )
      .join(
        '',
      )}<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/></Types>`;
    const rootRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`;
    const entries = [
      ['[Content_Types].xml', types],
      ['_rels/.rels', rootRels],
      ['docProps/core.xml', core],
      ['docProps/app.xml', app],
      ['xl/workbook.xml', workbook],
      ['xl/_rels/workbook.xml.rels', wbRels],
      ['xl/styles.xml', styles],
      ['xl/sharedStrings.xml', strings],
    ];
    this.sheets.forEach((sh, i) => {
      entries.push([`xl/worksheets/sheet${i + 1}.xml`, sheetsXml[i]]);
      if (sh.links.length)
        entries.push([
          `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sh.links
            .map(
              (l, j) =>
                `<Relationship Id="rId${j + 1}" Type="${REL}/hyperlink" Target="${xmlEsc(l.target)}" TargetMode="External"/>`,
            )
            .join('')}</Relationships>`,
        ]);
    });
    writeFileSync(path, await zipUp(entries));
  }
}

// .ods rows: arrays of cells ('text' | number | { num, shown } | { date: {y,m,d} } | { span, text, bold } | null),
// or { blank: n } for n empty rows (written as one repeated row)
async function writeOds(path, sheetName, rows, width, widthsCm) {
  const NS =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"';
  const para = (t) =>
    `<text:p>${xmlEsc(t).replace(/ {2,}/g, (sp) => ` <text:s text:c="${sp.length - 1}"/>`)}</text:p>`;
  const cellXml = (c) => {
    if (c === null || c === undefined || c === '') return '<table:table-cell/>';
    if (typeof c === 'number')
      return `<table:table-cell office:value-type="float" office:value="${c}" calcext:value-type="float">${para(String(c))}</table:table-cell>`;
    if (typeof c === 'string')
      return `<table:table-cell office:value-type="string" calcext:value-type="string">${para(c)}</table:table-cell>`;
    if (c.date) {
      const { y, m, d } = c.date;
      return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${y}-${pad(m)}-${pad(d)}" calcext:value-type="date">${para(`${pad(d)}/${pad(m)}/${y}`)}</table:table-cell>`;
    }
    if (c.span)
      return `<table:table-cell table:style-name="ceBold" table:number-columns-spanned="${c.span}" table:number-rows-spanned="1" office:value-type="string" calcext:value-type="string">${para(c.text)}</table:table-cell>${c.span > 1 ? `<table:covered-table-cell table:number-columns-repeated="${c.span - 1}"/>` : ''}`;
    if ('num' in c)
      return `<table:table-cell table:style-name="ceMoney" office:value-type="float" office:value="${c.num}" calcext:value-type="float">${para(c.shown)}</table:table-cell>`;
    return `<table:table-cell${c.bold ? ' table:style-name="ceBold"' : ''} office:value-type="string" calcext:value-type="string">${para(c.text)}</table:table-cell>`;
  };
  const rowXml = (cells) => {
    const parts = [];
    let used = 0;
    let empties = 0;
    const flush = () => {
      if (empties)
        parts.push(
          empties > 1
            ? `<table:table-cell table:number-columns-repeated="${empties}"/>`
            : '<table:table-cell/>',
        );
      empties = 0;
    };
    for (const c of cells) {
      if (c === null || c === undefined || c === '') {
        empties++;
        used++;
        continue;
      }
      flush();
      parts.push(cellXml(c));
      used += c?.span ?? 1;
    }
    empties += Math.max(0, width - used);
    flush();
    return `<table:table-row table:style-name="ro1">${parts.join('')}</table:table-row>`;
  };
  const body = rows
    .map((r) =>
      Array.isArray(r)
        ? rowXml(r)
        : `<table:table-row table:style-name="ro1" table:number-rows-repeated="${r.blank}"><table:table-cell table:number-columns-repeated="${width}"/></table:table-row>`,
    )
    .join('');
  const columns = widthsCm
    .map(
      (w, i) =>
        `<style:style style:name="co${i + 1}" style:family="table-column"><style:table-column-properties fo:break-before="auto" style:column-width="${w}cm"/></style:style>`,
    )
    .join('');
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" office:version="1.3"><office:automatic-styles>${columns}<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.452cm" fo:break-before="auto" style:use-optimal-row-height="true"/></style:style><number:date-style style:name="N37" number:automatic-order="true"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><number:number-style style:name="N4"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style><style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/><style:style style:name="ceMoney" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N4"/><style:style style:name="ceBold" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:spreadsheet><table:table table:name="${xmlEsc(sheetName)}">${widthsCm.map((_, i) => `<table:table-column table:style-name="co${i + 1}" table:default-cell-style-name="Default"/>`).join('')}${body}</table:table></office:spreadsheet></office:body></office:document-content>`;
  const stamp = STAMP.toISOString().slice(0, 19);
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NS} office:version="1.3"><office:styles><style:default-style style:family="table-cell"><style:text-properties fo:language="id" fo:country="ID"/></style:default-style><style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>LibreOffice/7.5.9.2$Windows_X86_64 LibreOffice_project/cdeefe45c17511d326101eed8008ac4092f278a9</meta:generator><meta:creation-date>${stamp}</meta:creation-date><dc:date>${stamp}</dc:date></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  writeFileSync(
    path,
    await zipUp(
      [
        ['content.xml', content],
        ['styles.xml', styles],
        ['meta.xml', meta],
        ['META-INF/manifest.xml', manifest],
      ],
      { mimetype: 'application/vnd.oasis.opendocument.spreadsheet' },
    ),
  );
}

function csvLine(cells, sep) {
  return cells
    .map((v) => {
      const s = v === null || v === undefined ? '' : String(v);
      return /[";\r\n]/.test(s) || s.includes(sep) ? `"${s.replace(/"/g, '""')}"` : s;
    })
    .join(sep);
}

// ---------------------------------------------------------------------------------------------------
// Truth lines, with what to check on read-back

function newFile(ctx, file, source, description) {
  const F = { file, source, description, headerRow: 0, lines: [], birthCols: [], kecInTitle: null };
  ctx.files.push(F);
  return F;
}
// checks: name [col, text], trade [col, text], nik [col, kind, text], kk [col, kind, text], ttl [col, text];
// skip rows: any [col, text]
function addLine(F, row, expected, p, b, checks) {
  if (expected !== 'skip' && (!p || !b)) die(`${F.file} row ${row}: ${expected} without keys`);
  F.lines.push({ row, expected, p, b, checks });
}
// the kinds a row's NIK/KK is written in, for a real person or a bad row
function idFor(d, ctx, id, weights) {
  const kind = d.weigh(weights);
  return writeId(d, id, kind, ctx.niks);
}

// ---------------------------------------------------------------------------------------------------
// File 1: DP3APPKB Kota Surabaya's survey (hand-built .xlsx: custom formats, rich text, hyperlinks)

const CURRENCY_FORMATS = [
  '"Rp"#,##0',
  '_-"Rp"* #,##0_-;-"Rp"* #,##0_-;_-"Rp"* "-"_-;_-@_-',
  '[$Rp-421]#,##0',
  '"Rp "#,##0',
];
const DATE_FORMATS = ['[$-421]dd mmmm yyyy;@', 'dd/mm/yyyy', 'd-mmm-yy', 'dd-mm-yyyy', '[$-421]d mmm yyyy;@'];

// a written name with what a copy-and-paste leaves in it: a zero-width space, a non-breaking space,
// trailing spaces; sometimes two rich-text runs
function decorate(d, text, { zw = 0, nb = 0, trail = 0, rich = 0 } = {}) {
  let t = text;
  if (d.yes(zw)) {
    const words = t.split(' ');
    const i = d.below(words.length);
    const w = words[i];
    words[i] = w.length > 3 ? `${w.slice(0, 2)}\u200b${w.slice(2)}` : `${w}\u200b`;
    t = words.join(' ');
  }
  if (t.includes(' ') && d.yes(nb)) {
    const spaces = [...t].map((ch, i) => (ch === ' ' ? i : -1)).filter((i) => i >= 0);
    const i = d.one(spaces);
    t = `${t.slice(0, i)}\u00a0${t.slice(i + 1)}`;
  }
  if (d.yes(trail)) t += d.one([' ', '  ', '\u00a0']);
  if (t.length > 4 && d.yes(rich)) {
    const title = t.match(/^(Hj\.?|Hajah|H\.|Ibu|Bu|Ny\.)(\s)/);
    const cut = title ? title[1].length : d.between(2, t.length - 2);
    const runs = title
      ? [[t.slice(0, cut), { b: true }], [t.slice(cut)]]
      : [[t.slice(0, cut)], [t.slice(cut), { color: d.one(['FF0000', '0070C0', '00B050']) }]];
    return { text: t, cell: { rich: runs } };
  }
  return { text: t, cell: t };
}

async function buildDp3a(ctx, dir) {
  const d = dice('dp3a');
  const bd = dice('dp3a-bad');
  const F = newFile(
    ctx,
    'pendataan_ir_dp3appkb_surabaya_2025.xlsx',
    'DP3APPKB Kota Surabaya',
    'The city survey of home industries as a hand-made workbook: a kecamatan section row and a SUM subtotal per kecamatan, NIK with the family-card number beside it, sex, birth date cells in custom formats, street with RT and RW columns, kelurahan and kecamatan columns, omzet as currency-formatted numbers, an Instagram/e-mail hyperlink column, names with non-breaking and zero-width spaces and rich-text runs, a hidden reference sheet.',
  );
  const book = new Workbook({ creator: 'Bidang PPPA DP3APPKB' });
  const widths = [5, 21, 21, 28, 12, 16, 32, 5, 5, 18, 16, 18, 24, 16, 16, 24, 14];
  const sh = book.sheet('Data IR 2025', { widths });
  const N = widths.length;
  let r = 1;
  const title = [
    ['PENDATAAN INDUSTRI RUMAHAN (IR)', { b: true }],
    [' KOTA SURABAYA TAHUN 2025', { b: true, color: 'C00000' }],
  ];
  book.put(sh, r, 1, { rich: title }, { center: true });
  book.merge(sh, r, 1, r, N);
  addLine(F, r++, 'skip', null, null, {
    any: [1, 'PENDATAAN INDUSTRI RUMAHAN (IR) KOTA SURABAYA TAHUN 2025'],
  });
  const sub =
    'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK SERTA PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA';
  book.put(sh, r, 1, sub, { bold: true, center: true });
  book.merge(sh, r, 1, r, N);
  addLine(F, r++, 'skip', null, null, { any: [1, sub] });
  r++;
  const header = [
    'No',
    'NIK',
    'No. KK',
    'Nama Pemilik',
    'Jenis Kelamin',
    'Tgl. Lahir',
    'Alamat',
    'RT',
    'RW',
    'Kelurahan',
    'Kecamatan',
    'Jenis Usaha',
    'Nama Usaha',
    'Omzet/Bulan (Rp)',
    'No. HP/WA',
    'Instagram / Email',
    'Tgl. Pendataan',
  ];
  book.row(sh, r, header, { bold: true, center: true, wrap: true });
  F.headerRow = r++;

  const rejected = [
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Wonocolo', 'Krembangan', 'Tanjungsari']),
    outsider(bd, ctx, 'plain', 'Sidoarjo'),
    outsider(bd, ctx, bd.yes(0.5) ? 'tricky' : 'plain', 'Gresik'),
    ...['nik15', 'nikLetter', 'nikDate', 'noName', 'omzetNeg', 'omzetAbsurd'].map((k) => badRow(bd, ctx, k)),
  ];
  const nearSidoarjo = ['Gayungan', 'Jambangan', 'Wonocolo', 'Gunung Anyar', 'Rungkut', 'Karang Pilang'];
  const nearGresik = ['Benowo', 'Lakarsantri', 'Tandes', 'Pakal'];
  for (const x of rejected) {
    x.kec = x.p.place
      ? ctx.city.kecOf(bd.one(x.p.place.regency === 'Gresik' ? nearGresik : nearSidoarjo))
      : x.p.home.kel.kec;
  }
  let no = 0;
  let total = 0;
  const subtotalRefs = [];
  for (const kec of ctx.city.kecs) {
    const mine = d.mix(ctx.businesses.filter((b) => b.files.has('dp3a') && b.owner.home.kel.kec === kec));
    mine.sort((a, b) =>
      a.owner.home.kel.code < b.owner.home.kel.code
        ? -1
        : a.owner.home.kel.code > b.owner.home.kel.code
          ? 1
          : 0,
    );
    const items = [];
    for (const b of mine) {
      if (items.includes(b)) continue;
      items.push(b);
      for (const o of b.owner.businesses)
        if (o !== b && o.files.has('dp3a') && !items.includes(o) && d.yes(0.75)) items.push(o);
    }
    for (const x of rejected.filter((y) => y.kec === kec)) items.splice(d.between(0, items.length), 0, x);
    if (!items.length) continue;
    const sec = d.weigh([
      [`KECAMATAN ${kec.name.toUpperCase()}`, 3],
      [`Kec. ${kec.name}`, 1],
    ]);
    book.put(sh, r, 1, sec, { bold: true });
    book.merge(sh, r, 1, r, N);
    addLine(F, r++, 'skip', null, null, { any: [1, sec] });
    const first = r;
    let sum = 0;
    for (const item of items) {
      no++;
      const rej = item.kind !== undefined;
      const p = rej ? item.p : item.owner;
      const b = rej ? item.b : item;
      const kind = rej ? item.kind : null;
      const nik = kind?.startsWith('nik')
        ? { kind: 'bad', text: item.nikText, cell: item.nikText }
        : rej
          ? { kind: 'exact', text: p.nik, cell: p.nik }
          : idFor(d, ctx, p.nik, [
              ['exact', 70],
              ['trail', 6],
              ['dots', 3],
              ['trunc', 5],
              ['none', 8],
              ['typo', 3],
            ]);
      const kk = rej
        ? { kind: 'exact', text: p.kk, cell: p.kk }
        : idFor(d, ctx, p.kk, [
            ['exact', 70],
            ['trunc', 8],
            ['none', 18],
            ['spaced', 4],
          ]);
      const style = d.weigh([
        ['plain', 30],
        ['caps', 25],
        ['titled', 20],
        ['ibu', 5],
        ['spell', 6],
        ['typo', 5],
        ['drop', 4],
        ['initial', 3],
      ]);
      const name =
        kind === 'noName'
          ? { text: '', cell: '' }
          : decorate(d, writeName(d, p, style), { zw: 0.035, nb: 0.05, trail: 0.08, rich: 0.07 });
      const gender = d.one(
        { P: ['Perempuan', 'Perempuan', 'PEREMPUAN', 'P', 'Wanita'], L: ['Laki-laki', 'L', 'LK'] }[p.gender],
      );
      const bornCell = d.weigh([
        [{ date: p.born, fmt: d.one(DATE_FORMATS) }, 7],
        [writeDate(d, p.born), 2],
        [null, 1],
      ]);
      let street;
      let kelText;
      let kecText;
      if (kind === 'outside') {
        const o = outsidePlace(d, p.place);
        street = o.street;
        kelText = d.yes(0.6) ? o.kel : o.kelBare;
        kecText = o.kec;
      } else {
        street = decorate(d, writeStreet(d, p.home).replace(/^Jl\. /, d.yes(0.12) ? 'Jl.\u00a0' : 'Jl. '), {
          trail: 0.1,
        }).text;
        kelText = decorate(d, writeKel(d, p.home.kel), { trail: 0.1 }).text;
        kecText = writeKec(d, p.home.kel.kec);
      }
      const rt = p.home?.rt ?? d.between(1, 9);
      const rw = p.home?.rw ?? d.between(1, 9);
      const tradeText = d.yes(0.55) ? b.trade.label : d.one(b.trade.alts);
      const omzetCell = d.weigh([
        [{ num: b.omzet, fmt: d.one(CURRENCY_FORMATS) }, 7],
        [writeMoney(d, b.omzet), 2],
        [null, b.omzet > 0 && b.omzet < 1e9 ? 1 : 0],
      ]);
      if (typeof omzetCell === 'object' && omzetCell) sum += b.omzet;
      let link = null;
      if (b.social && d.yes(0.8))
        link = { link: `https://www.instagram.com/${b.social.slice(1)}/`, text: b.social };
      else if (p.email && d.yes(0.35)) link = { link: `mailto:${p.email}`, text: p.email };
      const surveyed = { y: 2025, m: d.between(3, 9), d: d.between(1, 28) };
      const cells = [
        no,
        nik.cell,
        kk.cell,
        name.cell,
        gender,
        bornCell,
        street,
        d.yes(0.6) ? rt : pad(rt, d.one([2, 3])),
        d.yes(0.6) ? rw : pad(rw, d.one([2, 3])),
        kelText,
        kecText,
        tradeText,
        d.yes(0.9) ? b.brand : '-',
        omzetCell,
        p.phone && d.yes(0.85) ? writePhone(d, p.phone) : null,
        link,
        { date: surveyed, fmt: d.one(['dd-mm-yyyy', '[$-421]d mmmm yyyy;@']) },
      ];
      cells.forEach((c, i) => {
        if (c && typeof c === 'object' && c.num !== undefined && !c.fmt)
          book.put(sh, r, i + 1, { num: c.num, fmt: '0' });
        else book.put(sh, r, i + 1, c);
      });
      addLine(F, r++, rej ? 'rejected' : 'ok', p, b, {
        name: [4, name.text],
        trade: [12, tradeText],
        nik: [2, nik.kind, nik.text],
        kk: [3, kk.kind, kk.text],
      });
    }
    const label = `Jumlah Kec. ${kec.name}`;
    book.put(sh, r, 4, label, { bold: true });
    book.put(
      sh,
      r,
      14,
      { f: `SUM(N${first}:N${r - 1})`, num: sum, fmt: CURRENCY_FORMATS[0] },
      { bold: true },
    );
    book.put(sh, r, 13, `${items.length} usaha`, { bold: true });
    subtotalRefs.push(`N${r}`);
    addLine(F, r++, 'skip', null, null, { any: [4, label] });
    total += sum;
  }
  book.put(sh, r, 4, 'TOTAL SELURUH KECAMATAN', { bold: true });
  book.put(sh, r, 13, `${no} usaha`, { bold: true });
  book.put(sh, r, 14, { num: total, fmt: CURRENCY_FORMATS[0] }, { bold: true });
  addLine(F, r++, 'skip', null, null, { any: [4, 'TOTAL SELURUH KECAMATAN'] });
  r++;
  for (const note of [
    'Catatan: Omzet = rata-rata penjualan per bulan menurut pengakuan pelaku usaha.',
    'No. KK diisi sesuai Kartu Keluarga; NIK sesuai KTP-el.',
  ]) {
    book.put(sh, r, 2, note);
    addLine(F, r++, 'skip', null, null, { any: [2, note] });
  }
  r++;
  for (const t of [
    'Surabaya, 24 Oktober 2025',
    'KEPALA DINAS,',
    null,
    null,
    'Dra. RATNA KUSUMAWARDHANI, M.Si.',
    'Pembina Utama Muda',
    'NIP. 19710312 199603 2 004',
  ]) {
    if (t) {
      book.put(sh, r, 13, t, { center: true });
      addLine(F, r, 'skip', null, null, { any: [13, t] });
    }
    r++;
  }
  // the hidden list the Kelurahan column's drop-down came from
  const ref = book.sheet('ref', { hidden: true, widths: [20, 24] });
  book.row(ref, 1, ['Kecamatan', 'Kelurahan'], { bold: true });
  ctx.city.kels.forEach((v, i) => {
    book.row(ref, i + 2, [v.kec.name, v.name]);
  });
  await book.save(join(dir, F.file));
}

// ---------------------------------------------------------------------------------------------------
// File 2: "Pahlawan Ekonomi" registration, Google Forms responses exported from Google Sheets (.xlsx)

async function buildForms(ctx, dir) {
  const d = dice('forms');
  const bd = dice('forms-bad');
  const F = newFile(
    ctx,
    'pendaftaran_pahlawan_ekonomi_2025.xlsx',
    'Pahlawan Ekonomi Kota Surabaya (Google Forms)',
    'Google Forms responses downloaded from Google Sheets: header on row 1 with the questions ("Nama lengkap sesuai KTP", "NIK (16 digit)", "No Kartu Keluarga", "Tempat, Tgl Lahir", "Alamat usaha lengkap", "Kelurahan", "Produk yang dijual", "Nomor WhatsApp aktif"), a Timestamp column, NIKs, KKs and phone numbers turned into number cells, answers typed in any case; some women submit twice, some husbands fill it in for their wives.',
  );
  const book = new Workbook({
    creator: 'Google Sheets',
    font: 'Arial',
    size: 10,
    app: 'Google Sheets',
    google: true,
  });
  const header = [
    'Timestamp',
    'Email Address',
    'Nama lengkap sesuai KTP',
    'NIK (16 digit)',
    'No Kartu Keluarga',
    'Tempat, Tgl Lahir',
    'Jenis Kelamin',
    'Alamat usaha lengkap',
    'Kelurahan',
    'Kecamatan',
    'Nama usaha / merek',
    'Produk yang dijual',
    'Omzet rata-rata per bulan',
    'Nomor WhatsApp aktif',
    'Sudah punya NIB?',
  ];
  const sh = book.sheet('Form Responses 1', { freezeRow: 1 });
  book.row(sh, 1, header);
  F.headerRow = 1;
  F.birthCols = [6];
  const emailOf = (p) => {
    if (!p.email) {
      let e;
      do e = `${p.nick.toLowerCase().replace(/[^a-z]/g, '')}${d.between(10, 9999)}@gmail.com`;
      while (ctx.used.email.has(e));
      ctx.used.email.add(e);
      p.email = e;
    }
    return p.email;
  };
  const start = Date.UTC(2025, 1, 3, 1, 0, 0);
  const span = 40 * 864e5;
  const subs = [];
  for (const b of ctx.businesses.filter((x) => x.files.has('forms'))) {
    const first = b.husbandOnForms ? b.owner.husband : b.owner;
    const t = start + d.u() * span;
    subs.push({ b, p: first, t });
    if (b.formsTwice) {
      const again = b.owner.husband && d.yes(0.25) ? (first === b.owner ? b.owner.husband : b.owner) : first;
      subs.push({ b, p: again, t: t + d.between(3, 60 * 24 * 6) * 60e3, second: true });
    }
  }
  const rejected = [
    outsider(bd, ctx, 'plain', 'Sidoarjo'),
    outsider(bd, ctx, 'plain', 'Gresik'),
    outsider(bd, ctx, 'elsewhere'),
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Semampir', 'Tambakrejo']),
    badRow(bd, ctx, 'nik15'),
    badRow(bd, ctx, 'nikLetter'),
  ];
  for (const x of rejected) subs.push({ x, b: x.b, p: x.p, t: start + d.u() * span });
  subs.sort((a, b) => a.t - b.t);
  let r = 2;
  for (const s of subs) {
    const { p, b, x } = s;
    const rej = !!x;
    const when = new Date(s.t);
    const ts = {
      date: { y: when.getUTCFullYear(), m: when.getUTCMonth() + 1, d: when.getUTCDate() },
      time: (when.getUTCHours() * 3600 + when.getUTCMinutes() * 60 + when.getUTCSeconds()) / 86400,
      fmt: 'm/d/yyyy h:mm:ss',
    };
    const nameText = writeName(
      d,
      p,
      d.weigh([
        ['plain', 40],
        ['caps', 22],
        ['lower', 12],
        ['titled', 10],
        ['spell', 6],
        ['typo', 4],
        ['drop', 3],
      ]),
    );
    const nik = x?.kind.startsWith('nik')
      ? { kind: 'bad', text: x.nikText, cell: x.nikText }
      : rej
        ? { kind: 'exact', text: p.nik, cell: p.nik }
        : idFor(d, ctx, p.nik, [
            ['exact', 52],
            ['full', 28],
            ['spaced', 8],
            ['trail', 6],
            ['typo', 4],
          ]);
    const kk = rej
      ? { kind: 'exact', text: p.kk, cell: p.kk }
      : idFor(d, ctx, p.kk, [
          ['exact', 55],
          ['full', 28],
          ['spaced', 5],
          ['none', 12],
        ]);
    const ttl = writeTtl(d, p);
    let address;
    let kelText;
    let kecText;
    if (x?.kind === 'outside') {
      const o = outsidePlace(d, p.place);
      address = o.address;
      kelText = d.yes(0.5) ? o.kelBare : o.kel;
      kecText = o.kec;
    } else {
      const home = p.home ?? b.owner.home;
      const rtrw = d.yes(0.7) ? ` ${writeRtRw(d, home.rt, home.rw)}` : '';
      const tail = d.weigh([
        ['', 3],
        [`, ${writeKel(d, home.kel).replace(/^Kel\. /, '')}`, 2],
        [`, ${writeKel(d, home.kel).replace(/^Kel\. /, '')}, ${home.kel.kec.name}`, 2],
        [', Surabaya', 2],
      ]);
      address = `${writeStreet(d, home)}${rtrw}${tail}`;
      if (d.yes(0.15)) address = address.toLowerCase();
      kelText = writeKel(d, home.kel);
      if (d.yes(0.12)) kelText = kelText.toLowerCase();
      kecText = writeKec(d, home.kel.kec, 0.1);
      if (d.yes(0.12)) kecText = kecText.toLowerCase();
    }
    const product = d.yes(0.5)
      ? d.one(b.trade.alts)
      : d.yes(0.5)
        ? b.trade.label
        : b.trade.label.toLowerCase();
    const omzet = d.weigh([
      [{ num: b.omzet, fmt: null }, 4],
      [writeMoney(d, b.omzet), 4],
      [`${String(b.omzet / 1e6).replace('.', ',')} juta`, b.omzet % 100000 === 0 ? 1.5 : 0],
    ]);
    const phoneOf = p.phone ?? b.owner.phone;
    const phone = !phoneOf
      ? '-'
      : d.yes(0.3)
        ? { num: Number(phoneOf.slice(1)), fmt: null }
        : writePhone(d, phoneOf);
    const email = p.daughter && d.yes(0.25) ? emailOf(p.daughter) : emailOf(p); // a mother sends it from her daughter's account
    const cells = [
      ts,
      email,
      nameText,
      nik.cell,
      kk.cell,
      ttl,
      p.gender === 'P' ? 'Perempuan' : 'Laki-laki',
      address,
      kelText,
      kecText,
      d.yes(0.85) ? b.brand : '-',
      product,
      omzet,
      phone,
      d.one(['Sudah', 'Belum', 'Belum', 'Sedang proses']),
    ];
    cells.forEach((c, i) => {
      if (c && typeof c === 'object' && 'num' in c && !c.fmt) book.put(sh, r, i + 1, c.num);
      else book.put(sh, r, i + 1, c);
    });
    addLine(F, r++, rej ? 'rejected' : 'ok', p, b, {
      name: [3, nameText],
      trade: [12, product],
      nik: [4, nik.kind, nik.text],
      kk: [5, kk.kind, kk.text],
      ttl: [6, ttl],
    });
  }
  await book.save(join(dir, F.file));
}

// ---------------------------------------------------------------------------------------------------
// File 3: Dinkopdag Kota Surabaya's UMKM list (";" CSV, Windows-1252, CRLF)

function buildDinkop(ctx, dir) {
  const d = dice('dinkop');
  const bd = dice('dinkop-bad');
  const F = newFile(
    ctx,
    'data_umkm_binaan_dinkopdag_sby_2025.csv',
    'Dinkopdag Kota Surabaya',
    'UMKM list saved from Excel as ";" CSV in Windows-1252 with CRLF: a title and a date line, names in capitals with titles, the whole address in one cell (kecamatan sometimes left out), NIKs with dots, as "3,5782E+15" or with a leading apostrophe, husbands sometimes listed for their wives\' businesses, a count line and a source line.',
  );
  const header = [
    'NO',
    'NAMA PELAKU USAHA',
    'NIK',
    'ALAMAT',
    'NAMA USAHA',
    'JENIS USAHA',
    'OMZET PER BULAN (RP)',
    'NO. HP',
    'KETERANGAN',
  ];
  const lines = [];
  const push = (cells) => lines.push(csvLine(cells, ';'));
  const lone = (t) => [t, ...Array(header.length - 1).fill('')];
  const title = 'DATA UMKM BINAAN DINAS KOPERASI USAHA KECIL DAN MENENGAH DAN PERDAGANGAN KOTA SURABAYA';
  push(lone(title));
  addLine(F, lines.length, 'skip', null, null, { any: [1, title] });
  push(lone('Posisi 30 September 2025'));
  addLine(F, lines.length, 'skip', null, null, { any: [1, 'Posisi 30 September 2025'] });
  push(lone(''));
  push(header);
  F.headerRow = lines.length;
  const items = d.mix(ctx.businesses.filter((b) => b.files.has('dinkop')));
  const rejected = [
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Wonocolo', 'Krembangan', 'Sidodadi']),
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Tambakrejo', 'Kebonsari', 'Jambangan']),
    outsider(bd, ctx, 'tricky', 'Gresik', ['Karang Poh', 'Kandangan', 'Babatan']),
    outsider(bd, ctx, 'plain', 'Gresik'),
    ...['nik15', 'nikLetter', 'nikDate', 'noName', 'omzetNeg', 'omzetAbsurd'].map((k) => badRow(bd, ctx, k)),
  ];
  for (const x of rejected) items.splice(d.between(0, items.length), 0, x);
  let no = 0;
  for (const item of items) {
    no++;
    const rej = item.kind !== undefined;
    const b = rej ? item.b : item;
    const p = rej ? item.p : b.husbandOnDinkop ? b.owner.husband : b.owner;
    const kind = rej ? item.kind : null;
    let nameText = '';
    if (kind !== 'noName') {
      nameText = writeName(
        d,
        p,
        d.weigh([
          ['capsTitled', 55],
          ['caps', 20],
          ['titled', 10],
          ['spell', 6],
          ['typo', 5],
          ['drop', 4],
        ]),
      );
      if (d.yes(0.9)) nameText = nameText.toUpperCase();
    }
    const nik = kind?.startsWith('nik')
      ? { kind: 'bad', text: item.nikText }
      : rej
        ? { kind: 'exact', text: p.nik }
        : idFor(d, ctx, p.nik, [
            ['exact', 55],
            ['dots', 12],
            ['sci', 10],
            ['spaced', 4],
            ['none', 10],
            ['typo', 4],
            ['apos', 5],
          ]);
    if (nik.kind === 'apos') nik.text = `'${p.nik}`;
    const address =
      kind === 'outside'
        ? outsidePlace(d, p.place).address.toUpperCase()
        : writeAddressLine(d, p.home ?? b.owner.home, d.yes(0.75));
    const tradeText = d.weigh([
      [b.trade.label.toUpperCase(), 5],
      [b.trade.label, 2],
      [d.one(b.trade.alts), 2],
    ]);
    const omzetText = d.weigh([
      [rupiah(b.omzet), 4],
      [String(b.omzet), 3],
      [writeMoney(d, b.omzet), 3],
    ]);
    const phoneOf = p.phone ?? b.owner.phone;
    push([
      no,
      nameText,
      nik.text,
      address,
      d.yes(0.9) ? b.brand.toUpperCase() : '',
      tradeText,
      b.omzet < 0 && !omzetText.includes('-') ? `-${omzetText}` : omzetText,
      phoneOf && d.yes(0.88) ? writePhone(d, phoneOf) : '-',
      d.one([
        '',
        '',
        '',
        'Binaan 2024',
        'Peserta Pahlawan Ekonomi',
        'Fasilitasi Halal 2025',
        'Pelatihan Digital Marketing',
        'Sentra UKM',
      ]),
    ]);
    addLine(F, lines.length, rej ? 'rejected' : 'ok', p, b, {
      name: [2, nameText],
      trade: [6, tradeText],
      nik: [3, nik.kind, nik.text],
    });
  }
  const count = `JUMLAH: ${items.length} PELAKU USAHA`;
  push(lone(count));
  addLine(F, lines.length, 'skip', null, null, { any: [1, count] });
  const src = 'Sumber: Bidang Usaha Mikro Dinkopdag Kota Surabaya (SIUMKM)';
  push(lone(src));
  addLine(F, lines.length, 'skip', null, null, { any: [1, src] });
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = iconv.encode(text, 'win1252');
  if (iconv.decode(bytes, 'win1252') !== text) die('the Dinkopdag list does not fit Windows-1252');
  writeFileSync(join(dir, F.file), bytes);
}

// ---------------------------------------------------------------------------------------------------
// File 4: Dinas Kesehatan's SPP-IRT register (.ods, one row per product, a recap table below the data)

function pirtNumber(d, cert, serial, region, yearIssued) {
  const yy = pad((yearIssued + 5) % 100);
  const digits = `${cert.pack}${cert.type}${region}${cert.ps}${serial}`;
  return d.weigh([
    [`P-IRT ${digits}-${yy}`, 3],
    [`${digits}-${yy}`, 4],
    [`P-IRT No. ${cert.pack}${cert.type}.${region}.${cert.ps}.${serial}-${yy}`, 1],
    [`SPP-IRT No. ${digits}-${yy}`, 1],
  ]);
}
const PACKAGING = { 1: 'Kertas', 2: 'Plastik', 3: 'Botol Kaca', 4: 'Kaleng' };

async function buildPirt(ctx, dir) {
  const d = dice('pirt-file');
  const bd = dice('pirt-bad');
  const F = newFile(
    ctx,
    'register_spp_irt_dinkes_surabaya.ods',
    'Dinas Kesehatan Kota Surabaya',
    "SPP-IRT register as a LibreOffice sheet: one row per product certificate, P-IRT numbers with the city digits 3578, issue dates as date cells, the applicant sometimes the owner's husband, kelurahan and kecamatan columns, a recap table per kecamatan below the data and a signature block.",
  );
  const W = 12;
  const rows = [];
  const add = (cells) => {
    rows.push(cells);
    return (
      rows.filter((x) => Array.isArray(x)).length +
      rows.filter((x) => !Array.isArray(x)).reduce((s, x) => s + x.blank, 0)
    );
  };
  for (const t of [
    'REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)',
    'DINAS KESEHATAN KOTA SURABAYA',
    'Periode Januari 2021 s/d September 2025',
  ]) {
    const rr = add([{ span: W, text: t }]);
    addLine(F, rr, 'skip', null, null, { any: [1, t] });
  }
  add({ blank: 1 });
  F.headerRow = add([
    'No',
    'Tgl. Terbit',
    'Nomor SPP-IRT',
    'Nama Pemilik/Penanggung Jawab',
    'Nama IRTP',
    'Alamat Produksi',
    'Kelurahan',
    'Kecamatan',
    'Jenis Pangan',
    'Kemasan',
    'Berlaku s/d',
    'No. Telp',
  ]);
  const entries = [];
  for (const b of ctx.businesses) {
    if (!b.pirt) continue;
    for (const c of b.pirt.certs)
      entries.push({ b, c, p: b.husbandOnPirt ? b.owner.husband : b.owner, serial: b.pirt.serial });
  }
  const rejected = [
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Semampir', 'Kebonsari', 'Sidodadi']),
    outsider(bd, ctx, 'plain', 'Gresik'),
    badRow(bd, ctx, 'noName'),
  ];
  for (const x of rejected) {
    const tradeId = bd.one(['kuekering', 'keripik', 'sambal']);
    const trade = TRADES.find((t) => t.id === tradeId);
    x.b.trade = trade;
    const [product, type, pack] = bd.one(trade.products);
    const y = bd.between(2022, 2025);
    entries.push({
      x,
      b: x.b,
      p: x.p,
      c: { product, type, pack, ps: '01', issued: { y, m: bd.between(1, 9), d: bd.between(1, 28) } },
      serial: pad(bd.between(1, 9999), 4),
    });
  }
  const sorted = d.mix(entries).sort((a, b) => excelSerial(a.c.issued) - excelSerial(b.c.issued));
  const perKec = new Map();
  let no = 0;
  for (const e of sorted) {
    no++;
    const { p, b, c, x } = e;
    const rej = !!x;
    const nameText =
      x?.kind === 'noName'
        ? ''
        : writeName(
            d,
            p,
            d.weigh([
              ['caps', 35],
              ['titled', 30],
              ['plain', 20],
              ['spell', 8],
              ['typo', 4],
              ['ibu', 3],
            ]),
          );
    let addr;
    let kel;
    let kec;
    let region = '3578';
    if (x?.kind === 'outside') {
      const o = outsidePlace(d, p.place);
      addr = o.address;
      kel = o.kelBare;
      kec = `${p.place.kecName} (${regencyWord(d, p.place)})`;
      region = p.place.nikPrefix.slice(0, 4);
    } else {
      const home = p.home ?? b.owner.home;
      addr = `${writeStreet(d, home)}${d.yes(0.6) ? `, ${writeRtRw(d, home.rt, home.rw)}` : ''}`;
      kel = writeKel(d, home.kel);
      kec = writeKec(d, home.kel.kec, 0.1);
      perKec.set(home.kel.kec.name, (perKec.get(home.kel.kec.name) ?? 0) + 1);
    }
    const phoneOf = p.phone ?? b.owner.phone;
    const until = { ...c.issued, y: c.issued.y + 5 };
    const rr = add([
      no,
      { date: c.issued },
      pirtNumber(d, c, e.serial, region, c.issued.y),
      nameText,
      d.yes(0.85) ? b.brand.replace(/^UD\. /, '') : null,
      addr,
      kel,
      kec,
      c.product,
      PACKAGING[c.pack],
      d.yes(0.6) ? { date: until } : String(until.y),
      phoneOf && d.yes(0.8) ? writePhone(d, phoneOf) : null,
    ]);
    addLine(F, rr, rej ? 'rejected' : 'ok', p, b, { name: [4, nameText], trade: [9, c.product] });
  }
  add({ blank: 2 });
  const recapTitle = 'REKAPITULASI SPP-IRT PER KECAMATAN';
  let rr = add([null, { span: 3, text: recapTitle }]);
  addLine(F, rr, 'skip', null, null, { any: [2, recapTitle] });
  rr = add([null, { text: 'Kecamatan', bold: true }, { text: 'Jumlah Produk', bold: true }]);
  addLine(F, rr, 'skip', null, null, { any: [2, 'Kecamatan'] });
  let sum = 0;
  for (const [kecName, n] of [...perKec.entries()].sort((a, b) => b[1] - a[1])) {
    rr = add([null, kecName, n]);
    addLine(F, rr, 'skip', null, null, { any: [2, kecName] });
    sum += n;
  }
  rr = add([null, { text: 'Jumlah', bold: true }, sum]);
  addLine(F, rr, 'skip', null, null, { any: [2, 'Jumlah'] });
  add({ blank: 1 });
  for (const t of [
    'Surabaya, 30 September 2025',
    'Kepala Bidang Sumber Daya Kesehatan',
    null,
    null,
    'drg. ANITA PRATIWI, M.Kes.',
  ]) {
    if (t) {
      rr = add([null, null, null, null, null, null, null, null, t]);
      addLine(F, rr, 'skip', null, null, { any: [9, t] });
    } else add({ blank: 1 });
  }
  await writeOds(
    join(dir, F.file),
    'Register SPP-IRT',
    rows,
    W,
    [1.2, 2.4, 4.6, 5.2, 4, 6.8, 3.4, 3.2, 4.4, 2.2, 2.4, 3.4],
  );
}

// ---------------------------------------------------------------------------------------------------
// File 5: Kecamatan Rungkut's "Kampung UKM" list (ExcelJS .xlsx; TTL, Nomor KK, yearly turnover)

async function buildKampung(ctx, dir) {
  const d = dice('kampung');
  const bd = dice('kampung-bad');
  const F = newFile(
    ctx,
    'data_pelaku_usaha_kampung_ukm_kec_rungkut.xlsx',
    'Kecamatan Rungkut (Kampung UKM)',
    "A kecamatan office's list of its Kampung UKM members: the kecamatan only in the title, TTL (birthplace and date in one cell), NIK with the family-card number beside it, JK as PR/P/W/LK, street with RT and RW columns, kelurahan (Wonorejo here is Rungkut's), turnover per year, a total row and a signature.",
  );
  F.kecInTitle = 'Rungkut';
  F.birthCols = [5];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kasi Perekonomian Kec. Rungkut';
  wb.lastModifiedBy = wb.creator;
  wb.created = STAMP;
  wb.modified = STAMP;
  const ws = wb.addWorksheet('Kampung UKM');
  const widths = [5, 28, 20, 20, 26, 6, 30, 5, 5, 18, 20, 18, 16, 20];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const N = widths.length;
  const put = (r, values, { bold = false } = {}) => {
    values.forEach((v, i) => {
      if (v === null || v === undefined || v === '') return;
      const cell = ws.getCell(r, i + 1);
      if (typeof v === 'object' && 'num' in v) {
        cell.value = v.num;
        if (v.fmt) cell.numFmt = v.fmt;
      } else cell.value = v;
      if (bold) cell.font = { bold: true };
    });
  };
  let r = 1;
  for (const t of ['DATA PELAKU USAHA KAMPUNG UKM', 'KECAMATAN RUNGKUT KOTA SURABAYA', 'TAHUN 2024']) {
    put(r, [t], { bold: true });
    ws.mergeCells(r, 1, r, N);
    ws.getCell(r, 1).alignment = { horizontal: 'center' };
    addLine(F, r++, 'skip', null, null, { any: [1, t] });
  }
  r++;
  put(
    r,
    [
      'No',
      'Nama',
      'NIK',
      'Nomor KK',
      'TTL',
      'JK',
      'Alamat',
      'RT',
      'RW',
      'Kelurahan',
      'Jenis Usaha',
      'Omset Setahun (Rp)',
      'Telp',
      'Ket.',
    ],
    { bold: true },
  );
  F.headerRow = r++;
  const items = ctx.businesses.filter((b) => b.files.has('kampung'));
  const rejected = [
    outsider(bd, ctx, 'tricky', 'Sidoarjo', ['Semampir']),
    outsider(bd, ctx, 'plain', 'Sidoarjo'),
    badRow(bd, ctx, 'noName', 'Rungkut'),
    badRow(bd, ctx, 'omzetAbsurd', 'Rungkut'),
  ];
  const order = (it) =>
    it.kind !== undefined ? (it.p.home?.kel.code ?? '35.78.03.9') : it.owner.home.kel.code;
  const rows = d
    .mix([...items, ...rejected])
    .sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  let no = 0;
  let sum = 0;
  for (const item of rows) {
    no++;
    const rej = item.kind !== undefined;
    const p = rej ? item.p : item.owner;
    const b = rej ? item.b : item;
    const kind = rej ? item.kind : null;
    const nameText =
      kind === 'noName'
        ? ''
        : writeName(
            d,
            p,
            d.weigh([
              ['plain', 30],
              ['ibu', 20],
              ['caps', 15],
              ['nick', 8],
              ['titled', 10],
              ['spell', 8],
              ['typo', 4],
              ['drop', 3],
            ]),
          );
    const nik = rej
      ? { kind: 'exact', text: p.nik, cell: p.nik }
      : idFor(d, ctx, p.nik, [
          ['exact', 70],
          ['none', 14],
          ['trunc', 7],
          ['typo', 3],
          ['dots', 6],
        ]);
    const kk = rej
      ? { kind: 'exact', text: p.kk, cell: p.kk }
      : idFor(d, ctx, p.kk, [
          ['exact', 65],
          ['none', 25],
          ['trunc', 10],
        ]);
    const ttl = d.yes(0.92) ? writeTtl(d, p) : '';
    let street;
    let kelText;
    if (kind === 'outside') {
      const o = outsidePlace(d, p.place);
      street = o.street;
      kelText = o.kel;
    } else {
      street = writeStreet(d, p.home);
      kelText = writeKel(d, p.home.kel);
    }
    const rt = p.home?.rt ?? d.between(1, 9);
    const rw = p.home?.rw ?? d.between(1, 9);
    const yearly = b.omzet * 12;
    if (yearly < 1e11) sum += yearly;
    const tradeText = d.yes(0.5) ? b.trade.label : d.one(b.trade.alts);
    const phoneOf = p.phone;
    put(r, [
      no,
      nameText,
      nik.cell,
      kk.cell,
      ttl,
      d.one({ P: ['PR', 'P', 'W', 'Wanita', 'Perempuan', 'PR'], L: ['LK', 'L', 'Laki-laki'] }[p.gender]),
      street,
      d.yes(0.5) ? rt : pad(rt, 3),
      d.yes(0.5) ? rw : pad(rw, 3),
      kelText,
      tradeText,
      d.weigh([
        [{ num: yearly, fmt: '#,##0' }, 7],
        [rupiah(yearly), 2],
        [writeMoney(d, yearly), 1],
      ]),
      phoneOf && d.yes(0.8) ? writePhone(d, phoneOf) : null,
      d.one([
        '',
        '',
        'Kampung Kue',
        'Binaan Pahlawan Ekonomi',
        'Sentra Batik Mangrove',
        'Pelatihan 2024',
        'MBR',
      ]),
    ]);
    addLine(F, r++, rej ? 'rejected' : 'ok', p, b, {
      name: [2, nameText],
      trade: [11, tradeText],
      nik: [3, nik.kind, nik.text],
      kk: [4, kk.kind, kk.text],
      ...(ttl ? { ttl: [5, ttl] } : {}),
    });
  }
  put(
    r,
    [
      null,
      'JUMLAH',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      `${no} pelaku usaha`,
      { num: sum, fmt: '#,##0' },
    ],
    { bold: true },
  );
  addLine(F, r++, 'skip', null, null, { any: [2, 'JUMLAH'] });
  r++;
  for (const t of [
    'Rungkut, 16 Desember 2024',
    'CAMAT RUNGKUT',
    null,
    null,
    'BAMBANG HARIYANTO, S.Sos., M.M.',
    'NIP. 19750807 200312 1 005',
  ]) {
    if (t) {
      put(r, [...Array(10).fill(null), t]);
      addLine(F, r, 'skip', null, null, { any: [11, t] });
    }
    r++;
  }
  const buffer = await wb.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(buffer);
  const entries = [];
  for (const [name, f] of Object.entries(src.files))
    if (!f.dir) entries.push([name, await f.async('uint8array')]);
  writeFileSync(join(dir, F.file), await zipUp(entries));
}

// ---------------------------------------------------------------------------------------------------
// Read-back: each file parsed again (ExcelJS for .xlsx, a parser of its own for .ods and the CSV); every
// truth line checked against the row it names

async function readXlsx(path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws || (ws.state && ws.state !== 'visible')) die(`${path}: first sheet is not visible`);
  const rows = new Map();
  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    const cells = [];
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      const v = cell.value;
      if (v === null || v === undefined) return;
      if (typeof v === 'number' || typeof v === 'string') cells[cn] = String(v);
      else if (v instanceof Date) cells[cn] = v.toISOString();
      else if (v.richText) cells[cn] = v.richText.map((t) => t.text).join('');
      else if (v.hyperlink)
        cells[cn] = String(v.text?.richText ? v.text.richText.map((t) => t.text).join('') : v.text);
      else if ('formula' in v || 'sharedFormula' in v) cells[cn] = String(v.result ?? '');
      else cells[cn] = String(cell.text ?? '');
    });
    rows.set(rn, cells);
  });
  return rows;
}

function readCsvFile(path) {
  const text = iconv.decode(readFileSync(path), 'win1252');
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) die(`${path}: not CRLF throughout`);
  const rows = new Map();
  text
    .slice(0, -2)
    .split('\r\n')
    .forEach((line, i) => {
      rows.set(i + 1, [undefined, ...splitCsv(line, ';')]);
    });
  return rows;
}

async function readOdsFile(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  if (Object.keys(zip.files)[0] !== 'mimetype') die(`${path}: mimetype is not the first entry`);
  const xml = await zip.file('content.xml').async('string');
  const table = xml.match(/<table:table [\s\S]*?<\/table:table>/)[0];
  const textOf = (inner) =>
    [...inner.matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)]
      .map((p) =>
        p[1]
          .replace(/<text:s text:c="(\d+)"\/>/g, (_m, n) => ' '.repeat(Number(n)))
          .replace(/<text:s\/>/g, ' ')
          .replace(/<[^>]+>/g, '')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      )
      .join('\n');
  const rows = new Map();
  let rn = 0;
  for (const m of table.matchAll(/<table:table-row\b([^>]*)>([\s\S]*?)<\/table:table-row>/g)) {
    const repeat = Number(m[1].match(/number-rows-repeated="(\d+)"/)?.[1] ?? 1);
    const cells = [];
    let cn = 1;
    for (const c of m[2].matchAll(
      /<table:(table-cell|covered-table-cell)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:\1>)/g,
    )) {
      const times = Number(c[2].match(/number-columns-repeated="(\d+)"/)?.[1] ?? 1);
      const value = c[1] === 'table-cell' && c[3] ? textOf(c[3]) : '';
      for (let k = 0; k < times; k++) cells[cn++] = value || undefined;
    }
    for (let k = 0; k < repeat; k++) rows.set(++rn, cells);
  }
  return rows;
}

// outside the city: the row names Sidoarjo, Gresik or another regency (a birthplace cell aside)
const OUTSIDE = /\b(sidoarjo|gresik)\b|\bkab(upaten|\.)?\s+[a-z]/i;

function checkIdCell(where, spec, id, rej, ctx) {
  const [, kind, text] = spec;
  const digits = cleanText(text).replace(/[\s.']/g, '');
  const ok = {
    exact: text === id,
    trail: text.trimEnd() === id && text !== id,
    dots: digits === id && text.includes('.'),
    spaced: digits === id && text.includes(' '),
    apos: text === `'${id}`,
    trunc: text === String(Number(`${id.slice(0, 15)}0`)),
    full: text === id,
    sci: /^\d,\d{4}E\+15$/.test(text) && id.startsWith(text[0] + text.slice(2, 6)),
    none: text === '' || text === '-',
    typo: nikValid(text) && text !== id && editDistance(text, id) === 1 && !ctx.ownerOf.has(text),
    bad: rej && !nikValid(digits),
  }[kind];
  if (!ok) die(`${where}: ${spec} does not fit ${id}`);
}

function checkFile(ctx, F, rows) {
  const filled = (cells) => cells.some((c) => c !== undefined && String(c).trim() !== '');
  const lineAt = new Map();
  for (const l of F.lines) {
    if (lineAt.has(l.row)) die(`${F.file}: two truth lines for row ${l.row}`);
    lineAt.set(l.row, l);
  }
  if (lineAt.has(F.headerRow)) die(`${F.file}: a truth line on the header row`);
  for (const [rn, cells] of rows)
    if (rn !== F.headerRow && filled(cells) && !lineAt.has(rn)) die(`${F.file}: row ${rn} has no truth line`);
  for (const l of F.lines) {
    const where = `${F.file} row ${l.row}`;
    const cells = rows.get(l.row) ?? [];
    if (!filled(cells)) die(`${where}: truth line on a blank row`);
    const at = (col) => (cells[col] === undefined ? '' : String(cells[col]));
    for (const [what, spec] of Object.entries(l.checks)) {
      const col = spec[0];
      const want = what === 'nik' || what === 'kk' ? spec[2] : spec[1];
      if (at(col) !== String(want)) die(`${where}: ${what} reads "${at(col)}", written "${want}"`);
    }
    if (l.expected === 'skip') {
      if (l.p || l.b) die(`${where}: a skip line with keys`);
      continue;
    }
    const rej = l.expected === 'rejected';
    if (rej !== l.p.key.startsWith('PX') || rej !== l.b.key.startsWith('BX'))
      die(`${where}: keys ${l.p.key}/${l.b.key} do not fit ${l.expected}`);
    const name = at(l.checks.name[0]);
    if (name ? !namesPerson(name, l.p) : !rej)
      die(`${where}: "${name}" does not name ${l.p.key} ${l.p.name}`);
    if (!describesBusiness(at(l.checks.trade[0]), l.b))
      die(`${where}: "${at(l.checks.trade[0])}" does not describe ${l.b.key} (${l.b.trade.label})`);
    if (l.b.owner !== l.p && !(l.p.wife === l.b.owner))
      die(`${where}: ${l.p.key} is neither owner nor husband of ${l.b.key}`);
    if (l.checks.nik) checkIdCell(`${where} NIK`, l.checks.nik, l.p.nik, rej, ctx);
    if (l.checks.kk) checkIdCell(`${where} KK`, l.checks.kk, l.p.kk, false, ctx);
    if (l.checks.ttl) {
      const t = readTtl(l.checks.ttl[1]);
      const place = l.p.birthPlace.toLowerCase();
      if (!t || t.y !== l.p.born.y || t.m !== l.p.born.m || t.d !== l.p.born.d || t.place !== place)
        die(`${where}: TTL "${l.checks.ttl[1]}" does not fit ${l.p.birthPlace} ${JSON.stringify(l.p.born)}`);
    }
    const placeText = cells.filter((c, i) => c !== undefined && !F.birthCols.includes(i)).join(' | ');
    if (l.p.place) {
      if (!OUTSIDE.test(placeText))
        die(`${where}: an outsider's row does not say where she lives: ${placeText}`);
    } else if (OUTSIDE.test(placeText)) die(`${where}: an inside row reads as outside: ${placeText}`);
    const home = l.p.home ?? l.b.owner.home;
    if (
      !rej &&
      home.kel.twin &&
      F.kecInTitle !== home.kel.kec.name &&
      !new RegExp(home.kel.kec.name, 'i').test(placeText)
    )
      die(`${where}: ${home.kel.name} of ${home.kel.kec.name} without its kecamatan`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Main: population, files, truth.csv, manifest.json, read-back, summary

async function main() {
  mkdirSync(outDir, { recursive: true });
  const city = buildCity();
  const outside = buildOutside(city);
  const pop = buildPopulation(city);
  const ctx = makeCtx(city, outside, pop);
  assignFiles(ctx);
  await buildDp3a(ctx, outDir);
  await buildForms(ctx, outDir);
  buildDinkop(ctx, outDir);
  await buildPirt(ctx, outDir);
  await buildKampung(ctx, outDir);

  const truth = ['file,sheet_row,person_key,business_key,expected'];
  for (const F of ctx.files)
    for (const l of [...F.lines].sort((a, b) => a.row - b.row))
      truth.push(`${F.file},${l.row},${l.p?.key ?? ''},${l.b?.key ?? ''},${l.expected}`);
  writeFileSync(join(outDir, 'truth.csv'), `${truth.join('\n')}\n`);
  const manifest = {
    region: REGION,
    files: ctx.files.map(({ file, source, description }) => ({ file, source, description })),
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  ctx.ownerOf = new Map(ctx.people.map((p) => [p.nik, p]));
  for (const F of ctx.files) {
    const path = join(outDir, F.file);
    const rows = F.file.endsWith('.xlsx')
      ? await readXlsx(path)
      : F.file.endsWith('.csv')
        ? readCsvFile(path)
        : await readOdsFile(path);
    checkFile(ctx, F, rows);
  }
  const rejectedKeys = new Set();
  const filesOf = new Map();
  const namedOk = new Set();
  for (const F of ctx.files) {
    for (const l of F.lines) {
      if (l.expected === 'rejected') {
        if (rejectedKeys.has(l.p.key)) die(`${l.p.key} in two rejected rows`);
        rejectedKeys.add(l.p.key);
      } else if (l.expected === 'ok') {
        namedOk.add(l.p.key);
        if (!filesOf.has(l.b.key)) filesOf.set(l.b.key, new Set());
        filesOf.get(l.b.key).add(F.file);
      }
    }
  }
  for (const b of ctx.businesses) if (!filesOf.has(b.key)) die(`${b.key} is in no file`);

  const count = { ok: 0, rejected: 0, skip: 0 };
  const perFile = ctx.files.map((F) => {
    const c = { ok: 0, rejected: 0, skip: 0 };
    for (const l of F.lines) c[l.expected]++;
    for (const k of Object.keys(count)) count[k] += c[k];
    return `${F.file} ${F.lines.length} lines (${c.ok} ok, ${c.rejected} rejected, ${c.skip} skip)`;
  });
  const women = ctx.people.filter((p) => p.gender === 'P').length;
  const owners = ctx.people.filter((p) => p.businesses.length);
  const byCount = [1, 2, 3].map((n) => owners.filter((p) => p.businesses.length === n).length);
  const spread = [1, 2, 3, 4, 5].map((n) => [...filesOf.values()].filter((s) => s.size === n).length);
  const husbands = new Set(
    ctx.files.flatMap((F) =>
      F.lines.filter((l) => l.expected === 'ok' && l.p !== l.b.owner).map((l) => l.p.key),
    ),
  ).size;
  const units = (role) => new Set(ctx.people.filter((p) => p.role === role).map((p) => p.unit)).size;
  const twice = ctx.businesses.filter((b) => b.formsTwice).length;
  const kels = new Set(ctx.people.map((p) => p.home.kel.code)).size;
  const kecs = new Set(ctx.people.map((p) => p.home.kel.kec.code)).size;
  console.log(
    `Ninth set (seed ${seedArg}, Kota Surabaya ${REGION}): ${ctx.people.length} people (${women} women, ${ctx.people.length - women} men; ${namedOk.size} named in ok rows, ${husbands} of them husbands named for a wife's business) in ${kels} kelurahan of ${kecs} kecamatan; look-alikes: ${units('namesake')} namesake groups in kelurahan named alike or like a kecamatan, ${units('mother')} mother-daughter pairs on one KK, ${units('inlaw')} pairs of sisters-in-law at one address, ${units('husband')} couples on one KK; ${ctx.businesses.length} businesses (owners of one: ${byCount[0]}, two: ${byCount[1]}, three: ${byCount[2]}; in 1/2/3/4/5 files: ${spread.join('/')}; ${twice} sent twice through the form). Files: ${perFile.join('; ')}. In all ${count.ok + count.rejected + count.skip} truth lines: ${count.ok} ok, ${count.rejected} rejected, ${count.skip} skip. Every truth line checked against its row on read-back.`,
  );
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
