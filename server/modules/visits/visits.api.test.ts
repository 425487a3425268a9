import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, jakartaToday } from '../../../shared/rules/mentoring.ts';
import { business, owner } from '../../test/factories.ts';
import { type Client, createTestApp, type TestApp } from '../../test/harness.ts';
import { containsText, GPS_MARK, jpegWithExif, pngWithExif } from './test-images.ts';

let t: TestApp;
let pendamping: Client; // Blimbing
let sukun: Client; // a pendamping of another kecamatan
let pendampingId: number;
let withRoadmap: number;
let withoutRoadmap: number;
let roadmapId: number;
const today = jakartaToday();

function form(data: unknown, photos: { name: string; bytes: Uint8Array; type?: string }[] = []) {
  const f = new FormData();
  f.set('data', JSON.stringify(data));
  for (const p of photos) f.append('photos', new File([new Uint8Array(p.bytes)], p.name, { type: p.type }));
  return f;
}

const newBusiness = async (name: string) =>
  (await t.post('/api/v1/businesses', business({ name, owner: owner() }))).body.business.id as number;

beforeAll(async () => {
  t = await createTestApp();
  pendamping = await t.as('pendamping', '35.73.01', 'Bu Rina Pendamping');
  pendampingId = (await pendamping.get('/api/v1/auth/me')).body.id;
  sukun = await t.as('pendamping', '35.73.04', 'Pendamping Sukun');
  withRoadmap = await newBusiness('Keripik Tempe Bu Rina');
  withoutRoadmap = await newBusiness('Jahit Pak Anwar');
  roadmapId = (await pendamping.post(`/api/v1/businesses/${withRoadmap}/roadmap`, { targetLevel: 2 })).body
    .roadmap.id;
});
afterAll(() => t.close());

