import { createHash } from 'node:crypto';
import type { SizeThresholds } from '../../config.ts';
import { commitRecords } from './commit-records.ts';
import type { AreaRef, ColumnMapping, NormalisedRow, SheetRow } from './imports.types.ts';
// The modules themselves, not the normalise/ index: the worker thread loads only what judging needs.
import { createAreaMatcher } from './normalise/area-matcher.ts';
import { normaliseRow } from './normalise/row.ts';
import { sheetPlace } from './normalise/row-place.ts';
import type { NormaliseContext } from './normalise/types.ts';

/**
 * Same values, same hash: a row re-sent in another file (or the same one) links to what it made before.
 * The hashed text is JSON.stringify([person, business]); callers that already hold the two JSON texts pass
 * them, so each is built once.
 */
export function rowHash(n: NormalisedRow): string {
  return hashOf(JSON.stringify(n.person), JSON.stringify(n.business));
}

const hashOf = (personJson: string, businessJson: string) =>
  createHash('sha256').update(`[${personJson},${businessJson}]`).digest('hex');

/** What the dry run needs to judge rows, as plain data (it crosses to the normalising worker). */
export type JudgeSetup = {
  importId: number;
  mapping: ColumnMapping[];
  served: AreaRef[];
  others: AreaRef[];
  region: string;
  /** ISO date-time of the job's "today", so every row of one run is judged against the same day. */
  today: string;
  /** Size classes of the businesses a commit would create (commit-records.ts). */
  thresholds: SizeThresholds;
  /** The sheet's name: a served kelurahan's places the rows nothing else places (row-place.ts sheetPlace). */
  sheetName: string | null;
};

export type JudgedBatch = {
  /**
   * The batch's staged rows as one JSON array of `source_rows` records (import_id, sheet_row, raw,
   * normalised, issues, status, row_hash, records), ready for one insert.
   */
  json: string;
  ok: number;
  warning: number;
  rejected: number;
};

/** Builds the judge of one import's rows: normalises, gives the verdict and hash, and writes the JSON. */
export function createRowJudge(setup: JudgeSetup): (rows: readonly SheetRow[]) => JudgedBatch {
  const ctx: NormaliseContext = {
    areas: createAreaMatcher(setup.served, setup.others),
    region: setup.region,
    today: new Date(setup.today),
  };
  const fromSheet = sheetPlace(setup.sheetName, ctx.areas, setup.served);
  const prefix = `{"import_id":${setup.importId},"sheet_row":`;
  return (rows) => {
    const out: string[] = [];
    const batch: JudgedBatch = { json: '', ok: 0, warning: 0, rejected: 0 };
    for (const row of rows) {
      const n = normaliseRow(
        row.section || !fromSheet ? row : { ...row, section: fromSheet },
        setup.mapping,
        ctx,
      );
      const issues = JSON.stringify(n.issues);
      const raw = JSON.stringify(row.cells);
      if (n.issues.some((i) => i.severity === 'error')) {
        batch.rejected++;
        out.push(
          `${prefix}${row.rowNumber},"raw":${raw},"normalised":null,"issues":${issues},"status":"rejected","row_hash":null,"records":null}`,
        );
        continue;
      }
      const status = n.issues.length ? 'warning' : 'ok';
      batch[status]++;
      // Each part is serialised once: the normalised value and the hash share the person and business texts.
      const person = JSON.stringify(n.person);
      const business = JSON.stringify(n.business);
      out.push(
        `${prefix}${row.rowNumber},"raw":${raw},"normalised":{"person":${person},"business":${business},"issues":${issues}},"issues":${issues},"status":"${status}","row_hash":"${hashOf(person, business)}","records":${commitRecords(n, setup.thresholds)}}`,
      );
    }
    batch.json = `[${out.join(',')}]`;
    return batch;
  };
}
