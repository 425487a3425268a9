import { formatPriceRange, PRODUCT_CATEGORIES, waLink, waMessage } from '../../../shared/rules/catalogue.ts';
import { businessPath, productPath } from './catalogue.service.ts';
import { card, categoryLabel, esc, page, photoUrl } from './public.html.ts';
import type * as repo from './public.repository.ts';

/** The pages of the public catalogue, from rows the public repository (the publication view) returned. */

export const PAGE_SIZE = 24;

type Listing = {
  base: string;
  rows: repo.PublicProductRow[];
  kecamatan: { code: string; name: string }[];
  q: string;
  category: string;
  kecamatanCode: string;
  pageNo: number;
  /** The region's name, e.g. "Kota Malang". */
  place: string;
};

const withPath = (r: repo.PublicProductRow) => ({ ...r, path: productPath(r.id, r.name) });

function browseUrl(f: { q?: string; kategori?: string; kecamatan?: string; halaman?: number }) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(f)) if (v) u.set(k, String(v));
  const s = u.toString();
  return s ? `/katalog?${s}` : '/katalog';
}

export function listingPage(l: Listing): string {
  const catChips = [['', 'Semua'], ...Object.entries(PRODUCT_CATEGORIES)]
    .map(([k, label]) => {
      const href = browseUrl({ q: l.q, kategori: k, kecamatan: l.kecamatanCode });
      return `<li><a href="${esc(href)}"${k === l.category ? ' aria-current="page"' : ''}>${esc(label)}</a></li>`;
    })
    .join('');
  const kecOptions = l.kecamatan
    .map(
      (k) =>
        `<option value="${esc(k.code)}"${k.code === l.kecamatanCode ? ' selected' : ''}>${esc(k.name)}</option>`,
    )
    .join('');
  const more = l.rows.length > PAGE_SIZE;
  const items = l.rows.slice(0, PAGE_SIZE).map(withPath).map(card).join('');
  const filters = { q: l.q, kategori: l.category, kecamatan: l.kecamatanCode };
  const nav = [
    l.pageNo > 1 ? `<a href="${esc(browseUrl({ ...filters, halaman: l.pageNo - 1 }))}">‹ Sebelumnya</a>` : '',
    more ? `<a href="${esc(browseUrl({ ...filters, halaman: l.pageNo + 1 }))}">Berikutnya ›</a>` : '',
  ].join(' ');
  const heading = l.q ? `Hasil pencarian “${esc(l.q)}”` : 'Produk';
  const body = `<h1>Produk industri rumahan ${esc(l.place)}</h1>
<form class="s" method="get" action="/katalog" role="search">
<div><label for="q">Cari produk</label><input id="q" name="q" type="search" value="${esc(l.q)}" placeholder="mis. keripik tempe"></div>
<div><label for="kecamatan">Kecamatan</label><select id="kecamatan" name="kecamatan"><option value="">Semua kecamatan</option>${kecOptions}</select></div>
${l.category ? `<input type="hidden" name="kategori" value="${esc(l.category)}">` : ''}<button type="submit">Cari</button></form>
<h2>Kategori</h2><ul class="chips">${catChips}</ul>
<h2>${heading}</h2>${items ? `<ul class="grid">${items}</ul>` : '<p>Tidak ada produk yang cocok. Coba kata lain atau hapus saringan.</p>'}
<p>${nav}</p>`;
  const title = l.category
    ? `${categoryLabel(l.category)} – Katalog Industri Rumahan ${l.place}`
    : `Katalog Produk Industri Rumahan ${l.place}`;
  return page(
    {
      title,
      description: `Temukan makanan, minuman, kerajinan dan produk lain buatan industri rumahan ${l.place}, lalu hubungi pelaku usahanya langsung lewat WhatsApp.`,
      canonical: `${l.base}${browseUrl({ kategori: l.category, kecamatan: l.kecamatanCode, halaman: l.pageNo > 1 ? l.pageNo : undefined })}`,
      noindex: !!l.q,
      place: l.place,
    },
    body,
  );
}

export type InquiryState = {
  values: { name: string; contact: string; message: string; consent: boolean };
  errors: Record<string, string>;
};

const fieldError = (s: InquiryState, k: string) =>
  s.errors[k] ? `<p class="err" id="${k}-err">${esc(s.errors[k])}</p>` : '';
const describedBy = (s: InquiryState, k: string) =>
  s.errors[k] ? ` aria-describedby="${k}-err" aria-invalid="true"` : '';

function inquiryForm(action: string, s: InquiryState): string {
  const v = s.values;
  return `<h2 id="tanya">Tanya pelaku usaha</h2>
${Object.keys(s.errors).length ? '<p class="err" role="alert">Periksa lagi isian yang ditandai di bawah.</p>' : ''}
<form class="f" method="post" action="${esc(action)}">
<div><label for="name">Nama Anda</label><input id="name" name="name" autocomplete="name" value="${esc(v.name)}"${describedBy(s, 'name')}>${fieldError(s, 'name')}</div>
<div><label for="contact">Nomor WhatsApp/telepon atau email</label><input id="contact" name="contact" autocomplete="tel" value="${esc(v.contact)}"${describedBy(s, 'contact')}>${fieldError(s, 'contact')}</div>
<div><label for="message">Pesan</label><textarea id="message" name="message" rows="3"${describedBy(s, 'message')}>${esc(v.message)}</textarea>${fieldError(s, 'message')}</div>
<div class="hp" aria-hidden="true"><label for="website">Jangan diisi</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<div class="chk"><input type="checkbox" id="consent" name="consent" value="ya" required${v.consent ? ' checked' : ''}${describedBy(s, 'consent')}><label for="consent">Saya setuju data kontak saya disimpan dan diteruskan ke pelaku usaha</label></div>${fieldError(s, 'consent')}
<button type="submit">Kirim pertanyaan</button></form>`;
}

