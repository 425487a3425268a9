// A second generator of Kota Malang home-industry office spreadsheets with known truth, written apart from
// make-files.ts (its own people, offices, layouts and noise), so that linkage is also measured on files its
// rules were not tuned on. Four offices: the DP3AP2KB survey, the trade office's UMKM list, the health
// office's P-IRT register (a row per product) and a kelurahan list without NIK.
// Usage: node bench/linkage/second-set.mjs <seed> <dir>  -> <dir>/*.xlsx, truth.csv, manifest.json,
// hardneg.json (look-alike pairs of true people and businesses).
import fs from 'node:fs';
import ExcelJS from 'exceljs';

const SEED = Number(process.argv[2] ?? 20260401);
const OUT = process.argv[3] ?? '.';
fs.mkdirSync(OUT, { recursive: true });
let s = SEED >>> 0;
function rnd() {
  // mulberry32
  s = (s + 0x6d2b79f5) >>> 0;
  let t = s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const ri = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
const shuffle = (a) => {
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};
const pad = (n, w) => String(n).padStart(w, '0');

// ---------- areas ----------
const KEC = {
  Kedungkandang: {
    nik: '357301',
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
  },
  Sukun: {
    nik: '357302',
    kel: [
      'Sukun',
      'Pisang Candi',
      'Bandungrejosari',
      'Ciptomulyo',
      'Gadang',
      'Kebonsari',
      'Tanjungrejo',
      'Bandulan',
      'Karang Besuki',
      'Mulyorejo',
      'Bakalan Krajan',
    ],
  },
  Klojen: {
    nik: '357303',
    kel: [
      'Bareng',
      'Kauman',
      'Kiduldalem',
      'Sukoharjo',
      'Kasin',
      'Oro-oro Dowo',
      'Klojen',
      'Rampal Celaket',
      'Samaan',
      'Penanggungan',
      'Gadingkasri',
    ],
  },
  Blimbing: {
    nik: '357304',
    kel: [
      'Blimbing',
      'Purwantoro',
      'Bunulrejo',
      'Pandanwangi',
      'Polehan',
      'Jodipan',
      'Kesatrian',
      'Arjosari',
      'Polowijen',
      'Balearjosari',
      'Purwodadi',
    ],
  },
  Lowokwaru: {
    nik: '357305',
    kel: [
      'Tlogomas',
      'Dinoyo',
      'Merjosari',
      'Sumbersari',
      'Ketawanggede',
      'Jatimulyo',
      'Lowokwaru',
      'Tulusrejo',
      'Mojolangu',
      'Tunjungsekar',
      'Tasikmadu',
      'Tunggulwulung',
    ],
  },
};
const KELS = Object.entries(KEC).flatMap(([kec, v]) => v.kel.map((kel) => ({ kec, kel })));
const KEL_VARIANT = {
  'Pisang Candi': ['Pisangcandi', 'Pisang Candi'],
  'Karang Besuki': ['Karangbesuki', 'Karang Besuki'],
  'Bakalan Krajan': ['Bakalankrajan', 'Bakalan Krajan', 'Bakalan'],
  'Oro-oro Dowo': ['Oro-oro Dowo', 'Oro Oro Dowo', 'Orooro Dowo'],
  'Rampal Celaket': ['Rampal Celaket', 'Rampalcelaket'],
  Gadingkasri: ['Gadingkasri', 'Gading Kasri'],
  Tasikmadu: ['Tasikmadu', 'Tasik Madu'],
  Tlogomas: ['Tlogomas', 'Tlogo Mas'],
  Tunggulwulung: ['Tunggulwulung', 'Tunggul Wulung'],
  Balearjosari: ['Balearjosari', 'Balear Josari'],
};
const STREETS = [
  'Kalpataru',
  'Candi Panggung',
  'Bunga Kenanga',
  'Kembang Turi',
  'Terusan Ijen',
  'Danau Toba',
  'Sanan',
  'Simpang Gajayana',
  'Mertojoyo',
  'Kalimosodo',
  'Ki Ageng Gribig',
  'Mayjen Sungkono',
  'Kolonel Sugiono',
  'Janti',
  'Muharto',
  'Zainul Arifin',
  'Bareng Tenes',
  'Kawi',
  'Klayatan',
  'Bandulan Baru',
  'Sudimoro',
  'Cakalang',
  'Sarangan',
  'Ikan Piranha',
  'Cempaka',
  'Teluk Grajakan',
  'Raya Langsep',
  'Tirto Utomo',
  'Joyo Agung',
  'Bendungan Sutami',
  'Kapi Sraba',
  'Pahlawan Trip',
  'Sukarno Hatta',
  'Borobudur',
  'Tenaga',
  'Ciliwung',
  'Mawar',
  'Melati',
  'Kenari',
  'Arjuno',
  'Welirang',
  'Kelud',
  'Semeru',
  'Panderman',
  'Bromo',
  'Mergan Lori',
  'Kemantren',
  'Gatot Subroto',
  'Juanda',
  'Kyai Tamin',
  'Laksamana Martadinata',
  'Kebalen Wetan',
  'Ir. Rais',
  'Raya Candi',
  'Raya Tlogomas',
  'Sumbersari',
  'Ranu Grati',
  'Danau Kerinci',
  'Lesti',
  'Raya Buring',
  'Sawojajar',
  'Mayjen Panjaitan',
  'Bunulrejo',
  'Ki Hajar Dewantoro',
  'Hamid Rusdi',
  'Polowijen',
];
const kelStreets = new Map(
  KELS.map(({ kel }) => [
    kel,
    [pick(STREETS), pick(STREETS), `${kel === 'Purwantoro' ? 'Sanan' : pick(STREETS)}`, pick(STREETS)],
  ]),
);

// ---------- names ----------
const F_FIRST = [
  'Siti',
  'Sri',
  'Dewi',
  'Nur',
  'Endang',
  'Sumiati',
  'Suparmi',
  'Juwariah',
  'Cahyani',
  'Tri',
  'Ratna',
  'Fitri',
  'Indah',
  'Yuliani',
  'Sulastri',
  'Ngatini',
  'Tumini',
  'Rukmini',
  'Sumarni',
  'Purwati',
  'Susanti',
  'Puji',
  'Rini',
  'Yuni',
  'Eni',
  'Umi',
  'Anik',
  'Ninik',
  'Lilik',
  'Winarti',
  'Suwarni',
  'Supartini',
  'Marsini',
  'Tukinah',
  'Painem',
  'Kusmiati',
  'Musyarofah',
  'Khoiriyah',
  'Masruroh',
  'Mujiati',
  'Lusiana',
  'Wiwik',
  'Erna',
  'Heni',
  'Yayuk',
  'Sumini',
  'Juminten',
  'Karsini',
  'Ernawati',
  'Yulaikah',
  'Cicik',
  'Titik',
  'Hartini',
  'Suciati',
  'Luluk',
  'Mukaromah',
  'Jumiati',
  'Rohmah',
  'Ika',
  'Dwi',
  'Eko',
  'Wahyu',
  'Retno',
  'Kartika',
  'Anis',
  'Novi',
  'Yeni',
  'Atik',
  'Dian',
  'Rina',
];
const F_MID = [
  'Nur',
  'Sri',
  'Dwi',
  'Tri',
  'Ayu',
  'Dyah',
  'Eka',
  'Puji',
  'Rahma',
  'Wahyu',
  'Kusuma',
  'Nurul',
  'Ika',
  'Umi',
];
const F_LAST = [
  'Aminah',
  'Wahyuni',
  'Rahayu',
  'Lestari',
  'Handayani',
  'Susilowati',
  'Wulandari',
  'Astuti',
  'Mulyani',
  'Setyowati',
  'Kholifah',
  'Chotimah',
  'Fatimah',
  'Khotijah',
  'Ningsih',
  'Purwaningsih',
  'Suryani',
  'Hidayati',
  'Maisaroh',
  'Rohmawati',
  'Yuliati',
  'Sulistyowati',
  'Juwariyah',
  'Cahyaningsih',
  'Utami',
  'Anggraini',
  'Pratiwi',
  'Kurniawati',
  'Safitri',
  'Maryati',
  'Jumaroh',
  'Sundari',
  'Ambarwati',
  'Budiarti',
  'Supriyati',
  'Lailatul',
  'Zulaikha',
  'Mahmudah',
  'Rukayah',
  'Sujiati',
  'Winarsih',
  'Puspitasari',
  'Nuraini',
  'Yuniarti',
];
const M_FIRST = [
  'Slamet',
  'Bambang',
  'Agus',
  'Hadi',
  'Sugeng',
  'Joko',
  'Eko',
  'Mochammad',
  'Muhammad',
  'Ahmad',
  'Supriyadi',
  'Sutrisno',
  'Heri',
  'Budi',
  'Yudi',
];
const M_LAST = [
  'Sutrisno',
  'Purnomo',
  'Salim',
  'Santoso',
  'Prasetyo',
  'Rofiq',
  'Hariyanto',
  'Wijaya',
  'Sugiarto',
  'Cahyono',
  'Junaidi',
  'Suyanto',
];

// ---------- products ----------
const FOOD = [
  ['Keripik Tempe', 9],
  ['Keripik Singkong', 9],
  ['Keripik Pisang', 9],
  ['Keripik Apel', 9],
  ['Kue Kering', 5],
  ['Sambal Pecel', 12],
  ['Bumbu Pecel', 12],
  ['Kerupuk Ikan', 9],
  ['Sari Apel', 14],
  ['Jenang', 7],
  ['Dodol Apel', 7],
  ['Rengginang', 9],
  ['Abon Sapi', 3],
  ['Sale Pisang', 6],
  ['Kopi Bubuk', 10],
  ['Jamu Kunyit Asam', 14],
  ['Susu Kedelai', 14],
  ['Roti Bolu', 5],
  ['Nastar', 5],
  ['Kerupuk Samiler', 9],
  ['Tempe Kripik Sagu', 9],
  ['Sambal Bawang', 12],
  ['Brownies Kukus', 5],
  ['Madu Mongso', 7],
  ['Emping Jagung', 9],
  ['Kacang Bawang', 9],
  ['Manisan Salak', 6],
  ['Keripik Talas', 9],
];
const NONFOOD = [
  'Batik Malangan',
  'Kerajinan Topeng',
  'Jahit Pakaian',
  'Kerajinan Manik-manik',
  'Keset Perca',
  'Bordir',
  'Kerajinan Rotan',
  'Sabun Herbal',
  'Tas Rajut',
];
const BRAND = [
  'Rejeki',
  'Sumber Rejeki',
  'Barokah',
  'Berkah',
  'Mawar',
  'Melati',
  'Sari Rasa',
  'Lestari',
  'Mandiri',
  'Makmur',
  'Jaya Abadi',
  'Sri Tanjung',
  'Arema',
  'Citra',
  'Anugerah',
  'Al-Barokah',
  'Nikmat',
  'Sedap',
  'Dua Putri',
  'Tiga Saudara',
  'Sekar Arum',
  'Rasa Sayang',
  'Putri Ayu',
  'Cahaya',
  'Sumber Makmur',
  'Karya Ibu',
  'Dapur Emak',
  'Selera',
  'Sinar Jaya',
  'Mekar Sari',
  'Tunas Harapan',
  'Amanah',
  'Srikandi',
  'Kartini',
  'Bintang',
];

// ---------- persons ----------
const persons = [];
const usedNik = new Set();
function makeNik(kec, g, bd) {
  for (;;) {
    const d = bd.getUTCDate() + (g === 'P' ? 40 : 0);
    const nik = `${KEC[kec].nik}${pad(d, 2)}${pad(bd.getUTCMonth() + 1, 2)}${pad(bd.getUTCFullYear() % 100, 2)}${pad(ri(1, 9999), 4)}`;
    if (!usedNik.has(nik)) {
      usedNik.add(nik);
      return nik;
    }
  }
}
const randDate = (y0, y1) => new Date(Date.UTC(ri(y0, y1), ri(0, 11), ri(1, 28)));
function phone() {
  return `${pick(['0812', '0813', '0852', '0857', '0878', '0821', '0896', '0838', '0819'])}${pad(ri(0, 99999999), 8).slice(0, pick([7, 8]))}`;
}
function randomHome(where) {
  const { kec, kel } = where ?? pick(KELS);
  return {
    kec,
    kel,
    street: pick(kelStreets.get(kel)),
    gang: chance(0.25) ? ri(1, 12) : null,
    no: chance(0.9) ? String(ri(1, 180)) + (chance(0.08) ? pick(['A', 'B']) : '') : null,
    rt: ri(1, 12),
    rw: ri(1, 9),
  };
}
function oldify(w) {
  return w
    .replace(/u/g, 'oe')
    .replace(/^J|j/g, (m) => (m === 'J' ? 'Dj' : 'dj'))
    .replace(/^C|c/g, (m) => (m === 'C' ? 'Tj' : 'tj'))
    .replace(/([^aeiou])y/g, '$1j');
}
let pid = 0;
function newPerson(o = {}) {
  const g = o.g ?? (chance(0.08) ? 'L' : 'P');
  let name = o.name;
  if (!name) {
    if (g === 'L') name = chance(0.7) ? [pick(M_FIRST), pick(M_LAST)] : [pick(M_FIRST)];
    else {
      const r = rnd();
      name =
        r < 0.28
          ? [pick(F_FIRST)]
          : r < 0.75
            ? [pick(F_FIRST), pick(F_LAST)]
            : [pick(F_FIRST), pick(F_MID), pick(F_LAST)];
    }
    if (name.length > 1 && name[0] === name[1]) name = [name[0], pick(F_LAST)];
    if (chance(0.1)) name = name.map((w) => (/[ujc]/i.test(w) ? oldify(w) : w)); // KTP written in old spelling
  }
  const bd = o.bd ?? randDate(1958, 2001);
  const home = o.home ?? randomHome(o.where);
  const nikKec = chance(0.05) ? pick(Object.keys(KEC)) : home.kec; // moved since the KTP was issued
  const p = {
    key: `P${pad(++pid, 4)}`,
    g,
    name,
    bd,
    home,
    nik: makeNik(nikKec, g, bd),
    phone: o.phone ?? phone(),
    phone2: chance(0.1) ? phone() : null,
    haji: chance(0.12),
    title: chance(0.06) ? pick([', S.Pd.', ', SE', ' S.E.', ', S.Pd', ', A.Md.', ', S.Sos.']) : '',
    tag: o.tag ?? null,
    biz: [],
  };
  persons.push(p);
  return p;
}
const hardPersonPairs = []; // [keyA, keyB, kind]
// same-name women
for (const [nm, n] of [
  [['Siti', 'Aminah'], 4],
  [['Sri', 'Wahyuni'], 4],
  [['Siti', 'Fatimah'], 2],
  [['Sri', 'Rahayu'], 3],
]) {
  const kelA = pick(KELS);
  const group = [];
  for (let i = 0; i < n; i++) {
    const sameKel = i < 2; // first two share a kelurahan, others elsewhere
    group.push(
      newPerson({
        g: 'P',
        name: [...nm],
        where: sameKel ? kelA : pick(KELS.filter((k) => k.kel !== kelA.kel)),
        tag: `samename:${nm.join(' ')}`,
      }),
    );
  }
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++)
      hardPersonPairs.push([
        group[i].key,
        group[j].key,
        group[i].home.kel === group[j].home.kel ? 'samename-samekel' : 'samename-diffkel',
      ]);
}
// mother & daughter: same address, same phone, shared name part
for (let i = 0; i < 20; i++) {
  const shared = pick([
    'Rahayu',
    'Lestari',
    'Wahyuni',
    'Aminah',
    'Handayani',
    'Fatimah',
    'Astuti',
    'Mulyani',
    'Khotijah',
    'Ningsih',
  ]);
  const firstM = pick(['Siti', 'Sri', 'Endang', 'Sumiati', 'Sulastri', 'Tumini', 'Hartini']);
  let firstD = pick(['Dewi', 'Nur', 'Ratna', 'Fitri', 'Indah', 'Dian', 'Novi', 'Rina', 'Siti', 'Sri']);
  if (firstD === firstM) firstD = 'Ayu';
  const mom = newPerson({ g: 'P', name: [firstM, shared], bd: randDate(1955, 1968), tag: 'mother' });
  const dn = i % 3 === 0 ? [firstD, firstM, shared] : [firstD, shared];
  const dau = newPerson({
    g: 'P',
    name: dn,
    bd: randDate(1980, 1998),
    home: { ...mom.home },
    phone: mom.phone,
    tag: 'daughter',
  });
  hardPersonPairs.push([mom.key, dau.key, 'mother-daughter']);
}
// sisters-in-law
for (let i = 0; i < 12; i++) {
  const a = newPerson({ g: 'P', tag: 'inlaw' });
  const b = newPerson({
    g: 'P',
    home: { ...a.home },
    phone: chance(0.5) ? a.phone : undefined,
    tag: 'inlaw',
  });
  hardPersonPairs.push([a.key, b.key, 'sisters-in-law']);
}
while (persons.length < 600) newPerson();

