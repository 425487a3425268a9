import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maskNik } from '../../../shared/rules/nik.ts';
import { business, nik, owner } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { nextTo, pdfPageCount, pdfTexts } from '../../test/pdf-text.ts';

let t: TestApp;
let sukunOperator: Client;
let blimbingOperator: Client;
const SUKUN = '35.73.04.1004';
const BLIMBING = '35.73.01.1007';
const ids: Record<string, number> = {};
const niks: Record<string, string> = {};
const owners: Record<string, number> = {};

async function pdfOf(client: { get: TestApp['get'] }, url: string) {
  const res = await client.get(url);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('application/pdf');
  const body = String(res.body);
  expect(body.startsWith('%PDF-1.4')).toBe(true);
  if (process.env.DUMP_PDF)
    (await import('node:fs')).writeFileSync(`/tmp/${url.replace(/\W+/g, '_')}.pdf`, body, 'latin1');
  return { body, s: pdfTexts(body), pages: pdfPageCount(body) };
}

async function add(
  name: string,
  kelurahanCode: string,
  o: { krtp?: boolean; hi?: boolean; permits?: string[] } = {},
) {
  const ownerNik = nik();
  const res = await t.post(
    '/api/v1/businesses',
    business({
      name,
      kelurahanCode,
      homeIndustry: o.hi ?? true,
      owner: owner({ name: `Ibu ${name}`, nik: ownerNik, kelurahanCode, krtp: o.krtp ?? false }),
    }),
  );
  expect(res.status).toBe(201);
  ids[name] = res.body.business.id;
  owners[name] = res.body.business.ownerId;
  niks[name] = ownerNik;
  for (const p of o.permits ?? []) {
    const body =
      p === 'PIRT'
        ? {
            type: 'PIRT',
            number: `2073573010${String(ids[name]).padStart(3, '0')}-29`,
            issuedOn: '2024-02-01',
          }
        : { type: 'NIB', number: `9120${String(ids[name]).padStart(9, '0')}`, issuedOn: '2024-05-01' };
    expect((await t.post(`/api/v1/businesses/${ids[name]}/permits`, body)).status).toBe(201);
  }
}

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'pilar-logo-'));
  const logo = path.join(dir, 'logo.png');
  await sharp({
    create: { width: 90, height: 120, channels: 4, background: { r: 10, g: 80, b: 160, alpha: 1 } },
  })
    .png()
    .toFile(logo);
  t = await createTestApp({ PILAR_LETTERHEAD_LOGO: logo, PILAR_SIGN_NAME: 'Dra. Sri Wahyuni, M.Si' });
  // Sukun: five home industries (three KRTP-run, two with P-IRT, one with NIB) and one that is not.
  await add('Keripik Sukun Satu', SUKUN, { krtp: true, permits: ['PIRT', 'NIB'] });
  await add('Keripik Sukun Dua', SUKUN, { krtp: true, permits: ['PIRT'] });
  await add('Keripik Sukun Tiga', SUKUN, { krtp: true });
  await add('Keripik Sukun Empat', SUKUN);
  await add('Keripik Sukun Lima', SUKUN);
  await add('Bengkel Sukun', SUKUN, { hi: false });
  // Blimbing: two home industries, one with NIB.
  await add('Tempe Blimbing Satu', BLIMBING, { permits: ['NIB'] });
  await add('Tempe Blimbing Dua', BLIMBING);
  sukunOperator = await t.as('operator', '35.73.04', 'Operator Sukun');
  blimbingOperator = await t.as('operator', '35.73.01', 'Operator Blimbing');
});
afterAll(() => t.close());

