import { describe, expect, it } from 'vitest';
import { buildNik } from '../../../shared/rules/nik.ts';
import type { BusinessRecord, PersonRecord } from './linkage.types.ts';
import { createLinker } from './linker.ts';
import { decide } from './resolve.ts';
import { DEFAULT_LINKAGE_CONFIG, W } from './weights.ts';

const KEL = '35.73.05.1003';
const { link, review } = DEFAULT_LINKAGE_CONFIG.person;
const blank: Omit<PersonRecord, 'id'> = {
  nik: null,
  name: '',
  gender: null,
  birthDate: null,
  phone: null,
  kelurahanCode: KEL,
  street: null,
  rt: null,
  rw: null,
};
const person = (id: number, p: Partial<PersonRecord>): PersonRecord => ({ ...blank, id, ...p });
const query = (p: Partial<PersonRecord>): Omit<PersonRecord, 'id'> => ({ ...blank, ...p });
const nik = (birthDate: string, serial: number, gender: 'L' | 'P' = 'P') =>
  buildNik({ districtCode: '35.73.05', gender, birthDate, serial });
const HOME = { street: 'Jl. Kenanga No. 12', rt: '002', rw: '005', phone: '+6281234567890' };
const SITI = person(1, { name: 'Siti Aminah', nik: nik('1962-05-04', 11), birthDate: '1962-05-04', ...HOME });

function linkerWith(...people: PersonRecord[]) {
  const linker = createLinker(DEFAULT_LINKAGE_CONFIG);
  for (const p of people) linker.addPerson(p);
  return linker;
}