// ---------- businesses ----------
const businesses = [];
let bid = 0;
const usedIrtp = new Set();
function nick(p) {
  const w = p.name[p.name.length - 1];
  const f = p.name[0];
  const short = (x) => (x.length > 5 ? x.slice(-4).replace(/^[aeiou]/, '') : x);
  return pick(
    [f, w, short(f), short(w)]
      .filter((x) => !['Siti', 'Sri', 'Nur', 'Dwi', 'Tri', 'Mochammad', 'Muhammad', 'Ahmad'].includes(x))
      .concat([f]),
  ).replace(/^./, (c) => c.toUpperCase());
}
function newBusiness(p, avoidProducts = []) {
  const food = chance(0.8);
  let prod;
  let foodType = null;
  do {
    if (food) {
      const f = pick(FOOD);
      prod = f[0];
      foodType = f[1];
    } else prod = pick(NONFOOD);
  } while (avoidProducts.includes(prod));
  const n = nick(p);
  const brand = pick(BRAND);
  const r = rnd();
  let name;
  let prefix = '';
  if (r < 0.3) name = `${prod} ${brand}`;
  else if (r < 0.55) name = `${prod} ${p.g === 'L' ? 'Pak' : 'Bu'} ${n}`;
  else if (r < 0.7) {
    prefix = pick(['UD', 'CV']);
    name = brand;
  } else if (r < 0.8)
    name = `${n} ${food ? pick(['Snack', 'Cake', 'Kitchen', 'Food']) : pick(['Collection', 'Craft', 'Art'])}`;
  else if (r < 0.9) name = `${food ? 'Dapur' : 'Griya'} ${n}`;
  else name = `${brand} ${prod}`;
  const products = [prod];
  if (food && chance(0.3))
    products.push(`${prod} ${pick(['Pedas', 'Original', 'Balado', 'Manis', 'Jumbo'])}`);
  let irtp = null;
  if (food) {
    do {
      irtp = pad(ri(1, 9999), 4);
    } while (usedIrtp.has(irtp));
    usedIrtp.add(irtp);
  }
  const b = {
    key: `B${pad(++bid, 4)}`,
    owner: p,
    prefix,
    name,
    prod,
    products,
    food,
    foodType,
    irtp,
    pirts: products.map(
      (_, i) => `${ri(1, 7)}${pad(foodType ?? 1, 2)}3573${pad(i + 1, 2)}${irtp}-${pad(ri(26, 30), 2)}`,
    ),
    omzet: ri(6, 300) * 100000,
    aset: ri(5, 500) * 100000,
    addr: p.home,
  };
  businesses.push(b);
  p.biz.push(b);
  return b;
}
for (const p of persons) newBusiness(p);
const hardBizPairs = [];
for (const p of shuffle(persons.filter((p) => !p.tag?.startsWith('samename'))).slice(0, 150)) {
  const b2 = newBusiness(p, [p.biz[0].prod]);
  hardBizPairs.push([p.biz[0].key, b2.key, 'one-owner-two-businesses']);
}

