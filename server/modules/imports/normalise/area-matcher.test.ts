import { describe, expect, it } from 'vitest';
import type { AreaRef } from '../imports.types.ts';
import { createAreaMatcher } from './area-matcher.ts';
import { villagesOf } from './areas.fixture.ts';

const malang = createAreaMatcher(villagesOf('35.73'), villagesOf('35.07'));
const found = (kel: string | null, kec?: string | null) => {
  const r = malang.match(kel, kec);
  return r.code === null ? r : { code: r.code, confidence: r.confidence, name: r.area.name };
};

describe('area matcher on the 57 kelurahan of Kota Malang', () => {
  it.each([
    ['Tlogomas', 'Tlogomas', 'exact'],
    ['TLOGOMAS', 'Tlogomas', 'exact'],
    ['Kel. Tlogomas', 'Tlogomas', 'exact'],
    ['Kelurahan Tlogomas', 'Tlogomas', 'exact'],
    ['Desa Tlogomas', 'Tlogomas', 'exact'],
    ['Ds. Tlogomas', 'Tlogomas', 'exact'],
    ['Kel/Desa Tlogomas', 'Tlogomas', 'exact'],
    ['Tlogo Mas', 'Tlogomas', 'variant'],
    ['Bandung Rejosari', 'Bandungrejosari', 'variant'],
    ['Ketawang Gede', 'Ketawanggede', 'variant'],
    ['Oro Oro Dowo', 'Oro-oro Dowo', 'variant'],
    ['Oro2 Dowo', 'Oro-oro Dowo', 'variant'],
    ['Tasikmadu', 'Tasik Madu', 'variant'],
    ['Kota Lama', 'Kotalama', 'variant'],
    ['Kedoengkandang', 'Kedungkandang', 'variant'],
    ['Djodipan', 'Jodipan', 'variant'],
    ['Tjemorokandang', 'Cemorokandang', 'variant'],
    ['Mojolagu', 'Mojolangu', 'uncertain'],
    ['Madiopuro', 'Madyopuro', 'uncertain'],
    ['Bandungrejosri', 'Bandungrejosari', 'uncertain'],
  ])('%s → %s (%s)', (text, name, confidence) => {
    expect(found(text)).toMatchObject({ name, confidence });
  });

  it('prefers the served kelurahan over a same-named village elsewhere (Mulyorejo)', () => {
    expect(found('Mulyorejo')).toEqual({ code: '35.73.04.1010', confidence: 'exact', name: 'Mulyorejo' });
  });

  it('reads "kelurahan kecamatan" written in one cell', () => {
    expect(found('Purwantoro Blimbing')).toMatchObject({ name: 'Purwantoro', code: '35.73.01.1007' });
    expect(found('Tlogomas Kec. Lowokwaru')).toMatchObject({ name: 'Tlogomas' });
  });

  it('reads the kelurahan from a cell that says more, in pieces split by commas', () => {
    expect(found('Tlogomas, Kota Malang')).toEqual({
      code: '35.73.05.1003',
      confidence: 'exact',
      name: 'Tlogomas',
    });
    expect(found('Kel. Tlogomas, Kec. Lowokwaru')).toMatchObject({ name: 'Tlogomas' });
    expect(found('Jl. Ijen 10, Oro Oro Dowo')).toMatchObject({ name: 'Oro-oro Dowo', confidence: 'variant' });
    expect(found('Kota Malang, Jawa Timur')).toMatchObject({ code: null });
  });

  it('reads "kecamatan / kelurahan" as the kelurahan, though a kelurahan bears the kecamatan\'s name', () => {
    expect(found('Lowokwaru / Tlogomas')).toMatchObject({ name: 'Tlogomas', confidence: 'exact' });
    expect(found('Blimbing - Purwantoro')).toMatchObject({ name: 'Purwantoro' });
    expect(found('Lowokwaru/Lowokwaru')).toMatchObject({ name: 'Lowokwaru' });
  });

  it('reads two letters swapped as one slip, and one more slip within the kecamatan written beside it', () => {
    expect(found('SUKNU', 'SUKUN')).toMatchObject({ name: 'Sukun', confidence: 'uncertain' });
    expect(found('Tlogomsa')).toMatchObject({ name: 'Tlogomas', confidence: 'uncertain' });
    expect(found('SUUN', 'Sukun')).toMatchObject({ name: 'Sukun', confidence: 'uncertain' });
    // Without the kecamatan a four-letter name one letter off could be any of several.
    expect(found('SUUN').code).toBeNull();
  });

  it('drops an RT or RW written after the name', () => {
    expect(found('Tlogomas RW 03')).toMatchObject({ name: 'Tlogomas', confidence: 'exact' });
    expect(found('Tlogomas, Rt. 2')).toMatchObject({ name: 'Tlogomas' });
    expect(found('Dinoyo (RW 05)')).toMatchObject({ name: 'Dinoyo', confidence: 'exact' });
  });

  it('reads a marked kecamatan written before the marked kelurahan in one cell', () => {
    expect(found('Kec. Lowokwaru Kel. Ketawanggede')).toEqual({
      code: '35.73.05.1006',
      confidence: 'exact',
      name: 'Ketawanggede',
    });
    expect(found('Kecamatan Klojen Kelurahan Kauman')).toMatchObject({ name: 'Kauman', confidence: 'exact' });
  });

  it('reads an area code (kode wilayah), with or without its dots', () => {
    expect(found('35.73.05.1003')).toEqual({ code: '35.73.05.1003', confidence: 'exact', name: 'Tlogomas' });
    expect(found('3573051003')).toMatchObject({ name: 'Tlogomas' });
    expect(malang.match('35.07.18.2005')).toEqual({
      code: null,
      reason: 'outside',
      candidates: ['35.07.18.2005'],
    });
    expect(malang.match('35.73.05.9999')).toMatchObject({ code: null, reason: 'unknown' });
  });

  it('flags a kecamatan that contradicts the kelurahan, keeping the kelurahan', () => {
    const r = malang.match('Kauman', 'Lowokwaru');
    expect(r).toMatchObject({ code: '35.73.02.1007', confidence: 'uncertain', kecamatanConflict: true });
    expect(malang.match('Kauman', 'Kec. Klojen')).toMatchObject({
      confidence: 'exact',
      kecamatanConflict: false,
    });
  });

  it('says "outside" for villages and kecamatan known elsewhere (Kabupaten Malang)', () => {
    expect(malang.match('Sumberpasir', 'Pakis')).toEqual({
      code: null,
      reason: 'outside',
      candidates: ['35.07.18.2005'],
    });
    expect(malang.match('Pakis')).toMatchObject({ code: null, reason: 'outside' });
    expect(malang.match('Antah Berantah', 'Kec. Singosari')).toMatchObject({ code: null, reason: 'outside' });
  });

  it('reads a name cut short as the one kelurahan of the kecamatan beside it that it starts, uncertain', () => {
    const province = createAreaMatcher(
      villagesOf('35.73'),
      villagesOf('35').filter((a) => !a.code.startsWith('35.73.')),
    );
    // "Sumber" and "Bakalan" are villages of other regencies too: alone, they are outside, and the message
    // can name the kelurahan that may be meant.
    expect(province.match('Sumber')).toMatchObject({
      code: null,
      reason: 'outside',
      meant: { name: 'Sumbersari' },
    });
    expect(province.match('Bakalan')).toMatchObject({
      code: null,
      reason: 'outside',
      meant: { name: 'Bakalankrajan' },
    });
    // When the row or its file says it is in the served region, the one kelurahan the name starts is read.
    expect(province.match('Bakalan', null, true)).toMatchObject({
      confidence: 'uncertain',
      area: { name: 'Bakalankrajan', kecamatanName: 'Sukun' },
    });
    // Not when the start fits several (Tlogo: Tlogomas, Tlogowaru), nor a village whose name starts none.
    expect(province.match('Tlogo', null, true)).toMatchObject({ code: null });
    expect(province.match('Pakis', null, true)).toMatchObject({ code: null, reason: 'outside' });
    expect(province.match('Pakis', null, true)).not.toHaveProperty('meant');
    expect(province.match('Sumber', 'Lowokwaru')).toMatchObject({
      confidence: 'uncertain',
      area: { name: 'Sumbersari', kecamatanName: 'Lowokwaru' },
    });
    expect(province.match('BAKALAN', 'Kec. Sukun')).toMatchObject({
      confidence: 'uncertain',
      area: { name: 'Bakalankrajan' },
    });
    // A place of its own that starts no kelurahan of the kecamatan is outside, whatever kecamatan is beside it.
    expect(province.match('Pakis', 'Lowokwaru')).toMatchObject({ code: null, reason: 'outside' });
    expect(province.match('Landungsari', 'Lowokwaru')).toEqual({
      code: null,
      reason: 'outside',
      candidates: ['35.07.22.2007'],
    });
  });

  it('says "unknown" with the nearest names, and "empty" for no text', () => {
    const r = malang.match('Xyzabc');
    expect(r).toMatchObject({ code: null, reason: 'unknown' });
    expect(r.code === null && r.candidates.length).toBe(3);
    expect(malang.match(null)).toEqual({ code: null, reason: 'empty', candidates: [] });
    expect(malang.match('  Kel.  ')).toEqual({ code: null, reason: 'empty', candidates: [] });
  });

  it('tells the served kecamatan a text names', () => {
    expect(malang.kecamatan('Lowokwaru')).toBe('35.73.05');
    expect(malang.kecamatan('Kec. Klojen')).toBe('35.73.02');
    expect(malang.kecamatan('Kedung Kandang')).toBe('35.73.03');
    expect(malang.kecamatan('Dinoyo')).toBeNull();
    expect(malang.kecamatan('Pakis')).toBeNull();
    expect(malang.kecamatan(' ')).toBeNull();
  });

  it('names candidates by code, served or outside', () => {
    expect(malang.area('35.73.05.1003')?.name).toBe('Tlogomas');
    expect(malang.area('35.07.18.2005')?.kecamatanName).toBe('Pakis');
    expect(malang.area('99.99')).toBeUndefined();
  });
});

