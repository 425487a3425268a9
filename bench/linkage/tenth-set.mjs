#!/usr/bin/env node
// Tenth linkage set: PILAR OUTSIDE JAVA — Kota Medan (12.71), Sumatera Utara: 21 kecamatan, 151 kelurahan.
//
//   node bench/linkage/tenth-set.mjs <seed> <outdir>
//
// Writes six office files of Kota Medan about one synthetic population of home industries (about 700
// people, 850 businesses, 1,700 rows of which 1,600 valid), plus truth.csv and manifest.json (region
// "12.71", files in import order). It then reads every file back with its own small unzip/XML/CSV reader,
// checks each truth line against the row it names, and prints a summary. Everything follows from the
// seed: xoshiro128** streams seeded by FNV-1a + splitmix32 of "tenth-set|<seed>|<concern>", one stream per
// concern (people, each file, each file's bad rows ...). The zip containers (.xlsx, .ods) are written by
// the small zip writer below (deflateRawSync + CRC-32) with fixed entry dates, so one seed gives
// byte-identical files.
//
// Area names and codes come at run time from the npm package idn-area-data (Kemendagri codes; data
// © idn-area-data contributors, Open Database License (ODbL) 1.0). Kecamatan and kelurahan names are
// real; people, businesses, NIKs, phones, P-IRT numbers and house numbers are synthetic. Street names
// are Medan-like.
//
// What the earlier sets did not cover, and this one does:
//  - A city outside Java. Medan's kelurahan are divided into LINGKUNGAN, not RT/RW: "Ling. III",
//    "Lingk. 7", "Lingkungan VII", "Lk. 12", "Link. 5", "LK.IV", roman or arabic, in their own column
//    or inside the address ("Jl. Sei Batang Hari No. 12 Ling. IV Kel. Babura Sunggal Kec. Medan
//    Sunggal"); the DP3A survey keeps empty RT and RW columns.
//  - Kecamatan names that all start with "Medan" (Medan Johor, Medan Kota, Medan Baru ...), written
//    with or without the prefix ("Mdn Johor", "Johor") or as "Kec. Medan Tembung"; "Medan" alone at
//    an address's end is the city. Kelurahan written as the idn-area-data list abbreviates them or as
//    people write them in full ("P Berayan Darat I" / "Pulo Brayan Darat I" / "P. Brayan Darat I",
//    "Tegal S Mandala II" / "Tegal Sari Mandala II", "P Bulan Selayang I" / "Padang Bulan Selayang I",
//    "S. Rengas Permata" / "Sei Rengas Permata" / "Sungai Rengas Permata", "Tj." for Tanjung, "Ps."
//    for Pasar, "Kp." for Kampung, "Sudirejo 1" / "Sudirejo I", "Titi Rante" / "Titi Rantai").
//  - Kelurahan named like places outside: Binjai (a kelurahan of Medan Denai, always written with its
//    kecamatan) beside Kota Binjai; Helvetia, Tanjung Gusta, Lalang, Tanjung Selamat, Tembung, Amplas,
//    Cinta Damai, Tanjung Rejo, Kedai Durian and Labuhan Deli, which are also villages or a kecamatan
//    of Kabupaten Deli Serdang; Pahlawan, Suka Maju and Sukaramai also in Kota Binjai. Streets named
//    after Binjai ("Jl. Binjai Km. 7", "Jl. Medan–Binjai Km. 10,5") in Medan Sunggal. Sei Mati in two
//    kecamatan (Medan Maimun, Medan Labuhan): always written with its kecamatan.
//  - Names of Medan: Batak Toba and Karo women with their marga ("Rosmawati br. Siregar", "Lasma Boru
//    Simanjuntak", "Tiurma Br Sitorus", "Rehulina Br. Ginting"), the marga left out by some offices,
//    Mandailing names with the marga and no "br" ("Siti Aisyah Lubis"), Malay, Minang and Javanese
//    (Jawa Deli) names, Chinese-Indonesian names with the Chinese name in brackets ("Susanti Wijaya
//    (Tjoa Swie Lan)"), a few Tamil names (Kampung Madras); forms of address "Ibu", "Bu", "Kak", "Mak",
//    "Inang", "Nande", "Ci"; titles "Hj." and "S.Pd."; a wife listed by her husband's name in the PKK
//    list ("Ny. J. Simanjuntak": that row names HER).
//  - Products of Medan written differently by each office (bika ambon / kue bika, bolu meranti / bolu
//    gulung, lapis legit, teri medan, sirup markisa, tenun ulos, songket, sambal andaliman, kacang
//    sihobuk, roti ketawa ...) and business names like "Bolu Gulung Kak Ros", "UD. Mangapul", "Dapur
//    Inang".
//
// The files, in import order (manifest.json), each its own import with its office as source:
//  1. pendataan_ir_dp3a_kota_medan_2025.xlsx (DP3A Kota Medan): a two-line title, header on row 4 ("No,
//     NIK, Nama Pemilik, Tgl. Lahir, Alamat, Lingkungan, RT, RW, Kelurahan, Kecamatan, Produk, Nama
//     Usaha, Omzet/Bulan (Rp), No. HP, Ket."), a column-number row, a section row per kecamatan
//     ("KECAMATAN MEDAN JOHOR"; some sections leave the kecamatan column empty), a total row, notes and
//     a signature block; birth dates as date cells or text, omzet as numbers or text, some NIKs as
//     number cells (15 significant digits kept: unusable, the row ok). One row per business.
//  2. data_umkm_binaan_dinkop_ukm_medan_2025.csv (Dinas Koperasi UKM Kota Medan): ";" CSV in
//     Windows-1252 with CRLF, title lines, names in capitals with titles and Chinese names in brackets,
//     the whole address in one cell in several orders, NIKs as text, with a leading apostrophe, in
//     groups of four or as "1,27106E+15" (unusable, row ok), husbands sometimes listed for their wives'
//     businesses, curly apostrophes ("NUR’AINI"), "é" ("Kafé") and an en dash in street names.
//  3. register_sppirt_dinkes_kota_medan_2025.ods (Dinas Kesehatan's SPP-IRT register): one row PER
//     PRODUCT, P-IRT numbers with the city's digits ("P-IRT No. 2061271010123-26": packaging, food type,
//     1271, product serial, producer serial, expiry year), issue dates as date cells, the applicant
//     sometimes the owner's husband, LibreOffice's repeated blank tail.
//  4. data_pkk_pelaku_usaha_kec_medan_tembung_2025.xlsx (TP PKK Kecamatan Medan Tembung): inline-string
//     cells, the kecamatan only in the title, a section row per kelurahan, a "Lingk." column, no NIK,
//     names with forms of address, "Ny. <husband's initial>. <his marga>" for some wives; a count row
//     per section and a signature.
//  5. mustahik_zakat_produktif_baznas_medan_2025.xlsx (BAZNAS Kota Medan): Muslim women (and a few
//     husbands) in capitals, the grant amount (not turnover), an "Asnaf" column, a total row.
//  6. pendaftaran_umkm_expo_medan_2025.csv (a Google Forms registration, downloaded as UTF-8 CSV from
//     Google Sheets): Timestamp, questions as headers, the whole address in one answer typed by the
//     women themselves, NIKs sometimes "1.27106E+15", phones as "81265432100"; some women submit twice,
//     some husbands fill it in for their wives.
//
// truth.csv: file,sheet_row,person_key,business_key,expected. One line per non-blank row of each file's
// first sheet that is not its column-header row; sheet_row as a spreadsheet app numbers rows (the CSVs:
// the physical line; no cell holds a line break).
//  - person_key (P0001 ...) is the true person the row NAMES: a husband on a form or register is his own
//    person, the business his wife's; "Ny. J. Simanjuntak" names the wife. A NIK in a row is the named
//    person's.
//  - business_key (B0001 ...) is the business the row describes; a P-IRT row is its product's business;
//    two form submissions of one business are one business.
//  - expected: ok, rejected or skip (titles, column-number row, section rows, totals and counts, notes,
//    signature lines; no keys). Rejected rows have keys PX.../BX... found nowhere else.
//  - REJECTED = (a) the row's person lives outside Kota Medan: the row's own cells name Kabupaten Deli
//    Serdang or Kota Binjai, or a kecamatan of theirs in its kecamatan cell or marked "Kec." whose name
//    is no Medan kecamatan or kelurahan (Percut Sei Tuan, Tanjung Morawa, Pancur Batu, Deli Tua,
//    Patumbak, Hamparan Perak, Binjai Utara/Barat/Kota/Timur/Selatan); a Deli Serdang village named
//    like a Medan kelurahan (Tembung, Helvetia, Tanjung Selamat, Medan Estate ...) is outside because
//    of them. (b) a bad row: a full NIK of 15 digits, with a letter or with an impossible birth date; an
//    empty owner name; a negative or absurd (trillions) turnover.
//  - A NIK written as "1,27106E+15" / "1.27106E+15", a NIK number cell that kept 15 digits, "-" or an
//    empty NIK never makes a row bad. NIK region codes say nothing of where a person lives: some
//    people living in Medan carry NIKs of Deli Serdang, Tapanuli or Karo.
//  - Every valid row names its kelurahan (cell, address, section row or the PKK file's title) so that a
//    reader who knows Medan finds it; Sei Mati and Binjai always come with their kecamatan.
//
// Look-alikes that must stay apart: mother and daughter at one address in one trade (each her own
// business; the daughter carries her father's marga); sisters-in-law (wives of brothers, one marga by
// marriage) at one address, often in one trade and sometimes with one given name; namesakes in one
// kecamatan; one woman's two or three businesses.
//
// NIK convention: 12 71 + kecamatan code + DDMMYY (DD+40 for women) + serial; about one in ten first
// registered in another kecamatan of the city, one in fifteen in another regency of Sumatera Utara.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import iconv from 'iconv-lite';

// ---------------------------------------------------------------------------------------------------
// Randomness: xoshiro128** seeded through FNV-1a and splitmix32, one stream per concern

function seedWords(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const words = [];
  for (let i = 0; i < 4; i++) {
    h = (h + 0x9e3779b9) | 0;
    let z = h;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    words.push((z ^ (z >>> 16)) >>> 0);
  }
  return words;
}

const rotl = (x, k) => (x << k) | (x >>> (32 - k));

class Rng {
  constructor(text) {
    this.s = seedWords(text);
    if (this.s.every((w) => w === 0)) this.s[0] = 1;
    for (let i = 0; i < 8; i++) this.next();
  }
  next() {
    const s = this.s;
    const out = Math.imul(rotl(Math.imul(s[1], 5), 7), 9);
    const t = s[1] << 9;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 11);
    return (out >>> 0) / 4294967296;
  }
  int(n) {
    return Math.floor(this.next() * n);
  }
  range(lo, hi) {
    return lo + this.int(hi - lo + 1);
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[this.int(list.length)];
  }
  /** [[value, weight], ...] */
  pickW(pairs) {
    let x = this.next() * pairs.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }
  shuffle(list) {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}

const [seedArg, outDir] = process.argv.slice(2);
if (seedArg === undefined || !outDir) {
  console.error('usage: node bench/linkage/tenth-set.mjs <seed> <outdir>');
  process.exit(2);
}
const rng = (concern) => new Rng(`tenth-set|${seedArg}|${concern}`);
const fail = (message) => {
  throw new Error(`tenth-set: ${message}`);
};
const REGION = '12.71';
const two = (n) => String(n).padStart(2, '0');
const ROMAN = [
  '',
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
];
const upper = (s) => s.toUpperCase();

// ---------------------------------------------------------------------------------------------------
// Areas (idn-area-data, ODbL): Kota Medan, and the places just across its border

function csvCells(line) {
  const out = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  out.push(cell);
  return out;
}

function areaRows(file) {
  const path = fileURLToPath(new URL(`../../node_modules/idn-area-data/data/${file}`, import.meta.url));
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.startsWith('12.'))
    .map(csvCells);
}

// Where people of each kecamatan come from (weights multiply the city's base mix below), and its streets.
// biome-ignore format: data table
const KEC_INFO = {
  'Medan Kota': { w: 4, mix: { chinese: 3, mandailing: 1.5, minang: 1.5 }, streets: ['Jl. Sisingamangaraja', 'Jl. Halat', 'Jl. Teladan', 'Jl. Rahmadsyah', 'Jl. Amaliun', 'Jl. Mahkamah', 'Jl. Laksana', 'Jl. Utama'] },
  'Medan Sunggal': { w: 6, mix: { chinese: 2, mandailing: 1.5 }, streets: ['Jl. Sei Batang Hari', 'Jl. Sunggal', 'Jl. Setia Budi', 'Jl. Binjai Km. 7', 'Jl. Medan–Binjai Km. 10,5', 'Jl. Kasuari', 'Jl. PDAM Tirtanadi', 'Jl. Pinang Baris', 'Jl. Sei Bahorok'] },
  'Medan Helvetia': { w: 6, mix: { java: 2, toba: 1.5 }, streets: ['Jl. Kapten Sumarsono', 'Jl. Gaperta', 'Jl. Kemuning', 'Jl. Melati Raya', 'Jl. Cempaka', 'Jl. Asrama', 'Jl. Veteran'] },
  'Medan Denai': { w: 8, mix: { java: 2, mandailing: 1.7, minang: 1.3 }, streets: ['Jl. Denai', 'Jl. Menteng Raya', 'Jl. Garu II', 'Jl. Bromo', 'Jl. Pelajar Timur', 'Jl. Rawa Cangkuk', 'Jl. Mandala By Pass'] },
  'Medan Barat': { w: 3, mix: { chinese: 3, malay: 1.5 }, streets: ['Jl. Karya', 'Jl. Glugur', 'Jl. Putri Hijau', 'Jl. Danau Singkarak', 'Jl. Pembangunan', 'Jl. Kapten Jumhana'] },
  'Medan Deli': { w: 5, mix: { malay: 3, java: 1.5 }, streets: ['Jl. Titi Papan', 'Jl. KL Yos Sudarso', 'Jl. Mangaan', 'Jl. Kawat', 'Jl. Platina', 'Jl. Alumunium'] },
  'Medan Tuntungan': { w: 4, mix: { karo: 3, toba: 1.5, chinese: 0.3 }, streets: ['Jl. Bunga Rampai', 'Jl. Jamin Ginting', 'Jl. Flamboyan Raya', 'Jl. Kenanga', 'Jl. Bunga Herba', 'Jl. Setia Budi Ujung'] },
  'Medan Belawan': { w: 3, mix: { malay: 3, chinese: 0.3 }, streets: ['Jl. Sumatera', 'Jl. Selebes', 'Jl. Veteran', 'Jl. Stasiun', 'Jl. Pulau Sicanang'] },
  'Medan Amplas': { w: 6, mix: { java: 2, toba: 1.5, mandailing: 1.7 }, streets: ['Jl. Garu I', 'Jl. Panglima Denai', 'Jl. Bajak', 'Jl. Harjosari', 'Jl. Selamat', 'Jl. Sisingamangaraja Km. 6'] },
  'Medan Area': { w: 5, mix: { chinese: 3, mandailing: 1.7, minang: 1.5 }, streets: ['Jl. Ismailiyah', 'Jl. Puri', 'Jl. Rupat', 'Jl. Thamrin', 'Jl. Bakaran Batu', 'Jl. Pasar Merah', 'Jl. Sutrisno'] },
  'Medan Johor': { w: 7, mix: { java: 2, karo: 3, toba: 1.5, mandailing: 1.7 }, streets: ['Jl. Karya Wisata', 'Jl. Eka Rasmi', 'Jl. Luku', 'Jl. Pintu Air', 'Jl. Karya Jaya', 'Jl. Brigjend Zein Hamid', 'Jl. Titi Kuning', 'Jl. Bunga Turi'] },
  'Medan Marelan': { w: 6, mix: { malay: 3, java: 2, chinese: 0.3 }, streets: ['Jl. Marelan Raya', 'Jl. Pasar IV Barat', 'Jl. Kapten Rahmad Buddin', 'Jl. Paya Pasir', 'Jl. Young Panah Hijau', 'Jl. Titi Pahlawan'] },
  'Medan Labuhan': { w: 4, mix: { malay: 3, chinese: 0.3 }, streets: ['Jl. KL Yos Sudarso Km. 15', 'Jl. Pekan Labuhan', 'Jl. Martubung', 'Jl. Kolonel Bejo', 'Jl. Sei Mati'] },
  'Medan Tembung': { w: 13, mix: { java: 2, chinese: 0.5 }, streets: ['Jl. Letda Sujono', 'Jl. Pasar VII', 'Jl. Pasar III', 'Jl. Bersama', 'Jl. Bhayangkara', 'Jl. Sidorukun', 'Jl. Cucak Rawa', 'Jl. Tuasan', 'Jl. Pukat Banting'] },
  'Medan Maimun': { w: 3, mix: { malay: 3, chinese: 3 }, streets: ['Jl. Brigjend Katamso', 'Jl. Masjid Raya', 'Jl. Mantri', 'Jl. Kejaksaan', 'Jl. Multatuli', 'Jl. Sei Deli'] },
  'Medan Polonia': { w: 2, mix: { tamil: 15, chinese: 2 }, streets: ['Jl. Imam Bonjol', 'Jl. Starban', 'Jl. Polonia', 'Jl. Teuku Cik Ditiro', 'Jl. Padang Golf', 'Jl. Zainul Arifin'] },
  'Medan Baru': { w: 2, mix: { chinese: 3, karo: 1.5 }, streets: ['Jl. Gajah Mada', 'Jl. Dr. Mansyur', 'Jl. Abdullah Lubis', 'Jl. Hasanuddin', 'Jl. Sei Padang', 'Jl. Darat'] },
  'Medan Perjuangan': { w: 5, mix: { toba: 1.5, minang: 1.5 }, streets: ['Jl. Pelita II', 'Jl. Pelita IV', 'Jl. Sentosa Lama', 'Jl. Perjuangan', 'Jl. Prof. HM Yamin', 'Jl. Aksara', 'Jl. Gurilla'] },
  'Medan Petisah': { w: 3, mix: { chinese: 3, tamil: 5 }, streets: ['Jl. Gatot Subroto', 'Jl. Sei Putih', 'Jl. Sekip', 'Jl. Iskandar Muda', 'Jl. Rotan', 'Jl. Nibung Raya', 'Jl. Mojopahit'] },
  'Medan Timur': { w: 4, mix: { java: 1.3, chinese: 1.5 }, streets: ['Jl. Bilal', 'Jl. Krakatau', 'Jl. Gaharu', 'Jl. Perintis Kemerdekaan', 'Jl. Timor', 'Jl. Sutomo Ujung'] },
  'Medan Selayang': { w: 4, mix: { karo: 3, toba: 1.5 }, streets: ['Jl. Setia Budi', 'Jl. Bunga Cempaka', 'Jl. Jamin Ginting Km. 8', 'Jl. Harmonika', 'Jl. Sembada', 'Jl. Ngumban Surbakti'] },
};
const GANGS = [
  'Gg. Sado',
  'Gg. Mesjid',
  'Gg. Keluarga',
  'Gg. Sepakat',
  'Gg. Rukun',
  'Gg. Bersama',
  'Gg. Amal',
  'Gg. Ikhlas',
  'Gg. Damai',
  'Gg. Saudara',
  'Gg. Sederhana',
  'Gg. Pribadi',
  'Gg. Melati',
  'Gg. Mawar',
  'Gg. Sehat',
  'Gg. Horas',
  'Gg. Langgar',
  'Gg. Famili',
];

