#!/usr/bin/env node
// Third benchmark set for the Pilar linkage import: office spreadsheets written independently of the import's
// own generators, so the import is tested on layouts and spellings its rules were never tuned on.
//
//   node bench/linkage/third-set.mjs <seed> <outdir>
//
// Writes 5 office files (4 .xlsx, 1 .csv in Windows-1252 with ';' and CRLF), truth.csv and manifest.json.
// Deterministic from <seed>. Set THIRD_SET_DEBUG=<path> to also write a JSON list of the owner name rendered in
// every data row (used only to check the truth row numbers).
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import JSZip from 'jszip';

// ---------------------------------------------------------------------------------------------------------
// PRNG and helpers
// ---------------------------------------------------------------------------------------------------------
const [seedArg, outDir] = process.argv.slice(2);
if (seedArg === undefined || outDir === undefined) {
  console.error('usage: node bench/linkage/third-set.mjs <seed> <outdir>');
  process.exit(2);
}

function hashString(s) {
  let h = 2166136261 >>> 0;
  for (const ch of String(s)) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
}
function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const R = mulberry32(hashString(`pilar-third-set:${seedArg}`));
const int = (a, b) => a + Math.floor(R() * (b - a + 1));
const chance = (p) => R() < p;
const pick = (arr) => arr[Math.floor(R() * arr.length)];
function wpick(pairs) {
  let total = 0;
  for (const [, w] of pairs) total += w;
  let x = R() * total;
  for (const [v, w] of pairs) {
    x -= w;
    if (x < 0) return v;
  }
  return pairs[pairs.length - 1][0];
}
function shuffle(arr) {
  for (let i = arr.length - 1; i > 0; i--) {
    const j = Math.floor(R() * (i + 1));
    [arr[i], arr[j]] = [arr[j], arr[i]];
  }
  return arr;
}
const pad = (n, w) => String(n).padStart(w, '0');
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
const dots = (n) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

const stats = new Map();
const stat = (name, n = 1) => stats.set(name, (stats.get(name) ?? 0) + n);

// ---------------------------------------------------------------------------------------------------------
// Areas. NIK prefixes are the kecamatan codes of Kota Malang (Kemendagri): Blimbing 01, Klojen 02,
// Kedungkandang 03, Sukun 04, Lowokwaru 05.
// ---------------------------------------------------------------------------------------------------------
const KECAMATAN = [
  {
    name: 'Kedungkandang',
    code: '357303',
    pop: 209,
    kel: [
      'Sawojajar',
      'Madyopuro',
      'Lesanpuro',
      'Kedungkandang',
      'Buring',
      'Bumiayu',
      'Mergosono',
      'Kotalama',
      'Wonokoyo',
      'Tlogowaru',
      'Arjowinangun',
      'Cemorokandang',
    ],
    streets: [
      'Danau Toba',
      'Danau Kerinci',
      'Danau Maninjau',
      'Ki Ageng Gribig',
      'Raya Madyopuro',
      'Ranu Grati',
      'Muharto',
      'Kolonel Sugiono',
      'Raya Tlogowaru',
      'Raya Buring',
      'Raya Lesanpuro',
      'Mayjen Sungkono',
      'Ranugrati',
      'Sekar Putih',
      'Raya Cemorokandang',
      'Kebalen Wetan',
    ],
  },
  {
    name: 'Sukun',
    code: '357304',
    pop: 197,
    kel: [
      'Sukun',
      'Pisang Candi',
      'Bandungrejosari',
      'Ciptomulyo',
      'Gadang',
      'Kebonsari',
      'Bandulan',
      'Tanjungrejo',
      'Bakalankrajan',
      'Mulyorejo',
      'Karang Besuki',
    ],
    streets: [
      'Raya Sukun',
      'Keben',
      'Gadang',
      'Raya Bandulan',
      'Kebonsari',
      'Mergan Lori',
      'Janti Barat',
      'Satsui Tubun',
      'Pisang Kipas',
      'S. Supriadi',
      'Tanjung Putra',
      'Raya Mulyorejo',
      'Kepuh',
      'Klayatan',
      'Bakalan',
      'Sudanco Supriadi',
    ],
  },
  {
    name: 'Klojen',
    code: '357302',
    pop: 94,
    kel: [
      'Klojen',
      'Rampal Celaket',
      'Samaan',
      'Kidul Dalem',
      'Sukoharjo',
      'Kasin',
      'Kauman',
      'Oro-oro Dowo',
      'Bareng',
      'Gadingkasri',
      'Penanggungan',
    ],
    streets: [
      'Kawi',
      'Bareng Tenes',
      'Kahuripan',
      'Kauman',
      'Arjuno',
      'Semeru',
      'Brigjen Slamet Riadi',
      'Bandung',
      'Penanggungan',
      'Kasin',
      'Kidul Dalem',
      'Jaksa Agung Suprapto',
      'Gading',
      'Terusan Samaan',
      'Kelud',
    ],
  },
  {
    name: 'Blimbing',
    code: '357301',
    pop: 183,
    kel: [
      'Blimbing',
      'Jodipan',
      'Polehan',
      'Kesatrian',
      'Bunulrejo',
      'Arjosari',
      'Balearjosari',
      'Polowijen',
      'Purwodadi',
      'Pandanwangi',
      'Purwantoro',
    ],
    streets: [
      'Raya Sanan',
      'Ciliwung',
      'Teluk Mandar',
      'Laksda Adi Sucipto',
      'Polowijen',
      'Plaosan',
      'Tenaga',
      'Indragiri',
      'Hamid Rusdi',
      'Sulfat',
      'Raya Balearjosari',
      'Teluk Grajakan',
      'Cakalang',
      'Mauni',
      'Sanan',
    ],
  },
  {
    name: 'Lowokwaru',
    code: '357305',
    pop: 164,
    kel: [
      'Lowokwaru',
      'Jatimulyo',
      'Tunjungsekar',
      'Tasikmadu',
      'Tunggulwulung',
      'Merjosari',
      'Dinoyo',
      'Sumbersari',
      'Ketawanggede',
      'Tlogomas',
      'Tulusrejo',
      'Mojolangu',
    ],
    streets: [
      'Candi Panggung',
      'Ikan Tombro',
      'Simpang Gajayana',
      'Raya Tlogomas',
      'Sunan Kalijaga',
      'MT Haryono',
      'Saxophone',
      'Bunga Kenanga',
      'Sudimoro',
      'Joyo Agung',
      'Joyo Tamansari',
      'Tunggulwulung',
      'Akordion',
      'Terusan Batubara',
      'Sigura-gura',
      'Kendalsari',
    ],
  },
];
const KEL_TO_KEC = new Map();
KECAMATAN.forEach((k, i) => {
  for (const kel of k.kel) KEL_TO_KEC.set(kel, i);
});
// Spelling variants of kelurahan names that any reader would accept (spacing, hyphens).
const KEL_SPELLINGS = {
  'Pisang Candi': ['Pisangcandi'],
  'Karang Besuki': ['Karangbesuki'],
  'Rampal Celaket': ['Rampalcelaket'],
  'Kidul Dalem': ['Kiduldalem'],
  'Oro-oro Dowo': ['Oro Oro Dowo', 'Oro-Oro Dowo'],
  Tunjungsekar: ['Tunjung Sekar'],
  Bandungrejosari: ['Bandung Rejosari'],
  Tlogomas: ['Tlogo Mas'],
  Pandanwangi: ['Pandan Wangi'],
  Kedungkandang: ['Kedung Kandang'],
  Ketawanggede: ['Ketawang Gede'],
  Tunggulwulung: ['Tunggul Wulung'],
  Bakalankrajan: ['Bakalan Krajan'],
};
function kelVariant(kel) {
  const alts = KEL_SPELLINGS[kel];
  if (alts && chance(0.3)) {
    stat('area: kelurahan spelling variant');
    return pick(alts);
  }
  return kel;
}
function kecVariant(kec) {
  if (kec === 'Kedungkandang' && chance(0.3)) return 'Kedung Kandang';
  return kec;
}
const OUTSIDE = [
  { kel: 'Desa Pakis', kec: 'Kec. Pakis, Kab. Malang', street: 'Raya Pakis' },
  { kel: 'Desa Ngijo', kec: 'Kec. Karangploso, Kab. Malang', street: 'Raya Ngijo' },
  { kel: 'Kel. Sisir', kec: 'Kec. Batu, Kota Batu', street: 'Diponegoro' },
  { kel: 'Kel. Sidoarjo', kec: 'Kec. Sidoarjo, Kab. Sidoarjo', street: 'Raya Gajah Mada' },
  { kel: 'Desa Landungsari', kec: 'Kec. Dau, Kab. Malang', street: 'Raya Landungsari' },
  { kel: 'Desa Pandanrejo', kec: 'Kec. Bumiaji, Kota Batu', street: 'Raya Pandanrejo' },
];

