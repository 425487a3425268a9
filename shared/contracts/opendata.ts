import { z } from 'zod';

export const OpenDataColumn = z.object({
  nama: z.string(),
  tipe: z.enum(['string', 'integer']),
  deskripsi: z.string(),
});

/** Metadata of one published table, after the Satu Data Indonesia standard data and metadata elements. */
export const OpenDataMetadata = z
  .object({
    id: z.string(),
    judul: z.string(),
    definisi: z.string(),
    satuan: z.string(),
    posisi: z.string().describe('Tanggal posisi data (YYYY-MM-DD, WIB)'),
    frekuensi: z.string(),
    produsen: z.string().describe('Produsen data'),
    wilayah: z.object({ kode: z.string(), nama: z.string() }),
    referensi: z.array(z.string()).describe('Kode referensi yang dipakai (wilayah, KBLI)'),
    kolom: z.array(OpenDataColumn),
    penyamaran: z.object({
      ambang: z.number().int().describe('Hitungan di bawah angka ini (kecuali 0) tidak ditampilkan'),
      keterangan: z.string(),
    }),
    lisensi: z.string(),
    atribusi: z.array(z.string()),
    unduh: z.object({ csv: z.string(), metadata: z.string() }),
  })
  .meta({ id: 'OpenDataMetadata' });
export type OpenDataMetadata = z.infer<typeof OpenDataMetadata>;

export const OpenDataCatalogue = z
  .object({
    produsen: z.string(),
    wilayah: z.object({ kode: z.string(), nama: z.string() }),
    dataset: z.array(OpenDataMetadata),
  })
  .meta({ id: 'OpenDataCatalogue' });
