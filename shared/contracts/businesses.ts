import { z } from 'zod';
import { validateKbli } from '../rules/kbli.ts';
import { FieldIssue, Id, IsoDate, KelurahanCode, nullableText, PageQuery, pageOf } from './common.ts';
import { checkPerson, Person, PersonFields } from './people.ts';
import { Permit } from './permits.ts';

const count = (label: string) =>
  z
    .number()
    .int(`${label} harus bilangan bulat.`)
    .min(0, `${label} tidak boleh negatif.`)
    .max(10_000)
    .nullish();
const rupiah = (label: string) =>
  z
    .number()
    .int(`${label} ditulis dalam Rupiah tanpa desimal.`)
    .min(0, `${label} tidak boleh negatif.`)
    .max(100_000_000_000, `${label} tidak wajar (lebih dari Rp 100 miliar); periksa jumlah nol.`)
    .nullish();

const BusinessFields = z.object({
  name: z
    .string()
    .trim()
    .min(1, 'Nama usaha wajib diisi.')
    .max(200, 'Nama usaha terlalu panjang (maks. 200 huruf).'),
  homeIndustry: z.boolean().default(true).describe('Industri rumahan (bukan sekadar usaha mikro)'),
  kelurahanCode: KelurahanCode,
  street: nullableText(300),
  rt: nullableText(10),
  rw: nullableText(10),
  latitude: z.number().min(-90).max(90).nullish(),
  longitude: z.number().min(-180).max(180).nullish(),
  products: nullableText(500).describe('Produk utama, dipisah koma'),
  kbliCode: z.string().trim().nullish().describe('KBLI 5 digit'),
  kbliVersion: z.union([z.literal(2020), z.literal(2025)]).nullish(),
  yearStarted: z.number().int().min(1900, 'Tahun mulai tidak wajar.').max(2100).nullish(),
  workersTotal: count('Jumlah pekerja'),
  workersWomen: count('Jumlah pekerja perempuan'),
  workersFamilyUnpaid: count('Pekerja keluarga tak dibayar'),
  monthlyTurnover: rupiah('Omzet per bulan'),
  capital: rupiah('Modal'),
  sentra: nullableText(100),
  status: z.enum(['active', 'closed']).default('active'),
});

type BusinessShape = z.infer<typeof BusinessFields>;

function checkBusiness(b: Partial<BusinessShape>, ctx: z.RefinementCtx) {
  const issue = (path: string, code: string, message: string) =>
    ctx.addIssue({ code: 'custom', path: [path], message, params: { code } });
  if (b.kbliCode) {
    for (const e of validateKbli(b.kbliCode, b.kbliVersion ?? 2020).errors)
      issue('kbliCode', e.code, e.message);
  }
  const total = b.workersTotal;
  if (total != null && b.workersWomen != null && b.workersWomen > total) {
    issue(
      'workersWomen',
      'WORKERS_WOMEN_GT_TOTAL',
      'Pekerja perempuan tidak boleh lebih dari jumlah pekerja.',
    );
  }
  if (total != null && b.workersFamilyUnpaid != null && b.workersFamilyUnpaid > total) {
    issue(
      'workersFamilyUnpaid',
      'WORKERS_FAMILY_GT_TOTAL',
      'Pekerja keluarga tidak boleh lebih dari jumlah pekerja.',
    );
  }
  if ((b.latitude == null) !== (b.longitude == null)) {
    issue(
      'longitude',
      'COORDINATES_INCOMPLETE',
      'Isi lintang dan bujur bersama-sama, atau kosongkan keduanya.',
    );
  }
}

export const BusinessInput = BusinessFields.extend({
  ownerId: Id.optional().describe('Pemilik yang sudah terdaftar'),
  owner: PersonFields.optional().describe('Pemilik baru, bila ownerId kosong'),
})
  .superRefine((b, ctx) => {
    checkBusiness(b, ctx);
    if (b.owner) checkPerson(b.owner, ctx, ['owner']);
    if (!b.ownerId && !b.owner) {
      ctx.addIssue({
        code: 'custom',
        path: ['ownerId'],
        message: 'Pilih pemilik usaha atau isi data pemilik baru.',
        params: { code: 'OWNER_REQUIRED' },
      });
    }
  })
  .meta({ id: 'BusinessInput' });

export const BusinessPatch = BusinessFields.partial()
  .extend({
    version: z.number().int().positive().describe('Versi yang sedang diedit (kunci optimistis)'),
    ownerId: Id.optional().describe('Pindahkan usaha ke pemilik terdaftar lain'),
    owner: PersonFields.optional().describe(
      'Pindahkan usaha ke pemilik baru (dibuat dalam transaksi yang sama)',
    ),
  })
  .superRefine((b, ctx) => {
    checkBusiness(b, ctx);
    if (b.owner) checkPerson(b.owner, ctx, ['owner']);
  })
  .meta({ id: 'BusinessPatch' });