// ---------------------------------------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------------------------------------
const W_FIRST = [
  'Siti',
  'Sri',
  'Endang',
  'Lilik',
  'Tutik',
  'Yuli',
  'Ani',
  'Dewi',
  'Nur',
  'Anik',
  'Umi',
  'Eni',
  'Yayuk',
  'Ninik',
  'Wiwik',
  'Titik',
  'Rini',
  'Tri',
  'Dwi',
  'Eka',
  'Retno',
  'Ratna',
  'Puji',
  'Rina',
  'Dian',
  'Novi',
  'Lina',
  'Yeni',
  'Fitri',
  'Heni',
  'Ida',
  'Erna',
  'Indah',
  'Ika',
  'Nanik',
  'Binti',
  'Khoirul',
  'Luluk',
  'Mamik',
  'Suci',
  'Diah',
  'Rita',
  'Sulis',
  'Atik',
  'Susi',
  'Yuni',
  'Asih',
  'Tatik',
  'Evi',
  'Lia',
  'Nining',
  'Ulfa',
  'Ainun',
  'Lailatul',
  'Fatma',
  'Lilis',
  'Yanti',
  'Emy',
  'Rohmah',
  'Kiki',
  'Cicik',
  'Juwita',
];
const W_MIDDLE = [
  'Nur',
  'Dwi',
  'Tri',
  'Sri',
  'Ayu',
  'Dewi',
  'Eka',
  'Nurul',
  'Indah',
  'Puspita',
  'Wahyu',
  'Rahma',
  'Kurnia',
  'Endah',
  'Yuliana',
  'Retno',
  'Tutut',
  'Lailatul',
];
const W_LAST = [
  'Rahayu',
  'Wahyuni',
  'Sulistyowati',
  'Hidayah',
  'Ummah',
  'Mudjiati',
  'Aminah',
  'Fatimah',
  'Khasanah',
  'Suprihatin',
  'Suharti',
  'Astutik',
  'Purwanti',
  'Handayani',
  'Setyowati',
  'Rahmawati',
  'Lestari',
  'Wulandari',
  'Susanti',
  'Kurniawati',
  'Yuliani',
  'Ningsih',
  'Suryani',
  'Mulyani',
  'Sumarni',
  'Kustiyah',
  'Mariyam',
  'Jumiati',
  'Juwariyah',
  'Cahyani',
  'Cholifah',
  'Zubaidah',
  'Maimunah',
  'Rofiah',
  'Masruroh',
  "Mu'arofah",
  "Ma'rufah",
  "Sa'adah",
  'Nurhayati',
  'Indrawati',
  'Supriyati',
  'Sunarsih',
  'Winarti',
  'Widayati',
  'Yulianingsih',
  'Anggraini',
  'Oktaviani',
  'Damayanti',
  'Puspitasari',
  'Pratiwi',
  'Safitri',
  'Fauziah',
  'Musyarofah',
  'Umaroh',
  'Jamilah',
  'Mukaromah',
  'Hartatik',
  'Kasiyati',
  'Sumiati',
  'Ngatini',
  'Sukesi',
  'Prihatin',
  'Mujayanah',
  'Sholihah',
  'Ernawati',
  'Hariyati',
  'Kusumawati',
  'Novitasari',
  'Agustina',
  'Rosidah',
  'Muslimah',
  'Chusnul',
  'Qomariyah',
  'Halimah',
  'Badriyah',
  'Sundari',
  'Sugiarti',
  'Triwahyuni',
  'Yuniarti',
  'Paramita',
  'Mardiyah',
  'Khoiriyah',
  'Zulaikah',
  'Latifah',
  'Munawaroh',
  'Soleha',
  'Kholilah',
  'Arifah',
];
const W_SINGLE = [
  'Suprihatin',
  'Sulastri',
  'Tukini',
  'Ngatini',
  'Paini',
  'Sumiati',
  'Poniyem',
  'Kasiyati',
  'Suwarni',
  'Sumarni',
  'Juwariyah',
  'Sukesi',
  'Ngatemi',
  'Painah',
  'Suyati',
  'Sainem',
  'Tumini',
  'Karsini',
  'Musrifah',
  'Maisaroh',
  'Rukmini',
  'Sutinah',
  'Juminten',
  'Kasmirah',
  'Supini',
  'Suliyah',
  'Tuminah',
  'Jumaiyah',
  'Suparti',
  'Katmi',
  'Sriatun',
  'Sukarni',
];
const M_FIRST = [
  'Bambang',
  'Agus',
  'Budi',
  'Joko',
  'Heru',
  'Eko',
  'Hadi',
  'Sugeng',
  'Ahmad',
  'Muhammad',
  'Imam',
  'Didik',
  'Hari',
  'Rudi',
  'Wahyu',
  'Yusuf',
  'Mochammad',
  'Dedy',
  'Arif',
  'Teguh',
  'Nur',
  'Totok',
  'Gatot',
];
const M_LAST = [
  'Supriyadi',
  'Santoso',
  'Susanto',
  'Prasetyo',
  'Wibowo',
  'Hariyanto',
  'Sugianto',
  'Hidayat',
  'Fauzi',
  'Arifin',
  'Setiawan',
  'Kurniawan',
  'Nurcahyo',
  'Purnomo',
  'Widodo',
  'Sutrisno',
  'Cahyono',
  'Junaedi',
  'Mashudi',
  'Rofiq',
  'Subagyo',
  'Suwandi',
];
const M_SINGLE = [
  'Slamet',
  'Sugeng',
  'Paimin',
  'Suparman',
  'Kasiman',
  'Sutikno',
  'Ngadiman',
  'Tukiran',
  'Poniran',
  'Suwito',
];
const DROPPABLE_FIRST = new Set(['Siti', 'Sri', 'Nur', 'Dwi', 'Tri', 'Eka', 'Umi', 'Binti']);
// Same common name held by two different women (created as pairs).
const COMMON_NAMES = [
  ['Sri', 'Wahyuni'],
  ['Siti', 'Khotimah'],
  ['Siti', 'Maryam'],
  ['Sri', 'Lestari'],
  ['Siti', 'Nurjanah'],
  ['Endang', 'Susilowati'],
  ['Sri', 'Mulyani'],
  ['Siti', 'Rohmah'],
  ['Dewi', 'Susanti'],
  ['Yuli', 'Astuti'],
  ['Sri', 'Handayani'],
  ['Siti', 'Masitoh'],
  ['Anik', 'Setyowati'],
  ['Siti', 'Romlah'],
  ['Sri', 'Hartini'],
  ['Siti', 'Zulaikha'],
  ['Nur', 'Aini'],
  ['Sri', 'Sumarsih'],
  ['Siti', 'Solikhah'],
  ['Umi', 'Hanik'],
  ['Tri', 'Rahayu'],
  ['Siti', 'Muntamah'],
  ['Sri', 'Wiyati'],
  ['Siti', 'Aisyah'],
];
// Mother / daughter pairs at one address with similar names.
const MOTHER_DAUGHTER = [
  [
    ['Sri', 'Rahayu'],
    ['Sri', 'Rahayuningsih'],
  ],
  [
    ['Siti', 'Aminah'],
    ['Siti', 'Aminatun'],
  ],
  [
    ['Endang', 'Sulistyowati'],
    ['Endang', 'Sulistyaningsih'],
  ],
  [
    ['Lilik', 'Suharti'],
    ['Lilik', 'Suhartini'],
  ],
  [
    ['Siti', 'Fatimah'],
    ['Siti', 'Fatimatuz', 'Zahro'],
  ],
  [
    ['Umi', 'Kulsum'],
    ['Umi', 'Kulsumah'],
  ],
  [
    ['Yayuk', 'Sriwahyuni'],
    ['Yayuk', 'Wahyuningsih'],
  ],
  [
    ['Ninik', 'Purwanti'],
    ['Nining', 'Purwaningsih'],
  ],
  [['Sumiatun'], ['Sumiati', 'Ningrum']],
  [
    ['Endang', 'Lestari'],
    ['Endah', 'Lestari'],
  ],
  [
    ['Dewi', 'Sartika'],
    ['Dewi', 'Sartikasari'],
  ],
  [
    ['Nur', 'Hidayah'],
    ['Nur', 'Hidayati'],
  ],
  [
    ['Anik', 'Mudjiati'],
    ['Anik', 'Mujiasih'],
  ],
  [
    ['Wiwik', 'Setyowati'],
    ['Wiwin', 'Setyaningrum'],
  ],
  [
    ['Sri', 'Utami'],
    ['Sri', 'Utaminingsih'],
  ],
  [
    ['Siti', 'Khotijah'],
    ['Siti', 'Khoiriyah', 'Putri'],
  ],
  [['Rukmini'], ['Rukmi', 'Andayani']],
  [
    ['Tri', 'Wahyuni'],
    ['Tri', 'Wahyuningtyas'],
  ],
  [['Kasiyati'], ['Kasiyanti']],
  [
    ['Siti', 'Maisaroh'],
    ['Siti', 'Masruroh', 'Nabila'],
  ],
  [
    ['Eni', 'Suryani'],
    ['Eni', 'Suryaningsih'],
  ],
  [
    ['Puji', 'Astutik'],
    ['Puji', 'Astuti', 'Rahayu'],
  ],
  [
    ['Lilis', 'Suryani'],
    ['Lilis', 'Suryana'],
  ],
  [
    ['Tutik', 'Handayani'],
    ['Tutut', 'Handayanti'],
  ],
];

// Old spellings (EYD before 1972): u->oe, j->dj, c->tj, y->j, kh->ch, final ik->iek.
function oldSpelling(token, all) {
  const rules = [
    [/([bcdfghjklmnprstwy])u/i, '$1oe'],
    [/^J|j/, (m) => (m === 'J' ? 'Dj' : 'dj')],
    [/^C|c/, (m) => (m === 'C' ? 'Tj' : 'tj')],
    [/y([aiueo])/, 'j$1'],
    [/^Y/, 'J'],
    [/^Kh|kh/, (m) => (m === 'Kh' ? 'Ch' : 'ch')],
    [/ik$/, 'iek'],
  ];
  let out = token;
  const order = all ? rules : shuffle([...rules]);
  for (const [re, rep] of order) {
    if (re.test(out)) {
      out = out.replace(re, rep);
      if (!all) break;
    }
  }
  return out;
}
const normTok = (t) =>
  t
    .toLowerCase()
    .replace(/oe/g, 'u')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/ch/g, 'kh')
    .replace(/iek$/, 'ik')
    .replace(/[^a-z]/g, '');
const nameKey = (tokens) => tokens.map(normTok).join(' ');
function variantKeys(tokens) {
  const keys = [nameKey(tokens), nameKey([...tokens].sort())];
  if (tokens.length === 3) keys.push(nameKey([tokens[0], tokens[2]]), nameKey([tokens[0], tokens[1]]));
  if (tokens.length === 2 && DROPPABLE_FIRST.has(tokens[0])) keys.push(nameKey([tokens[1]]));
  if (tokens.length === 1) keys.push(nameKey(tokens));
  return keys;
}
const nameRegistry = new Map();
function registerName(tokens, pk) {
  const keys = variantKeys(tokens);
  if (keys.some((k) => nameRegistry.has(k) && nameRegistry.get(k) !== pk)) return false;
  for (const k of keys) nameRegistry.set(k, pk);
  // a single-token name also blocks the "drop first" form of two-token names ending with it
  return true;
}

