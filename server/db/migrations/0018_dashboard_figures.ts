import { type Kysely, sql } from 'kysely';

const DIMS = 'kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level';
const KEY = 'kind, day, prev, kelurahan_code, sector, owner_krtp, ir_level';

/**
 * What each business contributes to the dashboard's permit holdings and period flows, as rows of
 * (kind, day, prev, n) under the business's current dimensions; `ids` is a condition on a business id.
 *
 * - Flows (`naik`, `permit`, `programme`): one row per distinct day with an event of that kind (a level
 *   rise, a permit issued, an enrolment in a session starting that day), with `prev` = the business's
 *   previous such day (-infinity for the first). A business had an event within [from, to] exactly when
 *   one of its days lies there with `prev` before `from` — that day is its first in the period — so
 *   `sum(n) where day between from and to and prev < from` counts distinct businesses, not events.
 *   A business's first day ever (prev = -infinity) is also summed per month (`naik/m`, day = the month's
 *   first) and per year (`naik/y`): a long period reads whole years and months of first days, and only
 *   its repeat days (prev within the registry's history) one by one.
 * - Holdings `held:<type>` (active micro home industries only): the union of the business's validity
 *   ranges of that permit type [issued_on, expires_on] (range_agg merges overlapping and adjacent ones),
 *   +1 on each range's first day (-infinity when open) and −1 on the day after its last: valid on D =
 *   `sum(n) where day <= D`, once per business however many permits overlap.
 * - `until:<type>`: the latest expiry of the business's permits of that type (infinity when one never
 *   expires): held now (the registry list's rule, valid today) = `sum(n) where day >= current_date`.
 * - Both holdings kinds are also summed per month (`heldm:`, `untilm:`, day = the month's first) and per
 *   year (`heldy:`, `untily:`): a date reads whole years, then whole months, then days — a few rows per
 *   dimension combination instead of every permit's start and end since the registry began.
 */
function contributions(ids: (col: string) => string): string {
  return `
    with b as (
      select id, ${DIMS.replace('ir_level', 'coalesce(ir_level, 0)::smallint as ir_level')},
        (status = 'active' and home_industry and (size_class is null or size_class = 'mikro')) as holds
      from businesses where ${ids('id')}),
    ev as (
      select e.business_id, 'naik'::text as kind, e.occurred_on as day from level_events e
      where ${ids('e.business_id')} and e.to_level > e.from_level
      union
      select p.business_id, 'permit', p.issued_on from permits p
      where ${ids('p.business_id')} and p.issued_on is not null
      union
      select sp.business_id, 'programme', (s.starts_at at time zone 'Asia/Jakarta')::date
      from session_participants sp join programme_sessions s on s.id = sp.session_id
      where ${ids('sp.business_id')} and sp.status = 'enrolled'),
    held as (
      select p.business_id, p.type, range_agg(daterange(p.issued_on, p.expires_on, '[]')) as spans,
        max(coalesce(p.expires_on, 'infinity'::date)) as last_end
      from permits p join b on b.id = p.business_id and b.holds
      where ${ids('p.business_id')}
      group by p.business_id, p.type),
    span as (select business_id, type, unnest(spans) as r from held),
    dated as (
      select business_id, 'held' as kind, type, coalesce(lower(r), '-infinity'::date) as day, 1 as n from span
      union all
      select business_id, 'held', type, upper(r), -1 from span where not upper_inf(r)
      union all
      select business_id, 'until', type, last_end, 1 from held),
    flow as (
      select business_id, kind, day,
        coalesce(lag(day) over (partition by business_id, kind order by day), '-infinity'::date) as prev
      from ev),
    contributed as (
      select business_id, kind, day, prev, 1 as n from flow
      union all
      select business_id, f.kind || '/' || g.per, date_trunc(g.unit, f.day::timestamp)::date, f.prev, 1
      from flow f cross join (values ('m', 'month'), ('y', 'year')) g(per, unit)
      where f.prev = '-infinity'
      union all
      select business_id, d.kind || g.per || ':' || d.type,
        case g.per when '' then d.day else date_trunc(g.unit, d.day::timestamp)::date end, '-infinity'::date, d.n
      from dated d cross join (values ('', ''), ('m', 'month'), ('y', 'year')) g(per, unit))
    select x.business_id, x.kind, x.day, x.prev, b.kelurahan_code, b.kecamatan_code, b.sector, b.owner_krtp,
      b.ir_level, x.n
    from contributed x join b on b.id = x.business_id`;
}

