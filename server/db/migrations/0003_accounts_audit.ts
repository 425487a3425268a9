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

  // Entries are written without locks, inside the transaction of the change they record; a sealer then
  // chains committed entries in the order it finds them (seq, prev_hash, hash), about once a second.
  await sql`
    create table audit_log (
      id bigint generated always as identity primary key,
      seq bigint unique,
      at timestamptz not null default clock_timestamp(),
      actor_id bigint,
      actor_name text not null,
      action text not null,
      entity text,
      entity_id bigint,
      ip text,
      purpose text,
      details jsonb not null default '{}',
      prev_hash text,
      hash text
    )`.execute(db);
  await sql`create index audit_log_at on audit_log (at)`.execute(db);
  await sql`create index audit_log_actor on audit_log (actor_id, at)`.execute(db);
  await sql`create index audit_log_unsealed on audit_log (id) where seq is null`.execute(db);

  // What the hash covers, written the same way whatever the session's time zone or date style.
  await sql`
    create function audit_log_payload(a audit_log) returns text language sql stable as $$
      select concat_ws('|', a.seq, to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
        coalesce(a.actor_id::text, ''), a.actor_name, a.action, coalesce(a.entity, ''),
        coalesce(a.entity_id::text, ''), coalesce(a.ip, ''), coalesce(a.purpose, ''), a.details::text)
    $$`.execute(db);

  // One sealer at a time (any process); returns how many entries it chained.
  await sql`
    create function audit_log_seal() returns integer language plpgsql as $$
    declare
      last audit_log;
      r audit_log;
      n integer := 0;
    begin
      if not pg_try_advisory_xact_lock(7462501) then return 0; end if;
      select * into last from audit_log where seq is not null order by seq desc limit 1;
      for r in select * from audit_log where seq is null order by id limit 10000 loop
        r.seq := coalesce(last.seq, 0) + 1;
        r.prev_hash := coalesce(last.hash, repeat('0', 64));
        r.hash := encode(sha256(convert_to(r.prev_hash || '|' || audit_log_payload(r), 'UTF8')), 'hex');
        update audit_log set seq = r.seq, prev_hash = r.prev_hash, hash = r.hash where id = r.id;
        last := r;
        n := n + 1;
      end loop;
      return n;
    end $$`.execute(db);

  // Append-only: the only update allowed is sealing an unsealed entry, leaving its content as written.
  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.seq is null and new.seq is not null
        and (old.id, old.at, old.actor_id, old.actor_name, old.action, old.entity, old.entity_id, old.ip, old.purpose, old.details)
          is not distinct from
            (new.id, new.at, new.actor_id, new.actor_name, new.action, new.entity, new.entity_id, new.ip, new.purpose, new.details)
      then
        return new;
      end if;
      raise exception 'audit_log is append-only';
    end $$`.execute(db);
  await sql`
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db);
  await sql`
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db);
}
