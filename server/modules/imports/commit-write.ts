import { EDUCATION_LEVELS } from '../../../shared/contracts/people.ts';
import { sectorOfKbli } from '../../../shared/rules/kbli.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { sizeClass } from '../../../shared/rules/size-class.ts';
import type { SizeThresholds } from '../../config.ts';
import { bulkInsert, bulkInsertJson } from '../../db/bulk.ts';
import type { Executor } from '../../db/transaction.ts';
import { businessAuditView } from '../businesses/businesses.mapper.ts';
import { personAuditView } from '../people/people.mapper.ts';
import type { Plan } from './commit-plan.ts';
import { insertLinks } from './source-rows.repository.ts';

const education = (e: string | null) =>
  (EDUCATION_LEVELS as readonly string[]).includes(e ?? '') ? e : null;

function personRow(p: Plan['newPeople'][number]) {
  return {
    id: p.id,
    nik: p.nik,
    name: p.name,
    gender: p.gender,
    birth_date: p.birthDate,
    krtp: p.krtp ?? false,
    phone: p.phone,
    street: p.street,
    rt: p.rt,
    rw: p.rw,
    kelurahan_code: p.kelurahanCode,
    education: education(p.education),
    household_size: p.householdSize,
    search_text: normalizeSearchText(p.name),
  };
}

function businessRow(b: Plan['newBusinesses'][number], thresholds: SizeThresholds) {
  return {
    id: b.id,
    owner_id: b.ownerId,
    owner_krtp: b.ownerKrtp,
    name: b.name ?? 'Usaha',
    home_industry: b.homeIndustry ?? true,
    kelurahan_code: b.kelurahanCode,
    kecamatan_code: b.kecamatanCode,
    street: b.street,
    rt: b.rt,
    rw: b.rw,
    latitude: b.latitude,
    longitude: b.longitude,
    products: b.products,
    kbli_code: b.kbliCode,
    kbli_version: b.kbliCode ? 2020 : null,
    sector: b.kbliCode ? sectorOfKbli(b.kbliCode) : (b.sector ?? 'lainnya'),
    year_started: b.yearStarted,
    workers_total: b.workersTotal,
    workers_women: b.workersWomen,
    monthly_turnover: b.monthlyTurnover,
    capital: b.capital,
    size_class: sizeClass({ capital: b.capital, monthlyTurnover: b.monthlyTurnover }, thresholds),
    search_text: normalizeSearchText(`${b.name ?? ''} ${b.products ?? ''}`),
  };
}

// What the database fills in on insert, for the mapper that names the fields as the API does.
const NEW_ROW = { status: 'active', version: 1, created_at: new Date(0), updated_at: new Date(0) };

/**
 * A create entry with the API's field names, as the history of records made by hand has ({field: [null,
 * value]} for each field with a value), written straight as the JSON of one `history` record: a commit
 * writes two per row, and objects built only to be serialised cost more than the text.
 */
function historyJson(entity: 'person' | 'business', id: number, view: object, actor: string): string {
  let changes = '';
  for (const [k, v] of Object.entries(view)) {
    if (v === null || v === undefined) continue;
    changes += `${changes ? ',' : ''}${JSON.stringify(k)}:[null,${JSON.stringify(v)}]`;
  }
  return `{"entity":"${entity}","entity_id":${id},"business_id":${entity === 'business' ? id : null},"action":"create","actor":${actor},"changes":{${changes}}}`;
}

/** Writes the new records, their permits, history and legal basis, the row links and the review pairs. */
export type WriteOptions = {
  importId: number;
  actor: string;
  officerId: number | null;
  source: string;
  thresholds: SizeThresholds;
};

export async function writePlan(trx: Executor, plan: Plan, opts: WriteOptions) {
  const people = plan.newPeople.map(personRow);
  const businesses = plan.newBusinesses.map((b) => businessRow(b, opts.thresholds));
  await bulkInsert(trx, 'people', Object.keys(people[0] ?? { id: 0 }) as never, people, { overriding: true });
  await bulkInsert(trx, 'businesses', Object.keys(businesses[0] ?? { id: 0 }) as never, businesses, {
    overriding: true,
  });
  await bulkInsert(trx, 'permits', ['business_id', 'type', 'number'], plan.permits, {
    onConflictDoNothing: true,
  });
  const actor = JSON.stringify(opts.actor);
  const history = [
    ...people.map((p) => historyJson('person', p.id, personAuditView(p as never), actor)),
    ...businesses.map((b) =>
      historyJson('business', b.id, businessAuditView({ ...NEW_ROW, ...b } as never), actor),
    ),
  ];
  const columns = ['entity', 'entity_id', 'business_id', 'action', 'actor', 'changes'];
  for (let i = 0; i < history.length; i += 20_000)
    await bulkInsertJson(trx, 'history', columns, `[${history.slice(i, i + 20_000).join(',')}]`);
  const bases = people.map((p) => ({
    person_id: p.id,
    basis: 'public_task',
    note: `Impor #${opts.importId} dari ${opts.source}`,
    given_at: new Date(),
    officer_id: opts.officerId,
    officer_name: opts.actor,
  }));
  await bulkInsert(
    trx,
    'legal_bases',
    ['person_id', 'basis', 'note', 'given_at', 'officer_id', 'officer_name'],
    bases,
  );
  await insertLinks(trx, plan.links);
  const reviews = plan.reviews.map((r) => ({
    kind: r.kind,
    a_id: r.a,
    b_id: r.b,
    score: r.score,
    evidence: r.evidence,
    import_id: opts.importId,
  }));
  await bulkInsert(trx, 'link_reviews', ['kind', 'a_id', 'b_id', 'score', 'evidence', 'import_id'], reviews, {
    onConflictDoNothing: true,
  });
}