// ---------- file membership ----------
const FILES = [
  { id: 'f1', file: 'survei_dp3ap2kb_2024.xlsx', source: 'DP3AP2KB Kota Malang', p: 0.68, elig: () => true },
  {
    id: 'f2',
    file: 'umkm_diskopindag_2024.xlsx',
    source: 'Diskopindag Kota Malang',
    p: 0.62,
    elig: () => true,
  },
  {
    id: 'f3',
    file: 'pirt_dinkes_2023_2024.xlsx',
    source: 'Dinas Kesehatan Kota Malang',
    p: 0.7,
    elig: (b) => b.food,
  },
  {
    id: 'f4',
    file: 'rekap_irt_kel_lowokwaru_blimbing.xlsx',
    source: 'Kelurahan se-Kec. Lowokwaru dan Blimbing',
    p: 0.72,
    elig: (b) => ['Lowokwaru', 'Blimbing'].includes(b.addr.kec),
  },
];
for (const b of businesses) {
  const el = FILES.filter((f) => f.elig(b));
  if (chance(0.15)) b.files = [pick(el).id];
  else {
    b.files = el.filter((f) => chance(f.p)).map((f) => f.id);
    while (b.files.length < Math.min(2, el.length)) {
      const f = pick(el).id;
      if (!b.files.includes(f)) b.files.push(f);
    }
  }
}

