import type { Context } from 'hono';
import {
  formatPriceRange,
  PRODUCT_CATEGORIES,
  type ProductCategory,
} from '../../../shared/rules/catalogue.ts';
import type { Config } from '../../config.ts';
import type { PublicProductRow } from './public.repository.ts';

/** Server-rendered HTML of the public catalogue: no script, a few lines of inline CSS, phone first. */

export const esc = (s: string | number | null | undefined) =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );

/** The public base URL: configured, else the request's own origin. */
export function publicBase(c: Context, config: Config): string {
  return config.publicUrl ?? new URL(c.req.url).origin;
}

export const categoryLabel = (k: string) => PRODUCT_CATEGORIES[k as ProductCategory] ?? k;

const CSS = `*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;background:#fafaf7}
a{color:#0b5394}header,main,footer{max-width:960px;margin:0 auto;padding:12px 16px}header{border-bottom:1px solid #ddd}
.brand{font-weight:700;text-decoration:none;color:#1a1a1a}h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.2rem;margin:1.25rem 0 .5rem}.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(150px,1fr));gap:12px;padding:0;list-style:none}
.card{background:#fff;border:1px solid #ddd;border-radius:8px;overflow:hidden}.card a{display:block;color:inherit;text-decoration:none;padding-bottom:8px}
.card img,.ph{display:block;width:100%;height:auto;aspect-ratio:1;object-fit:cover;background:#e9e4d8}.card p{margin:4px 8px}
.nm{font-weight:600}.mt{color:#555;font-size:.875rem}form.s{display:flex;flex-wrap:wrap;gap:8px;align-items:end}
label{display:block;font-weight:600;font-size:.9rem}input,select,textarea{font:inherit;padding:8px;border:1px solid #767676;border-radius:6px;width:100%;background:#fff}
.s>div{flex:1 1 140px}button,.btn{display:inline-block;font:inherit;font-weight:600;padding:10px 16px;border-radius:6px;border:0;background:#0b5394;color:#fff;text-decoration:none;cursor:pointer;min-height:44px}
.wa{background:#0a7a3a}.chips{display:flex;flex-wrap:wrap;gap:8px;padding:0;list-style:none}.chips a{display:inline-block;padding:6px 12px;border:1px solid #0b5394;border-radius:16px;text-decoration:none}
.chips a[aria-current]{background:#0b5394;color:#fff}.photos{display:grid;gap:8px}.photos img{width:100%;height:auto;border-radius:8px}
.price{font-size:1.25rem;font-weight:700}.err{color:#a30000;font-weight:600}.hp{position:absolute;left:-9999px}
.chk{display:flex;gap:8px;align-items:flex-start}.chk input{width:auto;margin-top:4px}.f>div{margin:0 0 12px}footer{color:#555;font-size:.875rem}
@media(min-width:700px){.prod{display:grid;grid-template-columns:1fr 1fr;gap:24px}}`;

export type Meta = {
  title: string;
  description: string;
  canonical: string;
  image?: string;
  type?: 'website' | 'product';
  noindex?: boolean;
  /** The region's name in the site's header, e.g. "Kota Malang". */
  place: string;
};

export function page(meta: Meta, body: string): string {
  const og = [
    ['og:title', meta.title],
    ['og:description', meta.description],
    ['og:url', meta.canonical],
    ['og:type', meta.type === 'product' ? 'product' : 'website'],
    ['og:locale', 'id_ID'],
    ...(meta.image ? [['og:image', meta.image]] : []),
  ]
    .map(([p, v]) => `<meta property="${p}" content="${esc(v)}">`)
    .join('');
  const tw = [
    ['twitter:card', meta.image ? 'summary_large_image' : 'summary'],
    ['twitter:title', meta.title],
    ['twitter:description', meta.description],
    ...(meta.image ? [['twitter:image', meta.image]] : []),
  ]
    .map(([n, v]) => `<meta name="${n}" content="${esc(v)}">`)
    .join('');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${esc(meta.title)}</title>
<meta name="description" content="${esc(meta.description)}"><link rel="canonical" href="${esc(meta.canonical)}">
${meta.noindex ? '<meta name="robots" content="noindex">' : ''}${og}${tw}<style>${CSS}</style></head><body>
<header><a class="brand" href="/katalog">Katalog Industri Rumahan ${esc(meta.place)}</a></header>
<main id="isi">${body}</main>
<footer>Produk pelaku industri rumahan yang telah setuju ditampilkan. Hubungi pelaku usaha langsung untuk memesan.</footer>
</body></html>`;
}

const photoUrl = (productId: number, n: number, thumb: boolean) =>
  `/katalog/foto/${productId}/${n}${thumb ? '-kecil' : ''}.jpg`;

export { photoUrl };

/** One product card of a listing; the first cards load eagerly (they are above the fold on a phone). */
export function card(p: PublicProductRow & { path: string }, i: number): string {
  const photo = p.photo
    ? `<img src="${photoUrl(p.id, p.photo.n, true)}" width="${p.photo.w}" height="${p.photo.h}" alt="${esc(p.name)}"${i < 2 ? '' : ' loading="lazy"'} decoding="async">`
    : '<div class="ph" role="img" aria-label="Belum ada foto"></div>';
  const price = formatPriceRange(p.price_min, p.price_max);
  return `<li class="card"><a href="${esc(p.path)}">${photo}<p class="nm">${esc(p.name)}</p>
<p class="mt">${esc(p.business_name)} · ${esc(p.kecamatan_name)}</p>${price ? `<p>${esc(price)}</p>` : ''}</a></li>`;
}

export function notFoundPage(base: string, place: string): string {
  return page(
    {
      title: 'Halaman tidak ditemukan – Katalog Industri Rumahan',
      place,
      description: 'Produk atau usaha ini tidak ada atau tidak lagi ditampilkan.',
      canonical: `${base}/katalog`,
      noindex: true,
    },
    `<h1>Halaman tidak ditemukan</h1><p>Produk atau usaha ini tidak ada atau tidak lagi ditampilkan di katalog.</p>
<p><a href="/katalog">Lihat semua produk</a></p>`,
  );
}
