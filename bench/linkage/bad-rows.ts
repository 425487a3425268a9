import type { Random } from '../../server/modules/demo/random.ts';
import { OUTSIDE_MALANG } from './areas.ts';
import type { Layout, Role } from './layouts.ts';
import type { Cell } from './render-values.ts';

/** Why a bad row must be rejected. */
export type BadKind =
  | 'nik-length'
  | 'nik-letters'
  | 'nik-date'
  | 'kelurahan-outside'
  | 'name-empty'
  | 'turnover-negative'
  | 'turnover-absurd'
  | 'date-impossible'
  | 'date-text';

const BY_ROLE: Record<Role, BadKind[]> = {
  nik: ['nik-length', 'nik-letters', 'nik-date'],
  kelurahan: ['kelurahan-outside'],
  name: ['name-empty'],
  turnover: ['turnover-negative', 'turnover-absurd'],
  birthDate: ['date-impossible', 'date-text'],
};

const SAMPLE_NIK = '3573015203850007';

function brokenNik(kind: BadKind, cell: Cell, rnd: Random): string {
  const nik = typeof cell === 'string' && /^\d{16}$/.test(cell) ? cell : SAMPLE_NIK;
  if (kind === 'nik-length') return rnd.chance(0.5) ? nik.slice(0, 15) : `${nik}${rnd.int(0, 9)}`;
  if (kind === 'nik-letters')
    return `${nik.slice(0, 4)}O${nik.slice(5, 12)}${rnd.pick(['ABCD', 'l234', 'xxxx'])}`;
  return `${nik.slice(0, 6)}${rnd.pick(['9913', '3200', '7702', '0014'])}${nik.slice(10)}`;
}

function brokenTurnover(kind: BadKind, cell: Cell): Cell {
  const value = kind === 'turnover-negative' ? -500_000 : 50_000_000_000;
  if (typeof cell !== 'string') return value;
  if (cell.startsWith('Rp')) return kind === 'turnover-negative' ? '-Rp 500.000' : 'Rp 50.000.000.000';
  return kind === 'turnover-negative' ? '-500.000' : '50.000 juta';
}

function brokenDate(kind: BadKind, rnd: Random): string {
  if (kind === 'date-impossible') return rnd.pick(['31/02/1980', '30/02/1975', '00/13/1969', '31/04/1990']);
  return rnd.pick(['kemarin', 'lupa', '?', 'th 70an']);
}

function broken(kind: BadKind, cell: Cell, rnd: Random): Cell {
  if (kind.startsWith('nik')) return brokenNik(kind, cell, rnd);
  if (kind === 'kelurahan-outside') return rnd.pick(OUTSIDE_MALANG);
  if (kind === 'name-empty') return rnd.pick([null, '', ' ']);
  if (kind.startsWith('turnover')) return brokenTurnover(kind, cell);
  return brokenDate(kind, rnd);
}

/** A copy of a good row with one cell broken so that the import must reject it. */
export function breakRow(
  layout: Layout,
  cells: readonly Cell[],
  rnd: Random,
): { cells: Cell[]; kind: BadKind } {
  const roles = layout.columns.flatMap((c, i) => (c.role ? [[c.role, i] as const] : []));
  const [role, column] = rnd.pick(roles);
  const kind = rnd.pick(BY_ROLE[role]);
  const out = [...cells];
  out[column] = broken(kind, cells[column] ?? null, rnd);
  return { cells: out, kind };
}
