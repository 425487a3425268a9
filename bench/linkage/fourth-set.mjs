#!/usr/bin/env node
/**
 * Fourth benchmark set for Pilar's import: office files of Kota Malang, written apart from the
 * import code and from the other generators, with layouts and spellings the import was never tuned on.
 *
 *   node bench/linkage/fourth-set.mjs <seed> <outdir>
 *
 * Writes into <outdir>: six office files, truth.csv, manifest.json, and prints a summary.
 * Everything is drawn from one seeded PRNG (mulberry32 over FNV-1a of "pilar-fourth-set:<seed>").
 *
 * truth.csv has one line per non-blank, non-header row of each file's data sheet:
 *   file,sheet_row,person_key,business_key,expected
 *   - sheet_row: row number as a spreadsheet app shows it (CSV: the line number).
 *   - person_key follows the person NAMED in the row. When a husband files the P-IRT for his wife's
 *     business, the row carries HIS person_key and HER business's business_key (same business,
 *     another person).
 *   - business_key follows the business the row describes. The bank (Mekaar) list writes only a kind
 *     of business ("kue", "jahit"); its row is the business of that kind, and a woman is put on the
 *     bank list only when that kind word is unique among her businesses.
 *   - expected: ok | rejected (a bad row the import must refuse) | skip (title, section, total,
 *     repeated header, numbering row, notes, signature). skip lines have empty keys.
 *   Rows of rejected outsiders (people living outside Kota Malang) get keys PX…/BX… that appear nowhere else.
 *
 * Set FOURTH_SET_TRACE=<file> to also write, for checking, the owner name rendered in every data row.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ===========================================================================
// 1. Seeded randomness
// ===========================================================================

function fnv1a(text) {
  let h = 0x811c9dc5;
  for (const byte of Buffer.from(text, 'utf8')) {
    h ^= byte;
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
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));
const chance = (p) => rand() < p;
const pick = (items) => items[Math.floor(rand() * items.length)];
const pad = (n, width) => String(n).padStart(width, '0');
// Word lists are written as "a | b | c", items also separated by line breaks.
const list = (text) =>
  text
    .split(/[|\n]/)
    .map((item) => item.trim())
    .filter(Boolean);

function weighted(pairs) {
  const total = pairs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [item, w] of pairs) {
    r -= w;
    if (r < 0) return item;
  }
  return pairs[pairs.length - 1][0];
}

function shuffle(items) {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j], items[i]];
  }
  return items;
}

// A fixed "now": the 2025 survey round closes in October. Also used as the files' timestamps.
const SURVEY_YEAR = 2025;
const FIXED_DATE = new Date(Date.UTC(2025, 9, 15, 8, 0, 0));

// ===========================================================================
// 2. Kota Malang: kecamatan, kelurahan, streets
// ===========================================================================

// Kecamatan codes as in the Kemendagri area code list (35.73.01 … 35.73.05).
const KECAMATAN = [
  {
    name: 'Kedungkandang',
    code: '01',
    kelurahan: list(`
      Arjowinangun | Bumiayu | Buring | Cemorokandang | Kedungkandang | Kotalama | Lesanpuro
      Madyopuro | Mergosono | Sawojajar | Tlogowaru | Wonokoyo
    `),
    streets: list(`
      Ki Ageng Gribig | Danau Toba | Danau Ranau | Danau Maninjau | Mayjen Sungkono
      Kolonel Sugiono | Muharto | Zaenal Zakse | Ranugrati | Raya Lesanpuro | Raya Madyopuro
      Raya Tlogowaru | Raya Cemorokandang | Kyai Parseh Jaya | Raya Sawojajar | Raya Buring
      Kebalen Wetan
    `),
  },
  {
    name: 'Sukun',
    code: '02',
    kelurahan: list(`
      Bakalankrajan | Bandulan | Bandungrejosari | Ciptomulyo | Gadang | Karangbesuki | Kebonsari
      Mulyorejo | Pisangcandi | Sukun | Tanjungrejo
    `),
    streets: list(`
      S. Supriadi | Sukun Gempol | Raya Langsep | Raya Bandulan | Raya Mulyorejo | Kebonsari | Janti
      IR Rais | Pisang Candi | Tanjung | Klayatan | Raya Gadang | Bandung Rejosari
      Raya Karangbesuki | Kemantren | Ciptomulyo
    `),
  },
  {
    name: 'Klojen',
    code: '03',
    kelurahan: list(`
      Bareng | Gadingkasri | Kasin | Kauman | Kiduldalem | Klojen | Oro-oro Dowo | Penanggungan
      Rampal Celaket | Samaan | Sukoharjo
    `),
    streets: list(`
      Kawi | Bromo | Semeru | Arjuno | Welirang | Kahuripan | Kauman | Talun | Kasin | Kyai Tamin
      Gading | Bareng Tenes | Kelud | Tumapel | Pattimura | Trunojoyo | Cokroaminoto | Celaket
      Jaksa Agung Suprapto
    `),
  },
  {
    name: 'Blimbing',
    code: '04',
    kelurahan: list(`
      Arjosari | Balearjosari | Blimbing | Bunulrejo | Jodipan | Kesatrian | Pandanwangi | Polehan
      Polowijen | Purwantoro | Purwodadi
    `),
    streets: list(`
      Ciliwung | Borobudur | Raden Intan | Ahmad Yani | LA Sucipto | Sulfat | Teluk Mandar
      Cakalang | Tenaga | Sanan | Raya Polowijen | Hamid Rusdi | Indragiri | Sarangan
      Teluk Grajakan | Jodipan Wetan
    `),
  },
  {
    name: 'Lowokwaru',
    code: '05',
    kelurahan: list(`
      Dinoyo | Jatimulyo | Ketawanggede | Lowokwaru | Merjosari | Mojolangu | Sumbersari | Tasikmadu
      Tlogomas | Tulusrejo | Tunggulwulung | Tunjungsekar
    `),
    streets: list(`
      MT Haryono | Gajayana | Sumbersari | Bendungan Sutami | Kalpataru | Soekarno Hatta
      Candi Panggung | Raya Tlogomas | Mertojoyo | Joyo Agung | Sudimoro | Simpang Borobudur
      Cengger Ayam | Raya Tunggulwulung | Kendalsari | Bunga Kumis Kucing | Akordion | Joyosuko
    `),
  },
];

const KEL_KEC = new Map();
for (const kec of KECAMATAN) for (const kel of kec.kelurahan) KEL_KEC.set(kel, kec);
const ALL_KEL = [...KEL_KEC.keys()];

// Spellings offices use for the same kelurahan (canonical first).
const KEL_SPELLINGS = {
  Arjowinangun: ['Arjo Winangun'],
  Bumiayu: ['Bumi Ayu'],
  Cemorokandang: ['Cemoro Kandang', 'Tjemorokandang'],
  Kedungkandang: ['Kedung Kandang'],
  Kotalama: ['Kota Lama'],
  Lesanpuro: ['Lesan Puro'],
  Madyopuro: ['Madyo Puro'],
  Mergosono: ['Mergo Sono'],
  Sawojajar: ['Sawo Jajar'],
  Tlogowaru: ['Tlogo Waru'],
  Wonokoyo: ['Wono Koyo'],
  Bakalankrajan: ['Bakalan Krajan'],
  Bandungrejosari: ['Bandung Rejosari', 'Bandungrejo Sari'],
  Ciptomulyo: ['Cipto Mulyo'],
  Karangbesuki: ['Karang Besuki'],
  Kebonsari: ['Kebon Sari'],
  Mulyorejo: ['Mulyo Rejo'],
  Pisangcandi: ['Pisang Candi'],
  Tanjungrejo: ['Tanjung Rejo'],
  Gadingkasri: ['Gading Kasri'],
  Kiduldalem: ['Kidul Dalem'],
  'Oro-oro Dowo': ['Oro-Oro Dowo', 'Orooro Dowo', 'Oro Oro Dowo'],
  Penanggungan: ['Penangungan'],
  'Rampal Celaket': ['Rampalcelaket', 'Rampal Tjelaket'],
  Sukoharjo: ['Suko Harjo'],
  Arjosari: ['Arjo Sari'],
  Balearjosari: ['Bale Arjosari', 'Balear Josari'],
  Bunulrejo: ['Bunul Rejo'],
  Jodipan: ['Djodipan'],
  Kesatrian: ['Ksatrian'],
  Pandanwangi: ['Pandan Wangi'],
  Polowijen: ['Polowidjen'],
  Purwantoro: ['Poerwantoro', 'Purwantara'],
  Purwodadi: ['Purwo Dadi'],
  Jatimulyo: ['Jati Mulyo'],
  Ketawanggede: ['Ketawang Gede'],
  Merjosari: ['Merjo Sari'],
  Mojolangu: ['Mojo Langu'],
  Sumbersari: ['Sumber Sari'],
  Tasikmadu: ['Tasik Madu'],
  Tlogomas: ['Tlogo Mas'],
  Tulusrejo: ['Tulus Rejo'],
  Tunggulwulung: ['Tunggul Wulung'],
  Tunjungsekar: ['Tunjung Sekar'],
};

const KEC_SPELLINGS = {
  Kedungkandang: ['Kedung Kandang', 'Kedungkandan'],
  Sukun: ['Sukoen'],
  Klojen: ['Klodjen'],
  Blimbing: ['Belimbing'],
  Lowokwaru: ['Lowok Waru'],
};

// The old neighbourhood names people use in business names ("Tempe Sanan", "Batik Celaket").
const KEL_LOCAL_NAME = {
  Purwantoro: 'Sanan',
  'Rampal Celaket': 'Celaket',
  Bunulrejo: 'Bunul',
  'Oro-oro Dowo': 'Oro-oro Dowo',
  Kotalama: 'Kota Lama',
  Kebonsari: 'Kebonsari',
};

// Housing estates (perumahan) that sit in a kelurahan.
const PERUM = {
  Mojolangu: 'Griya Shanta',
  Sawojajar: 'Sawojajar',
  Cemorokandang: 'Puri Cempaka Putih',
  Karangbesuki: 'Bukit Cemara Tidar',
  Merjosari: 'Villa Bukit Tidar',
  Polowijen: 'Pondok Blimbing Indah',
  Tunggulwulung: 'Permata Jingga',
  Bandulan: 'Bandulan Asri',
  Tlogowaru: 'Tlogowaru Indah',
  Madyopuro: 'Madyopuro Permai',
};

const GANG_NAMES = list(`
  Mawar | Melati | Kenanga | Masjid | Buntu | Makam | Sido Mulyo | Anggrek | Delima
`);

// Places outside Kota Malang that still turn up in the city's lists (the rows to reject).
// NIK prefixes: Kab. Malang 3507xx, Kota Batu 3579xx.
const OUTSIDE = [
  { kel: 'Pakisjajar', kec: 'Pakis', city: 'Kab. Malang', nik: '350718' },
  { kel: 'Sekarpuro', kec: 'Pakis', city: 'Kab. Malang', nik: '350718' },
  { kel: 'Landungsari', kec: 'Dau', city: 'Kab. Malang', nik: '350722' },
  { kel: 'Mulyoagung', kec: 'Dau', city: 'Kab. Malang', nik: '350722' },
  { kel: 'Ngijo', kec: 'Karangploso', city: 'Kab. Malang', nik: '350723' },
  { kel: 'Candirenggo', kec: 'Singosari', city: 'Kab. Malang', nik: '350724' },
  { kel: 'Sisir', kec: 'Batu', city: 'Kota Batu', nik: '357901' },
];

// ===========================================================================
// 3. Names
// ===========================================================================

const W_FIRST = list(`
  Siti | Sri | Dwi | Tri | Endang | Wiwik | Tutik | Nur | Umi | Anik | Lilik | Rini | Retno | Dewi
  Ani | Eni | Erna | Ida | Indah | Lina | Ninik | Puji | Sulis | Tatik | Titik | Yayuk | Yeni | Diah
  Ratna | Suci | Mamik | Nanik | Heni | Evi | Rita | Lusi
`);
const W_SECOND = list(`
  Aminah | Fatimah | Khotijah | Maryam | Rahayu | Lestari | Wahyuni | Handayani | Sulistyowati
  Hartatik | Mulyani | Rahmawati | Suryani | Astuti | Susanti | Kusumawati | Purwanti | Wijayanti
  Setyowati | Anggraeni | Puspitasari | Kurniawati | Hidayati | Khasanah | Muawanah | Masruroh
  Rohmah | Zulaikha | Nurhayati | Rosidah | Sholikhah | Khoiriyah | Chotimah | Ningsih | Utami
  Winarti | Yuliana | Rukmini | Fauziah | Ma'rifah | Mu'awanah | Hidayah | Cahyani | Juwairiyah
`);
const W_MIDDLE = ['Nur', 'Sri', 'Dwi', 'Ayu', 'Dewi', 'Eka', 'Tri'];
const W_SINGLE = list(`
  Sumiati | Suwarni | Sulastri | Kasiyem | Ngatini | Painem | Suprapti | Yuliati | Sukarti | Sumarni
  Tukinah | Musripah | Paini | Sutini | Juwariyah | Mutmainah | Poniyem | Sunarti | Surati | Kustini
  Tumini | Sriatun | Warsini | Ponirah | Satinah | Siswati | Suyatmi | Kasmini | Jumiati | Wagini
  Supiyah | Rukiyah | Sumiyati | Sukesi | Marsini | Tarmini | Sugiarti | Mujiati
`);
const W_MODERN_FIRST = list(`
  Ayu | Dian | Rizka | Nadia | Ika | Fitria | Novita | Anisa | Laila | Intan | Putri | Dinda | Rina
  Vivi | Yunita | Ratih | Devi | Santi | Nova | Aprilia | Mega | Wulan | Desy | Riska | Nurul
  Siska | Maya | Febri | Eva | Lia
`);
const W_MODERN_LAST = list(`
  Lestari | Puspitasari | Amalia | Putri | Wulandari | Rahmawati | Sari | Fitriani | Kurniasari
  Azizah | Permatasari | Safitri | Oktaviani | Pratiwi | Anggraini | Damayanti | Maharani
  Novitasari | Rahmadani | Setiawati | Ramadhani | Yuliani | Hapsari | Kartikasari
`);
const M_FIRST = list(`
  Ahmad | Muhammad | Moch. | Slamet | Bambang | Agus | Eko | Joko | Budi | Heru | Hadi | Sugeng
  Didik | Teguh | Imam | Abdul | Ali | Arif | Dedi | Hendra | Rudi | Wahyu | Yusuf | Samsul | Ainul
  Fajar | Rizal
`);
const M_LAST = list(`
  Santoso | Prasetyo | Hariyanto | Sunarto | Suwandi | Mulyono | Wibowo | Setiawan | Hidayat
  Rohman | Syafi'i | Arifin | Kurniawan | Purnomo | Susanto | Wahyudi | Sugianto | Supriyadi
  Sutrisno | Hartono | Cholis | Fauzi | Ridwan | Maulana | Efendi | Riyadi | Nugroho | Ma'ruf
`);
const M_SINGLE = list(`
  Suparno | Paimin | Sukardi | Suwito | Kasmadi | Ngadimin | Tukimin | Sarman | Poniman
`);

// Sisters' names that differ by a suffix only.
const SISTER_PAIRS = [
  ['Wahyuni', 'Wahyuningsih'],
  ['Hidayah', 'Hidayati'],
  ['Rahayu', 'Rahayuningsih'],
  ['Lestari', 'Lestariningsih'],
  ['Fatimah', 'Fatonah'],
  ['Kurniawati', 'Kurniasari'],
  ['Susanti', 'Susilowati'],
  ['Handayani', 'Handayaningsih'],
  ['Purwanti', 'Purwaningsih'],
  ['Setyowati', 'Setyaningsih'],
  ['Muawanah', 'Munawaroh'],
];

// What neighbours call her: "Bu Yuli" for Yuliati.
const NICKS = {
  Sumiati: 'Sum',
  Yuliati: 'Yuli',
  Suwarni: 'Warni',
  Sulastri: 'Las',
  Sukarti: 'Karti',
  Sumarni: 'Marni',
  Ngatini: 'Tini',
  Sutini: 'Tini',
  Juwariyah: 'Juwar',
  Mutmainah: 'Ina',
  Sunarti: 'Narti',
  Kustini: 'Tini',
  Handayani: 'Yani',
  Sulistyowati: 'Sulis',
  Wahyuni: 'Yuni',
  Kusumawati: 'Kusuma',
  Puspitasari: 'Puspita',
  Kurniawati: 'Nia',
  Setyowati: 'Tyas',
  Anggraeni: 'Anggi',
  Rahmawati: 'Rahma',
  Suprapti: 'Prapti',
  Sugiarti: 'Giarti',
  Muhammad: 'Mamad',
  'Moch.': 'Mochtar',
};

// ===========================================================================
// 4. Kinds of business and their products
// ===========================================================================

// sector: the Diskop "bidang"; bank: the word a bank officer writes; pirt: BPOM food type code
// (2 digits) when the product can get an SPP-IRT; w / wm: weight for women / men.
const KINDS = [
  k(
    'kripik-tempe | Keripik Tempe | Kuliner | keripik | 15',
    7,
    3,
    `
    Keripik Tempe Original | Keripik Tempe Pedas | Keripik Tempe Balado | Keripik Tempe Daun Jeruk`,
  ),
  k(
    'sambal-pecel | Sambal Pecel | Kuliner | sambal | 11',
    4,
    0,
    'Sambal Pecel | Sambal Pecel Pedas | Bumbu Pecel Kacang',
  ),
  k(
    'kue-kering | Kue Kering | Kuliner | kue | 06',
    7,
    0,
    'Nastar | Kastengel | Putri Salju | Kue Kacang | Lidah Kucing',
  ),
  k('kue-basah | Kue Basah | Kuliner | kue | -', 5, 0, 'Lemper | Nagasari | Kue Lapis | Dadar Gulung'),
  k('bakpia | Bakpia | Kuliner | kue | 06', 2, 0, 'Bakpia Kacang Hijau | Bakpia Keju | Bakpia Coklat'),
  k('abon | Abon | Kuliner | abon | 01', 2, 1, 'Abon Sapi | Abon Ayam | Abon Lele'),
  k(
    'rengginang | Rengginang | Kuliner | kerupuk | 15',
    2,
    0,
    'Rengginang Terasi | Rengginang Bawang | Rengginang Ketan Hitam',
  ),
  k('susu-kedelai | Susu Kedelai | Kuliner | minuman | -', 2, 1, 'Susu Kedelai | Susu Kedelai Coklat'),
  k(
    'jamu | Jamu | Kuliner | jamu | 13',
    3,
    0,
    'Jamu Kunyit Asam | Beras Kencur | Jahe Instan | Temulawak Instan',
  ),
  k(
    'keripik-buah | Keripik Buah | Kuliner | keripik | 14',
    2,
    1,
    'Keripik Apel | Keripik Nangka | Keripik Salak',
  ),
  k(
    'keripik-singkong | Keripik Singkong | Kuliner | keripik | 15',
    2,
    1,
    'Keripik Singkong Balado | Keripik Singkong Original',
  ),
  k('sari-apel | Sari Apel | Kuliner | minuman | 14', 1, 1, 'Sari Apel | Sari Apel Jahe'),
  k('kerupuk | Kerupuk | Kuliner | kerupuk | 06', 2, 1, 'Kerupuk Udang | Kerupuk Bawang | Kerupuk Puli'),
  k('peyek | Peyek | Kuliner | peyek | 06', 2, 0, 'Peyek Kacang | Peyek Teri | Peyek Udang'),
  k('kopi | Kopi Bubuk | Kuliner | kopi | 10', 1, 2, 'Kopi Robusta | Kopi Jahe'),
  k('catering | Katering | Kuliner | katering | -', 3, 0, 'Nasi Kotak | Tumpeng | Snack Box'),
  k('warung | Nasi Pecel | Kuliner | warung | -', 3, 1, 'Nasi Pecel | Rawon | Soto'),
  k('frozen | Frozen Food | Kuliner | makanan | -', 2, 0, 'Pentol | Siomay Beku | Dimsum'),
  k('brownies | Brownies | Kuliner | kue | -', 2, 0, 'Brownies Kukus | Brownies Panggang'),
  k('tahu | Tahu | Kuliner | tahu | -', 1, 2, 'Tahu Putih | Tahu Kuning'),
  k('batik | Batik Tulis | Fashion | batik | -', 2, 1, 'Batik Tulis | Batik Cap | Kain Batik Malangan'),
  k('jahit | Jahit | Fashion | jahit | -', 6, 1, 'Jahit Baju | Seragam Sekolah | Permak Pakaian'),
  k('konveksi | Konveksi | Fashion | konveksi | -', 2, 2, 'Kaos | Seragam | Mukena'),
  k('hijab | Kerudung | Fashion | jilbab | -', 2, 0, 'Jilbab Instan | Kerudung Bordir'),
  k('bordir | Bordir | Fashion | bordir | -', 1, 0, 'Bordir Mukena | Bordir Kebaya'),
  k(
    'tas-anyaman | Tas Anyaman | Kriya | kerajinan | -',
    2,
    0,
    'Tas Anyaman Plastik | Tas Rajut | Dompet Anyaman',
  ),
  k('keset | Keset | Kriya | keset | -', 2, 0, 'Keset Kain Perca | Keset Kaki'),
  k('rajut | Rajutan | Kriya | rajut | -', 1, 0, 'Topi Rajut | Boneka Rajut | Syal Rajut'),
  k('ecoprint | Ecoprint | Kriya | ecoprint | -', 1, 0, 'Kain Ecoprint | Tas Ecoprint'),
  k('bunga | Bunga Hias | Kriya | kerajinan | -', 1, 0, 'Bunga Flanel | Bunga Kering'),
  k('topeng | Topeng Malangan | Kriya | kerajinan | -', 0.5, 2, 'Topeng Malangan | Souvenir Topeng'),
  k('mebel | Mebel | Kriya | mebel | -', 0, 3, 'Kursi Kayu | Lemari | Meja'),
  k('sangkar | Sangkar Burung | Kriya | sangkar | -', 0, 2, 'Sangkar Burung'),
  k('sablon | Sablon | Fashion | sablon | -', 0, 2, 'Sablon Kaos'),
];

// "id | label | sector | bank word | P-IRT food type or -", weights for women and men, products
function k(spec, w, wm, products) {
  const [id, label, sector, bank, pirt] = list(spec);
  return { id, label, sector, bank, pirt: pirt === '-' ? null : pirt, w, wm, products: list(products) };
}

const BRANDS = list(`
  Berkah | Barokah | Sumber Rejeki | Sekar Arum | Mekar Sari | Dewi Sri | Sari Rasa | Al-Amin
  Tiga Putri | Anugrah | Srikandi | Podo Moro | Rukun Makmur | Mugi Lancar | Tentrem | Mulya
  Rasa Ibu | Putri Mandiri | Cahaya | Family
`);
const UD_BRANDS = list(`
  Sumber Rejeki | Berkah Jaya | Barokah Abadi | Sinar Mulya | Maju Jaya | Karya Mandiri
`);

// ===========================================================================
// 5. The population (truth)
// ===========================================================================

const persons = [];
const businesses = [];
const households = [];
const outsiders = []; // people from outside the city, only on rejected rows
const usedNames = new Set();
const usedNiks = new Set();
const usedPhones = new Set();
const usedNibs = new Set();
const usedPirtSerials = new Set();
// Officials who sign the lists; no owner gets their names.
const SIGNERS = { dp3a: 'Endah Kusumaningrum', camat: 'Agus Wicaksono', kader: 'Sri Wulandari' };
for (const name of Object.values(SIGNERS)) usedNames.add(name);
const looks = {
  motherDaughter: 0,
  daughterCarriesName: 0,
  sisters: 0,
  couples: 0,
  husbandOnPirt: 0,
  namesakesOther: 0,
  namesakesSame: 0,
  sameBrandTwice: 0,
  sharedPhone: 0,
};

function freshName(make) {
  for (let i = 0; i < 2000; i++) {
    const name = make();
    if (!usedNames.has(name)) {
      usedNames.add(name);
      return name;
    }
  }
  throw new Error('ran out of names');
}

function womanName(year) {
  if (year < 1970 && chance(0.4)) return pick(W_SINGLE);
  if (year >= 1985 && chance(0.6)) return `${pick(W_MODERN_FIRST)} ${pick(W_MODERN_LAST)}`;
  const first = pick(W_FIRST);
  if (chance(0.18)) {
    const middle = pick(W_MIDDLE.filter((m) => m !== first));
    return `${first} ${middle} ${pick(W_SECOND)}`;
  }
  return `${first} ${pick(W_SECOND)}`;
}

function manName() {
  if (chance(0.15)) return pick(M_SINGLE);
  return `${pick(M_FIRST)} ${pick(M_LAST)}`;
}

function nickOf(given) {
  const words = given.split(' ');
  let word = words[0];
  if (
    words.length > 1 &&
    ['Siti', 'Dwi', 'Tri', 'Eka', 'Moch.', 'Muhammad', 'Ahmad', 'Abdul'].includes(word)
  ) {
    word = words[1];
  }
  return NICKS[word] ?? word.replace(/'/g, '');
}

function birthDate(yFrom, yTo) {
  const y = int(yFrom, yTo);
  const m = int(1, 12);
  const dim = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
  return { y, m, d: int(1, dim) };
}

function makeNik(sex, birth, prefix) {
  const day = birth.d + (sex === 'P' ? 40 : 0);
  for (;;) {
    const serial = chance(0.85) ? int(1, 999) : int(1000, 2999);
    const nik = `${prefix}${pad(day, 2)}${pad(birth.m, 2)}${pad(birth.y % 100, 2)}${pad(serial, 4)}`;
    if (!usedNiks.has(nik)) {
      usedNiks.add(nik);
      return nik;
    }
  }
}

const PHONE_PREFIXES = list(`
  0812 | 0813 | 0821 | 0822 | 0823 | 0852 | 0853 | 0856 | 0857 | 0858 | 0877 | 0878 | 0815 | 0819
  0838 | 0895 | 0896 | 0881
`);
function makePhone() {
  for (;;) {
    const length = weighted([
      [10, 1],
      [11, 3],
      [12, 5],
      [13, 1],
    ]);
    let phone = pick(PHONE_PREFIXES);
    while (phone.length < length) phone += int(0, 9);
    if (!usedPhones.has(phone)) {
      usedPhones.add(phone);
      return phone;
    }
  }
}

function newStreet(kel, kec) {
  const no = chance(0.06) ? `${int(1, 90)}${pick(['A', 'B', 'C'])}` : String(int(1, 160));
  const r = rand();
  if (PERUM[kel] && r < 0.35) {
    return { type: 'perum', name: PERUM[kel], blok: `${pick([...'ABCDEFGHJK'])}${int(1, 12)}`, no };
  }
  if (r < 0.55) return { type: 'jl', name: pick(kec.streets), no };
  if (r < 0.82)
    return {
      type: 'gg',
      name: pick(kec.streets),
      gg: pick(['I', 'II', 'III', 'IV', 'V', '2', '3', '4']),
      no,
    };
  return { type: 'gang', name: pick(GANG_NAMES), no };
}

function newHousehold(kel) {
  const kec = KEL_KEC.get(kel);
  const hh = {
    key: `H${pad(households.length + 1, 4)}`,
    kel,
    kec,
    street: newStreet(kel, kec),
    rt: int(1, 12),
    rw: int(1, 10),
    members: [],
  };
  households.push(hh);
  return hh;
}

const BIRTH_PLACES = list(`
  Blitar | Kediri | Pasuruan | Lumajang | Tulungagung | Surabaya | Probolinggo | Jember
`);
const DEGREES = ['S.Pd.', 'SE', 'S.Sos.', 'A.Md.', 'S.Kom.', 'S.Ag.'];

function newPerson({ sex, hh, birth, given, role }) {
  const p = {
    key: `P${pad(persons.length + 1, 4)}`,
    sex,
    given,
    birth,
    hh,
    role,
    haj: birth.y < 1976 ? chance(sex === 'P' ? 0.14 : 0.1) : false,
    degree: birth.y >= 1972 && chance(0.1) ? pick(DEGREES) : '',
    birthPlace: chance(0.82) ? 'Malang' : pick(BIRTH_PLACES),
    businesses: [],
    spouse: null,
    krtp: false,
    husbandName: null,
    husbandDeceased: false,
  };
  // about 4 % moved within the city after getting their KTP: the NIK carries the old kecamatan
  const kecCode = chance(0.04) ? pick(KECAMATAN).code : hh.kec.code;
  p.nik = makeNik(sex, birth, `3573${kecCode}`);
  p.phone = makePhone();
  hh.members.push(p);
  persons.push(p);
  return p;
}

// Old people are still written in the old spelling on their KTP ("Soemiati").
function maybeOldSpelling(name, year) {
  if (year < 1966 && chance(0.2)) {
    const v = toOldSpelling(name);
    if (!usedNames.has(v)) {
      usedNames.add(v);
      return v;
    }
  }
  return name;
}

function chooseKinds(sex, n, forcePirtFood) {
  const chosen = [];
  const pool = KINDS.filter((kd) => (sex === 'P' ? kd.w : kd.wm) > 0);
  while (chosen.length < n) {
    let kind;
    if (chosen.length === 0 && forcePirtFood) kind = pick(KINDS.filter((kd) => kd.pirt && kd.w > 0));
    else kind = weighted(pool.map((kd) => [kd, sex === 'P' ? kd.w : kd.wm]));
    if (!chosen.includes(kind)) chosen.push(kind);
  }
  return chosen;
}

function businessName(owner, kind) {
  const nick = nickOf(owner.given);
  const title = owner.sex === 'P' ? pick(['Bu', 'Bu', 'Mbak', 'Mbok']) : 'Pak';
  const label = kind.label.replace(/^Keripik/, () => pick(['Keripik', 'Kripik']));
  const local = KEL_LOCAL_NAME[owner.hh.kel] ?? owner.hh.kel;
  const food = kind.sector === 'Kuliner';
  return weighted([
    [`${label} ${title} ${nick}`, 26],
    [food ? pick([`Dapur Mama ${nick}`, `Dapur ${nick}`, `Rumah Kue ${nick}`]) : `${nick} Collection`, 10],
    [food ? pick([`${nick} Snack`, `${nick} Cookies`, `Aneka ${label} ${nick}`]) : `${label} ${nick}`, 6],
    [`UD ${pick(UD_BRANDS)}`, 6],
    [`CV ${pick(UD_BRANDS)}`, 2],
    [pick(BRANDS), 16],
    [`${label} ${pick(BRANDS)}`, 8],
    [`${label} ${local}`, 5],
    [null, 21], // no brand: offices write the kind or nothing
  ]);
}

function newBusiness(owner, kind) {
  const level = weighted([
    [1, 50],
    [2, 35],
    [3, 15],
  ]);
  const omzet =
    level === 1 ? int(5, 30) * 100_000 : level === 2 ? int(30, 100) * 100_000 : int(100, 400) * 100_000;
  const nProducts = Math.min(
    kind.products.length,
    weighted([
      [1, 45],
      [2, 35],
      [3, 20],
    ]),
  );
  const products = shuffle(kind.products.slice()).slice(0, nProducts);
  const b = {
    key: `B${pad(businesses.length + 1, 4)}`,
    owner,
    kind,
    name: businessName(owner, kind),
    products,
    level,
    omzet,
    workers: level === 1 ? int(0, 1) : level === 2 ? int(1, 4) : int(3, 12),
    since: weighted([
      [int(1998, 2015), 35],
      [int(2016, 2024), 58],
      [2025, 7],
    ]),
    nib: null,
    pirt: null,
    applicant: null, // the husband who filed the P-IRT for her
    applicantMixed: false,
  };
  if (chance(level === 1 ? 0.2 : 0.5)) b.nib = makeNib();
  owner.businesses.push(b);
  businesses.push(b);
  return b;
}

function makeNib() {
  for (;;) {
    const nib = `${pick(['9120', '8120', '1207', '0220'])}${pad(int(0, 999_999_999), 9)}`;
    if (!usedNibs.has(nib)) {
      usedNibs.add(nib);
      return nib;
    }
  }
}

// SPP-IRT number as BPOM prints it: 1 digit packaging, 2 digits food type, 4 digits city (3573),
// 2 digits product serial, 4 digits company serial, "-" 2 digits year of expiry (15 digits).
function givePirt(b, cityCode = '3573') {
  let company;
  do company = int(1, 2999);
  while (usedPirtSerials.has(company));
  usedPirtSerials.add(company);
  const firstYear = Math.max(b.since, 2019) > 2025 ? 2025 : int(Math.max(b.since, 2019), 2025);
  const month = (y) => int(1, y === SURVEY_YEAR ? 9 : 12); // nothing issued after the survey
  let terbit = { y: firstYear, m: month(firstYear), d: int(1, 28) };
  b.pirt = {
    company,
    products: b.products.map((product, i) => {
      if (i > 0 && chance(0.5)) {
        const y = Math.min(SURVEY_YEAR, terbit.y + int(0, 1));
        terbit = { y, m: month(y), d: int(1, 28) };
      }
      const pack = pick(['1', '2', '2']);
      const number = `${pack}${b.kind.pirt}${cityCode}${pad(i + 1, 2)}${pad(company, 4)}${pad((terbit.y + 5) % 100, 2)}`;
      return { product, terbit: { ...terbit }, number };
    }),
  };
}

function makePopulation() {
  // Three kelurahan of one kecamatan are covered by the kelurahan file: more people live there.
  const focusKec = pick(KECAMATAN);
  const focusKels = shuffle(focusKec.kelurahan.slice()).slice(0, 3);
  const kelWeights = ALL_KEL.map((kel) => [
    kel,
    focusKels.includes(kel) ? 3.4 : kel === 'Purwantoro' ? 1.6 : 1,
  ]);
  const target = int(672, 692); // namesakes come on top

  // --- mother and daughter at one address; some daughters carry the mother's name
  const nMD = int(24, 30);
  for (let i = 0; i < nMD; i++) {
    const hh = newHousehold(weighted(kelWeights));
    const mb = birthDate(1952, 1976);
    const mother = newPerson({ sex: 'P', hh, birth: mb, given: '', role: 'mother' });
    mother.given = maybeOldSpelling(
      freshName(() => womanName(mb.y)),
      mb.y,
    );
    const db = birthDate(mb.y + 20, Math.min(mb.y + 34, 2003));
    let given;
    if (words(mother.given).length <= 2 && chance(0.4)) {
      given = freshName(
        () => `${mother.given} ${pick(['Putri', 'Putri Utami', 'Rahmawati', 'Wulandari', 'Ningrum'])}`,
      );
      looks.daughterCarriesName++;
    } else {
      given = freshName(() => womanName(db.y));
    }
    const daughter = newPerson({ sex: 'P', hh, birth: db, given, role: 'daughter' });
    mother.krtp = chance(0.5);
    daughter.krtp = chance(0.08);
    if (chance(0.3)) {
      daughter.phone = mother.phone; // one household phone written for both
      looks.sharedPhone++;
    }
    looks.motherDaughter++;
  }

  // --- sisters at one address
  const nSis = int(14, 18);
  for (let i = 0; i < nSis; i++) {
    const hh = newHousehold(weighted(kelWeights));
    const b1 = birthDate(1960, 1992);
    const b2 = birthDate(b1.y + 2, b1.y + 8);
    const style = int(0, 2);
    let n1;
    let n2;
    if (style === 0) {
      const ord = int(0, 2);
      const second = pick(W_SECOND);
      n1 = `${['Eka', 'Dwi', 'Tri'][ord]} ${second}`;
      n2 = `${['Dwi', 'Tri', 'Catur'][ord]} ${second}`;
    } else if (style === 1) {
      const first = pick(['Sri', 'Siti', 'Nur', 'Endang', 'Dewi']);
      const [s1, s2] = pick(SISTER_PAIRS);
      n1 = `${first} ${s1}`;
      n2 = `${first} ${s2}`;
    } else {
      const second = pick(W_SECOND);
      const [f1, f2] = shuffle(W_FIRST.slice()).slice(0, 2);
      n1 = `${f1} ${second}`;
      n2 = `${f2} ${second}`;
    }
    if (usedNames.has(n1) || usedNames.has(n2) || n1 === n2) {
      i--;
      continue;
    }
    usedNames.add(n1);
    usedNames.add(n2);
    const s1 = newPerson({ sex: 'P', hh, birth: b1, given: n1, role: 'sister' });
    const s2 = newPerson({ sex: 'P', hh, birth: b2, given: n2, role: 'sister' });
    s1.krtp = chance(0.3);
    s2.krtp = chance(0.2);
    looks.sisters++;
  }

  // --- husband and wife; in some couples the husband files the P-IRT for her business
  const nApplicant = int(11, 14);
  const nBoth = int(12, 16);
  for (let i = 0; i < nApplicant + nBoth; i++) {
    const hh = newHousehold(weighted(kelWeights));
    const wb = birthDate(1960, 1994);
    const hb = birthDate(wb.y - 6, wb.y);
    const wife = newPerson({
      sex: 'P',
      hh,
      birth: wb,
      given: freshName(() => womanName(wb.y)),
      role: 'wife',
    });
    const husband = newPerson({
      sex: 'L',
      hh,
      birth: hb,
      given: freshName(manName),
      role: i < nApplicant ? 'applicant' : 'husband',
    });
    wife.spouse = husband;
    husband.spouse = wife;
    wife.krtp = chance(0.08); // she earns the household's living
    looks.couples++;
  }

  // --- everyone else: women alone or with a family outside the population, some men
  while (persons.length < target) {
    const hh = newHousehold(weighted(kelWeights));
    if (chance(0.88)) {
      const b = birthDate(1955, 2001);
      const p = newPerson({ sex: 'P', hh, birth: b, given: '', role: 'single' });
      p.given = maybeOldSpelling(
        freshName(() => womanName(b.y)),
        b.y,
      );
      p.krtp = chance(0.42);
    } else {
      const b = birthDate(1958, 1998);
      newPerson({ sex: 'L', hh, birth: b, given: freshName(manName), role: 'single' });
    }
  }

  // --- namesakes: same full name, another person; most in another kelurahan, a few in the same one
  const singles = persons.filter((p) => p.role === 'single' && p.sex === 'P');
  const nOther = int(12, 16);
  const nSame = int(4, 6);
  for (let i = 0; i < nOther + nSame; i++) {
    const model = singles.splice(int(0, singles.length - 1), 1)[0];
    const sameKel = i >= nOther;
    let kel = model.hh.kel;
    if (!sameKel) while (kel === model.hh.kel) kel = pick(ALL_KEL);
    const hh = newHousehold(kel);
    let b;
    do b = birthDate(1958, 2000);
    while (Math.abs(b.y - model.birth.y) < 5);
    const twin = newPerson({ sex: 'P', hh, birth: b, given: model.given, role: 'namesake' });
    twin.krtp = chance(0.4);
    if (sameKel) looks.namesakesSame++;
    else looks.namesakesOther++;
  }

  // Husbands of married women outside the population appear on the bank list as "Nama Suami".
  for (const p of persons) {
    if (p.sex !== 'P' || p.spouse || SURVEY_YEAR - p.birth.y < 23) continue;
    if (!p.krtp || chance(0.5)) {
      p.husbandName = freshName(manName);
      p.husbandDeceased = p.krtp;
    }
  }

  // --- businesses: 76 % one, 21 % two, 3 % three; the applicants' wives have a P-IRT food business
  for (const p of persons) {
    if (p.role === 'applicant') continue;
    const n = weighted([
      [1, 76],
      [2, 21],
      [3, 3],
    ]);
    const forceFood = p.role === 'wife' && p.spouse.role === 'applicant';
    const kinds = chooseKinds(p.sex, n, forceFood);
    for (const kind of kinds) newBusiness(p, kind);
    if (n >= 2 && chance(0.12)) {
      // one name for two of her businesses ("Berkah" for the cakes and for the sewing)
      const brand = pick(['Berkah', 'Barokah', 'Sumber Rejeki', 'Al-Amin', 'Mekar Sari', 'Sekar Arum']);
      p.businesses[0].name = brand;
      p.businesses[1].name = brand;
      looks.sameBrandTwice++;
    }
    if (forceFood) {
      const b = p.businesses[0];
      if (b.since === 2025) b.since = 2022;
      givePirt(b);
      b.applicant = p.spouse;
      b.applicantMixed = b.products.length >= 2 && chance(0.35); // she filed the first product herself
      looks.husbandOnPirt++;
    }
  }
  for (const b of businesses) {
    if (b.kind.pirt && !b.pirt && chance(0.5)) givePirt(b);
  }

  return { focusKec, focusKels };
}

function makeOutsider(pirtFood = false) {
  const place = pick(OUTSIDE);
  const birth = birthDate(1960, 1995);
  const given = freshName(() => womanName(birth.y));
  const hh = {
    key: `HX${outsiders.length + 1}`,
    kel: place.kel,
    kec: { name: place.kec, code: '', outside: place },
    street: {
      type: 'jl',
      name: pick(['Raya', 'Diponegoro', 'Sumber Waras', 'Kartini']),
      no: String(int(1, 90)),
    },
    rt: int(1, 8),
    rw: int(1, 6),
    members: [],
  };
  const p = {
    key: `PX${pad(outsiders.length + 1, 3)}`,
    sex: 'P',
    given,
    birth,
    hh,
    role: 'outsider',
    haj: false,
    degree: '',
    birthPlace: 'Malang',
    businesses: [],
    krtp: chance(0.3),
    nik: makeNik('P', birth, place.nik),
    phone: makePhone(),
  };
  const kind = pick(KINDS.filter((kd) => kd.w >= 2 && (!pirtFood || kd.pirt)));
  const b = {
    key: `BX${pad(outsiders.length + 1, 3)}`,
    owner: p,
    kind,
    name: businessName(p, kind),
    products: kind.products.slice(0, 2),
    level: 1,
    omzet: int(10, 40) * 100_000,
    workers: int(0, 2),
    since: int(2015, 2024),
    nib: null,
    pirt: null,
  };
  if (kind.pirt) givePirt(b, place.nik.slice(0, 4));
  p.businesses.push(b);
  outsiders.push(p);
  return { person: p, business: b, reject: 'outside' };
}

// ===========================================================================
// 6. Noise: how offices misspell and reformat
// ===========================================================================

// Old (pre-1972) spelling: oe for u, dj for j, tj for c, ch for kh, j for y.
function toOldSpelling(s) {
  const rules = [
    (x) => x.replace(/([BDJKMNPRSTWbdjkmnprstw])u/, '$1oe'),
    (x) => x.replace(/\bJ|j/, (m) => (m === 'J' ? 'Dj' : 'dj')),
    (x) => x.replace(/\bC|c(?!h)/, (m) => (m === 'C' ? 'Tj' : 'tj')),
    (x) => x.replace(/Kh|kh/, (m) => (m === 'Kh' ? 'Ch' : 'ch')),
    (x) => x.replace(/([bdhkmnprstw])y([aiueo])/, '$1j$2'),
  ];
  for (const rule of shuffle(rules)) {
    const v = rule(s);
    if (v !== s) return v;
  }
  return s;
}

function toNewSpelling(s) {
  return s
    .replace(/oe/g, 'u')
    .replace(/Oe/g, 'U')
    .replace(/dj/g, 'j')
    .replace(/Dj/g, 'J')
    .replace(/tj/g, 'c')
    .replace(/Tj/g, 'C')
    .replace(/Ch(?=[aiueo])/g, 'Kh')
    .replace(/ch(?=[aiueo])/g, 'kh');
}

function spellingVariant(s) {
  const modern = toNewSpelling(s);
  return modern !== s ? modern : toOldSpelling(s);
}

// "Muawanah" / "Muawwanah", "Khotijah" / "Khottijah"
function doubledVariant(s) {
  if (/([a-z])\1/.test(s)) return s.replace(/([a-z])\1/, '$1');
  const spots = [...s.matchAll(/(?<=[aiueo])[lmnst](?=[aiueo])/g)];
  if (spots.length === 0) return s;
  const spot = pick(spots);
  return s.slice(0, spot.index) + spot[0] + s.slice(spot.index);
}

const NEAR_KEYS = {
  a: 'sq',
  i: 'uo',
  u: 'yi',
  e: 'wr',
  o: 'ip',
  n: 'bm',
  m: 'n',
  s: 'ad',
  t: 'ry',
  r: 'et',
  h: 'gj',
  k: 'jl',
  l: 'k',
  y: 'tu',
  w: 'qe',
  d: 'sf',
  g: 'fh',
  p: 'o',
  j: 'hk',
  b: 'vn',
};

// One slip of the finger: a neighbouring key, a dropped, doubled or swapped letter.
function typo(s) {
  for (let tries = 0; tries < 12; tries++) {
    if (s.length < 4) return s;
    const i = int(1, s.length - 2);
    const ch = s[i];
    if (!/[a-z]/.test(ch)) continue;
    const op = int(0, 3);
    let v = s;
    if (op === 0 && NEAR_KEYS[ch]) v = s.slice(0, i) + pick([...NEAR_KEYS[ch]]) + s.slice(i + 1);
    else if (op === 1 && /[a-z]/.test(s[i - 1])) v = s.slice(0, i) + s.slice(i + 1);
    else if (op === 2 && /[a-z]/.test(s[i + 1])) v = s.slice(0, i) + s[i + 1] + ch + s.slice(i + 2);
    else if (op === 3) v = s.slice(0, i) + ch + s.slice(i);
    if (v !== s) return v;
  }
  return s;
}

const words = (s) => s.split(' ');
const dropMiddle = (s) => (words(s).length >= 3 ? [words(s)[0], ...words(s).slice(2)].join(' ') : s);
const initialLast = (s) => {
  const w = words(s);
  return w.length >= 2 ? [...w.slice(0, -1), `${w[w.length - 1][0]}.`].join(' ') : s;
};
const swapOrder = (s) => (words(s).length === 2 ? words(s).reverse().join(' ') : s);

const DEGREE_FORMS = {
  'S.Pd.': ['S.Pd.', 'S.Pd', 'SPd'],
  SE: ['SE', 'S.E.', 'S.E'],
  'S.Sos.': ['S.Sos.', 'S.Sos', 'S.sos'],
  'A.Md.': ['A.Md.', 'A.Md', 'AMd'],
  'S.Kom.': ['S.Kom.', 'S.Kom', 'SKom'],
  'S.Ag.': ['S.Ag.', 'S.Ag', 'S.Ag'],
};

/**
 * The owner's name as one office writes it. `n` holds that office's rates:
 *   spelling, doubled, typo, dropMiddle, initial, swap, haj (keep Hj.), degree (keep degree),
 *   prefix (add Ibu/Bu/Ny.), upper (all caps), apostrophe (how "Ma'rifah" is typed).
 */