describe('area matcher of Kota Surabaya', () => {
  const surabaya = createAreaMatcher(villagesOf('35.78'), []);
  it('reads a name after a title written out ("Dokter Sutomo": Dr. Soetomo)', () => {
    for (const text of ['KEL. DOKTER SUTOMO', 'Dokter Sutomo', 'DR SOETOMO', 'Dr. Soetomo']) {
      const m = surabaya.match(text);
      expect(m.code === null ? null : m.area.name, text).toBe('Dr. Soetomo');
    }
  });
});

describe('area matcher with names shared across kecamatan', () => {
  const area = (code: string, name: string, kecamatanCode: string, kecamatanName: string): AreaRef => ({
    code,
    name,
    kecamatanCode,
    kecamatanName,
  });
  const matcher = createAreaMatcher([
    area('35.07.01.2001', 'Sumbersari', '35.07.01', 'Donomulyo'),
    area('35.07.02.2001', 'Sumbersari', '35.07.02', 'Pagak'),
    area('35.07.02.2002', 'Sumberejo', '35.07.02', 'Pagak'),
  ]);

  it('is ambiguous without a kecamatan and decided by one', () => {
    expect(matcher.match('Sumbersari')).toEqual({
      code: null,
      reason: 'ambiguous',
      candidates: ['35.07.01.2001', '35.07.02.2001'],
    });
    expect(matcher.match('Sumbersari', 'Pagak')).toMatchObject({
      code: '35.07.02.2001',
      confidence: 'exact',
    });
    expect(matcher.match('Sumbersari', 'Kec. Donomulya')).toMatchObject({ code: '35.07.01.2001' });
    // Four letters allow no typo: "Pagk" decides nothing.
    expect(matcher.match('Sumbersari', 'Pagk')).toMatchObject({ code: null, reason: 'ambiguous' });
  });

  it('is ambiguous when a typo is equally close to two names', () => {
    expect(matcher.match('Sumbersar')).toMatchObject({ code: null, reason: 'ambiguous' });
    expect(matcher.match('Sumbersar', 'Donomulyo')).toMatchObject({
      code: '35.07.01.2001',
      confidence: 'uncertain',
    });
  });
});

