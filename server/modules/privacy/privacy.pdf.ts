import type { SubjectData } from '../../../shared/contracts/privacy.ts';
import { formatAddress, formatDateId, formatNumberId, formatRupiah } from '../../../shared/rules/format.ts';
import { SECTORS } from '../../../shared/rules/kbli.ts';
import { type PdfLine, renderPdf } from './pdf.ts';

// The PDF is for the person herself: Bahasa Indonesia, plain words.
const BASIS = { consent: 'Persetujuan', public_task: 'Pelaksanaan tugas publik' } as const;
const CHANNEL = {
  paper: 'formulir kertas',
  in_person: 'tatap muka',
  phone: 'telepon',
  web: 'daring',
} as const;
const PURPOSE = { registry: 'pendataan', mentoring: 'pendampingan', catalogue: 'katalog produk' } as const;
const KIND = {
  access: 'akses dan salinan data',
  rectification: 'perbaikan data',
  erasure: 'penghapusan data',
  withdrawal: 'penarikan persetujuan',
  objection: 'keberatan atas pemrosesan',
} as const;
const STATUS = { open: 'sedang diproses', done: 'selesai', rejected: 'ditolak' } as const;
const ENTITY = { person: 'data diri', business: 'usaha', permit: 'izin' } as const;
const ACTION = {
  create: 'dicatat',
  update: 'diubah',
  delete: 'dihapus',
  merge: 'digabung',
  unmerge: 'dipisah kembali',
  distinct: 'ditandai bukan data yang sama',
  reopen: 'dikembalikan ke antrean tinjauan',
} as const;
const EDUCATION: Record<string, string> = {
  tidak_sekolah: 'tidak sekolah',
  sd: 'SD',
  smp: 'SMP',
  sma: 'SMA/SMK',
  diploma: 'diploma',
  sarjana: 'sarjana',
};

function when(iso: string | null | undefined): string {
  if (!iso) return '–';
  const time = new Intl.DateTimeFormat('id-ID', {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Asia/Jakarta',
  }).format(new Date(iso));
  return `${formatDateId(iso)} pukul ${time} WIB`;
}

const show = (v: unknown): string => {
  if (v === null || v === undefined || v === '') return '–';
  if (typeof v === 'boolean') return v ? 'ya' : 'tidak';
  if (typeof v === 'number') return formatNumberId(v);
  if (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)) return formatDateId(v);
  return typeof v === 'string' ? v : JSON.stringify(v);
};

const heading = (text: string): PdfLine => ({ text, bold: true, size: 12, space: 10 });
const field = (label: string, value: unknown): PdfLine => ({ text: `${label}: ${show(value)}`, indent: 10 });
const none = (text: string): PdfLine => ({ text, indent: 10 });

function personLines(d: SubjectData): PdfLine[] {
  const p = d.person;
  const address = formatAddress(p);
  return [
    heading('Data diri'),
    field('Nama', p.name),
    field('NIK', p.nik),
    field('Jenis kelamin', p.gender === 'P' ? 'perempuan' : p.gender === 'L' ? 'laki-laki' : null),
    field('Tanggal lahir', p.birthDate),
    field('Perempuan kepala rumah tangga (KRTP)', p.krtp),
    field('Nomor HP', p.phone),
    field('Alamat', address),
    field('Kelurahan', p.kelurahanName),
    field('Kecamatan', p.kecamatanName),
    field('Pendidikan', p.education ? EDUCATION[p.education] : null),
    field('Jumlah anggota keluarga', p.householdSize),
    field('Dicatat sejak', when(p.createdAt)),
    ...(p.processingRestrictedAt ? [field('Pemrosesan dibatasi sejak', when(p.processingRestrictedAt))] : []),
    ...(p.erasedAt ? [field('Data pribadi dihapus pada', when(p.erasedAt))] : []),
  ];
}

