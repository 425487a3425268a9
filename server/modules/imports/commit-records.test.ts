import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { businessAuditView } from '../businesses/businesses.mapper.ts';
import { personAuditView } from '../people/people.mapper.ts';
import { commitRecords } from './commit-records.ts';
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

describe('what a commit writes for a row, staged by the dry run', () => {
  const records = JSON.parse(commitRecords({ person, business }, thresholds));

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

  it('holds the history changes with the API field names, nulls left out, the owner added at commit', () => {
    expect(records.personChanges).toEqual({
      nik: [null, '3573055205800001'],
      name: [null, 'Siti Aminah'],
      gender: [null, 'P'],
      birthDate: [null, '1980-05-12'],
      krtp: [null, true],
      phone: [null, '081234567890'],
      street: [null, 'Jl. Mawar 5'],
      rt: [null, '002'],
      rw: [null, '003'],
      kelurahanCode: [null, '35.73.05.1001'],
    });
    expect(records.businessChanges).toMatchObject({
      name: [null, 'Usaha'],
      homeIndustry: [null, true],
      kbliCode: [null, '10792'],
      status: [null, 'active'],
    });
    expect(records.businessChanges).not.toHaveProperty('ownerId');
    expect(records.businessChanges).not.toHaveProperty('capital');
  });
});

describe('the history changes staged for a commit', () => {
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
    const records = JSON.parse(commitRecords({ person: p, business: b }, thresholds));
    expect(records.personChanges).toEqual(byMapper(personAuditView({ ...NEW_ROW, ...records.person })));
    const business = { ...NEW_ROW, ...records.business, owner_id: 7, status: 'active' };
    expect({ ...records.businessChanges, ownerId: [null, 7] }).toEqual(byMapper(businessAuditView(business)));
  });
});
