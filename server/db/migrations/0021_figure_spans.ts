import { type Kysely, sql } from 'kysely';
import { rebuildCountHistory } from '../count-history.ts';

const DIMS = 'kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level';
const KEY = 'kind, day, prev, since, kelurahan_code, sector, owner_krtp, ir_level';
const TODAY = `(now() at time zone 'Asia/Jakarta')::date`;
const HOLDS = (t: string) =>
  `(${t}.status = 'active' and ${t}.home_industry and (${t}.size_class is null or ${t}.size_class = 'mikro'))`;

/**
 * What each business contributes to the permit holdings and period flows, split at the days its counted
 * dimensions changed (`business_spans`), so that a past date reads each business as it stood that day —
 * the rule of the as-of stock figures. A business's spans are its closed ones (`business_spans`: history,
 * kept by the trigger on `businesses` and rebuilt from the change history) and its current one (its row,
 * from the end of its last closed span, or from its registration day, to infinity).
 *
 * - Holdings (`held:`, `heldm:`, `heldy:`): each merged validity range of a permit type intersected with
 *   each span in which the business was an active micro home industry: +1 on the intersection's first day,
 *   −1 on the day after its last, under that span's dimensions. Valid on D = `sum(n) where day <= D`: a
 *   business closed since still counts on D; a business that moved counts where it was on D; a business
 *   registered after D does not count (it was not in the registry).
 * - `until:` (held now, the list's rule): the current row's dimensions only, as before.
 * - Flows (`naik`, `permit`, `programme` and their `/m`, `/y` roll-ups): every event day of the business
 *   (with its previous one, see 0018) is repeated for each span that ends after it, with `since` = the
 *   span's first day (−infinity for the business's first span) and n = +1, and `since` = the span's end
 *   with n = −1. As of D, `sum(n) where since <= D` leaves exactly the span holding D: a business counts
 *   once, under its dimensions on D; now (no date) all rows sum to the current span's.
 */
function contributions(ids: (col: string) => string): string {
  return `
    with b as (
      select id, ${DIMS.replace('ir_level', 'coalesce(ir_level, 0)::smallint as ir_level')},
        ${HOLDS('businesses')} as holds, (created_at at time zone 'Asia/Jakarta')::date as created
      from businesses where ${ids('id')}),
    sp as (
      select s.business_id, s.valid_from, s.valid_to, s.present, s.kelurahan_code, s.kecamatan_code, s.sector,
        s.owner_krtp, s.ir_level, s.holds
      from business_spans s join b on b.id = s.business_id
      where ${ids('s.business_id')} and s.valid_from < s.valid_to
      union all
      select b.id, coalesce((select max(s.valid_to) from business_spans s where s.business_id = b.id), b.created),
        'infinity'::date, true, b.kelurahan_code, b.kecamatan_code, b.sector, b.owner_krtp, b.ir_level, b.holds
      from b),
    piece as (
      select *, case when row_number() over (partition by business_id order by valid_from) = 1
        then '-infinity'::date else valid_from end as since_from
      from sp where present),
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
      from permits p join b on b.id = p.business_id
      where ${ids('p.business_id')}
      group by p.business_id, p.type),
    span as (select business_id, type, unnest(spans) as r from held),
    cut as (
      select s.business_id, s.type,
        s.r * daterange(pc.valid_from, nullif(pc.valid_to, 'infinity'::date), '[)') as i,
        pc.kelurahan_code, pc.kecamatan_code, pc.sector, pc.owner_krtp, pc.ir_level
      from span s join piece pc on pc.business_id = s.business_id and pc.holds),
    dated as (
      select business_id, 'held' as kind, type, coalesce(lower(i), '-infinity'::date) as day, 1 as n,
        kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level from cut where not isempty(i)
      union all
      select business_id, 'held', type, upper(i), -1, kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level
      from cut where not isempty(i) and not upper_inf(i)
      union all
      select h.business_id, 'until', h.type, h.last_end, 1, b.kelurahan_code, b.kecamatan_code, b.sector,
        b.owner_krtp, b.ir_level
      from held h join b on b.id = h.business_id and b.holds),
    flow as (
      select business_id, kind, day,
        coalesce(lag(day) over (partition by business_id, kind order by day), '-infinity'::date) as prev
      from ev),
    flows as (
      select business_id, kind, day, prev, day as at from flow
      union all
      select business_id, f.kind || '/' || g.per, date_trunc(g.unit, f.day::timestamp)::date, f.prev, f.day
      from flow f cross join (values ('m', 'month'), ('y', 'year')) g(per, unit)
      where f.prev = '-infinity')
    select f.business_id, f.kind, f.day, f.prev, x.since, pc.kelurahan_code, pc.kecamatan_code, pc.sector,
      pc.owner_krtp, pc.ir_level, x.n
    from flows f join piece pc on pc.business_id = f.business_id and f.at < pc.valid_to
    cross join lateral (values (pc.since_from, 1), (pc.valid_to, -1)) x(since, n)
    where x.since < 'infinity'::date
    union all
    select d.business_id, d.kind || g.per || ':' || d.type,
      case g.per when '' then d.day else date_trunc(g.unit, d.day::timestamp)::date end, '-infinity'::date,
      '-infinity'::date, d.kelurahan_code, d.kecamatan_code, d.sector, d.owner_krtp, d.ir_level, d.n
    from dated d cross join (values ('', ''), ('m', 'month'), ('y', 'year')) g(per, unit)`;
}

/** Adds (or with `sign` -1 subtracts) ledger rows from the CTE `moved` to the counts, one row per key. */
const addToCounts = (sign: string) => `
    insert into figure_counts as c (kind, day, prev, since, ${DIMS}, n)
    select kind, day, prev, since, kelurahan_code, max(kecamatan_code), sector, owner_krtp, ir_level, ${sign}sum(n)::int
    from moved group by kind, day, prev, since, kelurahan_code, sector, owner_krtp, ir_level
    on conflict (${KEY}) do update set n = c.n + excluded.n`;

