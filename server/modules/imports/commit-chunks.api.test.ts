import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNik } from '../../../shared/rules/nik.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';

// A file of more rows than a commit links and writes in one step (5,000): rows of the later steps belong
// to records the first step created, and are linked and written while the steps before are still being
// written.
const OWNERS = 5600;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const SYLLABLES = [
  'ba',
  'di',
  'ka',
  'lu',
  'me',
  'no',
  'pi',
  'ra',
  'su',
  'ti',
  'wa',
  'ye',
  'go',
  'ha',
  'ju',
  'ce',
];
/** A made-up name of its own for each number: owners differ in name as in NIK, so none links to another. */
const word = (i: number) =>
  [i % 16, (i >> 4) % 16, (i >> 8) % 16, 3 + (i % 5)].map((s) => SYLLABLES[s]).join('');
const day = (i: number) => new Date(Date.UTC(1960, 0, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);

function ownerRow(i: number, business: string, product: string) {
  const nik = buildNik({ districtCode: '35.73.05', gender: 'P', birthDate: day(i), serial: 1 + (i % 7) });
  const name = `${word(i)[0]?.toUpperCase()}${word(i).slice(1)} ${word(i + 7919).toUpperCase()}`;
  return `${nik};${name};Jl. ${word(i + 104_729)} ${1 + (i % 90)};Tlogomas;${business};${product}`;
}

describe('a commit of more rows than one step links', () => {
  let id: number;

  it('commits every accepted row, in order, and the rows of later steps meet the records of the first', async () => {
    const lines = ['NIK;Nama Pemilik;Alamat;Kelurahan;Nama Usaha;Jenis Produk'];
    for (let i = 0; i < OWNERS; i++) lines.push(ownerRow(i, `Keripik ${word(i)}`, 'keripik singkong'));
    // Below them, each owner again: an even one's row unchanged, an odd one's with a second business.
    for (let i = 0; i < OWNERS; i++) {
      lines.push(
        i % 2 === 0
          ? ownerRow(i, `Keripik ${word(i)}`, 'keripik singkong')
          : ownerRow(i, `Katering Sehat ${i}`, 'nasi kotak'),
      );
    }
    const bytes = new TextEncoder().encode(lines.join('\r\n'));
    const up = await t.upload('/api/v1/imports', { source: 'Dinas Koperasi' }, { name: 'besar.csv', bytes });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    id = up.body.id;
    expect((await t.post(`/api/v1/imports/${id}/validate`, {})).status).toBe(200);
    await t.runJobs();
    const checked = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(checked.counts).toMatchObject({ read: 2 * OWNERS, rejected: 0 });
    expect((await t.post(`/api/v1/imports/${id}/commit`, { mode: 'valid_rows' })).status).toBe(200);
    await t.runJobs();
    const done = (await t.get(`/api/v1/imports/${id}`)).body;
    expect(done.state).toBe('committed');
    expect(done.counts).toMatchObject({ peopleNew: OWNERS, businessesNew: OWNERS + OWNERS / 2 });
  }, 120_000);

  it('links each row of the second half to the first half’s owner, and the repeated rows to their business', async () => {
    const { rows } = await sql<{ sheet_row: number; person_id: string; business_id: string; owner: string }>`
      select r.sheet_row, l.person_id, l.business_id, b.owner_id as owner
      from source_rows r
      join source_row_links l on l.id = r.id
      join businesses b on b.id = l.business_id
      where r.import_id = ${id}
      order by r.sheet_row`.execute(t.db);
    expect(rows).toHaveLength(2 * OWNERS);
    // Row 1 is the header: owner i's rows are sheet rows i + 2 and OWNERS + i + 2.
    const first = rows.slice(0, OWNERS);
    const second = rows.slice(OWNERS);
    expect(new Set(first.map((r) => r.person_id)).size).toBe(OWNERS);
    for (const r of rows) expect(r.owner).toBe(r.person_id);
    const wrong = second.filter((r, i) => {
      const before = first[i];
      if (!before || r.person_id !== before.person_id) return true;
      return i % 2 === 0 ? r.business_id !== before.business_id : r.business_id === before.business_id;
    });
    expect(wrong.map((r) => r.sheet_row)).toEqual([]);
    const people = await t.db
      .selectFrom('people')
      .select(sql<number>`count(*)::int`.as('n'))
      .executeTakeFirst();
    expect(people?.n).toBe(OWNERS);
  });
});
