import { type Kysely, sql } from 'kysely';

/** Accounts with a role and an area scope, their sessions, and the append-only, hash-chained audit log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id bigint generated always as identity primary key,
      username text not null unique check (username ~ '^[a-z0-9._-]{3,40}$'),
      name text not null,
      role text not null check (role in ('admin', 'operator', 'pendamping', 'enumerator', 'pimpinan', 'mitra')),
      scope_code text not null references areas (code),
      partner_office text,
      password_hash text not null,
      active boolean not null default true,
      failed_attempts integer not null default 0,
      locked_until timestamptz,
      last_login_at timestamptz,
      password_changed_at timestamptz not null default now(),
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db);

  await sql`
    create table sessions (
      id_hash text primary key,
      user_id bigint not null references users (id) on delete cascade,
      csrf_token text not null,
      ip text,
      user_agent text,
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null,
      revoked_at timestamptz
    )`.execute(db);
  await sql`create index sessions_user on sessions (user_id)`.execute(db);

  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      seq bigint not null unique,
      at timestamptz not null default clock_timestamp(),
      actor_id bigint,
      actor_name text not null,
      action text not null,
      entity text,
      entity_id bigint,
      ip text,
      purpose text,
      details jsonb not null default '{}',
      prev_hash text not null,
      hash text not null
    )`.execute(db);
  await sql`create index audit_log_at on audit_log (at)`.execute(db);
  await sql`create index audit_log_actor on audit_log (actor_id, at)`.execute(db);

  // What the hash covers, written the same way whatever the session's time zone or date style.
  await sql`
    create function audit_log_payload(a audit_log) returns text language sql stable as $$
      select concat_ws('|', a.seq, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(a.actor_id::text, ''), a.actor_name, a.action, coalesce(a.entity, ''),
        coalesce(a.entity_id::text, ''), coalesce(a.ip, ''), coalesce(a.purpose, ''), a.details::text)
    $$`.execute(db);

  // Entries are chained in the order they are written: one writer at a time takes the next seq.
  await sql`
    create function audit_log_chain() returns trigger language plpgsql as $$
    declare last audit_log;
    begin
      perform pg_advisory_xact_lock(7462501);
      select * into last from audit_log order by seq desc limit 1;
      new.seq := coalesce(last.seq, 0) + 1;
      new.prev_hash := coalesce(last.hash, repeat('0', 64));
      new.hash := encode(sha256(convert_to(new.prev_hash || '|' || audit_log_payload(new), 'UTF8')), 'hex');
      return new;
    end $$`.execute(db);
  await sql`create trigger audit_log_chain before insert on audit_log for each row execute function audit_log_chain()`.execute(
    db,
  );

  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
}
