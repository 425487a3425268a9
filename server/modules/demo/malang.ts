/** Facts about Kota Malang (35.73) that shape the demo data; sources in docs/domain.md. */

/** DP3AP2KB Kota Malang, April 2018: micro enterprises, home industries, and those run by a KRTP woman. */
export const TOTALS = { businesses: 99_213, homeIndustries: 14_327, krtpHomeIndustries: 8_552 } as const;

/** 2023 population per kecamatan: businesses are spread in this proportion. */
export const POPULATION: Record<string, number> = {
  '35.73.01': 182_851, // Blimbing
  '35.73.02': 93_990, // Klojen
  '35.73.03': 209_375, // Kedungkandang
  '35.73.04': 196_860, // Sukun
  '35.73.05': 164_106, // Lowokwaru
};

/** Approximate centre of each kecamatan and the spread (degrees) of its built-up area. */
export const CENTROIDS: Record<string, { lat: number; lon: number; spread: number }> = {
  '35.73.01': { lat: -7.943, lon: 112.649, spread: 0.022 },
  '35.73.02': { lat: -7.977, lon: 112.629, spread: 0.014 },
  '35.73.03': { lat: -8.006, lon: 112.662, spread: 0.03 },
  '35.73.04': { lat: -8.003, lon: 112.615, spread: 0.024 },
  '35.73.05': { lat: -7.94, lon: 112.617, spread: 0.022 },
};

export type Line = { label: string; products: readonly string[] };
export type Kind = { kbli: string; weight: number; lines: readonly Line[] };

export const line = (label: string, products: string): Line => ({ label, products: products.split(', ') });

/** A product cluster: extra home industries in its kelurahan, a share of which make the cluster's product. */
export type Sentra = {
  kelurahan: string;
  name: string;
  place: string;
  street: string | null;
  homeWeight: number;
  joinHome: number;
  joinOther: number;
  kinds: readonly Kind[];
};

export const SENTRA: readonly Sentra[] = [
  {
    kelurahan: '35.73.01.1007', // Purwantoro
    name: 'Sentra Tempe Sanan',
    place: 'Sanan',
    street: 'Jl. Sanan',
    homeWeight: 4,
    joinHome: 0.6,
    joinOther: 0.08,
    kinds: [
      {
        kbli: '10391',
        weight: 1,
        lines: [line('Tempe', 'tempe kedelai, tempe bungkus daun, tempe mendoan')],
      },
      {
        kbli: '10794',
        weight: 1.3,
        lines: [
          line(
            'Kripik Tempe',
            'keripik tempe, keripik tempe pedas, keripik tempe daun jeruk, keripik tempe balado',
          ),
        ],
      },
    ],
  },
  {
    kelurahan: '35.73.01.1001', // Balearjosari
    name: 'Sentra Rotan Balearjosari',
    place: 'Balearjosari',
    street: 'Jl. Ahmad Yani Utara',
    homeWeight: 1.5,
    joinHome: 0.15,
    joinOther: 0.02,
    kinds: [
      {
        kbli: '16291',
        weight: 1,
        lines: [line('Rotan', 'kursi rotan, meja rotan, keranjang rotan, ayunan rotan')],
      },
    ],
  },
  {
    kelurahan: '35.73.01.1006', // Pandanwangi
    name: 'Sentra Marning Pandanwangi',
    place: 'Pandanwangi',
    street: null,
    homeWeight: 2,
    joinHome: 0.25,
    joinOther: 0.02,
    kinds: [
      {
        kbli: '10794',
        weight: 1,
        lines: [line('Marning Jagung', 'marning jagung, marning pedas, marning asin')],
      },
    ],
  },
  {
    kelurahan: '35.73.05.1004', // Dinoyo
    name: 'Sentra Keramik Dinoyo',
    place: 'Dinoyo',
    street: 'Jl. MT Haryono',
    homeWeight: 1.5,
    joinHome: 0.12,
    joinOther: 0.02,
    kinds: [
      {
        kbli: '23932',
        weight: 1,
        lines: [line('Keramik', 'vas keramik, guci, cangkir keramik, suvenir keramik')],
      },
    ],
  },
  {
    kelurahan: '35.73.02.1011', // Penanggungan
    name: 'Sentra Gerabah Penanggungan',
    place: 'Penanggungan',
    street: null,
    homeWeight: 1.3,
    joinHome: 0.08,
    joinOther: 0.01,
    kinds: [
      {
        kbli: '23932',
        weight: 1,
        lines: [line('Gerabah', 'pot gerabah, cobek, kendi, celengan tanah liat')],
      },
    ],
  },
  {
    kelurahan: '35.73.04.1004', // Bandungrejosari
    name: 'Sentra Raket Bandungrejosari',
    place: 'Bandungrejosari',
    street: null,
    homeWeight: 1.2,
    joinHome: 0.05,
    joinOther: 0.005,
    kinds: [
      { kbli: '32300', weight: 1, lines: [line('Raket', 'raket bulu tangkis, senar raket, grip raket')] },
    ],
  },
  {
    // The Kemirahan furniture cluster lies along Jl. Piranha Atas in Tunjungsekar (Lowokwaru).
    kelurahan: '35.73.05.1008',
    name: 'Sentra Mebel Kemirahan',
    place: 'Kemirahan',
    street: 'Jl. Piranha Atas',
    homeWeight: 1.5,
    joinHome: 0.15,
    joinOther: 0.03,
    kinds: [
      {
        kbli: '31001',
        weight: 1,
        lines: [line('Mebel', 'lemari jati, kursi ukir, meja makan, tempat tidur kayu')],
      },
    ],
  },
];

/** The business browser tests look for (searched with the typo "keripik tempe sanan"). */
export const SANAN_SHOWCASE = {
  kelurahan: '35.73.01.1007',
  name: 'Kripik Tempe Sanan Jaya',
  // No other business may contain this phrase, so the showcase ranks first for "keripik tempe sanan".
  phrase: 'Kripik Tempe Sanan',
  street: 'Jl. Sanan',
  kbli: '10794',
  products: ['keripik tempe', 'keripik tempe pedas', 'keripik tempe balado'],
} as const;
