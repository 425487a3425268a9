import { type Kysely, sql } from 'kysely';

/**
 * A staged row's cells, normalised values and issues are kept as `json`, the text as the dry run wrote
 * it: PostgreSQL checks it and stores it, where `jsonb` parsed every value into its binary form, which cost
 * a 100,000-row dry run about 4 of its 7 CPU-seconds in PostgreSQL. They are read whole (the commit's
 * linking, provenance, the rows list), never searched inside. `records`, read field by field by the
 * commit, stays `jsonb`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table source_rows
    alter column raw type json using raw::json,
    alter column normalised type json using normalised::json,
    alter column issues drop default,
    alter column issues type json using issues::json,
    alter column issues set default '[]'`.execute(db);
}