describe('leader summary', () => {
  it('fits one page with the city’s headline figures, bars per kecamatan, levels and permits', async () => {
    const { s, pages, body } = await pdfOf(t, '/api/v1/reports/summary.pdf');
    expect(pages).toBe(1);
    expect(s).toContain('RINGKASAN INDUSTRI RUMAHAN UNTUK PIMPINAN');
    // Headline: 8 micro enterprises, 7 home industries, 3 of them KRTP-run (3 of 7 = 42,9 %).
    expect(s[s.indexOf('Usaha mikro') - 1]).toBe('8');
    expect(s[s.indexOf('Industri rumahan') - 1]).toBe('7');
    expect(s[s.indexOf('Dikelola KRTP (42,9%)') - 1]).toBe('3');
    // Bars per kecamatan: label, then value (drawn as filled rectangles between them).
    expect(nextTo(s, 'Sukun')).toBe('5');
    expect(nextTo(s, 'Blimbing')).toBe('2');
    expect(nextTo(s, 'Klojen')).toBe('0');
    expect(nextTo(s, 'Belum dinilai')).toBe('7 (100%)');
    expect(nextTo(s, 'P-IRT')).toBe('2 (28,6%)');
    expect(nextTo(s, 'NIB')).toBe('2 (28,6%)');
    expect(nextTo(s, 'Sertifikat halal')).toBe('0 (0%)');
    expect(body).toMatch(/ re f Q/);
    expect(body).toContain('/Subtype /Image');
    expect(body).toContain('/Im1 Do');
    expect(s).toContain('Dra. Sri Wahyuni, M.Si');
  });

  it('gives a kecamatan user her kecamatan, per kelurahan, and another kecamatan not at all', async () => {
    const leader = await t.as('pimpinan', '35.73.04', 'Camat Sukun');
    const { s, pages } = await pdfOf(leader, '/api/v1/reports/summary.pdf');
    expect(pages).toBe(1);
    expect(s.some((x) => x.startsWith('Kecamatan Sukun'))).toBe(true);
    expect(s[s.indexOf('Industri rumahan') - 1]).toBe('5');
    expect(s).toContain('Industri rumahan per kelurahan');
    expect(nextTo(s, 'Bandungrejosari')).toBe('5');
    expect(s).not.toContain('Blimbing');
    expect((await leader.get('/api/v1/reports/summary.pdf?kecamatan=35.73.01')).status).toBe(404);
    const own = await pdfOf(leader, '/api/v1/reports/summary.pdf?kecamatan=35.73.04');
    expect(own.s[own.s.indexOf('Industri rumahan') - 1]).toBe('5');
    const city = await pdfOf(t, '/api/v1/reports/summary.pdf?kecamatan=35.73.01');
    expect(city.s[city.s.indexOf('Industri rumahan') - 1]).toBe('2');
    expect((await t.get('/api/v1/reports/summary.pdf?kecamatan=35.73')).status).toBe(400);
    expect((await (await t.as('mitra')).get('/api/v1/reports/summary.pdf')).status).toBe(403);
  });
});

