import {
  formatAddress,
  formatDateId,
  formatNumberId,
  formatRupiah,
  titleCase,
} from '../../../shared/rules/format.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import {
  INTERVENTION_STATUS_LABELS,
  IR_LEVEL_LABELS,
  type IrLevel,
  PILLAR_LABELS,
  PILLARS,
  type Pillar,
} from '../../../shared/rules/mentoring.ts';
import { maskNik } from '../../../shared/rules/nik.ts';
import { PERMIT_LABELS } from '../../../shared/rules/permits.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import { audit } from '../audit/audit.service.ts';
import { toBusiness } from '../businesses/businesses.mapper.ts';
import { findInScope } from '../businesses/businesses.service.ts';
import { findPerson } from '../people/people.repository.ts';
import { toPermit } from '../permits/permits.mapper.ts';
import { listPermitsOfBusiness } from '../permits/permits.repository.ts';
import type { PdfLine } from '../privacy/pdf.ts';
import { findActiveRoadmap, listInterventions } from '../roadmap/roadmap.repository.ts';
import { field, heading, type PrintContext, printReport, table } from './print.ts';
import { lastVisits, programmesTaken } from './profile.repository.ts';

const SIZE_LABELS: Record<string, string> = {
  mikro: 'Usaha mikro',
  kecil: 'Usaha kecil',
  menengah: 'Usaha menengah',
  besar: 'Usaha besar',
};
const n = formatNumberId;
const date = (d: string | null) => (d ? formatDateId(d) : '-');

async function roadmapLines(db: Database, businessId: number): Promise<PdfLine[]> {
  const roadmap = await findActiveRoadmap(db, businessId);
  if (!roadmap) return [{ text: 'Belum ada rencana pendampingan yang aktif.', size: 9 }];
  const items = await listInterventions(db, roadmap.id);
  const byPillar = (p: Pillar) => items.filter((i) => i.pillar === p);
  return [
    field(
      'Target level',
      `${IR_LEVEL_LABELS[roadmap.target_level as IrLevel]} pada ${date(roadmap.target_date)}`,
    ),
    field('Pendamping', roadmap.responsible_name ?? '-'),
    ...table(
      [
        { title: 'Pilar', width: 120 },
        { title: 'Intervensi', width: 185 },
        { title: 'Status', width: 110 },
        { title: 'Tenggat', width: 80 },
      ],
      PILLARS.flatMap((p) =>
        byPillar(p).map((i, k) => [
          k === 0 ? PILLAR_LABELS[p] : '',
          i.title,
          INTERVENTION_STATUS_LABELS[i.status],
          date(i.due_date),
        ]),
      ).slice(0, 24),
      { empty: 'Belum ada intervensi.' },
    ),
  ];
}

/**
 * The business profile sheet: the business, its owner (NIK masked as in lists), roadmap, programmes and
 * latest visits. Personal data: the download is written to the audit log.
 */
export async function profilePdf(db: Database, id: number, caller: Caller, ctx: PrintContext) {
  const row = await findInScope(db, id, caller);
  const b = toBusiness(row);
  const [owner, permits, roadmap, taken, visits] = await Promise.all([
    findPerson(db, row.owner_id),
    listPermitsOfBusiness(db, id),
    roadmapLines(db, id),
    programmesTaken(db, id, 8),
    lastVisits(db, id, 5),
  ]);
  if (!owner) throw notFound('Pemilik usaha');
  const area = `Kel. ${titleCase(b.kelurahanName)}, Kec. ${titleCase(b.kecamatanName)}`;
  const body: PdfLine[] = [
    heading('A. Usaha'),
    field('Nama usaha', b.name),
    field('Industri rumahan', b.homeIndustry ? 'Ya' : 'Tidak'),
    field('Sektor', SECTORS.find((s) => s.code === b.sector)?.label ?? b.sector),
    field(
      'KBLI',
      b.kbliCode ? `${b.kbliCode}${b.kbliName ? ` ${b.kbliName}` : ''} (KBLI ${b.kbliVersion})` : '-',
    ),
    field('Produk', b.products ?? '-'),
    field('Alamat', formatAddress(b) || '-'),
    field('Kelurahan / kecamatan', area),
    field('Skala usaha', b.sizeClass ? (SIZE_LABELS[b.sizeClass] ?? b.sizeClass) : '-'),
    field(
      'Pekerja',
      b.workersTotal === null
        ? '-'
        : `${n(b.workersTotal)} orang${b.workersWomen === null ? '' : ` (${n(b.workersWomen)} perempuan)`}`,
    ),
    field('Omzet per bulan', b.monthlyTurnover === null ? '-' : formatRupiah(b.monthlyTurnover)),
    field(
      'Level industri rumahan',
      row.ir_level
        ? `${IR_LEVEL_LABELS[row.ir_level as IrLevel]} sejak ${date(row.ir_level_since)}`
        : 'Belum dinilai',
    ),
    field('Status', b.status === 'active' ? 'Aktif' : 'Tutup'),
    heading('B. Izin'),
    ...table(
      [
        { title: 'Jenis', width: 120 },
        { title: 'Nomor', width: 145 },
        { title: 'Terbit', width: 90 },
        { title: 'Berlaku s.d.', width: 95 },
        { title: 'Status', width: 45 },
      ],
      permits
        .map(toPermit)
        .map((p) => [
          PERMIT_LABELS[p.type],
          p.number,
          date(p.issuedOn),
          p.expiresOn ? formatDateId(p.expiresOn) : 'Tanpa batas',
          p.valid ? 'Berlaku' : 'Habis',
        ]),
      { empty: 'Belum ada izin tercatat.' },
    ),
    heading('C. Pemilik'),
    // UU PDP: after a withdrawal of consent or an erasure her identity is not printed.
    ...(owner.processing_restricted_at || owner.erased_at
      ? [field('Nama', '(pemrosesan dibatasi)')]
      : [field('Nama', owner.name), field('NIK', maskNik(owner.nik) ?? '-')]),
    field('Perempuan kepala rumah tangga', owner.krtp ? 'Ya (KRTP)' : 'Tidak'),
    heading('D. Rencana pendampingan'),
    ...roadmap,
    heading('E. Program yang diikuti'),
    ...table(
      [
        { title: 'Program', width: 170 },
        { title: 'Sesi', width: 170 },
        { title: 'Tanggal', width: 95 },
        { title: 'Hadir', width: 60 },
      ],
      taken.map((t) => [
        t.programme_name,
        t.title,
        formatDateId(t.start_day),
        t.attended === null ? '-' : t.attended ? 'Hadir' : 'Tidak hadir',
      ]),
      { empty: 'Belum pernah mengikuti program.' },
    ),
    heading('F. Kunjungan terakhir'),
    ...table(
      [
        { title: 'Tanggal', width: 85 },
        { title: 'Petugas', width: 110 },
        { title: 'Temuan', width: 300 },
      ],
      visits.map((v) => [formatDateId(v.visit_date), v.officer_name, v.findings]),
      { empty: 'Belum ada kunjungan.' },
    ),
    {
      text: 'Dokumen ini memuat data pribadi (UU No. 27/2022): simpan dan bagikan hanya untuk keperluan tugas.',
      size: 8,
      space: 8,
    },
  ];
  await audit(db, caller, 'business.profile_pdf', {
    entity: 'business',
    entityId: id,
    purpose: 'printed business profile sheet',
    details: { ownerId: row.owner_id },
  });
  return printReport(
    ctx,
    'Profil Usaha',
    `${b.name} · ${area} · posisi data ${formatDateId(ctx.today)}`,
    body,
  );
}