// ---------------------------------------------------------------------------------------------------------
// Business categories
// ---------------------------------------------------------------------------------------------------------
const CATS = [
  {
    id: 'kertempe',
    label: 'Keripik Tempe',
    food: true,
    pirt: true,
    ft: '09',
    kop: 'Makanan Ringan',
    w: 8,
    wm: 2,
    sentra: 'Purwantoro',
    kel: ['Keripik tempe', 'Produksi keripik tempe', 'Kripik tempe'],
    products: [
      'Keripik Tempe Original',
      'Keripik Tempe Pedas',
      'Keripik Tempe Balado',
      'Keripik Tempe Daun Jeruk',
      'Keripik Tempe Rumput Laut',
    ],
    suffix: ['Snack', 'Food', 'Crispy'],
  },
  {
    id: 'kersing',
    label: 'Keripik Singkong',
    food: true,
    pirt: true,
    ft: '09',
    kop: 'Makanan Ringan',
    w: 4,
    wm: 1,
    kel: ['Keripik singkong', 'Keripik singkong & pisang'],
    products: [
      'Keripik Singkong Balado',
      'Keripik Singkong Original',
      'Keripik Pisang Coklat',
      'Keripik Pisang Manis',
    ],
    suffix: ['Snack', 'Food'],
  },
  {
    id: 'pecel',
    label: 'Sambal Pecel',
    food: true,
    pirt: true,
    ft: '11',
    kop: 'Makanan Olahan',
    w: 6,
    wm: 0,
    kel: ['Sambal pecel', 'Bumbu pecel'],
    products: ['Sambal Pecel Pedas', 'Sambal Pecel Sedang', 'Bumbu Pecel Manis', 'Sambal Pecel Kencur'],
    suffix: ['Food', 'Kitchen'],
  },
  {
    id: 'kuker',
    label: 'Kue Kering',
    food: true,
    pirt: true,
    ft: '05',
    kop: 'Makanan Ringan',
    w: 8,
    wm: 0,
    kel: ['Kue kering', 'Pembuat kue kering', 'Kue lebaran'],
    products: ['Nastar', 'Kastengel', 'Putri Salju', 'Kue Kacang', 'Lidah Kucing', 'Kue Semprit'],
    suffix: ['Cookies', 'Bakery', 'Cake & Cookies'],
  },
  {
    id: 'bakpia',
    label: 'Bakpia',
    food: true,
    pirt: true,
    ft: '05',
    kop: 'Makanan Olahan',
    w: 3,
    wm: 0,
    kel: ['Bakpia'],
    products: ['Bakpia Kacang Hijau', 'Bakpia Coklat', 'Bakpia Keju', 'Bakpia Ubi Ungu'],
    suffix: ['Bakery', 'Food'],
  },
  {
    id: 'jamu',
    label: 'Jamu',
    food: true,
    pirt: true,
    ft: '12',
    kop: 'Minuman',
    w: 5,
    wm: 0,
    kel: ['Jamu gendong', 'Jamu', 'Jamu tradisional'],
    products: [
      'Jamu Kunyit Asam',
      'Jamu Beras Kencur',
      'Serbuk Jahe Merah',
      'Wedang Uwuh',
      'Serbuk Temulawak',
    ],
    suffix: ['Herbal', 'Jamu'],
  },
  {
    id: 'kerupuk',
    label: 'Kerupuk',
    food: true,
    pirt: true,
    ft: '09',
    kop: 'Makanan Ringan',
    w: 5,
    wm: 2,
    kel: ['Kerupuk', 'Krupuk'],
    products: ['Kerupuk Udang', 'Kerupuk Bawang', 'Kerupuk Puli', 'Kerupuk Ikan'],
    suffix: ['Snack', 'Food'],
  },
  {
    id: 'tahu',
    label: 'Tahu',
    food: true,
    pirt: false,
    ft: '10',
    kop: 'Makanan Olahan',
    w: 3,
    wm: 3,
    kel: ['Tahu', 'Pembuat tahu'],
    products: ['Tahu Putih', 'Tahu Kuning', 'Tahu Bakso'],
    suffix: ['Food'],
  },
  {
    id: 'tempe',
    label: 'Tempe',
    food: true,
    pirt: false,
    ft: '10',
    kop: 'Makanan Olahan',
    w: 4,
    wm: 4,
    sentra: 'Purwantoro',
    kel: ['Tempe', 'Perajin tempe'],
    products: ['Tempe Bungkus Daun', 'Tempe Plastik'],
    suffix: ['Food'],
  },
  {
    id: 'apel',
    label: 'Sari Apel',
    food: true,
    pirt: true,
    ft: '12',
    kop: 'Minuman',
    w: 3,
    wm: 1,
    kel: ['Sari apel', 'Olahan apel'],
    products: ['Sari Apel', 'Sirup Apel', 'Jenang Apel', 'Keripik Apel'],
    suffix: ['Food', 'Drink'],
  },
  {
    id: 'dodol',
    label: 'Dodol',
    food: true,
    pirt: true,
    ft: '08',
    kop: 'Makanan Olahan',
    w: 2,
    wm: 0,
    kel: ['Dodol'],
    products: ['Dodol Apel', 'Dodol Nangka', 'Dodol Ketan'],
    suffix: ['Food'],
  },
  {
    id: 'rengginang',
    label: 'Rengginang',
    food: true,
    pirt: true,
    ft: '09',
    kop: 'Makanan Ringan',
    w: 3,
    wm: 0,
    kel: ['Rengginang', 'Renginang'],
    products: ['Rengginang Terasi', 'Rengginang Original', 'Rengginang Bawang'],
    suffix: ['Snack'],
  },
  {
    id: 'frozen',
    label: 'Frozen Food',
    food: true,
    pirt: true,
    ft: '14',
    kop: 'Makanan Olahan',
    w: 4,
    wm: 0,
    kel: ['Frozen food', 'Makanan beku'],
    products: ['Nugget Ayam', 'Dimsum Ayam', 'Risoles Beku', 'Pentol Frozen'],
    suffix: ['Frozen', 'Kitchen', 'Food'],
  },
  {
    id: 'catering',
    label: 'Catering',
    food: true,
    pirt: false,
    ft: '15',
    kop: 'Kuliner',
    w: 5,
    wm: 0,
    kel: ['Catering', 'Katering', 'Nasi kotak'],
    products: ['Nasi Kotak', 'Tumpeng', 'Snack Box'],
    suffix: ['Catering', 'Kitchen'],
  },
  {
    id: 'kuebasah',
    label: 'Kue Basah',
    food: true,
    pirt: false,
    ft: '05',
    kop: 'Kuliner',
    w: 4,
    wm: 0,
    kel: ['Kue basah', 'Jajan pasar'],
    products: ['Lemper', 'Kue Lumpur', 'Nagasari', 'Dadar Gulung'],
    suffix: ['Cake', 'Kitchen'],
  },
  {
    id: 'roti',
    label: 'Roti',
    food: true,
    pirt: true,
    ft: '05',
    kop: 'Makanan Olahan',
    w: 3,
    wm: 1,
    kel: ['Roti & brownies', 'Roti'],
    products: ['Brownies Kukus', 'Roti Manis', 'Bolu Pandan', 'Roti Sobek'],
    suffix: ['Bakery', 'Cake'],
  },
  {
    id: 'marning',
    label: 'Marning Jagung',
    food: true,
    pirt: true,
    ft: '09',
    kop: 'Makanan Ringan',
    w: 2,
    wm: 1,
    sentra: 'Pandanwangi',
    kel: ['Marning jagung', 'Marning'],
    products: ['Marning Jagung Pedas', 'Marning Jagung Original', 'Marning Jagung Manis'],
    suffix: ['Snack'],
  },
  {
    id: 'kopi',
    label: 'Kopi Bubuk',
    food: true,
    pirt: true,
    ft: '13',
    kop: 'Minuman',
    w: 2,
    wm: 2,
    kel: ['Kopi bubuk'],
    products: ['Kopi Bubuk Robusta', 'Kopi Jahe', 'Kopi Arabika Bubuk'],
    suffix: ['Coffee', 'Café'],
  },
  {
    id: 'abon',
    label: 'Abon',
    food: true,
    pirt: true,
    ft: '14',
    kop: 'Makanan Olahan',
    w: 1,
    wm: 0,
    kel: ['Abon'],
    products: ['Abon Ayam', 'Abon Lele', 'Abon Sapi'],
    suffix: ['Food'],
  },
  {
    id: 'batik',
    label: 'Batik Tulis',
    food: false,
    kop: 'Kerajinan',
    w: 3,
    wm: 1,
    kel: ['Batik tulis', 'Membatik'],
    products: ['Kain Batik Tulis', 'Kemeja Batik', 'Selendang Batik'],
    suffix: ['Batik', 'Collection'],
  },
  {
    id: 'bordir',
    label: 'Bordir',
    food: false,
    kop: 'Fashion',
    w: 2,
    wm: 0,
    kel: ['Bordir', 'Bordir & jahit'],
    products: ['Mukena Bordir', 'Kerudung Bordir', 'Taplak Bordir'],
    suffix: ['Collection', 'Fashion'],
  },
  {
    id: 'anyaman',
    label: 'Tas Anyaman',
    food: false,
    kop: 'Kerajinan',
    w: 2,
    wm: 0,
    kel: ['Tas anyaman', 'Anyaman'],
    products: ['Tas Anyaman Plastik', 'Tas Rajut', 'Dompet Anyaman'],
    suffix: ['Craft', 'Handmade'],
  },
  {
    id: 'keset',
    label: 'Keset',
    food: false,
    kop: 'Kerajinan',
    w: 2,
    wm: 0,
    kel: ['Keset', 'Keset kain perca'],
    products: ['Keset Kain Perca', 'Keset Rajut'],
    suffix: ['Craft'],
  },
  {
    id: 'jahit',
    label: 'Jahit',
    food: false,
    kop: 'Fashion',
    w: 6,
    wm: 1,
    kel: ['Jahit', 'Penjahit', 'Konveksi'],
    products: ['Seragam Sekolah', 'Gamis', 'Jahit Pakaian', 'Kaos Sablon'],
    suffix: ['Tailor', 'Collection'],
    alias: 'Konveksi',
  },
  {
    id: 'rotan',
    label: 'Kerajinan Rotan',
    food: false,
    kop: 'Kerajinan',
    w: 2,
    wm: 4,
    sentra: 'Balearjosari',
    kel: ['Rotan', 'Kerajinan rotan'],
    products: ['Kursi Rotan', 'Keranjang Rotan', 'Parsel Rotan'],
    suffix: ['Craft', 'Furniture'],
  },
  {
    id: 'keramik',
    label: 'Keramik',
    food: false,
    kop: 'Kerajinan',
    w: 2,
    wm: 3,
    sentra: 'Dinoyo',
    kel: ['Keramik', 'Gerabah'],
    products: ['Vas Keramik', 'Guci Keramik', 'Suvenir Keramik'],
    suffix: ['Art', 'Craft'],
  },
  {
    id: 'mebel',
    label: 'Mebel',
    food: false,
    kop: 'Kerajinan',
    w: 1,
    wm: 5,
    kel: ['Mebel', 'Kerajinan kayu'],
    products: ['Kursi Kayu', 'Lemari', 'Meja'],
    suffix: ['Furniture', 'Jati'],
  },
  {
    id: 'suvenir',
    label: 'Souvenir Flanel',
    food: false,
    kop: 'Kerajinan',
    w: 2,
    wm: 0,
    kel: ['Souvenir flanel', 'Kerajinan flanel'],
    products: ['Gantungan Kunci Flanel', 'Bros Flanel', 'Bunga Flanel'],
    suffix: ['Craft', 'Handmade'],
  },
  {
    id: 'raket',
    label: 'Raket',
    food: false,
    kop: 'Kerajinan',
    w: 0.3,
    wm: 2,
    sentra: 'Bandungrejosari',
    kel: ['Raket', 'Senar raket'],
    products: ['Raket Badminton', 'Senar Raket'],
    suffix: ['Sport'],
  },
];
const CAT = Object.fromEntries(CATS.map((c) => [c.id, c]));
const RELATED = {
  kertempe: 'tempe',
  tempe: 'kertempe',
  tahu: 'tempe',
  kuker: 'kuebasah',
  kuebasah: 'catering',
  catering: 'kuebasah',
  jahit: 'bordir',
  bordir: 'jahit',
  rotan: 'mebel',
  mebel: 'rotan',
  kersing: 'kertempe',
  kerupuk: 'rengginang',
};
const UD_BRANDS = [
  'Sumber Rejeki',
  'Barokah',
  'Sido Makmur',
  'Berkah Jaya',
  'Maju Lancar',
  'Sumber Makmur',
  'Rizki Abadi',
  'Tiga Putri',
  'Dua Saudara',
  'Sinar Jaya',
  'Karya Mandiri',
  'Sri Rejeki',
  'Mekar Sari',
  'Harapan Baru',
  'Al Barokah',
  'Rejeki Lancar',
  'Sumber Urip',
  'Tunas Harapan',
  'Mitra Usaha',
  'Sido Rukun',
  'Anugerah',
  'Putra Tunggal',
  'Sekar Wangi',
  'Bina Karya',
];
const FLOWERS = [
  'Mawar',
  'Melati',
  'Anggrek',
  'Kenanga',
  'Cempaka',
  'Sekar Arum',
  'Sedap Malam',
  'Arumdalu',
  'Teratai',
  'Dahlia',
  'Srikandi',
  'Kartika',
  'Ayu',
  'Kemuning',
  'Tanjung',
  'Flamboyan',
  'Wijaya Kusuma',
];
const BRAND_WORDS = [
  'Lestari',
  'Berkah',
  'Aisyah',
  'Zahra',
  'Nabila',
  'Salsa',
  'Kinanti',
  'Sekar',
  'Dinda',
  'Arumi',
  'Citra',
  'Putri',
  'Laras',
  'Mentari',
  'Nayla',
  'Hana',
  'Alfira',
  'Kirana',
  "D'Kriuk",
  "Mbok'e",
  'Rasa Sayang',
  'Nusantara',
  'Jenggolo',
  'Arema',
  'Ngalam',
  'Tugu',
  'Kayutangan',
  'Rumah Kita',
  'Annisa',
  'Shafa',
  'Hasna',
];
const DAPUR = ['Dapur', 'Pawon', 'Rumah', 'Griya'];
const DAPUR_WHO = ['Bunda', 'Mama', 'Mbak', 'Bu', 'Umi', 'Mbok'];

// ---------------------------------------------------------------------------------------------------------
// The world: persons
// ---------------------------------------------------------------------------------------------------------
const persons = [];
const nikSet = new Set();
const phoneSet = new Set();
const MOBILE = [
  '812',
  '813',
  '821',
  '822',
  '852',
  '853',
  '811',
  '857',
  '856',
  '878',
  '877',
  '838',
  '895',
  '896',
  '882',
  '815',
  '817',
  '819',
  '831',
  '858',
];
function newPhone() {
  for (;;) {
    const s = pick(MOBILE) + digits(int(7, 9));
    if (!phoneSet.has(s)) {
      phoneSet.add(s);
      return s; // without the leading 0
    }
  }
}
function daysIn(y, m) {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}
function randDate(y0, y1) {
  const y = int(y0, y1);
  const m = int(1, 12);
  return { y, m, d: int(1, daysIn(y, m)) };
}
function makeNik(code, b, sex) {
  for (;;) {
    const serial = wpick([
      [int(1, 99), 3],
      [int(100, 400), 4],
      [int(401, 999), 2],
    ]);
    const nik =
      code + pad(b.d + (sex === 'F' ? 40 : 0), 2) + pad(b.m, 2) + pad(b.y % 100, 2) + pad(serial, 4);
    if (!nikSet.has(nik)) {
      nikSet.add(nik);
      return nik;
    }
  }
}
function nikValid(n, sex) {
  if (!/^\d{16}$/.test(n)) return false;
  const day = Number(n.slice(6, 8)) - (sex === 'F' ? 40 : 0);
  const m = Number(n.slice(8, 10));
  const yy = Number(n.slice(10, 12));
  const serial = Number(n.slice(12));
  if (!(yy >= 40 || yy <= 6)) return false;
  const y = yy >= 40 ? 1900 + yy : 2000 + yy;
  return m >= 1 && m <= 12 && day >= 1 && day <= daysIn(y, m) && serial >= 1;
}
const PLACES = [
  'Malang',
  'Malang',
  'Malang',
  'Malang',
  'Malang',
  'Malang',
  'Blitar',
  'Kediri',
  'Pasuruan',
  'Lumajang',
  'Tulungagung',
  'Surabaya',
  'Probolinggo',
  'Jombang',
  'Mojokerto',
  'Banyuwangi',
  'Jember',
];
const GANGS = [
  '1',
  '2',
  '3',
  '4',
  '5',
  'II',
  'III',
  'IV',
  'VI',
  '2A',
  '3B',
  'Mawar',
  'Melati',
  'Buntu',
  'Masjid',
];

