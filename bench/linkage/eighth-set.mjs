#!/usr/bin/env node
// Eighth linkage set: PILAR SERVING ANOTHER REGION — Kabupaten Malang (regency 35.07), not Kota Malang.
//
//   node bench/linkage/eighth-set.mjs <seed> <outdir>
//
// Writes five office files of Kabupaten Malang about one synthetic population of home industries
// (industri rumahan), plus truth.csv and manifest.json (region "35.07"), reads every file back to check
// each truth line against the row it names, and prints a one-paragraph summary. Everything is derived
// from the seed (mulberry32 over FNV-1a of "pilar-eighth-set:<seed>", one sub-stream per concern, keyed
// "pilar-eighth-set:<seed>/<concern>"); zip entries and document properties carry fixed timestamps, so
// two runs with one seed give byte-identical files. Runtime: a few seconds.
//
// Area names and codes are read at run time from the npm package idn-area-data (Kemendagri codes; data
// © idn-area-data contributors, Open Database License (ODbL) 1.0). Kecamatan and desa names are real;
// people, businesses, NIKs, phones, permits and dusun assignments are synthetic.
//
// What a regency registry sees and a city registry does not:
//  - DESA, not kelurahan ("Desa", "Desa/Kel", "Ds.", "Ds. Pakisjajar", "Pakis Jajar"); a few kelurahan
//    (Kepanjen, Lawang, Candirenggo, ...) written "Kel.".
//  - DUSUN (hamlet) in addresses: "Dsn. Krajan RT 02 RW 05 Ds. Tumpang"; "Krajan" exists in most desa, so
//    a dusun alone says nothing. Whole addresses sit in one cell in varying order and abbreviation
//    ("Kec.", "Kecamatan", "Kab. Malang").
//  - SAME-NAMED DESA in different kecamatan (Ampeldento in Pakis and Karangploso, Baturetno in Dampit and
//    Singosari, Wonorejo in Poncokusumo, Singosari and Lawang, Jatisari, Kemiri, Ngebruk, Sukolilo,
//    Sumbersuko, Jeru, Sukoanyar). Rows in such desa sometimes carry the kecamatan (in the row, a
//    section row or the file title) and sometimes only the desa name: both are ok rows (the import may
//    flag the second kind as uncertain; it must not drop them). Namesakes living in two same-named desa
//    of different kecamatan are different people.
//  - Desa whose name also exists in Kota Malang or Kota Batu (Purwodadi in Tirtoyudo, Sumberejo in
//    Poncokusumo, Gunungsari in Tajinan, Sidomulyo in Jabung): rows of people living there ALWAYS carry
//    their kecamatan somewhere (address, kecamatan column, section row), so they can be read as inside.
//
// The files, in import order (manifest.json), each its own import with its office as source:
//  1. pendataan_ir_dp3a_kab_malang_2025.xlsx (DP3A Kabupaten Malang's survey workbook): three merged
//     title rows, a blank row, header on row 5 ("No, Nama Pemilik, NIK, L/P, Tgl. Lahir, Alamat
//     (Dusun, RT/RW), Desa/Kel, Jenis Usaha, Nama Usaha, Omzet/Bulan (Rp), Tenaga Kerja, No. HP, Level
//     IR"), a column-numbering row "(1) (2) ...", then per kecamatan a section row ("KECAMATAN DAMPIT"),
//     its rows and a subtotal row; a grand total, a note and a signature block (Kepanjen, Kepala Dinas,
//     NIP). One row per business (a woman with two businesses has two rows). NIK as text, sometimes with
//     spaces, sometimes a number cell that kept 15 digits (the row is ok, the NIK unusable), sometimes
//     "-", a few mistyped; birth dates as date cells or text; omzet as numbers, digits stored as text or
//     "Rp 2.500.000" / "2,5 jt". Rejected: three outsiders under a nearby kecamatan section (a Kota
//     Malang kelurahan, a Kota Malang kelurahan and a Batu desa named like regency desa; desa cell e.g.
//     "Bumiayu (Kota Malang)", "Kel. Arjosari Kec. Blimbing Kota Malang") and six bad rows (NIK of 15
//     digits, NIK with a letter, impossible NIK date, empty name, negative omzet, absurd omzet). A
//     second sheet "Rekap" counts rows per kecamatan (not data).
//  2. data_umkm_ikm_diskopindag_2025.csv (Diskopindag Kabupaten Malang's UMKM/IKM list): ";" CSV,
//     Windows-1252, CRLF; a title line, a date line, an empty-cells line (";;;;", a blank row), header on
//     line 4 ("NO;NAMA PEMILIK;NIK;NAMA USAHA;ALAMAT USAHA;JENIS INDUSTRI;KBLI;NIB;OMZET/BLN (RP);NO.
//     TELP/HP;KETERANGAN"), the whole address in one cell (dusun, RT/RW, desa, maybe kecamatan, maybe
//     "Kab. Malang", in any order), names mostly in capitals with titles, NIKs with dots/spaces/a leading
//     apostrophe or as Excel's "3,50715E+15" (unusable, row ok), a few NIKs mistyped by one digit or one
//     swap (still the named person's: ok), sometimes the husband as NAMA PEMILIK with HIS NIK; a count
//     line and a source note at the end. Rejected: five outsiders (Kota Malang, Kota Batu, each once with
//     a name that is also a regency desa; Kab. Pasuruan/Blitar/Lumajang) and the six bad-row kinds.
//  3. register_pirt_dinkes_kab_malang.xlsx (Dinas Kesehatan's SPP-IRT register): two title rows, a blank
//     row, header on row 4 ("No, Nomor P-IRT, Nama Produk, Merek, Nama Pemilik/Pemohon, Alamat Produksi,
//     Kecamatan, No. Telp, Tgl. Terbit, Berlaku s/d, Ket."); one row PER PRODUCT; a section row per
//     year of issue, each (but the first) followed by a repeated header row. P-IRT numbers are
//     "P TT 3507 SS NNNN-YY" (region digits 3507, producer serial NNNN shared by one business's
//     certificates; a renewal repeats the number with a new expiry year, both rows listed). The
//     applicant named is sometimes the owner's husband (on a first issue; renewals in her name).
//     Rejected: three outsiders (Kota Batu and Kota Malang, both in places named like regency desa, and
//     a neighbouring regency; their P-IRT numbers carry their own region digits) and one row with an
//     empty applicant name.
//  4. rekap_up2k_pkk_kec_pakis_2024.xlsx (TP PKK Kecamatan Pakis's recap): title rows, header on row 5
//     ("No, Nama, Umur, Alamat, Jenis Usaha, Modal (Rp), Omset/Bln (Rp), Ket."); rows GROUPED BY DESA,
//     the desa written only in a merged section row above its rows ("DESA AMPELDENTO"), numbering
//     restarting per desa, a "Jumlah" row per desa, a signature block. No NIK; "Ny.", "Ibu", old
//     spellings (Soemiati, Djoewarijah) for older women; Alamat is only the dusun (or street) and RT/RW.
//     Rejected: two women living in Kota Malang (their Alamat names the city or a city kecamatan), one
//     empty name, one absurd omset.
//  5. anggota_kopwan_singosari_2025.ods (a women's cooperative of Kecamatan Singosari, member list):
//     three spanned title rows, a blank row, header on row 5 ("No, No. Anggota, Nama Anggota, Alamat, Desa,
//     Usaha, No. HP, Tgl. Masuk, Simpanan Pokok"); nicknames with "Bu"/"Mbak"/"Mak" ("Bu Yuni", "Mak
//     Tum", "Bu Hj. Siti"); desa without kecamatan (kecamatan only in the title), except members from
//     neighbouring Lawang ("Wonorejo Kec. Lawang"); phones as text or as number cells (leading 0 lost);
//     dates as date cells; one row per member, about the business whose trade it names; a total row and
//     signatures. Rejected: three members living in Kota Malang (one in Arjosari/Purwodadi/Mulyorejo,
//     kelurahan named like regency desa, always with "Kota Malang"), one empty name.
//
// truth.csv: file,sheet_row,person_key,business_key,expected. One line per non-blank row of each file's
// data sheet (the first sheet) that is not its column-header row.
//  - sheet_row is the row number a spreadsheet app shows (title and blank rows count); for the CSV it is
//    the physical line number (no cell holds a line break). A row whose cells are all empty is blank.
//  - person_key (P0001...) is the true person NAMED in the row. When a husband is named for his wife's
//    business (P-IRT applicant, Diskopindag "NAMA PEMILIK"), the row carries HIS person key and HER
//    business key. A NIK written in a row is the NIK of the person named there (mistyped ones included).
//  - business_key (B0001...) is the true business the row describes; a PKK or cooperative row naming a
//    trade describes the woman's business of that trade.
//  - expected: ok, rejected, or skip (title, section, subtotal/total, note, signature, repeated header and
//    column-numbering rows; empty keys). Rejected rows have keys PX.../BX... appearing nowhere else.
//  - REJECTED = (a) the row's person lives OUTSIDE Kabupaten Malang, or (b) a bad row: full NIK of wrong
//    length or with letters, impossible NIK birth date, empty owner name, negative turnover, or absurd
//    turnover (trillions a month). The rule for (a), kept simple: a row is outside iff its own cells say
//    "Kota Malang", "Kota Batu" or "Kab./Kabupaten <neighbour>" (Pasuruan, Blitar, Lumajang), or name a
//    kecamatan of those (Blimbing, Klojen, Kedungkandang, Sukun, Lowokwaru; Batu, Bumiaji, Junrejo; the
//    neighbour's kecamatan always comes with its regency). Every outsider row generated here says so
//    explicitly. A Kota Malang kelurahan whose name is also a desa of the regency (Purwodadi, Arjosari,
//    Mulyorejo) or a Batu desa named like a regency desa (Sumberejo, Gunungsari, Sidomulyo, Pandanrejo,
//    Tulungrejo) is outside only because the row also says the city or a city kecamatan. Where a row
//    sits in a regency section (a kecamatan section, a PKK desa section) but its own address says Kota
//    Malang, the address wins: rejected. NIK region codes say nothing: people first registered in Kota
//    Malang (3573), Batu (3579), Surabaya (3578), Blitar (3505) or Pasuruan (3514) but living in the
//    regency are ok.
//  - A NIK stored in a number cell (15 significant digits kept, the last turned to 0), shown in
//    scientific notation, written "-" or left empty is unusable but never makes a row bad. A NIK
//    mistyped by one digit or one swap of neighbours stays structurally valid and never equals another
//    person's NIK: the row is ok.
//
// Look-alikes that must stay apart: namesakes in same-named desa of different kecamatan (often in one
// trade); namesakes in one desa living in different dusun; mother and daughter in one house and trade
// (each her own business; sometimes one phone); sisters in one desa (often one first name "Sri ...");
// spouses (the husband named on some forms for his wife's business, sometimes with a business of his
// own); one woman's two or three businesses (sometimes under one brand prefix).
//
// NIK convention: 35 07 + kecamatan code + DDMMYY (DD+40 for women) + serial 0001-9999; about one in
// ten registered first in another kecamatan of the regency (moved on marriage), about one in twelve
// elsewhere (3573 Kota Malang, 3579 Batu, 3578 Surabaya, 3505 Blitar, 3514 Pasuruan).

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------------
// Seeded randomness: one mulberry32 stream per concern

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function mulberry32(a) {
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Rng {
  constructor(seedNumber) {
    this.next = mulberry32(seedNumber);
  }
  float() {
    return this.next();
  }
  int(lo, hi) {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p) {
    return this.next() < p;
  }
  pick(list) {
    return list[Math.floor(this.next() * list.length)];
  }
  weighted(pairs) {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [item, w] of pairs) {
      x -= w;
      if (x < 0) return item;
    }
    return pairs[pairs.length - 1][0];
  }
  shuffle(list) {
    const a = list.slice();
    for (let i = a.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [a[i], a[j]] = [a[j], a[i]];
    }
    return a;
  }
  normal() {
    const u = Math.max(this.next(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next());
  }
}

const [seedArg, outDir] = process.argv.slice(2);
if (seedArg === undefined || !outDir) {
  console.error('usage: node bench/linkage/eighth-set.mjs <seed> <outdir>');
  process.exit(2);
}
const SEED_TEXT = `pilar-eighth-set:${seedArg}`;
const stream = (concern) => new Rng(fnv1a(`${SEED_TEXT}/${concern}`) || 1);

const FIXED_DATE = new Date(Date.UTC(2025, 9, 20, 8, 0, 0)); // zip entries and document properties
const REGION = '35.07';

function fail(message) {
  throw new Error(`eighth-set: ${message}`);
}

// ---------------------------------------------------------------------------------------------------
// Areas: Kemendagri codes and names from idn-area-data (ODbL)

function parseCsvLine(line, sep = ',') {
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
    } else if (ch === '"') quoted = true;
    else if (ch === sep) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function readAreaCsv(name) {
  const dir = fileURLToPath(new URL('../../node_modules/idn-area-data/data/', import.meta.url));
  const lines = readFileSync(join(dir, name), 'utf8').split(/\r?\n/).filter(Boolean);
  return lines.slice(1).map((l) => parseCsvLine(l));
}

const AREA = (() => {
  const regencies = new Map(readAreaCsv('regencies.csv').map(([code, , name]) => [code, name]));
  const districts = new Map();
  for (const [code, regency, name] of readAreaCsv('districts.csv')) {
    if (/^35\./.test(code)) districts.set(code, { code, regency, name });
  }
  const villages = new Map(); // district code -> villages
  for (const [code, district, name] of readAreaCsv('villages.csv')) {
    if (!/^35\./.test(code)) continue;
    if (!villages.has(district)) villages.set(district, []);
    // village code PP.KK.CC.TVVV: T = 1 for kelurahan, 2 for desa
    villages.get(district).push({ code, district, name, kel: code.split('.')[3][0] === '1' });
  }
  if (regencies.get(REGION) !== 'Kabupaten Malang') fail('regency 35.07 is not Kabupaten Malang');
  return { regencies, districts, villages };
})();

const villagesOf = (regency) =>
  [...AREA.districts.values()]
    .filter((d) => d.regency === regency)
    .flatMap((d) => AREA.villages.get(d.code) ?? []);
const REGENCY_DISTRICT_NAMES = new Set(
  [...AREA.districts.values()].filter((d) => d.regency === REGION).map((d) => d.name),
);
const REGENCY_VILLAGE_NAMES = new Set(villagesOf(REGION).map((v) => v.name));
const ALL_DISTRICT_NAMES = new Set([...AREA.districts.values()].map((d) => d.name));
const CITY_VILLAGE_NAMES = new Set([...villagesOf('35.73'), ...villagesOf('35.79')].map((v) => v.name));

// The kecamatan served in this set (code suffix, weight of population, desa to draw).
const KEC_PLAN = [
  ['05', 1.0, 5], // Dampit
  ['07', 1.0, 6], // Poncokusumo
  ['08', 0.7, 4], // Wajak
  ['09', 1.0, 5], // Turen
  ['12', 0.6, 4], // Sumberpucung
  ['13', 1.1, 5], // Kepanjen
  ['15', 0.8, 5], // Tajinan
  ['16', 1.0, 5], // Tumpang
  ['17', 0.8, 6], // Jabung
  ['18', 1.7, 9], // Pakis (PKK recap)
  ['19', 0.9, 5], // Pakisaji
  ['23', 0.8, 4], // Karangploso
  ['24', 1.7, 9], // Singosari (cooperative list)
  ['25', 1.0, 5], // Lawang
  ['30', 0.6, 4], // Tirtoyudo
];
// Same-named desa that must be served in two or more of the kecamatan above.
// biome-ignore format: compact data table
const TWIN_DESA = [
  'Ampeldento', 'Baturetno', 'Jatisari', 'Kemiri', 'Ngebruk', 'Sukolilo', 'Wonorejo', 'Sumbersuko', 'Jeru',
  'Sukoanyar',
];
// Desa of the regency whose name is also a kelurahan/desa of Kota Malang or Kota Batu.
const OVERLAP_DESA = ['Purwodadi', 'Sumberejo', 'Gunungsari', 'Sidomulyo'];
// Kecamatan of Kota Malang and Kota Batu: a row naming one of them lives outside the regency.
// biome-ignore format: compact data table
const CITY_KECAMATAN = [
  'Blimbing', 'Klojen', 'Kedungkandang', 'Sukun', 'Lowokwaru', 'Batu', 'Bumiaji', 'Junrejo',
];

// biome-ignore format: compact data table
const DUSUN_POOL = [
  'Krajan', 'Karangan', 'Ngemplak', 'Gondang', 'Kebonsari', 'Boro', 'Ledok', 'Bunder', 'Gading', 'Precet',
  'Glagah', 'Jambu', 'Kauman', 'Rejosari', 'Ketangi', 'Sumberwaru', 'Sumbermulyo', 'Ngrembyung', 'Bendungan',
  'Gempol', 'Kedunggeneng', 'Sempol', 'Genitri', 'Umbulan', 'Sumbergesing', 'Tegalrejo', 'Sonotengah',
  'Kalisari', 'Ngembul', 'Pandean', 'Sukosari', 'Wonokoyo', 'Banaran', 'Kebonagung', 'Kampung Baru',
  'Jurangrejo', 'Bodo', 'Klampokan', 'Kramat', 'Lowok', 'Ngepeh', 'Tretes', 'Sumbersari', 'Karanglo',
  'Jamuran',
].filter((d) => !REGENCY_VILLAGE_NAMES.has(d) && !CITY_VILLAGE_NAMES.has(d) && !ALL_DISTRICT_NAMES.has(d));

function buildServedArea(rng) {
  for (const c of CITY_KECAMATAN) {
    if (REGENCY_VILLAGE_NAMES.has(c) || REGENCY_DISTRICT_NAMES.has(c))
      fail(`city kecamatan ${c} is a regency name`);
  }
  const kecs = [];
  for (const [suffix, weight, count] of KEC_PLAN) {
    const code = `${REGION}.${suffix}`;
    const d = AREA.districts.get(code);
    if (!d) fail(`no district ${code}`);
    const all = (AREA.villages.get(code) ?? []).filter(
      // a desa named like another kecamatan of the regency (Ampelgading in Tirtoyudo) would read as that kecamatan
      (v) => !(REGENCY_DISTRICT_NAMES.has(v.name) && v.name !== d.name),
    );
    const must = all.filter(
      (v) => TWIN_DESA.includes(v.name) || OVERLAP_DESA.includes(v.name) || v.name === d.name,
    );
    const rest = rng.shuffle(all.filter((v) => !must.includes(v)));
    const desa = [...must, ...rest.slice(0, Math.max(0, count - must.length))].sort((a, b) =>
      a.code < b.code ? -1 : 1,
    );
    kecs.push({ code, suffix, name: d.name, weight, desa });
  }
  // every desa gets its dusun (a kelurahan has none: its people write a street)
  for (const k of kecs) {
    for (const v of k.desa) {
      v.kec = k;
      v.overlap = CITY_VILLAGE_NAMES.has(v.name);
      v.dusun = [];
      if (v.kel) continue;
      const pool = rng.shuffle(DUSUN_POOL);
      if (rng.chance(0.75)) v.dusun.push('Krajan');
      for (const d of pool) {
        if (v.dusun.length >= rng.int(3, 5)) break;
        if (!v.dusun.includes(d)) v.dusun.push(d);
      }
    }
  }
  const served = kecs.flatMap((k) => k.desa);
  for (const t of TWIN_DESA) {
    const ks = new Set(served.filter((v) => v.name === t).map((v) => v.kec.code));
    if (ks.size < 2) fail(`twin desa ${t} is served in ${ks.size} kecamatan`);
  }
  for (const o of OVERLAP_DESA) {
    if (!served.some((v) => v.name === o)) fail(`overlap desa ${o} not served`);
    if (!CITY_VILLAGE_NAMES.has(o)) fail(`overlap desa ${o} is not a city name`);
  }
  for (const v of served) v.twin = served.some((w) => w !== v && w.name === v.name);
  return { kecs, served };
}

// Places outside the regency for outsider rows; "tricky" ones share a name with a desa of the regency.
function buildOutsideAreas() {
  const city = (regency, label) =>
    villagesOf(regency).map((v) => ({
      name: v.name,
      kecName: AREA.districts.get(v.district).name,
      regencyLabel: label,
      kel: v.kel,
      tricky: REGENCY_VILLAGE_NAMES.has(v.name),
    }));
  const kotaMalang = city('35.73', 'Kota Malang');
  const kotaBatu = city('35.79', 'Kota Batu');
  const neighbours = [];
  for (const [dcode, label] of [
    ['35.14.01', 'Kab. Pasuruan'],
    ['35.14.08', 'Kab. Pasuruan'],
    ['35.05.21', 'Kab. Blitar'],
    ['35.05.18', 'Kab. Blitar'],
    ['35.08.02', 'Kab. Lumajang'],
  ]) {
    const d = AREA.districts.get(dcode);
    for (const v of AREA.villages.get(dcode) ?? []) {
      if (REGENCY_VILLAGE_NAMES.has(v.name)) continue;
      neighbours.push({ name: v.name, kecName: d.name, regencyLabel: label, kel: v.kel, tricky: false });
    }
  }
  if (!kotaMalang.some((v) => v.tricky) || !kotaBatu.some((v) => v.tricky)) fail('no tricky city names');
  return { kotaMalang, kotaBatu, neighbours };
}

// ---------------------------------------------------------------------------------------------------
// Names: Javanese/Muslim given names with the nickname a neighbour would use

// biome-ignore format: compact data table
const OLD_SINGLE = [
  ['Sumiati', 'Sum'], ['Sulastri', 'Lastri'], ['Suprapti', 'Prapti'], ['Suwarni', 'Warni'],
  ['Painem', 'Inem'], ['Tumini', 'Tum'], ['Katini', 'Tini'], ['Juwariyah', 'Ju'], ['Musrifah', 'Ifah'],
  ['Khotijah', 'Tijah'], ['Rukayah', 'Ruk'], ['Maisaroh', 'Saroh'], ['Mukarromah', 'Romah'],
  ['Kasiyati', 'Yati'], ['Sumarni', 'Marni'], ['Tukiyem', 'Kiyem'], ['Saminah', 'Minah'],
  ['Suliyah', 'Liyah'], ['Sutini', 'Tini'], ['Supiyah', 'Piyah'], ['Rasmini', 'Mini'], ['Wagiyem', 'Giyem'],
  ['Sriatun', 'Atun'], ['Karsini', 'Sini'], ['Maryati', 'Yati'], ['Sunarti', 'Narti'], ['Rusmiati', 'Rus'],
  ['Juminten', 'Minten'], ['Poniyem', 'Poni'], ['Jumaiyah', 'Jum'], ['Satinah', 'Tinah'],
  ['Kustiyah', 'Kus'], ['Tumirah', 'Mirah'], ['Sulikah', 'Likah'], ['Ngatini', 'Tini'],
];
const OLD_FIRST = ['Siti', 'Sri', 'Endang', 'Umi', 'Tutik', 'Lilik', 'Ninik', 'Nanik', 'Nur', 'Tri', 'Dwi'];
// biome-ignore format: compact data table
const OLD_SECOND = [
  ['Aminah', 'Minah'], ['Fatimah', 'Fat'], ['Maryam', 'Maryam'], ['Rohmah', 'Rohmah'], ['Wahyuni', 'Yuni'],
  ['Utami', 'Tami'], ['Rahayu', 'Ayu'], ['Hasanah', 'Hasanah'], ['Kulsum', 'Kulsum'], ['Handayani', 'Yani'],
  ['Suryani', 'Yani'], ['Sugiarti', 'Giarti'], ['Astutik', 'Tutik'], ['Sulistyowati', 'Sulis'],
  ['Mardiyah', 'Mardiyah'], ['Zulaikah', 'Ika'], ['Khoiriyah', 'Khoir'], ['Suhartini', 'Tini'],
  ['Widayati', 'Wida'], ['Nurhayati', 'Yati'], ['Supartini', 'Tini'], ['Lestari', 'Tari'],
  ['Mulyani', 'Mul'], ['Aisyah', 'Aisyah'], ['Juwariyah', 'Ju'],
];
// biome-ignore format: compact data table
const YOUNG_FIRST = [
  'Dewi', 'Rina', 'Novi', 'Anisa', 'Fitri', 'Yuli', 'Eka', 'Laila', 'Luluk', 'Anis', 'Ika', 'Dian', 'Nurul',
  'Siti', 'Indah', 'Rika', 'Mega', 'Ria', 'Sulis', 'Heni', 'Puji', 'Susi', 'Ani', 'Evi', 'Sri', 'Yayuk',
  'Wahyu', 'Nur', 'Binti', 'Ummi', 'Erna', 'Lia', 'Rini', 'Dwi', 'Tri',
];
// biome-ignore format: compact data table
const YOUNG_SECOND = [
  ['Lestari', 'Tari'], ['Wati', 'Wati'], ['Sari', 'Sari'], ['Rahmawati', 'Rahma'], ['Handayani', 'Yani'],
  ['Astutik', 'Tutik'], ['Puspitasari', 'Puspita'], ['Fitriyah', 'Fitri'], ['Mahmudah', 'Mud'],
  ['Fatmawati', 'Fatma'], ['Wulandari', 'Wulan'], ['Kusumawati', 'Kusuma'], ['Hidayah', 'Dayah'],
  ['Nurjanah', 'Janah'], ['Hanik', 'Hanik'], ['Agustina', 'Tina'], ['Ningsih', 'Ning'],
  ['Permatasari', 'Permata'], ['Susanti', 'Santi'], ['Setyowati', 'Setyo'], ['Purwati', 'Pur'],
  ['Suryani', 'Yani'], ['Nurhayati', 'Yati'], ['Mulyani', 'Mul'], ['Mustaghfiroh', 'Firoh'],
  ['Aini', 'Aini'], ['Rahayu', 'Ayu'], ['Kurniasari', 'Kurnia'], ['Yuliani', 'Yuli'], ['Safitri', 'Fitri'],
  ['Maulidiyah', 'Maulid'], ['Anggraini', 'Anggi'], ['Oktaviani', 'Okta'], ['Khasanah', 'Khasanah'],
];
// a first name people call her by (otherwise the nickname comes from the second name)
const FIRST_AS_NICK = new Set([
  'Endang',
  'Umi',
  'Tutik',
  'Lilik',
  'Ninik',
  'Nanik',
  'Dewi',
  'Rina',
  'Novi',
  'Anisa',
  'Fitri',
  'Yuli',
  'Eka',
  'Laila',
  'Luluk',
  'Anis',
  'Ika',
  'Dian',
  'Nurul',
  'Indah',
  'Rika',
  'Mega',
  'Ria',
  'Sulis',
  'Heni',
  'Puji',
  'Susi',
  'Ani',
  'Evi',
  'Yayuk',
  'Erna',
  'Lia',
  'Rini',
]);
// biome-ignore format: compact data table
const MEN_SINGLE = [
  'Slamet', 'Sugeng', 'Suparno', 'Paijo', 'Sutrisno', 'Suwarno', 'Mulyono', 'Kasiman', 'Poniran', 'Sukardi',
  'Ngatimin', 'Tukimin', 'Sarwono', 'Kuswanto', 'Sumadi', 'Karyono',
];
// biome-ignore format: compact data table
const MEN_FIRST = [
  'Ahmad', 'Moch.', 'Muhammad', 'Abdul', 'Imam', 'Heri', 'Agus', 'Budi', 'Joko', 'Eko', 'Bambang', 'Didik',
  'Hadi', 'Arif', 'Yusuf', 'Rudi',
];
// biome-ignore format: compact data table
const MEN_SECOND = [
  'Fauzi', 'Ridwan', 'Rohman', 'Syafii', 'Susanto', 'Setiawan', 'Santoso', 'Purnomo', 'Prasetyo', 'Wahyudi',
  'Hidayat', 'Kholiq', 'Mansur', 'Effendi', 'Hariyanto', 'Sholeh', 'Ansori',
];
const MEN_NOT_NICK = new Set(['Ahmad', 'Moch.', 'Muhammad', 'Abdul']);

function womanName(rng, old) {
  if (old && rng.chance(0.45)) return rng.pick(OLD_SINGLE);
  for (;;) {
    const first = rng.pick(old ? OLD_FIRST : YOUNG_FIRST);
    const [second, secondNick] = rng.pick(old ? OLD_SECOND : YOUNG_SECOND);
    const a = first.toLowerCase();
    const b = second.toLowerCase();
    if (a.startsWith(b.slice(0, 4)) || b.startsWith(a.slice(0, 4))) continue;
    const nick = FIRST_AS_NICK.has(first) && rng.chance(0.65) ? first : secondNick;
    return [`${first} ${second}`, nick];
  }
}

function manName(rng) {
  if (rng.chance(0.35)) {
    const n = rng.pick(MEN_SINGLE);
    return [n, n];
  }
  const first = rng.pick(MEN_FIRST);
  const second = rng.pick(MEN_SECOND);
  return [`${first} ${second}`, MEN_NOT_NICK.has(first) ? second : first];
}

// ---------------------------------------------------------------------------------------------------
// Trades: what home industries of the regency make (KBLI 2020), with products for P-IRT rows

// biome-ignore format: compact data table
const TRADES = [
  { id: 'ktempe', label: 'Keripik Tempe', alts: ['keripik tempe', 'Kripik Tempe', 'kripik tempe', 'jualan kripik tempe'],
    kbli: '10794', food: true, male: 0.15, w: 6,
    products: [['Keripik Tempe Original', '14', '2'], ['Keripik Tempe Pedas', '14', '2'],
      ['Keripik Tempe Daun Jeruk', '14', '2']] },
  { id: 'kpisang', label: 'Keripik Pisang', alts: ['keripik pisang', 'Kripik Pisang', 'kripik gedang'],
    kbli: '10794', food: true, male: 0.1, w: 5,
    products: [['Keripik Pisang Manis', '14', '2'], ['Keripik Pisang Asin', '14', '2'],
      ['Keripik Pisang Coklat', '14', '2']] },
  { id: 'kapel', label: 'Olahan Apel', alts: ['keripik apel', 'Kripik Apel', 'olahan apel', 'Keripik & Sari Apel'],
    kbli: '10794', food: true, male: 0.2, w: 1, boost: { Poncokusumo: 8, Tumpang: 3, Jabung: 2 },
    products: [['Keripik Apel', '14', '2'], ['Dodol Apel', '08', '5'], ['Sari Apel', '11', '3']] },
  { id: 'kerupuk', label: 'Kerupuk/Rengginang', alts: ['rengginang', 'Kerupuk', 'kerupuk & rengginang', 'opak gambir'],
    kbli: '10794', food: true, male: 0.15, w: 4,
    products: [['Rengginang Ketan', '14', '2'], ['Kerupuk Puli', '14', '2'], ['Opak Gambir', '14', '2']] },
  { id: 'kopi', label: 'Kopi Bubuk', alts: ['kopi bubuk', 'Bubuk Kopi', 'kopi', 'olah kopi'],
    kbli: '10761', food: true, male: 0.4, w: 1, boost: { Dampit: 10, Tirtoyudo: 10, Wajak: 2 },
    products: [['Kopi Bubuk Robusta', '12', '2'], ['Kopi Bubuk Arabika', '12', '2'],
      ['Kopi Jahe', '12', '2']] },
  { id: 'kuebasah', label: 'Kue Basah', alts: ['kue basah', 'Jajan Pasar', 'jajanan pasar', 'kue'],
    kbli: '10792', food: true, male: 0.02, w: 6,
    products: [['Lemper', '09', '1'], ['Nagasari', '09', '1'], ['Getuk Lindri', '09', '1'],
      ['Kue Lapis', '09', '1']] },
  { id: 'kuekering', label: 'Kue Kering', alts: ['kue kering', 'Kue Kering/Nastar', 'kue lebaran'],
    kbli: '10710', food: true, male: 0.02, w: 4,
    products: [['Nastar', '09', '4'], ['Kastengel', '09', '4'], ['Putri Salju', '09', '4'],
      ['Kue Bawang', '09', '2']] },
  { id: 'roti', label: 'Roti & Bolu', alts: ['roti', 'Roti/Bolu', 'bolu kukus', 'Roti dan Kue'],
    kbli: '10710', food: true, male: 0.1, w: 3,
    products: [['Roti Manis', '09', '2'], ['Bolu Kukus', '09', '1'], ['Brownies Kukus', '09', '1']] },
  { id: 'sambel', label: 'Sambel Pecel', alts: ['sambel pecel', 'Sambal Pecel', 'bumbu pecel'],
    kbli: '10799', food: true, male: 0.05, w: 3,
    products: [['Sambel Pecel', '10', '2'], ['Bumbu Rujak', '10', '2']] },
  { id: 'tempe', label: 'Tempe', alts: ['tempe', 'Produksi Tempe', 'tempe kedelai'],
    kbli: '10391', food: true, male: 0.4, w: 2, boost: { Pakis: 2, Karangploso: 2 },
    products: [['Tempe Kedelai', '07', '2'], ['Tempe Bungkus Daun', '07', '1']] },
  { id: 'jamu', label: 'Jamu Tradisional', alts: ['jamu', 'Jamu Gendong', 'minuman jamu', 'jual jamu'],
    kbli: '11090', food: true, male: 0.02, w: 3,
    products: [['Jamu Kunir Asem', '11', '3'], ['Beras Kencur', '11', '3'], ['Sinom', '11', '3']] },
  { id: 'jenang', label: 'Jenang/Dodol', alts: ['jenang', 'Dodol', 'jenang & wajik'],
    kbli: '10799', food: true, male: 0.05, w: 2,
    products: [['Jenang Ketan', '08', '5'], ['Dodol Nangka', '08', '5'], ['Wajik', '08', '5']] },
  { id: 'olahan', label: 'Makanan Olahan', alts: ['makanan olahan', 'Frozen Food', 'abon & nugget'],
    kbli: '10750', food: true, male: 0.05, w: 2,
    products: [['Abon Lele', '04', '2'], ['Nugget Ayam', '04', '2'], ['Pentol Beku', '04', '2']] },
  { id: 'jahit', label: 'Jahit/Konveksi', alts: ['jahit', 'Penjahit', 'jahit baju', 'konveksi'],
    kbli: '14120', food: false, male: 0.1, w: 4 },
  { id: 'anyaman', label: 'Anyaman Bambu', alts: ['anyaman bambu', 'Kerajinan Bambu', 'besek'],
    kbli: '16291', food: false, male: 0.5, w: 1, boost: { Jabung: 6, Tumpang: 2 } },
  { id: 'gerabah', label: 'Gerabah', alts: ['gerabah', 'Kerajinan Tanah Liat', 'cobek & gerabah'],
    kbli: '23932', food: false, male: 0.4, w: 0.6 },
  { id: 'mebel', label: 'Mebel Kayu', alts: ['mebel', 'Meubel', 'kerajinan kayu'],
    kbli: '31001', food: false, male: 0.9, w: 0.8, boost: { Turen: 2, Singosari: 1.5 } },
  { id: 'batik', label: 'Batik Tulis', alts: ['batik', 'Batik Tulis/Cap', 'membatik'],
    kbli: '13134', food: false, male: 0.05, w: 0.8, boost: { Kepanjen: 3 } },
  { id: 'rajut', label: 'Tas Rajut', alts: ['rajut', 'Kerajinan Rajut', 'tas rajut & manik'],
    kbli: '32903', food: false, male: 0.02, w: 1.5 },
];
// biome-ignore format: compact data table
const KBLI_NAMES = {
  10794: 'Industri Kerupuk, Keripik, Peyek dan Sejenisnya', 10761: 'Industri Pengolahan Kopi',
  10792: 'Industri Kue Basah', 10710: 'Industri Produk Roti dan Kue',
  10799: 'Industri Produk Makanan Lainnya', 10391: 'Industri Tempe Kedelai',
  11090: 'Industri Minuman Lainnya', 10750: 'Industri Makanan dan Masakan Olahan',
  14120: 'Industri Pakaian Jadi (Konveksi) Berdasarkan Pesanan',
  16291: 'Industri Anyaman dari Rotan dan Bambu',
  23932: 'Industri Barang dari Tanah Liat untuk Keperluan Rumah Tangga',
  31001: 'Industri Furnitur dari Kayu', 13134: 'Industri Batik', 32903: 'Industri Kerajinan YTDL',
};

// ---------------------------------------------------------------------------------------------------
// Population: households of owners, their NIKs, phones, addresses and businesses

// biome-ignore format: compact data table
const OTHER_NIK_REGIONS = [
  '357301', '357302', '357304', '357305', '357901', '357903', '357805', '357811', '350517', '351408',
];
// biome-ignore format: compact data table
const PHONE_PREFIXES = [
  '0812', '0813', '0821', '0822', '0823', '0852', '0853', '0857', '0856', '0858', '0895', '0896', '0877',
  '0878', '0819', '0831', '0838',
];

function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function pad(n, w) {
  return String(n).padStart(w, '0');
}
function nikValid(nik) {
  if (!/^\d{16}$/.test(nik)) return false;
  let dd = Number(nik.slice(6, 8));
  const mm = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  if (dd > 40) dd -= 40;
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const y = yy <= 25 ? 2000 + yy : 1900 + yy;
  return dd <= daysIn(y, mm) && nik.slice(12) !== '0000';
}

function buildPopulation(area) {
  const rng = stream('people');
  const brng = stream('business');
  const people = [];
  const businesses = [];
  const niks = new Set();
  const phones = new Set();
  const namesByKec = new Map(); // kecamatan code -> Set of canonical names (no accidental namesakes in one kecamatan)
  const kecPairs = area.kecs.map((k) => [k, k.weight]);

  const newPhone = () => {
    for (;;) {
      const p =
        rng.pick(PHONE_PREFIXES) +
        pad(rng.int(0, 10 ** 7 - 1), 7) +
        (rng.chance(0.5) ? String(rng.int(0, 9)) : '');
      if (!phones.has(p)) {
        phones.add(p);
        return p;
      }
    }
  };
  const newNik = (person) => {
    let prefix = `3507${person.home.desa.kec.suffix}`;
    const r = rng.float();
    if (r < 0.09) prefix = `3507${rng.pick(area.kecs).suffix}`;
    else if (r < 0.17) prefix = rng.pick(OTHER_NIK_REGIONS);
    const { y, m, d } = person.born;
    const dd = person.gender === 'P' ? d + 40 : d;
    for (;;) {
      const nik = `${prefix}${pad(dd, 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(rng.int(1, 2400), 4)}`;
      if (!niks.has(nik)) {
        niks.add(nik);
        return nik;
      }
    }
  };
  const homeIn = (desa, dusun) => {
    const idx = dusun ? desa.dusun.indexOf(dusun) : rng.int(0, Math.max(0, desa.dusun.length - 1));
    const home = {
      desa,
      dusun: desa.kel ? null : (dusun ?? desa.dusun[idx]),
      rt: rng.int(1, 9),
      rw: desa.kel ? rng.int(1, 12) : idx + 1 + (rng.chance(0.2) ? desa.dusun.length : 0),
      street: null,
    };
    if (desa.kel || rng.chance(0.15)) {
      home.street = `Jl. ${rng.pick(['Raya', 'Kenanga', 'Melati', 'Mawar', 'Diponegoro', 'Ahmad Yani', 'Sultan Agung', 'Panglima Sudirman', 'Kartini', 'Masjid', 'Makam', 'Sekolahan'])}${rng.chance(0.4) ? ` ${desa.name}` : ''} No. ${rng.int(1, 120)}`;
    }
    return home;
  };
  const newPerson = ({ gender, born, home, name, unit, role }) => {
    const old = born.y < 1972;
    let nm = name;
    const names = namesByKec.get(home.desa.kec.code) ?? new Set();
    namesByKec.set(home.desa.kec.code, names);
    if (!nm) {
      for (;;) {
        nm = gender === 'P' ? womanName(rng, old) : manName(rng);
        if (!names.has(nm[0])) break;
      }
    }
    names.add(nm[0]);
    const p = {
      key: '',
      name: nm[0],
      nick: nm[1],
      gender,
      born,
      home,
      unit,
      role,
      old,
      hajj: gender === 'P' ? old && rng.chance(0.25) : born.y < 1975 && rng.chance(0.2),
      degree:
        gender === 'P' && !old && rng.chance(0.08) ? rng.pick(['S.Pd.', 'S.E.', 'A.Md.', 'S.Pd.I.']) : null,
      phone: null,
      nik: '',
      businesses: [],
      husband: null,
      wife: null,
      mother: null,
      daughter: null,
      sister: null,
    };
    p.phone = rng.chance(0.93) ? newPhone() : null;
    p.nik = newNik(p);
    people.push(p);
    return p;
  };
  const bornIn = (y0, y1) => {
    const y = rng.int(y0, y1);
    const m = rng.int(1, 12);
    return { y, m, d: rng.int(1, daysIn(y, m)) };
  };
  const womanBorn = () => bornIn(rng.chance(0.4) ? 1958 : 1972, rng.chance(0.4) ? 1971 : 2002);
  const pickDesa = () => rng.pick(rng.weighted(kecPairs).desa);

  const tradeFor = (person, avoid = []) => {
    const kec = person.home.desa.kec.name;
    const pairs = TRADES.filter((t) => !avoid.includes(t.id)).map((t) => {
      const w = t.w * (t.boost?.[kec] ?? 1);
      return [t, person.gender === 'L' ? w * t.male * 4 : w * (1 - t.male)];
    });
    return brng.weighted(pairs);
  };
  const newBusiness = (owner, trade, brandBase = null) => {
    const b = {
      key: '',
      owner,
      trade,
      brand: makeBrand(brng, owner, trade, brandBase),
      omzet: Math.min(
        25e6,
        Math.max(300000, Math.round(Math.exp(Math.log(2.8e6) + 0.7 * brng.normal()) / 50000) * 50000),
      ),
      workers: brng.weighted([
        [1, 45],
        [2, 30],
        [3, 15],
        [4, 7],
        [6, 3],
      ]),
      level: brng.weighted([
        [1, 70],
        [2, 25],
        [3, 5],
      ]),
      nib: brng.chance(0.12) ? `${brng.pick(['9', '1', '0', '2'])}${pad(brng.int(0, 1e12 - 1), 12)}` : null,
      since: brng.int(1995, 2024),
      pirt: null,
      files: new Set(),
    };
    owner.businesses.push(b);
    businesses.push(b);
    return b;
  };
  const giveBusinesses = (p, first = null) => {
    const n =
      p.gender === 'P'
        ? brng.weighted([
            [1, 78],
            [2, 18],
            [3, 4],
          ])
        : brng.weighted([
            [1, 92],
            [2, 8],
          ]);
    const t1 = first ?? tradeFor(p);
    const b1 = newBusiness(p, t1);
    for (let i = 1; i < n; i++) {
      const t = tradeFor(
        p,
        p.businesses.map((b) => b.trade.id),
      );
      newBusiness(p, t, brng.chance(0.35) ? b1.brand : null);
    }
  };

  // Look-alikes first: namesakes in same-named desa of different kecamatan (often one trade)
  for (const twin of TWIN_DESA) {
    const desas = area.served.filter((v) => v.name === twin);
    const old = rng.chance(0.5);
    const name = womanName(rng, old);
    const trade = rng.chance(0.7) ? tradeFor({ gender: 'P', home: { desa: desas[0] } }) : null;
    for (const desa of rng.shuffle(desas).slice(0, desas.length > 2 ? 3 : 2)) {
      const p = newPerson({
        gender: 'P',
        born: old ? bornIn(1958, 1971) : bornIn(1972, 2000),
        home: homeIn(desa),
        name,
        unit: `twin:${twin}`,
        role: 'namesake',
      });
      giveBusinesses(p, trade);
    }
  }
  // namesakes in one desa, different dusun
  for (let i = 0; i < 6; i++) {
    const desa = rng.pick(area.served.filter((v) => !v.kel && v.dusun.length >= 3));
    const old = rng.chance(0.5);
    const name = womanName(rng, old);
    const [d1, d2] = rng.shuffle(desa.dusun);
    for (const dusun of [d1, d2]) {
      const p = newPerson({
        gender: 'P',
        born: old ? bornIn(1958, 1971) : bornIn(1972, 2000),
        home: homeIn(desa, dusun),
        name,
        unit: `dusun:${desa.code}`,
        role: 'namesake',
      });
      giveBusinesses(p);
    }
  }
  // households until about 700 people
  const target = 700;
  let unitNo = 0;
  while (people.length < target) {
    unitNo++;
    const kind = rng.weighted([
      ['single', 60],
      ['couple', 13],
      ['motherDaughter', 7],
      ['sisters', 6],
      ['man', 7],
    ]);
    const desa = pickDesa();
    if (kind === 'single') {
      giveBusinesses(
        newPerson({ gender: 'P', born: womanBorn(), home: homeIn(desa), unit: `u${unitNo}`, role: 'single' }),
      );
    } else if (kind === 'man') {
      giveBusinesses(
        newPerson({
          gender: 'L',
          born: bornIn(1960, 1995),
          home: homeIn(desa),
          unit: `u${unitNo}`,
          role: 'man',
        }),
      );
    } else if (kind === 'couple') {
      const wife = newPerson({
        gender: 'P',
        born: womanBorn(),
        home: homeIn(desa),
        unit: `u${unitNo}`,
        role: 'wife',
      });
      const y = Math.min(1998, wife.born.y - rng.int(0, 7));
      const husband = newPerson({
        gender: 'L',
        born: bornIn(y, y),
        home: { ...wife.home },
        unit: wife.unit,
        role: 'husband',
      });
      wife.husband = husband;
      husband.wife = wife;
      if (rng.chance(0.15)) husband.phone = null;
      giveBusinesses(wife);
      if (rng.chance(0.5)) giveBusinesses(husband);
    } else if (kind === 'motherDaughter') {
      const mother = newPerson({
        gender: 'P',
        born: bornIn(1956, 1970),
        home: homeIn(desa),
        unit: `u${unitNo}`,
        role: 'mother',
      });
      const dy = Math.min(2003, mother.born.y + rng.int(19, 28));
      const daughter = newPerson({
        gender: 'P',
        born: bornIn(dy, dy),
        home: { ...mother.home },
        unit: mother.unit,
        role: 'daughter',
      });
      mother.daughter = daughter;
      daughter.mother = mother;
      if (rng.chance(0.35)) mother.phone = daughter.phone ?? mother.phone; // the mother gives her daughter's HP
      const trade = tradeFor(mother);
      giveBusinesses(mother, trade);
      giveBusinesses(daughter, trade);
    } else {
      const a = newPerson({
        gender: 'P',
        born: womanBorn(),
        home: homeIn(desa),
        unit: `u${unitNo}`,
        role: 'sister',
      });
      let sisterName = null;
      if (rng.chance(0.6)) {
        const first = a.name.split(' ')[0];
        for (let tries = 0; tries < 30 && !sisterName; tries++) {
          const cand = womanName(rng, a.old);
          const parts = cand[0].split(' ');
          if (parts.length !== 2) continue;
          const nm = `${first} ${parts[1]}`;
          if (nm !== a.name && !namesByKec.get(desa.kec.code).has(nm)) {
            const nick = FIRST_AS_NICK.has(first)
              ? (YOUNG_SECOND.concat(OLD_SECOND).find(([s]) => s === parts[1])?.[1] ?? parts[1])
              : cand[1];
            sisterName = [nm, nick];
          }
        }
      }
      const yb = Math.max(1958, Math.min(2002, a.born.y + rng.pick([-6, -4, -3, -2, 2, 3, 5])));
      const b = newPerson({
        gender: 'P',
        born: bornIn(yb, yb),
        home: rng.chance(0.5) ? homeIn(desa) : homeIn(desa, a.home.dusun),
        name: sisterName,
        unit: a.unit,
        role: 'sister',
      });
      a.sister = b;
      b.sister = a;
      const trade = tradeFor(a);
      giveBusinesses(a, trade);
      giveBusinesses(b, rng.chance(0.4) ? trade : null);
    }
  }
  people.forEach((p, i) => {
    p.key = `P${pad(i + 1, 4)}`;
  });
  businesses.forEach((b, i) => {
    b.key = `B${pad(i + 1, 4)}`;
  });
  // P-IRT certificates: about a fifth of food businesses, one per product, producer serial per business
  const prng = stream('pirt');
  const serials = new Set();
  for (const b of businesses) {
    if (!b.trade.food || !prng.chance(0.22)) continue;
    let serial;
    do serial = pad(prng.int(1, 9999), 4);
    while (serials.has(serial));
    serials.add(serial);
    const products = prng.shuffle(b.trade.products).slice(
      0,
      prng.weighted([
        [1, 55],
        [2, 33],
        [3, 12],
      ]),
    );
    b.pirt = {
      serial,
      certs: products.map(([name, type, pack], i) => {
        const year = prng.int(2019, 2025);
        return {
          name,
          type,
          pack,
          ps: pad(i + 1, 2),
          year,
          month: prng.int(1, 12),
          day: prng.int(1, 28),
          renewed: year <= 2020 && prng.chance(0.7),
        };
      }),
    };
  }
  return { people, businesses };
}

function makeBrand(rng, owner, trade, brandBase) {
  if (brandBase) {
    const words = {
      ktempe: 'Snack',
      kpisang: 'Snack',
      kuebasah: 'Kue',
      kuekering: 'Cookies',
      roti: 'Bakery',
      jamu: 'Jamu',
      jahit: 'Collection',
      rajut: 'Craft',
      batik: 'Batik',
    };
    return `${brandBase.replace(/^UD\. /, '')} ${words[trade.id] ?? trade.label.split(/[ /&]/)[0]}`;
  }
  const nick = owner.nick;
  const honor = owner.gender === 'P' ? rng.pick(['Bu', 'Mbok', 'Mak', 'Bu']) : 'Pak';
  return rng.weighted([
    [`${trade.label.split('/')[0]} "${honor} ${nick}"`, 3],
    [
      `UD. ${rng.pick(['Sumber Rejeki', 'Barokah', 'Berkah Jaya', 'Sri Rejeki', 'Lancar Jaya', 'Mekar Sari', 'Dewi Sri', 'Putri Tunggal', 'Dua Putri', 'Sinar Abadi', 'Al-Barokah', 'Tiga Saudara', 'Sido Mulyo', 'Makmur Jaya', 'Sumber Makmur'])}`,
      3,
    ],
    [
      trade.food
        ? rng.pick([
            'Kriuk-Q',
            'D’Mbok Rasa',
            'Mak Nyus',
            'Rasa Ndeso',
            'Dapur Ndeso',
            'Sari Rasa',
            'Wong Deso',
            'Lezatku',
            ...(['kuebasah', 'kuekering', 'roti'].includes(trade.id) ? ['Omah Kue', 'Kue Ibu'] : []),
          ])
        : rng.pick(['Sekar Arum', 'Kembang Desa', 'Srikandi', 'Lestari', 'Karya Mandiri', 'Tangan Terampil']),
      2,
    ],
    [trade.food ? `Dapur ${nick}` : `${nick} Craft`, 2],
    [`${nick} Jaya`, 1],
    [
      trade.id === 'kopi'
        ? `Kopi ${rng.pick(['Dampit', 'Lereng Semeru', 'Tirtoyudo', 'Robusta Asli'])} "${honor} ${nick}"`
        : `${nick} ${rng.pick(['Snack', 'Collection', 'Rasa', 'Mandiri'])}`,
      1,
    ],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Rendering: how offices write names, NIKs, phones, addresses, money and dates

const titleCase = (s) => s.toLowerCase().replace(/(^|[\s.'(-])([a-z])/g, (_m, a, b) => a + b.toUpperCase());

function oldSpelling(name) {
  // spelling before 1972 (EYD): u -> oe, j -> dj, c -> tj, y -> j
  const map = { u: 'oe', j: 'dj', c: 'tj', y: 'j', U: 'Oe', J: 'Dj', C: 'Tj', Y: 'J' };
  return name.replace(/[ujcyUJCY]/g, (ch) => map[ch]);
}

function typo(rng, name) {
  const parts = name.split(' ');
  const idx = parts.map((p, i) => [p, i]).filter(([p]) => p.length >= 5 && /^[A-Za-z]+$/.test(p));
  if (!idx.length) return name;
  const [w, i] = rng.pick(idx);
  const k = rng.int(1, w.length - 2);
  let t;
  switch (rng.int(0, 3)) {
    case 0:
      t = w.slice(0, k) + w.slice(k + 1);
      break; // a letter dropped
    case 1:
      t = w.slice(0, k) + w[k] + w.slice(k);
      break; // a letter doubled
    case 2:
      t = w.slice(0, k) + w[k + 1] + w[k] + w.slice(k + 2);
      break; // neighbours swapped
    default:
      t = w.replace(/i(?=[^i]*$)/, 'ie').replace(/kh/, 'h'); // a vowel or "kh" written as heard
  }
  parts[i] = t === w ? `${w.slice(0, -1)}h` : t;
  return parts.join(' ');
}

// style: 'ktp' (capitals), 'plain', 'title' (with Hj./S.Pd.), 'ny', 'nick', 'old', 'typo', 'short'
function renderName(rng, p, style) {
  let base = p.name;
  if (p.gender === 'L' && base.startsWith('Moch. ') && rng.chance(0.5))
    base = base.replace('Moch. ', rng.pick(['Mochammad ', 'M. ', 'Moh. ']));
  const titled = (s) => {
    let out = s;
    if (p.hajj && rng.chance(0.7)) out = `${p.gender === 'P' ? 'Hj.' : 'H.'} ${out}`;
    if (p.degree && rng.chance(0.7)) out = `${out}, ${p.degree}`;
    return out;
  };
  switch (style) {
    case 'ktp':
      return titled(base).toUpperCase();
    case 'title':
      return titled(base);
    case 'ny':
      return p.gender === 'P'
        ? `${rng.pick(['Ny.', 'Ibu', 'Ibu', 'Bu'])} ${titled(base)}`
        : `${rng.pick(['Bpk.', 'Bapak', 'Pak'])} ${base}`;
    case 'nick': {
      if (p.gender === 'L') return `Pak ${p.nick}`;
      if (p.hajj && rng.chance(0.5)) return `Bu Hj. ${p.name.split(' ')[0]}`;
      const hon = p.old
        ? rng.pick(['Bu', 'Mak', 'Mbok', 'Bu'])
        : p.born.y >= 1988
          ? rng.pick(['Mbak', 'Mbak', 'Bu'])
          : 'Bu';
      return `${hon} ${p.nick}`;
    }
    case 'old':
      return p.old ? oldSpelling(base) : base;
    case 'typo':
      return typo(rng, base);
    case 'short': {
      const parts = base.split(' ');
      return parts.length === 2 && ['Siti', 'Sri', 'Nur', 'Dwi', 'Tri', 'Umi'].includes(parts[0])
        ? parts[1]
        : base;
    }
    default:
      return base;
  }
}

// A rendered name must still name the person: every word (honorifics and titles aside) is one of her
// names or her nickname, allowing old spelling and a typo.
const HONORIFICS = new Set([
  'bu',
  'ibu',
  'mbak',
  'mak',
  'mbok',
  'ny',
  'nyonya',
  'hj',
  'h',
  'bpk',
  'bapak',
  'pak',
  'spd',
  'spdi',
  'se',
  'amd',
  'dra',
  's',
  'pd',
  'i',
  'a',
  'md',
  'e',
  'moch',
  'mochammad',
  'muhammad',
  'm',
  'moh',
  'sdr',
]);
const HONORIFICS_FOLDED = new Set([...HONORIFICS].map((h) => fold(h)));
function fold(word) {
  return word
    .toLowerCase()
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/y/g, 'j')
    .replace(/kh/g, 'h')
    .replace(/[^a-z]/g, '');
}
function lev(a, b) {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return d[a.length][b.length];
}
function namesPerson(text, p) {
  const plain = (w) => w.toLowerCase().replace(/[^a-z]/g, '');
  const honorific = (w) => HONORIFICS.has(plain(w)) || HONORIFICS_FOLDED.has(fold(w));
  const words = text.split(/[\s,.()]+/).filter((w) => w && !honorific(w));
  if (!words.length) return false;
  const tokens = [...p.name.split(/[\s.]+/), p.nick].filter(Boolean);
  const near = (a, b) => a === b || lev(a, b) <= (a.length >= 5 ? 2 : 1);
  // each word matches one of her names, as written or with old spelling undone
  return words.every((w) => tokens.some((t) => near(plain(t), plain(w)) || near(fold(t), fold(w))));
}
function describesBusiness(text, b) {
  const t = text.toLowerCase().trim();
  const labels = [b.trade.label, ...b.trade.alts, ...(b.trade.products ?? []).map(([n]) => n)].map((s) =>
    s.toLowerCase(),
  );
  return labels.includes(t);
}

function spacedNik(rng, nik) {
  return rng.pick([
    `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`,
    `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`,
    `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`,
  ]);
}
// One digit changed or two neighbours swapped; still a valid NIK and nobody else's.
function mistypeNik(rng, nik, allNiks) {
  for (;;) {
    const i = rng.int(6, 14);
    let t;
    if (rng.chance(0.5) && nik[i] !== nik[i + 1])
      t = nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
    else t = nik.slice(0, i) + String((Number(nik[i]) + rng.int(1, 9)) % 10) + nik.slice(i + 1);
    if (t !== nik && nikValid(t) && !allNiks.has(t)) return t;
  }
}
// What a 16-digit NIK becomes when typed into a number cell: 15 significant digits, the last one 0.
const truncatedNik = (nik) => `${nik.slice(0, 15)}0`;

function renderPhone(rng, phone, allowNumber = true) {
  const rest = phone.slice(1);
  const s = rng.weighted([
    ['dash', 3],
    ['plain', 4],
    ['intl', 2],
    ['62', 1.5],
    ['space', 2],
    ['no0', 1.5],
  ]);
  switch (s) {
    case 'dash':
      return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
    case 'intl':
      return `+62 ${rest.slice(0, 3)} ${rest.slice(3, 7)} ${rest.slice(7)}`;
    case '62':
      return `62${rest}`;
    case 'space':
      return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
    case 'no0':
      return allowNumber ? Number(rest) : rest; // a number cell lost the leading 0
    default:
      return phone;
  }
}

// biome-ignore format: compact data table
const BULAN = [
  'Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober',
  'November', 'Desember',
];
function renderDateText(rng, { y, m, d }) {
  return rng.pick([
    `${pad(d, 2)}-${pad(m, 2)}-${y}`,
    `${pad(d, 2)}/${pad(m, 2)}/${y}`,
    `${d} ${BULAN[m - 1]} ${y}`,
    `${d}-${m}-${y}`,
    `${y}-${pad(m, 2)}-${pad(d, 2)}`,
  ]);
}
const dateCell = ({ y, m, d }) => new Date(Date.UTC(y, m - 1, d));

const rupiah = (n) => String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
function renderMoneyText(rng, n) {
  const sign = n < 0 ? '-' : '';
  return rng.pick([
    `Rp ${sign}${rupiah(n)}`,
    `${sign}${rupiah(n)}`,
    `Rp. ${sign}${rupiah(n)},-`,
    n % 100000 === 0 && Math.abs(n) < 1e8
      ? `${sign}${String(Math.abs(n) / 1e6).replace('.', ',')} jt`
      : `${sign}${rupiah(n)}`,
  ]);
}

// Desa written as offices write it (never with the kecamatan).
const SPLITTABLE =
  /^(Sumber|Pakis|Tlogo|Wono|Banjar|Karang|Ngadi|Tambak|Suko|Purwo|Tulung|Pandan|Kedung|Ampel|Jati|Gunung|Sido|Tirto|Pucang|Randu|Tegal|Taman|Talang|Sekar|Argo|Sapto)(.{3,})$/;
function renderDesa(rng, desa, style = rng.pick(['ds', 'desa', 'bare', 'bare', 'lower', 'split', 'caps'])) {
  const n = desa.name;
  const prefix = desa.kel ? rng.pick(['Kel.', 'Kelurahan', 'Kel']) : null;
  switch (style) {
    case 'ds':
      return `${prefix ?? rng.pick(['Ds.', 'Ds', 'Ds.'])} ${n}`;
    case 'desa':
      return `${prefix ?? 'Desa'} ${n}`;
    case 'lower':
      return n.toLowerCase();
    case 'caps':
      return n.toUpperCase();
    case 'split': {
      const m = n.match(SPLITTABLE);
      return m ? `${m[1]} ${titleCase(m[2])}` : n;
    }
    default:
      return n;
  }
}
const renderDusun = (rng, dusun) => `${rng.pick(['Dsn.', 'Dusun', 'Dsn', 'Dsn.'])} ${dusun}`;
function renderRtRw(rng, rt, rw) {
  return rng.pick([
    `RT ${pad(rt, 2)} RW ${pad(rw, 2)}`,
    `RT.${pad(rt, 3)}/RW.${pad(rw, 3)}`,
    `RT ${rt}/RW ${rw}`,
    `Rt.${pad(rt, 2)} Rw.${pad(rw, 2)}`,
    `RT ${pad(rt, 2)}/${pad(rw, 2)}`,
  ]);
}
const renderKec = (rng, kecName) =>
  rng.pick([`Kec. ${kecName}`, `Kecamatan ${kecName}`, `Kec ${kecName}`, `Kec. ${kecName}`]);
const renderKab = (rng) => rng.pick(['Kab. Malang', 'Kabupaten Malang', 'Kab Malang', 'Kab. Malang']);

// The dusun/street and RT/RW part of a home.
function renderLocal(rng, home) {
  const rtrw = renderRtRw(rng, home.rt, home.rw);
  if (home.street && (!home.dusun || rng.chance(0.5))) return `${home.street} ${rtrw}`;
  const dusun = renderDusun(rng, home.dusun);
  return rng.chance(0.7) ? `${dusun} ${rtrw}` : `${rtrw} ${dusun}`;
}

// A whole address in one cell. withKec: 'always' | 'never' | 'maybe'. Desa also named in Kota Malang or
// Kota Batu always carry their kecamatan.
function renderAddress(rng, home, withKec = 'maybe') {
  const desa = renderDesa(rng, home.desa, rng.pick(['ds', 'ds', 'desa', 'bare', 'split']));
  const kecWanted = home.desa.overlap || withKec === 'always' || (withKec === 'maybe' && rng.chance(0.7));
  const kec = kecWanted ? renderKec(rng, home.desa.kec.name) : null;
  const kab = rng.chance(0.45) ? renderKab(rng) : null;
  const rtrw = renderRtRw(rng, home.rt, home.rw);
  const dusun = home.dusun ? renderDusun(rng, home.dusun) : null;
  const street = home.street;
  const order = rng.int(0, 3);
  let parts;
  if (order === 0) parts = [street, dusun, rtrw, desa, kec, kab];
  else if (order === 1) parts = [rtrw, dusun, street, desa, kec, kab];
  else if (order === 2) parts = [dusun ?? street, desa, rtrw, kec, kab];
  else parts = [desa, street, dusun, rtrw, kec, kab];
  const sep = rng.pick([' ', ', ', ' ']);
  return parts.filter(Boolean).join(sep);
}

// An outsider's whole address: always names the city/regency or a city kecamatan.
function renderOutsideAddress(rng, place) {
  const rtrw = renderRtRw(rng, rng.int(1, 9), rng.int(1, 12));
  const street = `Jl. ${rng.pick(['Raya', 'Danau Toba', 'Kalpataru', 'Mayjen Sungkono', 'Sudimoro', 'Kol. Sugiono', 'Mawar', 'Anggrek'])} No. ${rng.int(1, 90)}`;
  const vil = `${place.kel ? 'Kel.' : 'Ds.'} ${place.name}`;
  const kec = `Kec. ${place.kecName}`;
  const city = place.regencyLabel;
  const form =
    place.tricky || city.startsWith('Kab.') ? rng.pick(['both', 'city']) : rng.pick(['both', 'city', 'kec']);
  if (form === 'both') return `${street} ${rtrw} ${vil} ${kec} ${city}`;
  if (form === 'city') return `${street} ${rtrw} ${vil}, ${city}`;
  return `${street} ${rtrw} ${vil} ${kec}`;
}
// The same, for a desa column: "Sawojajar (Kota Malang)", "Kel. Purwodadi Kec. Blimbing".
function renderOutsideDesa(rng, place) {
  const vil = place.kel ? `Kel. ${place.name}` : `Ds. ${place.name}`;
  if (place.tricky || place.regencyLabel.startsWith('Kab.')) {
    return rng.pick([
      `${vil}, ${place.regencyLabel}`,
      `${place.name} (${place.regencyLabel})`,
      `${vil} Kec. ${place.kecName} ${place.regencyLabel}`,
    ]);
  }
  return rng.pick([
    `${vil}, ${place.regencyLabel}`,
    `${place.name} (${place.regencyLabel})`,
    `${vil} Kec. ${place.kecName}`,
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Outsiders and bad rows: people with keys PX.../BX... used in one rejected row each

function makeCtx(area, outside, pop) {
  const ctx = { area, outside, ...pop, niks: new Set(pop.people.map((p) => p.nik)), px: 0, files: [] };
  for (const list of [outside.kotaMalang, outside.kotaBatu, outside.neighbours]) {
    for (const place of list) {
      const d = [...AREA.districts.values()].find(
        (x) =>
          x.name === place.kecName &&
          AREA.regencies.get(x.regency)?.endsWith(place.regencyLabel.replace(/^Kab\. /, '')),
      );
      place.nikPrefix = (d?.code ?? '35.73.01').replace(/\./g, '');
    }
  }
  return ctx;
}

function fakePerson(rng, ctx, { place = null, home = null, nikPrefix = null, woman = false }) {
  const gender = woman || rng.chance(0.9) ? 'P' : 'L';
  const y = rng.int(1960, 1999);
  const m = rng.int(1, 12);
  const born = { y, m, d: rng.int(1, daysIn(y, m)) };
  const [name, nick] = gender === 'P' ? womanName(rng, y < 1972) : manName(rng);
  const prefix = nikPrefix ?? place?.nikPrefix ?? `3507${home.desa.kec.suffix}`;
  let nik;
  do
    nik = `${prefix}${pad(gender === 'P' ? born.d + 40 : born.d, 2)}${pad(m, 2)}${pad(y % 100, 2)}${pad(rng.int(1, 2400), 4)}`;
  while (ctx.niks.has(nik));
  ctx.niks.add(nik);
  ctx.px++;
  const p = {
    key: `PX${pad(ctx.px, 3)}`,
    name,
    nick,
    gender,
    born,
    old: y < 1972,
    hajj: false,
    degree: null,
    nik,
    phone: rng.pick(PHONE_PREFIXES) + pad(rng.int(0, 10 ** 8 - 1), 8),
    home,
    place,
  };
  const trade = rng.weighted(TRADES.map((t) => [t, t.w * (1 - t.male)]));
  const b = {
    key: `BX${pad(ctx.px, 3)}`,
    owner: p,
    trade,
    brand: makeBrand(rng, p, trade, null),
    omzet: Math.round(Math.exp(Math.log(2.5e6) + 0.7 * rng.normal()) / 50000) * 50000,
    workers: rng.int(1, 3),
    level: 1,
    nib: null,
  };
  return { p, b };
}
function outsider(rng, ctx, kind, woman = false) {
  const { kotaMalang, kotaBatu, neighbours } = ctx.outside;
  const pool =
    kind === 'malang-tricky'
      ? kotaMalang.filter((v) => v.tricky)
      : kind === 'batu-tricky'
        ? kotaBatu.filter((v) => v.tricky)
        : kind === 'malang'
          ? kotaMalang.filter((v) => !v.tricky)
          : kind === 'batu'
            ? kotaBatu.filter((v) => !v.tricky)
            : neighbours;
  return fakePerson(rng, ctx, { place: rng.pick(pool), woman });
}
// A person living in the regency whose row is bad in one way.
function badRow(rng, ctx, kind, kecName = null) {
  const desa = rng.pick(ctx.area.served.filter((v) => !kecName || v.kec.name === kecName));
  const home = {
    desa,
    dusun: desa.kel ? null : rng.pick(desa.dusun),
    rt: rng.int(1, 9),
    rw: rng.int(1, 6),
    street: desa.kel ? `Jl. Raya No. ${rng.int(1, 80)}` : null,
  };
  const f = fakePerson(rng, ctx, { home, woman: !!kecName });
  f.kind = kind;
  const nik = f.p.nik;
  if (kind === 'nik15') f.nikText = nik.slice(0, 9) + nik.slice(10);
  else if (kind === 'nik17') f.nikText = `${nik.slice(0, 12)}${rng.int(0, 9)}${nik.slice(12)}`;
  else if (kind === 'nikLetter') {
    const i = rng.int(4, 15);
    f.nikText = nik.slice(0, i) + ({ 0: 'O', 1: 'l', 8: 'B', 5: 'S' }[nik[i]] ?? 'O') + nik.slice(i + 1);
  } else if (kind === 'nikDate') {
    const dd = Number(nik.slice(6, 8));
    f.nikText = rng.chance(0.5)
      ? `${nik.slice(0, 8)}13${nik.slice(10)}`
      : `${nik.slice(0, 6)}${dd > 40 ? '72' : '32'}${nik.slice(8)}`;
  } else f.nikText = nik;
  if (kind === 'omzetNeg') f.b.omzet = -f.b.omzet;
  if (kind === 'omzetAbsurd') f.b.omzet = rng.pick([5e12, 2.5e12, 8e11]);
  if (f.nikText !== nik && nikValid(f.nikText)) fail(`bad NIK ${f.nikText} (${kind}) is valid`);
  return f;
}

// ---------------------------------------------------------------------------------------------------
// Which business appears in which file (1-4 files each)

function assignFiles(ctx) {
  const rng = stream('assign');
  for (const b of ctx.businesses) {
    const o = b.owner;
    const namesake = o.role === 'namesake';
    if (rng.chance(namesake ? 0.85 : 0.55)) b.files.add('dp3a');
    if (rng.chance((namesake ? 0.55 : 0.3) + (b.nib ? 0.45 : 0))) b.files.add('diskop');
    if (b.pirt) b.files.add('pirt');
    if (o.gender === 'P' && o.home.desa.kec.name === 'Pakis' && rng.chance(0.85)) b.files.add('pkk');
    b.husbandOnPirt = !!(b.pirt && o.husband && rng.chance(0.45));
    b.husbandOnDiskop = !!(o.husband && rng.chance(0.25));
  }
  // the cooperative lists women (one row each, about one of her businesses)
  for (const p of ctx.people) {
    if (p.gender !== 'P' || !p.businesses.length) continue;
    const kec = p.home.desa.kec.name;
    if ((kec === 'Singosari' && rng.chance(0.72)) || (kec === 'Lawang' && rng.chance(0.15))) {
      p.kopwanBusiness = rng.pick(p.businesses);
      p.kopwanBusiness.files.add('kopwan');
    }
  }
  for (const b of ctx.businesses) {
    if (!b.files.size) b.files.add(rng.chance(0.6) ? 'dp3a' : 'diskop');
    if (b.files.size > 4) fail(`${b.key} in ${b.files.size} files`);
  }
}

// ---------------------------------------------------------------------------------------------------
// Writing helpers: workbooks with fixed timestamps, truth lines with what to check on read-back

function newFile(ctx, file, source, description) {
  const F = { file, source, description, headerRow: 0, lines: [] };
  ctx.files.push(F);
  return F;
}
// checks: { name: [col, text], trade: [col, text], nik: [col, kind, text] } ; skip rows: { any: [col, text] }
function addLine(F, row, expected, p, b, checks) {
  if (expected !== 'skip' && (!p || !b)) fail(`${F.file} row ${row}: ${expected} without keys`);
  F.lines.push({ row, expected, p, b, checks });
}

function newWorkbook(creator) {
  const wb = new ExcelJS.Workbook();
  wb.creator = creator;
  wb.lastModifiedBy = creator;
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}
// values[i] goes to column i+1: a value, or { v, fmt, bold }; null/undefined/'' leave the cell empty.
function putRow(ws, r, values, { bold = false, merge = 0, center = false } = {}) {
  values.forEach((val, i) => {
    if (val === null || val === undefined || val === '') return;
    const c = ws.getCell(r, i + 1);
    if (typeof val === 'object' && !(val instanceof Date)) {
      c.value = val.v;
      if (val.fmt) c.numFmt = val.fmt;
      if (val.bold) c.font = { bold: true };
    } else c.value = val;
    if (bold) c.font = { bold: true };
    if (center) c.alignment = { horizontal: 'center' };
  });
  if (merge > 1) ws.mergeCells(r, 1, r, merge);
}

async function stableZip(buffer, mimetype = null) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  if (mimetype) out.file('mimetype', mimetype, { date: FIXED_DATE, compression: 'STORE' });
  for (const [name, f] of Object.entries(src.files)) {
    if (f.dir || name === 'mimetype') continue;
    out.file(name, await f.async('uint8array'), { date: FIXED_DATE, createFolders: false });
  }
  return out.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 6 },
    platform: 'DOS',
  });
}
async function saveWorkbook(wb, path) {
  writeFileSync(path, await stableZip(await wb.xlsx.writeBuffer()));
}
// biome-ignore format: compact data table
const LEVELS = [
  null, ['IR 1', 'IR1', 'Pemula', 'IR-1'], ['IR 2', 'IR2', 'Berkembang', 'IR 2 (Berkembang)'],
  ['IR 3', 'IR3', 'Maju', 'IR-3'],
];

// ---------------------------------------------------------------------------------------------------
// File 1: DP3A Kabupaten Malang survey workbook (sections per kecamatan, subtotals, signature)

function nikForRow(rng, p, ctx, weights) {
  const kind = rng.weighted(weights.filter(([k]) => k !== 'trunc' || Number(p.nik.slice(12)) >= 10));
  switch (kind) {
    case 'spaced': {
      const t = spacedNik(rng, p.nik);
      return { kind, text: t, cell: t };
    }
    case 'trunc': {
      const v = Number(truncatedNik(p.nik));
      return { kind, text: String(v), cell: { v, fmt: rng.chance(0.5) ? '0' : undefined } };
    }
    case 'apos':
      return { kind, text: `'${p.nik}`, cell: `'${p.nik}` };
    case 'sci':
      return {
        kind,
        text: `${p.nik[0]},${p.nik.slice(1, 6)}E+15`,
        cell: `${p.nik[0]},${p.nik.slice(1, 6)}E+15`,
      };
    case 'none': {
      const t = rng.pick(['-', '', '']);
      return { kind, text: t, cell: t };
    }
    case 'typo': {
      const t = mistypeNik(rng, p.nik, ctx.niks);
      ctx.niks.add(t);
      return { kind, text: t, cell: t };
    }
    default:
      return { kind: 'exact', text: p.nik, cell: p.nik };
  }
}

async function buildDp3a(ctx, dir) {
  const rng = stream('dp3a');
  const F = newFile(
    ctx,
    'pendataan_ir_dp3a_kab_malang_2025.xlsx',
    'DP3A Kabupaten Malang',
    "Survey workbook of the regency women's empowerment office: title rows, a column-numbering row, a section row and a subtotal per kecamatan, desa in its own column, dusun and RT/RW in Alamat, signature block.",
  );
  const wb = newWorkbook('DP3A Kab. Malang');
  const ws = wb.addWorksheet('Data IR 2025');
  const widths = [5, 28, 20, 5, 13, 26, 18, 18, 24, 15, 8, 16, 10];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const N = widths.length;
  let r = 1;
  for (const t of [
    'DATA PENDATAAN INDUSTRI RUMAHAN (IR) KABUPATEN MALANG',
    'DINAS PEMBERDAYAAN PEREMPUAN DAN PERLINDUNGAN ANAK KABUPATEN MALANG',
    'TAHUN 2025',
  ]) {
    putRow(ws, r, [t], { bold: true, merge: N, center: true });
    addLine(F, r, 'skip', null, null, { any: [1, t] });
    r++;
  }
  r++; // blank row 4
  const header = [
    'No',
    'Nama Pemilik',
    'NIK',
    'L/P',
    'Tgl. Lahir',
    'Alamat (Dusun, RT/RW)',
    'Desa/Kel',
    'Jenis Usaha',
    'Nama Usaha',
    'Omzet/Bulan (Rp)',
    'Tenaga Kerja',
    'No. HP',
    'Level IR',
  ];
  putRow(ws, r, header, { bold: true, center: true });
  F.headerRow = r++;
  const numbering = header.map((_, i) => `(${i + 1})`);
  putRow(ws, r, numbering, { center: true });
  addLine(F, r++, 'skip', null, null, { any: [1, '(1)'] });

  // rejected rows, each placed in some kecamatan section
  const brng = stream('dp3a-bad');
  const rejected = [
    ...['malang', 'malang-tricky', 'batu-tricky'].map((k) => ({
      f: outsider(brng, ctx, k),
      kind: 'outside',
    })),
    ...['nik15', 'nikLetter', 'nikDate', 'noName', 'omzetNeg', 'omzetAbsurd'].map((k) => ({
      f: badRow(brng, ctx, k),
      kind: k,
    })),
  ];
  // an outsider is listed under a served kecamatan next to where she lives
  const near = (x) =>
    x.f.p.place.regencyLabel === 'Kota Batu'
      ? ['Karangploso']
      : ['Pakis', 'Singosari', 'Tajinan', 'Pakisaji'];
  const kecOfReject = (x) =>
    x.f.p.home?.desa.kec ?? rng.pick(ctx.area.kecs.filter((k) => near(x).includes(k.name)));

  for (const x of rejected) x.kecRef = kecOfReject(x);
  let no = 0;
  let total = 0;
  for (const kec of ctx.area.kecs) {
    const items = ctx.businesses.filter((b) => b.files.has('dp3a') && b.owner.home.desa.kec === kec);
    const ordered = rng
      .shuffle(items)
      .sort((a, b) =>
        a.owner.home.desa.code < b.owner.home.desa.code
          ? -1
          : a.owner.home.desa.code > b.owner.home.desa.code
            ? 1
            : 0,
      );
    // a woman's two businesses usually sit next to each other
    const rows = [];
    for (const b of ordered) {
      if (rows.includes(b)) continue;
      rows.push(b);
      for (const o of b.owner.businesses)
        if (o !== b && o.files.has('dp3a') && !rows.includes(o) && rng.chance(0.7)) rows.push(o);
    }
    const mine = rejected.filter((x) => x.kecRef === kec);
    for (const x of mine) rows.splice(rng.int(0, rows.length), 0, x);
    if (!rows.length) continue;
    const sec = `KECAMATAN ${kec.name.toUpperCase()}`;
    putRow(ws, r, [sec], { bold: true, merge: N });
    addLine(F, r++, 'skip', null, null, { any: [1, sec] });
    let sumOmzet = 0;
    let sumTk = 0;
    for (const item of rows) {
      no++;
      const isRej = !item.key;
      const p = isRej ? item.f.p : item.owner;
      const b = isRej ? item.f.b : item;
      const kind = isRej ? item.kind : null;
      const nameText =
        kind === 'noName'
          ? ''
          : renderName(
              rng,
              p,
              rng.weighted([
                ['plain', 35],
                ['title', 20],
                ['ktp', 25],
                ['typo', 6],
                ['old', p.old ? 8 : 0],
                ['short', 4],
                ['ny', 4],
              ]),
            );
      const nik = isRej
        ? {
            kind: kind.startsWith('nik') ? 'bad' : 'exact',
            text: item.f.nikText ?? p.nik,
            cell: item.f.nikText ?? p.nik,
          }
        : nikForRow(rng, p, ctx, [
            ['exact', 72],
            ['spaced', 8],
            ['trunc', 6],
            ['none', 9],
            ['typo', 4],
          ]);
      const born = rng.float();
      const bornCell =
        born < 0.55
          ? { v: dateCell(p.born), fmt: rng.pick(['dd/mm/yyyy', 'd mmmm yyyy', 'dd-mm-yyyy']) }
          : born < 0.9
            ? renderDateText(rng, p.born)
            : null;
      let desaText;
      let localText;
      if (kind === 'outside') {
        desaText = renderOutsideDesa(rng, p.place);
        localText = `${renderRtRw(rng, rng.int(1, 9), rng.int(1, 12))}`;
      } else {
        desaText = renderDesa(rng, p.home.desa);
        localText = renderLocal(rng, p.home);
      }
      const tradeText = rng.chance(0.6) ? b.trade.label : rng.pick(b.trade.alts);
      // omzet: a number cell, text ("Rp 2.500.000", "2,5 jt"), digits stored as text, or nothing
      const omzetCell = rng.weighted([
        [{ v: b.omzet, fmt: '#,##0' }, 4],
        [renderMoneyText(rng, b.omzet), 4],
        [String(b.omzet), 1.5],
        [null, b.omzet > 0 && b.omzet < 1e11 ? 1 : 0],
      ]);
      if (b.omzet > 0 && b.omzet < 1e11) sumOmzet += b.omzet;
      sumTk += b.workers;
      const phone = p.phone && rng.chance(0.85) ? renderPhone(rng, p.phone) : null;
      putRow(ws, r, [
        no,
        nameText,
        nik.cell,
        rng.chance(0.9) ? p.gender : p.gender === 'P' ? 'Perempuan' : 'Laki-laki',
        bornCell,
        localText,
        desaText,
        tradeText,
        rng.chance(0.9) ? b.brand : '-',
        omzetCell,
        rng.chance(0.8) ? b.workers : `${b.workers} orang`,
        typeof phone === 'number' ? { v: phone, fmt: '0' } : phone,
        rng.pick(LEVELS[b.level]),
      ]);
      addLine(F, r++, isRej ? 'rejected' : 'ok', p, b, {
        name: [2, nameText],
        trade: [8, tradeText],
        nik: [3, nik.kind, nik.text],
      });
    }
    const sub = `Jumlah Kec. ${kec.name}`;
    putRow(
      ws,
      r,
      [null, sub, null, null, null, null, null, null, null, { v: sumOmzet, fmt: '#,##0' }, sumTk],
      { bold: true },
    );
    addLine(F, r++, 'skip', null, null, { any: [2, sub] });
    total += rows.length;
  }
  putRow(ws, r, [null, 'JUMLAH TOTAL', null, null, null, null, null, null, `${total} usaha`], { bold: true });
  addLine(F, r++, 'skip', null, null, { any: [2, 'JUMLAH TOTAL'] });
  r++;
  const note =
    'Keterangan: IR 1 = Pemula, IR 2 = Berkembang, IR 3 = Maju. Omzet per bulan menurut pengakuan pelaku usaha.';
  putRow(ws, r, [null, note]);
  addLine(F, r++, 'skip', null, null, { any: [2, note] });
  r++;
  for (const t of [
    'Kepanjen, 20 Oktober 2025',
    'KEPALA DINAS PEMBERDAYAAN PEREMPUAN',
    'DAN PERLINDUNGAN ANAK KABUPATEN MALANG',
    null,
    null,
    'Dra. SRI HARTATI, M.Si.',
    'NIP. 19700312 199503 2 004',
  ]) {
    if (t) {
      putRow(ws, r, [null, null, null, null, null, null, null, null, null, t]);
      addLine(F, r, 'skip', null, null, { any: [10, t] });
    }
    r++;
  }
  // a recap sheet (not data)
  const rk = wb.addWorksheet('Rekap');
  putRow(rk, 1, ['Kecamatan', 'Jumlah IR'], { bold: true });
  ctx.area.kecs.forEach((k, i) => {
    putRow(rk, i + 2, [
      k.name,
      ctx.businesses.filter((b) => b.files.has('dp3a') && b.owner.home.desa.kec === k).length,
    ]);
  });
  await saveWorkbook(wb, join(dir, F.file));
}

// ---------------------------------------------------------------------------------------------------
// File 2: Diskopindag Kabupaten Malang UMKM/IKM list (";" CSV, Windows-1252, CRLF)

function csvField(v, sep) {
  const s = v === null || v === undefined ? '' : String(v);
  return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
}

function buildDiskop(ctx, dir) {
  const rng = stream('diskop');
  const F = newFile(
    ctx,
    'data_umkm_ikm_diskopindag_2025.csv',
    'Diskopindag Kabupaten Malang',
    'UMKM/IKM list exported from a spreadsheet: ";" separated, Windows-1252, CRLF; title and date lines, whole address in one cell (kecamatan sometimes missing), names in capitals, NIKs in many writings, husbands sometimes named as owner.',
  );
  const SEP = ';';
  const header = [
    'NO',
    'NAMA PEMILIK',
    'NIK',
    'NAMA USAHA',
    'ALAMAT USAHA',
    'JENIS INDUSTRI',
    'KBLI',
    'NIB',
    'OMZET/BLN (RP)',
    'NO. TELP/HP',
    'KETERANGAN',
  ];
  const lines = [];
  const push = (cells) => lines.push(cells.map((c) => csvField(c, SEP)).join(SEP));
  const fill = (first) => [first, ...Array(header.length - 1).fill('')];
  const title = 'DATA UMKM/IKM BINAAN DINAS KOPERASI, PERINDUSTRIAN DAN PERDAGANGAN KABUPATEN MALANG';
  push(fill(title));
  addLine(F, lines.length, 'skip', null, null, { any: [1, title] });
  push(fill('Keadaan per 30 September 2025'));
  addLine(F, lines.length, 'skip', null, null, { any: [1, 'Keadaan per 30 September 2025'] });
  push(fill('')); // blank row (all cells empty)
  push(header);
  F.headerRow = lines.length;

  const brng = stream('diskop-bad');
  const rows = rng.shuffle(ctx.businesses.filter((b) => b.files.has('diskop')));
  const rejected = [
    ...['malang', 'malang-tricky', 'batu', 'batu-tricky', 'neighbour'].map((k) => ({
      f: outsider(brng, ctx, k),
      kind: 'outside',
    })),
    ...['nik15', 'nikLetter', 'nikDate', 'noName', 'omzetNeg', 'omzetAbsurd'].map((k) => ({
      f: badRow(brng, ctx, k),
      kind: k,
    })),
  ];
  for (const x of rejected) rows.splice(rng.int(0, rows.length), 0, x);
  let no = 0;
  for (const item of rows) {
    no++;
    const isRej = !item.key;
    const b = isRej ? item.f.b : item;
    const kind = isRej ? item.kind : null;
    const p = isRej ? item.f.p : b.husbandOnDiskop ? b.owner.husband : b.owner;
    const style = rng.weighted([
      ['ktp', 62],
      ['title', 18],
      ['plain', 12],
      ['typo', 5],
      ['short', 3],
    ]);
    let nameText = kind === 'noName' ? '' : renderName(rng, p, style);
    if (style !== 'ktp' && rng.chance(0.3)) nameText = nameText.toUpperCase();
    const nik = isRej
      ? { kind: kind.startsWith('nik') ? 'bad' : 'exact', text: item.f.nikText ?? p.nik }
      : nikForRow(rng, p, ctx, [
          ['exact', 60],
          ['apos', 8],
          ['spaced', 8],
          ['sci', 5],
          ['none', 8],
          ['typo', 6],
        ]);
    const address =
      kind === 'outside'
        ? renderOutsideAddress(rng, p.place)
        : renderAddress(rng, p.home ?? b.owner.home, 'maybe');
    const tradeText = rng.chance(0.5)
      ? b.trade.label.toUpperCase()
      : rng.chance(0.5)
        ? b.trade.label
        : rng.pick(b.trade.alts);
    const kbli = rng.chance(0.6) ? b.trade.kbli : `${b.trade.kbli} - ${KBLI_NAMES[b.trade.kbli]}`;
    const nib = b.nib ? (rng.chance(0.7) ? b.nib : `'${b.nib}`) : rng.pick(['', '-', 'Belum', 'proses']);
    const omzet = rng.weighted([
      [rupiah(b.omzet), 4],
      [String(b.omzet), 3],
      [renderMoneyText(rng, b.omzet), 3],
    ]);
    const omzetText = b.omzet < 0 && !omzet.includes('-') ? `-${omzet}` : omzet;
    const phone =
      p.phone && rng.chance(0.85) ? String(renderPhone(rng, p.phone, false)) : rng.pick(['', '-']);
    const ket = rng.pick([
      '',
      '',
      'Binaan 2023',
      'Pelatihan Kemasan 2024',
      'Peserta Expo UMKM',
      'Fasilitasi Halal',
      'Pendampingan NIB',
    ]);
    push([
      no,
      nameText,
      nik.text,
      rng.chance(0.92) ? b.brand : '',
      address,
      tradeText,
      kbli,
      nib,
      omzetText,
      phone,
      ket,
    ]);
    addLine(F, lines.length, isRej ? 'rejected' : 'ok', p, b, {
      name: [2, nameText],
      trade: [6, tradeText],
      nik: [3, nik.kind, nik.text],
    });
  }
  const count = `Jumlah data: ${rows.length} UMKM/IKM`;
  push(fill(count));
  addLine(F, lines.length, 'skip', null, null, { any: [1, count] });
  const src = 'Sumber: Bidang Perindustrian, Diskopindag Kab. Malang';
  push(fill(src));
  addLine(F, lines.length, 'skip', null, null, { any: [1, src] });
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes = iconv.encode(text, 'win1252');
  if (iconv.decode(bytes, 'win1252') !== text) fail('Diskopindag text does not fit Windows-1252');
  writeFileSync(join(dir, F.file), bytes);
}

// ---------------------------------------------------------------------------------------------------
// File 3: Dinas Kesehatan P-IRT register (one row per product certificate, year sections, repeated header)

function pirtNumber(rng, cert, serial, region, year) {
  const digits = `${cert.pack}${cert.type}${region}${cert.ps}${serial}`;
  const yy = pad((year + 5) % 100, 2);
  return rng.weighted([
    [`${digits}-${yy}`, 8],
    [`P-IRT No. ${digits}-${yy}`, 1],
    [`${digits} - ${yy}`, 1],
    [`${digits}${yy}`, 0.5],
  ]);
}

async function buildPirt(ctx, dir) {
  const rng = stream('pirt-file');
  const F = newFile(
    ctx,
    'register_pirt_dinkes_kab_malang.xlsx',
    'Dinas Kesehatan Kabupaten Malang',
    'SPP-IRT register: one row per product certificate (renewals listed again), a section row per year of issue followed by a repeated header, applicant sometimes the husband, kecamatan in its own column.',
  );
  const wb = newWorkbook('Seksi Kefarmasian dan Makanan Minuman');
  const ws = wb.addWorksheet('Register SPP-IRT');
  const widths = [5, 20, 24, 22, 26, 40, 14, 16, 12, 12, 12];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const N = widths.length;
  const header = [
    'No',
    'Nomor P-IRT',
    'Nama Produk',
    'Merek',
    'Nama Pemilik/Pemohon',
    'Alamat Produksi',
    'Kecamatan',
    'No. Telp',
    'Tgl. Terbit',
    'Berlaku s/d',
    'Ket.',
  ];
  let r = 1;
  for (const t of [
    'REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)',
    'DINAS KESEHATAN KABUPATEN MALANG TAHUN 2019 - 2025',
  ]) {
    putRow(ws, r, [t], { bold: true, merge: N, center: true });
    addLine(F, r++, 'skip', null, null, { any: [1, t] });
  }
  r++;
  putRow(ws, r, header, { bold: true, center: true });
  F.headerRow = r++;

  // certificates: [business, cert, year issued, renewal?]
  const entries = [];
  for (const b of ctx.businesses) {
    if (!b.pirt) continue;
    for (const c of b.pirt.certs) {
      entries.push({ b, c, year: c.year, month: c.month, day: c.day, renewal: false });
      if (c.renewed)
        entries.push({
          b,
          c,
          year: c.year + 5,
          month: Math.min(12, c.month + rng.int(0, 2)),
          day: rng.int(1, 28),
          renewal: true,
        });
    }
  }
  const brng = stream('pirt-bad');
  const rejected = [
    ...['batu-tricky', 'malang-tricky', 'neighbour'].map((k) => ({
      f: outsider(brng, ctx, k),
      kind: 'outside',
    })),
    { f: badRow(brng, ctx, 'noName'), kind: 'noName' },
  ];
  for (const x of rejected) {
    const products = x.f.b.trade.products ?? TRADES[0].products;
    const [name, type, pack] = brng.pick(products);
    if (!x.f.b.trade.products) x.f.b.trade = TRADES[0];
    x.c = { name, type, pack, ps: '01' };
    x.serial = pad(brng.int(1, 9999), 4);
    entries.push({
      x,
      c: x.c,
      year: brng.int(2021, 2025),
      month: brng.int(1, 12),
      day: brng.int(1, 28),
      renewal: false,
    });
  }
  const sorted = rng.shuffle(entries).sort((a, b) => a.year - b.year || a.month - b.month || a.day - b.day);
  let no = 0;
  let year = 0;
  for (const e of sorted) {
    if (e.year !== year) {
      if (year) {
        const sec = `TAHUN ${e.year}`;
        putRow(ws, r, [sec], { bold: true, merge: N });
        addLine(F, r++, 'skip', null, null, { any: [1, sec] });
        putRow(ws, r, header, { bold: true, center: true });
        addLine(F, r++, 'skip', null, null, { any: [1, 'No'] });
      } else {
        const sec = `TAHUN ${e.year}`;
        putRow(ws, r, [sec], { bold: true, merge: N });
        addLine(F, r++, 'skip', null, null, { any: [1, sec] });
      }
      year = e.year;
    }
    no++;
    const isRej = !!e.x;
    const b = isRej ? e.x.f.b : e.b;
    const p = isRej ? e.x.f.p : b.husbandOnPirt && !e.renewal ? b.owner.husband : b.owner;
    const kind = isRej ? e.x.kind : null;
    const nameText =
      kind === 'noName'
        ? ''
        : renderName(
            rng,
            p,
            rng.weighted([
              ['ktp', 40],
              ['title', 33],
              ['plain', 20],
              ['typo', 5],
              ['ny', 2],
            ]),
          );
    let region = '3507';
    if (kind === 'outside') region = p.place.nikPrefix.slice(0, 4);
    const number = pirtNumber(rng, e.c, isRej ? e.x.serial : b.pirt.serial, region, e.year);
    const home = p.home ?? b.owner.home;
    const address =
      kind === 'outside'
        ? renderOutsideAddress(rng, p.place)
        : renderAddress(rng, home, rng.chance(0.5) ? 'never' : 'maybe');
    const kecName =
      kind === 'outside'
        ? p.place.kecName + (p.place.regencyLabel.startsWith('Kota') ? '' : ` (${p.place.regencyLabel})`)
        : home.desa.kec.name;
    const kecText = rng.pick([kecName, kecName.toUpperCase(), `Kec. ${kecName}`]);
    const phoneOf = p.phone ?? b.owner.phone;
    const phone = phoneOf && rng.chance(0.9) ? renderPhone(rng, phoneOf) : null;
    const issued = { y: e.year, m: e.month, d: e.day };
    const until = rng.chance(0.6)
      ? String(e.year + 5)
      : { v: dateCell({ y: e.year + 5, m: e.month, d: e.day }), fmt: 'dd/mm/yyyy' };
    const brand = b.brand.replace(/^UD\. /, '');
    putRow(ws, r, [
      no,
      number,
      e.c.name,
      rng.chance(0.9) ? brand : '-',
      nameText,
      address,
      kecText,
      typeof phone === 'number' ? { v: phone, fmt: '0' } : phone,
      rng.chance(0.8) ? { v: dateCell(issued), fmt: 'dd/mm/yyyy' } : renderDateText(rng, issued),
      until,
      e.renewal ? 'Perpanjangan' : rng.chance(0.3) ? 'Baru' : null,
    ]);
    addLine(F, r++, isRej ? 'rejected' : 'ok', p, b, { name: [5, nameText], trade: [3, e.c.name] });
  }
  r++;
  for (const t of [
    'Kepanjen, 30 September 2025',
    'Kepala Seksi Kefarmasian, Makanan dan Minuman',
    null,
    null,
    'apt. RINA KUSUMAWARDANI, S.Farm.',
  ]) {
    if (t) {
      putRow(ws, r, [null, null, null, null, null, null, null, null, t]);
      addLine(F, r, 'skip', null, null, { any: [9, t] });
    }
    r++;
  }
  await saveWorkbook(wb, join(dir, F.file));
}

// ---------------------------------------------------------------------------------------------------
// File 4: TP PKK Kecamatan Pakis recap (rows grouped by desa; the desa only in a merged section row)

async function buildPkk(ctx, dir) {
  const rng = stream('pkk');
  const F = newFile(
    ctx,
    'rekap_up2k_pkk_kec_pakis_2024.xlsx',
    'TP PKK Kecamatan Pakis',
    "PKK recap of women's home businesses in Kecamatan Pakis: rows grouped by desa under merged section rows (the desa appears nowhere else), numbering restarting per desa, age instead of birth date, no NIK.",
  );
  const wb = newWorkbook('TP PKK Kec. Pakis');
  const ws = wb.addWorksheet('UP2K 2024');
  const widths = [5, 28, 7, 26, 20, 14, 14, 12];
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  const N = widths.length;
  let r = 1;
  for (const t of [
    'REKAP DATA USAHA PENINGKATAN PENDAPATAN KELUARGA (UP2K) / INDUSTRI RUMAHAN',
    'TIM PENGGERAK PKK KECAMATAN PAKIS KABUPATEN MALANG',
    'TAHUN 2024',
  ]) {
    putRow(ws, r, [t], { bold: true, merge: N, center: true });
    addLine(F, r++, 'skip', null, null, { any: [1, t] });
  }
  r++;
  putRow(ws, r, ['No', 'Nama', 'Umur', 'Alamat', 'Jenis Usaha', 'Modal (Rp)', 'Omset/Bln (Rp)', 'Ket.'], {
    bold: true,
    center: true,
  });
  F.headerRow = r++;
  const pakis = ctx.area.kecs.find((k) => k.name === 'Pakis');
  const brng = stream('pkk-bad');
  const rejected = [
    ...['malang', 'malang'].map((k) => ({ f: outsider(brng, ctx, k, true), kind: 'outside' })),
    { f: badRow(brng, ctx, 'noName', 'Pakis'), kind: 'noName' },
    { f: badRow(brng, ctx, 'omzetAbsurd', 'Pakis'), kind: 'omzetAbsurd' },
  ];
  const rejDesa = rejected.map((x) => x.f.p.home?.desa ?? rng.pick(pakis.desa));
  for (const desa of pakis.desa) {
    const rows = rng.shuffle(ctx.businesses.filter((b) => b.files.has('pkk') && b.owner.home.desa === desa));
    rejected.forEach((x, i) => {
      if (rejDesa[i] === desa) rows.splice(rng.int(0, rows.length), 0, x);
    });
    if (!rows.length) continue;
    const sec = rng.pick([
      `DESA ${desa.name.toUpperCase()}`,
      `Desa ${desa.name}`,
      `DS. ${desa.name.toUpperCase()}`,
    ]);
    putRow(ws, r, [sec], { bold: true, merge: N });
    addLine(F, r++, 'skip', null, null, { any: [1, sec] });
    let no = 0;
    let modal = 0;
    let omset = 0;
    for (const item of rows) {
      no++;
      const isRej = !item.key;
      const b = isRej ? item.f.b : item;
      const p = isRej ? item.f.p : b.owner;
      const kind = isRej ? item.kind : null;
      const nameText =
        kind === 'noName'
          ? ''
          : renderName(
              rng,
              p,
              rng.weighted([
                ['ny', 28],
                ['plain', 25],
                ['old', p.old ? 18 : 0],
                ['ktp', 10],
                ['nick', 10],
                ['typo', 5],
                ['title', 6],
              ]),
            );
      const local =
        kind === 'outside'
          ? renderOutsideAddress(rng, p.place)
          : renderLocal(rng, p.home).replace(/^(Dsn\.?|Dusun) /, rng.chance(0.4) ? '' : '$1 ');
      const tradeText = rng.chance(0.4) ? b.trade.label : rng.pick(b.trade.alts);
      const m =
        Math.round(((b.omzet > 0 ? Math.min(b.omzet, 2e7) : 1e6) * rng.pick([0.5, 1, 1.5, 2])) / 100000) *
          100000 || 500000;
      modal += m;
      if (b.omzet > 0 && b.omzet < 1e11) omset += b.omzet;
      const ket = isRej ? '' : p.husband ? rng.pick(['', 'UP2K', '']) : rng.pick(['KRTP', '', 'UP2K']);
      putRow(ws, r, [
        no,
        nameText,
        2024 - p.born.y,
        local,
        tradeText,
        { v: m, fmt: '#,##0' },
        rng.chance(0.7) ? { v: b.omzet, fmt: '#,##0' } : renderMoneyText(rng, b.omzet),
        ket,
      ]);
      addLine(F, r++, isRej ? 'rejected' : 'ok', p, b, { name: [2, nameText], trade: [5, tradeText] });
    }
    putRow(
      ws,
      r,
      [null, 'Jumlah', null, null, null, { v: modal, fmt: '#,##0' }, { v: omset, fmt: '#,##0' }],
      { bold: true },
    );
    addLine(F, r++, 'skip', null, null, { any: [2, 'Jumlah'] });
  }
  r++;
  const ketua = renderName(
    rng,
    {
      name: 'Endang Wahyuningsih',
      gender: 'P',
      hajj: true,
      degree: null,
      old: true,
      nick: 'Endang',
      born: { y: 1968 },
    },
    'title',
  );
  for (const t of ['Pakis, 16 Desember 2024', 'Ketua TP PKK Kecamatan Pakis', null, null, `Ny. ${ketua}`]) {
    if (t) {
      putRow(ws, r, [null, null, null, null, null, t]);
      addLine(F, r, 'skip', null, null, { any: [6, t] });
    }
    r++;
  }
  await saveWorkbook(wb, join(dir, F.file));
}

// ---------------------------------------------------------------------------------------------------
// File 5: women's cooperative of Kecamatan Singosari, member list (.ods written by hand)

const xmlEsc = (s) =>
  String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
// cells: string | number | { date: {y,m,d} } | { span: n, text } | null
function odsRow(cells, width) {
  let xml = '<table:table-row>';
  let empty = 0;
  const flush = () => {
    if (empty)
      xml +=
        empty > 1 ? `<table:table-cell table:number-columns-repeated="${empty}"/>` : '<table:table-cell/>';
    empty = 0;
  };
  let used = 0;
  for (const c of cells) {
    if (c === null || c === undefined || c === '') {
      empty++;
      used++;
      continue;
    }
    flush();
    if (typeof c === 'number')
      xml += `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`;
    else if (typeof c === 'object' && c.date) {
      const { y, m, d } = c.date;
      xml += `<table:table-cell table:style-name="ce1" office:value-type="date" office:date-value="${y}-${pad(m, 2)}-${pad(d, 2)}"><text:p>${pad(d, 2)}/${pad(m, 2)}/${y}</text:p></table:table-cell>`;
    } else if (typeof c === 'object' && c.span) {
      xml += `<table:table-cell table:style-name="ce2" office:value-type="string" table:number-columns-spanned="${c.span}" table:number-rows-spanned="1"><text:p>${xmlEsc(c.text)}</text:p></table:table-cell>`;
      if (c.span > 1) xml += `<table:covered-table-cell table:number-columns-repeated="${c.span - 1}"/>`;
      used += c.span - 1;
    } else
      xml += `<table:table-cell office:value-type="string"><text:p>${xmlEsc(c)}</text:p></table:table-cell>`;
    used++;
  }
  empty += Math.max(0, width - used);
  flush();
  return `${xml}</table:table-row>`;
}

async function writeOds(path, sheetName, rows, width) {
  const ns =
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"';
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ns} office:version="1.2"><office:automatic-styles>` +
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="3.2cm"/></style:style>' +
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>' +
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>' +
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default"><style:text-properties fo:font-weight="bold"/></style:style>' +
    `</office:automatic-styles><office:body><office:spreadsheet><table:table table:name="${xmlEsc(sheetName)}"><table:table-column table:style-name="co1" table:number-columns-repeated="${width}"/>` +
    rows.map((cells) => odsRow(cells, width)).join('') +
    '</table:table></office:spreadsheet></office:body></office:document-content>';
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ns} office:version="1.2"><office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>`;
  const stamp = FIXED_DATE.toISOString().slice(0, 19);
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ns} office:version="1.2"><office:meta><meta:generator>LibreOffice/7.6</meta:generator><meta:creation-date>${stamp}</meta:creation-date><dc:date>${stamp}</dc:date></office:meta></office:document-meta>`;
  const manifest = `<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>`;
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', {
    date: FIXED_DATE,
    compression: 'STORE',
  });
  zip.file('content.xml', content, { date: FIXED_DATE });
  zip.file('styles.xml', styles, { date: FIXED_DATE });
  zip.file('meta.xml', meta, { date: FIXED_DATE });
  zip.file('META-INF/manifest.xml', manifest, { date: FIXED_DATE, createFolders: false });
  writeFileSync(
    path,
    await zip.generateAsync({
      type: 'nodebuffer',
      compression: 'DEFLATE',
      compressionOptions: { level: 6 },
      platform: 'DOS',
    }),
  );
}

async function buildKopwan(ctx, dir) {
  const rng = stream('kopwan');
  const F = newFile(
    ctx,
    'anggota_kopwan_singosari_2025.ods',
    'Koperasi Wanita "Sekar Arum" Kecamatan Singosari',
    "Member list of a women's cooperative: nicknames with Bu/Mbak/Mak, no NIK, desa without kecamatan (Singosari only in the title) except members from Lawang, phones as text or number cells, join dates as date cells.",
  );
  const W = 9;
  const rows = [];
  const add = (cells) => rows.push(cells) && rows.length;
  for (const t of [
    'DAFTAR ANGGOTA KOPERASI WANITA "SEKAR ARUM"',
    'KECAMATAN SINGOSARI - KABUPATEN MALANG',
    'Keadaan s/d 31 Agustus 2025',
  ]) {
    const rr = add([{ span: W, text: t }]);
    addLine(F, rr, 'skip', null, null, { any: [1, t] });
  }
  add([]);
  F.headerRow = add([
    'No',
    'No. Anggota',
    'Nama Anggota',
    'Alamat',
    'Desa',
    'Usaha',
    'No. HP',
    'Tgl. Masuk',
    'Simpanan Pokok',
  ]);
  const joinDate = (g) => {
    const y = g.int(2012, 2025);
    return { y, m: g.int(1, y === 2025 ? 8 : 12), d: g.int(1, 28) };
  };
  const members = ctx.people
    .filter((p) => p.kopwanBusiness)
    .map((p) => ({ p, b: p.kopwanBusiness, joined: joinDate(rng) }));
  const brng = stream('kopwan-bad');
  for (const [kind, pool] of [
    ['outside', 'malang'],
    ['outside', 'malang-tricky'],
    ['outside', 'malang'],
    ['noName', null],
  ]) {
    const f = kind === 'outside' ? outsider(brng, ctx, pool, true) : badRow(brng, ctx, kind, 'Singosari');
    members.push({ p: f.p, b: f.b, x: kind, joined: joinDate(brng) });
  }
  // outsiders of a Singosari cooperative come from the neighbouring Kota Malang kelurahan
  const nearCity = ctx.outside.kotaMalang.filter(
    (v) => v.kecName === 'Blimbing' || v.kecName === 'Lowokwaru',
  );
  const sorted = rng
    .shuffle(members)
    .sort((a, b) => a.joined.y - b.joined.y || a.joined.m - b.joined.m || a.joined.d - b.joined.d);
  let no = 0;
  let pokok = 0;
  for (const mbr of sorted) {
    no++;
    const { p, b } = mbr;
    if (mbr.x === 'outside' && !p.place.tricky) p.place = rng.pick(nearCity.filter((v) => !v.tricky));
    const nameText =
      mbr.x === 'noName'
        ? ''
        : renderName(
            rng,
            p,
            rng.weighted([
              ['nick', 55],
              ['plain', 20],
              ['title', 12],
              ['ny', 6],
              ['typo', 5],
              ['short', 2],
            ]),
          );
    let alamat;
    let desaText;
    if (mbr.x === 'outside') {
      alamat = `${renderRtRw(rng, rng.int(1, 9), rng.int(1, 12))}`;
      desaText = renderOutsideDesa(rng, p.place);
    } else {
      alamat = renderLocal(rng, p.home);
      desaText = renderDesa(rng, p.home.desa, rng.pick(['ds', 'bare', 'bare', 'lower', 'desa', 'split']));
      if (p.home.desa.kec.name !== 'Singosari')
        desaText = rng.pick([
          `${desaText} Kec. ${p.home.desa.kec.name}`,
          `${desaText} - ${p.home.desa.kec.name}`,
          `${desaText} (Kec. ${p.home.desa.kec.name})`,
        ]);
    }
    const usaha = rng.pick(b.trade.alts);
    const phone = p.phone && rng.chance(0.9) ? renderPhone(rng, p.phone) : null;
    const sp = rng.pick([50000, 50000, 100000]);
    pokok += sp;
    const rr = add([
      no,
      `KW-${pad(no + 16, 4)}`,
      nameText,
      alamat,
      desaText,
      usaha,
      phone,
      { date: mbr.joined },
      sp,
    ]);
    addLine(F, rr, mbr.x ? 'rejected' : 'ok', p, b, { name: [3, nameText], trade: [6, usaha] });
  }
  const jr = add([null, null, 'JUMLAH', null, null, null, null, null, pokok]);
  addLine(F, jr, 'skip', null, null, { any: [3, 'JUMLAH'] });
  add([]);
  const sig = [
    ['Singosari, 31 Agustus 2025', null],
    ['Ketua', 'Bendahara'],
    [null, null],
    ['Hj. SUMARNI', 'LILIK ANDAYANI'],
  ];
  for (const [a, c] of sig) {
    if (!a && !c) {
      add([]);
      continue;
    }
    const rr = add([null, null, a, null, null, c]);
    addLine(F, rr, 'skip', null, null, a ? { any: [3, a] } : { any: [6, c] });
  }
  await writeOds(join(dir, F.file), 'Anggota', rows, W);
}

// ---------------------------------------------------------------------------------------------------
// Read-back: every file parsed again; each truth line checked against the row it names

function cellOut(cell) {
  const v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return String(v);
  if (v instanceof Date) return v.toISOString();
  if (typeof v === 'string') return v;
  return cell.text ?? '';
}
async function readXlsx(path) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  if (!ws || (ws.state && ws.state !== 'visible')) fail(`${path}: first sheet not visible`);
  const rows = new Map();
  ws.eachRow({ includeEmpty: false }, (row, rn) => {
    const cells = [];
    row.eachCell({ includeEmpty: false }, (cell, cn) => {
      cells[cn] = cellOut(cell);
    });
    rows.set(rn, cells);
  });
  return rows;
}
function readCsv(path) {
  const text = iconv.decode(readFileSync(path), 'win1252');
  if (!text.endsWith('\r\n') || /[^\r]\n/.test(text)) fail(`${path}: not CRLF`);
  const rows = new Map();
  text
    .slice(0, -2)
    .split('\r\n')
    .forEach((line, i) => {
      rows.set(i + 1, [undefined, ...parseCsvLine(line, ';')]);
    });
  return rows;
}
async function readOds(path) {
  const zip = await JSZip.loadAsync(readFileSync(path));
  if (Object.keys(zip.files)[0] !== 'mimetype') fail(`${path}: mimetype is not the first entry`);
  const xml = await zip.file('content.xml').async('string');
  const table = xml.match(/<table:table [\s\S]*?<\/table:table>/)[0];
  const unesc = (s) =>
    s
      .replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_m, n) => ' '.repeat(Number(n ?? 1)))
      .replace(/<[^>]+>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const rows = new Map();
  let rn = 0;
  for (const m of table.matchAll(/<table:table-row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:table-row>)/g)) {
    const repeat = Number(m[1].match(/number-rows-repeated="(\d+)"/)?.[1] ?? 1);
    const cells = [];
    let cn = 1;
    for (const c of (m[2] ?? '').matchAll(
      /<table:(table-cell|covered-table-cell)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/table:\1>)/g,
    )) {
      const rep = Number(c[2].match(/number-columns-repeated="(\d+)"/)?.[1] ?? 1);
      const paras = [...(c[3] ?? '').matchAll(/<text:p>([\s\S]*?)<\/text:p>/g)].map((x) => unesc(x[1]));
      for (let k = 0; k < rep; k++) cells[cn++] = c[1] === 'table-cell' ? paras.join('\n') : '';
    }
    for (let k = 0; k < repeat; k++) rows.set(++rn, cells);
  }
  return rows;
}

const OUTSIDE_WORDS =
  /\b(Kota Malang|Kota Batu|Kab\.? Pasuruan|Kab\.? Blitar|Kab\.? Lumajang|Kabupaten (Pasuruan|Blitar|Lumajang))\b/i;
const CITY_KEC_WORD = new RegExp(`\\b(${CITY_KECAMATAN.join('|')})\\b`, 'i');

function checkFile(ctx, F, rows) {
  const nonBlank = (cells) => cells.some((c) => c !== undefined && String(c).trim() !== '');
  const byRow = new Map();
  for (const l of F.lines) {
    if (byRow.has(l.row)) fail(`${F.file}: two truth lines for row ${l.row}`);
    byRow.set(l.row, l);
  }
  const header = rows.get(F.headerRow) ?? [];
  if (!/^no$/i.test(String(header[1] ?? '')))
    fail(`${F.file}: header row ${F.headerRow} does not start with No`);
  if (byRow.has(F.headerRow)) fail(`${F.file}: truth line on the header row`);
  for (const [rn, cells] of rows) {
    if (rn !== F.headerRow && nonBlank(cells) && !byRow.has(rn))
      fail(`${F.file}: row ${rn} is not blank but has no truth line`);
  }
  const nikOwner = new Map(ctx.people.map((p) => [p.nik, p]));
  for (const l of F.lines) {
    const cells = rows.get(l.row) ?? [];
    const where = `${F.file} row ${l.row}`;
    if (!nonBlank(cells)) fail(`${where}: truth line on a blank row`);
    const at = (col) => String(cells[col] ?? '');
    for (const [what, spec] of Object.entries(l.checks)) {
      const [col, text] = what === 'nik' ? [spec[0], spec[2]] : spec;
      if (at(col) !== String(text)) fail(`${where}: ${what} cell reads "${at(col)}", expected "${text}"`);
    }
    if (l.expected === 'skip') {
      if (l.p || l.b) fail(`${where}: skip row with keys`);
      continue;
    }
    const rej = l.expected === 'rejected';
    if (rej !== l.p.key.startsWith('PX') || rej !== l.b.key.startsWith('BX'))
      fail(`${where}: keys ${l.p.key}/${l.b.key} do not fit ${l.expected}`);
    const name = at(l.checks.name[0]);
    if (name ? !namesPerson(name, l.p) : !rej)
      fail(`${where}: "${name}" does not name ${l.p.key} ${l.p.name}`);
    if (!describesBusiness(at(l.checks.trade[0]), l.b))
      fail(`${where}: "${at(l.checks.trade[0])}" does not describe ${l.b.key} (${l.b.trade.label})`);
    if (l.checks.nik) {
      const [, kind, text] = l.checks.nik;
      const digits = text.replace(/[\s.']/g, '');
      const ok = {
        exact: digits === l.p.nik,
        spaced: digits === l.p.nik,
        apos: text === `'${l.p.nik}`,
        trunc: text === truncatedNik(l.p.nik),
        sci: /^\d,\d{5}E\+15$/.test(text) && l.p.nik.startsWith(text[0] + text.slice(2, 7)),
        none: text === '' || text === '-',
        typo: nikValid(text) && text !== l.p.nik && lev(text, l.p.nik) <= 2 && !nikOwner.has(text),
        bad: rej && !nikValid(digits),
      }[kind];
      if (!ok) fail(`${where}: NIK "${text}" (${kind}) does not fit ${l.p.key} ${l.p.nik}`);
    }
    const all = cells.filter((c) => c !== undefined).join(' | ');
    if (l.p.place) {
      if (!OUTSIDE_WORDS.test(all) && !CITY_KEC_WORD.test(all))
        fail(`${where}: outsider row does not say where it is: ${all}`);
    } else if (OUTSIDE_WORDS.test(all) || CITY_KEC_WORD.test(all))
      fail(`${where}: inside row reads as outside: ${all}`);
    if (
      !rej &&
      l.p.home.desa.overlap &&
      !new RegExp(`\\b${l.p.home.desa.kec.name}\\b`).test(all) &&
      ![
        'pendataan_ir_dp3a_kab_malang_2025.xlsx',
        'rekap_up2k_pkk_kec_pakis_2024.xlsx',
        'anggota_kopwan_singosari_2025.ods',
      ].includes(F.file)
    ) {
      fail(`${where}: ${l.p.home.desa.name} (also a city name) without its kecamatan`);
    }
  }
}

