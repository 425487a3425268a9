import type { Random } from '../../server/modules/demo/random.ts';
import type { PersonDraft } from '../../server/modules/imports/imports.types.ts';
import { KECAMATAN, malangKelurahan } from './areas.ts';

/** A cell as the writers take it: text, number, real date, or empty. */
export type Cell = string | number | Date | null;

const names = new Map(malangKelurahan().map((k) => [k.code, k.name]));
const dots = (n: number) => String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');

export const kelurahanName = (code: string | null): string => names.get(code ?? '') ?? '';
export const kecamatanName = (code: string | null): string => KECAMATAN[(code ?? '').slice(0, 8)] ?? '';

/** How offices spell a few kelurahan: Tasikmadu, Oro Oro Dowo, Kota Lama, or all in capitals. */
export function kelurahanVariant(name: string, rnd: Random): string {
  const r = rnd.next();
  if (r < 0.1) return name.toUpperCase();
  if (r < 0.2)
    return name
      .replace('Tasik Madu', 'Tasikmadu')
      .replace('Oro-oro', 'Oro Oro')
      .replace('Kotalama', 'Kota Lama');
  return name;
}

/** `Rp 2.500.000` */
export const rupiah = (n: number): string => `Rp ${dots(n)}`;

/** `2 juta`, `1,5 jt`, `750.000`: how a kelurahan clerk writes a monthly turnover. */
export function juta(n: number, rnd: Random): string {
  if (n % 1_000_000 === 0) return `${n / 1_000_000} ${rnd.chance(0.5) ? 'juta' : 'jt'}`;
  if (n >= 1_000_000 && n % 100_000 === 0)
    return `${String(n / 1_000_000).replace('.', ',')} ${rnd.pick(['jt', 'juta'])}`;
  return dots(n);
}

/** `0812-3456-7890`, `+62 812-3456-7890`, `0812 3456 7890`, `62812…` or the number 81234567890. */
export function phoneText(e164: string | null, style: 'local' | 'intl' | 'spaced' | 'bare'): Cell {
  if (!e164) return null;
  const rest = e164.slice(3);
  const groups = [rest.slice(0, 3), rest.slice(3, 7), rest.slice(7)];
  if (style === 'intl') return `+62 ${groups.join('-')}`;
  if (style === 'spaced') return `0${groups.join(' ')}`;
  if (style === 'bare') return Number(rest);
  return `0${groups.join('-')}`;
}

/** dd/mm/yyyy of an ISO date. */
export function ddmmyyyy(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

export const isoToDate = (iso: string | null): Date | null => (iso ? new Date(`${iso}T00:00:00Z`) : null);

const short = (rt: string | null) => (rt ? String(Number(rt)) : '');
const two = (rt: string | null) => (rt ? short(rt).padStart(2, '0') : '');

/** `RT.02/RW.03` or `RT 2 RW 3`, empty when unknown. */
export function rtRwText(p: PersonDraft, style: 'dotted' | 'plain' | 'slash'): string {
  if (!p.rt || !p.rw) return '';
  if (style === 'dotted') return `RT.${two(p.rt)}/RW.${two(p.rw)}`;
  if (style === 'slash') return `${p.rt}/${p.rw}`;
  return `RT ${short(p.rt)} RW ${short(p.rw)}`;
}

/** The whole address in one cell: street, RT/RW, kelurahan and kecamatan. */
export function addressCell(p: PersonDraft, rnd: Random): string {
  const rtRw = rtRwText(p, rnd.chance(0.5) ? 'dotted' : 'plain');
  const kel = `${rnd.pick(['Kel.', 'Kel', 'Kelurahan'])} ${kelurahanName(p.kelurahanCode)}`;
  const kec = `Kec. ${kecamatanName(p.kelurahanCode)}`;
  return [p.street, rtRw, kel, kec].filter((s) => s).join(rnd.chance(0.6) ? ' ' : ', ');
}

/** NIK as text, sometimes grouped with spaces or dots as clerks type it. */
export function nikText(nik: string | null, rnd: Random): string | null {
  if (!nik) return rnd.chance(0.3) ? '-' : null;
  const r = rnd.next();
  if (r < 0.05) return `${nik.slice(0, 6)} ${nik.slice(6, 12)} ${nik.slice(12)}`;
  if (r < 0.08)
    return `${nik.slice(0, 2)}.${nik.slice(2, 4)}.${nik.slice(4, 6)}.${nik.slice(6, 12)}.${nik.slice(12)}`;
  return nik;
}

const EDUCATION: Record<string, string> = {
  tidak_sekolah: 'Tidak Sekolah',
  sd: 'SD',
  smp: 'SMP',
  sma: 'SMA/SMK',
  diploma: 'D3',
  sarjana: 'S1',
};
export const educationText = (e: string | null): string | null => (e ? (EDUCATION[e] ?? e) : null);
export const yaTidak = (b: boolean | null): string | null => (b === null ? null : b ? 'Ya' : 'Tidak');
