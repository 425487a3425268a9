/**
 * How a lone separator is read: 'decimal' always as the decimal mark (coordinates, "1,5 jt");
 * 'auto' as a thousands mark when exactly three digits follow ("2.500", "1,500") and as decimal otherwise.
 */
export type LoneSeparator = 'decimal' | 'auto';

/** Digits with Indonesian (2.500.000,50) or English (2,500,000.50) separators, or spaces between groups. */
export function readDecimal(raw: string, lone: LoneSeparator): number | null {
  const s = /^\d{1,3}(?: \d{3})+(?:[.,]\d+)?$/.test(raw.trim()) ? raw.replace(/ /g, '') : raw.trim();
  if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return null;
  const dots = s.split('.').length - 1;
  const commas = s.split(',').length - 1;
  if (dots > 0 && commas > 0) return mixed(s);
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count === 0) return Number(s);
  if (count > 1) return grouped(s, sep);
  const [int = '', frac = ''] = s.split(sep);
  if (lone === 'auto' && frac.length === 3) return Number(int + frac);
  return Number(`${int}.${frac}`);
}

// Both marks: the one written last is the decimal mark, the other groups thousands.
function mixed(s: string): number | null {
  const decimal = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
  const group = decimal === '.' ? ',' : '.';
  const [int = '', frac = '', extra] = s.split(decimal);
  if (extra !== undefined) return null;
  const n = grouped(int, group);
  return n === null ? null : Number(`${n}.${frac}`);
}

function grouped(s: string, sep: string): number | null {
  const parts = s.split(sep);
  const ok = parts.every((p, i) => (i === 0 ? /^\d{1,3}$/.test(p) : /^\d{3}$/.test(p)));
  return ok ? Number(parts.join('')) : null;
}