function basisLines(d: SubjectData): PdfLine[] {
  if (!d.legalBases.length) return [heading('Dasar hukum pemrosesan'), none('Belum dicatat.')];
  return [
    heading('Dasar hukum pemrosesan'),
    ...d.legalBases.flatMap((b): PdfLine[] => [
      { text: `${BASIS[b.basis]}, sejak ${when(b.givenAt)}`, bold: true, indent: 10, space: 4 },
      ...(b.basis === 'consent'
        ? [
            field('Naskah persetujuan', b.consentTextVersion),
            field('Cara', b.channel ? CHANNEL[b.channel] : null),
            field('Tujuan', b.purposes.map((x) => PURPOSE[x]).join(', ')),
          ]
        : [field('Dasar tugas', b.note)]),
      field('Dicatat oleh', b.officerName),
      ...(b.withdrawnAt
        ? [field('Ditarik pada', when(b.withdrawnAt)), field('Alasan penarikan', b.withdrawnReason)]
        : []),
    ]),
  ];
}

function businessLines(d: SubjectData): PdfLine[] {
  if (!d.businesses.length) return [heading('Usaha'), none('Tidak ada usaha tercatat.')];
  const sector = (code: string) => SECTORS.find((s) => s.code === code)?.label ?? code;
  return [
    heading('Usaha'),
    ...d.businesses.flatMap((b): PdfLine[] => [
      { text: b.name, bold: true, indent: 10, space: 4 },
      field('Alamat', [b.street, b.kelurahanName, b.kecamatanName].filter(Boolean).join(', ')),
      field('Produk', b.products),
      field('KBLI', b.kbliCode ? `${b.kbliCode}${b.kbliName ? ` ${b.kbliName}` : ''}` : null),
      field('Sektor', sector(b.sector)),
      field('Tenaga kerja', b.workersTotal),
      field('Omzet per bulan', b.monthlyTurnover === null ? null : formatRupiah(b.monthlyTurnover)),
      field('Modal', b.capital === null ? null : formatRupiah(b.capital)),
      field('Status', b.status === 'active' ? 'aktif' : 'tutup'),
      ...d.permits
        .filter((p) => p.businessId === b.id)
        .map((p) =>
          field(
            `Izin ${p.type}`,
            `${p.number}, terbit ${show(p.issuedOn)}, berlaku s.d. ${show(p.expiresOn)}`,
          ),
        ),
    ]),
  ];
}

function historyLines(d: SubjectData): PdfLine[] {
  if (!d.history.length) return [heading('Riwayat perubahan'), none('Tidak ada.')];
  return [
    heading('Riwayat perubahan'),
    ...d.history.flatMap((h): PdfLine[] => [
      {
        text: `${when(h.at)}: ${ENTITY[h.entity]} ${ACTION[h.action]} oleh ${h.actor}`,
        indent: 10,
        space: 3,
      },
      ...h.changes.map((c) => ({ text: `${c.field}: ${show(c.old)} -> ${show(c.new)}`, indent: 20 })),
    ]),
  ];
}

function requestLines(d: SubjectData): PdfLine[] {
  if (!d.subjectRequests.length) return [heading('Permintaan subjek data'), none('Tidak ada.')];
  return [
    heading('Permintaan subjek data'),
    ...d.subjectRequests.flatMap((r): PdfLine[] => [
      {
        text: `Permintaan ${KIND[r.kind]}, diterima ${when(r.receivedAt)}`,
        bold: true,
        indent: 10,
        space: 4,
      },
      field('Batas waktu', when(r.dueAt)),
      field('Status', STATUS[r.status]),
      ...(r.outcome ? [field('Hasil', r.outcome)] : []),
    ]),
  ];
}

/** The subject's copy as a PDF in Bahasa Indonesia. */
export function subjectDataPdf(d: SubjectData): Buffer {
  const lines: PdfLine[] = [
    { text: 'Salinan data pribadi', bold: true, size: 16 },
    { text: d.person.name, bold: true, size: 12, space: 2 },
    {
      text: `Dibuat ${when(d.generatedAt)} dari registri industri rumahan Pilar. Dokumen ini memuat semua data tentang Anda yang kami simpan, sesuai hak Anda menurut Undang-Undang Nomor 27 Tahun 2022 tentang Pelindungan Data Pribadi.`,
      space: 6,
    },
    ...personLines(d),
    ...basisLines(d),
    ...businessLines(d),
    ...historyLines(d),
    ...requestLines(d),
  ];
  return renderPdf(lines, {
    title: `Salinan data pribadi - ${d.person.name}`,
    pageLabel: (n, total) => `Halaman ${n} dari ${total}`,
  });
}
