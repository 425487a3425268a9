import { sql } from 'kysely';
import { needsAnalyze, reserveIds } from '../../db/bulk.ts';
import { type Executor, withTransaction } from '../../db/transaction.ts';
import { AppError } from '../../http/errors.ts';
import { keepHeapUnder } from '../../jobs/heap.ts';
import type { Job, JobContext } from '../../jobs/runner.ts';
import { audit } from '../audit/audit.service.ts';
import {
  createLinker,
  type LinkageConfig,
  type Linker,
  type RowResolution,
  resolveRow,
} from '../linkage/index.ts';
import { openPairsOf, rescorePairs, weigher } from '../reviews/rescore.ts';
import { addKnown, addToPlan, emptyPlan, idPool, type Plan, type PlannedRow } from './commit-plan.ts';
import {
  type Created,
  checkReferences,
  restoreRowByRowChecks,
  skipRowByRowChecks,
} from './commit-references.ts';
import { fillStagedRecords, type WriteOptions, writePlan } from './commit-write.ts';
import { committedTwin, lockImport, updateImport } from './imports.repository.ts';
import type { NormalisedRow } from './imports.types.ts';
import { dirtyCount, queueIndexRefresh, refreshIndex, STALE_LIMIT } from './linkage-index.ts';
import { loadPartialLinker } from './partial-registry.ts';
import { distinctPairs, loadRegistry } from './registry-snapshot.ts';
import { acceptedRows, linkedByHash } from './source-rows.repository.ts';

const CHUNK = 5000;
// Linking 100k rows keeps about 300 MB live and makes about 20 kB of garbage a row: collected in full
// above this, the process stays under 1 GB (it peaked at 1.1 GB when V8 chose when to collect).
const HEAP_CEILING_MB = 560;

/** The registry in the linker, and what the commit remembers from one chunk of rows to the next. */
async function prepareLinking(trx: Executor, zones: LinkageConfig) {
  const registry = await loadRegistry(trx);
  const linker = createLinker(zones, { isDistinct: await distinctPairs(trx) });
  for (const p of registry.people) linker.addPerson(p);
  for (const b of registry.businesses) linker.addBusiness(b);
  const nikOwner = new Map(registry.people.flatMap((p) => (p.nik ? [[p.nik, p.id] as const] : [])));
  return linkingState(linker, nikOwner, registry.people.length, registry.businesses.length);
}

const linkingState = (linker: Linker, nikOwner: Map<string, number>, people: number, businesses: number) => ({
  linker,
  nikOwner,
  seen: new Map<string, { personId: number; businessId: number }>(),
  before: { people, businesses },
  partial: false,
});
type LinkingState = ReturnType<typeof linkingState>;

/**
 * Only the registry records a one-chunk file can meet, when the linkage index is nearly up to date
 * (brought fully up to date here first); null when the whole registry must be loaded.
 */
async function preparePartialLinking(
  trx: Executor,
  db: Executor,
  input: Awaited<ReturnType<typeof chunkInputs>>,
  total: number,
  config: Pick<JobContext['config'], 'linkagePartial' | 'linkage'>,
): Promise<LinkingState | null> {
  if (total > CHUNK || !config.linkagePartial) return null;
  // A file of one chunk links against the records its rows can meet (read through the linkage index) when
  // the index needs at most STALE_LIMIT entries recomputed first; otherwise the whole registry is loaded.
  if ((await dirtyCount(trx)) > STALE_LIMIT) return null;
  // Read outside the transaction when it leaves the index as committed (as after the index job).
  const reader = (await refreshIndex(trx)) === 0 ? db : trx;
  // The rows planChunk will link, in its order: not those seen before, in an earlier import or this file.
  const seen = new Set(input.known.keys());
  const rows = input.rows
    .filter((r) => !r.rowHash || (!seen.has(r.rowHash) && seen.add(r.rowHash)))
    .map((r) => r.normalised);
  const isDistinct = await distinctPairs(trx);
  // Its first pass links the file's people: a question about a value it did not load means linking in full.
  const loaded = await loadPartialLinker(trx, reader, rows, input.people, config.linkage, {
    isDistinct,
  }).catch((e: unknown) => {
    if (e instanceof Error && e.message.startsWith('linkage:')) return null;
    throw e;
  });
  if (!loaded) return null;
  const { people, businesses } = loaded.records;
  return { ...linkingState(loaded.linker, loaded.nikOwner, people, businesses), partial: true };
}

/** What planning a chunk needs from the database: its rows, the rows seen before, ids for new records. */
async function chunkInputs(trx: Executor, importId: number, after: number) {
  const page = await acceptedRows(trx, importId, after, CHUNK);
  const rows: PlannedRow[] = page.map((r) => ({
    id: r.id,
    rowHash: r.row_hash,
    normalised: r.normalised as NormalisedRow,
  }));
  const known = await linkedByHash(
    trx,
    rows.flatMap((r) => (r.rowHash ? [r.rowHash] : [])),
  );
  const people = await reserveIds(trx, 'people', rows.length);
  const businesses = await reserveIds(trx, 'businesses', rows.length);
  return { rows, last: page.at(-1)?.sheet_row, known, people, businesses };
}

