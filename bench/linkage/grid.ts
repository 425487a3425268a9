import type { Random } from '../../server/modules/demo/random.ts';
import { type BadKind, breakRow } from './bad-rows.ts';
import type { Layout } from './layouts.ts';
import type { LinkageObservation } from './population.ts';
import { type Cell, kecamatanName, kelurahanName, rupiah } from './render-values.ts';
import type { TruthRow } from './types.ts';

export type GridRow = { cells: Cell[]; truth: Omit<TruthRow, 'file' | 'sheetRow'>; bad?: BadKind };
/** A sheet as rows from row 1; `headerRow` is 1-based. */
export type Grid = { rows: GridRow[]; headerRow: number; layout: Layout };

export type GridOptions = {
  badRate: number;
  subtitle?: string;
  transform?: (cells: Cell[], rnd: Random) => Cell[];
};

const skip = (cells: Cell[]): GridRow => ({
  cells,
  truth: { personKey: '', businessKey: '', expected: 'skip' },
});

/** Section key and label: kecamatan in the survey, kelurahan in a kelurahan's own list. */
function sectionOf(layout: Layout, o: LinkageObservation): string {
  const code = o.person.kelurahanCode;
  if (layout.office === 'kelurahan') return `KELURAHAN ${kelurahanName(code).toUpperCase()}`;
  return `KECAMATAN ${kecamatanName(code).toUpperCase()}`;
}

function dataRows(
  layout: Layout,
  observations: readonly LinkageObservation[],
  rnd: Random,
  opts: GridOptions,
) {
  const rows: GridRow[] = [];
  let section = '';
  let no = 0;
  const sorted = layout.sections
    ? [...observations].sort((a, b) =>
        (a.person.kelurahanCode ?? '').localeCompare(b.person.kelurahanCode ?? ''),
      )
    : observations;
  for (const o of sorted) {
    if (layout.sections && sectionOf(layout, o) !== section) {
      section = sectionOf(layout, o);
      rows.push(skip([section]));
    }
    const make = () => {
      const cells = layout.columns.map((c) => c.cell(o, rnd));
      return opts.transform ? opts.transform(cells, rnd) : cells;
    };
    const cells = make();
    cells[0] = ++no;
    rows.push({ cells, truth: { personKey: o.personKey, businessKey: o.businessKey, expected: 'ok' } });
    if (rnd.chance(opts.badRate)) {
      const bad = breakRow(layout, make(), rnd);
      bad.cells[0] = ++no;
      const truth = { personKey: o.personKey, businessKey: o.businessKey, expected: 'rejected' } as const;
      rows.push({ cells: bad.cells, truth, bad: bad.kind });
    }
  }
  return rows;
}

function totalRow(layout: Layout, data: readonly GridRow[]): Cell[] {
  const cells: Cell[] = layout.columns.map(() => null);
  cells[1] = 'JUMLAH';
  const ok = data.filter((r) => r.truth.expected === 'ok');
  const t = layout.columns.findIndex((c) => c.role === 'turnover');
  if (layout.total === 'count' || t < 0) {
    cells[2] = `${ok.length} usaha`;
    return cells;
  }
  const sum = ok.reduce((s, r) => s + (typeof r.cells[t] === 'number' ? (r.cells[t] as number) : 0), 0);
  cells[t] = layout.columns[t]?.numFmt ? sum : rupiah(sum);
  return cells;
}

/** Title rows, a blank row, header, column numbers, sections, data with bad rows, total, signature. */
export function buildGrid(
  layout: Layout,
  observations: readonly LinkageObservation[],
  rnd: Random,
  opts: GridOptions,
): Grid {
  const rows: GridRow[] = layout.title.map((t, i) =>
    skip([i === layout.title.length - 1 && opts.subtitle ? `${t}${opts.subtitle}` : t]),
  );
  rows.push(skip([]));
  rows.push(skip(layout.columns.map((c) => c.header)));
  const headerRow = rows.length;
  if (layout.numberRow) rows.push(skip(layout.columns.map((_, i) => i + 1)));
  const data = dataRows(layout, observations, rnd, opts);
  rows.push(...data);
  if (layout.total) rows.push(skip(totalRow(layout, data)));
  rows.push(skip([]));
  const at = Math.max(2, layout.columns.length - 4);
  for (const line of layout.signature) rows.push(skip(line ? [...Array<Cell>(at).fill(null), line] : []));
  return { rows, headerRow, layout };
}