// ---------- noise ----------
function typo(w) {
  if (w.length < 4) return w;
  const i = ri(1, w.length - 2);
  const r = rnd();
  if (r < 0.35) return w.slice(0, i) + w.slice(i + 1); // drop
  if (r < 0.65) return w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2); // swap
  const near = {
    a: 'sq',
    e: 'wr',
    i: 'uo',
    o: 'ip',
    u: 'yi',
    n: 'bm',
    m: 'n',
    r: 'et',
    t: 'ry',
    s: 'ad',
    h: 'gj',
    k: 'jl',
    y: 'tu',
    d: 'sf',
    l: 'k',
    w: 'qe',
  };
  const c = w[i].toLowerCase();
  return near[c] ? w.slice(0, i) + pick(near[c]) + w.slice(i + 1) : w;
}
function doubled(w) {
  const m = [...w.matchAll(/[bcdfghklmnprstw]/g)];
  if (!m.length) return w;
  const x = pick(m);
  return w.slice(0, x.index) + x[0] + w.slice(x.index);
}
function modernise(w) {
  return w
    .replace(/oe/g, 'u')
    .replace(/Dj/g, 'J')
    .replace(/dj/g, 'j')
    .replace(/Tj/g, 'C')
    .replace(/tj/g, 'c');
}
function nameVariant(p, o, tags) {
  let w = [...p.name];
  if (chance(0.12)) {
    const old = w.map((x) =>
      /[oe]|dj|tj/i.test(x) && /oe|dj|tj/i.test(x) ? modernise(x) : /[ujcy]/i.test(x) ? oldify(x) : x,
    );
    if (old.join() !== w.join()) {
      w = old;
      tags.push('spelling');
    }
  }
  if (p.g === 'L' && /^(Mochammad|Muhammad)$/.test(w[0]) && chance(0.5)) {
    w[0] = pick(['Moch.', 'M.', 'Moh.', 'Mochamad', 'Muhamad']);
    tags.push('moch');
  }
  if (w.length === 3 && chance(0.3)) {
    const r = rnd();
    tags.push('middle');
    if (r < 0.4) w = [w[0], w[2]];
    else if (r < 0.7) w = [w[0], `${w[1][0]}.`, w[2]];
    else if (r < 0.85) w = [w[0], w[1]];
    else w = [w[0], w[1], `${w[2][0]}.`];
  } else if (w.length === 2 && chance(o.dropLast ?? 0.03)) {
    w = [w[0]];
    tags.push('droplast');
  }
  if (chance(0.05)) {
    const i = ri(0, w.length - 1);
    if (w[i].length > 3) {
      w[i] = typo(w[i]);
      tags.push('typo');
    }
  }
  if (chance(0.05)) {
    const i = ri(0, w.length - 1);
    if (w[i].length > 3) {
      w[i] = doubled(w[i]);
      tags.push('double');
    }
  }
  if (w.length === 2 && chance(0.025)) {
    w = [w[1], w[0]];
    tags.push('order');
  }
  let s = w.join(' ');
  if (p.haji && chance(0.6)) {
    s = `${p.g === 'P' ? pick(['Hj.', 'Hj', 'Hajah']) : pick(['H.', 'H'])} ${s}`;
    tags.push('haji');
  } else if (chance(o.honor ?? 0.1)) {
    s = `${p.g === 'P' ? pick(['Ibu', 'Bu', 'Ny.', 'Ibu']) : pick(['Bpk.', 'Pak', 'Bapak'])} ${s}`;
    tags.push('honor');
  }
  if (p.title && chance(0.6)) {
    s += p.title;
    tags.push('title');
  }
  if (o.upper && chance(o.upper)) s = s.toUpperCase();
  if (chance(0.03)) s = ` ${s}  `;
  return s;
}
// Digits 7–12 are the birth date (day + 40 for a woman): a typo there may make one that cannot be.
function validNikDate(n) {
  const d = Number(n.slice(6, 8)) % 40;
  const m = Number(n.slice(8, 10));
  const y = 1900 + Number(n.slice(10, 12));
  const date = new Date(Date.UTC(y, m - 1, d));
  return d >= 1 && m >= 1 && m <= 12 && date.getUTCDate() === d;
}
function nikVariant(p, o, tags) {
  if (chance(o.nikMiss)) {
    tags.push('nik-missing');
    return null;
  }
  let n = p.nik;
  if (chance(0.05)) {
    const a = n.split('');
    const i = ri(6, 15);
    if (chance(0.5)) {
      let d;
      do {
        d = String(ri(0, 9));
      } while (d === a[i]);
      a[i] = d;
      tags.push('nik-digit');
    } else {
      const j = i === 15 ? 14 : i;
      if (a[j] !== a[j + 1]) {
        [a[j], a[j + 1]] = [a[j + 1], a[j]];
        tags.push('nik-swap');
      }
    }
    n = a.join('');
    if (!validNikDate(n)) tags.push('nik-bad-date');
  }
  const r = rnd();
  if (r < (o.nikNum ?? 0)) return Number(n); // numeric cell (exact)
  if (r < (o.nikNum ?? 0) + 0.05) return `${n.slice(0, 4)} ${n.slice(4, 8)} ${n.slice(8, 12)} ${n.slice(12)}`;
  if (r < (o.nikNum ?? 0) + 0.08) return `'${n}`;
  return n;
}
function phoneVariant(p, o, tags) {
  if (chance(o.phoneMiss ?? 0.15)) {
    tags.push('phone-missing');
    return null;
  }
  const second = p.phone2 && chance(0.5);
  if (second) tags.push('phone2');
  const ph = second ? p.phone2 : p.phone;
  const r = rnd();
  const rest = ph.slice(1);
  if (r < 0.4) return ph;
  if (r < 0.55) return `${ph.slice(0, 4)}-${ph.slice(4, 8)}-${ph.slice(8)}`;
  if (r < 0.67) return `+62 ${rest.slice(0, 3)} ${rest.slice(3, 7)} ${rest.slice(7)}`;
  if (r < 0.77) return `62${rest}`;
  if (r < 0.9) return Number(rest); // leading 0 lost in a number cell
  return `${ph.slice(0, 4)} ${ph.slice(4)}`;
}
const JL = () => pick(['Jl.', 'Jl.', 'Jalan', 'Jln.', 'JL.', 'Jl']);
function streetPart(a, tags) {
  let s = `${JL()} ${a.street}`;
  if (a.gang)
    s += ` ${pick(['Gg.', 'Gang', 'Gg'])} ${pick([String(a.gang), ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'][a.gang - 1]])}`;
  if (a.no) s += pick([` No. ${a.no}`, ` No.${a.no}`, ` no ${a.no}`, ` ${a.no}`, `/${a.no}`]);
  if (chance(0.04)) {
    s = s.replace(/(Jl\.?|Jalan|Jln\.|JL\.)\s/, '');
    tags.push('no-jl');
  }
  return s;
}
function rtrw(a) {
  return pick([
    `RT.${pad(a.rt, 2)}/RW.${pad(a.rw, 2)}`,
    `RT ${a.rt} RW ${a.rw}`,
    `Rt ${pad(a.rt, 3)} Rw ${pad(a.rw, 3)}`,
    `RT ${pad(a.rt, 2)}/${pad(a.rw, 2)}`,
    `${pad(a.rt, 2)}/${pad(a.rw, 2)}`,
    `RT.${a.rt} RW.${a.rw}`,
  ]);
}
const kelName = (kel) => pick(KEL_VARIANT[kel] ?? [kel]);
function bizVariant(b, o, tags) {
  let s = b.name;
  if (b.prefix) {
    if (chance(0.75)) s = `${b.prefix} ${s}`;
    else tags.push('prefix-drop');
  } else if (chance(o.addPrefix ?? 0.05)) {
    s = `${pick(['UD', 'UD.', 'CV', 'IRT'])} ${s}`;
    tags.push('prefix-add');
  }
  if (chance(o.productOnly ?? 0)) {
    s = b.prod;
    tags.push('product-only');
  }
  if (/Keripik/.test(s) && chance(0.3)) {
    s = s.replace('Keripik', pick(['Kripik', 'Krupik']));
    tags.push('kripik');
  }
  if (/ Bu /.test(s) && chance(0.3)) {
    s = s.replace(' Bu ', pick([' Ibu ', ' Bu. ', ' Mbak ', ' Bu']));
    tags.push('bu');
  }
  if (chance(0.03)) {
    const w = s.split(' ');
    const i = ri(0, w.length - 1);
    w[i] = typo(w[i]);
    s = w.join(' ');
    tags.push('biz-typo');
  }
  if (chance(0.04)) {
    s = s.replace(/^(UD|CV)\s(.*)$/, '$1 "$2"');
  }
  if (o.upper && chance(o.upper)) s = s.toUpperCase();
  return s;
}
const rupiah = (v) =>
  pick([
    v,
    `Rp ${v.toLocaleString('id-ID')}`,
    `${v.toLocaleString('id-ID')}`,
    `Rp.${v.toLocaleString('id-ID')},-`,
    v >= 1e6 && v % 500000 === 0 ? `${(v / 1e6).toLocaleString('id-ID')} jt` : v,
  ]);
