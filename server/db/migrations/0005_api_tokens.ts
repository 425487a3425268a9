import { type Kysely, sql } from 'kysely';

/** Tokens for partner systems: a role and an area scope like a user's, revocable, stored as a hash. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table api_tokens (
      id bigint generated always as identity primary key,
      name text not null,
      role text not null check (role in ('operator', 'pendamping', 'enumerator', 'pimpinan', 'mitra')),
      scope_code text not null references areas (code),
      partner_office text,
      token_hash text not null unique,
      created_by bigint references users (id),
      created_at timestamptz not null default now(),
      expires_at timestamptz,
      last_used_at timestamptz,
      revoked_at timestamptz
    )`.execute(db);
}
