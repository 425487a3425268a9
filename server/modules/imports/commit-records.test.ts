import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { businessAuditView } from '../businesses/businesses.mapper.ts';
import { personAuditView } from '../people/people.mapper.ts';
import { BUSINESS_FIELDS, commitRecords, PERSON_FIELDS, type RecordField } from './commit-records.ts';
import type { BusinessDraft, PersonDraft } from './imports.types.ts';

const thresholds = loadConfig({}).sizeThresholds;
const person: PersonDraft = {
  nik: '3573055205800001',
  name: 'Siti Aminah',
  gender: 'P',
  birthDate: '1980-05-12',
  phone: '081234567890',
  krtp: true,
  street: 'Jl. Mawar 5',
  rt: '002',
  rw: '003',
  kelurahanCode: '35.73.05.1001',
  education: 'bukan-jenjang',
  householdSize: null,
};
const business: BusinessDraft = {
  name: null,
  products: 'Kripik tempe',
  kbliCode: '10792',
  sector: null,
  yearStarted: 2015,
  workersTotal: 3,
  workersWomen: 3,
  monthlyTurnover: 1_500_000,
  capital: null,
  street: 'Jl. Mawar 5',
  rt: '002',
  rw: '003',
  kelurahanCode: '35.73.05.1001',
  kecamatanCode: '35.73.05',
  latitude: null,
  longitude: null,
  homeIndustry: null,
  permits: [{ type: 'PIRT', number: '2063573010123-27' }],
};

/** The staged records as the commit reads them: each column from the changes, or beside them. */
function staged(p: PersonDraft, b: BusinessDraft) {
  const records = JSON.parse(commitRecords({ person: p, business: b }, thresholds));
  const columns = (fields: readonly RecordField[], kind: 'person' | 'business') =>
    Object.fromEntries(
      fields.map(([column, field]) => [
        column,
        field ? (records[kind][field]?.[1] ?? null) : records[`${kind}Columns`][column],
      ]),
    );
  return {
    person: columns(PERSON_FIELDS, 'person'),
    business: columns(BUSINESS_FIELDS, 'business'),
    personChanges: records.person,
    businessChanges: records.business,
  };
}

describe('what a commit writes for a row, staged by the dry run', () => {
  const records = staged(person, business);

  it('holds the columns of the new person and business, defaults and derived values filled in', () => {
    expect(records.person).toEqual({
      nik: '3573055205800001',
      name: 'Siti Aminah',
      gender: 'P',
      birth_date: '1980-05-12',
      krtp: true,
      phone: '081234567890',
      street: 'Jl. Mawar 5',
      rt: '002',
      rw: '003',
      kelurahan_code: '35.73.05.1001',
      education: null, // not one of the education levels
      household_size: null,
      search_text: 'siti aminah',
    });
    expect(records.business).toMatchObject({
      owner_krtp: true,
      name: 'Usaha',
      home_industry: true,
      kbli_code: '10792',
      kbli_version: 2020,
      sector: 'pangan',
      monthly_turnover: 1_500_000,
      size_class: 'mikro',
      search_text: 'kripik tempe', // the default name is not searched
    });
  });

  it('names each column of the insert lists once, as the tables do', () => {
    for (const fields of [PERSON_FIELDS, BUSINESS_FIELDS]) {
      expect(new Set(fields.map(([c]) => c)).size).toBe(fields.length);
      for (const [, , type] of fields)
        expect(['text', 'date', 'boolean', 'smallint', 'bigint', 'float8']).toContain(type);
    }
  });
});

describe('the history changes a commit builds from the staged values', () => {
  // As the history of records made by hand has them: the mappers' fields with a value, each [null, value].
  const byMapper = (view: Record<string, unknown>) =>
    Object.fromEntries(
      Object.entries(view).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, [null, v]]])),
    );
  const NEW_ROW = { id: 1, version: 1, created_at: new Date(0), updated_at: new Date(0) };

  it.each([
    ['a full row', person, business],
    [
      'a sparse row',
      { ...person, nik: null, gender: null, birthDate: null, phone: null, krtp: null, rt: null, rw: null },
      {
        ...business,
        name: 'UD Sumber Rejeki',
        kbliCode: null,
        sector: 'jasa',
        monthlyTurnover: null,
        capital: 75_000_000,
        latitude: -7.95,
        longitude: 112.61,
        workersTotal: null,
        workersWomen: null,
        yearStarted: null,
      },
    ],
  ])('name every field as the people and business mappers do (%s)', (_, p, b) => {
    const records = staged(p, b);
    expect(records.personChanges).toEqual(
      byMapper(personAuditView({ ...NEW_ROW, ...records.person } as Parameters<typeof personAuditView>[0])),
    );
    // The commit adds the owner.
    const business = { ...NEW_ROW, ...records.business, owner_id: 7, status: 'active' };
    expect({ ...records.businessChanges, ownerId: [null, 7] }).toEqual(
      byMapper(businessAuditView(business as Parameters<typeof businessAuditView>[0])),
    );
  });
});
