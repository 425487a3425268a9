import type { BusinessDraft, PersonDraft } from '../imports/imports.types.ts';
import { evidence } from './evidence.ts';
import type { Evidence, Match, Thresholds } from './linkage.types.ts';
import type { BusinessQuery, Linker, LinkKind, PersonQuery } from './linker.ts';
import { byScore } from './person-store.ts';
import { AMBIGUITY_MARGIN, W } from './weights.ts';

/** What became of one side of an import row: linked to `id`, or `id` newly created. */
export type Resolution = {
  id: number;
  created: boolean;
  /** Score of the automatic link; null when a record was created. */
  score: number | null;
  evidence: Evidence[];
  /** Candidates for the review queue (possible duplicates of `id`). */
  review: Match[];
};
export type RowResolution = { person: Resolution; business: Resolution };

export type Decision = { link: Match | null; review: Match[] };

/**
 * The best match links when it reaches `link` and no other candidate above `link` comes within `margin`
 * of it, unless `alike` says those two are one already (a duplicate waiting in review): an ambiguous
 * pair goes to review instead of a guess.
 */
export function decide(
  matches: readonly Match[],
  t: Thresholds,
  alike: (a: number, b: number) => boolean = () => false,
  margin = AMBIGUITY_MARGIN,
): Decision {
  const [top, second] = matches;
  if (!top || top.score < t.link) return { link: null, review: [...matches] };
  const clear =
    !second || second.score < t.link || top.score - second.score >= margin || alike(top.id, second.id);
  return clear ? { link: top, review: matches.slice(1) } : { link: null, review: [...matches] };
}

export function personQuery(d: PersonDraft): PersonQuery {
  const { nik, name, gender, birthDate, phone, kelurahanCode, street, rt, rw } = d;
  const year = d.birthYear === undefined ? {} : { birthYear: d.birthYear };
  return { nik, name, gender, birthDate, ...year, phone, kelurahanCode, street, rt, rw };
}

export function businessQuery(d: BusinessDraft, ownerId: number): BusinessQuery {
  const { products, kbliCode, sector, kelurahanCode, street, rt, rw } = d;
  const permits = d.permits.map((p) => `${p.type}:${p.number}`);
  return { ownerId, name: d.name ?? '', products, kbliCode, sector, kelurahanCode, street, rt, rw, permits };
}

function resolution(decision: Decision, id: number): Resolution {
  const { link, review } = decision;
  if (!link) return { id, created: true, score: null, evidence: [], review };
  return { id, created: false, score: link.score, evidence: link.evidence, review };
}

/**
 * Decides one import row in file order: links person and business to their best automatic match or
 * creates them with ids from `newId`, and remembers the row so later rows of the same file meet it.
 * A linked person's businesses weigh in as hers; when her match went to review instead, the businesses
 * of the people in review are candidates too.
 */
export function resolveRow(
  linker: Linker,
  row: { person: PersonDraft; business: BusinessDraft },
  newId: (kind: LinkKind) => number,
  file?: number,
): RowResolution {
  const files = file === undefined ? {} : { files: [file] };
  const { decision: pd, id: personId } = resolvePerson(
    linker,
    row.person,
    () => newId('person'),
    (ids) => linker.matchBusinessOfPending({ ...businessQuery(row.business, 0), ...files }, ids),
  );
  const bq = { ...businessQuery(row.business, personId), ...files };
  const bd = herOwn(
    decide(
      linker.matchBusiness(bq, { reviewOwners: ownersInReview(pd) }),
      linker.config.business,
      alike(linker, 'business'),
    ),
    linker.config.business,
  );
  const businessId = bd.link?.id ?? newId('business');
  linker.addMatched('business', businessId);
  return { person: resolution(pd, personId), business: resolution(bd, businessId) };
}

/**
 * The person side of `resolveRow`. Without `business` it reads and changes only the linker's people (a
 * small import runs it alone over a file's rows to learn whose businesses they will meet: `candidates`,
 * every person the row met). `business` weighs the row's business as a new woman's against the
 * businesses of the given people (ownedBusiness).
 */
export function resolvePerson(
  linker: Linker,
  person: PersonDraft,
  newId: () => number,
  business?: (reviewOwners: readonly number[]) => Match[],
) {
  const pq = personQuery(person);
  const matches = linker.matchPerson(pq);
  const weighed = (business && ownedBusiness(linker, matches, business)) ?? matches;
  const decided = decide(weighed, linker.config.person, alike(linker, 'person'));
  const id = decided.link?.id ?? newId();
  linker.addMatched('person', id);
  // Linked, the row is her: a candidate is a possible duplicate of her, not of the row alone. A row
  // without NIK that links to a woman with one does not propose a namesake whose NIK differs.
  const decision = decided.link ? { ...decided, review: linker.reviewOfLinked(id, decided.review) } : decided;
  return { decision, id, candidates: matches.map((m) => m.id) };
}

