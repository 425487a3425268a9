import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import {
  PublicSatisfaction,
  Referral,
  ReferralList,
  ReferralQuery,
  SatisfactionInput,
  StatusChange,
  Template,
  TemplateInput,
  TemplateList,
  TemplatePatch,
  TemplateQuery,
} from '../../../shared/contracts/roadmaps.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import { answerSatisfaction, publicSatisfaction } from './satisfaction.ts';
import { createTemplate, getTemplate, listTemplates, updateTemplate } from './templates.ts';
import { changeReferralStatus, getReferral, listReferrals } from './work.service.ts';

/** Referrals for partner offices, the templates library and the owner's public satisfaction page. */

const params = z.object({ id: Id });
const tokenParams = z.object({ token: z.string().min(20).max(100).describe('Token dari tautan survei') });
const error = (d: string) => jsonContent(ErrorResponse, d);
const body = <T>(schema: T, d: string) => ({ ...jsonContent(schema, d), required: true });
const notFound = error('Tidak ditemukan');

export function referralsRoutes({ db, config }: Deps) {
  const referrals = ['Rujukan'];
  const templates = ['Templat rencana'];
  const survey = ['Survei kepuasan'];
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/referrals',
        tags: referrals,
        summary: 'Rujukan ke kantor mitra (akun mitra: hanya rujukan ke kantornya)',
        request: { query: ReferralQuery },
        responses: { 200: jsonContent(ReferralList, 'Rujukan') },
      }),
      async (c) => c.json(await listReferrals(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/referrals/{id}',
        tags: referrals,
        summary: 'Satu rujukan: hanya yang diperlukan kantor mitra (tanpa NIK, tanpa omzet)',
        request: { params },
        responses: { 200: jsonContent(Referral, 'Rujukan'), 404: notFound },
      }),
      async (c) => c.json(await getReferral(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/referrals/{id}/status',
        tags: referrals,
        summary: 'Kantor mitra memperbarui status dan hasil rujukan',
        request: { params, body: body(StatusChange, 'Status baru') },
        responses: {
          200: jsonContent(Referral, 'Diubah'),
          400: error('Hasil atau catatan belum diisi'),
          404: notFound,
          409: error('Perpindahan status tidak diizinkan, atau diubah orang lain'),
        },
      }),
      async (c) =>
        c.json(
          await changeReferralStatus(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/roadmap-templates',
        tags: templates,
        summary: 'Templat rencana per level dan sektor',
        request: { query: TemplateQuery },
        responses: { 200: jsonContent(TemplateList, 'Templat') },
      }),
      async (c) => c.json(await listTemplates(db, c.req.valid('query')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/roadmap-templates',
        tags: templates,
        summary: 'Buat templat rencana',
        request: { body: body(TemplateInput, 'Templat') },
        responses: { 200: jsonContent(Template, 'Dibuat'), 400: error('Isian tidak valid') },
      }),
      async (c) =>
        c.json(await createTemplate(db, c.req.valid('json'), { config, caller: c.var.caller }), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/roadmap-templates/{id}',
        tags: templates,
        summary: 'Satu templat dengan barisnya',
        request: { params },
        responses: { 200: jsonContent(Template, 'Templat'), 404: notFound },
      }),
      async (c) => c.json(await getTemplate(db, c.req.valid('param').id), 200),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/roadmap-templates/{id}',
        tags: templates,
        summary: 'Ubah templat, barisnya, atau nonaktifkan',
        request: { params, body: body(TemplatePatch, 'Perubahan') },
        responses: {
          200: jsonContent(Template, 'Diubah'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Diubah orang lain'),
        },
      }),
      async (c) =>
        c.json(
          await updateTemplate(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/satisfaction/{token}',
        tags: survey,
        summary: 'Halaman umum survei kepuasan (tanpa masuk): judul intervensi dan pertanyaannya',
        request: { params: tokenParams },
        responses: {
          200: jsonContent(PublicSatisfaction, 'Survei'),
          404: notFound,
          410: error('Tautan kedaluwarsa'),
        },
      }),
      async (c) => c.json(await publicSatisfaction(db, c.req.valid('param').token), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/satisfaction/{token}',
        tags: survey,
        summary: 'Jawab survei kepuasan (satu jawaban per tautan)',
        request: { params: tokenParams, body: body(SatisfactionInput, 'Jawaban') },
        responses: {
          200: jsonContent(PublicSatisfaction, 'Terima kasih'),
          400: error('Isian tidak valid'),
          404: notFound,
          409: error('Sudah dijawab'),
          410: error('Tautan kedaluwarsa'),
        },
      }),
      async (c) => c.json(await answerSatisfaction(db, c.req.valid('param').token, c.req.valid('json')), 200),
    );
}
