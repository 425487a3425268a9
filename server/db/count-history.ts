import { type Kysely, sql } from 'kysely';

/** The counted dimensions of a business at one moment; `present` is false before creation or after a merge. */
export type State = {
  present: boolean;
  kelurahan_code: string;
  kecamatan_code: string;
  sector: string;
  size_class: string;
  home_industry: boolean;
  owner_krtp: boolean;
  status: string;
  ir_level: number;
};
export type Event = {
  id: number;
  entity_id: number;
  day: string;
  ts: number;
  action: string;
  changes: Record<string, unknown>;
};

// History records API field names; these are the counted ones and the columns they stand for.
const FIELDS: [string, keyof State][] = [
  ['kelurahanCode', 'kelurahan_code'],
  ['kecamatanCode', 'kecamatan_code'],
  ['sector', 'sector'],
  ['sizeClass', 'size_class'],
  ['homeIndustry', 'home_industry'],
  ['status', 'status'],
  ['irLevel', 'ir_level'],
  // Not in the business's history: the owner's KRTP flag, from the owner's own history (see replayBatch).
  ['ownerKrtp', 'owner_krtp'],
];
const BATCH = 20_000;

function normal(col: keyof State, v: unknown): unknown {
  if (col === 'ir_level') return v == null ? 0 : Number(v);
  if (col === 'size_class') return v == null ? '' : String(v);
  if (col === 'owner_krtp') return v === true || v === 'true';
  return v;
}

function stateOf(row: Record<string, unknown>, present: boolean): State {
  return {
    present,
    kelurahan_code: String(row.kelurahan_code),
    kecamatan_code: String(row.kecamatan_code),
    sector: String(row.sector ?? 'lainnya'),
    size_class: String(row.size_class ?? ''),
    home_industry: Boolean(row.home_industry),
    owner_krtp: Boolean(row.owner_krtp),
    status: String(row.status),
    ir_level: row.ir_level == null ? 0 : Number(row.ir_level),
  };
}

const keyOf = (s: State) =>
  [
    s.kelurahan_code,
    s.kecamatan_code,
    s.sector,
    s.size_class,
    s.home_industry,
    s.owner_krtp,
    s.status,
    s.ir_level,
  ].join('|');

/** The state just before an event, from the state just after it (history is walked backwards). */
function before(after: State, e: Event): State {
  const s = { ...after };
  const into = e.changes.mergedInto as [unknown, unknown] | undefined;
  if (e.action === 'create') s.present = false;
  else if (e.action === 'delete') s.present = true;
  else if (e.action === 'merge' && into) s.present = true;
  else if (e.action === 'unmerge' && into) s.present = false;
  if (e.action === 'update' || e.action === 'merge' || e.action === 'unmerge') {
    for (const [field, col] of FIELDS) {
      const c = e.changes[field] as [unknown, unknown] | undefined;
      if (c) (s as Record<string, unknown>)[col] = normal(col, c[0]);
    }
  }
  return s;
}

export type Delta = { n: number; registered: number };

/** A closed span of a business's counted dimensions, for the permit holdings and flows as of a date. */
export type Span = { from: string; to: string; state: State };

const holds = (s: State) =>
  s.status === 'active' && s.home_industry && (s.size_class === '' || s.size_class === 'mikro');
const spanKey = (s: State) =>
  [s.present, s.kelurahan_code, s.kecamatan_code, s.sector, s.owner_krtp, s.ir_level, holds(s)].join('|');

/**
 * The closed spans of a business from its events (ascending) and the state after each: each state holds
 * from its event's day to the next event's day (a later change the same day wins), equal neighbours
 * joined, leading absence dropped; the last (current) span is the business's row, not returned.
 */
function spansOf(events: Event[], afters: State[]): Span[] {
  const segs: Span[] = [];
  events.forEach((e, i) => {
    const to = events[i + 1]?.day ?? 'infinity';
    if (e.day >= to) return;
    const last = segs[segs.length - 1];
    const state = afters[i] as State;
    if (last && spanKey(last.state) === spanKey(state)) last.to = to;
    else if (last || state.present) segs.push({ from: e.day, to, state });
  });
  return segs.slice(0, -1);
}

