#!/usr/bin/env node
// Seventh linkage set: LINKING WITHOUT NIK — other identifiers and other ways offices write people.
//
//   node bench/linkage/seventh-set.mjs <seed> <outdir>
//
// Writes five office files about one synthetic population of home industries (industri rumahan) in
// Kota Malang, plus truth.csv and manifest.json, reads every file back to check each truth line against
// the row it names, and prints a one-paragraph summary. Everything is derived from the seed (mulberry32
// over FNV-1a of "pilar-seventh-set:<seed>"); zip entries and document properties carry fixed
// timestamps, so two runs with one seed give byte-identical files.
//
// The files, in import order (manifest.json), each its own import with its office as source:
//  1. nib_oss_dpmptsp_2025.xlsx (DPMPTSP, an OSS-RBA NIB export): header on row 1; NIB (13 digits, one
//     NIB per pelaku usaha, so a woman with two businesses has two rows, one per KBLI, with one NIB),
//     "Nama Pelaku Usaha" (names as on the KTP, often in capitals), "Nama Usaha" ("UD. ..."/"CV ...", the
//     brand, or just the owner's name as OSS fills it in), "KBLI" ("10794 - Industri Kerupuk, ..."), the
//     whole "Alamat Usaha" in one cell, "Skala Usaha", "Email" and the NIK MASKED in most rows
//     ("357305**********", "3573********0012"). A masked NIK is unusable; the row is still ok.
//  2. roster_wa_pendamping.csv (a field facilitator's WhatsApp-group roster): "," CSV, UTF-8 with BOM,
//     CRLF. "No", "Nama" with forms of address and nicknames ("Bu Nur", "Mbak Yuli", "Mak Ijah",
//     "Bu Hj. Siti"), "No WA" in every writing (0812-3456-7890, +62 812 3456 7890, 62812..., 812...),
//     "Jualan apa" in free text ("kue kering & nastar", "jahit baju"), "RT/RW" ("2/5", "002/005") and
//     "Kelurahan" with variants ("Kel. Tlogo Mas", "tlogomas"). No NIK, no business name; one row per
//     woman, about the business whose trade it names.
//  3. gelar_produk_2025_peserta.xlsx (Gelar Produk Industri Rumahan exhibitors): a two-line title, a
//     blank row, header on row 4 ("No Stand", "Merek", "Nama Pemilik", "Jenis Produk", "No HP",
//     "Kelurahan", "Kecamatan"), a section row per stand hall, brands with stylised spellings ("D'Mbok
//     Rasa", "Kriuk-Q"), owners with titles (Hj., S.Pd., SE), phones as text or as number cells (leading
//     0 lost), and a signature block at the end.
//  4. data_ir_kelurahan_2023.ods (the kelurahan's older list, compiled in 2023): two title rows (the
//     first spanned over the columns), a blank row, header on row 4 ("No, Nama, NIK, Alamat, RT, RW,
//     Kelurahan, Jenis Usaha, Nama Usaha"), a section row per kecamatan, a closing note. Names of older
//     women in OLD SPELLING (Soemarni, Djoewariyah, Tjiptoningsih), some with words swapped or a middle
//     name dropped; NIK in about half of the rows, some mistyped; the address before a 2024 move.
//  5. mustahik_baznas_2025.csv (BAZNAS productive-zakat aid): ";" CSV, Windows-1252, CRLF: "No;Nama
//     Mustahik;NIK;Nama Suami;Alamat;Kelurahan;Jenis Usaha;Bantuan (Rp)" ("Rp 1.500.000"); full NIKs (some
//     mistyped), names in capitals, sometimes "... BINTI <father>"; a total line at the end.
//
// truth.csv: file,sheet_row,person_key,business_key,expected. One line per non-blank row of each file's
// data sheet that is not its column-header row.
//  - sheet_row is the row number a spreadsheet app shows (title and blank rows count); for the CSVs it is
//    the physical line number (no cell holds a line break; the BOM does not count).
//  - person_key (P0001...) is the true person NAMED in the row. When a husband is named for his wife's
//    business (NIB registered under his NIK, the exhibitor form in his name), the row carries HIS person
//    key and HER business key. A NIK written in a row is always the NIK of the person named there.
//  - business_key (B0001...) is the true business the row describes; a roster or BAZNAS row, naming only a
//    trade, describes the woman's business of that trade.
//  - expected: ok, rejected (full NIK of wrong length or with letters, impossible NIK birth date, kelurahan
//    outside Kota Malang, empty owner name) or skip (title, section, total, note,
//    signature rows; empty keys). Rejected rows are outsiders with keys PX.../BX... appearing nowhere
//    else. A masked NIK ("357305**********") never makes a row bad.
//  - A NIK mistyped by one digit or one swap of neighbours is still the named person's: the row is ok.
//    Mistyped NIKs stay structurally valid (16 digits, possible date, serial > 0) and never equal another
//    person's.
//  - A wife whose every row names her husband is named in no row; the summary counts all people and,
//    separately, those named in ok rows.
//
// Look-alikes that must stay apart: mother and daughter at one address in one trade (each her own
// business; their masked NIKs look the same); sisters in one kelurahan (one father in "BINTI ..."); two
// namesakes in one kelurahan and one trade with different phones; one woman's two businesses of different
// products at one address, sometimes under one brand prefix ("Dapur Nur" catering, "Dapur Nur Snack");
// a husband named on some forms for his wife's business.
//
// NIK convention: 35 73 + kecamatan (Kedungkandang 01, Sukun 02, Klojen 03, Blimbing 04, Lowokwaru 05) +
// DDMMYY (DD+40 for women) + serial; some people were registered elsewhere first (3507 Kab. Malang, 3579
// Batu, 3578 Surabaya, ...).

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

let rnd = mulberry32(1);
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
// Areas: Kota Malang's kecamatan and kelurahan (Kemendagri names, idn-area-data), with written variants

const KECAMATAN = [
  {
    name: 'Kedungkandang',
    nik: '01',
    kel: 'Kotalama Mergosono Bumiayu Wonokoyo Buring Kedungkandang Lesanpuro Sawojajar Madyopuro Cemorokandang Arjowinangun Tlogowaru',
  },
  {
    name: 'Sukun',
    nik: '02',
    kel: 'Ciptomulyo Gadang Kebonsari Bandungrejosari Sukun Tanjungrejo Pisangcandi Bandulan Karangbesuki Mulyorejo Bakalankrajan',
  },
  {
    name: 'Klojen',
    nik: '03',
    kel: 'Klojen Rampalcelaket Samaan Kiduldalem Sukoharjo Kasin Kauman Oro-oro_Dowo Bareng Gading_Kasri Penanggungan',
  },
  {
    name: 'Blimbing',
    nik: '04',
    kel: 'Balearjosari Arjosari Polowijen Purwodadi Blimbing Pandanwangi Purwantoro Bunulrejo Kesatrian Polehan Jodipan',
  },
  {
    name: 'Lowokwaru',
    nik: '05',
    kel: 'Tunggulwulung Merjosari Tlogomas Dinoyo Sumbersari Ketawanggede Jatimulyo Tunjungsekar Mojolangu Tulusrejo Lowokwaru Tasik_Madu',
  },
];
const KELURAHAN = KECAMATAN.flatMap((k) =>
  k.kel.split(' ').map((n) => ({ name: n.replace('_', ' '), kec: k.name, kecNik: k.nik })),
);