// ---------------------------------------------------------------------------------------------------
// Main: population, files, truth.csv, manifest.json, read-back, summary

async function main() {
  mkdirSync(outDir, { recursive: true });
  const area = buildServedArea(stream('area'));
  const outside = buildOutsideAreas();
  const pop = buildPopulation(area);
  const ctx = makeCtx(area, outside, pop);
  assignFiles(ctx);
  await buildDp3a(ctx, outDir);
  buildDiskop(ctx, outDir);
  await buildPirt(ctx, outDir);
  await buildPkk(ctx, outDir);
  await buildKopwan(ctx, outDir);

  const truth = ['file,sheet_row,person_key,business_key,expected'];
  for (const F of ctx.files) {
    for (const l of [...F.lines].sort((a, b) => a.row - b.row)) {
      truth.push(`${F.file},${l.row},${l.p?.key ?? ''},${l.b?.key ?? ''},${l.expected}`);
    }
  }
  writeFileSync(join(outDir, 'truth.csv'), `${truth.join('\n')}\n`);
  const manifest = {
    region: REGION,
    files: ctx.files.map(({ file, source, description }) => ({ file, source, description })),
  };
  writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  // read every file back
  for (const F of ctx.files) {
    const path = join(outDir, F.file);
    const rows = F.file.endsWith('.xlsx')
      ? await readXlsx(path)
      : F.file.endsWith('.csv')
        ? readCsv(path)
        : await readOds(path);
    checkFile(ctx, F, rows);
  }
  // keys: rejected keys once; every business in 1-4 files; owners' ok rows
  const seenPx = new Set();
  const filesOf = new Map();
  const namedOk = new Set();
  for (const F of ctx.files) {
    for (const l of F.lines) {
      if (l.expected === 'rejected') {
        if (seenPx.has(l.p.key)) fail(`${l.p.key} in two rows`);
        seenPx.add(l.p.key);
      }
      if (l.expected === 'ok') {
        namedOk.add(l.p.key);
        if (!filesOf.has(l.b.key)) filesOf.set(l.b.key, new Set());
        filesOf.get(l.b.key).add(F.file);
      }
    }
  }
  for (const b of ctx.businesses) {
    const n = filesOf.get(b.key)?.size ?? 0;
    if (n < 1 || n > 4) fail(`${b.key} appears in ${n} files`);
  }

  // summary
  const women = ctx.people.filter((p) => p.gender === 'P').length;
  const owners = ctx.people.filter((p) => p.businesses.length);
  const byCount = [1, 2, 3].map((n) => owners.filter((p) => p.businesses.length === n).length);
  const desaUsed = new Set(ctx.people.map((p) => p.home.desa.code));
  const kecUsed = new Set(ctx.people.map((p) => p.home.desa.kec.code));
  const tot = { ok: 0, rejected: 0, skip: 0 };
  const perFile = ctx.files.map((F) => {
    const c = { ok: 0, rejected: 0, skip: 0 };
    for (const l of F.lines) c[l.expected]++;
    for (const k of Object.keys(tot)) tot[k] += c[k];
    return `${F.file} ${F.lines.length} rows (${c.ok} ok, ${c.rejected} rejected, ${c.skip} skip)`;
  });
  const spread = [1, 2, 3, 4].map((n) => [...filesOf.values()].filter((s) => s.size === n).length);
  const husbandsNamed = new Set(
    ctx.files.flatMap((F) =>
      F.lines
        .filter((l) => l.expected === 'ok' && l.p.gender === 'L' && l.b.owner !== l.p)
        .map((l) => l.p.key),
    ),
  ).size;
  const units = (role) => new Set(ctx.people.filter((p) => p.role === role).map((p) => p.unit)).size;
  const twinGroups = new Set(ctx.people.filter((p) => p.unit.startsWith('twin:')).map((p) => p.unit)).size;
  const lookAlikes = `look-alikes: ${twinGroups} groups of namesakes in same-named desa of different kecamatan, ${new Set(ctx.people.filter((p) => p.unit.startsWith('dusun:')).map((p) => p.name + p.unit)).size} namesake pairs in one desa, ${units('mother')} mother-daughter pairs, ${units('sister')} sister pairs, ${units('husband')} couples`;
  console.log(
    `Eighth set (seed ${seedArg}, Kabupaten Malang ${REGION}): ${ctx.people.length} people (${women} women, ${ctx.people.length - women} men; ${namedOk.size} named in ok rows, ${husbandsNamed} of them husbands named for a wife's business) in ${desaUsed.size} desa of ${kecUsed.size} kecamatan; ${lookAlikes}; ${ctx.businesses.length} businesses (owners with one: ${byCount[0]}, two: ${byCount[1]}, three: ${byCount[2]}; in 1/2/3/4 files: ${spread.join('/')}). Files: ${perFile.join('; ')}. Total ${tot.ok + tot.rejected + tot.skip} truth lines: ${tot.ok} ok, ${tot.rejected} rejected, ${tot.skip} skip. Every truth line checked against its row on read-back.`,
  );
}

main().catch((err) => {
  console.error(err.stack ?? err);
  process.exit(1);
});
