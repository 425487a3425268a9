import type { SectorCode } from '../../../shared/rules/kbli.ts';
import { type Kind, line } from './malang.ts';

/** Share of each sector among all micro enterprises (BPS 2023: food 40 %, wood 14.5 %, apparel + textiles 19.7 %). */
export const SECTOR_SHARE_ALL: Record<SectorCode, number> = {
  pangan: 40,
  kayu: 14.5,
  sandang: 19.7,
  kerajinan: 13,
  kimia: 4,
  jasa: 8.8,
  lainnya: 0,
};

/** Home industries make goods at home: over half culinary, no shops or services. */
export const SECTOR_SHARE_HOME: Record<SectorCode, number> = {
  pangan: 56,
  kayu: 9,
  sandang: 18,
  kerajinan: 12,
  kimia: 5,
  jasa: 0,
  lainnya: 0,
};

export const KINDS: Record<SectorCode, readonly Kind[]> = {
  pangan: [
    { kbli: '10391', weight: 7, lines: [line('Tempe', 'tempe kedelai, tempe bungkus daun, tempe mendoan')] },
    { kbli: '10392', weight: 4, lines: [line('Tahu', 'tahu putih, tahu kuning, tahu walik')] },
    {
      kbli: '10710',
      weight: 13,
      lines: [
        line('Roti', 'roti manis, roti tawar, roti sobek'),
        line('Kue Kering', 'nastar, kastengel, putri salju'),
      ],
    },
    {
      kbli: '10750',
      weight: 10,
      lines: [
        line('Catering', 'nasi kotak, tumpeng, lauk pauk'),
        line('Frozen Food', 'bakso, nugget, pentol, pangsit'),
      ],
    },
    {
      kbli: '10792',
      weight: 15,
      lines: [
        line('Kue Basah', 'lemper, kue lapis, klepon, nagasari'),
        line('Jajan Pasar', 'onde-onde, lumpur, apem, getuk'),
      ],
    },
    {
      kbli: '10794',
      weight: 16,
      lines: [
        line('Kripik Tempe', 'keripik tempe, keripik tempe pedas'),
        line('Keripik Singkong', 'keripik singkong, keripik singkong balado'),
        line('Keripik Apel', 'keripik apel, keripik nangka, keripik salak'),
        line('Kerupuk', 'kerupuk udang, kerupuk bawang, rengginang'),
        line('Peyek', 'peyek kacang, peyek teri, peyek kedelai'),
      ],
    },
    {
      kbli: '10799',
      weight: 8,
      lines: [
        line('Sambal', 'sambal bawang, sambal terasi, sambal pecel'),
        line('Camilan', 'makaroni pedas, basreng, stik bawang'),
      ],
    },
    { kbli: '11090', weight: 6, lines: [line('Jamu Seger', 'wedang jahe, sari kunyit asam, beras kencur')] },
    { kbli: '11040', weight: 3, lines: [line('Minuman', 'sari apel, es teh, minuman jeli')] },
    { kbli: '10772', weight: 4, lines: [line('Bumbu Pecel', 'bumbu pecel, bumbu rujak, bumbu rawon')] },
    {
      kbli: '10733',
      weight: 2,
      lines: [line('Manisan', 'manisan pala, manisan mangga, manisan kolang-kaling')],
    },
    { kbli: '10796', weight: 2, lines: [line('Dodol', 'dodol apel, jenang, wajik')] },
    { kbli: '10761', weight: 3, lines: [line('Kopi', 'kopi bubuk, kopi robusta Dampit, kopi rempah')] },
    { kbli: '10793', weight: 2, lines: [line('Kacang', 'kacang bawang, kacang sangrai, kacang telur')] },
    { kbli: '10722', weight: 1, lines: [line('Gula Aren', 'gula merah, gula semut, gula aren cair')] },
  ],
  kayu: [
    {
      kbli: '31001',
      weight: 45,
      lines: [
        line('Mebel', 'kursi kayu, lemari, meja, dipan'),
        line('Furnitur', 'rak buku, meja belajar, bufet'),
      ],
    },
    { kbli: '16291', weight: 25, lines: [line('Anyaman Bambu', 'besek, tampah, kukusan, kap lampu bambu')] },
    {
      kbli: '16293',
      weight: 10,
      lines: [line('Ukir Kayu', 'topeng Malangan, hiasan dinding ukir, pigura ukir')],
    },
    { kbli: '16294', weight: 10, lines: [line('Perabot Kayu', 'talenan, sutil kayu, cobek kayu, centong')] },
    { kbli: '16292', weight: 10, lines: [line('Anyaman Pandan', 'tikar pandan, tas pandan, topi anyaman')] },
  ],
  sandang: [
    { kbli: '14120', weight: 40, lines: [line('Jahit', 'jahit kebaya, seragam sekolah, permak pakaian')] },
    {
      kbli: '14111',
      weight: 38,
      lines: [
        line('Konveksi', 'kaos sablon, seragam kerja, jaket'),
        line('Busana Muslim', 'gamis, hijab, mukena'),
      ],
    },
    { kbli: '13134', weight: 22, lines: [line('Batik', 'batik tulis Malangan, batik cap, kain batik')] },
  ],
  kerajinan: [
    {
      kbli: '32903',
      weight: 70,
      lines: [
        line('Kerajinan', 'suvenir pernikahan, gantungan kunci, bros'),
        line('Flanel', 'boneka flanel, tempat pensil, hiasan kulkas'),
        line('Daur Ulang', 'tas plastik daur ulang, bunga kain perca, keset'),
      ],
    },
    { kbli: '23932', weight: 20, lines: [line('Gerabah', 'pot tanah liat, cobek, celengan')] },
    { kbli: '32300', weight: 10, lines: [line('Raket', 'raket bulu tangkis, shuttlecock')] },
  ],
  kimia: [
    { kbli: '20231', weight: 40, lines: [line('Sabun', 'sabun cuci piring, sabun batang, deterjen cair')] },
    { kbli: '20232', weight: 25, lines: [line('Kosmetik', 'lulur, masker wajah, minyak rambut')] },
    { kbli: '21022', weight: 35, lines: [line('Jamu', 'jamu gendong, jamu serbuk, minyak urut')] },
  ],
  // Food stalls and beauty services: micro enterprises that are not home industries (KBLI 2020).
  jasa: [
    { kbli: '56102', weight: 30, lines: [line('Warung Makan', 'nasi pecel, rawon, soto ayam')] },
    { kbli: '56103', weight: 20, lines: [line('Kedai', 'bakso Malang, cwie mie, es campur')] },
    { kbli: '96112', weight: 30, lines: [line('Salon', 'rias pengantin, creambath, perawatan wajah')] },
    { kbli: '96111', weight: 20, lines: [line('Pangkas Rambut', 'potong rambut, cukur jenggot')] },
  ],
  lainnya: [],
};

export const BRANDS = [
  'Jaya',
  'Makmur',
  'Abadi',
  'Sejahtera',
  'Barokah',
  'Berkah',
  'Lestari',
  'Sentosa',
  'Mandiri',
  'Sumber Rejeki',
  'Sari Rasa',
  'Mekar',
  'Rejeki',
  'Maju',
  'Mulya',
  'Indah',
  'Asri',
  'Mulia',
  'Putra',
  'Putri',
  'Sehati',
  'Arema',
  'Ngalam',
  'Kawi',
  'Tugu',
  'Ijen',
  'Jaya Abadi',
  'Maju Jaya',
  'Sumber Makmur',
  'Karya Mandiri',
  'Tiga Putri',
  'Dua Saudara',
  'Bunda',
  'Mama',
  'Al Barokah',
  'Amanah',
  'Rizki',
  'Harapan',
  'Cahaya',
  'Melati',
  'Kenanga',
  'Srikandi',
  'Kartini',
  'Ayu',
  'Nusantara',
  'Singhasari',
  'Tumapel',
  'Gajayana',
  'Kencana',
  'Mentari',
];