// How the compound names are also written, split or joined.
const KEL_SPLIT = Object.fromEntries(
  'Balearjosari=Balear Josari;Pandanwangi=Pandan Wangi;Bunulrejo=Bunul Rejo;Rampalcelaket=Rampal Celaket;Kiduldalem=Kidul Dalem;Sukoharjo=Suko Harjo;Oro-oro Dowo=Oro Oro Dowo;Gading Kasri=Gadingkasri;Kotalama=Kota Lama;Mergosono=Mergo Sono;Bumiayu=Bumi Ayu;Lesanpuro=Lesan Puro;Sawojajar=Sawo Jajar;Madyopuro=Madyo Puro;Cemorokandang=Cemoro Kandang;Arjowinangun=Arjo Winangun;Tlogowaru=Tlogo Waru;Ciptomulyo=Cipto Mulyo;Kebonsari=Kebon Sari;Bandungrejosari=Bandung Rejosari;Tanjungrejo=Tanjung Rejo;Pisangcandi=Pisang Candi;Karangbesuki=Karang Besuki;Mulyorejo=Mulyo Rejo;Bakalankrajan=Bakalan Krajan;Tunggulwulung=Tunggul Wulung;Merjosari=Merjo Sari;Tlogomas=Tlogo Mas;Sumbersari=Sumber Sari;Ketawanggede=Ketawang Gede;Jatimulyo=Jati Mulyo;Tunjungsekar=Tunjung Sekar;Mojolangu=Mojo Langu;Tulusrejo=Tulus Rejo;Tasik Madu=Tasikmadu;Kedungkandang=Kedung Kandang;Kesatrian=Ksatrian;Arjosari=Arjo Sari;Polowijen=Polo Wijen'
    .split(';')
    .map((pair) => pair.split('=')),
);

// Desa of Kabupaten Malang and kelurahan of Kota Batu: a row placed there is outside Kota Malang.
const OUTSIDE = [
  { kel: 'Pakisjajar', kec: 'Pakis', region: 'Kab. Malang', nik: '350718' },
  { kel: 'Landungsari', kec: 'Dau', region: 'Kab. Malang', nik: '350722' },
  { kel: 'Ardimulyo', kec: 'Singosari', region: 'Kab. Malang', nik: '350724' },
  { kel: 'Sisir', kec: 'Batu', region: 'Kota Batu', nik: '357901' },
  { kel: 'Temas', kec: 'Batu', region: 'Kota Batu', nik: '357901' },
];

const STREETS = (
  'Kenanga,Mawar,Melati,Flamboyan,Cempaka,Anggrek,Simpang Sulfat,Bendungan Sutami,MT Haryono,Kalpataru,' +
  'Raya Tlogomas,Ikan Tombro,Kolonel Sugiono,Gadang Gg. 7,Janti Barat,Sukun Pondok Indah,Mergan Lori,' +
  'Danau Toba,Danau Maninjau,Sawojajar Gg. 3,Ki Ageng Gribig,Muharto,Kebalen Wetan,Zainul Arifin,' +
  'Kyai Tamin,Sulfat Agung,Candi Panggung,Saxophone,Terusan Dieng,Gajayana,Sumbersari Gg. 2,Bunga Coklat,' +
  'Akordion,Tlogo Indah,Pisang Kipas,Tenaga Baru,Laksda Adi Sucipto,Indragiri,Ciliwung,Kali Urang,' +
  'Pandanwangi Gg. 5,Teluk Grajakan,Cakalang,Kemantren,Kauman Gg. 1,Arjuno,Bareng Tenes,Klayatan Gg. 2,' +
  'Kebonsari Gg. 4,Raya Tasikmadu,Sidomulyo,Perumahan Griya Shanta,Perum Bumi Asri'
).split(',');

// ---------------------------------------------------------------------------------------------------
// Names: East Java women (main name / nicknames), men and fathers

function nameTable(text) {
  return text.split(';').map((entry) => {
    const [name, nicks] = entry.split('/');
    return { name, nicks: nicks ? nicks.split(',') : [name] };
  });
}
// Names mostly of women born before 1966 (many have an old spelling), of any age, and of young women.
const WOMEN_OLD = nameTable(
  'Sumarni/Marni;Sukarti/Karti;Juwariyah/Juwa,Riyah;Ciptoningsih/Ning,Cipto;Utami/Tami;Supinah/Pinah;' +
    'Sutinah/Tin,Tinah;Suprapti/Prapti;Painem/Nem;Tumini/Mini;Kasiyati/Yati;Sukesi/Kesi;Jumiati/Jum,Mia;' +
    'Suwarni/Warni;Rukmini/Mini;Partini/Tini;Sulastri/Lastri;Mujiati/Muji;Kusmiati/Kus;Suyati/Yati;' +
    'Ngatini/Tini;Tukiyem/Yem;Sumiati/Sumi;Kartini/Tini;Supiyah/Piyah;Juminten/Minten;Cholifah/Ifah;' +
    'Sunarsih/Narsih;Suciati/Ciati,Suci;Rubiyah/Biyah',
);
const WOMEN_ANY = nameTable(
  'Aminah/Minah,Amin;Hasanah/Anah;Khotimah/Imah;Fatimah/Imah,Fat;Rohmah/Romah;Khadijah/Ijah,Dijah;' +
    'Zubaidah/Ida;Musyarofah/Rofah;Maslikhah/Lika;Munawaroh/Mun;Sholikhah/Ika;Wahyuni/Yuni;Rahayu/Ayu,Yayuk;' +
    'Suryani/Yani;Mulyani/Yani;Lestari/Tari;Endang/Endang;Wahyuningsih/Ning;Yuliati/Yuli;Sunarti/Narti,Tin;' +
    'Tutik/Tutik;Kulsum/Kulsum;Nurhayati/Yati;Rukayah/Kayah;Anik/Anik;Ninik/Ninik;Endah/Endah;Indah/Indah;' +
    'Puji/Puji;Astuti/Tuti;Handayani/Yani,Ani;Mujayanah/Yanah;Jamilah/Milah;Masruroh/Roroh;Solichah/Icha',
);
const WOMEN_YOUNG = nameTable(
  'Yuliana/Yuli,Ana;Fitriani/Fitri;Novita/Vita;Dian/Dian;Ayu/Ayu;Anisa/Nisa;Rina/Rina;Kartika/Tika;' +
    'Laila/Lala;Ika/Ika;Wulandari/Wulan;Desi/Desi;Nia/Nia;Rahmawati/Rahma;Ratnasari/Ratna;Oktavia/Okta;' +
    'Erna/Erna;Nurul/Nurul;Diah/Diah;Eka/Eka;Mega/Mega;Putri/Putri;Safitri/Fitri;Lailatul/Laila',
);
const PREFIX = [
  ['Siti', 30],
  ['Sri', 20],
  ['Nur', 10],
  ['Dewi', 3],
  ['Umi', 2],
  ['Dwi', 2],
  ['Tri', 2],
];
const MEN_FIRST =
  'Slamet Sugeng Bambang Agus Budi Joko Eko Heri Imam Abdul Moch. Mochammad Achmad Muhammad Rudi Wahyu Teguh Priyo Samsul Hadi Yusuf Nur'.split(
    ' ',
  );
const MEN_LAST =
  'Suparman Sutikno Sutrisno Hariyanto Suwito Kusnadi Ali Rohman Fauzi Arifin Hidayat Santoso Susilo Prasetyo Purnomo Riyadi Wijaya Syafii Hartono Utomo Gunawan Setiawan Cholis'.split(
    ' ',
  );
const FATHERS =
  'Slamet;Kasiman;Sanusi;Marzuki;Suparno;Paidi;Sarimin;Mustofa;Sholeh;Kasdi;Sukardi;Rasimin;Ngadimin;Abdul Karim;Mansyur;Achmad Dahlan;Sukirno;Tukimin;Karsono;Rachmat;Kusnan;Djuremi;Misdi;Ahmad Sidik'.split(
    ';',
  );

// Van Ophuijsen / Soewandi spelling, as older registers keep it: u -> oe, j -> dj, c -> tj, sometimes y -> j.
function oldSpelling(name) {
  const yj = chance(0.4);
  return name
    .split(' ')
    .map((w) => {
      let s = w.replace(/u/g, 'oe').replace(/U/g, 'Oe').replace(/j/g, 'dj').replace(/J/g, 'Dj');
      s = s.replace(/c/g, 'tj').replace(/C/g, 'Tj').replace(/kh/g, 'ch');
      return yj ? s.replace(/y/g, 'j') : s;
    })
    .join(' ');
}
const hasOldForm = (name) => /[ujcUJC]/.test(name);

// ---------------------------------------------------------------------------------------------------
// Trades: KBLI as OSS writes it, and how each office writes the product