/** Adds (or with `sign` -1 subtracts) ledger rows from the CTE `moved` to the counts, one row per key. */
const addToCounts = (sign: string) => `
    insert into figure_counts as c (kind, day, prev, ${DIMS}, n)
    select kind, day, prev, kelurahan_code, max(kecamatan_code), sector, owner_krtp, ir_level, ${sign}sum(n)::int
    from moved group by kind, day, prev, kelurahan_code, sector, owner_krtp, ir_level
    on conflict (${KEY}) do update set n = c.n + excluded.n`;

/**
 * Permit holdings and the period flows (naik kelas, permits obtained, programme participants) from
 * maintained dated counts (`figure_counts`), so the dashboard reads counts per dimension combination and
 * day instead of probing every permit or event. `business_figure_rows` is the ledger of what each
 * business contributed; any change of its permits, level events, enrolments, sessions' dates or its own
 * counted fields replaces its rows (set-based, per statement) and moves the counts by the difference.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql
    .raw(`
    create table figure_counts (
      kind text not null,
      day date not null,
      prev date not null,
      kelurahan_code text not null,
      kecamatan_code text not null,
      sector text not null,
      owner_krtp boolean not null,
      ir_level smallint not null,
      n integer not null,
      primary key (${KEY})
    )`)
    .execute(db);
  await sql
    .raw(`
    create table business_figure_rows (
      business_id bigint not null,
      kind text not null,
      day date not null,
      prev date not null,
      kelurahan_code text not null,
      kecamatan_code text not null,
      sector text not null,
      owner_krtp boolean not null,
      ir_level smallint not null,
      n integer not null
    )`)
    .execute(db);
  await sql`create index business_figure_rows_business on business_figure_rows (business_id)`.execute(db);
  // A period's repeat event days (a business's second day or later) are read one by one: only those here.
  await sql`create index figure_counts_repeat on figure_counts (kind, day) where prev > '-infinity'`.execute(
    db,
  );

  // Replaces the rows of the given businesses. A business is refreshed by one transaction at a time
  // (its row locked; a large set takes one advisory lock over all instead), and each statement reads what
  // the previous holder committed, so two concurrent changes cannot both subtract the same old rows.
  await sql
    .raw(`
    create or replace function business_figures_refresh(ids bigint[]) returns void language plpgsql
    -- One plan per statement for the session: custom plans would plan the big statement on every call.
    set plan_cache_mode = force_generic_plan as $$
    begin
      select array_agg(distinct i order by i) into ids from unnest(ids) i where i is not null;
      if ids is null then return; end if;
      if cardinality(ids) > 1000 then
        perform pg_advisory_xact_lock(hashtext('business_figures'));
      else
        -- Row locks live in the rows, not in the shared lock table: a transaction may touch any number.
        perform pg_advisory_xact_lock_shared(hashtext('business_figures'));
        perform 1 from businesses where id = any (ids) order by id for no key update;
      end if;
      -- Most changed businesses have no permits, level events or enrolments: nothing to replace.
      if not exists (select 1 from business_figure_rows where business_id = any (ids))
        and not exists (select 1 from permits where business_id = any (ids))
        and not exists (select 1 from level_events where business_id = any (ids))
        and not exists (select 1 from session_participants where business_id = any (ids)) then
        return;
      end if;
      with moved as (delete from business_figure_rows l where l.business_id = any (ids) returning l.*)
      ${addToCounts('-')};
      with moved as (
        insert into business_figure_rows (business_id, kind, day, prev, ${DIMS}, n)
        ${contributions((c) => `${c} = any (ids)`)}
        returning *)
      ${addToCounts('')};
    end $$`)
    .execute(db);

  await sql
    .raw(`
    create or replace function business_figures_rebuild() returns void language plpgsql as $$
    begin
      perform pg_advisory_xact_lock(hashtext('business_figures'));
      delete from business_figure_rows;
      delete from figure_counts;
      insert into business_figure_rows (business_id, kind, day, prev, ${DIMS}, n)
      ${contributions((c) =>
        c === 'id'
          ? `id in (select business_id from permits union select business_id from level_events
              union select business_id from session_participants)`
          : 'true',
      )};
      -- In key order, so the rows of a kind and day lie together on disk and a period reads few pages.
      insert into figure_counts (kind, day, prev, ${DIMS}, n)
      select kind, day, prev, kelurahan_code, max(kecamatan_code), sector, owner_krtp, ir_level, sum(n)::int
      from business_figure_rows group by kind, day, prev, kelurahan_code, sector, owner_krtp, ir_level
      order by kind, day, prev, kelurahan_code, sector, owner_krtp, ir_level;
      -- Fresh statistics before any session plans the refresh (its plans are generic and kept).
      analyze business_figure_rows;
      analyze figure_counts;
    end $$`)
    .execute(db);

  // One trigger function per table; each statement refreshes the businesses whose rows it touched
  // (before and after the change), only when a field the figures read has changed. A loader that
  // rebuilds everything afterwards (the demo) may skip them with `set local pilar.defer_figures = on`.
  const watch: [string, string, string][] = [
    ['permits', 'business_id', 'business_id, type, issued_on, expires_on'],
    ['level_events', 'business_id', 'business_id, occurred_on, from_level, to_level'],
    ['session_participants', 'business_id', 'business_id, session_id, status'],
  ];
  for (const [table, col, fields] of watch) {
    const cols = (t: string) => fields.replace(/(\w+)/g, `${t}.$1`);
    await sql
      .raw(`
      create or replace function ${table}_figures() returns trigger language plpgsql as $$
      begin
        if current_setting('pilar.defer_figures', true) = 'on' then return null; end if;
        if tg_op = 'INSERT' then
          perform business_figures_refresh(array(select ${col} from n));
        elsif tg_op = 'DELETE' then
          perform business_figures_refresh(array(select ${col} from o));
        else
          perform business_figures_refresh(array(
            select x from o join n using (id), unnest(array[o.${col}, n.${col}]) x
            where (${cols('o')}) is distinct from (${cols('n')})));
        end if;
        return null;
      end $$`)
      .execute(db);
    await sql
      .raw(`
      create trigger ${table}_figures_insert after insert on ${table}
        referencing new table as n for each statement execute function ${table}_figures();
      create trigger ${table}_figures_update after update on ${table}
        referencing old table as o new table as n for each statement execute function ${table}_figures();
      create trigger ${table}_figures_delete after delete on ${table}
        referencing old table as o for each statement execute function ${table}_figures();`)
      .execute(db);
  }

  // A session moved to another day moves its enrolled businesses' programme days.
  await sql`
    create or replace function programme_sessions_figures() returns trigger language plpgsql as $$
    begin
      if current_setting('pilar.defer_figures', true) = 'on' then return null; end if;
      perform business_figures_refresh(array(
        select sp.business_id from o join n using (id) join session_participants sp on sp.session_id = n.id
        where (o.starts_at at time zone 'Asia/Jakarta')::date <> (n.starts_at at time zone 'Asia/Jakarta')::date));
      return null;
    end $$`.execute(db);
  await sql`
    create trigger programme_sessions_figures_update after update on programme_sessions
      referencing old table as o new table as n for each statement execute function programme_sessions_figures()`.execute(
    db,
  );

  // The business's own counted fields (area, sector, owner's KRTP, level) and whether it is an active
  // micro home industry; a deleted business (a merge) leaves with its rows.
  const business =
    'kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level, status, home_industry, size_class';
  const bcols = (t: string) => business.replace(/(\w+)/g, `${t}.$1`);
  await sql
    .raw(`
    create or replace function businesses_figures() returns trigger language plpgsql as $$
    begin
      if current_setting('pilar.defer_figures', true) = 'on' then return null; end if;
      if tg_op = 'DELETE' then
        perform business_figures_refresh(array(select id from o));
      else
        perform business_figures_refresh(array(
          select n.id from o join n using (id) where (${bcols('o')}) is distinct from (${bcols('n')})));
      end if;
      return null;
    end $$`)
    .execute(db);
  await sql`
    create trigger businesses_figures_update after update on businesses
      referencing old table as o new table as n for each statement execute function businesses_figures()`.execute(
    db,
  );
  await sql`
    create trigger businesses_figures_delete after delete on businesses
      referencing old table as o for each statement execute function businesses_figures()`.execute(db);

  // A period's registrations read whole months from the month-end rows; most of those are stocks of
  // combinations without a registration that month, which this index leaves out.
  await sql`
    create index business_count_months_registered on business_count_months (month)
      include (kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level, registered) where registered <> 0`.execute(
    db,
  );
  await sql`
    create index business_count_days_registered on business_count_days (day)
      include (kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level, registered) where registered <> 0`.execute(
    db,
  );
  await sql`select business_figures_rebuild()`.execute(db);
}
