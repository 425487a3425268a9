import { AppError } from './errors.ts';

export type Cursor = { rank: number | null; id: number };

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.rank, c.id])).toString('base64url');
}

export function decodeCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const [rank, id] = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as [unknown, unknown];
    if (Number.isSafeInteger(id) && (rank === null || typeof rank === 'number')) {
      return { rank: rank as number | null, id: id as number };
    }
  } catch {}
  throw new AppError('BAD_CURSOR', 'Kursor halaman tidak valid; muat ulang daftar dari awal.');
}

/** Rows were fetched with limit + 1: the extra row only says that another page exists. */
export function toPage<R extends { id: number; rank?: number }, T>(
  rows: R[],
  limit: number,
  map: (r: R) => T,
) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  const nextCursor =
    rows.length > limit && last ? encodeCursor({ rank: last.rank ?? null, id: last.id }) : null;
  return { items: items.map(map), nextCursor };
}
