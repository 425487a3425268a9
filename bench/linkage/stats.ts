import { normalizeSearchText } from '../../shared/rules/search.ts';
import type { Population } from './population.ts';

export type PopulationStats = {
  people: number;
  businesses: number;
  households: Record<string, number>;
  rowsPerOffice: Record<string, number>;
  resentRows: number;
  businessesPerOfficeCount: Record<string, number>;
  /** Persons sharing their exact name with another person in the same kelurahan. */
  namesakesInKelurahan: number;
  husbandApplicantRows: number;
  /** Rows whose person or business has a look-alike: namesake, mother/daughter, twin, spouse, sibling business. */
  hardNegativeRowShare: number;
};

const tally = (keys: Iterable<string>) => {
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = (out[k] ?? 0) + 1;
  return out;
};

/** Facts about a generated population for the report: how hard the linkage task is. */
export function populationStats(pop: Population): PopulationStats {
  const { truth, observations } = pop;
  const nameKey = (name: string, kel: string) => `${normalizeSearchText(name)}|${kel}`;
  const byName = tally(truth.people.map((p) => nameKey(p.name, p.kelurahan.code)));
  const namesakes = new Set(
    truth.people.filter((p) => (byName[nameKey(p.name, p.kelurahan.code)] ?? 0) > 1).map((p) => p.key),
  );
  const hardHouseholds = new Set(['multi', 'mother-daughter', 'twins']);
  const hardPeople = new Set(
    truth.households.filter((h) => hardHouseholds.has(h.kind)).flatMap((h) => h.members.map((m) => m.key)),
  );
  const roles = new Map(truth.people.map((p) => [p.key, p.role]));
  const hard = observations.filter(
    (o) => namesakes.has(o.personKey) || hardPeople.has(o.personKey) || roles.get(o.personKey) === 'husband',
  );
  const officesPerBusiness = new Map<string, Set<string>>();
  for (const o of observations)
    officesPerBusiness.set(o.businessKey, (officesPerBusiness.get(o.businessKey) ?? new Set()).add(o.office));
  return {
    people: truth.people.length,
    businesses: truth.businesses.length,
    households: tally(truth.households.map((h) => h.kind)),
    rowsPerOffice: tally(observations.map((o) => o.office)),
    resentRows: observations.filter((o) => o.resent).length,
    businessesPerOfficeCount: tally([...officesPerBusiness.values()].map((s) => `${s.size} office(s)`)),
    namesakesInKelurahan: namesakes.size,
    husbandApplicantRows: observations.filter((o) => roles.get(o.personKey) === 'husband').length,
    hardNegativeRowShare: Math.round((hard.length / Math.max(1, observations.length)) * 1000) / 1000,
  };
}
