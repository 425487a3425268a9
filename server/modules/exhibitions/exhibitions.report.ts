import { formatDateId, formatNumberId, formatRupiah, titleCase } from '../../../shared/rules/format.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import type { Config } from '../../config.ts';
import type { Database } from '../../db/connection.ts';
import type { Caller } from '../../http/caller.ts';
import { findArea } from '../areas/areas.repository.ts';
import { audit } from '../audit/audit.service.ts';
import type { PdfCell, PdfLine } from '../privacy/pdf.ts';
import { letterheadLogo } from '../reports/logo.ts';
import { type PrintContext, printContext, printReport } from '../reports/print.ts';
import { type EventRow, type ResultRow, resultRows } from './exhibitions.repository.ts';
import { exhibitionOf } from './exhibitions.service.ts';

export type Totals = { participants: number; attended: number; sales: number; items: number; leads: number };

/** Confirmed participants, those who attended at least one day, sales, items and leads summed. */
export function totalsOf(rows: ResultRow[]): Totals {
  const confirmed = rows.filter((r) => r.invitation === 'dikonfirmasi');
  return {
    participants: confirmed.length,
    attended: confirmed.filter((r) => r.days_present > 0).length,
    sales: confirmed.reduce((n, r) => n + Number(r.sales), 0),
    items: confirmed.reduce((n, r) => n + Number(r.items), 0),
    leads: confirmed.reduce((n, r) => n + r.leads, 0),
  };
}

export function groupTotals(rows: ResultRow[], key: (r: ResultRow) => string) {
  const groups = new Map<string, ResultRow[]>();
  for (const r of rows) groups.set(key(r), [...(groups.get(key(r)) ?? []), r]);
  return [...groups.entries()].map(([label, g]) => ({ label, ...totalsOf(g) }));
}

export const sectorLabel = (code: string | null) => SECTORS.find((s) => s.code === code)?.label ?? 'Lainnya';

const GROUP_W = [24, 171, 60, 50, 120, 70];
const cell = (text: string, i: number, w: number[], right = true): PdfCell => ({
  text,
  width: w[i] as number,
  align: right ? 'right' : 'left',
});

function groupTable(title: string, groups: ReturnType<typeof groupTotals>, total: Totals): PdfLine[] {
  const head = ['No', title, 'Peserta', 'Hadir', 'Penjualan', 'Calon pembeli'];
  const line = (no: string, label: string, t: Totals, bold = false): PdfLine => ({
    text: '',
    size: 8.5,
    bold,
    cells: [
      cell(no, 0, GROUP_W),
      cell(label, 1, GROUP_W, false),
      cell(formatNumberId(t.participants), 2, GROUP_W),
      cell(formatNumberId(t.attended), 3, GROUP_W),
      cell(formatRupiah(t.sales), 4, GROUP_W),
      cell(formatNumberId(t.leads), 5, GROUP_W),
    ],
  });
  return [
    {
      text: '',
      size: 8.5,
      bold: true,
      space: 10,
      rule: 'thin',
      cells: head.map((h, i) => cell(h, i, GROUP_W, i !== 1)),
    },
    ...groups.map((g, i) => line(String(i + 1), g.label, g)),
    { ...line('', 'JUMLAH', total, true), rule: 'thin' },
  ];
}

// The business name is cut short of the kecamatan column, so the two never touch.
const LIST_W = [22, 150, 80, 36, 40, 97, 70];
const GAP: PdfCell = { text: '', width: 8 };