describe('recording a visit', () => {
  it('stores the visit, its photos without location metadata, and follow-ups as interventions', async () => {
    const jpeg = await jpegWithExif();
    const png = await pngWithExif();
    const res = await pendamping.call(
      'POST',
      `/api/v1/businesses/${withRoadmap}/visits`,
      form(
        {
          visitDate: addDays(today, -2),
          topics: ['produksi', 'legalitas'],
          topicsNote: 'Kebersihan dapur',
          findings: 'Dapur sudah bersih, label belum ada.',
          latitude: -7.9666,
          longitude: 112.6326,
          followUps: [
            {
              title: 'Buat label kemasan',
              type: 'pelatihan',
              pillar: 'produksi',
              dueDate: addDays(today, 14),
            },
            { title: 'Ajukan P-IRT', type: 'fasilitasi_pirt' },
          ],
        },
        // The names lie: the type is read from the bytes.
        [
          { name: 'dapur.png', bytes: jpeg, type: 'image/png' },
          { name: 'label.jpg', bytes: png, type: 'image/jpeg' },
        ],
      ),
    );
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      businessId: withRoadmap,
      visitDate: addDays(today, -2),
      officerName: 'Bu Rina Pendamping',
      topics: ['produksi', 'legalitas'],
      topicsNote: 'Kebersihan dapur',
      findings: 'Dapur sudah bersih, label belum ada.',
      latitude: -7.9666,
      longitude: 112.6326,
      photos: [1, 2],
    });
    expect(res.body.followUps.map((f: { title: string }) => f.title)).toEqual([
      'Buat label kemasan',
      'Ajukan P-IRT',
    ]);

    const roadmap = (await pendamping.get(`/api/v1/businesses/${withRoadmap}/roadmap`)).body.roadmap;
    expect(roadmap.id).toBe(roadmapId);
    const items = roadmap.interventions.map((i: Record<string, unknown>) => ({
      title: i.title,
      type: i.type,
      pillar: i.pillar,
      status: i.status,
      dueDate: i.dueDate,
      responsibleUserId: i.responsibleUserId,
    }));
    expect(items).toEqual([
      {
        title: 'Buat label kemasan',
        type: 'pelatihan',
        pillar: 'produksi',
        status: 'planned',
        dueDate: addDays(today, 14),
        responsibleUserId: pendampingId,
      },
      // Without a pillar, the type's usual one.
      {
        title: 'Ajukan P-IRT',
        type: 'fasilitasi_pirt',
        pillar: 'legalitas',
        status: 'planned',
        dueDate: null,
        responsibleUserId: pendampingId,
      },
    ]);
    const detail = (await pendamping.get(`/api/v1/interventions/${res.body.followUps[0].interventionId}`))
      .body;
    expect(detail.log.map((l: { to: string; toStatus: string }) => l.to ?? l.toStatus)).toEqual(['planned']);

    const audit = await t.db
      .selectFrom('audit_log')
      .select(['action', 'entity_id'])
      .where('action', '=', 'visit.create')
      .execute();
    expect(audit).toEqual([{ action: 'visit.create', entity_id: res.body.id }]);

    const first = await t.app.request(`/api/v1/visits/${res.body.id}/photos/1`, {
      headers: { cookie: pendamping.session?.cookie ?? '' },
    });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('image/jpeg');
    const jpegBack = new Uint8Array(await first.arrayBuffer());
    expect(containsText(jpeg, GPS_MARK)).toBe(true);
    expect(containsText(jpegBack, GPS_MARK)).toBe(false);
    expect(containsText(jpegBack, 'Exif')).toBe(false);
    expect([...jpegBack.subarray(0, 3)]).toEqual([0xff, 0xd8, 0xff]);
    expect([...jpegBack.subarray(-2)]).toEqual([0xff, 0xd9]);
    // A 2400 px phone photo is stored at 1600 px on its long side.
    expect(await sharp(jpegBack).metadata()).toMatchObject({ width: 1600, height: 800 });

    const second = await t.app.request(`/api/v1/visits/${res.body.id}/photos/2`, {
      headers: { cookie: pendamping.session?.cookie ?? '' },
    });
    // A PNG is stored as a JPEG like every photo, without its Exif either.
    expect(second.headers.get('content-type')).toBe('image/jpeg');
    const pngBack = new Uint8Array(await second.arrayBuffer());
    expect(containsText(png, GPS_MARK)).toBe(true);
    expect(containsText(pngBack, GPS_MARK)).toBe(false);
    expect((await sharp(pngBack).metadata()).width).toBe(64);

    const missing = await t.app.request(`/api/v1/visits/${res.body.id}/photos/3`, {
      headers: { cookie: pendamping.session?.cookie ?? '' },
    });
    expect(missing.status).toBe(404);
  });

  it('lists a business’s visits newest first, and says whether follow-ups can be recorded', async () => {
    const today1 = await pendamping.call(
      'POST',
      `/api/v1/businesses/${withRoadmap}/visits`,
      form({ topics: ['pasar'], findings: 'Siap ikut bazar.' }),
    );
    expect(today1.status).toBe(201);
    // No date: today in Jakarta.
    expect(today1.body.visitDate).toBe(today);
    expect(today1.body.latitude).toBeNull();
    const list = (await pendamping.get(`/api/v1/businesses/${withRoadmap}/visits`)).body;
    expect(list.hasOpenRoadmap).toBe(true);
    expect(list.items.map((v: { visitDate: string }) => v.visitDate)).toEqual([today, addDays(today, -2)]);
    const other = (await pendamping.get(`/api/v1/businesses/${withoutRoadmap}/visits`)).body;
    expect(other).toEqual({ items: [], hasOpenRoadmap: false });
  });

  it('refuses follow-ups when the business has no active roadmap, and writes nothing', async () => {
    const res = await pendamping.call(
      'POST',
      `/api/v1/businesses/${withoutRoadmap}/visits`,
      form({
        topics: ['sdm'],
        findings: 'Pemilik ingin belajar pembukuan.',
        followUps: [{ title: 'Pelatihan pembukuan', type: 'pelatihan' }],
      }),
    );
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toEqual([
      {
        path: 'followUps',
        code: 'NO_OPEN_ROADMAP',
        message:
          'Usaha ini belum punya rencana pendampingan aktif; buat rencananya dulu agar tindak lanjut menjadi intervensi.',
      },
    ]);
    expect((await pendamping.get(`/api/v1/businesses/${withoutRoadmap}/visits`)).body.items).toEqual([]);
  });

  it('says what to fix in the form and the photos', async () => {
    const url = `/api/v1/businesses/${withoutRoadmap}/visits`;
    const bad = await pendamping.call(
      'POST',
      url,
      form({ visitDate: addDays(today, 1), topics: [], findings: 'x', latitude: 95, longitude: 200 }),
    );
    expect(bad.status).toBe(400);
    const byPath = Object.fromEntries(
      bad.body.error.fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(byPath).toMatchObject({
      visitDate: 'Tanggal kunjungan tidak boleh di masa depan.',
      findings: 'Tuliskan temuan kunjungan (minimal 3 huruf).',
      latitude: 'Garis lintang antara -90 dan 90.',
      longitude: 'Garis bujur antara -180 dan 180.',
    });
    const noTopic = await pendamping.call('POST', url, form({ topics: [], findings: 'Temuan cukup.' }));
    expect(noTopic.body.error.fields[0]).toMatchObject({
      path: 'topics',
      message: 'Pilih minimal satu topik atau tuliskan topik lain.',
    });
    const half = await pendamping.call(
      'POST',
      url,
      form({ topics: ['sdm'], findings: 'Temuan.', latitude: -7.9 }),
    );
    expect(half.body.error.fields[0]).toMatchObject({
      path: 'latitude',
      message: 'Lokasi perlu garis lintang dan garis bujur sekaligus.',
    });

    const ok = { topics: ['sdm'], findings: 'Temuan cukup.' };
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"></svg>');
    const notImage = await pendamping.call('POST', url, form(ok, [{ name: 'foto.jpg', bytes: svg }]));
    expect(notImage.status).toBe(400);
    expect(notImage.body.error.fields).toEqual([
      {
        path: 'photos.0',
        code: 'PHOTO_TYPE',
        message: 'Foto 1: berkas ini bukan foto; unggah gambar JPEG, PNG atau WebP.',
      },
    ]);
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(await jpegWithExif());
    const tooBig = await pendamping.call('POST', url, form(ok, [{ name: 'besar.jpg', bytes: big }]));
    expect(tooBig.body.error.fields[0]).toMatchObject({
      path: 'photos.0',
      code: 'PHOTO_TOO_LARGE',
      message: 'Foto 1 lebih dari 5 MB; kecilkan dulu ukurannya.',
    });
    const small = await pngWithExif();
    const four = Array.from({ length: 4 }, (_, i) => ({ name: `f${i}.png`, bytes: small }));
    const tooMany = await pendamping.call('POST', url, form(ok, four));
    expect(tooMany.body.error.fields[0].message).toBe('Paling banyak 3 foto per kunjungan.');
    const broken = await pendamping.call(
      'POST',
      url,
      // Its header whole, its picture cut in half: a photo that stopped uploading.
      form(ok, [{ name: 'rusak.jpg', bytes: (await jpegWithExif()).subarray(0, 9000) }]),
    );
    expect(broken.body.error.fields[0].code).toBe('PHOTO_DAMAGED');
    expect((await pendamping.get(`/api/v1/businesses/${withoutRoadmap}/visits`)).body.items).toEqual([]);
  });
});

