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
import {
  createRowJudge,
  type JudgedBatch,
  type JudgeSetup,
  rowHash,
  STAGED_COLUMNS,
} from './row-verdicts.ts';

const HEADERS = ['Nama Pemilik', 'NIK', 'Alamat', 'Kelurahan', 'Nama Usaha', 'Omzet', 'Tgl Lahir'];
const setup: JudgeSetup = {
  importId: 42,
  mapping: autoMapping(HEADERS),
  served: villagesOf('35.73'),
  others: villagesOf('35.07'),
  region: '35.73',
  regionNames: ctx.regionNames.slice(),
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
      // A backslash and quotes, which the COPY text and the JSON in it escape each their own way.
      'Kripik "Bu Siti" \\ Tlogomas',
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
    const stored = fromCopy(batch);
    expect(stored).toEqual(rows.map(expected));
    expect(stored[0]?.raw[4]).toBe('Kripik "Bu Siti" \\ Tlogomas');
    expect(stored.map((r) => r.status)).toEqual(['ok', 'rejected', 'warning']);
    expect(batch).toMatchObject({ rows: 3, ok: 1, warning: 1, rejected: 1 });
    // The hash a re-import compares with rows committed before this change.
    const n = normaliseRow(rows[0] as SheetRow, setup.mapping, ctx);
    expect(stored[0]?.row_hash).toBe(rowHash(n));
    expect(stored[0]?.row_hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('an empty batch is an empty COPY', () => {
    expect(createRowJudge(setup)([])).toEqual({ copy: '', rows: 0, ok: 0, warning: 0, rejected: 0 });
  });
});

/** The rows of a batch's COPY text, read as PostgreSQL reads its text format. */
function fromCopy(batch: JudgedBatch) {
  const lines = batch.copy.split('\n');
  expect(lines.pop()).toBe('');
  return lines.map((line) => {
    const fields = line
      .split('\t')
      .map((f) =>
        f === '\\N' ? null : f.replace(/\\(.)/g, (_, c: string) => ({ t: '\t', n: '\n', r: '\r' })[c] ?? c),
      );
    expect(fields).toHaveLength(STAGED_COLUMNS.length);
    const row: Record<string, string | null> = Object.fromEntries(
      STAGED_COLUMNS.map((c, i) => [c, fields[i] ?? null]),
    );
    const json = (v: string | null | undefined) => (v === null || v === undefined ? null : JSON.parse(v));
    return {
      import_id: Number(row.import_id),
      sheet_row: Number(row.sheet_row),
      status: row.status,
      row_hash: row.row_hash,
      raw: json(row.raw),
      normalised: json(row.normalised),
      issues: json(row.issues),
      records: json(row.records),
    };
  });
}

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
