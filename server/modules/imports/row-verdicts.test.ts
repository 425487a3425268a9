import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { commitRecords } from './commit-records.ts';
import type { SheetRow } from './imports.types.ts';
import { villagesOf } from './normalise/areas.fixture.ts';
import { autoMapping } from './normalise/headers.ts';
import { ctx } from './normalise/row.testkit.ts';
import { normaliseRow } from './normalise/row.ts';
import { type Judging, startJudging } from './row-judging.ts';
import { createRowJudge, type JudgeSetup, rowHash } from './row-verdicts.ts';

const HEADERS = ['Nama Pemilik', 'NIK', 'Alamat', 'Kelurahan', 'Nama Usaha', 'Omzet', 'Tgl Lahir'];
const setup: JudgeSetup = {
  importId: 42,
  mapping: autoMapping(HEADERS),
  served: villagesOf('35.73'),
  others: villagesOf('35.07'),
  region: '35.73',
  today: ctx.today.toISOString(),
  thresholds: loadConfig({}).sizeThresholds,
  sheetName: 'Data IR',
};
const rows: SheetRow[] = [
  {
    rowNumber: 5,
    cells: [
      'Hj. Siti Aminah',
      '3573055205800001',
      'Jl. Mawar 5 RT 2/3',
      'Tlogo Mas',
      'Kripik Bu Siti',
      '1,5 jt',
      null,
    ],
  },
  // No kelurahan: rejected.
  {
    rowNumber: 6,
    cells: ['Sri Wahyuni', '3573054107750002', 'Jl. Kenanga 1', null, 'Kue', 'Rp 900.000', null],
  },
  // No business name: a warning, still staged with its values.
  {
    rowNumber: 9,
    cells: ['Ani', null, 'Jl. Sukun 9', 'Dinoyo', null, '500 rb', new Date('1980-02-03T00:00:00Z')],
  },
];

// What the dry run stored before the rows were judged on a worker: the row objects, serialised by the insert.
function expected(row: SheetRow) {
  const n = normaliseRow(row, setup.mapping, ctx);
  const rejected = n.issues.some((i) => i.severity === 'error');
  const hash = createHash('sha256')
    .update(JSON.stringify([n.person, n.business]))
    .digest('hex');
  return JSON.parse(
    JSON.stringify({
      import_id: 42,
      sheet_row: row.rowNumber,
      raw: row.cells,
      normalised: rejected ? null : n,
      issues: n.issues,
      status: rejected ? 'rejected' : n.issues.length ? 'warning' : 'ok',
      row_hash: rejected ? null : hash,
      records: rejected ? null : JSON.parse(commitRecords(n, setup.thresholds)),
    }),
  );
}

describe('judging a batch of rows for the staging insert', () => {
  it('writes the same records, with the same row hashes, as serialising the rows did', () => {
    const batch = createRowJudge(setup)(rows);
    const [raw, normalised, issues, records] = [batch.raw, batch.normalised, batch.issues, batch.records].map(
      (column) => JSON.parse(column),
    );
    const stored = batch.sheetRows.map((sheetRow, i) => ({
      import_id: 42,
      sheet_row: sheetRow,
      raw: raw[i],
      normalised: normalised[i],
      issues: issues[i],
      status: batch.status[i],
      row_hash: batch.rowHashes[i],
      records: records[i],
    }));
    expect(stored).toEqual(rows.map(expected));
    expect(batch.status).toEqual(['ok', 'rejected', 'warning']);
    expect({ ok: batch.ok, warning: batch.warning, rejected: batch.rejected }).toEqual({
      ok: 1,
      warning: 1,
      rejected: 1,
    });
    // The hash a re-import compares with rows committed before this change.
    const n = normaliseRow(rows[0] as SheetRow, setup.mapping, ctx);
    expect(batch.rowHashes[0]).toBe(rowHash(n));
    expect(batch.rowHashes[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty batch is an empty array', () => {
    expect(createRowJudge(setup)([])).toMatchObject({
      sheetRows: [],
      raw: '[]',
      normalised: '[]',
      records: '[]',
      ok: 0,
      warning: 0,
      rejected: 0,
    });
  });
});

describe('judging on the worker thread', () => {
  let judging: Judging | undefined;
  afterEach(async () => {
    await judging?.close();
  });

  it('gives the same batches as judging here, those sent while it starts included', async () => {
    judging = startJudging(setup, { worker: true });
    const here = createRowJudge(setup)(rows);
    // Sent before the thread has started: it waits in the thread's queue.
    expect(await judging.judge(rows)).toEqual(here);
    const until = Date.now() + 20_000;
    while (!judging.onWorker() && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(judging.onWorker()).toBe(true);
    const [a, b] = await Promise.all([judging.judge(rows), judging.judge(rows.slice(1))]);
    expect(a).toEqual(here);
    expect(b).toEqual(createRowJudge(setup)(rows.slice(1)));
  }, 30_000);

  it('without the worker, judges here', async () => {
    judging = startJudging(setup, { worker: false });
    expect(await judging.judge(rows)).toEqual(createRowJudge(setup)(rows));
    expect(judging.onWorker()).toBe(false);
  });
});