describe('area scope', () => {
  it('answers 404 outside the caller’s area, for the list, recording and photos', async () => {
    const visit = (await pendamping.get(`/api/v1/businesses/${withRoadmap}/visits`)).body.items.at(-1);
    expect((await sukun.get(`/api/v1/businesses/${withRoadmap}/visits`)).status).toBe(404);
    const post = await sukun.call(
      'POST',
      `/api/v1/businesses/${withRoadmap}/visits`,
      form({ topics: ['sdm'], findings: 'Bukan wilayah saya.' }),
    );
    expect(post.status).toBe(404);
    const photo = await t.app.request(`/api/v1/visits/${visit.id}/photos/1`, {
      headers: { cookie: sukun.session?.cookie ?? '' },
    });
    expect(photo.status).toBe(404);
    expect((await pendamping.get(`/api/v1/businesses/${withRoadmap}/visits`)).body.items).toHaveLength(2);
  });
});

describe('my work: visits due', () => {
  it('lists her businesses last visited more than 30 days ago or never, oldest first', async () => {
    // withRoadmap was visited today. Three more businesses whose roadmaps she carries:
    const old = await newBusiness('Batik Bu Sri');
    const recent = await newBusiness('Kue Bu Tini');
    const never = await newBusiness('Anyaman Pak Joko');
    const older = await newBusiness('Sambal Bu Yati');
    for (const id of [old, recent, never, older]) {
      await pendamping.post(`/api/v1/businesses/${id}/roadmap`, { targetLevel: 2 });
    }
    const visitOn = (id: number, date: string) =>
      t.db
        .insertInto('visits')
        .values({
          business_id: id,
          visit_date: date,
          officer_name: 'Bu Rina Pendamping',
          topics: ['sdm'],
          findings: 'Kunjungan lama',
          created_by: 'Bu Rina Pendamping',
        })
        .execute();
    await visitOn(old, addDays(today, -31));
    await visitOn(older, addDays(today, -90));
    await visitOn(older, addDays(today, -60));
    await visitOn(recent, addDays(today, -30));
    const work = (await pendamping.get('/api/v1/my-work')).body;
    expect(work.visitsDue).toEqual([
      {
        businessId: never,
        businessName: 'Anyaman Pak Joko',
        kelurahanName: expect.any(String),
        lastVisit: null,
      },
      {
        businessId: older,
        businessName: 'Sambal Bu Yati',
        kelurahanName: expect.any(String),
        lastVisit: addDays(today, -60),
      },
      {
        businessId: old,
        businessName: 'Batik Bu Sri',
        kelurahanName: expect.any(String),
        lastVisit: addDays(today, -31),
      },
    ]);
    // Another pendamping carries none of them.
    expect((await sukun.get('/api/v1/my-work')).body.visitsDue).toEqual([]);
  });
});
