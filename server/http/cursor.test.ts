import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, toPage } from './cursor.ts';

describe('keyset cursor', () => {
  it('round-trips any similarity rank (0–1) and id', () => {
    fc.assert(
      fc.property(
        fc.option(fc.double({ min: 0, max: 1, noNaN: true }).map(Math.abs)),
        fc.nat(),
        (rank, id) => {
          const c = { rank: rank === null ? null : rank, id };
          expect(decodeCursor(encodeCursor(c))).toEqual(c);
        },
      ),
    );
  });

  it('refuses a forged cursor with a clear message', () => {
    for (const bad of [
      'garbage',
      Buffer.from('{"a":1}').toString('base64url'),
      Buffer.from('["x",1]').toString('base64url'),
    ]) {
      expect(() => decodeCursor(bad)).toThrow(/Kursor halaman tidak valid/);
    }
  });

  it('gives a next cursor only when the extra row exists', () => {
    const rows = [{ id: 9 }, { id: 8 }, { id: 7 }];
    expect(toPage(rows, 3, (r) => r.id).nextCursor).toBeNull();
    const page = toPage(rows, 2, (r) => r.id);
    expect(page.items).toEqual([9, 8]);
    expect(decodeCursor(page.nextCursor ?? undefined)).toEqual({ rank: null, id: 8 });
  });
});