function buildCity() {
  const regencies = new Map(areaRows('regencies.csv').map(([code, , name]) => [code, name]));
  if (regencies.get(REGION) !== 'Kota Medan') fail(`${REGION} is not Kota Medan`);
  if (regencies.get('12.07') !== 'Kabupaten Deli Serdang' || regencies.get('12.75') !== 'Kota Binjai')
    fail('12.07/12.75 are not Deli Serdang/Binjai');
  const districts = areaRows('districts.csv');
  const villages = areaRows('villages.csv');
  const kecs = districts
    .filter(([, regency]) => regency === REGION)
    .map(([code, , name]) => {
      const info = KEC_INFO[name] ?? fail(`no info for kecamatan ${name}`);
      return { code, suffix: code.slice(6), name, short: name.replace(/^Medan /, ''), ...info, kels: [] };
    });
  if (kecs.length !== 21) fail(`Medan has ${kecs.length} kecamatan, expected 21`);
  const byCode = new Map(kecs.map((k) => [k.code, k]));
  for (const [code, district, name] of villages) {
    const kec = byCode.get(district);
    if (!kec) continue;
    if (!code.slice(9).startsWith('1')) fail(`${name} in Medan is not a kelurahan`);
    kec.kels.push({ code, name, kec, lingk: 0 });
  }
  const kels = kecs.flatMap((k) => k.kels);
  if (kels.length !== 151) fail(`Medan has ${kels.length} kelurahan, expected 151`);
  for (const kel of kels) kel.twin = kels.some((o) => o !== kel && o.name === kel.name);
  if (!kels.some((k) => k.name === 'Binjai' && k.kec.name === 'Medan Denai')) fail('no kelurahan Binjai');
  // Outside, next to the border: villages of Deli Serdang's kecamatan around Medan, and Kota Binjai.
  const outsideKecs = new Map(
    districts.filter(([, r]) => r === '12.07' || r === '12.75').map(([code, r, name]) => [code, { name, r }]),
  );
  // Every village of the province outside Medan, folded: a written variant of a Medan kelurahan that is
  // another place's exact name is never used (the list's own name always is).
  const elsewhere = new Set(
    villages.filter(([code]) => !code.startsWith(`${REGION}.`)).map(([, , name]) => fold(name)),
  );
  for (const kel of kels) {
    const own = KEL_SPELLINGS[kel.name] ?? [[kel.name, 1]];
    kel.forms = own.filter(([form]) => fold(form) === fold(kel.name) || !elsewhere.has(fold(form)));
    kel.allowed = (form) => fold(form) === fold(kel.name) || !elsewhere.has(fold(form));
  }
  const outside = [];
  for (const [code, district, name] of villages) {
    const d = outsideKecs.get(district);
    if (!d) continue;
    if (!BORDER_KECS.includes(d.name)) continue;
    outside.push({
      code,
      name,
      kecName: d.name,
      binjai: d.r === '12.75',
      desa: code.slice(9).startsWith('2'),
    });
  }
  return { kecs, kels, outside };
}

// Deli Serdang kecamatan touching Medan, and Kota Binjai's; the first six are named like nothing in Medan.
const SAFE_OUTSIDE_KECS = [
  'Percut Sei Tuan',
  'Tanjung Morawa',
  'Pancur Batu',
  'Deli Tua',
  'Patumbak',
  'Hamparan Perak',
];
const BORDER_KECS = [
  ...SAFE_OUTSIDE_KECS,
  'Sunggal',
  'Labuhan Deli',
  'Namo Rambe',
  'Binjai Utara',
  'Binjai Kota',
  'Binjai Barat',
  'Binjai Timur',
  'Binjai Selatan',
];

// How offices write a kelurahan: the list's own abbreviations next to the names people use.
// biome-ignore format: data table
const KEL_SPELLINGS = {
  'P Berayan Darat I': [['Pulo Brayan Darat I', 5], ['P. Brayan Darat I', 2], ['Pulo Berayan Darat I', 2], ['P Berayan Darat I', 1]],
  'P Berayan Darat II': [['Pulo Brayan Darat II', 5], ['P. Brayan Darat II', 2], ['Pulo Berayan Darat II', 2], ['P Berayan Darat II', 1]],
  'P Berayan Bengkel': [['Pulo Brayan Bengkel', 5], ['P. Brayan Bengkel', 2], ['P Berayan Bengkel', 1]],
  'PB Bengkel Baru': [['Pulo Brayan Bengkel Baru', 5], ['P. Brayan Bengkel Baru', 2], ['PB Bengkel Baru', 1]],
  'Pulo Berayan Kota': [['Pulo Brayan Kota', 5], ['P. Brayan Kota', 2], ['Pulo Berayan Kota', 2]],
  'S. Rengas Permata': [['Sei Rengas Permata', 5], ['Sungai Rengas Permata', 2], ['S. Rengas Permata', 1]],
  'Tegal S Mandala I': [['Tegal Sari Mandala I', 5], ['Tegalsari Mandala I', 2], ['Tegal Sari Mandala 1', 1], ['Tegal S Mandala I', 1]],
  'Tegal S Mandala II': [['Tegal Sari Mandala II', 5], ['Tegalsari Mandala II', 2], ['Tegal Sari Mandala 2', 1], ['Tegal S Mandala II', 1]],
  'Tegal S Mandala III': [['Tegal Sari Mandala III', 5], ['Tegalsari Mandala III', 2], ['Tegal S Mandala III', 1]],
  'P Bulan Selayang I': [['Padang Bulan Selayang I', 5], ['P. Bulan Selayang I', 2], ['P Bulan Selayang I', 1]],
  'P Bulan Selayang II': [['Padang Bulan Selayang II', 5], ['P. Bulan Selayang II', 2], ['P Bulan Selayang II', 1]],
  'Sudirejo 1': [['Sudirejo I', 5], ['Sudirejo 1', 2]],
  'Kotamatsum III': [['Kota Matsum III', 5], ['Kotamatsum III', 2]],
  'Kota Matsum I': [['Kota Matsum I', 5], ['Kotamatsum I', 1]],
  'Kota Matsum II': [['Kota Matsum II', 5], ['Kotamatsum II', 1]],
  'Kota Matsum IV': [['Kota Matsum IV', 5], ['Kotamatsum IV', 1]],
  'Tanjung Mulya': [['Tanjung Mulia', 4], ['Tanjung Mulya', 2], ['Tj. Mulia', 1]],
  Tanjungsari: [['Tanjung Sari', 4], ['Tanjungsari', 3], ['Tj. Sari', 1]],
  'Sei Sikambing C II': [['Sei Sikambing C II', 4], ['Sei Sikambing C-II', 2], ['Sei Sikambing C.II', 1]],
  Laucih: [['Lau Cih', 3], ['Laucih', 2]],
  'Titi Rante': [['Titi Rantai', 3], ['Titi Rante', 2]],
  Mesjid: [['Mesjid', 4], ['Masjid', 1]],
  'Sukaramai I': [['Sukaramai I', 4], ['Suka Ramai I', 1], ['Sukaramai 1', 1]],
  'Sukaramai II': [['Sukaramai II', 4], ['Suka Ramai II', 1], ['Sukaramai 2', 1]],
  'Suka Maju': [['Suka Maju', 3], ['Sukamaju', 2]],
  'Kampung Baru': [['Kampung Baru', 4], ['Kp. Baru', 1]],
  'Glugur Darat I': [['Glugur Darat I', 4], ['Glugur Darat 1', 1]],
  'Sitirejo I': [['Sitirejo I', 4], ['Siti Rejo I', 1]],
};
// Short or common-word names: offices always mark them ("Kel. Besar") when they sit inside an address.
const PLAIN_WORD_KELS = new Set([
  'Besar',
  'Aur',
  'Jati',
  'Darat',
  'Durian',
  'Mangga',
  'Lalang',
  'Terjun',
  'Hamdan',
  'Mesjid',
  'Merdeka',
  'Pahlawan',
  'Beringin',
  'Perintis',
  'Gaharu',
  'Sekip',
  'Silalas',
  'Bantan',
  'Denai',
  'Binjai',
  'Polonia',
  'Anggrung',
  'Sunggal',
  'Sidodadi',
  'Sidorejo',
  'Sukaraja',
  'Tembung',
  'Amplas',
  'Helvetia',
  'Mabar',
  'Babura',
  'Kesawan',
  'Sempakata',
  'Martubung',
  'Tangkahan',
  'Sidomulyo',
  'Mesjid',
  'Tegalrejo',
  'Perintis',
  'Kemenangan Tani',
  'Madras Hulu',
  'Namo Gajah',
]);

/** A place name folded for comparison: abbreviations spelled out, numerals as roman, letters only. */
function fold(name) {
  return name
    .toLowerCase()
    .replace(/\btj\.\s*/g, 'tanjung ')
    .replace(/\bp\.\s*/g, 'pulo ')
    .replace(/\bpsr?\.\s*/g, 'pasar ')
    .replace(/\bbdr\.\s*/g, 'bandar ')
    .replace(/\bkp\.\s*/g, 'kampung ')
    .replace(/\bsungai\b/g, 'sei')
    .replace(/\b[1-4]\b/g, (n) => ROMAN[Number(n)].toLowerCase())
    .replace(/[^a-z]/g, '');
}

/** One written form of a kelurahan's name. */
function kelSpelled(r, kel) {
  const own = KEL_SPELLINGS[kel.name];
  let s = r.pickW(kel.forms);
  if (!own) {
    if (s.startsWith('Sei ') && r.chance(0.12)) s = s.replace(/^Sei /, 'Sungai ');
    else if (s.startsWith('Tanjung ') && r.chance(0.25)) s = s.replace(/^Tanjung /, 'Tj. ');
    else if (s.startsWith('Pasar ') && r.chance(0.25)) s = s.replace(/^Pasar /, r.pick(['Ps. ', 'Psr. ']));
    else if (s.startsWith('Bandar ') && r.chance(0.15)) s = s.replace(/^Bandar /, 'Bdr. ');
    else if (/ (I|II|III|IV)$/.test(s) && r.chance(0.12))
      s = s.replace(/ (I|II|III|IV)$/, (_m, n) => ` ${ROMAN.indexOf(n)}`);
  }
  return kel.allowed(s) ? s : kel.name;
}

/** One written form of a kecamatan ("Medan Johor", "Mdn Johor", "Johor"). */
const BARE_OK = new Set([
  'Johor',
  'Amplas',
  'Tembung',
  'Helvetia',
  'Denai',
  'Petisah',
  'Perjuangan',
  'Selayang',
  'Marelan',
  'Belawan',
  'Maimun',
  'Polonia',
]);
function kecSpelled(r, kec, { bare = 0.1, mdn = 0.07 } = {}) {
  if (BARE_OK.has(kec.short) && r.chance(bare)) return kec.short;
  if (r.chance(mdn)) return `Mdn ${kec.short}`;
  return kec.name;
}

