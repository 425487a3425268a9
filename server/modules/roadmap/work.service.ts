import type { z } from 'zod';
import type { Referral, ReferralQuery, StatusChange, WorkItem } from '../../../shared/contracts/roadmaps.ts';
import {
  addDays,
  isOverdue,
  jakartaToday,
  type Pillar,
  STATUS_TRANSITIONS,
} from '../../../shared/rules/mentoring.ts';
import { maskPhone } from '../../../shared/rules/phone.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller, Ctx } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { auditView } from '../audit/audit.service.ts';
import { visitsDue } from '../visits/visits.service.ts';
import { firstName, toLog } from './roadmap.mapper.ts';
import { listAssignableUsers, listPartnerOffices, listStatusLog } from './roadmap.repository.ts';
import { changeStatus } from './roadmap.status.ts';
import * as repo from './work.repository.ts';

export const UPCOMING_DAYS = 14;

function toItem(r: repo.WorkRow, today: string): WorkItem {
  return {
    id: r.id,
    businessId: r.business_id,
    businessName: r.business_name,
    kelurahanName: r.kelurahan_name,
    title: r.title,
    type: r.type,
    pillar: r.pillar as Pillar,
    status: r.status,
    dueDate: r.due_date,
    overdue: isOverdue(r.status, r.due_date, today),
    partnerOffice: r.partner_office,
  };
}

/** A pendamping's businesses, and her open interventions overdue or due within 14 days, by due date. */
export async function myWork(db: Database, caller: Caller) {
  const today = jakartaToday();
  const [items, roadmaps, due] = await Promise.all([
    repo.openItemsOf(db, caller.id, addDays(today, UPCOMING_DAYS)),
    repo.roadmapsOf(db, caller.id, today),
    visitsDue(db, caller.id, today),
  ]);
  const mapped = items.map((r) => toItem(r, today));
  return {
    today,
    businesses: roadmaps.map((r) => ({
      businessId: r.business_id,
      businessName: r.business_name,
      kelurahanName: r.kelurahan_name,
      targetLevel: r.target_level as 1 | 2 | 3,
      targetDate: r.target_date,
      open: Number(r.open),
      overdue: Number(r.overdue),
      nextDue: r.next_due,
    })),
    overdue: mapped.filter((i) => i.overdue),
    upcoming: mapped.filter((i) => !i.overdue),
    visitsDue: due,
  };
}

/**
 * Which referrals a caller sees: a partner office's users (and tokens) only those sent to their office;
 * the agency's staff every referral of their area. A mitra account without an office sees none.
 */
async function officeOf(db: Database, caller: Caller): Promise<string | null> {
  if (caller.role !== 'mitra') return null;
  const row = caller.tokenId
    ? await db
        .selectFrom('api_tokens')
        .select('partner_office')
        .where('id', '=', caller.tokenId)
        .executeTakeFirst()
    : await db.selectFrom('users').select('partner_office').where('id', '=', caller.id).executeTakeFirst();
  // '' matches nothing: a mitra account without an office sees no referral.
  return row?.partner_office?.trim() ?? '';
}

async function filterOf(db: Database, caller: Caller, q: Partial<z.infer<typeof ReferralQuery>> = {}) {
  return { scope: caller.scope, office: await officeOf(db, caller), today: jakartaToday(), ...q };
}

export async function listReferrals(db: Database, q: z.infer<typeof ReferralQuery>, caller: Caller) {
  const f = await filterOf(db, caller, q);
  const [rows, total] = await Promise.all([repo.listReferrals(db, f, 200), repo.countReferrals(db, f)]);
  return { items: rows.map((r) => toItem(r, f.today)), total };
}

export async function getReferral(db: Database, id: number, caller: Caller): Promise<Referral> {
  const f = await filterOf(db, caller);
  const r = await repo.findReferral(db, id, f);
  if (!r) throw notFound('Rujukan');
  auditView(db, caller, 'referral.view', { entity: 'intervention', entityId: id });
  return {
    ...toItem(r, f.today),
    description: r.description,
    products: r.products,
    kecamatanName: r.kecamatan_name,
    ownerFirstName: firstName(r.owner_name),
    ownerPhone: maskPhone(r.owner_phone),
    outcome: r.outcome,
    next: [...STATUS_TRANSITIONS[r.status]],
    version: r.version,
    log: toLog(await listStatusLog(db, id)),
  };
}

export async function changeReferralStatus(
  db: Database,
  id: number,
  input: z.infer<typeof StatusChange>,
  ctx: Ctx,
) {
  await getReferral(db, id, ctx.caller);
  await changeStatus(db, id, input, ctx);
  return getReferral(db, id, ctx.caller);
}

export async function roadmapSummary(db: Database, caller: Caller) {
  const rows = await repo.summary(db, caller.scope, jakartaToday());
  const out = rows.map((r) => ({
    pillar: r.pillar as Pillar,
    status: r.status,
    count: Number(r.count),
    overdue: Number(r.overdue),
  }));
  return {
    rows: out,
    total: out.reduce((s, r) => s + r.count, 0),
    overdue: out.reduce((s, r) => s + r.overdue, 0),
  };
}

/** Who may carry an intervention (accounts whose area covers the caller's or lies within it) and the offices. */
export async function roadmapOptions(db: Database, caller: Caller) {
  const [users, offices] = await Promise.all([listAssignableUsers(db), listPartnerOffices(db)]);
  const related = (code: string) => code.startsWith(caller.scope) || caller.scope.startsWith(code);
  return {
    people: users.filter((u) => related(u.scope_code)).map((u) => ({ id: u.id, name: u.name, role: u.role })),
    offices,
  };
}
