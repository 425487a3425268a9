import { formatDateId, formatNumberId, titleCase } from '../../../shared/rules/format.ts';
import type { Database } from '../../db/connection.ts';
import { codeInScope } from '../../db/scope.ts';
import { notFound } from '../../http/errors.ts';
import { findArea } from '../areas/areas.repository.ts';
import { naikKelasFigure } from '../assessments/level-report.service.ts';
import { permitHoldings } from '../dashboard/dashboard.figures.ts';
import type { PdfLine } from '../privacy/pdf.ts';
import { chartLine, chartPair, headlineBoxes } from './chart.ts';
import { field, type PrintContext, printReport } from './print.ts';
import { type RecapRow, recapRows } from './recap.repository.ts';
import { programmeParticipation } from './summary.repository.ts';

const n = formatNumberId;
const share = (part: number, whole: number) =>
  whole ? `${n(Math.round((part / whole) * 1000) / 10)}%` : '0%';

/**
 * The area a summary is about: the kecamatan asked for when it lies in the caller's area, the caller's own
 * area when it is narrower than that kecamatan; another kecamatan does not exist for her (404).
 */
export function summaryScope(callerScope: string, kecamatan: string | undefined): string {
  if (!kecamatan) return callerScope;
  if (codeInScope(kecamatan, callerScope)) return kecamatan;
  if (codeInScope(callerScope, kecamatan)) return callerScope;
  throw notFound('Kecamatan');
}

/** Home industries per kecamatan, or per kelurahan when the area is one kecamatan or smaller. */
function areaBars(rows: RecapRow[], perKelurahan: boolean) {
  const groups = new Map<string, { label: string; value: number }>();
  for (const r of rows) {
    const key = perKelurahan ? r.kelurahan_code : r.kecamatan_code;
    const label = titleCase(perKelurahan ? r.kelurahan_name : r.kecamatan_name);
    const g = groups.get(key) ?? { label, value: 0 };
    g.value += r.hi;
    groups.set(key, g);
  }
  return [...groups.values()];
}

/** The one-page summary for the head of office or the mayor: headline figures and charts of the area. */
export async function summaryPdf(db: Database, config: { region: string }, scope: string, ctx: PrintContext) {
  const [area, rows, levels, permits, programmes] = await Promise.all([
    findArea(db, scope),
    recapRows(db, config.region, scope),
    naikKelasFigure(db, scope),
    // Valid today, counted by the dashboard's own rule (active micro home industries).
    permitHoldings(db, scope, { from: ctx.today, to: ctx.today, asOf: null }),
    programmeParticipation(db, scope),
  ]);
  if (!area) throw notFound('Wilayah');
  const total = (k: 'micro' | 'hi' | 'krtp') => rows.reduce((s, r) => s + r[k], 0);
  const hi = total('hi');
  const held = (type: string) => permits.find((p) => p.type === type)?.n ?? 0;
  const perKelurahan = scope.length > 5;
  const areaName =
    scope === config.region
      ? titleCase(area.name)
      : `${scope.length === 8 ? 'Kecamatan' : 'Kelurahan'} ${titleCase(area.name)}`;
  const body: PdfLine[] = [
    headlineBoxes([
      { value: total('micro'), label: 'Usaha mikro' },
      { value: hi, label: 'Industri rumahan' },
      { value: total('krtp'), label: `Dikelola KRTP (${share(total('krtp'), hi)})` },
    ]),
    chartLine(
      `Industri rumahan per ${perKelurahan ? 'kelurahan' : 'kecamatan'}`,
      areaBars(rows, perKelurahan),
    ),
    chartPair(
      {
        title: 'Level industri rumahan',
        bars: [
          { label: 'IR 1 Pemula', value: levels.ir1, note: share(levels.ir1, hi) },
          { label: 'IR 2 Berkembang', value: levels.ir2, note: share(levels.ir2, hi) },
          { label: 'IR 3 Maju', value: levels.ir3, note: share(levels.ir3, hi) },
          { label: 'Belum dinilai', value: levels.unassessed, note: share(levels.unassessed, hi) },
        ],
      },
      {
        title: 'Izin berlaku yang dimiliki',
        bars: [
          { label: 'P-IRT', value: held('PIRT'), note: share(held('PIRT'), hi) },
          { label: 'NIB', value: held('NIB'), note: share(held('NIB'), hi) },
          { label: 'Sertifikat halal', value: held('HALAL'), note: share(held('HALAL'), hi) },
        ],
      },
    ),
    { text: 'Pendampingan dan program', bold: true, size: 10, space: 10 },
    field(
      'Naik kelas (12 bulan terakhir)',
      `${n(levels.naikKelas12Months)} usaha (turun kelas: ${n(levels.turunKelas12Months)})`,
    ),
    field(
      'Pernah mengikuti program',
      `${n(programmes.ever)} industri rumahan (${share(programmes.ever, hi)})`,
    ),
    field('Ikut program 12 bulan terakhir', `${n(programmes.lastYear)} industri rumahan`),
    {
      text: 'Industri rumahan: usaha mikro aktif menurut Permen PPPA No. 2/2016; KRTP = perempuan kepala rumah tangga; persentase terhadap jumlah industri rumahan; izin dihitung bila masih berlaku.',
      size: 7.5,
      space: 6,
    },
  ];
  return printReport(
    ctx,
    'Ringkasan Industri Rumahan untuk Pimpinan',
    `${areaName} · posisi data ${formatDateId(ctx.today)}`,
    body,
  );
}
