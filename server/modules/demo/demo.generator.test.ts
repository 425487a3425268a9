import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { validateNik } from '../../../shared/rules/nik.ts';
import { normalizePermitNumber } from '../../../shared/rules/permits.ts';
import { normalizeSearchText } from '../../../shared/rules/search.ts';
import { loadConfig } from '../../config.ts';
import { type DemoData, type DemoOptions, generateDemo } from './demo.generator.ts';
import { POPULATION } from './malang.ts';

// The same Kemendagri village list the server loads into `areas` (idn-area-data, ODbL).
function malangKelurahan() {
  const require = createRequire(import.meta.url);
  const file = path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data', 'villages.csv');
  const rows = parse(readFileSync(file, 'utf8'), { from_line: 2 }) as string[][];
  return rows
    .filter(([code]) => code?.startsWith('35.73.'))
    .map(([code, kecamatanCode, name]) => ({
      code: code ?? '',
      kecamatanCode: kecamatanCode ?? '',
      name: name ?? '',
    }));
}

const options: DemoOptions = {
  region: '35.73',
  kelurahan: malangKelurahan(),
  thresholds: loadConfig({}).sizeThresholds,
};
let data: DemoData;

beforeAll(() => {
  data = generateDemo(options);
}, 60_000);

const ownerOf = (id: number) => data.people[id - 1];

describe('demo generator: totals of DP3AP2KB Kota Malang 2018', () => {
  it('has 99,213 active micro enterprises, 14,327 home industries, 8,552 of them run by a KRTP owner', () => {
    expect(options.kelurahan).toHaveLength(57);
    expect(data.businesses).toHaveLength(99_213);
    expect(data.businesses.every((b) => b.status === 'active' && b.size_class === 'mikro')).toBe(true);
    const home = data.businesses.filter((b) => b.home_industry);
    expect(home).toHaveLength(14_327);
    expect(home.filter((b) => ownerOf(b.owner_id)?.krtp)).toHaveLength(8_552);
  });

  it('spreads businesses over the kecamatan within 1 point of their population share', () => {
    const population = Object.values(POPULATION).reduce((a, b) => a + b, 0);
    for (const [code, people] of Object.entries(POPULATION)) {
      const share = data.businesses.filter((b) => b.kecamatan_code === code).length / data.businesses.length;
      expect(Math.abs(share - people / population)).toBeLessThan(0.01);
    }
  });

  it('gives ids 1..n and points every business to an earlier-created owner in its kelurahan', () => {
    expect(data.people.filter((p, i) => p.id !== i + 1)).toEqual([]);
    expect(data.businesses.filter((b, i) => b.id !== i + 1)).toEqual([]);
    const orphans = data.businesses.filter((b) => {
      const owner = ownerOf(b.owner_id);
      return !owner || owner.created_at > b.created_at || owner.kelurahan_code !== b.kelurahan_code;
    });
    expect(orphans).toEqual([]);
  });
});

describe('demo generator: rows the rules accept', () => {
  it('gives every NIK a valid, unique value matching the declared gender and birth date', () => {
    const niks = data.people.flatMap((p) => (p.nik ? [p] : []));
    expect(new Set(niks.map((p) => p.nik)).size).toBe(niks.length);
    const failing = niks
      .map((p) => ({
        nik: p.nik,
        ...validateNik(p.nik ?? '', { gender: p.gender, birthDate: p.birth_date }),
      }))
      .filter((c) => c.errors.length > 0 || c.warnings.length > 0);
    expect(failing).toEqual([]);
  });

  it('gives every permit a canonical number, unique per type, with consistent dates', () => {
    const keys = new Set(data.permits.map((p) => `${p.type}:${p.number}`));
    expect(keys.size).toBe(data.permits.length);
    const failing = data.permits.filter((p) => {
      const check = normalizePermitNumber(p.type, p.number);
      const datesOk = (!p.expires_on || p.expires_on >= p.issued_on) && p.created_at <= p.updated_at;
      return check.errors.length > 0 || check.value !== p.number || !datesOk;
    });
    expect(failing).toEqual([]);
  });

  it('shares one P-IRT producer serial across an owner’s certificates', () => {
    const serials = new Map<number, Set<string>>();
    for (const p of data.permits.filter((x) => x.type === 'PIRT')) {
      const owner = data.businesses[p.business_id - 1]?.owner_id ?? 0;
      serials.set(owner, (serials.get(owner) ?? new Set()).add(p.number.slice(3, 7) + p.number.slice(9, 13)));
    }
    expect(serials.size).toBeGreaterThan(1000);
    for (const keys of serials.values()) expect([...keys]).toEqual([expect.stringMatching(/^3573\d{4}$/)]);
  });

  it('keeps worker counts, search text and record times consistent', () => {
    const badBusinesses = data.businesses.filter(
      (b) =>
        b.workers_women > b.workers_total ||
        b.workers_family_unpaid > b.workers_total ||
        b.search_text !== normalizeSearchText(`${b.name} ${b.products}`) ||
        b.created_at > b.updated_at,
    );
    expect(badBusinesses).toEqual([]);
    const badPeople = data.people.filter(
      (p) => p.search_text !== normalizeSearchText(p.name) || p.created_at > p.updated_at,
    );
    expect(badPeople).toEqual([]);
    expect(data.businesses[0]?.created_at.slice(0, 4)).toBe('2015');
    expect(data.businesses.at(-1)?.created_at.slice(0, 4)).toBe('2026');
  });

  it('has exactly one "Kripik Tempe Sanan Jaya", in Purwantoro, run by a KRTP woman', () => {
    const sanan = data.businesses.filter((b) => b.name === 'Kripik Tempe Sanan Jaya');
    expect(sanan).toHaveLength(1);
    expect(sanan[0]).toMatchObject({ kelurahan_code: '35.73.01.1007', sentra: 'Sentra Tempe Sanan' });
    expect(ownerOf(sanan[0]?.owner_id ?? 0)).toMatchObject({ gender: 'P', krtp: true });
    expect(data.businesses.filter((b) => b.name.startsWith('Kripik Tempe Sanan'))).toHaveLength(1);
  });
});

describe('demo generator: determinism', () => {
  it('returns the same rows for the same seed and different rows for another seed', () => {
    const again = generateDemo(options);
    for (const key of ['people', 'businesses', 'permits'] as const) {
      expect(again[key][0]).toEqual(data[key][0]);
      expect(again[key].at(-1)).toEqual(data[key].at(-1));
      expect(again[key]).toHaveLength(data[key].length);
    }
    const other = generateDemo({ ...options, seed: 7 });
    expect(other.businesses).toHaveLength(99_213);
    expect(other.businesses[0]).not.toEqual(data.businesses[0]);
    expect(other.people.at(-1)).not.toEqual(data.people.at(-1));
  }, 60_000);
});
