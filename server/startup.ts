import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sql } from 'kysely';
import type { Config } from './config.ts';
import { type Connection, openDatabase } from './db/connection.ts';
import { migrate } from './db/migrate.ts';
import { ensureAreas } from './modules/areas/areas.service.ts';
import { seedDemoCatalogue } from './modules/demo/catalogue.loader.ts';
import { seedDemoCountHistory } from './modules/demo/count-history.loader.ts';
import { seedDemo } from './modules/demo/demo.loader.ts';
import { seedDemoRoadmaps } from './modules/demo/roadmaps.loader.ts';
import { seedDemoVisits } from './modules/demo/visits.loader.ts';
import { queueRefreshIfStale } from './modules/imports/linkage-index.ts';
import { createDemoAccounts, ensureAdmin } from './modules/users/users.service.ts';

/** Opens the database, applies migrations and loads the national area list when missing. */
export type Prepared = Connection & { firstAdminPassword: string | null };

export async function prepareDatabase(config: Config, say: (msg: string) => void): Promise<Prepared> {
  const conn = await openDatabase(config);
  try {
    const applied = await migrate(conn.db);
    if (applied.length) say(`Migrasi diterapkan: ${applied.join(', ')}`);
    if (await queueRefreshIfStale(conn.db, 'Pilar (pembaruan)'))
      say('Indeks penautan disiapkan ulang di latar belakang setelah pembaruan.');
    const areas = await ensureAreas(conn.db);
    if (areas) say(`Kode wilayah dimuat: ${areas} wilayah (idn-area-data, ODbL).`);
    const adminPassword = await ensureAdmin(conn.db, config);
    if (adminPassword) {
      say(
        `Akun admin dibuat. Nama pengguna: admin, kata sandi: ${adminPassword} — catat sekarang; tidak ditampilkan lagi.`,
      );
    }
    return { ...conn, firstAdminPassword: adminPassword };
  } catch (err) {
    await conn.close();
    throw err;
  }
}

/** Loads the demo data set into an empty registry; returns false when it already holds businesses or owners. */
export async function seedDemoIfEmpty(
  conn: Prepared,
  config: Config,
  say: (msg: string) => void,
): Promise<boolean> {
  const { rows } = await sql<{
    any: boolean;
  }>`select exists (select 1 from businesses) or exists (select 1 from people) as any`.execute(conn.db);
  if (rows[0]?.any) return false;
  say('Memuat data demo (sintetis) untuk wilayah layanan…');
  const r = await seedDemo(conn, { region: config.region, thresholds: config.sizeThresholds, log: say });
  const accounts = await createDemoAccounts(conn.db, config.region);
  const roadmaps = await seedDemoRoadmaps(conn.db, config.region);
  const visits = await seedDemoVisits(conn.db);
  const catalogue = await seedDemoCatalogue(conn.db);
  await seedDemoCountHistory(conn.db);
  if (conn.firstAdminPassword)
    accounts.unshift({
      username: 'admin',
      role: 'admin',
      scope: config.region,
      password: conn.firstAdminPassword,
    });
  const lines = accounts.map(
    (a) => `  ${a.username.padEnd(11)} ${a.password}  (${a.role}, wilayah ${a.scope})`,
  );
  const file = path.join(config.dataDir, 'demo-accounts.txt');
  await writeFile(
    file,
    `Akun demo Pilar — hanya untuk data demo; hapus sebelum dipakai sungguhan.\n${lines.join('\n')}\n`,
    { mode: 0o600 },
  );
  say(`Akun demo (hanya untuk data demo, juga disimpan di ${file}):\n${lines.join('\n')}`);
  say(
    `Data demo dimuat: ${r.businesses} usaha, ${r.people} pelaku, ${r.permits} izin, ${roadmaps} rencana pendampingan, ${visits} kunjungan, ${catalogue} usaha di katalog dalam ${(r.ms / 1000).toFixed(1)} detik.`,
  );
  return true;
}
