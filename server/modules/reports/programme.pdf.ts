import { formatDateId, formatNumberId, formatRupiah, titleCase } from '../../../shared/rules/format.ts';
import { IR_LEVEL_LABELS, type IrLevel, PILLAR_LABELS } from '../../../shared/rules/mentoring.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { notFound } from '../../http/errors.ts';
import type { PdfLine } from '../privacy/pdf.ts';
import { toProgramme } from '../programmes/programmes.mapper.ts';
import { programmeReport } from '../programmes/programmes.report.ts';
import * as programmes from '../programmes/programmes.repository.ts';
import { field, heading, type PrintContext, printReport, table } from './print.ts';

const n = formatNumberId;
const percent = (part: number, whole: number) =>
  whole ? `${n(Math.round((part / whole) * 1000) / 10)}%` : '-';
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
const score = (x: number | null) => (x === null ? '-' : n(Math.round(x * 10) / 10));
const days = (start: string, end: string) =>
  start === end ? formatDateId(start) : `${formatDateId(start)} s.d. ${formatDateId(end)}`;

/** Pre/post scores over participations that have both, so the improvement compares the same people. */
export function testScores(rows: { pre_score: number | null; post_score: number | null }[]) {
  const both = rows.filter((r) => r.pre_score !== null && r.post_score !== null);
  const pre = mean(both.map((r) => r.pre_score as number));
  const post = mean(both.map((r) => r.post_score as number));
  return { withBoth: both.length, pre, post, gain: pre === null || post === null ? null : post - pre };
}

/** The programme/training report of one programme: the caller's area only, aggregates only. */
export async function programmeReportPdf(db: Database, id: number, caller: Caller, ctx: PrintContext) {
  const row = await programmes.findProgramme(db, id, caller.scope);
  if (!row) throw notFound('Program');
  const p = toProgramme(row);
  const [report, sessions, rows] = await Promise.all([
    programmeReport(db, id, caller),
    programmes.listSessions(db, id, caller.scope),
    programmes.reportParticipants(db, id, caller.scope),
  ]);
  const seated = rows.filter((r) => r.status === 'enrolled');
  const marked = seated.filter((r) => r.attended !== null);
  const attended = marked.filter((r) => r.attended === true).length;
  const tests = testScores(seated);
  const figures = report.sessions;
  const body: PdfLine[] = [
    heading('A. Program'),
    field('Nama program', p.name),
    field('Pilar', PILLAR_LABELS[p.pillar]),
    field('Penyelenggara', p.organiser),
    field('Sasaran level', p.targetLevels.map((l) => IR_LEVEL_LABELS[l as IrLevel]).join(', ') || 'Semua'),
    ...(p.description ? [{ text: p.description, size: 9, space: 2 }] : []),
    heading('B. Sesi'),
    ...table(
      [
        { title: 'No', width: 22, align: 'right' },
        { title: 'Sesi', width: 120 },
        { title: 'Tanggal', width: 95 },
        { title: 'Tempat', width: 110 },
        { title: 'Peserta', width: 40, align: 'right' },
        { title: 'Hadir', width: 36, align: 'right' },
        { title: 'Pra', width: 36, align: 'right' },
        { title: 'Pasca', width: 36, align: 'right' },
      ],
      sessions.map((s, i) => {
        const f = figures.find((x) => x.id === s.id);
        return [
          String(i + 1),
          s.title,
          days(s.start_day, s.end_day),
          s.place,
          n(f?.enrolled ?? 0),
          n(f?.attended ?? 0),
          score(f?.preMean ?? null),
          score(f?.postMean ?? null),
        ];
      }),
      { empty: 'Belum ada sesi di wilayah Anda.' },
    ),
    heading('C. Peserta dan kehadiran'),
    field('Usaha peserta (berbeda)', n(report.participants)),
    field('Kepesertaan (usaha × sesi)', n(report.participations)),
    field('Usaha yang hadir', `${n(report.attended)} (hadir di sedikitnya satu sesi)`),
    field(
      'Tingkat kehadiran',
      `${percent(attended, marked.length)} (${n(attended)} dari ${n(marked.length)} kepesertaan yang dicatat)`,
    ),
    heading('D. Nilai pra dan pasca pelatihan'),
    field('Kepesertaan dengan kedua nilai', n(tests.withBoth)),
    field('Rata-rata nilai pra', score(tests.pre)),
    field('Rata-rata nilai pasca', score(tests.post)),
    field(
      'Kenaikan rata-rata',
      tests.gain === null ? '-' : `${tests.gain >= 0 ? '+' : ''}${score(tests.gain)} poin`,
    ),
    heading('E. Hasil usaha sebelum dan sesudah (median, per usaha)'),
    ...table(
      [
        { title: 'Ukuran', width: 140 },
        { title: 'Punya keduanya', width: 90, align: 'right' },
        { title: 'Sebelum', width: 95, align: 'right' },
        { title: 'Sesudah', width: 95, align: 'right' },
        { title: 'Naik', width: 75, align: 'right' },
      ],
      [
        ['Omzet per bulan', report.turnover, formatRupiah] as const,
        ['Jumlah pekerja', report.workers, n] as const,
      ].map(([label, c, fmt]) => [
        label,
        n(c.withBoth),
        c.before === null ? '-' : fmt(c.before),
        c.after === null ? '-' : fmt(c.after),
        n(c.improved),
      ]),
    ),
    {
      text: 'Sebelum: ukuran terakhir sampai hari pertama sesi pertama usaha itu; sesudah: ukuran pertama setelah hari terakhir sesi terakhirnya.',
      size: 8,
      space: 2,
    },
    heading('F. Usaha peserta per kecamatan'),
    ...table(
      [
        { title: 'Kecamatan', width: 200 },
        { title: 'Usaha peserta', width: 100, align: 'right' },
      ],
      report.byKecamatan.map((k) => [titleCase(k.name), n(k.businesses)]),
    ),
  ];
  return printReport(
    ctx,
    'Laporan Program dan Pelatihan',
    `${p.name} · posisi data ${formatDateId(ctx.today)}`,
    body,
  );
}
