import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  BoothLeadInput,
  BoothLeadResult,
  CloseResult,
  Exhibition,
  ExhibitionDayInput,
  ExhibitionDetail,
  ExhibitionInput,
  ExhibitionList,
  ExhibitionParticipantPatch,
  ExhibitionPatch,
  ExhibitionSaved,
  ExhibitionStatusInput,
  InviteInput,
  InvitePreview,
  InviteResult,
} from '../../../shared/contracts/exhibitions.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { exhibitionReport } from './exhibitions.report.ts';
import * as service from './exhibitions.service.ts';
import * as participants from './participants.service.ts';

const tags = ['Pameran (Gelar Produk)'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Tidak dapat dilakukan pada keadaan ini'),
};
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });

export function exhibitionsRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/exhibitions',
        tags,
        summary: 'Pameran (seluruh kota), terbaru dahulu',
        responses: { 200: jsonContent(ExhibitionList, 'Daftar') },
      }),
      async (c) => c.json(await service.listExhibitions(db, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibitions',
        tags,
        summary: 'Buat pameran (status rencana)',
        request: { body: body(ExhibitionInput, 'Pameran') },
        responses: { 201: jsonContent(Exhibition, 'Dibuat'), 400: errors[400] },
      }),
      async (c) => c.json(await service.createExhibition(db, c.req.valid('json'), c.var.caller), 201),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/exhibitions/{id}',
        tags,
        summary:
          'Satu pameran dengan pesertanya di wilayah Anda (kehadiran, penjualan, calon pembeli per hari)',
        request: { params },
        responses: { 200: jsonContent(ExhibitionDetail, 'Pameran'), 404: errors[404] },
      }),
      async (c) => c.json(await service.getExhibition(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/exhibitions/{id}',
        tags,
        summary: 'Ubah pameran (nama, tanggal, tempat, kuota, kriteria)',
        request: { params, body: body(ExhibitionPatch, 'Perubahan') },
        responses: { 200: jsonContent(Exhibition, 'Diubah'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updateExhibition(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibitions/{id}/status',
        tags,
        summary:
          'Ubah status (rencana → berlangsung → selesai, atau batal); selesai menulis hasil tiap peserta yang hadir ke peta jalan (pilar pasar) dan ukuran hasil, sekali saja',
        request: { params, body: body(ExhibitionStatusInput, 'Status baru') },
        responses: { 200: jsonContent(CloseResult, 'Diubah'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.changeStatus(db, c.req.valid('param').id, c.req.valid('json').status, c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibitions/{id}/invite-preview',
        tags,
        summary: 'Berapa usaha di wilayah Anda yang cocok dengan filter (dan contohnya), tanpa mengundang',
        request: { params, body: body(InviteInput, 'Filter atau daftar usaha') },
        responses: { 200: jsonContent(InvitePreview, 'Pratinjau'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(
          await participants.previewInvite(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibitions/{id}/invite',
        tags,
        summary: 'Undang usaha dari filter daftar usaha atau daftar pilihan (di wilayah Anda)',
        request: { params, body: body(InviteInput, 'Filter atau daftar usaha') },
        responses: { 200: jsonContent(InviteResult, 'Hasil'), ...errors },
      }),
      async (c) =>
        c.json(
          await participants.invite(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/exhibitions/{id}/report.pdf',
        tags,
        summary:
          'Laporan pameran (PDF, kop surat): jumlah per sektor dan kecamatan, daftar peserta dan hasilnya; dicatat di log audit',
        request: { params },
        responses: {
          200: {
            content: { 'application/pdf': { schema: z.string().meta({ format: 'binary' }) } },
            description: 'PDF',
          },
          404: errors[404],
        },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        const pdf = await exhibitionReport(db, id, c.var.caller, config);
        return c.body(new Uint8Array(pdf), 200, {
          'content-type': 'application/pdf',
          'content-disposition': `inline; filename="laporan-pameran-${id}.pdf"`,
          'cache-control': 'no-store',
        });
      },
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/exhibition-participants/{id}',
        tags,
        summary: 'Jawaban undangan (kuota berlaku untuk yang dikonfirmasi) dan kode stan (unik per pameran)',
        request: { params, body: body(ExhibitionParticipantPatch, 'Perubahan') },
        responses: { 200: jsonContent(ExhibitionSaved, 'Tersimpan'), ...errors },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        await participants.updateParticipant(db, id, c.req.valid('json'), c.var.caller);
        return c.json({ id }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibition-participants/{id}/days',
        tags,
        summary: 'Kehadiran, penjualan (rupiah) dan jumlah barang satu peserta pada satu hari pameran',
        request: { params, body: body(ExhibitionDayInput, 'Hari dan isian') },
        responses: { 200: jsonContent(ExhibitionSaved, 'Tersimpan'), ...errors },
      }),
      async (c) => {
        const id = c.req.valid('param').id;
        await participants.recordDay(db, id, c.req.valid('json'), c.var.caller);
        return c.json({ id }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/exhibition-participants/{id}/leads',
        tags,
        summary: 'Calon pembeli yang meninggalkan kontak di stan (hanya dengan persetujuannya)',
        request: { params, body: body(BoothLeadInput, 'Calon pembeli') },
        responses: { 201: jsonContent(BoothLeadResult, 'Dicatat'), ...errors },
      }),
      async (c) =>
        c.json(
          await participants.recordLead(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          201,
        ),
    );
}