function chooseKecIdx() {
  return wpick(KECAMATAN.map((k, i) => [i, k.pop]));
}
function newAddress(kecIdx, kel) {
  const k = KECAMATAN[kecIdx];
  return {
    kecIdx,
    kel: kel ?? pick(k.kel),
    street: pick(k.streets),
    gang: chance(0.4) ? pick(GANGS) : null,
    no: chance(0.12) ? `${int(1, 60)}${pick(['A', 'B', 'C'])}` : String(int(1, 150)),
    rt: int(1, 12),
    rw: int(1, 15),
  };
}
let personSeq = 0;
function newPerson({ sex, tokens, birth, addr, household = null, role = 'single' }) {
  personSeq++;
  const key = `P${pad(personSeq, 4)}`;
  const p = { key, sex, tokens, birth, addr, household, role, oldTokens: null };
  const old = birth.y < 1978;
  if (sex === 'F') {
    p.pre = old && chance(0.14) ? (chance(0.15) ? 'Dra.' : 'Hj.') : null;
    p.suf = chance(0.1)
      ? wpick([
          ['S.Pd.', 4],
          ['SE', 3],
          ['S.Pd.I', 1],
          ['Amd.', 1],
          ['S.Sos', 1],
        ])
      : null;
  } else {
    p.pre =
      old && chance(0.2)
        ? wpick([
            ['H.', 4],
            ['Ir.', 1],
          ])
        : null;
    p.suf = chance(0.08)
      ? wpick([
          ['ST', 2],
          ['SE', 2],
          ['S.Pd.', 1],
        ])
      : null;
  }
  if (p.pre || p.suf) stat('person: has a title/degree');
  p.birthPlace = pick(PLACES);
  const nikKec = chance(0.85) ? addr.kecIdx : int(0, 4);
  p.nik = makeNik(KECAMATAN[nikKec].code, birth, sex);
  p.nikShy = chance(0.04); // never gives her NIK to any office
  p.phone = chance(0.88) ? newPhone() : null;
  p.phone2026 = p.phone && chance(0.06) ? newPhone() : null;
  p.krtp = sex === 'F' && role !== 'wife' && chance(0.45);
  p.moved2026 = null;
  p.businesses = [];
  persons.push(p);
  return p;
}
// Name-derived fields, once the tokens are known. allowOld: the KTP may carry the pre-1972 spelling.
function setupName(p, allowOld) {
  const t = p.tokens;
  const hasOld = t.some((x) => oldSpelling(x, true) !== x);
  if (allowOld && hasOld && chance(0.12)) {
    p.oldTokens = t.map((x) => oldSpelling(x, true));
    stat('person: official name in old spelling');
  }
  if (t.length > 1 && DROPPABLE_FIRST.has(t[0])) p.call = chance(t[0] === 'Sri' ? 0.25 : 0.7) ? t[1] : t[0];
  else p.call = t[0];
}
function drawWoman() {
  const r = R();
  let t;
  if (r < 0.12) t = [pick(W_SINGLE)];
  else if (r < 0.75) t = [pick(W_FIRST), pick(W_LAST)];
  else t = [pick(W_FIRST), pick(W_MIDDLE), pick(W_LAST)];
  return new Set(t.map(normTok)).size === t.length ? t : null;
}
function drawMan() {
  const t = chance(0.18) ? [pick(M_SINGLE)] : [pick(M_FIRST), pick(M_LAST)];
  return new Set(t).size === t.length ? t : null;
}
function uniqueName(draw, pk) {
  for (;;) {
    const t = draw();
    if (t && registerName(t, pk)) return t;
  }
}
const womanBirth = () => {
  const b = randDate(1956, 2002);
  return b;
};

// 1. same-name pairs (different kelurahan, then same kelurahan)
const N_SAMENAME_DIFF = 14;
const N_SAMENAME_SAME = 8;
const commonNames = shuffle([...COMMON_NAMES]).slice(0, N_SAMENAME_DIFF + N_SAMENAME_SAME);
const sameNamePairs = [];
commonNames.forEach((tokens, i) => {
  const sameKel = i >= N_SAMENAME_DIFF;
  const a1 = newAddress(chooseKecIdx());
  let a2;
  if (sameKel) {
    a2 = newAddress(a1.kecIdx, a1.kel);
    while (a2.street === a1.street && a2.rt === a1.rt) a2 = newAddress(a1.kecIdx, a1.kel);
  } else {
    do a2 = newAddress(chooseKecIdx());
    while (a2.kel === a1.kel);
  }
  const pA = newPerson({ sex: 'F', tokens: [...tokens], birth: womanBirth(), addr: a1, role: 'samename' });
  registerName(tokens, pA.key);
  let b2 = womanBirth();
  while (b2.y === pA.birth.y) b2 = womanBirth();
  const pB = newPerson({ sex: 'F', tokens: [...tokens], birth: b2, addr: a2, role: 'samename' });
  setupName(pA, false);
  setupName(pB, false);
  sameNamePairs.push({ a: pA, b: pB, sameKel });
});

// 2. mother/daughter households and spouses
const N_MOTHER = 18;
const N_SPOUSES = 22;
const households = [];
for (const [mt, dt] of shuffle([...MOTHER_DAUGHTER]).slice(0, N_MOTHER)) {
  const h = `H${pad(households.length + 1, 3)}`;
  const addr = newAddress(chooseKecIdx());
  const mb = randDate(1948, 1966);
  const db = randDate(mb.y + 20, Math.min(mb.y + 34, 2002));
  const m = newPerson({ sex: 'F', tokens: [...mt], birth: mb, addr, household: h, role: 'mother' });
  registerName(mt, m.key);
  const d = newPerson({ sex: 'F', tokens: [...dt], birth: db, addr, household: h, role: 'daughter' });
  registerName(dt, d.key);
  setupName(m, true);
  setupName(d, false);
  // the mother often gives her daughter's mobile number
  if (d.phone && chance(0.3)) {
    m.sharedPhone = d.phone;
    stat('household: mother listed with daughter phone (kelurahan list)');
  }
  households.push({ id: h, kind: 'mother-daughter', a: m, b: d });
}
for (let i = 0; i < N_SPOUSES; i++) {
  const h = `H${pad(households.length + 1, 3)}`;
  const addr = newAddress(chooseKecIdx());
  const hb = randDate(1955, 1995);
  const wb = randDate(Math.max(hb.y - 2, 1956), Math.min(hb.y + 8, 2000));
  const husband = newPerson({ sex: 'M', tokens: [], birth: hb, addr, household: h, role: 'husband' });
  husband.tokens = uniqueName(drawMan, husband.key);
  setupName(husband, true);
  const wife = newPerson({ sex: 'F', tokens: [], birth: wb, addr, household: h, role: 'wife' });
  wife.tokens = uniqueName(drawWoman, wife.key);
  setupName(wife, true);
  if (husband.phone && chance(0.3)) {
    wife.sharedPhone = husband.phone;
    stat('household: wife listed with husband phone (cooperative list)');
  }
  households.push({ id: h, kind: 'spouses', a: wife, b: husband });
}