// One trade a line: id | weight | exhibition hall (A food, B fashion and crafts) | KBLI as OSS writes it |
// the product in free text (roster) | on the exhibitor form | in the kelurahan list | in BAZNAS capitals |
// words for brands.
const TRADES = [
  'kue|14|A|10710 - Industri Produk Roti dan Kue|kue kering & nastar;kue kering;cookies;nastar, kastengel;kue lebaran;aneka kue kering|Aneka Kue Kering;Kue Kering;Cookies & Nastar|Kue kering;Kue;Makanan (kue)|KUE KERING;JUALAN KUE;PEMBUATAN KUE|Cookies;Kue;Nastar;Snack',
  'keripik|12|A|10794 - Industri Kerupuk, Keripik, Peyek dan Sejenisnya|keripik tempe pedas;kripik tempe;tempe chips;keripik tempe;kripik tempe & peyek|Keripik Tempe;Tempe Chips;Kripik Tempe Aneka Rasa|Keripik tempe;Kripik;Makanan ringan|KERIPIK TEMPE;KRIPIK;JUALAN KERIPIK|Chips;Kriuk;Snack',
  'kacang|5|A|10793 - Industri Makanan dari Kedelai dan Kacang-kacangan Lainnya Bukan Kecap, Tempe dan Tahu|kacang bawang;kacang telur;kacang sangrai;aneka kacang|Kacang Bawang;Aneka Olahan Kacang|Kacang;Makanan ringan (kacang)|KACANG BAWANG;OLAHAN KACANG|Snack;Kacang',
  'catering|8|A|10750 - Industri Makanan dan Masakan Olahan|catering;nasi kotak;katering & nasi box;pesanan nasi kotak|Catering;Nasi Kotak;Katering|Katering;Catering;Masakan|CATERING;WARUNG NASI;NASI KOTAK|Catering;Katering',
  'frozen|5|A|10750 - Industri Makanan dan Masakan Olahan|frozen food;dimsum & nugget;frozen dimsum;pentol frozen|Frozen Food;Dimsum Beku|Makanan beku;Frozen food|FROZEN FOOD;DIMSUM|Frozen;Dimsum',
  'sambal|5|A|10779 - Industri Produk Masak Lainnya|sambal botol;sambal bawang;sambel pecel;sambal kemasan|Sambal Kemasan;Sambal Bawang;Bumbu Pecel|Sambal;Bumbu pecel|SAMBAL;BUMBU PECEL|Sambal;Sambel',
  'buah|5|A|10399 - Industri Pengolahan dan Pengawetan Lainnya Buah-buahan dan Sayuran|keripik apel;kripik buah;apple chips;keripik nangka & apel|Keripik Apel;Keripik Buah;Sari Apel|Keripik buah;Olahan apel|KERIPIK BUAH;OLAHAN APEL|Apel;Fruit',
  'minuman|4|A|11040 - Industri Minuman Ringan|minuman jahe;wedang uwuh;sari kedelai;minuman herbal|Minuman Herbal;Jahe Instan;Sari Kedelai|Minuman;Jahe instan|MINUMAN;JAHE INSTAN|Herbal;Wedang',
  'jamu|3|A|21022 - Industri Produk Obat Tradisional untuk Manusia|jamu gendong;jamu;jamu kunyit asam;jamu beras kencur|Jamu Tradisional;Jamu Kunyit Asam|Jamu;Jamu gendong|JAMU;JAMU GENDONG|Jamu;Husada',
  'jahit|10|B|14111 - Industri Pakaian Jadi (Konveksi) dari Tekstil|jahit baju;terima jahitan;konveksi;jahit & permak;jahit seragam|Konveksi;Busana Muslim;Jahit Seragam|Jahit;Konveksi;Penjahit|JAHIT;KONVEKSI;MENJAHIT|Collection;Busana;Tailor',
  'batik|4|B|13134 - Industri Batik|batik tulis;batik malangan;batik cap;kain batik|Batik Malangan;Batik Tulis|Batik;Batik tulis|BATIK;MEMBATIK|Batik',
  'rajut|3|B|14301 - Industri Pakaian Jadi Rajutan|rajut;tas rajut;crochet;rajutan topi & tas|Tas Rajut;Rajutan|Rajut;Kerajinan rajut|RAJUT;TAS RAJUT|Craft;Rajut',
  'kerajinan|4|B|32909 - Industri Pengolahan Lainnya YTDL|kerajinan manik2;souvenir;bros & aksesoris;kerajinan flanel|Souvenir;Aksesoris Manik;Kerajinan Flanel|Kerajinan;Souvenir|KERAJINAN;SOUVENIR|Craft;Art;Souvenir',
  'anyaman|2|B|16291 - Industri Anyaman dari Rotan dan Bambu|anyaman bambu;kerajinan bambu;besek|Anyaman Bambu;Besek|Anyaman;Kerajinan bambu|ANYAMAN BAMBU;BESEK|Bambu;Craft',
].map((line) => {
  const [id, w, hall, kbli, free, formal, kel, baz, word] = line.split('|');
  const list = (s) => s.split(';');
  return {
    id,
    w: Number(w),
    hall,
    kbli,
    free: list(free),
    formal: list(formal),
    kel: list(kel),
    baz: list(baz),
    word: list(word),
  };
});
const TRADE_PAIRS = TRADES.map((t) => [t, t.w]);

const BRAND_CLASSIC = (
  'Sri Rejeki,Berkah Jaya,Barokah,Mekar Sari,Sumber Rejeki,Sari Rasa,Lestari,Al-Barokah,Amanah,' +
  'Mawar Indah,Sekar Arum,Rizqi,Dua Putri,Tiga Saudara,Bintang Timur,Cahaya Ilahi,Mitra Usaha,Citra Rasa,' +
  'Sido Mampir,Rukun Makmur,Sinar Mulya,Arema Jaya'
).split(',');

/** A brand for a business: built from the owner's nickname, a trade word, or a stock name. */
function makeBrand(owner, trade) {
  const nick = owner.nicks[0];
  const food = trade.hall === 'A' ? 1 : 0;
  return weighted([
    [`${pick(['Dapur', 'Omah', 'Pawon', 'Kedai', 'Rumah'])} ${nick}`, 4],
    [`${pick(trade.word)} Bu ${nick}`, 4],
    [
      `D'${pick(['Mbok', 'Nyonya', 'Bunda', 'Lezat', 'Kriuk', 'Ratu'])} ${pick(['Rasa', 'Ayu', 'Sari', 'Nikmat'])}`,
      3 * food,
    ],
    [
      `${pick(['Kriuk', 'Nyam', 'Crispy', 'Kress', 'Mantul', 'Yummy'])}-${pick(['Q', 'Ku', 'Mu', 'In'])}`,
      2 * food,
    ],
    [`${pick(["D'", 'Griya ', 'Galeri '])}${nick} ${pick(trade.word)}`, 3 * (1 - food)],
    [`${nick}'s ${pick(trade.word)}`, 2],
    [pick(BRAND_CLASSIC), 5],
  ]);
}

