import { describe, expect, it } from 'vitest';
import type { BusinessDraft, PersonDraft } from '../imports/imports.types.ts';
import type { LinkKind } from './linker.ts';
import { createLinker } from './linker.ts';
import { decide, resolveRow } from './resolve.ts';
import { DEFAULT_LINKAGE_CONFIG } from './weights.ts';

const KEL = '35.73.01.1007';
const PERSON: PersonDraft = {
  nik: '3573014405620011',
  name: 'Siti Aminah',
  gender: 'P',
  birthDate: '1962-05-04',
  phone: '+6281234567890',
  krtp: true,
  street: 'Jl. Sanan No. 12',
  rt: '002',
  rw: '005',
  kelurahanCode: KEL,
  education: null,
  householdSize: 4,
};
const BUSINESS: BusinessDraft = {
  name: 'Keripik Tempe Sanan Jaya Abadi',
  products: 'keripik tempe, keripik tempe pedas',
  kbliCode: '10794',
  sector: 'pangan',
  yearStarted: 2015,
  workersTotal: 3,
  workersWomen: 2,
  monthlyTurnover: 3_000_000,
  capital: null,
  street: 'Jl. Sanan No. 12',
  rt: '002',
  rw: '005',
  kelurahanCode: KEL,
  kecamatanCode: '35.73.01',
  latitude: null,
  longitude: null,
  homeIndustry: true,
  permits: [{ type: 'PIRT', number: '2063573010005-28' }],
};

function ids() {
  const next: Record<LinkKind, number> = { person: 0, business: 100 };
  return (kind: LinkKind) => ++next[kind];
}
const m = (id: number, score: number) => ({ id, score, evidence: [] });

describe('decide', () => {
  const t = { link: 20, review: 12 };
  it('links the best match above link when no rival comes close', () => {
    expect(decide([m(1, 30)], t).link?.id).toBe(1);
    expect(decide([m(1, 30), m(2, 21)], t).link?.id).toBe(1);
    expect(decide([m(1, 30), m(2, 15)], t)).toEqual({ link: m(1, 30), review: [m(2, 15)] });
  });

  it('sends two close candidates above link, or a best below link, to review', () => {
    expect(decide([m(1, 25), m(2, 23)], t)).toEqual({ link: null, review: [m(1, 25), m(2, 23)] });
    expect(decide([m(1, 15)], t)).toEqual({ link: null, review: [m(1, 15)] });
    expect(decide([], t)).toEqual({ link: null, review: [] });
  });
});