/**
 * A row's business says who she is when her person match is not clear alone: weighed as a new woman's,
 * with the businesses of the people she may be as candidates, it links to the business of one of them,
 * and since a business has one owner, that match gains `W.businessSaysOwner` ("Novi" at Jl. Kalimosodo 131
 * with the same shop as "Novi Chotimah" there; of twins at one address, the one whose business it is).
 * Null when there is nothing to weigh (no candidate, or a link no rival could come near) or the business says
 * nothing.
 */
function ownedBusiness(
  linker: Linker,
  matches: readonly Match[],
  business: (owners: readonly number[]) => Match[],
): Match[] | null {
  const [top, second] = matches;
  if (!top) return null;
  // A clear link the business could not change: no rival it could lift to within the margin of the best.
  const { link: at } = linker.config.person;
  const lifted = second ? second.score + W.businessSaysOwner : Number.NEGATIVE_INFINITY;
  if (top.score >= at && (lifted < at || top.score - lifted >= AMBIGUITY_MARGIN)) return null;
  const link = decide(
    business(matches.map((m) => m.id)),
    linker.config.business,
    alike(linker, 'business'),
  ).link;
  // Its name or a permit must say it is that business, since two women of a household often make the same
  // thing at one address; what it makes may only tell apart the women the row may be.
  const named = link?.evidence.some(
    (e) =>
      OWN_MARKS.has(e.field) && (e.outcome === 'agree' || (e.field === 'nib' && e.outcome === 'partial')),
  );
  // The one woman the row may be, on her phone, making what the row says: her business says it is her (a
  // daughter making the same at her mother's house has a phone of her own or none on the row).
  const makes = link?.evidence.some((e) => e.field === 'products' && e.outcome === 'agree');
  const owner = link && (named || second || makes) ? linker.businessOwner(link.id) : undefined;
  const her = matches.find((m) => m.id === owner);
  if (!her || !(named || second || her.evidence.some(phoneAgrees))) return null;
  const agree = evidence('business', 'agree', W.businessSaysOwner, BUSINESS_SAYS_OWNER);
  return byScore(
    matches.map((m) =>
      m === her ? { ...m, score: m.score + agree.weight, evidence: [...m.evidence, agree] } : m,
    ),
  );
}

// A shared NIB is partial evidence of one business but says the owner whole: it is the business actor's.
const OWN_MARKS = new Set(['name', 'nib', 'pirt', 'permits']);

const phoneAgrees = (e: Evidence) => e.field === 'phone' && e.outcome === 'agree';

const ownerAgrees = (m: Match) => m.evidence.some((e) => e.field === 'owner' && e.outcome === 'agree');

const nameWeight = (m: Match) => m.evidence.find((e) => e.field === 'name')?.weight ?? 0;

/**
 * A row that links alike to two or more of her own records ("Dapur Soerjani" making kerupuk samiler,
 * beside her "Dapur Soerjani" and her "Kerupuk Samiler") is one of them, not a third: it links to the best,
 * and the others stay in review with it. So does a row whose rivals near her own best match are other
 * people's businesses (a housemate's) whose names say no more of the row than hers does ("Kue Kering
 * Kotalama" of Sumiati beside "Kue Kering" of Sumiatun at one address; a bank's "kue" beside both): one
 * business has one owner, and the row names her.
 */
function herOwn(d: Decision, t: Thresholds): Decision {
  const [top, ...rest] = d.review;
  if (d.link || !top || top.score < t.link || !ownerAgrees(top)) return d;
  const rivals = rest.filter((m) => m.score >= t.link);
  if (!rivals.every((m) => ownerAgrees(m) || nameWeight(m) <= nameWeight(top))) return d;
  return { link: top, review: rest };
}
const BUSINESS_SAYS_OWNER = 'Usaha pada baris ini sama dengan usaha orang ini (satu usaha, satu pemilik)';

/** People whose businesses a row's business meets besides its owner's: hers may be theirs (review). */
const ownersInReview = (pd: Decision): number[] => (pd.link ? [] : pd.review.map((m) => m.id));

const alike = (linker: Linker, kind: LinkKind) => (a: number, b: number) =>
  (linker.pair(kind, a, b)?.score ?? Number.NEGATIVE_INFINITY) >= linker.config[kind].link;
