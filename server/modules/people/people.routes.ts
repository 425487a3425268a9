import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { ErrorResponse, Id } from '../../../shared/contracts/common.ts';
import { HistoryList } from '../../../shared/contracts/history.ts';
import {
  PersonInput,
  PersonListQuery,
  PersonPage,
  PersonPatch,
  RevealInput,
  RevealResult,
} from '../../../shared/contracts/people.ts';
import { PersonDetail, PersonSaved } from '../../../shared/contracts/person-detail.ts';
import type { Deps } from '../../http/deps.ts';
import { createRouter, jsonContent } from '../../http/router.ts';
import * as service from './people.service.ts';

const tags = ['Pelaku usaha'];
const params = z.object({ id: Id });
const errors = {
  400: jsonContent(ErrorResponse, 'Isian tidak valid'),
  404: jsonContent(ErrorResponse, 'Tidak ditemukan'),
  409: jsonContent(ErrorResponse, 'Bentrok versi atau NIK duplikat'),
};

export function peopleRoutes({ db, config }: Deps) {
  return createRouter()
    .openapi(
      createRoute({
        method: 'get',
        path: '/people',
        tags,
        summary: 'Daftar pelaku usaha',
        request: { query: PersonListQuery },
        responses: { 200: jsonContent(PersonPage, 'Satu halaman'), 400: errors[400] },
      }),
      async (c) => c.json(await service.listPeople(db, c.req.valid('query'), c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}',
        tags,
        summary: 'Profil pelaku dan usahanya',
        request: { params },
        responses: { 200: jsonContent(PersonDetail, 'Profil'), 404: errors[404] },
      }),
      async (c) => c.json(await service.getPerson(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people',
        tags,
        summary: 'Tambah pelaku usaha',
        request: { body: { ...jsonContent(PersonInput, 'Pelaku baru'), required: true } },
        responses: { 201: jsonContent(PersonSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(await service.createPerson(db, c.req.valid('json'), { config, caller: c.var.caller }), 201),
    )
    .openapi(
      createRoute({
        method: 'patch',
        path: '/people/{id}',
        tags,
        summary: 'Ubah pelaku usaha',
        request: { params, body: { ...jsonContent(PersonPatch, 'Perubahan'), required: true } },
        responses: { 200: jsonContent(PersonSaved, 'Tersimpan'), ...errors },
      }),
      async (c) =>
        c.json(
          await service.updatePerson(db, c.req.valid('param').id, c.req.valid('json'), {
            config,
            caller: c.var.caller,
          }),
          200,
        ),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/people/{id}/history',
        tags,
        summary: 'Riwayat perubahan pelaku',
        request: { params },
        responses: { 200: jsonContent(HistoryList, 'Riwayat'), 404: errors[404] },
      }),
      async (c) => c.json(await service.personHistory(db, c.req.valid('param').id, c.var.caller), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/people/{id}/reveal',
        tags,
        summary: 'Tampilkan NIK atau nomor HP utuh untuk satu keperluan (dicatat di log audit)',
        request: {
          params,
          body: { ...jsonContent(RevealInput, 'Data yang diminta dan keperluannya'), required: true },
        },
        responses: { 200: jsonContent(RevealResult, 'Nilai utuh'), 400: errors[400], 404: errors[404] },
      }),
      async (c) =>
        c.json(
          await service.revealPerson(db, c.req.valid('param').id, c.req.valid('json'), c.var.caller),
          200,
        ),
    );
}
