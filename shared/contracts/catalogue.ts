import { z } from 'zod';
import { CONSENT_CHANNEL_KEYS, MAX_PRODUCT_PHOTOS, PRODUCT_CATEGORY_KEYS } from '../rules/catalogue.ts';
import { nullableText } from './common.ts';

/** The public catalogue: publication consent, products and photos, buyer leads (staff side). */

const Rupiah = z
  .number({ error: 'Harga harus angka rupiah.' })
  .int('Harga dalam rupiah bulat, tanpa sen.')
  .min(0, 'Harga tidak boleh negatif.')
  .max(1_000_000_000, 'Harga terlalu besar; periksa jumlah nolnya.')
  .nullish();

export const ConsentInput = z
  .object({
    textVersion: z.string().trim().min(1, 'Isi versi naskah persetujuan.').max(40),
    channel: z.enum(CONSENT_CHANNEL_KEYS, { error: 'Pilih cara persetujuan diberikan.' }),
  })
  .meta({ id: 'CatalogueConsentInput' });

export const WithdrawInput = z
  .object({ reason: nullableText(300).describe('Alasan penarikan (opsional)') })
  .meta({ id: 'CatalogueWithdrawInput' });

export const ConsentRecord = z.object({
  id: z.number().int(),
  textVersion: z.string(),
  channel: z.string(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
});

export const ProductInput = z
  .object({
    name: z
      .string()
      .trim()
      .min(2, 'Nama produk minimal 2 huruf.')
      .max(100, 'Nama produk paling panjang 100 huruf.'),
    description: nullableText(1000),
    category: z.enum(PRODUCT_CATEGORY_KEYS, { error: 'Pilih kategori produk.' }),
    priceMin: Rupiah.describe('Harga terendah (rupiah)'),
    priceMax: Rupiah.describe('Harga tertinggi (rupiah)'),
  })
  .refine((v) => v.priceMin == null || v.priceMax == null || v.priceMin <= v.priceMax, {
    message: 'Harga terendah tidak boleh melebihi harga tertinggi.',
    path: ['priceMax'],
  })
  .meta({ id: 'ProductInput' });

export const ProductPatch = z
  .object({
    name: z.string().trim().min(2, 'Nama produk minimal 2 huruf.').max(100).optional(),
    description: nullableText(1000),
    category: z.enum(PRODUCT_CATEGORY_KEYS, { error: 'Pilih kategori produk.' }).optional(),
    priceMin: Rupiah,
    priceMax: Rupiah,
    version: z.number().int().positive(),
  })
  .meta({ id: 'ProductPatch' });

export const Product = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    name: z.string(),
    description: z.string().nullable(),
    category: z.string(),
    priceMin: z.number().nullable(),
    priceMax: z.number().nullable(),
    photos: z.array(z.number().int()).describe('Nomor foto yang ada (1-4)'),
    publicPath: z.string().describe('Alamat halaman publik produk'),
    version: z.number().int(),
  })
  .meta({ id: 'Product' });

export const Catalogue = z
  .object({
    published: z.boolean().describe('Tampil di katalog publik sekarang'),
    blockedReason: z
      .string()
      .nullable()
      .describe('Mengapa tidak tampil walau ada persetujuan (pemilik dibatasi/dihapus, usaha tutup)'),
    consent: ConsentRecord.nullable().describe('Persetujuan yang berlaku'),
    consents: z.array(ConsentRecord).describe('Riwayat persetujuan, terbaru dahulu'),
    publicPath: z.string(),
    products: z.array(Product),
  })
  .meta({ id: 'Catalogue' });

export const PhotoUpload = z
  .object({
    file: z.any().describe(`Satu foto JPEG/PNG/WebP, maks. 8 MB (maks. ${MAX_PRODUCT_PHOTOS} per produk)`),
  })
  .meta({ id: 'ProductPhotoUpload' });

export const LEAD_STATUSES = ['baru', 'dihubungi', 'jadi', 'batal'] as const;
export const LEAD_STATUS_LABELS: Record<(typeof LEAD_STATUSES)[number], string> = {
  baru: 'Baru',
  dihubungi: 'Sudah dihubungi',
  jadi: 'Jadi membeli',
  batal: 'Batal',
};

export const Lead = z
  .object({
    id: z.number().int(),
    businessId: z.number().int(),
    businessName: z.string(),
    source: z.string(),
    productId: z.number().int().nullable(),
    productName: z.string().nullable(),
    buyerName: z.string(),
    buyerPhone: z.string().nullable(),
    buyerEmail: z.string().nullable(),
    message: z.string().nullable(),
    status: z.enum(LEAD_STATUSES),
    statusNote: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Lead' });

export const LeadList = z.object({ items: z.array(Lead) }).meta({ id: 'LeadList' });

export const LeadStatusInput = z
  .object({
    status: z.enum(LEAD_STATUSES, { error: 'Pilih status calon pembeli.' }),
    note: nullableText(500),
  })
  .meta({ id: 'LeadStatusInput' });

export type ProductInput = z.infer<typeof ProductInput>;
export type ProductPatch = z.infer<typeof ProductPatch>;
export type Product = z.infer<typeof Product>;
export type Catalogue = z.infer<typeof Catalogue>;
export type Lead = z.infer<typeof Lead>;
export type LeadList = z.infer<typeof LeadList>;
export type ConsentInput = z.infer<typeof ConsentInput>;

/** The buyer's inquiry form on a product page (HTML form; the server re-renders it with these messages). */
export const InquiryInput = z.object({
  name: z
    .string()
    .trim()
    .min(2, 'Tuliskan nama Anda (minimal 2 huruf).')
    .max(120, 'Nama paling panjang 120 huruf.'),
  contact: z
    .string()
    .trim()
    .min(1, 'Tuliskan nomor WhatsApp/telepon atau alamat email agar pelaku usaha dapat menghubungi Anda.')
    .max(120),
  message: z.string().trim().max(2000, 'Pesan paling panjang 2000 huruf.').optional(),
  consent: z.literal('ya', {
    error: 'Centang persetujuan agar data kontak Anda boleh disimpan dan diteruskan ke pelaku usaha.',
  }),
});