export const Business = z
  .object({
    id: z.number().int(),
    name: z.string(),
    homeIndustry: z.boolean(),
    ownerId: z.number().int(),
    kelurahanCode: z.string(),
    kelurahanName: z.string(),
    kecamatanCode: z.string(),
    kecamatanName: z.string(),
    street: z.string().nullable(),
    rt: z.string().nullable(),
    rw: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    products: z.string().nullable(),
    kbliCode: z.string().nullable(),
    kbliVersion: z.number().int().nullable(),
    kbliName: z.string().nullable(),
    sector: z.string(),
    yearStarted: z.number().int().nullable(),
    workersTotal: z.number().int().nullable(),
    workersWomen: z.number().int().nullable(),
    workersFamilyUnpaid: z.number().int().nullable(),
    monthlyTurnover: z.number().nullable(),
    capital: z.number().nullable(),
    sizeClass: z.enum(['mikro', 'kecil', 'menengah', 'besar']).nullable(),
    sentra: z.string().nullable(),
    status: z.enum(['active', 'closed']),
    version: z.number().int(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Business' });

export const BusinessDetail = Business.extend({ owner: Person, permits: z.array(Permit) }).meta({
  id: 'BusinessDetail',
});

export const BusinessListItem = z
  .object({
    id: z.number().int(),
    name: z.string(),
    ownerName: z.string(),
    ownerNik: z.string().nullable().describe('Tersamar'),
    krtp: z.boolean(),
    homeIndustry: z.boolean(),
    kelurahanName: z.string(),
    kecamatanName: z.string(),
    sector: z.string(),
    kbliCode: z.string().nullable(),
    sizeClass: z.string().nullable(),
    permits: z.array(z.string()),
    status: z.enum(['active', 'closed']),
  })
  .meta({ id: 'BusinessListItem' });

const flag = z.enum(['true', 'false']).optional();

export const BusinessListQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional().describe('Pencarian nama usaha/produk (toleran salah ketik)'),
  kecamatan: z
    .string()
    .regex(/^\d{2}\.\d{2}\.\d{2}$/, 'Kode kecamatan tidak valid.')
    .optional(),
  kelurahan: KelurahanCode.optional(),
  sector: z.string().max(20).optional(),
  kbli: z
    .string()
    .regex(/^\d{2,5}$/, 'KBLI berupa 2–5 digit.')
    .optional()
    .describe('Awalan kode KBLI'),
  krtp: flag,
  homeIndustry: flag,
  permit: z.enum(['NIB', 'PIRT', 'HALAL', 'BPOM_MD', 'SKU', 'IUMK', 'MEREK', 'SLHS', 'NONE']).optional(),
  permitMissing: z
    .enum(['NIB', 'PIRT', 'HALAL', 'BPOM_MD', 'SKU', 'IUMK', 'MEREK', 'SLHS'])
    .optional()
    .describe('Tanpa izin berlaku jenis ini, mis. PIRT'),
  sizeClass: z.enum(['mikro', 'kecil', 'menengah', 'besar']).optional(),
  level: z
    .enum(['1', '2', '3', 'none'])
    .optional()
    .describe('Level IR saat ini (penilaian terakhir yang dikonfirmasi); none = belum dinilai'),
  status: z.enum(['active', 'closed']).optional(),
  ownerId: Id.optional(),
  micro: flag.describe('true: usaha mikro (kelas usaha mikro atau belum diketahui), seperti angka dasbor'),
  flow: z
    .enum(
      ['registered', 'naik', 'permit', 'programme'],
      'Arus berupa registered, naik, permit, atau programme.',
    )
    .optional()
    .describe(
      'Usaha dengan peristiwa dalam periode from–to: terdaftar, naik kelas, memperoleh izin, atau ikut sesi program',
    ),
  from: IsoDate.optional().describe('Awal periode arus (WIB)'),
  to: IsoDate.optional().describe('Akhir periode arus (WIB)'),
});

export const BusinessCount = z
  .object({
    total: z.number().int().describe('Jumlah usaha yang cocok dengan saringan dan ditampilkan di daftar'),
    hidden: z
      .number()
      .int()
      .describe(
        'Usaha lain yang cocok tetapi tidak ditampilkan karena pemiliknya menarik persetujuan atau datanya dihapus (UU PDP); angka agregat dasbor tetap menghitungnya, jadi angka dasbor = total + hidden',
      ),
  })
  .meta({ id: 'BusinessCount' });

export const BusinessPage = pageOf(BusinessListItem).meta({ id: 'BusinessPage' });
export const BusinessSaved = z
  .object({ business: BusinessDetail, warnings: z.array(FieldIssue) })
  .meta({ id: 'BusinessSaved' });

export type BusinessInput = z.input<typeof BusinessInput>;
export type BusinessPatch = z.input<typeof BusinessPatch>;
export type Business = z.infer<typeof Business>;
export type BusinessDetail = z.infer<typeof BusinessDetail>;
export type BusinessListItem = z.infer<typeof BusinessListItem>;
export type BusinessListQuery = z.infer<typeof BusinessListQuery>;
