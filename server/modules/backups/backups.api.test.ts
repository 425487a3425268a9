import { createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../../db/connection.ts';
import { withDatabase } from '../../test/global-setup.ts';
import { restoreInTransaction } from './backups.restore.ts';
import { backupDatabase, openBackup, restoreDatabase, verifyBackup } from './backups.service.ts';
import {
  admin,
  cloneTemplate,
  fingerprint,
  NO_PROBLEMS,
  registryProblems,
  schemaShape,
  type TestDb,
} from './backups.testkit.ts';

const NAMES = ['Siti Ni\'mah\t"Tab"', 'Baris\nbaru \\ garis miring', 'Dewi 🍰 Lestari', 'Budi Santoso'];

/** `count` owners, each with a business, most with a permit, and the business's history entry, in one statement. */
async function addRegistry(pool: pg.Pool, from: number, count: number): Promise<void> {
  await pool.query(
    `with p as (
       insert into people (nik, name, gender, birth_date, krtp, phone, street, rt, rw, kelurahan_code, household_size)
       select '3573' || lpad(($3::int + i)::text, 12, '0'), ($1::text[])[1 + i % 4], case when i % 2 = 0 then 'P' else 'L' end,
         case when i % 6 = 0 then null else date '1960-01-01' + i * 37 end, i % 3 = 0,
         case when i % 5 = 0 then null else '+62812' || lpad(($3::int + i)::text, 7, '0') end, 'Jl. Ijen No. ' || i,
         '01', '02', (select code from areas where code like '35.73.__.____' order by code offset i % 57 limit 1), 1 + i % 6
       from generate_series(1, $2::int) i returning id, krtp, kelurahan_code, name),
     b as (
       insert into businesses (owner_id, owner_krtp, name, home_industry, kelurahan_code, kecamatan_code, latitude,
         longitude, products, kbli_code, kbli_version, sector, workers_total, monthly_turnover, capital, size_class)
       select id, krtp, 'Usaha ' || name, id % 4 <> 0, kelurahan_code, left(kelurahan_code, 8),
         -7.95 - (id % 1000) * 0.0000123456789, 112.6 + (id % 1000) / 7000.0::float8, 'keripik tempe, sari apel', '10794', 2020,
         'pangan', id % 9, 4500000 + id, 10000000 * (id % 3), case when id % 11 = 0 then null else 'mikro' end
       from p returning id),
     x as (
       insert into permits (business_id, type, number, issued_on, expires_on)
       select id, 'PIRT', 'P-IRT ' || id, date '2020-01-01' + (id % 400)::int, date '2025-01-01' + (id % 400)::int
       from b where id % 3 <> 0)
     insert into history (entity, entity_id, business_id, action, actor, changes)
     select 'business', id, id, 'create', 'penguji', jsonb_build_object('name', jsonb_build_array(null, 'Usaha ' || id),
       'catatan', 'ünïcödé ✓')
     from b`,
    [NAMES, count, from],
  );
}

/** Edits and deletions, so sequences run past the highest id and counts move between groups. */
async function churn(pool: pg.Pool): Promise<void> {
  await pool.query(`update businesses set status = 'closed', version = version + 1 where id % 7 = 0`);
  await pool.query(`with gone as (delete from businesses where id in (select id from businesses order by id desc limit 3)
    returning id) insert into history (entity, entity_id, business_id, action, actor, changes)
    select 'business', id, id, 'delete', 'penguji', '{}' from gone`);
  const audit = await pool.query(`select to_regclass('public.audit_log') is not null as ok`);
  if (audit.rows[0]?.ok)
    await pool.query(`insert into audit_log (actor_name, action) values ('penguji', 'uji')`);
}

/** The next value of every sequence (consumes it: call last). */
async function nextIds(pool: pg.Pool) {
  const { rows } =
    await pool.query(`select sequencename::text as name, nextval(quote_ident(sequencename))::text as next
    from pg_sequences where schemaname = 'public' order by 1`);
  return rows;
}

const dir = mkdtempSync(path.join(tmpdir(), 'pilar-backup-test-'));
const dbs: TestDb[] = [];
const fresh = async () => {
  const db = await cloneTemplate();
  dbs.push(db);
  return db;
};
let source: TestDb;
let file: string;

beforeAll(async () => {
  source = await fresh();
  await addRegistry(source.pool, 0, 300);
  await churn(source.pool);
  file = path.join(dir, 'registri.pilar.gz');
  await backupDatabase(source.pool, file);
});
afterAll(async () => {
  for (const db of dbs) await db.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('gives an identical registry in a database that held other rows, sequences included', async () => {
    const target = await fresh();
    await addRegistry(target.pool, 5000, 20);
    const again = path.join(dir, 'lagi.pilar.gz');
    const r = await backupDatabase(source.pool, again);
    const tables = await fingerprint(source.pool);
    expect(r.tables.map((t) => t.name).sort()).toEqual(Object.keys(tables).sort());
    expect(r.sha256).toBe(createHash('sha256').update(readFileSync(again)).digest('hex'));
    expect(statSync(again).mode & 0o777).toBe(0o600);
    expect(existsSync(`${again}.partial`)).toBe(false);

    await restoreDatabase(target.pool, again);
    expect(await fingerprint(target.pool)).toEqual(tables);
    expect(await schemaShape(target.pool)).toEqual(await schemaShape(source.pool));
    expect(await registryProblems(target.pool)).toEqual(NO_PROBLEMS);
    const { rows } = await target.pool.query('select max(id)::int as max from businesses');
    const next = await nextIds(target.pool);
    expect(next).toEqual(await nextIds(source.pool));
    expect(Number(next.find((s) => s.name === 'businesses_id_seq')?.next)).toBeGreaterThan(rows[0].max + 1);
  });

  it('refuses a missing, foreign, truncated or altered file and leaves the target as it was', async () => {
    const target = await fresh();
    await addRegistry(target.pool, 7000, 10);
    const before = await fingerprint(target.pool);
    const bytes = readFileSync(file);
    const variant = (name: string, data: Buffer | string) => {
      writeFileSync(path.join(dir, name), data);
      return path.join(dir, name);
    };
    const flipped = Buffer.from(bytes);
    const middle = Math.floor(bytes.length / 2);
    flipped[middle] = (bytes[middle] ?? 0) ^ 0x01;
    const plain = gunzipSync(bytes);
    const at = plain.indexOf('Jl. Ijen No. 1');
    plain[at] = 'K'.charCodeAt(0); // valid gzip, framing intact: only the SHA-256 can tell
    const cases: [string, string, RegExp][] = [
      [path.join(dir, 'tidak-ada.gz'), 'FILE_NOT_FOUND', /tidak ditemukan/],
      [variant('catatan.txt', 'bukan cadangan'), 'NOT_A_BACKUP', /bukan berkas cadangan Pilar/],
      [variant('lain.gz', gzipSync('{"hello": "world"}')), 'NOT_A_BACKUP', /bukan berkas cadangan Pilar/],
      [variant('potong.gz', bytes.subarray(0, bytes.length - 200)), 'DAMAGED', /rusak atau terpotong/],
      [variant('separuh.gz', bytes.subarray(0, bytes.length / 2)), 'DAMAGED', /rusak atau terpotong/],
      [variant('bit.gz', flipped), 'DAMAGED', /rusak atau terpotong/],
      [variant('ubah.gz', gzipSync(plain)), 'DAMAGED', /SHA-256 tidak cocok/],
    ];
    for (const [name, code, message] of cases) {
      await expect(restoreDatabase(target.pool, name), name).rejects.toMatchObject({ code, message });
    }
    // A file that breaks half-way through loading (changed after the check) rolls the whole load back.
    const head = await verifyBackup(file);
    const half = path.join(dir, 'separuh.gz');
    await expect(
      restoreInTransaction(
        target.pool,
        head,
        () => openBackup(half),
        () => {},
      ),
    ).rejects.toMatchObject({
      code: 'DAMAGED',
    });
    expect(await fingerprint(target.pool)).toEqual(before);
  });

  it('refuses a backup of a newer or an older schema, saying which, and changes nothing', async () => {
    const newer = await fresh();
    await newer.pool.query(
      `insert into schema_migrations (name, timestamp) values ('9999_masa_depan', now()::text)`,
    );
    const newerFile = path.join(dir, 'baru.pilar.gz');
    await backupDatabase(newer.pool, newerFile);
    const target = await fresh();
    await addRegistry(target.pool, 8000, 5);
    const before = await fingerprint(target.pool);
    await expect(restoreDatabase(target.pool, newerFile)).rejects.toMatchObject({
      code: 'SCHEMA_MISMATCH',
      message: expect.stringMatching(/lebih baru: migrasi 9999_masa_depan/),
    });
    await target.pool.query(
      `insert into schema_migrations (name, timestamp) values ('9999_masa_depan', now()::text)`,
    );
    await expect(restoreDatabase(target.pool, file)).rejects.toMatchObject({
      code: 'SCHEMA_MISMATCH',
      message: expect.stringMatching(/skema lama \(belum ada migrasi 9999_masa_depan\)/),
    });
    await target.pool.query(`delete from schema_migrations where name = '9999_masa_depan'`);
    expect(await fingerprint(target.pool)).toEqual(before);
  });

  it('takes a consistent snapshot while another connection keeps inserting', async () => {
    const busy = await fresh();
    await addRegistry(busy.pool, 10_000, 50);
    let [stop, written] = [false, 0];
    const writer = (async () => {
      while (!stop) await addRegistry(busy.pool, 20_000 + written++, 1);
    })();
    while (written < 5) await new Promise((r) => setTimeout(r, 5));
    const start = written;
    const during = path.join(dir, 'sibuk.pilar.gz');
    const r = await backupDatabase(busy.pool, during);
    const inserted = written - start;
    stop = true;
    await writer;
    expect(inserted).toBeGreaterThan(0);
    const target = await fresh();
    await restoreDatabase(target.pool, during);
    expect(await registryProblems(target.pool)).toEqual(NO_PROBLEMS);
    const { rows } = await target.pool.query('select count(*)::int as n from businesses');
    expect(rows[0].n).toBe(r.tables.find((t) => t.name === 'businesses')?.rows);
    expect(rows[0].n).toBeLessThan(
      (await busy.pool.query('select count(*)::int as n from businesses')).rows[0].n,
    );
  });

  it('restores as the owner of the tables without superuser rights, and tells anyone else why not', async () => {
    const role = `pilar_bk_${randomBytes(4).toString('hex')}`;
    const password = 'Sandi-Uji-Pemulihan-1';
    await admin((c) => c.query(`create role ${role} login password '${password}'`));
    const owned = await fresh();
    const other = await fresh();
    const asRole = (db: TestDb) => {
      const u = new URL(withDatabase(inject('adminUrl'), db.name));
      [u.username, u.password] = [role, password];
      return connect(u.toString(), 2);
    };
    const [owner, stranger] = [asRole(owned), asRole(other)];
    try {
      const { rows } = await owned.pool.query(
        `select tablename::text as t from pg_tables where schemaname = 'public'`,
      );
      for (const { t } of rows) await owned.pool.query(`alter table "${t}" owner to ${role}`);
      await restoreDatabase(owner.pool, file);
      expect(await fingerprint(owned.pool)).toEqual(await fingerprint(source.pool));
      await expect(restoreDatabase(stranger.pool, file)).rejects.toMatchObject({
        code: 'NOT_ALLOWED',
        message: expect.stringMatching(/bukan pemilik tabel/),
      });
    } finally {
      await owner.close();
      await stranger.close();
      for (const db of [owned, other]) {
        await db.drop();
        dbs.splice(dbs.indexOf(db), 1);
      }
      await admin((c) => c.query(`drop role ${role}`));
    }
  });
});
