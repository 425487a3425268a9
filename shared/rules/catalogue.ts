import { formatRupiah } from './format.ts';

/** Product categories of the public catalogue: a small fixed list, browsed as filters. */
export const PRODUCT_CATEGORIES = {
  makanan: 'Makanan',
  minuman: 'Minuman',
  kue: 'Kue & roti',
  kerajinan: 'Kerajinan',
  fesyen: 'Fesyen & tekstil',
  mebel: 'Mebel & kayu',
  kecantikan: 'Kecantikan & kesehatan',
  lainnya: 'Lainnya',
} as const;
export type ProductCategory = keyof typeof PRODUCT_CATEGORIES;
export const PRODUCT_CATEGORY_KEYS = Object.keys(PRODUCT_CATEGORIES) as [
  ProductCategory,
  ...ProductCategory[],
];

/** How the owner gave her consent to publication. */
export const CONSENT_CHANNELS = {
  formulir_kertas: 'Formulir kertas',
  lisan: 'Lisan (disaksikan petugas)',
  whatsapp: 'Pesan WhatsApp',
  web: 'Formulir daring',
} as const;
export type ConsentChannel = keyof typeof CONSENT_CHANNELS;
export const CONSENT_CHANNEL_KEYS = Object.keys(CONSENT_CHANNELS) as [ConsentChannel, ...ConsentChannel[]];

/** The consent text version current forms carry. */
export const CATALOGUE_CONSENT_VERSION = 'KATALOG-2026-1';

export const MAX_PRODUCT_PHOTOS = 4;

/** `Rp 15.000 – Rp 25.000`, one price when both ends are equal or one is missing, null when none. */
export function formatPriceRange(min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  if (min === null || max === null || min === max) return formatRupiah((min ?? max) as number);
  return `${formatRupiah(min)} – ${formatRupiah(max)}`;
}

/** A URL slug: lowercase ASCII words joined by hyphens (diacritics dropped), at most 60 characters. */
export function slugify(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || 'produk';
}

/** A WhatsApp number from an E.164 or local Indonesian phone: digits only, 08… → 628…; null when unusable. */
export function waNumber(phone: string | null | undefined): string | null {
  if (!phone) return null;
  const digits = phone.replace(/\D/g, '');
  if (digits.startsWith('62')) return digits.length >= 10 ? digits : null;
  if (digits.startsWith('0')) return digits.length >= 9 ? `62${digits.slice(1)}` : null;
  if (digits.startsWith('8')) return digits.length >= 8 ? `62${digits}` : null;
  return null;
}

/** The prefilled message a buyer sends from a product page. */
export function waMessage(productName: string, businessName: string, url: string): string {
  return `Halo ${businessName}, saya tertarik dengan produk "${productName}" yang saya lihat di katalog ${url}. Apakah masih tersedia?`;
}

export function waLink(phone: string | null | undefined, text: string): string | null {
  const n = waNumber(phone);
  return n ? `https://wa.me/${n}?text=${encodeURIComponent(text)}` : null;
}
