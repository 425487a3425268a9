/** Form inputs hold strings; the API wants null for "empty" and real numbers. */
export const text = (s: string): string | null => (s.trim() === '' ? null : s.trim());

/** NumberInput gives a number, or '' when empty; typed text may still carry Indonesian separators. */
export const num = (v: number | string): number | null => {
  if (typeof v === 'number') return v;
  if (v.trim() === '') return null;
  return Number(v.replace(/\./g, '').replace(',', '.'));
};