describe('resolveRow', () => {
  it('creates the first row and links a duplicate later in the same file', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    const first = resolveRow(linker, { person: PERSON, business: BUSINESS }, newId);
    expect(first.person).toMatchObject({ id: 1, created: true, score: null, evidence: [], review: [] });
    expect(first.business).toMatchObject({ id: 101, created: true });
    const again = resolveRow(
      linker,
      {
        person: { ...PERSON, nik: null, birthDate: null, name: 'Hj. Sitti Aminah' },
        business: { ...BUSINESS, name: 'UD Kripik Tempe Sanan Jaya Abadi', permits: [], kbliCode: null },
      },
      newId,
    );
    expect(again.person).toMatchObject({ id: 1, created: false });
    expect(again.person.evidence.length).toBeGreaterThan(0);
    expect(again.business).toMatchObject({ id: 101, created: false });
  });

  it("links a row that names no business to the linked owner's business when the products agree", () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    resolveRow(linker, { person: PERSON, business: BUSINESS }, newId);
    const bare = { ...BUSINESS, name: null, permits: [], kbliCode: null, products: 'keripik tempe' };
    const r = resolveRow(linker, { person: PERSON, business: bare }, newId);
    expect(r.business).toMatchObject({ id: 101, created: false });
  });

  it('links a row that meets two of her own records alike to the best of them, not to a third', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    const owner = { ...PERSON, name: 'Ratna Soerjani' };
    const plain = { ...BUSINESS, permits: [], kbliCode: null, workersTotal: null, monthlyTurnover: null };
    // The sector an import guesses from the products; none from "Dapur Soerjani" alone.
    const row = (name: string, products: string | null) =>
      resolveRow(
        linker,
        { person: owner, business: { ...plain, name, products, sector: products ? 'pangan' : null } },
        newId,
      );
    expect(row('Kerupuk Samiler', 'kerupuk samiler, kerupuk samiler original').business.id).toBe(101);
    // Her name alone, no products nor sector: maybe that business, maybe another of hers (review).
    expect(row('Dapur Soerjani', null).business).toMatchObject({ id: 102, created: true });
    // Her name and that business's products: it is one of the two.
    const both = row('DAPUR SOERJANI', 'Kerupuk Samiler Original').business;
    expect(both).toMatchObject({ id: 102, created: false });
    expect(both.review.map((r) => r.id)).toContain(101);
  });

  it("links a row to her own business, not to review with a housemate's whose name says no more of it", () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    const street = 'Jl. Ki Ageng Gribig No. 8';
    const at = { street, rt: null, rw: null, nik: null, birthDate: null, phone: null };
    const plain = {
      ...BUSINESS,
      ...at,
      permits: [],
      kbliCode: null,
      workersTotal: null,
      monthlyTurnover: null,
    };
    const sumiati = { ...PERSON, ...at, name: 'Sumiati Ningrum' };
    const sumiatun = { ...PERSON, ...at, name: 'Sumiatun' };
    const row = (person: PersonDraft, name: string, products: string | null) =>
      resolveRow(linker, { person, business: { ...plain, name, products } }, newId, 1);
    const own = row(sumiati, 'Kue Kering Kotalama', 'kue semprit').business.id;
    const other = row(sumiatun, 'Kue Kering', 'kastengel').business.id;
    const r = resolveRow(
      linker,
      { person: sumiati, business: { ...plain, name: 'KUE KERING KOTALAMA', products: null } },
      newId,
      2,
    );
    // The housemate's business comes within the margin, with a name that only shares words.
    expect(r.business).toMatchObject({ id: own, created: false });
    expect(r.business.review.map((m) => m.id)).toContain(other);
    // A bank's list naming only her trade, which the housemate shares: hers, as the row names her.
    const bank = resolveRow(
      linker,
      { person: sumiati, business: { ...plain, name: 'kue', products: 'kue' } },
      newId,
      3,
    );
    expect(bank.business).toMatchObject({ id: own, created: false });
  });

  it('reads "Dapur Mulyani" and "Griya Mulyani" of one owner as two names', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    const owner = { ...PERSON, name: 'Umi Mulyani' };
    const plain = { ...BUSINESS, permits: [], kbliCode: null, products: null };
    const row = (name: string) =>
      resolveRow(linker, { person: owner, business: { ...plain, name } }, newId).business;
    expect(row('Dapur Mulyani').id).toBe(101);
    expect(row('Griya Mulyani')).toMatchObject({ id: 102, created: true });
    expect(row('UD Dapur Mulyani')).toMatchObject({ id: 101, created: false });
  });

  const thin: PersonDraft = {
    ...PERSON,
    nik: null,
    birthDate: null,
    phone: null,
    street: null,
    rt: null,
    rw: null,
  };

  it('looks at the businesses of a person in review, and keeps the person apart when they make the same', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    resolveRow(linker, { person: PERSON, business: BUSINESS }, newId);
    // Another name, the same products: a woman of her household may make them too.
    const other = { ...BUSINESS, name: 'Keripik Tempe Barokah', permits: [], street: null };
    const r = resolveRow(linker, { person: thin, business: other }, newId);
    expect(r.person.created).toBe(true);
    expect(r.person.review.map((x) => x.id)).toEqual([1]);
    const seen = r.business.created ? r.business.review.map((x) => x.id) : [r.business.id];
    expect(seen).toContain(101);
    const owner = (r.business.created ? r.business.review[0] : r.business)?.evidence.find(
      (e) => e.field === 'owner',
    );
    expect(owner?.note).toMatch(/antrean periksa/);
  });

  it('links a person in review whose business her row names: one business has one owner', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    resolveRow(linker, { person: PERSON, business: BUSINESS }, newId);
    // Alone, her thin row only reaches review.
    expect(linker.matchPerson(thin)[0]?.score).toBeLessThan(DEFAULT_LINKAGE_CONFIG.person.link);
    const r = resolveRow(
      linker,
      { person: thin, business: { ...BUSINESS, permits: [], street: null } },
      newId,
    );
    expect(r.person).toMatchObject({ id: 1, created: false, review: [] });
    expect(r.person.evidence.find((e) => e.field === 'business')?.weight).toBeGreaterThan(0);
    expect(r.business).toMatchObject({ id: 101, created: false });
  });

  it('tells twins of one house apart by the business a row names', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
    const newId = ids();
    const twin = (nik: string, phone: string) => ({ ...PERSON, nik, phone, birthDate: '1990-05-04' });
    const shop = (name: string, products: string, number: string): BusinessDraft => ({
      ...BUSINESS,
      name,
      products,
      kbliCode: null,
      permits: [{ type: 'PIRT', number }],
    });
    const a = resolveRow(
      linker,
      {
        person: twin('3573014405900011', '+6281234567891'),
        business: shop('Kue Basah Ani', 'kue basah', '2063573010005-28'),
      },
      newId,
    );
    const b = resolveRow(
      linker,
      {
        person: twin('3573014405900029', '+6281234567892'),
        business: shop('Mukena Anik', 'mukena', '2063573010013-28'),
      },
      newId,
    );
    expect(b.person.id).not.toBe(a.person.id);
    // A row with the twins' name and house only, and the second twin's mukena and certificate.
    const row = {
      person: { ...thin, street: PERSON.street, rt: PERSON.rt, rw: PERSON.rw },
      business: shop('Mukena Anik', 'mukena', '2063573010013-28'),
    };
    expect(
      linker
        .matchPerson(row.person)
        .map((x) => x.id)
        .sort(),
    ).toEqual([a.person.id, b.person.id].sort());
    const r = resolveRow(linker, row, newId);
    expect(r.person).toMatchObject({ id: b.person.id, created: false });
    expect(r.business).toMatchObject({ id: b.business.id, created: false });
  });

  it('takes a row by her first name, on her phone, making what her business makes, as hers', () => {
    const config = { ...DEFAULT_LINKAGE_CONFIG, person: { link: 17.5, review: 8 } };
    const ninik = { ...PERSON, name: 'Ninik Rohmah', nik: '3573016001650001', birthDate: '1965-01-20' };
    const kopi: BusinessDraft = {
      ...BUSINESS,
      name: 'Kopi Bubuk "Bu Ninik"',
      products: 'kopi bubuk robusta, kopi jahe',
      kbliCode: null,
      permits: [],
    };
    // A cooperative's member list: "Bu Ninik", her house and RT/RW, no NIK, what she makes and no name.
    const member = (phone: string | null): { person: PersonDraft; business: BusinessDraft } => ({
      person: { ...PERSON, name: 'Bu Ninik', nik: null, birthDate: null, gender: null, phone },
      business: { ...kopi, name: 'kopi', products: 'kopi', permits: [] },
    });
    const run = (phone: string | null) => {
      const linker = createLinker(config);
      const newId = ids();
      const her = resolveRow(linker, { person: ninik, business: kopi }, newId);
      return { her, row: resolveRow(linker, member(phone), newId) };
    };
    const onHerPhone = run(PERSON.phone);
    expect(onHerPhone.row.person).toMatchObject({ id: onHerPhone.her.person.id, created: false });
    expect(onHerPhone.row.person.evidence.some((e) => e.field === 'business')).toBe(true);
    expect(onHerPhone.row.business).toMatchObject({ id: onHerPhone.her.business.id, created: false });
    // Without her phone (a daughter making the same at her mother's house): a new person, in review with her.
    for (const phone of [null, '+6285600001111']) {
      const { her, row } = run(phone);
      expect(row.person.created).toBe(true);
      expect(row.person.review.map((x) => x.id)).toContain(her.person.id);
    }
  });

  it("proposes no namesake for a linked row when the person's own NIK differs from hers", () => {
    // A name weighs little in a registry this small: the review zone starts lower, so the namesake is in it.
    const linker = createLinker({ ...DEFAULT_LINKAGE_CONFIG, person: { link: 20, review: 8 } });
    const newId = ids();
    // A namesake in the same kelurahan, already registered: another NIK, another street.
    const heni = { ...PERSON, name: 'Heni Puspitasari' };
    const namesake: PersonDraft = {
      ...heni,
      nik: '3573016912920001',
      birthDate: '1992-12-29',
      phone: null,
      street: 'Jl. Anggrek No. 13',
      rt: '003',
      rw: '003',
    };
    const first = resolveRow(linker, { person: namesake, business: BUSINESS }, newId);
    const her = resolveRow(linker, { person: heni, business: BUSINESS }, newId);
    expect(her.person.created).toBe(true);
    expect(her.person.review).toEqual([]);
    // Her row without NIK, birth date or RT/RW links to her, and alone it would also look like the namesake.
    const bare = { ...heni, nik: null, birthDate: null, rt: null, rw: null };
    expect(linker.matchPerson(bare).map((x) => x.id)).toEqual([her.person.id, first.person.id]);
    const again = resolveRow(linker, { person: bare, business: BUSINESS }, newId);
    expect(again.person).toMatchObject({ id: her.person.id, created: false });
    expect(again.person.review).toEqual([]);
  });
});
