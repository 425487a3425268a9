import { type Kysely, sql } from 'kysely';

/**
 * When a review pair's score and evidence were last worked out: at first when it was proposed, then each
 * time a full re-linkage weighs the pair again against the records as they are (imports/linkage-run.ts).
 * Null for pairs proposed before: their evidence dates from `created_at`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table link_reviews add column scored_at timestamptz`.execute(db);
}