export function replay(
  final: State,
  events: Event[],
  createdDay: string,
  out: Map<string, Delta>,
  createdTs = 0,
): Span[] {
  const add = (day: string, s: State, n: number, registered: number) => {
    const k = `${day}|${keyOf(s)}`;
    const d = out.get(k) ?? { n: 0, registered: 0 };
    d.n += n;
    d.registered += registered;
    out.set(k, d);
  };
  if (!events.some((e) => e.action === 'create')) {
    events.push({ id: 0, entity_id: 0, day: createdDay, ts: createdTs, action: 'create', changes: {} });
  }
  events.sort((a, b) => a.ts - b.ts || a.id - b.id);
  const afters: State[] = [];
  let after = final;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i] as Event;
    afters[i] = after;
    const prior = before(after, e);
    if (keyOf(prior) !== keyOf(after) || prior.present !== after.present) {
      if (prior.present) add(e.day, prior, -1, 0);
      if (after.present) add(e.day, after, 1, e.action === 'create' ? 1 : 0);
    } else if (e.action === 'create' && after.present) {
      add(e.day, after, 1, 1);
    }
    after = prior;
  }
  return spansOf(events, afters);
}

// biome-ignore lint/suspicious/noExplicitAny: used by a migration (untyped schema) and by services
type Db = Kysely<any>;

async function replayBatch(db: Db, lo: number, hi: number, out: Map<string, Delta>, spans: SpanRow[]) {
  const jakartaDay = (col: string) => sql.raw(`(${col} at time zone 'Asia/Jakarta')::date::text`);
  const current = await sql<Record<string, unknown>>`
    select id, kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level,
      ${jakartaDay('created_at')} as day, extract(epoch from created_at)::float8 as ts
    from businesses where id >= ${lo} and id < ${hi}`.execute(db);
  const gone = await sql<{ id: number; row: Record<string, unknown> }>`
    select distinct on (merged_id) merged_id as id, merged_row as row from merges
    where kind = 'business' and undone_at is null and merged_id >= ${lo} and merged_id < ${hi}
      and not exists (select 1 from businesses b where b.id = merged_id)
    order by merged_id, merged_at desc`.execute(db);
  const history = await sql<Event>`
    select id, entity_id, action, ${jakartaDay('at')} as day, extract(epoch from at)::float8 as ts,
      jsonb_strip_nulls(jsonb_build_object('kelurahanCode', changes->'kelurahanCode',
        'kecamatanCode', changes->'kecamatanCode', 'sector', changes->'sector', 'sizeClass', changes->'sizeClass',
        'homeIndustry', changes->'homeIndustry', 'status', changes->'status', 'irLevel', changes->'irLevel',
        'mergedInto', changes->'mergedInto')) as changes
    from history
    where entity = 'business' and entity_id >= ${lo} and entity_id < ${hi}
      and (action <> 'update' or changes ?| array['kelurahanCode', 'kecamatanCode', 'sector', 'sizeClass',
        'homeIndustry', 'status', 'irLevel'])
    order by entity_id, at, id`.execute(db);
  const byId = new Map<number, Event[]>();
  for (const e of history.rows) {
    const list = byId.get(Number(e.entity_id)) ?? [];
    list.push(e);
    byId.set(Number(e.entity_id), list);
  }
  // An owner's KRTP flag changes in the owner's history: each change is an event of every business she
  // owns now (an earlier owner's flag is not replayed: the business's owner at the time is not resolved).
  const krtp = await sql<Event>`
    select h.id, b.id as entity_id, 'update' as action, ${jakartaDay('h.at')} as day,
      extract(epoch from h.at)::float8 as ts, jsonb_build_object('ownerKrtp', h.changes->'krtp') as changes
    from history h join businesses b on b.owner_id = h.entity_id
    where h.entity = 'person' and h.action = 'update' and h.changes ? 'krtp'
      and b.id >= ${lo} and b.id < ${hi}`.execute(db);
  for (const e of krtp.rows) {
    const list = byId.get(Number(e.entity_id)) ?? [];
    list.push(e);
    byId.set(Number(e.entity_id), list);
  }
  for (const b of current.rows) {
    const closed = replay(stateOf(b, true), byId.get(Number(b.id)) ?? [], String(b.day), out, Number(b.ts));
    for (const s of closed) spans.push({ id: Number(b.id), ...s });
  }
  for (const g of gone.rows) {
    const events = byId.get(Number(g.id));
    if (!events?.length) continue;
    // Its time in the registry stays recorded: were the merge undone, its row's span starts after the gap.
    const closed = replay(stateOf(g.row, false), events, String(events[0]?.day), out, events[0]?.ts);
    for (const s of closed) spans.push({ id: Number(g.id), ...s });
  }
}

type SpanRow = Span & { id: number };

