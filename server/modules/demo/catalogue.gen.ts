import sharp from 'sharp';
import { PRODUCT_CATEGORIES, type ProductCategory } from '../../../shared/rules/catalogue.ts';
import { titleCase } from '../../../shared/rules/format.ts';
import { createRandom } from './random.ts';

/** Demo catalogue: products of the chosen businesses, from the products each one already lists. */

export type DemoCatalogueBusiness = {
  id: number;
  sector: string;
  kbli: string | null;
  products: string | null;
};
export type DemoProduct = {
  businessId: number;
  name: string;
  description: string;
  category: ProductCategory;
  priceMin: number;
  priceMax: number;
};

export function categoryOf(sector: string, kbli: string | null): ProductCategory {
  if (kbli?.startsWith('11')) return 'minuman';
  if (kbli === '10710' || kbli === '10792') return 'kue';
  const bySector: Record<string, ProductCategory> = {
    pangan: 'makanan',
    kayu: 'mebel',
    sandang: 'fesyen',
    kerajinan: 'kerajinan',
    kimia: 'kecantikan',
  };
  return bySector[sector] ?? 'lainnya';
}

const BASE_PRICE: Record<ProductCategory, [number, number]> = {
  makanan: [8_000, 35_000],
  minuman: [5_000, 25_000],
  kue: [10_000, 60_000],
  kerajinan: [25_000, 250_000],
  fesyen: [50_000, 350_000],
  mebel: [250_000, 2_500_000],
  kecantikan: [15_000, 80_000],
  lainnya: [10_000, 100_000],
};

/** 1-3 products per business, prices rounded to Rp 500, the same on every run. */
export function planDemoProducts(businesses: DemoCatalogueBusiness[]): DemoProduct[] {
  return businesses.flatMap((b) => {
    const rnd = createRandom(7_000_000 + b.id);
    const category = categoryOf(b.sector, b.kbli);
    const names = (b.products ?? PRODUCT_CATEGORIES[category])
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, 3);
    const [lo, hi] = BASE_PRICE[category];
    return names.map((n) => {
      const min = Math.round(rnd.int(lo, hi) / 500) * 500;
      const max = rnd.chance(0.3) ? min : Math.round((min * rnd.int(120, 200)) / 100 / 500) * 500;
      const name = titleCase(n);
      return {
        businessId: b.id,
        name,
        description: `${name} buatan rumah, dibuat setiap hari dengan bahan pilihan. Bisa pesan untuk acara.`,
        category,
        priceMin: min,
        priceMax: max,
      };
    });
  });
}

const COLORS: Record<ProductCategory, [string, string]> = {
  makanan: ['#f4d9a6', '#a0522d'],
  minuman: ['#cfe8d8', '#2e6b4f'],
  kue: ['#f7d6e0', '#8e3b5a'],
  kerajinan: ['#e0d4c0', '#6b4f2e'],
  fesyen: ['#d6def7', '#2f4a8e'],
  mebel: ['#e8dcc8', '#5a3d1e'],
  kecantikan: ['#efe0f5', '#6a3d7e'],
  lainnya: ['#e4e4e4', '#444444'],
};

const xml = (s: string) =>
  s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] as string);

/** A simple illustration with the product's name: a demo photo (rendered to JPEG by the photo module). */
export function demoPhotoSvg(p: DemoProduct): string {
  const [bg, fg] = COLORS[p.category];
  const words = p.name.split(' ');
  const lines = words.length > 2 ? [words.slice(0, 2).join(' '), words.slice(2).join(' ')] : [p.name];
  const text = lines
    .map((l, i) => `<text x="400" y="${470 + i * 56}" font-size="48" text-anchor="middle">${xml(l)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800" fill="${bg}"/>
<circle cx="400" cy="300" r="130" fill="${fg}" opacity="0.85"/><rect x="300" y="250" width="200" height="100" rx="20" fill="${bg}" opacity="0.6"/>
<g font-family="sans-serif" font-weight="bold" fill="${fg}">${text}</g></svg>`;
}

/** The illustration as PNG bytes, as a camera would hand over a photo (uploads refuse SVG). */
export async function demoPhotoPng(p: DemoProduct): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp(Buffer.from(demoPhotoSvg(p)))
      .png()
      .toBuffer(),
  );
}