function lingkSpelled(r, n, inColumn = false) {
  const rom = ROMAN[n];
  if (inColumn)
    return r.pickW([
      [rom, 4],
      [String(n), 4],
      [two(n), 1],
      [`Ling. ${rom}`, 1],
      [`Lk. ${n}`, 1],
      [`Lingk. ${n}`, 1],
    ]);
  return r.pickW([
    [`Ling. ${rom}`, 4],
    [`Lingk. ${n}`, 3],
    [`Lingkungan ${rom}`, 2],
    [`Lk. ${n}`, 3],
    [`Link. ${n}`, 1],
    [`LK.${rom}`, 1],
    [`Lingk.${rom}`, 1],
    [`Ling ${n}`, 1],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Names of Medan

// The city's base mix of origins; each kecamatan multiplies it (KEC_INFO.mix).
const BASE_MIX = { toba: 22, mandailing: 15, karo: 7, malay: 12, minang: 6, java: 21, chinese: 11, tamil: 1 };
const MUSLIM = {
  mandailing: 1,
  malay: 1,
  minang: 1,
  java: 0.93,
  karo: 0.2,
  tamil: 0.3,
  toba: 0.03,
  chinese: 0.02,
};

// biome-ignore format: data table
const W_GIVEN = {
  toba: ['Rosmawati', 'Lasma', 'Tiurma', 'Rotua', 'Tiominar', 'Dormauli', 'Rosdiana', 'Marintan', 'Lamria', 'Hotmaida', 'Tiarma', 'Sondang', 'Rumondang', 'Masniari', 'Roslina', 'Sarma', 'Juliana', 'Rosita', 'Mariani', 'Hotnida', 'Nelly', 'Martha', 'Debora', 'Lenny', 'Risma', 'Rugun', 'Tetty', 'Lisbet', 'Romauli', 'Nurcahaya', 'Friska', 'Melva', 'Dameria', 'Rosliana', 'Pesta', 'Erna', 'Hotma', 'Ruslina', 'Nurmaida', 'Lince', 'Jojor', 'Ramida', 'Saurma', 'Lamtiur', 'Hotmauli', 'Tiolina', 'Rosida', 'Nurhaida'],
  mandailing: ['Siti Aisyah', 'Nurhabibah', 'Masdalifah', 'Rahmadani', 'Fitriani', 'Nur Aisyah', 'Khairani', 'Mardiah', 'Nurliana', 'Ummi Kalsum', 'Saripah', 'Nurjannah', 'Zubaidah', 'Syafrida', 'Rosnani', 'Asmidar', 'Nur Hasanah', 'Derliana', 'Risnawati', 'Fatimah', 'Maimunah', 'Halimah', 'Nur Ainun', 'Sakinah', 'Nurhalimah', 'Rosmaini', 'Mawarni', 'Yusniar', 'Rahmah', 'Nurbaiti', 'Asnah', 'Nur’aini', 'Ma’rifah'],
  karo: ['Rehulina', 'Malem', 'Seri Ulina', 'Tiolina', 'Juita', 'Ersada', 'Rosdelina', 'Rasmi', 'Ita', 'Mbayang', 'Rosmalina', 'Riahta', 'Sri Ulina', 'Nurmalem', 'Merry', 'Elisabeth', 'Rudang', 'Ngasup', 'Eva', 'Kristina'],
  malay: ['Nurhayati', 'Syarifah', 'Nurlela', 'Rohani', 'Zuraidah', 'Fauziah', 'Mariana', 'Rosmiati', 'Hasnah', 'Salmah', 'Juliani', 'Ratna Sari', 'Sri Rahayu', 'Nurmaliah', 'Rosmidah', 'Aminah', 'Zainab', 'Hamidah', 'Jamilah', 'Rahmawati', 'Nurul Hidayah', 'Khadijah', 'Siti Rohana', 'Latifah', 'Norma', 'Yusnita', 'Siti Aisyah', 'Nurhayati'],
  minang: ['Nurmaini', 'Yusnidar', 'Rosmaniar', 'Ernita', 'Yulia Fitri', 'Desmawati', 'Elvi Yanti', 'Nofrita', 'Yenni Marlina', 'Rita Zahara', 'Nurlaili', 'Asmaniar', 'Erni Wati', 'Yusmaniar', 'Darnis'],
  java: ['Sri Wahyuni', 'Suryani', 'Sumiati', 'Tugiyem', 'Ponirah', 'Sutini', 'Paini', 'Wagiyem', 'Sri Rejeki', 'Dwi Astuti', 'Endang Susilawati', 'Tri Wulandari', 'Sriyani', 'Suwarni', 'Marsini', 'Paijem', 'Ngatini', 'Sulastri', 'Sumarni', 'Tumini', 'Suprapti', 'Kasmini', 'Siti Khotijah', 'Rukmini', 'Wartini', 'Jumiati', 'Lestari', 'Ratna Dewi', 'Yuli Astuti', 'Rini Susanti', 'Nurhayati', 'Siti Aminah'],
  chinese: ['Lily', 'Susanti', 'Mely', 'Lina', 'Yenni', 'Lenny', 'Fransiska', 'Meiliana', 'Erlina', 'Siska', 'Herlina', 'Suryani', 'Linda', 'Merry', 'Wenny', 'Elvi', 'Vivi', 'Lisa', 'Jenny', 'Rosalina', 'Hartati', 'Sherly', 'Megawati', 'Lanny'],
  tamil: ['Sarojini', 'Meenakshi', 'Kamala Devi', 'Parvathi', 'Lakshmi', 'Selvi', 'Sumathi', 'Vasanthi', 'Rajeswari'],
};
// biome-ignore format: data table
const MARGA = {
  toba: ['Siregar', 'Simanjuntak', 'Sitorus', 'Hutagalung', 'Nainggolan', 'Situmorang', 'Pardede', 'Manurung', 'Simatupang', 'Panjaitan', 'Sinaga', 'Silalahi', 'Napitupulu', 'Hutapea', 'Tambunan', 'Sihombing', 'Lumbantobing', 'Sianturi', 'Aritonang', 'Sibarani', 'Hutabarat', 'Marpaung', 'Sitompul', 'Siahaan', 'Gultom', 'Pasaribu', 'Tampubolon', 'Simbolon', 'Sirait', 'Samosir', 'Saragih', 'Damanik', 'Purba'],
  mandailing: ['Lubis', 'Nasution', 'Harahap', 'Hasibuan', 'Daulay', 'Rangkuti', 'Pulungan', 'Batubara', 'Dalimunthe', 'Ritonga', 'Pohan', 'Matondang', 'Siregar', 'Tanjung', 'Parinduri', 'Rambe'],
  karo: ['Ginting', 'Sembiring', 'Tarigan', 'Perangin-angin', 'Karo-karo', 'Sitepu', 'Barus', 'Surbakti', 'Bangun', 'Sinulingga', 'Kaban', 'Sebayang', 'Meliala', 'Pelawi'],
};
// biome-ignore format: data table
const CHINESE_FAMILY = ['Halim', 'Wijaya', 'Tanoto', 'Gunawan', 'Tan', 'Lim', 'Chandra', 'Kurniawan', 'Sutanto', 'Hartono', 'Lukito', 'Tanjaya', 'Salim', 'Tanuwijaya', 'Santoso', 'Widjaja'];
const CHINESE_SURNAME = [
  'Tan',
  'Lim',
  'Ong',
  'Lie',
  'Tjoa',
  'Ng',
  'Kwee',
  'Tjong',
  'Lo',
  'Chai',
  'Oei',
  'Go',
  'Khoo',
];
// biome-ignore format: data table
const CHINESE_SYLLABLE = ['Mei', 'Siu', 'Lay', 'Bee', 'Swie', 'Ai', 'Lian', 'Hoa', 'Fong', 'Hwa', 'Lee', 'Moi', 'Lan', 'Hiang', 'Swee', 'Lin', 'Kim', 'Eng', 'Hoon', 'Choo', 'Ling', 'Giok', 'Cu'];
// biome-ignore format: data table
const M_GIVEN = {
  toba: ['Jonggi', 'Marolop', 'Parlindungan', 'Togar', 'Bonar', 'Hotman', 'Tumpal', 'Poltak', 'Sahat', 'Mangapul', 'Binsar', 'Saut', 'Maruli', 'Parulian', 'Janter', 'Robert', 'Jhonson', 'Freddy', 'Hasudungan', 'Martua', 'Lamhot', 'Rikson'],
  mandailing: ['Ahmad', 'Muhammad Yusuf', 'Irwansyah', 'Syahrial', 'Zulkarnain', 'Rahmat', 'Khairul Anwar', 'Amiruddin', 'Baharuddin', 'Mhd. Ridwan', 'Syaiful'],
  karo: ['Petrus', 'Ngapuli', 'Benhur', 'Jusup', 'Darwin', 'Ukur', 'Nehemia', 'Erwin', 'Malem Pagi'],
  malay: ['Abdul Rahman', 'Syahrul', 'Zulkifli', 'Rizal', 'Hendra', 'Azhar', 'Hasanuddin', 'Iskandar', 'Syamsul Bahri'],
  minang: ['Zulfahmi', 'Afrizal', 'Yusrizal', 'Syafrizal', 'Darmawan', 'Edi Suhendra'],
  java: ['Sugeng', 'Paimin', 'Suparno', 'Slamet Riyadi', 'Joko Susilo', 'Bambang Sutrisno', 'Sutrisno', 'Wagimin', 'Sumardi', 'Tukiman', 'Ponijo', 'Agus Salim'],
  chinese: ['Hendra', 'Johan', 'Budi', 'Rudy', 'Ricky', 'Eddy', 'Sutrisno', 'Awi', 'Ahok', 'Tommy'],
  tamil: ['Rajan', 'Kumar', 'Murugan', 'Selvam'],
};
// Short names and the forms of address people use ("Kak Ros", "Mak Ijah", "Ci Mei").
const NICK_OVERRIDE = {
  'Siti Aisyah': 'Ecah',
  Nurhayati: 'Yati',
  'Sri Wahyuni': 'Yuni',
  Rosmawati: 'Ros',
  Tiurma: 'Tiur',
  Nurhabibah: 'Bibah',
  Masdalifah: 'Ifah',
  'Ummi Kalsum': 'Ummi',
  Rehulina: 'Ulina',
};
const ADDRESS = {
  toba: ['Inang', 'Kak', 'Mak', 'Bu'],
  karo: ['Nande', 'Kak', 'Bu'],
  mandailing: ['Kak', 'Mak', 'Bu', 'Umak'],
  malay: ['Kak', 'Mak', 'Bu', 'Wak'],
  minang: ['Uni', 'Kak', 'Bu'],
  java: ['Bu', 'Mbak', 'Mak', 'Kak'],
  chinese: ['Ci', 'Kak', 'Bu'],
  tamil: ['Kak', 'Bu'],
};

function nickOf(given) {
  if (NICK_OVERRIDE[given]) return NICK_OVERRIDE[given];
  const [first, second] = given.split(' ');
  return ['Siti', 'Sri', 'Nur', 'Dwi', 'Tri'].includes(first) && second ? second : first.replace(/’.*/, '');
}

// ---------------------------------------------------------------------------------------------------
// Trades of Medan's home industries: how each office writes the product, P-IRT food type, turnover

// words: [DP3A/PKK form, Dinkop form, forms answer ...]; products: P-IRT product names; food: P-IRT type
// biome-ignore format: data table
const TRADES = {
  bika: { words: ['Bika Ambon', 'Kue Bika', 'bika ambon', 'Bika Ambon Medan'], dinkop: 'MAKANAN (BIKA AMBON)', food: '06', products: ['Bika Ambon Original', 'Bika Ambon Pandan', 'Bika Ambon Durian', 'Bika Ambon Keju'], omzet: 9e6, brand: 'Bika Ambon' },
  bolu: { words: ['Bolu Meranti', 'Bolu Gulung', 'bolu gulung', 'Kue Bolu'], dinkop: 'MAKANAN (BOLU GULUNG)', food: '06', products: ['Bolu Gulung Keju', 'Bolu Gulung Coklat', 'Bolu Gulung Srikaya', 'Bolu Pandan'], omzet: 8e6, brand: 'Bolu Gulung' },
  lapis: { words: ['Kue Lapis Legit', 'Lapis Legit', 'lapis legit', 'Kue Lapis'], dinkop: 'MAKANAN (LAPIS LEGIT)', food: '06', products: ['Lapis Legit Original', 'Lapis Legit Prunes', 'Lapis Surabaya', 'Lapis Legit Keju'], omzet: 1.2e7, brand: 'Lapis Legit' },
  pisang: { words: ['Keripik Pisang', 'Kripik Pisang', 'keripik pisang', 'Sale Pisang'], dinkop: 'MAKANAN RINGAN (KERIPIK PISANG)', food: '14', products: ['Keripik Pisang Manis', 'Keripik Pisang Asin', 'Keripik Pisang Coklat'], omzet: 3e6, brand: 'Keripik Pisang' },
  teri: { words: ['Teri Medan', 'Teri Kacang', 'teri medan', 'Ikan Teri Crispy'], dinkop: 'OLAHAN IKAN (TERI MEDAN)', food: '02', products: ['Teri Kacang Pedas', 'Teri Medan Crispy', 'Teri Balado'], omzet: 6e6, brand: 'Teri Medan' },
  markisa: { words: ['Sirup Markisa', 'Markisa', 'sirup markisa', 'Minuman Markisa'], dinkop: 'MINUMAN (SIRUP MARKISA)', food: '13', products: ['Sirup Markisa 630 ml', 'Sirup Markisa Kuning', 'Sari Markisa'], omzet: 7e6, brand: 'Markisa' },
  dodol: { words: ['Dodol', 'Dodol Durian', 'dodol', 'Dodol Pulut'], dinkop: 'MAKANAN (DODOL)', food: '09', products: ['Dodol Durian', 'Dodol Pulut Hitam', 'Dodol Nanas'], omzet: 4e6, brand: 'Dodol' },
  ulos: { words: ['Tenun Ulos', 'Ulos', 'bertenun ulos', 'Kerajinan Ulos'], dinkop: 'KERAJINAN (TENUN ULOS)', food: null, omzet: 5e6, brand: 'Ulos' },
  songket: { words: ['Tenun Songket', 'Songket', 'songket melayu', 'Kain Songket'], dinkop: 'KERAJINAN (SONGKET)', food: null, omzet: 7e6, brand: 'Songket' },
  kopi: { words: ['Kopi Bubuk', 'Kopi', 'kopi bubuk', 'Kopi Robusta'], dinkop: 'MINUMAN (KOPI BUBUK)', food: '10', products: ['Kopi Bubuk Robusta', 'Kopi Bubuk Arabika', 'Kopi Sidikalang'], omzet: 6e6, brand: 'Kopi' },
  andaliman: { words: ['Sambal Andaliman', 'Sambal', 'sambal andaliman', 'Sambal Tuktuk'], dinkop: 'MAKANAN (SAMBAL ANDALIMAN)', food: '11', products: ['Sambal Andaliman', 'Sambal Tuktuk Andaliman', 'Sambal Teri Andaliman'], omzet: 4e6, brand: 'Sambal Andaliman' },
  bawang: { words: ['Kue Bawang', 'Kue Bawang Renyah', 'kue bawang', 'Kue Bawang Gurih'], dinkop: 'MAKANAN RINGAN (KUE BAWANG)', food: '06', products: ['Kue Bawang Original', 'Kue Bawang Pedas'], omzet: 3.5e6, brand: 'Kue Bawang' },
  rendang: { words: ['Rendang', 'Rendang Daging', 'rendang', 'Rendang Kemasan'], dinkop: 'MAKANAN (RENDANG)', food: '01', products: ['Rendang Daging Sapi', 'Rendang Paru', 'Rendang Kentang'], omzet: 1e7, brand: 'Rendang' },
  sihobuk: { words: ['Kacang Sihobuk', 'Kacang Tojin', 'kacang sihobuk', 'Kacang Goreng'], dinkop: 'MAKANAN RINGAN (KACANG SIHOBUK)', food: '15', products: ['Kacang Sihobuk', 'Kacang Tojin Sangrai'], omzet: 3e6, brand: 'Kacang Sihobuk' },
  ketawa: { words: ['Roti Ketawa', 'Kue Ketawa', 'roti ketawa', 'Onde Ketawa'], dinkop: 'MAKANAN RINGAN (ROTI KETAWA)', food: '06', products: ['Roti Ketawa Wijen', 'Roti Ketawa Mini'], omzet: 3.5e6, brand: 'Roti Ketawa' },
  jahit: { words: ['Jahit', 'Konveksi', 'jahit baju', 'Penjahit Pakaian'], dinkop: 'KONVEKSI / JAHIT', food: null, omzet: 4.5e6, brand: 'Jahit' },
  jangek: { words: ['Kerupuk Jangek', 'Kerupuk Kulit', 'kerupuk jangek', 'Jangek'], dinkop: 'MAKANAN RINGAN (KERUPUK JANGEK)', food: '01', products: ['Kerupuk Jangek Sapi', 'Kerupuk Kulit Pedas'], omzet: 4e6, brand: 'Kerupuk Jangek' },
  tempe: { words: ['Keripik Tempe', 'Tempe', 'keripik tempe', 'Kripik Tempe'], dinkop: 'MAKANAN RINGAN (KERIPIK TEMPE)', food: '15', products: ['Keripik Tempe Original', 'Keripik Tempe Balado'], omzet: 3e6, brand: 'Keripik Tempe' },
  kering: { words: ['Kue Kering', 'Kue Bangkit', 'kue kering', 'Kue Kering Lebaran'], dinkop: 'MAKANAN (KUE KERING)', food: '06', products: ['Kue Bangkit', 'Nastar', 'Kue Semprit', 'Putri Salju'], omzet: 5e6, brand: 'Kue Kering' },
  manik: { words: ['Kerajinan Manik', 'Manik-manik', 'aksesoris manik', 'Kerajinan Tangan'], dinkop: 'KERAJINAN (MANIK-MANIK)', food: null, omzet: 2.5e6, brand: 'Manik' },
  lemang: { words: ['Lemang', 'Lemang Pulut', 'lemang', 'Lemang Tapai'], dinkop: 'MAKANAN (LEMANG)', food: '06', products: ['Lemang Pulut', 'Lemang Pulut Hitam'], omzet: 5e6, brand: 'Lemang' },
};
// biome-ignore format: data table
const TRADE_MIX = {
  toba: [['ulos', 6], ['andaliman', 5], ['kopi', 4], ['sihobuk', 4], ['bika', 3], ['jahit', 3], ['bolu', 2], ['lapis', 1], ['markisa', 2]],
  karo: [['kopi', 5], ['manik', 4], ['jahit', 3], ['andaliman', 3], ['pisang', 2], ['markisa', 2]],
  mandailing: [['dodol', 4], ['rendang', 3], ['bawang', 3], ['bika', 3], ['kering', 4], ['lemang', 2], ['pisang', 2], ['jahit', 2]],
  malay: [['songket', 4], ['teri', 5], ['dodol', 3], ['lemang', 3], ['bawang', 3], ['kering', 3], ['rendang', 2]],
  minang: [['rendang', 6], ['jangek', 5], ['pisang', 3], ['kering', 3], ['jahit', 2]],
  java: [['tempe', 6], ['pisang', 4], ['jahit', 4], ['kering', 4], ['teri', 2], ['bika', 2], ['markisa', 2]],
  chinese: [['lapis', 6], ['bolu', 6], ['bika', 5], ['ketawa', 5], ['bawang', 3], ['markisa', 2]],
  tamil: [['kering', 4], ['jahit', 3], ['bawang', 2]],
};

// ---------------------------------------------------------------------------------------------------
// Population: women owners in households, their husbands, look-alikes

const PHONE_HEADS = [
  '0811',
  '0812',
  '0813',
  '0821',
  '0822',
  '0823',
  '0852',
  '0853',
  '0815',
  '0816',
  '0856',
  '0857',
  '0858',
  '0817',
  '0818',
  '0819',
  '0877',
  '0878',
  '0895',
  '0896',
  '0813',
  '0812',
  '0822',
  '0852',
];
// NIKs first registered outside the city (people living in Medan now): Deli Serdang, Tapanuli Utara, Toba,
// Karo, Simalungun, Mandailing Natal, Binjai.
const OTHER_NIK_REGIONS = ['1207', '1207', '1202', '1212', '1206', '1208', '1213', '1275'];

const daysIn = (y, m) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function makeNik(r, used, regionDigits, kecSuffix, birth, gender) {
  const day = birth.d + (gender === 'P' ? 40 : 0);
  for (;;) {
    const serial = String(r.range(1, 2400)).padStart(4, '0');
    const nik = `${regionDigits}${kecSuffix}${two(day)}${two(birth.m)}${two(birth.y % 100)}${serial}`;
    if (!used.has(nik)) {
      used.add(nik);
      return nik;
    }
  }
}

function makePhone(r, used) {
  for (;;) {
    const head = r.pick(PHONE_HEADS);
    const phone = `${head}${String(r.range(1000000, 99999999)).padStart(r.chance(0.7) ? 8 : 7, '0')}`;
    if (!used.has(phone)) {
      used.add(phone);
      return phone;
    }
  }
}

function birthIn(r, y0, y1) {
  const y = r.range(y0, y1);
  const m = r.range(1, 12);
  return { y, m, d: r.range(1, daysIn(y, m)) };
}

function pickGroup(r, kec) {
  return r.pickW(Object.entries(BASE_MIX).map(([g, w]) => [g, w * (kec.mix[g] ?? 1)]));
}

function pickKel(r, kec) {
  return r.pick(kec.kels);
}

function newHome(r, kel) {
  const streets = kel.kec.streets;
  return {
    kel,
    lingk: r.range(1, kel.lingk),
    street: r.pick(streets),
    gang: r.chance(0.4) ? r.pick(GANGS) : null,
    no: `${r.range(1, 180)}${r.chance(0.08) ? r.pick(['A', 'B', '-A', '/B']) : ''}`,
  };
}

class People {
  constructor(city) {
    this.city = city;
    this.people = [];
    this.businesses = [];
    this.niks = new Set();
    this.phones = new Set();
    this.r = rng('people');
  }
  person({ group, gender = 'P', home, birth, given = null, marga = undefined, role = 'owner', unit = null }) {
    const r = this.r;
    const p = {
      key: `P${String(this.people.length + 1).padStart(4, '0')}`,
      group,
      gender,
      role,
      unit,
      home,
      birth,
      muslim: r.chance(MUSLIM[group]),
      businesses: [],
      husband: null,
    };
    const names = gender === 'P' ? W_GIVEN : M_GIVEN;
    p.given = given ?? r.pick(names[group]);
    if (group === 'chinese') {
      p.marga = marga ?? r.pick(CHINESE_FAMILY);
      p.chineseName = r.chance(0.55)
        ? `${r.pick(CHINESE_SURNAME)} ${r.pick(CHINESE_SYLLABLE)} ${r.pick(CHINESE_SYLLABLE)}`
        : null;
      if (p.chineseName && p.chineseName.split(' ')[1] === p.chineseName.split(' ')[2])
        p.chineseName = `${p.chineseName.split(' ').slice(0, 2).join(' ')} Lan`;
    } else if (MARGA[group]) p.marga = marga === undefined ? r.pick(MARGA[group]) : marga;
    else p.marga = null;
    // Batak Toba and Karo women carry "br." in their KTP name; Mandailing women mostly do not.
    p.boru =
      gender === 'P' &&
      p.marga &&
      (group === 'toba' || group === 'karo' || (group === 'mandailing' && r.chance(0.2)));
    p.tamilFather = group === 'tamil' && r.chance(0.4) ? r.pick(M_GIVEN.tamil) : null;
    p.hajjah = p.muslim && gender === 'P' && birth.y < 1975 && r.chance(0.25);
    p.teacher = gender === 'P' && r.chance(0.05);
    p.nick = nickOf(p.given);
    const kecSuffix = r.chance(0.9) ? home.kel.kec.suffix : r.pick(this.city.kecs).suffix;
    const otherRegion = r.chance(0.065);
    const region = otherRegion ? r.pick(OTHER_NIK_REGIONS) : '1271';
    p.nik = makeNik(r, this.niks, region, otherRegion ? two(r.range(1, 20)) : kecSuffix, birth, gender);
    p.phone = makePhone(r, this.phones);
    p.phone2 = r.chance(0.12) ? makePhone(r, this.phones) : null;
    this.people.push(p);
    return p;
  }
  business(owner, trade) {
    const b = {
      key: `B${String(this.businesses.length + 1).padStart(4, '0')}`,
      owner,
      trade,
      omzet: Math.round((TRADES[trade].omzet * Math.exp(this.r.next() * 1.4 - 0.7)) / 50000) * 50000,
      files: new Set(),
    };
    owner.businesses.push(b);
    this.businesses.push(b);
    return b;
  }
}

function tradeFor(r, p, not = []) {
  const mix = TRADE_MIX[p.group].filter(([t]) => !not.includes(t));
  return r.pickW(mix.length ? mix : [['kering', 1]]);
}

function buildPopulation(city) {
  const pop = new People(city);
  const r = pop.r;
  for (const kel of city.kels) kel.lingk = r.range(6, 18);
  const kecW = city.kecs.map((k) => [k, k.w]);
  const ownerCount = (p, n) => {
    const k =
      n ??
      r.pickW([
        [1, 64],
        [2, 28],
        [3, 8],
      ]);
    const trades = [];
    for (let i = 0; i < k; i++) trades.push(tradeFor(r, p, trades));
    for (const t of trades) pop.business(p, t);
  };
  let unitNo = 0;
  // Mother and daughter at one address, mostly in one trade, each her own business.
  for (let i = 0; i < 30; i++) {
    const kec = r.pickW(kecW);
    const home = newHome(r, pickKel(r, kec));
    const group = r.pickW([
      ['toba', 5],
      ['karo', 2],
      ['mandailing', 3],
      ['malay', 2],
      ['java', 3],
      ['chinese', 3],
      ['minang', 1],
    ]);
    const unit = `MD${++unitNo}`;
    const mother = pop.person({ group, home, birth: birthIn(r, 1952, 1970), role: 'mother', unit });
    const fatherMarga =
      group === 'chinese'
        ? r.pick(CHINESE_FAMILY.filter((m) => m !== mother.marga))
        : MARGA[group]
          ? r.pick(MARGA[group].filter((m) => m !== mother.marga))
          : undefined;
    let given = r.pick(W_GIVEN[group]);
    while (given === mother.given) given = r.pick(W_GIVEN[group]);
    const daughter = pop.person({
      group,
      home,
      birth: birthIn(r, 1985, 2001),
      given,
      marga: fatherMarga,
      role: 'daughter',
      unit,
    });
    mother.husbandMarga = fatherMarga;
    const trade = tradeFor(r, mother);
    pop.business(mother, trade);
    pop.business(daughter, r.chance(0.8) ? trade : tradeFor(r, daughter, [trade]));
    if (r.chance(0.25)) pop.business(mother, tradeFor(r, mother, [trade]));
    daughter.mother = mother;
  }
  // Sisters-in-law: wives of two brothers at one family house, often in one trade, sometimes one given name.
  for (let i = 0; i < 18; i++) {
    const kec = r.pickW(kecW);
    const home = newHome(r, pickKel(r, kec));
    const group = r.pickW([
      ['toba', 6],
      ['karo', 2],
      ['mandailing', 2],
      ['java', 1],
    ]);
    const unit = `IP${++unitNo}`;
    const husbandsMarga = r.pick(MARGA[group] ?? ['']);
    const a = pop.person({ group, home, birth: birthIn(r, 1965, 1988), role: 'inlaw', unit });
    const sameGiven = r.chance(0.35) ? a.given : null;
    const next = r.chance(0.4) ? { ...home, no: `${home.no}A` } : home;
    const margaB = MARGA[group]
      ? r.pick(MARGA[group].filter((m) => m !== a.marga && m !== husbandsMarga))
      : undefined;
    const b = pop.person({
      group,
      home: next,
      birth: birthIn(r, 1965, 1990),
      given: sameGiven,
      marga: margaB,
      role: 'inlaw',
      unit,
    });
    a.husbandMarga = husbandsMarga;
    b.husbandMarga = husbandsMarga;
    const trade = tradeFor(r, a);
    pop.business(a, trade);
    pop.business(b, r.chance(0.7) ? trade : tradeFor(r, b, [trade]));
  }
  // Single owners.
  while (pop.people.length < 600) {
    const kec = r.pickW(kecW);
    const home = newHome(r, pickKel(r, kec));
    const p = pop.person({ group: pickGroup(r, kec), home, birth: birthIn(r, 1958, 1998) });
    ownerCount(p);
  }
  // Namesakes: a second woman of the same full name in the same kecamatan (another kelurahan or lingkungan).
  const singles = r.shuffle(pop.people.filter((p) => p.role === 'owner'));
  for (let i = 0; i < 24; i++) {
    const first = singles[i];
    const kel = r.chance(0.6) ? pickKel(r, first.home.kel.kec) : first.home.kel;
    let home = newHome(r, kel);
    if (kel === first.home.kel && home.lingk === first.home.lingk)
      home = { ...home, lingk: (home.lingk % kel.lingk) + 1 };
    const unit = `NS${++unitNo}`;
    first.unit = unit;
    first.role = 'namesake';
    const twin = pop.person({
      group: first.group,
      home,
      birth: birthIn(r, 1958, 1998),
      given: first.given,
      marga: first.marga,
      role: 'namesake',
      unit,
    });
    if (first.group === 'chinese') twin.chineseName = null;
    twin.boru = first.boru;
    pop.business(twin, r.chance(0.5) ? first.businesses[0].trade : tradeFor(r, twin));
  }
  while (pop.people.length < 625) {
    const kec = r.pickW(kecW);
    const p = pop.person({
      group: pickGroup(r, kec),
      home: newHome(r, pickKel(r, kec)),
      birth: birthIn(r, 1958, 1998),
    });
    ownerCount(p);
  }
  // Husbands: some appear on forms, registers and lists for their wives' businesses; others only lend their
  // name to "Ny. J. Simanjuntak".
  const wives = r.shuffle(pop.people.filter((p) => p.role !== 'daughter' && p.birth.y < 1992));
  for (const wife of wives.slice(0, 82)) {
    const group = wife.group === 'tamil' && r.chance(0.5) ? 'tamil' : wife.group;
    let marga = wife.husbandMarga;
    if (marga === undefined && MARGA[group]) marga = r.pick(MARGA[group].filter((m) => m !== wife.marga));
    if (group === 'chinese')
      marga = wife.husbandMarga ?? r.pick(CHINESE_FAMILY.filter((m) => m !== wife.marga));
    const h = pop.person({
      group,
      gender: 'L',
      home: wife.home,
      birth: birthIn(r, Math.min(wife.birth.y - 8, 1990), Math.min(wife.birth.y + 1, 1990)),
      marga,
      role: 'husband',
      unit: wife.unit,
    });
    h.wife = wife;
    wife.husband = h;
  }
  return pop;
}

// ---------------------------------------------------------------------------------------------------
// How offices write people, places, numbers

const BR_FORMS = [
  ['br.', 4],
  ['Br', 4],
  ['Br.', 3],
  ['boru', 1],
  ['Boru', 2],
  ['BR', 1],
  ['br', 2],
];

/**
 * A person's name as one office writes it. Options are probabilities: dropMarga (the marga left out),
 * dropBr (the marga without "br."), title (Hj. / S.Pd.), chinese (the Chinese name in brackets),
 * address (a form of address in front), caps.
 */
function nameOf(r, p, o = {}) {
  const { dropMarga = 0, dropBr = 0.12, title = 0.5, chinese = 0, address = 0, caps = false } = o;
  const drop = !p.noDrop && r.chance(dropMarga);
  let core;
  if (p.gender === 'L') core = p.marga ? `${p.given} ${p.marga}` : p.given;
  else if (p.group === 'chinese') core = drop ? p.given : `${p.given} ${p.marga}`;
  else if (p.group === 'tamil') core = p.tamilFather && !drop ? `${p.given} ${p.tamilFather}` : p.given;
  else if (!p.marga || drop) core = p.given;
  else if (p.boru && !r.chance(dropBr)) core = `${p.given} ${r.pickW(BR_FORMS)} ${p.marga}`;
  else core = `${p.given} ${p.marga}`;
  if (p.gender === 'P' && p.chineseName && r.chance(chinese)) core += ` (${p.chineseName})`;
  if (p.hajjah && r.chance(title)) core = `${r.pick(['Hj.', 'Hj', 'HJ.'])} ${core}`;
  if (p.teacher && r.chance(title)) core += r.pick([', S.Pd.', ', S.Pd', ' S.Pd']);
  if (p.gender === 'P' && r.chance(address)) core = `${r.pick(ADDRESS[p.group])} ${core}`;
  return caps ? upper(core) : core;
}

function streetOf(r, home, { gang = 1 } = {}) {
  const no = r.pickW([
    [`No. ${home.no}`, 5],
    [`No ${home.no}`, 3],
    [`no. ${home.no}`, 1],
    [`Nomor ${home.no}`, 0.3],
  ]);
  const street = r.chance(0.1)
    ? home.street.replace(/^Jl\. /, r.pick(['Jln. ', 'Jalan ', 'JL. ']))
    : home.street;
  return home.gang && r.chance(gang) ? `${street} ${home.gang} ${no}` : `${street} ${no}`;
}

const needsKec = (kel) => kel.twin || kel.name === 'Binjai';
const plainWord = (kel) => PLAIN_WORD_KELS.has(kel.name);

/**
 * The whole address in one cell, in one of the orders Medan's offices use. Every form names the kelurahan;
 * a kelurahan that shares its name (Sei Mati) or is named like a city (Binjai) always comes with its kecamatan.
 */
function addressOf(r, home, { caps = false, city = 0.2, style = null } = {}) {
  const kel = kelSpelled(r, home.kel);
  const kec = kecSpelled(r, home.kel.kec, { bare: 0 });
  const ling = lingkSpelled(r, home.lingk);
  const street = streetOf(r, home);
  const mustKec = needsKec(home.kel);
  const marked = plainWord(home.kel);
  const end = r.chance(city) ? r.pick([', Kota Medan', ' Medan', ', Medan', ' - Medan']) : '';
  const s =
    style ??
    r.pickW([
      ['a', 5],
      ['b', 4],
      ['c', marked ? 0 : 2],
      ['d', 3],
      ['e', 1.5],
      ['f', mustKec || marked ? 0 : 2],
    ]);
  let text;
  if (s === 'a') text = `${street} ${ling} Kel. ${kel} Kec. ${kec}${end}`;
  else if (s === 'b') text = `${street}, ${marked ? 'Kel. ' : ''}${kel}, ${kec}${end}`;
  else if (s === 'c') text = `${street} ${ling} ${kel} ${home.kel.kec.name}`;
  else if (s === 'd') text = `${street}, ${ling}, Kel. ${kel}, Kec. ${kec}${end || ', Kota Medan'}`;
  else if (s === 'e') text = `Kel. ${kel}${mustKec ? ` Kec. ${kec}` : ''}, ${street} ${ling}`;
  else text = `${street} ${ling} ${kel}${r.pick([' Medan', ', Medan', ' - Medan'])}`;
  return caps ? upper(text) : text;
}

function phoneOf(r, phone, { number = 0, intl = 0.15, dashes = 0.3 } = {}) {
  const rest = phone.slice(1);
  if (r.chance(number)) return Number(rest); // a number cell: the leading 0 is gone
  if (r.chance(intl))
    return r.pick([
      `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`,
      `62${rest}`,
      `+62${rest}`,
    ]);
  if (r.chance(dashes)) return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
  if (r.chance(0.2)) return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
  return phone;
}

const BULAN = [
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
function dateText(r, { y, m, d }) {
  return r.pickW([
    [`${two(d)}-${two(m)}-${y}`, 4],
    [`${two(d)}/${two(m)}/${y}`, 3],
    [`${d} ${BULAN[m - 1]} ${y}`, 2],
    [`${two(d)}.${two(m)}.${y}`, 1],
  ]);
}

const dotted = (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
function moneyText(r, n) {
  if (n >= 1e6 && n % 100000 === 0 && r.chance(0.15)) {
    const jt = String(n / 1e6).replace('.', ',');
    return r.pick([`${jt} jt`, `${jt} juta`, `Rp ${jt} juta`]);
  }
  return r.pickW([
    [dotted(n), 5],
    [`Rp ${dotted(n)}`, 2],
    [`Rp. ${dotted(n)},-`, 1],
    [`${dotted(n)},-`, 1],
    [String(n), 2],
  ]);
}

/** What Excel shows of a 16-digit number: "1,27106E+15" (Indonesian locale) or "1.27106E+15". */
const sciNik = (nik, comma = true) =>
  `${nik[0]}${comma ? ',' : '.'}${nik.slice(1, 6).replace(/0+$/, '')}E+15`;
/** A 16-digit number typed into a number cell: 15 significant digits kept. */
const nikNumber = (nik) => Number(nik.slice(0, 15)) * 10;

// ---------------------------------------------------------------------------------------------------
// Business names

// biome-ignore format: data table
const UD_WORDS = ['Mangapul', 'Horas', 'Sinar Deli', 'Maju Bersama', 'Dame', 'Sehati', 'Berkat', 'Rezeki Baru', 'Sumber Rezeki', 'Sinar Harapan', 'Karya Bunda', 'Tuah Sakato', 'Mekar Sari', 'Lestari', 'Pelangi', 'Tiga Putri', 'Anugerah', 'Sepakat', 'Marsada', 'Hasadaon', 'Sinar Pagi', 'Cahaya'];
const KITCHEN_WORDS = {
  toba: ['Inang', 'Opung', 'Mamak'],
  karo: ['Nande', 'Mamak'],
  mandailing: ['Umak', 'Bunda'],
  malay: ['Mak Long', 'Bunda', 'Atok'],
  minang: ['Uni', 'Amak', 'Bundo'],
  java: ['Simbok', 'Bunda', 'Ibu'],
  chinese: ['Mama', 'Amah'],
  tamil: ['Amma'],
};

function brandOf(r, b) {
  const p = b.owner;
  const t = TRADES[b.trade];
  const form = r.pick(ADDRESS[p.group]);
  const style = r.pickW([
    ['nick', 5],
    ['ud', 2],
    ['dapur', t.food ? 1.5 : 0],
    ['place', 1],
    ['own', 1.5],
  ]);
  if (style === 'nick') return `${t.brand} ${form} ${p.nick}`;
  if (style === 'ud') return `UD. ${r.chance(0.3) ? `${p.nick} Jaya` : r.pick(UD_WORDS)}`;
  if (style === 'dapur') return `Dapur ${r.pick(KITCHEN_WORDS[p.group])}${r.chance(0.4) ? ` ${p.nick}` : ''}`;
  if (style === 'place') return `${t.brand} ${p.home.kel ? p.home.kel.kec.short : p.outside.kecName}`;
  if (p.group === 'chinese') return `${t.brand} ${r.pick(['Ci', 'Cici'])} ${p.nick}`;
  if (p.marga && !r.chance(0.5)) return `${t.brand} ${p.boru ? 'Boru ' : ''}${p.marga}`;
  return `${p.nick}'s ${t.brand}`;
}

/** The business name as an office writes it: as registered, in capitals, cut short, or left out. */
function brandWritten(r, b, { caps = false, empty = 0.05, product = 0.05 } = {}) {
  if (r.chance(empty)) return '';
  if (r.chance(product)) return TRADES[b.trade].words[0];
  let s = b.brand;
  if (s.startsWith('UD. ') && r.chance(0.3)) s = r.pick([s.replace('UD. ', 'UD '), s.replace('UD. ', '')]);
  return caps ? upper(s) : s;
}

// ---------------------------------------------------------------------------------------------------
// Writers. A sheet is { rows: [{ cells, ... }], merges: [[r1, c1, r2, c2]], widths: [] }; a cell is a
// string, a number, { num, fmt }, { date: {y,m,d}, fmt } or { text, bold }. Rows are numbered from 1.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A zip of [name, text, stored?] entries, dated 2025-10-20 09:00 (DOS time), in the given order. */
function zipOf(entries) {
  const time = (9 << 11) | (0 << 5);
  const date = ((2025 - 1980) << 9) | (10 << 5) | 20;
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, text, stored = false] of entries) {
    const raw = Buffer.from(text, 'utf8');
    const body = stored ? raw : deflateRawSync(raw, { level: 9 });
    const fileName = Buffer.from(name, 'utf8');
    const crc = crc32(raw);
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(20, 4);
    head.writeUInt16LE(0x0800, 6); // names in UTF-8
    head.writeUInt16LE(stored ? 0 : 8, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(crc, 14);
    head.writeUInt32LE(body.length, 18);
    head.writeUInt32LE(raw.length, 22);
    head.writeUInt16LE(fileName.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(stored ? 0 : 8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(raw.length, 24);
    central.writeUInt16LE(fileName.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(head, fileName, body);
    centrals.push(central, fileName);
    offset += head.length + fileName.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const esc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const col = (c) => {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const serial = ({ y, m, d }) => (Date.UTC(y, m - 1, d) - Date.UTC(1899, 11, 30)) / 864e5;
const space = (t) => (/^\s|\s$/.test(t) ? ' xml:space="preserve"' : '');

/**
 * .xlsx from sheets of rows. strings: 'shared' (Excel) or 'inline' (a web app's export); the first sheet
 * carries the data, others are notes.
 */
function writeXlsx(path, sheets, { strings = 'shared', creator = 'Microsoft Excel', font = 'Calibri' } = {}) {
  const shared = [];
  const sharedIds = new Map();
  const fmts = new Map();
  const xfs = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];
  const xfIds = new Map([['0|0', 0]]);
  const builtin = { 'm/d/yyyy': 14, '#,##0': 3, 0: 1, '@': 49 };
  const style = (fmt, bold) => {
    let id = 0;
    if (fmt) {
      id = builtin[fmt];
      if (id === undefined) {
        if (!fmts.has(fmt)) fmts.set(fmt, 164 + fmts.size);
        id = fmts.get(fmt);
      }
    }
    const key = `${id}|${bold ? 1 : 0}`;
    if (!xfIds.has(key)) {
      xfIds.set(key, xfs.length);
      xfs.push(
        `<xf numFmtId="${id}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}${bold ? ' applyFont="1"' : ''}/>`,
      );
    }
    return xfIds.get(key);
  };
  const text = (ref, s, bold) => {
    const st = bold ? ` s="${style(null, true)}"` : '';
    if (strings === 'inline')
      return `<c r="${ref}"${st} t="inlineStr"><is><t${space(s)}>${esc(s)}</t></is></c>`;
    if (!sharedIds.has(s)) {
      sharedIds.set(s, shared.length);
      shared.push(s);
    }
    return `<c r="${ref}"${st} t="s"><v>${sharedIds.get(s)}</v></c>`;
  };
  const cellXml = (ref, v) => {
    if (v === null || v === undefined || v === '') return '';
    if (typeof v === 'string') return text(ref, v, false);
    if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
    if ('text' in v) return text(ref, v.text, v.bold);
    if (v.date)
      return `<c r="${ref}" s="${style(v.fmt ?? 'dd/mm/yyyy', false)}"><v>${serial(v.date)}</v></c>`;
    if ('num' in v) return `<c r="${ref}" s="${style(v.fmt, v.bold)}"><v>${v.num}</v></c>`;
    return fail(`cannot write cell ${JSON.stringify(v)}`);
  };
  const sheetXml = (sh) => {
    const rows = sh.rows
      .map((row, i) => {
        const cells = row.cells.map((v, c) => cellXml(`${col(c)}${i + 1}`, v)).join('');
        return cells ? `<row r="${i + 1}">${cells}</row>` : '';
      })
      .join('');
    const width = Math.max(1, ...sh.rows.map((r) => r.cells.length));
    const cols = sh.widths?.length
      ? `<cols>${sh.widths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`
      : '';
    const merges = sh.merges?.length
      ? `<mergeCells count="${sh.merges.length}">${sh.merges.map(([r1, c1, r2, c2]) => `<mergeCell ref="${col(c1)}${r1}:${col(c2)}${r2}"/>`).join('')}</mergeCells>`
      : '';
    return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><dimension ref="A1:${col(width - 1)}${sh.rows.length}"/><sheetViews><sheetView workbookViewId="0"${sh === sheets[0] ? ' tabSelected="1"' : ''}/></sheetViews><sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>${rows}</sheetData>${merges}<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  };
  const sheetXmls = sheets.map(sheetXml); // fills the shared strings and styles
  const ns = 'http://schemas.openxmlformats.org';
  const entries = [
    [
      '[Content_Types].xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${strings === 'shared' ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="${ns}/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    ],
    [
      'docProps/core.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="${ns}/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>${esc(creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-10-20T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-10-20T09:00:00Z</dcterms:modified></cp:coreProperties>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>${sheets.map((sh, i) => `<sheet name="${esc(sh.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${ns}/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="${ns}/officeDocument/2006/relationships/styles" Target="styles.xml"/>${strings === 'shared' ? `<Relationship Id="rId${sheets.length + 2}" Type="${ns}/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`,
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${ns}/spreadsheetml/2006/main">${fmts.size ? `<numFmts count="${fmts.size}">${[...fmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('')}</numFmts>` : ''}<fonts count="2"><font><sz val="11"/><name val="${font}"/><family val="2"/></font><font><b/><sz val="11"/><name val="${font}"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
    ],
    ...sheetXmls.map((xml, i) => [`xl/worksheets/sheet${i + 1}.xml`, xml]),
  ];
  if (strings === 'shared')
    entries.push([
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${ns}/spreadsheetml/2006/main" count="${shared.length}" uniqueCount="${shared.length}">${shared.map((s) => `<si><t${space(s)}>${esc(s)}</t></si>`).join('')}</sst>`,
    ]);
  writeFileSync(path, zipOf(entries));
}

/** .ods (LibreOffice): the first sheet's data, then LibreOffice's repeated blank rows to the sheet's end. */
function writeOds(path, sheets) {
  const office = 'urn:oasis:names:tc:opendocument:xmlns';
  const ns = `xmlns:office="${office}:office:1.0" xmlns:table="${office}:table:1.0" xmlns:text="${office}:text:1.0" xmlns:style="${office}:style:1.0" xmlns:fo="${office}:xsl-fo-compatible:1.0" xmlns:number="${office}:datastyle:1.0" xmlns:meta="${office}:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/"`;
  const cellXml = (v) => {
    if (v === null || v === undefined || v === '') return '<table:table-cell/>';
    if (typeof v === 'string')
      return `<table:table-cell office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
    if (typeof v === 'number')
      return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    if ('text' in v)
      return `<table:table-cell office:value-type="string"${v.bold ? ' table:style-name="ceBold"' : ''}><text:p>${esc(v.text)}</text:p></table:table-cell>`;
    if (v.date) {
      const { y, m, d } = v.date;
      return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${y}-${two(m)}-${two(d)}"><text:p>${two(d)}/${two(m)}/${y}</text:p></table:table-cell>`;
    }
    if ('num' in v)
      return `<table:table-cell office:value-type="float" office:value="${v.num}"><text:p>${v.num}</text:p></table:table-cell>`;
    return fail(`cannot write cell ${JSON.stringify(v)}`);
  };
  const tableXml = (sh) => {
    const width = Math.max(1, ...sh.rows.map((r) => r.cells.length));
    const spans = new Map(
      (sh.merges ?? []).map(([r1, c1, r2, c2]) => [`${r1}:${c1}`, [r2 - r1 + 1, c2 - c1 + 1]]),
    );
    const rows = sh.rows.map((row, i) => {
      if (row.cells.every((v) => v === '' || v === null || v === undefined))
        return `<table:table-row><table:table-cell table:number-columns-repeated="${width}"/></table:table-row>`;
      const cells = [];
      for (let c = 0; c < width; c++) {
        let xml = cellXml(row.cells[c]);
        const span = spans.get(`${i + 1}:${c}`);
        if (span)
          xml = xml.replace(
            '<table:table-cell',
            `<table:table-cell table:number-columns-spanned="${span[1]}" table:number-rows-spanned="${span[0]}"`,
          );
        cells.push(xml);
      }
      return `<table:table-row>${cells.join('')}</table:table-row>`;
    });
    const tail = 1048576 - sh.rows.length;
    return `<table:table table:name="${esc(sh.name)}"><table:table-column table:number-columns-repeated="${width}"/>${rows.join('')}<table:table-row table:number-rows-repeated="${tail}"><table:table-cell table:number-columns-repeated="${width}"/></table:table-row></table:table>`;
  };
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ns} office:version="1.3"><office:automatic-styles><number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style><style:style style:name="ceDate" style:family="table-cell" style:data-style-name="N37"/><style:style style:name="ceBold" style:family="table-cell"><style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:spreadsheet>${sheets.map(tableXml).join('')}</office:spreadsheet></office:body></office:document-content>`;
  const entries = [
    ['mimetype', 'application/vnd.oasis.opendocument.spreadsheet', true],
    [
      'META-INF/manifest.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="${office}:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`,
    ],
    ['content.xml', content],
    [
      'styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ns} office:version="1.3"/>`,
    ],
    [
      'meta.xml',
      `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ns} office:version="1.3"><office:meta><meta:generator>LibreOffice/7.6.4.1$Windows_X86_64 LibreOffice_project/e19e193f88cd6c0525a17fb7a176ed8e6a3e2aa1</meta:generator><meta:creation-date>2025-10-20T09:00:00</meta:creation-date></office:meta></office:document-meta>`,
    ],
  ];
  writeFileSync(path, zipOf(entries));
}

/** A CSV: cells joined by sep, quoted when they hold sep or a quote; Windows-1252 or UTF-8. */
function writeCsv(path, rows, { sep, eol, encoding, width }) {
  const cell = (v) => {
    const s = v === null || v === undefined ? '' : String(v);
    return s.includes(sep) || s.includes('"') || /^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = rows
    .map((row) => {
      const cells = [...row.cells];
      while (width && cells.length < width) cells.push('');
      return cells.map(cell).join(sep);
    })
    .join(eol);
  const out = `${text}${eol}`;
  if (encoding === 'win1252') {
    const bytes = iconv.encode(out, 'win1252');
    if (iconv.decode(bytes, 'win1252') !== out) fail(`${path}: text not representable in Windows-1252`);
    writeFileSync(path, bytes);
  } else writeFileSync(path, out, 'utf8');
}

// ---------------------------------------------------------------------------------------------------
// Who is in which file; strangers for the rejected rows

const PKK_KEC = 'Medan Tembung';

function assignFiles(ctx) {
  const r = rng('files');
  const brands = new Set();
  for (const b of ctx.businesses) {
    for (let i = 0; ; i++) {
      b.brand = brandOf(r, b);
      if (i > 8) b.brand = `${b.brand} ${b.owner.home.kel.kec.short}`;
      if (!brands.has(b.brand.toLowerCase())) break;
    }
    brands.add(b.brand.toLowerCase());
    const p = b.owner;
    const main = p.businesses[0] === b;
    if (r.chance(0.5)) b.files.add('dp3a');
    if (r.chance(0.37)) b.files.add('dinkop');
    if (TRADES[b.trade].food && r.chance(0.32)) b.files.add('pirt');
    if (p.home.kel.kec.name === PKK_KEC && main && r.chance(0.85)) b.files.add('pkk');
    if (p.muslim && main && b.omzet <= 8e6 && r.chance(0.45)) b.files.add('baznas');
    if (r.chance(0.24)) b.files.add('forms');
    if (b.files.size === 0) b.files.add(r.pick(['dp3a', 'dinkop', 'forms']));
    b.formsTwice = b.files.has('forms') && r.chance(0.1);
    if (b.files.has('pirt')) {
      const k = Math.min(
        TRADES[b.trade].products.length,
        r.pickW([
          [1, 55],
          [2, 30],
          [3, 15],
        ]),
      );
      b.products = r.shuffle(TRADES[b.trade].products).slice(0, k);
    }
  }
  // A husband is named for one of his wife's businesses in one office's file (all its rows there).
  for (const h of ctx.people.filter((p) => p.role === 'husband')) {
    if (!r.chance(0.7)) continue;
    const b = r.pick(h.wife.businesses);
    const files = ['pirt', 'dinkop', 'forms', 'baznas'].filter((f) => b.files.has(f));
    if (files.length) b.namedBy = { file: r.pick(files), person: h };
  }
}

const namedIn = (b, file) => (b.namedBy?.file === file ? b.namedBy.person : b.owner);

function outsidePlaces(city) {
  const medanNames = new Set(city.kels.map((k) => k.name.toLowerCase()));
  return city.outside.map((v) => ({
    ...v,
    lookAlike: medanNames.has(v.name.toLowerCase()) || /medan/i.test(v.name),
  }));
}

// biome-ignore format: data table
const OUTSIDE_STREETS = {
  'Percut Sei Tuan': ['Jl. Besar Tembung', 'Jl. Pancing', 'Jl. Pasar XII', 'Jl. Veteran Pasar X', 'Jl. Irian Barat', 'Jl. Beringin Pasar VII'],
  Sunggal: ['Jl. Sunggal', 'Jl. Medan–Binjai Km. 13', 'Jl. Sei Mencirim', 'Jl. Tanjung Gusta Raya', 'Jl. Flamboyan Sunggal'],
  'Tanjung Morawa': ['Jl. Tanjung Morawa Km. 12', 'Jl. Medan–Lubuk Pakam', 'Jl. Limau Manis'],
  'Pancur Batu': ['Jl. Jamin Ginting Km. 12', 'Jl. Bunga Rampai Ujung', 'Jl. Durin Jangak'],
  'Deli Tua': ['Jl. Deli Tua Raya', 'Jl. Karya Wisata Ujung', 'Jl. Pamah'],
  Patumbak: ['Jl. Marindal Raya', 'Jl. Pertahanan', 'Jl. Bajak V'],
  'Hamparan Perak': ['Jl. Titi Payung', 'Jl. Klambir V'],
  'Labuhan Deli': ['Jl. Helvetia Raya', 'Jl. Manunggal'],
  'Namo Rambe': ['Jl. Namo Rambe Raya', 'Jl. Pasar Namo Rambe'],
  binjai: ['Jl. Samanhudi', 'Jl. Gatot Subroto', 'Jl. Jend. Sudirman', 'Jl. T. Amir Hamzah', 'Jl. Soekarno-Hatta'],
};
const DS_NIK_KEC = {
  'Percut Sei Tuan': '26',
  Sunggal: '23',
  'Tanjung Morawa': '02',
  'Pancur Batu': '05',
  'Deli Tua': '22',
  Patumbak: '21',
  'Hamparan Perak': '24',
  'Labuhan Deli': '25',
  'Namo Rambe': '06',
};

/** A person found in no ok row: an outsider (place given) or a bad row's owner (a home in Medan). */
function stranger(ctx, r, { place = null } = {}) {
  const kec = place ? null : r.pickW(ctx.city.kecs.map((k) => [k, k.w]));
  const group = pickGroup(r, kec ?? ctx.city.kecs[13]);
  const p = {
    key: `PX${String(++ctx.strangers).padStart(3, '0')}`,
    group,
    gender: 'P',
    birth: birthIn(r, 1960, 1996),
    given: r.pick(W_GIVEN[group]),
    marga: MARGA[group] ? r.pick(MARGA[group]) : group === 'chinese' ? r.pick(CHINESE_FAMILY) : null,
    chineseName: null,
    muslim: r.chance(MUSLIM[group]),
    hajjah: false,
    teacher: false,
  };
  p.boru = p.marga && (group === 'toba' || group === 'karo');
  p.nick = nickOf(p.given);
  if (place) {
    p.outside = place;
    const streets =
      OUTSIDE_STREETS[place.binjai ? 'binjai' : place.kecName] ?? fail(`no streets for ${place.kecName}`);
    p.home = { street: r.pick(streets), no: `${r.range(1, 150)}`, unit: r.range(1, 12) };
    const region = r.chance(0.15) ? '1271' : place.binjai ? '1275' : '1207';
    const kecDigits =
      region === '1271'
        ? r.pick(ctx.city.kecs).suffix
        : place.binjai
          ? two(r.range(1, 5))
          : (DS_NIK_KEC[place.kecName] ?? '26');
    p.nik = makeNik(r, ctx.niks, region, kecDigits, p.birth, 'P');
  } else {
    p.home = newHome(r, pickKel(r, kec));
    p.nik = makeNik(r, ctx.niks, '1271', kec.suffix, p.birth, 'P');
  }
  p.phone = makePhone(r, ctx.phones);
  const trade = tradeFor(r, p);
  const b = {
    key: `BX${String(ctx.strangers).padStart(3, '0')}`,
    owner: p,
    trade,
    omzet: TRADES[trade].omzet,
    files: new Set(),
  };
  b.brand = brandOf(r, b);
  if (TRADES[trade].food) b.products = [r.pick(TRADES[trade].products)];
  else b.products = [TRADES[trade].words[0]];
  return b;
}

function pickOutside(ctx, r, { binjai = 0.3 } = {}) {
  const pool = ctx.outside.filter((v) => v.binjai === r.chance(binjai));
  const alike = pool.filter((v) => v.lookAlike);
  return r.chance(0.6) && alike.length ? r.pick(alike) : r.pick(pool);
}

/**
 * An outsider's street, village, kecamatan and regency; the regency is named (in the street or the
 * kecamatan) always when her kecamatan is named like a Medan place, else sometimes — the REJECTED rule.
 */
function outsideParts(r, p) {
  const v = p.outside;
  const safe = SAFE_OUTSIDE_KECS.includes(v.kecName) || v.binjai;
  const unit = v.binjai
    ? lingkSpelled(r, p.home.unit)
    : r.pick([`Dusun ${ROMAN[p.home.unit]}`, `Dsn. ${p.home.unit}`, `Dusun ${p.home.unit}`]);
  return {
    street: `${p.home.street} No. ${p.home.no} ${unit}`,
    village: `${v.desa ? r.pick(['Desa ', 'Ds. ', '']) : r.pick(['Kel. ', ''])}${v.name}`,
    kec: v.kecName,
    regency: v.binjai
      ? r.pick(['Kota Binjai', 'Binjai'])
      : r.pick(['Kab. Deli Serdang', 'Deli Serdang', 'Kabupaten Deli Serdang']),
    at: safe
      ? r.pickW([
          ['none', 4],
          ['street', 3],
          ['kec', 3],
        ])
      : r.pick(['street', 'kec']),
  };
}
/** The outsider's address in one cell. */
function outsideAddress(r, p) {
  const o = outsideParts(r, p);
  const village = /^(Desa|Ds\.|Kel\.) /.test(o.village)
    ? o.village
    : `${p.outside.desa ? 'Desa' : 'Kel.'} ${o.village}`;
  const reg = o.at === 'none' ? '' : `${r.pick([' ', ', '])}${o.regency}`;
  return `${o.street} ${village} Kec. ${o.kec}${reg}`;
}
/** The outsider's address, kelurahan and kecamatan cells. */
function outsideCells(r, p) {
  const o = outsideParts(r, p);
  return {
    address: o.at === 'street' ? `${o.street}, ${o.regency}` : o.street,
    kel: o.village,
    kec: o.at === 'kec' ? r.pick([`${o.kec} (${o.regency})`, `${o.kec}, ${o.regency}`]) : o.kec,
  };
}

const BAD_KINDS = ['nik15', 'nikLetter', 'nikDate', 'noName', 'negative', 'absurd'];
/** The bad row's defect applied to its NIK text, name and turnover. */
function badNik(r, nik, kind) {
  if (kind === 'nik15') return nik.slice(0, 15);
  if (kind === 'nikLetter') {
    const i = r.range(7, 13);
    return `${nik.slice(0, i)}${r.pick(['O', 'l', 'I', 'B'])}${nik.slice(i + 1)}`;
  }
  if (kind === 'nikDate') return `${nik.slice(0, 8)}${r.range(13, 19)}${nik.slice(10)}`;
  return nik;
}
function badMoney(r, n, kind, asNumber) {
  if (kind === 'negative') return asNumber ? -n : `-${dotted(n)}`;
  if (kind === 'absurd') {
    const v = r.pick([25e12, 3e13, 1.5e14, 9e12]);
    return asNumber ? v : dotted(v);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------------
// Sheet model and truth lines

function newSheet(ctx, id, file, source, description) {
  const sh = { id, file, source, description, name: 'Sheet1', rows: [], merges: [], widths: [] };
  ctx.files.push(sh);
  return sh;
}
/** meta: { header: true } | { expected: 'skip' } | { expected: 'ok' | 'rejected', p, b, shows } */
function put(sh, cells, meta = {}) {
  sh.rows.push({ cells, ...meta });
  return sh.rows.length;
}
const skip = (sh, cells) => put(sh, cells, { expected: 'skip' });
const blank = (sh) => put(sh, []);
const bolded = (list) => list.map((text) => ({ text, bold: true }));

function okRow(sh, cells, b, p, shows) {
  b.files.add(sh.id);
  return put(sh, cells, { expected: 'ok', p, b, shows });
}
const rejectRow = (sh, cells, b, why, shows) =>
  put(sh, cells, { expected: 'rejected', p: b.owner, b, why, shows });

// ---------------------------------------------------------------------------------------------------
// File 1: DP3A Kota Medan's survey (.xlsx, shared strings, sections per kecamatan, Lingkungan column)

const DP3A_HEAD = [
  'No',
  'NIK',
  'Nama Pemilik',
  'Tgl. Lahir',
  'Alamat',
  'Lingkungan',
  'RT',
  'RW',
  'Kelurahan',
  'Kecamatan',
  'Produk',
  'Nama Usaha',
  'Omzet/Bulan (Rp)',
  'No. HP',
  'Ket.',
];

function dp3aNik(r, nik) {
  return r.pickW([
    [nik, 70],
    [{ num: nikNumber(nik), fmt: '0' }, 8],
    [`${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`, 4],
    ['', 10],
    ['-', 4],
  ]);
}

function buildDp3a(ctx, dir) {
  const r = rng('dp3a');
  const rb = rng('dp3a-bad');
  const sh = newSheet(
    ctx,
    'dp3a',
    'pendataan_ir_dp3a_kota_medan_2025.xlsx',
    'DP3A Kota Medan',
    'Pendataan industri rumahan 2025 (DP3A Kota Medan)',
  );
  sh.name = 'Data IR 2025';
  sh.widths = [5, 19, 28, 12, 34, 11, 5, 5, 20, 17, 18, 24, 15, 15, 12];
  skip(sh, bolded(['PENDATAAN INDUSTRI RUMAHAN (IR) KOTA MEDAN TAHUN 2025']));
  skip(sh, bolded(['DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KOTA MEDAN']));
  sh.merges.push([1, 0, 1, 14], [2, 0, 2, 14]);
  blank(sh);
  put(sh, bolded(DP3A_HEAD), { header: true });
  skip(
    sh,
    DP3A_HEAD.map((_, i) => `(${i + 1})`),
  );
  // Entries per kecamatan: the city's businesses, three outsiders filed under the kecamatan next to
  // them, the six bad kinds.
  const entries = new Map(ctx.city.kecs.map((k) => [k.name, []]));
  for (const b of ctx.businesses) if (b.files.has('dp3a')) entries.get(b.owner.home.kel.kec.name).push({ b });
  const near = {
    'Percut Sei Tuan': 'Medan Tembung',
    Sunggal: 'Medan Sunggal',
    'Deli Tua': 'Medan Johor',
    Patumbak: 'Medan Amplas',
    'Pancur Batu': 'Medan Tuntungan',
    'Tanjung Morawa': 'Medan Amplas',
    'Hamparan Perak': 'Medan Marelan',
    'Labuhan Deli': 'Medan Marelan',
    'Namo Rambe': 'Medan Johor',
  };
  for (let i = 0; i < 3; i++) {
    const b = stranger(ctx, rb, { place: pickOutside(ctx, rb, { binjai: 0 }) });
    entries.get(near[b.owner.outside.kecName] ?? 'Medan Tembung').push({ b, outside: true });
  }
  for (const kind of BAD_KINDS) {
    const b = stranger(ctx, rb);
    entries.get(b.owner.home.kel.kec.name).push({ b, bad: kind });
  }
  let no = 0;
  let total = 0;
  for (const kec of ctx.city.kecs) {
    const list = entries.get(kec.name);
    if (!list.length) continue;
    skip(sh, [{ text: `KECAMATAN ${upper(kec.name)}`, bold: true }]);
    sh.merges.push([sh.rows.length, 0, sh.rows.length, 4]);
    const kecColumn = r.chance(0.7);
    const sorted = list
      .map((e) => ({ e, k: e.outside ? 'zz' : `${e.b.owner.home.kel.name}|${r.next()}` }))
      .sort((a, b) => (a.k < b.k ? -1 : 1));
    for (const { e } of sorted) {
      const { b } = e;
      const p = e.outside || e.bad ? b.owner : namedIn(b, 'dp3a');
      const home = p.home;
      const name = e.bad === 'noName' ? '' : nameOf(r, p, { dropMarga: 0.07, title: 0.6, chinese: 0.12 });
      const nik = e.bad ? badNik(rb, p.nik, e.bad) : dp3aNik(r, p.nik);
      const birth = r.pickW([
        [{ date: p.birth, fmt: r.pick(['dd/mm/yyyy', '[$-421]dd mmmm yyyy;@', 'dd-mm-yyyy']) }, 4],
        [dateText(r, p.birth), 3],
        ['', 3],
      ]);
      const money = e.bad ? badMoney(rb, b.omzet, e.bad, true) : null;
      const moneyCell =
        money !== null
          ? { num: money, fmt: '#,##0' }
          : r.pickW([
              [{ num: b.omzet, fmt: '#,##0' }, 6],
              [moneyText(r, b.omzet), 3],
              ['', 1],
            ]);
      if (typeof moneyCell === 'object' && moneyCell.num > 0 && moneyCell.num < 1e12) total += moneyCell.num;
      const product = r.pickW([
        [TRADES[b.trade].words[0], 5],
        [TRADES[b.trade].words[1], 3],
        [b.products?.[0] ?? TRADES[b.trade].words[3], 1],
      ]);
      let cells;
      if (e.outside) {
        const o = outsideCells(r, p);
        cells = [
          ++no,
          nik,
          name,
          birth,
          o.address,
          '',
          '',
          '',
          o.kel,
          o.kec,
          product,
          brandWritten(r, b),
          moneyCell,
          phoneOf(r, p.phone),
          'Warga perbatasan',
        ];
        rejectRow(sh, cells, b, 'outside', name);
        continue;
      }
      const lingCol = r.chance(0.85);
      const street = streetOf(r, home);
      const kelCol = r.chance(0.96);
      const address = `${street}${lingCol ? '' : ` ${lingkSpelled(r, home.lingk)}`}${kelCol ? '' : ` Kel. ${kelSpelled(r, home.kel)}`}`;
      const rt = r.chance(0.9) ? '' : '-';
      cells = [
        ++no,
        nik,
        name,
        birth,
        address,
        lingCol ? lingkSpelled(r, home.lingk, true) : '',
        rt,
        rt,
        kelCol ? kelSpelled(r, home.kel) : '',
        kecColumn ? kecSpelled(r, kec, { bare: 0.15 }) : '',
        product,
        brandWritten(r, b),
        moneyCell,
        phoneOf(r, p.phone, { number: 0.1 }),
        r.pickW([
          ['', 12],
          ['Binaan 2024', 1],
          ['Baru', 1],
          ['Sudah P-IRT', 1],
          ['Ikut pelatihan', 1],
        ]),
      ];
      if (e.bad) rejectRow(sh, cells, b, e.bad, name || null);
      else okRow(sh, cells, b, p, name);
    }
  }
  blank(sh);
  skip(sh, [
    '',
    '',
    { text: 'JUMLAH', bold: true },
    '',
    `${no} usaha`,
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    { num: total, fmt: '#,##0', bold: true },
  ]);
  blank(sh);
  skip(sh, [
    '',
    'Catatan: kolom Lingkungan diisi sesuai domisili; RT/RW dikosongkan (tidak dipakai di Kota Medan).',
  ]);
  skip(sh, ['', 'Omzet adalah perkiraan rata-rata per bulan menurut pengakuan pemilik usaha.']);
  blank(sh);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', '', 'Medan, 20 Oktober 2025']);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', '', 'Kepala Dinas P3A Kota Medan,']);
  blank(sh);
  blank(sh);
  skip(sh, [
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    { text: 'Dra. Hj. Nurlela Hasibuan, M.Si', bold: true },
  ]);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', '', 'NIP. 19690412 199403 2 003']);
  const rekap = { name: 'Rekap', rows: [{ cells: ['Kecamatan', 'Jumlah IR'] }], merges: [] };
  for (const kec of ctx.city.kecs)
    rekap.rows.push({ cells: [kec.name, entries.get(kec.name).filter((e) => !e.outside && !e.bad).length] });
  writeXlsx(join(dir, sh.file), [sh, rekap], { creator: 'Bidang PUG DP3A' });
}

// ---------------------------------------------------------------------------------------------------
// File 2: Dinas Koperasi UKM's list (";" CSV, Windows-1252, CRLF, the whole address in one cell)

const DINKOP_HEAD = [
  'NO',
  'NAMA PEMILIK',
  'NIK',
  'ALAMAT',
  'NAMA USAHA',
  'JENIS USAHA',
  'NO. HP',
  'OMSET/BULAN (RP)',
  'TAHUN BINAAN',
  'KETERANGAN',
];

function dinkopNik(r, nik) {
  return r.pickW([
    [nik, 52],
    [`'${nik}`, 10],
    [`${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`, 6],
    [`${nik.slice(0, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`, 3],
    [sciNik(nik), 15],
    ['', 9],
    ['-', 5],
  ]);
}

function buildDinkop(ctx, dir) {
  const r = rng('dinkop');
  const rb = rng('dinkop-bad');
  const sh = newSheet(
    ctx,
    'dinkop',
    'data_umkm_binaan_dinkop_ukm_medan_2025.csv',
    'Dinas Koperasi UKM Kota Medan',
    'Data UMKM binaan 2025 (Dinas Koperasi, Usaha Kecil dan Menengah Kota Medan)',
  );
  skip(sh, ['DATA UMKM BINAAN DINAS KOPERASI, USAHA KECIL DAN MENENGAH KOTA MEDAN']);
  skip(sh, ['Keadaan s/d 30 September 2025']);
  blank(sh);
  put(sh, DINKOP_HEAD, { header: true });
  const entries = ctx.businesses
    .filter((b) => b.files.has('dinkop'))
    .map((b) => ({ b, year: r.range(2018, 2025) }));
  for (let i = 0; i < 4; i++)
    entries.push({
      b: stranger(ctx, rb, { place: pickOutside(ctx, rb, { binjai: i === 1 ? 1 : 0.2 }) }),
      outside: true,
      year: r.range(2019, 2025),
    });
  for (const kind of BAD_KINDS) entries.push({ b: stranger(ctx, rb), bad: kind, year: r.range(2019, 2025) });
  const sorted = entries.map((e) => ({ e, k: e.year + r.next() })).sort((a, b) => a.k - b.k);
  let no = 0;
  for (const { e } of sorted) {
    const { b } = e;
    const p = e.outside || e.bad ? b.owner : namedIn(b, 'dinkop');
    const caps = r.chance(0.85);
    const name =
      e.bad === 'noName'
        ? ''
        : nameOf(r, p, { caps, chinese: 0.5, title: 0.7, dropBr: 0.2, dropMarga: 0.04 });
    const nik = e.bad ? badNik(rb, p.nik, e.bad) : dinkopNik(r, p.nik);
    const address = e.outside ? outsideAddress(r, p) : addressOf(r, p.home, { caps: r.chance(0.5) });
    const money = e.bad ? badMoney(rb, b.omzet, e.bad, false) : null;
    const phone =
      p.phone2 && r.chance(0.6)
        ? `${phoneOf(r, p.phone)} / ${phoneOf(r, p.phone2)}`
        : phoneOf(r, p.phone, { intl: 0.1 });
    const cells = [
      ++no,
      name,
      nik,
      caps && r.chance(0.6) ? upper(address) : address,
      brandWritten(r, b, { caps, empty: 0.08 }),
      TRADES[b.trade].dinkop,
      phone,
      money ?? moneyText(r, b.omzet),
      e.year,
      r.pickW([
        ['', 10],
        ['Aktif', 3],
        ['Ikut Pameran Medan Fair – 2024', 1],
        ['Kafé UMKM binaan', 1],
        ['Pelatihan kemasan', 1],
      ]),
    ];
    if (e.outside) rejectRow(sh, cells, b, 'outside', name);
    else if (e.bad) rejectRow(sh, cells, b, e.bad, name || null);
    else okRow(sh, cells, b, p, name);
  }
  blank(sh);
  skip(sh, [`JUMLAH UMKM BINAAN: ${no}`]);
  skip(sh, ['Sumber: Bidang Pemberdayaan UKM, diolah']);
  writeCsv(join(dir, sh.file), sh.rows, {
    sep: ';',
    eol: '\r\n',
    encoding: 'win1252',
    width: DINKOP_HEAD.length,
  });
}

// ---------------------------------------------------------------------------------------------------
// File 3: Dinas Kesehatan's SPP-IRT register (.ods, one row per product)

const PIRT_HEAD = [
  'No',
  'No. P-IRT',
  'Nama Produk',
  'Jenis Pangan',
  'Nama Pemilik / Penanggung Jawab',
  'NIK',
  'Nama IRTP',
  'Alamat Produksi',
  'Kelurahan',
  'Kecamatan',
  'No. Telp',
  'Tgl. Terbit',
  'Berlaku s.d.',
  'Ket.',
];
// biome-ignore format: data table
const FOOD_TYPES = { '01': 'Hasil olahan daging kering', '02': 'Hasil olahan ikan kering', '06': 'Hasil olahan tepung', '09': 'Gula, kembang gula dan madu', '10': 'Kopi dan teh kering', '11': 'Bumbu', '13': 'Minuman ringan / sirup', '14': 'Hasil olahan buah', '15': 'Hasil olahan biji-bijian dan umbi' };

function pirtNumber(r, { pack, food, region, product, producer, expiry }) {
  const digits = `${pack}${food}${region}${two(product)}${String(producer).padStart(4, '0')}-${two(expiry % 100)}`;
  return r.pickW([
    [`P-IRT No. ${digits}`, 5],
    [digits, 3],
    [`PIRT ${digits}`, 1],
    [`P-IRT NO.${digits}`, 1],
  ]);
}

function buildPirt(ctx, dir) {
  const r = rng('pirt');
  const rb = rng('pirt-bad');
  const sh = newSheet(
    ctx,
    'pirt',
    'register_sppirt_dinkes_kota_medan_2025.ods',
    'Dinas Kesehatan Kota Medan',
    'Register SPP-IRT 2024–2025 (Dinas Kesehatan Kota Medan)',
  );
  sh.name = 'Register';
  skip(sh, [{ text: 'REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)', bold: true }]);
  skip(sh, [{ text: 'DINAS KESEHATAN KOTA MEDAN — TAHUN 2024 s.d. 2025', bold: true }]);
  sh.merges.push([1, 0, 1, 13], [2, 0, 2, 13]);
  blank(sh);
  put(sh, bolded(PIRT_HEAD), { header: true });
  const entries = [];
  let producer = r.range(40, 90);
  for (const b of ctx.businesses)
    if (b.files.has('pirt')) {
      const issued = { y: r.pick([2024, 2025]), m: r.range(1, 9), d: r.range(1, 28) };
      entries.push({ b, issued, producer: producer++ });
    }
  for (let i = 0; i < 2; i++) {
    const b = stranger(ctx, rb, { place: pickOutside(ctx, rb, { binjai: 0 }) });
    if (!TRADES[b.trade].food) b.trade = 'bika';
    b.products = [r.pick(TRADES[b.trade].products)];
    entries.push({
      b,
      outside: true,
      issued: { y: 2025, m: r.range(1, 9), d: r.range(1, 28) },
      producer: producer++,
    });
  }
  for (const kind of ['noName', 'nikLetter', 'nikDate']) {
    const b = stranger(ctx, rb);
    if (!TRADES[b.trade].food) b.trade = 'kering';
    b.products = [r.pick(TRADES[b.trade].products)];
    entries.push({
      b,
      bad: kind,
      issued: { y: 2025, m: r.range(1, 9), d: r.range(1, 28) },
      producer: producer++,
    });
  }
  entries.sort(
    (a, b) =>
      a.issued.y * 400 + a.issued.m * 31 + a.issued.d - (b.issued.y * 400 + b.issued.m * 31 + b.issued.d),
  );
  let no = 0;
  for (const e of entries) {
    const { b } = e;
    const p = e.outside || e.bad ? b.owner : namedIn(b, 'pirt');
    const owner = b.owner;
    const name = e.bad === 'noName' ? '' : nameOf(r, p, { dropBr: 0.25, title: 0.4, chinese: 0.05 });
    const nik = e.bad
      ? badNik(rb, p.nik, e.bad)
      : r.pickW([
          [p.nik, 85],
          ['', 10],
          ['-', 5],
        ]);
    const brand = brandWritten(r, b, { empty: 0.03, product: 0.02 });
    const phone = phoneOf(r, p.phone === owner.phone || r.chance(0.5) ? p.phone : owner.phone, {
      dashes: 0.4,
    });
    let address;
    let kel;
    let kec;
    if (e.outside) {
      const o = outsideCells(r, owner);
      address = o.address;
      kel = o.kel;
      kec = o.kec;
    } else {
      const home = owner.home;
      const kelCol = r.chance(0.9);
      address = `${streetOf(r, home)} ${lingkSpelled(r, home.lingk)}${kelCol ? '' : ` Kel. ${kelSpelled(r, home.kel)}`}`;
      kel = kelCol ? kelSpelled(r, home.kel) : '';
      kec = kecSpelled(r, home.kel.kec);
    }
    const t = TRADES[b.trade];
    const pack = r.pickW([
      [2, 6],
      [1, 2],
      [3, 1],
    ]);
    b.products.forEach((product, i) => {
      const number = pirtNumber(r, {
        pack,
        food: t.food,
        region: e.outside ? '1207' : '1271',
        product: i + 1,
        producer: e.producer,
        expiry: e.issued.y + 5,
      });
      const cells = [
        ++no,
        number,
        product,
        FOOD_TYPES[t.food],
        name,
        nik,
        brand,
        address,
        kel,
        kec,
        phone,
        { date: e.issued },
        { date: { ...e.issued, y: e.issued.y + 5 } },
        e.outside
          ? r.pick(['Peserta PKP gabungan', 'Peserta PKP gabungan Kab. Deli Serdang'])
          : r.pickW([
              ['', 10],
              ['Baru', 2],
              ['Perpanjangan', 1],
            ]),
      ];
      if (e.outside) rejectRow(sh, cells, b, 'outside', name);
      else if (e.bad) rejectRow(sh, cells, b, e.bad, name || null);
      else okRow(sh, cells, b, p, name);
    });
  }
  blank(sh);
  blank(sh);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', 'Medan, 15 Oktober 2025']);
  skip(sh, [
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    'Kepala Seksi Kesehatan Lingkungan, Kesehatan Kerja dan Olahraga',
  ]);
  blank(sh);
  blank(sh);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', 'dr. Rahmadani Pulungan']);
  skip(sh, ['', '', '', '', '', '', '', '', '', '', 'NIP. 19780315 200604 2 011']);
  writeOds(join(dir, sh.file), [sh]);
}

// ---------------------------------------------------------------------------------------------------
// File 4: TP PKK Kecamatan Medan Tembung's list (.xlsx of inline strings, kelurahan sections, no NIK)

const PKK_HEAD = ['NO', 'NAMA', 'LINGK.', 'ALAMAT', 'JENIS USAHA', 'NO. HP', 'KET.'];

function buildPkk(ctx, dir) {
  const r = rng('pkk');
  const rb = rng('pkk-bad');
  const kec = ctx.city.kecs.find((k) => k.name === PKK_KEC);
  const sh = newSheet(
    ctx,
    'pkk',
    'data_pkk_pelaku_usaha_kec_medan_tembung_2025.xlsx',
    'TP PKK Kecamatan Medan Tembung',
    'Data warga pelaku usaha rumahan 2025 (TP PKK Kecamatan Medan Tembung, Pokja II)',
  );
  sh.name = 'POKJA II';
  sh.widths = [5, 30, 8, 34, 20, 16, 14];
  skip(sh, [{ text: 'TIM PENGGERAK PKK KECAMATAN MEDAN TEMBUNG', bold: true }]);
  skip(sh, [{ text: 'DATA WARGA PELAKU USAHA RUMAHAN (POKJA II) TAHUN 2025', bold: true }]);
  blank(sh);
  put(sh, bolded(PKK_HEAD), { header: true });
  const byKel = new Map(kec.kels.map((k) => [k, []]));
  for (const b of ctx.businesses) if (b.files.has('pkk')) byKel.get(b.owner.home.kel).push({ b });
  const kels = kec.kels.filter((k) => byKel.get(k).length);
  const out = stranger(ctx, rb, {
    place: r.pick(ctx.outside.filter((v) => v.kecName === 'Percut Sei Tuan')),
  });
  byKel.get(r.pick(kels)).push({ b: out, outside: true });
  for (let i = 0; i < 2; i++) {
    const b = stranger(ctx, rb);
    b.owner.home = newHome(rb, r.pick(kels));
    byKel.get(b.owner.home.kel).push({ b, bad: 'noName' });
  }
  // Short names are used only where no one else of the list in that kelurahan goes by the same one.
  const nickCount = new Map();
  for (const b of ctx.businesses.filter((x) => x.files.has('pkk'))) {
    const k = `${b.owner.home.kel.code}|${b.owner.nick}`;
    nickCount.set(k, (nickCount.get(k) ?? 0) + 1);
  }
  let no = 0;
  for (const kel of kels) {
    const list = byKel
      .get(kel)
      .sort(
        (a, b) =>
          (a.b.owner.home.unit ?? a.b.owner.home.lingk) - (b.b.owner.home.unit ?? b.b.owner.home.lingk),
      );
    skip(sh, [
      {
        text: r.pick([`KELURAHAN ${upper(kel.name)}`, `Kel. ${kel.name}`, `KEL. ${upper(kel.name)}`]),
        bold: true,
      },
    ]);
    let n = 0;
    for (const e of list) {
      const { b } = e;
      const p = b.owner;
      n++;
      const t = TRADES[b.trade];
      const usaha = r.pick([t.words[0], t.words[1], t.words[2]]);
      if (e.outside) {
        const cells = [
          ++no,
          nameOf(r, p, { address: 0.5 }),
          '-',
          outsideAddress(r, p),
          usaha,
          phoneOf(r, p.phone),
          'warga perbatasan',
        ];
        rejectRow(sh, cells, b, 'outside', cells[1]);
        continue;
      }
      let name;
      let phone = r.chance(0.85);
      const style = r.pickW([
        ['full', 80],
        ['nick', nickCount.get(`${kel.code}|${p.nick}`) === 1 ? 8 : 0],
        ['ny', p.husband?.marga ? 25 : 0],
      ]);
      if (e.bad) name = '';
      else if (style === 'full') name = nameOf(r, p, { address: 0.5, dropMarga: 0.2, title: 0.3 });
      else if (style === 'nick') name = `${r.pick(ADDRESS[p.group])} ${p.nick}`;
      else name = `${r.pick(['Ny.', 'Ny', 'Nyonya'])} ${p.husband.given[0]}. ${p.husband.marga}`;
      if (style !== 'full') phone = true;
      const cells = [
        ++no,
        name,
        lingkSpelled(r, p.home.lingk, true),
        streetOf(r, p.home),
        usaha,
        phone ? phoneOf(r, p.phone, { dashes: 0.5 }) : '',
        r.pickW([
          ['', 8],
          ['Kader', 2],
          ['Dasawisma', 1],
          ['UP2K', 1],
        ]),
      ];
      if (e.bad) rejectRow(sh, cells, b, 'noName', null);
      else okRow(sh, cells, b, p, name);
    }
    skip(sh, ['', `Jumlah : ${n} orang`]);
  }
  blank(sh);
  skip(sh, ['', '', '', '', 'Medan, 10 September 2025']);
  skip(sh, ['', '', '', '', 'Ketua TP PKK Kec. Medan Tembung']);
  blank(sh);
  blank(sh);
  skip(sh, ['', '', '', '', 'Ny. Hj. Rahmawati Nasution']);
  writeXlsx(join(dir, sh.file), [sh], { strings: 'inline', creator: 'PKK Tembung', font: 'Arial' });
}

// ---------------------------------------------------------------------------------------------------
// File 5: BAZNAS Kota Medan's productive-zakat recipients (.xlsx, capitals, grant not turnover)

const BAZNAS_HEAD = [
  'NO',
  'NAMA MUSTAHIK',
  'NIK',
  'ALAMAT',
  'KELURAHAN',
  'KECAMATAN',
  'JENIS USAHA',
  'BANTUAN (Rp)',
  'NO. HP',
  'ASNAF',
];

function buildBaznas(ctx, dir) {
  const r = rng('baznas');
  const rb = rng('baznas-bad');
  const sh = newSheet(
    ctx,
    'baznas',
    'mustahik_zakat_produktif_baznas_medan_2025.xlsx',
    'BAZNAS Kota Medan',
    'Penerima zakat produktif 2025 (BAZNAS Kota Medan)',
  );
  sh.name = 'ZMP 2025';
  skip(sh, [{ text: 'DAFTAR PENERIMA BANTUAN ZAKAT MUSTAHIK PRODUKTIF (ZMP) TAHUN 2025', bold: true }]);
  skip(sh, [{ text: 'BADAN AMIL ZAKAT NASIONAL (BAZNAS) KOTA MEDAN', bold: true }]);
  blank(sh);
  put(sh, bolded(BAZNAS_HEAD), { header: true });
  const entries = ctx.businesses.filter((b) => b.files.has('baznas')).map((b) => ({ b }));
  const muslimStranger = (opts) => {
    for (;;) {
      const b = stranger(ctx, rb, opts);
      if (b.owner.muslim) return b;
      ctx.strangers--;
    }
  };
  entries.push({
    b: muslimStranger({ place: r.pick(ctx.outside.filter((v) => v.kecName === 'Sunggal')) }),
    outside: true,
  });
  entries.push({ b: muslimStranger({ place: r.pick(ctx.outside.filter((v) => v.binjai)) }), outside: true });
  for (const kind of ['nik15', 'nikLetter', 'noName']) entries.push({ b: muslimStranger(), bad: kind });
  const order = (e) => (e.outside ? 'Z' : `${e.b.owner.home.kel.kec.code}|${e.b.owner.home.kel.name}`);
  entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  let no = 0;
  let total = 0;
  for (const e of entries) {
    const { b } = e;
    const p = e.outside || e.bad ? b.owner : namedIn(b, 'baznas');
    const name = e.bad === 'noName' ? '' : nameOf(r, p, { caps: true, title: 0.1, dropMarga: 0.05 });
    const nik = e.bad
      ? badNik(rb, p.nik, e.bad)
      : r.pickW([
          [p.nik, 90],
          ['', 10],
        ]);
    const grant = r.pick([2e6, 2.5e6, 3e6, 3e6, 5e6]);
    total += grant;
    let place;
    if (e.outside) {
      const o = outsideCells(r, p);
      place = [upper(o.address), upper(o.kel), upper(o.kec)];
    } else {
      const home = b.owner.home;
      place = [
        upper(`${streetOf(r, home)} ${lingkSpelled(r, home.lingk)}`),
        upper(kelSpelled(r, home.kel)),
        upper(kecSpelled(r, home.kel.kec, { bare: 0.1 })),
      ];
    }
    const cells = [
      ++no,
      name,
      nik,
      ...place,
      upper(TRADES[b.trade].words[r.pick([0, 1])]),
      { num: grant, fmt: '#,##0' },
      phoneOf(r, p.phone, { dashes: 0 }),
      r.pick(['FAKIR', 'MISKIN', 'MISKIN', 'MISKIN', 'GHARIMIN']),
    ];
    if (e.outside) rejectRow(sh, cells, b, 'outside', name);
    else if (e.bad) rejectRow(sh, cells, b, e.bad, name || null);
    else okRow(sh, cells, b, p, name);
  }
  skip(sh, [
    '',
    { text: 'JUMLAH', bold: true },
    '',
    '',
    '',
    '',
    '',
    { num: total, fmt: '#,##0', bold: true },
  ]);
  blank(sh);
  skip(sh, ['', '', '', '', '', '', 'Medan, 30 September 2025']);
  skip(sh, ['', '', '', '', '', '', 'Ketua BAZNAS Kota Medan,']);
  blank(sh);
  blank(sh);
  skip(sh, ['', '', '', '', '', '', 'H. Abdul Halim Daulay, MA']);
  writeXlsx(join(dir, sh.file), [sh], { creator: 'BAZNAS Kota Medan', font: 'Arial' });
}

// ---------------------------------------------------------------------------------------------------
// File 6: UMKM Expo registration from Google Forms, downloaded from Google Sheets as a UTF-8 CSV

const FORMS_HEAD = [
  'Timestamp',
  'Nama Lengkap (sesuai KTP)',
  'NIK',
  'Nomor WhatsApp',
  'Alamat Lengkap (Jalan, Lingkungan, Kelurahan, Kecamatan)',
  'Nama Usaha / Brand',
  'Produk Utama',
  'Omzet Rata-rata per Bulan (Rp)',
  'Sudah punya P-IRT / Halal?',
];

function typed(r, s) {
  return r.pickW([
    [s, 6],
    [s.toLowerCase(), 2],
    [upper(s), 2],
  ]);
}

function buildForms(ctx, dir) {
  const r = rng('forms');
  const rb = rng('forms-bad');
  const sh = newSheet(
    ctx,
    'forms',
    'pendaftaran_umkm_expo_medan_2025.csv',
    'Panitia Medan UMKM Expo 2025',
    'Pendaftaran peserta Medan UMKM Expo 2025 (Google Forms)',
  );
  put(sh, FORMS_HEAD, { header: true });
  const entries = [];
  const at = () => Date.UTC(2025, 7, 1, 7) + r.int(30 * 86400) * 1000;
  for (const b of ctx.businesses) {
    if (!b.files.has('forms')) continue;
    const t = at();
    entries.push({ b, t });
    if (b.formsTwice) entries.push({ b, t: t + r.range(300, 36 * 3600) * 1000 });
  }
  for (let i = 0; i < 4; i++)
    entries.push({
      b: stranger(ctx, rb, { place: pickOutside(ctx, rb, { binjai: i === 3 ? 1 : 0 }) }),
      outside: true,
      t: at(),
    });
  for (const kind of ['nik15', 'nikDate', 'absurd'])
    entries.push({ b: stranger(ctx, rb), bad: kind, t: at() });
  entries.sort((a, b) => a.t - b.t);
  for (const e of entries) {
    const { b } = e;
    const p = e.outside || e.bad ? b.owner : namedIn(b, 'forms');
    const d = new Date(e.t);
    const stamp = `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
    const name = typed(r, nameOf(r, p, { dropMarga: 0.12, dropBr: 0.35, title: 0.2 }));
    const nik = e.bad
      ? badNik(rb, p.nik, e.bad)
      : r.pickW([
          [p.nik, 78],
          [sciNik(p.nik, false), 8],
          [`${p.nik.slice(0, 4)} ${p.nik.slice(4, 8)} ${p.nik.slice(8, 12)} ${p.nik.slice(12)}`, 6],
          ['', 8],
        ]);
    const address = typed(r, e.outside ? outsideAddress(r, p) : addressOf(r, b.owner.home, { city: 0.35 }));
    const money = e.bad ? badMoney(rb, b.omzet, e.bad, false) : null;
    const t = TRADES[b.trade];
    const cells = [
      stamp,
      name,
      nik,
      String(phoneOf(r, p.phone, { number: 0.15, intl: 0.25 })),
      address,
      typed(r, brandWritten(r, b, { empty: 0.1 })),
      r.pick([t.words[2], t.words[0], b.products?.[0] ?? t.words[1]]),
      money ??
        r.pickW([
          [moneyText(r, b.omzet), 3],
          [String(b.omzet), 2],
          [`Rp${dotted(b.omzet)}`, 1],
        ]),
      r.pick(['Sudah P-IRT', 'Belum', 'Sudah P-IRT dan Halal', 'Proses', 'Belum ada']),
    ];
    if (e.outside) rejectRow(sh, cells, b, 'outside', name);
    else if (e.bad) rejectRow(sh, cells, b, e.bad, name);
    else okRow(sh, cells, b, p, name);
  }
  writeCsv(join(dir, sh.file), sh.rows, { sep: ',', eol: '\r\n', encoding: 'utf8', width: 0 });
}

// ---------------------------------------------------------------------------------------------------
// Read-back: the files as written, through a small reader of our own (zip, XML, CSV)

function unzip(buf) {
  let end = buf.length - 22;
  while (end > 0 && buf.readUInt32LE(end) !== 0x06054b50) end--;
  const files = new Map();
  let at = buf.readUInt32LE(end + 16);
  for (let i = buf.readUInt16LE(end + 10); i > 0; i--) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const nameLength = buf.readUInt16LE(at + 28);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const local = buf.readUInt32LE(at + 42);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const body = buf.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(body) : body).toString('utf8'));
    at += 46 + nameLength + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return files;
}
const unxml = (s) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
const colIndex = (letters) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** Row number → cell texts of the first sheet. */
function readXlsxBack(path) {
  const zip = unzip(readFileSync(path));
  const shared = [...(zip.get('xl/sharedStrings.xml') ?? '').matchAll(/<si>(.*?)<\/si>/gs)].map((m) =>
    unxml([...m[1].matchAll(/<t[^>]*>(.*?)<\/t>/gs)].map((t) => t[1]).join('')),
  );
  const rows = new Map();
  for (const m of zip.get('xl/worksheets/sheet1.xml').matchAll(/<row r="(\d+)"[^>]*>(.*?)<\/row>/gs)) {
    const cells = [];
    for (const c of m[2].matchAll(/<c r="([A-Z]+)\d+"([^>]*)>(.*?)<\/c>/gs)) {
      const value = /<v>(.*?)<\/v>/.exec(c[3])?.[1] ?? '';
      if (c[2].includes('t="s"')) cells[colIndex(c[1])] = shared[Number(value)];
      else if (c[2].includes('t="inlineStr"'))
        cells[colIndex(c[1])] = unxml(/<t[^>]*>(.*?)<\/t>/s.exec(c[3])[1]);
      else cells[colIndex(c[1])] = value;
    }
    rows.set(Number(m[1]), cells);
  }
  return rows;
}

function readOdsBack(path) {
  const content = unzip(readFileSync(path)).get('content.xml');
  const table = /<table:table [^>]*>(.*?)<\/table:table>/s.exec(content)[1];
  const rows = new Map();
  let n = 0;
  for (const m of table.matchAll(/<table:table-row([^>]*)>(.*?)<\/table:table-row>/gs)) {
    const repeat = Number(/number-rows-repeated="(\d+)"/.exec(m[1])?.[1] ?? 1);
    const cells = [];
    for (const c of m[2].matchAll(/<table:table-cell([^>]*?)(?:\/>|>(.*?)<\/table:table-cell>)/gs)) {
      const times = Number(/number-columns-repeated="(\d+)"/.exec(c[1])?.[1] ?? 1);
      const text = c[2]
        ? unxml([...c[2].matchAll(/<text:p>(.*?)<\/text:p>/gs)].map((t) => t[1]).join('\n'))
        : '';
      for (let i = 0; i < times && cells.length < 64; i++) cells.push(text);
    }
    if (cells.some((c) => c !== '')) rows.set(n + 1, cells);
    n += repeat;
  }
  if (n !== 1048576) fail(`${path}: ${n} rows, expected 1048576`);
  return rows;
}

function readCsvBack(path, sep, encoding) {
  const buf = readFileSync(path);
  const text = encoding === 'win1252' ? iconv.decode(buf, 'win1252') : buf.toString('utf8');
  const rows = new Map();
  text
    .split('\r\n')
    .slice(0, -1)
    .forEach((line, i) => {
      const cells = [];
      let cell = '';
      let quoted = false;
      for (let k = 0; k < line.length; k++) {
        const ch = line[k];
        if (quoted) {
          if (ch === '"' && line[k + 1] === '"') {
            cell += '"';
            k++;
          } else if (ch === '"') quoted = false;
          else cell += ch;
        } else if (ch === '"') quoted = true;
        else if (ch === sep) {
          cells.push(cell);
          cell = '';
        } else cell += ch;
      }
      cells.push(cell);
      rows.set(i + 1, cells);
    });
  return rows;
}

/** Every way the generator may write a kelurahan, lower-cased. */
function kelForms(kel) {
  const out = new Set([kel.name]);
  for (const [form] of KEL_SPELLINGS[kel.name] ?? []) out.add(form);
  const n = kel.name;
  out.add(n.replace(/^Sei /, 'Sungai '));
  out.add(n.replace(/^Tanjung /, 'Tj. '));
  out.add(n.replace(/^Pasar /, 'Ps. '));
  out.add(n.replace(/^Pasar /, 'Psr. '));
  out.add(n.replace(/^Bandar /, 'Bdr. '));
  out.add(n.replace(/ (I|II|III|IV)$/, (_m, x) => ` ${ROMAN.indexOf(x)}`));
  return [...out].map((s) => s.toLowerCase());
}

const OUTSIDE_WORDS =
  /deli serdang|binjai (utara|kota|barat|timur|selatan)|kota binjai|,? binjai$|percut sei tuan|tanjung morawa|pancur batu|deli tua|patumbak|hamparan perak/i;

function checkBack(sh, rows) {
  const where = (i) => `${sh.file} row ${i}`;
  const last = Math.max(sh.rows.length, ...rows.keys());
  let section = '';
  for (let i = 1; i <= last; i++) {
    const model = sh.rows[i - 1];
    const back = Array.from(rows.get(i) ?? [], (c) => (c ?? '').trim());
    const filled = back.some((c) => c !== '');
    const meant = model?.cells.some((c) => c !== '' && c !== null && c !== undefined) ?? false;
    if (filled !== meant) fail(`${where(i)}: ${filled ? 'filled' : 'blank'} on read-back`);
    if (!model || !meant) continue;
    if (model.header && back[0] !== String(model.cells[0].text ?? model.cells[0]))
      fail(`${where(i)}: header moved`);
    if (model.expected === 'skip' && /^(KELURAHAN|KEL\.) /i.test(back.find((c) => c) ?? ''))
      section = back.find((c) => c);
    if (model.expected !== 'ok' && model.expected !== 'rejected') continue;
    if (model.shows && !back.includes(model.shows.trim())) fail(`${where(i)}: "${model.shows}" not found`);
    const nameCol = { dp3a: 2, dinkop: 1, pirt: 4, pkk: 1, baznas: 1, forms: 1 }[sh.id];
    if (model.shows === null && back[nameCol] !== '') fail(`${where(i)}: name not empty`);
    const text = back.join(' | ');
    if (model.why === 'outside' && !OUTSIDE_WORDS.test(text))
      fail(`${where(i)}: outsider row names no outside place: ${text}`);
    if (model.expected === 'ok') {
      if (OUTSIDE_WORDS.test(text.replace(/jl\. (medan–)?binjai/gi, '')))
        fail(`${where(i)}: valid row names an outside place: ${text}`);
      const kel = model.b.owner.home.kel;
      const lower = `${text} ${sh.id === 'pkk' ? section : ''}`.toLowerCase();
      if (!kelForms(kel).some((f) => lower.includes(f)))
        fail(`${where(i)}: kelurahan ${kel.name} not written: ${text}`);
      if (needsKec(kel) && !lower.includes(kel.kec.short.toLowerCase()) && sh.id !== 'dp3a')
        fail(`${where(i)}: ${kel.name} without its kecamatan: ${text}`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Main: population, files, truth.csv, manifest.json, read-back, summary

function main() {
  mkdirSync(outDir, { recursive: true });
  const city = buildCity();
  const pop = buildPopulation(city);
  const ctx = {
    city,
    people: pop.people,
    businesses: pop.businesses,
    niks: pop.niks,
    phones: pop.phones,
    outside: outsidePlaces(city),
    files: [],
    strangers: 0,
  };
  // A woman whose given name another woman of her kelurahan shares is always written with her marga.
  const given = new Map();
  for (const p of ctx.people)
    if (p.gender === 'P')
      given.set(`${p.home.kel.code}|${p.given}`, (given.get(`${p.home.kel.code}|${p.given}`) ?? 0) + 1);
  for (const p of ctx.people) p.noDrop = p.gender === 'P' && given.get(`${p.home.kel.code}|${p.given}`) > 1;
  assignFiles(ctx);
  buildDp3a(ctx, outDir);
  buildDinkop(ctx, outDir);
  buildPirt(ctx, outDir);
  buildPkk(ctx, outDir);
  buildBaznas(ctx, outDir);
  buildForms(ctx, outDir);

  const truth = ['file,sheet_row,person_key,business_key,expected'];
  for (const sh of ctx.files)
    sh.rows.forEach((row, i) => {
      const filled = row.cells.some((c) => c !== '' && c !== null && c !== undefined);
      if (!filled || row.header) return;
      if (!row.expected) fail(`${sh.file} row ${i + 1}: no truth`);
      truth.push(`${sh.file},${i + 1},${row.p?.key ?? ''},${row.b?.key ?? ''},${row.expected}`);
    });
  writeFileSync(join(outDir, 'truth.csv'), `${truth.join('\n')}\n`);
  const manifest = {
    region: REGION,
    files: ctx.files.map(({ file, source, description }) => ({ file, source, description })),
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const sh of ctx.files) {
    const path = join(outDir, sh.file);
    const rows = sh.file.endsWith('.xlsx')
      ? readXlsxBack(path)
      : sh.file.endsWith('.ods')
        ? readOdsBack(path)
        : readCsvBack(path, sh.id === 'dinkop' ? ';' : ',', sh.id === 'dinkop' ? 'win1252' : 'utf8');
    checkBack(sh, rows);
  }
  const rejectedKeys = new Set();
  const seen = new Map();
  for (const sh of ctx.files)
    for (const row of sh.rows) {
      if (row.expected === 'rejected') {
        if (rejectedKeys.has(row.p.key)) fail(`${row.p.key} in two rejected rows`);
        rejectedKeys.add(row.p.key);
      } else if (row.expected === 'ok') {
        if (!seen.has(row.b.key)) seen.set(row.b.key, new Set());
        seen.get(row.b.key).add(sh.id);
      }
    }
  for (const b of ctx.businesses) if (!seen.has(b.key)) fail(`${b.key} is in no file`);

  const count = { ok: 0, rejected: 0, skip: 0 };
  const perFile = ctx.files.map((sh) => {
    const c = { ok: 0, rejected: 0, skip: 0 };
    for (const row of sh.rows) if (row.expected) c[row.expected]++;
    for (const k of Object.keys(count)) count[k] += c[k];
    return `${sh.file} (${c.ok} ok, ${c.rejected} rejected, ${c.skip} skip)`;
  });
  const named = new Set(
    ctx.files.flatMap((sh) => sh.rows.filter((r) => r.expected === 'ok').map((r) => r.p.key)),
  );
  const husbands = new Set(
    ctx.files.flatMap((sh) =>
      sh.rows.filter((r) => r.expected === 'ok' && r.p !== r.b.owner).map((r) => r.p.key),
    ),
  );
  const units = (prefix) => new Set(ctx.people.map((p) => p.unit).filter((u) => u?.startsWith(prefix))).size;
  const owners = ctx.people.filter((p) => p.businesses.length);
  const byCount = [1, 2, 3].map((n) => owners.filter((p) => p.businesses.length === n).length);
  const spread = [1, 2, 3, 4, 5, 6].map((n) => [...seen.values()].filter((s) => s.size === n).length);
  console.log(
    `Tenth set (seed ${seedArg}, Kota Medan ${REGION}): ${ctx.people.length} people (${named.size} named in ok rows, ${husbands.size} of them husbands named for a wife's business) in ${new Set(owners.map((p) => p.home.kel.code)).size} kelurahan of ${new Set(owners.map((p) => p.home.kel.kec.code)).size} kecamatan; look-alikes: ${units('MD')} mother-daughter pairs, ${units('IP')} pairs of sisters-in-law, ${units('NS')} namesake pairs; ${ctx.businesses.length} businesses (owners of one: ${byCount[0]}, two: ${byCount[1]}, three: ${byCount[2]}; in 1/2/3/4/5/6 files: ${spread.join('/')}). Files: ${perFile.join('; ')}. In all ${count.ok + count.rejected + count.skip} truth lines: ${count.ok} ok, ${count.rejected} rejected, ${count.skip} skip. Every truth line checked against its row on read-back.`,
  );
}

main();
