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

/**
 * A batch's staged rows column by column, ready for one insert (source-rows.repository.ts insertStagedRows):
 * the JSON columns each as one JSON array text, a rejected row's normalised values and records `null`.
 */
export type JudgedBatch = {
  sheetRows: number[];
  status: ('ok' | 'warning' | 'rejected')[];
  rowHashes: (string | null)[];
  raw: string;
  normalised: string;
  issues: string;
  records: string;
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
  return (rows) => {
    const sheetRows: number[] = [];
    const status: JudgedBatch['status'] = [];
    const rowHashes: (string | null)[] = [];
    const raw: string[] = [];
    const normalised: string[] = [];
    const issueList: string[] = [];
    const records: string[] = [];
    const counts = { ok: 0, warning: 0, rejected: 0 };
    for (const row of rows) {
      const n = normaliseRow(
        row.section || !fromSheet ? row : { ...row, section: fromSheet },
        setup.mapping,
        ctx,
      );
      const issues = JSON.stringify(n.issues);
      sheetRows.push(row.rowNumber);
      raw.push(JSON.stringify(row.cells));
      issueList.push(issues);
      if (n.issues.some((i) => i.severity === 'error')) {
        counts.rejected++;
        status.push('rejected');
        rowHashes.push(null);
        normalised.push('null');
        records.push('null');
        continue;
      }
      const verdict = n.issues.length ? 'warning' : 'ok';
      counts[verdict]++;
      status.push(verdict);
      // Each part is serialised once: the normalised value and the hash share the person and business texts.
      const person = JSON.stringify(n.person);
      const business = JSON.stringify(n.business);
      rowHashes.push(hashOf(person, business));
      normalised.push(`{"person":${person},"business":${business},"issues":${issues}}`);
      records.push(commitRecords(n, setup.thresholds));
    }
    const array = (texts: string[]) => `[${texts.join(',')}]`;
    return {
      sheetRows,
      status,
      rowHashes,
      raw: array(raw),
      normalised: array(normalised),
      issues: array(issueList),
      records: array(records),
      ...counts,
    };
  };
}