describe('area matcher on Kota Medan, outside Java', () => {
  // Deli Serdang's villages around the city are known, as every province's are to a served region.
  const medan = createAreaMatcher(villagesOf('12.71'), villagesOf('12.07'));
  const at = (kel: string, kec?: string) => {
    const r = medan.match(kel, kec);
    return r.code === null ? r.reason : `${r.area.name} (${r.confidence})`;
  };

  it('never takes a numbered kelurahan for its sibling: roman and arabic numerals are one', () => {
    expect(at('Sukaramai 2')).toBe('Sukaramai II (variant)');
    expect(at('Sudirejo I')).toBe('Sudirejo 1 (variant)');
    expect(at('Tegal Sari 3')).toBe('Tegal Sari III (variant)');
    expect(at('Sitirejo 2', 'Amplas')).toBe('Sitirejo II (variant)');
    // Without its number the name is one of several.
    expect(at('Sitirejo')).toBe('ambiguous');
  });

  it('reads short forms of words and names the area list cuts to initials', () => {
    expect(at('Tj. Rejo', 'Mdn Sunggal')).toBe('Tanjung Rejo (variant)');
    expect(at('Sungai Mati', 'Medan Labuhan')).toBe('Sei Mati (variant)');
    expect(at('Ps. Baru')).toBe('Pasar Baru (variant)');
    expect(at('Padang Bulan Selayang I')).toBe('P Bulan Selayang I (variant)');
    expect(at('P. Brayan Bengkel Baru')).toBe('PB Bengkel Baru (variant)');
    expect(at('Tegal Sari Mandala 2', 'Medan Denai')).toBe('Tegal S Mandala II (variant)');
    // One slip besides the initials is only a guess.
    expect(at('Pulo Brayan Darat II')).toBe('P Berayan Darat II (uncertain)');
  });

  it('reads a kecamatan without the name most of them start with, unless a kecamatan elsewhere bears it', () => {
    expect(at('Sei Mati', 'Maimun')).toBe('Sei Mati (exact)');
    expect(at('Bdr. Selamat', 'Tembung')).toBe('Bandar Selamat (variant)');
    // Deli Serdang has a Kecamatan Sunggal, with a village Lalang as Medan Sunggal has a kelurahan Lalang.
    expect(at('Lalang', 'Sunggal')).toBe('outside');
    expect(at('Lalang', 'Medan Sunggal')).toBe('Lalang (exact)');
  });

  it('takes a near spelling before a kecamatan written after it only as a kelurahan of that kecamatan', () => {
    expect(at('Tegalsari Mandala II Medan Denai')).toBe('Tegal S Mandala II (uncertain)');
    // Tegal S Mandala II is of Medan Denai, not Medan Amplas.
    expect(at('Tegalsari Mandala II Medan Amplas')).toBe('unknown');
  });
});
