import type pg from 'pg';
import type { SizeThresholds } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import { listVillagesOfRegency } from '../areas/areas.repository.ts';
import { copyAssessments } from './assessments.load.ts';
import { copyRows } from './copy.ts';
import { DEMO_TODAY, type DemoData, generateDemo } from './demo.generator.ts';
import type { DemoBusiness, DemoPermit, DemoPerson } from './demo.types.ts';
import { copyExhibitions } from './exhibitions.loader.ts';
import { type HistoryRow, historyRows } from './history.ts';
import { copyProgrammes } from './programmes.loader.ts';

export type SeedResult = { people: number; businesses: number; permits: number; ms: number };

const PEOPLE: readonly (keyof DemoPerson)[] = [
  'id',
  'nik',
  'name',
  'gender',
  'birth_date',
  'krtp',
  'phone',
  'street',
  'rt',
  'rw',
  'kelurahan_code',
  'education',
  'household_size',
  'search_text',
  'created_at',
  'updated_at',
];
const BUSINESSES: readonly (keyof DemoBusiness)[] = [
  'id',
  'owner_id',
  'owner_krtp',
  'name',
  'home_industry',
  'kelurahan_code',
  'kecamatan_code',
  'street',
  'rt',
  'rw',
  'latitude',
  'longitude',
  'products',
  'kbli_code',
  'kbli_version',
  'sector',
  'year_started',
  'workers_total',
  'workers_women',
  'workers_family_unpaid',
  'monthly_turnover',
  'capital',
  'size_class',
  'sentra',
  'status',
  'search_text',
  'created_at',
  'updated_at',
];
const PERMITS: readonly (keyof DemoPermit)[] = [
  'id',
  'business_id',
  'type',
  'number',
  'issued_on',
  'expires_on',
  'created_at',
  'updated_at',
];
const HISTORY: readonly (keyof HistoryRow)[] = [
  'entity',
  'entity_id',
  'business_id',
  'action',
  'actor',
  'at',
  'changes',
];
const TABLES = ['people', 'businesses', 'permits'] as const;

async function readKelurahan(db: Database, region: string) {
  const rows = await listVillagesOfRegency(db, region);
  if (rows.length === 0) {
    throw new Error(
      `Data wilayah ${region} belum ada di tabel areas; muat kode wilayah (idn-area-data) sebelum memuat data demo.`,
    );
  }
  return rows.map((r) => ({ code: r.code, name: r.name, kecamatanCode: r.kecamatan_code }));
}

/** Refuses to mix demo rows into a registry that already holds businesses or owners. */
async function assertEmpty(client: pg.PoolClient): Promise<void> {
  // Locking first makes a second, concurrent seed wait and then see the rows of the first.
  await client.query('lock table people, businesses, permits in exclusive mode');
  const { rows } = await client.query<{ businesses: boolean; people: boolean }>(
    'select exists (select 1 from businesses) as businesses, exists (select 1 from people) as people',
  );
  if (rows[0]?.businesses) {
    throw new Error(
      'Registri sudah berisi data usaha; data demo hanya dapat dimuat ke registri yang masih kosong.',
    );
  }
  if (rows[0]?.people) {
    throw new Error(
      'Registri sudah berisi data pelaku usaha; data demo hanya dapat dimuat ke registri yang masih kosong.',
    );
  }
}

async function copyAll(client: pg.PoolClient, data: DemoData): Promise<void> {
  await copyRows(client, 'people', PEOPLE, data.people);
  // Each owner's legal basis (UU PDP): the office's public task of registering home industries.
  await client.query(
    `insert into legal_bases (person_id, basis, note, given_at, officer_name)
     select id, 'public_task', 'Pendataan industri rumahan DP3AP2KB (data demo)', created_at, 'Data demo'
     from people`,
  );
  // The counts trigger runs once for the whole COPY (a statement trigger over its transition table).
  await copyRows(client, 'businesses', BUSINESSES, data.businesses);
  await copyRows(client, 'permits', PERMITS, data.permits);
  await copyRows(client, 'history', HISTORY, historyRows(data));
  await copyProgrammes(client, data, DEMO_TODAY);
  await copyExhibitions(client, data);
  // COPY writes the given ids (as OVERRIDING SYSTEM VALUE would); the sequences must continue after them.
  for (const table of TABLES) {
    await client.query(`select setval(pg_get_serial_sequence($1, 'id'), (select max(id) from ${table}))`, [
      table,
    ]);
  }
}

async function inTransaction(pool: pg.Pool, fn: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('begin');
    await fn(client);
    await client.query('commit');
  } catch (err) {
    await client.query('rollback');
    throw err;
  } finally {
    client.release();
  }
}

/** Loads the synthetic Kota Malang registry (with history) into an empty database in one transaction. */
export async function seedDemo(
  conn: { db: Database; pool: pg.Pool },
  opts: { region: string; thresholds: SizeThresholds; log?: (msg: string) => void },
): Promise<SeedResult> {
  const started = performance.now();
  const kelurahan = await readKelurahan(conn.db, opts.region);
  const data = generateDemo({ region: opts.region, kelurahan, thresholds: opts.thresholds });
  opts.log?.(`Data demo dibuat dalam ${Math.round(performance.now() - started)} ms; menyalin ke basis data…`);
  await inTransaction(conn.pool, async (client) => {
    await assertEmpty(client);
    // Holdings and flows are rebuilt whole with the dated counts (seedDemoCountHistory): refreshing them
    // per loaded statement would only do the same work several times.
    await client.query(`set local pilar.defer_figures = 'on'`);
    await copyAll(client, data);
    await copyAssessments(client, data, DEMO_TODAY);
  });
  await conn.pool.query(
    `analyze ${[...TABLES, 'history', 'assessments', 'level_events', 'needs'].join(', ')}`,
  );
  const counts = {
    people: data.people.length,
    businesses: data.businesses.length,
    permits: data.permits.length,
  };
  return { ...counts, ms: Math.round(performance.now() - started) };
}