describe('business profile sheet', () => {
  it('prints the business, permits, the owner with a masked NIK, roadmap, programmes and visits; audited', async () => {
    const id = ids['Keripik Sukun Satu'] as number;
    const roadmap = await sukunOperator.post(`/api/v1/businesses/${id}/roadmap`, {
      targetLevel: 2,
      targetDate: '2027-06-30',
    });
    expect(roadmap.status).toBe(200);
    const step = await sukunOperator.post(`/api/v1/roadmaps/${roadmap.body.roadmap.id}/interventions`, {
      type: 'fasilitasi_halal',
      title: 'Pengurusan sertifikat halal',
      dueDate: '2027-01-15',
    });
    expect(step.status).toBe(200);
    const { s, pages, body } = await pdfOf(sukunOperator, `/api/v1/businesses/${id}/profile.pdf`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(s).toContain('PROFIL USAHA');
    expect(nextTo(s, 'Nama usaha')).toBe('Keripik Sukun Satu');
    expect(nextTo(s, 'Nama')).toBe('Ibu Keripik Sukun Satu');
    const nikMasked = maskNik(niks['Keripik Sukun Satu'] as string);
    expect(nextTo(s, 'NIK')).toBe(nikMasked);
    expect(body).not.toContain(niks['Keripik Sukun Satu']);
    expect(nextTo(s, 'Perempuan kepala rumah tangga')).toBe('Ya (KRTP)');
    expect(nextTo(s, 'Omzet per bulan')).toBe('Rp 4.500.000');
    expect(nextTo(s, 'Pekerja')).toBe('3 orang (2 perempuan)');
    expect(nextTo(s, 'Kelurahan / kecamatan')).toBe('Kel. Bandungrejosari, Kec. Sukun');
    expect(nextTo(s, 'Level industri rumahan')).toBe('Belum dinilai');
    expect(nextTo(s, 'P-IRT')).toBe(`2073573010${String(id).padStart(3, '0')}-29`);
    expect(nextTo(s, 'Target level')).toBe('IR 2 Berkembang pada 30 Juni 2027');
    expect(nextTo(s, 'Legalitas')).toBe('Pengurusan sertifikat halal');
    expect(nextTo(s, 'Legalitas', 2)).toBe('Direncanakan');
    expect(nextTo(s, 'Legalitas', 3)).toBe('15 Januari 2027');
    expect(s).toContain('Belum ada kunjungan.');
    const audit = (await t.get('/api/v1/audit?action=business.profile_pdf')).body.items;
    expect(audit.some((a: { entityId: number; actorName: string }) => a.entityId === id)).toBe(true);
  });

  it('leaves out the name and NIK of an owner who withdrew her consent', async () => {
    const owner = owners['Keripik Sukun Lima'] as number;
    await t.post(`/api/v1/people/${owner}/consent`, {
      textVersion: 'UJI',
      channel: 'web',
      purposes: ['registry'],
    });
    await t.post(`/api/v1/people/${owner}/withdraw-consent`, { reason: 'tidak mau didata' });
    const { s, body } = await pdfOf(t, `/api/v1/businesses/${ids['Keripik Sukun Lima']}/profile.pdf`);
    expect(nextTo(s, 'Nama')).toBe('(pemrosesan dibatasi)');
    expect(s).not.toContain('NIK');
    expect(body).not.toContain('Ibu Keripik Sukun Lima');
  });

  it('answers 404 outside the caller’s area and 403 to a role that cannot read the registry', async () => {
    const id = ids['Keripik Sukun Satu'] as number;
    expect((await blimbingOperator.get(`/api/v1/businesses/${id}/profile.pdf`)).status).toBe(404);
    expect((await t.get('/api/v1/businesses/999999/profile.pdf')).status).toBe(404);
    expect((await (await t.as('pimpinan')).get(`/api/v1/businesses/${id}/profile.pdf`)).status).toBe(403);
  });
});

describe('programme report', () => {
  it('counts distinct businesses and participations, attendance, test averages, outcomes and kecamatan', async () => {
    const p = await t.post('/api/v1/programmes', {
      name: 'Kelas Pengemasan',
      pillar: 'produksi',
      organiser: 'Diskopindag',
    });
    expect(p.status).toBe(201);
    const session = async (title: string, day: string, scopeCode: string) =>
      (
        await t.post(`/api/v1/programmes/${p.body.id}/sessions`, {
          title,
          startsAt: `${day}T09:00:00+07:00`,
          endsAt: `${day}T12:00:00+07:00`,
          place: 'Balai Kota Malang',
          quota: 10,
          scopeCode,
        })
      ).body.id as number;
    const one = await session('Kemasan dasar', '2026-02-10', '35.73');
    const two = await session('Kemasan lanjutan', '2026-03-10', '35.73');
    const a = ids['Keripik Sukun Satu'] as number;
    const b = ids['Keripik Sukun Dua'] as number;
    const c = ids['Tempe Blimbing Satu'] as number;
    await t.post(`/api/v1/sessions/${one}/enrol`, { businessIds: [a, b, c] });
    await t.post(`/api/v1/sessions/${two}/enrol`, { businessIds: [a, b] });
    // Scores [attended, pre, post] per participation; one participation left unmarked.
    const marks: Record<number, Record<number, [boolean | null, number | null, number | null]>> = {
      [one]: { [a]: [true, 50, 70], [b]: [true, 60, 90], [c]: [false, null, null] },
      [two]: { [a]: [true, 65, 85], [b]: [null, null, null] },
    };
    for (const [sessionId, byBusiness] of Object.entries(marks)) {
      const list = (await t.get(`/api/v1/sessions/${sessionId}`)).body.participants as {
        id: number;
        businessId: number;
      }[];
      for (const row of list) {
        const [attended, preScore, postScore] = byBusiness[row.businessId] ?? [null, null, null];
        if (attended === null) continue;
        const res = await t.patch(`/api/v1/participants/${row.id}`, { attended, preScore, postScore });
        expect(res.status).toBe(200);
      }
    }
    // Outcome measures of a: before 2 juta (1 Feb), after 3 juta (1 Apr, after her last session).
    await t.post(`/api/v1/businesses/${a}/outcomes`, {
      measuredOn: '2026-02-01',
      monthlyTurnover: 2_000_000,
    });
    await t.post(`/api/v1/businesses/${a}/outcomes`, {
      measuredOn: '2026-04-01',
      monthlyTurnover: 3_000_000,
    });

    const json = (await t.get(`/api/v1/programmes/${p.body.id}/report`)).body;
    expect(json).toMatchObject({ participants: 3, participations: 5, attended: 2 });
    const { s, pages } = await pdfOf(t, `/api/v1/programmes/${p.body.id}/report.pdf`);
    expect(pages).toBeLessThanOrEqual(2);
    expect(s).toContain('LAPORAN PROGRAM DAN PELATIHAN');
    expect(nextTo(s, 'Nama program')).toBe('Kelas Pengemasan');
    expect(nextTo(s, 'Kemasan dasar')).toBe('10 Februari 2026');
    expect(nextTo(s, 'Kemasan dasar', 2)).toBe('Balai Kota Malang');
    expect(nextTo(s, 'Usaha peserta (berbeda)')).toBe('3');
    expect(nextTo(s, 'Kepesertaan (usaha × sesi)')).toBe('5');
    // Attended 3 of the 4 participations whose attendance was marked: 75 %.
    expect(nextTo(s, 'Tingkat kehadiran')).toBe('75% (3 dari 4 kepesertaan yang dicatat)');
    // Pre (50 + 60 + 65) / 3 = 58,3; post (70 + 90 + 85) / 3 = 81,7; gain 23,3 points.
    expect(nextTo(s, 'Rata-rata nilai pra')).toBe('58,3');
    expect(nextTo(s, 'Rata-rata nilai pasca')).toBe('81,7');
    expect(nextTo(s, 'Kenaikan rata-rata')).toBe('+23,3 poin');
    expect(s.slice(s.indexOf('Omzet per bulan') + 1, s.indexOf('Omzet per bulan') + 5)).toEqual([
      '1',
      'Rp 2.000.000',
      'Rp 3.000.000',
      '1',
    ]);
    expect(nextTo(s, 'Sukun')).toBe('2');
    expect(nextTo(s, 'Blimbing')).toBe('1');
    const profile = await pdfOf(t, `/api/v1/businesses/${a}/profile.pdf`);
    expect(nextTo(profile.s, 'Kelas Pengemasan')).toBe('Kemasan lanjutan');
    expect(nextTo(profile.s, 'Kelas Pengemasan', 3)).toBe('Hadir');
    // Blimbing sees its own participant only.
    const own = await pdfOf(blimbingOperator, `/api/v1/programmes/${p.body.id}/report.pdf`);
    expect(nextTo(own.s, 'Usaha peserta (berbeda)')).toBe('1');
    expect(own.s).not.toContain('Sukun');
  });

  it('answers 404 for a programme the caller cannot see', async () => {
    expect((await t.get('/api/v1/programmes/999999/report.pdf')).status).toBe(404);
  });
});