const fmtDate = (d) => `${pad(d.getUTCDate(), 2)}/${pad(d.getUTCMonth() + 1, 2)}/${d.getUTCFullYear()}`;

// ---------- rows per office ----------
const truth = [];
function build(fid) {
  const out = [];
  for (const b of businesses.filter((b) => b.files.includes(fid))) {
    const reps = fid === 'f3' ? b.products.length : 1;
    for (let k = 0; k < reps; k++) out.push({ b, k });
  }
  shuffle(out);
  // within-file duplicates (re-entered row)
  const n = out.length;
  for (let i = 0; i < Math.round(n * 0.025); i++) {
    const src = out[ri(0, n - 1)];
    out.splice(ri(0, out.length), 0, { ...src, dup: true });
  }
  return out;
}
function addrCell(a, tags, withKel = true, withKec = true) {
  let s = `${streetPart(a, tags)} ${rtrw(a)}`;
  if (withKel)
    s += pick([
      `, Kel. ${kelName(a.kel)}`,
      ` Kel. ${kelName(a.kel)}`,
      `, ${kelName(a.kel)}`,
      ` Kelurahan ${kelName(a.kel)}`,
    ]);
  if (withKec) s += pick([`, Kec. ${a.kec}`, ` Kec. ${a.kec}`, `, Kecamatan ${a.kec}`, '']);
  if (chance(0.3)) s += pick([', Kota Malang', ' Malang', ', Malang']);
  return s;
}

