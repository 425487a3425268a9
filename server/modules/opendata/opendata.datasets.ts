import { sql } from 'kysely';
import { KBLI_KNOWN } from '../../../shared/rules/kbli.ts';
import { PERMIT_LABELS, type PermitType } from '../../../shared/rules/permits.ts';
import { inScope } from '../../db/scope.ts';
import type { Executor } from '../../db/transaction.ts';

export type Cell = string | number | null;
export type Row = Record<string, Cell>;
export type Column = { name: string; type: 'string' | 'integer'; description: string };

export type Dataset = {
  id: string;
  title: string;
  description: string;
  columns: Column[];
  /** The count columns, suppressed when small. */
  counts: string[];
  /** Rows adding up to a figure published elsewhere (the kecamatan): secondary suppression works per group. */
  group?: (r: Row) => string;
  references: string[];
  rows: (db: Executor, region: string) => Promise<Row[]>;
};

// The headline population of the dashboard: active micro enterprises (size unknown counts as micro).
const MICRO = sql`b.status = 'active' and (b.size_class is null or b.size_class = 'mikro')`;
const AREA_REF = 'Kode wilayah Kemendagri (Permendagri 72/2019 dan pembaruannya), dari idn-area-data (ODbL)';

const kecamatanColumns: Column[] = [
  { name: 'kode_kecamatan', type: 'string', description: 'Kode kecamatan Kemendagri (PP.KK.CC)' },
  { name: 'nama_kecamatan', type: 'string', description: 'Nama kecamatan' },
];

export const DATASETS: Dataset[] = [
  {
    id: 'industri-rumahan-per-kelurahan',
    title: 'Jumlah usaha mikro dan industri rumahan per kelurahan',
    description:
      'Usaha mikro aktif yang terdaftar, di antaranya industri rumahan (usaha mikro yang memproduksi barang/jasa di rumah dengan tenaga kerja keluarga, Permen PPPA 2/2016), dan industri rumahan yang dikelola perempuan kepala rumah tangga (KRTP), per kelurahan.',
    columns: [
      ...kecamatanColumns,
      {
        name: 'kode_kelurahan',
        type: 'string',
        description: 'Kode kelurahan/desa Kemendagri (PP.KK.CC.VVVV)',
      },
      { name: 'nama_kelurahan', type: 'string', description: 'Nama kelurahan/desa' },
      { name: 'usaha_mikro', type: 'integer', description: 'Usaha mikro aktif' },
      { name: 'industri_rumahan', type: 'integer', description: 'Di antaranya industri rumahan' },
      { name: 'industri_rumahan_krtp', type: 'integer', description: 'Industri rumahan yang dikelola KRTP' },
    ],
    counts: ['usaha_mikro', 'industri_rumahan', 'industri_rumahan_krtp'],
    group: (r) => String(r.kode_kecamatan),
    references: [AREA_REF],
    rows: async (db, region) => {
      const { rows } = await sql<Row>`
        select kec.code as kode_kecamatan, kec.name as nama_kecamatan, kel.code as kode_kelurahan,
          kel.name as nama_kelurahan,
          coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')), 0)::int as usaha_mikro,
          coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')
            and c.home_industry), 0)::int as industri_rumahan,
          coalesce(sum(c.n) filter (where c.status = 'active' and c.size_class in ('', 'mikro')
            and c.home_industry and c.owner_krtp), 0)::int as industri_rumahan_krtp
        from areas kel
        join areas kec on kec.code = kel.parent_code
        left join business_counts c on c.kelurahan_code = kel.code
        where kec.parent_code = ${region}
        group by kec.code, kec.name, kel.code, kel.name
        order by kel.code`.execute(db);
      return rows;
    },
  },
  {
    id: 'industri-rumahan-per-kecamatan-kbli',
    title: 'Jumlah industri rumahan per kecamatan dan kelompok KBLI',
    description:
      'Industri rumahan (usaha mikro aktif) per kecamatan menurut kelompok Klasifikasi Baku Lapangan Usaha Indonesia (KBLI 2020, 5 digit). Kode kosong: KBLI belum diisi.',
    columns: [
      ...kecamatanColumns,
      {
        name: 'kode_kbli',
        type: 'string',
        description: 'Kode kelompok KBLI (5 digit); kosong bila belum diisi',
      },
      { name: 'versi_kbli', type: 'string', description: 'Versi KBLI' },
      { name: 'judul_kbli', type: 'string', description: 'Judul kelompok KBLI (bila dikenal)' },
      { name: 'industri_rumahan', type: 'integer', description: 'Industri rumahan' },
    ],
    counts: ['industri_rumahan'],
    group: (r) => String(r.kode_kecamatan),
    references: [AREA_REF, 'KBLI 2020 (Peraturan BPS No. 2 Tahun 2020)'],
    rows: async (db, region) => {
      const { rows } = await sql<Row>`
        select kec.code as kode_kecamatan, kec.name as nama_kecamatan, coalesce(b.kbli_code, '') as kode_kbli,
          coalesce(b.kbli_version::text, '2020') as versi_kbli, count(*)::int as industri_rumahan
        from businesses b join areas kec on kec.code = b.kecamatan_code
        where ${inScope('b.kelurahan_code', region)} and ${MICRO} and b.home_industry
        group by kec.code, kec.name, b.kbli_code, b.kbli_version
        order by kec.code, kode_kbli`.execute(db);
      return rows.map((r) => ({ ...r, judul_kbli: KBLI_KNOWN[String(r.kode_kbli)]?.name ?? '' }));
    },
  },
  {
    id: 'izin-industri-rumahan-per-kecamatan',
    title: 'Jumlah industri rumahan yang memegang izin berlaku, per kecamatan dan jenis izin',
    description:
      'Industri rumahan (usaha mikro aktif) yang memegang izin yang masih berlaku pada tanggal posisi, per kecamatan dan jenis izin (NIB, P-IRT, sertifikat halal, BPOM MD, SKU, IUMK, merek, SLHS). Satu usaha dapat memegang beberapa jenis izin.',
    columns: [
      ...kecamatanColumns,
      { name: 'jenis_izin', type: 'string', description: 'Jenis izin' },
      {
        name: 'industri_rumahan_berizin',
        type: 'integer',
        description: 'Industri rumahan yang memegang izin ini',
      },
    ],
    counts: ['industri_rumahan_berizin'],
    references: [AREA_REF],
    rows: async (db, region) => {
      const { rows } = await sql<Row>`
        select kec.code as kode_kecamatan, kec.name as nama_kecamatan, pm.type as jenis_izin,
          count(distinct b.id)::int as industri_rumahan_berizin
        from businesses b join permits pm on pm.business_id = b.id
        join areas kec on kec.code = b.kecamatan_code
        where ${inScope('b.kelurahan_code', region)} and ${MICRO} and b.home_industry
          and (pm.expires_on is null or pm.expires_on >= current_date)
        group by kec.code, kec.name, pm.type
        order by kec.code, pm.type`.execute(db);
      return rows.map((r) => ({
        ...r,
        jenis_izin: PERMIT_LABELS[r.jenis_izin as PermitType] ?? r.jenis_izin,
      }));
    },
  },
];
