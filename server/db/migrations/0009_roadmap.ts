import { type Kysely, sql } from 'kysely';

type SeedLine = [pillar: string, type: string, title: string, offsetDays: number, partnerOffice?: string];
type SeedTemplate = {
  name: string;
  level: number;
  sector: string | null;
  description: string;
  lines: SeedLine[];
};

// The starting library (kept here, frozen with the migration); administrators edit it in the app.
const TEMPLATE_SEED: SeedTemplate[] = [
  {
    name: 'IR 1 Makanan: legalitas dan pembukuan dasar',
    level: 1,
    sector: 'pangan',
    description:
      'Usaha pangan rumahan pemula: pembukuan, izin P-IRT dan NIB, halal self-declare, modal awal.',
    lines: [
      ['sdm', 'pelatihan', 'Pelatihan pembukuan sederhana', 30],
      ['legalitas', 'fasilitasi_nib', 'Fasilitasi NIB melalui OSS', 30, 'DPMPTSP Kota Malang'],
      [
        'legalitas',
        'fasilitasi_pirt',
        'Fasilitasi P-IRT (penyuluhan keamanan pangan)',
        60,
        'Dinas Kesehatan Kota Malang',
      ],
      ['legalitas', 'fasilitasi_halal', 'Pendampingan halal self-declare', 90, 'Kemenag Kota Malang'],
      ['pembiayaan', 'rujukan_mekaar', 'Rujukan PNM Mekaar', 45, 'PNM Mekaar Malang'],
    ],
  },
  {
    name: 'IR 2 Makanan: pembiayaan dan pasar',
    level: 2,
    sector: 'pangan',
    description: 'Usaha pangan berkembang: KUR, marketplace, Gelar Produk Industri Rumahan.',
    lines: [
      ['pembiayaan', 'rujukan_kur', 'Rujukan KUR ke bank penyalur', 30, 'Bank Jatim Cabang Malang'],
      ['produksi', 'pelatihan', 'Pelatihan kemasan dan label', 45],
      ['pasar', 'marketplace', 'Pendampingan toko di marketplace', 60, 'Dinas Koperasi dan UMKM'],
      ['pasar', 'pameran', 'Ikut Gelar Produk Industri Rumahan', 120],
    ],
  },
  {
    name: 'IR 1 Kerajinan: keterampilan dan legalitas',
    level: 1,
    sector: 'kerajinan',
    description: 'Perajin pemula: desain produk, NIB, koperasi, katalog.',
    lines: [
      ['sdm', 'pelatihan', 'Pelatihan desain dan pengembangan produk', 30],
      ['legalitas', 'fasilitasi_nib', 'Fasilitasi NIB melalui OSS', 30, 'DPMPTSP Kota Malang'],
      ['pembiayaan', 'rujukan_koperasi', 'Rujukan keanggotaan koperasi', 60, 'Dinas Koperasi dan UMKM'],
      ['pasar', 'katalog', 'Foto produk untuk katalog', 75],
    ],
  },
  {
    name: 'IR 1 Sandang: jahit dan pemasaran',
    level: 1,
    sector: 'sandang',
    description: 'Penjahit rumahan pemula: pembukuan, bantuan alat, NIB, pasar daring.',
    lines: [
      ['sdm', 'pelatihan', 'Pelatihan pembukuan sederhana', 30],
      ['produksi', 'bantuan_alat', 'Usulan bantuan mesin jahit', 60],
      ['legalitas', 'fasilitasi_nib', 'Fasilitasi NIB melalui OSS', 45, 'DPMPTSP Kota Malang'],
      ['pasar', 'marketplace', 'Pendampingan toko di marketplace', 90, 'Dinas Koperasi dan UMKM'],
    ],
  },
  {
    name: 'IR 2 Umum: naik ke usaha kecil',
    level: 2,
    sector: null,
    description: 'Untuk semua sektor: kunjungan, KUR, pameran.',
    lines: [
      ['sdm', 'kunjungan', 'Kunjungan pendampingan: rencana usaha', 14],
      ['pembiayaan', 'rujukan_kur', 'Rujukan KUR ke bank penyalur', 45, 'Bank Jatim Cabang Malang'],
      ['pasar', 'pameran', 'Ikut Gelar Produk Industri Rumahan', 120],
    ],
  },
];