// 3. everyone else; the category of the first business is drawn first so sentra kelurahan get their share
const N_PERSONS = 700;
const N_OTHER_MEN = 46;
const pendingFirstCat = new Map();
while (persons.length < N_PERSONS) {
  const sex = persons.length < N_PERSONS - N_OTHER_MEN ? 'F' : 'M';
  const cat = wpick(CATS.map((c) => [c, sex === 'F' ? c.w : c.wm]));
  let addr;
  if (cat.sentra && chance(0.4)) addr = newAddress(KEL_TO_KEC.get(cat.sentra), cat.sentra);
  else addr = newAddress(chooseKecIdx());
  const birth = sex === 'F' ? womanBirth() : randDate(1955, 1998);
  const p = newPerson({ sex, tokens: [], birth, addr });
  p.tokens = uniqueName(sex === 'F' ? drawWoman : drawMan, p.key);
  setupName(p, true);
  pendingFirstCat.set(p.key, cat);
}
// moved house between the 2025 and 2026 surveys
for (const p of persons) {
  if (chance(0.04)) {
    let a;
    do a = newAddress(chooseKecIdx());
    while (a.kel === p.addr.kel);
    p.moved2026 = a;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Businesses
// ---------------------------------------------------------------------------------------------------------
const businesses = [];
let bizSeq = 0;
const pirtSerials = new Set();
function newBusiness(owner, cat) {
  bizSeq++;
  const b = { key: `B${pad(bizSeq, 4)}`, owner, cat };
  const forms = [
    ['prodBu', 34],
    ['ud', 12],
    ['dapur', cat.food ? 10 : 4],
    ['flower', 11],
    ['place', 6],
    ['prod', 8],
    ['brand', 16],
  ];
  b.form = wpick(forms);
  b.honor = owner.sex === 'F' ? 'Bu' : 'Pak';
  if (b.form === 'ud') b.brand = pick(UD_BRANDS);
  if (b.form === 'flower') b.brand = pick(FLOWERS);
  if (b.form === 'brand') {
    b.brand = pick(BRAND_WORDS);
    b.suffix = pick(cat.suffix);
  }
  if (b.form === 'dapur') {
    b.dapur = cat.food ? pick(DAPUR) : pick(['Griya', 'Rumah']);
    b.who = owner.sex === 'F' ? pick(DAPUR_WHO) : 'Pak';
  }
  b.label = cat.alias && chance(0.4) ? cat.alias : cat.label;
  const nProd = wpick([
    [1, 45],
    [2, 30],
    [3, 17],
    [4, 8],
  ]);
  b.products = shuffle([...cat.products]).slice(0, Math.min(nProd, cat.products.length));
  // monthly turnover, log-normal around 2.5 juta
  const z = (R() + R() + R() + R() - 2) * 1.7;
  b.omzet = Math.min(40e6, Math.max(300e3, Math.round((2.5e6 * Math.exp(z * 0.75)) / 50e3) * 50e3));
  b.workers = wpick([
    [1, 35],
    [2, 30],
    [3, 18],
    [4, 10],
    [5, 4],
    [int(6, 12), 3],
  ]);
  b.nib = chance(0.16) ? `${int(1, 9)}${digits(12)}` : null;
  b.level = wpick([
    [1, 72],
    [2, 22],
    [3, 6],
  ]);
  b.level2026 = b.level < 3 && chance(0.2) ? b.level + 1 : b.level;
  b.pirt = cat.food && cat.pirt;
  if (b.pirt) {
    let s;
    do s = int(1, 2999);
    while (pirtSerials.has(s));
    pirtSerials.add(s);
    b.pirtSerial = s;
  }
  owner.businesses.push(b);
  businesses.push(b);
  return b;
}
function otherCat(owner, sexWeights) {
  const used = new Set(owner.businesses.map((b) => b.cat.id));
  for (;;) {
    const c = wpick(CATS.map((x) => [x, sexWeights === 'F' ? x.w : x.wm]));
    if (!used.has(c.id)) return c;
  }
}
const womanCat = () => wpick(CATS.map((c) => [c, c.w]));
for (const p of persons) {
  let first = pendingFirstCat.get(p.key);
  if (!first) first = p.sex === 'F' ? womanCat() : wpick(CATS.map((c) => [c, c.wm]));
  newBusiness(p, first);
}
// household partners: often the same or a related trade at the same address
for (const h of households) {
  const [a, b] = [h.a, h.b];
  if (chance(0.5)) {
    const related = RELATED[a.businesses[0].cat.id];
    const cat =
      h.kind === 'mother-daughter' ? a.businesses[0].cat : related ? CAT[related] : a.businesses[0].cat;
    b.businesses.length = 0;
    businesses.splice(
      businesses.findIndex((x) => x.owner === b),
      1,
    );
    newBusiness(b, cat);
    stat(`household: ${h.kind} pair in same/related trade`);
  }
}
// owners with 2 or 3 businesses
for (const p of persons) {
  const r = R();
  const extra = p.sex === 'M' ? (r < 0.08 ? 1 : 0) : r < 0.15 ? 1 : r < 0.21 ? 2 : 0;
  for (let i = 0; i < extra; i++) newBusiness(p, otherCat(p, p.sex));
}
// renumber business keys in a stable order
businesses.sort((x, y) => (x.owner.key < y.owner.key ? -1 : x.owner.key > y.owner.key ? 1 : 0));
businesses.forEach((b, i) => {
  b.key = `B${pad(i + 1, 4)}`;
});

// ---------------------------------------------------------------------------------------------------------
// Which office lists which business
// ---------------------------------------------------------------------------------------------------------
const OFFICES = ['dp3', 'kop', 'pirt', 'kel', 'dp3b'];
const KEL_KEC = new Set([3, 4]); // Blimbing, Lowokwaru
for (const b of businesses) {
  const o = b.owner;
  b.in = {
    dp3: chance(0.7),
    kop: chance(b.nib ? 0.75 : 0.45),
    pirt: b.pirt && chance(0.4),
    kel: KEL_KEC.has(o.addr.kecIdx) && chance(0.75),
  };
  b.in.dp3b = b.in.dp3 && chance(0.32);
}
// look-alikes: make both people of a pair meet in the 2025 survey
for (const { a, b } of [...sameNamePairs, ...households]) {
  a.businesses[0].in.dp3 = true;
  b.businesses[0].in.dp3 = true;
}
for (const b of businesses) {
  if (!OFFICES.some((o) => b.in[o])) b.in[chance(0.6) ? 'dp3' : 'kop'] = true;
}
// each person in at most 4 files
for (const p of persons) {
  const files = () => new Set(p.businesses.flatMap((b) => OFFICES.filter((o) => b.in[o])));
  for (const drop of ['dp3b', 'kel', 'kop']) {
    if (files().size <= 4) break;
    for (const b of p.businesses) {
      b.in[drop] = false;
      if (drop === 'kop' && !OFFICES.some((o) => b.in[o])) b.in.kop = true;
    }
  }
  p.nFiles = files().size;
}
// P-IRT certificates: one per product, issued in one or two batches
const pirtRows = [];
for (const b of businesses) {
  if (!b.in.pirt) continue;
  const first = { y: int(2019, 2025), m: int(1, 12) };
  if (first.y === 2025 && first.m > 10) first.m = int(1, 10);
  first.d = int(1, daysIn(first.y, first.m));
  let second = null;
  b.pirtBatches = [];
  b.products.forEach((prod, i) => {
    let date = first;
    if (i > 0 && chance(0.35)) {
      if (!second) {
        const y = int(first.y, 2025);
        const m = y === first.y ? int(first.m, 12) : int(1, 11);
        second = { y, m, d: int(1, daysIn(y, m)) };
      }
      date = second;
    }
    const pack = int(1, 8);
    pirtRows.push({ b, prod, prodSerial: i + 1, pack, date, batch: date === first ? 1 : 2 });
  });
}

// ---------------------------------------------------------------------------------------------------------
// Rendering: names, NIK, phones, addresses, business names, money
// ---------------------------------------------------------------------------------------------------------
const NAME_STYLE = {
  dp3: {
    courtesy: 0.05,
    honor: 0.6,
    typo: 0.035,
    drop: 0.05,
    swap: 0.015,
    cases: [
      ['title', 0.72],
      ['upper', 0.28],
    ],
  },
  kop: { courtesy: 0, honor: 0.35, typo: 0.04, drop: 0.05, swap: 0.02, cases: [['upper', 1]] },
  pirt: {
    courtesy: 0.22,
    honor: 0.5,
    typo: 0.03,
    drop: 0.04,
    swap: 0.01,
    cases: [
      ['title', 0.85],
      ['upper', 0.15],
    ],
  },
  kel: {
    courtesy: 0.45,
    honor: 0.2,
    typo: 0.05,
    drop: 0.08,
    swap: 0.02,
    cases: [
      ['title', 0.5],
      ['upper', 0.42],
      ['lower', 0.08],
    ],
  },
  dp3b: {
    courtesy: 0.04,
    honor: 0.6,
    typo: 0.03,
    drop: 0.04,
    swap: 0.015,
    cases: [
      ['title', 0.6],
      ['upper', 0.4],
    ],
  },
};
const VOWEL_SWAP = { i: 'e', e: 'i', u: 'o', o: 'u', a: 'o' };
function typo(token) {
  const t = token;
  const op = int(0, 4);
  const i = int(1, t.length - 2);
  if (op === 0) return t.slice(0, i) + t.slice(i + 1); // drop a letter
  if (op === 1) return t.slice(0, i) + t[i] + t.slice(i); // double a letter
  if (op === 2) return t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2); // transpose
  if (op === 3 && /h/.test(t.slice(1))) return t[0] + t.slice(1).replace('h', ''); // Fatimah -> Fatima
  const j = [...t].findIndex((c, k) => k > 0 && VOWEL_SWAP[c]);
  return j > 0 ? t.slice(0, j) + VOWEL_SWAP[t[j]] + t.slice(j + 1) : t.slice(0, i) + t.slice(i + 1);
}
function renderName(p, office) {
  const st = NAME_STYLE[office];
  let tokens = [...p.tokens];
  if (p.oldTokens && chance(office === 'kel' ? 0.35 : 0.6)) {
    tokens = [...p.oldTokens];
    stat('name: old spelling (official)');
  } else if (chance(0.03)) {
    const i = int(0, tokens.length - 1);
    const o = oldSpelling(tokens[i], false);
    if (o !== tokens[i]) {
      tokens[i] = o;
      stat('name: old spelling (one word)');
    }
  }
  if (chance(st.drop)) {
    if (tokens.length === 3) {
      tokens.splice(chance(0.6) ? 1 : 2, 1);
      stat('name: middle/last name dropped');
    } else if (tokens.length === 2 && DROPPABLE_FIRST.has(p.tokens[0])) {
      tokens.splice(0, 1);
      stat('name: first name (Siti/Sri/Nur..) dropped');
    }
  }
  if (tokens.length === 2 && chance(st.swap)) {
    tokens.reverse();
    stat('name: word order swapped');
  }
  if (chance(st.typo)) {
    const idx = tokens.map((t, i) => [t, i]).filter(([t]) => t.length >= 5);
    if (idx.length) {
      const [t, i] = pick(idx);
      tokens[i] = typo(t);
      stat('name: typo');
    }
  }
  let s = tokens.join(' ');
  const usePre = p.pre && chance(st.honor);
  const useSuf = p.suf && chance(st.honor);
  if (usePre) s = `${p.pre} ${s}`;
  if (useSuf) s = chance(0.75) ? `${s}, ${p.suf}` : `${s} ${p.suf}`;
  if (usePre || useSuf) stat('name: title/degree shown');
  if (chance(st.courtesy)) {
    const c =
      p.sex === 'F'
        ? wpick([
            ['Ibu', 5],
            ['Bu', 3],
            ['Ny.', 2],
          ])
        : wpick([
            ['Bapak', 4],
            ['Pak', 3],
            ['Bpk.', 2],
          ]);
    s = `${c} ${s}`;
    stat('name: courtesy prefix (Ibu/Bu/Ny./Pak)');
  }
  const cs = wpick(st.cases);
  if (cs === 'upper') {
    s = s.toUpperCase();
    if (office !== 'kop') stat('name: all caps (office mixes case)');
  } else if (cs === 'lower') s = s.toLowerCase();
  return s;
}

function mistypeNik(nik, sex) {
  for (let k = 0; k < 200; k++) {
    const i = int(6, 15);
    const d = String(int(0, 9));
    if (d === nik[i]) continue;
    const c = nik.slice(0, i) + d + nik.slice(i + 1);
    if (nikValid(c, sex) && !nikSet.has(c)) return c;
  }
  return nik;
}
function swapNik(nik, sex) {
  for (let k = 0; k < 200; k++) {
    const i = int(6, 14);
    if (nik[i] === nik[i + 1]) continue;
    const c = nik.slice(0, i) + nik[i + 1] + nik[i] + nik.slice(i + 2);
    if (nikValid(c, sex) && !nikSet.has(c)) return c;
  }
  return nik;
}
const NIK_STYLE = {
  dp3: { missing: 0.1, typo: 0.022, swap: 0.015 },
  kop: { missing: 0.08, typo: 0.025, swap: 0.015 },
  pirt: { missing: 0.06, typo: 0.02, swap: 0.012 },
  dp3b: { missing: 0.07, typo: 0.02, swap: 0.012 },
};
// Returns the NIK digits this office holds for the person (possibly mistyped) or null.
function observedNik(p, office) {
  const st = NIK_STYLE[office];
  if (p.nikShy || chance(st.missing)) {
    stat(`nik: missing (${office})`);
    return null;
  }
  if (chance(st.typo)) {
    const n = mistypeNik(p.nik, p.sex);
    if (n !== p.nik) {
      stat('nik: one digit mistyped (valid)');
      return n;
    }
  }
  if (chance(st.swap)) {
    const n = swapNik(p.nik, p.sex);
    if (n !== p.nik) {
      stat('nik: two adjacent digits swapped (valid)');
      return n;
    }
  }
  return p.nik;
}
function nikSpaced(n) {
  if (chance(0.5)) return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`;
  return `${n.slice(0, 4)}.${n.slice(4, 6)}.${n.slice(6, 12)}.${n.slice(12)}`;
}
// Bad NIKs (rows to reject)
function badNik(nik, kind) {
  if (kind === 'nik15') {
    const i = int(6, 15);
    return nik.slice(0, i) + nik.slice(i + 1);
  }
  if (kind === 'nik17') {
    const i = int(6, 15);
    return nik.slice(0, i) + String(int(0, 9)) + nik.slice(i);
  }
  if (kind === 'nikLetter') {
    const L = { 1: 'I', 0: 'O', 5: 'S', 8: 'B', 2: 'Z' };
    const cands = [...nik].map((c, i) => [c, i]).filter(([c, i]) => i >= 4 && L[c]);
    const [c, i] = pick(cands);
    return nik.slice(0, i) + L[c] + nik.slice(i + 1);
  }
  // impossible date: day 72 (32+40) for a woman / 32 for a man, or month 13
  if (chance(0.5)) return nik.slice(0, 6) + (nik[6] >= '4' ? '72' : '32') + nik.slice(8);
  return `${nik.slice(0, 8)}13${nik.slice(10)}`;
}

function renderPhone(p, office, { year2026 = false, forNumberCell = true } = {}) {
  let ph = year2026 && p.phone2026 ? p.phone2026 : p.phone;
  if (year2026 && p.phone2026) stat('phone: new number in 2026');
  if (office === 'kel' && p.role === 'mother' && p.sharedPhone) ph = p.sharedPhone;
  if (office === 'kop' && p.role === 'wife' && p.sharedPhone) ph = p.sharedPhone;
  const miss = { dp3: 0.1, kop: 0.08, kel: 0.15, dp3b: 0.1 }[office];
  if (!ph || chance(miss)) return null;
  const a = ph.slice(0, 3);
  const rest = ph.slice(3);
  const r1 = rest.slice(0, 4);
  const r2 = rest.slice(4);
  const styles = {
    dp3: [
      ['0', 40],
      ['0-', 15],
      ['0 ', 10],
      ['62', 10],
      ['+62 -', 10],
      ['num', 10],
      ['+62', 5],
    ],
    kop: [
      ['num', 35],
      ['0', 40],
      ['62', 15],
      ['0-', 10],
    ],
    kel: [
      ['0', 50],
      ['num', 20],
      ['0-', 15],
      ['0 ', 10],
      ['+62 -', 5],
    ],
    dp3b: [
      ['0', 45],
      ['0-', 15],
      ['62', 10],
      ['+62 -', 10],
      ['num', 15],
      ['+62', 5],
    ],
  }[office];
  const s = wpick(styles);
  stat(`phone: format ${s === 'num' ? '8xx (number cell, lost 0)' : s}`);
  switch (s) {
    case '0':
      return `0${ph}`;
    case '0-':
      return `0${a}-${r1}-${r2}`;
    case '0 ':
      return `0${a} ${r1} ${r2}`;
    case '62':
      return `62${ph}`;
    case '+62':
      return `+62${ph}`;
    case '+62 -':
      return `+62 ${a}-${r1}-${r2}`;
    default:
      return forNumberCell ? { v: Number(ph), fmt: '0' } : ph;
  }
}

function streetText(addr) {
  const r = R();
  const pre = r < 0.6 ? 'Jl. ' : r < 0.75 ? 'Jl ' : r < 0.85 ? 'Jalan ' : r < 0.93 ? 'Jln. ' : 'JL. ';
  let s = pre + addr.street;
  if (addr.gang) s += chance(0.75) ? ` Gg. ${addr.gang}` : ` Gang ${addr.gang}`;
  if (chance(0.92))
    s += wpick([
      [` No. ${addr.no}`, 5],
      [` No.${addr.no}`, 3],
      [` ${addr.no}`, 2],
      [` no ${addr.no}`, 1],
    ]);
  return s;
}
function rtrwText(addr) {
  const { rt, rw } = addr;
  return wpick([
    [`RT ${pad(rt, 2)} RW ${pad(rw, 2)}`, 4],
    [`RT.${pad(rt, 3)}/RW.${pad(rw, 3)}`, 3],
    [`Rt ${rt} Rw ${rw}`, 2],
    [`RT ${pad(rt, 2)}/${pad(rw, 2)}`, 2],
    [`RT. ${rt} RW. ${rw}`, 1],
  ]);
}

function labelVariant(label) {
  let s = label;
  const sw = (re, to, p, what) => {
    if (re.test(s) && chance(p)) {
      s = s.replace(re, to);
      stat(`business: ${what}`);
    }
  };
  sw(/Keripik/, 'Kripik', 0.3, 'Keripik -> Kripik');
  sw(/Kerupuk/, 'Krupuk', 0.35, 'Kerupuk -> Krupuk');
  sw(/Sambal/, 'Sambel', 0.25, 'Sambal -> Sambel');
  sw(/Rengginang/, 'Renginang', 0.25, 'Rengginang -> Renginang');
  sw(/Catering/, 'Katering', 0.3, 'Catering -> Katering');
  sw(/^Kue Kering$/, 'Kue Krg', 0.1, 'abbreviation (Kue Krg, Krpk, ...)');
  sw(/^K(?:e)?ripik/, 'Krpk', 0.05, 'abbreviation (Kue Krg, Krpk, ...)');
  sw(/Frozen Food/, 'Frozen', 0.2, 'Frozen Food -> Frozen');
  sw(/^Batik Tulis$/, 'Batik', 0.25, 'Batik Tulis -> Batik');
  sw(/Konveksi/, 'Konfeksi', 0.2, 'Konveksi -> Konfeksi');
  sw(/^Kerajinan Rotan$/, 'Rotan', 0.3, 'Kerajinan Rotan -> Rotan');
  sw(/^Souvenir/, 'Suvenir', 0.3, 'Souvenir -> Suvenir');
  return s;
}
function ownerFull(p) {
  return p.tokens.length > 1 ? p.tokens.slice(0, 2).join(' ') : p.tokens[0];
}
function productList(b) {
  const prods = b.products.slice(0, 3);
  if (prods.length === 1) return b.cat.label;
  return chance(0.5) ? prods.join(', ') : prods.join(' & ');
}
// The business name as this office writes it; '' = not recorded.
function renderBizName(b, office) {
  const missing = { dp3: 0.07, kop: 0.03, dp3b: 0.05 }[office] ?? 0;
  if (chance(missing)) {
    stat('business: name not recorded in this file');
    return '';
  }
  const brandy = ['ud', 'flower', 'brand'].includes(b.form);
  if (brandy && (office === 'kop' || office === 'dp3b') && chance(0.15)) {
    stat('business: product list instead of brand name');
    return productList(b);
  }
  const lab = labelVariant(b.label);
  const who = b.owner.call;
  switch (b.form) {
    case 'prodBu': {
      const r = R();
      if (r < 0.68) return `${lab} ${b.honor} ${who}`;
      if (r < 0.8) return `${lab} ${b.honor === 'Bu' ? 'Ibu' : 'Bapak'} ${who}`;
      if (r < 0.92) {
        stat("business: owner's name left out");
        return lab;
      }
      stat("business: owner's full name instead of Bu X");
      return `${lab} ${ownerFull(b.owner)}`;
    }
    case 'ud': {
      const pre = wpick([
        ['UD', 4],
        ['UD.', 2.5],
        ['U.D.', 1.5],
        ['', 2],
      ]);
      if (pre !== 'UD') stat(`business: UD prefix as "${pre || 'none'}"`);
      return pre ? `${pre} ${b.brand}` : b.brand;
    }
    case 'dapur': {
      let s = `${b.dapur} ${b.who} ${who}`;
      if (b.dapur === 'Dapur' && chance(0.15)) {
        s = s.replace('Dapur', 'Dapoer');
        stat('business: Dapur -> Dapoer');
      }
      return s;
    }
    case 'flower':
      return chance(0.92) ? `${lab} ${b.brand}` : `${lab} "${b.brand}"`;
    case 'place':
      return `${lab} ${kelVariant(b.owner.addr.kel)}`;
    case 'prod':
      return lab;
    default: {
      if (chance(0.15)) {
        stat('business: brand without suffix (Lestari vs Lestari Food)');
        return b.brand;
      }
      return `${b.brand} ${b.suffix}`;
    }
  }
}
function pirtMerk(b) {
  const who = b.owner.call;
  switch (b.form) {
    case 'prodBu':
      return chance(0.6) ? `${b.honor} ${who}` : `${b.label} ${b.honor} ${who}`;
    case 'ud':
      return chance(0.6) ? b.brand : `UD ${b.brand}`;
    case 'dapur':
      return `${b.dapur} ${b.who} ${who}`;
    case 'flower':
      return chance(0.7) ? b.brand : `${b.label} ${b.brand}`;
    case 'place':
      return `${b.label} ${b.owner.addr.kel}`;
    case 'prod':
      stat('business: brand only in the P-IRT register');
      return chance(0.5) ? '' : `${b.honor} ${who}`;
    default:
      return chance(0.5) ? b.brand : `${b.brand} ${b.suffix}`;
  }
}
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
function omzetText(v) {
  const jt = v / 1e6;
  const jtText = String(Math.round(jt * 10) / 10).replace('.', ',');
  const s = wpick([
    ['rp', 30],
    ['rp.-', 12],
    ['jt', 12],
    ['juta', v % 1e6 === 0 ? 14 : 0],
    ['num', 22],
    ['dots', 10],
  ]);
  stat(`omzet: format ${s}`);
  switch (s) {
    case 'rp':
      return `Rp ${dots(v)}`;
    case 'rp.-':
      return `Rp. ${dots(v)},-`;
    case 'jt':
      return `${jtText} jt`;
    case 'juta':
      return `${jt} juta`;
    case 'num':
      return v;
    default:
      return dots(v);
  }
}
const vary = (v, lo, hi) => Math.max(250e3, Math.round((v * (lo + R() * (hi - lo))) / 50e3) * 50e3);

// ---------------------------------------------------------------------------------------------------------
// Observations (one per business per file; one per product in the P-IRT register) and bad rows
// ---------------------------------------------------------------------------------------------------------
const obs = { dp3: [], kop: [], pirt: [], kel: [], dp3b: [] };
for (const b of businesses) for (const o of ['dp3', 'kop', 'kel', 'dp3b']) if (b.in[o]) obs[o].push({ b });
for (const r of pirtRows) obs.pirt.push({ b: r.b, pirt: r });
const BAD_KINDS = {
  dp3: ['nik15', 'nik17', 'nikLetter', 'nikDate', 'outside', 'noName', 'negOmzet', 'bigOmzet', 'badBirth'],
  kop: ['nik15', 'nik17', 'nikLetter', 'nikDate', 'outside', 'noName', 'negOmzet', 'bigOmzet'],
  pirt: ['nik15', 'nik17', 'nikLetter', 'nikDate', 'outside', 'noName'],
  kel: ['noName'],
  dp3b: ['nik15', 'nik17', 'nikLetter', 'nikDate', 'outside', 'noName', 'negOmzet', 'bigOmzet', 'badBirth'],
};
const allObs = OFFICES.flatMap((o) => obs[o].map((x) => ({ office: o, x })));
const nBad = Math.round(allObs.length * 0.03);
const badPool = shuffle([...allObs]);
let madeBad = 0;
for (const { office, x } of badPool) {
  if (madeBad >= nBad) break;
  if (office === 'kel' && chance(0.6)) continue; // few structural options there
  x.bad = pick(BAD_KINDS[office]);
  madeBad++;
  stat(`bad row: ${x.bad}`);
}

// ---------------------------------------------------------------------------------------------------------
// Sheets
// ---------------------------------------------------------------------------------------------------------
class Sheet {
  constructor(file, source, sheetName, ncols) {
    Object.assign(this, { file, source, sheetName, ncols, rows: [], merges: [], widths: [] });
  }
  get next() {
    return this.rows.length + 1;
  }
  skip(cells, opts = {}) {
    this.rows.push({ kind: 'skip', cells, ...opts });
  }
  blank() {
    this.rows.push({ kind: 'blank', cells: [] });
  }
  data(cells, b, bad, name) {
    this.rows.push({
      kind: 'data',
      cells,
      pk: b.owner.key,
      bk: b.key,
      expected: bad ? 'rejected' : 'ok',
      name,
    });
  }
  mergeRow(c1, c2) {
    this.merges.push([this.next, c1, this.next, c2]);
  }
}
// person rendering cached per office: the same clerk writes a person the same way most of the time
function personView(office) {
  const cache = new Map();
  return (p) => {
    const c = cache.get(p.key);
    if (c && chance(0.75)) return c;
    const v = { name: renderName(p, office), nik: office === 'kel' ? null : observedNik(p, office) };
    cache.set(p.key, v);
    return v;
  };
}
const kecOrder = [3, 0, 2, 4, 1]; // alphabetical: Blimbing, Kedungkandang, Klojen, Lowokwaru, Sukun
function groupByKec(list, addrOf) {
  const sortKey = new Map();
  for (const x of list) if (!sortKey.has(x.b.owner.key)) sortKey.set(x.b.owner.key, R());
  return kecOrder.map((ki) => ({
    ki,
    rows: list
      .filter((x) => addrOf(x.b.owner).kecIdx === ki)
      .sort((x, y) => {
        const ka = addrOf(x.b.owner).kel;
        const kb = addrOf(y.b.owner).kel;
        if (ka !== kb) return KECAMATAN[ki].kel.indexOf(ka) - KECAMATAN[ki].kel.indexOf(kb);
        return sortKey.get(x.b.owner.key) - sortKey.get(y.b.owner.key);
      }),
  }));
}
function birthText(b, bad) {
  if (bad) {
    stat('birth: unparseable (bad row)');
    return wpick([
      [`31/02/${b.y}`, 2],
      [`30-02-${b.y}`, 2],
      [`31 Juni ${b.y}`, 1],
      [`31 September ${b.y}`, 1],
      [`29-02-${b.y % 4 === 0 ? b.y + 1 : b.y}`, 1],
      ['kemarin', 1],
    ]);
  }
  return wpick([
    [`${pad(b.d, 2)}-${pad(b.m, 2)}-${b.y}`, 4],
    [`${b.d} ${MONTHS[b.m - 1]} ${b.y}`, 4],
    [`${pad(b.d, 2)}/${pad(b.m, 2)}/${b.y}`, 2],
    [`${b.d}-${b.m}-${b.y}`, 1],
  ]);
}
const levelText = (l) =>
  wpick([
    [`IR${l}`, 5],
    [`IR ${l}`, 2],
    [String(l), 3],
    [l, 2],
  ]);

// 1. DP3AP2KB survey 2025 -------------------------------------------------------------------------------------
function buildDp3() {
  const sh = new Sheet(
    'pendataan-ir-dp3ap2kb-2025.xlsx',
    'DP3AP2KB Kota Malang - Pendataan Industri Rumahan 2025',
    'Data IR 2025',
    13,
  );
  sh.widths = [5, 28, 20, 24, 38, 16, 16, 16, 26, 28, 16, 10, 9];
  sh.mergeRow(1, 13);
  sh.skip(['PENDATAAN INDUSTRI RUMAHAN KOTA MALANG'], { bold: true, center: true });
  sh.mergeRow(1, 13);
  sh.skip(['TAHUN 2025'], { bold: true, center: true });
  sh.blank();
  sh.skip(
    [
      'No',
      'Nama Pelaku Usaha',
      'NIK',
      'Tempat, Tgl Lahir',
      'Alamat',
      'Kelurahan',
      'Kecamatan',
      'No. HP/WA',
      'Nama Usaha',
      'Produk',
      'Omzet/Bulan',
      'Status KRTP',
      'Level IR',
    ],
    { bold: true, header: true },
  );
  const view = personView('dp3');
  let no = 0;
  let total = 0;
  for (const g of groupByKec(obs.dp3, (p) => p.addr)) {
    if (!g.rows.length) continue;
    sh.skip([`KECAMATAN ${KECAMATAN[g.ki].name.toUpperCase()}`], { bold: true });
    for (const x of g.rows) {
      const { b } = x;
      const p = b.owner;
      const v = view(p);
      const bad = x.bad;
      let name = v.name;
      let nik = v.nik;
      if (bad === 'noName') name = '';
      if (bad?.startsWith('nik')) nik = badNik(p.nik, bad);
      let nikCell = '';
      if (nik) nikCell = !bad && chance(0.07) ? nikSpaced(nik) : nik;
      else if (chance(0.3)) nikCell = '-';
      let ttl = '';
      if (bad === 'badBirth') ttl = `${p.birthPlace}, ${birthText(p.birth, true)}`;
      else if (chance(0.85)) {
        const t = birthText(p.birth, false);
        ttl = chance(0.9) ? `${p.birthPlace}, ${t}` : `${p.birthPlace} ${t}`;
        if (chance(0.12)) ttl = ttl.toUpperCase();
      } else stat('birth: not recorded (dp3)');
      let alamat = `${streetText(p.addr)} ${rtrwText(p.addr)}`;
      let kel = kelVariant(p.addr.kel);
      let kec = kecVariant(KECAMATAN[p.addr.kecIdx].name);
      if (bad === 'outside') {
        const o = pick(OUTSIDE);
        alamat = `Jl. ${o.street} No. ${int(1, 90)} RT ${pad(int(1, 9), 2)} RW ${pad(int(1, 9), 2)}`;
        kel = o.kel;
        kec = o.kec;
      }
      if (chance(0.15)) kel = kel.toUpperCase();
      if (chance(0.15)) kec = kec.toUpperCase();
      let omzet = omzetText(vary(b.omzet, 0.85, 1.15));
      if (bad === 'negOmzet') omzet = chance(0.5) ? '-500000' : -int(3, 30) * 50000;
      if (bad === 'bigOmzet') omzet = chance(0.5) ? 'Rp 900.000.000.000' : 750e9;
      if (!bad && chance(0.05)) omzet = '';
      if (!bad && typeof omzet === 'number') total += omzet;
      const produk = b.products.slice(0, int(1, 3)).join(', ');
      const krtp = p.krtp
        ? wpick([
            ['Ya', 8],
            ['YA', 1],
            ['ya', 1],
          ])
        : wpick([
            ['Tidak', 8],
            ['TIDAK', 1],
            ['-', 1],
          ]);
      no++;
      sh.data(
        [
          no,
          name,
          nikCell,
          ttl,
          alamat,
          kel,
          kec,
          renderPhone(p, 'dp3') ?? '',
          renderBizName(b, 'dp3'),
          chance(0.5) ? produk.toLowerCase() : produk,
          omzet,
          krtp,
          levelText(b.level),
        ],
        b,
        bad,
        name,
      );
    }
  }
  sh.skip(['JUMLAH', '', no, '', '', '', '', '', '', '', total], { bold: true });
  sh.blank();
  sh.skip([...Array(9).fill(''), 'Malang, 12 Desember 2025']);
  sh.skip([...Array(9).fill(''), 'Kepala Dinas Pemberdayaan Perempuan, Perlindungan Anak,']);
  sh.skip([...Array(9).fill(''), 'Pengendalian Penduduk dan Keluarga Berencana Kota Malang']);
  sh.blank();
  sh.blank();
  sh.skip([...Array(9).fill(''), 'Dra. Hj. Retno Wulandari, M.Si'], { bold: true });
  sh.skip([...Array(9).fill(''), 'Pembina Utama Muda']);
  sh.skip([...Array(9).fill(''), 'NIP. 19700101 199003 2 005']);
  return sh;
}

// 2. Dinas Koperasi dan UMKM list ----------------------------------------------------------------------------
function buildKop() {
  const sh = new Sheet(
    'daftar-umkm-dinkop-2025.xlsx',
    'Dinas Koperasi dan UMKM Kota Malang - Daftar UMKM',
    'UMKM',
    11,
  );
  sh.widths = [6, 30, 20, 8, 60, 16, 30, 18, 14, 8, 16];
  const header = [
    'NO',
    'NAMA PEMILIK',
    'NO KTP',
    'JENIS KELAMIN',
    'ALAMAT LENGKAP',
    'TELP',
    'NAMA UMKM',
    'BIDANG USAHA',
    'OMSET',
    'TENAGA KERJA',
    'NIB',
  ];
  sh.skip(header, { bold: true, header: true });
  const view = personView('kop');
  const list = shuffle([...obs.kop]);
  const repeatAt = Math.floor(list.length * (0.4 + R() * 0.15));
  let no = 0;
  list.forEach((x, idx) => {
    if (idx === repeatAt) sh.skip(header, { bold: true, header: true }); // second batch pasted with its header
    const { b } = x;
    const p = b.owner;
    const bad = x.bad;
    const v = view(p);
    let name = v.name;
    if (bad === 'noName') name = '';
    let nikCell = '';
    if (bad?.startsWith('nik')) nikCell = badNik(p.nik, bad);
    else if (v.nik) {
      if (chance(0.4)) {
        // typed into a number cell; when typed by hand Excel keeps 15 significant digits
        if (Number(v.nik.slice(12)) >= 10 && chance(0.12)) {
          nikCell = { v: Math.round(Number(v.nik) / 10) * 10, fmt: '0' };
          stat('nik: number cell rounded to 15 digits (unusable, row ok)');
        } else {
          nikCell = { v: Number(v.nik), fmt: chance(0.5) ? '0' : undefined };
          stat('nik: number cell (exact)');
        }
      } else nikCell = v.nik;
    } else nikCell = chance(0.5) ? '-' : '';
    const jk =
      p.sex === 'F'
        ? wpick([
            ['P', 18],
            ['Perempuan', 1],
            ['PR', 1],
          ])
        : wpick([
            ['L', 18],
            ['Laki-laki', 2],
          ]);
    const a = p.addr;
    const kel = kelVariant(a.kel);
    const kec = kecVariant(KECAMATAN[a.kecIdx].name);
    let street = streetText(a);
    const rtrw = rtrwText(a);
    let alamat;
    const form = int(0, 3);
    if (bad === 'outside') {
      const o = pick(OUTSIDE);
      street = `Jl. ${o.street} No. ${int(1, 90)}`;
      alamat = `${street} ${rtrw} ${o.kel} ${o.kec}`;
    } else if (form === 0) alamat = `${street} ${rtrw} Kel. ${kel} Kec. ${kec}`;
    else if (form === 1) alamat = `${street}, ${rtrw}, Kel. ${kel}, Kec. ${kec}, Kota Malang`;
    else if (form === 2) alamat = `${street} ${rtrw} ${kel} - ${kec}`;
    else alamat = `${street} ${rtrw} Kelurahan ${kel} Kecamatan ${kec} Malang`;
    if (chance(0.7)) alamat = alamat.toUpperCase();
    const omzet = vary(b.omzet, 0.8, 1.2);
    let omzetCell = chance(0.8) ? omzet : `Rp ${dots(omzet)}`;
    if (bad === 'negOmzet') omzetCell = chance(0.5) ? -500000 : '-500000';
    if (bad === 'bigOmzet') omzetCell = chance(0.5) ? 900e9 : 'Rp 900.000.000.000';
    if (!bad && chance(0.04)) omzetCell = '';
    const biz = renderBizName(b, 'kop').toUpperCase();
    const tk = chance(0.85) ? b.workers : `${b.workers} orang`;
    const nib = b.nib ? (chance(0.3) ? { v: Number(b.nib), fmt: '0' } : b.nib) : chance(0.2) ? '-' : '';
    no++;
    sh.data(
      [
        no,
        name,
        nikCell,
        jk,
        alamat,
        renderPhone(p, 'kop') ?? '',
        biz || '-',
        b.cat.kop.toUpperCase(),
        omzetCell,
        tk,
        nib,
      ],
      b,
      bad,
      name,
    );
  });
  sh.blank();
  sh.skip(['Keterangan: OMSET = rata-rata omset per bulan (Rp)']);
  sh.skip(['Sumber: Bidang Usaha Mikro, data per Oktober 2025']);
  return sh;
}

// 3. Dinas Kesehatan P-IRT register (CSV) ---------------------------------------------------------------------
function buildPirt() {
  const sh = new Sheet('register-pirt-dinkes.csv', 'Dinas Kesehatan Kota Malang - Register SPP-IRT', null, 9);
  sh.skip([
    'REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT) DINAS KESEHATAN KOTA MALANG',
  ]);
  sh.blank();
  sh.skip([
    'No',
    'Nama Pemohon',
    'NIK',
    'Alamat',
    'Kelurahan',
    'Nama Produk',
    'Merk Dagang',
    'No. P-IRT',
    'Tgl Terbit',
  ]);
  const rows = [...obs.pirt].sort((x, y) => {
    const a = x.pirt.date;
    const c = y.pirt.date;
    return (
      a.y - c.y ||
      a.m - c.m ||
      a.d - c.d ||
      (x.b.key < y.b.key ? -1 : x.b.key > y.b.key ? 1 : 0) ||
      x.pirt.prodSerial - y.pirt.prodSerial
    );
  });
  // one rendering of applicant and business per certificate batch
  const batchView = new Map();
  const view = personView('pirt');
  let no = 0;
  for (const x of rows) {
    const { b, pirt } = x;
    const p = b.owner;
    const bk = `${b.key}:${pirt.batch}`;
    if (!batchView.has(bk)) {
      const v = view(p);
      let alamat = `${streetText(p.addr)}, ${rtrwText(p.addr)}`;
      if (chance(0.03)) alamat = alamat.replace(', RT', '; RT'); // a stray ';' inside a field (quoted)
      let nik = v.nik ?? (chance(0.5) ? '-' : '');
      if (v.nik && chance(0.03)) {
        nik = `${v.nik[0]},${v.nik.slice(1, 6)}E+15`; // cell was numeric: Excel saved the displayed value
        stat('nik: scientific notation in CSV (unusable, row ok)');
      }
      let merk = pirtMerk(b);
      if (merk && chance(0.05)) merk = `"${merk}"`;
      batchView.set(bk, { name: v.name, nik, alamat, kel: kelVariant(p.addr.kel), merk });
    }
    const bv = batchView.get(bk);
    let { name, nik, alamat, kel } = bv;
    const bad = x.bad;
    if (bad === 'noName') name = '';
    if (bad?.startsWith('nik')) nik = badNik(p.nik, bad);
    if (bad === 'outside') {
      const o = pick(OUTSIDE);
      alamat = `Jl. ${o.street} No. ${int(1, 90)}, RT ${pad(int(1, 9), 2)}/RW ${pad(int(1, 9), 2)}`;
      kel = `${o.kel}, ${o.kec.replace(/^Kec\. [^,]+, /, '')}`;
    }
    const d = pirt.date;
    const exp = (d.y + 5) % 100;
    const num = `${pirt.pack}${b.cat.ft}3573${pad(pirt.prodSerial, 2)}${pad(b.pirtSerial, 4)}`;
    const pirtNo = wpick([
      [`${num}-${pad(exp, 2)}`, 8],
      [`P-IRT No. ${num}-${pad(exp, 2)}`, 1],
      [`${num}${pad(exp, 2)}`, 1],
    ]);
    let merk = bv.merk;
    if (/'/.test(merk + name) && chance(0.4)) {
      merk = merk.replace(/'/g, '\u2019');
      name = name.replace(/'/g, '\u2019');
      stat('csv: curly apostrophe (cp1252 0x92)');
    }
    no++;
    sh.data(
      [no, name, nik, alamat, kel, pirt.prod, merk, pirtNo, `${pad(d.d, 2)}/${pad(d.m, 2)}/${d.y}`],
      b,
      bad,
      name,
    );
  }
  sh.blank();
  sh.skip(['Keterangan: masa berlaku SPP-IRT 5 tahun; data per 30 November 2025']);
  return sh;
}

// 4. TP PKK kelurahan lists (no NIK) --------------------------------------------------------------------------
function buildKel() {
  const sh = new Sheet(
    'daftar-ir-kelurahan-pkk.xlsx',
    'TP PKK - Daftar IR per Kelurahan (Blimbing, Lowokwaru)',
    'Rekap Kelurahan',
    6,
  );
  sh.widths = [6, 30, 36, 10, 30, 16];
  sh.mergeRow(1, 6);
  sh.skip(['DAFTAR INDUSTRI RUMAHAN BINAAN TP PKK'], { bold: true, center: true });
  sh.mergeRow(1, 6);
  sh.skip(['KECAMATAN BLIMBING DAN KECAMATAN LOWOKWARU'], { bold: true, center: true });
  sh.blank();
  sh.skip(['NO', 'NAMA', 'ALAMAT', 'RT/RW', 'USAHA', 'NO HP'], { bold: true, header: true });
  const view = personView('kel');
  let count = 0;
  for (const g of groupByKec(obs.kel, (p) => p.addr)) {
    if (!g.rows.length) continue;
    sh.mergeRow(1, 6);
    sh.skip([`KECAMATAN ${KECAMATAN[g.ki].name.toUpperCase()}`], { bold: true });
    const byKel = new Map();
    for (const x of g.rows) {
      const k = x.b.owner.addr.kel;
      if (!byKel.has(k)) byKel.set(k, []);
      byKel.get(k).push(x);
    }
    for (const [kel, list] of byKel) {
      sh.skip([chance(0.8) ? `KELURAHAN ${kel.toUpperCase()}` : `Kel. ${kel}`], { bold: true });
      let no = 0;
      for (const x of list) {
        const { b } = x;
        const p = b.owner;
        const v = view(p);
        const name = x.bad === 'noName' ? '' : v.name;
        const a = p.addr;
        const rtrw = wpick([
          [`${pad(a.rt, 3)}/${pad(a.rw, 3)}`, 6],
          [`${a.rt}/${a.rw}`, 3],
          [`${pad(a.rt, 2)} / ${pad(a.rw, 2)}`, 1],
        ]);
        let usaha;
        if (chance(0.25)) {
          usaha = renderBizName(b, 'kel');
          stat('kelurahan list: business name instead of product');
        } else usaha = pick(b.cat.kel);
        no++;
        count++;
        sh.data([no, name, streetText(a), rtrw, usaha, renderPhone(p, 'kel') ?? ''], b, x.bad, name);
      }
      if (chance(0.5)) sh.blank();
    }
  }
  if (sh.rows[sh.rows.length - 1].kind !== 'blank') sh.blank();
  sh.skip(['', `Jumlah: ${count} pelaku usaha`], { bold: true });
  sh.blank();
  sh.skip(['', '', '', '', 'Malang, 20 November 2025']);
  sh.skip(['', '', '', '', 'Ketua TP PKK Kota Malang']);
  sh.blank();
  sh.blank();
  sh.skip(['', '', '', '', 'Ny. Widayati Sutiaji'], { bold: true });
  return sh;
}

// 5. DP3AP2KB monitoring 2026 (two-row header, numbered columns, subtotals) -----------------------------------
function buildDp3b() {
  const sh = new Sheet(
    'monev-ir-dp3ap2kb-2026.xlsx',
    'DP3AP2KB Kota Malang - Monev Industri Rumahan TW I 2026',
    'Monev TW I 2026',
    14,
  );
  sh.widths = [5, 28, 20, 12, 36, 16, 16, 26, 26, 14, 5, 8, 8, 14];
  for (const t of [
    'REKAPITULASI MONITORING DAN EVALUASI',
    'INDUSTRI RUMAHAN KOTA MALANG',
    'TRIWULAN I TAHUN 2026',
  ]) {
    sh.mergeRow(1, 14);
    sh.skip([t], { bold: true, center: true });
  }
  sh.blank();
  const h1 = sh.next;
  sh.merges.push([h1, 1, h1 + 1, 1], [h1, 2, h1, 7], [h1, 8, h1, 11], [h1, 12, h1, 13], [h1, 14, h1 + 1, 14]);
  sh.skip(
    ['NO', 'IDENTITAS PELAKU USAHA', '', '', '', '', '', 'DATA USAHA', '', '', '', 'LEVEL IR', '', 'KET.'],
    { bold: true, header: true, center: true },
  );
  sh.skip(
    [
      '',
      'NAMA',
      'NIK',
      'TGL LAHIR',
      'ALAMAT',
      'KELURAHAN',
      'NO. HP',
      'NAMA USAHA',
      'JENIS PRODUK',
      'OMZET/BLN (Rp)',
      'TK',
      '2025',
      '2026',
      '',
    ],
    { bold: true, header: true, center: true },
  );
  sh.skip(
    Array.from({ length: 14 }, (_, i) => `(${i + 1})`),
    { center: true },
  );
  const view = personView('dp3b');
  let no = 0;
  let grand = 0;
  const addrOf = (p) => p.moved2026 ?? p.addr;
  for (const g of groupByKec(obs.dp3b, addrOf)) {
    if (!g.rows.length) continue;
    sh.mergeRow(1, 14);
    sh.skip([`KECAMATAN ${KECAMATAN[g.ki].name.toUpperCase()}`], { bold: true });
    let sub = 0;
    let n = 0;
    for (const x of g.rows) {
      const { b } = x;
      const p = b.owner;
      const bad = x.bad;
      const v = view(p);
      const a = addrOf(p);
      if (p.moved2026) stat('person: moved house before the 2026 survey');
      let name = v.name;
      if (bad === 'noName') name = '';
      let nikCell = '';
      if (bad?.startsWith('nik')) nikCell = badNik(p.nik, bad);
      else if (v.nik) {
        if (chance(0.12)) {
          nikCell = { v: Number(v.nik), fmt: '0' };
          stat('nik: number cell (exact)');
        } else nikCell = chance(0.04) ? nikSpaced(v.nik) : v.nik;
      }
      let tgl = '';
      const bd = p.birth;
      if (bad === 'badBirth') tgl = birthText(bd, true);
      else if (chance(0.7)) tgl = { v: new Date(Date.UTC(bd.y, bd.m - 1, bd.d)), fmt: 'dd/mm/yyyy' };
      else if (chance(0.5)) tgl = `${pad(bd.d, 2)}-${pad(bd.m, 2)}-${bd.y}`;
      else stat('birth: not recorded (dp3b)');
      let alamat = `${streetText(a)}, ${rtrwText(a)}`;
      let kel = kelVariant(a.kel);
      if (bad === 'outside') {
        const o = pick(OUTSIDE);
        alamat = `Jl. ${o.street} No. ${int(1, 90)}, RT ${int(1, 9)}/${int(1, 9)}`;
        kel = `${o.kel} (${o.kec.replace(/^Kec\. [^,]+, /, '')})`;
      }
      let omzet = vary(b.omzet, 0.9, 1.4);
      if (bad === 'negOmzet') omzet = -int(2, 20) * 50000;
      if (bad === 'bigOmzet') omzet = 900e9;
      let omzetCell = omzet;
      if (!bad && chance(0.05)) omzetCell = '';
      else if (!bad) sub += omzet;
      const ket = b.level2026 > b.level ? 'Naik kelas' : chance(0.5) ? 'Tetap' : '';
      no++;
      n++;
      sh.data(
        [
          no,
          name,
          nikCell,
          tgl,
          alamat,
          kel,
          renderPhone(p, 'dp3b', { year2026: true }) ?? '',
          renderBizName(b, 'dp3b'),
          b.products.join(', '),
          omzetCell,
          b.workers,
          `IR${b.level}`,
          `IR${b.level2026}`,
          ket,
        ],
        b,
        bad,
        name,
      );
    }
    sh.skip(['', `Jumlah Kec. ${KECAMATAN[g.ki].name}`, `${n} IR`, '', '', '', '', '', '', sub], {
      bold: true,
    });
    grand += sub;
  }
  sh.skip(['', 'JUMLAH TOTAL', `${no} IR`, '', '', '', '', '', '', grand], { bold: true });
  sh.blank();
  sh.skip(['', 'Mengetahui,', '', '', '', '', '', '', '', '', 'Malang, 15 April 2026']);
  sh.skip(['', 'Kepala Bidang PPPA', '', '', '', '', '', '', '', '', 'Pendamping IR']);
  sh.blank();
  sh.blank();
  sh.skip(['', 'Lilik Andriani, S.Sos', '', '', '', '', '', '', '', '', 'Nur Fadilah, S.Psi'], {
    bold: true,
  });
  sh.skip(['', 'NIP. 19781112 200501 2 007']);
  return sh;
}

const sheets = [buildDp3(), buildKop(), buildPirt(), buildKel(), buildDp3b()];

// ---------------------------------------------------------------------------------------------------------
// Writers
// ---------------------------------------------------------------------------------------------------------
const isEmpty = (c) => c === null || c === undefined || c === '';
async function writeXlsx(sh, file) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Operator';
  wb.lastModifiedBy = 'Operator';
  wb.created = new Date(Date.UTC(2025, 10, 1));
  wb.modified = new Date(Date.UTC(2025, 11, 12));
  const ws = wb.addWorksheet(sh.sheetName);
  ws.columns = sh.widths.map((w) => ({ width: w }));
  sh.rows.forEach((r, i) => {
    if (r.kind === 'blank') return;
    const row = ws.getRow(i + 1);
    r.cells.forEach((c, j) => {
      if (isEmpty(c)) return;
      const cell = row.getCell(j + 1);
      if (typeof c === 'object' && !(c instanceof Date)) {
        cell.value = c.v;
        if (c.fmt) cell.numFmt = c.fmt;
      } else cell.value = c;
      if (r.bold) cell.font = { bold: true };
      if (r.center) cell.alignment = { horizontal: 'center' };
    });
  });
  for (const [r1, c1, r2, c2] of sh.merges) ws.mergeCells(r1, c1, r2, c2);
  // re-pack with a fixed entry date so the same seed gives byte-identical files
  const zin = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const zout = new JSZip();
  const date = new Date(Date.UTC(2025, 11, 12, 8, 0, 0));
  for (const [name, entry] of Object.entries(zin.files)) {
    if (!entry.dir) zout.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  fs.writeFileSync(file, await zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
function writeCsv(sh, file) {
  const field = (c) => {
    let s = isEmpty(c) ? '' : typeof c === 'object' ? String(c.v) : String(c);
    if (/[;"\r\n]/.test(s)) s = `"${s.replace(/"/g, '""')}"`;
    return s;
  };
  const lines = sh.rows.map((r) => {
    const cells = [...r.cells];
    while (cells.length < sh.ncols) cells.push('');
    return cells.map(field).join(';');
  });
  fs.writeFileSync(file, iconv.encode(`${lines.join('\r\n')}\r\n`, 'win1252'));
}