describe('matchPerson', () => {
  it('links one woman across offices: title, doubled letters, another street spelling', () => {
    const [best] = linkerWith(SITI).matchPerson(
      query({ name: 'Hj. Sitti Aminah', phone: HOME.phone, street: 'Jalan Kenanga 12' }),
    );
    expect(best?.id).toBe(1);
    expect(best?.score).toBeGreaterThanOrEqual(link);
  });

  it('takes an identical NIK as strong evidence, a NIK one digit off as partial', () => {
    const linker = linkerWith(SITI);
    const [same] = linker.matchPerson(query({ name: 'Siti A.', nik: SITI.nik }));
    expect(same?.evidence.find((e) => e.field === 'nik')).toMatchObject({ outcome: 'agree' });
    expect(same?.score).toBeGreaterThanOrEqual(link);
    const typo = `${SITI.nik?.slice(0, 15)}9`;
    const [near] = linker.matchPerson(query({ name: 'Siti Aminah', nik: typo, ...HOME }));
    expect(near?.evidence.find((e) => e.field === 'nik')).toMatchObject({ outcome: 'partial' });
    expect(near?.score).toBeGreaterThanOrEqual(link);
  });

  it('counts a shared birth date in full when two names part only after the given name, not for twins', () => {
    const home = { ...HOME, birthDate: '1990-11-18', gender: 'P' as const };
    const fitri = person(2, { name: 'Fitri Puspitasari', ...home });
    const [same] = linkerWith(fitri).matchPerson(query({ name: 'Hj. Fitri Dwi', ...home }));
    expect(same?.evidence.find((e) => e.field === 'birthDate')).toMatchObject({ outcome: 'agree' });
    expect(same?.score).toBeGreaterThanOrEqual(link);
    // Twins of one house: another given name, the family name shared.
    const dewi = person(3, { name: 'Dewi Susanti', ...home });
    const twin = linkerWith(dewi).matchPerson(query({ name: 'Dian Susanti', ...home }))[0];
    expect(twin?.evidence.find((e) => e.field === 'birthDate') ?? { outcome: 'none' }).not.toMatchObject({
      outcome: 'agree',
    });
    expect(twin?.score ?? 0).toBeLessThan(link);
  });

  it("weighs the year of birth a cadre's guess of her age says: near agrees, a generation apart does not", () => {
    const linker = linkerWith(SITI);
    const scored = (birthYear?: number) =>
      linker.matchPerson(query({ name: 'Siti A.', ...HOME, ...(birthYear ? { birthYear } : {}) }))[0];
    const none = scored();
    // "Bu Siti A.", 63 years old by a list of 2025: born about 1962, as her NIK says.
    const near = scored(1963);
    expect(near?.evidence.find((e) => e.field === 'birthYear')).toMatchObject({ outcome: 'agree' });
    expect((near?.score ?? 0) - (none?.score ?? 0)).toBe(W.birthYearNear);
    // Her daughter of 35 at the same address.
    const far = scored(1990);
    expect(far?.evidence.find((e) => e.field === 'birthYear')).toMatchObject({ outcome: 'disagree' });
    expect((far?.score ?? 0) - (none?.score ?? 0)).toBe(W.birthYearFar);
  });

  it('compares a birth date read from a NIK with a declared one', () => {
    const declared = person(2, { name: 'Rukmini', birthDate: '1975-03-09', ...HOME });
    const [m] = linkerWith(declared).matchPerson(query({ name: 'Rukmini', nik: nik('1975-03-09', 7) }));
    expect(m?.evidence.find((e) => e.field === 'birthDate')).toMatchObject({
      outcome: 'agree',
      note: 'Tanggal lahir sama (menurut NIK)',
    });
  });

  it('keeps a mother and her daughter at one address with one phone apart', () => {
    const linker = linkerWith(SITI);
    const daughter = { nik: nik('1990-08-17', 12), birthDate: '1990-08-17', ...HOME };
    expect(linker.matchPerson(query({ name: 'Nur Aini', ...daughter }))).toEqual([]);
    const [namesake] = linker.matchPerson(query({ name: 'Siti Aminah', ...daughter }));
    expect(namesake?.score ?? 0).toBeLessThan(link);
  });

  it('does not link two women of one house whose names differ in two letters (Fatimah / Fatonah)', () => {
    const linker = linkerWith(person(30, { name: 'Siti Fatonah', street: 'Jl. Trunojoyo No. 39' }));
    const [sister] = linker.matchPerson(
      query({ name: 'Siti Fatimah', street: 'Jl Trunojoyo 39', phone: '+628196647874' }),
    );
    expect(sister?.score ?? 0).toBeLessThan(link);
    // One letter slipped is her name mistyped, and links within the house.
    const [slip] = linker.matchPerson(query({ name: 'Siti Fatonh', street: 'Jl Trunojoyo 39' }));
    expect(slip?.score ?? 0).toBeGreaterThanOrEqual(link);
  });

  it("sends a daughter written with her mother's first name alone, at her address, to review", () => {
    const mother = person(3, { name: 'Nurul Purwanti', gender: 'P', ...HOME });
    const [m] = linkerWith(mother).matchPerson(query({ name: 'Nurul', gender: 'P', ...HOME }));
    expect(m?.id).toBe(3);
    expect(m?.score).toBeGreaterThanOrEqual(review);
    expect(m?.score).toBeLessThan(link);
    expect(m?.evidence.find((e) => e.field === 'shared')?.note).toContain(
      'satu nama hanya bagian dari nama lain',
    );
    // One birth date more, and they are one woman.
    const dated = person(4, { name: 'Nurul Purwanti', birthDate: '1965-07-29', ...HOME });
    const [d] = linkerWith(dated).matchPerson(query({ name: 'Nurul', birthDate: '1965-07-29', ...HOME }));
    expect(d?.score).toBeGreaterThanOrEqual(link);
  });

  it('keeps two Siti Aminah of different kelurahan apart', () => {
    const other = query({ name: 'Siti Aminah', kelurahanCode: '35.73.01.1002', street: 'Jl. Mawar No. 3' });
    expect(linkerWith(SITI).matchPerson(other)).toEqual([]);
  });

  it('links them when other evidence says she moved: the same NIK and phone', () => {
    const moved = query({
      name: 'Siti Aminah',
      kelurahanCode: '35.73.01.1002',
      nik: SITI.nik,
      phone: HOME.phone,
    });
    const [m] = linkerWith(SITI).matchPerson(moved);
    expect(m?.evidence.find((e) => e.field === 'kelurahan')?.outcome).toBe('disagree');
    expect(m?.score).toBeGreaterThanOrEqual(link);
  });

  it('never links on name and kelurahan alone, however rare the name', () => {
    const rare = person(3, { name: 'Musripah Wahyuningsih' });
    const linker = linkerWith(SITI, rare);
    for (const name of ['Siti Aminah', 'Musripah Wahyuningsih']) {
      const [m] = linker.matchPerson(query({ name }));
      expect(m?.score).toBeGreaterThanOrEqual(review);
      expect(m?.score).toBeLessThan(link);
      expect(m?.evidence.find((e) => e.field === 'only')?.weight).toBe(W.nameAndPlaceOnly);
    }
    // One more fact in common, her street, and the name is no longer all there is.
    const [m] = linker.matchPerson(query({ name: 'Siti Aminah', street: HOME.street }));
    expect(m?.id).toBe(1);
    expect(m?.evidence.some((e) => e.field === 'only')).toBe(false);
  });

  it('weighs a name common in the kelurahan less than a rare one', () => {
    const namesakes = Array.from({ length: 40 }, (_, i) =>
      person(100 + i, { name: 'Siti Aminah', street: `Jl. Mawar No. ${i + 1}` }),
    );
    const rare = person(3, { name: 'Musripah Wahyuningsih', street: 'Jl. Melati No. 9' });
    const linker = linkerWith(...namesakes, rare);
    const common = linker.matchPerson(query({ name: 'Siti Aminah', street: 'Jl. Mawar No. 1' }))[0];
    const unusual = linker.matchPerson(
      query({ name: 'Musripah Wahyuningsih', street: 'Jl. Melati No. 9' }),
    )[0];
    expect(common?.id).toBe(100);
    expect((unusual?.score ?? 0) - (common?.score ?? 0)).toBeGreaterThan(3);
  });

  it('weighs a common full name more within one household: two of its women rarely share it', () => {
    const namesakes = Array.from({ length: 40 }, (_, i) =>
      person(100 + i, { name: 'Siti Aminah', street: `Jl. Mawar No. ${i + 1}`, rt: null, rw: null }),
    );
    const linker = linkerWith(SITI, ...namesakes);
    const [m] = linker.matchPerson(query({ name: 'Siti Aminah', ...HOME }));
    expect(m?.id).toBe(1);
    expect(m?.evidence[0]).toMatchObject({ field: 'name', weight: W.nameSameHousehold });
    expect(m?.score).toBeGreaterThanOrEqual(link);
    // The daughter's own NIK still keeps her apart.
    const [daughter] = linker.matchPerson(
      query({ name: 'Siti Aminah', nik: nik('1990-08-17', 12), ...HOME }),
    );
    expect(daughter?.score ?? 0).toBeLessThan(review);
  });

  it('links a name without its middle name within one household, its first names alone on her phone', () => {
    const indah = person(1, { name: 'Indah Hartini Aminah', ...HOME });
    const [m] = linkerWith(indah).matchPerson(query({ name: 'Indah Aminah', ...HOME }));
    expect(m?.evidence[0]).toMatchObject({ field: 'name', note: 'Nama sama tanpa nama tengah' });
    expect(m?.score).toBeGreaterThanOrEqual(link);
    // A daughter named after her mother with a word added: reviewed, not linked.
    const nurul = person(2, { name: 'Nurul', ...HOME });
    const [d] = linkerWith(nurul).matchPerson(query({ name: 'Nurul Purwanti', ...HOME }));
    expect(d?.score ?? 0).toBeLessThan(link);
    // Her first two names alone: linked on her own phone, reviewed when the phone is another one of the house.
    const anik = person(3, { name: 'Anik Dwi Cahyaningsih', ...HOME });
    const [own] = linkerWith(anik).matchPerson(query({ name: 'Anik Dwi', ...HOME }));
    expect(own?.score).toBeGreaterThanOrEqual(link);
    const [other] = linkerWith(anik).matchPerson(
      query({ name: 'Anik Dwi', ...HOME, phone: '+6285700001111' }),
    );
    expect(other?.score ?? 0).toBeLessThan(link);
  });

  it('links a name written short within one household, and decides nothing when two of its women fit it', () => {
    const namesakes = Array.from({ length: 40 }, (_, i) =>
      person(100 + i, { name: 'Siti Aminah', street: `Jl. Mawar No. ${i + 1}`, rt: null, rw: null }),
    );
    const [m] = linkerWith(SITI, ...namesakes).matchPerson(query({ name: 'Siti A.', ...HOME }));
    expect(m?.id).toBe(1);
    expect(m?.evidence[0]).toMatchObject({ field: 'name', weight: W.nameAbbrevHousehold });
    expect(m?.score).toBeGreaterThanOrEqual(link);
    // Outside her household the short name does not link: a namesake's street is not enough.
    const [far] = linkerWith(...namesakes).matchPerson(query({ name: 'Siti A.', street: 'Jl. Mawar No. 3' }));
    expect(far?.score ?? 0).toBeLessThan(link);
    // Her daughter Siti Aisyah of the same house fits "Siti A." as well: neither is linked, both reviewed.
    const daughter = person(2, { name: 'Siti Aisyah', ...HOME });
    const both = linkerWith(SITI, daughter).matchPerson(query({ name: 'Siti A.', ...HOME }));
    expect(decide(both, DEFAULT_LINKAGE_CONFIG.person)).toMatchObject({ link: null });
    expect(both.map((x) => x.id).sort()).toEqual([1, 2]);
  });

  it('weighs a name in old spelling or mistyped within one household as the same name there', () => {
    const sri = person(1, { name: 'Sri Wahyuni', ...HOME });
    // Both spellings common in the kelurahan: outside a household, neither tells much.
    const namesakes = Array.from({ length: 40 }, (_, i) =>
      person(100 + i, {
        name: i % 2 ? 'Sri Wahyuni' : 'Sri Wahjoeni',
        street: `Jl. Mawar No. ${i + 1}`,
        rt: null,
        rw: null,
      }),
    );
    const linker = linkerWith(sri, ...namesakes);
    const [old] = linker.matchPerson(query({ name: 'Hj. Sri Wahjoeni', ...HOME }));
    const [typo] = linker.matchPerson(query({ name: 'Sri Wahyni', ...HOME }));
    for (const m of [old, typo]) {
      expect(m?.id).toBe(1);
      expect(m?.score).toBeGreaterThanOrEqual(link);
    }
    expect(old?.evidence[0]).toMatchObject({ field: 'name', weight: W.nameSameHousehold });
    expect(typo?.evidence[0]?.weight).toBeGreaterThanOrEqual(W.nameAbbrevHousehold);
  });

  it('never proposes a pair marked distinct', () => {
    const linker = createLinker(DEFAULT_LINKAGE_CONFIG, { isDistinct: (_k, a, b) => a === 9 && b === 1 });
    linker.addPerson(SITI);
    expect(linker.matchPerson({ ...SITI, id: 9 })).toEqual([]);
    expect(linker.matchPerson({ ...SITI, id: 8 })[0]?.id).toBe(1);
  });

  it('marks down a person whose other record has another NIK', () => {
    const linker = linkerWith(SITI, person(1, { name: 'Siti Aminah', ...HOME }));
    const [m] = linker.matchPerson(query({ name: 'Siti Aminah', nik: nik('1990-08-17', 12), ...HOME }));
    expect(m?.evidence.some((e) => e.field === 'identity')).toBe(true);
    expect(m?.score ?? 0).toBeLessThan(link);
  });
});

