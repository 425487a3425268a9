import { type Kysely, sql } from 'kysely';

/** A pair an operator marks "not the same" is in both records' history (action `distinct`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table history drop constraint history_action_check`.execute(db);
  await sql`
    alter table history add constraint history_action_check
      check (action in ('create', 'update', 'delete', 'merge', 'unmerge', 'distinct'))`.execute(db);
}
