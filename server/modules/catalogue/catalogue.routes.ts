import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  Catalogue,
  ConsentInput,
  LEAD_STATUSES,
  Lead,
  LeadList,
  LeadStatusInput,
  PhotoUpload,
  Product,
  ProductInput,
  ProductPatch,
  WithdrawInput,
} from '../../../shared/contracts/catalogue.ts';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import * as service from './catalogue.service.ts';
import { publicBase } from './public.html.ts';
import { boothQrSvg } from './qr.ts';

const tags = ['Katalog'];
const params = z.object({ id: Id });
const photoParams = z.object({ id: Id, n: z.coerce.number().int().min(1).max(4) });
const error = (d: string) => jsonContent(ErrorResponse, d);
const notFound = error('Tidak ditemukan atau di luar wilayah Anda');
const image = { content: { 'image/jpeg': { schema: z.any() } }, description: 'Gambar' };

export function catalogueRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/catalogue',
        tags,
        summary: 'Katalog satu usaha: tampil publik atau tidak (dan mengapa), persetujuan, produk',
        request: { params },
        responses: { 200: jsonContent(Catalogue, 'Katalog'), 404: notFound },
      }),
      async (c) => c.json(await service.getCatalogue(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/catalogue/consent',
        tags,
        summary: 'Catat persetujuan pemilik untuk menampilkan usahanya di katalog publik',
        request: {
          params,
          body: { content: { 'application/json': { schema: ConsentInput } }, required: true },
        },
        responses: {
          200: jsonContent(Catalogue, 'Tercatat'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Sudah ada persetujuan yang berlaku'),
        },
      }),
      async (c) =>
        c.json(
          await service.recordConsent(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/catalogue/withdraw',
        tags,
        summary: 'Tarik persetujuan publikasi: semua halaman publik usaha ini hilang seketika',
        request: {
          params,
          body: { content: { 'application/json': { schema: WithdrawInput } }, required: true },
        },
        responses: {
          200: jsonContent(Catalogue, 'Ditarik'),
          404: notFound,
          409: error('Tidak ada persetujuan yang berlaku'),
        },
      }),
      async (c) =>
        c.json(
          await service.withdrawConsent(
            db,
            c.req.valid('param').id,
            c.req.valid('json').reason ?? null,
            c.var.caller,
          ),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/catalogue-qr.svg',
        tags,
        summary: 'Kode QR siap cetak (A4) yang membuka halaman katalog usaha',
        request: { params },
        responses: {
          200: { content: { 'image/svg+xml': { schema: z.string() } }, description: 'SVG' },
          404: notFound,
        },
      }),
      async (c) => {
        const b = await findInScope(db, c.req.valid('param').id, c.var.caller);
        const url = `${publicBase(c, config)}${service.businessPath(b.id, b.name)}`;
        return c.body(boothQrSvg(b.name, url), 200, {
          'content-type': 'image/svg+xml; charset=utf-8',
          'cache-control': 'private, no-store',
        });
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/businesses/{id}/products',
        tags,
        summary: 'Tambah produk ke katalog usaha',
        request: {
          params,
          body: { content: { 'application/json': { schema: ProductInput } }, required: true },
        },
        responses: { 201: jsonContent(Product, 'Produk'), 400: error('Isian tidak valid'), 404: notFound },
      }),
      async (c) =>
        c.json(
          await service.createProduct(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          201,
        ),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/products/{id}',
        tags,
        summary: 'Ubah produk (dengan versi)',
        request: {
          params,
          body: { content: { 'application/json': { schema: ProductPatch } }, required: true },
        },
        responses: {
          200: jsonContent(Product, 'Produk'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Bentrok versi'),
        },
      }),
      async (c) =>
        c.json(
          await service.updateProduct(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/products/{id}',
        tags,
        summary: 'Hapus produk beserta fotonya',
        request: { params },
        responses: { 204: { description: 'Terhapus' }, 404: notFound },
      }),
      async (c) => {
        await service.deleteProduct(db, c.req.valid('param').id, c.var.caller);
        return c.body(null, 204);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/products/{id}/photos',
        tags,
        summary: 'Unggah satu foto produk (diperkecil, tanpa metadata lokasi; maks. 4)',
        request: {
          params,
          body: { content: { 'multipart/form-data': { schema: PhotoUpload } }, required: true },
        },
        responses: {
          201: jsonContent(Product, 'Produk'),
          400: error('Bukan foto, rusak, atau sudah 4 foto'),
          404: notFound,
          413: error('Terlalu besar'),
        },
      }),
      async (c) => {
        const file = c.req.valid('form').file;
        const bytes = file instanceof File && file.size > 0 ? new Uint8Array(await file.arrayBuffer()) : null;
        return c.json(await service.addPhoto(db, c.req.valid('param').id, bytes, c.var.caller), 201);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/products/{id}/photos/{n}',
        tags,
        summary: 'Hapus satu foto produk',
        request: { params: photoParams },
        responses: { 200: jsonContent(Product, 'Produk'), 404: notFound },
      }),
      async (c) => {
        const { id, n } = c.req.valid('param');
        return c.json(await service.removePhoto(db, id, n, c.var.caller), 200);
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/products/{id}/photos/{n}',
        tags,
        summary: 'Foto produk untuk petugas (juga sebelum dipublikasikan)',
        request: { params: photoParams, query: z.object({ size: z.enum(['thumb', 'full']).optional() }) },
        responses: { 200: image, 404: notFound },
      }),
      async (c) => {
        const { id, n } = c.req.valid('param');
        const p = await service.staffPhoto(db, id, n, c.var.caller);
        const bytes = c.req.valid('query').size === 'thumb' ? p.thumb : p.bytes;
        return c.body(new Uint8Array(bytes), 200, {
          'content-type': p.content_type,
          'cache-control': 'private, max-age=300',
          'x-content-type-options': 'nosniff',
        });
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/businesses/{id}/leads',
        tags,
        summary: 'Calon pembeli satu usaha (semua sumber); pendamping: hanya usaha dampingannya',
        request: { params },
        responses: { 200: jsonContent(LeadList, 'Calon pembeli'), 404: notFound },
      }),
      async (c) =>
        c.json(await service.listLeads(db, c.var.caller, { businessId: c.req.valid('param').id }), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/leads',
        tags,
        summary: 'Calon pembeli di wilayah Anda; pendamping: hanya usaha dampingannya',
        request: { query: z.object({ status: z.enum(LEAD_STATUSES).optional() }) },
        responses: { 200: jsonContent(LeadList, 'Calon pembeli') },
      }),
      async (c) => c.json(await service.listLeads(db, c.var.caller, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/leads/{id}',
        tags,
        summary: 'Ubah status tindak lanjut calon pembeli',
        request: {
          params,
          body: { content: { 'application/json': { schema: LeadStatusInput } }, required: true },
        },
        responses: {
          200: jsonContent(Lead, 'Calon pembeli'),
          400: error('Isian tidak valid'),
          404: notFound,
        },
      }),
      async (c) =>
        c.json(
          await service.setLeadStatus(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    );
}
