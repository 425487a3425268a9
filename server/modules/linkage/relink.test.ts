import { describe, expect, it } from 'vitest';
import type { BusinessRecord, PersonRecord } from './linkage.types.ts';
import { relinkAll } from './relink.ts';
import { DEFAULT_LINKAGE_CONFIG } from './weights.ts';

const KEL = '35.73.03.1004';
const HOME = {
  kelurahanCode: KEL,
  street: 'Jl. Mawar Gg. 2 No. 7',
  rt: '004',
  rw: '002',
  phone: '+6285712345678',
};
const person = (id: number, p: Partial<PersonRecord>): PersonRecord => ({
  id,
  nik: null,
  name: '',
  gender: null,
  birthDate: null,
  ...HOME,
  ...p,
});
const shop = (id: number, ownerId: number, b: Partial<BusinessRecord>): BusinessRecord => ({
  id,
  ownerId,
  name: '',
  products: null,
  kbliCode: null,
  permits: [],
  kelurahanCode: KEL,
  street: HOME.street,
  rt: HOME.rt,
  rw: HOME.rw,
  ...b,
});

const MOTHER = person(1, { name: 'Ernawati Sumarsih', nik: '3573034512650003', birthDate: '1965-12-05' });
const DAUGHTER = person(2, { name: 'Ernawati Sumarsih', nik: '3573035708950004', birthDate: '1995-08-17' });
const UNSURE = person(3, { name: 'Ernawati Sumarsih' });

describe('relinkAll', () => {
  it('reports each pair once, merges above link and queues the rest', () => {
    const people = [
      person(1, { name: 'Sulastri', nik: '3573034512650003' }),
      person(2, { name: 'Hj. Sulastri', nik: '3573034512650003' }),
      person(3, { name: 'Sulastri', phone: null, street: 'Jl. Mawar', rt: null, rw: null }),
      person(4, { name: 'Sri Wahyuni', kelurahanCode: '35.73.05.1001', phone: null, street: null }),
    ];
    const { link, review } = DEFAULT_LINKAGE_CONFIG.person;
    const out = relinkAll(DEFAULT_LINKAGE_CONFIG, people, []);
    expect(out.merge).toContainEqual({ kind: 'person', a: 1, b: 2, score: expect.any(Number) });
    const pairs = [...out.merge, ...out.review].map((p) => `${p.a}-${p.b}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.some((p) => p.includes('4'))).toBe(false);
    for (const p of out.merge) expect(p.score).toBeGreaterThanOrEqual(link);
    for (const p of out.review) {
      expect(p.score).toBeLessThan(link);
      expect(p.evidence.length).toBeGreaterThan(0);
    }
    expect(out.review.every((p) => p.score >= review || p.evidence.some((e) => e.field === 'identity'))).toBe(
      true,
    );
  });

  it('stops a chain at a contradiction: a record without NIK cannot join mother and daughter', () => {
    const out = relinkAll(DEFAULT_LINKAGE_CONFIG, [MOTHER, DAUGHTER, UNSURE], []);
    const merged = out.merge.map((p) => `${p.a}-${p.b}`);
    expect(merged).toHaveLength(1);
    expect(['1-3', '2-3']).toContain(merged[0]);
    const blocked = out.review.find((p) => p.b === 3);
    expect(blocked?.evidence.at(-1)).toMatchObject({ field: 'identity', outcome: 'disagree' });
  });

  it('leaves pairs marked distinct alone', () => {
    const twin = person(2, { name: 'Sulastri' });
    const out = relinkAll(DEFAULT_LINKAGE_CONFIG, [person(1, { name: 'Sulastri' }), twin], [], {
      isDistinct: (kind, a, b) => kind === 'person' && a + b === 3,
    });
    expect(out).toMatchObject({ merge: [], review: [] });
    // Asked about the pair, it still weighs it: an open pair of the queue is scored again this way.
    expect(out.pair('person', 1, 2)?.score).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.person.link);
    expect(out.pair('person', 1, 99)).toBeNull();
  });

  it('weighs a pair it asks about as its search does, a contradiction counted in', () => {
    const out = relinkAll(DEFAULT_LINKAGE_CONFIG, [MOTHER, DAUGHTER, UNSURE], []);
    const chained = out.pair('person', 1, 2);
    expect(chained?.evidence.at(-1)).toMatchObject({ field: 'identity', outcome: 'disagree' });
    expect(chained?.score).toBeLessThan(DEFAULT_LINKAGE_CONFIG.person.review);
  });

  it("gives the businesses of merged people one owner, and keeps an owner's two businesses apart", () => {
    const people = [
      person(1, { name: 'Sulastri', nik: '3573034512650003' }),
      person(2, { name: 'Sulastri', nik: '3573034512650003' }),
    ];
    const businesses = [
      shop(10, 1, { name: 'Roti Bu Sulastri', products: 'roti manis, roti tawar' }),
      shop(11, 2, { name: 'UD Sumber Rejeki', products: 'roti tawar, roti manis' }),
      shop(12, 2, { name: 'Jahit Bu Sulastri', products: 'jahit kebaya' }),
    ];
    const out = relinkAll(DEFAULT_LINKAGE_CONFIG, people, businesses);
    const merged = out.merge.filter((p) => p.kind === 'business').map((p) => `${p.a}-${p.b}`);
    expect(merged).toEqual(['10-11']);
  });

  it('counts against two businesses one file lists under other brand names, as an import does', () => {
    const people = [person(1, { name: 'Sulastri', nik: '3573034512650003' })];
    const uniforms = { products: 'seragam sekolah, jahit kebaya', kbliCode: '14120' };
    const pair = (files: [number[], number[]]) => {
      const out = relinkAll(DEFAULT_LINKAGE_CONFIG, people, [
        shop(20, 1, { name: 'Jahit Barokah', ...uniforms, files: files[0] }),
        shop(21, 1, { name: 'UD Makmur', ...uniforms, files: files[1] }),
      ]);
      return out;
    };
    const apart = pair([[3], [4]]).review.find((p) => p.kind === 'business');
    const together = pair([[3, 7], [7]]).review.find((p) => p.kind === 'business');
    expect(apart?.score).toBeGreaterThanOrEqual(DEFAULT_LINKAGE_CONFIG.business.review);
    expect(together?.score).toBe((apart?.score ?? 0) - 4);
    expect(together?.evidence).toContainEqual(
      expect.objectContaining({ field: 'file', outcome: 'disagree' }),
    );
  });
});