function renderName(p, n) {
  let g = p.given;
  if (p.sex === 'L' && /^(Moch\.|Muhammad|Ahmad)/.test(g) && chance(0.3)) {
    g = g.replace(/^(Moch\.|Muhammad)/, () => pick(['Moch.', 'Mochammad', 'Muhammad', 'M.', 'Moh.']));
  }
  if (chance(n.spelling ?? 0)) g = spellingVariant(g);
  if (chance(n.doubled ?? 0)) g = doubledVariant(g);
  if (chance(n.typo ?? 0)) g = typo(g);
  if (chance(n.dropMiddle ?? 0)) g = dropMiddle(g);
  else if (chance(n.initial ?? 0)) g = initialLast(g);
  if (chance(n.swap ?? 0)) g = swapOrder(g);
  if (g.includes("'")) g = g.replace(/'/g, n.apostrophe ?? (chance(0.15) ? '' : "'"));
  let s = g;
  let titled = false;
  if (p.haj && chance(n.haj ?? 0.5)) {
    s = `${p.sex === 'P' ? pick(['Hj. ', 'Hj. ', 'Hj ', 'HJ. ']) : pick(['H. ', 'H '])}${s}`;
    titled = true;
  }
  if (p.degree && chance(n.degree ?? 0.5))
    s = `${s}${pick([', ', ', ', ' '])}${pick(DEGREE_FORMS[p.degree])}`;
  if (!titled && chance(n.prefix ?? 0))
    s = (p.sex === 'P' ? pick(n.prefixes ?? ['Ibu ', 'Bu ']) : 'Bpk. ') + s;
  if (chance(n.upper ?? 0)) s = s.toUpperCase();
  if (chance(n.spaces ?? 0)) s = s.replace(' ', pick(['  ', '\u00a0'])); // pasted from a chat or web form
  return s;
}

function kelVariant(kel, { alt = 0.15, prefix = 0, upper = 0, typoRate = 0 } = {}) {
  let s = kel;
  const alts = KEL_SPELLINGS[kel];
  if (alts && chance(alt)) s = pick(alts);
  if (chance(typoRate)) s = typo(s);
  if (chance(prefix)) s = `${pick(['Kel. ', 'Kel ', 'Kelurahan '])}${s}`;
  if (chance(upper)) s = s.toUpperCase();
  return s;
}

function kecVariant(kec, { alt = 0.08, upper = 0, prefix = 0 } = {}) {
  let s = kec.name;
  if (chance(alt)) s = pick(KEC_SPELLINGS[kec.name] ?? [s]);
  if (chance(prefix)) s = `Kec. ${s}`;
  if (chance(upper)) s = s.toUpperCase();
  return s;
}

// "Jl. Kawi No. 5", "Jln Sanan Gg. II/14", "Perum Griya Shanta Blok J2 No. 7"
function streetText(st, style = {}) {
  const jl = style.jl ?? pick(['Jl. ', 'Jl. ', 'Jl. ', 'Jln. ', 'Jalan ', 'JL. ', 'Jl.']);
  const no = style.no ?? pick(['No. ', 'No. ', 'No.', 'No ', 'no. ', '']);
  const name = st.name === 'Soekarno Hatta' && chance(0.4) ? 'Sukarno Hatta' : st.name;
  switch (st.type) {
    case 'perum':
      return `${pick(['Perum ', 'Perum. ', 'Perumahan '])}${name} ${pick(['Blok ', 'Blok ', ''])}${st.blok}${pick([' No. ', '/', ' no '])}${st.no}`;
    case 'gg':
      return chance(0.5) ? `${jl}${name} Gg. ${st.gg} No. ${st.no}` : `${jl}${name} Gg. ${st.gg}/${st.no}`;
    case 'gang':
      return `${pick(['Gg. ', 'Gang ', 'Gg '])}${name} ${no}${st.no}`;
    default:
      return `${jl}${name} ${no}${st.no}`;
  }
}

function rtrwText(rt, rw, form = int(0, 6)) {
  switch (form) {
    case 0:
      return `RT ${pad(rt, 2)} RW ${pad(rw, 2)}`;
    case 1:
      return `RT.${pad(rt, 2)}/RW.${pad(rw, 2)}`;
    case 2:
      return `${pad(rt, 2)}/${pad(rw, 2)}`;
    case 3:
      return `Rt ${rt} Rw ${rw}`;
    case 4:
      return `RT ${pad(rt, 3)} RW ${pad(rw, 3)}`;
    case 5:
      return `${pad(rt, 3)}/${pad(rw, 3)}`;
    default:
      return `RT ${rt}/RW ${rw}`;
  }
}

function phoneVariant(phone, weights = [8, 2, 2, 1, 1, 1]) {
  const rest = phone.slice(1);
  const form = weighted(weights.map((w, i) => [i, w]));
  switch (form) {
    case 1:
      return `${phone.slice(0, 4)}-${phone.slice(4, 8)}-${phone.slice(8)}`;
    case 2:
      return `+62${rest}`;
    case 3:
      return `62${rest}`;
    case 4:
      return `${phone.slice(0, 4)} ${phone.slice(4, 8)} ${phone.slice(8)}`;
    case 5:
      return `+62 ${rest.slice(0, 3)}-${rest.slice(3, 7)}-${rest.slice(7)}`;
    default:
      return phone;
  }
}

// The same brand, written again: Kripik/Keripik, UD added or dropped, Bu/Ibu, words swapped.
function bizNameVariant(name, rate) {
  if (!name || !chance(rate)) return name;
  const ops = [];
  if (/Keripik/.test(name)) ops.push((s) => s.replace('Keripik', 'Kripik'));
  if (/Kripik/.test(name)) ops.push((s) => s.replace('Kripik', 'Keripik'));
  if (/^(UD|CV) /.test(name)) ops.push((s) => s.replace(/^(UD|CV) /, ''));
  else if (words(name).length <= 2) ops.push((s) => `${pick(['UD ', 'UD. ', 'CV '])}${s}`);
  if (/^UD /.test(name)) ops.push((s) => s.replace(/^UD /, 'UD. '));
  if (/ Bu /.test(name)) ops.push((s) => s.replace(' Bu ', ' Ibu '));
  const m = name.match(/^(.+) (Bu|Mbak|Mbok|Pak) (\S+)$/);
  if (m) {
    ops.push(() => `${m[2]} ${m[3]} ${m[1]}`);
    ops.push(() => m[1]);
  }
  if (/Rejeki/.test(name)) ops.push((s) => s.replace('Rejeki', 'Rezeki'));
  if (/Barokah/.test(name)) ops.push((s) => s.replace('Barokah', 'Barakah'));
  if (/Sumber /.test(name)) ops.push((s) => s.replace('Sumber ', 'Sumber'));
  ops.push((s) => typo(s));
  ops.push((s) => s.toUpperCase());
  return pick(ops)(name);
}

// --- NIK: valid, mistyped (still valid), or broken (the row must be rejected)

function nikValid(nik, { outsideOk = false } = {}) {
  if (!/^\d{16}$/.test(nik)) return false;
  if (!outsideOk && !/^35730[1-5]/.test(nik)) return false;
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  if (day > 40) day -= 40;
  if (month < 1 || month > 12 || day < 1) return false;
  if (day > [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]) return false;
  return nik.slice(12) !== '0000';
}

// One digit changed or two neighbours swapped, and the NIK still looks valid.
function nikTypo(nik) {
  for (;;) {
    const i = int(6, 15);
    let v;
    if (chance(0.5)) v = nik.slice(0, i) + String((Number(nik[i]) + int(1, 9)) % 10) + nik.slice(i + 1);
    else v = nik.slice(0, i - 1) + nik[i] + nik[i - 1] + nik.slice(i + 1);
    if (v !== nik && nikValid(v)) return v;
  }
}

function nikBroken(nik, how) {
  switch (how) {
    case 'nik15': {
      const i = int(6, 15);
      return nik.slice(0, i) + nik.slice(i + 1);
    }
    case 'nik17': {
      const i = int(6, 15);
      return nik.slice(0, i) + nik[i] + nik.slice(i);
    }
    case 'nikLetter': {
      // O for 0, l or I for 1, typed by hand
      const spots = [...nik.slice(4)].map((c, i) => [c, i + 4]).filter(([c]) => c === '0' || c === '1');
      const [c, i] = spots.length ? pick(spots) : ['0', 12];
      return nik.slice(0, i) + (c === '0' ? 'O' : pick(['l', 'I'])) + nik.slice(i + 1);
    }
    case 'nikDay': // day 45 (+40 for a woman: 85); a man's 35: no such date either way
      return `${nik.slice(0, 6)}${Number(nik.slice(6, 8)) > 40 ? '85' : '35'}${nik.slice(8)}`;
    default: // nikMonth: month 13
      return `${nik.slice(0, 8)}13${nik.slice(10)}`;
  }
}

function nikFormat(nik, form) {
  switch (form) {
    case 'spaced':
      return `${nik.slice(0, 4)} ${nik.slice(4, 8)} ${nik.slice(8, 12)} ${nik.slice(12)}`;
    case 'spaced6':
      return `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`;
    case 'dotted':
      return `${nik.slice(0, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`;
    default:
      return nik;
  }
}

const MONTHS_ID = list(`
  Januari | Februari | Maret | April | Mei | Juni | Juli | Agustus | September | Oktober | November
  Desember
`);

function dateText(d, form) {
  switch (form) {
    case 'long':
      return `${d.d} ${MONTHS_ID[d.m - 1]} ${d.y}`;
    case 'slash':
      return `${pad(d.d, 2)}/${pad(d.m, 2)}/${d.y}`;
    default:
      return `${pad(d.d, 2)}-${pad(d.m, 2)}-${d.y}`;
  }
}

// A date no calendar has: 30 or 31 February.
const impossibleDate = (birth) => ({ y: birth.y, m: 2, d: int(30, 31) });

// People round their turnover when asked.
function reportedOmzet(b, factor = 1) {
  const v = b.omzet * factor * (0.85 + rand() * 0.3);
  const step = v < 3_000_000 ? 250_000 : v < 10_000_000 ? 500_000 : 1_000_000;
  return Math.max(step, Math.round(v / step) * step);
}

function rupiahDots(v) {
  return String(v).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

const ABSURD_OMZET = 900_000_000_000; // 900 miliar a month: a slip of extra zeros

// ===========================================================================
// 7. Who appears where
// ===========================================================================

const OFFICE_ORDER = ['pirt', 'kel', 'ods', 'bank', 'diskop', 's24'];

// The bank writes a kind word; only a business whose word is unique among hers can be told apart.
function bankBusiness(p) {
  const counts = new Map();
  for (const b of p.businesses) counts.set(b.kind.bank, (counts.get(b.kind.bank) ?? 0) + 1);
  const unique = p.businesses.filter((b) => counts.get(b.kind.bank) === 1);
  if (unique.length === 0) return null;
  return unique.reduce((best, b) => (b.omzet > best.omzet ? b : best));
}

function planOffices(focusKels, s24Kecs) {
  for (const p of persons) {
    if (p.role === 'applicant') {
      p.offices = new Set(['pirt']);
      continue;
    }
    const own = p.businesses;
    const age = SURVEY_YEAR - p.birth.y;
    const cand = [];
    if (chance(p.sex === 'P' ? 0.74 : 0.12)) cand.push('ods');
    if (chance(0.52)) cand.push('diskop');
    // named on at least one P-IRT row of her own (not only through her husband)
    if (own.some((b) => b.pirt && (!b.applicant || b.applicantMixed)) && chance(0.9)) cand.push('pirt');
    if (focusKels.includes(p.hh.kel) && chance(0.9)) cand.push('kel');
    if (p.sex === 'P' && age <= 63 && bankBusiness(p) && chance(0.46)) cand.push('bank');
    if (s24Kecs.includes(p.hh.kec) && p.sex === 'P' && own.some((b) => b.since <= 2024) && chance(0.66)) {
      cand.push('s24');
    }
    const set = new Set(cand);
    while (set.size > 4) set.delete(pick([...set]));
    if (set.size === 0) set.add(p.sex === 'P' && chance(0.5) ? 'ods' : 'diskop');
    p.offices = set;
  }
}

// Each of the owner's businesses is listed with probability `p`, at least one of them.
function someBusinesses(person, p, filter = () => true) {
  const pool = person.businesses.filter(filter);
  if (pool.length === 0) return [];
  const chosen = pool.filter(() => chance(p));
  return chosen.length ? chosen : [pick(pool)];
}

// Mark about `rate` of an office's rows as bad rows the import must reject; `types` are the
// faults this office really produces. Only people who also appear elsewhere get a bad row.
function markRejections(obsList, rate, types, withOutsiders, pirtFood = false) {
  const cands = shuffle(
    obsList.filter((o) => !o.dup && o.person.offices.size >= 2 && o.person.role !== 'applicant'),
  );
  const n = Math.max(1, Math.round(obsList.length * rate));
  const nOutside = withOutsiders ? Math.max(1, Math.round(n / 6)) : 0;
  const seen = new Set();
  let made = 0;
  for (const o of cands) {
    if (made >= n - nOutside) break;
    if (seen.has(o.person) || o.person.rejectedOnce) continue;
    seen.add(o.person);
    o.person.rejectedOnce = true;
    o.reject = pick(types);
    made++;
  }
  const out = [];
  for (let i = 0; i < nOutside; i++) out.push(makeOutsider(pirtFood));
  return out;
}

// Put each outsider's row somewhere in the list.
function insertRandomly(list, items) {
  for (const item of items) list.splice(int(0, list.length), 0, item);
}

// ===========================================================================
// 8. Rows of a sheet
// ===========================================================================

// A row: { kind: 'header'|'data'|'skip'|'blank', cells, repeat?, obs?, name?, merge? }
const headerRow = (cells) => ({ kind: 'header', cells });
const skipRow = (cells, extra = {}) => ({ kind: 'skip', cells, ...extra });
const blankRows = (repeat = 1) => ({ kind: 'blank', cells: [], repeat });
const dataRow = (cells, obs, name) => ({ kind: 'data', cells, obs, name });

// Typed cells for the spreadsheet writers; plain strings and numbers are also cells.
const dateCell = (d, text) => ({ t: 'date', d, text });
const numCell = (v, fmt, text) => ({ t: 'num', v, fmt, text });
const formulaCell = (formula, result) => ({ t: 'formula', formula, result });
const richCell = (parts) => ({ t: 'rich', parts });

function cellText(c) {
  if (c === null || c === undefined) return '';
  if (typeof c === 'string') return c;
  if (typeof c === 'number') return String(c);
  if (c.t === 'date') return c.text;
  if (c.t === 'num') return c.text ?? String(c.v);
  if (c.t === 'formula') return String(c.result);
  if (c.t === 'rich') return c.parts.map((p) => p.text).join('');
  if (c.t === 'text') return c.v;
  return '';
}

function numberRows(rows) {
  let n = 0;
  for (const r of rows) {
    r.rowNo = n + 1;
    n += r.repeat ?? 1;
  }
  return n;
}

// ===========================================================================
// 9. The offices
// ===========================================================================

// ---------------------------------------------------------------------------
// 9.1 DP3AP2KB survey 2025 (.ods written by hand with jszip)
// Enumerators per kelurahan each keep their own habits; LibreOffice-style file.
// ---------------------------------------------------------------------------

function buildOds() {
  const obs = [];
  for (const p of persons) {
    if (!p.offices.has('ods')) continue;
    for (const b of someBusinesses(p, 0.92)) obs.push({ person: p, business: b });
  }
  // two enumerators listed the same business twice (different spelling, phone left out)
  for (const o of obs.slice())
    if (chance(0.015)) obs.push({ person: o.person, business: o.business, dup: true });
  const outs = markRejections(
    obs,
    0.028,
    ['nik15', 'nik17', 'nikLetter', 'nikDay', 'nikMonth', 'omzetNeg', 'omzetAbsurd', 'birthBad'],
    true,
  );

  const NAME = {
    spelling: 0.03,
    doubled: 0.02,
    typo: 0.03,
    dropMiddle: 0.02,
    initial: 0.01,
    swap: 0.02,
    haj: 0.55,
    degree: 0.5,
    prefix: 0.04,
    prefixes: ['Ibu ', 'Bu ', 'Ny. '],
    spaces: 0.01,
  };
  const header = list(`
    No | Nama Lengkap | NIK | Jenis Kelamin | Tgl Lahir | Alamat | RT | RW | Kelurahan | Kecamatan
    No. HP | Nama Usaha | Produk | Omzet/bln | Jml Tenaga Kerja | Level IR | KRTP
  `);
  const width = header.length;
  const rows = [
    skipRow(['PENDATAAN INDUSTRI RUMAHAN (IR) KOTA MALANG TAHUN 2025'], { merge: width }),
    skipRow(
      ['DINAS PEMBERDAYAAN PEREMPUAN, PERLINDUNGAN ANAK, PENGENDALIAN PENDUDUK DAN KELUARGA BERENCANA'],
      {
        merge: width,
      },
    ),
    headerRow(header),
    skipRow(header.map((_, i) => `(${i + 1})`)), // the column numbering row of government forms
  ];

  // order: kecamatan A-Z, kelurahan in list order, one enumerator per kelurahan
  const byKel = new Map();
  for (const o of obs) {
    const kel = o.person.hh.kel;
    if (!byKel.has(kel)) byKel.set(kel, []);
    byKel.get(kel).push(o);
  }
  const kecs = KECAMATAN.slice().sort((a, b) => a.name.localeCompare(b.name));
  let no = 0;
  const dataRowsAll = [];
  for (const kec of kecs) {
    const block = [];
    for (const kel of kec.kelurahan) {
      const group = groupByPerson(byKel.get(kel) ?? []);
      const style = {
        sexLong: chance(0.25),
        levelBare: chance(0.35),
        rtText: chance(0.3),
        dateText: chance(0.08),
        nikNumber: chance(0.15),
        upper: chance(0.15) ? 1 : 0,
        kel: kelVariant(kel, { alt: 0.3, prefix: 0.1 }),
      };
      for (const o of group) block.push(odsRow(o, style, NAME, ++no));
    }
    if (block.length === 0) continue;
    dataRowsAll.push(...block);
    rows.push(...block);
    rows.push(blankRows(int(1, 2))); // blank rows between kecamatan blocks
  }
  // outsiders were interviewed somewhere in the middle
  for (const o of outs) {
    const style = { kel: o.person.hh.kel, upper: 0 };
    const row = odsRow(o, style, NAME, 0);
    const at = rows.indexOf(pick(dataRowsAll));
    rows.splice(at + 1, 0, row);
  }
  // renumber the No column in sheet order, as the enumerator would
  let n = 0;
  for (const r of rows) if (r.kind === 'data') r.cells[0] = ++n;

  rows.push(blankRows(1));
  rows.push(skipRow(['Keterangan:']));
  rows.push(skipRow(['', 'KRTP : Kepala Rumah Tangga Perempuan']));
  rows.push(skipRow(['', 'Level IR : IR 1 = pemula, IR 2 = berkembang, IR 3 = maju']));
  rows.push(blankRows(2));
  const sig = (text) => skipRow([...Array(12).fill(''), text]);
  rows.push(sig('Malang, 14 Oktober 2025'));
  rows.push(sig('Kepala Bidang Pemberdayaan Perempuan'));
  rows.push(blankRows(3));
  rows.push(sig(`Dra. Hj. ${SIGNERS.dp3a}, M.Si`));
  rows.push(sig('NIP. 19690412 199403 2 006'));
  const used = numberRows(rows);
  rows.push({ kind: 'blank', cells: [], repeat: 1_048_576 - used, width: 1024 }); // LibreOffice's formatted tail

  // Rekap: counts per kecamatan
  const rekap = [
    ['REKAP INDUSTRI RUMAHAN PER KECAMATAN'],
    [],
    ['Kecamatan', 'Jumlah IR', 'KRTP'],
    ...kecs.map((kec) => {
      const mine = obs.filter((o) => o.person.hh.kec === kec && !o.dup);
      return [kec.name, mine.length, mine.filter((o) => o.person.krtp).length];
    }),
  ];
  const petunjuk = [
    ['PETUNJUK PENGISIAN'],
    ['1. Isi satu baris untuk setiap usaha. Pemilik dengan dua usaha diisi dua baris.'],
    ['2. NIK diisi 16 digit sesuai KTP. Jika tidak ada KTP, kosongkan.'],
    ['3. Tgl Lahir diisi tanggal/bulan/tahun.'],
    ['4. Level IR: IR 1 (pemula), IR 2 (berkembang), IR 3 (maju).'],
    ['5. KRTP diisi Ya bila pemilik adalah Kepala Rumah Tangga Perempuan.'],
    ['6. Data dikirim ke Bidang PP paling lambat 10 Oktober 2025.'],
  ];
  return {
    file: 'DP3AP2KB_Pendataan_IR_2025.ods',
    source: 'DP3AP2KB Kota Malang (pendataan IR 2025)',
    type: 'ods',
    width,
    sheets: [
      { name: 'Petunjuk', rows: petunjuk.map((cells) => ({ kind: 'other', cells })) },
      { name: 'Data IR 2025', rows, data: true },
      { name: 'Rekap', rows: rekap.map((cells) => ({ kind: 'other', cells })) },
    ],
  };
}

// Rows of one person mostly follow each other; sometimes the second business comes later.
function groupByPerson(list) {
  const byPerson = new Map();
  for (const o of list) {
    if (!byPerson.has(o.person)) byPerson.set(o.person, []);
    byPerson.get(o.person).push(o);
  }
  const out = [];
  for (const group of shuffle([...byPerson.values()])) out.push(...group);
  for (let i = 0; i < out.length; i++) {
    if (i > 0 && out[i].person === out[i - 1].person && chance(0.25)) {
      const [moved] = out.splice(i, 1);
      out.splice(int(i, out.length), 0, moved);
    }
  }
  return out;
}

function odsRow(o, style, NAME, no) {
  const { person: p, business: b, reject, dup } = o;
  const name = reject === 'nameEmpty' ? '' : renderName(p, { ...NAME, upper: style.upper });
  let nik = chance(0.86) || (reject ?? '').startsWith('nik') ? p.nik : '';
  if (nik && !reject && chance(0.03)) nik = nikTypo(nik);
  if ((reject ?? '').startsWith('nik')) nik = nikBroken(p.nik, reject);
  let nikCell = nik;
  if (nik && style.nikNumber && /^\d{16}$/.test(nik)) nikCell = numCell(Number(nik), '0', nik);
  const sex = style.sexLong ? (p.sex === 'P' ? 'Perempuan' : 'Laki-laki') : p.sex;
  let birth = '';
  if (reject === 'birthBad') birth = dateText(impossibleDate(p.birth), 'slash');
  else if (chance(0.9))
    birth = style.dateText ? dateText(p.birth, 'dash') : dateCell(p.birth, dateText(p.birth, 'slash'));
  const hh = p.hh;
  const rt = style.rtText ? pad(hh.rt, 3) : hh.rt;
  const rw = style.rtText ? pad(hh.rw, 3) : hh.rw;
  const kel = reject === 'outside' ? hh.kel : style.kel;
  const kec = reject === 'outside' ? hh.kec.name : kecVariant(hh.kec, { alt: 0.05 });
  const phone = dup || chance(0.12) ? '' : phoneVariant(p.phone, [10, 2, 1, 0, 1, 0]);
  const bizName = b.name ? bizNameVariant(b.name, dup ? 0.5 : 0.06) : chance(0.5) ? b.kind.label : '';
  const produk = b.products.join(', ').toLowerCase();
  let omzet = reportedOmzet(b);
  if (reject === 'omzetNeg') omzet = -omzet;
  if (reject === 'omzetAbsurd') omzet = ABSURD_OMZET;
  const level = style.levelBare ? b.level : `IR ${b.level}`;
  const cells = [
    no,
    name,
    nikCell,
    sex,
    birth,
    streetText(hh.street),
    rt,
    rw,
    kel,
    kec,
    phone,
    bizName,
    produk,
    omzet,
    b.workers,
    level,
    p.krtp ? 'Ya' : 'Tidak',
  ];
  return dataRow(cells, o, name);
}

// ---------------------------------------------------------------------------
// 9.2 Dinas Koperasi (Diskopindag) UMKM list (.xlsx): capital headers, everything about the
// address in one cell, turnover as text, table starting in column B, sections per bidang.
// ---------------------------------------------------------------------------

const SECTOR_WORDS = {
  Kuliner: ['Kuliner', 'Kuliner', 'Makanan & Minuman', 'Mamin', 'KULINER'],
  Fashion: ['Fashion', 'Fashion', 'Busana', 'Konveksi/Fashion', 'FASHION'],
  Kriya: ['Kriya', 'Kriya', 'Kerajinan', 'Kerajinan Tangan', 'KRIYA'],
};

function fullAddress(p, form = int(0, 5)) {
  const hh = p.hh;
  const street = streetText(hh.street);
  const kel = kelVariant(hh.kel, { alt: 0.25 });
  const kec = hh.kec.outside ? hh.kec.name : kecVariant(hh.kec, { alt: 0.06 });
  const city = hh.kec.outside ? hh.kec.outside.city : 'Kota Malang';
  switch (form) {
    case 0:
      return `${street} RT ${pad(hh.rt, 2)} RW ${pad(hh.rw, 2)} Kel. ${kel} Kec. ${kec}`;
    case 1:
      return `${street}, ${pad(hh.rt, 3)}/${pad(hh.rw, 3)}, ${kel}, ${kec}, ${city}`;
    case 2:
      return `${street} ${rtrwText(hh.rt, hh.rw, 1)} ${kel} - ${kec}`;
    case 3:
      return `Kel. ${kel}, Kec. ${kec}, ${street} ${rtrwText(hh.rt, hh.rw, 6)}`;
    case 4:
      return `${street} ${kel} ${hh.kec.outside ? city : 'Malang'}`;
    default:
      return `${kel}, ${street} ${rtrwText(hh.rt, hh.rw, 3)}, ${kec}`;
  }
}

function omzetText(v) {
  const form = weighted([
    [0, 4],
    [1, 3],
    [2, 2],
    [3, 1],
    [4, 1],
    [5, 2],
  ]);
  const neg = v < 0 ? '-' : '';
  const a = Math.abs(v);
  const jt = a / 1_000_000;
  const jtText = String(Number.isInteger(jt) ? jt : Math.round(jt * 10) / 10).replace('.', ',');
  switch (form) {
    case 1:
      return `Rp ${neg}${rupiahDots(a)}`;
    case 2:
      return a >= 1_000_000 && a < 1_000_000_000 ? `${neg}${jtText} jt` : `${neg}${rupiahDots(a)}`;
    case 3:
      return `Rp${neg}${rupiahDots(a)},-`;
    case 4:
      return a >= 1_000_000 && a < 1_000_000_000 ? `± ${neg}${jtText} juta` : `Rp ${neg}${rupiahDots(a)}`;
    case 5:
      return v; // a real number cell
    default:
      return `${neg}${rupiahDots(a)}`;
  }
}

function buildDiskop() {
  const obs = [];
  for (const p of persons) {
    if (!p.offices.has('diskop')) continue;
    for (const b of someBusinesses(p, 0.82)) obs.push({ person: p, business: b });
  }
  for (const o of obs.slice())
    if (chance(0.012)) obs.push({ person: o.person, business: o.business, dup: true });
  const outs = markRejections(
    obs,
    0.028,
    ['nameEmpty', 'nik15', 'nik17', 'nikLetter', 'omzetNeg', 'omzetAbsurd'],
    true,
  );
  insertRandomly(obs, outs);

  const NAME = {
    spelling: 0.03,
    doubled: 0.02,
    typo: 0.02,
    dropMiddle: 0.01,
    initial: 0.02,
    haj: 0.7,
    degree: 0.8,
    upper: 0.65,
    spaces: 0.015,
  };
  const header = list(`
    NO | NAMA PELAKU USAHA | NO. KTP | ALAMAT LENGKAP | BIDANG USAHA | NAMA USAHA/MEREK | PRODUK
    NIB | OMSET (Rp) | TELP/WA | JML TK
  `);
  const rows = [
    skipRow(['DATA PELAKU USAHA MIKRO BINAAN'], { merge: header.length }),
    skipRow(['DINAS KOPERASI, PERINDUSTRIAN DAN PERDAGANGAN KOTA MALANG TAHUN 2025'], {
      merge: header.length,
    }),
    blankRows(1),
    headerRow(header),
  ];
  const sections = [
    ['A', 'KULINER', 'Kuliner'],
    ['B', 'FASHION', 'Fashion'],
    ['C', 'KRIYA / KERAJINAN', 'Kriya'],
  ];
  let total = 0;
  for (const [letter, title, sector] of sections) {
    const list = obs.filter((o) => o.business.kind.sector === sector);
    rows.push(skipRow([`${letter}.`, title]));
    let no = 0;
    for (const o of list) rows.push(diskopRow(o, ++no, NAME));
    rows.push(skipRow(['', `JUMLAH ${title}`, `${list.length} pelaku usaha`]));
    total += list.length;
  }
  rows.push(skipRow(['', 'TOTAL KESELURUHAN', `${total} pelaku usaha`]));
  rows.push(blankRows(1));
  rows.push(
    skipRow(['', 'Catatan: data per 30 Juni 2025, omset per bulan berdasarkan pengakuan pelaku usaha.']),
  );
  rows.push(skipRow(['', '*) NIB sesuai OSS RBA; kosong = belum memiliki NIB']));

  const rekap = [
    ['REKAP PER BIDANG USAHA'],
    ['Bidang', 'Jumlah'],
    ...sections.map(([, title, sector]) => [
      title,
      obs.filter((o) => o.business.kind.sector === sector).length,
    ]),
  ];
  return {
    file: 'Data_UMKM_Binaan_Diskopindag_2025.xlsx',
    source: 'Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang',
    type: 'xlsx',
    sheets: [
      {
        name: 'DATA UMKM',
        rows,
        data: true,
        colOffset: 1, // column A stays empty
        frozen: 4,
        autoFilter: true,
        widths: [3, 5, 30, 22, 55, 16, 28, 30, 16, 16, 18, 8],
      },
      { name: 'Rekap', rows: rekap.map((cells) => ({ kind: 'other', cells })) },
    ],
  };
}

function diskopRow(o, no, NAME) {
  const { person: p, business: b, reject, dup } = o;
  const name = reject === 'nameEmpty' ? '' : renderName(p, NAME);
  let nikCell = '';
  if ((reject ?? '').startsWith('nik')) nikCell = nikBroken(p.nik, reject);
  else if (chance(0.88)) {
    let nik = chance(0.025) ? nikTypo(p.nik) : p.nik;
    const form = weighted([
      ['plain', 6],
      ['spaced', 1.2],
      ['spaced6', 0.6],
      ['dotted', 0.6],
      ['number', 1.6],
      ['dash', 0.3],
    ]);
    if (form === 'number') {
      // typed into Excel as a number: only 15 digits survive, the last becomes 0
      nik = `${nik.slice(0, 15)}0`;
      nikCell = nikValid(nik) ? numCell(Number(nik), '0') : nikFormat(p.nik, 'plain');
    } else if (form === 'dash') nikCell = '-';
    else nikCell = nikFormat(nik, form);
  }
  let omzet = reportedOmzet(b);
  if (reject === 'omzetNeg') omzet = -omzet;
  if (reject === 'omzetAbsurd') omzet = ABSURD_OMZET;
  const sector = pick(SECTOR_WORDS[b.kind.sector]);
  const bizName = b.name ? bizNameVariant(b.name, dup ? 0.6 : 0.08) : chance(0.3) ? b.kind.label : '-';
  let phone = '';
  if (chance(0.85)) {
    const f = weighted([
      ['text', 5],
      ['plus', 2],
      ['number', 1.5],
      ['wa', 0.5],
    ]);
    if (f === 'number')
      phone = Number(p.phone.slice(1)); // the leading 0 eaten by Excel
    else if (f === 'plus') phone = phoneVariant(p.phone, [0, 0, 3, 1, 0, 2]);
    else if (f === 'wa') phone = `${p.phone} (WA)`;
    else phone = phoneVariant(p.phone, [6, 2, 0, 0, 2, 0]);
  }
  const cells = [
    no,
    name,
    nikCell,
    fullAddress(p),
    sector,
    bizName,
    b.products.join(', '),
    b.nib ? (chance(0.8) ? b.nib : numCell(Number(b.nib), '0')) : '',
    omzetText(omzet),
    phone,
    chance(0.9) ? b.workers : '',
  ];
  return dataRow(cells, o, name);
}

// ---------------------------------------------------------------------------
// 9.3 Dinas Kesehatan P-IRT register (.csv, UTF-8 with BOM): one row per product,
// no NIK; sometimes the husband is the applicant for his wife's business.
// ---------------------------------------------------------------------------

const JENIS_PANGAN = {
  '01': 'Hasil olahan daging kering',
  '06': 'Tepung dan hasil olahnya',
  10: 'Kopi, teh, dan minuman serbuk',
  11: 'Bumbu',
  13: 'Minuman serbuk',
  14: 'Hasil olahan buah',
  15: 'Hasil olahan biji-bijian dan umbi',
};

function buildPirt() {
  const obs = [];
  for (const b of businesses) {
    if (!b.pirt) continue;
    const owner = b.owner;
    const ownerIn = owner.offices.has('pirt');
    if (!b.applicant && !ownerIn) continue;
    b.pirt.products.forEach((prod, i) => {
      const person = b.applicant && !(b.applicantMixed && ownerIn && i === 0) ? b.applicant : owner;
      obs.push({ person, business: b, prod });
    });
  }
  const outs = markRejections(obs, 0.02, ['nameEmpty'], true, true);
  for (const o of outs) o.prod = o.business.pirt.products[0];
  obs.push(...outs);
  obs.sort((a, b) => dateKey(a.prod.terbit) - dateKey(b.prod.terbit));

  const NAME = {
    spelling: 0.02,
    typo: 0.02,
    doubled: 0.02,
    initial: 0.01,
    haj: 0.4,
    degree: 0.3,
    prefix: 0.08,
    prefixes: ['Ny. ', 'Ibu '],
  };
  const header = list(`
    No | Nama Pemohon | Alamat Pemohon | Nama Produk | Jenis Pangan | No. P-IRT | Tanggal Terbit
    Masa Berlaku | Nama Usaha
  `);
  const rows = [headerRow(header)];
  for (const [i, o] of obs.entries()) rows.push(pirtRow(o, i + 1, NAME));
  rows.push(blankRows(1));
  rows.push(skipRow([`Jumlah produk terdaftar: ${obs.length}`]));
  rows.push(skipRow(['Sumber: Seksi Kefarmasian, Makanan dan Minuman, Dinas Kesehatan Kota Malang']));
  return {
    file: 'Register_SPP-IRT_Dinkes_Kota_Malang.csv',
    source: 'Dinas Kesehatan Kota Malang (register SPP-IRT)',
    type: 'csv',
    sep: ',',
    encoding: 'utf8-bom',
    width: header.length,
    sheets: [{ rows, data: true }],
  };
}

const dateKey = (d) => d.y * 10000 + d.m * 100 + d.d;

function pirtRow(o, no, NAME) {
  const { person: p, business: b, prod, reject } = o;
  const name = reject === 'nameEmpty' ? '' : renderName(p, NAME);
  const hh = p.hh;
  const kel = kelVariant(hh.kel, { alt: 0.15 });
  const kec = hh.kec.outside ? hh.kec.name : kecVariant(hh.kec, { alt: 0.03 });
  let alamat = `${streetText(hh.street, { jl: 'Jl. ', no: 'No. ' })} RT ${pad(hh.rt, 2)}/RW ${pad(hh.rw, 2)}, Kel. ${kel}, Kec. ${kec}`;
  if (hh.kec.outside) alamat += `, ${hh.kec.outside.city}`;
  else if (chance(0.3)) alamat += ', Kota Malang';
  const numForm = int(0, 5);
  const number =
    numForm === 0
      ? prod.number
      : numForm === 1
        ? `P-IRT No. ${prod.number.slice(0, 13)}-${prod.number.slice(13)}`
        : `${prod.number.slice(0, 13)}-${prod.number.slice(13)}`;
  const dateForm = chance(0.3) ? 'long' : 'dash';
  const until = { ...prod.terbit, y: prod.terbit.y + 5 };
  const bizName = b.name && chance(0.7) ? bizNameVariant(b.name, 0.05) : '';
  const cells = [
    String(no),
    name,
    alamat,
    prod.product,
    JENIS_PANGAN[b.kind.pirt] ?? '',
    number,
    dateText(prod.terbit, dateForm),
    dateText(until, dateForm),
    bizName,
  ];
  return dataRow(cells, o, name);
}

// ---------------------------------------------------------------------------
// 9.4 Kelurahan list (.xlsx) for three kelurahan of one kecamatan, made by hand: typos in the
// header, kelurahan only in section rows, No restarting per section, nicknames, free notes.
// ---------------------------------------------------------------------------

function buildKel(focusKec, focusKels) {
  const NAME = {
    spelling: 0.02,
    doubled: 0.02,
    typo: 0.04,
    dropMiddle: 0.04,
    initial: 0.02,
    haj: 0.5,
    degree: 0.2,
    prefix: 0.06,
    prefixes: ['Bu ', 'Ibu '],
    upper: 0.3,
  };
  const header = list(`
    No | Nama Pemilk | Alamt | Rt/Rw | Nama usaha | jenis Produk | Thn Lahir | no hp | Keterangan
  `);
  const width = header.length;
  const kels = focusKels.slice().sort();
  const rows = [
    skipRow(['DATA INDUSTRI RUMAHAN (IR)'], { merge: width, bold: true }),
    skipRow(
      [`KECAMATAN ${focusKec.name.toUpperCase()} - KEL. ${kels.map((k2) => k2.toUpperCase()).join(', ')}`],
      {
        merge: width,
      },
    ),
    blankRows(1),
    headerRow(header),
  ];
  const allObs = [];
  kels.forEach((kel, si) => {
    const obs = [];
    for (const p of persons) {
      if (p.hh.kel !== kel || !p.offices.has('kel')) continue;
      for (const b of someBusinesses(p, 0.9)) obs.push({ person: p, business: b });
    }
    allObs.push(...obs);
    if (si > 0) rows.push(skipRow(header, { pageBreak: true, bold: true })); // header again on a new page
    rows.push(skipRow([`KEL. ${kel.toUpperCase()}`], { merge: width, bold: true }));
    const list = groupByPerson(obs);
    const first = rows.length;
    for (const [i, o] of list.entries()) rows.push(kelRow(o, i, first, NAME));
    rows.push(skipRow(['', `Total Kel. ${kel}`, `${list.length} IR`], { bold: true }));
    rows.push(blankRows(1));
  });
  markRejections(allObs, 0.015, ['nameEmpty'], false);
  for (const r of rows) if (r.kind === 'data' && r.obs.reject === 'nameEmpty') r.cells[1] = '';
  for (const r of rows) if (r.kind === 'data' && r.obs.reject) r.name = '';
  rows.push(skipRow(['', 'JUMLAH SELURUHNYA', `${allObs.length} IR`], { bold: true }));
  rows.push(blankRows(2));
  rows.push(skipRow(['', 'Mengetahui,', '', '', '', '', 'Malang, 21 Agustus 2025']));
  rows.push(skipRow(['', `Camat ${focusKec.name}`, '', '', '', '', 'Yang mendata,']));
  rows.push(blankRows(3));
  rows.push(skipRow(['', `Drs. ${SIGNERS.camat}, M.Si`, '', '', '', '', SIGNERS.kader]));
  rows.push(skipRow(['', 'NIP. 19700203 199203 1 008', '', '', '', '', 'Kader PKK']));
  return {
    file: `Data_IR_Kel_${kels.map((k) => k.replace(/[^A-Za-z]/g, '')).join('_')}.xlsx`,
    source: `Kelurahan ${kels.join(', ')} (Kec. ${focusKec.name})`,
    type: 'xlsx',
    sheets: [
      { name: 'Sheet1', rows, data: true, widths: [5, 28, 30, 9, 24, 26, 10, 15, 22] },
      { name: 'Sheet2', rows: [] },
      { name: 'Sheet3', rows: [] },
    ],
  };
}

function kelRow(o, i, firstRowIndex, NAME) {
  const { person: p, business: b } = o;
  let name;
  if (chance(0.05)) name = `${p.sex === 'P' ? 'Bu' : 'Pak'} ${nickOf(p.given)}`;
  else name = renderName(p, NAME);
  // the No column: typed 1, then "=A6+1" dragged down
  const rowNo = firstRowIndex + i + 1;
  const noCell = i === 0 ? 1 : formulaCell(`A${rowNo - 1}+1`, i + 1);
  const nameCell = chance(0.03) ? richCell([{ text: name, bold: true }]) : name;
  const hh = p.hh;
  const year = chance(0.45) ? (chance(0.8) ? p.birth.y : String(p.birth.y)) : '';
  let ket = '';
  if (b.since === 2025) ket = 'usaha baru';
  else if (chance(0.04)) ket = 'sudah tidak aktif';
  else if (chance(0.02)) ket = 'pindah';
  else if (b.kind.sector === 'Kuliner' && chance(0.15)) ket = b.pirt ? 'sudah P-IRT' : 'belum punya P-IRT';
  else if (chance(0.05)) ket = pick(['binaan PKK', 'ikut pameran 2024', 'pinjam modal Mekaar', 'janda']);
  const cells = [
    noCell,
    nameCell,
    streetText(hh.street, { jl: pick(['Jl. ', 'Jl ', 'jl. ']) }),
    rtrwText(hh.rt, hh.rw, pick([2, 2, 2, 5, 6])),
    b.name ? bizNameVariant(b.name, 0.1) : '',
    b.products.join(', ').toLowerCase(),
    year,
    chance(0.6) ? phoneVariant(p.phone, [8, 1, 0, 0, 2, 0]) : '',
    ket,
  ];
  return dataRow(cells, o, name);
}

// ---------------------------------------------------------------------------
// 9.5 PNM Mekaar financing list (.xlsx): women in groups (kelompok), NIK as text with the
// apostrophe prefix, birth place and date in one cell, only the kind of business, husband's name.
// ---------------------------------------------------------------------------

// How a field officer writes the kind of business when a bare word would read oddly.
const BANK_PHRASES = {
  jahit: ['jahit', 'penjahit', 'usaha jahit', 'jasa jahit'],
  katering: ['katering', 'catering', 'usaha catering'],
  warung: ['warung', 'warung makan', 'jual nasi'],
  konveksi: ['konveksi', 'usaha konveksi'],
  kerajinan: ['kerajinan', 'kerajinan tangan', 'usaha kerajinan'],
};

const KELOMPOK_NAMES = list(`
  Mawar | Melati | Anggrek | Kenanga | Dahlia | Seruni | Cempaka | Flamboyan | Teratai
`);

function buildBank() {
  const obs = [];
  for (const p of persons) if (p.offices.has('bank')) obs.push({ person: p, business: bankBusiness(p) });
  markRejections(obs, 0.04, ['birthBad', 'nik15', 'nikLetter', 'nikMonth', 'nikDay'], false);

  const NAME = { typo: 0.01, doubled: 0.01, spelling: 0.01, haj: 0, degree: 0.4, upper: 1 };
  const header = list(`
    No | Nama Nasabah | NIK | Tempat/Tgl Lahir | Alamat | Kelurahan | Jenis Usaha | Plafon Pinjaman
    Nama Suami
  `);
  const width = header.length;
  const rows = [
    skipRow(['PT PERMODALAN NASIONAL MADANI (PERSERO)'], { merge: width, bold: true }),
    skipRow(['DAFTAR NASABAH PNM MEKAAR - CABANG MALANG KOTA'], { merge: width, bold: true }),
    skipRow(['Posisi: 30 September 2025'], { merge: width }),
    blankRows(1),
    headerRow(header),
  ];
  // groups of neighbours: one kelurahan, 5 to 20 women each
  const byKel = new Map();
  for (const o of obs) {
    if (!byKel.has(o.person.hh.kel)) byKel.set(o.person.hh.kel, []);
    byKel.get(o.person.hh.kel).push(o);
  }
  let no = 0;
  let plafonTotal = 0;
  const groups = [];
  let gi = 0;
  for (const kel of ALL_KEL) {
    const list = shuffle(byKel.get(kel) ?? []);
    while (list.length) {
      const members = list.splice(0, int(5, 20));
      const gname = `${pick(KELOMPOK_NAMES)} ${pad(++gi, 2)}`;
      const ketua = members[0].person;
      groups.push({ gname, kel, n: members.length, plafon: 0 });
      rows.push(
        skipRow(['', `KELOMPOK ${gname.toUpperCase()} - Kel. ${kel} (Ketua: ${ketua.given.toUpperCase()})`]),
      );
      for (const o of members) {
        const r = bankRow(o, ++no, NAME);
        plafonTotal += r.cells[7];
        groups[groups.length - 1].plafon += r.cells[7];
        rows.push(r);
      }
    }
  }
  rows.push(skipRow(['', 'TOTAL', `${no} nasabah`, '', '', '', '', plafonTotal], { bold: true }));
  const rekap = [
    ['Kelompok', 'Kelurahan', 'Jumlah Nasabah', 'Total Plafon'],
    ...groups.map((g) => [g.gname, g.kel, g.n, g.plafon]),
  ];
  return {
    file: 'Nasabah_Mekaar_Malang_Kota_Sep2025.xlsx',
    source: 'PT PNM (Persero) Mekaar Cabang Malang Kota',
    type: 'xlsx',
    quotePrefixText: true,
    sheets: [
      { name: 'Data Nasabah', rows, data: true, widths: [5, 28, 20, 26, 34, 16, 16, 16, 24] },
      { name: 'Rekap Kelompok', rows: rekap.map((cells) => ({ kind: 'other', cells })) },
    ],
  };
}

function bankRow(o, no, NAME) {
  const { person: p, business: b, reject } = o;
  const name = renderName(p, NAME);
  let nik = p.nik;
  if ((reject ?? '').startsWith('nik')) nik = nikBroken(p.nik, reject);
  else if (chance(0.01)) nik = nikTypo(nik);
  if (chance(0.06))
    nik = `'${nik}`; // the apostrophe itself pasted in
  else if (chance(0.03)) nik = `${nik} `;
  const nikCell = { t: 'text', v: nik };
  const birth = reject === 'birthBad' ? impossibleDate(p.birth) : p.birth;
  const place = p.birthPlace === 'Malang' && chance(0.1) ? 'Kab. Malang' : p.birthPlace;
  const ttlForm = int(0, 4);
  let ttl;
  if (ttlForm === 0) ttl = `${place}, ${dateText(birth, 'long')}`;
  else if (ttlForm === 1) ttl = `${place} ${dateText(birth, 'slash')}`;
  else ttl = `${place}, ${dateText(birth, 'dash')}`;
  if (chance(0.5)) ttl = ttl.toUpperCase();
  const hh = p.hh;
  const alamat = `${streetText(hh.street).toUpperCase()} ${rtrwText(hh.rt, hh.rw, pick([0, 1, 4]))}`;
  const word = b.kind.bank;
  const jenis = pick(
    BANK_PHRASES[word] ??
      (b.kind.sector === 'Kuliner'
        ? [word, word, `jual ${word}`, `usaha ${word}`, `produksi ${word}`]
        : [word, word, `usaha ${word}`, `pengrajin ${word}`]),
  );
  const amount = (b.level === 1 ? pick([2, 3, 4, 5]) : pick([4, 5, 6, 8, 10])) * 1_000_000;
  let suami = '';
  if (p.spouse) suami = p.spouse.given.toUpperCase();
  else if (p.husbandName) suami = `${p.husbandDeceased ? 'ALM. ' : ''}${p.husbandName.toUpperCase()}`;
  else suami = '-';
  const cells = [
    no,
    name,
    nikCell,
    ttl,
    alamat,
    kelVariant(hh.kel, { alt: 0.1, upper: 0.8 }),
    chance(0.5) ? jenis.toUpperCase() : jenis,
    amount,
    suami,
  ];
  return dataRow(cells, o, name);
}

// ---------------------------------------------------------------------------
// 9.6 The 2024 survey of three kecamatan (.csv exported by an Indonesian-locale Excel:
// semicolons, Windows-1252, dotted thousands, curly apostrophes, two staff files pasted together).
// ---------------------------------------------------------------------------

function buildS24(s24Kecs) {
  const NAME = {
    spelling: 0.04,
    doubled: 0.02,
    typo: 0.03,
    dropMiddle: 0.03,
    initial: 0.02,
    swap: 0.01,
    haj: 0.5,
    degree: 0.4,
    upper: 0.5,
    apostrophe: '\u2019',
  };
  const header = list(`
    NO | NAMA | NIK | TGL LAHIR | UMUR | ALAMAT | KELURAHAN | KECAMATAN | JENIS USAHA | NAMA USAHA
    OMZET PER BULAN | TENAGA KERJA | KRTP
  `);
  const kecNames = s24Kecs.map((kc) => kc.name.toUpperCase());
  const rows = [
    skipRow(['PENDATAAN INDUSTRI RUMAHAN TAHUN 2024']),
    skipRow([`KECAMATAN ${kecNames.slice(0, -1).join(', ')} DAN ${kecNames[kecNames.length - 1]}`]),
    blankRows(1),
    headerRow(header),
  ];
  const allObs = [];
  for (const kec of s24Kecs) {
    const obs = [];
    for (const p of persons) {
      if (p.hh.kec !== kec || !p.offices.has('s24')) continue;
      for (const b of someBusinesses(p, 0.85, (x) => x.since <= 2024)) obs.push({ person: p, business: b });
    }
    allObs.push(obs);
  }
  const flat = allObs.flat();
  const outs = markRejections(flat, 0.03, ['nikDay', 'omzetNeg', 'nameEmpty', 'nik17', 'birthBad'], true);
  // outsiders land in the first block
  insertRandomly(allObs[0], outs);

  s24Kecs.forEach((kec, ki) => {
    if (ki > 0) rows.push(skipRow(header)); // second staff file pasted under the first, header and all
    rows.push(skipRow([`KECAMATAN ${kec.name.toUpperCase()}`]));
    const byKel = kec.kelurahan.flatMap((kel) =>
      groupByPerson(allObs[ki].filter((o) => o.person.hh.kel === kel)),
    );
    const extra = allObs[ki].filter((o) => o.reject === 'outside');
    for (const o of extra) byKel.splice(int(0, byKel.length), 0, o);
    for (const [i, o] of byKel.entries()) rows.push(s24Row(o, i + 1, NAME));
    rows.push(
      skipRow([
        '',
        `JUMLAH KEC. ${kec.name.toUpperCase()}`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        String(byKel.length),
      ]),
    );
    rows.push(blankRows(1));
  });
  rows.push(skipRow(['', 'Sumber: PLKB/PKB Kecamatan, diolah Bidang PP DP3AP2KB']));
  return {
    file: 'pendataan_ir_2024_3kec.csv',
    source: 'DP3AP2KB Kota Malang (pendataan IR 2024, tiga kecamatan)',
    type: 'csv',
    sep: ';',
    encoding: 'win1252',
    width: header.length,
    sheets: [{ rows, data: true }],
  };
}

function s24Row(o, no, NAME) {
  const { person: p, business: b, reject } = o;
  const name = reject === 'nameEmpty' ? '' : renderName(p, NAME);
  let nik = '';
  if ((reject ?? '').startsWith('nik')) nik = nikBroken(p.nik, reject);
  else if (chance(0.8)) {
    nik = p.nik;
    const r = rand();
    if (r < 0.03) {
      const cut = `${nik.slice(0, 15)}0`; // Excel kept 15 digits
      if (nikValid(cut)) nik = cut;
    } else if (r < 0.05) nik = nikTypo(nik);
  }
  const birth = reject === 'birthBad' ? impossibleDate(p.birth) : p.birth;
  const tgl = reject === 'birthBad' || chance(0.9) ? dateText(birth, chance(0.8) ? 'slash' : 'dash') : '';
  const age = 2024 - p.birth.y - (p.birth.m > 6 ? 1 : 0);
  const hh = p.hh;
  const alamat = `${streetText(hh.street)} ${chance(0.3) ? `RT ${pad(hh.rt, 2)} \u2013 RW ${pad(hh.rw, 2)}` : rtrwText(hh.rt, hh.rw, pick([0, 1, 3]))}`;
  const kel = kelVariant(hh.kel, { alt: 0.2, upper: 0.4, typoRate: 0.02 });
  const kec = hh.kec.outside ? hh.kec.name.toUpperCase() : kecVariant(hh.kec, { alt: 0.05, upper: 0.5 });
  let omzet = reportedOmzet(b, 0.85);
  if (reject === 'omzetNeg') omzet = -omzet;
  const omzetStr = weighted([
    [rupiahDots(Math.abs(omzet)).replace(/^/, omzet < 0 ? '-' : ''), 5],
    [String(omzet), 3],
    [`Rp. ${omzet < 0 ? '-' : ''}${rupiahDots(Math.abs(omzet))},-`, 1],
  ]);
  let jenis = chance(0.5) ? b.kind.label.toUpperCase() : b.products[0].toLowerCase();
  if (b.products.length > 1 && chance(0.08)) jenis = b.products.join('; ').toLowerCase(); // quoted by Excel
  let bizName = b.name ? bizNameVariant(b.name, 0.08) : '';
  if (bizName && chance(0.04)) bizName = `"${bizName}"`; // typed in quotes
  const cells = [
    String(no),
    name,
    nik,
    tgl,
    chance(0.7) ? String(age) : `${age} th`,
    alamat,
    kel,
    kec,
    jenis,
    bizName,
    omzetStr,
    chance(0.8) ? String(Math.max(b.workers - int(0, 1), 0)) : `${b.workers} org`,
    p.krtp ? 'V' : '',
  ];
  return dataRow(cells, o, name);
}

// ===========================================================================
// 10. Writers
// ===========================================================================

// ---- 10.1 OpenDocument spreadsheet (jszip)

function xmlEscape(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// ODF text: runs of spaces are <text:s text:c="n"/>, as LibreOffice writes them.
function odfText(s) {
  return xmlEscape(s)
    .replace(/^ /, '<text:s/>')
    .replace(/ {2,}/g, (m) => ` <text:s text:c="${m.length - 1}"/>`);
}

function odsCell(c) {
  const attrs = (a) =>
    Object.entries(a)
      .map(([k2, v]) => ` ${k2}="${v}"`)
      .join('');
  const paras = (text) =>
    String(text)
      .split('\n')
      .map((line) => `<text:p>${odfText(line)}</text:p>`)
      .join('');
  if (typeof c === 'number')
    return `<table:table-cell${attrs({ 'office:value-type': 'float', 'office:value': c })}>${paras(c)}</table:table-cell>`;
  if (typeof c === 'string')
    return `<table:table-cell office:value-type="string">${paras(c)}</table:table-cell>`;
  if (c.t === 'date') {
    const iso = `${c.d.y}-${pad(c.d.m, 2)}-${pad(c.d.d, 2)}`;
    return `<table:table-cell table:style-name="ceDate" office:value-type="date" office:date-value="${iso}">${paras(c.text)}</table:table-cell>`;
  }
  if (c.t === 'num') {
    return `<table:table-cell table:style-name="ceInt" office:value-type="float" office:value="${c.v}">${paras(c.text ?? c.v)}</table:table-cell>`;
  }
  return `<table:table-cell office:value-type="string">${paras(cellText(c))}</table:table-cell>`;
}

function odsRowXml(r, width) {
  if (r.kind === 'blank') {
    const w = r.width ?? width;
    const rep = (r.repeat ?? 1) > 1 ? ` table:number-rows-repeated="${r.repeat}"` : '';
    return `<table:table-row${rep}><table:table-cell table:number-columns-repeated="${w}"/></table:table-row>`;
  }
  let xml = '<table:table-row>';
  if (r.merge) {
    xml += odsCell(r.cells[0]).replace(
      '<table:table-cell',
      `<table:table-cell table:style-name="ceTitle" table:number-columns-spanned="${r.merge}" table:number-rows-spanned="1"`,
    );
    xml += `<table:covered-table-cell table:number-columns-repeated="${r.merge - 1}"/>`;
    const rest = width - r.merge;
    if (rest > 0) xml += `<table:table-cell table:number-columns-repeated="${rest}"/>`;
    return `${xml}</table:table-row>`;
  }
  let empties = 0;
  const flush = () => {
    if (empties === 1) xml += '<table:table-cell/>';
    else if (empties > 1) xml += `<table:table-cell table:number-columns-repeated="${empties}"/>`;
    empties = 0;
  };
  for (let i = 0; i < width; i++) {
    const c = r.cells[i];
    if (c === undefined || c === null || c === '') empties++;
    else {
      flush();
      xml += odsCell(c);
    }
  }
  flush();
  return `${xml}</table:table-row>`;
}

async function writeOds(filePath, book) {
  const NS = [
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"',
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"',
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"',
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"',
    'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"',
    'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"',
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"',
    'xmlns:dc="http://purl.org/dc/elements/1.1/"',
  ].join(' ');
  const autoStyles = [
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text>',
    '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>',
    '<number:number-style style:name="N1"><number:number number:decimal-places="0" number:min-integer-digits="1"/></number:number-style>',
    '<style:style style:name="ceDate" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N37"/>',
    '<style:style style:name="ceInt" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>',
    '<style:style style:name="ceTitle" style:family="table-cell" style:parent-style-name="Default">',
    '<style:text-properties fo:font-weight="bold"/></style:style>',
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.8cm"/></style:style>',
  ].join('');
  const tables = book.sheets
    .map((sheet) => {
      const width = sheet.data ? book.width : Math.max(1, ...sheet.rows.map((r) => r.cells.length));
      const body = sheet.rows.map((r) => odsRowXml(r, width)).join('\n');
      return `<table:table table:name="${xmlEscape(sheet.name)}"><table:table-column table:style-name="co1" table:number-columns-repeated="${width}" table:default-cell-style-name="Default"/>\n${body}\n</table:table>`;
    })
    .join('\n');
  const content = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content ${NS} office:version="1.3"><office:automatic-styles>${autoStyles}</office:automatic-styles><office:body><office:spreadsheet>\n${tables}\n</office:spreadsheet></office:body></office:document-content>\n`;
  const styles = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles ${NS} office:version="1.3"><office:styles><style:style style:name="Default" style:family="table-cell"/></office:styles></office:document-styles>\n`;
  const meta = `<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta ${NS} office:version="1.3"><office:meta><meta:generator>pilar-fourth-set</meta:generator><dc:title>Pendataan IR 2025</dc:title><meta:creation-date>2025-10-14T09:00:00</meta:creation-date></office:meta></office:document-meta>\n`;
  const manifest = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">',
    '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>',
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
    '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>',
    '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>',
    '</manifest:manifest>',
    '',
  ].join('\n');
  const zip = new JSZip();
  const opts = { date: FIXED_DATE, createFolders: false };
  // the mimetype entry comes first and is stored uncompressed, as ODF requires
  zip.file('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', { ...opts, compression: 'STORE' });
  zip.file('META-INF/manifest.xml', manifest, opts);
  zip.file('content.xml', content, opts);
  zip.file('styles.xml', styles, opts);
  zip.file('meta.xml', meta, opts);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  writeFileSync(filePath, buf);
}

// ---- 10.2 xlsx (exceljs), re-zipped with fixed timestamps so a seed gives the same bytes

async function writeXlsx(filePath, book) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Operator';
  wb.lastModifiedBy = 'Operator';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  for (const sheet of book.sheets) {
    const views = sheet.frozen ? [{ state: 'frozen', ySplit: sheet.frozen, xSplit: 0 }] : [];
    const ws = wb.addWorksheet(sheet.name, { views });
    const off = sheet.colOffset ?? 0;
    (sheet.widths ?? []).forEach((w, i) => {
      ws.getColumn(i + 1).width = w;
    });
    let rowNo = 0;
    let width = 1;
    for (const r of sheet.rows) {
      rowNo++;
      if (r.kind === 'blank') {
        rowNo += (r.repeat ?? 1) - 1;
        continue;
      }
      width = Math.max(width, r.cells.length);
      const row = ws.getRow(rowNo);
      r.cells.forEach((c, i) => {
        if (c === undefined || c === null || c === '') return;
        const cell = row.getCell(i + 1 + off);
        if (typeof c === 'string' || typeof c === 'number') cell.value = c;
        else if (c.t === 'num') {
          cell.value = c.v;
          if (c.fmt) cell.numFmt = c.fmt;
        } else if (c.t === 'text') {
          cell.value = c.v;
          cell.numFmt = '@';
        } else if (c.t === 'formula') cell.value = { formula: c.formula, result: c.result };
        else if (c.t === 'rich')
          cell.value = { richText: c.parts.map((p) => ({ text: p.text, font: { bold: !!p.bold } })) };
        else if (c.t === 'date') cell.value = new Date(Date.UTC(c.d.y, c.d.m - 1, c.d.d));
        if (r.bold || r.kind === 'header') cell.font = { bold: true };
      });
      if (r.merge) ws.mergeCells(rowNo, 1 + off, rowNo, r.merge + off);
      if (r.pageBreak) ws.getRow(rowNo - 1).addPageBreak();
    }
    if (sheet.autoFilter) {
      const hdr = sheet.rows.find((r) => r.kind === 'header');
      ws.autoFilter = {
        from: { row: hdr.rowNo, column: 1 + off },
        to: { row: hdr.rowNo, column: hdr.cells.length + off },
      };
    }
  }
  const raw = await wb.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(raw);
  const out = new JSZip();
  for (const name of Object.keys(src.files)) {
    const entry = src.files[name];
    if (entry.dir) continue;
    let data = await entry.async('nodebuffer');
    if (book.quotePrefixText && name === 'xl/styles.xml') {
      // text typed with a leading apostrophe: Excel marks the style quotePrefix="1"
      data = Buffer.from(
        data.toString('utf8').replace(/<xf numFmtId="49"/g, '<xf quotePrefix="1" numFmtId="49"'),
      );
    }
    out.file(name, data, { date: FIXED_DATE, createFolders: false });
  }
  writeFileSync(filePath, await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}

// ---- 10.3 CSV

function csvField(s, sep) {
  const v = cellText(s);
  return v.includes(sep) || v.includes('"') || v.includes('\n') ? `"${v.replace(/"/g, '""')}"` : v;
}

function writeCsv(filePath, book) {
  const lines = [];
  for (const r of book.sheets[0].rows) {
    for (let i = 0; i < (r.repeat ?? 1); i++) {
      const cells = [];
      for (let j = 0; j < book.width; j++) cells.push(csvField(r.cells[j] ?? '', book.sep));
      // Excel pads every line to the table's width; our P-IRT export writes blank lines as empty
      lines.push(r.kind === 'blank' && book.sep === ',' ? '' : cells.join(book.sep));
    }
  }
  const text = `${lines.join('\r\n')}\r\n`;
  const buf =
    book.encoding === 'win1252'
      ? iconv.encode(text, 'win1252')
      : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  writeFileSync(filePath, buf);
}

// ===========================================================================
// 11. Main: build, write, truth, manifest, summary
// ===========================================================================

async function main() {
  const [seedArg, outDir] = process.argv.slice(2);
  if (seedArg === undefined || !outDir) {
    console.error('usage: node bench/linkage/fourth-set.mjs <seed> <outdir>');
    process.exit(2);
  }
  rand = mulberry32(fnv1a(`pilar-fourth-set:${seedArg}`));
  mkdirSync(outDir, { recursive: true });

  const { focusKec, focusKels } = makePopulation();
  const s24Kecs = shuffle(KECAMATAN.slice()).slice(0, 3);
  planOffices(focusKels, s24Kecs);

  const builders = {
    pirt: () => buildPirt(),
    kel: () => buildKel(focusKec, focusKels),
    ods: () => buildOds(),
    bank: () => buildBank(),
    diskop: () => buildDiskop(),
    s24: () => buildS24(s24Kecs),
  };
  const books = OFFICE_ORDER.map((office) => ({ office, ...builders[office]() }));

  const truth = ['file,sheet_row,person_key,business_key,expected'];
  const trace = [];
  const perFile = [];
  const filesOf = new Map(); // person key -> set of files
  let husbandRows = 0;
  for (const book of books) {
    for (const sheet of book.sheets) numberRows(sheet.rows);
    const sheet = book.sheets.find((s) => s.data);
    if (book.type === 'ods') await writeOds(path.join(outDir, book.file), book);
    else if (book.type === 'xlsx') await writeXlsx(path.join(outDir, book.file), book);
    else writeCsv(path.join(outDir, book.file), book);
    const count = { ok: 0, rejected: 0, skip: 0 };
    for (const r of sheet.rows) {
      if (r.kind === 'skip') {
        truth.push(`${book.file},${r.rowNo},,,skip`);
        count.skip++;
      } else if (r.kind === 'data') {
        const expected = r.obs.reject ? 'rejected' : 'ok';
        truth.push(`${book.file},${r.rowNo},${r.obs.person.key},${r.obs.business.key},${expected}`);
        trace.push({ file: book.file, row: r.rowNo, name: r.name, expected, reject: r.obs.reject ?? null });
        count[expected]++;
        if (r.obs.person.role === 'applicant') husbandRows++;
        if (!filesOf.has(r.obs.person.key)) filesOf.set(r.obs.person.key, new Set());
        filesOf.get(r.obs.person.key).add(book.file);
      }
    }
    perFile.push({ file: book.file, ...count });
  }
  writeFileSync(path.join(outDir, 'truth.csv'), `${truth.join('\n')}\n`);
  writeFileSync(
    path.join(outDir, 'manifest.json'),
    `${JSON.stringify({ files: books.map((b) => ({ file: b.file, source: b.source })) }, null, 2)}\n`,
  );
  if (process.env.FOURTH_SET_TRACE) writeFileSync(process.env.FOURTH_SET_TRACE, JSON.stringify(trace));

  // --- summary
  const women = persons.filter((p) => p.sex === 'P').length;
  const owners = persons.filter((p) => p.businesses.length > 0);
  const nFiles = [0, 0, 0, 0, 0, 0, 0];
  for (const p of persons) nFiles[filesOf.get(p.key)?.size ?? 0]++;
  console.log(`fourth set, seed ${seedArg} -> ${outDir}`);
  console.log(`  ${'file'.padEnd(50)}    ok  rejected  skip`);
  let tot = 0;
  for (const f of perFile) {
    console.log(
      `  ${f.file.padEnd(50)} ${String(f.ok).padStart(5)} ${String(f.rejected).padStart(9)} ${String(f.skip).padStart(5)}`,
    );
    tot += f.ok + f.rejected;
  }
  console.log(`  data rows: ${tot} (${perFile.reduce((s, f) => s + f.rejected, 0)} rejected)`);
  console.log(
    `  persons: ${persons.length} (women ${women}, KRTP ${persons.filter((p) => p.krtp).length}), plus ${outsiders.length} outsiders on rejected rows`,
  );
  console.log(
    `  businesses: ${businesses.length} (owners with 1: ${owners.filter((p) => p.businesses.length === 1).length}, 2: ${owners.filter((p) => p.businesses.length === 2).length}, 3: ${owners.filter((p) => p.businesses.length === 3).length}; with P-IRT ${businesses.filter((b) => b.pirt).length}, with NIB ${businesses.filter((b) => b.nib).length})`,
  );
  console.log(`  persons by number of files: ${nFiles.map((n, i) => `${i}: ${n}`).join(', ')}`);
  console.log(
    `  look-alikes: mother/daughter ${looks.motherDaughter} (daughter carries mother's name ${looks.daughterCarriesName}, shared phone ${looks.sharedPhone}), sisters ${looks.sisters}, couples ${looks.couples} (husband files wife's P-IRT: ${looks.husbandOnPirt} businesses, ${husbandRows} rows), namesakes other kelurahan ${looks.namesakesOther}, same kelurahan ${looks.namesakesSame}, one brand for two businesses ${looks.sameBrandTwice}`,
  );
  console.log(
    `  kelurahan file: ${focusKels.join(', ')} (Kec. ${focusKec.name}); 2024 survey: ${s24Kecs.map((k2) => k2.name).join(', ')}`,
  );
}

await main();