/**
 * Mentoring roadmaps: one active roadmap per business with a target level, its interventions (each with a
 * status log), referrals to partner offices (an intervention's partner_office), the templates library and the
 * owners' satisfaction answers (link tokens stored hashed).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table roadmaps (
      id bigint generated always as identity primary key,
      business_id bigint not null references businesses (id),
      target_level smallint not null check (target_level between 1 and 3),
      target_date date,
      responsible_user_id bigint references users (id),
      notes text,
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      closed_at timestamptz,
      version integer not null default 1
    )`.execute(db);
  await sql`create unique index roadmaps_one_active on roadmaps (business_id) where closed_at is null`.execute(
    db,
  );
  await sql`create index roadmaps_responsible on roadmaps (responsible_user_id) where closed_at is null`.execute(
    db,
  );
  await sql`
    create table interventions (
      id bigint generated always as identity primary key,
      roadmap_id bigint not null references roadmaps (id),
      business_id bigint not null references businesses (id),
      pillar text not null,
      type text not null,
      title text not null,
      description text,
      responsible_user_id bigint references users (id),
      partner_office text,
      due_date date,
      status text not null default 'planned' check (status in
        ('planned', 'in_progress', 'done', 'done_no_result', 'unreachable', 'declined')),
      outcome text,
      status_changed_at timestamptz not null default now(),
      created_by text not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    )`.execute(db);
  await sql`create index interventions_roadmap on interventions (roadmap_id, due_date)`.execute(db);
  await sql`create index interventions_business on interventions (business_id)`.execute(db);
  // "My work" and referral lists read open interventions by person or office, by due date.
  await sql`create index interventions_responsible_due on interventions (responsible_user_id, due_date)
    where status in ('planned', 'in_progress')`.execute(db);
  await sql`create index interventions_office on interventions (lower(partner_office), due_date)
    where partner_office is not null`.execute(db);
  await sql`
    create table intervention_status_log (
      id bigint generated always as identity primary key,
      intervention_id bigint not null references interventions (id),
      from_status text,
      to_status text not null,
      note text,
      actor text not null,
      actor_user_id bigint references users (id),
      at timestamptz not null default now()
    )`.execute(db);
  await sql`create index intervention_status_log_of on intervention_status_log (intervention_id, at)`.execute(
    db,
  );
  await sql`
    create table roadmap_templates (
      id bigint generated always as identity primary key,
      name text not null,
      level smallint not null check (level between 1 and 3),
      sector text,
      description text,
      active boolean not null default true,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1
    )`.execute(db);
  await sql`
    create table roadmap_template_lines (
      id bigint generated always as identity primary key,
      template_id bigint not null references roadmap_templates (id) on delete cascade,
      position integer not null,
      pillar text not null,
      type text not null,
      title text not null,
      offset_days integer not null default 0,
      partner_office text
    )`.execute(db);
  await sql`create index roadmap_template_lines_of on roadmap_template_lines (template_id, position)`.execute(
    db,
  );
  await sql`
    create table satisfaction_links (
      id bigint generated always as identity primary key,
      intervention_id bigint not null references interventions (id),
      token_hash text not null unique,
      created_by text not null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    )`.execute(db);
  await sql`
    create table satisfaction_answers (
      id bigint generated always as identity primary key,
      intervention_id bigint not null references interventions (id),
      score smallint not null check (score between 1 and 5),
      comment text,
      channel text not null check (channel in ('pendamping', 'pemilik')),
      link_id bigint unique references satisfaction_links (id),
      recorded_by text not null,
      created_at timestamptz not null default now()
    )`.execute(db);
  await sql`create index satisfaction_answers_of on satisfaction_answers (intervention_id, created_at)`.execute(
    db,
  );
  for (const t of TEMPLATE_SEED) {
    const { rows } = await sql<{ id: number }>`
      insert into roadmap_templates (name, level, sector, description)
      values (${t.name}, ${t.level}, ${t.sector}, ${t.description}) returning id`.execute(db);
    const id = rows[0]?.id;
    for (const [i, [pillar, type, title, offset, office]] of t.lines.entries()) {
      await sql`
        insert into roadmap_template_lines (template_id, position, pillar, type, title, offset_days, partner_office)
        values (${id}, ${i + 1}, ${pillar}, ${type}, ${title}, ${offset}, ${office ?? null})`.execute(db);
    }
  }
}