// Planning gives the event loop a turn this often, so the previous chunk's statements go out while it runs.
const YIELD_EVERY = 250;
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Links one chunk of accepted rows in sheet order: rows seen before go to their records, the rest through
 * linkage, as rows of file `importId` (two rows of one file under other names are two businesses).
 */
async function planChunk(
  input: Awaited<ReturnType<typeof chunkInputs>>,
  state: LinkingState,
  importId: number,
) {
  const plan = emptyPlan();
  const newPerson = idPool(input.people);
  const newBusiness = idPool(input.businesses);
  let i = 0;
  for (const row of input.rows) {
    if (++i % YIELD_EVERY === 0) await turn();
    const before = row.rowHash ? (input.known.get(row.rowHash) ?? state.seen.get(row.rowHash)) : undefined;
    if (before) addKnown(plan, row, before);
    else {
      const r = resolveRow(
        state.linker,
        row.normalised,
        (kind) => (kind === 'person' ? newPerson() : newBusiness()),
        importId,
      );
      guardNik(plan, row, r, state.nikOwner);
      addToPlan(plan, row, r);
      if (row.rowHash) state.seen.set(row.rowHash, { personId: r.person.id, businessId: r.business.id });
    }
  }
  return plan;
}

/**
 * Chunk by chunk, so memory holds the linker and one chunk, never the whole file's rows and records. The
 * database writes one chunk while the next is linked: the next chunk's reads are queued on the
 * transaction's connection before the writes, and linking yields, so neither waits for the other.
 */
async function linkAndWrite(
  trx: Executor,
  importId: number,
  total: number,
  ctx: JobContext,
  write: WriteOptions,
) {
  let input = await chunkInputs(trx, importId, 0);
  let state =
    (await preparePartialLinking(trx, ctx.db, input, total, ctx.config)) ??
    (await prepareLinking(trx, ctx.config.linkage));
  const counts: Record<string, number> = {};
  // The businesses given permits or filled, whose dashboard figures commitImportJob refreshes at the end.
  const permitted = new Set<number>();
  const created: Created = { people: new Set(), businesses: new Set() };
  // The records rows linked to: their open review pairs are weighed again at the end, with these rows.
  const touched = { person: new Set<number>(), business: new Set<number>() };
  let writing: Promise<void> = Promise.resolve();
  for (let done = 0; input.last !== undefined; ) {
    let plan: Plan;
    try {
      plan = await planChunk(input, state, importId);
    } catch (e) {
      // The partial linker refuses a question about a record or value it did not load: link in full.
      if (!state.partial || !(e instanceof Error && e.message.startsWith('linkage:'))) throw e;
      state = await prepareLinking(trx, ctx.config.linkage);
      plan = await planChunk(input, state, importId);
    }
    await writing;
    const next = chunkInputs(trx, importId, input.last);
    next.catch(() => {});
    writing = next
      .then(() => writePlan(trx, plan, write))
      .then((w) => {
        for (const id of w.refigure) permitted.add(id);
        for (const [k, v] of Object.entries(w.filled)) counts[k] = (counts[k] ?? 0) + v;
        return checkReferences(trx, plan, created, write.officerId);
      });
    writing.catch(() => {});
    for (const [k, v] of Object.entries(plan.counts)) counts[k] = (counts[k] ?? 0) + v;
    for (const p of plan.permits) permitted.add(p.business_id);
    for (const f of plan.fills.people) touched.person.add(f.id);
    for (const f of plan.fills.businesses) touched.business.add(f.id);
    done += input.rows.length;
    await ctx.progress(done, total);
    input = await next;
    // Only while chunks remain: a one-chunk import (a small file) is done before garbage matters.
    if (input.last !== undefined) keepHeapUnder(HEAP_CEILING_MB);
  }
  await writing;
  const open = await openPairsOf(
    trx,
    { person: [...touched.person], business: [...touched.business] },
    importId,
  );
  const weighed = await rescorePairs(trx, open, weigher(state.linker), ctx.config.linkage, write.actor);
  counts.reviewsRescored = weighed.rescored;
  counts.reviewsWithdrawn = weighed.withdrawn;
  return { counts, before: state.before, through: state.partial ? 'index' : 'registry', permitted };
}

/**
 * One person per NIK: a new person whose NIK another holds keeps no NIK and goes to review with the holder;
 * a linked row's NIK fills her record only when nobody else holds it.
 */