async function writeBook(f, titles, header, rows, widths) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(pick(['Sheet1', 'Data', 'REKAP']));
  for (const t of titles) ws.addRow(t === '' ? [] : [t]);
  ws.addRow(header).font = { bold: true };
  for (const r of rows) {
    const row = ws.addRow(r.cells);
    truth.push({
      file: f.file,
      sheet_row: row.number,
      person: r.b.owner.key,
      business: r.b.key,
      dup: r.dup ? 1 : 0,
      tags: r.tags.join('|'),
    });
    r.cells.forEach((c, i) => {
      if (c instanceof Date) row.getCell(i + 1).numFmt = 'dd/mm/yyyy';
    });
  }
  ws.columns.forEach((c, i) => {
    c.width = widths?.[i] ?? 18;
  });
  await wb.xlsx.writeFile(`${OUT}/${f.file}`);
}

const F = Object.fromEntries(FILES.map((f) => [f.id, f]));
// f1: DP3AP2KB survey
{
  const o = { nikMiss: 0.32, nikNum: 0.1, honor: 0.08, phoneMiss: 0.12 };
  const rows = build('f1').map(({ b, dup }) => {
    const p = b.owner;
    const tags = [];
    const a = p.home;
    let bd = null;
    if (!chance(0.06)) {
      const r = rnd();
      bd =
        r < 0.45
          ? p.bd
          : r < 0.85
            ? fmtDate(p.bd)
            : r < 0.95
              ? fmtDate(p.bd).replace(/\//g, '-')
              : `${p.bd.getUTCDate()} ${['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'][p.bd.getUTCMonth()]} ${p.bd.getUTCFullYear()}`;
    } else tags.push('bd-missing');
    const g = p.g === 'P' ? pick(['P', 'P', 'Perempuan', 'Wanita', 'Pr']) : pick(['L', 'Laki-laki', 'Lk']);
    return {
      b,
      dup,
      tags,
      cells: [
        nikVariant(p, o, tags),
        nameVariant(p, o, tags),
        g,
        bd,
        streetPart(a, tags),
        pick([a.rt, pad(a.rt, 2), pad(a.rt, 3)]),
        pick([a.rw, pad(a.rw, 2), pad(a.rw, 3)]),
        chance(0.2) ? kelName(a.kel).toUpperCase() : kelName(a.kel),
        bizVariant(b, { addPrefix: 0.03, productOnly: 0.05 }, tags),
        b.products.join(', '),
        rupiah(Math.round((b.omzet * pick([1, 1, 0.9, 1.1])) / 50000) * 50000),
        phoneVariant(p, o, tags),
      ],
    };
  });
  await writeBook(
    F.f1,
    [
      'DATA SURVEI INDUSTRI RUMAHAN KOTA MALANG',
      'Dinas Pemberdayaan Perempuan, Perlindungan Anak, Pengendalian Penduduk dan KB - Tahun 2024',
      '',
    ],
    [
      'NIK',
      'Nama Pemilik',
      'Jenis Kelamin',
      'Tgl Lahir',
      'Alamat',
      'RT',
      'RW',
      'Kelurahan',
      'Nama Usaha',
      'Jenis Produk',
      'Omzet per Bulan (Rp)',
      'No. HP',
    ],
    rows,
  );
}
// f2: Diskopindag UMKM list
{
  const o = { nikMiss: 0.5, nikNum: 0.15, honor: 0.05, phoneMiss: 0.1 };
  const rows = build('f2').map(({ b, dup }, i) => {
    const p = b.owner;
    const tags = [];
    return {
      b,
      dup,
      tags,
      cells: [
        i + 1,
        bizVariant(b, { addPrefix: 0.15 }, tags),
        nameVariant(p, o, tags),
        nikVariant(p, o, tags),
        addrCell(b.addr, tags),
        rupiah(b.omzet),
        rupiah(b.aset),
        phoneVariant(p, o, tags),
      ],
    };
  });
  await writeBook(
    F.f2,
    ['DAFTAR UMKM BINAAN DINAS KOPERASI, PERINDUSTRIAN DAN PERDAGANGAN KOTA MALANG', ''],
    ['No', 'Nama UMKM', 'Nama Pelaku Usaha', 'NIK', 'Alamat Usaha', 'Omset/bln', 'Aset', 'Telp'],
    rows,
  );
}
// f3: Dinkes P-IRT register (one row per product)
{
  const o = { nikMiss: 0.4, nikNum: 0.05, honor: 0.03, upper: 0.6 };
  const rows = build('f3').map(({ b, k, dup }, i) => {
    const p = b.owner;
    const tags = [];
    let pirt = b.pirts[k];
    const r = rnd();
    if (r < 0.1) pirt = pirt.replace('-', '');
    else if (r < 0.2) pirt = `P-IRT No. ${pirt}`;
    else if (r < 0.25) pirt = pirt.replace(/^(\d)(\d{2})(\d{4})(\d{2})(\d{4})/, '$1 $2 $3 $4 $5');
    return {
      b,
      dup,
      tags,
      cells: [
        i + 1,
        nameVariant(p, o, tags),
        nikVariant(p, o, tags),
        bizVariant(b, { addPrefix: 0.1, productOnly: 0.1, upper: 0.6 }, tags),
        b.products[k],
        pirt,
        addrCell(b.addr, tags, true, chance(0.7)).toUpperCase(),
      ],
    };
  });
  await writeBook(
    F.f3,
    [
      'REGISTER SERTIFIKAT PRODUKSI PANGAN INDUSTRI RUMAH TANGGA (SPP-IRT)',
      'DINAS KESEHATAN KOTA MALANG',
      'Periode 2023 - 2024',
      '',
    ],
    ['No', 'Nama Pemohon', 'NIK Pemohon', 'Nama IRTP', 'Nama Produk', 'No. P-IRT', 'Alamat'],
    rows,
  );
}
// f4: kelurahan list (compiled by two kecamatan), no NIK
{
  const o = { honor: 0.45, dropLast: 0.06 };
  const list = build('f4').sort((x, y) =>
    (x.b.addr.kec + x.b.addr.kel).localeCompare(y.b.addr.kec + y.b.addr.kel),
  );
  let n = 0;
  const rows = list.map(({ b, dup }) => {
    const p = b.owner;
    const tags = [];
    const withKel = chance(0.85);
    if (!withKel) tags.push('addr-no-kel');
    return {
      b,
      dup,
      tags,
      cells: [
        ++n,
        nameVariant(p, o, tags),
        addrCell(b.addr, tags, withKel, false),
        bizVariant(b, { productOnly: 0.3 }, tags),
        b.products.join(' & '),
        phoneVariant(p, { phoneMiss: 0.2 }, tags),
      ],
    };
  });
  await writeBook(
    F.f4,
    ['DATA PELAKU INDUSTRI RUMAHAN', 'KELURAHAN SE-KECAMATAN LOWOKWARU DAN BLIMBING', ''],
    ['No', 'Nama', 'Alamat', 'Nama Usaha', 'Produk', 'WA'],
    rows,
  );
}

// ---------- truth ----------
// As score.ts reads truth: every row is a valid one, but for the kelurahan list's rows whose address names
// no kelurahan (a registry record needs its kelurahan) and NIKs whose typo made an impossible birth date.
const expected = (t) =>
  t.tags.includes('addr-no-kel') || t.tags.includes('nik-bad-date') ? 'rejected' : 'ok';
fs.writeFileSync(
  `${OUT}/truth.csv`,
  `file,sheet_row,person_key,business_key,expected,tags\n${truth.map((t) => [t.file, t.sheet_row, t.person, t.business, expected(t), t.tags].join(',')).join('\n')}\n`,
);
fs.writeFileSync(
  `${OUT}/manifest.json`,
  JSON.stringify({ files: FILES.map(({ file, source }) => ({ file, source })) }, null, 1),
);
fs.writeFileSync(
  `${OUT}/hardneg.json`,
  JSON.stringify({ persons: hardPersonPairs, businesses: hardBizPairs }, null, 1),
);
fs.writeFileSync(
  `${OUT}/entities.json`,
  JSON.stringify(
    {
      persons: persons.map((p) => ({
        key: p.key,
        name: p.name.join(' '),
        g: p.g,
        nik: p.nik,
        bd: p.bd.toISOString().slice(0, 10),
        phone: p.phone,
        home: p.home,
        tag: p.tag,
      })),
      businesses: businesses.map((b) => ({
        key: b.key,
        owner: b.owner.key,
        name: (b.prefix ? `${b.prefix} ` : '') + b.name,
        products: b.products,
        pirts: b.pirts,
        files: b.files,
      })),
    },
    null,
    1,
  ),
);
const files = FILES.map((f) => f.file);
for (const f of files)
  console.log(
    f,
    truth.filter((t) => t.file === f).length,
    'rows;',
    new Set(truth.filter((t) => t.file === f).map((t) => t.person)).size,
    'persons;',
    new Set(truth.filter((t) => t.file === f).map((t) => t.business)).size,
    'businesses',
  );
console.log(
  'persons',
  persons.length,
  'businesses',
  businesses.length,
  'single-file businesses',
  businesses.filter((b) => b.files.length === 1).length,
);