async function writeSpans(db: Db, spans: SpanRow[]) {
  const rows = spans.map(({ id, from, to, state: s }) => ({
    id,
    from,
    to,
    present: s.present,
    kel: s.kelurahan_code,
    kec: s.kecamatan_code,
    sector: s.sector,
    krtp: s.owner_krtp,
    level: s.ir_level,
    holds: holds(s),
  }));
  for (let i = 0; i < rows.length; i += 5000) {
    await sql`
      insert into business_spans (business_id, valid_from, valid_to, present, kelurahan_code, kecamatan_code,
        sector, owner_krtp, ir_level, holds)
      select id, "from", "to", present, kel, kec, sector, krtp, level, holds
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb) as r(id bigint, "from" date,
        "to" date, present boolean, kel text, kec text, sector text, krtp boolean, level smallint, holds boolean)`.execute(
      db,
    );
  }
}

async function writeDeltas(db: Db, out: Map<string, Delta>) {
  const rows = [...out].map(([k, d]) => {
    const [day, kel, kec, sector, size, hi, krtp, status, level] = k.split('|');
    return {
      day,
      kel,
      kec,
      sector,
      size,
      hi: hi === 'true',
      krtp: krtp === 'true',
      status,
      level: Number(level),
      ...d,
    };
  });
  for (let i = 0; i < rows.length; i += 5000) {
    await sql`
      insert into business_count_days (day, kelurahan_code, kecamatan_code, sector, size_class, home_industry,
        owner_krtp, status, ir_level, n, registered)
      select day, kel, kec, sector, size, hi, krtp, status, level, n, registered
      from jsonb_to_recordset(${JSON.stringify(rows.slice(i, i + 5000))}::jsonb) as r(day date, kel text,
        kec text, sector text, size text, hi boolean, krtp boolean, status text, level smallint, n int,
        registered int)
      on conflict (day, kelurahan_code, sector, size_class, home_industry, owner_krtp, status, ir_level)
      do update set n = business_count_days.n + excluded.n,
        registered = business_count_days.registered + excluded.registered`.execute(db);
  }
}

/**
 * Rebuilds the dated deltas from the change history (creates, updates of counted fields, merges and
 * un-merges), then reconciles with the current counts: whatever the history does not explain (an owner's
 * KRTP flag, rows loaded without history) is one correction dated today, so as-of today always equals
 * the current figures. Month-end stocks are rolled up afresh.
 */
export async function rebuildCountHistory(db: Db): Promise<void> {
  await sql`delete from business_count_days`.execute(db);
  await sql`delete from business_count_months`.execute(db);
  // The dimensions' closed spans (migration 0021; earlier migrations run this before the table exists).
  const spansTable = await sql<{
    ok: boolean;
  }>`select to_regclass('business_spans') is not null as ok`.execute(db);
  const withSpans = spansTable.rows[0]?.ok === true;
  if (withSpans) await sql`delete from business_spans`.execute(db);
  const { rows } = await sql<{ hi: number | null }>`
    select greatest((select max(id) from businesses), (select max(entity_id) from history where entity = 'business'))::int as hi`.execute(
    db,
  );
  const top = rows[0]?.hi ?? 0;
  for (let lo = 0; lo <= top; lo += BATCH) {
    const out = new Map<string, Delta>();
    const spans: SpanRow[] = [];
    await replayBatch(db, lo, lo + BATCH, out, spans);
    await writeDeltas(db, out);
    if (withSpans) await writeSpans(db, spans);
  }
  await sql`
    insert into business_count_days as c (day, kelurahan_code, kecamatan_code, sector, size_class, home_industry,
      owner_krtp, status, ir_level, n)
    select (now() at time zone 'Asia/Jakarta')::date, kelurahan_code, kecamatan_code, sector, size_class,
      home_industry, owner_krtp, status, ir_level, sum(n)::int
    from (select kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level, n
          from business_counts
          union all
          select kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level, -n
          from business_count_days) x
    group by kelurahan_code, kecamatan_code, sector, size_class, home_industry, owner_krtp, status, ir_level
    having sum(n) <> 0
    on conflict (day, kelurahan_code, sector, size_class, home_industry, owner_krtp, status, ir_level)
    do update set n = c.n + excluded.n`.execute(db);
  await sql`delete from business_count_days where n = 0 and registered = 0`.execute(db);
  await sql`select business_count_months_close()`.execute(db);
  // Permit holdings and period flows depend on the current rows only (not on the history): rebuilt whole
  // (once migration 0018 has created them; 0016 runs this before).
  const fn = await sql<{
    ok: boolean;
  }>`select to_regproc('business_figures_rebuild') is not null as ok`.execute(db);
  if (fn.rows[0]?.ok) await sql`select business_figures_rebuild()`.execute(db);
}