export const EMPTY_INQUIRY: InquiryState = {
  values: { name: '', contact: '', message: '', consent: false },
  errors: {},
};

export function productPage(
  base: string,
  p: NonNullable<Awaited<ReturnType<typeof repo.findProduct>>>,
  inquiry: InquiryState,
  place: string,
): string {
  const path = productPath(p.id, p.name);
  const url = `${base}${path}`;
  const price = formatPriceRange(p.price_min, p.price_max);
  const wa = waLink(p.owner_phone, waMessage(p.name, p.business_name, url));
  const photos = p.photos
    .map(
      (f, i) =>
        `<img src="${photoUrl(p.id, f.n, false)}" width="${f.w}" height="${f.h}" alt="${esc(p.name)}, foto ${i + 1}"${i === 0 ? ' fetchpriority="high"' : ' loading="lazy"'} decoding="async">`,
    )
    .join('');
  const desc =
    p.description?.slice(0, 155) ??
    `${p.name} buatan ${p.business_name}, industri rumahan di ${p.kelurahan_name}, ${p.kecamatan_name}, ${place}.`;
  const body = `<nav aria-label="Remah roti"><a href="/katalog">Katalog</a> › <a href="/katalog?kategori=${esc(p.category)}">${esc(categoryLabel(p.category))}</a></nav>
<div class="prod"><div class="photos">${photos || '<div class="ph" role="img" aria-label="Belum ada foto"></div>'}</div><div>
<h1>${esc(p.name)}</h1>${price ? `<p class="price">${esc(price)}</p>` : ''}
<p>Oleh <a href="${esc(businessPath(p.business_id, p.business_name))}">${esc(p.business_name)}</a><br>
Kelurahan ${esc(p.kelurahan_name)}, Kecamatan ${esc(p.kecamatan_name)}</p>
${p.description ? `<p>${esc(p.description)}</p>` : ''}
${wa ? `<p><a class="btn wa" href="${esc(wa)}" rel="nofollow noopener">Hubungi lewat WhatsApp</a></p>` : ''}
${inquiryForm(`${path}/tanya`, inquiry)}</div></div>`;
  return page(
    {
      title: `${p.name} – ${p.business_name} | Katalog Industri Rumahan ${place}`,
      place,
      description: desc,
      canonical: url,
      image: p.photos[0] ? `${base}${photoUrl(p.id, p.photos[0].n, false)}` : undefined,
      type: 'product',
    },
    body,
  );
}

export function thanksPage(base: string, productName: string, productUrl: string, place: string): string {
  return page(
    {
      title: `Terima kasih – Katalog Industri Rumahan ${place}`,
      place,
      description: 'Pertanyaan Anda sudah kami terima.',
      canonical: `${base}/katalog`,
      noindex: true,
    },
    `<h1>Terima kasih</h1><p>Pertanyaan Anda tentang <strong>${esc(productName)}</strong> sudah kami terima dan akan
diteruskan ke pelaku usaha melalui pendampingnya.</p><p><a href="${esc(productUrl)}">Kembali ke produk</a> ·
<a href="/katalog">Lihat produk lain</a></p>`,
  );
}

export function businessPage(
  base: string,
  b: NonNullable<Awaited<ReturnType<typeof repo.findBusiness>>>,
  products: repo.PublicProductRow[],
  place: string,
): string {
  const url = `${base}${businessPath(b.id, b.name)}`;
  const wa = waLink(
    b.owner_phone,
    `Halo ${b.name}, saya melihat usaha Anda di katalog ${url}. Saya ingin bertanya tentang produk Anda.`,
  );
  const first = products.find((p) => p.photo);
  return page(
    {
      title: `${b.name} – Katalog Industri Rumahan ${place}`,
      place,
      description:
        `${b.name}, industri rumahan di ${b.kelurahan_name}, ${b.kecamatan_name}, ${place}: ${products.map((p) => p.name).join(', ')}.`.slice(
          0,
          160,
        ),
      canonical: url,
      image: first?.photo ? `${base}${photoUrl(first.id, first.photo.n, false)}` : undefined,
    },
    `<h1>${esc(b.name)}</h1><p>Kelurahan ${esc(b.kelurahan_name)}, Kecamatan ${esc(b.kecamatan_name)}</p>
${wa ? `<p><a class="btn wa" href="${esc(wa)}" rel="nofollow noopener">Hubungi lewat WhatsApp</a></p>` : ''}
<h2>Produk</h2>${products.length ? `<ul class="grid">${products.map(withPath).map(card).join('')}</ul>` : '<p>Belum ada produk.</p>'}`,
  );
}

export function sitemapXml(base: string, rows: Awaited<ReturnType<typeof repo.sitemapRows>>): string {
  const urls: string[] = [`<url><loc>${esc(`${base}/katalog`)}</loc></url>`];
  const seen = new Set<number>();
  for (const r of rows) {
    if (!seen.has(r.business_id)) {
      seen.add(r.business_id);
      urls.push(`<url><loc>${esc(base + businessPath(r.business_id, r.business_name))}</loc></url>`);
    }
    if (r.id !== null && r.name !== null) {
      const mod = r.updated_at
        ? `<lastmod>${new Date(r.updated_at as unknown as string).toISOString().slice(0, 10)}</lastmod>`
        : '';
      urls.push(`<url><loc>${esc(base + productPath(r.id, r.name))}</loc>${mod}</url>`);
    }
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
