import { type Kysely, sql } from 'kysely';

/** A pair marked "not the same" that an operator puts back in the queue is in both records' history (`reopen`). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table history drop constraint history_action_check`.execute(db);
  await sql`
    alter table history add constraint history_action_check
      check (action in ('create', 'update', 'delete', 'merge', 'unmerge', 'distinct', 'reopen'))`.execute(db);
}