/** A brand as another office writes it: apostrophe, hyphen, spacing and case vary. */
function brandVariant(brand) {
  return weighted([
    [brand, 6],
    [brand.replace(/'s\b/g, 's').replace(/'/g, ' ').replace(/-/g, ' ').replace(/ +/g, ' '), 2],
    [brand.replace(/'/g, '').replace(/-/g, ''), 1],
    [brand.toUpperCase(), 2],
  ]);
}

// ---------------------------------------------------------------------------------------------------
// Population: women owners, their businesses, husbands who sign for them, and the look-alikes

const people = [];
const businesses = [];
const usedNik = new Set();
const usedNib = new Set();

const validDay = (d, m, y) => d >= 1 && m >= 1 && m <= 12 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

function makeNik(p, homeKec) {
  for (;;) {
    const region = weighted([
      [`3573${homeKec}`, 84],
      [`3507${pad(int(1, 33), 2)}`, 7],
      [`3579${pad(int(1, 3), 2)}`, 3],
      [`3578${pad(int(1, 31), 2)}`, 3],
      [`${pick(['3505', '3506', '3508', '3515', '3518'])}${pad(int(1, 20), 2)}`, 3],
    ]);
    const nik = `${region}${pad(p.bd + (p.sex === 'F' ? 40 : 0), 2)}${pad(p.bm, 2)}${pad(p.by % 100, 2)}${pad(int(1, 2999), 4)}`;
    if (!usedNik.has(nik)) {
      usedNik.add(nik);
      return nik;
    }
  }
}

/** Whether a 16-digit NIK has a possible birth date and a serial above zero. */
function nikValid(nik) {
  if (!/^\d{16}$/.test(nik)) return false;
  let d = Number(nik.slice(6, 8));
  if (d > 40) d -= 40;
  const m = Number(nik.slice(8, 10));
  return validDay(d, m, 1900 + Number(nik.slice(10, 12))) && Number(nik.slice(12)) > 0;
}

/** The NIK with one digit changed or two neighbours swapped, still valid and nobody else's. */
function mistypeNik(nik) {
  for (;;) {
    const i = int(6, 14);
    const s = nik.split('');
    if (chance(0.5)) [s[i], s[i + 1]] = [s[i + 1], s[i]];
    else s[i + 1] = String((Number(s[i + 1]) + int(1, 9)) % 10);
    const out = s.join('');
    if (out !== nik && nikValid(out) && !usedNik.has(out)) {
      usedNik.add(out);
      return out;
    }
  }
}

const maskNik = (nik) =>
  chance(0.6) ? `${nik.slice(0, 6)}${'*'.repeat(10)}` : `${nik.slice(0, 4)}${'*'.repeat(8)}${nik.slice(12)}`;

function makePhone() {
  const prefix = pick([
    '0812',
    '0813',
    '0821',
    '0822',
    '0852',
    '0853',
    '0856',
    '0857',
    '0858',
    '0877',
    '0878',
    '0895',
    '0896',
    '0838',
    '0881',
  ]);
  return `${prefix}${pad(int(0, 10 ** 7 - 1), 7)}${chance(0.6) ? int(0, 9) : ''}${chance(0.3) ? int(0, 9) : ''}`;
}

function makeNib() {
  for (;;) {
    const nib = `${pick(['0', '1', '2', '9'])}${pad(int(0, 99999), 5)}${pad(int(0, 9999999), 7)}`;
    if (!usedNib.has(nib)) {
      usedNib.add(nib);
      return nib;
    }
  }
}

function makeAddress(kel) {
  return {
    street: pick(kel.streets),
    no: chance(0.9) ? String(int(1, 160)) : `${int(1, 60)}${pick(['A', 'B'])}`,
    rt: int(1, 12),
    rw: int(1, 9),
    kel,
  };
}

function womanName(era) {
  const table =
    era === 'old'
      ? weighted([
          [WOMEN_OLD, 3],
          [WOMEN_ANY, 2],
        ])
      : era === 'young'
        ? weighted([
            [WOMEN_YOUNG, 3],
            [WOMEN_ANY, 1],
          ])
        : WOMEN_ANY;
  const main = pick(table);
  const other = pick(era === 'young' ? WOMEN_YOUNG : WOMEN_ANY);
  const prefix = weighted(PREFIX);
  const shape = weighted(
    era === 'old'
      ? [
          ['m', 5],
          ['pm', 3],
          ['mo', 1],
          ['pnm', 1],
        ]
      : era === 'young'
        ? [
            ['mo', 4],
            ['pm', 3],
            ['pnm', 2],
            ['m', 1],
          ]
        : [
            ['pm', 5],
            ['pnm', 2],
            ['mo', 2],
            ['m', 1],
          ],
  );
  if (other.name === main.name && shape === 'mo') return { tokens: [main.name], nicks: main.nicks };
  const tokens = {
    m: [main.name],
    pm: [prefix, main.name],
    mo: [main.name, other.name],
    pnm: [prefix === 'Nur' ? 'Siti' : prefix, 'Nur', main.name],
  }[shape];
  const nicks = [
    ...main.nicks,
    ...(['Nur', 'Sri'].includes(tokens[0]) ? [tokens[0]] : []),
    ...(shape === 'pnm' ? ['Nur'] : []),
  ];
  return { tokens, nicks };
}

function makeWoman({ kel, era, tokens, nicks, address, father }) {
  const by = era === 'old' ? int(1950, 1965) : era === 'young' ? int(1980, 1997) : int(1964, 1985);
  const name = tokens ? { tokens, nicks } : womanName(era);
  const p = {
    key: '',
    sex: 'F',
    ...name,
    by,
    bm: int(1, 12),
    bd: int(1, 28),
    kel,
    addr: address ?? makeAddress(kel),
    father: father ?? pick(FATHERS),
    hajj: by < 1975 && chance(0.25),
    title: by > 1965 && by < 1992 && chance(0.12) ? pick(['S.Pd.', 'SE', 'S.Sos.', 'S.Pd.I', 'A.Md.']) : '',
    dra: by < 1966 && chance(0.05),
    phone: makePhone(),
    phone2: chance(0.15) ? makePhone() : '',
    husbandName: chance(0.82) ? `${pick(MEN_FIRST)}${chance(0.75) ? ` ${pick(MEN_LAST)}` : ''}` : '',
    husband: null,
    businesses: [],
    era,
  };
  p.nik = makeNik(p, kel.kecNik);
  p.email = chance(0.7)
    ? `${p.tokens.join('').toLowerCase().slice(0, 12)}${chance(0.6) ? p.by % 100 : int(1, 99)}@${pick(['gmail.com', 'gmail.com', 'yahoo.co.id'])}`
    : '';
  // A move within the city during 2024: the 2023 list still has the old address.
  if (chance(0.07)) p.oldAddr = makeAddress(chance(0.5) ? kel : pick(KELURAHAN));
  people.push(p);
  return p;
}

function addBusiness(owner, trade, brand) {
  const b = { key: '', owner, trade, brand, since: chance(0.85) ? int(2008, 2023) : int(2024, 2025) };
  owner.businesses.push(b);
  businesses.push(b);
  return b;
}

const pickTrade = (not = []) => {
  for (;;) {
    const t = weighted(TRADE_PAIRS);
    if (!not.includes(t.id)) return t;
  }
};
const maybeBrand = (owner, trade) => (chance(0.62) ? makeBrand(owner, trade) : null);

const unitCounts = { single: 0, multi: 0, mother: 0, sisters: 0, namesakes: 0 };

/** One household or look-alike group; returns nothing, fills people and businesses. */
function makeUnit() {
  const kel = pick(KELURAHAN);
  const era = weighted([
    ['old', 3],
    ['mid', 5],
    ['young', 3],
  ]);
  const kind = weighted([
    ['single', 54],
    ['multi', 16],
    ['mother', 7],
    ['sisters', 5],
    ['namesakes', 4],
  ]);
  unitCounts[kind]++;
  if (kind === 'single') {
    const w = makeWoman({ kel, era });
    const t = pickTrade();
    addBusiness(w, t, maybeBrand(w, t));
  } else if (kind === 'multi') {
    const w = makeWoman({ kel, era: era === 'old' ? 'mid' : era });
    const t1 = pickTrade();
    const t2 = pickTrade([t1.id, t1.id === 'catering' ? 'frozen' : '', t1.id === 'frozen' ? 'catering' : '']);
    const b1 = addBusiness(w, t1, chance(0.8) ? makeBrand(w, t1) : null);
    // Sometimes the second business carries the first one's brand with a product word ("Dapur Nur Snack").
    addBusiness(w, t2, b1.brand && chance(0.45) ? `${b1.brand} ${pick(t2.word)}` : maybeBrand(w, t2));
    if (chance(0.15)) {
      const t3 = pickTrade([t1.id, t2.id]);
      addBusiness(w, t3, maybeBrand(w, t3));
    }
  } else if (kind === 'mother') {
    const mother = makeWoman({ kel, era: 'old' });
    const daughter = makeWoman({
      kel,
      era: 'young',
      address: mother.addr,
      father: mother.husbandName || pick(FATHERS),
    });
    if (mother.oldAddr) daughter.oldAddr = mother.oldAddr;
    else delete daughter.oldAddr;
    const t = pickTrade();
    addBusiness(mother, t, maybeBrand(mother, t));
    addBusiness(daughter, t, maybeBrand(daughter, t));
    if (chance(0.25)) {
      const t2 = pickTrade([t.id]);
      addBusiness(mother, t2, maybeBrand(mother, t2));
    }
  } else if (kind === 'sisters') {
    const father = pick(FATHERS);
    const a = makeWoman({ kel, era: era === 'young' ? 'young' : 'mid', father });
    // Sisters often share the first name ("Sri Wahyuni", "Sri Wahyuningsih").
    let name;
    do {
      const n = womanName(a.era);
      const shared = chance(0.5) && a.tokens.length > 1;
      const nicks = n.nicks.filter((k) => !['Nur', 'Sri'].includes(k));
      name = shared ? { tokens: [a.tokens[0], n.tokens[n.tokens.length - 1]], nicks } : n;
    } while (name.tokens.join(' ') === a.tokens.join(' '));
    const b = makeWoman({ kel, era: a.era, father, ...name });
    const t = pickTrade();
    addBusiness(a, t, maybeBrand(a, t));
    const tb = chance(0.5) ? t : pickTrade([t.id]);
    addBusiness(b, tb, maybeBrand(b, tb));
  } else {
    // Namesakes: one name, one kelurahan, one trade; other RT/RW, phone, NIK, age.
    const a = makeWoman({ kel, era });
    const b = makeWoman({ kel, era: era === 'old' ? 'mid' : era, tokens: a.tokens, nicks: a.nicks });
    const t = pickTrade();
    addBusiness(a, t, maybeBrand(a, t));
    addBusiness(b, t, chance(0.3) ? maybeBrand(b, t) : null);
  }
}

function makeHusband(wife) {
  const [first, ...rest] = wife.husbandName.split(' ');
  const h = {
    key: '',
    sex: 'M',
    tokens: [first, ...rest],
    nicks: [rest.length ? rest[rest.length - 1] : first],
    by: Math.max(1945, wife.by - int(0, 8)),
    bm: int(1, 12),
    bd: int(1, 28),
    kel: wife.kel,
    addr: wife.addr,
    phone: makePhone(),
    phone2: '',
    hajj: wife.hajj,
    title: '',
    businesses: [],
    email: chance(0.5) ? `${first.replace('.', '').toLowerCase()}${int(10, 99)}@gmail.com` : '',
  };
  h.nik = makeNik(h, wife.kel.kecNik);
  wife.husband = h;
  people.push(h);
}

function makePopulation() {
  for (const k of KELURAHAN) k.streets = shuffle(STREETS).slice(0, int(3, 6));
  const target = int(680, 720);
  while (businesses.length < target) makeUnit();
  // Husbands named on the NIB and exhibitor forms for their wives' businesses.
  for (const w of people.slice()) if (w.sex === 'F' && w.husbandName && chance(0.08)) makeHusband(w);
}

/** Keys in creation order, once the files are chosen; a husband no form names is no one's signer. */
function assignKeys(obs) {
  const named = new Set(Object.values(obs).flatMap((list) => list.map((o) => o.named)));
  for (let i = people.length - 1; i >= 0; i--) {
    if (people[i].sex === 'M' && !named.has(people[i])) people.splice(i, 1);
  }
  people.forEach((p, i) => {
    p.key = `P${pad(i + 1, 4)}`;
  });
  businesses.forEach((b, i) => {
    b.key = `B${pad(i + 1, 4)}`;
  });
}

// ---------------------------------------------------------------------------------------------------
// Noise: how offices write names, phones, addresses and kelurahan

function typo(word) {
  if (word.length < 4) return word;
  const i = int(1, word.length - 2);
  const vowel = { i: 'e', e: 'i', u: 'o', o: 'u', a: 'o' }[word[i]] ?? word[i];
  return weighted([
    [word.slice(0, i) + word.slice(i + 1), 3],
    [word.slice(0, i) + word[i] + word.slice(i), 2],
    [word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2), 2],
    [word.slice(0, i) + vowel + word.slice(i + 1), 2],
  ]);
}

/** The person's name with a middle name dropped, two words swapped or a typo, at the given rates. */
function nameOf(p, { typoRate = 0, dropRate = 0, swapRate = 0, old = 0 } = {}) {
  let t = p.tokens.slice();
  if (t.length >= 3 && chance(dropRate)) t.splice(1, 1);
  else if (t.length === 2 && ['Siti', 'Sri'].includes(t[0]) && chance(dropRate / 3)) t = t.slice(1);
  if (t.length >= 2 && chance(swapRate)) [t[0], t[1]] = [t[1], t[0]];
  if (chance(typoRate)) {
    const j = int(0, t.length - 1);
    t[j] = typo(t[j]);
  }
  const name = t.join(' ');
  return p.sex === 'F' && p.era === 'old' && hasOldForm(name) && chance(old) ? oldSpelling(name) : name;
}

/** A WhatsApp contact name: a form of address with a nickname or the name. */
function rosterName(p, b) {
  const age = 2025 - p.by;
  const form =
    age >= 60
      ? weighted([
          ['Mak', 3],
          ['Mbah', 1],
          ['Bu', 5],
        ])
      : age <= 40
        ? weighted([
            ['Mbak', 5],
            ['Bu', 3],
          ])
        : weighted([
            ['Bu', 8],
            ['Ibu', 2],
          ]);
  const nick = pick(p.nicks);
  const style = weighted([
    ['nick', 45],
    ['full', 22],
    ['plain', 15],
    ['place', 8],
    ['trade', 5],
    ['hajj', p.hajj ? 12 : 0],
  ]);
  const name = {
    nick: `${form} ${nick}`,
    full: `${form} ${nameOf(p, { dropRate: 0.3, typoRate: 0.05 })}`,
    plain: nameOf(p, { dropRate: 0.15, typoRate: 0.06 }),
    place: `${form} ${nick} ${p.addr.kel.name.split(/[ -]/)[0]}`,
    trade: `${form} ${nick} (${b.trade.free[0].split(' ')[0]})`,
    hajj: `Bu Hj. ${p.tokens[0] === 'Nur' || p.tokens.length === 1 ? nick : p.tokens[0]}`,
  }[style];
  return chance(0.1) ? name.toLowerCase() : name;
}

/** The owner as she fills in a form: Hj., Dra. and academic titles. */
function titledName(p, opts) {
  const name = nameOf(p, opts);
  if (p.sex === 'M') return `${p.hajj && chance(0.7) ? 'H. ' : ''}${name}`;
  const hj = p.hajj && chance(0.8) ? 'Hj. ' : '';
  const dra = p.dra && chance(0.8) ? 'Dra. ' : '';
  return `${hj}${dra}${name}${p.title && chance(0.8) ? `, ${p.title}` : ''}`;
}

function formatPhone(d) {
  return weighted([
    [`${d.slice(0, 4)}-${d.slice(4, 8)}-${d.slice(8)}`, 3],
    [`+62 ${d.slice(1, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, 2],
    [`62${d.slice(1)}`, 2],
    [d.slice(1), 1],
    [`${d.slice(0, 4)} ${d.slice(4, 8)} ${d.slice(8)}`, 2],
    [d, 4],
  ]);
}

/** The phone digits a row shows: hers, her other number, or hers with one digit wrong. */
function rowPhone(p) {
  const choice = weighted([
    ['main', 86],
    ['other', p.phone2 ? 8 : 0],
    ['typo', 6],
  ]);
  if (choice === 'other') return p.phone2;
  if (choice === 'main') return p.phone;
  const i = int(5, p.phone.length - 1);
  return p.phone.slice(0, i) + String((Number(p.phone[i]) + int(1, 9)) % 10) + p.phone.slice(i + 1);
}

function kelWritten(kel, noise) {
  let n = kel.name;
  if (kel.city) return chance(0.5) ? n : `${n}, ${kel.city}`;
  if (chance(noise)) n = KEL_SPLIT[n] ?? n;
  if (chance(noise * 0.5)) n = n.toLowerCase();
  // A typo only in a long name, where it stays recognisable ("Sawojajr", not "Kloejn").
  if (n.length >= 8 && chance(noise * 0.08)) n = typo(n);
  return n;
}

function addressCell(a) {
  const k = a.kel;
  const city = k.city ?? 'Kota Malang';
  const kec = k.kec;
  return weighted([
    [
      `Jl. ${a.street} No. ${a.no} RT ${pad(a.rt, 3)} RW ${pad(a.rw, 3)} Kel. ${k.name} Kec. ${kec}${k.city ? ` ${k.city}` : ''}`,
      4,
    ],
    [
      `JL. ${a.street.toUpperCase()} NO.${a.no} RT.${pad(a.rt, 3)}/RW.${pad(a.rw, 3)}, ${k.name.toUpperCase()}, ${kec.toUpperCase()}, ${city.toUpperCase()}`,
      3,
    ],
    [`Jl ${a.street} ${a.no} RT ${a.rt} RW ${a.rw} ${k.name} ${kec} ${k.city ?? 'Malang'}`, 2],
    [
      `Jalan ${a.street} Nomor ${a.no}, Desa/Kelurahan ${k.name}, Kec. ${kec}, ${city}, Provinsi Jawa Timur`,
      2,
    ],
  ]);
}

const rupiah = (n) => `${n < 0 ? '-' : ''}${String(Math.abs(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;

// ---------------------------------------------------------------------------------------------------
// Outsiders: the bad rows (keys PX/BX, named nowhere else)

let outsiderCount = 0;

function badNik(nik, defect) {
  if (defect === 'niklen') return chance(0.5) ? nik.slice(0, 15) : `${nik}${int(0, 9)}`;
  if (defect === 'nikletter') {
    const i = int(6, 15);
    return nik.slice(0, i) + pick(['O', 'I', 'l', 'B', 'S']) + nik.slice(i + 1);
  }
  // An impossible birth date: day 32-39 (72-79 for a woman) or month 13-19.
  if (chance(0.5)) return `${nik.slice(0, 6)}${int(72, 79)}${nik.slice(8)}`;
  return `${nik.slice(0, 8)}${int(13, 19)}${nik.slice(10)}`;
}

/** An outsider with one defect; the person and her business exist only in that one row. */
function makeOutsider(defect) {
  outsiderCount++;
  const kel = defect === 'outside' ? pick(OUTSIDE) : pick(KELURAHAN);
  const where =
    defect === 'outside'
      ? { name: kel.kel, kec: kel.kec, city: kel.region, kecNik: '01', streets: STREETS }
      : kel;
  const p = makeWoman({ kel: where, era: pick(['old', 'mid', 'young']) });
  people.pop();
  if (defect === 'outside') p.nik = `${kel.nik}${p.nik.slice(6)}`;
  delete p.oldAddr;
  p.key = `PX${pad(outsiderCount, 3)}`;
  const t = pickTrade();
  const b = { key: `BX${pad(outsiderCount, 3)}`, owner: p, trade: t, brand: maybeBrand(p, t) };
  p.businesses = [b];
  p.defect = defect;
  if (defect.startsWith('nik')) p.shownNik = badNik(p.nik, defect);
  return { b, named: p, bad: defect };
}

function outsiders(defects, n) {
  const list = shuffle(defects);
  return Array.from({ length: n }, (_, i) => makeOutsider(list[i % list.length]));
}

// ---------------------------------------------------------------------------------------------------
// Which files name which business (2-4 files each), and who is named

const FILES = ['nib', 'roster', 'gelar', 'kel', 'baznas'];

function assignFiles() {
  const obs = Object.fromEntries(FILES.map((f) => [f, []]));
  const once = { roster: new Set(), baznas: new Set() };
  for (const b of businesses) {
    const w = b.owner;
    const p = {
      nib: 0.52,
      roster: once.roster.has(w) ? 0 : 0.47,
      gelar: b.brand ? 0.42 : 0.1,
      kel: b.since <= 2023 ? 0.42 : 0,
      baznas: once.baznas.has(w) ? 0 : w.hajj || w.title ? 0.15 : 0.38,
    };
    const eligible = FILES.filter((f) => p[f] > 0);
    const chosen = eligible.filter((f) => chance(p[f]));
    while (chosen.length < 2) {
      const f = pick(eligible.filter((x) => !chosen.includes(x)));
      chosen.push(f);
    }
    while (chosen.length > 4) chosen.splice(int(0, chosen.length - 1), 1);
    for (const f of chosen) {
      if (f === 'roster' || f === 'baznas') once[f].add(w);
      const named = (f === 'nib' || f === 'gelar') && w.husband && chance(0.6) ? w.husband : w;
      obs[f].push({ b, named });
    }
  }
  return obs;
}

// Rows of a file: cells plus their truth ([person, business, expected]); header rows and blank rows
// have no truth line.
const okRow = (cells, o) => ({
  cells,
  t: o.bad ? [o.named.key, o.b.key, 'rejected'] : [o.named.key, o.b.key, 'ok'],
});
const skipRow = (cells) => ({ cells, t: ['', '', 'skip'] });
const headerRow = (cells) => ({ cells, header: true });
const blankRow = () => ({ cells: [] });

// ---------------------------------------------------------------------------------------------------
// The five files

function nibFile(list) {
  const items = [...list, ...outsiders(['niklen', 'nikletter', 'nikdate', 'outside', 'noname'], int(4, 6))];
  for (const o of items) o.named.nib ??= makeNib();
  items.sort(
    (x, y) => x.named.nib.localeCompare(y.named.nib) || x.b.trade.kbli.localeCompare(y.b.trade.kbli),
  );
  const header = [
    'NIB',
    'Nama Pelaku Usaha',
    'Nama Usaha',
    'KBLI',
    'Alamat Usaha',
    'Skala Usaha',
    'Email',
    'NIK',
  ];
  const rows = [headerRow(header)];
  for (const o of items) {
    const { b, named: p } = o;
    const upper = chance(0.55);
    const name = p.defect === 'noname' ? '' : nameOf(p, { typoRate: 0.02 });
    // OSS fills "Nama Usaha" with the applicant's name when it is left empty.
    const usaha = b.brand
      ? weighted([
          [`UD. ${b.brand}`, 2],
          [`CV ${b.brand}`, 1],
          [b.brand, 3],
          [name, 1],
        ])
      : weighted([
          [name, 4],
          [`${pick(b.trade.word)} ${p.nicks[0]}`, 1],
        ]);
    const nik = p.shownNik ?? (chance(0.8) ? maskNik(p.nik) : chance(0.1) ? mistypeNik(p.nik) : p.nik);
    const cells = [
      p.nib,
      upper ? name.toUpperCase() : name,
      upper ? usaha.toUpperCase() : usaha,
      b.trade.kbli,
    ];
    cells.push(
      addressCell(p.addr),
      chance(0.95) ? 'Mikro' : 'Kecil',
      p.defect === 'noname' ? '' : p.email,
      nik,
    );
    rows.push(okRow(cells, o));
  }
  return {
    file: 'nib_oss_dpmptsp_2025.xlsx',
    source: 'DPMPTSP Kota Malang (OSS-RBA)',
    sheet: 'Data NIB',
    rows,
  };
}

function rosterFile(list) {
  const items = shuffle([...list, ...outsiders(['outside', 'noname'], int(3, 5))]);
  const rows = [headerRow(['No', 'Nama', 'No WA', 'Jualan apa', 'RT/RW', 'Kelurahan'])];
  items.forEach((o, i) => {
    const { b, named: p } = o;
    const a = p.addr;
    const rtrw = weighted([
      [`${a.rt}/${a.rw}`, 4],
      [`${pad(a.rt, 3)}/${pad(a.rw, 3)}`, 3],
      [`0${a.rt}/0${a.rw}`, 1],
      [`RT ${a.rt} RW ${a.rw}`, 1],
      ['', 1],
    ]);
    const kel = chance(0.25) && !a.kel.city ? `Kel. ${kelWritten(a.kel, 0.6)}` : kelWritten(a.kel, 0.6);
    const name = p.defect === 'noname' ? '' : rosterName(p, b);
    rows.push(okRow([i + 1, name, formatPhone(rowPhone(p)), pick(b.trade.free), rtrw, kel], o));
  });
  return { file: 'roster_wa_pendamping.csv', source: 'Pendamping IR (grup WhatsApp)', rows };
}

function gelarFile(list) {
  const items = [...list, ...outsiders(['outside', 'noname'], int(3, 5))];
  const rows = [
    skipRow(['DAFTAR PESERTA GELAR PRODUK INDUSTRI RUMAHAN KOTA MALANG TAHUN 2025']),
    skipRow(['Malang Creative Center, 14 - 16 Agustus 2025']),
    blankRow(),
    headerRow(['No Stand', 'Merek', 'Nama Pemilik', 'Jenis Produk', 'No HP', 'Kelurahan', 'Kecamatan']),
  ];
  for (const [hall, title] of [
    ['A', 'HALL A - MAKANAN DAN MINUMAN'],
    ['B', 'HALL B - FASHION DAN KRIYA'],
  ]) {
    rows.push(skipRow([title]));
    shuffle(items.filter((o) => o.b.trade.hall === hall)).forEach((o, i) => {
      const { b, named: p } = o;
      const merek = b.brand ? brandVariant(b.brand) : pick(['-', '']);
      const name = p.defect === 'noname' ? '' : titledName(p, { dropRate: 0.08, typoRate: 0.04 });
      const digits = rowPhone(p);
      const phone = weighted([
        [formatPhone(digits), 75],
        [Number(digits.slice(1)), 15],
        ['', 10],
      ]);
      const kec = p.addr.kel.kec;
      const kecCell = weighted([
        [kec, 5],
        [kec.toUpperCase(), 1],
        [`Kec. ${kec}`, 1],
      ]);
      const cells = [
        `${hall}-${pad(i + 1, 3)}`,
        merek,
        chance(0.1) ? name.toUpperCase() : name,
        pick(b.trade.formal),
      ];
      rows.push(okRow([...cells, phone, kelWritten(p.addr.kel, 0.3), kecCell], o));
    });
  }
  const sign = (text) => skipRow(['', '', '', '', text]);
  rows.push(blankRow(), sign('Malang, 10 Agustus 2025'), sign('Ketua Panitia,'), blankRow(), blankRow());
  rows.push(sign('Dra. Endang Purwaningsih, M.Si'), sign('NIP. 19700312 199703 2 004'));
  const merge = ['A1:G1', 'A2:G2'];
  return {
    file: 'gelar_produk_2025_peserta.xlsx',
    source: 'Panitia Gelar Produk IR 2025',
    sheet: 'Peserta',
    rows,
    merge,
  };
}

function kelFile(list) {
  const items = [...list, ...outsiders(['niklen', 'nikletter', 'nikdate', 'outside', 'noname'], int(4, 6))];
  const addrOf = (o) => o.named.oldAddr ?? o.named.addr;
  const rows = [
    skipRow(['REKAP DATA INDUSTRI RUMAHAN DARI KELURAHAN SE-KOTA MALANG']),
    skipRow(['Keadaan per 31 Desember 2023']),
    blankRow(),
    headerRow(['No', 'Nama', 'NIK', 'Alamat', 'RT', 'RW', 'Kelurahan', 'Jenis Usaha', 'Nama Usaha']),
  ];
  let no = 0;
  for (const kec of ['Blimbing', 'Kedungkandang', 'Klojen', 'Lowokwaru', 'Sukun']) {
    rows.push(skipRow([`KECAMATAN ${kec.toUpperCase()}`]));
    const inKec = shuffle(
      items.filter((o) => (addrOf(o).kel.city ? 'Kedungkandang' : addrOf(o).kel.kec) === kec),
    );
    inKec.sort((x, y) => addrOf(x).kel.name.localeCompare(addrOf(y).kel.name));
    for (const o of inKec) {
      const { b, named: p } = o;
      const a = addrOf(o);
      let name =
        p.defect === 'noname' ? '' : nameOf(p, { old: 0.75, dropRate: 0.12, swapRate: 0.08, typoRate: 0.05 });
      if (chance(0.15)) name = name.toUpperCase();
      const nik =
        p.shownNik ?? (chance(0.5) ? (chance(0.12) ? mistypeNik(p.nik) : p.nik) : pick(['', '', '-']));
      const street = weighted([
        [`Jl. ${a.street} ${a.no}`, 3],
        [`Jl. ${a.street} No. ${a.no}`, 2],
        [`${a.street} ${a.no}`, 1],
      ]);
      const usaha = b.brand ? (chance(0.7) ? brandVariant(b.brand) : '') : pick(['', '-']);
      rows.push(
        okRow([++no, name, nik, street, a.rt, a.rw, kelWritten(a.kel, 0.15), pick(b.trade.kel), usaha], o),
      );
    }
  }
  rows.push(blankRow(), skipRow(['Sumber: laporan kelurahan (PKK/LPMK), diolah']));
  return {
    file: 'data_ir_kelurahan_2023.ods',
    source: 'Kelurahan se-Kota Malang (rekap 2023)',
    sheet: 'IR 2023',
    rows,
  };
}

function baznasFile(list) {
  // Aid received is no field of the registry (not turnover nor capital): an odd amount makes no row bad.
  const defects = ['niklen', 'nikletter', 'nikdate', 'outside', 'noname'];
  const items = shuffle([...list, ...outsiders(defects, int(5, 7))]);
  const header = [
    'No',
    'Nama Mustahik',
    'NIK',
    'Nama Suami',
    'Alamat',
    'Kelurahan',
    'Jenis Usaha',
    'Bantuan (Rp)',
  ];
  const rows = [headerRow(header)];
  let total = 0;
  items.forEach((o, i) => {
    const { b, named: p } = o;
    const binti = chance(0.35) ? ` BINTI ${p.father.toUpperCase()}` : '';
    const name =
      p.defect === 'noname'
        ? ''
        : `${nameOf(p, { typoRate: 0.04, dropRate: 0.06, old: 0.1 }).toUpperCase()}${binti}`;
    const nikKind = weighted([
      ['nik', 89],
      ['typo', 8],
      ['none', 3],
    ]);
    const nik = p.shownNik ?? (nikKind === 'nik' ? p.nik : nikKind === 'typo' ? mistypeNik(p.nik) : '-');
    const husband = p.husband ? nameOf(p.husband, { typoRate: 0.05 }) : p.husbandName;
    const suami = husband ? husband.toUpperCase() : pick(['-', '', `ALM. ${pick(MEN_FIRST).toUpperCase()}`]);
    const a = p.addr;
    const alamat = weighted([
      [`JL. ${a.street.toUpperCase()} NO. ${a.no} RT ${pad(a.rt, 2)} RW ${pad(a.rw, 2)}`, 3],
      [`${a.street.toUpperCase()} ${a.no} RT.${pad(a.rt, 3)}/${pad(a.rw, 3)}`, 2],
    ]);
    const amount = pick([500000, 750000, 1000000, 1500000, 2000000, 2500000, 3000000]);
    if (!o.bad) total += amount;
    const aid = weighted([
      [`Rp ${rupiah(amount)}`, 6],
      [rupiah(amount), 2],
      [`Rp. ${rupiah(amount)},-`, 1],
    ]);
    const kel = kelWritten(a.kel, 0.35).toUpperCase();
    rows.push(okRow([i + 1, name, nik, suami, alamat, kel, pick(b.trade.baz), aid], o));
  });
  rows.push(skipRow(['', 'JUMLAH', '', '', '', '', '', `Rp ${rupiah(total)}`]));
  return { file: 'mustahik_baznas_2025.csv', source: 'BAZNAS Kota Malang', rows };
}

// ---------------------------------------------------------------------------------------------------
// Writers: xlsx (ExcelJS, re-zipped with fixed timestamps), CSV, and a small hand-written .ods

const FIXED = new Date(Date.UTC(2025, 7, 1, 8, 0, 0));

/** The zip again with every entry dated FIXED, so one seed gives one byte sequence. */
async function rezip(buffer) {
  const src = await JSZip.loadAsync(buffer);
  const out = new JSZip();
  for (const [name, entry] of Object.entries(src.files)) {
    if (!entry.dir) out.file(name, await entry.async('uint8array'), { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

async function writeXlsx(path, f) {
  const wb = new ExcelJS.Workbook();
  wb.creator = f.source;
  wb.lastModifiedBy = f.source;
  wb.created = FIXED;
  wb.modified = FIXED;
  const ws = wb.addWorksheet(f.sheet);
  const width = Math.max(...f.rows.map((r) => r.cells.length));
  f.rows.forEach((r, i) => {
    if (!r.cells.length) return;
    const row = ws.getRow(i + 1);
    r.cells.forEach((v, j) => {
      if (v !== '' && v !== undefined) row.getCell(j + 1).value = v;
    });
    if (r.header) row.font = { bold: true };
  });
  for (let j = 1; j <= width; j++) {
    const longest = Math.max(...f.rows.map((r) => String(r.cells[j - 1] ?? '').length));
    ws.getColumn(j).width = Math.min(60, Math.max(8, longest + 2));
  }
  for (const range of f.merge ?? []) ws.mergeCells(range);
  writeFileSync(path, await rezip(await wb.xlsx.writeBuffer()));
}

function csvText(rows, sep) {
  const quote = (v) => {
    const s = v === undefined ? '' : String(v);
    return s.includes(sep) || s.includes('"') ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return `${rows.map((r) => r.cells.map(quote).join(sep)).join('\r\n')}\r\n`;
}

const xmlEscape = (s) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const ODS_NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ' +
  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"';

/** An OpenDocument spreadsheet of one table; the first row's title spans the columns (covered cells). */
async function writeOds(path, f) {
  const n = Math.max(...f.rows.map((r) => r.cells.length));
  const cell = (v) => {
    if (v === '' || v === undefined) return '<table:table-cell/>';
    if (typeof v === 'number')
      return `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    return `<table:table-cell office:value-type="string"><text:p>${xmlEscape(v)}</text:p></table:table-cell>`;
  };
  const rows = f.rows.map((r, i) => {
    if (!r.cells.length)
      return `<table:table-row><table:table-cell table:number-columns-repeated="${n}"/></table:table-row>`;
    if (i === 0) {
      const title = `<table:table-cell table:number-columns-spanned="${n}" office:value-type="string"><text:p>${xmlEscape(r.cells[0])}</text:p></table:table-cell>`;
      return `<table:table-row>${title}<table:covered-table-cell table:number-columns-repeated="${n - 1}"/></table:table-row>`;
    }
    const cells = Array.from({ length: n }, (_, j) => cell(r.cells[j]));
    return `<table:table-row>${cells.join('')}</table:table-row>`;
  });
  const content =
    `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${ODS_NS} office:version="1.2"><office:body><office:spreadsheet>` +
    `<table:table table:name="${xmlEscape(f.sheet)}"><table:table-column table:number-columns-repeated="${n}"/>${rows.join('\n')}` +
    '</table:table></office:spreadsheet></office:body></office:document-content>\n';
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>' +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>' +
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/></manifest:manifest>\n';
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${ODS_NS} office:version="1.2"><office:meta><meta:generator>LibreOffice/7.3</meta:generator><meta:creation-date>2023-12-29T09:15:00</meta:creation-date></office:meta></office:document-meta>\n`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${ODS_NS} office:version="1.2"/>\n`;
  const zip = new JSZip();
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', {
    date: FIXED,
    compression: 'STORE',
  });
  zip.file('content.xml', content, { date: FIXED });
  zip.file('styles.xml', styles, { date: FIXED });
  zip.file('meta.xml', meta, { date: FIXED });
  zip.file('META-INF/manifest.xml', manifest, { date: FIXED, createFolders: false });
  writeFileSync(
    path,
    await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } }),
  );
}

// ---------------------------------------------------------------------------------------------------
// Reading back: every truth line must point at the row it describes

async function rowsOnDisk(path, f) {
  if (f.file.endsWith('.csv')) {
    const raw = readFileSync(path);
    const text = f.file.startsWith('mustahik')
      ? iconv.decode(raw, 'win1252')
      : raw.toString('utf8').replace(/^\ufeff/, '');
    return [''].concat(text.split('\r\n'));
  }
  if (f.file.endsWith('.ods')) {
    const xml = await (await JSZip.loadAsync(readFileSync(path))).file('content.xml').async('string');
    const out = [''];
    for (const m of xml.matchAll(/<table:table-row[^>]*>(.*?)<\/table:table-row>/g)) {
      const texts = [...m[1].matchAll(/<text:p>(.*?)<\/text:p>/g)].map((t) =>
        t[1]
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, '&'),
      );
      out.push(texts.join('\u0001'));
    }
    return out;
  }
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.worksheets[0];
  const out = [''];
  for (let i = 1; i <= ws.rowCount; i++)
    out.push(
      (ws.getRow(i).values ?? [])
        .filter((v) => v !== undefined && v !== null)
        .map(String)
        .join('\u0001'),
    );
  return out;
}

async function verify(dir, f) {
  const disk = await rowsOnDisk(join(dir, f.file), f);
  let checked = 0;
  f.rows.forEach((r, i) => {
    const first = r.cells.find((v) => v !== '' && v !== undefined);
    if (first === undefined) return;
    const line = disk[i + 1] ?? '';
    const probes = r.cells.filter((v) => v !== '' && v !== undefined).map(String);
    if (!probes.every((p) => line.includes(p)))
      throw new Error(`${f.file}: row ${i + 1} does not hold ${probes.join(' | ')}`);
    checked++;
  });
  return checked;
}

// ---------------------------------------------------------------------------------------------------
// Main

async function main() {
  const [seedArg, outdir] = process.argv.slice(2);
  if (!seedArg || !outdir) {
    console.error('usage: node bench/linkage/seventh-set.mjs <seed> <outdir>');
    process.exit(2);
  }
  rnd = mulberry32(fnv1a(`pilar-seventh-set:${seedArg}`));
  makePopulation();
  const obs = assignFiles();
  assignKeys(obs);
  const files = [
    nibFile(obs.nib),
    rosterFile(obs.roster),
    gelarFile(obs.gelar),
    kelFile(obs.kel),
    baznasFile(obs.baznas),
  ];
  mkdirSync(outdir, { recursive: true });
  const truth = ['file,sheet_row,person_key,business_key,expected'];
  const counts = [];
  for (const f of files) {
    const path = join(outdir, f.file);
    if (f.file.endsWith('.xlsx')) await writeXlsx(path, f);
    else if (f.file.endsWith('.ods')) await writeOds(path, f);
    else if (f.file.startsWith('roster')) writeFileSync(path, `\ufeff${csvText(f.rows, ',')}`, 'utf8');
    else writeFileSync(path, iconv.encode(csvText(f.rows, ';'), 'win1252'));
    const c = { ok: 0, rejected: 0, skip: 0 };
    f.rows.forEach((r, i) => {
      if (!r.t) return;
      truth.push(`${f.file},${i + 1},${r.t.join(',')}`);
      c[r.t[2]]++;
    });
    counts.push(`${f.file} ${c.ok}/${c.rejected}/${c.skip}`);
  }
  writeFileSync(join(outdir, 'truth.csv'), `${truth.join('\n')}\n`);
  const manifest = { files: files.map((f) => ({ file: f.file, source: f.source })) };
  writeFileSync(join(outdir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  let checked = 0;
  for (const f of files) checked += await verify(outdir, f);

  const named = new Set(files.flatMap((f) => f.rows.filter((r) => r.t?.[2] === 'ok').map((r) => r.t[0])));
  const women = people.filter((p) => p.sex === 'F').length;
  const multi = people.filter((p) => p.businesses.length > 1).length;
  const okRows = truth.filter((l) => l.endsWith(',ok')).length;
  console.log(
    `Seventh set, seed ${seedArg}: ${people.length} people (${women} women, ${people.length - women} husbands named ` +
      `for their wives' businesses; ${named.size} named in ok rows), ${businesses.length} businesses (${multi} women ` +
      `with more than one; look-alikes: ${unitCounts.mother} mothers with a daughter, ${unitCounts.sisters} pairs ` +
      `of sisters, ${unitCounts.namesakes} pairs of namesakes), ${truth.length - 1} truth rows (${okRows} ok; per file ok/rejected/skip: ` +
      `${counts.join(', ')}); ${checked} rows read back and checked against their truth line. Written to ${outdir}.`,
  );
}

await main();