fs.mkdirSync(outDir, { recursive: true });
const truth = ['file,sheet_row,person_key,business_key,expected'];
const debug = [];
for (const sh of sheets) {
  const fp = path.join(outDir, sh.file);
  if (sh.file.endsWith('.csv')) writeCsv(sh, fp);
  else await writeXlsx(sh, fp);
  sh.rows.forEach((r, i) => {
    if (r.kind === 'blank') return;
    if (r.cells.every(isEmpty) && r.kind === 'skip') throw new Error(`empty skip row ${sh.file}:${i + 1}`);
    if (r.kind === 'skip') truth.push(`${sh.file},${i + 1},,,skip`);
    else {
      truth.push(`${sh.file},${i + 1},${r.pk},${r.bk},${r.expected}`);
      debug.push({ file: sh.file, row: i + 1, name: r.name, expected: r.expected });
    }
  });
}
fs.writeFileSync(path.join(outDir, 'truth.csv'), `${truth.join('\n')}\n`);
fs.writeFileSync(
  path.join(outDir, 'manifest.json'),
  `${JSON.stringify({ files: sheets.map((s) => ({ file: s.file, source: s.source })) }, null, 2)}\n`,
);
if (process.env.THIRD_SET_DEBUG) fs.writeFileSync(process.env.THIRD_SET_DEBUG, JSON.stringify(debug));

