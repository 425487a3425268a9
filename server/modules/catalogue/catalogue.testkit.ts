import sharp from 'sharp';
import { business, owner } from '../../test/factories.ts';
import type { Client, TestApp } from '../../test/harness.ts';

/** A small real JPEG, as a phone would upload it. */
export async function jpeg(color = '#c87828') {
  const buf = await sharp({ create: { width: 640, height: 480, channels: 3, background: color } })
    .jpeg()
    .toBuffer();
  return new Uint8Array(buf);
}

/** A business with an owner phone, optionally published (consent) with one product (and a photo). */
export async function publishedBusiness(
  t: TestApp | Client,
  o: {
    name: string;
    product: string;
    kelurahanCode?: string;
    phone?: string;
    consent?: boolean;
    photo?: boolean;
  },
) {
  const kelurahanCode = o.kelurahanCode ?? '35.73.01.1007';
  const res = await t.post(
    '/api/v1/businesses',
    business({
      name: o.name,
      kelurahanCode,
      owner: owner({ kelurahanCode, phone: o.phone ?? '0812-3456-7890' }),
    }),
  );
  if (res.status !== 201) throw new Error(`business: ${res.status} ${JSON.stringify(res.body)}`);
  const b = res.body.business as { id: number; ownerId: number; version: number };
  if (o.consent !== false) {
    const c = await t.post(`/api/v1/businesses/${b.id}/catalogue/consent`, {
      textVersion: 'KATALOG-2026-1',
      channel: 'formulir_kertas',
    });
    if (c.status !== 200) throw new Error(`consent: ${c.status} ${JSON.stringify(c.body)}`);
  }
  const p = await t.post(`/api/v1/businesses/${b.id}/products`, {
    name: o.product,
    category: 'makanan',
    priceMin: 15000,
    priceMax: 25000,
    description: `${o.product} renyah buatan rumah`,
  });
  if (p.status !== 201) throw new Error(`product: ${p.status} ${JSON.stringify(p.body)}`);
  if (o.photo) {
    const form = new FormData();
    form.set('file', new File([await jpeg()], 'foto.jpg', { type: 'image/jpeg' }));
    const up = await t.call('POST', `/api/v1/products/${p.body.id}/photos`, form);
    if (up.status !== 201) throw new Error(`photo: ${up.status} ${JSON.stringify(up.body)}`);
  }
  return {
    id: b.id,
    ownerId: b.ownerId,
    productId: p.body.id as number,
    productPath: p.body.publicPath as string,
  };
}