const shop = (id: number, ownerId: number, b: Partial<BusinessRecord>): BusinessRecord => ({
  id,
  ownerId,
  name: '',
  kelurahanCode: KEL,
  street: HOME.street,
  rt: HOME.rt,
  rw: HOME.rw,
  products: null,
  kbliCode: null,
  permits: [],
  ...b,
});

describe('matchBusiness', () => {
  const bLink = DEFAULT_LINKAGE_CONFIG.business.link;
  const KRIPIK = shop(10, 1, { name: 'Keripik Tempe Bu Siti', products: 'keripik tempe', kbliCode: '10794' });
  const JAHIT = shop(11, 1, {
    name: 'Jahit Bu Siti',
    products: 'jahit kebaya, permak pakaian',
    kbliCode: '14120',
  });

  it("keeps one owner's two businesses at one address apart", () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(KRIPIK);
    linker.addBusiness(JAHIT);
    const kripik = linker.matchBusiness(
      shop(0, 1, { name: 'UD Kripik Tempe', products: 'keripik tempe pedas' }),
    );
    expect(kripik[0]).toMatchObject({ id: 10 });
    expect(kripik[0]?.score).toBeGreaterThanOrEqual(bLink);
    expect(kripik.find((m) => m.id === 11)).toBeUndefined();
    const jahit = linker.matchBusiness(
      shop(0, 1, { name: 'Jahitan Siti Aminah', products: 'permak pakaian' }),
    );
    expect(jahit[0]?.id).toBe(11);
  });

  it('compares one name as written when only one owner is named in it ("Abon Sapi Bu Ningsih")', () => {
    // Two offices wrote her name whole and short: one record of hers keeps "Ningsih" as her name.
    const whole = person(5, { name: 'Sumarni Ningsih', ...HOME });
    const short = person(6, { name: 'Sumarni', street: 'Jl. Semeru 46' });
    const linker = linkerWith(whole, short);
    linker.addBusiness(shop(50, 5, { name: 'Abon Sapi Bu Ningsih', products: 'abon sapi' }));
    const named = (ownerId: number, name: string) =>
      linker
        .matchBusiness(shop(0, ownerId, { name, products: 'abon sapi' }))
        .find((m) => m.id === 50)
        ?.evidence.find((e) => e.field === 'name');
    expect(named(6, 'Abon Sapi Bu Ningsih')).toMatchObject({ outcome: 'agree' });
    // Another woman's name in the same trade is still another business's name.
    expect(named(6, 'Abon Sapi Bu Yayuk')?.outcome).not.toBe('agree');
  });

  it('agrees on a name that is nothing but the owner\'s, the same in both ("Dapur Yulaikah")', () => {
    const linker = linkerWith(
      person(7, { name: 'Yulaikah', ...HOME }),
      person(8, { name: 'Yulaikah Pratiwi', street: 'Jl. Mertojoyo 123' }),
    );
    linker.addBusiness(shop(52, 7, { name: 'Dapur Yulaikah', products: 'bumbu pecel' }));
    const dapur = linker.matchBusiness(shop(0, 8, { name: 'Dapur Yulaikah' }));
    expect(dapur.find((m) => m.id === 52)?.evidence.find((e) => e.field === 'name')).toMatchObject({
      outcome: 'agree',
    });
  });

  it('reads her name mistyped in one business name as hers ("Hartini Kitchen" / "Hartni Kitchen")', () => {
    const linker = linkerWith(person(9, { name: 'Hartini Aminah', ...HOME }));
    // Common words around it: "Kitchen" alone says nothing of whose business it is.
    for (let i = 0; i < 12; i++)
      linker.addBusiness(shop(60 + i, 100 + i, { name: 'Kitchen', street: `Jl. Lain ${i}` }));
    linker.addBusiness(shop(53, 9, { name: 'Hartini Kitchen', products: 'jamu kunyit asam' }));
    const [m] = linker.matchBusiness(shop(0, 9, { name: 'UD. Hartni Kitchen' }));
    expect(m?.id).toBe(53);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.link);
  });

  it('does not read a name the names forgave as another product of a list without products', () => {
    const linker = linkerWith(person(10, { name: 'Slamet Salim', ...HOME }));
    linker.addBusiness(shop(54, 10, { name: 'Slamet Fodo', products: 'keripik tempe' }));
    const [m] = linker.matchBusiness(shop(0, 10, { name: 'Slamet Food' }));
    expect(m?.id).toBe(54);
    expect(m?.evidence.find((e) => e.field === 'products')?.outcome).toBe('missing');
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.link);
  });

  it('links her records of one name however common it is, unless their products differ', () => {
    const linker = linkerWith(SITI);
    // Many businesses called Berkah around the city: the name alone says nothing of whose.
    for (let i = 0; i < 30; i++)
      linker.addBusiness(
        shop(100 + i, 200 + i, { name: `UD Berkah ${i % 2 ? 'Jaya' : ''}`, street: `Jl. Mawar ${i}` }),
      );
    linker.addBusiness(shop(30, 1, { name: 'CV Berkah', products: 'manisan salak' }));
    linker.addBusiness(shop(31, 1, { name: 'Dapur Siti', products: 'susu kedelai' }));
    const best = (b: Partial<BusinessRecord>) => linker.matchBusiness(shop(0, 1, b))[0];
    // An office listing no products: her business of that name.
    expect(best({ name: 'Berkah' })).toMatchObject({ id: 30 });
    expect(best({ name: 'Berkah' })?.score).toBeGreaterThanOrEqual(bLink);
    expect(best({ name: 'Dapur Siti' })).toMatchObject({ id: 31 });
    expect(best({ name: 'Dapur Siti' })?.score).toBeGreaterThanOrEqual(bLink);
    // The same words mistyped (Pisag / Pisang), after IRT, are the same name, common as they are.
    for (let i = 0; i < 30; i++)
      linker.addBusiness(
        shop(140 + i, 240 + i, {
          name: i % 2 ? 'Keripik Pisang' : 'Keripik Pisag',
          street: `Jl. Melati ${i}`,
        }),
      );
    linker.addBusiness(shop(32, 1, { name: 'Keripik Pisang Bu Siti', products: 'keripik pisang' }));
    expect(best({ name: 'IRT Keripik Pisag Bu Siti' })).toMatchObject({ id: 32 });
    expect(best({ name: 'IRT Keripik Pisag Bu Siti' })?.score).toBeGreaterThanOrEqual(bLink);
    // Other products under the same name: to review, not linked.
    expect(best({ name: 'CV Berkah', products: 'jahit kebaya' })?.score ?? 0).toBeLessThan(bLink);
  });

  it('weighs her own brand on two records as her brand, however rare it is in the city', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(40, 1, { name: 'Sekar Arum', products: 'kastengel, nastar', files: [3] }));
    const best = (b: Partial<BusinessRecord>) =>
      linker.matchBusiness(shop(0, 1, { name: 'Sekar Arum', ...b })).find((m) => m.id === 40);
    expect(best({ products: 'nastar', files: [4] })?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(best({ files: [4] })?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // Her sewing under the same brand: another of her businesses, to review at most.
    const sewing = best({ products: 'seragam sekolah', files: [4] });
    expect(sewing?.evidence.find((e) => e.field === 'name')?.weight).toBe(W.businessNameSameOwnerMax);
    expect(sewing?.score ?? 0).toBeLessThan(bLink);
    // Listed in the same file as her cookies: the office lists a business once, so twice is two.
    const sameFile = best({ products: 'seragam sekolah', files: [3] });
    expect(sameFile?.evidence.some((e) => e.field === 'file')).toBe(true);
    expect(best({ products: 'nastar', files: [3] })?.evidence.some((e) => e.field === 'file')).toBe(false);
  });

  it('takes her two rows of one list, not a P-IRT register, as two businesses unless named or making alike', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(44, 1, { name: 'Rini Jaya', products: 'roti & bolu', files: [3] }));
    const best = (b: Partial<BusinessRecord>) => linker.matchBusiness(shop(0, 1, b)).find((m) => m.id === 44);
    const row = { name: 'Makanan Olahan', products: 'Makanan Olahan' };
    expect(best({ ...row, files: [3] })?.evidence.some((e) => e.field === 'file')).toBe(true);
    expect(best({ ...row, files: [3] })?.score ?? 0).toBeLessThan(bLink);
    // In another office's list, or the same products again, nothing counts against it.
    expect(best({ ...row, files: [4] })?.evidence.some((e) => e.field === 'file')).toBe(false);
    expect(
      best({ name: 'Rini Jaya', products: 'roti', files: [3] })?.evidence.some((e) => e.field === 'file'),
    ).toBe(false);
  });

  it('follows a business that moved with its owner under its name, and no other name at her new address', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(43, 1, { name: 'Sekar Arum', products: 'kopi arabika bubuk' }));
    const elsewhere = {
      kelurahanCode: '35.73.04.1009',
      street: 'Jl. S. Supriadi No. 88',
      rt: '003',
      rw: '009',
    };
    const best = (b: Partial<BusinessRecord>) =>
      linker.matchBusiness(shop(0, 1, { ...elsewhere, ...b })).find((m) => m.id === 43);
    const moved = best({ name: 'Sekar Arum', products: 'kopi bubuk' });
    expect(moved?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(moved?.evidence.find((e) => e.field === 'kelurahan')).toMatchObject({
      outcome: 'disagree',
      weight: 0,
    });
    // Without its name, the other address still says another business of hers.
    expect(best({ name: '', products: 'kopi bubuk' })?.score ?? 0).toBeLessThan(bLink);
    // Her brand on other products there: to review at most.
    expect(best({ name: 'Sekar Arum', products: 'seragam sekolah' })?.score ?? 0).toBeLessThan(bLink);
  });

  it('reads a trade a bank names as the business of hers that is in it, but not two of one list', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(41, 1, { name: 'Sri Rejeki', products: 'rengginang original', files: [3] }));
    linker.addBusiness(shop(42, 1, { name: 'Jahit Bu Siti', products: 'permak pakaian', files: [3] }));
    const [bank] = linker.matchBusiness(shop(0, 1, { name: 'kerupuk', products: 'kerupuk', files: [5] }));
    expect(bank).toMatchObject({ id: 41 });
    expect(bank?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // A kelurahan list with her "Rengginang" and her "Kerupuk" on two rows: two businesses.
    linker.addBusiness(shop(41, 1, { name: 'Rengginang', products: 'Rengginang', files: [6] }));
    const listed = linker
      .matchBusiness(shop(0, 1, { name: 'Kerupuk', products: 'Kerupuk', files: [6] }))
      .find((m) => m.id === 41);
    expect(listed?.evidence.some((e) => e.field === 'file')).toBe(true);
    expect(listed?.score ?? 0).toBeLessThan(bLink);
    // Her tailoring and her screen printing on two rows of one survey, under one name: two businesses.
    linker.addBusiness(shop(43, 1, { name: 'Sumber Rejeki', products: 'permak pakaian', files: [7] }));
    const sablon = (files: number[], permits: string[] = []) =>
      linker
        .matchBusiness(shop(0, 1, { name: 'Sumber Rejeki', products: 'sablon kaos', files, permits }))
        .find((m) => m.id === 43);
    expect(sablon([7])?.evidence.some((e) => e.field === 'file')).toBe(true);
    expect(sablon([8])?.evidence.some((e) => e.field === 'file')).toBe(false);
  });

  it('counts against a pair two rows of one file list under other brand names, and only then', () => {
    const linker = linkerWith(SITI);
    const uniforms = { products: 'seragam sekolah, jahit kebaya', kbliCode: '14120' };
    linker.addBusiness(shop(20, 1, { name: 'Jahit Barokah', ...uniforms, files: [7] }));
    const scoreOf = (b: Partial<BusinessRecord>) => {
      const m = linker.matchBusiness(shop(0, 1, { ...uniforms, ...b })).find((x) => x.id === 20);
      return { score: m?.score ?? 0, file: m?.evidence.some((e) => e.field === 'file') ?? false };
    };
    const sameFile = scoreOf({ name: 'UD Makmur', files: [7] });
    const otherFile = scoreOf({ name: 'UD Makmur', files: [8] });
    expect(sameFile.file).toBe(true);
    expect(otherFile.file).toBe(false);
    // A record made of rows of several files shares any of them (a full re-linkage).
    expect(scoreOf({ name: 'UD Makmur', files: [3, 7] }).file).toBe(true);
    expect(otherFile.score - sameFile.score).toBe(4);
    // The same name misspelt, or a name that only names the products, may be the same business re-listed.
    expect(scoreOf({ name: 'Jahit Barokh', files: [3, 7] }).file).toBe(false);
    expect(scoreOf({ name: 'Seragam Sekolah', files: [7] }).file).toBe(false);
    // A register's row without a name, its product standing in, is no other name for a brand of that file.
    linker.addBusiness(
      shop(23, 1, {
        name: 'Keripik Tempe Jodipan',
        products: 'keripik tempe daun jeruk',
        files: [9],
        permits: ['PIRT:2063573010005-28'],
      }),
    );
    const standIn = linker
      .matchBusiness(
        shop(0, 1, {
          name: 'Keripik Tempe Balado',
          products: 'Keripik Tempe Balado',
          files: [9],
          permits: ['PIRT:2063573020005-28'],
        }),
      )
      .find((x) => x.id === 23);
    expect(standIn?.evidence.some((e) => e.field === 'file')).toBe(false);
    // Names that only share a word: two businesses when they make other things, one re-listed when the same.
    expect(scoreOf({ name: 'Barokah Bordir', products: 'bordir kebaya', files: [7] }).file).toBe(true);
    expect(scoreOf({ name: 'Jahit Barokah Jaya', files: [7] }).file).toBe(false);
    // A name after its owner and one of another kind, sharing a product word: two of her businesses.
    const kerupuk = { products: 'kerupuk bawang, rengginang', kbliCode: '10794' };
    linker.addBusiness(shop(21, 1, { name: 'Kerupuk Bunulrejo Berkah', ...kerupuk, files: [7] }));
    const owned = (files: number[]) =>
      linker
        .matchBusiness(shop(0, 1, { name: 'Kerupuk Bu Siti', products: 'rengginang', files }))
        .find((x) => x.id === 21)
        ?.evidence.some((e) => e.field === 'file');
    expect(owned([7])).toBe(true);
    expect(owned([8])).toBe(false);
  });

  it('counts against a business two rows of one file list under two people of one house, but not in a register', () => {
    // Her husband: two women of one house weigh their shared address less still (below).
    const budi = person(2, {
      name: 'Budi Cahyono',
      nik: nik('1988-05-23', 26, 'L'),
      birthDate: '1988-05-23',
      ...HOME,
    });
    const linker = linkerWith(SITI, budi);
    linker.addBusiness(shop(24, 1, { name: 'Kopi Bubuk', products: 'kopi bubuk', files: [7] }));
    const hers = (files: number[], permits: string[] = []) =>
      linker
        .matchBusiness(shop(0, 2, { name: 'Kopi bubuk', products: 'Kopi bubuk', files, permits }))
        .find((x) => x.id === 24);
    const sameFile = hers([7]);
    expect(sameFile?.evidence.find((e) => e.field === 'file')?.note).toMatch(/pemilik berbeda/);
    expect((hers([8])?.score ?? 0) - (sameFile?.score ?? 0)).toBe(-W.sameFileOtherName);
    // A P-IRT register lists a row per product, and a housemate may file some of them.
    linker.addBusiness(
      shop(25, 1, {
        name: 'Barokah',
        products: 'kerupuk puli',
        files: [9],
        permits: ['PIRT:2063573010005-28'],
      }),
    );
    const register = linker
      .matchBusiness(
        shop(0, 2, {
          name: 'Barokah',
          products: 'kerupuk bawang',
          files: [9],
          permits: ['PIRT:2063573010013-28'],
        }),
      )
      .find((x) => x.id === 25);
    expect(register?.evidence.some((e) => e.field === 'file')).toBe(false);
  });

  it('knows a business is in a file from any of its rows, not only the one it is compared with', () => {
    const linker = linkerWith(SITI);
    const keripik = { products: 'keripik singkong', kbliCode: '10794' };
    linker.addBusiness(shop(22, 1, { name: 'Keripik Singkong Melati', ...keripik, files: [3] }));
    // A row of file 7 linked to it: the record is now listed in file 7 as "Melati".
    linker.addBusiness(shop(22, 1, { name: 'CV Keripik Singkong Melati', ...keripik, files: [7] }));
    const [m] = linker.matchBusiness(shop(0, 1, { name: 'UD Nusantara', ...keripik, files: [7] }));
    expect(m?.id).toBe(22);
    expect(m?.evidence.some((e) => e.field === 'file')).toBe(true);
    expect(m?.score ?? 0).toBeLessThan(bLink);
  });

  it("does not push an owner's new business onto her first one", () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(KRIPIK);
    const [m] = linker.matchBusiness(
      shop(0, 1, { name: 'Kue Basah Bu Siti', products: 'lemper, klepon', kbliCode: '10792' }),
    );
    expect(m?.score ?? 0).toBeLessThan(bLink);
  });

  it('reads a row naming no business, with other products, as her other business: not even to review', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(KRIPIK);
    const unnamed = (b: Partial<BusinessRecord>) =>
      linker.matchBusiness(shop(0, 1, { name: '', kbliCode: '10792', ...b })).find((m) => m.id === 10);
    // Owner, place and one KBLI group alone would reach the review zone.
    expect(unnamed({ products: 'lemper, klepon' })).toBeUndefined();
    expect(unnamed({ products: 'lemper, keripik tempe' })?.score ?? 0).toBeGreaterThanOrEqual(
      DEFAULT_LINKAGE_CONFIG.business.review,
    );
    // Her P-IRT certificate names the business whatever the products listed.
    linker.addBusiness({ ...KRIPIK, id: 13, permits: ['PIRT:2063573010005-28'] });
    const permitted = linker
      .matchBusiness(shop(0, 1, { name: '', products: 'lemper', permits: ['PIRT:2063573010005-28'] }))
      .find((m) => m.id === 13);
    expect(permitted?.evidence.some((e) => e.note.startsWith('Tanpa nama usaha'))).toBe(false);
  });

  it('links what one producer makes alike under no other brand: a P-IRT register lists a row per product', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(
      shop(12, 1, {
        name: 'Bakpia Bu Siti',
        products: 'bakpia ubi ungu',
        permits: ['PIRT:2063573010005-28'],
      }),
    );
    const row = (permits: string[]) => shop(0, 1, { name: 'Bu Siti', products: 'bakpia coklat', permits });
    const [m] = linker.matchBusiness(row(['PIRT:2063573020005-28']));
    expect(m?.id).toBe(12);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // Without her producer's certificate, beside another business of hers making something else, what it
    // makes says which of hers it is; beside a second one making bakpia, it is left to review.
    linker.addBusiness(JAHIT);
    const [plain] = linker.matchBusiness(row([]));
    expect(plain?.id).toBe(12);
    expect(plain?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(
      plain?.evidence.some((e) => e.note.startsWith('Satu-satunya usaha pemilik ini yang membuat')),
    ).toBe(true);
    linker.addBusiness(shop(14, 1, { name: 'Pia Rasa', products: 'bakpia kacang hijau' }));
    const [two] = linker.matchBusiness(row([]));
    expect(two?.score ?? 0).toBeLessThan(bLink);
  });

  it("reads a P-IRT register's row under the business's own name as one more of its products", () => {
    const linker = linkerWith(SITI);
    // Her bakery as a survey lists it, and the register's row of its bagelen; then the register's stik keju.
    linker.addBusiness(shop(20, 1, { name: 'Roti Bu Siti', products: 'roti, bakery', files: [1] }));
    const bagelen = { name: 'Bagelen', products: 'bagelen', permits: ['PIRT:209357801378728'], files: [2] };
    linker.addBusiness(shop(20, 1, bagelen));
    const stik = {
      name: 'Roti Bu Siti',
      products: 'Stik Keju',
      permits: ['PIRT:209357802378730'],
      files: [2],
    };
    const [m] = linker.matchBusiness(shop(0, 1, stik));
    expect(m?.id).toBe(20);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // Under another name, the register's row of other products is her other business.
    const [other] = linker.matchBusiness(shop(0, 1, { ...stik, name: 'Snack Melati' }));
    expect(other?.score ?? 0).toBeLessThan(bLink);
    // A survey's second row under the name, beside the register's rows of it, is her other business.
    const survey = linkerWith(SITI);
    const peyek = {
      name: 'Barokah',
      products: 'peyek kacang',
      permits: ['PIRT:206357301233027'],
      files: [3],
    };
    survey.addBusiness(shop(21, 1, peyek));
    survey.addBusiness(shop(21, 1, { name: 'Barokah', products: 'peyek kacang, peyek udang', files: [4] }));
    const [tempe] = survey.matchBusiness(
      shop(0, 1, { name: 'Barokah', products: 'keripik tempe', files: [4] }),
    );
    expect(tempe?.score ?? 0).toBeLessThan(bLink);
  });

  it('links a row that names no business to the one business its owner has, making the same', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(12, 1, { name: 'Sanan Jaya', products: 'keripik tempe, keripik tempe pedas' }));
    // A bank's row: no name of its own ("Usaha Bu Siti"), one of her products.
    const bank = shop(0, 1, { name: 'Usaha Bu Siti', products: 'keripik tempe' });
    const [m] = linker.matchBusiness(bank);
    expect(m?.id).toBe(12);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(m?.evidence.find((e) => e.weight === W.onlyBusiness)).toMatchObject({ field: 'owner' });
    // The registry's one business without a name, the row under a brand: the same.
    const unnamed = linkerWith(SITI);
    unnamed.addBusiness(shop(12, 1, { name: '', products: 'katering' }));
    const [n] = unnamed.matchBusiness(shop(0, 1, { name: 'Family Snack', products: 'katering, nasi kotak' }));
    expect(n?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // A social office's list that gives her trade for a name ("Pengrajin Gerabah"): no brand either, so the
    // row under one, making the same at another house number, is that business.
    const trade = linkerWith(SITI);
    const craft = { name: 'PENGRAJIN GERABAH', products: 'PENGRAJIN GERABAH', street: 'Jl. Kenanga No. 41' };
    trade.addBusiness(shop(12, 1, craft));
    const [g] = trade.matchBusiness(
      shop(0, 1, { name: 'Sakinah', products: 'Gerabah', street: 'Jl. Kenanga 118' }),
    );
    expect(g?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(g?.evidence.find((e) => e.weight === W.onlyBusiness)).toMatchObject({ field: 'owner' });
    // A list that names her and no business nor product (a cooperative office's "Usaha Siti Aminah"): it may
    // as well be a business of hers not listed yet.
    const [bare] = linker.matchBusiness(shop(0, 1, { name: 'Usaha Siti Aminah', products: null }));
    expect(bare?.id).toBe(12);
    expect(bare?.score ?? 0).toBeLessThan(bLink);
    // A form's category ("Makanan & Minuman") is the trade, not what she makes, and one word shared
    // ("keripik singkong") may be her other business: left to review.
    for (const products of ['Makanan & Minuman', 'keripik singkong']) {
      const [c] = linker.matchBusiness(shop(0, 1, { name: 'Usaha Bu Siti', products }));
      expect(c?.id).toBe(12);
      expect(c?.score ?? 0).toBeLessThan(bLink);
    }
    // Nor does a row under a brand beside hers when a version of hers bears a brand ("Sanan Jaya").
    const [named] = linker.matchBusiness(shop(0, 1, { name: 'Rasa Ibu', products: 'keripik tempe' }));
    expect(named?.evidence.some((e) => e.weight === W.onlyBusiness)).toBe(false);
    // With a second business of hers making something else, the row's products still say which is hers.
    linker.addBusiness(JAHIT);
    const [two] = linker.matchBusiness(bank);
    expect(two?.id).toBe(12);
    expect(two?.score).toBe(m?.score);
    // "Frozen Food" only says what it sells: no brand, so of her frozen food and her tailoring it is the first.
    const frozen = linkerWith(SITI);
    frozen.addBusiness(shop(15, 1, { name: 'Devi Snack', products: 'frozen food, dimsum' }));
    frozen.addBusiness(JAHIT);
    const [f] = frozen.matchBusiness(shop(0, 1, { name: 'Frozen Food', products: 'frozen food' }));
    expect(f?.id).toBe(15);
    expect(f?.evidence.some((e) => e.note.startsWith('Satu-satunya usaha pemilik ini yang membuat'))).toBe(
      true,
    );
    // With a second one making keripik tempe too, owner and place count only to their cap again.
    linker.addBusiness(shop(13, 1, { name: 'Tempe Mekar', products: 'keripik tempe sagu' }));
    const three = linker.matchBusiness(bank);
    expect(three.map((x) => x.id).sort()).toEqual([12, 13]);
    expect(three.every((x) => !x.evidence.some((e) => e.weight === W.onlyBusiness))).toBe(true);
    expect(decide(three, DEFAULT_LINKAGE_CONFIG.business).link).toBeNull();
  });

  it('links a row that gives only a sector to the one business its owner has, of that sector', () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(shop(12, 1, { name: 'Dapur Bu Siti', products: 'bakpia keju', sector: 'pangan' }));
    // A cooperative office's row: no name, no products, "Bidang usaha: MAKANAN OLAHAN".
    const row = (sector: string | null) => shop(0, 1, { name: '', products: null, sector });
    const [m] = linker.matchBusiness(row('pangan'));
    expect(m?.id).toBe(12);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(m?.evidence.some((e) => e.note.includes('bidang usahanya sama'))).toBe(true);
    // Another sector, or none, may be a business of hers not listed yet: left to review.
    for (const sector of ['sandang', 'lainnya', null]) {
      const [o] = linker.matchBusiness(row(sector));
      expect(o?.id).toBe(12);
      expect(o?.score ?? 0).toBeLessThan(bLink);
    }
    // Her house's name ("Griya Bu Siti") says no more than her name: the same; beside her business under
    // another house's name ("Dapur Bu Siti"), maybe another business of hers.
    const house = (l: typeof linker) =>
      l.matchBusiness(shop(0, 1, { name: 'Griya Bu Siti', sector: 'pangan' }))[0]?.score ?? 0;
    expect(house(linker)).toBeLessThan(bLink);
    const plain = linkerWith(SITI);
    plain.addBusiness(shop(12, 1, { name: 'Bakpia Keju', products: 'bakpia keju', sector: 'pangan' }));
    expect(house(plain)).toBeGreaterThanOrEqual(bLink);
    // The registry's record known by its sector alone, the row naming her business: the same.
    const known = linkerWith(SITI);
    known.addBusiness(shop(12, 1, { name: 'Usaha Siti Aminah', products: null, sector: 'pangan' }));
    const [k] = known.matchBusiness(
      shop(0, 1, { name: 'Pawon Bu Siti', products: 'bakpia', sector: 'pangan' }),
    );
    expect(k?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // With a second business of hers, the sector says nothing of which one.
    linker.addBusiness(shop(13, 1, { name: 'Jahit Bu Siti', products: 'gamis', sector: 'sandang' }));
    expect(linker.matchBusiness(row('pangan')).every((x) => x.score < bLink)).toBe(true);
  });

  it("weighs an owner's other P-IRT of the same producer, and one KBLI, as her address: within the cap", () => {
    const linker = linkerWith(SITI);
    linker.addBusiness(
      shop(12, 1, { name: 'Dapur Lestari', products: 'keripik tempe', permits: ['PIRT:2063573010005-28'] }),
    );
    // Another brand of the same product at her address, with her other certificate: a pair to review.
    const [m] = linker.matchBusiness(
      shop(0, 1, { name: 'Sumber Rejeki', products: 'keripik tempe', permits: ['PIRT:2113573020005-28'] }),
    );
    expect(m?.evidence.find((e) => e.field === 'pirt')).toMatchObject({ outcome: 'partial' });
    expect(m?.score ?? 0).toBeLessThan(bLink);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.review);
    const coded = linkerWith(SITI);
    coded.addBusiness(shop(12, 1, { name: 'Dapur Lestari', products: 'keripik tempe', kbliCode: '10794' }));
    const [k] = coded.matchBusiness(
      shop(0, 1, { name: 'Sumber Rejeki', products: 'keripik tempe', kbliCode: '10794' }),
    );
    expect(k?.evidence.find((e) => e.field === 'kbli')).toMatchObject({ outcome: 'agree' });
    expect(k?.score ?? 0).toBeLessThan(bLink);
  });

  it('finds the business of a husband named on the P-IRT: another person, one household', () => {
    const husband = person(2, { name: 'Bambang Santoso', gender: 'L', ...HOME, phone: null });
    const linker = linkerWith(SITI);
    expect(linker.matchPerson(husband)[0]?.score ?? 0).toBeLessThan(review);
    linker.addPerson(husband);
    linker.addBusiness({ ...KRIPIK, permits: ['PIRT:2063573010005-28'] });
    const [m] = linker.matchBusiness(
      shop(0, 2, { name: 'Kripik Tempe', products: 'keripik tempe', permits: ['PIRT:2063573010005-28'] }),
    );
    expect(m?.id).toBe(10);
    expect(m?.evidence.find((e) => e.field === 'owner')).toMatchObject({ outcome: 'partial' });
    expect(m?.score).toBeGreaterThanOrEqual(bLink);
  });

  it("keeps apart two women's businesses at one address, each named after its owner", () => {
    const daughter = person(3, { name: 'Dewi Lestari', ...HOME, phone: null });
    const linker = linkerWith(SITI, daughter);
    linker.addBusiness(shop(30, 1, { name: 'Sambal Bu Siti', products: 'sambal pecel' }));
    const scoreOf = (ownerId: number, name: string) =>
      linker.matchBusiness(shop(0, ownerId, { name, products: 'sambal pecel' })).find((m) => m.id === 30);
    // Not even proposed for review (matchBusiness leaves out what scores below it).
    expect(scoreOf(3, 'Sambal Dewi')).toBeUndefined();
    // Her own business under her full name is not concerned; a row of the daughter naming no one goes to
    // review (her name says a woman: each woman of a house often has her own).
    expect(scoreOf(1, 'Sambal Siti Aminah')?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(scoreOf(3, 'Sambal')?.score ?? 0).toBeLessThan(bLink);
    expect(scoreOf(3, 'Sambal')?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.review);
  });

  it('keeps a daughter named after her mother, born a generation later, to her own business', () => {
    const mother = person(1, { ...SITI, name: 'Sri Utami Rahayu', birthDate: '1967-11-29' });
    const daughter = person(3, { name: 'Sri Utami Rahayu Fitriani', birthDate: '1999-10-18', ...HOME });
    const linker = linkerWith(mother, daughter);
    linker.addBusiness(shop(32, 1, { name: 'Kenanga Rasa', products: 'rempeyek kacang' }));
    const [hers] = linker.matchBusiness(shop(0, 3, { name: 'Pawon Riani', products: 'rempeyek kacang' }));
    expect(hers?.score ?? 0).toBeLessThan(bLink);
    expect(hers?.evidence.find((e) => e.field === 'owner')?.note).toMatch(/keduanya perempuan/);
    // Born in one year, her name written whole and short may be one woman: the household's cap.
    const sameYear = linkerWith(mother, { ...daughter, birthDate: '1967-03-02' });
    sameYear.addBusiness(shop(32, 1, { name: 'Kenanga Rasa', products: 'rempeyek kacang' }));
    const [one] = sameYear.matchBusiness(shop(0, 3, { name: 'Pawon Riani', products: 'rempeyek kacang' }));
    expect(one?.evidence.find((e) => e.field === 'owner')?.note).not.toMatch(/keduanya perempuan/);
  });

  it("leaves a woman's row of her mother's trade to review: each woman of a house often has her own", () => {
    const daughter = person(3, { name: 'Dewi Lestari', gender: 'P', ...HOME, phone: null });
    const husband = person(2, { name: 'Bambang Santoso', gender: 'L', ...HOME, phone: null });
    const linker = linkerWith(SITI, daughter, husband);
    linker.addBusiness(shop(31, 1, { name: 'Kue Bu Siti', products: 'kue basah, kue lapis' }));
    const scoreOf = (ownerId: number) =>
      linker.matchBusiness(shop(0, ownerId, { name: '', products: 'kue basah' })).find((m) => m.id === 31);
    const hers = scoreOf(3);
    expect(hers?.score ?? 0).toBeLessThan(bLink);
    expect(hers?.score ?? 0).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.review);
    expect(hers?.evidence.find((e) => e.field === 'owner')?.note).toMatch(/keduanya perempuan/);
    // Without a gender column or NIK, a woman's name says she is one.
    const noGender = person(4, { name: 'Suwarni', ...HOME, phone: null });
    const other = linkerWith({ ...SITI, gender: null }, noGender);
    other.addBusiness(shop(31, 1, { name: 'Kue Bu Siti', products: 'kue basah, kue lapis' }));
    const [byName] = other.matchBusiness(shop(0, 4, { name: '', products: 'kue basah' }));
    expect(byName?.evidence.find((e) => e.field === 'owner')?.note).toMatch(/keduanya perempuan/);
    // A husband filing his wife's products is the household's other case: it still links.
    expect(scoreOf(2)?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    // Her mother's own row does.
    expect(scoreOf(1)?.score ?? 0).toBeGreaterThanOrEqual(bLink);
  });

  it("takes one NIB as one business actor's: her business under another name, not her other business", () => {
    const nib = 'NIB:9120001234567';
    const linker = linkerWith(SITI);
    linker.addBusiness({ ...KRIPIK, permits: [nib] });
    // The same business under the name another office writes: the NIB weighs beside her context.
    const [same] = linker.matchBusiness(
      shop(0, 1, { name: 'UD Sumber Rasa', products: 'keripik tempe', permits: [nib] }),
    );
    expect(same?.id).toBe(10);
    expect(same?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(same?.evidence.find((e) => e.field === 'nib')).toMatchObject({ outcome: 'partial' });
    // Her sewing under the same NIB (OSS-RBA gives one per person): not her chips.
    const [other] = linker.matchBusiness(
      shop(0, 1, { name: 'Jahit Siti', products: 'jahit', permits: [nib] }),
    );
    expect(other?.score ?? 0).toBeLessThan(bLink);
  });

  it('takes one name after her as her business when her person match is in review', () => {
    const kel = '35.73.03.1003';
    const linker = linkerWith(
      person(1, { name: 'Sri Rukayah', kelurahanCode: kel, street: 'Jl. MT Haryono 51B' }),
    );
    linker.addBusiness(
      shop(10, 1, { name: 'UD. Kripik Bu Kayah', products: 'Kripik Tempe', kelurahanCode: kel }),
    );
    linker.addPerson(person(5, { name: 'Sri Rukayah', kelurahanCode: kel, phone: '+6287885375472' }));
    // A name that only says what she makes, after "Bu Kayah" in both: hers, whichever record she turns out to be.
    const query = shop(0, 5, { name: 'Kripik Bu Kayah', products: 'Keripik Tempe', kelurahanCode: kel });
    const [m] = linker.matchBusiness(query, { reviewOwners: [1] });
    expect(m?.id).toBe(10);
    expect(m?.score ?? 0).toBeGreaterThanOrEqual(bLink);
    expect(m?.evidence.find((e) => e.field === 'name')).toMatchObject({
      outcome: 'agree',
      note: 'Nama usaha sama, memuat nama pemilik yang sama',
    });
  });

  it("keeps apart an OSS export's two rows of one NIB: two activities (KBLI), names alike, no products", () => {
    const nib = 'NIB:0640543391220';
    const oss = (id: number, name: string, kbliCode: string, street: string) =>
      shop(id, 1, { name, kbliCode, street, permits: [nib], products: null, files: [7] });
    const linker = linkerWith(SITI);
    linker.addBusiness(oss(20, 'CV Dapur Kayah', '10750', 'Jl. Simpang Sulfat No. 93'));
    const [m] = linker.matchBusiness(oss(0, 'Pawon Kayah', '10794', 'Jalan Simpang Sulfat Nomor 93'));
    expect(m?.score ?? 0).toBeLessThan(bLink);
    // Names' words are no products of their own: weighed once, with the names.
    expect(m?.evidence.find((e) => e.field === 'products')?.outcome).not.toBe('agree');
    expect(m?.evidence.find((e) => e.field === 'file')?.outcome).toBe('disagree');
  });
});
