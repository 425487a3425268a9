import type { z } from 'zod';
import {
  MAX_VISIT_PHOTO_BYTES,
  MAX_VISIT_PHOTOS,
  VISIT_DUE_DAYS,
  type Visit,
  VisitInput,
} from '../../../shared/contracts/visits.ts';
import {
  addDays,
  INTERVENTION_TYPES,
  type InterventionType,
  jakartaToday,
  type Pillar,
} from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { withTransaction } from '../../db/transaction.ts';
import { actorOf, type Caller, type Ctx } from '../../http/caller.ts';
import { AppError, type FieldIssue, invalid, notFound } from '../../http/errors.ts';
import { toFieldIssues } from '../../http/router.ts';
import { resizePhoto } from '../../images/photo.ts';
import { audit } from '../audit/audit.service.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { findActiveRoadmap, insertInterventions } from '../roadmap/roadmap.repository.ts';
import { logCreated, officeName } from '../roadmap/roadmap.service.ts';
import * as repo from './visits.repository.ts';

export type PhotoFile = { name: string; bytes: Uint8Array };

const photoIssue = (i: number, code: string, message: string): FieldIssue => ({
  path: `photos.${i}`,
  code,
  message,
});

/**
 * Photos checked, resized to at most 1600 px and re-encoded as JPEG without metadata (no location leaks);
 * each refusal names the photo's number.
 */
export async function preparePhotos(files: PhotoFile[]) {
  if (files.length > MAX_VISIT_PHOTOS) {
    throw invalid([photoIssue(MAX_VISIT_PHOTOS, 'TOO_MANY_PHOTOS', 'Paling banyak 3 foto per kunjungan.')]);
  }
  const results = await Promise.allSettled(
    files.map((f, i) => resizePhoto(f.bytes, `photos.${i}`, `Foto ${i + 1}`, MAX_VISIT_PHOTO_BYTES)),
  );
  const issues = results.flatMap((r) =>
    r.status === 'rejected' && r.reason instanceof AppError ? r.reason.fields : [],
  );
  if (issues.length) throw invalid(issues);
  return results.map((r, i) => {
    if (r.status === 'rejected') throw r.reason;
    return { n: i + 1, content_type: 'image/jpeg' as const, bytes: r.value.bytes };
  });
}

/** The visit's JSON part, parsed with the shared rules. */
export function parseVisitData(data: string | undefined) {
  let raw: unknown;
  try {
    raw = JSON.parse(data ?? '');
  } catch {
    throw invalid([
      { path: 'data', code: 'REQUIRED', message: 'Isian kunjungan tidak terbaca; kirim ulang formulirnya.' },
    ]);
  }
  const parsed = VisitInput.safeParse(raw);
  if (!parsed.success) throw invalid(toFieldIssues(parsed.error as z.ZodError));
  return parsed.data;
}

const noRoadmap = () =>
  invalid([
    {
      path: 'followUps',
      code: 'NO_OPEN_ROADMAP',
      message:
        'Usaha ini belum punya rencana pendampingan aktif; buat rencananya dulu agar tindak lanjut menjadi intervensi.',
    },
  ]);

/**
 * Records a visit in one transaction: the visit, its cleaned photos, its follow-ups as interventions on
 * the business's active roadmap (with their first status in the log), and the audit entry.
 */
export async function recordVisit(
  db: Database,
  businessId: number,
  form: { data: string | undefined; photos: PhotoFile[] },
  ctx: Ctx,
) {
  await findInScope(db, businessId, ctx.caller);
  const input = parseVisitData(form.data);
  const photos = await preparePhotos(form.photos);
  const id = await withTransaction(db, async (trx) => {
    let interventionIds: number[] = [];
    if (input.followUps.length) {
      // Serialises with roadmap creation and closing for this business.
      await trx.selectFrom('businesses').select('id').where('id', '=', businessId).forUpdate().execute();
      const roadmap = await findActiveRoadmap(trx, businessId);
      if (!roadmap) throw noRoadmap();
      interventionIds = (await insertInterventions(
        trx,
        input.followUps.map((f) => ({
          roadmap_id: roadmap.id,
          business_id: businessId,
          type: f.type,
          pillar: f.pillar ?? INTERVENTION_TYPES[f.type as InterventionType].pillar,
          title: f.title,
          description: 'Tindak lanjut kunjungan pendampingan',
          responsible_user_id: ctx.caller.id || null,
          partner_office: officeName(null),
          due_date: f.dueDate ?? null,
          created_by: actorOf(ctx.caller),
        })),
      )) as number[];
      await logCreated(trx, interventionIds, ctx.caller);
    }
    const visitId = await repo.insertVisit(trx, {
      business_id: businessId,
      visit_date: input.visitDate ?? jakartaToday(),
      officer_user_id: ctx.caller.id || null,
      officer_name: ctx.caller.name,
      topics: input.topics,
      topics_note: input.topicsNote ?? null,
      findings: input.findings,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      created_by: actorOf(ctx.caller),
    });
    await repo.insertPhotos(
      trx,
      photos.map((p) => ({ ...p, visit_id: visitId })),
    );
    await repo.insertFollowUps(trx, visitId, interventionIds);
    await audit(trx, ctx.caller, 'visit.create', {
      entity: 'visit',
      entityId: visitId,
      details: {
        businessId,
        photos: photos.length,
        interventions: interventionIds,
        location: input.latitude != null,
      },
    });
    return visitId;
  });
  const list = await listVisits(db, businessId, ctx.caller);
  const visit = list.items.find((v) => v.id === id);
  if (!visit) throw notFound('Kunjungan');
  return visit;
}

type VisitRow = Awaited<ReturnType<typeof repo.listVisits>>[number];

function toVisit(r: VisitRow): Visit {
  return {
    id: r.id,
    businessId: r.business_id,
    visitDate: r.visit_date,
    officerName: r.officer_name,
    topics: r.topics as Pillar[],
    topicsNote: r.topics_note,
    findings: r.findings,
    latitude: r.latitude,
    longitude: r.longitude,
    photos: r.photo_numbers ?? [],
    followUps: r.follow_ups ?? [],
    createdAt: r.created_at.toISOString(),
  };
}

export async function listVisits(db: Database, businessId: number, caller: Caller) {
  await findInScope(db, businessId, caller);
  const [rows, roadmap] = await Promise.all([
    repo.listVisits(db, businessId),
    findActiveRoadmap(db, businessId),
  ]);
  return { items: rows.map(toVisit), hasOpenRoadmap: !!roadmap };
}

/** A photo's bytes, when its visit's business lies in the caller's area; else 404 like a missing one. */
export async function getPhoto(db: Database, visitId: number, n: number, caller: Caller) {
  const row = await repo.findPhoto(db, visitId, n);
  if (!row || !codeInScope(row.kelurahan_code, caller.scope)) throw notFound('Foto kunjungan');
  return { contentType: row.content_type, bytes: row.bytes };
}

/** "Kunjungan jatuh tempo": her businesses last visited more than 30 days ago, or never. */
export async function visitsDue(db: Database, userId: number, today = jakartaToday()) {
  const rows = await repo.visitsDueOf(db, userId, addDays(today, -VISIT_DUE_DAYS));
  return rows.map((r) => ({
    businessId: r.business_id,
    businessName: r.business_name,
    kelurahanName: r.kelurahan_name,
    lastVisit: r.last_visit,
  }));
}
