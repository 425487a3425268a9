import type { z } from 'zod';
import type {
  ApplyTemplate,
  Template,
  TemplateInput,
  TemplatePatch,
  TemplateQuery,
} from '../../../shared/contracts/roadmaps.ts';
import { addDays, jakartaToday, type Pillar } from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { actorOf, type Ctx } from '../../http/caller.ts';
import { AppError, notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { versionConflict } from '../people/people.service.ts';
import { insertInterventions } from './roadmap.repository.ts';
import { getBusinessRoadmap, logCreated, officeName, roadmapInScope } from './roadmap.service.ts';

/** The templates library: typical roadmaps per level and sector, each a list of intervention lines. */

type Line = z.infer<typeof TemplateInput>['lines'][number];

async function linesOf(db: Executor, ids: number[]) {
  if (!ids.length) return new Map<number, Template['lines']>();
  const rows = await db
    .selectFrom('roadmap_template_lines')
    .selectAll()
    .where('template_id', 'in', ids)
    .orderBy('template_id')
    .orderBy('position')
    .execute();
  const out = new Map<number, Template['lines']>();
  for (const r of rows) {
    const list = out.get(r.template_id) ?? [];
    list.push({
      pillar: r.pillar as Pillar,
      type: r.type,
      title: r.title,
      offsetDays: r.offset_days,
      partnerOffice: r.partner_office,
    });
    out.set(r.template_id, list);
  }
  return out;
}

export async function listTemplates(db: Database, q: z.infer<typeof TemplateQuery>) {
  let query = db.selectFrom('roadmap_templates').selectAll().orderBy('level').orderBy('name');
  if (!q.all) query = query.where('active', '=', true);
  if (q.level) query = query.where('level', '=', q.level);
  // A sector's templates and the ones for every sector.
  if (q.sector)
    query = query.where((eb) => eb.or([eb('sector', '=', q.sector as string), eb('sector', 'is', null)]));
  const rows = await query.execute();
  const lines = await linesOf(
    db,
    rows.map((r) => r.id),
  );
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      level: r.level as 1 | 2 | 3,
      sector: r.sector,
      description: r.description,
      active: r.active,
      version: r.version,
      lines: lines.get(r.id) ?? [],
    })),
  };
}

export async function getTemplate(db: Executor, id: number): Promise<Template> {
  const r = await db.selectFrom('roadmap_templates').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('Templat');
  const lines = await linesOf(db, [id]);
  return {
    id: r.id,
    name: r.name,
    level: r.level as 1 | 2 | 3,
    sector: r.sector,
    description: r.description,
    active: r.active,
    version: r.version,
    lines: lines.get(id) ?? [],
  };
}

async function writeLines(trx: Executor, templateId: number, lines: Line[]) {
  await trx.deleteFrom('roadmap_template_lines').where('template_id', '=', templateId).execute();
  await trx
    .insertInto('roadmap_template_lines')
    .values(
      lines.map((l, i) => ({
        template_id: templateId,
        position: i + 1,
        pillar: l.pillar,
        type: l.type,
        title: l.title,
        offset_days: l.offsetDays,
        partner_office: officeName(l.partnerOffice),
      })),
    )
    .execute();
}

export async function createTemplate(db: Database, input: z.infer<typeof TemplateInput>, ctx: Ctx) {
  const id = await withTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('roadmap_templates')
      .values({
        name: input.name,
        level: input.level,
        sector: input.sector ?? null,
        description: input.description ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeLines(trx, id, input.lines);
    await audit(trx, ctx.caller, 'template.create', { entity: 'roadmap_template', entityId: id });
    return id;
  });
  return getTemplate(db, id);
}

export async function updateTemplate(
  db: Database,
  id: number,
  input: z.infer<typeof TemplatePatch>,
  ctx: Ctx,
) {
  await withTransaction(db, async (trx) => {
    const r = await trx
      .selectFrom('roadmap_templates')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!r) throw notFound('Templat');
    if (r.version !== input.version) throw versionConflict();
    await trx
      .updateTable('roadmap_templates')
      .set((eb) => ({
        name: input.name,
        level: input.level,
        sector: input.sector,
        description: input.description,
        active: input.active,
        version: eb('version', '+', 1),
        updated_at: new Date(),
      }))
      .where('id', '=', id)
      .execute();
    if (input.lines) await writeLines(trx, id, input.lines);
    await audit(trx, ctx.caller, 'template.update', { entity: 'roadmap_template', entityId: id });
  });
  return getTemplate(db, id);
}

/** Copies a template's lines into the roadmap as planned interventions, due at start + each line's offset. */
export async function applyTemplate(
  db: Database,
  roadmapId: number,
  input: z.infer<typeof ApplyTemplate>,
  ctx: Ctx,
) {
  const r = await roadmapInScope(db, roadmapId, ctx.caller);
  if (r.closed_at)
    throw new AppError('ROADMAP_CLOSED', 'Rencana ini sudah ditutup; buat rencana baru untuk usaha ini.');
  const t = await getTemplate(db, input.templateId);
  if (!t.active) throw notFound('Templat');
  const start = input.startDate ?? jakartaToday();
  await withTransaction(db, async (trx) => {
    const ids = await insertInterventions(
      trx,
      t.lines.map((l) => ({
        roadmap_id: roadmapId,
        business_id: r.business_id,
        pillar: l.pillar,
        type: l.type,
        title: l.title,
        partner_office: l.partnerOffice,
        // Referred lines belong to the office; the others to the roadmap's pendamping.
        responsible_user_id: l.partnerOffice ? null : r.responsible_user_id,
        due_date: addDays(start, l.offsetDays),
        created_by: actorOf(ctx.caller),
      })),
    );
    await logCreated(trx, ids, ctx.caller);
    await audit(trx, ctx.caller, 'template.apply', {
      entity: 'roadmap',
      entityId: roadmapId,
      details: { templateId: t.id, interventions: ids.length },
    });
  });
  return getBusinessRoadmap(db, r.business_id, ctx.caller);
}