function participantTable(rows: ResultRow[], days: number): PdfLine[] {
  const head = ['No', 'Usaha', 'Kecamatan', 'Stan', 'Hadir', 'Penjualan', 'Calon pembeli'];
  return [
    {
      text: 'DAFTAR PESERTA DAN HASILNYA',
      bold: true,
      size: 10,
      space: 12,
    },
    {
      text: '',
      size: 8.5,
      bold: true,
      space: 4,
      rule: 'thin',
      cells: head.flatMap((h, i) => {
        const c = cell(h, i, LIST_W, ![1, 2, 3].includes(i));
        return i === 1 ? [{ ...c, width: c.width - GAP.width }, GAP] : [c];
      }),
    },
    ...rows.map((r, i) => ({
      text: '',
      size: 8.5,
      cells: [
        cell(String(i + 1), 0, LIST_W),
        { ...cell(r.business_name, 1, LIST_W, false), width: (LIST_W[1] as number) - GAP.width },
        GAP,
        cell(titleCase(r.kecamatan_name), 2, LIST_W, false),
        cell(r.booth_code ?? '–', 3, LIST_W, false),
        cell(`${r.days_present}/${days}`, 4, LIST_W),
        cell(formatRupiah(Number(r.sales)), 5, LIST_W),
        cell(formatNumberId(r.leads), 6, LIST_W),
      ],
    })),
  ];
}

export function reportPdf(
  event: EventRow,
  rows: ResultRow[],
  ctx: PrintContext & { areaName: string | null },
): Buffer {
  const confirmed = rows.filter((r) => r.invitation === 'dikonfirmasi');
  const total = totalsOf(confirmed);
  const days = Math.round((Date.parse(event.end_date) - Date.parse(event.start_date)) / 86_400_000) + 1;
  const dates =
    event.start_date === event.end_date
      ? formatDateId(event.start_date)
      : `${formatDateId(event.start_date)} s.d. ${formatDateId(event.end_date)}`;
  const lines: PdfLine[] = [
    { text: `${event.venue} · ${dates}`, align: 'center' },
    { text: `Penyelenggara: ${event.organiser}`, align: 'center' },
    ...(ctx.areaName ? [{ text: `Peserta di wilayah ${ctx.areaName}`, align: 'center' as const }] : []),
    {
      text: `Undangan ${formatNumberId(rows.length)} usaha; dikonfirmasi ${formatNumberId(total.participants)} (kuota ${formatNumberId(event.quota)}); hadir ${formatNumberId(total.attended)}; penjualan ${formatRupiah(total.sales)} (${formatNumberId(total.items)} barang); ${formatNumberId(total.leads)} calon pembeli.`,
      space: 10,
    },
    { text: 'REKAP PER SEKTOR', bold: true, size: 10, space: 10 },
    ...groupTable(
      'Sektor',
      groupTotals(confirmed, (r) => sectorLabel(r.sector)),
      total,
    ),
    { text: 'REKAP PER KECAMATAN', bold: true, size: 10, space: 12 },
    ...groupTable(
      'Kecamatan',
      groupTotals(confirmed, (r) => titleCase(r.kecamatan_name)),
      total,
    ),
    ...participantTable(confirmed, days),
    {
      text: 'Keterangan: peserta = usaha yang mengonfirmasi undangan; hadir = hadir sedikitnya satu hari pameran; penjualan dan jumlah barang dicatat per hari oleh petugas stan; calon pembeli = kontak pembeli yang dicatat di stan dengan persetujuannya.',
      size: 8,
      space: 10,
    },
  ];
  return printReport(ctx, 'Laporan pelaksanaan pameran', event.name.toUpperCase(), lines);
}

/** The report of the event for the caller's area; the download is written to the audit log. */
export async function exhibitionReport(db: Database, id: number, caller: Caller, config: Config) {
  const event = await exhibitionOf(db, id, caller);
  const [rows, print, area] = await Promise.all([
    resultRows(db, id, caller.scope),
    // The letterhead logo as the other reports print it; a broken file prints the report without it.
    printContext(
      db,
      config,
      letterheadLogo(config.letterhead.logo).catch(() => null),
    ),
    caller.scope === config.region ? null : findArea(db, caller.scope),
  ]);
  const pdf = reportPdf(event, rows, {
    ...print,
    areaName: area ? `${caller.scope.length === 8 ? 'Kecamatan' : 'Kelurahan'} ${area.name}` : null,
  });
  await audit(db, caller, 'exhibition.report', {
    entity: 'exhibition',
    entityId: id,
    details: { participants: rows.length },
  });
  return pdf;
}
