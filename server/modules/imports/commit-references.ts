import { sql } from 'kysely';
import { SKIP_ROW_CHECKS_IF_SUPERUSER } from '../../db/bulk.ts';
import type { Executor } from '../../db/transaction.ts';
import { AppError } from '../../http/errors.ts';
import type { Plan } from './commit-plan.ts';

/**
 * PostgreSQL checks a foreign key row by row, with a query and a lock on the referenced row each time:
 * for a 100,000-row import about 670,000 checks and a third of the commit's time in PostgreSQL. When the
 * database user may (a superuser, as for a restore: backups.switches.ts), the commit's writes skip them
 * (`session_replication_role = replica`), and `checkReferences` makes the same checks once per chunk.
 * The triggers of the tables written fire all the same: they are enabled ALWAYS (migration 0030).
 * Returns whether the row-by-row checks are skipped; they stay on for any other user.
 */
export async function skipRowByRowChecks(trx: Executor): Promise<boolean> {
  const { rows } = await sql.raw(SKIP_ROW_CHECKS_IF_SUPERUSER).execute(trx);
  return rows.length > 0;
}

/** Back to the row-by-row checks for what the commit writes after the rows. */
export async function restoreRowByRowChecks(trx: Executor) {
  await sql`set local session_replication_role = origin`.execute(trx);
}

/** The records this commit has created so far: no other transaction can see, change or remove them. */
export type Created = { people: Set<number>; businesses: Set<number> };

const missing = (ids: Iterable<number>, created: Set<number>) =>
  [...new Set(ids)].filter((id) => !created.has(id));

/**
 * What the skipped foreign-key checks would do for one written chunk, as one statement: every record a
 * row refers to exists, and those that existed before the commit are locked against deletion and key
 * changes until it ends (FOR KEY SHARE, the lock PostgreSQL's own check takes). A record created by this
 * commit needs no lock, only to be one it created. Throws when anything is missing: the commit's
 * transaction then rolls back whole.
 */
export async function checkReferences(trx: Executor, plan: Plan, created: Created, officerId: number | null) {
  for (const p of plan.newPeople) created.people.add(p.id);
  for (const b of plan.newBusinesses) created.businesses.add(b.id);
  const people = missing(
    [...plan.newBusinesses.map((b) => b.ownerId), ...plan.links.map((l) => l.personId)],
    created.people,
  );
  const businesses = missing(
    [...plan.permits.map((p) => p.business_id), ...plan.links.map((l) => l.businessId)],
    created.businesses,
  );
  const newPeople = plan.newPeople.map((p) => p.id);
  const newBusinesses = plan.newBusinesses.map((b) => b.id);
  const { rows } = await sql<{ areas: number; people: number; businesses: number; officer: number }>`
    with codes as (
      select kelurahan_code as code from people where id = any(${newPeople}::bigint[])
      union select kelurahan_code from businesses where id = any(${newBusinesses}::bigint[])
      union select kecamatan_code from businesses where id = any(${newBusinesses}::bigint[])),
    a as (select code from areas where code in (select code from codes) for key share),
    p as (select id from people where id = any(${people}::bigint[]) for key share),
    b as (select id from businesses where id = any(${businesses}::bigint[]) for key share),
    u as (select id from users where id = ${officerId}::bigint for key share)
    select (select count(code) from codes) - (select count(*) from a) as areas,
      ${people.length}::int - (select count(*) from p) as people,
      ${businesses.length}::int - (select count(*) from b) as businesses,
      ${officerId === null ? 0 : 1}::int - (select count(*) from u) as officer`.execute(trx);
  const gone = rows[0];
  if (!gone || gone.areas + gone.people + gone.businesses + gone.officer === 0) return;
  throw new AppError(
    'IMPORT_REFERENCE_GONE',
    `Data yang dirujuk baris impor tidak ada lagi (${[
      gone.people ? `${gone.people} pelaku` : '',
      gone.businesses ? `${gone.businesses} usaha` : '',
      gone.areas ? `${gone.areas} kode wilayah` : '',
      gone.officer ? 'akun petugas pengunggah' : '',
    ]
      .filter(Boolean)
      .join(', ')}), mungkin baru digabung atau dihapus. Tidak ada yang disimpan; jalankan penyimpanan lagi.`,
  );
}