/**
 * Holdings and flows as of a past date under the dimensions each business had on that date: the
 * per-business ledger is split at the days its counted dimensions changed. `business_spans` records the
 * closed spans (from the change history, then by the trigger on `businesses`, dated the Jakarta day of the
 * change like the stock figures' deltas); the ledger and the counts gain `since` (see `contributions`).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table business_spans (
      business_id bigint not null,
      valid_from date not null,
      valid_to date not null,
      present boolean not null,
      kelurahan_code text not null,
      kecamatan_code text not null,
      sector text not null,
      owner_krtp boolean not null,
      ir_level smallint not null,
      holds boolean not null
    )`.execute(db);
  await sql`create index business_spans_business on business_spans (business_id, valid_to)`.execute(db);

  for (const table of ['figure_counts', 'business_figure_rows']) {
    await sql.raw(`alter table ${table} add column since date not null default '-infinity'`).execute(db);
  }
  await sql`alter table figure_counts drop constraint figure_counts_pkey`.execute(db);
  await sql.raw(`alter table figure_counts add primary key (${KEY})`).execute(db);

  await sql
    .raw(`
    create or replace function business_figures_refresh(ids bigint[]) returns void language plpgsql
    set plan_cache_mode = force_generic_plan as $$
    begin
      select array_agg(distinct i order by i) into ids from unnest(ids) i where i is not null;
      if ids is null then return; end if;
      if cardinality(ids) > 1000 then
        perform pg_advisory_xact_lock(hashtext('business_figures'));
      else
        perform pg_advisory_xact_lock_shared(hashtext('business_figures'));
        perform 1 from businesses where id = any (ids) order by id for no key update;
      end if;
      if not exists (select 1 from business_figure_rows where business_id = any (ids))
        and not exists (select 1 from permits where business_id = any (ids))
        and not exists (select 1 from level_events where business_id = any (ids))
        and not exists (select 1 from session_participants where business_id = any (ids)) then
        return;
      end if;
      with moved as (delete from business_figure_rows l where l.business_id = any (ids) returning l.*)
      ${addToCounts('-')};
      with moved as (
        insert into business_figure_rows (business_id, kind, day, prev, since, ${DIMS}, n)
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
      insert into business_figure_rows (business_id, kind, day, prev, since, ${DIMS}, n)
      ${contributions((c) =>
        c === 'id'
          ? `id in (select business_id from permits union select business_id from level_events
              union select business_id from session_participants)`
          : 'true',
      )};
      insert into figure_counts (kind, day, prev, since, ${DIMS}, n)
      select kind, day, prev, since, kelurahan_code, max(kecamatan_code), sector, owner_krtp, ir_level, sum(n)::int
      from business_figure_rows group by kind, day, prev, since, kelurahan_code, sector, owner_krtp, ir_level
      having sum(n) <> 0
      order by kind, day, prev, since, kelurahan_code, sector, owner_krtp, ir_level;
      analyze business_figure_rows;
      analyze figure_counts;
    end $$`)
    .execute(db);

  // The spans are history, like the stock figures' daily deltas: recorded even when a loader defers the
  // figures (it rebuilds them from the change history afterwards). A change closes the business's current
  // span on the day of the change (a second change that day only changes the current span); a deleted
  // business (a merge) closes it too, and one inserted again (an un-merge) records the gap as not present.
  const spanCols = (t: string) =>
    `${t}.kelurahan_code, ${t}.kecamatan_code, ${t}.sector, ${t}.owner_krtp, coalesce(${t}.ir_level, 0), ${HOLDS(t)}`;
  const start = (t: string) =>
    `coalesce((select max(s.valid_to) from business_spans s where s.business_id = ${t}.id),
      (${t}.created_at at time zone 'Asia/Jakarta')::date)`;
  const business =
    'kelurahan_code, kecamatan_code, sector, owner_krtp, ir_level, status, home_industry, size_class';
  const bcols = (t: string) => business.replace(/(\w+)/g, `${t}.$1`);
  const spanO = spanCols('o');
  const spanN = spanCols('n');
  await sql
    .raw(`
    create or replace function businesses_figures() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        insert into business_spans (business_id, valid_from, valid_to, present, kelurahan_code, kecamatan_code,
          sector, owner_krtp, ir_level, holds)
        select n.id, s.last, ${TODAY}, false, ${spanN}
        from n join (select business_id, max(valid_to) as last from business_spans
                     where business_id in (select id from n) group by business_id) s on s.business_id = n.id
        where s.last < ${TODAY};
        return null;
      elsif tg_op = 'DELETE' then
        insert into business_spans (business_id, valid_from, valid_to, present, kelurahan_code, kecamatan_code,
          sector, owner_krtp, ir_level, holds)
        select o.id, least(${start('o')}, ${TODAY}), ${TODAY}, true, ${spanO} from o;
      else
        insert into business_spans (business_id, valid_from, valid_to, present, kelurahan_code, kecamatan_code,
          sector, owner_krtp, ir_level, holds)
        select o.id, ${start('o')}, ${TODAY}, true, ${spanO}
        from o join n using (id)
        where (${spanO}) is distinct from (${spanN}) and ${start('o')} < ${TODAY};
      end if;
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
    create trigger businesses_figures_insert after insert on businesses
      referencing new table as n for each statement execute function businesses_figures()`.execute(db);

  // The spans from the change history (and the owners' KRTP changes in the people's history), then the
  // stock deltas and the ledger from them.
  await rebuildCountHistory(db);
}
