import { hash } from 'node:crypto';
import type { SizeThresholds } from '../../config.ts';
import { copyJson } from '../../db/copy-text.ts';
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
  hash('sha256', `[${personJson},${businessJson}]`, 'hex');

/** What the dry run needs to judge rows, as plain data (it crosses to the normalising worker). */
export type JudgeSetup = {
  importId: number;
  mapping: ColumnMapping[];
  served: AreaRef[];
  others: AreaRef[];
  region: string;
  /** The region's and its province's names, which addresses end in (NormaliseContext). */
  regionNames: string[];
  /** The province's other regencies and cities (NormaliseContext). */
  elsewhereNames?: string[];
  /**
   * The served villages whose name other kecamatan's villages share, each with the hamlets the registry
   * knows there (NormaliseContext.hamlets); absent when there are none.
   */
  hamlets?: Record<string, string[]>;
  /** ISO date-time of the job's "today", so every row of one run is judged against the same day. */
  today: string;
  /** Size classes of the businesses a commit would create (commit-records.ts). */
  thresholds: SizeThresholds;
  /** The sheet's name: a served kelurahan's places the rows nothing else places (row-place.ts sheetPlace). */
  sheetName: string | null;
};

/** The staged rows' columns, in the order of a batch's COPY text. */
export const STAGED_COLUMNS = [
  'import_id',
  'sheet_row',
  'status',
  'row_hash',
  'raw',
  'normalised',
  'issues',
  'records',
] as const;

/**
 * A batch's staged rows as the text of one COPY (source-rows.repository.ts insertStagedRows), a rejected
 * row's normalised values and records null, with its counts.
 */
export type JudgedBatch = { copy: string; rows: number; ok: number; warning: number; rejected: number };

/** Builds the judge of one import's rows: normalises, gives the verdict and hash, and writes the JSON. */
export function createRowJudge(setup: JudgeSetup): (rows: readonly SheetRow[]) => JudgedBatch {
  const ctx: NormaliseContext = {
    areas: createAreaMatcher(setup.served, setup.others),
    region: setup.region,
    regionNames: setup.regionNames,
    ...(setup.elsewhereNames ? { elsewhereNames: setup.elsewhereNames } : {}),
    ...(setup.hamlets ? { hamlets: hamletsOf(setup.hamlets) } : {}),
    today: new Date(setup.today),
  };
  const fromSheet = sheetPlace(setup.sheetName, ctx.areas, setup.served);
  // The sheet's name places the rows no section row or title places (a title may say only the region).
  const normalise = (row: SheetRow) =>
    normaliseRow(
      row.section?.kelurahan || row.section?.kecamatan || !fromSheet
        ? row
        : { ...row, section: { ...fromSheet, region: row.section?.region } },
      setup.mapping,
      ctx,
    );
  const judge = (row: SheetRow, n: NormalisedRow) => {
    const issuesJson = JSON.stringify(n.issues);
    const issues = copyJson(issuesJson);
    const raw = copyJson(JSON.stringify(row.cells));
    const start = `${setup.importId}\t${row.rowNumber}\t`;
    if (n.issues.some((i) => i.severity === 'error'))
      return {
        verdict: 'rejected' as const,
        ambiguous: n.issues.some((i) => i.code === 'KELURAHAN_AMBIGUOUS'),
        line: `${start}rejected\t\\N\t${raw}\t\\N\t${issues}\t\\N\n`,
      };
    const verdict = n.issues.length ? ('warning' as const) : ('ok' as const);
    // Each part is serialised once: the normalised value and the hash share the person and business texts.
    const person = JSON.stringify(n.person);
    const business = JSON.stringify(n.business);
    const normalised = copyJson(`{"person":${person},"business":${business},"issues":${issuesJson}}`);
    const records = copyJson(commitRecords(n, setup.thresholds));
    return {
      verdict,
      ambiguous: false,
      line: `${start}${verdict}\t${hashOf(person, business)}\t${raw}\t${normalised}\t${issues}\t${records}\n`,
    };
  };
  return (rows) => {
    const judged = rows.map((row) => judge(row, normalise(row)));
    // A village several kecamatan share, placed by no hamlet yet: the batch's later rows may have told where
    // the row's hamlet is.
    if (ctx.hamlets)
      judged.forEach((j, i) => {
        if (j.ambiguous) judged[i] = judge(rows[i] as SheetRow, normalise(rows[i] as SheetRow));
      });
    const counts = { ok: 0, warning: 0, rejected: 0 };
    for (const j of judged) counts[j.verdict]++;
    return { copy: judged.map((j) => j.line).join(''), rows: rows.length, ...counts };
  };
}

/** JudgeSetup.hamlets as NormaliseContext.hamlets, which the rows placed add to. */
const hamletsOf = (known: Record<string, string[]>) =>
  new Map(Object.entries(known).map(([code, hamlets]) => [code, new Set(hamlets)]));