// ---------------------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------------------
const seenP = new Set();
const seenB = new Set();
let dataRows = 0;
let badRows = 0;
console.log(`third-set seed=${seedArg} -> ${outDir}`);
for (const sh of sheets) {
  const d = sh.rows.filter((r) => r.kind === 'data');
  const bad = d.filter((r) => r.expected === 'rejected').length;
  const skip = sh.rows.filter((r) => r.kind === 'skip').length;
  for (const r of d) {
    seenP.add(r.pk);
    seenB.add(r.bk);
  }
  dataRows += d.length;
  badRows += bad;
  console.log(`  ${sh.file.padEnd(36)} data ${String(d.length).padStart(4)} (rejected ${bad}), skip ${skip}`);
}
const women = persons.filter((p) => p.sex === 'F').length;
const nb = (k) => persons.filter((p) => p.businesses.length === k).length;
const filesDist = [1, 2, 3, 4].map((k) => `${k}:${persons.filter((p) => p.nFiles === k).length}`).join(' ');
console.log(
  `  data rows ${dataRows} (rejected ${badRows}); persons ${seenP.size} (${women} women); businesses ${seenB.size}`,
);
console.log(`  owners with 2 businesses ${nb(2)}, with 3 ${nb(3)}; persons per #files ${filesDist}`);
console.log(
  `  mother/daughter pairs ${N_MOTHER}, spouse pairs ${N_SPOUSES}, same name other kelurahan ${N_SAMENAME_DIFF}, same name same kelurahan ${N_SAMENAME_SAME}`,
);
if (process.env.THIRD_SET_STATS) {
  for (const [k, v] of [...stats].sort()) console.log(`    ${k}: ${v}`);
}