function guardNik(plan: Plan, row: PlannedRow, r: RowResolution, nikOwner: Map<string, number>) {
  const nik = row.normalised.person.nik;
  if (!nik) return;
  const holder = nikOwner.get(nik);
  if (!r.person.created) {
    row.nikIsHers = holder === undefined || holder === r.person.id;
    if (holder === undefined) nikOwner.set(nik, r.person.id);
    return;
  }
  if (holder === undefined) {
    nikOwner.set(nik, r.person.id);
    return;
  }
  row.dropNik = true;
  plan.reviews.push({
    kind: 'person',
    a: Math.min(holder, r.person.id),
    b: Math.max(holder, r.person.id),
    score: 0,
    evidence: [{ field: 'nik', outcome: 'agree', weight: 0, note: 'NIK sama, data lain berbeda: periksa' }],
  });
}

/**
 * The commit job: one transaction, so a crash or a failure leaves nothing half-imported; the job is then
 * run again from the start.
 */
export async function commitImportJob(job: Job, ctx: JobContext) {
  const { importId, mode } = job.payload as { importId: number; mode: 'valid_rows' | 'all_or_nothing' };
  return withTransaction(ctx.db, async (trx) => {
    const imp = await lockImport(trx, importId);
    if (!imp || !['validated', 'committing'].includes(imp.state)) {
      throw new AppError('IMPORT_STATE', 'Impor ini tidak dalam keadaan siap disimpan.');
    }
    const counts = imp.counts as Record<string, number>;
    if (mode === 'all_or_nothing' && (counts.rejected ?? 0) > 0) {
      throw new AppError(
        'IMPORT_HAS_REJECTED',
        `${counts.rejected} baris ditolak, jadi tidak ada yang disimpan (semua atau tidak sama sekali). Perbaiki baris itu di berkas lalu unggah ulang, atau pilih "Simpan baris yang valid".`,
      );
    }
    const twin = await committedTwin(trx, imp.file_sha256, imp.sheet_index, imp.id);
    const source = await trx
      .selectFrom('import_sources')
      .select('name')
      .where('id', '=', imp.source_id)
      .executeTakeFirstOrThrow();
    const total = (counts.ok ?? 0) + (counts.warning ?? 0);
    await fillStagedRecords(trx, importId, ctx.config.sizeThresholds);
    // Refreshed per chunk, by the permits' trigger, the figures ran plans made when the permits and figure
    // tables were nearly empty: a first import of 100k rows took 2.5–3.4 s of PostgreSQL's time for 7,500
    // businesses, against 0.4 s at once after the statistics.
    await sql`set local pilar.defer_figures = 'on'`.execute(trx);
    // The name search indexes (GIN) take the new records into their pending lists, not their trees: merged
    // in whole by the linkage index job that runs after the commit (a search reads the lists meanwhile).
    // Merged every 4 MB here instead, the businesses' (names with their products) cost the commit's single
    // PostgreSQL process 0.8 s more per 60,000 new businesses (2.8 s against 2.0, alternating, 4 runs each).
    await sql`set local gin_pending_list_limit = '1GB'`.execute(trx);
    // The rows' foreign keys are checked per chunk (commit-references.ts), not row by row, when allowed.
    await skipRowByRowChecks(trx);
    const {
      counts: linked,
      before,
      through,
      permitted,
    } = await linkAndWrite(trx, importId, total, ctx, {
      importId,
      actor: `${imp.created_by} (impor #${importId})`,
      officerId: imp.created_by_id,
      source: source.name,
    });
    await restoreRowByRowChecks(trx);
    const stale = [
      needsAnalyze(before.people, linked.peopleNew ?? 0) ? sql`people` : null,
      needsAnalyze(before.businesses, linked.businessesNew ?? 0) ? sql`businesses` : null,
    ].filter((t) => t !== null);
    if (stale.length) await sql`analyze ${sql.join(stale)}, permits`.execute(trx);
    await sql`set local pilar.defer_figures = 'off'`.execute(trx);
    if (permitted.size) await sql`select business_figures_refresh(${[...permitted]}::bigint[])`.execute(trx);
    // The records this commit made or changed are indexed for the next import's linkage by a job right
    // after it: the import is done when its records are (the next import catches up itself if need be).
    await queueIndexRefresh(trx, `${imp.created_by} (impor #${importId})`);
    // `linkedThroughIndex`: 1 when the rows met the registry through the linkage index, 0 when loaded in full.
    const result = {
      ...counts,
      ...linked,
      linkedThroughIndex: through === 'index' ? 1 : 0,
      ...(twin ? { duplicateOf: twin.id } : {}),
    };
    await updateImport(trx, importId, {
      state: 'committed',
      counts: JSON.stringify(result),
      committed_at: sql`now()`,
    });
    await audit(
      trx,
      {
        id: imp.created_by_id ?? 0,
        username: '',
        name: imp.created_by,
        role: 'operator',
        scope: imp.scope,
        ip: null,
      },
      'import.commit',
      {
        entity: 'import',
        entityId: importId,
        details: result,
      },
    );
    return result;
  });
}
