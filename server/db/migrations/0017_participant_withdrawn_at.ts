import { type Kysely, sql } from 'kysely';

/**
 * When a participant withdrew from a session, so the session page can list her (greyed, with the date)
 * beside the seated ones; earlier withdrawals take their row's last change, which was the withdrawal.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table session_participants add column withdrawn_at timestamptz`.execute(db);
  await sql`update session_participants set withdrawn_at = updated_at where status = 'withdrawn'`.execute(db);
}
