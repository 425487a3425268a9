import { formatDateId, formatNumberId, titleCase } from '../../../shared/rules/format.ts';
import { jakartaToday } from '../../../shared/rules/mentoring.ts';
import type { Config } from '../../config.ts';
import { type PdfCell, type PdfImage, type PdfLine, renderPdf } from '../privacy/pdf.ts';
import { letterhead, signature } from './letterhead.ts';
import type { RecapRow } from './recap.repository.ts';

const COUNTS = ['micro', 'hi', 'krtp', 'ir1', 'ir2', 'ir3'] as const;
type Totals = Record<(typeof COUNTS)[number], number>;
const HEADERS = ['Usaha mikro', 'Ind. rumahan', 'Dikelola KRTP', 'IR 1', 'IR 2', 'IR 3'];
const WIDTHS = [24, 151, 62, 66, 70, 42, 40, 40];

const sum = (rows: Totals[]): Totals =>
  Object.fromEntries(COUNTS.map((k) => [k, rows.reduce((n, r) => n + r[k], 0)])) as Totals;

function row(no: string, label: string, t: Totals, bold = false): PdfLine {
  const cells: PdfCell[] = [
    { text: no, width: WIDTHS[0] as number, align: 'right' },
    { text: label, width: WIDTHS[1] as number },
    ...COUNTS.map((k, i) => ({
      text: formatNumberId(t[k]),
      width: WIDTHS[i + 2] as number,
      align: 'right' as const,
    })),
  ];
  return { text: '', cells, bold, size: 8.5 };
}

/**
 * Rekapitulasi Industri Rumahan per Kecamatan/Kelurahan: each kecamatan with its subtotal, then its
 * kelurahan; the area's total last; numbers the Indonesian way.
 */
export function recapPdf(
  rows: RecapRow[],
  ctx: { config: Config; regionName: string; areaName: string | null; logo?: PdfImage | null },
): Buffer {
  const today = jakartaToday();
  const lines: PdfLine[] = [
    ...letterhead(ctx.config, ctx.regionName, ctx.logo),
    {
      text: 'REKAPITULASI INDUSTRI RUMAHAN PER KECAMATAN DAN KELURAHAN',
      bold: true,
      size: 11,
      align: 'center',
      space: 8,
    },
    {
      text: `${ctx.areaName ?? titleCase(ctx.regionName)} · posisi data ${formatDateId(today)}`,
      align: 'center',
    },
    {
      text: '',
      cells: [
        { text: 'No', width: WIDTHS[0] as number, align: 'right' },
        { text: 'Kecamatan / Kelurahan', width: WIDTHS[1] as number },
        ...HEADERS.map((h, i) => ({ text: h, width: WIDTHS[i + 2] as number, align: 'right' as const })),
      ],
      bold: true,
      size: 8.5,
      space: 10,
      rule: 'thin',
    },
  ];
  const byKecamatan = new Map<string, RecapRow[]>();
  for (const r of rows) byKecamatan.set(r.kecamatan_code, [...(byKecamatan.get(r.kecamatan_code) ?? []), r]);
  let k = 0;
  for (const kel of byKecamatan.values()) {
    k++;
    const first = kel[0] as RecapRow;
    lines.push({ ...row(String(k), `Kec. ${titleCase(first.kecamatan_name)}`, sum(kel), true), space: 4 });
    for (const r of kel) lines.push(row('', `   ${titleCase(r.kelurahan_name)}`, r));
  }
  const total = row('', 'JUMLAH', sum(rows), true);
  lines.push({ text: '', rule: 'thin' }, { ...total, rule: 'thick' });
  lines.push({
    text: 'Keterangan: usaha mikro aktif yang terdaftar; industri rumahan menurut Permen PPPA No. 2/2016; KRTP = perempuan kepala rumah tangga; IR 1 Pemula, IR 2 Berkembang, IR 3 Maju menurut penilaian terakhir yang dikonfirmasi pendamping (usaha yang belum dinilai tidak dihitung di kolom IR).',
    size: 8,
    space: 8,
  });
  lines.push(...signature(ctx.config, ctx.regionName, today));
  return renderPdf(lines, {
    title: 'Rekapitulasi Industri Rumahan per Kecamatan dan Kelurahan',
    pageLabel: (n, totalPages) => `Halaman ${n} dari ${totalPages} · dicetak dari Pilar`,
  });
}
